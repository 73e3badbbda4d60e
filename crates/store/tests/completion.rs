//! The completion handler, as both the on-complete Lambda and the directory blob store call
//! it: idempotent, strict about what a success.json claims, indifferent to other objects.

use std::sync::Arc;
use std::time::Duration;

use folio_core::completion::{CompletionError, CompletionHandler, CompletionOutcome};
use folio_core::ids::VolumeSpec;
use folio_core::job::{JobSpec, RunSettings};
use folio_core::ports::{flush_outbox, TaskFilter};
use folio_core::{JobName, TaskStatus, VolumeRef, WorkerId};

async fn setup() -> (
    tempfile::TempDir,
    Arc<dyn folio_core::ports::TaskStore>,
    CompletionHandler,
) {
    let dir = tempfile::tempdir().unwrap();
    let store = folio_store::open(&folio_store::embedded_url(dir.path())).await.unwrap();
    let queue = Arc::new(folio_store::DbQueue::new(store.clone(), None, Duration::from_millis(1)));
    let spec = |n: &str, deps: &[&str]| JobSpec {
        name: JobName::new(n).unwrap(),
        kind: "exec".into(),
        config: serde_json::json!({}),
        depends_on: deps.iter().map(|d| JobName::new(*d).unwrap()).collect(),
        reduce: false,
        settings: RunSettings::default(),
    };
    store
        .create_jobs(&[spec("ocr", &[]), spec("eval", &["ocr"])])
        .await
        .unwrap();
    let v = VolumeSpec {
        volume: VolumeRef::new("W1", "I1", "e1").unwrap(),
        nb_images: 3,
    };
    store.enqueue(&JobName::new("ocr").unwrap(), &[v], false).await.unwrap();
    flush_outbox(store.as_ref(), queue.as_ref()).await.unwrap();
    let handler = CompletionHandler::new(store.clone(), queue, 1);
    (dir, store, handler)
}

fn record(task: i64, job: &str, attempt: i32) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "task_id": task, "job": job, "volume": {"w_id": "W1", "i_id": "I1", "etag": "e1"},
        "attempt": attempt, "worker": "w", "metrics": {}, "artefacts": []
    }))
    .unwrap()
}

#[tokio::test]
async fn accepts_once_releases_downstream_and_treats_repeats_as_duplicates() {
    let (_d, store, handler) = setup().await;
    let claim = store
        .claim_next(None, &WorkerId("w".into()), Duration::from_secs(60))
        .await
        .unwrap()
        .unwrap();
    let key = "campaign/ocr/W1/I1/e1/a1/success.json";
    let first = handler
        .handle(key, &record(claim.lease.task_id.0, "ocr", 1))
        .await
        .unwrap();
    assert_eq!(
        first,
        CompletionOutcome::Accepted {
            task: claim.lease.task_id,
            released: 1
        }
    );
    let again = handler
        .handle(key, &record(claim.lease.task_id.0, "ocr", 1))
        .await
        .unwrap();
    assert_eq!(
        again,
        CompletionOutcome::Duplicate {
            task: claim.lease.task_id
        }
    );
    let eval = store
        .tasks(&TaskFilter {
            job: Some(JobName::new("eval").unwrap()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(eval.len(), 1, "the duplicate released nothing twice");
    assert_eq!(eval[0].status, TaskStatus::Queued);
    assert!(eval[0].sent_at.is_some(), "the handler sent what the acceptance owed");
}

#[tokio::test]
async fn other_objects_are_ignored_and_bad_records_are_refused_as_terminal() {
    let (_d, store, handler) = setup().await;
    let claim = store
        .claim_next(None, &WorkerId("w".into()), Duration::from_secs(60))
        .await
        .unwrap()
        .unwrap();
    let id = claim.lease.task_id.0;
    assert_eq!(
        handler
            .handle("campaign/ocr/W1/I1/e1/a1/0001.txt", b"text")
            .await
            .unwrap(),
        CompletionOutcome::Ignored
    );
    let err = handler
        .handle("campaign/ocr/W1/I1/e1/a1/success.json", b"{not json")
        .await
        .unwrap_err();
    assert!(
        matches!(err, CompletionError::Malformed { .. }) && !err.is_retryable(),
        "{err}"
    );
    let err = handler
        .handle("campaign/ocr/W1/I1/e1/a2/success.json", &record(id, "ocr", 1))
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("says job 'ocr' attempt 1, but its key says job 'ocr' attempt 2"),
        "{err}"
    );
    let stale = handler
        .handle("campaign/ocr/W1/I1/e1/a7/success.json", &record(id, "ocr", 7))
        .await
        .unwrap();
    assert_eq!(
        stale,
        CompletionOutcome::Stale {
            task: claim.lease.task_id,
            attempt: 7,
            current_attempt: 1
        }
    );
    assert_eq!(
        store.task(claim.lease.task_id).await.unwrap().status,
        TaskStatus::Running
    );
}
