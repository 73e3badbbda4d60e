//! The worker runtime end to end on the embedded adapters (SQLite store, database queue,
//! directory blob store with the completion handler): success, failures, the concurrent
//! heartbeat, the duration cap, a lost lease, draining and idle shutdown.

mod common;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use folio_core::blob::{BlobKey, BlobStore, DirBlobStore, SuccessRecord};
use folio_core::ids::VolumeSpec;
use folio_core::job::{JobSpec, RunSettings};
use folio_core::kind::{JobError, JobKind, Registry, TaskContext, TaskOutput};
use folio_core::ports::{ErrorFilter, TaskFilter, TaskStore};
use folio_core::worker::{Step, TaskOutcome, Worker, WorkerConfig, WorkerExit};
use folio_core::{FailureKind, JobName, TaskStatus, VolumeRef, WorkerId, WorkerState};
use tokio_util::sync::CancellationToken;

/// A kind whose behaviour its job config sets: sleep, then succeed or fail as told.
struct Scripted;

#[async_trait]
impl JobKind for Scripted {
    fn name(&self) -> &'static str {
        "scripted"
    }
    fn summary(&self) -> &'static str {
        "test kind"
    }
    fn validate(&self, _config: &serde_json::Value) -> Result<(), String> {
        Ok(())
    }
    async fn run(&self, ctx: &TaskContext) -> Result<TaskOutput, JobError> {
        let sleep = ctx.job.spec.config["sleep_ms"].as_u64().unwrap_or(0);
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(sleep)) => {}
            _ = ctx.cancel.cancelled() => return Err(JobError::Retryable("cancelled".into())),
        }
        let images = ctx
            .images_dir
            .as_ref()
            .map(|d| std::fs::read_dir(d).unwrap().count())
            .unwrap_or(0);
        let upstream: Vec<String> = ctx
            .upstream
            .iter()
            .map(|u| std::fs::read_to_string(u.dir.join("out.txt")).unwrap())
            .collect();
        std::fs::write(
            ctx.output_dir.join("out.txt"),
            format!("{} images; upstream [{}]", images, upstream.join(",")),
        )
        .unwrap();
        match ctx.job.spec.config["result"].as_str().unwrap_or("ok") {
            "terminal" => Err(JobError::Terminal("page 2 is not an image".into())),
            "retryable" => Err(JobError::Retryable("throttled".into())),
            "untouched" => Err(JobError::ReturnUntouched("not for this worker".into())),
            _ => Ok(TaskOutput {
                metrics: serde_json::json!({"pages": images}),
            }),
        }
    }
}

struct Rig {
    store: Arc<dyn TaskStore>,
    blobs: Arc<DirBlobStore>,
    images: PathBuf,
    shutdown: CancellationToken,
    _dir: tempfile::TempDir,
}

impl Rig {
    async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store = folio_store::open(&folio_store::embedded_url(dir.path())).await.unwrap();
        let blobs = Arc::new(DirBlobStore::new(dir.path().join("blobs")));
        let images = dir.path().join("images");
        for w in ["W1", "W2"] {
            std::fs::create_dir_all(images.join(w).join("I1")).unwrap();
            for p in ["0001.png", "0002.png"] {
                std::fs::write(images.join(w).join("I1").join(p), b"png").unwrap();
            }
        }
        Self {
            store,
            blobs,
            images,
            shutdown: CancellationToken::new(),
            _dir: dir,
        }
    }

    async fn job(&self, name: &str, deps: &[&str], config: serde_json::Value, max_duration_secs: u64) {
        let spec = JobSpec {
            name: JobName::new(name).unwrap(),
            kind: "scripted".into(),
            config,
            depends_on: deps.iter().map(|d| JobName::new(*d).unwrap()).collect(),
            reduce: false,
            settings: RunSettings {
                max_attempts: 2,
                max_duration_secs,
                // Retries here are at once; the contract tests cover the backoff.
                retry_base_ms: 0,
                ..RunSettings::default()
            },
        };
        self.store.create_jobs(&[spec]).await.unwrap();
    }

    async fn enqueue(&self, job: &str, ws: &[&str]) {
        let vols: Vec<VolumeSpec> = ws
            .iter()
            .map(|w| VolumeSpec {
                volume: VolumeRef::new(*w, "I1", "e1").unwrap(),
                nb_images: 2,
            })
            .collect();
        self.store
            .enqueue(&JobName::new(job).unwrap(), &vols, false)
            .await
            .unwrap();
    }

    fn worker(&self, name: &str, lease: Duration, drain_grace: Duration) -> Worker {
        let mut cfg = WorkerConfig::new(WorkerId(name.into()), "test-host", lease, self._dir.path().join("work"));
        cfg.drain_grace = drain_grace;
        cfg.idle_polls = Some(2);
        cfg.sweep = true;
        let queue = Arc::new(folio_store::DbQueue::new(
            self.store.clone(),
            None,
            Duration::from_millis(10),
        ));
        let images = Arc::new(DirBlobStore::new(&self.images));
        Worker::new(
            cfg,
            self.store.clone(),
            queue,
            self.blobs.clone(),
            images,
            Registry::new().with(Scripted),
            self.shutdown.clone(),
        )
    }

    async fn tasks(&self, job: &str) -> Vec<folio_core::ports::TaskRecord> {
        self.store
            .tasks(&TaskFilter {
                job: Some(JobName::new(job).unwrap()),
                ..Default::default()
            })
            .await
            .unwrap()
    }
}

