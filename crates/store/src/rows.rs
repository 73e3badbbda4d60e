//! The rows both adapters read, decoded once: each row type derives `sqlx::FromRow` for either
//! database, and the three columns whose storage differs between the dialects decode through a
//! type of their own ([`Stamp`]: `timestamptz` or milliseconds; [`Doc`]: `jsonb` or JSON text;
//! [`Names`]: `text[]` or a JSON list). The statements that fill them are in `sql`.

use std::time::Duration;

use chrono::{DateTime, Utc};
use folio_core::job::{Job, JobSpec, JobStatus, StoredConfig};
use folio_core::message::TaskMessage;
use folio_core::ports::{Claim, ErrorRecord, Lease, StoreResult, TaskRecord, UpstreamOutput, WorkerRecord};
use folio_core::{FailureKind, JobName, TaskId, WorkerId};
use sqlx::error::BoxDynError;
use sqlx::postgres::{PgTypeInfo, PgValueRef};
use sqlx::sqlite::{SqliteTypeInfo, SqliteValueRef};
use sqlx::{Decode, Postgres, Sqlite, Type};

use crate::common::{corrupt, parse_status, volume, worker_state};

/// A point in time: `timestamptz` on PostgreSQL, milliseconds since the epoch on SQLite.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Stamp(pub DateTime<Utc>);

/// A JSON document: `jsonb` on PostgreSQL, JSON text on SQLite.
#[derive(Debug, Clone)]
pub(crate) struct Doc(pub serde_json::Value);

/// A list of names: `text[]` on PostgreSQL, a JSON list on SQLite.
#[derive(Debug, Clone)]
pub(crate) struct Names(pub Vec<String>);

