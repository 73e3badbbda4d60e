//! The enqueue handler in process, on the embedded store and queue, with the JSON fixtures a
//! person would send it.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use folio_core::ports::{TaskFilter, TaskStore};
use folio_core::{JobName, JobSpec};
use folio_enqueue::{Enqueue, Manifests};
use folio_service::{ErrorKind, FunctionError};
use folio_store::DbQueue;
use lambda_runtime::{Context, Diagnostic, LambdaEvent};
use serde_json::{json, Value};

fn fixture(name: &str) -> Value {
    let path = format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Manifests held in memory, by URL.
struct Held(HashMap<String, Vec<u8>>);

#[async_trait]
impl Manifests for Held {
    async fn read(&self, url: &str) -> Result<Vec<u8>, FunctionError> {
        self.0.get(url).cloned().ok_or_else(|| {
            FunctionError::new(
                ErrorKind::InvalidRequest,
                format!("manifest: no object at {url}"),
                false,
            )
        })
    }
}

struct Rig {
    store: Arc<dyn TaskStore>,
    function: Enqueue,
    _dir: tempfile::TempDir,
}

async fn rig(settings: Value) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let store = folio_store::open(&folio_store::embedded_url(dir.path())).await.unwrap();
    let spec: JobSpec = serde_json::from_value(
        json!({"name": "ocr", "kind": "exec", "config": {"command": ["true"]}, "settings": settings}),
    )
    .unwrap();
    store.create_jobs(&[spec]).await.unwrap();
    let queue = Arc::new(DbQueue::new(store.clone(), None, Duration::from_millis(1)));
    let manifests = Held(HashMap::from([
        (
            "s3://folio-manifests/campaign-2026/volumes.jsonl".to_owned(),
            std::fs::read(format!("{}/fixtures/volumes.jsonl", env!("CARGO_MANIFEST_DIR"))).unwrap(),
        ),
        (
            "s3://folio-manifests/bad.jsonl".to_owned(),
            b"{\"w_id\": \"W1\", \"i_id\": \"I1\", \"etag\": \"e1\", \"nb_images\": 5}\n{\"w_id\": \"W2\"}\n".to_vec(),
        ),
    ]));
    let function = Enqueue::new(store.clone(), queue, Arc::new(manifests));
    Rig {
        store,
        function,
        _dir: dir,
    }
}

async fn task_count(store: &dyn TaskStore) -> usize {
    store
        .tasks(&TaskFilter {
            job: Some(JobName::new("ocr").unwrap()),
            status: None,
            limit: 100,
        })
        .await
        .unwrap()
        .len()
}

#[tokio::test]
async fn volumes_create_tasks_once_and_a_second_call_skips_them() {
    let r = rig(json!({})).await;
    let event = LambdaEvent::new(fixture("volumes.json"), Context::default());
    let first = r.function.handle(event.clone()).await.unwrap();
    assert_eq!((first.created, first.skipped, first.task_ids.len()), (2, 0, 2));
    let answer = serde_json::to_value(&first).unwrap();
    assert_eq!(answer["task_ids"], json!(first.task_ids));
    let again = r.function.handle(event).await.unwrap();
    assert_eq!((again.created, again.skipped), (0, 2));
    assert_eq!(task_count(r.store.as_ref()).await, 2);
}

#[tokio::test]
async fn a_manifest_in_s3_is_read_and_parsed() {
    let r = rig(json!({})).await;
    let answer = r.function.enqueue(&fixture("manifest.json")).await.unwrap();
    assert_eq!((answer.created, answer.skipped), (2, 0));

    let e = r
        .function
        .enqueue(&json!({"job": "ocr", "manifest": "s3://folio-manifests/bad.jsonl"}))
        .await
        .unwrap_err();
    assert_eq!(e.kind, "InvalidRequest");
    assert!(
        e.message
            .starts_with("manifest: s3://folio-manifests/bad.jsonl: line 2: "),
        "{e}"
    );
    let e = r
        .function
        .enqueue(&json!({"job": "ocr", "manifest": "s3://folio-manifests/none.jsonl"}))
        .await
        .unwrap_err();
    assert!(e.message.starts_with("manifest: no object at"), "{e}");
    assert_eq!(task_count(r.store.as_ref()).await, 2, "nothing more was created");
}

