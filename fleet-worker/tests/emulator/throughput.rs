//! The enqueue function's throughput for 10,000 volumes, into PostgreSQL and SQS against the
//! emulator, and into PostgreSQL alone (the database queue) for comparison. Against moto the
//! figure is moto's speed, not AWS's: its SendMessageBatch slows down as a queue fills (each
//! call costs time in proportion to the messages already queued). Measurements, so they run on
//! demand: `cargo test -p fleet-worker --features emulator-tests --test emulator -- --ignored
//! --nocapture`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use folio_enqueue::{Enqueue, S3Manifests};
use folio_store::DbQueue;
use serde_json::{json, Value};

use crate::common::{self, exec_job, Stack};

const VOLUMES: usize = 10_000;

fn request(job: &folio_core::JobName) -> Value {
    let volumes: Vec<Value> = (0..VOLUMES)
        .map(|i| json!({"w_id": format!("W{:03}", i / 100), "i_id": format!("I{:02}", i % 100), "etag": "e1", "nb_images": 300}))
        .collect();
    json!({"job": job, "volumes": volumes})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement against the emulator (about 14 minutes here); run it with --ignored"]
async fn enqueue_throughput_into_postgres_and_sqs() {
    let stack = Stack::new().await;
    let job = common::unique_job();
    stack
        .create_job(exec_job(&job, "true", json!({})), Duration::from_secs(300))
        .await;
    let request = request(&job);
    let function = Enqueue::from_services(&stack.services);

    let started = Instant::now();
    let answer = function.enqueue(&request).await.unwrap();
    let elapsed = started.elapsed();

    assert_eq!(answer.created, VOLUMES as u64);
    assert!(
        stack.store().owed_sends(1, 1).await.unwrap().is_empty(),
        "every send made"
    );
    let counts = stack.services.queue.counts(&job).await.unwrap();
    assert_eq!(counts.visible, VOLUMES as u64);
    println!(
        "enqueue of {VOLUMES} volumes into PostgreSQL and SQS (moto 5.2.5): {:.2} s, {:.0} volumes/s",
        elapsed.as_secs_f64(),
        VOLUMES as f64 / elapsed.as_secs_f64()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement; run it with --ignored"]
async fn enqueue_throughput_into_postgres_alone() {
    let stack = Stack::new().await;
    let job = common::unique_job();
    let spec = serde_json::from_value(exec_job(&job, "true", json!({}))).unwrap();
    stack.store().create_jobs(&[spec]).await.unwrap();
    let store = stack.store().clone();
    let queue = Arc::new(DbQueue::new(store.clone(), None, Duration::from_millis(10)));
    let manifests = Arc::new(S3Manifests::new(stack.clients.s3.clone()));
    let function = Enqueue::new(store, queue, manifests);

    let started = Instant::now();
    let answer = function.enqueue(&request(&job)).await.unwrap();
    let elapsed = started.elapsed();

    assert_eq!(answer.created, VOLUMES as u64);
    assert!(
        stack.store().owed_sends(1, 1).await.unwrap().is_empty(),
        "every send recorded"
    );
    println!(
        "enqueue of {VOLUMES} volumes into PostgreSQL, the database queue: {:.2} s, {:.0} volumes/s",
        elapsed.as_secs_f64(),
        VOLUMES as f64 / elapsed.as_secs_f64()
    );
}
