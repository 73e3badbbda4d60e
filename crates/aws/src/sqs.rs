//! The `Queue` port on SQS. Each job has two queues, `folio-{job}-tasks` and `folio-{job}-dlq`,
//! made by [`ensure_job_queues`] when the job is created; their URLs live on the job's row.
//!
//! A message only names a task: the claim in the task store is what gives a worker the task.
//! So a message whose task cannot be claimed (already done, dead, or running elsewhere) is
//! deleted, and a body that is not a task message goes to the dead-letter queue with its
//! reason. Neither stops a receive: it goes on to the next message.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use aws_sdk_sqs::types::{
    DeleteMessageBatchRequestEntry, MessageAttributeValue, MessageSystemAttributeName, QueueAttributeName,
    SendMessageBatchRequestEntry,
};
use aws_sdk_sqs::Client;
use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
use aws_smithy_runtime_api::client::result::SdkError;
use folio_core::job::RunSettings;
use folio_core::message::TaskMessage;
use folio_core::ports::{
    ClaimOutcome, Delivery, JobCatalogue, Outbox, Queue, QueueDepth, QueueError, QueueStats, Receipt, Reconciled,
    StoreError, TaskLeases, TaskStore,
};
use folio_core::{Job, JobName, JobStatus, TaskId, TaskStatus, WorkerId};
use tracing::{debug, info, warn};

use crate::error::ApiFailure;

/// The message attribute that carries why folio sent a message to the dead-letter queue.
pub const REASON_ATTRIBUTE: &str = "folio-reason";
/// SendMessageBatch and DeleteMessageBatch take at most ten entries.
pub const BATCH_SIZE: usize = 10;
/// SQS's longest visibility timeout and long-poll wait.
const MAX_VISIBILITY_SECS: u64 = 12 * 3600;
const MAX_WAIT_SECS: u64 = 20;
/// SQS delays a message by at most 15 minutes.
const MAX_DELAY_SECS: u64 = 900;

pub type Result<T, E = SqsError> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum SqsError {
    #[error("SQS {op} on {target}: {failure}")]
    Api {
        op: &'static str,
        target: String,
        failure: ApiFailure,
    },
    #[error(
        "job '{0}' has no SQS queues on its row: create them with folio_aws::sqs::ensure_job_queues and \
         record them with JobCatalogue::set_job_queues (the aws profile's `folio jobs create` does both)"
    )]
    NoQueues(JobName),
    #[error("this SqsQueue polls no job: build it with SqsQueue::new(..).polling(job) to receive")]
    NoPollJob,
    #[error(
        "SQS refused {count} message(s) for {queue}: {code}: {message} (a request error; sending again will not help)"
    )]
    Rejected {
        queue: String,
        count: usize,
        code: String,
        message: String,
    },
    #[error("{count} message(s) could not be sent to {queue} after {tries} tries; the last error: {code}: {message}")]
    SendIncomplete {
        queue: String,
        count: usize,
        tries: u32,
        code: String,
        message: String,
    },
    #[error("queue {queue} has attribute {name} = {value:?}, not a whole number")]
    BadAttribute {
        queue: String,
        name: &'static str,
        value: String,
    },
    #[error("queue {queue} did not report its {name} attribute")]
    MissingAttribute { queue: String, name: &'static str },
    #[error("building an SQS request: {0}")]
    Build(#[from] aws_smithy_types::error::operation::BuildError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SqsError {
    pub fn is_retryable(&self) -> bool {
        match self {
            SqsError::Api { failure, .. } => failure.retryable,
            SqsError::SendIncomplete { .. } => true,
            SqsError::Store(e) => e.is_retryable(),
            SqsError::NoQueues(_)
            | SqsError::NoPollJob
            | SqsError::Rejected { .. }
            | SqsError::BadAttribute { .. }
            | SqsError::MissingAttribute { .. }
            | SqsError::Build(_) => false,
        }
    }
}

impl From<SqsError> for QueueError {
    fn from(e: SqsError) -> Self {
        match e {
            SqsError::Store(e) => QueueError::Store(e),
            other => {
                let retryable = other.is_retryable();
                QueueError::backend(other, retryable)
            }
        }
    }
}

fn api<'a, E>(op: &'static str, target: &'a str) -> impl FnOnce(SdkError<E, HttpResponse>) -> SqsError + 'a
where
    E: aws_smithy_types::error::metadata::ProvideErrorMetadata + std::error::Error + 'static,
{
    move |err| SqsError::Api {
        op,
        target: target.to_owned(),
        failure: ApiFailure::from_sdk(&err),
    }
}

/// The settings of a job's queues (DESIGN.md: "Queue messages and SQS settings").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueSettings {
    /// Receives before SQS itself moves a message to the dead-letter queue.
    pub max_receive_count: u32,
    /// How long both queues keep a message.
    pub retention: Duration,
    /// The task queue's default visibility timeout (the worker's heartbeat extends it).
    pub visibility: Duration,
    /// The task queue's default long-poll wait.
    pub receive_wait: Duration,
}

