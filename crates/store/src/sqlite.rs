//! The SQLite adapter: the embedded profile's task store. SQLite has one writer at a time, so
//! every transaction that reads before it writes starts with `BEGIN IMMEDIATE` (taking the
//! write lock up front, River's SQLite twin does the same) and claims need no SKIP LOCKED.
//! Timestamps are INTEGER milliseconds; arrays travel as JSON and are read with `json_each`.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use folio_core::clock::{after, before, Clock};
use folio_core::dag::{self, Graph, ReduceWatch};
use folio_core::ids::VolumeSpec;
use folio_core::job::{Job, JobSpec, JobStatus};
use folio_core::message::TaskMessage;
use folio_core::ports::*;
use folio_core::{FailureKind, JobName, TaskId, TaskStatus, WorkerId};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, Transaction};

use crate::common::*;
use crate::rows::*;
use crate::sql::sqlite as sql;
use crate::sql::{ADDED_TASK_COLUMNS, SQLITE_SCHEMA as SCHEMA};
use folio_core::WorkerState;

pub struct SqliteStore {
    pool: SqlitePool,
    clock: Arc<dyn Clock>,
}

fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

fn json_list<T: serde::Serialize>(items: &[T]) -> String {
    serde_json::to_string(items).expect("a list of plain values serialises")
}

