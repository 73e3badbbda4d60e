//! The on-complete handler in process, on the embedded store, queue and a directory standing
//! for the artefacts bucket, with S3 events as moto and AWS write them, direct or through SQS.

use std::sync::Arc;
use std::time::Duration;

use folio_core::blob::{attempt_prefix, BlobKey, BlobStore, DirBlobStore, SuccessRecord};
use folio_core::ids::VolumeSpec;
use folio_core::ports::{Claim, TaskFilter, TaskStore};
use folio_core::{JobName, JobSpec, TaskStatus, VolumeRef, WorkerId};
use folio_on_complete::{OnComplete, Response, Summary};
use folio_store::DbQueue;
use lambda_runtime::{Context, LambdaEvent};
use serde_json::{json, Value};

fn fixture(name: &str) -> Value {
    let path = format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

struct Rig {
    store: Arc<dyn TaskStore>,
    function: OnComplete,
    claim: Claim,
    _dir: tempfile::TempDir,
}

/// Jobs `ocr` and `eval` (which depends on it), the `ocr` task of volume W1/I1/e1 claimed as
/// attempt 1, and its success.json at `s3://folio-artefacts/runs/ocr/W1/I1/e1/a1/success.json`.
async fn rig() -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let store = folio_store::open(&folio_store::embedded_url(dir.path())).await.unwrap();
    let spec = |name: &str, deps: &[&str]| -> JobSpec {
        serde_json::from_value(
            json!({"name": name, "kind": "exec", "config": {"command": ["true"]}, "depends_on": deps}),
        )
        .unwrap()
    };
    store
        .create_jobs(&[spec("ocr", &[]), spec("eval", &["ocr"])])
        .await
        .unwrap();
    let ocr = JobName::new("ocr").unwrap();
    let volume = VolumeRef::new("W1", "I1", "e1").unwrap();
    store
        .enqueue(
            &ocr,
            &[VolumeSpec {
                volume: volume.clone(),
                nb_images: 5,
            }],
            false,
        )
        .await
        .unwrap();
    let claim = store
        .claim_next(None, &WorkerId("w1".into()), Duration::from_secs(300))
        .await
        .unwrap()
        .unwrap();
    let artefacts = Arc::new(DirBlobStore::new(dir.path().join("blobs")));
    let record = SuccessRecord {
        task_id: claim.lease.task_id,
        job: ocr.clone(),
        volume: Some(volume.clone()),
        attempt: claim.lease.attempt,
        worker: "w1".into(),
        metrics: json!({"pages": 5}),
        artefacts: vec![],
    };
    let key = attempt_prefix(&ocr, Some(&volume), 1).join("success.json").unwrap();
    artefacts.put(&key, serde_json::to_vec(&record).unwrap()).await.unwrap();
    let queue = Arc::new(DbQueue::new(store.clone(), None, Duration::from_millis(1)));
    let function = OnComplete::new(
        artefacts,
        "folio-artefacts",
        Some(BlobKey::new("runs").unwrap()),
        store.clone(),
        queue,
    );
    Rig {
        store,
        function,
        claim,
        _dir: dir,
    }
}

impl Rig {
    async fn tasks(&self, job: &str) -> Vec<folio_core::ports::TaskRecord> {
        self.store
            .tasks(&TaskFilter {
                job: Some(JobName::new(job).unwrap()),
                status: None,
                limit: 100,
            })
            .await
            .unwrap()
    }

    async fn handle(&self, name: &str) -> Response {
        let event = LambdaEvent::new(fixture(name), Context::default());
        self.function.handle(event).await.unwrap()
    }
}

fn no_failures(response: &Response) -> bool {
    matches!(response, Response::Batch(b) if b.batch_item_failures.is_empty())
}

