//! The provision handler in process: which jobs each fixture asks for, and the provisioner run
//! on the embedded store with a fleet that records its launches (ECS itself is tested against
//! the emulator in fleet-worker's end-to-end suite).

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use folio_core::clock::SystemClock;
use folio_core::ids::VolumeSpec;
use folio_core::ports::{FleetCensus, LaunchError, LaunchOutcome, Launcher, WorkerCount};
use folio_core::{JobName, JobSpec, VolumeRef};
use folio_provision::{target, Provision, Target};
use folio_store::DbQueue;
use lambda_runtime::{Context, Diagnostic, LambdaEvent};
use serde_json::{json, Value};

fn fixture(name: &str) -> Value {
    let path = format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn jobs(names: &[&str]) -> Target {
    Target::Jobs(names.iter().map(|n| JobName::new(*n).unwrap()).collect::<BTreeSet<_>>())
}

#[test]
fn each_event_names_the_jobs_to_provision() {
    assert_eq!(target(&fixture("sns-alarm.json")).unwrap(), jobs(&["ocr"]));
    assert_eq!(target(&fixture("sns-alarm-without-job.json")).unwrap(), Target::Every);
    assert!(matches!(target(&fixture("sns-alarm-ok.json")).unwrap(), Target::Nothing(n) if n.contains("is OK")));
    assert_eq!(target(&fixture("direct-job.json")).unwrap(), jobs(&["ocr"]));
    assert_eq!(target(&fixture("direct-every-job.json")).unwrap(), Target::Every);
    let scheduled = format!(
        "{}/../backlog/fixtures/scheduled-event.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let scheduled: Value = serde_json::from_str(&std::fs::read_to_string(scheduled).unwrap()).unwrap();
    assert_eq!(target(&scheduled).unwrap(), Target::Every);
}

#[test]
fn bad_input_is_refused_naming_the_field() {
    let e = Diagnostic::from(target(&fixture("bad-job.json")).unwrap_err());
    assert_eq!(e.error_type, "InvalidRequest");
    assert!(e.error_message.starts_with("job: "), "{}", e.error_message);
    let e = target(&json!({"job": "ocr", "count": 3})).unwrap_err();
    assert!(e.message.starts_with("count: unknown field"), "{e}");
    let mut alarm = fixture("sns-alarm.json");
    alarm["Records"][0]["Sns"]["Message"] = json!("not an alarm");
    let e = target(&alarm).unwrap_err();
    assert_eq!(e.kind, "InvalidEvent");
    assert!(e.message.contains("Records[0].Sns.Message"), "{e}");
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

#[tokio::test]
async fn an_alarm_launches_for_its_job_only() {
    let dir = tempfile::tempdir().unwrap();
    let store = folio_store::open(&folio_store::embedded_url(dir.path())).await.unwrap();
    let spec = |name: &str| -> JobSpec {
        serde_json::from_value(json!({"name": name, "kind": "exec", "config": {"command": ["true"]}})).unwrap()
    };
    store.create_jobs(&[spec("ocr"), spec("eval")]).await.unwrap();
    for job in ["ocr", "eval"] {
        let volume = VolumeSpec {
            volume: VolumeRef::new("W1", "I1", "e1").unwrap(),
            nb_images: 2,
        };
        store
            .enqueue(&JobName::new(job).unwrap(), &[volume], false)
            .await
            .unwrap();
    }
    let fleet = Arc::new(Fleet::default());
    let function = Provision {
        store: store.clone(),
        stats: Arc::new(DbQueue::new(store.clone(), None, Duration::from_millis(1))),
        launcher: fleet.clone(),
        clock: Arc::new(SystemClock),
    };
    let report = function
        .handle(LambdaEvent::new(fixture("sns-alarm.json"), Context::default()))
        .await
        .unwrap();
    assert_eq!(report.decisions.len(), 1);
    assert_eq!(report.decisions[0].job.as_str(), "ocr");
    assert_eq!(*fleet.0.lock().unwrap(), [("ocr".to_owned(), 1)]);

    let quiet = function.run(&fixture("sns-alarm-ok.json")).await.unwrap();
    assert!(quiet.decisions.is_empty() && quiet.note.is_some());
    let e = function.run(&json!({"job": "gone"})).await.unwrap_err();
    assert_eq!(e.kind, "UnknownJob", "{e}");
    assert_eq!(fleet.0.lock().unwrap().len(), 1, "nothing more was launched");
}
