//! The ports: what folio's logic needs from a task store, a queue and a blob store. Adapters
//! (SQLite and PostgreSQL in `folio-store`, SQS and S3 in `folio-aws`, a directory here in
//! [`crate::blob`]) implement them; no caller knows which adapter it holds.

use std::collections::BTreeMap;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::dag::DagError;
use crate::ids::{JobName, TaskId, VolumeRef, VolumeSpec, WorkerId};
use crate::job::{Job, JobSpec, JobStatus};
use crate::message::TaskMessage;
use crate::task::{FailureKind, StatusCounts, TaskStatus};
use crate::worker::WorkerState;

pub type StoreResult<T> = Result<T, StoreError>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unknown job '{0}': `folio jobs list` shows the jobs, `folio jobs create` makes one")]
    UnknownJob(String),
    #[error("job '{0}' already exists: `folio jobs show {0}` shows it")]
    JobExists(String),
    #[error(transparent)]
    Dag(#[from] DagError),
    #[error("job '{job}' is {status}: `folio jobs resume {job}` makes it active again")]
    JobNotActive { job: String, status: JobStatus },
    #[error("job '{job}' is a reduce job: its one task is created when every volume of '{dependency}' is done; enqueue the volumes into '{dependency}' (or the job it starts from)")]
    ReduceNotEnqueueable { job: String, dependency: String },
    #[error("enqueue refused: job '{job}' would have {would_wait} waiting tasks, above its max_queued of {cap}; enqueue fewer volumes, or raise the cap")]
    AdmissionRefused { job: String, would_wait: u64, cap: u64 },
    #[error("cannot delete job '{job}': {dependents} depend(s) on it; delete those first")]
    HasDependents { job: String, dependents: String },
    #[error("unknown task {0}: `folio tasks list` shows task ids")]
    UnknownTask(TaskId),
    #[error("unknown error record {0}: `folio errors list` shows their ids")]
    UnknownErrorRecord(i64),
    #[error("the store holds a value this version cannot read: {0}")]
    Corrupt(String),
    // The cause is in the message, so it is not also the source: printed chains stay single.
    #[error("database: {0}")]
    Backend(Box<dyn std::error::Error + Send + Sync>),
}

impl StoreError {
    /// A backend error (a lost connection, a lock timeout) may pass; the rest will not.
    pub fn is_retryable(&self) -> bool {
        matches!(self, StoreError::Backend(_))
    }
}

/// Proof of a claim: every write a worker makes is fenced on all three fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lease {
    pub task_id: TaskId,
    pub attempt: i32,
    pub worker: WorkerId,
}

/// A task a worker now holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Claim {
    pub lease: Lease,
    pub job: JobName,
    /// `None` for a job-level reduce task.
    pub volume: Option<VolumeRef>,
    pub nb_images: i64,
    pub max_attempts: i32,
}

/// The answer to a claim of one named task (the SQS path, where a message names the task).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimOutcome {
    Claimed(Claim),
    /// The task is not claimable: it is running elsewhere, done, dead or pending.
    NotClaimable(TaskStatus),
}

/// A fenced write either applied, or found the lease gone and wrote nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fenced<T> {
    Applied(T),
    LeaseLost,
}

/// A failure as a worker reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub kind: FailureKind,
    pub message: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct EnqueueOutcome {
    pub created: u64,
    pub skipped: u64,
    /// Tasks made ready (new, or re-run with force), in the order given.
    pub task_ids: Vec<TaskId>,
}

/// The store's answer to a task's success.json.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Acceptance {
    /// This attempt is now the task's winning attempt; `released` are downstream tasks made
    /// ready by it (their queue sends are owed until `mark_sent`).
    Accepted { released: Vec<TaskId> },
    /// The task had already succeeded with this attempt: a duplicate event.
    Duplicate { released: Vec<TaskId> },
    /// Not the task's current attempt, or the task is not running: recorded, nothing changed.
    Stale { current_attempt: i32, status: TaskStatus },
}

