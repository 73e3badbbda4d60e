//! The PostgreSQL adapter: production's task store, and a queue in its own right. Claims take
//! the oldest claimable row with `FOR UPDATE SKIP LOCKED`, so two workers never hold one task;
//! every worker write is fenced on (task, attempt, lease owner).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use folio_core::clock::Clock;
use folio_core::dag::{self, Graph, ReduceWatch};
use folio_core::ids::VolumeSpec;
use folio_core::job::{Job, JobSpec, JobStatus};
use folio_core::message::TaskMessage;
use folio_core::ports::*;
use folio_core::{FailureKind, JobName, TaskId, TaskStatus, WorkerId};
use sqlx::postgres::{PgPool, PgPoolOptions, PgRow};
use sqlx::{Postgres, Row, Transaction};

use crate::common::*;
use crate::rows::*;
use folio_core::WorkerState;

/// What every claim sets: `$2` the worker, `$3` the lease in seconds, `$4` the stamp.
const CLAIM_SET: &str = "status = 'running', attempt = t.attempt + 1, lease_owner = $2, \
     lease_expires_at = coalesce($4::timestamptz, now()) + make_interval(secs => $3), \
     heartbeat_at = coalesce($4::timestamptz, now()), started_at = coalesce($4::timestamptz, now()), finished_at = NULL";

/// A hand-back past the budget (`$4`) ends the task with this error.
const HANDBACK_ERROR: &str =
    "'handed back ' || (handbacks + 1) || ' times, more than the job''s max_handbacks (' || $4 || '): it never ran to an end'";

const SCHEMA: &str = include_str!("../../../schema.sql");

pub struct PgStore {
    pool: PgPool,
    clock: Arc<dyn Clock>,
    /// The job graph, keyed by the jobs' ids and statuses (the rest of a job never changes):
    /// a settling transaction reads the key with its first statement and the rows only when
    /// it changed.
    graph: std::sync::Mutex<Option<(String, Arc<Vec<Job>>)>>,
}

/// The key of the job graph cache: each job's id and status.
const JOBS_KEY: &str = "(SELECT coalesce(string_agg(id::text || ':' || status, ',' ORDER BY id), '') FROM jobs)";

