//! The `ocr` and `ocr-eval` kinds on a real sample page: one volume read (with a corrupt page
//! beside the good one), scored against its ground truth, then pooled by the reduce.

use std::path::{Path, PathBuf};

use chrono::Utc;
use folio_core::job::{Job, JobSpec, JobStatus, RunSettings};
use folio_core::kind::{JobKind, StagedInput, TaskContext};
use folio_core::ports::{Claim, Lease};
use folio_core::{JobName, TaskId, VolumeRef, WorkerId};
use folio_jobs::ocr::Ocr;
use folio_jobs::ocr_eval::OcrEval;
use serde_json::json;
use tokio_util::sync::CancellationToken;

fn sample(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/volumes")
        .join(rel)
}

fn context(
    root: &Path,
    job: &str,
    kind: &str,
    config: serde_json::Value,
    volume: Option<VolumeRef>,
    images: Option<PathBuf>,
    upstream: Vec<StagedInput>,
) -> TaskContext {
    let name = JobName::new(job).unwrap();
    let dir = |d: &str| {
        let p = root.join(job).join(d);
        std::fs::create_dir_all(&p).unwrap();
        p
    };
    TaskContext {
        job: Job {
            id: 1,
            spec: JobSpec {
                name: name.clone(),
                kind: kind.into(),
                config,
                depends_on: vec![],
                reduce: volume.is_none(),
                settings: RunSettings::default(),
            },
            status: JobStatus::Active,
            queue_url: None,
            dlq_url: None,
            created_at: Utc::now(),
        },
        claim: Claim {
            lease: Lease {
                task_id: TaskId(7),
                attempt: 1,
                worker: WorkerId("w".into()),
            },
            job: name,
            nb_images: 2,
            volume,
            max_attempts: 3,
        },
        images_dir: images,
        upstream,
        output_dir: dir("out"),
        scratch_dir: dir("work"),
        cancel: CancellationToken::new(),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_volume_is_read_scored_and_reported_and_its_corrupt_page_is_listed_not_fatal() {
    let tmp = tempfile::tempdir().unwrap();
    let images = tmp.path().join("images");
    std::fs::create_dir_all(&images).unwrap();
    std::fs::copy(sample("W0001/I0001/0001.png"), images.join("0001.png")).unwrap();
    std::fs::copy(sample("W0001/I0001/0001.gt.txt"), images.join("0001.gt.txt")).unwrap();
    std::fs::write(
        images.join("0002.png"),
        &std::fs::read(images.join("0001.png")).unwrap()[..1500],
    )
    .unwrap();
    let volume = VolumeRef {
        w_id: "W0001".into(),
        i_id: "I0001".into(),
        etag: "e1".into(),
    };

    let ocr = context(
        tmp.path(),
        "ocr",
        "ocr",
        json!({"formats": ["hocr", "alto"]}),
        Some(volume.clone()),
        Some(images.clone()),
        vec![],
    );
    let out = Ocr.run(&ocr).await.unwrap();
    assert_eq!(out.metrics["pages"], 2, "{}", out.metrics);
    assert_eq!(out.metrics["pages_failed"], 1);
    assert_eq!(out.metrics["failed"][0]["page"], "0002");
    assert_eq!(out.metrics["failed"][0]["kind"], "corrupt");
    for file in ["0001.json", "0001.txt", "0001.hocr", "0001.alto.xml", "0002.json"] {
        assert!(ocr.output_dir.join("pages").join(file).is_file(), "{file}");
    }
    let volume_text = std::fs::read_to_string(ocr.output_dir.join("volume.txt")).unwrap();
    assert!(volume_text.contains("Rabbit-Hole"), "{volume_text}");
    let list: serde_json::Value =
        serde_json::from_slice(&std::fs::read(ocr.output_dir.join("pages.json")).unwrap()).unwrap();
    assert_eq!(list[1]["error"]["kind"], "corrupt", "{list}");

    let eval = context(
        tmp.path(),
        "ocr-eval",
        "ocr-eval",
        json!({}),
        Some(volume.clone()),
        Some(images.clone()),
        vec![StagedInput {
            job: JobName::new("ocr").unwrap(),
            volume: Some(volume.clone()),
            dir: ocr.output_dir.clone(),
        }],
    );
    let scored = OcrEval.run(&eval).await.unwrap();
    assert_eq!(scored.metrics["pages_scored"], 1, "{}", scored.metrics);
    let cer = scored.metrics["cer"].as_f64().unwrap();
    assert!(cer < 0.05, "CER {cer}");

    let report = context(
        tmp.path(),
        "ocr-report",
        "ocr-eval",
        json!({}),
        None,
        None,
        vec![StagedInput {
            job: JobName::new("ocr-eval").unwrap(),
            volume: Some(volume),
            dir: eval.output_dir.clone(),
        }],
    );
    let pooled = OcrEval.run(&report).await.unwrap();
    assert_eq!(pooled.metrics["volumes"], 1);
    assert_eq!(pooled.metrics["cer"].as_f64().unwrap(), cer);
    let summary = std::fs::read_to_string(report.output_dir.join("summary.txt")).unwrap();
    assert!(summary.starts_with("CER "), "{summary}");
    assert!(summary.contains("1 failed"), "{summary}");

    // A reduce job of kind ocr, or an ocr-eval without its ocr job, is told what to fix.
    let misplaced = context(tmp.path(), "bad", "ocr", json!({}), None, None, vec![]);
    let err = Ocr.run(&misplaced).await.unwrap_err();
    assert!(err.to_string().contains("cannot be a reduce job"), "{err}");
}
