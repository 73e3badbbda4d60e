//! The PostgreSQL adapter: production's task store, and a queue in its own right. Claims take
//! the oldest claimable row with `FOR UPDATE SKIP LOCKED`, so two workers never hold one task;
//! every worker write is fenced on (task, attempt, lease owner).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use folio_core::clock::{after, before, Clock};
use folio_core::dag;
use folio_core::ids::VolumeSpec;
use folio_core::job::{Job, JobSpec, JobStatus};
use folio_core::message::TaskMessage;
use folio_core::ports::*;
use folio_core::{FailureKind, JobName, TaskId, TaskStatus, WorkerId};
use sqlx::postgres::{PgPool, PgPoolOptions, PgRow};
use sqlx::{Postgres, Row, Transaction};

use crate::common::*;

const SCHEMA: &str = include_str!("../../../schema.sql");

const JOB_COLUMNS: &str = "id, name, kind, config, depends_on, reduce, queue_url, dlq_url, status, created_at";

const TASK_SELECT: &str = "SELECT t.id, j.name AS job, v.w_id, v.i_id, v.etag, COALESCE(v.nb_images, 0) AS nb_images, \
     t.status, t.attempt, t.max_attempts, t.lease_owner, t.lease_expires_at, t.heartbeat_at, t.enqueued_at, \
     t.sent_at, t.started_at, t.finished_at, t.error_kind, t.error, t.metrics \
     FROM tasks t JOIN jobs j ON j.id = t.job_id LEFT JOIN volumes v ON v.id = t.volume_id";

const ERROR_SELECT: &str = "SELECT e.id, e.task_id, j.name AS job, v.w_id, v.i_id, v.etag, e.attempt, e.worker, e.kind, e.message, e.at \
     FROM task_errors e JOIN tasks t ON t.id = e.task_id JOIN jobs j ON j.id = t.job_id LEFT JOIN volumes v ON v.id = t.volume_id";

pub struct PgStore {
    pool: PgPool,
    clock: Arc<dyn Clock>,
}