impl PgStore {
    /// Connects and applies `schema.sql`.
    pub async fn connect(url: &str, clock: Arc<dyn Clock>) -> StoreResult<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(20)
            .acquire_timeout(Duration::from_secs(15))
            // The guards (a volume's or a reduce's lock, then a fresh read) rely on each
            // statement seeing what committed before it: READ COMMITTED, whatever the server's
            // default_transaction_isolation says.
            .after_connect(|conn, _| {
                Box::pin(async move {
                    sqlx::Executor::execute(
                        &mut *conn,
                        "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED",
                    )
                    .await?;
                    // No folio transaction waits on anything but the database; one left open
                    // longer (its process frozen or partitioned) ends, releasing its locks.
                    sqlx::Executor::execute(&mut *conn, "SET idle_in_transaction_session_timeout = '60s'")
                        .await
                        .map(|_| ())
                })
            })
            .connect(url)
            .await
            .map_err(|e| {
                StoreError::Backend(
                    format!(
                        "cannot connect to PostgreSQL at {}: {e}; check the URL and that the server is running",
                        crate::redact(url)
                    )
                    .into(),
                )
            })?;
        let store = Self {
            pool,
            clock,
            graph: std::sync::Mutex::new(None),
        };
        store.migrate().await?;
        Ok(store)
    }

    /// Applies the schema under an advisory lock, so workers starting together do not race,
    /// unless this version of it is recorded as applied already (then it takes no lock).
    pub async fn migrate(&self) -> StoreResult<()> {
        let digest = folio_core::blob::sha256_hex(SCHEMA.as_bytes());
        let applied: bool = sqlx::query_scalar("SELECT to_regclass('schema_applied') IS NOT NULL")
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?;
        if applied {
            let done: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM schema_applied WHERE digest = $1)")
                .bind(&digest)
                .fetch_one(&self.pool)
                .await
                .map_err(backend)?;
            if done {
                return Ok(());
            }
        }
        let mut tx = self.pool.begin().await.map_err(backend)?;
        sqlx::query("SELECT pg_advisory_xact_lock(7262851093)")
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        // A migration that has to wait for a lock fails (and the process starts again later)
        // rather than queue every other statement on the table behind it.
        sqlx::query("SET LOCAL lock_timeout = '10s'")
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        sqlx::raw_sql(SCHEMA).execute(&mut *tx).await.map_err(backend)?;
        sqlx::query("INSERT INTO schema_applied (digest, applied_at) VALUES ($1, now()) ON CONFLICT DO NOTHING")
            .bind(&digest)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        tx.commit().await.map_err(backend)
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// The time to stamp: `None` lets the server's `now()` decide (see [`Clock::stamp`]).
    fn stamp(&self) -> Option<DateTime<Utc>> {
        self.clock.stamp()
    }

    async fn begin(&self) -> StoreResult<Transaction<'static, Postgres>> {
        self.pool.begin().await.map_err(backend)
    }

    async fn all_jobs(tx: &mut Transaction<'_, Postgres>) -> StoreResult<Vec<Job>> {
        let rows = sqlx::query(&format!("SELECT {JOB_COLUMNS} FROM jobs ORDER BY id"))
            .fetch_all(&mut **tx)
            .await
            .map_err(backend)?;
        rows.iter().map(job_row).collect()
    }

    /// The job graph for `key`, read again only when the key changed.
    async fn jobs_for(&self, tx: &mut Transaction<'_, Postgres>, key: &str) -> StoreResult<Arc<Vec<Job>>> {
        if let Some((k, jobs)) = self.graph.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
            if k == key {
                return Ok(jobs.clone());
            }
        }
        let jobs = Arc::new(Self::all_jobs(tx).await?);
        *self.graph.lock().unwrap_or_else(|p| p.into_inner()) = Some((key.to_owned(), jobs.clone()));
        Ok(jobs)
    }

    /// Locks the rows of the reduce jobs that a settling task of `job_id` may make due.
    async fn lock_reduces(tx: &mut Transaction<'_, Postgres>, jobs: &[Job], job_id: i64) -> StoreResult<()> {
        let graph = Graph::new(jobs);
        let Some(job) = graph.by_id(job_id) else {
            return Ok(());
        };
        let mut reduces: Vec<i64> = graph.reduces_watching(job).iter().map(|w| w.reduce.id).collect();
        reduces.sort_unstable();
        if !reduces.is_empty() {
            sqlx::query("SELECT id FROM jobs WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE")
                .bind(&reduces)
                .execute(&mut **tx)
                .await
                .map_err(backend)?;
        }
        Ok(())
    }

    /// Takes the locks a task's settling needs, in the one order every writer uses (the
    /// volume's row, then the rows of the reduce jobs it may make due, by id), and returns the
    /// task's job and volume with the job graph. Two settlements of one volume, or of one
    /// reduce's chain, so run one after the other: the second sees what the first committed
    /// (every connection runs READ COMMITTED, whatever the server's default).
    async fn lock_for_settle(
        tx: &mut Transaction<'_, Postgres>,
        task: TaskId,
    ) -> StoreResult<Option<(i64, Option<i64>, Vec<Job>)>> {
        let row: Option<(i64, Option<i64>)> = sqlx::query_as("SELECT job_id, volume_id FROM tasks WHERE id = $1")
            .bind(task.0)
            .fetch_optional(&mut **tx)
            .await
            .map_err(backend)?;
        let Some((job_id, volume_id)) = row else {
            return Ok(None);
        };
        if let Some(v) = volume_id {
            sqlx::query("SELECT id FROM volumes WHERE id = $1 FOR NO KEY UPDATE")
                .bind(v)
                .execute(&mut **tx)
                .await
                .map_err(backend)?;
        }
        let jobs = Self::all_jobs(tx).await?;
        Self::lock_reduces(tx, &jobs, job_id).await?;
        Ok(Some((job_id, volume_id, jobs)))
    }

    /// What follows a task's settling, under the locks of [`Self::lock_for_settle`]: a success
    /// releases the dependents it completes for the volume, a death ends the volume's pending
    /// downstream tasks, and either may make a reduce due. Returns the tasks made ready.
    async fn after_settle(
        &self,
        tx: &mut Transaction<'_, Postgres>,
        jobs: &[Job],
        job_id: i64,
        volume_id: Option<i64>,
        settled: Settled<'_>,
    ) -> StoreResult<Vec<TaskId>> {
        let graph = Graph::new(jobs);
        let Some(job) = graph.by_id(job_id) else {
            return Ok(Vec::new());
        };
        let now = self.stamp();
        let mut ready = Vec::new();
        match (settled, volume_id) {
            (Settled::Succeeded, Some(v)) => {
                let dependents = graph.dependents(job);
                if !dependents.is_empty() {
                    let ids: Vec<i64> = dependents.iter().map(|d| d.id).collect();
                    let max: Vec<i32> = dependents.iter().map(|d| d.spec.settings.max_attempts).collect();
                    let released: Vec<i64> = sqlx::query_scalar(&format!(
                        "INSERT INTO tasks (job_id, volume_id, status, max_attempts, enqueued_at) \
                         SELECT d.id, $1, 'queued', d.max_attempts, coalesce($4::timestamptz, now()) \
                         FROM UNNEST($2::bigint[], $3::int[]) AS d(id, max_attempts) JOIN jobs j ON j.id = d.id \
                         WHERE NOT EXISTS ( \
                           SELECT 1 FROM unnest(j.depends_on) AS dep(name) WHERE NOT EXISTS ( \
                             SELECT 1 FROM tasks t JOIN jobs dj ON dj.id = t.job_id \
                             WHERE dj.name = dep.name AND t.volume_id = $1 AND t.status = 'succeeded')) \
                         ON CONFLICT (job_id, volume_id) DO UPDATE SET {RELEASE_SET} \
                         WHERE {RELEASABLE} RETURNING id"
                    ))
                    .bind(v)
                    .bind(&ids)
                    .bind(&max)
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
                    sqlx::query(
                        "WITH dead AS ( \
                           UPDATE tasks SET status = 'dead', error_kind = 'terminal', error = $3, \
                             finished_at = coalesce($4::timestamptz, now()), sent_at = NULL \
                           WHERE volume_id = $1 AND job_id = ANY($2) AND status = 'pending' RETURNING id, attempt) \
                         INSERT INTO task_errors (task_id, attempt, worker, kind, message, at) \
                         SELECT id, attempt, NULL, 'terminal', $3, coalesce($4::timestamptz, now()) FROM dead",
                    )
                    .bind(v)
                    .bind(&downstream)
                    .bind(upstream_dead(job, reason))
                    .bind(now)
                    .execute(&mut **tx)
                    .await
                    .map_err(backend)?;
                }
            }
            _ => {}
        }
        for watch in graph.reduces_watching(job) {
            ready.extend(self.reduce_if_due(tx, &watch).await?);
        }
        Ok(ready)
    }

    /// Creates the reduce task, or runs it again, once every task of its chain is finished and
    /// the succeeded set of its dependency is not the one its last attempt read.
    async fn reduce_if_due(
        &self,
        tx: &mut Transaction<'_, Postgres>,
        w: &ReduceWatch<'_>,
    ) -> StoreResult<Option<TaskId>> {
        let quiet: bool = sqlx::query_scalar(
            "SELECT NOT EXISTS (SELECT 1 FROM tasks WHERE job_id = ANY($1) AND status IN ('pending', 'queued', 'running', 'failed')) \
                AND EXISTS (SELECT 1 FROM tasks WHERE job_id = $2)",
        )
        .bind(&w.chain)
        .bind(w.dependency.id)
        .fetch_one(&mut **tx)
        .await
        .map_err(backend)?;
        if !quiet {
            return Ok(None);
        }
        let now = self.stamp();
        let max = w.reduce.spec.settings.max_attempts;
        let existing: Option<(i64, String, Option<String>)> =
            sqlx::query_as("SELECT id, status, inputs_digest FROM tasks WHERE job_id = $1 AND volume_id IS NULL")
                .bind(w.reduce.id)
                .fetch_optional(&mut **tx)
                .await
                .map_err(backend)?;
        let Some((id, status, digest)) = existing else {
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO tasks (job_id, volume_id, status, max_attempts, enqueued_at) \
                 VALUES ($1, NULL, 'queued', $2, coalesce($3::timestamptz, now())) ON CONFLICT DO NOTHING RETURNING id",
            )
            .bind(w.reduce.id)
            .bind(max)
            .bind(now)
            .fetch_optional(&mut **tx)
            .await
            .map_err(backend)?;
            return Ok(id.map(TaskId));
        };
        let inputs: Vec<(i64, i32)> =
            sqlx::query_as("SELECT id, attempt FROM tasks WHERE job_id = $1 AND status = 'succeeded'")
                .bind(w.dependency.id)
                .fetch_all(&mut **tx)
                .await
                .map_err(backend)?;
        if !reduce_rerun_due(parse_status(&status)?, digest.as_deref(), inputs) {
            return Ok(None);
        }
        let id: Option<i64> = sqlx::query_scalar(&format!(
            "UPDATE tasks SET {REQUEUE}, max_attempts = attempt + $2, enqueued_at = coalesce($3::timestamptz, now()) \
             WHERE id = $1 RETURNING id"
        ))
        .bind(id)
        .bind(max)
        .bind(now)
        .fetch_optional(&mut **tx)
        .await
        .map_err(backend)?;
        Ok(id.map(TaskId))
    }

    /// The one success transition, fenced on (task, attempt) and, for the worker, its lease.
    /// Its first statement marks the task succeeded and then locks the volume's row: a
    /// concurrent success of the same volume waits there, and the join check that follows
    /// sees it committed (the other order, lock then update, is as correct and costs a round
    /// trip more).
    async fn succeed(
        &self,
        task: TaskId,
        attempt: i32,
        owner: Option<&str>,
        metrics: &serde_json::Value,
    ) -> StoreResult<Acceptance> {
        let mut tx = self.begin().await?;
        let row: Option<(i64, Option<i64>, i64, String)> = sqlx::query_as(&format!(
            "WITH done AS ( \
                UPDATE tasks SET status = 'succeeded', finished_at = coalesce($4::timestamptz, now()), metrics = $5, \
                  lease_expires_at = NULL, error = NULL, error_kind = NULL, not_before = NULL \
                WHERE id = $1 AND attempt = $2 \
                  AND (($3::text IS NULL AND status IN ('running', 'failed')) OR (status = 'running' AND lease_owner = $3)) \
                RETURNING job_id, volume_id \
             ), locked AS ( \
                SELECT v.id FROM volumes v JOIN done ON v.id = done.volume_id FOR NO KEY UPDATE OF v \
             ) \
             SELECT done.job_id, done.volume_id, (SELECT count(*) FROM locked), {JOBS_KEY} FROM done"
        ))
        .bind(task.0)
        .bind(attempt)
        .bind(owner)
        .bind(self.stamp())
        .bind(metrics)
        .fetch_optional(&mut *tx)
        .await
        .map_err(backend)?;
        let Some((job_id, volume_id, _locked, key)) = row else {
            let row: Option<(String, i32, Option<String>)> =
                sqlx::query_as("SELECT status, attempt, lease_owner FROM tasks WHERE id = $1")
                    .bind(task.0)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(backend)?;
            let Some((status, current, lease_owner)) = row else {
                return Err(StoreError::UnknownTask(task));
            };
            return Ok(already_or_stale(
                parse_status(&status)?,
                current,
                lease_owner,
                attempt,
                owner,
            ));
        };
        let jobs = self.jobs_for(&mut tx, &key).await?;
        Self::lock_reduces(&mut tx, &jobs, job_id).await?;
        let released = self
            .after_settle(&mut tx, &jobs, job_id, volume_id, Settled::Succeeded)
            .await?;
        tx.commit().await.map_err(backend)?;
        Ok(Acceptance::Accepted { released })
    }

    /// A fenced failure or hand-back: `update` is the UPDATE … RETURNING status, error that
    /// `bind` completes. A task it ends dead records the error and settles downstream.
    async fn settle_failure(
        &self,
        lease: &Lease,
        kind: FailureKind,
        update: sqlx::query::Query<'_, Postgres, sqlx::postgres::PgArguments>,
    ) -> StoreResult<Fenced<TaskStatus>> {
        let mut tx = self.begin().await?;
        let Some((job_id, volume_id, jobs)) = Self::lock_for_settle(&mut tx, lease.task_id).await? else {
            return Ok(Fenced::LeaseLost);
        };
        let row = update.fetch_optional(&mut *tx).await.map_err(backend)?;
        let Some(row) = row else {
            return Ok(Fenced::LeaseLost);
        };
        let status = parse_status(row.try_get("status").map_err(backend)?)?;
        let error: Option<String> = row.try_get("error").map_err(backend)?;
        let error = error.unwrap_or_default();
        if status != TaskStatus::Queued {
            sqlx::query(
                "INSERT INTO task_errors (task_id, attempt, worker, kind, message, at) \
                 VALUES ($1, $2, $3, $4, $5, coalesce($6::timestamptz, now()))",
            )
            .bind(lease.task_id.0)
            .bind(lease.attempt)
            .bind(lease.worker.as_str())
            .bind(kind.as_str())
            .bind(&error)
            .bind(self.stamp())
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        }
        if status == TaskStatus::Dead {
            self.after_settle(&mut tx, &jobs, job_id, volume_id, Settled::Dead(&error))
                .await?;
        }
        tx.commit().await.map_err(backend)?;
        Ok(Fenced::Applied(status))
    }
}