impl QueueSettings {
    /// A job's queue settings. A message is received once per attempt and once per hand-back
    /// at most (a task that runs again gets a fresh message, so this is a ceiling, not the
    /// rule), plus one redelivery after a delete that did not arrive: SQS moves a message to
    /// the dead-letter queue only past all of those, and the tick reconciles what it moved.
    pub fn for_job(settings: &RunSettings) -> Self {
        let attempts = u32::try_from(settings.max_attempts).unwrap_or(1).max(1);
        Self {
            max_receive_count: attempts.saturating_add(settings.max_handbacks).saturating_add(1),
            ..Self::default()
        }
    }
}

impl Default for QueueSettings {
    fn default() -> Self {
        Self {
            max_receive_count: 3,
            retention: Duration::from_secs(14 * 24 * 3600),
            visibility: Duration::from_secs(300),
            receive_wait: Duration::from_secs(20),
        }
    }
}

/// A job's two queue URLs, as `JobCatalogue::set_job_queues` records them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobQueues {
    pub queue_url: String,
    pub dlq_url: String,
}

pub fn task_queue_name(job: &JobName) -> String {
    format!("folio-{job}-tasks")
}

pub fn dlq_name(job: &JobName) -> String {
    format!("folio-{job}-dlq")
}

/// The RedrivePolicy attribute: after `max_receive_count` receives a message moves to `dlq_arn`.
pub fn redrive_policy(dlq_arn: &str, max_receive_count: u32) -> String {
    serde_json::json!({ "deadLetterTargetArn": dlq_arn, "maxReceiveCount": max_receive_count.to_string() }).to_string()
}

/// Creates the job's task queue and dead-letter queue, or brings existing ones to `settings`.
/// Safe to call again: the same URLs come back.
pub async fn ensure_job_queues(client: &Client, job: &JobName, settings: &QueueSettings) -> Result<JobQueues> {
    let retention = settings.retention.as_secs().to_string();
    let dlq_url = ensure_queue(
        client,
        &dlq_name(job),
        vec![(QueueAttributeName::MessageRetentionPeriod, retention.clone())],
    )
    .await?;
    let dlq_arn = queue_attribute(client, &dlq_url, QueueAttributeName::QueueArn, "QueueArn").await?;
    let queue_url = ensure_queue(
        client,
        &task_queue_name(job),
        vec![
            (QueueAttributeName::MessageRetentionPeriod, retention),
            (
                QueueAttributeName::VisibilityTimeout,
                settings.visibility.as_secs().min(MAX_VISIBILITY_SECS).to_string(),
            ),
            (
                QueueAttributeName::ReceiveMessageWaitTimeSeconds,
                settings.receive_wait.as_secs().min(MAX_WAIT_SECS).to_string(),
            ),
            (
                QueueAttributeName::RedrivePolicy,
                redrive_policy(&dlq_arn, settings.max_receive_count),
            ),
        ],
    )
    .await?;
    info!(%job, %queue_url, %dlq_url, "job queues ready");
    Ok(JobQueues { queue_url, dlq_url })
}

