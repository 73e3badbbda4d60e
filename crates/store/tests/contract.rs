//! The `TaskStore` contract, run against both adapters: every test below runs once on a fresh
//! SQLite file and once on a fresh PostgreSQL database.

#[macro_use]
mod common;

use std::collections::HashSet;
use std::time::Duration;

use common::{name, spec, worker, TestStore};
use folio_core::ids::VolumeSpec;
use folio_core::job::JobStatus;
use folio_core::ports::*;
use folio_core::{FailureKind, TaskId, TaskStatus, VolumeRef, WorkerState};

const LEASE: Duration = Duration::from_secs(60);

fn vol(w: &str, etag: &str) -> VolumeSpec {
    VolumeSpec {
        volume: VolumeRef::new(w, "I1", etag).unwrap(),
        nb_images: 4,
    }
}

/// A lease to read a task's inputs with, for a task no worker holds.
fn reader(task: TaskId) -> Lease {
    Lease {
        task_id: task,
        attempt: 0,
        worker: worker("reader"),
    }
}

async fn claim(t: &TestStore, job: &str, w: &str) -> Claim {
    t.store
        .claim_next(Some(&[name(job)]), &worker(w), LEASE)
        .await
        .unwrap()
        .expect("a claimable task")
}

/// Claims the next task of `job` and accepts its success.json, as a worker and the
/// completion handler do together.
async fn finish(t: &TestStore, job: &str) -> (Claim, Acceptance) {
    let c = claim(t, job, "w-finish").await;
    let a = t
        .store
        .accept_success(c.lease.task_id, c.lease.attempt, &serde_json::json!({}))
        .await
        .unwrap();
    assert_eq!(
        t.store
            .complete(&c.lease, &serde_json::json!({"pages": 4}))
            .await
            .unwrap(),
        Fenced::Applied(())
    );
    (c, a)
}

async fn statuses(t: &TestStore, job: &str) -> Vec<TaskStatus> {
    let filter = TaskFilter {
        job: Some(name(job)),
        ..Default::default()
    };
    t.store
        .tasks(&filter)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.status)
        .collect()
}

async fn enqueue_skips_done_work_and_a_new_etag_is_new_work(t: TestStore) {
    t.store.create_jobs(&[spec("ocr", &[], false)]).await.unwrap();
    let first = t
        .store
        .enqueue(
            &name("ocr"),
            &[vol("W1", "e1"), vol("W2", "e1"), vol("W1", "e1")],
            false,
        )
        .await
        .unwrap();
    assert_eq!((first.created, first.skipped, first.task_ids.len()), (2, 1, 2));
    let again = t
        .store
        .enqueue(&name("ocr"), &[vol("W1", "e1"), vol("W2", "e1")], false)
        .await
        .unwrap();
    assert_eq!((again.created, again.skipped), (0, 2));
    let new_etag = t.store.enqueue(&name("ocr"), &[vol("W1", "e2")], false).await.unwrap();
    assert_eq!(new_etag.created, 1);
    finish(&t, "ocr").await;
    let done = t.store.enqueue(&name("ocr"), &[vol("W1", "e1")], false).await.unwrap();
    assert_eq!((done.created, done.skipped), (0, 1));
    let forced = t.store.enqueue(&name("ocr"), &[vol("W1", "e1")], true).await.unwrap();
    assert_eq!((forced.created, forced.task_ids), (1, first.task_ids[..1].to_vec()));
    let rerun = t.store.task(first.task_ids[0]).await.unwrap();
    assert_eq!(
        (rerun.status, rerun.attempt, rerun.max_attempts),
        (TaskStatus::Queued, 1, 3)
    );
    let unknown = t
        .store
        .enqueue(&name("nope"), &[vol("W1", "e1")], false)
        .await
        .unwrap_err();
    assert!(unknown.to_string().contains("unknown job 'nope'"), "{unknown}");
}