impl PgStore {
    /// Connects and applies `schema.sql`.
    pub async fn connect(url: &str, clock: Arc<dyn Clock>) -> StoreResult<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(20)
            .acquire_timeout(Duration::from_secs(15))
            .connect(url)
            .await
            .map_err(|e| {
                StoreError::Backend(
                    format!(
                        "cannot connect to PostgreSQL at {}: {e}; check the URL and that the server is running",
                        redact(url)
                    )
                    .into(),
                )
            })?;
        let store = Self { pool, clock };
        store.migrate().await?;
        Ok(store)
    }

    /// Applies the schema under an advisory lock, so workers starting together do not race.
    pub async fn migrate(&self) -> StoreResult<()> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        sqlx::query("SELECT pg_advisory_xact_lock(7262851093)")
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        sqlx::raw_sql(SCHEMA).execute(&mut *tx).await.map_err(backend)?;
        tx.commit().await.map_err(backend)
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    async fn all_jobs(tx: &mut Transaction<'_, Postgres>) -> StoreResult<Vec<Job>> {
        let rows = sqlx::query(&format!("SELECT {JOB_COLUMNS} FROM jobs ORDER BY id"))
            .fetch_all(&mut **tx)
            .await
            .map_err(backend)?;
        rows.iter().map(job_row).collect()
    }

    /// After a task of `job_id` settles: release its per-volume dependents whose dependencies
    /// have all succeeded (when it succeeded), and create any reduce task it completes.
    async fn release_downstream(
        &self,
        tx: &mut Transaction<'_, Postgres>,
        job_id: i64,
        volume_id: Option<i64>,
        succeeded: bool,
    ) -> StoreResult<Vec<TaskId>> {
        let jobs = Self::all_jobs(tx).await?;
        let Some(job) = jobs.iter().find(|j| j.id == job_id) else {
            return Ok(Vec::new());
        };
        let now = self.now();
        let mut released = Vec::new();
        if let (true, Some(volume_id)) = (succeeded, volume_id) {
            for d in per_volume_dependents(&jobs, job.name()) {
                let deps = dep_names(d);
                let met: i64 = sqlx::query_scalar(
                    "SELECT count(*) FROM tasks t JOIN jobs j ON j.id = t.job_id \
                     WHERE t.volume_id = $1 AND t.status = 'succeeded' AND j.name = ANY($2)",
                )
                .bind(volume_id)
                .bind(&deps)
                .fetch_one(&mut **tx)
                .await
                .map_err(backend)?;
                if met as usize != deps.len() {
                    continue;
                }
                let id: Option<i64> = sqlx::query_scalar(
                    "INSERT INTO tasks (job_id, volume_id, status, max_attempts, enqueued_at) \
                     VALUES ($1, $2, 'queued', $3, $4) \
                     ON CONFLICT (job_id, volume_id) DO UPDATE SET status = 'queued', enqueued_at = EXCLUDED.enqueued_at, sent_at = NULL \
                     WHERE tasks.status = 'pending' RETURNING id",
                )
                .bind(d.id)
                .bind(volume_id)
                .bind(d.spec.settings.max_attempts)
                .bind(now)
                .fetch_optional(&mut **tx)
                .await
                .map_err(backend)?;
                released.extend(id.map(TaskId));
            }
        }
        for (reduce, chain) in reduces_waiting_on(&jobs, job.name()) {
            // Completions of different volumes serialise on the reduce job's row, so the last
            // one to finish sees every other as committed: exactly one creates the task.
            sqlx::query("SELECT id FROM jobs WHERE id = $1 FOR UPDATE")
                .bind(reduce.id)
                .execute(&mut **tx)
                .await
                .map_err(backend)?;
            let (unfinished, dep_tasks): (i64, i64) = sqlx::query_as(
                "SELECT count(*) FILTER (WHERE t.status NOT IN ('succeeded', 'dead')), \
                        count(*) FILTER (WHERE j.name = $2) \
                 FROM tasks t JOIN jobs j ON j.id = t.job_id WHERE j.name = ANY($1)",
            )
            .bind(&chain)
            .bind(reduce.spec.depends_on[0].as_str())
            .fetch_one(&mut **tx)
            .await
            .map_err(backend)?;
            if unfinished > 0 || dep_tasks == 0 {
                continue;
            }
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO tasks (job_id, volume_id, status, max_attempts, enqueued_at) \
                 VALUES ($1, NULL, 'queued', $2, $3) ON CONFLICT DO NOTHING RETURNING id",
            )
            .bind(reduce.id)
            .bind(reduce.spec.settings.max_attempts)
            .bind(now)
            .fetch_optional(&mut **tx)
            .await
            .map_err(backend)?;
            released.extend(id.map(TaskId));
        }
        Ok(released)
    }
}

/// The URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

fn job_row(r: &PgRow) -> StoreResult<Job> {
    JobRow {
        id: r.try_get("id").map_err(backend)?,
        name: r.try_get("name").map_err(backend)?,
        kind: r.try_get("kind").map_err(backend)?,
        config: r.try_get("config").map_err(backend)?,
        depends_on: r.try_get("depends_on").map_err(backend)?,
        reduce: r.try_get("reduce").map_err(backend)?,
        queue_url: r.try_get("queue_url").map_err(backend)?,
        dlq_url: r.try_get("dlq_url").map_err(backend)?,
        status: r.try_get("status").map_err(backend)?,
        created_at: r.try_get("created_at").map_err(backend)?,
    }
    .into_job()
}