/// CreateQueue is idempotent only while the attributes match exactly; when they differ the
/// queue exists already and its attributes are set instead.
async fn ensure_queue(client: &Client, name: &str, attributes: Vec<(QueueAttributeName, String)>) -> Result<String> {
    let mut create = client.create_queue().queue_name(name);
    for (k, v) in &attributes {
        create = create.attributes(k.clone(), v.clone());
    }
    match create.send().await {
        Ok(out) => out.queue_url.ok_or_else(|| SqsError::MissingAttribute {
            queue: name.to_owned(),
            name: "QueueUrl",
        }),
        Err(e) if e.as_service_error().is_some_and(|s| s.is_queue_name_exists()) => {
            let url = client
                .get_queue_url()
                .queue_name(name)
                .send()
                .await
                .map_err(api("GetQueueUrl", name))?
                .queue_url
                .ok_or_else(|| SqsError::MissingAttribute {
                    queue: name.to_owned(),
                    name: "QueueUrl",
                })?;
            let mut set = client.set_queue_attributes().queue_url(&url);
            for (k, v) in attributes {
                set = set.attributes(k, v);
            }
            set.send().await.map_err(api("SetQueueAttributes", name))?;
            Ok(url)
        }
        Err(e) => Err(api("CreateQueue", name)(e)),
    }
}

async fn queue_attribute(client: &Client, url: &str, attr: QueueAttributeName, name: &'static str) -> Result<String> {
    let out = client
        .get_queue_attributes()
        .queue_url(url)
        .attribute_names(attr.clone())
        .send()
        .await
        .map_err(api("GetQueueAttributes", url))?;
    out.attributes
        .and_then(|mut a| a.remove(&attr))
        .ok_or_else(|| SqsError::MissingAttribute {
            queue: url.to_owned(),
            name,
        })
}

/// Messages grouped by job, in the order each job first appears, and cut into SQS batches.
pub fn batches(messages: &[TaskMessage]) -> Vec<(&JobName, Vec<&TaskMessage>)> {
    let mut order: Vec<&JobName> = Vec::new();
    let mut by_job: HashMap<&JobName, Vec<&TaskMessage>> = HashMap::new();
    for m in messages {
        by_job
            .entry(&m.job)
            .or_insert_with(|| {
                order.push(&m.job);
                Vec::new()
            })
            .push(m);
    }
    let mut out = Vec::new();
    for job in order {
        let all = by_job.remove(job).unwrap_or_default();
        for chunk in all.chunks(BATCH_SIZE) {
            out.push((job, chunk.to_vec()));
        }
    }
    out
}

/// A visibility or wait in whole seconds, within what SQS accepts.
fn whole_secs(d: Duration, max: u64) -> i32 {
    // Round up, so a sub-second lease still hides the message.
    let secs = d.as_secs() + u64::from(d.subsec_nanos() > 0);
    secs.min(max) as i32
}

/// A message read from a dead-letter queue: its body, and the handle that deletes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub body: String,
    pub handle: String,
}

/// A dead-letter queue read back by the one that can settle what it holds (the backlog tick:
/// each job's DLQ, and the success events') and emptied of each letter once settled.
#[derive(Debug, Clone)]
pub struct DeadLetters {
    client: Client,
    url: String,
}

impl DeadLetters {
    pub fn new(client: Client, url: impl Into<String>) -> Self {
        Self {
            client,
            url: url.into(),
        }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// Up to one batch of what the queue holds now (no waiting), each hidden from other
    /// readers for `hold`: a letter not deleted within it comes back for the next reader.
    pub async fn receive(&self, hold: Duration) -> Result<Vec<Letter>> {
        let out = self
            .client
            .receive_message()
            .queue_url(&self.url)
            .max_number_of_messages(BATCH_SIZE as i32)
            .wait_time_seconds(0)
            .visibility_timeout(whole_secs(hold, 43_200))
            .send()
            .await
            .map_err(api("ReceiveMessage", &self.url))?;
        Ok(out
            .messages
            .unwrap_or_default()
            .into_iter()
            .filter_map(|m| {
                Some(Letter {
                    body: m.body?,
                    handle: m.receipt_handle?,
                })
            })
            .collect())
    }

    pub async fn delete(&self, letter: &Letter) -> Result<()> {
        self.client
            .delete_message()
            .queue_url(&self.url)
            .receipt_handle(&letter.handle)
            .send()
            .await
            .map_err(api("DeleteMessage", &self.url))?;
        Ok(())
    }
}

/// The approximate message counts of one job's two queues.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueCounts {
    /// ApproximateNumberOfMessages of the task queue.
    pub visible: u64,
    /// ApproximateNumberOfMessagesNotVisible: received and not yet deleted.
    pub in_flight: u64,
    /// ApproximateNumberOfMessagesDelayed.
    pub delayed: u64,
    /// Messages waiting in the dead-letter queue.
    pub dead_letters: u64,
}

