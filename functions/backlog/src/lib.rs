//! The backlog function, run every minute by an EventBridge schedule: the periodic tick
//! (requeue tasks whose heartbeat went stale, send what the outbox still owes, publish each
//! active job's backlog metrics to CloudWatch), then, where an ECS cluster is configured, the
//! provisioner for every job.

use std::sync::Arc;
use std::time::Duration;

use folio_core::backlog::{Tick, TickError, TickReport};
use folio_core::clock::Clock;
use folio_core::ports::{Launcher, Metrics, Queue, QueueStats, TaskStore};
use folio_core::provision::{Decision, Provisioner};
use folio_service::{FunctionError, Services};
use lambda_runtime::LambdaEvent;
use serde::Serialize;
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BacklogReport {
    #[serde(flatten)]
    pub tick: TickReport,
    /// The provisioner's decisions (none without an ECS cluster).
    pub provisioned: Vec<Decision>,
}

/// The function, over its ports.
pub struct Backlog {
    pub store: Arc<dyn TaskStore>,
    pub queue: Arc<dyn Queue>,
    pub stats: Arc<dyn QueueStats>,
    /// Counts the workers (and launches them, when `provision`).
    pub launcher: Arc<dyn Launcher>,
    pub metrics: Arc<dyn Metrics>,
    pub clock: Arc<dyn Clock>,
    pub stale_after: Duration,
    /// Run the provisioner after the tick.
    pub provision: bool,
}

impl Backlog {
    pub fn from_services(services: &Services) -> Self {
        Self {
            store: services.store.clone(),
            queue: services.queue.clone(),
            stats: services.queue.clone(),
            launcher: services.workers.clone(),
            metrics: services.metrics.clone(),
            clock: services.clock.clone(),
            stale_after: services.settings.stale_after,
            provision: services.launcher.is_some(),
        }
    }

    /// Any event will do; a scheduled event's id and time are logged.
    pub async fn handle(&self, event: LambdaEvent<Value>) -> Result<BacklogReport, FunctionError> {
        let field = |name| event.payload.get(name).and_then(Value::as_str).unwrap_or("-");
        tracing::info!(event_id = field("id"), time = field("time"), "backlog tick");
        self.run().await
    }

    pub async fn run(&self) -> Result<BacklogReport, FunctionError> {
        let tick = Tick {
            store: self.store.as_ref(),
            queue: self.queue.as_ref(),
            stats: self.stats.as_ref(),
            launcher: self.launcher.as_ref(),
            metrics: self.metrics.as_ref(),
            clock: self.clock.as_ref(),
            stale_after: self.stale_after,
        }
        .run()
        .await
        .map_err(|e| match e {
            TickError::Store(e) => FunctionError::from(e),
            TickError::Queue(e) => FunctionError::from(e),
        })?;
        for (task, status) in &tick.reclaimed {
            tracing::warn!(task_id = %task, %status, "requeued a task whose worker stopped heartbeating");
        }
        for problem in &tick.problems {
            tracing::warn!(problem = %problem, "backlog tick");
        }
        let provisioned = if self.provision {
            Provisioner {
                store: self.store.as_ref(),
                stats: self.stats.as_ref(),
                launcher: self.launcher.as_ref(),
                clock: self.clock.as_ref(),
            }
            .run(None)
            .await?
        } else {
            Vec::new()
        };
        for d in &provisioned {
            tracing::info!(job = %d.job, visible = d.visible, counted = d.counted, desired = d.desired,
                launched = d.launched.len(), failures = d.failures.len(), note = d.note.as_deref().unwrap_or(""), "provisioned");
        }
        tracing::info!(
            reclaimed = tick.reclaimed.len(),
            resent = tick.resent,
            jobs = tick.jobs.len(),
            "backlog tick done"
        );
        Ok(BacklogReport { tick, provisioned })
    }
}