impl SqliteStore {
    /// Opens (creating file and directory if needed) and applies the schema.
    pub async fn connect(url: &str, clock: Arc<dyn Clock>) -> StoreResult<Self> {
        let opts = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::Backend(format!("invalid SQLite URL {url:?}: {e}").into()))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(30))
            .foreign_keys(true);
        if let Some(dir) = opts.get_filename().parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                StoreError::Backend(format!("cannot create the database directory {}: {e}", dir.display()).into())
            })?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .acquire_timeout(Duration::from_secs(60))
            .connect_with(opts)
            .await
            .map_err(|e| StoreError::Backend(format!("cannot open SQLite database {url}: {e}").into()))?;
        let store = Self { pool, clock };
        store.migrate().await?;
        Ok(store)
    }

    pub async fn migrate(&self) -> StoreResult<()> {
        let mut tx = self.write().await?;
        sqlx::raw_sql(SCHEMA).execute(&mut *tx).await.map_err(backend)?;
        // SQLite has no ADD COLUMN IF NOT EXISTS: columns added since the first release are
        // added here to databases created before them.
        let have: Vec<String> = sqlx::query_scalar(sql::TASK_COLUMNS)
            .fetch_all(&mut *tx)
            .await
            .map_err(backend)?;
        for (column, decl) in ADDED_TASK_COLUMNS {
            if !have.iter().any(|c| c == column) {
                sqlx::query(&format!("ALTER TABLE tasks ADD COLUMN {column} {decl}"))
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
            }
        }
        tx.commit().await.map_err(backend)
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    async fn write(&self) -> StoreResult<Transaction<'static, Sqlite>> {
        self.pool.begin_with(sql::BEGIN_WRITE).await.map_err(backend)
    }

    async fn all_jobs(tx: &mut Transaction<'_, Sqlite>) -> StoreResult<Vec<Job>> {
        let rows = sqlx::query(sql::ALL_JOBS).fetch_all(&mut **tx).await.map_err(backend)?;
        rows.iter().map(job_row).collect()
    }

    async fn job_by_name(&self, name: &JobName) -> StoreResult<Job> {
        let row = sqlx::query(sql::JOB_BY_NAME)
            .bind(name.as_str())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref()
            .map(job_row)
            .transpose()?
            .ok_or_else(|| StoreError::UnknownJob(name.to_string()))
    }

    /// The task's job and volume, with the job graph, inside the caller's IMMEDIATE
    /// transaction (which already serialises every writer: no row locks are needed).
    async fn settle_context(
        tx: &mut Transaction<'_, Sqlite>,
        task: TaskId,
    ) -> StoreResult<Option<(i64, Option<i64>, Vec<Job>)>> {
        let row: Option<(i64, Option<i64>)> = sqlx::query_as(sql::SETTLE_CONTEXT)
            .bind(task.0)
            .fetch_optional(&mut **tx)
            .await
            .map_err(backend)?;
        let Some((job_id, volume_id)) = row else {
            return Ok(None);
        };
        Ok(Some((job_id, volume_id, Self::all_jobs(tx).await?)))
    }

    /// As the PostgreSQL adapter's: a success releases the dependents it completes, a death
    /// ends the volume's pending downstream tasks, and either may make a reduce due.
    async fn after_settle(
        &self,
        tx: &mut Transaction<'_, Sqlite>,
        jobs: &[Job],
        job_id: i64,
        volume_id: Option<i64>,
        settled: Settled<'_>,
    ) -> StoreResult<Vec<TaskId>> {
        let graph = Graph::new(jobs);
        let Some(job) = graph.by_id(job_id) else {
            return Ok(Vec::new());
        };
        let now = ms(self.now());
        let mut ready = Vec::new();
        match (settled, volume_id) {
            (Settled::Succeeded, Some(v)) => {
                let dependents: Vec<(i64, i32)> = graph
                    .dependents(job)
                    .iter()
                    .map(|d| (d.id, d.spec.settings.max_attempts))
                    .collect();
                if !dependents.is_empty() {
                    let released: Vec<i64> = sqlx::query_scalar(sql::RELEASE_DEPENDENTS)
                        .bind(v)
                        .bind(json_list(&dependents))
                        .bind(now)
                        .fetch_all(&mut **tx)
                        .await
                        .map_err(backend)?;
                    ready.extend(released.into_iter().map(TaskId));
                }
            }
            (Settled::Dead(reason), Some(v)) => {
                let downstream: Vec<i64> = graph.descendants(job).iter().map(|d| d.id).collect();
                if !downstream.is_empty() {
                    let error = upstream_dead(job, reason);
                    let dead: Vec<(i64, i32)> = sqlx::query_as(sql::END_DOWNSTREAM)
                        .bind(v)
                        .bind(json_list(&downstream))
                        .bind(&error)
                        .bind(now)
                        .fetch_all(&mut **tx)
                        .await
                        .map_err(backend)?;
                    for (id, attempt) in dead {
                        insert_error(
                            tx,
                            id,
                            attempt,
                            None,
                            FailureKind::Terminal,
                            &upstream_dead(job, reason),
                            now,
                        )
                        .await?;
                    }
                }
            }
            _ => {}
        }
        for watch in graph.reduces_watching(job) {
            ready.extend(self.reduce_if_due(tx, &watch).await?);
        }
        Ok(ready)
    }

    /// As the PostgreSQL adapter's: the reduce is created, or run again, once its chain is
    /// quiet and its dependency's succeeded set is not the one its last attempt read.
    async fn reduce_if_due(
        &self,
        tx: &mut Transaction<'_, Sqlite>,
        w: &ReduceWatch<'_>,
    ) -> StoreResult<Option<TaskId>> {
        let quiet: bool = sqlx::query_scalar(sql::REDUCE_QUIET)
            .bind(json_list(&w.chain))
            .bind(w.dependency.id)
            .fetch_one(&mut **tx)
            .await
            .map_err(backend)?;
        if !quiet {
            return Ok(None);
        }
        let now = ms(self.now());
        let max = w.reduce.spec.settings.max_attempts;
        let existing: Option<(i64, String, Option<String>)> = sqlx::query_as(sql::REDUCE_TASK)
            .bind(w.reduce.id)
            .fetch_optional(&mut **tx)
            .await
            .map_err(backend)?;
        let Some((id, status, digest)) = existing else {
            let id: Option<i64> = sqlx::query_scalar(sql::CREATE_REDUCE)
                .bind(w.reduce.id)
                .bind(max)
                .bind(now)
                .fetch_optional(&mut **tx)
                .await
                .map_err(backend)?;
            return Ok(id.map(TaskId));
        };
        let inputs: Vec<(i64, i32)> = sqlx::query_as(sql::REDUCE_INPUTS)
            .bind(w.dependency.id)
            .fetch_all(&mut **tx)
            .await
            .map_err(backend)?;
        if !reduce_rerun_due(parse_status(&status)?, digest.as_deref(), inputs) {
            return Ok(None);
        }
        let id: Option<i64> = sqlx::query_scalar(sql::RERUN_REDUCE)
            .bind(id)
            .bind(max)
            .bind(now)
            .fetch_optional(&mut **tx)
            .await
            .map_err(backend)?;
        Ok(id.map(TaskId))
    }

    /// The one success transition, fenced on (task, attempt) and, for the worker, its lease.
    async fn succeed(
        &self,
        task: TaskId,
        attempt: i32,
        owner: Option<&str>,
        metrics: &serde_json::Value,
    ) -> StoreResult<Acceptance> {
        let mut tx = self.write().await?;
        let Some((job_id, volume_id, jobs)) = Self::settle_context(&mut tx, task).await? else {
            return Err(StoreError::UnknownTask(task));
        };
        let applied = sqlx::query(sql::SUCCEED)
            .bind(task.0)
            .bind(attempt)
            .bind(owner)
            .bind(ms(self.now()))
            .bind(metrics.to_string())
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        if applied.rows_affected() == 0 {
            let (status, current, lease_owner): (String, i32, Option<String>) = sqlx::query_as(sql::TASK_LEASE)
                .bind(task.0)
                .fetch_one(&mut *tx)
                .await
                .map_err(backend)?;
            return Ok(already_or_stale(
                parse_status(&status)?,
                current,
                lease_owner,
                attempt,
                owner,
            ));
        }
        let released = self
            .after_settle(&mut tx, &jobs, job_id, volume_id, Settled::Succeeded)
            .await?;
        tx.commit().await.map_err(backend)?;
        Ok(Acceptance::Accepted { released })
    }

    /// A fenced failure or hand-back: `update` is the UPDATE … RETURNING status, error. A task
    /// it ends dead records the error and settles downstream.
    async fn settle_failure<'q>(
        &self,
        lease: &Lease,
        kind: FailureKind,
        update: sqlx::query::QueryAs<'q, Sqlite, (String, Option<String>), sqlx::sqlite::SqliteArguments<'q>>,
    ) -> StoreResult<Fenced<TaskStatus>> {
        let mut tx = self.write().await?;
        let Some((job_id, volume_id, jobs)) = Self::settle_context(&mut tx, lease.task_id).await? else {
            return Ok(Fenced::LeaseLost);
        };
        let Some((status, error)) = update.fetch_optional(&mut *tx).await.map_err(backend)? else {
            return Ok(Fenced::LeaseLost);
        };
        let status = parse_status(&status)?;
        let error = error.unwrap_or_default();
        if status != TaskStatus::Queued {
            let now = ms(self.now());
            insert_error(
                &mut tx,
                lease.task_id.0,
                lease.attempt,
                Some(lease.worker.as_str()),
                kind,
                &error,
                now,
            )
            .await?;
        }
        if status == TaskStatus::Dead {
            self.after_settle(&mut tx, &jobs, job_id, volume_id, Settled::Dead(&error))
                .await?;
        }
        tx.commit().await.map_err(backend)?;
        Ok(Fenced::Applied(status))
    }
}

