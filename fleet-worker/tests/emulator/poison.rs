//! A poison message (a body that is no task message, or one naming no task) goes to the job's
//! dead-letter queue with its reason, and the worker goes on with the real work. The worker
//! also runs as in ECS, with a task metadata endpoint, against an ECS API without task
//! protection (moto's): it warns and works on.

use std::time::Duration;

use aws_sdk_sqs::types::MessageSystemAttributeName;
use folio_aws::sqs::REASON_ATTRIBUTE;
use folio_core::TaskStatus;
use folio_enqueue::Enqueue;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::{self, exec_job, Stack};

/// A stand-in for ECS's task metadata endpoint; returns its URI.
async fn metadata_endpoint() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let uri = format!("http://{}/v4/0123456789", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut buf = [0u8; 2048];
            let _ = socket.read(&mut buf).await;
            let body = r#"{"Cluster":"folio-fleet","TaskARN":"arn:aws:ecs:us-east-1:123456789012:task/folio-fleet/0123456789","Family":"fleet-worker"}"#;
            let response = format!("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{body}");
            let _ = socket.write_all(response.as_bytes()).await;
        }
    });
    uri
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_poison_message_goes_to_the_dead_letter_queue_with_its_reason() {
    let stack = Stack::new().await;
    let job = common::unique_job();
    let queues = stack
        .create_job(exec_job(&job, "true", json!({})), Duration::from_secs(30))
        .await;
    let sqs = &stack.clients.sqs;
    for body in [
        "this is not a task".to_owned(),
        json!({"v": 1, "task_id": 987654, "job": job, "volume": null, "attempt": 0}).to_string(),
    ] {
        sqs.send_message()
            .queue_url(&queues.queue_url)
            .message_body(body)
            .send()
            .await
            .unwrap();
    }
    stack
        .upload_images(&[("W1".into(), "I1".into()), ("W2".into(), "I1".into())], 1)
        .await;
    let request = json!({"job": job, "volumes": [
        {"w_id": "W1", "i_id": "I1", "etag": "e1"}, {"w_id": "W2", "i_id": "I1", "etag": "e1"}]});
    Enqueue::from_services(&stack.services).enqueue(&request).await.unwrap();

    let metadata = metadata_endpoint().await;
    let mut worker = stack.spawn_worker(
        "w",
        &job,
        &[("FOLIO_IDLE_POLLS", "2"), ("ECS_CONTAINER_METADATA_URI_V4", &metadata)],
    );
    let status = worker.exit(Duration::from_secs(60)).await;
    assert_eq!(status.code(), Some(0), "{}", worker.log_text());

    let tasks = stack.tasks(&job).await;
    assert_eq!(tasks.len(), 2);
    assert!(tasks.iter().all(|t| t.status == TaskStatus::Succeeded), "{tasks:#?}");

    let mut reasons = Vec::new();
    for _ in 0..5 {
        let out = sqs
            .receive_message()
            .queue_url(&queues.dlq_url)
            .max_number_of_messages(10)
            .message_attribute_names("All")
            .message_system_attribute_names(MessageSystemAttributeName::All)
            .wait_time_seconds(1)
            .send()
            .await
            .unwrap();
        for m in out.messages() {
            let reason = m.message_attributes().unwrap()[REASON_ATTRIBUTE]
                .string_value()
                .unwrap()
                .to_owned();
            reasons.push((m.body().unwrap().to_owned(), reason));
        }
        if reasons.len() >= 2 {
            break;
        }
    }
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    let reason_of = |start: &str| {
        reasons
            .iter()
            .find(|(body, _)| body.starts_with(start))
            .map(|(_, reason)| reason.clone())
            .unwrap_or_else(|| panic!("no dead letter starting {start:?} in {reasons:?}"))
    };
    assert!(
        reason_of("this is not a task").contains("not a folio task message"),
        "{reasons:?}"
    );
    assert!(reason_of("{").contains("task 987654 does not exist"), "{reasons:?}");

    // It ran as ECS task 0123456789, and worked on without scale-in protection.
    let log = worker.log_text();
    assert!(
        log.contains("arn:aws:ecs:us-east-1:123456789012:task/folio-fleet/0123456789"),
        "{log}"
    );
    assert!(log.contains("could not set ECS scale-in protection"), "{log}");
}
