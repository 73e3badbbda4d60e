//! The task model under races and faults: each test here pins one way work used to be lost,
//! stranded or run twice (a join that two concurrent completions both missed, dependents that
//! waited on one S3 event, a retry left without a message, …), on both stores.

#[macro_use]
mod common;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use common::{name, spec, worker, TestStore};
use folio_core::clock::Clock;
use folio_core::ids::VolumeSpec;
use folio_core::message::TaskMessage;
use folio_core::ports::*;
use folio_core::{FailureKind, JobName, TaskStatus, VolumeRef, WorkerId};

const LEASE: Duration = Duration::from_secs(60);

fn vols(range: std::ops::Range<usize>) -> Vec<VolumeSpec> {
    range
        .map(|i| VolumeSpec {
            volume: VolumeRef::new(format!("W{i}"), "I1", "e").unwrap(),
            nb_images: 4,
        })
        .collect()
}

async fn claim(t: &TestStore, job: &str, w: &str) -> Option<Claim> {
    t.store.claim_next(Some(&[name(job)]), &worker(w), LEASE).await.unwrap()
}

/// Claims and completes, through the worker's own path, every claimable task of `job`.
async fn finish_all(t: &TestStore, job: &str) -> usize {
    let mut n = 0;
    while let Some(c) = claim(t, job, "w").await {
        assert_eq!(
            t.store.complete(&c.lease, &serde_json::json!({})).await.unwrap(),
            Fenced::Applied(())
        );
        n += 1;
    }
    n
}

async fn tasks(t: &TestStore, job: &str) -> Vec<TaskRecord> {
    t.store
        .tasks(&TaskFilter {
            job: Some(name(job)),
            ..Default::default()
        })
        .await
        .unwrap()
}

async fn count(t: &TestStore, job: &str, status: TaskStatus) -> usize {
    tasks(t, job).await.iter().filter(|r| r.status == status).count()
}

