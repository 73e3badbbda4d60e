//! Two jobs, `b` depending on `a`, run end to end: the enqueue handler, real fleet-worker
//! processes on SQS and S3, and moto's S3 → SQS event notification feeding the on-complete
//! handler. Each worker accepts its own success, which is what starts `b`; the events that
//! follow are no-ops however often they come, and the backlog handler's metrics are in
//! CloudWatch.

use std::time::Duration;

use aws_sdk_cloudwatch::primitives::DateTime;
use aws_sdk_cloudwatch::types::{Dimension, DimensionFilter, Statistic};
use folio_aws::s3::parse_event_notification;
use folio_backlog::Backlog;
use folio_core::completion::CompletionOutcome;
use folio_core::metrics::{BACKLOG_SECONDS, DIMENSION_JOB, IN_FLIGHT_MESSAGES, RUNNING_WORKERS, VISIBLE_MESSAGES};
use folio_core::TaskStatus;
use folio_enqueue::Enqueue;
use folio_on_complete::{OnComplete, Response};
use nix::sys::signal::{kill, Signal};
use serde_json::{json, Value};
use tokio_util::sync::CancellationToken;

use crate::common::{self, exec_job, runs, wait_until, Stack};

const VOLUMES: usize = 20;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_jobs_run_through_s3_events_each_task_exactly_once() {
    let stack = Stack::new().await;
    let (a, b) = (common::unique_job(), common::unique_job());
    let runs_a = stack.dir.path().join("runs-a.log");
    let runs_b = stack.dir.path().join("runs-b.log");
    let script_a = format!(
        r#"ls "$FOLIO_INPUT_DIR" > "$FOLIO_OUTPUT_DIR/pages.txt" && echo "$FOLIO_TASK_ID $FOLIO_ATTEMPT" >> '{}'"#,
        runs_a.display()
    );
    // b reads a's winning output, staged from S3, or fails.
    let upstream = folio_jobs::exec::upstream_var(a.as_str());
    let script_b = format!(
        r#"wc -l < "${upstream}/pages.txt" > "$FOLIO_OUTPUT_DIR/count.txt" && echo "$FOLIO_TASK_ID $FOLIO_ATTEMPT" >> '{}'"#,
        runs_b.display()
    );
    let visibility = Duration::from_secs(30);
    let queues_a = stack.create_job(exec_job(&a, &script_a, json!({})), visibility).await;
    let queues_b = stack
        .create_job(exec_job(&b, &script_b, json!({"depends_on": [a]})), visibility)
        .await;
    let volumes: Vec<(String, String)> = (0..VOLUMES).map(|i| (format!("W{i:02}"), "I1".to_owned())).collect();
    stack.upload_images(&volumes, 2).await;

    // The enqueue handler, as an operator invokes it.
    let request = json!({
        "job": a,
        "volumes": volumes.iter().map(|(w, i)| json!({"w_id": w, "i_id": i, "etag": "e1", "nb_images": 2})).collect::<Vec<_>>(),
    });
    let enqueued = Enqueue::from_services(&stack.services).enqueue(&request).await.unwrap();
    assert_eq!((enqueued.created, enqueued.skipped), (VOLUMES as u64, 0));

    // The backlog tick sees the 20 messages and publishes them to CloudWatch.
    let report = Backlog::from_services(&stack.services).unwrap().run().await.unwrap();
    let row = report.tick.jobs.iter().find(|j| j.job == a).unwrap();
    assert_eq!((row.depth.visible, row.workers), (VOLUMES as u64, 0));
    assert_metrics_in_cloudwatch(&stack, a.as_str(), VOLUMES as f64).await;

    // Two workers for a, until they run out of work. The S3 events pile up unread: the
    // workers' own accepts start b.
    // a2 reads the database URL from Secrets Manager at start, as the deployed binaries do.
    let settings = [("FOLIO_LEASE_SECS", "30"), ("FOLIO_IDLE_POLLS", "3")];
    let secrets = aws_sdk_secretsmanager::Client::new(&folio_aws::load_sdk_config().await);
    let secret_arn = secrets
        .create_secret()
        .name(format!("folio-{a}-database-url"))
        .secret_string(&stack.db.url)
        .send()
        .await
        .unwrap()
        .arn
        .unwrap();
    let from_secret = [
        settings[0],
        settings[1],
        ("FOLIO_DATABASE_URL", ""),
        ("FOLIO_DATABASE_SECRET_ARN", secret_arn.as_str()),
    ];
    let mut a1 = stack.spawn_worker("a1", &a, &settings);
    let mut a2 = stack.spawn_worker("a2", &a, &from_secret);
    for w in [&mut a1, &mut a2] {
        let status = w.exit(Duration::from_secs(90)).await;
        assert_eq!(status.code(), Some(0), "{}", w.log_text());
    }
    let tasks_a = stack.tasks(&a).await;
    assert_eq!(tasks_a.len(), VOLUMES);
    assert!(tasks_a
        .iter()
        .all(|t| t.status == TaskStatus::Succeeded && t.attempt == 1));
    let released = stack.tasks(&b).await;
    assert_eq!(released.len(), VOLUMES, "every b task released without any S3 event");
    assert!(released.iter().all(|t| t.status == TaskStatus::Queued));
    // Both workers took part, and their JSON logs carry each task's identity.
    for w in [&a1, &a2] {
        let lines = w.log_lines();
        let done: Vec<&Value> = lines.iter().filter(|l| l["message"] == "task succeeded").collect();
        assert!(!done.is_empty(), "{}", w.log_text());
        for line in done {
            assert_eq!(line["span"]["job"], a.as_str(), "{line}");
            assert!(
                line["span"]["task_id"].is_string() || line["span"]["task_id"].is_number(),
                "{line}"
            );
            assert!(line["span"]["volume"].as_str().unwrap().ends_with("/I1@e1"), "{line}");
        }
    }

    // Now the on-complete function reads the events (each a duplicate of a worker's accept),
    // and two workers for b run.
    let on_complete = OnComplete::from_services(&stack.services).unwrap();
    let stop = CancellationToken::new();
    let settings = [("FOLIO_LEASE_SECS", "30"), ("FOLIO_IDLE_POLLS", "0")];
    let mut b1 = stack.spawn_worker("b1", &b, &settings);
    let mut b2 = stack.spawn_worker("b2", &b, &settings);
    let (batches, ()) = tokio::join!(stack.pump_events(&on_complete, stop.clone()), async {
        wait_until(Duration::from_secs(90), "every b task succeeds", || async {
            let tasks = stack.tasks(&b).await;
            tasks.len() == VOLUMES && tasks.iter().all(|t| t.status == TaskStatus::Succeeded)
        })
        .await;
        stop.cancel();
    });
    // SIGTERM drains: both exit 0.
    for w in [&mut b1, &mut b2] {
        kill(w.pid(), Signal::SIGTERM).unwrap();
        let status = w.exit(Duration::from_secs(30)).await;
        assert_eq!(status.code(), Some(0), "{}", w.log_text());
    }

    // Every task ran exactly once, and b read a's outputs.
    let tasks_b = stack.tasks(&b).await;
    assert!(tasks_b.iter().all(|t| t.attempt == 1), "{tasks_b:#?}");
    for (log, tasks) in [(&runs_a, &tasks_a), (&runs_b, &tasks_b)] {
        let ran = runs(log);
        assert_eq!(ran.len(), VOLUMES, "{ran:?}");
        for t in tasks.iter() {
            assert_eq!(ran.get(&t.id.to_string()), Some(&vec!["1".to_owned()]), "{ran:?}");
        }
    }
    let count = stack
        .clients
        .s3
        .get_object()
        .bucket(&stack.bucket)
        .key(format!("runs/{b}/W07/I1/e1/a1/count.txt"))
        .send()
        .await
        .unwrap();
    let count = count.body.collect().await.unwrap().into_bytes();
    assert_eq!(String::from_utf8_lossy(&count).trim(), "2");

    // A duplicated S3 event (S3 delivers at least once): nothing is enqueued twice.
    let batch = batches
        .iter()
        .find(|e| e.to_string().contains(&format!("runs%2F{a}%2F")))
        .expect("a batch of a's events")
        .clone();
    let Response::Batch(again) = on_complete.handle_payload(&batch).await.unwrap() else {
        panic!("a batch response")
    };
    assert!(again.batch_item_failures.is_empty());
    let body = batch["Records"][0]["body"].as_str().unwrap();
    for event in parse_event_notification(body).unwrap() {
        let outcome = on_complete.object_created(&event).await.unwrap();
        assert!(matches!(outcome, CompletionOutcome::Duplicate { .. }), "{outcome:?}");
    }
    assert_eq!(stack.tasks(&b).await, tasks_b, "b's tasks are unchanged");
    let counts = stack.services.queue.counts(&b).await.unwrap();
    assert_eq!((counts.visible, counts.in_flight, counts.dead_letters), (0, 0, 0));
    for queues in [&queues_a, &queues_b] {
        assert!(queues.queue_url.contains("-tasks"));
    }
}

async fn assert_metrics_in_cloudwatch(stack: &Stack, job: &str, visible: f64) {
    let cw = &stack.clients.cloudwatch;
    let listed = cw
        .list_metrics()
        .namespace("Folio")
        .dimensions(DimensionFilter::builder().name(DIMENSION_JOB).value(job).build())
        .send()
        .await
        .unwrap();
    let mut names: Vec<&str> = listed.metrics().iter().filter_map(|m| m.metric_name()).collect();
    names.sort();
    names.dedup();
    assert_eq!(
        names,
        [BACKLOG_SECONDS, IN_FLIGHT_MESSAGES, RUNNING_WORKERS, VISIBLE_MESSAGES]
    );
    let now = chrono::Utc::now().timestamp();
    let stats = cw
        .get_metric_statistics()
        .namespace("Folio")
        .metric_name(VISIBLE_MESSAGES)
        .dimensions(Dimension::builder().name(DIMENSION_JOB).value(job).build())
        .start_time(DateTime::from_secs(now - 600))
        .end_time(DateTime::from_secs(now + 600))
        .period(60)
        .statistics(Statistic::Maximum)
        .send()
        .await
        .unwrap();
    assert_eq!(stats.datapoints().first().and_then(|p| p.maximum()), Some(visible));
}