async fn claims_are_exclusive_oldest_first_and_skip_paused_jobs(t: TestStore) {
    t.store
        .create_jobs(&[spec("ocr", &[], false), spec("other", &[], false)])
        .await
        .unwrap();
    let vols: Vec<VolumeSpec> = (0..20).map(|i| vol(&format!("W{i}"), "e")).collect();
    let ids = t.store.enqueue(&name("ocr"), &vols, false).await.unwrap().task_ids;
    t.store.enqueue(&name("other"), &[vol("X", "e")], false).await.unwrap();
    t.store.set_job_status(&name("other"), JobStatus::Paused).await.unwrap();
    let first = t.store.claim_next(None, &worker("a"), LEASE).await.unwrap().unwrap();
    assert_eq!(
        (first.lease.task_id, first.lease.attempt, first.nb_images),
        (ids[0], 1, 4)
    );
    assert_eq!(first.volume.as_ref().unwrap().w_id, "W0");
    // Eight workers race for the other nineteen tasks: each task goes to exactly one of them.
    let mut handles = Vec::new();
    for w in 0..8 {
        let store = t.store.clone();
        handles.push(tokio::spawn(async move {
            let mut mine = Vec::new();
            while let Some(c) = store.claim_next(None, &worker(&format!("w{w}")), LEASE).await.unwrap() {
                mine.push(c.lease.task_id);
            }
            mine
        }));
    }
    let mut claimed = Vec::new();
    for h in handles {
        claimed.extend(h.await.unwrap());
    }
    let unique: HashSet<TaskId> = claimed.iter().copied().collect();
    assert_eq!((claimed.len(), unique.len()), (19, 19));
    assert!(!unique.contains(&first.lease.task_id));
    // The paused job's task is still there, unclaimed, until it resumes.
    assert_eq!(statuses(&t, "other").await, [TaskStatus::Queued]);
    t.store.set_job_status(&name("other"), JobStatus::Active).await.unwrap();
    assert_eq!(claim(&t, "other", "z").await.job, name("other"));
}

