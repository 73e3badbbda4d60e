//! The backlog handler in process on the embedded store and queue, with a metrics sink and a
//! fleet that record what they are asked (CloudWatch and ECS are tested against the emulator
//! in fleet-worker's end-to-end suite).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use folio_backlog::Backlog;
use folio_core::clock::SystemClock;
use folio_core::ids::VolumeSpec;
use folio_core::metrics::{BACKLOG_SECONDS, IN_FLIGHT_MESSAGES, RUNNING_WORKERS, VISIBLE_MESSAGES};
use folio_core::ports::{
    FleetCensus, LaunchError, LaunchOutcome, Launcher, MetricDatum, Metrics, MetricsError, TaskStore, WorkerCount,
};
use folio_core::{JobName, JobSpec, TaskStatus, VolumeRef, WorkerId};
use folio_service::RegisteredWorkers;
use folio_store::DbQueue;
use lambda_runtime::{Context, LambdaEvent};
use serde_json::{json, Value};

fn fixture(name: &str) -> Value {
    let path = format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
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

#[derive(Default)]
struct Fleet(Mutex<Vec<(String, u32)>>);

#[async_trait]
impl Launcher for Fleet {
    async fn launch(&self, job: &JobName, count: u32, _token: &str) -> Result<LaunchOutcome, LaunchError> {
        self.0.lock().unwrap().push((job.to_string(), count));
        Ok(LaunchOutcome {
            launched: (0..count).map(|i| format!("arn:task/{job}/{i}")).collect(),
            failures: vec![],
        })
    }
}

#[async_trait]
impl FleetCensus for Fleet {
    async fn count(&self, _job: &JobName) -> Result<WorkerCount, LaunchError> {
        Ok(WorkerCount::default())
    }
}

async fn store(dir: &tempfile::TempDir) -> Arc<dyn TaskStore> {
    let store = folio_store::open(&folio_store::embedded_url(dir.path())).await.unwrap();
    let spec: JobSpec =
        serde_json::from_value(json!({"name": "ocr", "kind": "exec", "config": {"command": ["true"]}})).unwrap();
    store.create_jobs(&[spec]).await.unwrap();
    let volumes: Vec<VolumeSpec> = (0..3)
        .map(|i| VolumeSpec {
            volume: VolumeRef::new(format!("W{i}"), "I1", "e1").unwrap(),
            nb_images: 4,
        })
        .collect();
    store
        .enqueue(&JobName::new("ocr").unwrap(), &volumes, false)
        .await
        .unwrap();
    store
}

fn backlog(
    store: Arc<dyn TaskStore>,
    census: Arc<dyn FleetCensus>,
    metrics: Arc<Recorded>,
    launcher: Option<Arc<dyn Launcher>>,
) -> Backlog {
    let queue = Arc::new(DbQueue::new(store.clone(), None, Duration::from_millis(1)));
    Backlog {
        store,
        queue: queue.clone(),
        stats: queue,
        census,
        launcher,
        metrics,
        clock: Arc::new(SystemClock),
        stale_after: Duration::from_millis(200),
        success_events: None,
    }
}

#[tokio::test]
async fn a_scheduled_event_publishes_backlog_metrics_and_requeues_a_stale_task() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir).await;
    let stuck = store
        .claim_next(None, &WorkerId("gone".into()), Duration::from_millis(200))
        .await
        .unwrap()
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let metrics = Arc::new(Recorded::default());
    let workers = Arc::new(RegisteredWorkers::new(store.clone(), Duration::from_secs(60)));
    let function = backlog(store.clone(), workers, metrics.clone(), None);

    let report = function
        .handle(LambdaEvent::new(fixture("scheduled-event.json"), Context::default()))
        .await
        .unwrap();
    assert_eq!(report.tick.reclaimed, [(stuck.lease.task_id, TaskStatus::Failed)]);
    assert!(report.provisioned.is_empty());
    let job = &report.tick.jobs[0];
    assert_eq!((job.job.as_str(), job.depth.visible, job.workers), ("ocr", 3, 0));
    let published = metrics.0.lock().unwrap();
    let names: Vec<&str> = published.iter().map(|d| d.name).collect();
    assert_eq!(
        names,
        [VISIBLE_MESSAGES, IN_FLIGHT_MESSAGES, RUNNING_WORKERS, BACKLOG_SECONDS]
    );
    assert_eq!(published[0].value, 3.0);
    // The answer is JSON with the tick's figures at the top.
    let answer = serde_json::to_value(&report).unwrap();
    assert_eq!(answer["jobs"][0]["depth"]["visible"], 3);
}

#[tokio::test]
async fn with_a_launcher_the_tick_also_provisions() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir).await;
    let fleet = Arc::new(Fleet::default());
    let function = backlog(store, fleet.clone(), Arc::new(Recorded::default()), Some(fleet.clone()));
    let report = function.run().await.unwrap();
    // Work waiting and nobody running: a cold start launches one worker at once.
    assert_eq!(report.provisioned.len(), 1);
    assert_eq!(report.provisioned[0].launched.len(), 1);
    assert_eq!(*fleet.0.lock().unwrap(), [("ocr".to_owned(), 1)]);
}
