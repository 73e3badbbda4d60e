//! The worker runtime, shared by fleet-worker and the embedded workers:
//! receive → claim (fenced) → heartbeat, concurrently with the work → write artefacts, then
//! success.json → accept (one fenced transaction: succeeded, dependents released, their sends
//! owed) → send what is owed → ack. A failure or a hand-back owes a fresh message, delayed by
//! the job's backoff, and deletes the one that carried the task, so a claimable task never
//! depends on an old message surviving. A lost lease stops the task without a write; a
//! shutdown drains (finish within the grace period, else hand the task back); a run of empty
//! polls ends the worker.

use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::blob::{
    attempt_prefix, images_prefix, stage_dir, upload_dir, BlobError, BlobStore, SuccessRecord, SUCCESS_FILE,
};
use crate::ids::{JobName, TaskId, VolumeRef, WorkerId};
use crate::job::{Job, RunSettings};
use crate::kind::{JobError, Registry, StagedInput, TaskContext};
use crate::ports::{
    flush_outbox, Claim, Delivery, Failure, Fenced, JobCatalogue, Lease, Outbox, Queue, QueueError, Receipt,
    StoreError, TaskLeases, TaskSettlement, TaskStore, WorkerRegistration, WorkerRegistry,
};
use crate::task::{FailureKind, TaskStatus};

/// How a worker behaves; binaries fill it from their settings.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    pub id: WorkerId,
    pub host: String,
    /// The job this worker serves, or `None` for every active job.
    pub job: Option<JobName>,
    pub launch_ref: Option<String>,
    /// How long a claim lasts without a heartbeat.
    pub lease: Duration,
    pub heartbeat_every: Duration,
    /// After a shutdown signal, how long the current task may still run before it is handed back.
    pub drain_grace: Duration,
    /// Exit after this many empty polls in a row (`None`: never).
    pub idle_polls: Option<u32>,
    /// Reclaim stale leases, re-send the outbox and prune stopped workers when due (the
    /// embedded profile's tick).
    pub sweep: bool,
    /// How often a sweeping worker looks for stale leases: a dead worker's task is offered
    /// again at most this long after its lease ran out. The rest of the sweep runs once per
    /// `heartbeat_every`.
    pub reclaim_every: Duration,
    /// Where per-task scratch directories go.
    pub work_dir: PathBuf,
    /// Fault injection for the chaos suite: the chance that the process aborts after writing a
    /// success.json and before accepting it (a crash in the one window between the two).
    /// Zero outside that suite.
    pub abort_before_accept: f64,
}

impl WorkerConfig {
    /// Defaults for a worker with a lease of `lease`: heartbeats three times per lease.
    pub fn new(id: WorkerId, host: impl Into<String>, lease: Duration, work_dir: PathBuf) -> Self {
        Self {
            id,
            host: host.into(),
            job: None,
            launch_ref: None,
            lease,
            heartbeat_every: (lease / 3).max(Duration::from_millis(50)),
            drain_grace: Duration::from_secs(30),
            idle_polls: None,
            sweep: false,
            reclaim_every: (lease / 3).max(Duration::from_millis(50)),
            work_dir,
            abort_before_accept: 0.0,
        }
    }
}

/// Called around each claimed task, for what the runtime itself knows nothing of: the fleet
/// worker holds ECS scale-in protection while a task runs. A hook cannot fail the task; it logs
/// its own trouble.
#[async_trait]
pub trait TaskHooks: Send + Sync {
    /// The task is claimed and about to run, for at most `for_at_most` (its job's duration cap
    /// plus the drain grace).
    async fn task_started(&self, claim: &Claim, for_at_most: Duration);
    /// The task's final write is made (or it was handed back, or its lease was lost).
    async fn task_ended(&self, claim: &Claim);
}

/// What became of one task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskOutcome {
    Succeeded,
    Failed {
        kind: FailureKind,
        status: TaskStatus,
        message: String,
    },
    /// Handed back untouched (exit code 4, or a drain that ran out of time).
    Released,
    /// Another worker holds the task now; this one wrote nothing more.
    LeaseLost,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskReport {
    pub task_id: TaskId,
    pub job: JobName,
    pub volume: Option<VolumeRef>,
    pub attempt: i32,
    pub outcome: TaskOutcome,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Completed(TaskReport),
    Empty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkerExit {
    /// A shutdown was asked for and the current task was finished or handed back.
    Drained,
    /// No work came for the configured number of polls.
    Idle,
}

#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Queue(#[from] QueueError),
}