async fn heartbeats_renew_and_every_write_is_fenced(t: TestStore) {
    t.store.create_jobs(&[spec("ocr", &[], false)]).await.unwrap();
    t.store.enqueue(&name("ocr"), &[vol("W1", "e")], false).await.unwrap();
    let c = claim(&t, "ocr", "a").await;
    t.clock.advance(Duration::from_secs(50));
    assert!(t.store.heartbeat(&c.lease, LEASE).await.unwrap());
    let renewed = t.store.task(c.lease.task_id).await.unwrap();
    assert_eq!(renewed.heartbeat_at, Some(t.clock_now()));
    let impostor = Lease {
        worker: worker("b"),
        ..c.lease.clone()
    };
    assert!(!t.store.heartbeat(&impostor, LEASE).await.unwrap());
    assert_eq!(
        t.store.complete(&impostor, &serde_json::json!({})).await.unwrap(),
        Fenced::LeaseLost
    );
    // The heartbeat stops; another worker takes over after the lease expires.
    t.clock.advance(Duration::from_secs(61));
    assert_eq!(
        t.store.reclaim_expired(LEASE).await.unwrap(),
        [(c.lease.task_id, TaskStatus::Failed)]
    );
    let c2 = claim(&t, "ocr", "b").await;
    assert_eq!(c2.lease.attempt, 2);
    // The first worker wakes up: nothing it writes lands.
    assert!(!t.store.heartbeat(&c.lease, LEASE).await.unwrap());
    assert_eq!(
        t.store.complete(&c.lease, &serde_json::json!({})).await.unwrap(),
        Fenced::LeaseLost
    );
    let failure = Failure {
        kind: FailureKind::Terminal,
        message: "late".into(),
    };
    assert_eq!(
        t.store.fail(&c.lease, &failure, Duration::ZERO).await.unwrap(),
        Fenced::LeaseLost
    );
    assert_eq!(
        t.store.release(&c.lease, Duration::ZERO, 10).await.unwrap(),
        Fenced::LeaseLost
    );
    let errors = t
        .store
        .errors(&ErrorFilter {
            task: Some(c.lease.task_id),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(errors.len(), 1, "only the lease expiry is recorded: {errors:?}");
    assert!(errors[0].message.contains("lease expired: worker a"));
    assert_eq!(t.store.task(c.lease.task_id).await.unwrap().status, TaskStatus::Running);
    assert_eq!(
        t.store.complete(&c2.lease, &serde_json::json!({})).await.unwrap(),
        Fenced::Applied(())
    );
}

async fn retryable_failures_retry_until_max_attempts_and_terminal_ones_stop(t: TestStore) {
    t.store.create_jobs(&[spec("ocr", &[], false)]).await.unwrap();
    t.store
        .enqueue(&name("ocr"), &[vol("W1", "e"), vol("W2", "e")], false)
        .await
        .unwrap();
    let io = Failure {
        kind: FailureKind::Retryable,
        message: "disk full".into(),
    };
    let c = claim(&t, "ocr", "a").await;
    assert_eq!(
        t.store.fail(&c.lease, &io, Duration::ZERO).await.unwrap(),
        Fenced::Applied(TaskStatus::Failed)
    );
    let c = claim(&t, "ocr", "b").await;
    assert_eq!(c.lease.attempt, 2);
    assert_eq!(
        t.store.fail(&c.lease, &io, Duration::ZERO).await.unwrap(),
        Fenced::Applied(TaskStatus::Dead)
    );
    let bad = Failure {
        kind: FailureKind::Terminal,
        message: "corrupt image 0003.png".into(),
    };
    let c2 = claim(&t, "ocr", "a").await;
    assert_eq!(c2.lease.attempt, 1);
    assert_eq!(
        t.store.fail(&c2.lease, &bad, Duration::ZERO).await.unwrap(),
        Fenced::Applied(TaskStatus::Dead)
    );
    assert!(t.store.claim_next(None, &worker("a"), LEASE).await.unwrap().is_none());
    let errors = t
        .store
        .errors(&ErrorFilter {
            job: Some(name("ocr")),
            ..Default::default()
        })
        .await
        .unwrap();
    let seen: Vec<(i32, &str, FailureKind, &str)> = errors
        .iter()
        .map(|e| (e.attempt, e.worker.as_deref().unwrap(), e.kind, e.message.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            (1, "a", FailureKind::Retryable, "disk full"),
            (2, "b", FailureKind::Retryable, "disk full"),
            (1, "a", FailureKind::Terminal, "corrupt image 0003.png")
        ]
    );
    let one = t.store.error(errors[2].id).await.unwrap();
    assert_eq!(one.volume.unwrap().w_id, "W2");
    let task = t.store.task(c2.lease.task_id).await.unwrap();
    assert_eq!(
        (task.error_kind, task.error.as_deref()),
        (Some(FailureKind::Terminal), Some("corrupt image 0003.png"))
    );
}

async fn release_hands_back_without_spending_an_attempt(t: TestStore) {
    t.store.create_jobs(&[spec("ocr", &[], false)]).await.unwrap();
    t.store.enqueue(&name("ocr"), &[vol("W1", "e")], false).await.unwrap();
    for _ in 0..3 {
        let c = claim(&t, "ocr", "a").await;
        assert_eq!(
            t.store.release(&c.lease, Duration::ZERO, 10).await.unwrap(),
            Fenced::Applied(TaskStatus::Queued)
        );
    }
    let task = t.store.task(TaskId(1)).await.unwrap();
    assert_eq!(
        (task.status, task.attempt, task.max_attempts),
        (TaskStatus::Queued, 3, 5)
    );
}

async fn reclaim_keys_on_heartbeat_age_not_start_time(t: TestStore) {
    t.store.create_jobs(&[spec("ocr", &[], false)]).await.unwrap();
    t.store.enqueue(&name("ocr"), &[vol("W1", "e")], false).await.unwrap();
    let c = claim(&t, "ocr", "a").await;
    for _ in 0..5 {
        t.clock.advance(Duration::from_secs(40));
        assert!(t.store.heartbeat(&c.lease, LEASE).await.unwrap());
        assert!(
            t.store.reclaim_expired(LEASE).await.unwrap().is_empty(),
            "a long task with a live heartbeat stays"
        );
    }
    t.clock.advance(Duration::from_secs(61));
    let reclaimed = t.store.reclaim_expired(LEASE).await.unwrap();
    assert_eq!(reclaimed, [(c.lease.task_id, TaskStatus::Failed)]);
    assert!(
        t.store.reclaim_expired(LEASE).await.unwrap().is_empty(),
        "reclaim happens once"
    );
    // With no attempts left, an expired lease makes the task dead.
    let c = claim(&t, "ocr", "b").await;
    t.clock.advance(Duration::from_secs(61));
    assert_eq!(
        t.store.reclaim_expired(LEASE).await.unwrap(),
        [(c.lease.task_id, TaskStatus::Dead)]
    );
}

async fn success_releases_a_dependent_once_all_its_dependencies_succeeded(t: TestStore) {
    t.store
        .create_jobs(&[
            spec("a", &[], false),
            spec("b", &[], false),
            spec("c", &["a", "b"], false),
        ])
        .await
        .unwrap();
    t.store.enqueue(&name("a"), &[vol("W1", "e")], false).await.unwrap();
    t.store.enqueue(&name("b"), &[vol("W1", "e")], false).await.unwrap();
    // Enqueued directly before its dependencies are done, c waits as pending.
    t.store.enqueue(&name("c"), &[vol("W1", "e")], false).await.unwrap();
    assert_eq!(statuses(&t, "c").await, [TaskStatus::Pending]);
    let (_, a) = finish(&t, "a").await;
    assert_eq!(a, Acceptance::Accepted { released: vec![] });
    assert_eq!(statuses(&t, "c").await, [TaskStatus::Pending]);
    let (cb, b) = finish(&t, "b").await;
    let c_task = t
        .store
        .tasks(&TaskFilter {
            job: Some(name("c")),
            ..Default::default()
        })
        .await
        .unwrap()[0]
        .id;
    assert_eq!(b, Acceptance::Accepted { released: vec![c_task] });
    assert_eq!(statuses(&t, "c").await, [TaskStatus::Queued]);
    // A duplicate event changes nothing and releases nothing again.
    let dup = t
        .store
        .accept_success(cb.lease.task_id, cb.lease.attempt, &serde_json::json!({}))
        .await
        .unwrap();
    assert_eq!(dup, Acceptance::Duplicate { released: vec![] });
    let upstream = t.store.upstream_outputs(&reader(c_task)).await.unwrap();
    let jobs: Vec<&str> = upstream.iter().map(|u| u.job.as_str()).collect();
    assert_eq!(jobs, ["a", "b"]);
    assert!(upstream
        .iter()
        .all(|u| u.attempt == 1 && u.volume.as_ref().unwrap().w_id == "W1"));
}

async fn downstream_tasks_are_created_by_the_completion_when_not_enqueued(t: TestStore) {
    t.store
        .create_jobs(&[spec("a", &[], false), spec("b", &["a"], false)])
        .await
        .unwrap();
    t.store
        .enqueue(&name("a"), &[vol("W1", "e"), vol("W2", "e")], false)
        .await
        .unwrap();
    assert!(statuses(&t, "b").await.is_empty());
    let (_, acc) = finish(&t, "a").await;
    let Acceptance::Accepted { released } = acc else {
        panic!("{acc:?}")
    };
    assert_eq!(released.len(), 1);
    let b = t.store.task(released[0]).await.unwrap();
    assert_eq!(
        (b.job.as_str(), b.status, b.volume.unwrap().w_id.as_str()),
        ("b", TaskStatus::Queued, "W1")
    );
}

async fn stale_success_from_a_losing_attempt_is_refused(t: TestStore) {
    t.store
        .create_jobs(&[spec("a", &[], false), spec("b", &["a"], false)])
        .await
        .unwrap();
    t.store.enqueue(&name("a"), &[vol("W1", "e")], false).await.unwrap();
    let first = claim(&t, "a", "slow").await;
    t.clock.advance(Duration::from_secs(61));
    t.store.reclaim_expired(LEASE).await.unwrap();
    let second = claim(&t, "a", "fast").await;
    let late = t
        .store
        .accept_success(first.lease.task_id, 1, &serde_json::json!({}))
        .await
        .unwrap();
    assert_eq!(
        late,
        Acceptance::Stale {
            current_attempt: 2,
            status: TaskStatus::Running
        }
    );
    assert!(statuses(&t, "b").await.is_empty(), "a stale success releases nothing");
    let won = t
        .store
        .accept_success(second.lease.task_id, 2, &serde_json::json!({}))
        .await
        .unwrap();
    assert!(matches!(won, Acceptance::Accepted { ref released } if released.len() == 1));
    let unknown = t
        .store
        .accept_success(TaskId(999), 1, &serde_json::json!({}))
        .await
        .unwrap_err();
    assert!(matches!(unknown, StoreError::UnknownTask(TaskId(999))));
}

async fn a_reduce_task_is_created_exactly_once_after_every_volume_upstream(t: TestStore) {
    t.store
        .create_jobs(&[
            spec("a", &[], false),
            spec("b", &["a"], false),
            spec("report", &["b"], true),
        ])
        .await
        .unwrap();
    t.store
        .enqueue(&name("a"), &[vol("W1", "e"), vol("W2", "e"), vol("W3", "e")], false)
        .await
        .unwrap();
    finish(&t, "a").await;
    // b's only task is done, but a still has volumes that will add b tasks: no reduce yet.
    finish(&t, "b").await;
    assert!(statuses(&t, "report").await.is_empty());
    finish(&t, "a").await;
    let c = claim(&t, "a", "x").await;
    let failure = Failure {
        kind: FailureKind::Terminal,
        message: "corrupt".into(),
    };
    assert_eq!(
        t.store.fail(&c.lease, &failure, Duration::ZERO).await.unwrap(),
        Fenced::Applied(TaskStatus::Dead)
    );
    assert!(statuses(&t, "report").await.is_empty());
    let (last, acc) = finish(&t, "b").await;
    let Acceptance::Accepted { released } = acc else {
        panic!("{acc:?}")
    };
    assert_eq!(released.len(), 1, "the last volume's completion creates the reduce");
    assert_eq!(statuses(&t, "report").await, [TaskStatus::Queued]);
    let dup = t
        .store
        .accept_success(last.lease.task_id, last.lease.attempt, &serde_json::json!({}))
        .await
        .unwrap();
    assert_eq!(dup, Acceptance::Duplicate { released: vec![] });
    assert_eq!(statuses(&t, "report").await.len(), 1);
    let reduce = t
        .store
        .tasks(&TaskFilter {
            job: Some(name("report")),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(reduce[0].volume.is_none());
    let inputs = t.store.upstream_outputs(&reader(reduce[0].id)).await.unwrap();
    let vols: Vec<&str> = inputs
        .iter()
        .map(|u| u.volume.as_ref().unwrap().w_id.as_str())
        .collect();
    assert_eq!(
        vols,
        ["W1", "W2"],
        "the reduce reads every succeeded volume of its dependency"
    );
}

async fn concurrent_completions_create_one_reduce(t: TestStore) {
    t.store
        .create_jobs(&[spec("a", &[], false), spec("sum", &["a"], true)])
        .await
        .unwrap();
    let vols: Vec<VolumeSpec> = (0..12).map(|i| vol(&format!("W{i}"), "e")).collect();
    t.store.enqueue(&name("a"), &vols, false).await.unwrap();
    let mut claims = Vec::new();
    while let Some(c) = t.store.claim_next(None, &worker("w"), LEASE).await.unwrap() {
        claims.push(c);
    }
    let handles: Vec<_> = claims
        .into_iter()
        .map(|c| {
            let store = t.store.clone();
            tokio::spawn(async move {
                store
                    .accept_success(c.lease.task_id, c.lease.attempt, &serde_json::json!({}))
                    .await
                    .unwrap()
            })
        })
        .collect();
    let mut released = 0;
    for h in handles {
        if let Acceptance::Accepted { released: r } = h.await.unwrap() {
            released += r.len();
        }
    }
    assert_eq!(released, 1);
    assert_eq!(statuses(&t, "sum").await, [TaskStatus::Queued]);
}

async fn the_outbox_lists_owed_sends_until_marked(t: TestStore) {
    t.store
        .create_jobs(&[spec("a", &[], false), spec("b", &["a"], false)])
        .await
        .unwrap();
    let ids = t
        .store
        .enqueue(&name("a"), &[vol("W1", "e"), vol("W2", "e"), vol("W3", "e")], false)
        .await
        .unwrap()
        .task_ids;
    let owed = t.store.owed_sends(10, 10).await.unwrap();
    assert_eq!(owed.iter().map(|m| m.task_id).collect::<Vec<_>>(), ids);
    assert_eq!((owed[0].job.as_str(), owed[0].attempt, owed[0].v), ("a", 0, 1));
    t.store.mark_sent(&owed[..2]).await.unwrap();
    assert!(
        t.store.owed_sends(10, 10).await.unwrap().is_empty(),
        "a claimed send is not handed to a second flusher"
    );
    t.clock.advance(Duration::from_secs(31));
    let again = t.store.owed_sends(10, 10).await.unwrap();
    assert_eq!(again.len(), 1, "a claim that was never marked sent lapses");
    assert_eq!(t.store.owed_sends(0, 10).await.unwrap().len(), 0);
    t.store.mark_sent(&again).await.unwrap();
    let (_, acc) = finish(&t, "a").await;
    let Acceptance::Accepted { released } = acc else {
        panic!()
    };
    let owed = t.store.owed_sends(10, 10).await.unwrap();
    assert_eq!(
        owed.iter().map(|m| m.task_id).collect::<Vec<_>>(),
        released,
        "a released task owes its send"
    );
    assert_eq!(owed[0].volume.as_ref().unwrap().w_id, "W1");
}

async fn redrive_sends_dead_tasks_back_with_fresh_attempts(t: TestStore) {
    t.store.create_jobs(&[spec("ocr", &[], false)]).await.unwrap();
    t.store
        .enqueue(&name("ocr"), &[vol("W1", "e"), vol("W2", "e")], false)
        .await
        .unwrap();
    let bad = Failure {
        kind: FailureKind::Terminal,
        message: "bad config".into(),
    };
    for w in ["a", "b"] {
        let c = claim(&t, "ocr", w).await;
        t.store.fail(&c.lease, &bad, Duration::ZERO).await.unwrap();
    }
    let one = t.store.redrive(&name("ocr"), Some(&[TaskId(2)])).await.unwrap();
    assert_eq!(one, [TaskId(2)]);
    assert_eq!(statuses(&t, "ocr").await, [TaskStatus::Dead, TaskStatus::Queued]);
    assert_eq!(
        t.store.owed_sends(10, 10).await.unwrap().len(),
        1,
        "a redriven task is sent again"
    );
    let all = t.store.redrive(&name("ocr"), None).await.unwrap();
    assert_eq!(all, [TaskId(1)]);
    let c = claim(&t, "ocr", "c").await;
    assert_eq!((c.lease.attempt, c.max_attempts), (2, 3));
    t.store
        .accept_success(c.lease.task_id, 2, &serde_json::json!({}))
        .await
        .unwrap();
    assert!(
        t.store.redrive(&name("ocr"), None).await.unwrap().is_empty(),
        "a plain redrive leaves successes alone"
    );
    let again = t.store.redrive(&name("ocr"), Some(&[c.lease.task_id])).await.unwrap();
    assert_eq!(again, [c.lease.task_id], "a named succeeded task runs again");
    let task = t.store.task(c.lease.task_id).await.unwrap();
    assert_eq!((task.status, task.metrics), (TaskStatus::Queued, None));
}

async fn stats_count_statuses_rate_duration_pages_and_live_workers(t: TestStore) {
    t.store.create_jobs(&[spec("ocr", &[], false)]).await.unwrap();
    t.store
        .enqueue(&name("ocr"), &[vol("W1", "e"), vol("W2", "e"), vol("W3", "e")], false)
        .await
        .unwrap();
    t.store
        .register_worker(&WorkerRegistration {
            id: worker("w1"),
            job: None,
            launch_ref: Some("pid:1".into()),
            host: "h".into(),
        })
        .await
        .unwrap();
    let c = claim(&t, "ocr", "w1").await;
    t.clock.advance(Duration::from_secs(30));
    t.store
        .accept_success(c.lease.task_id, c.lease.attempt, &serde_json::json!({}))
        .await
        .unwrap();
    t.store
        .worker_heartbeat(&worker("w1"), WorkerState::Busy, 1, None)
        .await
        .unwrap();
    claim(&t, "ocr", "w1").await;
    let s = t.store.stats(&name("ocr"), Duration::from_secs(600)).await.unwrap();
    assert_eq!(
        (
            s.count(TaskStatus::Succeeded),
            s.count(TaskStatus::Running),
            s.count(TaskStatus::Queued)
        ),
        (1, 1, 1)
    );
    assert_eq!(
        (s.total(), s.recent_succeeded, s.pages_done, s.live_workers),
        (3, 1, 4, 1)
    );
    assert_eq!(s.mean_task_secs, Some(30.0));
    assert!(s.eta().is_some());
    let workers = t.store.workers(Some(Duration::from_secs(60))).await.unwrap();
    assert_eq!(
        (workers.len(), workers[0].tasks_done, workers[0].state),
        (1, 1, WorkerState::Busy)
    );
    t.store
        .worker_heartbeat(&worker("w1"), WorkerState::Drained, 1, Some("bye"))
        .await
        .unwrap();
    assert!(t.store.workers(Some(Duration::from_secs(60))).await.unwrap().is_empty());
    assert_eq!(
        t.store.workers(None).await.unwrap()[0].last_error.as_deref(),
        Some("bye")
    );
}

async fn jobs_are_created_with_a_valid_dag_and_deleted_leaf_first(t: TestStore) {
    let created = t
        .store
        .create_jobs(&[spec("eval", &["ocr"], false), spec("ocr", &[], false)])
        .await
        .unwrap();
    assert_eq!(
        created.iter().map(|j| j.name().as_str()).collect::<Vec<_>>(),
        ["ocr", "eval"]
    );
    let err = t
        .store
        .create_jobs(&[spec("x", &["missing"], false)])
        .await
        .unwrap_err();
    assert!(err.to_string().contains("'missing', which does not exist"), "{err}");
    let err = t
        .store
        .create_jobs(&[spec("p", &["q"], false), spec("q", &["p"], false)])
        .await
        .unwrap_err();
    assert!(err.to_string().contains("dependency cycle"), "{err}");
    let err = t.store.create_jobs(&[spec("ocr", &[], false)]).await.unwrap_err();
    assert!(err.to_string().contains("defined twice"), "{err}");
    assert_eq!(
        t.store.jobs().await.unwrap().len(),
        2,
        "refused creations leave nothing behind"
    );
    let job = t.store.job(&name("eval")).await.unwrap();
    assert_eq!(
        (job.spec.depends_on.clone(), job.spec.settings.max_attempts, job.status),
        (vec![name("ocr")], 2, JobStatus::Active)
    );
    t.store
        .set_job_queues(&name("ocr"), "https://q/tasks", "https://q/dlq")
        .await
        .unwrap();
    assert_eq!(
        t.store.job(&name("ocr")).await.unwrap().queue_url.as_deref(),
        Some("https://q/tasks")
    );
    t.store.enqueue(&name("ocr"), &[vol("W1", "e")], false).await.unwrap();
    let err = t.store.delete_job(&name("ocr")).await.unwrap_err();
    assert!(err.to_string().contains("eval depend(s) on it"), "{err}");
    t.store.delete_job(&name("eval")).await.unwrap();
    t.store.delete_job(&name("ocr")).await.unwrap();
    assert!(t.store.jobs().await.unwrap().is_empty());
    assert!(matches!(
        t.store.delete_job(&name("ocr")).await,
        Err(StoreError::UnknownJob(_))
    ));
    assert!(matches!(
        t.store.set_job_status(&name("ocr"), JobStatus::Paused).await,
        Err(StoreError::UnknownJob(_))
    ));
}

async fn claim_task_claims_one_named_task_when_claimable(t: TestStore) {
    t.store.create_jobs(&[spec("ocr", &[], false)]).await.unwrap();
    let ids = t
        .store
        .enqueue(&name("ocr"), &[vol("W1", "e")], false)
        .await
        .unwrap()
        .task_ids;
    let ClaimOutcome::Claimed(c) = t.store.claim_task(ids[0], &worker("a"), LEASE).await.unwrap() else {
        panic!()
    };
    assert_eq!((c.lease.attempt, c.job.as_str()), (1, "ocr"));
    assert_eq!(
        t.store.claim_task(ids[0], &worker("b"), LEASE).await.unwrap(),
        ClaimOutcome::NotClaimable(TaskStatus::Running)
    );
    assert!(matches!(
        t.store.claim_task(TaskId(77), &worker("b"), LEASE).await,
        Err(StoreError::UnknownTask(_))
    ));
}

async fn the_db_queue_delivers_claims_and_waits_when_empty(t: TestStore) {
    use folio_core::ports::Queue;
    t.store
        .create_jobs(&[spec("ocr", &[], false), spec("other", &[], false)])
        .await
        .unwrap();
    t.store.enqueue(&name("other"), &[vol("W0", "e")], false).await.unwrap();
    let ids = t
        .store
        .enqueue(&name("ocr"), &[vol("W1", "e")], false)
        .await
        .unwrap()
        .task_ids;
    let q = folio_store::DbQueue::new(t.store.clone(), Some(vec![name("ocr")]), Duration::from_millis(20));
    let d = q.receive(&worker("a"), LEASE).await.unwrap().unwrap();
    assert_eq!(d.claim.lease.task_id, ids[0]);
    d.receipt.ack().await.unwrap();
    let started = std::time::Instant::now();
    assert!(
        q.receive(&worker("a"), LEASE).await.unwrap().is_none(),
        "the other job's task is not this queue's"
    );
    assert!(started.elapsed() >= Duration::from_millis(20));
}

async fn an_enqueue_past_the_admission_cap_is_refused_whole(t: TestStore) {
    let mut capped = spec("ocr", &[], false);
    capped.settings.max_queued = Some(3);
    t.store.create_jobs(&[capped]).await.unwrap();
    t.store
        .enqueue(&name("ocr"), &[vol("W1", "e"), vol("W2", "e")], false)
        .await
        .unwrap();
    let err = t
        .store
        .enqueue(&name("ocr"), &[vol("W3", "e"), vol("W4", "e")], false)
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("would have 4 waiting tasks, above its max_queued of 3"),
        "{err}"
    );
    assert_eq!(
        statuses(&t, "ocr").await.len(),
        2,
        "nothing of the refused enqueue was applied"
    );
    // A running task no longer waits: claiming one makes room.
    claim(&t, "ocr", "a").await;
    let ok = t
        .store
        .enqueue(&name("ocr"), &[vol("W3", "e"), vol("W4", "e")], false)
        .await
        .unwrap();
    assert_eq!(ok.created, 2);
}

async fn claims_prefer_downstream_jobs_and_the_oldest_task_within_a_job(t: TestStore) {
    t.store
        .create_jobs(&[spec("a", &[], false), spec("b", &["a"], false)])
        .await
        .unwrap();
    t.store
        .enqueue(&name("a"), &[vol("W1", "e"), vol("W2", "e"), vol("W3", "e")], false)
        .await
        .unwrap();
    finish(&t, "a").await;
    let next = t.store.claim_next(None, &worker("x"), LEASE).await.unwrap().unwrap();
    assert_eq!((next.job.as_str(), next.volume.unwrap().w_id.as_str()), ("b", "W1"));
    let next = t.store.claim_next(None, &worker("x"), LEASE).await.unwrap().unwrap();
    assert_eq!((next.job.as_str(), next.volume.unwrap().w_id.as_str()), ("a", "W2"));
}

trait Now {
    fn clock_now(&self) -> chrono::DateTime<chrono::Utc>;
}

impl Now for TestStore {
    fn clock_now(&self) -> chrono::DateTime<chrono::Utc> {
        use folio_core::clock::Clock;
        self.clock.now()
    }
}

both_stores!(
    enqueue_skips_done_work_and_a_new_etag_is_new_work,
    claims_are_exclusive_oldest_first_and_skip_paused_jobs,
    heartbeats_renew_and_every_write_is_fenced,
    retryable_failures_retry_until_max_attempts_and_terminal_ones_stop,
    release_hands_back_without_spending_an_attempt,
    reclaim_keys_on_heartbeat_age_not_start_time,
    success_releases_a_dependent_once_all_its_dependencies_succeeded,
    downstream_tasks_are_created_by_the_completion_when_not_enqueued,
    stale_success_from_a_losing_attempt_is_refused,
    a_reduce_task_is_created_exactly_once_after_every_volume_upstream,
    concurrent_completions_create_one_reduce,
    the_outbox_lists_owed_sends_until_marked,
    redrive_sends_dead_tasks_back_with_fresh_attempts,
    stats_count_statuses_rate_duration_pages_and_live_workers,
    jobs_are_created_with_a_valid_dag_and_deleted_leaf_first,
    claim_task_claims_one_named_task_when_claimable,
    the_db_queue_delivers_claims_and_waits_when_empty,
    an_enqueue_past_the_admission_cap_is_refused_whole,
    claims_prefer_downstream_jobs_and_the_oldest_task_within_a_job,
);