/// SQS as folio's queue. Sends go to the queue of each message's job; receives poll the
/// queue of one job (see [`SqsQueue::polling`]).
pub struct SqsQueue {
    client: Client,
    /// Each job's queue URLs, from its row.
    jobs: Arc<dyn JobCatalogue>,
    /// A received message's task, claimed by id.
    leases: Arc<dyn TaskLeases>,
    /// Fresh sends owed for the tasks a reconcile finds without a message.
    outbox: Arc<dyn Outbox>,
    poll: Option<JobName>,
    wait: Duration,
    send_tries: u32,
    retry_pause: Duration,
    queues: Mutex<HashMap<JobName, JobQueues>>,
}

impl SqsQueue {
    /// A queue that sends to any job's queue, whose URLs it reads once from the job's row.
    pub fn new(client: Client, store: Arc<dyn TaskStore>) -> Self {
        Self {
            client,
            jobs: store.clone(),
            leases: store.clone(),
            outbox: store,
            poll: None,
            wait: Duration::from_secs(MAX_WAIT_SECS),
            send_tries: 5,
            retry_pause: Duration::from_millis(100),
            queues: Mutex::new(HashMap::new()),
        }
    }

    /// Receives from `job`'s task queue.
    pub fn polling(mut self, job: JobName) -> Self {
        self.poll = Some(job);
        self
    }

    /// How long one receive waits for a message (at most 20 s; 0 is a short poll).
    pub fn wait_time(mut self, wait: Duration) -> Self {
        self.wait = wait;
        self
    }