#[async_trait]
impl JobCatalogue for SqliteStore {
    async fn create_jobs(&self, specs: &[JobSpec]) -> StoreResult<Vec<Job>> {
        let mut tx = self.write().await?;
        let existing: Vec<JobSpec> = Self::all_jobs(&mut tx).await?.into_iter().map(|j| j.spec).collect();
        let ordered = dag::plan(specs, &existing)?;
        let mut created = Vec::with_capacity(ordered.len());
        for spec in ordered {
            let config = serde_json::to_string(&spec.stored_config()).expect("config serialises");
            let deps: Vec<&str> = spec.depends_on.iter().map(|d| d.as_str()).collect();
            let row = sqlx::query(sql::CREATE_JOB)
                .bind(spec.name.as_str())
                .bind(&spec.kind)
                .bind(config)
                .bind(json_list(&deps))
                .bind(spec.reduce)
                .bind(ms(self.now()))
                .fetch_one(&mut *tx)
                .await
                .map_err(backend)?;
            created.push(job_row(&row)?);
        }
        tx.commit().await.map_err(backend)?;
        Ok(created)
    }

    async fn job(&self, name: &JobName) -> StoreResult<Job> {
        self.job_by_name(name).await
    }

    async fn jobs(&self) -> StoreResult<Vec<Job>> {
        let rows = sqlx::query(sql::ALL_JOBS)
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(job_row).collect()
    }

