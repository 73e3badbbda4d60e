//! The on-complete function: S3 `ObjectCreated` events for `…/success.json`, sent by S3
//! directly or through an SQS queue (which buffers bursts and keeps what keeps failing in its
//! dead-letter queue). Each object is read and handed to the completion handler, which marks
//! its task succeeded and starts the downstream tasks. The handler is idempotent, so S3's
//! duplicate and out-of-order events are harmless.
//!
//! From SQS the answer is a partial batch response listing only the messages that failed, so
//! that one bad record never fails the batch (the trigger must set `ReportBatchItemFailures`).
//! Keys arrive URL-encoded and are decoded; S3's `s3:TestEvent` is skipped.

use std::borrow::Cow;
use std::sync::Arc;

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent, SqsMessage};
use folio_aws::s3::{parse_event_notification, S3Error, S3ObjectEvent};
use folio_core::blob::{parse_success_key, BlobError, BlobKey, BlobStore};
use folio_core::completion::{CompletionError, CompletionHandler, CompletionOutcome};
use folio_core::ports::{Queue, TaskStore};
use folio_service::{ErrorKind, FunctionError, Services, StartError};
use futures_util::future::join_all;
use lambda_runtime::LambdaEvent;
use serde::Serialize;
use serde_json::Value;
use tracing::Instrument;