/// One recorded failure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorRecord {
    pub id: i64,
    pub task_id: TaskId,
    pub job: JobName,
    pub volume: Option<VolumeRef>,
    pub attempt: i32,
    pub worker: Option<String>,
    pub kind: FailureKind,
    pub message: String,
    pub at: DateTime<Utc>,
}

/// One task, as operators see it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskRecord {
    pub id: TaskId,
    pub job: JobName,
    pub volume: Option<VolumeRef>,
    pub nb_images: i64,
    pub status: TaskStatus,
    pub attempt: i32,
    pub max_attempts: i32,
    pub lease_owner: Option<String>,
    pub lease_expires_at: Option<DateTime<Utc>>,
    pub heartbeat_at: Option<DateTime<Utc>>,
    pub enqueued_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub error_kind: Option<FailureKind>,
    pub error: Option<String>,
    pub metrics: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Default)]
pub struct TaskFilter {
    pub job: Option<JobName>,
    pub status: Option<TaskStatus>,
    pub limit: i64,
}

#[derive(Debug, Clone, Default)]
pub struct ErrorFilter {
    pub job: Option<JobName>,
    pub task: Option<TaskId>,
    pub limit: i64,
}

/// Per-job figures for `folio status` and the backlog metrics.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct JobStats {
    pub counts: StatusCounts,
    /// Tasks that succeeded within the window.
    pub recent_succeeded: u64,
    pub window: Duration,
    /// Mean seconds from start to finish of succeeded tasks.
    pub mean_task_secs: Option<f64>,
    /// Page images of succeeded tasks.
    pub pages_done: i64,
    /// Workers whose heartbeat is within the window and that serve this job (or any job).
    pub live_workers: u64,
}

impl JobStats {
    pub fn count(&self, status: TaskStatus) -> u64 {
        self.counts.get(status)
    }

    pub fn total(&self) -> u64 {
        self.counts.total()
    }

    /// Tasks per second over the window.
    pub fn rate(&self) -> f64 {
        let secs = self.window.as_secs_f64();
        if secs > 0.0 {
            self.recent_succeeded as f64 / secs
        } else {
            0.0
        }
    }

    /// Time until the remaining tasks are done at the current rate.
    pub fn eta(&self) -> Option<Duration> {
        let left = self.count(TaskStatus::Pending)
            + self.count(TaskStatus::Queued)
            + self.count(TaskStatus::Running)
            + self.count(TaskStatus::Failed);
        let rate = self.rate();
        (left > 0 && rate > 0.0).then(|| Duration::from_secs_f64(left as f64 / rate))
    }
}

/// A worker as it registers itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerRegistration {
    pub id: WorkerId,
    /// The job it serves, or `None` for any active job.
    pub job: Option<JobName>,
    /// What launched it: an ECS task ARN, a local pid.
    pub launch_ref: Option<String>,
    pub host: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkerRecord {
    pub id: String,
    pub job: Option<JobName>,
    pub launch_ref: Option<String>,
    pub host: String,
    pub started_at: DateTime<Utc>,
    pub heartbeat_at: DateTime<Utc>,
    pub state: WorkerState,
    pub tasks_done: i64,
    pub last_error: Option<String>,
}

/// The winning attempt of a dependency's task, where a downstream task finds its inputs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UpstreamOutput {
    pub job: JobName,
    pub volume: Option<VolumeRef>,
    pub attempt: i32,
}

/// The state of folio: jobs, volumes, tasks, failures and workers, behind one port per kind of
/// caller. Every state change is one statement or one transaction, and every worker write is
/// fenced on its [`Lease`]. An adapter implements each port; `TaskStore` is all of them, what
/// a binary opens and then hands out by the port each part needs.
pub trait TaskStore:
    JobCatalogue + TaskIntake + TaskLeases + TaskSettlement + Outbox + TaskReports + WorkerRegistry
{
}