    async fn set_job_status(&self, name: &JobName, status: JobStatus) -> StoreResult<()> {
        let done = sqlx::query(sql::SET_JOB_STATUS)
            .bind(name.as_str())
            .bind(status.as_str())
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        if done.rows_affected() == 0 {
            return Err(StoreError::UnknownJob(name.to_string()));
        }
        Ok(())
    }

    async fn set_job_queues(&self, name: &JobName, queue_url: &str, dlq_url: &str) -> StoreResult<()> {
        let done = sqlx::query(sql::SET_JOB_QUEUES)
            .bind(name.as_str())
            .bind(queue_url)
            .bind(dlq_url)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        if done.rows_affected() == 0 {
            return Err(StoreError::UnknownJob(name.to_string()));
        }
        Ok(())
    }

    async fn delete_job(&self, name: &JobName) -> StoreResult<()> {
        let mut tx = self.write().await?;
        let dependents: Vec<String> = sqlx::query_scalar(sql::JOB_DEPENDENTS)
            .bind(name.as_str())
            .fetch_all(&mut *tx)
            .await
            .map_err(backend)?;
        if !dependents.is_empty() {
            return Err(StoreError::HasDependents {
                job: name.to_string(),
                dependents: dependents.join(", "),
            });
        }
        let done = sqlx::query(sql::DELETE_JOB)
            .bind(name.as_str())
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        if done.rows_affected() == 0 {
            return Err(StoreError::UnknownJob(name.to_string()));
        }
        tx.commit().await.map_err(backend)
    }
}

#[async_trait]
impl TaskIntake for SqliteStore {
    async fn enqueue(&self, job: &JobName, volumes: &[VolumeSpec], force: bool) -> StoreResult<EnqueueOutcome> {
        let job = self.job_by_name(job).await?;
        job.check_enqueueable()?;
        let mut seen = std::collections::HashSet::new();
        let unique: Vec<&VolumeSpec> = volumes.iter().filter(|v| seen.insert(v.volume.clone())).collect();
        let rows_json = serde_json::to_string(
            &unique
                .iter()
                .map(|v| (&v.volume.w_id, &v.volume.i_id, &v.volume.etag, v.nb_images))
                .collect::<Vec<_>>(),
        )
        .expect("volume tuples serialise");
        let now = ms(self.now());
        let mut tx = self.write().await?;
        let rows: Vec<(i64, String, String, String)> = sqlx::query_as(sql::UPSERT_VOLUMES)
            .bind(rows_json)
            .bind(now)
            .fetch_all(&mut *tx)
            .await
            .map_err(backend)?;
        let mut ids_by_volume = HashMap::with_capacity(rows.len());
        for (id, w_id, i_id, etag) in rows {
            ids_by_volume.insert((w_id, i_id, etag), id);
        }
        let volume_ids: Vec<i64> = unique
            .iter()
            .map(|v| ids_by_volume[&(v.volume.w_id.clone(), v.volume.i_id.clone(), v.volume.etag.clone())])
            .collect();
        let deps = json_list(&dep_names(&job));
        let created: Vec<i64> = sqlx::query_scalar(sql::CREATE_TASKS)
            .bind(job.id)
            .bind(json_list(&volume_ids))
            .bind(&deps)
            .bind(job.spec.settings.max_attempts)
            .bind(now)
            .fetch_all(&mut *tx)
            .await
            .map_err(backend)?;
        let mut forced = Vec::new();
        if force {
            forced = sqlx::query_scalar(sql::FORCE_TASKS)
                .bind(job.id)
                .bind(json_list(&volume_ids))
                .bind(&deps)
                .bind(job.spec.settings.max_attempts)
                .bind(now)
                .bind(json_list(&created))
                .fetch_all(&mut *tx)
                .await
                .map_err(backend)?;
        }
        // As on PostgreSQL: a task whose volume has a dead task upstream ends now, with the reason.
        let jobs = Self::all_jobs(&mut tx).await?;
        let upstream: Vec<i64> = Graph::new(&jobs).ancestors(&job).iter().map(|j| j.id).collect();
        if !upstream.is_empty() {
            let dead: Vec<(i64, i32, String)> = sqlx::query_as(sql::END_UNDER_DEAD)
                .bind(job.id)
                .bind(json_list(&volume_ids))
                .bind(json_list(&upstream))
                .bind(now)
                .fetch_all(&mut *tx)
                .await
                .map_err(backend)?;
            for (id, attempt, error) in dead {
                insert_error(&mut tx, id, attempt, None, FailureKind::Terminal, &error, now).await?;
            }
        }
        if let Some(cap) = job.spec.settings.max_queued {
            let waiting: i64 = sqlx::query_scalar(sql::COUNT_WAITING)
                .bind(job.id)
                .fetch_one(&mut *tx)
                .await
                .map_err(backend)?;
            if waiting as u64 > cap {
                // Dropping the transaction rolls the whole enqueue back.
                return Err(StoreError::AdmissionRefused {
                    job: job.name().to_string(),
                    would_wait: waiting as u64,
                    cap,
                });
            }
        }
        tx.commit().await.map_err(backend)?;
        let made = (created.len() + forced.len()) as u64;
        Ok(EnqueueOutcome {
            created: made,
            skipped: volumes.len() as u64 - made,
            task_ids: created.into_iter().chain(forced).map(TaskId).collect(),
        })
    }

