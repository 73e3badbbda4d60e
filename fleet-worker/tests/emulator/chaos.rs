//! The chaos suite on the fleet path: the pipeline `a → {b, c} → d → reduce` of folio-chaos
//! over SQS and S3 (moto) with real fleet-worker processes (each serving one job, as ECS runs
//! them), the backlog tick and the on-complete handler in this process. While it runs, at
//! random: workers are SIGKILLed (and abort between a success.json and its accept), SIGSTOPped
//! past their lease, drained with SIGTERM; database connections are terminated; the success
//! events are delivered 0 to 3 times in shuffled order, or fail until SQS sets them aside in
//! the events' dead-letter queue; the tick's and on-complete's sends to SQS fail (the first
//! few, then some); task messages are moved to their job's dead-letter queue; new volumes are
//! enqueued after the reduce has run. When nothing changes any more the invariants of
//! `folio_chaos::check` must hold, and every dead-letter queue must be empty (reconciled).
//!
//! The seed comes from CHAOS_SEED, else the clock; a failure names it.

use std::collections::HashSet;
use std::os::unix::process::ExitStatusExt;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use folio_aws::sqs::JobQueues;
use folio_backlog::Backlog;
use folio_chaos::{
    check, drop_connections, finished, job, kill_watching, never_reoffered, reoffered, stopped_now, volume, Report,
    Watched,
};
use folio_core::completion::CompletionOutcome;
use folio_core::message::TaskMessage;
use folio_core::ports::{Delivery, Queue, QueueError, Reconciled};
use folio_core::{Job, WorkerId};
use folio_on_complete::OnComplete;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

use crate::common::{Stack, WorkerProcess};

const VOLUMES: usize = 60;
const LATE: usize = 6;
const LEASE_SECS: u64 = 2;
/// The fleet: how many workers serve each job.
const FLEET: [(&str, usize); 5] = [("a", 2), ("b", 1), ("c", 1), ("d", 1), ("r", 1)];
const FAULT_SECS: u64 = 45;

/// The sends of this process (the tick's outbox flush, on-complete's releases) through a queue
/// that fails the first few and, while `faulty`, a share of the rest.
struct FlakySends {
    inner: Arc<dyn Queue>,
    fail_first: AtomicU32,
    faulty: std::sync::atomic::AtomicBool,
    failed: AtomicU64,
}

#[async_trait]
impl Queue for FlakySends {
    async fn send(&self, messages: &[TaskMessage]) -> Result<(), QueueError> {
        let first = self
            .fail_first
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok();
        if first || (self.faulty.load(Ordering::SeqCst) && fastrand::u32(..100) < 20) {
            self.failed.fetch_add(1, Ordering::SeqCst);
            return Err(QueueError::backend(
                "chaos: SendMessageBatch failed (a throttled or unreachable SQS)",
                true,
            ));
        }
        self.inner.send(messages).await
    }

    async fn receive(&self, worker: &WorkerId, lease_for: Duration) -> Result<Option<Delivery>, QueueError> {
        self.inner.receive(worker, lease_for).await
    }

    async fn reconcile(&self, jobs: &[Job]) -> Result<Reconciled, QueueError> {
        self.inner.reconcile(jobs).await
    }
}

fn seed() -> u64 {
    std::env::var("CHAOS_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() % 1_000_000)
                .unwrap_or(1)
        })
}

struct Fleet<'a> {
    stack: &'a Stack,
    workers: Vec<(String, WorkerProcess)>,
    spawned: usize,
}