impl WorkerError {
    pub fn is_retryable(&self) -> bool {
        match self {
            WorkerError::Store(e) => e.is_retryable(),
            WorkerError::Queue(e) => e.is_retryable(),
        }
    }
}

/// One worker: its ports, its kinds and its shutdown signal. Of the store it holds the five
/// ports it uses (never intake or the reports); the settlement port only for the embedded
/// profile's sweep of stale leases.
pub struct Worker {
    cfg: WorkerConfig,
    jobs: Arc<dyn JobCatalogue>,
    leases: Arc<dyn TaskLeases>,
    settlement: Arc<dyn TaskSettlement>,
    outbox: Arc<dyn Outbox>,
    registry: Arc<dyn WorkerRegistry>,
    queue: Arc<dyn Queue>,
    artefacts: Arc<dyn BlobStore>,
    images: Arc<dyn BlobStore>,
    kinds: Registry,
    shutdown: CancellationToken,
    hooks: Option<Arc<dyn TaskHooks>>,
    tasks_done: AtomicI64,
    last_reclaim: Mutex<Option<Instant>>,
    last_sweep: Mutex<Option<Instant>>,
    last_beat: Mutex<Option<Instant>>,
}

/// How the work on one task ended, before anything is written.
enum Ended {
    Done(serde_json::Value),
    Failed(JobError),
    LeaseLost,
    Drained,
}