    async fn redrive(&self, job: &JobName, tasks: Option<&[TaskId]>) -> StoreResult<Vec<TaskId>> {
        let job = self.job_by_name(job).await?;
        let ids = tasks.map(|ts| json_list(&ts.iter().map(|t| t.0).collect::<Vec<_>>()));
        let redriven: Vec<i64> = sqlx::query_scalar(sql::REDRIVE)
            .bind(job.id)
            .bind(ids)
            .bind(job.spec.settings.max_attempts)
            .bind(ms(self.now()))
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        Ok(redriven.into_iter().map(TaskId).collect())
    }
}

#[async_trait]
impl TaskLeases for SqliteStore {
    async fn claim_next(
        &self,
        jobs: Option<&[JobName]>,
        worker: &WorkerId,
        lease_for: Duration,
    ) -> StoreResult<Option<Claim>> {
        // As on PostgreSQL, one statement: downstream jobs first, each job probed at its end
        // of the (job_id, id) claimable index, inside one IMMEDIATE transaction.
        let names = jobs.map(|js| json_list(&js.iter().map(|j| j.as_str()).collect::<Vec<_>>()));
        let now = self.now();
        let mut tx = self.write().await?;
        let row: Option<(i64, i32, i32, i64, Option<i64>)> = sqlx::query_as(sql::CLAIM_NEXT)
            .bind(names)
            .bind(worker.as_str())
            .bind(ms(after(now, lease_for)))
            .bind(ms(now))
            .fetch_optional(&mut *tx)
            .await
            .map_err(backend)?;
        let Some(row) = row else {
            return Ok(None);
        };
        let claim = claimed(&mut tx, row, worker).await?;
        tx.commit().await.map_err(backend)?;
        Ok(Some(claim))
    }

    async fn claim_task(&self, task: TaskId, worker: &WorkerId, lease_for: Duration) -> StoreResult<ClaimOutcome> {
        let now = self.now();
        let mut tx = self.write().await?;
        let row: Option<(i64, i32, i32, i64, Option<i64>)> = sqlx::query_as(sql::CLAIM_TASK)
            .bind(task.0)
            .bind(worker.as_str())
            .bind(ms(after(now, lease_for)))
            .bind(ms(now))
            .fetch_optional(&mut *tx)
            .await
            .map_err(backend)?;
        let outcome = match row {
            Some(row) => ClaimOutcome::Claimed(claimed(&mut tx, row, worker).await?),
            None => {
                let status: Option<String> = sqlx::query_scalar(sql::TASK_STATUS)
                    .bind(task.0)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(backend)?;
                ClaimOutcome::NotClaimable(parse_status(&status.ok_or(StoreError::UnknownTask(task))?)?)
            }
        };
        tx.commit().await.map_err(backend)?;
        Ok(outcome)
    }