/// `a → {b, c} → d`: the last two dependencies of every join succeed at the same moment, in
/// concurrent transactions. Each join must exist exactly once.
async fn joins_survive_their_last_dependencies_succeeding_together(t: TestStore) {
    t.store
        .create_jobs(&[
            spec("a", &[], false),
            spec("b", &["a"], false),
            spec("c", &["a"], false),
            spec("d", &["b", "c"], false),
        ])
        .await
        .unwrap();
    const N: usize = 80;
    t.store.enqueue(&name("a"), &vols(0..N), false).await.unwrap();
    assert_eq!(finish_all(&t, "a").await, N);
    let mut claims = Vec::new();
    for job in ["b", "c"] {
        while let Some(c) = claim(&t, job, "w").await {
            claims.push(c);
        }
    }
    assert_eq!(claims.len(), 2 * N);
    // Each volume's b and c complete side by side.
    claims.sort_by_key(|c| c.volume.clone());
    let start = Arc::new(tokio::sync::Barrier::new(claims.len()));
    let handles: Vec<_> = claims
        .into_iter()
        .map(|c| {
            let store = t.store.clone();
            let start = start.clone();
            tokio::spawn(async move {
                start.wait().await;
                store.complete(&c.lease, &serde_json::json!({})).await.unwrap()
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.await.unwrap(), Fenced::Applied(()));
    }
    let d = tasks(&t, "d").await;
    assert_eq!(d.len(), N, "every join exists");
    assert!(d.iter().all(|r| r.status == TaskStatus::Queued));
}

/// The worker's own accept releases the dependents and the reduce: no S3 event is needed, and
/// the event, when it comes (any number of times), changes nothing.
async fn the_workers_accept_is_the_success_and_the_event_a_no_op(t: TestStore) {
    t.store
        .create_jobs(&[
            spec("a", &[], false),
            spec("b", &["a"], false),
            spec("sum", &["b"], true),
        ])
        .await
        .unwrap();
    t.store.enqueue(&name("a"), &vols(0..1), false).await.unwrap();
    let c = claim(&t, "a", "w").await.unwrap();
    assert_eq!(
        t.store.complete(&c.lease, &serde_json::json!({})).await.unwrap(),
        Fenced::Applied(())
    );
    assert_eq!(
        count(&t, "b", TaskStatus::Queued).await,
        1,
        "released by the worker's accept"
    );
    for _ in 0..3 {
        assert_eq!(
            t.store
                .accept_success(c.lease.task_id, c.lease.attempt, &serde_json::json!({}))
                .await
                .unwrap(),
            Acceptance::Duplicate { released: vec![] }
        );
    }
    assert_eq!(tasks(&t, "b").await.len(), 1);
    finish_all(&t, "b").await;
    assert_eq!(
        count(&t, "sum", TaskStatus::Queued).await,
        1,
        "the reduce, from the worker's accept too"
    );

    // A worker that died between its success.json and its accept: the event accepts it, even
    // after the lease expired and the task was failed for a retry, but not once a new attempt
    // has started.
    t.store.enqueue(&name("a"), &vols(1..3), false).await.unwrap();
    let dying = claim(&t, "a", "w1").await.unwrap();
    t.clock.advance(LEASE + Duration::from_secs(1));
    t.store.reclaim_expired(LEASE).await.unwrap();
    let accepted = t
        .store
        .accept_success(dying.lease.task_id, dying.lease.attempt, &serde_json::json!({}))
        .await
        .unwrap();
    assert!(matches!(accepted, Acceptance::Accepted { released } if released.len() == 1));
    let late = claim(&t, "a", "w2").await.unwrap();
    t.clock.advance(LEASE + Duration::from_secs(1));
    t.store.reclaim_expired(LEASE).await.unwrap();
    let again = claim(&t, "a", "w3").await.unwrap();
    assert_eq!(again.lease.task_id, late.lease.task_id);
    assert!(matches!(
        t.store
            .accept_success(late.lease.task_id, late.lease.attempt, &serde_json::json!({}))
            .await
            .unwrap(),
        Acceptance::Stale { .. }
    ));
    // The heartbeat of a worker whose success the event accepted first still holds.
    t.store
        .accept_success(again.lease.task_id, again.lease.attempt, &serde_json::json!({}))
        .await
        .unwrap();
    assert!(
        t.store.heartbeat(&again.lease, LEASE).await.unwrap(),
        "accepted is not lost"
    );
    assert_eq!(
        t.store.complete(&again.lease, &serde_json::json!({})).await.unwrap(),
        Fenced::Applied(())
    );
}

/// A retry and a hand-back each owe a fresh message, delayed by the backoff, and the task is
/// not claimable before it: nothing depends on the old message surviving.
async fn retries_and_hand_backs_owe_a_fresh_message_after_their_delay(t: TestStore) {
    let mut a = spec("a", &[], false);
    a.settings.max_attempts = 5;
    t.store.create_jobs(&[a]).await.unwrap();
    t.store.enqueue(&name("a"), &vols(0..1), false).await.unwrap();
    let sent = t.store.owed_sends(10, 10).await.unwrap();
    t.store.mark_sent(&sent).await.unwrap();
    let c = claim(&t, "a", "w").await.unwrap();
    let failure = Failure {
        kind: FailureKind::Retryable,
        message: "S3 is down".into(),
    };
    let delay = Duration::from_secs(20);
    assert_eq!(
        t.store.fail(&c.lease, &failure, delay).await.unwrap(),
        Fenced::Applied(TaskStatus::Failed)
    );
    let owed = t.store.owed_sends(10, 10).await.unwrap();
    assert_eq!(owed.len(), 1, "a retry owes a fresh message");
    assert_eq!(owed[0].delay, delay, "held back by the backoff");
    t.store.mark_sent(&owed).await.unwrap();
    assert!(claim(&t, "a", "w").await.is_none(), "not claimable during the backoff");
    t.clock.advance(delay);
    let c = claim(&t, "a", "w").await.expect("claimable after it");
    assert_eq!(c.lease.attempt, 2);
    assert_eq!(
        t.store.release(&c.lease, Duration::from_secs(5), 10).await.unwrap(),
        Fenced::Applied(TaskStatus::Queued)
    );
    let owed = t.store.owed_sends(10, 10).await.unwrap();
    assert_eq!(
        (owed.len(), owed[0].delay),
        (1, Duration::from_secs(5)),
        "so does a hand-back"
    );
    // A send made for an earlier attempt does not mark a later one's owed send.
    let stale = owed[0].clone();
    t.clock.advance(Duration::from_secs(5));
    let c = claim(&t, "a", "w").await.unwrap();
    t.store.fail(&c.lease, &failure, Duration::ZERO).await.unwrap();
    t.store.mark_sent(&[stale]).await.unwrap();
    t.clock.advance(Duration::from_secs(31));
    assert_eq!(t.store.owed_sends(10, 10).await.unwrap().len(), 1, "still owed");
}

/// A task that always hands back ends dead past its budget, and ends its dependents too.
async fn a_task_that_always_hands_back_ends_dead(t: TestStore) {
    t.store
        .create_jobs(&[spec("a", &[], false), spec("b", &["a"], false)])
        .await
        .unwrap();
    t.store.enqueue(&name("a"), &vols(0..1), false).await.unwrap();
    t.store.enqueue(&name("b"), &vols(0..1), false).await.unwrap();
    for round in 1..=4 {
        let c = claim(&t, "a", "w").await.unwrap();
        let status = t.store.release(&c.lease, Duration::ZERO, 3).await.unwrap();
        let expected = if round <= 3 {
            TaskStatus::Queued
        } else {
            TaskStatus::Dead
        };
        assert_eq!(status, Fenced::Applied(expected), "hand-back {round}");
    }
    let a = &tasks(&t, "a").await[0];
    assert!(
        a.error.as_deref().unwrap().contains("handed back 4 times"),
        "{:?}",
        a.error
    );
    let b = &tasks(&t, "b").await[0];
    assert_eq!(b.status, TaskStatus::Dead);
    assert!(b
        .error
        .as_deref()
        .unwrap()
        .starts_with("upstream `a` of this volume is dead"));
}

/// Dependents that exist as pending end dead with their upstream's reason, a dependent
/// enqueued after its upstream died ends at once, and the reduce is not blocked by them.
async fn a_dead_upstream_ends_its_pending_dependents(t: TestStore) {
    t.store
        .create_jobs(&[
            spec("a", &[], false),
            spec("b", &["a"], false),
            spec("sum", &["b"], true),
        ])
        .await
        .unwrap();
    t.store.enqueue(&name("a"), &vols(0..2), false).await.unwrap();
    t.store.enqueue(&name("b"), &vols(0..2), false).await.unwrap();
    let bad = Failure {
        kind: FailureKind::Terminal,
        message: "page 3 is not an image".into(),
    };
    let c = claim(&t, "a", "w").await.unwrap();
    t.store.fail(&c.lease, &bad, Duration::ZERO).await.unwrap();
    let b = tasks(&t, "b").await;
    assert_eq!(b[0].status, TaskStatus::Dead);
    assert_eq!(
        b[0].error.as_deref(),
        Some("upstream `a` of this volume is dead: page 3 is not an image")
    );
    assert_eq!(b[1].status, TaskStatus::Pending);
    finish_all(&t, "a").await;
    finish_all(&t, "b").await;
    assert_eq!(
        count(&t, "sum", TaskStatus::Queued).await,
        1,
        "the reduce runs over the volume that lived"
    );
    // Enqueued directly after its upstream died: dead at once, not pending for ever.
    t.store.enqueue(&name("b"), &vols(0..1), true).await.unwrap();
    assert_eq!(tasks(&t, "b").await[0].status, TaskStatus::Dead);
    // Redriving the dead upstream revives what died only because of it.
    t.store.redrive(&name("a"), None).await.unwrap();
    finish_all(&t, "a").await;
    assert_eq!(tasks(&t, "b").await[0].status, TaskStatus::Queued);
}

/// A reduce's inputs are the final succeeded set: volumes that succeed after it ran (new ones,
/// or while it ran) run it again as a new attempt, and an unchanged set does not.
async fn a_reduce_runs_again_when_its_inputs_change(t: TestStore) {
    t.store
        .create_jobs(&[spec("a", &[], false), spec("sum", &["a"], true)])
        .await
        .unwrap();
    t.store.enqueue(&name("a"), &vols(0..2), false).await.unwrap();
    finish_all(&t, "a").await;
    let r = claim(&t, "sum", "w").await.unwrap();
    assert_eq!(t.store.upstream_outputs(&r.lease).await.unwrap().len(), 2);
    // New volumes arrive and succeed while the reduce runs.
    t.store.enqueue(&name("a"), &vols(2..5), false).await.unwrap();
    finish_all(&t, "a").await;
    assert_eq!(tasks(&t, "sum").await[0].status, TaskStatus::Running);
    t.store.complete(&r.lease, &serde_json::json!({})).await.unwrap();
    let sum = &tasks(&t, "sum").await[0];
    assert_eq!(sum.status, TaskStatus::Queued, "its inputs changed while it ran");
    let r2 = claim(&t, "sum", "w").await.unwrap();
    assert_eq!(
        r2.lease.attempt, 2,
        "a new attempt: its artefacts do not overwrite the first's"
    );
    assert_eq!(t.store.upstream_outputs(&r2.lease).await.unwrap().len(), 5);
    t.store.complete(&r2.lease, &serde_json::json!({})).await.unwrap();
    assert_eq!(
        tasks(&t, "sum").await[0].status,
        TaskStatus::Succeeded,
        "unchanged: done"
    );
    // A volume enqueued after the reduce succeeded runs it once more.
    t.store.enqueue(&name("a"), &vols(5..6), false).await.unwrap();
    finish_all(&t, "a").await;
    let r3 = claim(&t, "sum", "w").await.expect("the reduce again");
    assert_eq!(t.store.upstream_outputs(&r3.lease).await.unwrap().len(), 6);
}

/// Owed sends are claimed, at most `per_job` of one job per call; a send that failed waits
/// out its pause without holding back the other job's sends.
async fn owed_sends_are_claimed_and_a_failing_job_does_not_block_others(t: TestStore) {
    t.store
        .create_jobs(&[spec("a", &[], false), spec("b", &[], false)])
        .await
        .unwrap();
    t.store.enqueue(&name("a"), &vols(0..5), false).await.unwrap();
    t.store.enqueue(&name("b"), &vols(0..5), false).await.unwrap();
    let first = t.store.owed_sends(100, 2).await.unwrap();
    let jobs: Vec<&str> = first.iter().map(|m| m.job.as_str()).collect();
    assert_eq!(jobs, ["a", "a", "b", "b"], "two of each job");
    let queue = FailingFor(name("a"));
    let flushed = flush_outbox_within(
        t.store.as_ref(),
        &queue,
        FlushBudget {
            time: Duration::from_secs(5),
            batch: 100,
            per_job: 100,
        },
    )
    .await
    .unwrap();
    assert_eq!(
        (flushed.sent, flushed.failed),
        (3, 3),
        "b's unclaimed sends went, a's failed"
    );
    assert!(flushed.first_error.unwrap().contains("queue 'a' refuses"));
    let a = tasks(&t, "a").await;
    assert_eq!(
        a.iter().filter(|r| r.sent_at.is_none()).count(),
        5,
        "a's sends stay owed"
    );
    // Once the claims lapse, b's two are sent; a's failed ones wait out their pause too.
    t.clock.advance(Duration::from_secs(31));
    let owed = t.store.owed_sends(100, 100).await.unwrap();
    assert_eq!(owed.iter().filter(|m| m.job.as_str() == "b").count(), 2);
    assert_eq!(owed.iter().filter(|m| m.job.as_str() == "a").count(), 5);
}

/// Fails every send of one job.
struct FailingFor(JobName);

#[async_trait]
impl Queue for FailingFor {
    async fn send(&self, messages: &[TaskMessage]) -> Result<(), QueueError> {
        if messages.iter().any(|m| m.job == self.0) {
            return Err(QueueError::backend(format!("queue '{}' refuses", self.0), false));
        }
        Ok(())
    }

    async fn receive(&self, _worker: &WorkerId, _lease_for: Duration) -> Result<Option<Delivery>, QueueError> {
        Ok(None)
    }
}

/// Two enqueues at once cannot both pass the admission cap.
async fn the_admission_cap_holds_under_concurrent_enqueues(t: TestStore) {
    let mut s = spec("a", &[], false);
    s.settings.max_queued = Some(10);
    t.store.create_jobs(&[s]).await.unwrap();
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let store = t.store.clone();
            tokio::spawn(async move { store.enqueue(&name("a"), &vols(i * 3..i * 3 + 3), false).await })
        })
        .collect();
    let mut admitted = 0;
    for h in handles {
        match h.await.unwrap() {
            Ok(o) => admitted += o.created,
            Err(StoreError::AdmissionRefused { .. }) => {}
            Err(e) => panic!("{e}"),
        }
    }
    let waiting = tasks(&t, "a").await.len() as u64;
    assert_eq!(waiting, admitted);
    assert_eq!(waiting, 9, "three enqueues of three fit under 10, a fourth does not");
}

