//! `EcsLauncher` against moto's ECS: a Fargate cluster, subnets from moto's EC2, tasks kept
//! RUNNING by moto's state manager.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use aws_sdk_ecs::config::{ConfigBag, Intercept};
use aws_sdk_ecs::operation::run_task::RunTaskInput;
use aws_sdk_ecs::types::{Compatibility, ContainerDefinition, NetworkMode};
use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::context::BeforeSerializationInterceptorContextRef;
use folio_aws::ecs::{AwsVpc, CapacityShare, EcsLaunchSettings, EcsLauncher, Protection, TaskProtection};
use folio_core::ports::{FleetCensus, Launcher};

use crate::common;

/// Records the `count` of every RunTask call, to see how a launch was split.
#[derive(Debug, Clone, Default)]
struct RunTaskCounts(Arc<Mutex<Vec<i32>>>);

impl Intercept for RunTaskCounts {
    fn name(&self) -> &'static str {
        "RunTaskCounts"
    }

    fn read_before_execution(
        &self,
        context: &BeforeSerializationInterceptorContextRef<'_>,
        _cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        if let Some(input) = context.input().downcast_ref::<RunTaskInput>() {
            self.0.lock().unwrap().push(input.count().unwrap_or(1));
        }
        Ok(())
    }
}

struct Cluster {
    client: aws_sdk_ecs::Client,
    calls: RunTaskCounts,
    settings: EcsLaunchSettings,
}

async fn cluster() -> Cluster {
    let aws = common::aws().await;
    common::keep_ecs_tasks_running().await;
    let calls = RunTaskCounts::default();
    let client = aws_sdk_ecs::Client::from_conf(
        aws_sdk_ecs::config::Builder::from(&aws.config)
            .interceptor(calls.clone())
            .build(),
    );
    let name = common::unique("folio-");
    client
        .create_cluster()
        .cluster_name(&name)
        .capacity_providers("FARGATE")
        .capacity_providers("FARGATE_SPOT")
        .send()
        .await
        .unwrap();
    let family = common::unique("fleet-worker-");
    client
        .register_task_definition()
        .family(&family)
        .network_mode(NetworkMode::Awsvpc)
        .requires_compatibilities(Compatibility::Fargate)
        .cpu("256")
        .memory("512")
        .container_definitions(
            ContainerDefinition::builder()
                .name("worker")
                .image("folio/fleet-worker:test")
                // moto wants a container memory even when the task sets one.
                .memory(512)
                .essential(true)
                .build(),
        )
        .send()
        .await
        .unwrap();
    let settings = EcsLaunchSettings::new(
        name,
        family,
        "worker",
        CapacityShare::parse_strategy("FARGATE_SPOT:3,FARGATE:1:1").unwrap(),
        Some(AwsVpc {
            subnets: common::default_subnets().await,
            security_groups: vec![common::default_security_group().await],
            assign_public_ip: true,
        }),
    );
    Cluster {
        client,
        calls,
        settings,
    }
}

#[tokio::test]
async fn launches_split_into_calls_of_ten_and_count_what_runs_for_the_job() {
    let c = cluster().await;
    let mut settings = c.settings.clone();
    settings.environment = vec![("FOLIO_DATABASE_URL".into(), "postgres://db/folio".into())];
    let launcher = EcsLauncher::new(c.client.clone(), settings).unwrap();
    let job = common::unique_job();
    let other = common::unique_job();

    let outcome = launcher.launch(&job, 23, "tick-1").await.unwrap();
    assert!(outcome.failures.is_empty(), "{:?}", outcome.failures);
    assert_eq!(outcome.launched.len(), 23);
    assert_eq!(*c.calls.0.lock().unwrap(), vec![10, 10, 3]);
    launcher.launch(&other, 2, "tick-1b").await.unwrap();

    let count = launcher.count(&job).await.unwrap();
    assert_eq!(count.running + count.pending, 23, "{count:?}");
    // Counting twice changes nothing: the state manager keeps tasks where they are.
    assert_eq!(launcher.count(&job).await.unwrap(), count);
    assert_eq!(
        launcher.count(&other).await.unwrap().running + launcher.count(&other).await.unwrap().pending,
        2
    );

    // Each task carries its job, as startedBy and in its container's environment.
    let described = c
        .client
        .describe_tasks()
        .cluster(&c.settings.cluster)
        .tasks(outcome.launched[0].clone())
        .send()
        .await
        .unwrap();
    let task = &described.tasks()[0];
    assert_eq!(task.started_by(), Some(format!("folio-{job}").as_str()));
    let env: Vec<(String, String)> = task
        .overrides()
        .map(|o| o.container_overrides())
        .unwrap_or_default()
        .iter()
        .flat_map(|co| co.environment().iter())
        .map(|kv| {
            (
                kv.name().unwrap_or_default().to_owned(),
                kv.value().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert!(env.contains(&("FOLIO_JOB".into(), job.to_string())), "{env:?}");
    assert!(
        env.contains(&("FOLIO_DATABASE_URL".into(), "postgres://db/folio".into())),
        "{env:?}"
    );

    // Stopped tasks no longer count.
    for arn in &outcome.launched[..3] {
        c.client
            .stop_task()
            .cluster(&c.settings.cluster)
            .task(arn)
            .send()
            .await
            .unwrap();
    }
    let count = launcher.count(&job).await.unwrap();
    assert_eq!(count.running + count.pending, 20, "{count:?}");
}

#[tokio::test]
async fn a_missing_cluster_is_a_terminal_error_naming_it() {
    let c = cluster().await;
    let settings = EcsLaunchSettings {
        cluster: "no-such-cluster".into(),
        ..c.settings.clone()
    };
    let launcher = EcsLauncher::new(c.client.clone(), settings).unwrap();
    let err = launcher.launch(&common::unique_job(), 2, "t").await.unwrap_err();
    assert!(!err.retryable, "{err}");
    assert!(err.message.contains("no-such-cluster"), "{err}");
    // An empty client token is refused before any call.
    let err = launcher.launch(&common::unique_job(), 1, "").await.unwrap_err();
    assert!(err.message.contains("client token"), "{err}");
}

#[tokio::test]
async fn task_protection_on_an_endpoint_without_it_costs_one_quick_try_then_none() {
    let c = cluster().await;
    let launcher = EcsLauncher::new(c.client.clone(), c.settings.clone()).unwrap();
    let arn = launcher.launch(&common::unique_job(), 1, "p").await.unwrap().launched[0].clone();
    let protection = TaskProtection::new(c.client.clone(), &c.settings.cluster, arn);
    let started = Instant::now();
    for _ in 0..TaskProtection::GIVE_UP_AFTER {
        let outcome = protection.set(true, Duration::from_secs(3600)).await;
        assert!(
            matches!(outcome, Protection::Failed(ref m) if m.contains("UpdateTaskProtection")),
            "{outcome:?}"
        );
    }
    assert_eq!(protection.set(false, Duration::ZERO).await, Protection::Unavailable);
    // One attempt per call, not the SDK's three with back-off.
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
}