impl Worker {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        cfg: WorkerConfig,
        store: Arc<dyn TaskStore>,
        queue: Arc<dyn Queue>,
        artefacts: Arc<dyn BlobStore>,
        images: Arc<dyn BlobStore>,
        kinds: Registry,
        shutdown: CancellationToken,
    ) -> Self {
        Self {
            cfg,
            jobs: store.clone(),
            leases: store.clone(),
            settlement: store.clone(),
            outbox: store.clone(),
            registry: store,
            queue,
            artefacts,
            images,
            kinds,
            shutdown,
            hooks: None,
            tasks_done: AtomicI64::new(0),
            last_reclaim: Mutex::new(None),
            last_sweep: Mutex::new(None),
            last_beat: Mutex::new(None),
        }
    }

    /// Calls `hooks` around each task.
    pub fn with_hooks(mut self, hooks: Arc<dyn TaskHooks>) -> Self {
        self.hooks = Some(hooks);
        self
    }

    pub fn id(&self) -> &WorkerId {
        &self.cfg.id
    }

    pub fn tasks_done(&self) -> i64 {
        self.tasks_done.load(Ordering::Relaxed)
    }

    /// Registers, then runs tasks until shut down or idle.
    pub async fn run(&self) -> Result<WorkerExit, WorkerError> {
        self.registry
            .register_worker(&WorkerRegistration {
                id: self.cfg.id.clone(),
                job: self.cfg.job.clone(),
                launch_ref: self.cfg.launch_ref.clone(),
                host: self.cfg.host.clone(),
            })
            .await?;
        let mut empty_polls = 0u32;
        let mut backoff = Duration::from_millis(200);
        let work = async {
            loop {
                if self.shutdown.is_cancelled() {
                    break Ok(WorkerExit::Drained);
                }
                match self.try_execute_next().await {
                    Ok(Step::Completed(_)) => {
                        empty_polls = 0;
                        backoff = Duration::from_millis(200);
                    }
                    Ok(Step::Empty) => {
                        empty_polls += 1;
                        self.beat(WorkerState::Idle, None, false).await;
                        if self.cfg.idle_polls.is_some_and(|n| empty_polls >= n) {
                            break Ok(WorkerExit::Idle);
                        }
                    }
                    Err(e) if e.is_retryable() => {
                        tracing::warn!(error = %e, "worker loop error; retrying in {backoff:?}");
                        self.beat(WorkerState::Retrying, Some(&e.to_string()), true).await;
                        tokio::select! {
                            _ = tokio::time::sleep(backoff) => {}
                            _ = self.shutdown.cancelled() => {}
                        }
                        backoff = (backoff * 2).min(Duration::from_secs(30));
                    }
                    Err(e) => {
                        self.beat(WorkerState::Failed, Some(&e.to_string()), true).await;
                        break Err(e);
                    }
                }
            }
        };
        // The sweep runs beside the work, so a long task does not hold up the reclaim of a
        // dead worker's task.
        let sweeper = async {
            if !self.cfg.sweep {
                return std::future::pending().await;
            }
            loop {
                self.sweep_if_due().await;
                tokio::time::sleep(self.cfg.reclaim_every.min(self.cfg.heartbeat_every)).await;
            }
        };
        let exit = tokio::select! {
            exit = work => exit?,
            never = sweeper => never,
        };
        let state = match exit {
            WorkerExit::Drained => WorkerState::Drained,
            WorkerExit::Idle => WorkerState::IdleExit,
        };
        self.beat(state, None, true).await;
        Ok(exit)
    }

    /// Takes one task, if one is ready, and carries it to a final write.
    pub async fn try_execute_next(&self) -> Result<Step, WorkerError> {
        if self.shutdown.is_cancelled() {
            return Ok(Step::Empty);
        }
        let received = tokio::select! {
            r = self.queue.receive(&self.cfg.id, self.cfg.lease) => r?,
            _ = self.shutdown.cancelled() => None,
        };
        let Some(Delivery { claim, receipt }) = received else {
            return Ok(Step::Empty);
        };
        let volume = claim
            .volume
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_else(|| "-".into());
        let span = tracing::info_span!("task", task_id = %claim.lease.task_id, job = %claim.job, volume = %volume, attempt = claim.lease.attempt);
        let report = self.execute(claim, receipt).instrument(span).await?;
        Ok(Step::Completed(report))
    }

    async fn execute(&self, claim: Claim, receipt: Box<dyn Receipt>) -> Result<TaskReport, WorkerError> {
        let lease = claim.lease.clone();
        tracing::info!("task claimed");
        self.beat(WorkerState::Busy, None, true).await;
        let mut hooked = None;
        let mut settings = RunSettings::default();
        let ended = match self.jobs.job(&claim.job).await {
            Ok(job) => {
                settings = job.spec.settings.clone();
                if let Some(hooks) = &self.hooks {
                    hooks
                        .task_started(&claim, job.spec.settings.max_duration() + self.cfg.drain_grace)
                        .await;
                    hooked = Some(hooks);
                }
                self.work_under_lease(&job, &claim, receipt.as_ref()).await
            }
            Err(StoreError::UnknownJob(name)) => {
                Ended::Failed(JobError::Terminal(format!("job '{name}' no longer exists")))
            }
            Err(e) => return Err(e.into()),
        };
        let settled = self.settle(&lease, &settings, receipt.as_ref(), ended).await;
        if let Some(hooks) = hooked {
            hooks.task_ended(&claim).await;
        }
        let outcome = settled?;
        match &outcome {
            TaskOutcome::Succeeded => tracing::info!("task succeeded"),
            TaskOutcome::Failed { kind, status, message } => {
                tracing::warn!(%kind, %status, error = %message, "task failed")
            }
            TaskOutcome::Released => tracing::info!("task handed back"),
            TaskOutcome::LeaseLost => tracing::warn!("lease lost: another worker holds the task; nothing written"),
        }
        Ok(TaskReport {
            task_id: lease.task_id,
            job: claim.job,
            volume: claim.volume,
            attempt: lease.attempt,
            outcome,
        })
    }

    /// Runs the task with its heartbeat beside it, under the job's duration cap and the drain.
    async fn work_under_lease(&self, job: &Job, claim: &Claim, receipt: &dyn Receipt) -> Ended {
        let cancel = CancellationToken::new();
        let scratch = self.cfg.work_dir.join(format!(
            "task-{}-a{}-{}",
            claim.lease.task_id,
            claim.lease.attempt,
            std::process::id()
        ));
        let cap = job.spec.settings.max_duration();
        let ended = {
            let work = self.perform(job, claim, &scratch, cancel.clone());
            let heartbeat = self.keep_lease(&claim.lease, receipt);
            let drain = async {
                self.shutdown.cancelled().await;
                tokio::time::sleep(self.cfg.drain_grace).await;
            };
            tokio::select! {
                r = work => match r {
                    Ok(metrics) => Ended::Done(metrics),
                    Err(e) => Ended::Failed(e),
                },
                () = heartbeat => Ended::LeaseLost,
                () = tokio::time::sleep(cap) => Ended::Failed(JobError::Retryable(format!(
                    "the task ran longer than the job's max_duration_secs ({}s) and was stopped", cap.as_secs()
                ))),
                () = drain => Ended::Drained,
            }
        };
        cancel.cancel();
        if let Err(e) = tokio::fs::remove_dir_all(&scratch).await {
            if e.kind() != std::io::ErrorKind::NotFound {
                tracing::warn!(dir = %scratch.display(), error = %e, "could not remove task scratch directory");
            }
        }
        ended
    }

    /// Renews the lease until it is lost; never returns while it holds.
    async fn keep_lease(&self, lease: &Lease, receipt: &dyn Receipt) {
        let mut tick = tokio::time::interval(self.cfg.heartbeat_every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        tick.tick().await;
        loop {
            tick.tick().await;
            match self.leases.heartbeat(lease, self.cfg.lease).await {
                Ok(true) => {
                    if let Err(e) = receipt.extend(self.cfg.lease).await {
                        tracing::warn!(error = %e, "could not extend the message's visibility");
                    }
                    self.beat(WorkerState::Busy, None, false).await;
                }
                Ok(false) => return,
                Err(e) => tracing::warn!(error = %e, "heartbeat failed; the lease holds until it expires"),
            }
        }
    }

    /// Stages inputs, runs the kind, uploads its outputs, then writes success.json.
    async fn perform(
        &self,
        job: &Job,
        claim: &Claim,
        scratch: &std::path::Path,
        cancel: CancellationToken,
    ) -> Result<serde_json::Value, JobError> {
        let started = Instant::now();
        let kind = self
            .kinds
            .get(&job.spec.kind)
            .map_err(|e| JobError::Terminal(e.to_string()))?;
        let output_dir = scratch.join("out");
        let work_dir = scratch.join("work");
        for d in [&output_dir, &work_dir] {
            tokio::fs::create_dir_all(d)
                .await
                .map_err(|e| JobError::Retryable(format!("cannot create {}: {e}", d.display())))?;
        }
        let images_dir = match &claim.volume {
            Some(v) => {
                let prefix = images_prefix(v);
                let dir = stage_dir(self.images.as_ref(), &prefix, &scratch.join("images"))
                    .await
                    .map_err(blob_failure)?;
                if !dir.is_dir() {
                    return Err(JobError::Terminal(format!(
                        "volume {v} has no image directory at {}",
                        self.images.describe(&prefix)
                    )));
                }
                Some(dir)
            }
            None => None,
        };
        let mut upstream = Vec::new();
        let outputs = self
            .leases
            .upstream_outputs(&claim.lease)
            .await
            .map_err(store_failure)?;
        for (i, up) in outputs.into_iter().enumerate() {
            let prefix = attempt_prefix(&up.job, up.volume.as_ref(), up.attempt);
            let dir = stage_dir(self.artefacts.as_ref(), &prefix, &scratch.join(format!("upstream/{i}")))
                .await
                .map_err(blob_failure)?;
            upstream.push(StagedInput {
                job: up.job,
                volume: up.volume,
                dir,
            });
        }
        let ctx = TaskContext {
            job: job.clone(),
            claim: claim.clone(),
            images_dir,
            upstream,
            output_dir: output_dir.clone(),
            scratch_dir: work_dir,
            cancel,
        };
        let output = kind.run(&ctx).await?;
        let prefix = attempt_prefix(&claim.job, claim.volume.as_ref(), claim.lease.attempt);
        let artefacts = upload_dir(self.artefacts.as_ref(), &output_dir, &prefix)
            .await
            .map_err(blob_failure)?;
        let mut metrics = match output.metrics {
            serde_json::Value::Object(m) => m,
            serde_json::Value::Null => Default::default(),
            other => [("value".to_owned(), other)].into_iter().collect(),
        };
        metrics.insert("duration_ms".into(), (started.elapsed().as_millis() as u64).into());
        metrics.insert("artefacts".into(), artefacts.len().into());
        let metrics = serde_json::Value::Object(metrics);
        let record = SuccessRecord {
            task_id: claim.lease.task_id,
            job: claim.job.clone(),
            volume: claim.volume.clone(),
            attempt: claim.lease.attempt,
            worker: self.cfg.id.to_string(),
            metrics: metrics.clone(),
            artefacts,
        };
        let body = serde_json::to_vec_pretty(&record).expect("a success record always serialises");
        let key = prefix.join(SUCCESS_FILE).map_err(blob_failure)?;
        self.artefacts.put(&key, body).await.map_err(blob_failure)?;
        if self.cfg.abort_before_accept > 0.0 && fastrand::f64() < self.cfg.abort_before_accept {
            tracing::warn!("fault injection: aborting between the success.json and its accept");
            std::process::abort();
        }
        Ok(metrics)
    }

    /// Makes the fenced write that the ending calls for, sends what it owes, then settles the
    /// message: deleted whatever the ending, since a task that runs again gets a fresh one.
    async fn settle(
        &self,
        lease: &Lease,
        settings: &RunSettings,
        receipt: &dyn Receipt,
        ended: Ended,
    ) -> Result<TaskOutcome, WorkerError> {
        let outcome = match ended {
            Ended::LeaseLost => return Ok(TaskOutcome::LeaseLost),
            Ended::Done(metrics) => match persist(|| self.leases.complete(lease, &metrics)).await? {
                Fenced::Applied(()) => {
                    self.tasks_done.fetch_add(1, Ordering::Relaxed);
                    TaskOutcome::Succeeded
                }
                Fenced::LeaseLost => return Ok(TaskOutcome::LeaseLost),
            },
            Ended::Failed(JobError::ReturnUntouched(reason)) => {
                tracing::info!(%reason, "returning the task untouched");
                match self.hand_back(lease, settings).await? {
                    Some(outcome) => outcome,
                    None => return Ok(TaskOutcome::LeaseLost),
                }
            }
            Ended::Drained => match self.hand_back(lease, settings).await? {
                Some(outcome) => outcome,
                None => return Ok(TaskOutcome::LeaseLost),
            },
            Ended::Failed(err) => {
                let kind = err.kind().unwrap_or(FailureKind::Retryable);
                let message = err.to_string();
                let failure = Failure {
                    kind,
                    message: message.clone(),
                };
                let delay = settings.retry_delay(lease.attempt);
                match persist(|| self.leases.fail(lease, &failure, delay)).await? {
                    Fenced::Applied(status) => {
                        self.beat(WorkerState::Busy, Some(&message), true).await;
                        TaskOutcome::Failed { kind, status, message }
                    }
                    Fenced::LeaseLost => return Ok(TaskOutcome::LeaseLost),
                }
            }
        };
        // The sends this transition owes go out now; a flush that fails leaves them owed for
        // the next flush (the tick's, or another worker's).
        if let Err(e) = flush_outbox(self.outbox.as_ref(), self.queue.as_ref()).await {
            tracing::warn!(error = %e, "outbox flush failed; the sends stay owed");
        }
        ack(receipt).await;
        Ok(outcome)
    }

    /// Hands the task back after a short delay; `None` when the lease was lost. Past the job's
    /// hand-back budget the store ends the task dead instead.
    async fn hand_back(&self, lease: &Lease, settings: &RunSettings) -> Result<Option<TaskOutcome>, WorkerError> {
        let delay = settings.retry_delay(1);
        Ok(
            match persist(|| self.leases.release(lease, delay, settings.max_handbacks)).await? {
                Fenced::Applied(TaskStatus::Dead) => Some(TaskOutcome::Failed {
                    kind: FailureKind::Terminal,
                    status: TaskStatus::Dead,
                    message: format!("handed back more than max_handbacks ({}) times", settings.max_handbacks),
                }),
                Fenced::Applied(_) => Some(TaskOutcome::Released),
                Fenced::LeaseLost => None,
            },
        )
    }

    /// The embedded profile's periodic tick: requeue stale leases, send what is owed.
    async fn sweep_if_due(&self) {
        if !self.cfg.sweep {
            return;
        }
        if due(&self.last_reclaim, self.cfg.reclaim_every) {
            match self.settlement.reclaim_expired(self.cfg.lease).await {
                Ok(reclaimed) => {
                    for (task, status) in reclaimed {
                        tracing::warn!(task_id = %task, %status, "reclaimed a task whose worker stopped heartbeating");
                    }
                }
                Err(e) => tracing::warn!(error = %e, "reclaim of expired leases failed"),
            }
        }
        if !due(&self.last_sweep, self.cfg.heartbeat_every) {
            return;
        }
        if let Err(e) = flush_outbox(self.outbox.as_ref(), self.queue.as_ref()).await {
            tracing::warn!(error = %e, "outbox flush failed");
        }
        match self.registry.prune_workers(WORKER_RETENTION).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(pruned = n, "removed the rows of long-stopped workers"),
            Err(e) => tracing::warn!(error = %e, "pruning stopped workers failed"),
        }
    }

    /// Records this worker's liveness; throttled unless `force`.
    async fn beat(&self, state: WorkerState, last_error: Option<&str>, force: bool) {
        {
            let mut last = self.last_beat.lock().unwrap_or_else(|p| p.into_inner());
            if !force && last.is_some_and(|t| t.elapsed() < self.cfg.heartbeat_every) {
                return;
            }
            *last = Some(Instant::now());
        }
        if let Err(e) = self
            .registry
            .worker_heartbeat(&self.cfg.id, state, self.tasks_done(), last_error)
            .await
        {
            tracing::warn!(error = %e, "could not record the worker's heartbeat");
        }
    }
}