    async fn heartbeat(&self, lease: &Lease, lease_for: Duration) -> StoreResult<bool> {
        let now = self.now();
        let done = sqlx::query(sql::HEARTBEAT)
            .bind(lease.task_id.0)
            .bind(lease.attempt)
            .bind(lease.worker.as_str())
            .bind(ms(now))
            .bind(ms(after(now, lease_for)))
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        if done.rows_affected() == 1 {
            return Ok(true);
        }
        // Accepted already from its success.json: the lease is not lost, the task is done.
        let accepted: bool = sqlx::query_scalar(sql::SUCCEEDED_UNDER_LEASE)
            .bind(lease.task_id.0)
            .bind(lease.attempt)
            .bind(lease.worker.as_str())
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?;
        Ok(accepted)
    }

    async fn complete(&self, lease: &Lease, metrics: &serde_json::Value) -> StoreResult<Fenced<()>> {
        Ok(
            match self
                .succeed(lease.task_id, lease.attempt, Some(lease.worker.as_str()), metrics)
                .await?
            {
                Acceptance::Accepted { .. } | Acceptance::Duplicate { .. } => Fenced::Applied(()),
                Acceptance::Stale { .. } => Fenced::LeaseLost,
            },
        )
    }

    async fn fail(&self, lease: &Lease, failure: &Failure, retry_delay: Duration) -> StoreResult<Fenced<TaskStatus>> {
        let now = self.now();
        let update = sqlx::query_as(sql::FAIL)
            .bind(lease.task_id.0)
            .bind(lease.attempt)
            .bind(lease.worker.as_str())
            .bind(failure.kind.as_str())
            .bind(&failure.message)
            .bind(ms(now))
            .bind(ms(after(now, retry_delay)));
        self.settle_failure(lease, failure.kind, update).await
    }

    async fn release(&self, lease: &Lease, delay: Duration, max_handbacks: u32) -> StoreResult<Fenced<TaskStatus>> {
        let now = self.now();
        let update = sqlx::query_as(sql::RELEASE)
            .bind(lease.task_id.0)
            .bind(lease.attempt)
            .bind(lease.worker.as_str())
            .bind(i64::from(max_handbacks))
            .bind(ms(now))
            .bind(ms(after(now, delay)));
        self.settle_failure(lease, FailureKind::Terminal, update).await
    }

    async fn upstream_outputs(&self, lease: &Lease) -> StoreResult<Vec<UpstreamOutput>> {
        let task = lease.task_id;
        let row: Option<(String, bool, Option<i64>)> = sqlx::query_as(sql::UPSTREAM_OF)
            .bind(task.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        let Some((deps, reduce, volume_id)) = row else {
            return Err(StoreError::UnknownTask(task));
        };
        let rows: Vec<AttemptLine> = sqlx::query_as(sql::UPSTREAM_OUTPUTS)
            .bind(deps)
            .bind(reduce)
            .bind(volume_id)
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        let read: Vec<(i64, i32)> = rows.iter().map(|r| (r.id, r.attempt)).collect();
        let outputs = rows
            .into_iter()
            .map(AttemptLine::into_output)
            .collect::<StoreResult<_>>()?;
        if reduce {
            sqlx::query(sql::RECORD_INPUTS)
                .bind(task.0)
                .bind(lease.attempt)
                .bind(lease.worker.as_str())
                .bind(dag::inputs_digest(read))
                .execute(&self.pool)
                .await
                .map_err(backend)?;
        }
        Ok(outputs)
    }
}

#[async_trait]
impl TaskSettlement for SqliteStore {
    async fn reclaim_expired(&self, stale_after: Duration) -> StoreResult<Vec<(TaskId, TaskStatus)>> {
        let cutoff = ms(before(self.now(), stale_after));
        let stale: Vec<(i64, i32, String)> = sqlx::query_as(sql::STALE_LEASES)
            .bind(cutoff)
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        let mut out = Vec::with_capacity(stale.len());
        for (id, attempt, owner) in stale {
            let lease = Lease {
                task_id: TaskId(id),
                attempt,
                worker: WorkerId(owner.clone()),
            };
            let update = sqlx::query_as(sql::EXPIRE_LEASE)
                .bind(id)
                .bind(attempt)
                .bind(owner)
                .bind(ms(self.now()))
                .bind(cutoff);
            if let Fenced::Applied(status) = self.settle_failure(&lease, FailureKind::Retryable, update).await? {
                out.push((TaskId(id), status));
            }
        }
        Ok(out)
    }