impl<T> TaskStore for T where
    T: JobCatalogue + TaskIntake + TaskLeases + TaskSettlement + Outbox + TaskReports + WorkerRegistry
{
}

/// The jobs and their DAG: what operators create, pause and delete, and every part reads.
#[async_trait]
pub trait JobCatalogue: Send + Sync {
    /// Creates jobs after checking the DAG against the existing ones; all or nothing.
    async fn create_jobs(&self, specs: &[JobSpec]) -> StoreResult<Vec<Job>>;
    async fn job(&self, name: &JobName) -> StoreResult<Job>;
    async fn jobs(&self) -> StoreResult<Vec<Job>>;
    async fn set_job_status(&self, name: &JobName, status: JobStatus) -> StoreResult<()>;
    async fn set_job_queues(&self, name: &JobName, queue_url: &str, dlq_url: &str) -> StoreResult<()>;
    /// Deletes a job with its tasks and failures; refused while another job depends on it.
    async fn delete_job(&self, name: &JobName) -> StoreResult<()>;
}

/// Where tasks come from: an enqueue (the CLI, the enqueue Lambda) and a redrive.
#[async_trait]
pub trait TaskIntake: Send + Sync {
    /// Creates tasks for volumes. A volume whose task already exists is skipped, unless
    /// `force` and the task is finished (succeeded or dead), in which case it runs again.
    /// Tasks whose dependencies have not all succeeded for the volume wait as `pending`.
    async fn enqueue(&self, job: &JobName, volumes: &[VolumeSpec], force: bool) -> StoreResult<EnqueueOutcome>;
    /// Sends tasks of a job back to `queued` with a fresh allowance of attempts: every dead
    /// one, or the named ones, which may also be succeeded (to run a reduce again).
    async fn redrive(&self, job: &JobName, tasks: Option<&[TaskId]>) -> StoreResult<Vec<TaskId>>;
}

/// A worker's side of a task: claim it, keep its lease, and end it (every write fenced).
#[async_trait]
pub trait TaskLeases: Send + Sync {
    /// Claims a claimable task of an active job (of `jobs`, when given): from the most recently
    /// created job that has one (downstream stages first, so volumes flow through the pipeline),
    /// and within it the oldest.
    async fn claim_next(
        &self,
        jobs: Option<&[JobName]>,
        worker: &WorkerId,
        lease_for: Duration,
    ) -> StoreResult<Option<Claim>>;
    /// Claims one named task, if it is claimable.
    async fn claim_task(&self, task: TaskId, worker: &WorkerId, lease_for: Duration) -> StoreResult<ClaimOutcome>;
    /// Renews the lease; `false` means it was lost and the worker must stop.
    async fn heartbeat(&self, lease: &Lease, lease_for: Duration) -> StoreResult<bool>;
    /// Accepts this lease's success, the one way a task succeeds: after the worker has written
    /// its attempt's success.json, one transaction marks the task succeeded (fenced on task,
    /// attempt and lease owner), creates or releases the dependents it completes and the
    /// reduce it makes due, and owes their queue sends. Also applied when this attempt's
    /// success.json was accepted first by [`TaskSettlement::accept_success`].
    async fn complete(&self, lease: &Lease, metrics: &serde_json::Value) -> StoreResult<Fenced<()>>;
    /// Records the failure and moves the task to `failed` (retryable, attempts left: claimable
    /// again after `retry_delay`, with a fresh send owed) or `dead` (its pending dependents
    /// end dead too).
    async fn fail(&self, lease: &Lease, failure: &Failure, retry_delay: Duration) -> StoreResult<Fenced<TaskStatus>>;
    /// Hands the task back untouched: `queued` again after `delay`, with a fresh send owed, and
    /// the attempt does not count. Past `max_handbacks` (the job's setting) the task ends dead
    /// instead; the answer is the status it got.
    async fn release(&self, lease: &Lease, delay: Duration, max_handbacks: u32) -> StoreResult<Fenced<TaskStatus>>;
    /// Where the dependencies of a task put their winning outputs. For a reduce task, what it
    /// read is recorded with its lease, so that a change of its inputs runs it again.
    async fn upstream_outputs(&self, lease: &Lease) -> StoreResult<Vec<UpstreamOutput>>;
}