/// Whether `every` has passed since `last`; if so, `last` becomes now.
fn due(last: &Mutex<Option<Instant>>, every: Duration) -> bool {
    let mut last = last.lock().unwrap_or_else(|p| p.into_inner());
    if last.is_some_and(|t| t.elapsed() < every) {
        return false;
    }
    *last = Some(Instant::now());
    true
}

/// What a worker process reports of itself, spelled exactly as the `workers.state` column
/// holds it (a CHECK in both schemas keeps the column to these).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WorkerState {
    /// A launch the provisioner made, before the process registers (`launch:{n}` rows).
    Launched,
    /// Registered, not yet polling.
    Starting,
    /// Polling for work.
    Idle,
    /// Running a task.
    Busy,
    /// Its last poll failed for a reason that may pass; it tries again.
    Retrying,
    /// Stopped after a drain (SIGTERM, Spot).
    Drained,
    /// Stopped after its idle polls ran out (scale-in).
    IdleExit,
    /// Stopped on an error.
    Failed,
}

impl WorkerState {
    pub const ALL: [WorkerState; 8] = [
        WorkerState::Launched,
        WorkerState::Starting,
        WorkerState::Idle,
        WorkerState::Busy,
        WorkerState::Retrying,
        WorkerState::Drained,
        WorkerState::IdleExit,
        WorkerState::Failed,
    ];

