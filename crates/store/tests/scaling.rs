//! The backlog tick and the provisioner on the embedded store, with a launcher and a metrics
//! sink that record what they are asked (they stand for ECS and CloudWatch, whose adapters
//! have their own tests against the emulator).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use chrono::DateTime;
use folio_core::backlog::Tick;
use folio_core::clock::ManualClock;
use folio_core::ids::VolumeSpec;
use folio_core::job::{JobSpec, RunSettings};
use folio_core::ports::*;
use folio_core::provision::Provisioner;
use folio_core::{JobName, TaskStatus, VolumeRef, WorkerId};

#[derive(Default)]
struct FakeFleet {
    running: Mutex<u32>,
    calls: Mutex<Vec<(String, u32, String)>>,
}

#[async_trait]
impl Launcher for FakeFleet {
    async fn launch(&self, job: &JobName, count: u32, token: &str) -> Result<LaunchOutcome, LaunchError> {
        self.calls
            .lock()
            .unwrap()
            .push((job.to_string(), count, token.to_owned()));
        Ok(LaunchOutcome {
            launched: (0..count).map(|i| format!("arn:task/{job}/{token}/{i}")).collect(),
            failures: vec![],
        })
    }
}

#[async_trait]
impl FleetCensus for FakeFleet {
    async fn count(&self, _job: &JobName) -> Result<WorkerCount, LaunchError> {
        Ok(WorkerCount {
            running: *self.running.lock().unwrap(),
            pending: 0,
        })
    }
}

#[derive(Default)]
struct Recorded(Mutex<Vec<MetricDatum>>);

#[async_trait]
impl Metrics for Recorded {
    async fn put(&self, data: &[MetricDatum]) -> Result<(), MetricsError> {
        self.0.lock().unwrap().extend_from_slice(data);
        Ok(())
    }
}

struct Rig {
    store: Arc<dyn TaskStore>,
    queue: folio_store::DbQueue,
    clock: Arc<ManualClock>,
    _dir: tempfile::TempDir,
}

async fn rig(volumes: usize, max_workers: u32) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(DateTime::from_timestamp(1_800_000_000, 0).unwrap()));
    let store = folio_store::open_with_clock(&folio_store::embedded_url(dir.path()), clock.clone())
        .await
        .unwrap();
    let spec = JobSpec {
        name: JobName::new("ocr").unwrap(),
        kind: "exec".into(),
        config: serde_json::json!({}),
        depends_on: vec![],
        reduce: false,
        settings: RunSettings {
            max_workers,
            target_backlog_secs: 600,
            ..RunSettings::default()
        },
    };
    store.create_jobs(&[spec]).await.unwrap();
    let vols: Vec<VolumeSpec> = (0..volumes)
        .map(|i| VolumeSpec {
            volume: VolumeRef::new(format!("W{i}"), "I1", "e").unwrap(),
            nb_images: 10,
        })
        .collect();
    store
        .enqueue(&JobName::new("ocr").unwrap(), &vols, false)
        .await
        .unwrap();
    let queue = folio_store::DbQueue::new(store.clone(), None, Duration::from_millis(1));
    Rig {
        store,
        queue,
        clock,
        _dir: dir,
    }
}

/// Runs one task for 60 s of clock time, so the job has a mean task time.
async fn one_task_of_60s(r: &Rig) {
    let c = r
        .store
        .claim_next(None, &WorkerId("w".into()), Duration::from_secs(300))
        .await
        .unwrap()
        .unwrap();
    r.clock.advance(Duration::from_secs(60));
    r.store
        .accept_success(c.lease.task_id, c.lease.attempt, &serde_json::json!({}))
        .await
        .unwrap();
}