fn outcome(step: Step) -> TaskOutcome {
    match step {
        Step::Completed(r) => r.outcome,
        Step::Empty => panic!("expected a task"),
    }
}

#[tokio::test]
async fn a_task_runs_writes_its_artefacts_and_starts_its_dependent() {
    let rig = Rig::new().await;
    rig.job("a", &[], serde_json::json!({}), 60).await;
    rig.job("b", &["a"], serde_json::json!({}), 60).await;
    rig.enqueue("a", &["W1"]).await;
    let w = rig.worker("w1", Duration::from_secs(30), Duration::from_secs(5));
    assert_eq!(outcome(w.try_execute_next().await.unwrap()), TaskOutcome::Succeeded);
    let a = &rig.tasks("a").await[0];
    assert_eq!(
        (a.status, a.metrics.as_ref().unwrap()["pages"].as_i64()),
        (TaskStatus::Succeeded, Some(2))
    );
    let record: SuccessRecord = serde_json::from_slice(
        &rig.blobs
            .get(&BlobKey::new("a/W1/I1/e1/a1/success.json").unwrap())
            .await
            .unwrap(),
    )
    .unwrap();
    assert_eq!((record.task_id, record.attempt, record.artefacts.len()), (a.id, 1, 1));
    assert_eq!(record.artefacts[0].name, "out.txt");
    // The success.json write released b, which reads a's winning outputs.
    assert_eq!(rig.tasks("b").await[0].status, TaskStatus::Queued);
    assert_eq!(outcome(w.try_execute_next().await.unwrap()), TaskOutcome::Succeeded);
    let b_out = rig
        .blobs
        .get(&BlobKey::new("b/W1/I1/e1/a1/out.txt").unwrap())
        .await
        .unwrap();
    assert_eq!(
        String::from_utf8(b_out).unwrap(),
        "2 images; upstream [2 images; upstream []]"
    );
    assert_eq!(w.try_execute_next().await.unwrap(), Step::Empty);
    assert_eq!(w.tasks_done(), 2);
}

#[tokio::test]
async fn failures_are_recorded_with_their_kind_and_untouched_tasks_go_back() {
    let rig = Rig::new().await;
    rig.job("bad", &[], serde_json::json!({"result": "terminal"}), 60).await;
    rig.job("flaky", &[], serde_json::json!({"result": "retryable"}), 60)
        .await;
    rig.job("picky", &[], serde_json::json!({"result": "untouched"}), 60)
        .await;
    rig.enqueue("bad", &["W1"]).await;
    let w = rig.worker("w1", Duration::from_secs(30), Duration::from_secs(5));
    let TaskOutcome::Failed { kind, status, message } = outcome(w.try_execute_next().await.unwrap()) else {
        panic!()
    };
    assert_eq!(
        (kind, status, message.as_str()),
        (FailureKind::Terminal, TaskStatus::Dead, "page 2 is not an image")
    );
    rig.enqueue("flaky", &["W1"]).await;
    let TaskOutcome::Failed { status, .. } = outcome(w.try_execute_next().await.unwrap()) else {
        panic!()
    };
    assert_eq!(status, TaskStatus::Failed);
    let TaskOutcome::Failed { status, .. } = outcome(w.try_execute_next().await.unwrap()) else {
        panic!()
    };
    assert_eq!(status, TaskStatus::Dead, "max_attempts is 2");
    let errors = rig.store.errors(&ErrorFilter::default()).await.unwrap();
    assert_eq!(errors.len(), 3);
    assert!(errors.iter().all(|e| e.worker.as_deref() == Some("w1")));
    rig.enqueue("picky", &["W1"]).await;
    assert_eq!(outcome(w.try_execute_next().await.unwrap()), TaskOutcome::Released);
    let picky = &rig.tasks("picky").await[0];
    assert_eq!(
        (picky.status, picky.attempt, picky.max_attempts),
        (TaskStatus::Queued, 1, 3)
    );
}

#[tokio::test]
async fn a_missing_image_directory_is_a_terminal_failure() {
    let rig = Rig::new().await;
    rig.job("a", &[], serde_json::json!({}), 60).await;
    rig.enqueue("a", &["W9"]).await;
    let w = rig.worker("w1", Duration::from_secs(30), Duration::from_secs(5));
    let TaskOutcome::Failed { kind, message, .. } = outcome(w.try_execute_next().await.unwrap()) else {
        panic!()
    };
    assert_eq!(kind, FailureKind::Terminal);
    assert!(
        message.contains("volume W9/I1@e1 has no image directory at file://"),
        "{message}"
    );
}