/// Milliseconds since the epoch, as SQLite stores a time.
pub(crate) fn from_ms(v: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(v).unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// Each type is stored as `$pg` on PostgreSQL and `$lite` on SQLite, and made from it by `$make`.
macro_rules! stored_as {
    ($ty:ty, pg: $pg:ty, sqlite: $lite:ty, $make:expr, $make_lite:expr) => {
        impl Type<Postgres> for $ty {
            fn type_info() -> PgTypeInfo {
                <$pg as Type<Postgres>>::type_info()
            }
            fn compatible(ty: &PgTypeInfo) -> bool {
                <$pg as Type<Postgres>>::compatible(ty)
            }
        }
        impl<'r> Decode<'r, Postgres> for $ty {
            fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
                let make: fn($pg) -> Result<$ty, BoxDynError> = $make;
                make(<$pg as Decode<'r, Postgres>>::decode(value)?)
            }
        }
        impl Type<Sqlite> for $ty {
            fn type_info() -> SqliteTypeInfo {
                <$lite as Type<Sqlite>>::type_info()
            }
            fn compatible(ty: &SqliteTypeInfo) -> bool {
                <$lite as Type<Sqlite>>::compatible(ty)
            }
        }
        impl<'r> Decode<'r, Sqlite> for $ty {
            fn decode(value: SqliteValueRef<'r>) -> Result<Self, BoxDynError> {
                let make: fn($lite) -> Result<$ty, BoxDynError> = $make_lite;
                make(<$lite as Decode<'r, Sqlite>>::decode(value)?)
            }
        }
    };
}

stored_as!(Stamp, pg: DateTime<Utc>, sqlite: i64, |t| Ok(Stamp(t)), |ms| Ok(Stamp(from_ms(ms))));
stored_as!(Doc, pg: serde_json::Value, sqlite: String, |v| Ok(Doc(v)), |text| Ok(Doc(serde_json::from_str(&text)?)));
stored_as!(Names, pg: Vec<String>, sqlite: String, |v| Ok(Names(v)), |text| Ok(Names(serde_json::from_str(&text)?)));

fn job_name(name: String) -> StoreResult<JobName> {
    JobName::new(name).map_err(corrupt)
}

/// A `jobs` row, as `sql::JOB_COLUMNS` lists its columns.
#[derive(sqlx::FromRow)]
pub(crate) struct JobLine {
    id: i64,
    name: String,
    kind: String,
    config: Doc,
    depends_on: Names,
    reduce: bool,
    queue_url: Option<String>,
    dlq_url: Option<String>,
    status: String,
    created_at: Stamp,
}

impl JobLine {
    pub fn into_job(self) -> StoreResult<Job> {
        let name = job_name(self.name)?;
        let stored: StoredConfig =
            serde_json::from_value(self.config.0).map_err(|e| corrupt(format!("job '{name}' config: {e}")))?;
        let depends_on = self
            .depends_on
            .0
            .into_iter()
            .map(job_name)
            .collect::<StoreResult<_>>()?;
        Ok(Job {
            id: self.id,
            spec: JobSpec {
                name,
                kind: self.kind,
                config: stored.kind,
                depends_on,
                reduce: self.reduce,
                settings: stored.settings,
            },
            status: self.status.parse::<JobStatus>().map_err(corrupt)?,
            queue_url: self.queue_url,
            dlq_url: self.dlq_url,
            created_at: self.created_at.0,
        })
    }
}

/// A task as `sql::TASK_SELECT` reads it.
#[derive(sqlx::FromRow)]
pub(crate) struct TaskLine {
    id: i64,
    job: String,
    w_id: Option<String>,
    i_id: Option<String>,
    etag: Option<String>,
    nb_images: i64,
    status: String,
    attempt: i32,
    max_attempts: i32,
    lease_owner: Option<String>,
    lease_expires_at: Option<Stamp>,
    heartbeat_at: Option<Stamp>,
    enqueued_at: Stamp,
    sent_at: Option<Stamp>,
    started_at: Option<Stamp>,
    finished_at: Option<Stamp>,
    error_kind: Option<String>,
    error: Option<String>,
    metrics: Option<Doc>,
}

impl TaskLine {
    pub fn into_record(self) -> StoreResult<TaskRecord> {
        Ok(TaskRecord {
            id: TaskId(self.id),
            job: job_name(self.job)?,
            volume: volume(self.w_id, self.i_id, self.etag)?,
            nb_images: self.nb_images,
            status: parse_status(&self.status)?,
            attempt: self.attempt,
            max_attempts: self.max_attempts,
            lease_owner: self.lease_owner,
            lease_expires_at: self.lease_expires_at.map(|t| t.0),
            heartbeat_at: self.heartbeat_at.map(|t| t.0),
            enqueued_at: self.enqueued_at.0,
            sent_at: self.sent_at.map(|t| t.0),
            started_at: self.started_at.map(|t| t.0),
            finished_at: self.finished_at.map(|t| t.0),
            error_kind: self
                .error_kind
                .map(|k| k.parse::<FailureKind>())
                .transpose()
                .map_err(corrupt)?,
            error: self.error,
            metrics: self.metrics.map(|d| d.0),
        })
    }
}

/// A recorded failure as `sql::ERROR_SELECT` reads it.
#[derive(sqlx::FromRow)]
pub(crate) struct ErrorLine {
    id: i64,
    task_id: i64,
    job: String,
    w_id: Option<String>,
    i_id: Option<String>,
    etag: Option<String>,
    attempt: i32,
    worker: Option<String>,
    kind: String,
    message: String,
    at: Stamp,
}

impl ErrorLine {
    pub fn into_record(self) -> StoreResult<ErrorRecord> {
        Ok(ErrorRecord {
            id: self.id,
            task_id: TaskId(self.task_id),
            job: job_name(self.job)?,
            volume: volume(self.w_id, self.i_id, self.etag)?,
            attempt: self.attempt,
            worker: self.worker,
            kind: self.kind.parse().map_err(corrupt)?,
            message: self.message,
            at: self.at.0,
        })
    }
}

/// A worker as `sql::WORKER_SELECT` reads it.
#[derive(sqlx::FromRow)]
pub(crate) struct WorkerLine {
    id: String,
    job: Option<String>,
    launch_ref: Option<String>,
    host: String,
    started_at: Stamp,
    heartbeat_at: Stamp,
    state: String,
    tasks_done: i64,
    last_error: Option<String>,
}

impl WorkerLine {
    pub fn into_record(self) -> StoreResult<WorkerRecord> {
        Ok(WorkerRecord {
            id: self.id,
            job: self.job.map(job_name).transpose()?,
            launch_ref: self.launch_ref,
            host: self.host,
            started_at: self.started_at.0,
            heartbeat_at: self.heartbeat_at.0,
            state: worker_state(&self.state)?,
            tasks_done: self.tasks_done,
            last_error: self.last_error,
        })
    }
}

/// What a worker is told of the task it claimed: its job and volume (PostgreSQL's claim
/// returns them with the attempt, SQLite's `sql::sqlite::CLAIMED` reads them after).
#[derive(sqlx::FromRow)]
pub(crate) struct ClaimedLine {
    job: String,
    w_id: Option<String>,
    i_id: Option<String>,
    etag: Option<String>,
    nb_images: i64,
}

impl ClaimedLine {
    pub fn into_claim(self, lease: Lease, max_attempts: i32) -> StoreResult<Claim> {
        Ok(Claim {
            lease,
            job: job_name(self.job)?,
            volume: volume(self.w_id, self.i_id, self.etag)?,
            nb_images: self.nb_images,
            max_attempts,
        })
    }
}

/// A claim as PostgreSQL's claims return it: the attempt begun, and what the worker is told.
#[derive(sqlx::FromRow)]
pub(crate) struct ClaimLine {
    id: i64,
    attempt: i32,
    max_attempts: i32,
    #[sqlx(flatten)]
    claimed: ClaimedLine,
}

impl ClaimLine {
    pub fn into_claim(self, worker: &WorkerId) -> StoreResult<Claim> {
        let lease = Lease {
            task_id: TaskId(self.id),
            attempt: self.attempt,
            worker: worker.clone(),
        };
        self.claimed.into_claim(lease, self.max_attempts)
    }
}

/// A task at an attempt, with its job and volume: an owed send's message, or an upstream
/// task's output.
#[derive(sqlx::FromRow)]
pub(crate) struct AttemptLine {
    pub id: i64,
    pub attempt: i32,
    job: String,
    w_id: Option<String>,
    i_id: Option<String>,
    etag: Option<String>,
}

impl AttemptLine {
    /// The message of an owed send, to be delivered `delay_ms` from now.
    pub fn into_message(self, delay_ms: i64) -> StoreResult<TaskMessage> {
        let volume = volume(self.w_id, self.i_id, self.etag)?;
        Ok(
            TaskMessage::new(TaskId(self.id), job_name(self.job)?, volume, self.attempt)
                .delayed(Duration::from_millis(delay_ms.max(0) as u64)),
        )
    }

    pub fn into_output(self) -> StoreResult<UpstreamOutput> {
        Ok(UpstreamOutput {
            job: job_name(self.job)?,
            volume: volume(self.w_id, self.i_id, self.etag)?,
            attempt: self.attempt,
        })
    }
}

/// An owed send as PostgreSQL's claim of it returns it: its message, and its delay.
#[derive(sqlx::FromRow)]
pub(crate) struct MessageLine {
    #[sqlx(flatten)]
    task: AttemptLine,
    delay_ms: i64,
}

impl MessageLine {
    pub fn into_message(self) -> StoreResult<TaskMessage> {
        self.task.into_message(self.delay_ms)
    }
}

/// Reads one row of either database as `L`, then makes the domain value of it.
fn read<'r, R, L, T>(row: &'r R, make: fn(L) -> StoreResult<T>) -> StoreResult<T>
where
    R: sqlx::Row,
    L: sqlx::FromRow<'r, R>,
{
    make(L::from_row(row).map_err(crate::common::backend)?)
}

pub(crate) fn job_row<'r, R: sqlx::Row>(row: &'r R) -> StoreResult<Job>
where
    JobLine: sqlx::FromRow<'r, R>,
{
    read(row, JobLine::into_job)
}

pub(crate) fn task_row<'r, R: sqlx::Row>(row: &'r R) -> StoreResult<TaskRecord>
where
    TaskLine: sqlx::FromRow<'r, R>,
{
    read(row, TaskLine::into_record)
}

pub(crate) fn error_row<'r, R: sqlx::Row>(row: &'r R) -> StoreResult<ErrorRecord>
where
    ErrorLine: sqlx::FromRow<'r, R>,
{
    read(row, ErrorLine::into_record)
}

pub(crate) fn worker_row<'r, R: sqlx::Row>(row: &'r R) -> StoreResult<WorkerRecord>
where
    WorkerLine: sqlx::FromRow<'r, R>,
{
    read(row, WorkerLine::into_record)
}