/// The rows of long-stopped workers go; live ones stay.
async fn stopped_workers_are_pruned(t: TestStore) {
    for id in ["old", "new"] {
        t.store
            .register_worker(&WorkerRegistration {
                id: worker(id),
                job: None,
                launch_ref: None,
                host: "h".into(),
            })
            .await
            .unwrap();
        if id == "old" {
            t.clock.advance(Duration::from_secs(8 * 24 * 3600));
        }
    }
    assert_eq!(
        t.store.prune_workers(Duration::from_secs(7 * 24 * 3600)).await.unwrap(),
        1
    );
    let left: Vec<String> = t.store.workers(None).await.unwrap().into_iter().map(|w| w.id).collect();
    assert_eq!(left, ["new"]);
}

both_stores!(
    joins_survive_their_last_dependencies_succeeding_together,
    the_workers_accept_is_the_success_and_the_event_a_no_op,
    retries_and_hand_backs_owe_a_fresh_message_after_their_delay,
    a_task_that_always_hands_back_ends_dead,
    a_dead_upstream_ends_its_pending_dependents,
    a_reduce_runs_again_when_its_inputs_change,
    owed_sends_are_claimed_and_a_failing_job_does_not_block_others,
    the_admission_cap_holds_under_concurrent_enqueues,
    stopped_workers_are_pruned,
);