    async fn accept_success(&self, task: TaskId, attempt: i32, metrics: &serde_json::Value) -> StoreResult<Acceptance> {
        self.succeed(task, attempt, None, metrics).await
    }
}

#[async_trait]
impl Outbox for SqliteStore {
    async fn owed_sends(&self, limit: i64, per_job: i64) -> StoreResult<Vec<TaskMessage>> {
        let now = ms(self.now());
        let mut tx = self.write().await?;
        let claimed: Vec<(i64, i64)> = sqlx::query_as(sql::OWED_SENDS)
            .bind(limit)
            .bind(per_job)
            .bind(now)
            .bind(now + SEND_CLAIM.as_millis() as i64)
            .fetch_all(&mut *tx)
            .await
            .map_err(backend)?;
        // The claimed rows' job names and volumes, in one read.
        let ids: Vec<i64> = claimed.iter().map(|(id, _)| *id).collect();
        let messages: Vec<AttemptLine> = sqlx::query_as(sql::OWED_MESSAGES)
            .bind(json_list(&ids))
            .fetch_all(&mut *tx)
            .await
            .map_err(backend)?;
        let delays: HashMap<i64, i64> = claimed.into_iter().collect();
        let out = messages
            .into_iter()
            .map(|m| {
                let delay_ms = delays.get(&m.id).copied().unwrap_or(0);
                m.into_message(delay_ms)
            })
            .collect::<StoreResult<_>>()?;
        tx.commit().await.map_err(backend)?;
        Ok(out)
    }

