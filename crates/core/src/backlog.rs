//! The periodic tick (the backlog Lambda, every minute): requeue tasks whose heartbeat went
//! stale, reconcile the dead-letter queues with the task store, re-send what the outbox still
//! owes (within a time budget), prune long-stopped workers, and publish each active job's
//! backlog metrics. Only the store failing stops a tick: metrics and provisioning always run.

use std::time::Duration;

use serde::Serialize;

use crate::clock::Clock;
use crate::job::JobStatus;
use crate::metrics::{BACKLOG_SECONDS, IN_FLIGHT_MESSAGES, RUNNING_WORKERS, VISIBLE_MESSAGES};
use crate::ports::{
    flush_outbox_within, FleetCensus, FlushBudget, Flushed, JobCatalogue, MetricDatum, MetricUnit, Metrics, Outbox,
    Queue, QueueDepth, QueueError, QueueStats, Reconciled, StoreError, TaskReports, TaskSettlement, WorkerRegistry,
};
use crate::scaling::{backlog_seconds, Backlog};
use crate::worker::WORKER_RETENTION;
use crate::{JobName, TaskId, TaskStatus};

/// CloudWatch takes no infinity: backlog with work and no worker is published as this.
pub const BACKLOG_CEILING_SECS: f64 = 1.0e9;

/// The window over which the mean task time is taken.
pub const MEAN_WINDOW: Duration = Duration::from_secs(3600);

#[derive(Debug, thiserror::Error)]
pub enum TickError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Queue(#[from] QueueError),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JobBacklog {
    pub job: JobName,
    pub depth: QueueDepth,
    pub workers: u32,
    pub mean_task_secs: Option<f64>,
    pub backlog_secs: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TickReport {
    pub reclaimed: Vec<(TaskId, TaskStatus)>,
    pub reconciled: Reconciled,
    pub resent: usize,
    /// Owed sends that failed this tick; they wait and are tried again.
    pub send_failures: usize,
    pub pruned_workers: u64,
    pub jobs: Vec<JobBacklog>,
    /// Jobs whose figures could not be read or published, with the reason.
    pub problems: Vec<String>,
}

/// Everything the tick needs, borrowed from the binary that runs it. Of the store it uses the
/// job catalogue, settlement (stale leases), the outbox, the reports (mean task time) and the
/// worker registry (pruning): never intake or a worker's leases.
pub struct Tick<'a, S: ?Sized> {
    pub store: &'a S,
    pub queue: &'a dyn Queue,
    pub stats: &'a dyn QueueStats,
    pub census: &'a dyn FleetCensus,
    pub metrics: &'a dyn Metrics,
    pub clock: &'a dyn Clock,
    /// A running task whose heartbeat is older than this is requeued.
    pub stale_after: Duration,
}

impl<S> Tick<'_, S>
where
    S: JobCatalogue + TaskSettlement + Outbox + TaskReports + WorkerRegistry + ?Sized,
{
    /// One tick. A job whose figures fail is reported and skipped; the others still publish.
    pub async fn run(&self) -> Result<TickReport, TickError> {
        let mut report = TickReport {
            reclaimed: self.store.reclaim_expired(self.stale_after).await?,
            ..TickReport::default()
        };
        let jobs = self.store.jobs().await?;
        match self.queue.reconcile(&jobs).await {
            Ok(r) => report.reconciled = r,
            Err(e) => report.problems.push(format!("reconciling the dead-letter queues: {e}")),
        }
        let Flushed {
            sent,
            failed,
            first_error,
        } = flush_outbox_within(self.store, self.queue, FlushBudget::default()).await?;
        report.resent = sent;
        report.send_failures = failed;
        if let Some(e) = first_error {
            report.problems.push(format!("{failed} owed send(s) failed: {e}"));
        }
        report.pruned_workers = self.store.prune_workers(WORKER_RETENTION).await?;
        let now = self.clock.now();
        let mut data = Vec::new();
        for job in jobs {
            if job.status != JobStatus::Active {
                continue;
            }
            let depth = match self.stats.depth(&job).await {
                Ok(d) => d,
                Err(e) => {
                    report.problems.push(format!("{}: queue depth: {e}", job.name()));
                    continue;
                }
            };
            let workers = match self.census.count(job.name()).await {
                Ok(c) => c.running + c.pending,
                Err(e) => {
                    report.problems.push(format!("{}: worker count: {e}", job.name()));
                    continue;
                }
            };
            let mean = self.store.stats(job.name(), MEAN_WINDOW).await?.mean_task_secs;
            let backlog = backlog_seconds(&Backlog {
                visible: depth.visible,
                mean_task_secs: mean.unwrap_or(0.0),
                workers,
            })
            .min(BACKLOG_CEILING_SECS);
            let datum = |name, value, unit| MetricDatum {
                name,
                job: job.name().clone(),
                value,
                unit,
                at: now,
            };
            data.push(datum(VISIBLE_MESSAGES, depth.visible as f64, MetricUnit::Count));
            data.push(datum(IN_FLIGHT_MESSAGES, depth.in_flight as f64, MetricUnit::Count));
            data.push(datum(RUNNING_WORKERS, f64::from(workers), MetricUnit::Count));
            data.push(datum(BACKLOG_SECONDS, backlog, MetricUnit::Seconds));
            report.jobs.push(JobBacklog {
                job: job.name().clone(),
                depth,
                workers,
                mean_task_secs: mean,
                backlog_secs: backlog,
            });
        }
        if let Err(e) = self.metrics.put(&data).await {
            report
                .problems
                .push(format!("publishing {} metric values: {e}", data.len()));
        }
        Ok(report)
    }
}