impl Fleet<'_> {
    fn spawn(&mut self, name: &str) -> WorkerProcess {
        self.spawned += 1;
        let lease = LEASE_SECS.to_string();
        self.stack.spawn_worker(
            &format!("{name}-{}", self.spawned),
            &job(name),
            &[
                ("FOLIO_LEASE_SECS", lease.as_str()),
                ("FOLIO_IDLE_POLLS", "0"),
                ("FOLIO_DRAIN_SECS", "1"),
                ("FOLIO_FAULT_ABORT_BEFORE_ACCEPT", "0.03"),
                ("FOLIO_LOG", "warn"),
            ],
        )
    }

    /// Replaces the workers that exited; returns how many had aborted before an accept.
    fn refill(&mut self) -> u64 {
        let mut aborted = 0;
        for i in 0..self.workers.len() {
            if let Ok(Some(status)) = self.workers[i].1.child.try_wait() {
                if status.signal() == Some(Signal::SIGABRT as i32) {
                    aborted += 1;
                }
                let name = self.workers[i].0.clone();
                self.workers[i].1 = self.spawn(&name);
            }
        }
        aborted
    }

    async fn stop_all(&mut self) {
        for (_, w) in &self.workers {
            let _ = kill(w.pid(), Signal::SIGCONT);
            let _ = kill(w.pid(), Signal::SIGTERM);
        }
        let deadline = Instant::now() + Duration::from_secs(15);
        for (_, w) in &mut self.workers {
            while Instant::now() < deadline && matches!(w.child.try_wait(), Ok(None)) {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        self.workers.clear();
    }
}

/// What the event pump did in one round.
#[derive(Default)]
struct Pumped {
    lost: u64,
    duplicates: u64,
    accepted: u64,
}

/// On-complete fed from the events queue, as Lambda's SQS trigger feeds it, but with faults
/// while `faulty`: a message is dropped unhandled (10%), failed back to the queue (10%, half
/// of them on every receive, so that SQS sets them aside), or delivered one to three times,
/// the deliveries of a batch shuffled.
async fn pump(
    stack: &Stack,
    on_complete: &OnComplete,
    rng: &mut fastrand::Rng,
    doomed: &mut HashSet<String>,
    faulty: bool,
) -> Pumped {
    let mut out = Pumped::default();
    let messages = stack.receive_events(Duration::ZERO).await;
    let mut deliveries = Vec::new();
    let mut delete = Vec::new();
    let mut give_back = Vec::new();
    for m in &messages {
        let id = m.message_id().unwrap_or_default().to_owned();
        let fate = match faulty {
            true if doomed.contains(&id) => 10,
            true => rng.u32(..100),
            false => 99,
        };
        match fate {
            0..=9 => {
                out.lost += 1;
                delete.push(m.clone());
            }
            10..=19 => {
                // Half of those fail every time, until SQS sets them aside.
                if rng.bool() {
                    doomed.insert(id);
                }
                give_back.push(m.clone());
            }
            r => {
                let times = if faulty { 1 + (r % 3) } else { 1 };
                for _ in 0..times {
                    deliveries.push(m.body().unwrap_or_default().to_owned());
                }
                delete.push(m.clone());
            }
        }
    }
    rng.shuffle(&mut deliveries);
    let mut failed_bodies = Vec::new();
    for body in &deliveries {
        match on_complete.message(body).await {
            Ok(outcomes) => {
                for o in &outcomes {
                    match o {
                        CompletionOutcome::Duplicate { .. } => out.duplicates += 1,
                        CompletionOutcome::Accepted { .. } => out.accepted += 1,
                        _ => {}
                    }
                }
            }
            // The handler failed (a dropped connection, a failed send): the message goes back.
            Err(_) => failed_bodies.push(body.clone()),
        }
    }
    let (failed_now, delete): (Vec<_>, Vec<_>) = delete
        .into_iter()
        .partition(|m| failed_bodies.iter().any(|b| Some(b.as_str()) == m.body()));
    give_back.extend(failed_now);
    stack.delete_events(&delete, &[]).await;
    stack.return_events(&give_back).await;
    out
}

/// Moves one task message of `queues` to its dead-letter queue, as SQS does after too many
/// receives; returns whether there was one.
async fn dead_letter_one(stack: &Stack, queues: &JobQueues) -> bool {
    let sqs = &stack.clients.sqs;
    let Ok(out) = sqs
        .receive_message()
        .queue_url(&queues.queue_url)
        .max_number_of_messages(1)
        .visibility_timeout(30)
        .send()
        .await
    else {
        return false;
    };
    let Some(m) = out.messages.unwrap_or_default().into_iter().next() else {
        return false;
    };
    sqs.send_message()
        .queue_url(&queues.dlq_url)
        .message_body(m.body().unwrap_or_default())
        .send()
        .await
        .unwrap();
    sqs.delete_message()
        .queue_url(&queues.queue_url)
        .receipt_handle(m.receipt_handle().unwrap())
        .send()
        .await
        .unwrap();
    true
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_fleet_loses_strands_and_runs_twice_nothing_under_faults() {
    let seed = seed();
    println!("fleet chaos seed {seed} (CHAOS_SEED={seed} reruns it)");
    let started = Instant::now();
    let mut rng = fastrand::Rng::with_seed(seed);
    fastrand::seed(seed);
    let stack = Stack::with_settings(&[("FOLIO_STALE_AFTER_SECS", "2")]).await;
    let dir = stack.dir.path();
    let log = dir.join("log");
    std::fs::create_dir_all(&log).unwrap();
    let step = dir.join("step.sh");
    std::fs::write(&step, folio_chaos::STEP).unwrap();
    let mut queues = Vec::new();
    for spec in folio_chaos::jobs(&step, seed, &log) {
        queues.push(stack.create_job_spec(spec, Duration::from_secs(30)).await);
    }
    let names: Vec<(String, String)> = (0..VOLUMES)
        .map(|i| {
            let v = volume(i).volume;
            (v.w_id.clone(), v.i_id.clone())
        })
        .collect();
    stack.upload_images(&names, 1).await;
    let pool = sqlx::PgPool::connect(&stack.db.url).await.unwrap();
    let store = stack.store().clone();
    let first = VOLUMES - LATE;
    store
        .enqueue(&job("d"), &(0..first / 10).map(volume).collect::<Vec<_>>(), false)
        .await
        .unwrap();
    store
        .enqueue(&job("a"), &(0..first).map(volume).collect::<Vec<_>>(), false)
        .await
        .unwrap();

    let flaky = Arc::new(FlakySends {
        inner: stack.services.queue.clone(),
        fail_first: AtomicU32::new(5),
        faulty: true.into(),
        failed: AtomicU64::new(0),
    });
    let mut backlog = Backlog::from_services(&stack.services).unwrap();
    backlog.queue = flaky.clone();
    let artefacts = Arc::new(stack.services.artefacts("the chaos test").unwrap());
    let on_complete = OnComplete::new(
        artefacts.clone(),
        artefacts.bucket().to_owned(),
        artefacts.prefix().cloned(),
        store.clone(),
        flaky.clone(),
    );

    let mut fleet = Fleet {
        stack: &stack,
        workers: Vec::new(),
        spawned: 0,
    };
    for (name, n) in FLEET {
        for _ in 0..n {
            let w = fleet.spawn(name);
            fleet.workers.push((name.to_owned(), w));
        }
    }
    let mut report = Report {
        volumes: VOLUMES,
        workers: fleet.workers.len(),
        lease_secs: LEASE_SECS,
        ..Report::default()
    };
    let mut watched = Watched::new();
    let mut stopped: Vec<Pid> = Vec::new();
    let mut late_enqueued = false;
    let mut doomed = HashSet::new();
    let faults_until = Instant::now() + Duration::from_secs(FAULT_SECS);
    let calm_until = faults_until + Duration::from_secs(120);
    let tick = |report: &mut Report, r: folio_backlog::BacklogReport| {
        let s = &r.success_events;
        report.dead_lettered_events += u64::from(
            s.outcomes.accepted + s.outcomes.duplicates + s.outcomes.stale + s.outcomes.ignored + s.discarded,
        );
        report.duplicate_events += u64::from(s.outcomes.duplicates);
        report.event_accepts += u64::from(s.outcomes.accepted);
    };
    loop {
        let faulty = Instant::now() < faults_until;
        flaky.faulty.store(faulty, Ordering::SeqCst);
        if let Ok(r) = backlog.run().await {
            tick(&mut report, r);
        }
        let pumped = pump(&stack, &on_complete, &mut rng, &mut doomed, faulty).await;
        report.lost_events += pumped.lost;
        report.duplicate_events += pumped.duplicates;
        report.event_accepts += pumped.accepted;
        report.reoffers.extend(reoffered(&pool, &mut watched).await.unwrap());
        let done = finished(&pool).await.unwrap();
        if done && !late_enqueued {
            store
                .enqueue(&job("a"), &(first..VOLUMES).map(volume).collect::<Vec<_>>(), false)
                .await
                .unwrap();
            late_enqueued = true;
            continue;
        }
        if done || Instant::now() >= calm_until {
            break;
        }
        if !faulty {
            for pid in stopped.drain(..) {
                let _ = kill(pid, Signal::SIGCONT);
            }
            report.aborts += fleet.refill();
            tokio::time::sleep(Duration::from_millis(200)).await;
            continue;
        }
        // A few task messages go to their dead-letter queue whatever the dice say.
        if report.dead_letters < 3 && dead_letter_one(&stack, &queues[0]).await {
            report.dead_letters += 1;
        }
        // Most faults hit a worker that holds a task: an idle one loses nothing.
        let busy: Vec<usize> = {
            let owners: Vec<String> = sqlx::query_scalar(
                "SELECT lease_owner FROM tasks WHERE status = 'running' AND lease_owner IS NOT NULL",
            )
            .fetch_all(&pool)
            .await
            .unwrap_or_default();
            (0..fleet.workers.len())
                .filter(|i| {
                    let pid = format!(":{}:", fleet.workers[*i].1.pid().as_raw());
                    owners.iter().any(|o| o.contains(&pid))
                })
                .collect()
        };
        let pick = match busy.is_empty() || rng.u32(..100) < 25 {
            true => rng.usize(..fleet.workers.len()),
            false => busy[rng.usize(..busy.len())],
        };
        let pid = fleet.workers[pick].1.pid();
        match rng.u32(..100) {
            _ if stopped.contains(&pid) => {}
            0..=29 => {
                kill_watching(&pool, pid, !stopped.is_empty(), &mut watched, &mut report)
                    .await
                    .unwrap();
                let _ = fleet.workers[pick].1.child.wait();
            }
            30..=44 if kill(pid, Signal::SIGSTOP).is_ok() => {
                report.stops += 1;
                stopped_now(&mut watched);
                stopped.push(pid);
                // Resumed on a timer of its own, past its lease.
                tokio::spawn(async move {
                    tokio::time::sleep(Duration::from_secs(LEASE_SECS + 1)).await;
                    let _ = kill(pid, Signal::SIGCONT);
                });
            }
            45..=54 if kill(pid, Signal::SIGTERM).is_ok() => report.drains += 1,
            55..=79 => report.drops += drop_connections(&pool, 2).await,
            80..=99 => {
                let mut order: Vec<&JobQueues> = queues.iter().collect();
                rng.shuffle(&mut order);
                for q in order {
                    if dead_letter_one(&stack, q).await {
                        report.dead_letters += 1;
                        break;
                    }
                }
            }
            _ => {}
        }
        stopped.retain(|p| {
            // A timer resumed it; a resumed worker may be stopped again.
            std::fs::read_to_string(format!("/proc/{}/stat", p.as_raw()))
                .map(|s| s.split_whitespace().nth(2) == Some("T"))
                .unwrap_or(false)
        });
        report.aborts += fleet.refill();
        tokio::time::sleep(Duration::from_millis(rng.u64(150..500))).await;
    }
    fleet.stop_all().await;
    // What is still in flight settles: the events left are delivered once, the dead letters
    // reconciled by the tick.
    flaky.faulty.store(false, Ordering::SeqCst);
    let settle_until = Instant::now() + Duration::from_secs(30);
    loop {
        let r = backlog.run().await.unwrap();
        tick(&mut report, r);
        let pumped = pump(&stack, &on_complete, &mut rng, &mut doomed, false).await;
        report.duplicate_events += pumped.duplicates;
        report.event_accepts += pumped.accepted;
        let mut left = stack.queue_len(&stack.events_url).await + stack.queue_len(&stack.events_dlq_url).await;
        for q in &queues {
            left += stack.queue_len(&q.dlq_url).await;
        }
        if left == 0 || Instant::now() >= settle_until {
            break;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    report.failed_sends = flaky.failed.load(Ordering::SeqCst);
    report.elapsed = started.elapsed();
    check(&pool, artefacts.as_ref(), &log, VOLUMES, &mut report)
        .await
        .unwrap();
    never_reoffered(&watched, &mut report);
    for (name, url) in [
        ("success events", &stack.events_url),
        ("success events' DLQ", &stack.events_dlq_url),
    ]
    .into_iter()
    .map(|(n, u)| (n.to_owned(), u.clone()))
    .chain(queues.iter().map(|q| (format!("{} DLQ", q.dlq_url), q.dlq_url.clone())))
    {
        let n = stack.queue_len(&url).await;
        if n > 0 {
            report.violations.push(format!("{n} message(s) left in the {name}"));
        }
    }
    let line = report.line(seed);
    println!("{line}");
    assert!(
        report.violations.is_empty(),
        "seed {seed} (CHAOS_SEED={seed} reruns it): {line}\n{}",
        report
            .violations
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert_eq!(report.accepted, (VOLUMES * 4 + 1) as u64, "{line}");
}