#[tokio::test]
async fn the_heartbeat_runs_while_the_work_does() {
    let rig = Rig::new().await;
    rig.job("slow", &[], serde_json::json!({"sleep_ms": 1500}), 60).await;
    rig.enqueue("slow", &["W1"]).await;
    let lease = Duration::from_millis(600);
    let w = rig.worker("w1", lease, Duration::from_secs(5));
    let store = rig.store.clone();
    // A sweeper reclaims any lease whose heartbeat is older than the lease, all through the task.
    let sweeper = tokio::spawn(async move {
        let mut reclaimed = Vec::new();
        for _ in 0..30 {
            tokio::time::sleep(Duration::from_millis(50)).await;
            reclaimed.extend(store.reclaim_expired(lease).await.unwrap());
        }
        reclaimed
    });
    assert_eq!(outcome(w.try_execute_next().await.unwrap()), TaskOutcome::Succeeded);
    assert!(
        sweeper.await.unwrap().is_empty(),
        "a task whose heartbeat runs is never reclaimed"
    );
}

#[tokio::test]
async fn a_lost_lease_stops_the_task_without_writing() {
    let rig = Rig::new().await;
    rig.job("slow", &[], serde_json::json!({"sleep_ms": 3000}), 60).await;
    rig.enqueue("slow", &["W1"]).await;
    let w = rig.worker("w1", Duration::from_millis(300), Duration::from_secs(5));
    let store = rig.store.clone();
    let thief = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(150)).await;
        // Another sweeper with a zero tolerance takes the lease away mid-task.
        store.reclaim_expired(Duration::ZERO).await.unwrap()
    });
    let started = std::time::Instant::now();
    assert_eq!(outcome(w.try_execute_next().await.unwrap()), TaskOutcome::LeaseLost);
    assert!(
        started.elapsed() < Duration::from_millis(2500),
        "the task stopped at the next heartbeat"
    );
    assert_eq!(thief.await.unwrap().len(), 1);
    let t = &rig.tasks("slow").await[0];
    assert_eq!(t.status, TaskStatus::Failed);
    assert!(
        rig.blobs.list(&BlobKey::new("slow").unwrap()).await.unwrap().is_empty(),
        "no artefact was written"
    );
    let errors = rig.store.errors(&ErrorFilter::default()).await.unwrap();
    assert_eq!(errors.len(), 1, "only the reclaim is recorded: {errors:?}");
}

#[tokio::test]
async fn the_duration_cap_fails_a_task_that_runs_too_long() {
    let rig = Rig::new().await;
    rig.job("stuck", &[], serde_json::json!({"sleep_ms": 10_000}), 1).await;
    rig.enqueue("stuck", &["W1"]).await;
    let w = rig.worker("w1", Duration::from_secs(30), Duration::from_secs(5));
    let TaskOutcome::Failed { kind, status, message } = outcome(w.try_execute_next().await.unwrap()) else {
        panic!()
    };
    assert_eq!((kind, status), (FailureKind::Retryable, TaskStatus::Failed));
    assert!(message.contains("max_duration_secs (1s)"), "{message}");
}

#[tokio::test]
async fn a_drain_finishes_a_short_task_and_hands_back_a_long_one() {
    let rig = Rig::new().await;
    rig.job("short", &[], serde_json::json!({"sleep_ms": 300}), 60).await;
    rig.enqueue("short", &["W1"]).await;
    let w = rig.worker("w1", Duration::from_secs(30), Duration::from_secs(5));
    let stop = rig.shutdown.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(100)).await;
        stop.cancel();
    });
    assert_eq!(w.run().await.unwrap(), WorkerExit::Drained);
    assert_eq!(
        rig.tasks("short").await[0].status,
        TaskStatus::Succeeded,
        "finished within the grace period"
    );

    let rig = Rig::new().await;
    rig.job("long", &[], serde_json::json!({"sleep_ms": 10_000}), 60).await;
    rig.enqueue("long", &["W1"]).await;
    let w = rig.worker("w1", Duration::from_secs(30), Duration::from_millis(200));
    let stop = rig.shutdown.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(100)).await;
        stop.cancel();
    });
    assert_eq!(w.run().await.unwrap(), WorkerExit::Drained);
    let t = &rig.tasks("long").await[0];
    assert_eq!(
        (t.status, t.lease_owner.as_deref()),
        (TaskStatus::Queued, None),
        "handed back for another worker"
    );
    let workers = rig.store.workers(None).await.unwrap();
    assert_eq!(workers[0].state, WorkerState::Drained);
}

#[tokio::test]
async fn an_idle_worker_exits_after_its_empty_polls() {
    let rig = Rig::new().await;
    let w = rig.worker("w1", Duration::from_secs(30), Duration::from_secs(5));
    assert_eq!(w.run().await.unwrap(), WorkerExit::Idle);
    assert_eq!(rig.store.workers(None).await.unwrap()[0].state, WorkerState::IdleExit);
}