#[tokio::test]
async fn the_tick_publishes_backlog_resends_the_outbox_and_requeues_stale_leases() {
    let r = rig(101, 50).await;
    one_task_of_60s(&r).await;
    let stuck = r
        .store
        .claim_next(None, &WorkerId("dead".into()), Duration::from_secs(300))
        .await
        .unwrap()
        .unwrap();
    r.clock.advance(Duration::from_secs(400));
    let fleet = FakeFleet {
        running: Mutex::new(2),
        ..Default::default()
    };
    let metrics = Recorded::default();
    let tick = Tick {
        store: r.store.as_ref(),
        queue: &r.queue,
        stats: &r.queue,
        census: &fleet,
        metrics: &metrics,
        clock: r.clock.as_ref(),
        stale_after: Duration::from_secs(300),
    };
    let report = tick.run().await.unwrap();
    assert_eq!(report.reclaimed, [(stuck.lease.task_id, TaskStatus::Failed)]);
    assert_eq!(
        report.resent, 100,
        "every queued task's send was owed, the reclaimed one included"
    );
    assert!(r.store.owed_sends(10, 10).await.unwrap().is_empty());
    let job = &report.jobs[0];
    assert_eq!(
        (job.depth.visible, job.workers, job.mean_task_secs),
        (100, 2, Some(60.0))
    );
    assert_eq!(job.backlog_secs, 100.0 * 60.0 / 2.0);
    let published = metrics.0.lock().unwrap();
    let names: Vec<&str> = published.iter().map(|d| d.name).collect();
    assert_eq!(
        names,
        [
            "VisibleMessages",
            "InFlightMessages",
            "RunningWorkers",
            "BacklogSeconds"
        ]
    );
    assert_eq!(published[3].value, 3000.0);
    assert!(report.problems.is_empty());
}

#[tokio::test]
async fn the_provisioner_launches_the_deficit_and_stops_at_the_cap() {
    let r = rig(101, 8).await;
    one_task_of_60s(&r).await;
    let fleet = FakeFleet::default();
    let p = Provisioner {
        store: r.store.as_ref(),
        stats: &r.queue,
        launcher: &fleet,
        clock: r.clock.as_ref(),
    };
    // 100 tasks × 60 s ÷ 600 s target = 10 workers wanted; the cap is 8.
    let d = &p.run(None).await.unwrap()[0];
    assert_eq!((d.visible, d.counted, d.desired, d.launched.len()), (100, 0, 8, 8));
    // Within the minute, ECS does not list them yet: the recorded launches still count.
    let d = &p.run(None).await.unwrap()[0];
    assert_eq!(
        (d.counted, d.launched.len(), d.note.as_deref()),
        (8, 0, Some("enough workers"))
    );
    assert_eq!(fleet.calls.lock().unwrap().len(), 1);
    // Later, three are running and the backlog has shrunk to 30 tasks: 3 are wanted, none launched.
    r.clock.advance(Duration::from_secs(120));
    *fleet.running.lock().unwrap() = 3;
    for _ in 0..70 {
        let c = r
            .store
            .claim_next(None, &WorkerId("w".into()), Duration::from_secs(300))
            .await
            .unwrap()
            .unwrap();
        r.store
            .accept_success(c.lease.task_id, c.lease.attempt, &serde_json::json!({}))
            .await
            .unwrap();
    }
    let d = &p.run(None).await.unwrap()[0];
    assert_eq!((d.visible, d.counted, d.desired, d.launched.len()), (30, 3, 1, 0));
}

#[tokio::test]
async fn a_cold_start_launches_one_worker_at_once() {
    let r = rig(3, 10).await;
    let fleet = FakeFleet::default();
    let p = Provisioner {
        store: r.store.as_ref(),
        stats: &r.queue,
        launcher: &fleet,
        clock: r.clock.as_ref(),
    };
    let d = &p.run(Some(&JobName::new("ocr").unwrap())).await.unwrap()[0];
    assert_eq!((d.mean_task_secs, d.desired, d.launched.len()), (None, 1, 1));
    let calls = fleet.calls.lock().unwrap();
    assert_eq!(
        calls[0].2,
        format!("folio-ocr-{}-0", 1_800_000_000 / 60),
        "the client token names job, minute and count"
    );
}
