//! The completion handler: what happens when a task's success.json appears in S3 (the
//! on-complete Lambda calls it for each `ObjectCreated` event). The worker that wrote the
//! success.json accepts it itself (`TaskLeases::complete`), so here it is the fallback: it
//! accepts a success.json no worker accepted (the worker died between the write and the
//! accept, or another tool wrote it) and is a no-op otherwise. Duplicate and out-of-order
//! events are harmless.

use std::sync::Arc;

use crate::blob::{parse_success_key, SuccessRecord};
use crate::ports::{flush_outbox, Acceptance, Outbox, Queue, QueueError, StoreError, TaskSettlement, TaskStore};
use crate::TaskId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompletionOutcome {
    /// Not a success.json: nothing to do.
    Ignored,
    Accepted {
        task: TaskId,
        released: usize,
    },
    Duplicate {
        task: TaskId,
    },
    /// A losing attempt (a fenced-out worker's late write): recorded, nothing changed.
    Stale {
        task: TaskId,
        attempt: i32,
        current_attempt: i32,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum CompletionError {
    #[error("success.json at {key} does not parse: {source}")]
    Malformed {
        key: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("success.json at {key} says job '{job}' attempt {attempt}, but its key says job '{key_job}' attempt {key_attempt}")]
    Mismatch {
        key: String,
        job: String,
        attempt: i32,
        key_job: String,
        key_attempt: i32,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Queue(#[from] QueueError),
}

impl CompletionError {
    /// Malformed records will not improve on a retry; store and queue trouble may.
    pub fn is_retryable(&self) -> bool {
        match self {
            CompletionError::Malformed { .. } | CompletionError::Mismatch { .. } => false,
            CompletionError::Store(e) => e.is_retryable(),
            CompletionError::Queue(e) => e.is_retryable(),
        }
    }
}

/// Accepts success.json records and starts downstream work.
#[derive(Clone)]
pub struct CompletionHandler {
    settlement: Arc<dyn TaskSettlement>,
    outbox: Arc<dyn Outbox>,
    queue: Arc<dyn Queue>,
    /// Segments of the deployment prefix before the job segment (`0` when keys start with it).
    prefix_segments: usize,
}

impl CompletionHandler {
    /// The handler on the two ports of `store` it uses.
    pub fn new(store: Arc<dyn TaskStore>, queue: Arc<dyn Queue>, prefix_segments: usize) -> Self {
        Self {
            settlement: store.clone(),
            outbox: store,
            queue,
            prefix_segments,
        }
    }

    /// Handles one created object, given its (decoded) key and its body.
    #[tracing::instrument(skip_all, fields(key = key))]
    pub async fn handle(&self, key: &str, body: &[u8]) -> Result<CompletionOutcome, CompletionError> {
        let Some(from_key) = parse_success_key(key, self.prefix_segments) else {
            return Ok(CompletionOutcome::Ignored);
        };
        let record: SuccessRecord = serde_json::from_slice(body).map_err(|source| CompletionError::Malformed {
            key: key.to_owned(),
            source,
        })?;
        if record.job != from_key.job || record.attempt != from_key.attempt {
            return Err(CompletionError::Mismatch {
                key: key.to_owned(),
                job: record.job.to_string(),
                attempt: record.attempt,
                key_job: from_key.job.to_string(),
                key_attempt: from_key.attempt,
            });
        }
        let task = record.task_id;
        let outcome = match self
            .settlement
            .accept_success(task, record.attempt, &record.metrics)
            .await?
        {
            Acceptance::Accepted { released } => CompletionOutcome::Accepted {
                task,
                released: released.len(),
            },
            Acceptance::Duplicate { .. } => CompletionOutcome::Duplicate { task },
            Acceptance::Stale { current_attempt, .. } => {
                tracing::warn!(task = %task, attempt = record.attempt, current_attempt, "stale success.json ignored");
                CompletionOutcome::Stale {
                    task,
                    attempt: record.attempt,
                    current_attempt,
                }
            }
        };
        // Sends owed by this acceptance, or by an earlier one whose sender died, go out now.
        flush_outbox(self.outbox.as_ref(), self.queue.as_ref()).await?;
        Ok(outcome)
    }
}