    /// Tries per batch before a send gives up on entries SQS keeps failing (at least 1).
    pub fn send_tries(mut self, tries: u32) -> Self {
        self.send_tries = tries.max(1);
        self
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The job's queue URLs, from the job's row the first time.
    pub async fn job_queues(&self, job: &JobName) -> Result<JobQueues> {
        if let Some(q) = self.cached(job) {
            return Ok(q);
        }
        let row = self.jobs.job(job).await?;
        let (Some(queue_url), Some(dlq_url)) = (row.queue_url, row.dlq_url) else {
            return Err(SqsError::NoQueues(job.clone()));
        };
        let queues = JobQueues { queue_url, dlq_url };
        self.queues
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(job.clone(), queues.clone());
        Ok(queues)
    }

    fn cached(&self, job: &JobName) -> Option<JobQueues> {
        self.queues.lock().unwrap_or_else(|p| p.into_inner()).get(job).cloned()
    }

    /// Sends one batch (at most ten bodies), sending again the entries SQS failed for a
    /// transient reason, with a growing pause between tries.
    async fn send_batch(&self, queue_url: &str, bodies: &[(String, Duration)]) -> Result<()> {
        let mut pending: Vec<(String, &str, i32)> = bodies
            .iter()
            .enumerate()
            .map(|(i, (b, delay))| (format!("m{i}"), b.as_str(), whole_secs(*delay, MAX_DELAY_SECS)))
            .collect();
        let mut pause = self.retry_pause;
        let mut tries = 0;
        loop {
            tries += 1;
            let entries = pending
                .iter()
                .map(|(id, body, delay)| {
                    SendMessageBatchRequestEntry::builder()
                        .id(id)
                        .message_body(*body)
                        .delay_seconds(*delay)
                        .build()
                })
                .collect::<std::result::Result<Vec<_>, _>>()?;
            let (code, message) = match self
                .client
                .send_message_batch()
                .queue_url(queue_url)
                .set_entries(Some(entries))
                .send()
                .await
            {
                Ok(out) => {
                    if out.failed.is_empty() {
                        return Ok(());
                    }
                    if let Some(f) = out.failed.iter().find(|f| f.sender_fault) {
                        return Err(SqsError::Rejected {
                            queue: queue_url.to_owned(),
                            count: out.failed.len(),
                            code: f.code.clone(),
                            message: f.message.clone().unwrap_or_default(),
                        });
                    }
                    let failed: Vec<&str> = out.failed.iter().map(|f| f.id.as_str()).collect();
                    pending.retain(|(id, _, _)| failed.contains(&id.as_str()));
                    let first = &out.failed[0];
                    (first.code.clone(), first.message.clone().unwrap_or_default())
                }
                Err(e) => {
                    let err = api("SendMessageBatch", queue_url)(e);
                    if !err.is_retryable() {
                        return Err(err);
                    }
                    ("request".to_owned(), err.to_string())
                }
            };
            if tries >= self.send_tries {
                return Err(SqsError::SendIncomplete {
                    queue: queue_url.to_owned(),
                    count: pending.len(),
                    tries,
                    code,
                    message,
                });
            }
            warn!(queue = queue_url, left = pending.len(), %code, %message, "sending again the entries SQS failed");
            tokio::time::sleep(pause).await;
            pause *= 2;
        }
    }

    /// Moves a message folio cannot use to the dead-letter queue, with its reason, and deletes
    /// it from the task queue.
    async fn dead_letter(&self, queues: &JobQueues, body: &str, handle: &str, reason: &str) -> Result<()> {
        warn!(queue = %queues.queue_url, reason, "sending a message to the dead-letter queue");
        let reason: String = reason.chars().take(1024).collect();
        // SQS refuses an empty body; the reason attribute still says what was wrong.
        let body = if body.is_empty() { "(empty body)" } else { body };
        self.client
            .send_message()
            .queue_url(&queues.dlq_url)
            .message_body(body)
            .message_attributes(
                REASON_ATTRIBUTE,
                MessageAttributeValue::builder()
                    .data_type("String")
                    .string_value(reason)
                    .build()?,
            )
            .send()
            .await
            .map_err(api("SendMessage", &queues.dlq_url))?;
        self.delete(&queues.queue_url, handle).await
    }

    async fn delete(&self, queue_url: &str, handle: &str) -> Result<()> {
        self.client
            .delete_message()
            .queue_url(queue_url)
            .receipt_handle(handle)
            .send()
            .await
            .map_err(api("DeleteMessage", queue_url))?;
        Ok(())
    }

    /// The job's queue counts: visible, in flight and delayed task messages, and dead letters.
    pub async fn counts(&self, job: &JobName) -> Result<QueueCounts> {
        let queues = self.job_queues(job).await?;
        self.counts_at(&queues).await
    }

    async fn counts_at(&self, queues: &JobQueues) -> Result<QueueCounts> {
        let out = self
            .client
            .get_queue_attributes()
            .queue_url(&queues.queue_url)
            .attribute_names(QueueAttributeName::ApproximateNumberOfMessages)
            .attribute_names(QueueAttributeName::ApproximateNumberOfMessagesNotVisible)
            .attribute_names(QueueAttributeName::ApproximateNumberOfMessagesDelayed)
            .send()
            .await
            .map_err(api("GetQueueAttributes", &queues.queue_url))?;
        let attrs = out.attributes.unwrap_or_default();
        let number = |attr: QueueAttributeName, name: &'static str| -> Result<u64> {
            let queue = &queues.queue_url;
            let value = attrs.get(&attr).ok_or_else(|| SqsError::MissingAttribute {
                queue: queue.clone(),
                name,
            })?;
            value.parse().map_err(|_| SqsError::BadAttribute {
                queue: queue.clone(),
                name,
                value: value.clone(),
            })
        };
        let visible = number(
            QueueAttributeName::ApproximateNumberOfMessages,
            "ApproximateNumberOfMessages",
        )?;
        let in_flight = number(
            QueueAttributeName::ApproximateNumberOfMessagesNotVisible,
            "ApproximateNumberOfMessagesNotVisible",
        )?;
        let delayed = number(
            QueueAttributeName::ApproximateNumberOfMessagesDelayed,
            "ApproximateNumberOfMessagesDelayed",
        )?;
        let dead = queue_attribute(
            &self.client,
            &queues.dlq_url,
            QueueAttributeName::ApproximateNumberOfMessages,
            "ApproximateNumberOfMessages",
        )
        .await?;
        let dead_letters = dead.parse().map_err(|_| SqsError::BadAttribute {
            queue: queues.dlq_url.clone(),
            name: "ApproximateNumberOfMessages",
            value: dead.clone(),
        })?;
        Ok(QueueCounts {
            visible,
            in_flight,
            delayed,
            dead_letters,
        })
    }

