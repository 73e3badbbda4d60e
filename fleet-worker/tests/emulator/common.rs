//! The end-to-end harness, on folio-emulator's moto server and scratch databases: per test a
//! fresh PostgreSQL database, a bucket, a queue for its S3 events, and the functions' services
//! built from `FOLIO_*` settings as their `main` builds them.

#![allow(dead_code)] // each test module uses its own part of these helpers

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use aws_sdk_s3::types::{
    Event, FilterRule, FilterRuleName, NotificationConfiguration, NotificationConfigurationFilter, QueueConfiguration,
    S3KeyFilter,
};
use aws_sdk_sqs::types::{Message, QueueAttributeName};
use folio_aws::sqs::{ensure_job_queues, JobQueues, QueueSettings};
use folio_aws::AwsClients;
use folio_core::ports::{TaskFilter, TaskRecord, TaskStore};
use folio_core::{JobName, JobSpec};
use folio_on_complete::{OnComplete, Response};
use folio_service::{Env, Services, Settings};
use serde_json::{json, Value};

pub use folio_emulator::{
    default_security_group, default_subnets, keep_ecs_tasks_running, moto, postgres, unique, unique_job, wait_until,
    TestDb,
};

/// One test's deployment: a database, a bucket (artefacts below `runs/`, images below
/// `images/`), S3's success.json events delivered to a queue, and the services the functions
/// are built on.
pub struct Stack {
    pub db: TestDb,
    pub services: Services,
    pub clients: AwsClients,
    pub bucket: String,
    pub events_url: String,
    events_arn: String,
    /// The events queue's dead-letter queue, which the backlog tick settles.
    pub events_dlq_url: String,
    pub dir: tempfile::TempDir,
}

/// Receives of a success event before SQS sets it aside in the dead-letter queue.
pub const EVENT_RECEIVES: u32 = 3;

async fn queue_arn(clients: &AwsClients, url: &str) -> String {
    clients
        .sqs
        .get_queue_attributes()
        .queue_url(url)
        .attribute_names(QueueAttributeName::QueueArn)
        .send()
        .await
        .unwrap()
        .attributes
        .unwrap()[&QueueAttributeName::QueueArn]
        .clone()
}

impl Stack {
    pub async fn new() -> Stack {
        Self::with_settings(&[]).await
    }

