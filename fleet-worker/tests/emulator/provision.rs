//! The provisioner against moto's ECS: a backlog makes the backlog handler launch workers up to
//! the job's cap, and a CloudWatch alarm through SNS, or a direct call, launches no more.

use std::sync::Arc;
use std::time::Duration;

use aws_sdk_ecs::types::{Compatibility, ContainerDefinition, DesiredStatus, NetworkMode};
use chrono::Utc;
use folio_backlog::Backlog;
use folio_core::clock::ManualClock;
use folio_core::WorkerId;
use folio_enqueue::Enqueue;
use folio_provision::Provision;
use serde_json::{json, Value};

use crate::common::{self, exec_job, Stack};

const CAP: u32 = 3;

/// A Fargate cluster and a fleet-worker task definition in moto, and the settings naming them.
async fn cluster() -> Vec<(String, String)> {
    common::moto();
    let config = folio_aws::load_sdk_config().await;
    let ecs = aws_sdk_ecs::Client::new(&config);
    common::keep_ecs_tasks_running().await;
    let cluster = common::unique("folio-");
    ecs.create_cluster()
        .cluster_name(&cluster)
        .capacity_providers("FARGATE")
        .capacity_providers("FARGATE_SPOT")
        .send()
        .await
        .unwrap();
    let family = common::unique("fleet-worker-");
    ecs.register_task_definition()
        .family(&family)
        .network_mode(NetworkMode::Awsvpc)
        .requires_compatibilities(Compatibility::Fargate)
        .cpu("1024")
        .memory("2048")
        .container_definitions(
            ContainerDefinition::builder()
                .name("fleet-worker")
                .image("folio/fleet-worker:test")
                // moto wants a container memory even when the task sets one.
                .memory(2048)
                .essential(true)
                .build(),
        )
        .send()
        .await
        .unwrap();
    vec![
        ("FOLIO_ECS_CLUSTER".into(), cluster),
        ("FOLIO_ECS_TASK_DEFINITION".into(), family),
        ("FOLIO_ECS_CAPACITY".into(), "FARGATE_SPOT:3,FARGATE:1:1".into()),
        ("FOLIO_ECS_SUBNETS".into(), common::default_subnets().await.join(",")),
        (
            "FOLIO_ECS_SECURITY_GROUPS".into(),
            common::default_security_group().await,
        ),
    ]
}

fn alarm_for(job: &str) -> Value {
    let path = format!(
        "{}/../functions/provision/fixtures/sns-alarm.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut event: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let message = event["Records"][0]["Sns"]["Message"].as_str().unwrap();
    let mut alarm: Value = serde_json::from_str(message).unwrap();
    alarm["Trigger"]["Dimensions"][0]["value"] = json!(job);
    event["Records"][0]["Sns"]["Message"] = json!(alarm.to_string());
    event
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backlog_launches_ecs_workers_up_to_the_cap_and_no_further() {
    let ecs = cluster().await;
    let settings: Vec<(&str, &str)> = ecs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let stack = Stack::with_settings(&settings).await;
    let job = common::unique_job();
    let spec = exec_job(
        &job,
        "true",
        json!({"settings": {"max_workers": CAP, "target_backlog_secs": 1}}),
    );
    stack.create_job(spec, Duration::from_secs(300)).await;
    let volumes: Vec<Value> = (0..10)
        .map(|i| json!({"w_id": format!("W{i}"), "i_id": "I1", "etag": "e1"}))
        .collect();
    let enqueued = Enqueue::from_services(&stack.services)
        .enqueue(&json!({"job": job, "volumes": volumes}))
        .await
        .unwrap();

    // One task that took a minute gives the job a mean task time: 10 messages × 60 s against a
    // 1 s target calls for far more workers than the cap.
    let clock = Arc::new(ManualClock::new(Utc::now()));
    let timed = folio_store::open_with_clock(&stack.db.url, clock.clone())
        .await
        .unwrap();
    let first = enqueued.task_ids[0];
    timed
        .claim_task(first, &WorkerId("timed".into()), Duration::from_secs(300))
        .await
        .unwrap();
    clock.advance(Duration::from_secs(60));
    timed.accept_success(first, 1, &json!({})).await.unwrap();

    let report = Backlog::from_services(&stack.services).unwrap().run().await.unwrap();
    let decision = report.provisioned.iter().find(|d| d.job == job).unwrap();
    assert_eq!(decision.mean_task_secs, Some(60.0));
    assert_eq!((decision.counted, decision.desired), (0, CAP), "{decision:?}");
    assert_eq!(decision.launched.len(), CAP as usize, "{decision:?}");
    assert!(decision.failures.is_empty(), "{:?}", decision.failures);

    // The backlog alarm fires, and an operator calls the function directly: the cap holds.
    let provision = Provision::from_services(&stack.services).unwrap();
    for event in [alarm_for(job.as_str()), json!({"job": job})] {
        let report = provision.run(&event).await.unwrap();
        let d = &report.decisions[0];
        assert_eq!((d.counted, d.desired, d.launched.len()), (CAP, CAP, 0), "{d:?}");
        assert_eq!(d.note.as_deref(), Some("enough workers"));
    }

    // ECS runs exactly three tasks for the job, each told its job.
    let cluster_name = &ecs[0].1;
    let listed = stack
        .clients
        .ecs
        .list_tasks()
        .cluster(cluster_name)
        .started_by(format!("folio-{job}"))
        .desired_status(DesiredStatus::Running)
        .send()
        .await
        .unwrap();
    assert_eq!(listed.task_arns().len(), CAP as usize);
    let described = stack
        .clients
        .ecs
        .describe_tasks()
        .cluster(cluster_name)
        .tasks(listed.task_arns()[0].clone())
        .send()
        .await
        .unwrap();
    let overrides = described.tasks()[0].overrides().unwrap().container_overrides();
    assert_eq!(overrides[0].name(), Some("fleet-worker"));
    let env = overrides[0].environment();
    assert!(env
        .iter()
        .any(|kv| kv.name() == Some("FOLIO_JOB") && kv.value() == Some(job.as_str())));
}