    async fn mark_sent(&self, sent: &[TaskMessage]) -> StoreResult<()> {
        let pairs: Vec<(i64, i32)> = sent.iter().map(|m| (m.task_id.0, m.attempt)).collect();
        sqlx::query(sql::MARK_SENT)
            .bind(json_list(&pairs))
            .bind(ms(self.now()))
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn send_failed(&self, tasks: &[TaskId], error: &str) -> StoreResult<()> {
        let ids: Vec<i64> = tasks.iter().map(|t| t.0).collect();
        sqlx::query(sql::SEND_FAILED)
            .bind(json_list(&ids))
            .bind(error)
            .bind(ms(after(self.now(), SEND_RETRY)))
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn resend(&self, tasks: &[TaskId]) -> StoreResult<Vec<TaskId>> {
        let ids: Vec<i64> = tasks.iter().map(|t| t.0).collect();
        let owed: Vec<i64> = sqlx::query_scalar(sql::RESEND)
            .bind(json_list(&ids))
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        Ok(owed.into_iter().map(TaskId).collect())
    }
}

#[async_trait]
impl TaskReports for SqliteStore {
    async fn stats(&self, job: &JobName, window: Duration) -> StoreResult<JobStats> {
        let job = self.job_by_name(job).await?;
        let since = ms(before(self.now(), window));
        let counts: Vec<(String, i64)> = sqlx::query_as(sql::STATUS_COUNTS)
            .bind(job.id)
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        let (recent, mean_ms, pages): (i64, Option<f64>, Option<i64>) = sqlx::query_as(sql::SUCCESS_STATS)
            .bind(job.id)
            .bind(since)
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?;
        let live: i64 = sqlx::query_scalar(sql::LIVE_WORKERS)
            .bind(job.id)
            .bind(since)
            .bind(json_list(&stopped_worker_states()))
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?;
        Ok(JobStats {
            counts: counts
                .into_iter()
                .map(|(s, n)| Ok((parse_status(&s)?, n as u64)))
                .collect::<StoreResult<_>>()?,
            recent_succeeded: recent as u64,
            window,
            mean_task_secs: mean_ms.map(|m| m / 1000.0),
            pages_done: pages.unwrap_or(0),
            live_workers: live as u64,
        })
    }

    async fn tasks(&self, filter: &TaskFilter) -> StoreResult<Vec<TaskRecord>> {
        let rows = sqlx::query(sql::TASKS)
            .bind(filter.job.as_ref().map(|j| j.as_str()))
            .bind(filter.status.map(|s| s.as_str()))
            .bind(if filter.limit > 0 { filter.limit } else { i64::MAX })
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(task_row).collect()
    }

    async fn task(&self, id: TaskId) -> StoreResult<TaskRecord> {
        let row = sqlx::query(sql::TASK_BY_ID)
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref()
            .map(task_row)
            .transpose()?
            .ok_or(StoreError::UnknownTask(id))
    }

    async fn errors(&self, filter: &ErrorFilter) -> StoreResult<Vec<ErrorRecord>> {
        let rows = sqlx::query(sql::ERRORS)
            .bind(filter.job.as_ref().map(|j| j.as_str()))
            .bind(filter.task.map(|t| t.0))
            .bind(if filter.limit > 0 { filter.limit } else { i64::MAX })
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(error_row).collect()
    }

    async fn error(&self, id: i64) -> StoreResult<ErrorRecord> {
        let row = sqlx::query(sql::ERROR_BY_ID)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref()
            .map(error_row)
            .transpose()?
            .ok_or(StoreError::UnknownErrorRecord(id))
    }
}

#[async_trait]
impl WorkerRegistry for SqliteStore {
    async fn register_worker(&self, worker: &WorkerRegistration) -> StoreResult<()> {
        let job_id = match &worker.job {
            Some(j) => Some(self.job_by_name(j).await?.id),
            None => None,
        };
        sqlx::query(sql::REGISTER_WORKER)
            .bind(worker.id.as_str())
            .bind(job_id)
            .bind(&worker.launch_ref)
            .bind(&worker.host)
            .bind(ms(self.now()))
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn worker_heartbeat(
        &self,
        id: &WorkerId,
        state: WorkerState,
        tasks_done: i64,
        last_error: Option<&str>,
    ) -> StoreResult<()> {
        sqlx::query(sql::WORKER_HEARTBEAT)
            .bind(id.as_str())
            .bind(ms(self.now()))
            .bind(state.as_str())
            .bind(tasks_done)
            .bind(last_error)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn workers(&self, live_within: Option<Duration>) -> StoreResult<Vec<WorkerRecord>> {
        let since = live_within.map(|w| ms(before(self.now(), w)));
        let rows = sqlx::query(sql::WORKERS)
            .bind(since)
            .bind(json_list(&stopped_worker_states()))
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(worker_row).collect()
    }

    async fn prune_workers(&self, retention: Duration) -> StoreResult<u64> {
        let done = sqlx::query(sql::PRUNE_WORKERS)
            .bind(ms(before(self.now(), retention)))
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(done.rows_affected())
    }
}

/// Records one failure.
async fn insert_error(
    tx: &mut Transaction<'_, Sqlite>,
    task: i64,
    attempt: i32,
    worker: Option<&str>,
    kind: FailureKind,
    message: &str,
    at: i64,
) -> StoreResult<()> {
    sqlx::query(sql::RECORD_ERROR)
        .bind(task)
        .bind(attempt)
        .bind(worker)
        .bind(kind.as_str())
        .bind(message)
        .bind(at)
        .execute(&mut **tx)
        .await
        .map_err(backend)?;
    Ok(())
}

/// Completes a claim with the job's name and the volume, inside the claiming transaction.
async fn claimed(
    tx: &mut Transaction<'_, Sqlite>,
    row: (i64, i32, i32, i64, Option<i64>),
    worker: &WorkerId,
) -> StoreResult<Claim> {
    let (id, attempt, max_attempts, job_id, volume_id) = row;
    let claimed: ClaimedLine = sqlx::query_as(sql::CLAIMED)
        .bind(job_id)
        .bind(volume_id)
        .fetch_one(&mut **tx)
        .await
        .map_err(backend)?;
    let lease = Lease {
        task_id: TaskId(id),
        attempt,
        worker: worker.clone(),
    };
    claimed.into_claim(lease, max_attempts)
}