/// Why one record could not be handled.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error(transparent)]
    Event(#[from] S3Error),
    #[error(transparent)]
    Blob(#[from] BlobError),
    #[error(transparent)]
    Completion(#[from] CompletionError),
}

impl RecordError {
    pub fn is_retryable(&self) -> bool {
        match self {
            RecordError::Event(e) => e.is_retryable(),
            RecordError::Blob(e) => e.is_retryable(),
            RecordError::Completion(e) => e.is_retryable(),
        }
    }
}

/// What became of the objects of a direct S3 event.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub accepted: u32,
    pub duplicates: u32,
    pub stale: u32,
    pub ignored: u32,
}

impl Summary {
    pub fn count(&mut self, outcome: &CompletionOutcome) {
        match outcome {
            CompletionOutcome::Accepted { .. } => self.accepted += 1,
            CompletionOutcome::Duplicate { .. } => self.duplicates += 1,
            CompletionOutcome::Stale { .. } => self.stale += 1,
            CompletionOutcome::Ignored => self.ignored += 1,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Response {
    /// To an SQS trigger: the messages to deliver again.
    Batch(SqsBatchResponse),
    /// To a direct S3 trigger.
    Direct(Summary),
}

/// The function, over its ports.
pub struct OnComplete {
    artefacts: Arc<dyn BlobStore>,
    bucket: String,
    prefix: Option<BlobKey>,
    completion: CompletionHandler,
}

impl OnComplete {
    /// `artefacts` is the store at `s3://{bucket}/{prefix}`; events for other buckets or keys
    /// outside the prefix are ignored.
    pub fn new(
        artefacts: Arc<dyn BlobStore>,
        bucket: impl Into<String>,
        prefix: Option<BlobKey>,
        store: Arc<dyn TaskStore>,
        queue: Arc<dyn Queue>,
    ) -> Self {
        let prefix_segments = prefix.as_ref().map_or(0, |p| p.as_str().split('/').count());
        Self {
            artefacts,
            bucket: bucket.into(),
            prefix,
            completion: CompletionHandler::new(store, queue, prefix_segments),
        }
    }

    /// Needs `FOLIO_ARTEFACTS`.
    pub fn from_services(services: &Services) -> Result<Self, StartError> {
        let artefacts = services.artefacts("the on-complete function")?;
        let (bucket, prefix) = (artefacts.bucket().to_owned(), artefacts.prefix().cloned());
        Ok(Self::new(
            Arc::new(artefacts),
            bucket,
            prefix,
            services.store.clone(),
            services.queue.clone(),
        ))
    }

    pub async fn handle(&self, event: LambdaEvent<Value>) -> Result<Response, FunctionError> {
        self.handle_payload(&event.payload).await
    }

    /// An SQS event (records with `eventSource` `aws:sqs`) or an S3 event notification.
    pub async fn handle_payload(&self, payload: &Value) -> Result<Response, FunctionError> {
        let from_sqs = payload
            .get("Records")
            .and_then(|r| r.get(0))
            .and_then(|r| r.get("eventSource"))
            .and_then(Value::as_str)
            == Some("aws:sqs");
        if from_sqs {
            let event: SqsEvent = serde_json::from_value(payload.clone())
                .map_err(|e| FunctionError::invalid_event(format!("an SQS event that does not parse: {e}")))?;
            return Ok(Response::Batch(self.batch(&event).await));
        }
        let events = parse_event_notification(&payload.to_string()).map_err(|e| {
            FunctionError::invalid_event(format!(
                "{e}; expected an S3 event notification, or an SQS event carrying them"
            ))
        })?;
        let mut summary = Summary::default();
        for event in &events {
            // Lambda tries a failed direct invocation again; the handler makes that harmless.
            let outcome = self.object_created(event).await.map_err(|e| {
                FunctionError::new(
                    if e.is_retryable() {
                        ErrorKind::Unavailable
                    } else {
                        ErrorKind::RecordFailed
                    },
                    format!("s3://{}/{}: {e}", event.bucket, event.key),
                    e.is_retryable(),
                )
            })?;
            summary.count(&outcome);
        }
        Ok(Response::Direct(summary))
    }

    /// Handles the records of one SQS batch concurrently; lists those that failed.
    pub async fn batch(&self, event: &SqsEvent) -> SqsBatchResponse {
        let results = join_all(event.records.iter().map(|record| {
            let id = record.message_id.clone().unwrap_or_default();
            self.record(record)
                .instrument(tracing::info_span!("record", message_id = %id))
        }))
        .await;
        let mut response = SqsBatchResponse::default();
        for (record, result) in event.records.iter().zip(results) {
            if let Err(e) = result {
                match &record.message_id {
                    Some(id) => {
                        tracing::warn!(message_id = %id, error = %e, retryable = e.is_retryable(), "record failed; SQS delivers it again");
                        response.add_failure(id.clone());
                    }
                    None => tracing::error!(error = %e, "a record without a message id failed; it cannot be retried"),
                }
            }
        }
        response
    }

    async fn record(&self, record: &SqsMessage) -> Result<Vec<CompletionOutcome>, RecordError> {
        self.message(record.body.as_deref().unwrap_or_default()).await
    }

    /// The body of one SQS message (an S3 event notification, bare or inside an SNS
    /// notification): each of its objects through [`OnComplete::object_created`]. The backlog
    /// tick hands the success-events dead-letter queue's messages here too.
    pub async fn message(&self, body: &str) -> Result<Vec<CompletionOutcome>, RecordError> {
        let mut outcomes = Vec::new();
        for event in parse_event_notification(&unwrap_sns(body))? {
            outcomes.push(self.object_created(&event).await?);
        }
        Ok(outcomes)
    }

    /// One created object: read it if it is a success.json of this deployment, then hand it to
    /// the completion handler.
    #[tracing::instrument(skip_all, fields(key = %event.key))]
    pub async fn object_created(&self, event: &S3ObjectEvent) -> Result<CompletionOutcome, RecordError> {
        if event.bucket != self.bucket {
            tracing::warn!(bucket = %event.bucket, artefacts = %self.bucket, "event for another bucket; ignored");
            return Ok(CompletionOutcome::Ignored);
        }
        let Some(key) = self.blob_key(&event.key) else {
            tracing::debug!("not below the artefacts prefix; ignored");
            return Ok(CompletionOutcome::Ignored);
        };
        if parse_success_key(key.as_str(), 0).is_none() {
            tracing::debug!("not a success.json; ignored");
            return Ok(CompletionOutcome::Ignored);
        }
        let body = self.artefacts.get(&key).await?;
        let outcome = self.completion.handle(&event.key, &body).await?;
        match &outcome {
            CompletionOutcome::Accepted { task, released } => {
                tracing::info!(task_id = %task, released, "success accepted")
            }
            CompletionOutcome::Duplicate { task } => tracing::info!(task_id = %task, "duplicate event"),
            CompletionOutcome::Stale { .. } | CompletionOutcome::Ignored => {}
        }
        Ok(outcome)
    }

    fn blob_key(&self, object_key: &str) -> Option<BlobKey> {
        let key = BlobKey::new(object_key).ok()?;
        match &self.prefix {
            Some(prefix) => BlobKey::new(key.strip_prefix(prefix)?).ok(),
            None => Some(key),
        }
    }
}

/// The S3 event inside an SNS notification (S3 → SNS → SQS fan-out), or the body itself.
fn unwrap_sns(body: &str) -> Cow<'_, str> {
    #[derive(serde::Deserialize)]
    struct Envelope {
        #[serde(rename = "Type")]
        kind: String,
        #[serde(rename = "Message")]
        message: String,
    }
    match serde_json::from_str::<Envelope>(body) {
        Ok(envelope) if envelope.kind == "Notification" => Cow::Owned(envelope.message),
        _ => Cow::Borrowed(body),
    }
}