    /// A stack whose functions also read `extra` settings (the ECS ones, say).
    pub async fn with_settings(extra: &[(&str, &str)]) -> Stack {
        moto();
        let db = postgres().await;
        let config = folio_aws::load_sdk_config().await;
        let clients = AwsClients::new(&config, None);
        let bucket = unique("folio-e2e-");
        clients.s3.create_bucket().bucket(&bucket).send().await.unwrap();
        let events_url = clients
            .sqs
            .create_queue()
            .queue_name(unique("folio-events-"))
            .send()
            .await
            .unwrap()
            .queue_url
            .unwrap();
        let events_arn = queue_arn(&clients, &events_url).await;
        // As in the template: what on-complete fails `EVENT_RECEIVES` times is set aside.
        let events_dlq_url = clients
            .sqs
            .create_queue()
            .queue_name(unique("folio-events-dead-"))
            .send()
            .await
            .unwrap()
            .queue_url
            .unwrap();
        let events_dlq_arn = queue_arn(&clients, &events_dlq_url).await;
        clients
            .sqs
            .set_queue_attributes()
            .queue_url(&events_url)
            .attributes(
                QueueAttributeName::RedrivePolicy,
                folio_aws::sqs::redrive_policy(&events_dlq_arn, EVENT_RECEIVES),
            )
            .send()
            .await
            .unwrap();
        let suffix = FilterRule::builder()
            .name(FilterRuleName::Suffix)
            .value("success.json")
            .build();
        clients
            .s3
            .put_bucket_notification_configuration()
            .bucket(&bucket)
            .notification_configuration(
                NotificationConfiguration::builder()
                    .queue_configurations(
                        QueueConfiguration::builder()
                            .id("success-only")
                            .queue_arn(&events_arn)
                            .events(Event::S3ObjectCreated)
                            .filter(
                                NotificationConfigurationFilter::builder()
                                    .key(S3KeyFilter::builder().filter_rules(suffix).build())
                                    .build(),
                            )
                            .build()
                            .unwrap(),
                    )
                    .build(),
            )
            .send()
            .await
            .unwrap();
        let mut pairs: Vec<(String, String)> = vec![
            ("FOLIO_DATABASE_URL".into(), db.url.clone()),
            ("FOLIO_ARTEFACTS".into(), format!("s3://{bucket}/runs")),
            ("FOLIO_SUCCESS_EVENTS_DLQ_URL".into(), events_dlq_url.clone()),
            ("FOLIO_LOG_FORMAT".into(), "text".into()),
        ];
        pairs.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        let settings = Settings::from_env(&Env::from_pairs(pairs)).unwrap();
        let services = Services::connect(&settings).await.unwrap();
        Stack {
            db,
            services,
            clients,
            bucket,
            events_url,
            events_arn,
            events_dlq_url,
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn store(&self) -> &Arc<dyn TaskStore> {
        &self.services.store
    }

    pub fn artefacts_url(&self) -> String {
        format!("s3://{}/runs", self.bucket)
    }

    pub fn images_url(&self) -> String {
        format!("s3://{}/images", self.bucket)
    }

    /// Creates a job from `spec` (JSON) with its two queues, as the aws profile's `folio jobs
    /// create` would; `visibility` is the task queue's default visibility timeout.
    pub async fn create_job(&self, spec: Value, visibility: Duration) -> JobQueues {
        self.create_job_spec(serde_json::from_value(spec).unwrap(), visibility)
            .await
    }

    /// [`Stack::create_job`] from a spec.
    pub async fn create_job_spec(&self, spec: JobSpec, visibility: Duration) -> JobQueues {
        self.store().create_jobs(std::slice::from_ref(&spec)).await.unwrap();
        let settings = QueueSettings {
            visibility,
            receive_wait: Duration::from_secs(1),
            ..QueueSettings::for_job(&spec.settings)
        };
        let queues = ensure_job_queues(&self.clients.sqs, &spec.name, &settings)
            .await
            .unwrap();
        self.store()
            .set_job_queues(&spec.name, &queues.queue_url, &queues.dlq_url)
            .await
            .unwrap();
        queues
    }

    /// `pages` page images for each volume `(w_id, i_id)`, below `images/`.
    pub async fn upload_images(&self, volumes: &[(String, String)], pages: usize) {
        for (w, i) in volumes {
            for p in 1..=pages {
                self.clients
                    .s3
                    .put_object()
                    .bucket(&self.bucket)
                    .key(format!("images/{w}/{i}/{p:04}.png"))
                    .body(format!("page {p} of {w}/{i}").into_bytes().into())
                    .send()
                    .await
                    .unwrap();
            }
        }
    }

    pub async fn tasks(&self, job: &JobName) -> Vec<TaskRecord> {
        self.store()
            .tasks(&TaskFilter {
                job: Some(job.clone()),
                status: None,
                limit: 1000,
            })
            .await
            .unwrap()
    }

    /// Starts a fleet-worker process for `job`, its JSON log in `{name}.log`.
    pub fn spawn_worker(&self, name: &str, job: &JobName, settings: &[(&str, &str)]) -> WorkerProcess {
        let log = self.dir.path().join(format!("{name}.log"));
        let work = self.dir.path().join(format!("{name}-work"));
        let mut command = Command::new(env!("CARGO_BIN_EXE_fleet-worker"));
        for (k, _) in std::env::vars() {
            if k.starts_with("FOLIO_") || k == "ECS_CONTAINER_METADATA_URI_V4" {
                command.env_remove(k);
            }
        }
        command
            .env("FOLIO_DATABASE_URL", &self.db.url)
            .env("FOLIO_JOB", job.as_str())
            .env("FOLIO_ARTEFACTS", self.artefacts_url())
            .env("FOLIO_IMAGES", self.images_url())
            .env("FOLIO_WORK_DIR", &work)
            .env("FOLIO_RECEIVE_WAIT_SECS", "1")
            .env("FOLIO_LOG_FORMAT", "json")
            .env("FOLIO_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap());
        for (k, v) in settings {
            command.env(k, v);
        }
        let child = command.spawn().expect("starting fleet-worker");
        WorkerProcess { child, log }
    }

    /// Receives what the events queue holds now (waiting up to `wait` for the first message).
    pub async fn receive_events(&self, wait: Duration) -> Vec<Message> {
        let out = self
            .clients
            .sqs
            .receive_message()
            .queue_url(&self.events_url)
            .max_number_of_messages(10)
            .wait_time_seconds(wait.as_secs() as i32)
            .visibility_timeout(30)
            .send()
            .await
            .unwrap();
        out.messages.unwrap_or_default()
    }

    /// Messages as Lambda's SQS trigger hands them to a function.
    pub fn sqs_event(&self, messages: &[Message]) -> Value {
        let records: Vec<Value> = messages
            .iter()
            .map(|m| {
                json!({
                    "messageId": m.message_id(),
                    "receiptHandle": m.receipt_handle(),
                    "body": m.body(),
                    "attributes": {"ApproximateReceiveCount": "1"},
                    "messageAttributes": {},
                    "md5OfBody": m.md5_of_body(),
                    "eventSource": "aws:sqs",
                    "eventSourceARN": self.events_arn,
                    "awsRegion": "us-east-1",
                })
            })
            .collect();
        json!({ "Records": records })
    }

    /// Messages handed back as a failed record is: visible again at once.
    pub async fn return_events(&self, messages: &[Message]) {
        for m in messages {
            self.clients
                .sqs
                .change_message_visibility()
                .queue_url(&self.events_url)
                .receipt_handle(m.receipt_handle().unwrap())
                .visibility_timeout(0)
                .send()
                .await
                .unwrap();
        }
    }

    /// Sends `body` to the events' dead-letter queue, as SQS sets a message aside.
    pub async fn dead_letter_event(&self, body: &str) {
        self.clients
            .sqs
            .send_message()
            .queue_url(&self.events_dlq_url)
            .message_body(body)
            .send()
            .await
            .unwrap();
    }

    /// Messages in a queue, visible or not (SQS's approximate counts; exact on moto).
    pub async fn queue_len(&self, url: &str) -> u64 {
        let attrs = self
            .clients
            .sqs
            .get_queue_attributes()
            .queue_url(url)
            .attribute_names(QueueAttributeName::ApproximateNumberOfMessages)
            .attribute_names(QueueAttributeName::ApproximateNumberOfMessagesNotVisible)
            .send()
            .await
            .unwrap()
            .attributes
            .unwrap_or_default();
        attrs.values().map(|v| v.parse::<u64>().unwrap_or(0)).sum()
    }

    pub async fn delete_events(&self, messages: &[Message], failed: &[String]) {
        for m in messages {
            if failed.iter().any(|f| Some(f.as_str()) == m.message_id()) {
                continue;
            }
            self.clients
                .sqs
                .delete_message()
                .queue_url(&self.events_url)
                .receipt_handle(m.receipt_handle().unwrap())
                .send()
                .await
                .unwrap();
        }
    }

    /// What the on-complete function is in production: S3 events from the queue, in batches,
    /// into its handler; the messages it did not list as failed are deleted. Runs until
    /// `stop`, then returns every event batch it handed over.
    pub async fn pump_events(&self, function: &OnComplete, stop: tokio_util::sync::CancellationToken) -> Vec<Value> {
        let mut handled = Vec::new();
        while !stop.is_cancelled() {
            let messages = self.receive_events(Duration::from_secs(1)).await;
            if messages.is_empty() {
                continue;
            }
            let event = self.sqs_event(&messages);
            let Response::Batch(response) = function.handle_payload(&event).await.unwrap() else {
                panic!("an SQS event is answered with a batch response");
            };
            let failed: Vec<String> = response
                .batch_item_failures
                .iter()
                .map(|f| f.item_identifier.clone())
                .collect();
            assert!(failed.is_empty(), "records failed: {failed:?} of {event}");
            self.delete_events(&messages, &failed).await;
            handled.push(event);
        }
        handled
    }
}

/// A running fleet-worker.
pub struct WorkerProcess {
    pub child: Child,
    pub log: PathBuf,
}

impl WorkerProcess {
    pub fn pid(&self) -> nix::unistd::Pid {
        nix::unistd::Pid::from_raw(self.child.id() as i32)
    }

    /// Waits for the process to exit by itself.
    pub async fn exit(&mut self, timeout: Duration) -> ExitStatus {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "fleet-worker did not exit within {timeout:?}; its log:\n{}",
                self.log_text()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// The JSON lines of its log.
    pub fn log_lines(&self) -> Vec<Value> {
        self.log_text()
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }
}

impl Drop for WorkerProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The lines of a run log the test's commands append to: `{task_id} {attempt}` each.
pub fn runs(path: &Path) -> BTreeMap<String, Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in text.lines() {
        let mut parts = line.split_whitespace();
        if let (Some(task), Some(attempt)) = (parts.next(), parts.next()) {
            out.entry(task.to_owned()).or_default().push(attempt.to_owned());
        }
    }
    out
}

/// An exec job's spec: `sh -c script`.
pub fn exec_job(name: &JobName, script: &str, extra: Value) -> Value {
    let mut spec = json!({"name": name, "kind": "exec", "config": {"command": ["sh", "-c", script]}});
    if let Value::Object(extra) = extra {
        for (k, v) in extra {
            spec[k] = v;
        }
    }
    spec
}