    /// Moves every message of the job's dead-letter queue back to its task queue (send first,
    /// then delete, so a crash in between duplicates a message rather than losing it; the
    /// claim makes a duplicate harmless). Returns how many moved.
    ///
    /// Dead *tasks* need `TaskIntake::redrive`, which makes the outbox send them afresh; this
    /// moves the messages themselves, for those SQS set aside after too many receives and for
    /// bodies an operator has fixed.
    pub async fn redrive_dlq(&self, job: &JobName) -> Result<u64> {
        let queues = self.job_queues(job).await?;
        let mut moved = 0u64;
        loop {
            let out = self
                .client
                .receive_message()
                .queue_url(&queues.dlq_url)
                .max_number_of_messages(BATCH_SIZE as i32)
                .wait_time_seconds(1)
                .visibility_timeout(60)
                .send()
                .await
                .map_err(api("ReceiveMessage", &queues.dlq_url))?;
            let messages = out.messages.unwrap_or_default();
            if messages.is_empty() {
                info!(%job, moved, "dead-letter queue redriven");
                return Ok(moved);
            }
            let bodies: Vec<(String, Duration)> = messages
                .iter()
                .map(|m| (m.body.clone().unwrap_or_default(), Duration::ZERO))
                .collect();
            self.send_batch(&queues.queue_url, &bodies).await?;
            let entries = messages
                .iter()
                .enumerate()
                .filter_map(|(i, m)| {
                    m.receipt_handle.as_ref().map(|h| {
                        DeleteMessageBatchRequestEntry::builder()
                            .id(format!("m{i}"))
                            .receipt_handle(h)
                            .build()
                    })
                })
                .collect::<std::result::Result<Vec<_>, _>>()?;
            let deleted = self
                .client
                .delete_message_batch()
                .queue_url(&queues.dlq_url)
                .set_entries(Some(entries))
                .send()
                .await
                .map_err(api("DeleteMessageBatch", &queues.dlq_url))?;
            if let Some(f) = deleted.failed.first() {
                warn!(queue = %queues.dlq_url, code = %f.code, "a redriven message stayed in the dead-letter queue too");
            }
            moved += messages.len() as u64;
        }
    }

    /// Reconciles one job's dead-letter queue with the task store: a task message whose task is
    /// still claimable gets a fresh send owed (the outbox sends it to the task queue), and
    /// every task message is then removed, so the database and SQS disagree for at most one
    /// tick. A body that is not a task message (set aside by a worker, with its reason) stays
    /// for an operator. At most a few batches per call, so a tick stays short.
    pub async fn reconcile_dlq(&self, job: &JobName, dlq_url: &str) -> Result<Reconciled> {
        let mut done = Reconciled::default();
        let letters = DeadLetters::new(self.client.clone(), dlq_url);
        for _ in 0..10 {
            let batch = letters.receive(Duration::from_secs(60)).await?;
            if batch.is_empty() {
                break;
            }
            let tasks: Vec<(TaskId, &Letter)> = batch
                .iter()
                .filter_map(|l| TaskMessage::parse(&l.body).ok().map(|m| (m, l)))
                .filter(|(m, _)| m.job == *job)
                .map(|(m, l)| (m.task_id, l))
                .collect();
            if tasks.is_empty() {
                break;
            }
            let ids: Vec<TaskId> = tasks.iter().map(|(t, _)| *t).collect();
            let owed = self.outbox.resend(&ids).await?;
            done.resent += owed.len() as u64;
            done.dropped += (ids.len() - owed.len()) as u64;
            for (task, letter) in &tasks {
                letters.delete(letter).await?;
                debug!(%job, task = %task, "dead letter reconciled");
            }
        }
        if done != Reconciled::default() {
            info!(%job, resent = done.resent, dropped = done.dropped, "dead-letter queue reconciled with the task store");
        }
        Ok(done)
    }

