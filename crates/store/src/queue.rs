//! The database-backed queue: the embedded profile's queue, and a queue for anyone running on
//! PostgreSQL without SQS. A message is the task row itself, so sending is a no-op (the
//! outbox only records it), receiving is a claim, and the lease stands in for visibility.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use folio_core::job::Job;
use folio_core::message::TaskMessage;
use folio_core::ports::{
    Delivery, Queue, QueueDepth, QueueError, QueueStats, Receipt, TaskLeases, TaskReports, TaskStore,
};
use folio_core::{JobName, TaskStatus, WorkerId};

pub struct DbQueue {
    leases: Arc<dyn TaskLeases>,
    reports: Arc<dyn TaskReports>,
    jobs: Option<Vec<JobName>>,
    poll: Duration,
}

impl DbQueue {
    /// A queue over `store`'s claimable tasks, of `jobs` only when given. An empty receive
    /// waits `poll` before answering, as a long poll would.
    pub fn new(store: Arc<dyn TaskStore>, jobs: Option<Vec<JobName>>, poll: Duration) -> Self {
        Self {
            leases: store.clone(),
            reports: store,
            jobs,
            poll,
        }
    }
}

/// The lease on the task row is the whole of the message's state.
struct RowReceipt;

#[async_trait]
impl Receipt for RowReceipt {
    async fn extend(&self, _by: Duration) -> Result<(), QueueError> {
        Ok(())
    }
    async fn ack(&self) -> Result<(), QueueError> {
        Ok(())
    }
}

#[async_trait]
impl Queue for DbQueue {
    async fn send(&self, _messages: &[TaskMessage]) -> Result<(), QueueError> {
        Ok(())
    }

    async fn receive(&self, worker: &WorkerId, lease_for: Duration) -> Result<Option<Delivery>, QueueError> {
        let claim = self.leases.claim_next(self.jobs.as_deref(), worker, lease_for).await?;
        match claim {
            Some(claim) => Ok(Some(Delivery {
                claim,
                receipt: Box::new(RowReceipt),
            })),
            None => {
                tokio::time::sleep(self.poll).await;
                Ok(None)
            }
        }
    }
}

#[async_trait]
impl QueueStats for DbQueue {
    /// Claimable tasks are the visible messages; running ones are in flight.
    async fn depth(&self, job: &Job) -> Result<QueueDepth, QueueError> {
        let stats = self.reports.stats(job.name(), Duration::from_secs(60)).await?;
        Ok(QueueDepth {
            visible: stats.count(TaskStatus::Queued) + stats.count(TaskStatus::Failed),
            in_flight: stats.count(TaskStatus::Running),
        })
    }
}
