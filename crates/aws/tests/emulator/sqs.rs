//! `SqsQueue` against moto's SQS and a real PostgreSQL task store.

use std::sync::Arc;
use std::time::Duration;

use aws_sdk_sqs::types::{MessageSystemAttributeName, QueueAttributeName};
use folio_aws::sqs::{ensure_job_queues, JobQueues, QueueSettings, SqsError, SqsQueue, REASON_ATTRIBUTE};
use folio_core::ids::VolumeSpec;
use folio_core::message::TaskMessage;
use folio_core::ports::{flush_outbox, Queue, QueueStats, TaskStore};
use folio_core::{JobName, JobStatus, TaskStatus, WorkerId};

use crate::common::{self, TestDb};

const LEASE: Duration = Duration::from_secs(60);

fn volumes(n: usize) -> Vec<VolumeSpec> {
    (0..n)
        .map(|i| {
            serde_json::from_value(
                serde_json::json!({ "w_id": "W1", "i_id": format!("I{i:03}"), "etag": "e1", "nb_images": 10 }),
            )
            .unwrap()
        })
        .collect()
}

struct Setup {
    db: TestDb,
    job: JobName,
    queues: JobQueues,
    queue: SqsQueue,
    client: aws_sdk_sqs::Client,
}

/// A job in a fresh store, its queues made and recorded, and a queue polling it quickly.
async fn setup() -> Setup {
    let aws = common::aws().await;
    let db = common::postgres().await;
    let job = common::unique_job();
    db.store.create_jobs(&[common::job_spec(&job)]).await.unwrap();
    let queues = ensure_job_queues(&aws.clients.sqs, &job, &QueueSettings::default())
        .await
        .unwrap();
    db.store
        .set_job_queues(&job, &queues.queue_url, &queues.dlq_url)
        .await
        .unwrap();
    let queue = SqsQueue::new(aws.clients.sqs.clone(), db.store.clone())
        .polling(job.clone())
        .wait_time(Duration::from_secs(1));
    Setup {
        db,
        job,
        queues,
        queue,
        client: aws.clients.sqs,
    }
}

async fn attributes(client: &aws_sdk_sqs::Client, url: &str) -> std::collections::HashMap<QueueAttributeName, String> {
    client
        .get_queue_attributes()
        .queue_url(url)
        .attribute_names(QueueAttributeName::All)
        .send()
        .await
        .unwrap()
        .attributes
        .unwrap_or_default()
}

fn worker(name: &str) -> WorkerId {
    WorkerId(name.to_owned())
}

#[tokio::test]
async fn job_queues_are_made_once_with_a_redrive_policy_and_settings_can_change() {
    let aws = common::aws().await;
    let client = &aws.clients.sqs;
    let job = common::unique_job();
    let first = ensure_job_queues(client, &job, &QueueSettings::default())
        .await
        .unwrap();
    assert!(
        first.queue_url.ends_with(&format!("/folio-{job}-tasks")),
        "{}",
        first.queue_url
    );
    assert!(
        first.dlq_url.ends_with(&format!("/folio-{job}-dlq")),
        "{}",
        first.dlq_url
    );
    let again = ensure_job_queues(client, &job, &QueueSettings::default())
        .await
        .unwrap();
    assert_eq!(again, first);

    let attrs = attributes(client, &first.queue_url).await;
    let dlq_arn = attributes(client, &first.dlq_url).await[&QueueAttributeName::QueueArn].clone();
    let policy: serde_json::Value = serde_json::from_str(&attrs[&QueueAttributeName::RedrivePolicy]).unwrap();
    assert_eq!(policy["deadLetterTargetArn"], dlq_arn.as_str());
    assert_eq!(policy["maxReceiveCount"].to_string().trim_matches('"'), "3");
    assert_eq!(attrs[&QueueAttributeName::VisibilityTimeout], "300");
    assert_eq!(attrs[&QueueAttributeName::MessageRetentionPeriod], "1209600");
    assert_eq!(attrs[&QueueAttributeName::ReceiveMessageWaitTimeSeconds], "20");

    // Different settings on existing queues: the same queues, with the new settings.
    let changed = QueueSettings {
        visibility: Duration::from_secs(120),
        ..QueueSettings::default()
    };
    let third = ensure_job_queues(client, &job, &changed).await.unwrap();
    assert_eq!(third, first);
    assert_eq!(
        attributes(client, &first.queue_url).await[&QueueAttributeName::VisibilityTimeout],
        "120"
    );
}

