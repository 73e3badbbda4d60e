//! The provisioner (the provision Lambda, on a backlog alarm or the tick): for each job with
//! work waiting, launch the deficit between the workers its backlog calls for and those already
//! counted, never past the job's cap. Scale-in is left to workers exiting when idle.

use serde::Serialize;

use crate::clock::Clock;
use crate::job::{Job, JobStatus};
use crate::ports::{
    JobCatalogue, LaunchFailure, Launcher, QueueStats, StoreError, TaskReports, WorkerRegistration, WorkerRegistry,
};
use crate::scaling::{desired_workers, Backlog};
use crate::{JobName, WorkerId, WorkerState};

/// Launches newer than this count as workers even if the launcher does not list them yet.
pub const RECENT_LAUNCH_SECS: u64 = 60;

/// One job's decision, for the log and for tests.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    pub job: JobName,
    pub visible: u64,
    pub mean_task_secs: Option<f64>,
    /// Running + pending (or launched within the last minute, whichever is more).
    pub counted: u32,
    pub desired: u32,
    pub launched: Vec<String>,
    pub failures: Vec<LaunchFailure>,
    /// Why nothing was launched, when nothing was.
    pub note: Option<String>,
}

/// Decides how many workers each job lacks and launches them. Of the store it reads the job
/// catalogue and the reports (mean task time), and records launches in the worker registry.
pub struct Provisioner<'a, S: ?Sized> {
    pub store: &'a S,
    pub stats: &'a dyn QueueStats,
    pub launcher: &'a dyn Launcher,
    pub clock: &'a dyn Clock,
}

impl<S> Provisioner<'_, S>
where
    S: JobCatalogue + TaskReports + WorkerRegistry + ?Sized,
{
    /// Decides and launches for `only` (or every active job).
    pub async fn run(&self, only: Option<&JobName>) -> Result<Vec<Decision>, StoreError> {
        let mut out = Vec::new();
        for job in self.store.jobs().await? {
            if job.status != JobStatus::Active || only.is_some_and(|n| n != job.name()) {
                continue;
            }
            out.push(self.provision(&job).await?);
        }
        Ok(out)
    }

    async fn provision(&self, job: &Job) -> Result<Decision, StoreError> {
        let mut d = Decision {
            job: job.name().clone(),
            visible: 0,
            mean_task_secs: None,
            counted: 0,
            desired: 0,
            launched: Vec::new(),
            failures: Vec::new(),
            note: None,
        };
        let depth = match self.stats.depth(job).await {
            Ok(depth) => depth,
            Err(e) => {
                d.note = Some(format!("queue depth unavailable: {e}"));
                return Ok(d);
            }
        };
        d.visible = depth.visible;
        let listed = match self.launcher.count(job.name()).await {
            Ok(c) => c.running + c.pending,
            Err(e) => {
                d.note = Some(format!("worker count unavailable: {e}"));
                return Ok(d);
            }
        };
        let recent = self.recent_launches(job).await?;
        d.counted = listed.max(recent);
        d.mean_task_secs = self
            .store
            .stats(job.name(), crate::backlog::MEAN_WINDOW)
            .await?
            .mean_task_secs;
        let settings = &job.spec.settings;
        // Desired comes from the backlog alone; the counted workers are what already serves it.
        let backlog = Backlog {
            visible: depth.visible,
            mean_task_secs: d.mean_task_secs.unwrap_or(0.0),
            workers: 0,
        };
        d.desired = desired_workers(&backlog, settings.target_backlog_secs as f64, settings.max_workers);
        let deficit = d.desired.saturating_sub(d.counted);
        if deficit == 0 {
            d.note = Some(if depth.visible == 0 {
                "no work waiting".into()
            } else {
                "enough workers".into()
            });
            return Ok(d);
        }
        // The same decision retried within the minute carries the same token: ECS runs it once.
        let minute = self.clock.now().timestamp() / 60;
        let token = format!("folio-{}-{minute}-{}", job.name(), d.counted);
        match self.launcher.launch(job.name(), deficit, &token).await {
            Ok(outcome) => {
                for launched in &outcome.launched {
                    self.store
                        .register_worker(&WorkerRegistration {
                            id: WorkerId(format!("launch:{launched}")),
                            job: Some(job.name().clone()),
                            launch_ref: Some(launched.clone()),
                            host: "launched".into(),
                        })
                        .await?;
                    self.store
                        .worker_heartbeat(&WorkerId(format!("launch:{launched}")), WorkerState::Launched, 0, None)
                        .await?;
                }
                d.launched = outcome.launched;
                d.failures = outcome.failures;
            }
            Err(e) => d.failures.push(LaunchFailure {
                reason: e.message,
                retryable: e.retryable,
            }),
        }
        Ok(d)
    }

    async fn recent_launches(&self, job: &Job) -> Result<u32, StoreError> {
        let since = std::time::Duration::from_secs(RECENT_LAUNCH_SECS);
        let workers = self.store.workers(Some(since)).await?;
        let now = self.clock.now();
        Ok(workers
            .iter()
            .filter(|w| w.state == WorkerState::Launched && w.job.as_ref() == Some(job.name()))
            .filter(|w| (now - w.started_at).num_seconds() < RECENT_LAUNCH_SECS as i64)
            .count() as u32)
    }
}
