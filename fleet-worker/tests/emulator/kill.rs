//! A fleet worker killed with SIGKILL in the middle of a task loses nothing: the backlog tick
//! requeues the task once its heartbeat is stale, another worker finishes it once, and the
//! killed worker's late writes are refused (its success.json is stale, its completion fenced).

use std::time::{Duration, Instant};

use folio_aws::s3::parse_event_notification;
use folio_backlog::Backlog;
use folio_core::blob::{attempt_prefix, BlobKey, BlobStore, SuccessRecord};
use folio_core::completion::CompletionOutcome;
use folio_core::ports::{ErrorFilter, Fenced, Lease};
use folio_core::{TaskStatus, VolumeRef, WorkerId};
use folio_enqueue::Enqueue;
use folio_on_complete::OnComplete;
use nix::sys::signal::{kill, killpg, Signal};
use nix::unistd::Pid;
use serde_json::json;

use crate::common::{self, exec_job, wait_until, Stack};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_killed_mid_task_loses_nothing() {
    let stack = Stack::with_settings(&[("FOLIO_STALE_AFTER_SECS", "2")]).await;
    let job = common::unique_job();
    let ran = stack.dir.path().join("runs.log");
    // The first attempt hangs (its shell's pid is logged, to clean up after the kill).
    let script = format!(
        r#"echo "$FOLIO_TASK_ID $FOLIO_ATTEMPT $$" >> '{}'; if [ "$FOLIO_ATTEMPT" = 1 ]; then sleep 60; fi; echo done > "$FOLIO_OUTPUT_DIR/out.txt""#,
        ran.display()
    );
    stack
        .create_job(exec_job(&job, &script, json!({})), Duration::from_secs(2))
        .await;
    stack.upload_images(&[("W1".into(), "I1".into())], 1).await;
    let request = json!({"job": job, "volumes": [{"w_id": "W1", "i_id": "I1", "etag": "e1"}]});
    let task = Enqueue::from_services(&stack.services)
        .enqueue(&request)
        .await
        .unwrap()
        .task_ids[0];

    let settings = [("FOLIO_LEASE_SECS", "2"), ("FOLIO_IDLE_POLLS", "0")];
    let mut first = stack.spawn_worker("first", &job, &settings);
    wait_until(Duration::from_secs(30), "the first worker runs the task", || async {
        !std::fs::read_to_string(&ran).unwrap_or_default().is_empty()
    })
    .await;
    let owner = stack.store().task(task).await.unwrap().lease_owner.unwrap();
    kill(first.pid(), Signal::SIGKILL).unwrap();
    first.exit(Duration::from_secs(10)).await;
    let shell: i32 = std::fs::read_to_string(&ran)
        .unwrap()
        .split_whitespace()
        .nth(2)
        .unwrap()
        .parse()
        .unwrap();
    let _ = killpg(Pid::from_raw(shell), Signal::SIGKILL);

    // The message comes back when its visibility ends, but the task is still `running` under
    // the dead worker's lease; the backlog tick (every minute in production) requeues it once
    // its heartbeat is stale, and sends it afresh.
    let mut second = stack.spawn_worker("second", &job, &settings);
    let backlog = Backlog::from_services(&stack.services).unwrap();
    let mut reclaimed = 0;
    let deadline = Instant::now() + Duration::from_secs(40);
    while stack.store().task(task).await.unwrap().status != TaskStatus::Succeeded {
        assert!(Instant::now() < deadline, "the second worker did not finish the task");
        reclaimed += backlog.run().await.unwrap().tick.reclaimed.len();
        tokio::time::sleep(Duration::from_millis(400)).await;
    }
    assert_eq!(reclaimed, 1);
    let record = stack.store().task(task).await.unwrap();
    assert_eq!(record.attempt, 2);
    assert_ne!(record.lease_owner.as_deref(), Some(owner.as_str()));
    let attempts: Vec<String> = std::fs::read_to_string(&ran)
        .unwrap()
        .lines()
        .map(|l| l.split_whitespace().nth(1).unwrap().to_owned())
        .collect();
    assert_eq!(attempts, ["1", "2"], "each attempt ran once");
    let errors = stack
        .store()
        .errors(&ErrorFilter {
            task: Some(task),
            limit: 10,
            ..ErrorFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].message.contains("lease expired"), "{}", errors[0].message);

    // The killed worker's late writes: its completion is fenced out…
    let old = Lease {
        task_id: task,
        attempt: 1,
        worker: WorkerId(owner.clone()),
    };
    assert_eq!(
        stack.store().complete(&old, &json!({})).await.unwrap(),
        Fenced::LeaseLost
    );
    // …and a success.json for its attempt, written late, reaches on-complete through the S3
    // event path and is refused as stale.
    let artefacts = stack.services.artefacts("the test").unwrap();
    let volume = VolumeRef::new("W1", "I1", "e1").unwrap();
    let late = SuccessRecord {
        task_id: task,
        job: job.clone(),
        volume: Some(volume.clone()),
        attempt: 1,
        worker: owner,
        metrics: json!({"late": true}),
        artefacts: vec![],
    };
    let key: BlobKey = attempt_prefix(&job, Some(&volume), 1).join("success.json").unwrap();
    artefacts.put(&key, serde_json::to_vec(&late).unwrap()).await.unwrap();
    let on_complete = OnComplete::from_services(&stack.services).unwrap();
    let mut outcome = None;
    let deadline = Instant::now() + Duration::from_secs(20);
    while outcome.is_none() {
        assert!(
            Instant::now() < deadline,
            "the late success.json's event did not arrive"
        );
        for m in stack.receive_events(Duration::from_secs(1)).await {
            for event in parse_event_notification(m.body().unwrap()).unwrap() {
                if event.key.ends_with("/a1/success.json") {
                    outcome = Some(on_complete.object_created(&event).await.unwrap());
                }
            }
            stack.delete_events(std::slice::from_ref(&m), &[]).await;
        }
    }
    assert_eq!(
        outcome,
        Some(CompletionOutcome::Stale {
            task,
            attempt: 1,
            current_attempt: 2
        })
    );
    let after = stack.store().task(task).await.unwrap();
    assert_eq!((after.status, after.attempt), (TaskStatus::Succeeded, 2));
    assert_ne!(after.metrics.unwrap()["late"], json!(true));

    kill(second.pid(), Signal::SIGTERM).unwrap();
    let status = second.exit(Duration::from_secs(30)).await;
    assert_eq!(status.code(), Some(0), "{}", second.log_text());
}