#[tokio::test]
async fn tasks_travel_send_receive_claim_extend_release_and_ack() {
    let s = setup().await;
    let enqueued = s.db.store.enqueue(&s.job, &volumes(12), false).await.unwrap();
    assert_eq!(enqueued.created, 12);
    // The outbox sends all twelve (a batch of ten and one of two) and marks them sent.
    assert_eq!(flush_outbox(s.db.store.as_ref(), &s.queue).await.unwrap(), 12);
    assert!(s.db.store.owed_sends(100, 100).await.unwrap().is_empty());
    let depth = s.queue.counts(&s.job).await.unwrap();
    assert_eq!((depth.visible, depth.in_flight, depth.dead_letters), (12, 0, 0));
    // The same figures through the port the backlog tick and the provisioner read.
    let row = s.db.store.job(&s.job).await.unwrap();
    let port = QueueStats::depth(&s.queue, &row).await.unwrap();
    assert_eq!((port.visible, port.in_flight), (12, 0));

    let w = worker("w1");
    let d = s.queue.receive(&w, LEASE).await.unwrap().expect("a delivery");
    assert_eq!(d.claim.job, s.job);
    assert_eq!(d.claim.lease.attempt, 1);
    let task = s.db.store.task(d.claim.lease.task_id).await.unwrap();
    assert_eq!(task.status, TaskStatus::Running);
    assert_eq!(task.lease_owner.as_deref(), Some("w1"));
    d.receipt.extend(Duration::from_secs(120)).await.unwrap();
    let depth = s.queue.counts(&s.job).await.unwrap();
    assert_eq!((depth.visible, depth.in_flight), (11, 1));

    // Handing back: the store owes a fresh message, the old one is deleted, and the outbox
    // sends the new one: the task never depends on the old message surviving.
    s.db.store.release(&d.claim.lease, Duration::ZERO, 10).await.unwrap();
    d.receipt.ack().await.unwrap();
    assert_eq!(flush_outbox(s.db.store.as_ref(), &s.queue).await.unwrap(), 1);
    assert_eq!(s.queue.counts(&s.job).await.unwrap().visible, 12);

    // Drain the queue: every task claimed exactly once, every message deleted.
    let mut seen = std::collections::BTreeSet::new();
    while let Some(d) = s.queue.receive(&w, LEASE).await.unwrap() {
        assert!(
            seen.insert(d.claim.lease.task_id),
            "task {} delivered twice",
            d.claim.lease.task_id
        );
        s.db.store
            .complete(&d.claim.lease, &serde_json::json!({}))
            .await
            .unwrap();
        d.receipt.ack().await.unwrap();
    }
    assert_eq!(seen.len(), 12);
    let depth = s.queue.counts(&s.job).await.unwrap();
    assert_eq!((depth.visible, depth.in_flight, depth.dead_letters), (0, 0, 0));
    let stats = s.db.store.stats(&s.job, Duration::from_secs(3600)).await.unwrap();
    assert_eq!(stats.count(TaskStatus::Succeeded), 12);
}

#[tokio::test]
async fn a_poison_body_goes_to_the_dlq_with_its_reason_and_receive_goes_on() {
    let s = setup().await;
    for body in ["not json", r#"{"v":2,"task_id":1,"job":"x","volume":null,"attempt":0}"#] {
        s.client
            .send_message()
            .queue_url(&s.queues.queue_url)
            .message_body(body)
            .send()
            .await
            .unwrap();
    }
    s.db.store.enqueue(&s.job, &volumes(1), false).await.unwrap();
    flush_outbox(s.db.store.as_ref(), &s.queue).await.unwrap();

    // Whatever the order, a receive sets bad bodies aside and delivers the good one, and the
    // next one sets aside any left and finds nothing more.
    let d = s
        .queue
        .receive(&worker("w1"), LEASE)
        .await
        .unwrap()
        .expect("the good message, past the poison ones");
    d.receipt.ack().await.unwrap();
    assert!(s.queue.receive(&worker("w1"), LEASE).await.unwrap().is_none());

    let dead = s
        .client
        .receive_message()
        .queue_url(&s.queues.dlq_url)
        .max_number_of_messages(10)
        .message_attribute_names("All")
        .wait_time_seconds(1)
        .send()
        .await
        .unwrap()
        .messages
        .unwrap_or_default();
    let reasons: std::collections::BTreeMap<String, String> = dead
        .iter()
        .map(|m| {
            let reason = m
                .message_attributes
                .as_ref()
                .and_then(|a| a.get(REASON_ATTRIBUTE))
                .and_then(|v| v.string_value.clone());
            (m.body.clone().unwrap_or_default(), reason.unwrap_or_default())
        })
        .collect();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(reasons["not json"].contains("not a folio task message"), "{reasons:?}");
    let v2 = r#"{"v":2,"task_id":1,"job":"x","volume":null,"attempt":0}"#;
    assert!(reasons[v2].contains("version 2 is not supported"), "{reasons:?}");
    let depth = s.queue.counts(&s.job).await.unwrap();
    assert_eq!((depth.visible, depth.in_flight), (0, 0));
}