/// Settling tasks no worker will settle: a success.json's event, a lease gone stale.
#[async_trait]
pub trait TaskSettlement: Send + Sync {
    /// Fails, as retryable, every running task whose heartbeat is older than `stale_after`.
    async fn reclaim_expired(&self, stale_after: Duration) -> StoreResult<Vec<(TaskId, TaskStatus)>>;
    /// Accepts a success.json that no worker accepted (a worker that died between writing it
    /// and [`TaskLeases::complete`], or artefacts written by another tool): the same transition
    /// as `complete`, fenced on (task, attempt) while that attempt is the task's last and the
    /// task is running or failed. A success already accepted is a `Duplicate` that changes
    /// nothing, so the S3 event can arrive any number of times.
    async fn accept_success(&self, task: TaskId, attempt: i32, metrics: &serde_json::Value) -> StoreResult<Acceptance>;
}

/// The sends a state change owes the queue, written with it and flushed after it.
#[async_trait]
pub trait Outbox: Send + Sync {
    /// Claims up to `limit` owed sends (the outbox), oldest first and at most `per_job` of one
    /// job, for a short while: concurrent flushers never send the same row, and a sender that
    /// dies leaves them owed. A claimed message carries the delay its task still has to wait.
    async fn owed_sends(&self, limit: i64, per_job: i64) -> StoreResult<Vec<TaskMessage>>;
    /// Records these messages as sent, each only while its task is still at the attempt it
    /// was sent for and claimable: a task that ran and failed again meanwhile stays owed.
    async fn mark_sent(&self, sent: &[TaskMessage]) -> StoreResult<()>;
    /// Records that sending these failed; they stay owed and are tried again after a pause,
    /// without holding back the sends of other jobs.
    async fn send_failed(&self, tasks: &[TaskId], error: &str) -> StoreResult<()>;
    /// Owes a fresh send for each of these tasks that is claimable (its message was lost, or
    /// set aside in a dead-letter queue); the answer lists those.
    async fn resend(&self, tasks: &[TaskId]) -> StoreResult<Vec<TaskId>>;
}

/// What operators and the metrics read: per-job figures, tasks and recorded failures.
#[async_trait]
pub trait TaskReports: Send + Sync {
    async fn stats(&self, job: &JobName, window: Duration) -> StoreResult<JobStats>;
    async fn tasks(&self, filter: &TaskFilter) -> StoreResult<Vec<TaskRecord>>;
    async fn task(&self, id: TaskId) -> StoreResult<TaskRecord>;
    async fn errors(&self, filter: &ErrorFilter) -> StoreResult<Vec<ErrorRecord>>;
    async fn error(&self, id: i64) -> StoreResult<ErrorRecord>;
}

/// The workers that announce themselves, with their heartbeats and states.
#[async_trait]
pub trait WorkerRegistry: Send + Sync {
    async fn register_worker(&self, worker: &WorkerRegistration) -> StoreResult<()>;
    async fn worker_heartbeat(
        &self,
        id: &WorkerId,
        state: WorkerState,
        tasks_done: i64,
        last_error: Option<&str>,
    ) -> StoreResult<()>;
    async fn workers(&self, live_within: Option<Duration>) -> StoreResult<Vec<WorkerRecord>>;
    /// Deletes the rows of workers that stopped (or went silent) longer than `retention` ago.
    async fn prune_workers(&self, retention: Duration) -> StoreResult<u64>;
}

