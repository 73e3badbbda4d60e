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
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::{Postgres, Transaction};

use crate::common::*;
use crate::rows::*;
use crate::sql::postgres as sql;
use crate::sql::POSTGRES_SCHEMA as SCHEMA;
use folio_core::WorkerState;

pub struct PgStore {
    pool: PgPool,
    clock: Arc<dyn Clock>,
    /// The job graph, keyed by the jobs' ids and statuses (the rest of a job never changes):
    /// a settling transaction reads the key with its first statement and the rows only when
    /// it changed.
    graph: std::sync::Mutex<Option<(String, Arc<Vec<Job>>)>>,
}

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
                    sqlx::Executor::execute(&mut *conn, sql::READ_COMMITTED).await?;
                    // No folio transaction waits on anything but the database; one left open
                    // longer (its process frozen or partitioned) ends, releasing its locks.
                    sqlx::Executor::execute(&mut *conn, sql::IDLE_TIMEOUT).await.map(|_| ())
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
        let applied: bool = sqlx::query_scalar(sql::SCHEMA_TABLE)
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?;
        if applied {
            let done: bool = sqlx::query_scalar(sql::SCHEMA_APPLIED)
                .bind(&digest)
                .fetch_one(&self.pool)
                .await
                .map_err(backend)?;
            if done {
                return Ok(());
            }
        }
        let mut tx = self.pool.begin().await.map_err(backend)?;
        sqlx::query(sql::MIGRATION_LOCK)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        sqlx::query(sql::MIGRATION_LOCK_TIMEOUT)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        sqlx::raw_sql(SCHEMA).execute(&mut *tx).await.map_err(backend)?;
        sqlx::query(sql::RECORD_SCHEMA)
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
        let rows = sqlx::query(sql::ALL_JOBS).fetch_all(&mut **tx).await.map_err(backend)?;
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
            sqlx::query(sql::LOCK_REDUCES)
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
        let row: Option<(i64, Option<i64>)> = sqlx::query_as(sql::SETTLE_CONTEXT)
            .bind(task.0)
            .fetch_optional(&mut **tx)
            .await
            .map_err(backend)?;
        let Some((job_id, volume_id)) = row else {
            return Ok(None);
        };
        if let Some(v) = volume_id {
            sqlx::query(sql::LOCK_VOLUME)
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
                    let released: Vec<i64> = sqlx::query_scalar(sql::RELEASE_DEPENDENTS)
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
                    sqlx::query(sql::END_DOWNSTREAM)
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
        let quiet: bool = sqlx::query_scalar(sql::REDUCE_QUIET)
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
        let row: Option<(i64, Option<i64>, i64, String)> = sqlx::query_as(sql::SUCCEED)
            .bind(task.0)
            .bind(attempt)
            .bind(owner)
            .bind(self.stamp())
            .bind(metrics)
            .fetch_optional(&mut *tx)
            .await
            .map_err(backend)?;
        let Some((job_id, volume_id, _locked, key)) = row else {
            let row: Option<(String, i32, Option<String>)> = sqlx::query_as(sql::TASK_LEASE)
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
        update: sqlx::query::QueryAs<'_, Postgres, (String, Option<String>), sqlx::postgres::PgArguments>,
    ) -> StoreResult<Fenced<TaskStatus>> {
        let mut tx = self.begin().await?;
        let Some((job_id, volume_id, jobs)) = Self::lock_for_settle(&mut tx, lease.task_id).await? else {
            return Ok(Fenced::LeaseLost);
        };
        let Some((status, error)) = update.fetch_optional(&mut *tx).await.map_err(backend)? else {
            return Ok(Fenced::LeaseLost);
        };
        let status = parse_status(&status)?;
        let error = error.unwrap_or_default();
        if status != TaskStatus::Queued {
            sqlx::query(sql::RECORD_ERROR)
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

#[async_trait]
impl JobCatalogue for PgStore {
    async fn create_jobs(&self, specs: &[JobSpec]) -> StoreResult<Vec<Job>> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        // Concurrent creators see each other's jobs before checking the DAG.
        sqlx::query(sql::LOCK_JOBS).execute(&mut *tx).await.map_err(backend)?;
        let existing: Vec<JobSpec> = Self::all_jobs(&mut tx).await?.into_iter().map(|j| j.spec).collect();
        let ordered = dag::plan(specs, &existing)?;
        let mut created = Vec::with_capacity(ordered.len());
        for spec in ordered {
            let config = serde_json::to_value(spec.stored_config()).expect("config serialises");
            let deps: Vec<String> = spec.depends_on.iter().map(|d| d.to_string()).collect();
            let row = sqlx::query(sql::CREATE_JOB)
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
        let mut tx = self.pool.begin().await.map_err(backend)?;
        sqlx::query(sql::LOCK_JOBS).execute(&mut *tx).await.map_err(backend)?;
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
impl TaskIntake for PgStore {
    async fn enqueue(&self, job: &JobName, volumes: &[VolumeSpec], force: bool) -> StoreResult<EnqueueOutcome> {
        let job = self.job(job).await?;
        job.check_enqueueable()?;
        // One row per volume version; a repeat in the input is the same volume.
        let mut seen = std::collections::HashSet::new();
        let unique: Vec<&VolumeSpec> = volumes.iter().filter(|v| seen.insert(v.volume.clone())).collect();
        let now = self.stamp();
        let mut tx = self.begin().await?;
        let rows: Vec<(i64, String, String, String)> = sqlx::query_as(sql::UPSERT_VOLUMES)
            .bind(unique.iter().map(|v| v.volume.w_id.as_str()).collect::<Vec<_>>())
            .bind(unique.iter().map(|v| v.volume.i_id.as_str()).collect::<Vec<_>>())
            .bind(unique.iter().map(|v| v.volume.etag.as_str()).collect::<Vec<_>>())
            .bind(unique.iter().map(|v| v.nb_images).collect::<Vec<_>>())
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
        let deps = dep_names(&job);
        let created: Vec<i64> = sqlx::query_scalar(sql::CREATE_TASKS)
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
            forced = sqlx::query_scalar(sql::FORCE_TASKS)
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
            sqlx::query(sql::END_UNDER_DEAD)
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
            sqlx::query(sql::LOCK_JOB)
                .bind(job.id)
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
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
        let job = self.job(job).await?;
        let ids: Option<Vec<i64>> = tasks.map(|ts| ts.iter().map(|t| t.0).collect());
        let redriven: Vec<i64> = sqlx::query_scalar(sql::REDRIVE)
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
        let row: Option<ClaimLine> = sqlx::query_as(sql::CLAIM_NEXT)
            .bind(names)
            .bind(worker.as_str())
            .bind(secs(lease_for))
            .bind(self.stamp())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.map(|r| r.into_claim(worker)).transpose()
    }

    async fn claim_task(&self, task: TaskId, worker: &WorkerId, lease_for: Duration) -> StoreResult<ClaimOutcome> {
        let row: Option<ClaimLine> = sqlx::query_as(sql::CLAIM_TASK)
            .bind(task.0)
            .bind(worker.as_str())
            .bind(secs(lease_for))
            .bind(self.stamp())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        if let Some(r) = row {
            return Ok(ClaimOutcome::Claimed(r.into_claim(worker)?));
        }
        Ok(ClaimOutcome::NotClaimable(self.task(task).await?.status))
    }

    async fn heartbeat(&self, lease: &Lease, lease_for: Duration) -> StoreResult<bool> {
        let done = sqlx::query(sql::HEARTBEAT)
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
        let update = sqlx::query_as(sql::FAIL)
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
        let update = sqlx::query_as(sql::RELEASE)
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
        let row: Option<(Vec<String>, bool, Option<i64>)> = sqlx::query_as(sql::UPSTREAM_OF)
            .bind(task.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        let Some((deps, reduce, volume_id)) = row else {
            return Err(StoreError::UnknownTask(task));
        };
        let rows: Vec<AttemptLine> = sqlx::query_as(sql::UPSTREAM_OUTPUTS)
            .bind(&deps)
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
impl TaskSettlement for PgStore {
    async fn reclaim_expired(&self, stale_after: Duration) -> StoreResult<Vec<(TaskId, TaskStatus)>> {
        let stale: Vec<(i64, i32, String)> = sqlx::query_as(sql::STALE_LEASES)
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
            let update = sqlx::query_as(sql::EXPIRE_LEASE)
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
        let rows: Vec<MessageLine> = sqlx::query_as(sql::OWED_SENDS)
            .bind(limit)
            .bind(per_job)
            .bind(self.stamp())
            .bind(secs(SEND_CLAIM))
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.into_iter().map(MessageLine::into_message).collect()
    }

    async fn mark_sent(&self, sent: &[TaskMessage]) -> StoreResult<()> {
        let ids: Vec<i64> = sent.iter().map(|m| m.task_id.0).collect();
        let attempts: Vec<i32> = sent.iter().map(|m| m.attempt).collect();
        sqlx::query(sql::MARK_SENT)
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
        sqlx::query(sql::SEND_FAILED)
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
        let owed: Vec<i64> = sqlx::query_scalar(sql::RESEND)
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
        let counts: Vec<(String, i64)> = sqlx::query_as(sql::STATUS_COUNTS)
            .bind(job.id)
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        let (recent, mean, pages): (i64, Option<f64>, Option<i64>) = sqlx::query_as(sql::SUCCESS_STATS)
            .bind(job.id)
            .bind(self.stamp())
            .bind(secs(window))
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?;
        let live: i64 = sqlx::query_scalar(sql::LIVE_WORKERS)
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
impl WorkerRegistry for PgStore {
    async fn register_worker(&self, worker: &WorkerRegistration) -> StoreResult<()> {
        let job_id = match &worker.job {
            Some(j) => Some(self.job(j).await?.id),
            None => None,
        };
        let now = self.stamp();
        sqlx::query(sql::REGISTER_WORKER)
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
        sqlx::query(sql::WORKER_HEARTBEAT)
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
        let rows = sqlx::query(sql::WORKERS)
            .bind(live_within.map(secs))
            .bind(stopped_worker_states())
            .bind(self.stamp())
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(worker_row).collect()
    }

    async fn prune_workers(&self, retention: Duration) -> StoreResult<u64> {
        let done = sqlx::query(sql::PRUNE_WORKERS)
            .bind(self.stamp())
            .bind(secs(retention))
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(done.rows_affected())
    }
}