#[tokio::test]
async fn a_message_for_a_finished_task_is_deleted_and_one_for_an_unknown_task_is_dead_lettered() {
    let s = setup().await;
    let out = s.db.store.enqueue(&s.job, &volumes(1), false).await.unwrap();
    flush_outbox(s.db.store.as_ref(), &s.queue).await.unwrap();
    let d = s.queue.receive(&worker("w1"), LEASE).await.unwrap().unwrap();
    s.db.store
        .complete(&d.claim.lease, &serde_json::json!({}))
        .await
        .unwrap();
    d.receipt.ack().await.unwrap();

    // A duplicate of its message (an outbox re-send, an at-least-once redelivery).
    let task = s.db.store.task(out.task_ids[0]).await.unwrap();
    let duplicate = TaskMessage::new(task.id, s.job.clone(), task.volume.clone(), 1);
    s.queue.send(&[duplicate]).await.unwrap();
    assert_eq!(s.queue.counts(&s.job).await.unwrap().visible, 1);
    assert!(s.queue.receive(&worker("w2"), LEASE).await.unwrap().is_none());
    let depth = s.queue.counts(&s.job).await.unwrap();
    assert_eq!((depth.visible, depth.in_flight, depth.dead_letters), (0, 0, 0));
    assert_eq!(s.db.store.task(task.id).await.unwrap().status, TaskStatus::Succeeded);

    // A task id the store never had.
    let ghost = TaskMessage::new(folio_core::TaskId(999_999), s.job.clone(), None, 0);
    s.queue.send(&[ghost]).await.unwrap();
    assert!(s.queue.receive(&worker("w2"), LEASE).await.unwrap().is_none());
    assert_eq!(s.queue.counts(&s.job).await.unwrap().dead_letters, 1);
}

#[tokio::test]
async fn a_paused_job_leaves_its_messages_alone() {
    let s = setup().await;
    s.db.store.enqueue(&s.job, &volumes(2), false).await.unwrap();
    flush_outbox(s.db.store.as_ref(), &s.queue).await.unwrap();
    s.db.store.set_job_status(&s.job, JobStatus::Paused).await.unwrap();
    assert!(s.queue.receive(&worker("w1"), LEASE).await.unwrap().is_none());
    let depth = s.queue.counts(&s.job).await.unwrap();
    assert_eq!((depth.visible, depth.in_flight), (2, 0));
    // Nothing was received, so nothing counts towards the redrive to the dead-letter queue.
    let msgs = s
        .client
        .receive_message()
        .queue_url(&s.queues.queue_url)
        .max_number_of_messages(10)
        .message_system_attribute_names(MessageSystemAttributeName::ApproximateReceiveCount)
        .visibility_timeout(0)
        .send()
        .await
        .unwrap()
        .messages
        .unwrap_or_default();
    for m in msgs {
        assert_eq!(
            m.attributes.unwrap()[&MessageSystemAttributeName::ApproximateReceiveCount],
            "1"
        );
    }
}

#[tokio::test]
async fn the_dead_letter_queue_redrives_into_the_task_queue() {
    let s = setup().await;
    for i in 0..13 {
        s.client
            .send_message()
            .queue_url(&s.queues.dlq_url)
            .message_body(format!("dead {i}"))
            .send()
            .await
            .unwrap();
    }
    assert_eq!(s.queue.counts(&s.job).await.unwrap().dead_letters, 13);
    assert_eq!(s.queue.redrive_dlq(&s.job).await.unwrap(), 13);
    let depth = s.queue.counts(&s.job).await.unwrap();
    assert_eq!((depth.visible, depth.dead_letters), (13, 0));
}

#[tokio::test]
async fn a_job_without_queues_is_named_in_the_error() {
    let aws = common::aws().await;
    let db = common::postgres().await;
    let job = common::unique_job();
    db.store.create_jobs(&[common::job_spec(&job)]).await.unwrap();
    let store: Arc<dyn TaskStore> = db.store.clone();
    let queue = SqsQueue::new(aws.clients.sqs.clone(), store);
    let msg = TaskMessage::new(folio_core::TaskId(1), job.clone(), None, 0);
    let err = queue.job_queues(&job).await.unwrap_err();
    assert!(matches!(err, SqsError::NoQueues(_)));
    assert!(!err.is_retryable());
    let err = queue.send(&[msg]).await.unwrap_err().to_string();
    assert!(err.contains(job.as_str()) && err.contains("set_job_queues"), "{err}");
    let Err(err) = queue.receive(&worker("w"), LEASE).await else {
        panic!("a queue that polls no job received a message");
    };
    assert!(err.to_string().contains("polling"), "{err}");
}
