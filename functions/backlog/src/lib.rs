//! The backlog function, run every minute by an EventBridge schedule: the periodic tick
//! (requeue tasks whose heartbeat went stale, reconcile each job's dead-letter queue, send
//! what the outbox still owes, publish each active job's backlog metrics to CloudWatch); then,
//! where `FOLIO_SUCCESS_EVENTS_DLQ_URL` is set, the success events that on-complete gave up
//! on go through its handler once more (accepted, or settled as duplicates and stale ones,
//! then deleted), so that queue is empty or holding only what cannot be read yet; then, where
//! an ECS cluster is configured, the provisioner for every job.

use std::sync::Arc;
use std::time::Duration;

use folio_aws::sqs::DeadLetters;
use folio_core::backlog::{Tick, TickError, TickReport};
use folio_core::clock::Clock;
use folio_core::ports::{FleetCensus, Launcher, Metrics, Queue, QueueStats, TaskStore};
use folio_core::provision::{Decision, Provisioner};
use folio_on_complete::{OnComplete, Summary};
use folio_service::{FunctionError, Services, StartError};
use lambda_runtime::LambdaEvent;
use serde::Serialize;
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BacklogReport {
    #[serde(flatten)]
    pub tick: TickReport,
    /// What became of the success events' dead letters (all zero without that queue).
    pub success_events: SettledEvents,
    /// The provisioner's decisions (none without an ECS cluster).
    pub provisioned: Vec<Decision>,
}

/// The dead-lettered success events one tick settled.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SettledEvents {
    /// The outcomes of the objects in the letters that were settled and deleted.
    #[serde(flatten)]
    pub outcomes: Summary,
    /// Letters that can never be settled (not an S3 event, the success.json gone or
    /// unreadable): deleted, with the reason logged.
    pub discarded: u32,
    /// Letters that failed for a reason that may pass (the database or S3 unavailable): left
    /// for the next tick.
    pub kept: u32,
}

/// The success events' dead-letter queue and the handler that settles what it holds.
pub struct SuccessEventsDlq {
    pub letters: DeadLetters,
    pub on_complete: OnComplete,
}

/// How long a dead letter that failed stays hidden: past the next tick.
const DEAD_LETTER_HOLD: Duration = Duration::from_secs(90);

/// At most this many batches of dead letters a tick: a flood waits for the next ticks.
const DEAD_LETTER_BATCHES: usize = 20;

impl SuccessEventsDlq {
    /// Hands each letter to on-complete's handler; deletes it when it is settled. A letter
    /// whose failure may pass stays hidden for `hold`, then comes back for a later tick.
    pub async fn settle(&self, hold: Duration) -> Result<SettledEvents, folio_aws::sqs::SqsError> {
        let mut settled = SettledEvents::default();
        for _ in 0..DEAD_LETTER_BATCHES {
            let letters = self.letters.receive(hold).await?;
            if letters.is_empty() {
                break;
            }
            let mut progress = false;
            for letter in &letters {
                match self.on_complete.message(&letter.body).await {
                    Ok(outcomes) => outcomes.iter().for_each(|o| settled.outcomes.count(o)),
                    Err(e) if e.is_retryable() => {
                        tracing::warn!(error = %e, "a dead-lettered success event still fails; kept for the next tick");
                        settled.kept += 1;
                        continue;
                    }
                    Err(e) => {
                        tracing::error!(error = %e, body = %letter.body, "a dead-lettered success event can never be settled; deleted");
                        settled.discarded += 1;
                    }
                }
                self.letters.delete(letter).await?;
                progress = true;
            }
            if !progress {
                break;
            }
        }
        Ok(settled)
    }
}

/// The function, over its ports.
pub struct Backlog {
    pub store: Arc<dyn TaskStore>,
    pub queue: Arc<dyn Queue>,
    pub stats: Arc<dyn QueueStats>,
    /// Counts each job's workers for its metrics.
    pub census: Arc<dyn FleetCensus>,
    /// Launches workers: with one, the provisioner runs after the tick.
    pub launcher: Option<Arc<dyn Launcher>>,
    pub metrics: Arc<dyn Metrics>,
    pub clock: Arc<dyn Clock>,
    pub stale_after: Duration,
    /// Settle the success events' dead letters after the tick.
    pub success_events: Option<SuccessEventsDlq>,
}

impl Backlog {
    /// Needs `FOLIO_ARTEFACTS` when `FOLIO_SUCCESS_EVENTS_DLQ_URL` is set.
    pub fn from_services(services: &Services) -> Result<Self, StartError> {
        let success_events = match &services.settings.success_events_dlq {
            Some(url) => Some(SuccessEventsDlq {
                letters: DeadLetters::new(services.clients.sqs.clone(), url),
                on_complete: OnComplete::from_services(services)?,
            }),
            None => None,
        };
        Ok(Self {
            store: services.store.clone(),
            queue: services.queue.clone(),
            stats: services.queue.clone(),
            census: services.census.clone(),
            launcher: services.launcher.clone().map(|l| l as Arc<dyn Launcher>),
            metrics: services.metrics.clone(),
            clock: services.clock.clone(),
            stale_after: services.settings.stale_after,
            success_events,
        })
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
            census: self.census.as_ref(),
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
        let mut success_events = SettledEvents::default();
        if let Some(dlq) = &self.success_events {
            match dlq.settle(DEAD_LETTER_HOLD).await {
                Ok(settled) => success_events = settled,
                Err(e) => {
                    tracing::warn!(error = %e, queue = dlq.letters.url(), "cannot read the success events' dead letters");
                }
            }
        }
        let provisioned = if let Some(launcher) = &self.launcher {
            Provisioner {
                store: self.store.as_ref(),
                stats: self.stats.as_ref(),
                launcher: launcher.as_ref(),
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
            success_events_accepted = success_events.outcomes.accepted,
            "backlog tick done"
        );
        Ok(BacklogReport {
            tick,
            success_events,
            provisioned,
        })
    }
}