fn task_row(r: &PgRow) -> StoreResult<TaskRecord> {
    let get_err = |e| backend(e);
    let error_kind: Option<String> = r.try_get("error_kind").map_err(get_err)?;
    Ok(TaskRecord {
        id: TaskId(r.try_get("id").map_err(backend)?),
        job: JobName::new(r.try_get::<String, _>("job").map_err(backend)?).map_err(corrupt)?,
        volume: volume(
            r.try_get("w_id").map_err(backend)?,
            r.try_get("i_id").map_err(backend)?,
            r.try_get("etag").map_err(backend)?,
        )?,
        nb_images: r.try_get("nb_images").map_err(backend)?,
        status: parse_status(r.try_get("status").map_err(backend)?)?,
        attempt: r.try_get("attempt").map_err(backend)?,
        max_attempts: r.try_get("max_attempts").map_err(backend)?,
        lease_owner: r.try_get("lease_owner").map_err(backend)?,
        lease_expires_at: r.try_get("lease_expires_at").map_err(backend)?,
        heartbeat_at: r.try_get("heartbeat_at").map_err(backend)?,
        enqueued_at: r.try_get("enqueued_at").map_err(backend)?,
        sent_at: r.try_get("sent_at").map_err(backend)?,
        started_at: r.try_get("started_at").map_err(backend)?,
        finished_at: r.try_get("finished_at").map_err(backend)?,
        error_kind: error_kind
            .map(|k| k.parse::<FailureKind>())
            .transpose()
            .map_err(corrupt)?,
        error: r.try_get("error").map_err(backend)?,
        metrics: r.try_get("metrics").map_err(backend)?,
    })
}

fn error_row(r: &PgRow) -> StoreResult<ErrorRecord> {
    Ok(ErrorRecord {
        id: r.try_get("id").map_err(backend)?,
        task_id: TaskId(r.try_get("task_id").map_err(backend)?),
        job: JobName::new(r.try_get::<String, _>("job").map_err(backend)?).map_err(corrupt)?,
        volume: volume(
            r.try_get("w_id").map_err(backend)?,
            r.try_get("i_id").map_err(backend)?,
            r.try_get("etag").map_err(backend)?,
        )?,
        attempt: r.try_get("attempt").map_err(backend)?,
        worker: r.try_get("worker").map_err(backend)?,
        kind: r
            .try_get::<String, _>("kind")
            .map_err(backend)?
            .parse()
            .map_err(corrupt)?,
        message: r.try_get("message").map_err(backend)?,
        at: r.try_get("at").map_err(backend)?,
    })
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
    ))
}

/// Claims: one statement that locks the row, starts the attempt and returns what a worker needs.
const CLAIM_RETURNING: &str = "SELECT c.id, c.attempt, c.max_attempts, j.name AS job, v.w_id, v.i_id, v.etag, COALESCE(v.nb_images, 0) AS nb_images \
     FROM claimed c JOIN jobs j ON j.id = c.job_id LEFT JOIN volumes v ON v.id = c.volume_id";