fn claim_row(r: &PgRow, worker: &WorkerId) -> StoreResult<Claim> {
    Ok(Claim {
        lease: Lease {
            task_id: TaskId(r.try_get("id").map_err(backend)?),
            attempt: r.try_get("attempt").map_err(backend)?,
            worker: worker.clone(),
        },
        job: JobName::new(r.try_get::<String, _>("job").map_err(backend)?).map_err(corrupt)?,
        volume: volume(
            r.try_get("w_id").map_err(backend)?,
            r.try_get("i_id").map_err(backend)?,
            r.try_get("etag").map_err(backend)?,
        )?,
        nb_images: r.try_get("nb_images").map_err(backend)?,
        max_attempts: r.try_get("max_attempts").map_err(backend)?,
    })
}

fn message_row(r: &PgRow) -> StoreResult<TaskMessage> {
    Ok(TaskMessage::new(
        TaskId(r.try_get("id").map_err(backend)?),
        JobName::new(r.try_get::<String, _>("job").map_err(backend)?).map_err(corrupt)?,
        volume(
            r.try_get("w_id").map_err(backend)?,
            r.try_get("i_id").map_err(backend)?,
            r.try_get("etag").map_err(backend)?,
        )?,
        r.try_get("attempt").map_err(backend)?,
    )
    .delayed(Duration::from_millis(
        r.try_get::<i64, _>("delay_ms").map_err(backend)?.max(0) as u64,
    )))
}