    async fn receive_one(&self, job: &JobName, worker: &WorkerId, lease_for: Duration) -> Result<Option<Delivery>> {
        let queues = self.job_queues(job).await?;
        // A paused job's messages stay where they are: receiving them would count towards
        // their redrive to the dead-letter queue.
        let row = self.jobs.job(job).await?;
        if row.status != JobStatus::Active {
            debug!(%job, status = %row.status, "job is not active; not receiving");
            tokio::time::sleep(self.wait).await;
            return Ok(None);
        }
        loop {
            let out = self
                .client
                .receive_message()
                .queue_url(&queues.queue_url)
                .max_number_of_messages(1)
                .wait_time_seconds(whole_secs(self.wait, MAX_WAIT_SECS))
                .visibility_timeout(whole_secs(lease_for, MAX_VISIBILITY_SECS))
                .message_system_attribute_names(MessageSystemAttributeName::ApproximateReceiveCount)
                .send()
                .await
                .map_err(api("ReceiveMessage", &queues.queue_url))?;
            let Some(message) = out.messages.unwrap_or_default().into_iter().next() else {
                return Ok(None);
            };
            let Some(handle) = message.receipt_handle else {
                warn!(queue = %queues.queue_url, "SQS returned a message without a receipt handle; skipping it");
                continue;
            };
            let body = message.body.unwrap_or_default();
            let task = match TaskMessage::parse(&body) {
                Ok(m) if m.job != *job => {
                    let reason = format!("message for job '{}' arrived on the queue of job '{job}'", m.job);
                    self.dead_letter(&queues, &body, &handle, &reason).await?;
                    continue;
                }
                Ok(m) => m,
                Err(e) => {
                    self.dead_letter(&queues, &body, &handle, &e.to_string()).await?;
                    continue;
                }
            };
            match self.leases.claim_task(task.task_id, worker, lease_for).await {
                Ok(ClaimOutcome::Claimed(claim)) => {
                    return Ok(Some(Delivery {
                        claim,
                        receipt: Box::new(SqsReceipt {
                            client: self.client.clone(),
                            queue_url: queues.queue_url.clone(),
                            handle,
                        }),
                    }))
                }
                Ok(ClaimOutcome::NotClaimable(status @ (TaskStatus::Queued | TaskStatus::Failed))) => {
                    // Claimable, yet not claimed: the job was paused between the check and
                    // the claim. Leave the message for later.
                    debug!(task = %task.task_id, %status, "task not claimed now; leaving its message");
                    return Ok(None);
                }
                Ok(ClaimOutcome::NotClaimable(status)) => {
                    // Done, dead, running under another worker, or waiting on dependencies:
                    // this message is a duplicate. The outbox sends a fresh one if the task
                    // ever needs it again.
                    debug!(task = %task.task_id, %status, "deleting the message of a task that is not claimable");
                    self.delete(&queues.queue_url, &handle).await?;
                }
                Err(StoreError::UnknownTask(id)) => {
                    let reason = format!("task {id} does not exist in the task store (was its job deleted?)");
                    self.dead_letter(&queues, &body, &handle, &reason).await?;
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
}

#[async_trait]
impl Queue for SqsQueue {
    async fn send(&self, messages: &[TaskMessage]) -> Result<(), QueueError> {
        let mut urls: BTreeMap<&JobName, String> = BTreeMap::new();
        for (job, batch) in batches(messages) {
            let url = match urls.get(job) {
                Some(u) => u.clone(),
                None => {
                    let u = self.job_queues(job).await?.queue_url;
                    urls.insert(job, u.clone());
                    u
                }
            };
            let bodies: Vec<(String, Duration)> = batch.iter().map(|m| (m.to_body(), m.delay)).collect();
            self.send_batch(&url, &bodies).await?;
        }
        Ok(())
    }

    async fn receive(&self, worker: &WorkerId, lease_for: Duration) -> Result<Option<Delivery>, QueueError> {
        let job = self.poll.as_ref().ok_or(SqsError::NoPollJob)?;
        Ok(self.receive_one(job, worker, lease_for).await?)
    }

    async fn reconcile(&self, jobs: &[Job]) -> Result<Reconciled, QueueError> {
        let mut total = Reconciled::default();
        for job in jobs {
            let Some(dlq_url) = &job.dlq_url else { continue };
            let done = self.reconcile_dlq(job.name(), dlq_url).await?;
            total.resent += done.resent;
            total.dropped += done.dropped;
        }
        Ok(total)
    }
}

#[async_trait]
impl QueueStats for SqsQueue {
    async fn depth(&self, job: &Job) -> Result<QueueDepth, QueueError> {
        let queues = match (&job.queue_url, &job.dlq_url) {
            (Some(queue_url), Some(dlq_url)) => JobQueues {
                queue_url: queue_url.clone(),
                dlq_url: dlq_url.clone(),
            },
            _ => return Err(SqsError::NoQueues(job.name().clone()).into()),
        };
        let counts = self.counts_at(&queues).await?;
        Ok(QueueDepth {
            visible: counts.visible,
            in_flight: counts.in_flight,
        })
    }
}

/// The handle on one received message.
pub struct SqsReceipt {
    client: Client,
    queue_url: String,
    handle: String,
}

impl SqsReceipt {
    async fn set_visibility(&self, secs: i32) -> Result<()> {
        self.client
            .change_message_visibility()
            .queue_url(&self.queue_url)
            .receipt_handle(&self.handle)
            .visibility_timeout(secs)
            .send()
            .await
            .map_err(api("ChangeMessageVisibility", &self.queue_url))?;
        Ok(())
    }
}

#[async_trait]
impl Receipt for SqsReceipt {
    async fn extend(&self, by: Duration) -> Result<(), QueueError> {
        Ok(self.set_visibility(whole_secs(by, MAX_VISIBILITY_SECS)).await?)
    }

    async fn ack(&self) -> Result<(), QueueError> {
        self.client
            .delete_message()
            .queue_url(&self.queue_url)
            .receipt_handle(&self.handle)
            .send()
            .await
            .map_err(api("DeleteMessage", &self.queue_url))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use folio_core::{TaskId, VolumeRef};

    fn msg(id: i64, job: &str) -> TaskMessage {
        TaskMessage::new(
            TaskId(id),
            JobName::new(job).unwrap(),
            Some(VolumeRef::new("W1", format!("I{id}"), "e").unwrap()),
            0,
        )
    }

    #[test]
    fn batches_group_by_job_in_order_and_hold_at_most_ten() {
        let mut messages: Vec<TaskMessage> = (0..23).map(|i| msg(i, "ocr")).collect();
        messages.insert(5, msg(100, "eval"));
        let out = batches(&messages);
        let shape: Vec<(&str, usize)> = out.iter().map(|(j, b)| (j.as_str(), b.len())).collect();
        assert_eq!(shape, vec![("ocr", 10), ("ocr", 10), ("ocr", 3), ("eval", 1)]);
        let ids: Vec<i64> = out[0].1.iter().map(|m| m.task_id.0).collect();
        assert_eq!(ids, (0..10).collect::<Vec<_>>());
        assert!(batches(&[]).is_empty());
    }

    #[test]
    fn queue_names_and_redrive_policy() {
        let job = JobName::new("ocr-eval").unwrap();
        assert_eq!(task_queue_name(&job), "folio-ocr-eval-tasks");
        assert_eq!(dlq_name(&job), "folio-ocr-eval-dlq");
        let policy: serde_json::Value = serde_json::from_str(&redrive_policy("arn:aws:sqs:r:1:q", 3)).unwrap();
        assert_eq!(policy["deadLetterTargetArn"], "arn:aws:sqs:r:1:q");
        assert_eq!(policy["maxReceiveCount"], "3");
    }

    #[test]
    fn seconds_round_up_and_stay_within_sqs_limits() {
        assert_eq!(whole_secs(Duration::from_millis(1500), MAX_VISIBILITY_SECS), 2);
        assert_eq!(whole_secs(Duration::ZERO, MAX_WAIT_SECS), 0);
        assert_eq!(whole_secs(Duration::from_secs(60), MAX_WAIT_SECS), 20);
        assert_eq!(whole_secs(Duration::from_secs(100_000), MAX_VISIBILITY_SECS), 43_200);
    }

    #[test]
    fn errors_say_whether_to_try_again() {
        let job = JobName::new("ocr").unwrap();
        assert!(!SqsError::NoQueues(job).is_retryable());
        let incomplete = SqsError::SendIncomplete {
            queue: "q".into(),
            count: 2,
            tries: 5,
            code: "InternalError".into(),
            message: "x".into(),
        };
        assert!(incomplete.is_retryable());
        assert!(!SqsError::NoPollJob.is_retryable());
    }
}