#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The queue service's own failure. `retryable` is the adapter's judgement: throttling and
    /// lost connections pass, a missing queue or a refused request does not.
    #[error("queue: {error}")]
    Backend {
        error: Box<dyn std::error::Error + Send + Sync>,
        retryable: bool,
    },
}

impl QueueError {
    pub fn backend(error: impl Into<Box<dyn std::error::Error + Send + Sync>>, retryable: bool) -> Self {
        QueueError::Backend {
            error: error.into(),
            retryable,
        }
    }

    pub fn is_retryable(&self) -> bool {
        match self {
            QueueError::Store(e) => e.is_retryable(),
            QueueError::Backend { retryable, .. } => *retryable,
        }
    }
}

/// A claimed task and the queue's handle on the message that carried it.
pub struct Delivery {
    pub claim: Claim,
    pub receipt: Box<dyn Receipt>,
}

/// What a worker does with a delivered message. The database queue's lease is the task row
/// itself, so its receipt has nothing to do; SQS's extends visibility and deletes. A message
/// is deleted however its task ended: a task that runs again is owed a fresh message.
#[async_trait]
pub trait Receipt: Send + Sync {
    /// Keeps the message hidden for `by` from now.
    async fn extend(&self, by: Duration) -> Result<(), QueueError>;
    /// The task's fenced write is made: delete the message.
    async fn ack(&self) -> Result<(), QueueError>;
}

/// Carries ready tasks to workers.
#[async_trait]
pub trait Queue: Send + Sync {
    /// Sends messages for ready tasks; the caller marks them sent afterwards (the outbox).
    async fn send(&self, messages: &[TaskMessage]) -> Result<(), QueueError>;
    /// Waits a short while for a task and claims it for `worker` with a lease of `lease_for`.
    async fn receive(&self, worker: &WorkerId, lease_for: Duration) -> Result<Option<Delivery>, QueueError>;
    /// Brings the queue and the task store back into agreement: a message that a queue set
    /// aside (a dead-letter queue) whose task is still claimable gets a fresh send owed, and
    /// the set-aside copy is removed. The database queue has nothing to set aside.
    async fn reconcile(&self, _jobs: &[Job]) -> Result<Reconciled, QueueError> {
        Ok(Reconciled::default())
    }
}

/// What [`Queue::reconcile`] found in the dead-letter queues.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Reconciled {
    /// Messages whose task was claimable: a fresh send is owed.
    pub resent: u64,
    /// Messages whose task was finished, running or gone: removed.
    pub dropped: u64,
}

/// How much one flush of the outbox may do.
#[derive(Debug, Clone, Copy)]
pub struct FlushBudget {
    /// Stop claiming more once this much time has passed.
    pub time: Duration,
    /// Rows claimed per round, and of one job per round.
    pub batch: i64,
    pub per_job: i64,
}

impl Default for FlushBudget {
    fn default() -> Self {
        Self {
            time: Duration::from_secs(10),
            batch: 100,
            per_job: 50,
        }
    }
}

/// What a flush did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Flushed {
    pub sent: usize,
    /// Sends that failed: recorded on their rows and owed again after a pause.
    pub failed: usize,
    pub first_error: Option<String>,
}

/// Sends what the outbox owes, then marks it sent. Called after every state change that
/// makes tasks ready, and by the periodic tick for sends a crash left owed. A job whose sends
/// fail does not hold back the others: its rows record the error and wait, and the flush goes
/// on until nothing is owed or its time is spent. Only the store failing fails the flush.
pub async fn flush_outbox<S: Outbox + ?Sized>(store: &S, queue: &dyn Queue) -> Result<usize, QueueError> {
    Ok(flush_outbox_within(store, queue, FlushBudget::default()).await?.sent)
}