/// Claims: one statement that locks the row, starts the attempt and returns what a worker needs.
const CLAIM_RETURNING: &str = "SELECT c.id, c.attempt, c.max_attempts, j.name AS job, v.w_id, v.i_id, v.etag, COALESCE(v.nb_images, 0) AS nb_images \
     FROM claimed c JOIN jobs j ON j.id = c.job_id LEFT JOIN volumes v ON v.id = c.volume_id";

#[async_trait]
impl JobCatalogue for PgStore {
    async fn create_jobs(&self, specs: &[JobSpec]) -> StoreResult<Vec<Job>> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        // Concurrent creators see each other's jobs before checking the DAG.
        sqlx::query("LOCK TABLE jobs IN SHARE ROW EXCLUSIVE MODE")
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        let existing: Vec<JobSpec> = Self::all_jobs(&mut tx).await?.into_iter().map(|j| j.spec).collect();
        let ordered = dag::plan(specs, &existing)?;
        let mut created = Vec::with_capacity(ordered.len());
        for spec in ordered {
            let config = serde_json::to_value(spec.stored_config()).expect("config serialises");
            let deps: Vec<String> = spec.depends_on.iter().map(|d| d.to_string()).collect();
            let row = sqlx::query(&format!(
                "INSERT INTO jobs (name, kind, config, depends_on, reduce, status, created_at) \
                 VALUES ($1, $2, $3, $4, $5, 'active', coalesce($6::timestamptz, now())) RETURNING {JOB_COLUMNS}"
            ))
            .bind(spec.name.as_str())
            .bind(&spec.kind)
            .bind(config)
            .bind(&deps)
            .bind(spec.reduce)
            .bind(self.stamp())
            .fetch_one(&mut *tx)
            .await
            .map_err(backend)?;
            created.push(job_row(&row)?);
        }
        tx.commit().await.map_err(backend)?;
        Ok(created)
    }

    async fn job(&self, name: &JobName) -> StoreResult<Job> {
        let row = sqlx::query(&format!("SELECT {JOB_COLUMNS} FROM jobs WHERE name = $1"))
            .bind(name.as_str())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref()
            .map(job_row)
            .transpose()?
            .ok_or_else(|| StoreError::UnknownJob(name.to_string()))
    }

    async fn jobs(&self) -> StoreResult<Vec<Job>> {
        let rows = sqlx::query(&format!("SELECT {JOB_COLUMNS} FROM jobs ORDER BY id"))
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(job_row).collect()
    }

    async fn set_job_status(&self, name: &JobName, status: JobStatus) -> StoreResult<()> {
        let done = sqlx::query("UPDATE jobs SET status = $2 WHERE name = $1")
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
        let done = sqlx::query("UPDATE jobs SET queue_url = $2, dlq_url = $3 WHERE name = $1")
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
        let mut tx = self.pool.begin().await.map_err(backend)?;
        sqlx::query("LOCK TABLE jobs IN SHARE ROW EXCLUSIVE MODE")
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        let dependents: Vec<String> =
            sqlx::query_scalar("SELECT name FROM jobs WHERE $1 = ANY(depends_on) ORDER BY name")
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
        let done = sqlx::query("DELETE FROM jobs WHERE name = $1")
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
impl TaskIntake for PgStore {
    async fn enqueue(&self, job: &JobName, volumes: &[VolumeSpec], force: bool) -> StoreResult<EnqueueOutcome> {
        let job = self.job(job).await?;
        job.check_enqueueable()?;
        // One row per volume version; a repeat in the input is the same volume.
        let mut seen = std::collections::HashSet::new();
        let unique: Vec<&VolumeSpec> = volumes.iter().filter(|v| seen.insert(v.volume.clone())).collect();
        let now = self.stamp();
        let mut tx = self.begin().await?;
        let rows = sqlx::query(
            "INSERT INTO volumes (w_id, i_id, etag, nb_images, created_at) \
             SELECT w, i, e, n, coalesce($5::timestamptz, now()) FROM UNNEST($1::text[], $2::text[], $3::text[], $4::bigint[]) AS u(w, i, e, n) \
             ON CONFLICT (w_id, i_id, etag) DO UPDATE SET nb_images = EXCLUDED.nb_images \
             RETURNING id, w_id, i_id, etag",
        )
        .bind(unique.iter().map(|v| v.volume.w_id.as_str()).collect::<Vec<_>>())
        .bind(unique.iter().map(|v| v.volume.i_id.as_str()).collect::<Vec<_>>())
        .bind(unique.iter().map(|v| v.volume.etag.as_str()).collect::<Vec<_>>())
        .bind(unique.iter().map(|v| v.nb_images).collect::<Vec<_>>())
        .bind(now)
        .fetch_all(&mut *tx)
        .await
        .map_err(backend)?;
        let mut ids_by_volume = HashMap::with_capacity(rows.len());
        for r in &rows {
            let key = (
                r.get::<String, _>("w_id"),
                r.get::<String, _>("i_id"),
                r.get::<String, _>("etag"),
            );
            ids_by_volume.insert(key, r.get::<i64, _>("id"));
        }
        let volume_ids: Vec<i64> = unique
            .iter()
            .map(|v| ids_by_volume[&(v.volume.w_id.clone(), v.volume.i_id.clone(), v.volume.etag.clone())])
            .collect();
        let deps = dep_names(&job);
        // A task starts queued when all its dependencies have succeeded for the volume.
        let ready = "(SELECT count(*) FROM tasks d JOIN jobs dj ON dj.id = d.job_id \
                      WHERE d.volume_id = v.id AND d.status = 'succeeded' AND dj.name = ANY($3)) = cardinality($3::text[])";
        let created: Vec<i64> = sqlx::query_scalar(&format!(
            "INSERT INTO tasks (job_id, volume_id, status, max_attempts, enqueued_at) \
             SELECT $1, v.id, CASE WHEN {ready} THEN 'queued' ELSE 'pending' END, $4, coalesce($5::timestamptz, now()) \
             FROM UNNEST($2::bigint[]) WITH ORDINALITY AS v(id, ord) ORDER BY v.ord \
             ON CONFLICT (job_id, volume_id) DO NOTHING RETURNING id"
        ))
        .bind(job.id)
        .bind(&volume_ids)
        .bind(&deps)
        .bind(job.spec.settings.max_attempts)
        .bind(now)
        .fetch_all(&mut *tx)
        .await
        .map_err(backend)?;
        let mut forced = Vec::new();
        if force {
            forced = sqlx::query_scalar(&format!(
                "UPDATE tasks t SET status = CASE WHEN {} THEN 'queued' ELSE 'pending' END, \
                   max_attempts = t.attempt + $4, sent_at = NULL, send_after = NULL, send_error = NULL, error = NULL, \
                   error_kind = NULL, finished_at = NULL, metrics = NULL, not_before = NULL, handbacks = 0, \
                   enqueued_at = coalesce($5::timestamptz, now()) \
                 FROM (SELECT id FROM UNNEST($2::bigint[]) AS u(id)) v \
                 WHERE t.job_id = $1 AND t.volume_id = v.id AND t.status IN ('succeeded', 'dead') \
                   AND t.id <> ALL($6::bigint[]) RETURNING t.id",
                ready
            ))
            .bind(job.id)
            .bind(&volume_ids)
            .bind(&deps)
            .bind(job.spec.settings.max_attempts)
            .bind(now)
            .bind(&created)
            .fetch_all(&mut *tx)
            .await
            .map_err(backend)?;
        }
        // A task whose volume has a dead task upstream can never run: it ends now, with the
        // reason, instead of waiting for ever and holding back a reduce.
        let jobs = Self::all_jobs(&mut tx).await?;
        let upstream: Vec<i64> = Graph::new(&jobs).ancestors(&job).iter().map(|j| j.id).collect();
        if !upstream.is_empty() {
            sqlx::query(
                "WITH dead AS ( \
                   UPDATE tasks t SET status = 'dead', error_kind = 'terminal', \
                     error = 'upstream `' || dj.name || '` of this volume is dead: ' || coalesce(d.error, ''), \
                     finished_at = coalesce($4::timestamptz, now()), sent_at = NULL \
                   FROM tasks d JOIN jobs dj ON dj.id = d.job_id \
                   WHERE t.job_id = $1 AND t.volume_id = ANY($2) AND t.status = 'pending' \
                     AND d.volume_id = t.volume_id AND d.job_id = ANY($3) AND d.status = 'dead' \
                   RETURNING t.id, t.attempt, t.error) \
                 INSERT INTO task_errors (task_id, attempt, worker, kind, message, at) \
                 SELECT id, attempt, NULL, 'terminal', error, coalesce($4::timestamptz, now()) FROM dead",
            )
            .bind(job.id)
            .bind(&volume_ids)
            .bind(&upstream)
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        }
        if let Some(cap) = job.spec.settings.max_queued {
            // Concurrent enqueues of one job count one after the other, so the cap is exact.
            sqlx::query("SELECT id FROM jobs WHERE id = $1 FOR NO KEY UPDATE")
                .bind(job.id)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
            let waiting: i64 = sqlx::query_scalar(
                "SELECT count(*) FROM tasks WHERE job_id = $1 AND status IN ('pending', 'queued', 'failed')",
            )
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
        let job = self.job(job).await?;
        let ids: Option<Vec<i64>> = tasks.map(|ts| ts.iter().map(|t| t.0).collect());
        let redriven: Vec<i64> = sqlx::query_scalar(&format!(
            "UPDATE tasks SET {REQUEUE}, max_attempts = attempt + $3, enqueued_at = coalesce($4::timestamptz, now()) \
                 WHERE job_id = $1 AND ((status = 'dead' AND $2::bigint[] IS NULL) \
                   OR (status IN ('dead', 'succeeded') AND id = ANY($2))) RETURNING id"
        ))
        .bind(job.id)
        .bind(ids)
        .bind(job.spec.settings.max_attempts)
        .bind(self.stamp())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        Ok(redriven.into_iter().map(TaskId).collect())
    }
}

#[async_trait]
impl TaskLeases for PgStore {
    async fn claim_next(
        &self,
        jobs: Option<&[JobName]>,
        worker: &WorkerId,
        lease_for: Duration,
    ) -> StoreResult<Option<Claim>> {
        // One statement whatever the number of jobs: downstream jobs first (the newest job
        // ids), so volumes flow through the pipeline instead of piling up between stages; within
        // a job, the oldest task whose backoff has passed. The jobs are walked newest first and
        // each probe reads one job's end of the tasks_claimable index, stopping at the first
        // row it can lock, so the cost does not grow with the table.
        let names: Option<Vec<String>> = jobs.map(|js| js.iter().map(|j| j.to_string()).collect());
        let row = sqlx::query(&format!(
            "WITH next AS ( \
                SELECT n.id FROM jobs j CROSS JOIN LATERAL ( \
                  SELECT id FROM tasks WHERE job_id = j.id AND status IN ('queued', 'failed') \
                    AND (not_before IS NULL OR not_before <= coalesce($4::timestamptz, now())) \
                  ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) n \
                WHERE j.status = 'active' AND ($1::text[] IS NULL OR j.name = ANY($1)) \
                ORDER BY j.id DESC LIMIT 1 \
             ), claimed AS ( \
                UPDATE tasks t SET {CLAIM_SET} \
                FROM next WHERE t.id = next.id \
                RETURNING t.id, t.attempt, t.max_attempts, t.job_id, t.volume_id \
             ) {CLAIM_RETURNING}"
        ))
        .bind(names)
        .bind(worker.as_str())
        .bind(secs(lease_for))
        .bind(self.stamp())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        row.map(|r| claim_row(&r, worker)).transpose()
    }

    async fn claim_task(&self, task: TaskId, worker: &WorkerId, lease_for: Duration) -> StoreResult<ClaimOutcome> {
        let row = sqlx::query(&format!(
            "WITH claimed AS ( \
                UPDATE tasks t SET {CLAIM_SET} \
                WHERE t.id = $1 AND t.status IN ('queued', 'failed') \
                  AND (t.not_before IS NULL OR t.not_before <= coalesce($4::timestamptz, now())) \
                  AND EXISTS (SELECT 1 FROM jobs j WHERE j.id = t.job_id AND j.status = 'active') \
                RETURNING t.id, t.attempt, t.max_attempts, t.job_id, t.volume_id \
             ) {CLAIM_RETURNING}"
        ))
        .bind(task.0)
        .bind(worker.as_str())
        .bind(secs(lease_for))
        .bind(self.stamp())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        if let Some(r) = row {
            return Ok(ClaimOutcome::Claimed(claim_row(&r, worker)?));
        }
        Ok(ClaimOutcome::NotClaimable(self.task(task).await?.status))
    }

    async fn heartbeat(&self, lease: &Lease, lease_for: Duration) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE tasks SET heartbeat_at = coalesce($4::timestamptz, now()), \
               lease_expires_at = coalesce($4::timestamptz, now()) + make_interval(secs => $5) \
             WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'running'",
        )
        .bind(lease.task_id.0)
        .bind(lease.attempt)
        .bind(lease.worker.as_str())
        .bind(self.stamp())
        .bind(secs(lease_for))
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        if done.rows_affected() == 1 {
            return Ok(true);
        }
        // This attempt's success.json may have been accepted from its event before the worker
        // got to it: the lease is then not lost, the task is done.
        let accepted: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM tasks WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'succeeded')",
        )
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
        let update = sqlx::query(
            "UPDATE tasks SET status = CASE WHEN $4 = 'terminal' OR attempt >= max_attempts THEN 'dead' ELSE 'failed' END, \
               error_kind = $4, error = $5, finished_at = coalesce($6::timestamptz, now()), lease_owner = NULL, \
               lease_expires_at = NULL, sent_at = NULL, send_after = NULL, \
               not_before = coalesce($6::timestamptz, now()) + make_interval(secs => $7) \
             WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'running' \
             RETURNING status, error",
        )
        .bind(lease.task_id.0)
        .bind(lease.attempt)
        .bind(lease.worker.as_str())
        .bind(failure.kind.as_str())
        .bind(&failure.message)
        .bind(self.stamp())
        .bind(secs(retry_delay));
        self.settle_failure(lease, failure.kind, update).await
    }

    async fn release(&self, lease: &Lease, delay: Duration, max_handbacks: u32) -> StoreResult<Fenced<TaskStatus>> {
        let sql = format!(
            "UPDATE tasks SET status = CASE WHEN handbacks >= $4 THEN 'dead' ELSE 'queued' END, \
               error_kind = CASE WHEN handbacks >= $4 THEN 'terminal' ELSE error_kind END, \
               error = CASE WHEN handbacks >= $4 THEN {HANDBACK_ERROR} ELSE error END, \
               finished_at = CASE WHEN handbacks >= $4 THEN coalesce($5::timestamptz, now()) ELSE finished_at END, \
               handbacks = handbacks + 1, max_attempts = max_attempts + 1, lease_owner = NULL, \
               lease_expires_at = NULL, sent_at = NULL, send_after = NULL, \
               not_before = coalesce($5::timestamptz, now()) + make_interval(secs => $6) \
             WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'running' \
             RETURNING status, error"
        );
        let update = sqlx::query(&sql)
            .bind(lease.task_id.0)
            .bind(lease.attempt)
            .bind(lease.worker.as_str())
            .bind(i32::try_from(max_handbacks).unwrap_or(i32::MAX))
            .bind(self.stamp())
            .bind(secs(delay));
        self.settle_failure(lease, FailureKind::Terminal, update).await
    }

    async fn upstream_outputs(&self, lease: &Lease) -> StoreResult<Vec<UpstreamOutput>> {
        let task = lease.task_id;
        let row: Option<(Vec<String>, bool, Option<i64>)> = sqlx::query_as(
            "SELECT j.depends_on, j.reduce, t.volume_id FROM tasks t JOIN jobs j ON j.id = t.job_id WHERE t.id = $1",
        )
        .bind(task.0)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        let Some((deps, reduce, volume_id)) = row else {
            return Err(StoreError::UnknownTask(task));
        };
        let rows = sqlx::query(
            "SELECT t.id, j.name AS job, v.w_id, v.i_id, v.etag, t.attempt FROM tasks t JOIN jobs j ON j.id = t.job_id \
             LEFT JOIN volumes v ON v.id = t.volume_id \
             WHERE j.name = ANY($1) AND t.status = 'succeeded' AND ($2 OR t.volume_id = $3) \
             ORDER BY j.name, v.w_id, v.i_id, v.etag",
        )
        .bind(&deps)
        .bind(reduce)
        .bind(volume_id)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        let mut read = Vec::with_capacity(rows.len());
        let mut outputs = Vec::with_capacity(rows.len());
        for r in &rows {
            let attempt: i32 = r.try_get("attempt").map_err(backend)?;
            read.push((r.try_get::<i64, _>("id").map_err(backend)?, attempt));
            outputs.push(UpstreamOutput {
                job: JobName::new(r.try_get::<String, _>("job").map_err(backend)?).map_err(corrupt)?,
                volume: volume(
                    r.try_get("w_id").map_err(backend)?,
                    r.try_get("i_id").map_err(backend)?,
                    r.try_get("etag").map_err(backend)?,
                )?,
                attempt,
            });
        }
        if reduce {
            sqlx::query(
                "UPDATE tasks SET inputs_digest = $4 WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'running'",
            )
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
impl TaskSettlement for PgStore {
    async fn reclaim_expired(&self, stale_after: Duration) -> StoreResult<Vec<(TaskId, TaskStatus)>> {
        let stale: Vec<(i64, i32, String)> = sqlx::query_as(
            "SELECT id, attempt, lease_owner FROM tasks \
             WHERE status = 'running' AND heartbeat_at < coalesce($1::timestamptz, now()) - make_interval(secs => $2) \
             ORDER BY id",
        )
        .bind(self.stamp())
        .bind(secs(stale_after))
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        let mut out = Vec::with_capacity(stale.len());
        for (id, attempt, owner) in stale {
            // Each task is settled as its worker would have failed it, fenced on the lease it
            // had and on its heartbeat still being stale, so a worker that came back wins.
            let lease = Lease {
                task_id: TaskId(id),
                attempt,
                worker: WorkerId(owner.clone()),
            };
            let update = sqlx::query(
                "UPDATE tasks SET status = CASE WHEN attempt >= max_attempts THEN 'dead' ELSE 'failed' END, \
                   error_kind = 'retryable', error = 'lease expired: worker ' || lease_owner || ' stopped heartbeating', \
                   finished_at = coalesce($4::timestamptz, now()), lease_owner = NULL, lease_expires_at = NULL, \
                   sent_at = NULL, send_after = NULL, not_before = NULL \
                 WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'running' \
                   AND heartbeat_at < coalesce($4::timestamptz, now()) - make_interval(secs => $5) \
                 RETURNING status, error",
            )
            .bind(id)
            .bind(attempt)
            .bind(owner.clone())
            .bind(self.stamp())
            .bind(secs(stale_after));
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
impl Outbox for PgStore {
    async fn owed_sends(&self, limit: i64, per_job: i64) -> StoreResult<Vec<TaskMessage>> {
        let rows = sqlx::query(
            "WITH owed AS ( \
                SELECT id, job_id FROM tasks \
                WHERE sent_at IS NULL AND status IN ('queued', 'failed') \
                  AND (send_after IS NULL OR send_after <= coalesce($3::timestamptz, now())) \
                ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED \
             ), ranked AS ( \
                SELECT id, row_number() OVER (PARTITION BY job_id ORDER BY id) AS n FROM owed \
             ), claimed AS ( \
                UPDATE tasks t SET send_after = coalesce($3::timestamptz, now()) + make_interval(secs => $4) \
                FROM ranked r WHERE t.id = r.id AND r.n <= $2 \
                RETURNING t.id, t.job_id, t.volume_id, t.attempt, t.not_before \
             ) \
             SELECT c.id, j.name AS job, v.w_id, v.i_id, v.etag, c.attempt, \
               GREATEST(0, EXTRACT(EPOCH FROM (c.not_before - coalesce($3::timestamptz, now()))) * 1000)::bigint AS delay_ms \
             FROM claimed c JOIN jobs j ON j.id = c.job_id LEFT JOIN volumes v ON v.id = c.volume_id ORDER BY c.id",
        )
        .bind(limit)
        .bind(per_job)
        .bind(self.stamp())
        .bind(secs(SEND_CLAIM))
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter().map(message_row).collect()
    }

    async fn mark_sent(&self, sent: &[TaskMessage]) -> StoreResult<()> {
        let ids: Vec<i64> = sent.iter().map(|m| m.task_id.0).collect();
        let attempts: Vec<i32> = sent.iter().map(|m| m.attempt).collect();
        sqlx::query(
            "UPDATE tasks t SET sent_at = coalesce($3::timestamptz, now()), send_after = NULL, send_error = NULL \
             FROM UNNEST($1::bigint[], $2::int[]) AS m(id, attempt) \
             WHERE t.id = m.id AND t.attempt = m.attempt AND t.sent_at IS NULL AND t.status IN ('queued', 'failed')",
        )
        .bind(&ids)
        .bind(&attempts)
        .bind(self.stamp())
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn send_failed(&self, tasks: &[TaskId], error: &str) -> StoreResult<()> {
        let ids: Vec<i64> = tasks.iter().map(|t| t.0).collect();
        sqlx::query(
            "UPDATE tasks SET send_error = $2, send_after = coalesce($3::timestamptz, now()) + make_interval(secs => $4) \
             WHERE id = ANY($1) AND sent_at IS NULL",
        )
        .bind(&ids)
        .bind(error)
        .bind(self.stamp())
        .bind(secs(SEND_RETRY))
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn resend(&self, tasks: &[TaskId]) -> StoreResult<Vec<TaskId>> {
        let ids: Vec<i64> = tasks.iter().map(|t| t.0).collect();
        let owed: Vec<i64> = sqlx::query_scalar(
            "UPDATE tasks SET sent_at = NULL, send_after = NULL WHERE id = ANY($1) AND status IN ('queued', 'failed') RETURNING id",
        )
        .bind(&ids)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        Ok(owed.into_iter().map(TaskId).collect())
    }
}

#[async_trait]
impl TaskReports for PgStore {
    async fn stats(&self, job: &JobName, window: Duration) -> StoreResult<JobStats> {
        let job = self.job(job).await?;
        let counts: Vec<(String, i64)> =
            sqlx::query_as("SELECT status, count(*) FROM tasks WHERE job_id = $1 GROUP BY status")
                .bind(job.id)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
        let (recent, mean, pages): (i64, Option<f64>, Option<i64>) = sqlx::query_as(
            "SELECT count(*) FILTER (WHERE t.finished_at >= coalesce($2::timestamptz, now()) - make_interval(secs => $3)), \
                    avg(EXTRACT(EPOCH FROM (t.finished_at - t.started_at)))::float8, \
                    sum(COALESCE(v.nb_images, 0))::bigint \
             FROM tasks t LEFT JOIN volumes v ON v.id = t.volume_id WHERE t.job_id = $1 AND t.status = 'succeeded'",
        )
        .bind(job.id)
        .bind(self.stamp())
        .bind(secs(window))
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        let live: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM workers WHERE heartbeat_at >= coalesce($2::timestamptz, now()) - make_interval(secs => $4) \
               AND (job_id IS NULL OR job_id = $1) AND state <> ALL($3)",
        )
        .bind(job.id)
        .bind(self.stamp())
        .bind(stopped_worker_states())
        .bind(secs(window))
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
            mean_task_secs: mean,
            pages_done: pages.unwrap_or(0),
            live_workers: live as u64,
        })
    }

    async fn tasks(&self, filter: &TaskFilter) -> StoreResult<Vec<TaskRecord>> {
        let rows = sqlx::query(&format!(
            "{TASK_SELECT} WHERE ($1::text IS NULL OR j.name = $1) AND ($2::text IS NULL OR t.status = $2) ORDER BY t.id LIMIT $3"
        ))
        .bind(filter.job.as_ref().map(|j| j.as_str()))
        .bind(filter.status.map(|s| s.as_str()))
        .bind(if filter.limit > 0 { filter.limit } else { i64::MAX })
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter().map(task_row).collect()
    }

    async fn task(&self, id: TaskId) -> StoreResult<TaskRecord> {
        let row = sqlx::query(&format!("{TASK_SELECT} WHERE t.id = $1"))
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
        let rows = sqlx::query(&format!(
            "{ERROR_SELECT} WHERE ($1::text IS NULL OR j.name = $1) AND ($2::bigint IS NULL OR e.task_id = $2) ORDER BY e.id LIMIT $3"
        ))
        .bind(filter.job.as_ref().map(|j| j.as_str()))
        .bind(filter.task.map(|t| t.0))
        .bind(if filter.limit > 0 { filter.limit } else { i64::MAX })
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter().map(error_row).collect()
    }

    async fn error(&self, id: i64) -> StoreResult<ErrorRecord> {
        let row = sqlx::query(&format!("{ERROR_SELECT} WHERE e.id = $1"))
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
impl WorkerRegistry for PgStore {
    async fn register_worker(&self, worker: &WorkerRegistration) -> StoreResult<()> {
        let job_id = match &worker.job {
            Some(j) => Some(self.job(j).await?.id),
            None => None,
        };
        let now = self.stamp();
        sqlx::query(
            "INSERT INTO workers (id, job_id, launch_ref, host, started_at, heartbeat_at, state) \
             VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now()), coalesce($5::timestamptz, now()), 'starting') \
             ON CONFLICT (id) DO UPDATE SET heartbeat_at = EXCLUDED.heartbeat_at, state = 'starting'",
        )
        .bind(worker.id.as_str())
        .bind(job_id)
        .bind(&worker.launch_ref)
        .bind(&worker.host)
        .bind(now)
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
        sqlx::query(
            "UPDATE workers SET heartbeat_at = coalesce($2::timestamptz, now()), state = $3, tasks_done = $4, \
               last_error = COALESCE($5, last_error) WHERE id = $1",
        )
        .bind(id.as_str())
        .bind(self.stamp())
        .bind(state.as_str())
        .bind(tasks_done)
        .bind(last_error)
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn workers(&self, live_within: Option<Duration>) -> StoreResult<Vec<WorkerRecord>> {
        let rows = sqlx::query(
            &format!(
            "{WORKER_SELECT} \
             WHERE ($1::float8 IS NULL OR (w.heartbeat_at >= coalesce($3::timestamptz, now()) - make_interval(secs => $1) \
               AND w.state <> ALL($2))) ORDER BY w.started_at"
        ))
        .bind(live_within.map(secs))
        .bind(stopped_worker_states())
        .bind(self.stamp())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter().map(worker_row).collect()
    }

    async fn prune_workers(&self, retention: Duration) -> StoreResult<u64> {
        let done = sqlx::query(
            "DELETE FROM workers WHERE heartbeat_at < coalesce($1::timestamptz, now()) - make_interval(secs => $2)",
        )
        .bind(self.stamp())
        .bind(secs(retention))
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(done.rows_affected())
    }
}
