//! The worker runtime's task hooks (which hold ECS scale-in protection in the fleet worker) on
//! the embedded adapters: called once around each task, with the task's duration cap.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use folio_core::blob::DirBlobStore;
use folio_core::ids::VolumeSpec;
use folio_core::ports::Claim;
use folio_core::worker::{Step, TaskHooks, TaskOutcome, Worker, WorkerConfig};
use folio_core::{JobName, JobSpec, TaskId, VolumeRef, WorkerId};
use folio_store::DbQueue;
use tokio_util::sync::CancellationToken;

#[derive(Default)]
struct Recorded(Mutex<Vec<(&'static str, TaskId, Option<Duration>)>>);

#[async_trait]
impl TaskHooks for Recorded {
    async fn task_started(&self, claim: &Claim, for_at_most: Duration) {
        self.0
            .lock()
            .unwrap()
            .push(("started", claim.lease.task_id, Some(for_at_most)));
    }
    async fn task_ended(&self, claim: &Claim) {
        self.0.lock().unwrap().push(("ended", claim.lease.task_id, None));
    }
}

fn page(images: &Path, w: &str) {
    let dir = images.join(w).join("I1");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("0001.png"), b"png").unwrap();
}

#[tokio::test]
async fn hooks_run_around_each_task_whatever_its_outcome() {
    let dir = tempfile::tempdir().unwrap();
    let store = folio_store::open(&folio_store::embedded_url(dir.path())).await.unwrap();
    let spec: JobSpec = serde_json::from_value(serde_json::json!({
        "name": "ocr", "kind": "exec",
        "config": {"command": ["sh", "-c", "test \"$FOLIO_W_ID\" = W1"]},
        "settings": {"max_duration_secs": 600, "max_attempts": 1}
    }))
    .unwrap();
    store.create_jobs(&[spec]).await.unwrap();
    let images = dir.path().join("images");
    let volumes: Vec<VolumeSpec> = ["W1", "W2"]
        .iter()
        .map(|w| {
            page(&images, w);
            VolumeSpec {
                volume: VolumeRef::new(*w, "I1", "e1").unwrap(),
                nb_images: 1,
            }
        })
        .collect();
    store
        .enqueue(&JobName::new("ocr").unwrap(), &volumes, false)
        .await
        .unwrap();

    let mut cfg = WorkerConfig::new(
        WorkerId("w".into()),
        "host",
        Duration::from_secs(30),
        dir.path().join("work"),
    );
    cfg.drain_grace = Duration::from_secs(20);
    let hooks = Arc::new(Recorded::default());
    let worker = Worker::new(
        cfg,
        store.clone(),
        Arc::new(DbQueue::new(store.clone(), None, Duration::from_millis(10))),
        Arc::new(DirBlobStore::new(dir.path().join("blobs"))),
        Arc::new(DirBlobStore::new(&images)),
        folio_jobs::registry(),
        CancellationToken::new(),
    )
    .with_hooks(hooks.clone());

    let mut outcomes = Vec::new();
    while let Step::Completed(report) = worker.try_execute_next().await.unwrap() {
        outcomes.push((report.task_id, report.outcome));
    }
    assert_eq!(outcomes.len(), 2);
    assert!(outcomes.iter().any(|(_, o)| *o == TaskOutcome::Succeeded));
    assert!(outcomes.iter().any(|(_, o)| matches!(o, TaskOutcome::Failed { .. })));
    let calls = hooks.0.lock().unwrap().clone();
    let expected: Vec<_> = outcomes
        .iter()
        .flat_map(|(id, _)| [("started", *id, Some(Duration::from_secs(620))), ("ended", *id, None)])
        .collect();
    assert_eq!(calls, expected);
}
