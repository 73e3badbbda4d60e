//! A success event that on-complete keeps failing ends in the events' dead-letter queue, and
//! the backlog tick settles it: the success.json of a worker that aborted between writing it
//! and accepting it is accepted there (its dependent released), and a letter that can never be
//! settled is removed, so the queue is left empty.

use std::os::unix::process::ExitStatusExt;
use std::time::{Duration, Instant};

use folio_backlog::{Backlog, SettledEvents};
use folio_core::TaskStatus;
use folio_enqueue::Enqueue;
use nix::sys::signal::Signal;
use serde_json::json;

use crate::common::{self, exec_job, Stack, EVENT_RECEIVES};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tick_accepts_a_dead_lettered_success_event_that_no_worker_accepted() {
    let stack = Stack::new().await;
    let (a, b) = (common::unique_job(), common::unique_job());
    let script = r#"echo done > "$FOLIO_OUTPUT_DIR/out.txt""#;
    let visibility = Duration::from_secs(30);
    stack.create_job(exec_job(&a, script, json!({})), visibility).await;
    stack
        .create_job(exec_job(&b, script, json!({"depends_on": [a]})), visibility)
        .await;
    stack.upload_images(&[("W1".into(), "I1".into())], 1).await;
    let request = json!({"job": a, "volumes": [{"w_id": "W1", "i_id": "I1", "etag": "e1"}]});
    let task = Enqueue::from_services(&stack.services)
        .enqueue(&request)
        .await
        .unwrap()
        .task_ids[0];

    // The worker writes the attempt's success.json and dies before accepting it.
    let mut worker = stack.spawn_worker(
        "aborts",
        &a,
        &[("FOLIO_FAULT_ABORT_BEFORE_ACCEPT", "1"), ("FOLIO_IDLE_POLLS", "0")],
    );
    let status = worker.exit(Duration::from_secs(60)).await;
    assert_eq!(status.signal(), Some(Signal::SIGABRT as i32), "{}", worker.log_text());
    let record = stack.store().task(task).await.unwrap();
    assert_eq!((record.status, record.attempt), (TaskStatus::Running, 1));

    // On-complete fails every event (say the database is unreachable from it): after
    // EVENT_RECEIVES receives SQS sets each aside (S3's test event too).
    let mut receives = 0;
    let deadline = Instant::now() + Duration::from_secs(60);
    while stack.queue_len(&stack.events_url).await > 0 {
        assert!(
            Instant::now() < deadline,
            "the events never reached the dead-letter queue"
        );
        let messages = stack.receive_events(Duration::from_secs(1)).await;
        receives += messages
            .iter()
            .filter(|m| m.body().unwrap_or_default().contains("success.json"))
            .count() as u32;
        stack.return_events(&messages).await;
    }
    assert_eq!(receives, EVENT_RECEIVES);
    stack.dead_letter_event("this is not an S3 event").await;

    let backlog = Backlog::from_services(&stack.services).unwrap();
    let report = backlog.run().await.unwrap();
    let settled = &report.success_events;
    assert_eq!(
        (settled.outcomes.accepted, settled.discarded, settled.kept),
        (1, 1, 0),
        "{settled:?}"
    );
    let record = stack.store().task(task).await.unwrap();
    assert_eq!((record.status, record.attempt), (TaskStatus::Succeeded, 1));
    let downstream = stack.tasks(&b).await;
    assert_eq!(downstream.len(), 1, "the accept released b's task");
    assert_eq!(downstream[0].status, TaskStatus::Queued);
    assert_eq!(stack.queue_len(&stack.events_dlq_url).await, 0);

    // Nothing is left for the next tick.
    let again = backlog.run().await.unwrap();
    assert_eq!(again.success_events, SettledEvents::default());
}