    /// The states of a process that has ended.
    pub const STOPPED: [WorkerState; 3] = [WorkerState::Drained, WorkerState::IdleExit, WorkerState::Failed];

    pub fn as_str(self) -> &'static str {
        match self {
            WorkerState::Launched => "launched",
            WorkerState::Starting => "starting",
            WorkerState::Idle => "idle",
            WorkerState::Busy => "busy",
            WorkerState::Retrying => "retrying",
            WorkerState::Drained => "drained",
            WorkerState::IdleExit => "idle-exit",
            WorkerState::Failed => "failed",
        }
    }

    /// The process has ended.
    pub fn is_stopped(self) -> bool {
        Self::STOPPED.contains(&self)
    }

    /// A registered process that has not ended: it counts as a running worker.
    pub fn is_running(self) -> bool {
        !self.is_stopped() && self != WorkerState::Launched
    }
}

impl std::fmt::Display for WorkerState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown worker state {0:?}: expected one of launched, starting, idle, busy, retrying, drained, idle-exit, failed"
)]
pub struct UnknownWorkerState(pub String);

impl std::str::FromStr for WorkerState {
    type Err = UnknownWorkerState;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        WorkerState::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| UnknownWorkerState(s.to_owned()))
    }
}

/// How long the row of a stopped (or silent) worker is kept for `folio workers`.
pub const WORKER_RETENTION: Duration = Duration::from_secs(7 * 24 * 3600);

/// A task's final write, tried again while the database is briefly unreachable (a dropped
/// connection, a failover): giving up leaves a finished task running until its lease expires.
async fn persist<T, F, Fut>(mut write: F) -> Result<T, StoreError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, StoreError>>,
{
    let mut pause = Duration::from_millis(100);
    let mut tries = 0;
    loop {
        tries += 1;
        match write().await {
            Err(e) if e.is_retryable() && tries < 6 => {
                tracing::warn!(error = %e, "the task's final write failed; trying again in {pause:?}");
                tokio::time::sleep(pause).await;
                pause *= 2;
            }
            other => return other,
        }
    }
}

async fn ack(receipt: &dyn Receipt) {
    if let Err(e) = receipt.ack().await {
        tracing::warn!(error = %e, "could not delete the message; it will be redelivered and found finished");
    }
}

fn blob_failure(e: BlobError) -> JobError {
    if e.is_retryable() {
        JobError::Retryable(e.to_string())
    } else {
        JobError::Terminal(e.to_string())
    }
}

fn store_failure(e: StoreError) -> JobError {
    if e.is_retryable() {
        JobError::Retryable(e.to_string())
    } else {
        JobError::Terminal(e.to_string())
    }
}