#[tokio::test]
async fn bad_requests_are_refused_with_an_error_naming_the_field() {
    let r = rig(json!({})).await;
    for (name, field) in [
        ("bad-missing-etag.json", "volumes[1].etag: "),
        ("bad-job-name.json", "job: "),
        ("bad-volumes-and-manifest.json", "manifest: "),
        ("bad-force.json", "force: "),
    ] {
        let e = r.function.enqueue(&fixture(name)).await.unwrap_err();
        assert!(!e.retryable, "{name}: {e}");
        let diagnostic = Diagnostic::from(e);
        assert_eq!(diagnostic.error_type, "InvalidRequest", "{name}");
        assert!(
            diagnostic.error_message.starts_with(field),
            "{name}: {}",
            diagnostic.error_message
        );
    }
    assert_eq!(task_count(r.store.as_ref()).await, 0);
    let e = r
        .function
        .enqueue(&json!({"job": "nope", "volumes": [{"w_id": "W", "i_id": "I", "etag": "e"}]}))
        .await
        .unwrap_err();
    assert_eq!(e.kind, "UnknownJob", "{e}");
}

#[tokio::test]
async fn the_admission_cap_refuses_the_whole_request() {
    let r = rig(json!({"max_queued": 1})).await;
    let e = r.function.enqueue(&fixture("volumes.json")).await.unwrap_err();
    assert_eq!(e.kind, "AdmissionRefused");
    assert!(e.message.contains("max_queued of 1"), "{e}");
    assert_eq!(task_count(r.store.as_ref()).await, 0, "nothing half-applied");
    let one = json!({"job": "ocr", "volumes": [{"w_id": "W1", "i_id": "I1", "etag": "e1"}]});
    assert_eq!(r.function.enqueue(&one).await.unwrap().created, 1);
}

#[tokio::test]
async fn a_reduce_job_is_refused_as_the_cli_refuses_it() {
    let r = rig(json!({})).await;
    let reduce: JobSpec = serde_json::from_value(
        json!({"name": "report", "kind": "exec", "config": {"command": ["true"]}, "depends_on": ["ocr"], "reduce": true}),
    )
    .unwrap();
    r.store.create_jobs(&[reduce]).await.unwrap();
    let request = json!({"job": "report", "volumes": [{"w_id": "W1", "i_id": "I1", "etag": "e1"}]});
    let e = r.function.enqueue(&request).await.unwrap_err();
    assert_eq!(e.kind, "ReduceNotEnqueueable", "{e}");
    assert!(e.message.contains("enqueue the volumes into 'ocr'"), "{e}");
    assert!(!e.retryable);
    assert_eq!(task_count(r.store.as_ref()).await, 0);
}

#[tokio::test]
async fn a_forced_enqueue_runs_the_finished_tasks_downstream_again_as_the_cli_does() {
    let r = rig(json!({})).await;
    let text: JobSpec = serde_json::from_value(
        json!({"name": "text", "kind": "exec", "config": {"command": ["true"]}, "depends_on": ["ocr"]}),
    )
    .unwrap();
    r.store.create_jobs(&[text]).await.unwrap();
    let request = json!({"job": "ocr", "volumes": [{"w_id": "W1", "i_id": "I1", "etag": "e1"}]});
    r.function.enqueue(&request).await.unwrap();
    let worker = folio_core::WorkerId("w".into());
    // Both tasks of the volume run to success: ocr's, then the text task it released.
    for _ in 0..2 {
        let claim = r
            .store
            .claim_next(None, &worker, Duration::from_secs(60))
            .await
            .unwrap()
            .unwrap();
        r.store.complete(&claim.lease, &json!({})).await.unwrap();
    }
    let statuses = |job: &'static str| {
        let store = r.store.clone();
        async move {
            store
                .tasks(&TaskFilter {
                    job: Some(JobName::new(job).unwrap()),
                    status: None,
                    limit: 10,
                })
                .await
                .unwrap()
                .iter()
                .map(|t| t.status.as_str())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(statuses("text").await, ["succeeded"]);

    let forced = json!({"job": "ocr", "volumes": [{"w_id": "W1", "i_id": "I1", "etag": "e1"}], "force": true});
    assert_eq!(r.function.enqueue(&forced).await.unwrap().created, 1);
    assert_eq!(statuses("ocr").await, ["queued"]);
    // The downstream task waits for the re-run instead of keeping the old run's output.
    assert_eq!(statuses("text").await, ["pending"]);
}