/// [`flush_outbox`] with its budget given, and the failures reported.
pub async fn flush_outbox_within<S: Outbox + ?Sized>(
    store: &S,
    queue: &dyn Queue,
    budget: FlushBudget,
) -> Result<Flushed, QueueError> {
    let started = std::time::Instant::now();
    let mut done = Flushed::default();
    while started.elapsed() < budget.time {
        let owed = store.owed_sends(budget.batch, budget.per_job).await?;
        if owed.is_empty() {
            break;
        }
        let mut by_job: BTreeMap<&JobName, Vec<&TaskMessage>> = BTreeMap::new();
        for m in &owed {
            by_job.entry(&m.job).or_default().push(m);
        }
        for (job, messages) in by_job {
            for chunk in messages.chunks(10) {
                let batch: Vec<TaskMessage> = chunk.iter().map(|m| (*m).clone()).collect();
                let ids: Vec<TaskId> = batch.iter().map(|m| m.task_id).collect();
                match queue.send(&batch).await {
                    Ok(()) => {
                        store.mark_sent(&batch).await?;
                        done.sent += ids.len();
                    }
                    Err(e) => {
                        let error = e.to_string();
                        tracing::warn!(%job, count = ids.len(), %error, "queue send failed; the sends stay owed and are tried again later");
                        store.send_failed(&ids, &error).await?;
                        done.failed += ids.len();
                        done.first_error.get_or_insert(error);
                    }
                }
            }
        }
    }
    Ok(done)
}

#[derive(Debug, thiserror::Error)]
#[error("launcher: {message}")]
pub struct LaunchError {
    pub message: String,
    pub retryable: bool,
}

/// Workers a launcher can see for one job.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct WorkerCount {
    pub running: u32,
    pub pending: u32,
}

/// One refused launch, with the reason operators need to see (capacity, ENI, throttling).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LaunchFailure {
    pub reason: String,
    pub retryable: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LaunchOutcome {
    /// References of the launched workers (ECS task ARNs, local pids).
    pub launched: Vec<String>,
    pub failures: Vec<LaunchFailure>,
}

/// Counts a job's workers: the launcher's own list (ECS tasks), or the workers' registrations
/// in the store for a fleet that folio does not launch.
#[async_trait]
pub trait FleetCensus: Send + Sync {
    /// Workers running or starting for `job`.
    async fn count(&self, job: &JobName) -> Result<WorkerCount, LaunchError>;
}

/// Starts workers for a job: ECS RunTask. The embedded profile has no launcher and no
/// provisioner: `folio run` starts its `folio worker` processes itself.
#[async_trait]
pub trait Launcher: FleetCensus {
    /// Launches up to `count` workers for `job`. `client_token` makes a retried call a no-op.
    async fn launch(&self, job: &JobName, count: u32, client_token: &str) -> Result<LaunchOutcome, LaunchError>;
}

/// The unit of a metric value, as CloudWatch names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum MetricUnit {
    Count,
    Seconds,
    CountPerSecond,
}

/// One metric value for one job.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricDatum {
    /// One of the names in [`crate::metrics`].
    pub name: &'static str,
    pub job: JobName,
    pub value: f64,
    pub unit: MetricUnit,
    pub at: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
#[error("metrics: {0}")]
pub struct MetricsError(pub Box<dyn std::error::Error + Send + Sync>);

/// Publishes metrics: CloudWatch, from the backlog tick. The embedded profile publishes none:
/// `folio status` reads the same figures from the store.
#[async_trait]
pub trait Metrics: Send + Sync {
    async fn put(&self, data: &[MetricDatum]) -> Result<(), MetricsError>;
}

/// Messages of one job's queue.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct QueueDepth {
    /// Waiting to be received.
    pub visible: u64,
    /// Received and not yet deleted.
    pub in_flight: u64,
}

/// How deep a job's queue is: SQS's approximate counts, or the task table's.
#[async_trait]
pub trait QueueStats: Send + Sync {
    async fn depth(&self, job: &Job) -> Result<QueueDepth, QueueError>;
}