/// Every guard holds whatever isolation the server defaults to.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_guards_hold_under_every_default_isolation_level() {
    for level in ["read committed", "repeatable read", "serializable"] {
        joins_survive_their_last_dependencies_succeeding_together(common::postgres_configured(Some(level)).await).await;
        a_reduce_runs_again_when_its_inputs_change(common::postgres_configured(Some(level)).await).await;
        the_admission_cap_holds_under_concurrent_enqueues(common::postgres_configured(Some(level)).await).await;
    }
}

/// A machine whose clock runs 16 minutes slow.
#[derive(Debug)]
struct SlowClock;

impl Clock for SlowClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now() - chrono::Duration::minutes(16)
    }

    fn stamp(&self) -> Option<DateTime<Utc>> {
        None
    }
}

/// Leases and heartbeats carry the database's time, so a worker on a slow machine keeps its
/// lease against a reclaimer on a correct one.
#[tokio::test]
async fn leases_are_stamped_with_the_database_clock() {
    let (url, _guard) = common::postgres_url().await;
    let slow = folio_store::open_with_clock(&url, Arc::new(SlowClock)).await.unwrap();
    slow.create_jobs(&[spec("a", &[], false)]).await.unwrap();
    slow.enqueue(&name("a"), &vols(0..1), false).await.unwrap();
    let c = slow.claim_next(None, &worker("slow"), LEASE).await.unwrap().unwrap();
    assert!(slow.heartbeat(&c.lease, LEASE).await.unwrap());
    let beat = slow.task(c.lease.task_id).await.unwrap().heartbeat_at.unwrap();
    assert!(
        (Utc::now() - beat).num_seconds().abs() < 60,
        "stamped {beat}, now {}",
        Utc::now()
    );
    let reclaimer = folio_store::open(&url).await.unwrap();
    assert!(
        reclaimer.reclaim_expired(LEASE).await.unwrap().is_empty(),
        "a live lease is not taken"
    );
    assert_eq!(
        slow.complete(&c.lease, &serde_json::json!({})).await.unwrap(),
        Fenced::Applied(())
    );
}

/// A process starting while another holds a write open (a worker frozen mid-transaction) does
/// not lock the tables: the schema, once applied, is not applied again.
#[tokio::test]
async fn a_starting_process_does_not_wait_on_open_writes() {
    use sqlx::Connection;
    let (url, _guard) = common::postgres_url().await;
    let first = folio_store::open(&url).await.unwrap();
    first.create_jobs(&[spec("a", &[], false)]).await.unwrap();
    first.enqueue(&name("a"), &vols(0..1), false).await.unwrap();
    let mut frozen = sqlx::PgConnection::connect(&url).await.unwrap();
    sqlx::query("BEGIN").execute(&mut frozen).await.unwrap();
    sqlx::query("UPDATE tasks SET attempt = attempt")
        .execute(&mut frozen)
        .await
        .unwrap();
    let started = tokio::time::timeout(Duration::from_secs(5), folio_store::open(&url)).await;
    assert!(started.is_ok(), "opening the store waited on the open write");
    sqlx::query("ROLLBACK").execute(&mut frozen).await.unwrap();
}