#[tokio::test]
async fn a_direct_s3_event_accepts_the_success_and_releases_the_downstream_task_once() {
    for name in [
        "s3-put-from-moto.json",
        "s3-put-aws.json",
        "s3-multipart-from-moto.json",
    ] {
        let r = rig().await;
        assert!(r.tasks("eval").await.is_empty());
        let first = r.handle(name).await;
        assert_eq!(
            first,
            Response::Direct(Summary {
                accepted: 1,
                ..Summary::default()
            }),
            "{name}"
        );
        let ocr = r.store.task(r.claim.lease.task_id).await.unwrap();
        assert_eq!(
            (ocr.status, ocr.metrics),
            (TaskStatus::Succeeded, Some(json!({"pages": 5})))
        );
        let eval = r.tasks("eval").await;
        assert_eq!(eval.len(), 1, "{name}");
        assert_eq!(eval[0].status, TaskStatus::Queued);
        // The same event again (S3 delivers at least once): nothing new.
        let again = r.handle(name).await;
        assert_eq!(
            again,
            Response::Direct(Summary {
                duplicates: 1,
                ..Summary::default()
            }),
            "{name}"
        );
        assert_eq!(r.tasks("eval").await.len(), 1, "{name}");
    }
}

#[tokio::test]
async fn an_sqs_event_answers_a_partial_batch_response() {
    for name in ["sqs-s3-put-from-moto.json", "sqs-s3-put-aws.json"] {
        let r = rig().await;
        let response = r.handle(name).await;
        assert!(no_failures(&response), "{name}: {response:?}");
        assert_eq!(
            serde_json::to_value(&response).unwrap(),
            json!({"batchItemFailures": []})
        );
        assert_eq!(r.tasks("eval").await.len(), 1, "{name}");
        assert!(no_failures(&r.handle(name).await));
        assert_eq!(r.tasks("eval").await.len(), 1, "{name}");
    }
}

#[tokio::test]
async fn one_bad_record_fails_alone_and_the_rest_of_the_batch_is_done() {
    let r = rig().await;
    let response = r.handle("sqs-batch-with-a-bad-record.json").await;
    assert_eq!(
        serde_json::to_value(&response).unwrap(),
        json!({"batchItemFailures": [{"itemIdentifier": "2e1424d4-f796-459a-8184-9c92662be6d2"}]})
    );
    // The good record of the same batch was handled.
    assert_eq!(r.tasks("eval").await.len(), 1);
}

#[tokio::test]
async fn test_events_and_other_objects_change_nothing() {
    let r = rig().await;
    assert_eq!(
        r.handle("s3-testevent-from-moto.json").await,
        Response::Direct(Summary::default())
    );
    assert!(no_failures(&r.handle("sqs-s3-testevent.json").await));
    // A page, not a success.json; another bucket; a key outside the prefix.
    for (bucket, key) in [
        ("folio-artefacts", "runs/ocr/W1/I1/e1/a1/page-0001.txt"),
        ("other-bucket", "runs/ocr/W1/I1/e1/a1/success.json"),
        ("folio-artefacts", "elsewhere/ocr/W1/I1/e1/a1/success.json"),
    ] {
        let mut event = fixture("s3-put-aws.json");
        event["Records"][0]["s3"]["bucket"]["name"] = json!(bucket);
        event["Records"][0]["s3"]["object"]["key"] = json!(key);
        let response = r.function.handle_payload(&event).await.unwrap();
        assert_eq!(
            response,
            Response::Direct(Summary {
                ignored: 1,
                ..Summary::default()
            }),
            "{bucket}/{key}"
        );
    }
    assert!(r.tasks("eval").await.is_empty());
    assert_eq!(
        r.store.task(r.claim.lease.task_id).await.unwrap().status,
        TaskStatus::Running
    );
}

#[tokio::test]
async fn an_unreadable_event_is_an_error_naming_its_shape() {
    let r = rig().await;
    let e = r.function.handle_payload(&json!({"hello": "world"})).await.unwrap_err();
    assert_eq!(e.kind, "InvalidEvent");
    assert!(e.message.contains("S3 event notification"), "{e}");
    // A success.json that is missing: a direct event fails (Lambda tries it again).
    let mut event = fixture("s3-put-aws.json");
    event["Records"][0]["s3"]["object"]["key"] = json!("runs/ocr/W1/I1/e1/a2/success.json");
    let e = r.function.handle_payload(&event).await.unwrap_err();
    assert_eq!(e.kind, "RecordFailed", "{e}");
    assert!(e.message.contains("runs/ocr/W1/I1/e1/a2/success.json"), "{e}");
}