#[async_trait]
impl TaskStore for PgStore {
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
                 VALUES ($1, $2, $3, $4, $5, 'active', $6) RETURNING {JOB_COLUMNS}"
            ))
            .bind(spec.name.as_str())
            .bind(&spec.kind)
            .bind(config)
            .bind(&deps)
            .bind(spec.reduce)
            .bind(self.now())
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

    async fn enqueue(&self, job: &JobName, volumes: &[VolumeSpec], force: bool) -> StoreResult<EnqueueOutcome> {
        let job = self.job(job).await?;
        if job.status == JobStatus::Archived {
            return Err(StoreError::JobNotActive {
                job: job.name().to_string(),
                status: job.status,
            });
        }
        // One row per volume version; a repeat in the input is the same volume.
        let mut seen = std::collections::HashSet::new();
        let unique: Vec<&VolumeSpec> = volumes.iter().filter(|v| seen.insert(v.volume.clone())).collect();
        let now = self.now();
        let mut tx = self.pool.begin().await.map_err(backend)?;
        let rows = sqlx::query(
            "INSERT INTO volumes (w_id, i_id, etag, nb_images, created_at) \
             SELECT w, i, e, n, $5 FROM UNNEST($1::text[], $2::text[], $3::text[], $4::bigint[]) AS u(w, i, e, n) \
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
             SELECT $1, v.id, CASE WHEN {ready} THEN 'queued' ELSE 'pending' END, $4, $5 \
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
                   max_attempts = t.attempt + $4, sent_at = NULL, error = NULL, error_kind = NULL, \
                   finished_at = NULL, metrics = NULL, enqueued_at = $5 \
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
        if let Some(cap) = job.spec.settings.max_queued {
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

    async fn claim_next(
        &self,
        jobs: Option<&[JobName]>,
        worker: &WorkerId,
        lease_for: Duration,
    ) -> StoreResult<Option<Claim>> {
        // Downstream jobs first (the newest job ids), so volumes flow through the pipeline
        // instead of piling up between stages; within a job, the oldest task. Each probe reads
        // one job's end of the tasks_claimable index, so its cost does not grow with the table.
        let names: Option<Vec<String>> = jobs.map(|js| js.iter().map(|j| j.to_string()).collect());
        let job_ids: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM jobs WHERE status = 'active' AND ($1::text[] IS NULL OR name = ANY($1)) ORDER BY id DESC",
        )
        .bind(names)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        let now = self.now();
        for job_id in job_ids {
            let row = sqlx::query(&format!(
                "WITH next AS ( \
                    SELECT id FROM tasks WHERE job_id = $1 AND status IN ('queued', 'failed') \
                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED \
                 ), claimed AS ( \
                    UPDATE tasks t SET status = 'running', attempt = t.attempt + 1, lease_owner = $2, \
                      lease_expires_at = $3, heartbeat_at = $4, started_at = $4, finished_at = NULL \
                    FROM next WHERE t.id = next.id \
                    RETURNING t.id, t.attempt, t.max_attempts, t.job_id, t.volume_id \
                 ) {CLAIM_RETURNING}"
            ))
            .bind(job_id)
            .bind(worker.as_str())
            .bind(after(now, lease_for))
            .bind(now)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
            if let Some(r) = row {
                return claim_row(&r, worker).map(Some);
            }
        }
        Ok(None)
    }

    async fn claim_task(&self, task: TaskId, worker: &WorkerId, lease_for: Duration) -> StoreResult<ClaimOutcome> {
        let now = self.now();
        let row = sqlx::query(&format!(
            "WITH claimed AS ( \
                UPDATE tasks t SET status = 'running', attempt = t.attempt + 1, lease_owner = $2, \
                  lease_expires_at = $3, heartbeat_at = $4, started_at = $4, finished_at = NULL \
                WHERE t.id = $1 AND t.status IN ('queued', 'failed') \
                  AND EXISTS (SELECT 1 FROM jobs j WHERE j.id = t.job_id AND j.status = 'active') \
                RETURNING t.id, t.attempt, t.max_attempts, t.job_id, t.volume_id \
             ) {CLAIM_RETURNING}"
        ))
        .bind(task.0)
        .bind(worker.as_str())
        .bind(after(now, lease_for))
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        if let Some(r) = row {
            return Ok(ClaimOutcome::Claimed(claim_row(&r, worker)?));
        }
        Ok(ClaimOutcome::NotClaimable(self.task(task).await?.status))
    }

    async fn heartbeat(&self, lease: &Lease, lease_for: Duration) -> StoreResult<bool> {
        let now = self.now();
        let done = sqlx::query(
            "UPDATE tasks SET heartbeat_at = $4, lease_expires_at = $5 \
             WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'running'",
        )
        .bind(lease.task_id.0)
        .bind(lease.attempt)
        .bind(lease.worker.as_str())
        .bind(now)
        .bind(after(now, lease_for))
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(done.rows_affected() == 1)
    }

    async fn complete(&self, lease: &Lease, metrics: &serde_json::Value) -> StoreResult<Fenced<()>> {
        // Applies while running under this lease, and also when this lease's success.json was
        // accepted first (the status is then already succeeded with this attempt and owner).
        let done = sqlx::query(
            "UPDATE tasks SET status = 'succeeded', finished_at = COALESCE(finished_at, $4), metrics = $5, \
               lease_expires_at = NULL, error = NULL, error_kind = NULL \
             WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status IN ('running', 'succeeded')",
        )
        .bind(lease.task_id.0)
        .bind(lease.attempt)
        .bind(lease.worker.as_str())
        .bind(self.now())
        .bind(metrics)
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(if done.rows_affected() == 1 {
            Fenced::Applied(())
        } else {
            Fenced::LeaseLost
        })
    }

    async fn fail(&self, lease: &Lease, failure: &Failure) -> StoreResult<Fenced<TaskStatus>> {
        let now = self.now();
        let mut tx = self.pool.begin().await.map_err(backend)?;
        let row: Option<(String, i64)> = sqlx::query_as(
            "UPDATE tasks SET status = CASE WHEN $4 = 'terminal' OR attempt >= max_attempts THEN 'dead' ELSE 'failed' END, \
               error_kind = $4, error = $5, finished_at = $6, lease_owner = NULL, lease_expires_at = NULL \
             WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'running' \
             RETURNING status, job_id",
        )
        .bind(lease.task_id.0)
        .bind(lease.attempt)
        .bind(lease.worker.as_str())
        .bind(failure.kind.as_str())
        .bind(&failure.message)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await
        .map_err(backend)?;
        let Some((status, job_id)) = row else {
            return Ok(Fenced::LeaseLost);
        };
        sqlx::query(
            "INSERT INTO task_errors (task_id, attempt, worker, kind, message, at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(lease.task_id.0)
        .bind(lease.attempt)
        .bind(lease.worker.as_str())
        .bind(failure.kind.as_str())
        .bind(&failure.message)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
        let status = parse_status(&status)?;
        if status == TaskStatus::Dead {
            self.release_downstream(&mut tx, job_id, None, false).await?;
        }
        tx.commit().await.map_err(backend)?;
        Ok(Fenced::Applied(status))
    }

    async fn release(&self, lease: &Lease) -> StoreResult<Fenced<()>> {
        let done = sqlx::query(
            "UPDATE tasks SET status = 'queued', lease_owner = NULL, lease_expires_at = NULL, \
               max_attempts = max_attempts + 1 \
             WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'running'",
        )
        .bind(lease.task_id.0)
        .bind(lease.attempt)
        .bind(lease.worker.as_str())
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(if done.rows_affected() == 1 {
            Fenced::Applied(())
        } else {
            Fenced::LeaseLost
        })
    }

    async fn reclaim_expired(&self, stale_after: Duration) -> StoreResult<Vec<(TaskId, TaskStatus)>> {
        let now = self.now();
        let mut tx = self.pool.begin().await.map_err(backend)?;
        let rows = sqlx::query(
            "WITH stale AS ( \
                SELECT id, lease_owner, heartbeat_at FROM tasks \
                WHERE status = 'running' AND heartbeat_at < $1 FOR UPDATE SKIP LOCKED \
             ) \
             UPDATE tasks t SET status = CASE WHEN t.attempt >= t.max_attempts THEN 'dead' ELSE 'failed' END, \
               error_kind = 'retryable', \
               error = 'lease expired: worker ' || stale.lease_owner || ' stopped heartbeating', \
               finished_at = $2, lease_owner = NULL, lease_expires_at = NULL, sent_at = NULL \
             FROM stale WHERE t.id = stale.id \
             RETURNING t.id, t.status, t.attempt, t.job_id, stale.lease_owner, t.error",
        )
        .bind(before(now, stale_after))
        .bind(now)
        .fetch_all(&mut *tx)
        .await
        .map_err(backend)?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let id: i64 = r.try_get("id").map_err(backend)?;
            let status = parse_status(r.try_get("status").map_err(backend)?)?;
            sqlx::query("INSERT INTO task_errors (task_id, attempt, worker, kind, message, at) VALUES ($1, $2, $3, 'retryable', $4, $5)")
                .bind(id)
                .bind(r.try_get::<i32, _>("attempt").map_err(backend)?)
                .bind(r.try_get::<Option<String>, _>("lease_owner").map_err(backend)?)
                .bind(r.try_get::<String, _>("error").map_err(backend)?)
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
            if status == TaskStatus::Dead {
                self.release_downstream(&mut tx, r.try_get("job_id").map_err(backend)?, None, false)
                    .await?;
            }
            out.push((TaskId(id), status));
        }
        tx.commit().await.map_err(backend)?;
        Ok(out)
    }

    async fn accept_success(&self, task: TaskId, attempt: i32, metrics: &serde_json::Value) -> StoreResult<Acceptance> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        let accepted: Option<(i64, Option<i64>)> = sqlx::query_as(
            "UPDATE tasks SET status = 'succeeded', finished_at = $3, metrics = $4, lease_expires_at = NULL \
             WHERE id = $1 AND attempt = $2 AND status = 'running' RETURNING job_id, volume_id",
        )
        .bind(task.0)
        .bind(attempt)
        .bind(self.now())
        .bind(metrics)
        .fetch_optional(&mut *tx)
        .await
        .map_err(backend)?;
        let (job_id, volume_id, first) = match accepted {
            Some((job_id, volume_id)) => (job_id, volume_id, true),
            None => {
                let row: Option<(String, i32, i64, Option<i64>)> =
                    sqlx::query_as("SELECT status, attempt, job_id, volume_id FROM tasks WHERE id = $1")
                        .bind(task.0)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(backend)?;
                let Some((status, current, job_id, volume_id)) = row else {
                    return Err(StoreError::UnknownTask(task));
                };
                let status = parse_status(&status)?;
                if status != TaskStatus::Succeeded || current != attempt {
                    return Ok(Acceptance::Stale {
                        current_attempt: current,
                        status,
                    });
                }
                (job_id, volume_id, false)
            }
        };
        // Downstream release is idempotent, so a duplicate event repeats it harmlessly; it
        // matters when the worker's own completion came before the event.
        let released = self.release_downstream(&mut tx, job_id, volume_id, true).await?;
        tx.commit().await.map_err(backend)?;
        Ok(if first {
            Acceptance::Accepted { released }
        } else {
            Acceptance::Duplicate { released }
        })
    }

    async fn upstream_outputs(&self, task: TaskId) -> StoreResult<Vec<UpstreamOutput>> {
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
            "SELECT j.name AS job, v.w_id, v.i_id, v.etag, t.attempt FROM tasks t JOIN jobs j ON j.id = t.job_id \
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
        rows.iter()
            .map(|r| {
                Ok(UpstreamOutput {
                    job: JobName::new(r.try_get::<String, _>("job").map_err(backend)?).map_err(corrupt)?,
                    volume: volume(
                        r.try_get("w_id").map_err(backend)?,
                        r.try_get("i_id").map_err(backend)?,
                        r.try_get("etag").map_err(backend)?,
                    )?,
                    attempt: r.try_get("attempt").map_err(backend)?,
                })
            })
            .collect()
    }

    async fn owed_sends(&self, limit: i64) -> StoreResult<Vec<TaskMessage>> {
        let rows = sqlx::query(
            "SELECT t.id, j.name AS job, v.w_id, v.i_id, v.etag, t.attempt FROM tasks t JOIN jobs j ON j.id = t.job_id \
             LEFT JOIN volumes v ON v.id = t.volume_id \
             WHERE t.sent_at IS NULL AND t.status IN ('queued', 'failed') ORDER BY t.id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter().map(message_row).collect()
    }

    async fn mark_sent(&self, tasks: &[TaskId]) -> StoreResult<()> {
        let ids: Vec<i64> = tasks.iter().map(|t| t.0).collect();
        sqlx::query("UPDATE tasks SET sent_at = $2 WHERE id = ANY($1) AND sent_at IS NULL")
            .bind(&ids)
            .bind(self.now())
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn redrive(&self, job: &JobName, tasks: Option<&[TaskId]>) -> StoreResult<Vec<TaskId>> {
        let job = self.job(job).await?;
        let ids: Option<Vec<i64>> = tasks.map(|ts| ts.iter().map(|t| t.0).collect());
        let redriven: Vec<i64> = sqlx::query_scalar(
            "UPDATE tasks SET status = 'queued', max_attempts = attempt + $3, sent_at = NULL, error = NULL, \
               error_kind = NULL, finished_at = NULL, metrics = NULL, enqueued_at = $4 \
             WHERE job_id = $1 AND ((status = 'dead' AND $2::bigint[] IS NULL) \
               OR (status IN ('dead', 'succeeded') AND id = ANY($2))) RETURNING id",
        )
        .bind(job.id)
        .bind(ids)
        .bind(job.spec.settings.max_attempts)
        .bind(self.now())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        Ok(redriven.into_iter().map(TaskId).collect())
    }

    async fn stats(&self, job: &JobName, window: Duration) -> StoreResult<JobStats> {
        let job = self.job(job).await?;
        let now = self.now();
        let since = before(now, window);
        let counts: Vec<(String, i64)> =
            sqlx::query_as("SELECT status, count(*) FROM tasks WHERE job_id = $1 GROUP BY status")
                .bind(job.id)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
        let (recent, mean, pages): (i64, Option<f64>, Option<i64>) = sqlx::query_as(
            "SELECT count(*) FILTER (WHERE t.finished_at >= $2), \
                    avg(EXTRACT(EPOCH FROM (t.finished_at - t.started_at)))::float8, \
                    sum(COALESCE(v.nb_images, 0))::bigint \
             FROM tasks t LEFT JOIN volumes v ON v.id = t.volume_id WHERE t.job_id = $1 AND t.status = 'succeeded'",
        )
        .bind(job.id)
        .bind(since)
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        let live: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM workers WHERE heartbeat_at >= $2 AND (job_id IS NULL OR job_id = $1) AND state <> ALL($3)",
        )
        .bind(job.id)
        .bind(since)
        .bind(STOPPED_WORKER_STATES.as_slice())
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        Ok(JobStats {
            counts: counts.into_iter().map(|(s, n)| (s, n as u64)).collect(),
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

    async fn register_worker(&self, worker: &WorkerRegistration) -> StoreResult<()> {
        let job_id = match &worker.job {
            Some(j) => Some(self.job(j).await?.id),
            None => None,
        };
        let now = self.now();
        sqlx::query(
            "INSERT INTO workers (id, job_id, launch_ref, host, started_at, heartbeat_at, state) VALUES ($1, $2, $3, $4, $5, $5, 'starting') \
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
        state: &str,
        tasks_done: i64,
        last_error: Option<&str>,
    ) -> StoreResult<()> {
        sqlx::query(
            "UPDATE workers SET heartbeat_at = $2, state = $3, tasks_done = $4, last_error = COALESCE($5, last_error) WHERE id = $1",
        )
        .bind(id.as_str())
        .bind(self.now())
        .bind(state)
        .bind(tasks_done)
        .bind(last_error)
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn workers(&self, live_within: Option<Duration>) -> StoreResult<Vec<WorkerRecord>> {
        let since = live_within.map(|w| before(self.now(), w));
        let rows = sqlx::query(
            "SELECT w.id, j.name AS job, w.launch_ref, w.host, w.started_at, w.heartbeat_at, w.state, w.tasks_done, w.last_error \
             FROM workers w LEFT JOIN jobs j ON j.id = w.job_id \
             WHERE ($1::timestamptz IS NULL OR (w.heartbeat_at >= $1 AND w.state <> ALL($2))) ORDER BY w.started_at",
        )
        .bind(since)
        .bind(STOPPED_WORKER_STATES.as_slice())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|r| {
                let job: Option<String> = r.try_get("job").map_err(backend)?;
                Ok(WorkerRecord {
                    id: r.try_get("id").map_err(backend)?,
                    job: job.map(JobName::new).transpose().map_err(corrupt)?,
                    launch_ref: r.try_get("launch_ref").map_err(backend)?,
                    host: r.try_get("host").map_err(backend)?,
                    started_at: r.try_get("started_at").map_err(backend)?,
                    heartbeat_at: r.try_get("heartbeat_at").map_err(backend)?,
                    state: r.try_get("state").map_err(backend)?,
                    tasks_done: r.try_get("tasks_done").map_err(backend)?,
                    last_error: r.try_get("last_error").map_err(backend)?,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn redact_hides_only_the_password() {
        assert_eq!(redact("postgres://u:secret@h:5432/db"), "postgres://u:***@h:5432/db");
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
    }
}
