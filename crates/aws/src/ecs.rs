//! The `Launcher` port on ECS: RunTask with a capacity provider strategy (Fargate, Fargate Spot,
//! or an EC2 capacity provider for GPU jobs), at most ten tasks a call, paced by a token bucket,
//! each call deduplicated by a client token. Also the task scale-in protection a fleet worker
//! holds while it works, tolerant of an endpoint that lacks it.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use aws_sdk_ecs::config::retry::RetryConfig;
use aws_sdk_ecs::types::{
    AssignPublicIp, AwsVpcConfiguration, CapacityProviderStrategyItem, ContainerOverride, DesiredStatus, KeyValuePair,
    NetworkConfiguration, TaskOverride,
};
use aws_sdk_ecs::Client;
use folio_core::blob::sha256_hex;
use folio_core::ports::{FleetCensus, LaunchError, LaunchFailure, LaunchOutcome, Launcher, WorkerCount};
use folio_core::JobName;
use tracing::{info, warn};

use crate::error::ApiFailure;

/// RunTask starts at most ten tasks per call.
pub const MAX_TASKS_PER_CALL: u32 = 10;
/// ECS accepts client tokens of up to 64 ASCII characters.
const MAX_CLIENT_TOKEN: usize = 64;
const MAX_DESCRIBE: usize = 100;

#[derive(Debug, thiserror::Error)]
pub enum EcsError {
    #[error("ECS {op} on {target}: {failure}")]
    Api {
        op: &'static str,
        target: String,
        failure: ApiFailure,
    },
    #[error("invalid capacity provider strategy {value:?}: {rule}")]
    BadStrategy { value: String, rule: String },
    #[error("invalid ECS launch settings: {0}")]
    Settings(String),
    #[error("building an ECS request: {0}")]
    Build(#[from] aws_smithy_types::error::operation::BuildError),
}

impl EcsError {
    pub fn is_retryable(&self) -> bool {
        match self {
            EcsError::Api { failure, .. } => failure.retryable,
            EcsError::BadStrategy { .. } | EcsError::Settings(_) | EcsError::Build(_) => false,
        }
    }
}

impl From<EcsError> for LaunchError {
    fn from(e: EcsError) -> Self {
        LaunchError {
            retryable: e.is_retryable(),
            message: e.to_string(),
        }
    }
}

fn api(op: &'static str, target: &str, failure: ApiFailure) -> EcsError {
    EcsError::Api {
        op,
        target: target.to_owned(),
        failure,
    }
}

/// One entry of a capacity provider strategy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapacityShare {
    /// `FARGATE`, `FARGATE_SPOT`, or the name of an EC2 (e.g. GPU) capacity provider.
    pub provider: String,
    pub weight: i32,
    pub base: i32,
}

impl CapacityShare {
    pub fn new(provider: impl Into<String>, weight: i32, base: i32) -> Self {
        Self {
            provider: provider.into(),
            weight,
            base,
        }
    }

    /// Parses `PROVIDER[:WEIGHT[:BASE]]` entries separated by commas, such as
    /// `FARGATE_SPOT:3,FARGATE:1:1` or `gpu-g5`. Weight defaults to 1, base to 0.
    pub fn parse_strategy(value: &str) -> Result<Vec<CapacityShare>, EcsError> {
        let bad = |rule: &str| EcsError::BadStrategy {
            value: value.to_owned(),
            rule: rule.to_owned(),
        };
        let mut out = Vec::new();
        for entry in value.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let mut parts = entry.split(':');
            let provider = parts.next().unwrap_or_default().trim();
            let valid_name = !provider.is_empty()
                && provider.len() <= 255
                && provider
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !valid_name {
                return Err(bad(
                    "a provider name uses letters, digits, '-' and '_', as in FARGATE_SPOT:3,FARGATE:1:1",
                ));
            }
            let number = |part: Option<&str>, default: i32, max: i32, what: &str| -> Result<i32, EcsError> {
                match part {
                    None => Ok(default),
                    Some(s) => match s.trim().parse::<i32>() {
                        Ok(n) if (0..=max).contains(&n) => Ok(n),
                        _ => Err(bad(&format!(
                            "{what} of {provider} must be a whole number from 0 to {max}"
                        ))),
                    },
                }
            };
            let weight = number(parts.next(), 1, 1000, "the weight")?;
            let base = number(parts.next(), 0, 100_000, "the base")?;
            if parts.next().is_some() {
                return Err(bad("an entry is PROVIDER[:WEIGHT[:BASE]]"));
            }
            out.push(CapacityShare::new(provider, weight, base));
        }
        if out.is_empty() {
            return Err(bad(
                "name at least one capacity provider, as in FARGATE or FARGATE_SPOT:3,FARGATE:1",
            ));
        }
        if out.iter().filter(|s| s.base > 0).count() > 1 {
            return Err(bad("only one provider of a strategy may have a base"));
        }
        if out.iter().all(|s| s.weight == 0) {
            return Err(bad("at least one provider needs a weight above 0"));
        }
        Ok(out)
    }
}

/// The awsvpc network of launched tasks (Fargate needs it; EC2 tasks in bridge mode do not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwsVpc {
    pub subnets: Vec<String>,
    /// May be empty (the VPC's default group applies).
    pub security_groups: Vec<String>,
    /// Fargate tasks in public subnets without a NAT gateway need a public IP to reach ECR.
    pub assign_public_ip: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EcsLaunchSettings {
    pub cluster: String,
    /// Family, `family:revision` or ARN.
    pub task_definition: String,
    /// The container that receives `FOLIO_JOB` and `environment`.
    pub container: String,
    pub capacity: Vec<CapacityShare>,
    pub network: Option<AwsVpc>,
    /// More variables for the container, beside `FOLIO_JOB`.
    pub environment: Vec<(String, String)>,
    /// RunTask calls per second, sustained (ECS allows about 20 per account).
    pub calls_per_second: f64,
    /// RunTask calls allowed at once after a quiet spell.
    pub burst: u32,
}

impl EcsLaunchSettings {
    /// Fargate settings with the usual pacing: 20 calls a second, bursts of 20.
    pub fn new(
        cluster: impl Into<String>,
        task_definition: impl Into<String>,
        container: impl Into<String>,
        capacity: Vec<CapacityShare>,
        network: Option<AwsVpc>,
    ) -> Self {
        Self {
            cluster: cluster.into(),
            task_definition: task_definition.into(),
            container: container.into(),
            capacity,
            network,
            environment: Vec::new(),
            calls_per_second: 20.0,
            burst: 20,
        }
    }

    pub fn validate(&self) -> Result<(), EcsError> {
        let bad = |m: &str| Err(EcsError::Settings(m.to_owned()));
        if self.cluster.is_empty() {
            return bad("the cluster is empty: name the ECS cluster the workers run in");
        }
        if self.task_definition.is_empty() {
            return bad("the task definition is empty: name the fleet-worker task definition");
        }
        if self.container.is_empty() {
            return bad("the container name is empty: name the task definition's fleet-worker container");
        }
        if self.capacity.is_empty() {
            return bad("no capacity provider: use FARGATE, FARGATE_SPOT or an EC2 capacity provider");
        }
        if let Some(net) = &self.network {
            if net.subnets.is_empty() {
                return bad("awsvpc networking needs at least one subnet");
            }
        }
        if !(self.calls_per_second > 0.0 && self.calls_per_second.is_finite()) {
            return Err(EcsError::Settings(format!(
                "calls_per_second is {}: give a positive rate such as 20",
                self.calls_per_second
            )));
        }
        Ok(())
    }
}

/// A token bucket: `burst` calls at once, then `per_second` on average.
#[derive(Debug)]
pub struct TokenBucket {
    capacity: f64,
    per_second: f64,
    tokens: f64,
    last: Instant,
}

impl TokenBucket {
    pub fn new(per_second: f64, burst: u32, now: Instant) -> Self {
        let capacity = f64::from(burst.max(1));
        Self {
            capacity,
            per_second,
            tokens: capacity,
            last: now,
        }
    }

    /// Takes a token at `now`, or says how long until one is there.
    pub fn try_take(&mut self, now: Instant) -> Result<(), Duration> {
        let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.per_second).min(self.capacity);
        self.last = self.last.max(now);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - self.tokens) / self.per_second))
        }
    }
}

/// Whether a RunTask failure reason may clear by itself (capacity, ENIs, throttling, agents)
/// rather than needing an operator (a missing attribute, an invalid parameter).
pub fn failure_is_retryable(reason: &str) -> bool {
    let r = reason.to_ascii_uppercase();
    const NEEDS_AN_OPERATOR: [&str; 6] = [
        "ATTRIBUTE",
        "MISSING",
        "INVALID",
        "ACCESSDENIED",
        "NOT FOUND",
        "INACTIVE",
    ];
    !NEEDS_AN_OPERATOR.iter().any(|t| r.contains(t))
}

/// The per-call client token: ECS deduplicates a RunTask retried with the same token. A token
/// that would not fit ECS's 64 ASCII characters with its `-{call}` suffix is replaced by a digest
/// of itself, so the same launch still gets the same token.
pub fn call_token(client_token: &str, call: u32) -> Result<String, EcsError> {
    if client_token.is_empty() {
        return Err(EcsError::Settings(
            "the client token is empty: give one per provisioning decision, or unrelated launches are deduplicated"
                .into(),
        ));
    }
    let suffix = format!("-{call}");
    let fits =
        client_token.len() + suffix.len() <= MAX_CLIENT_TOKEN && client_token.chars().all(|c| c.is_ascii_graphic());
    if fits {
        Ok(format!("{client_token}{suffix}"))
    } else {
        Ok(format!("h{}{suffix}", &sha256_hex(client_token.as_bytes())[..40]))
    }
}

/// How `count` tasks split into RunTask calls.
pub fn call_sizes(count: u32) -> Vec<u32> {
    let mut left = count;
    let mut out = Vec::new();
    while left > 0 {
        let n = left.min(MAX_TASKS_PER_CALL);
        out.push(n);
        left -= n;
    }
    out
}

pub fn started_by(job: &JobName) -> String {
    format!("folio-{job}")
}

/// ECS as folio's launcher.
pub struct EcsLauncher {
    client: Client,
    settings: EcsLaunchSettings,
    bucket: Mutex<TokenBucket>,
}

impl EcsLauncher {
    pub fn new(client: Client, settings: EcsLaunchSettings) -> Result<Self, EcsError> {
        settings.validate()?;
        let bucket = TokenBucket::new(settings.calls_per_second, settings.burst, Instant::now());
        Ok(Self {
            client,
            settings,
            bucket: Mutex::new(bucket),
        })
    }

    pub fn settings(&self) -> &EcsLaunchSettings {
        &self.settings
    }

    async fn pace(&self) {
        loop {
            let wait = {
                let mut bucket = self.bucket.lock().unwrap_or_else(|p| p.into_inner());
                match bucket.try_take(Instant::now()) {
                    Ok(()) => return,
                    Err(wait) => wait,
                }
            };
            tokio::time::sleep(wait).await;
        }
    }

    fn strategy(&self) -> Result<Vec<CapacityProviderStrategyItem>, EcsError> {
        self.settings
            .capacity
            .iter()
            .map(|s| {
                CapacityProviderStrategyItem::builder()
                    .capacity_provider(&s.provider)
                    .weight(s.weight)
                    .base(s.base)
                    .build()
                    .map_err(EcsError::from)
            })
            .collect()
    }

    fn network(&self) -> Result<Option<NetworkConfiguration>, EcsError> {
        let Some(net) = &self.settings.network else {
            return Ok(None);
        };
        let vpc = AwsVpcConfiguration::builder()
            .set_subnets(Some(net.subnets.clone()))
            // ECS (and moto) want the list present, even empty.
            .set_security_groups(Some(net.security_groups.clone()))
            .assign_public_ip(if net.assign_public_ip {
                AssignPublicIp::Enabled
            } else {
                AssignPublicIp::Disabled
            })
            .build()?;
        Ok(Some(NetworkConfiguration::builder().awsvpc_configuration(vpc).build()))
    }

    fn overrides(&self, job: &JobName) -> TaskOverride {
        let mut container = ContainerOverride::builder()
            .name(&self.settings.container)
            .environment(KeyValuePair::builder().name("FOLIO_JOB").value(job.as_str()).build());
        for (k, v) in &self.settings.environment {
            container = container.environment(KeyValuePair::builder().name(k).value(v).build());
        }
        TaskOverride::builder().container_overrides(container.build()).build()
    }

    /// ARNs of the tasks started for `job` whose desired status is RUNNING.
    pub async fn task_arns(&self, job: &JobName) -> Result<Vec<String>, EcsError> {
        let mut pages = self
            .client
            .list_tasks()
            .cluster(&self.settings.cluster)
            .started_by(started_by(job))
            // Without it moto lists stopped tasks too; AWS lists running ones by default.
            .desired_status(DesiredStatus::Running)
            .into_paginator()
            .send();
        let mut arns = Vec::new();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|e| api("ListTasks", &self.settings.cluster, ApiFailure::from_sdk(&e)))?;
            arns.extend(page.task_arns().iter().cloned());
        }
        Ok(arns)
    }
}

#[async_trait]
impl Launcher for EcsLauncher {
    async fn launch(&self, job: &JobName, count: u32, client_token: &str) -> Result<LaunchOutcome, LaunchError> {
        let mut outcome = LaunchOutcome::default();
        let strategy = self.strategy()?;
        let network = self.network()?;
        let overrides = self.overrides(job);
        let sizes = call_sizes(count);
        let tokens = (0..sizes.len() as u32)
            .map(|i| call_token(client_token, i))
            .collect::<Result<Vec<_>, _>>()?;
        for (n, token) in sizes.into_iter().zip(tokens) {
            self.pace().await;
            let result = self
                .client
                .run_task()
                .cluster(&self.settings.cluster)
                .task_definition(&self.settings.task_definition)
                .set_capacity_provider_strategy(Some(strategy.clone()))
                .set_network_configuration(network.clone())
                .overrides(overrides.clone())
                .started_by(started_by(job))
                .count(n as i32)
                .client_token(token)
                .send()
                .await;
            match result {
                Ok(out) => {
                    outcome
                        .launched
                        .extend(out.tasks().iter().filter_map(|t| t.task_arn().map(str::to_owned)));
                    let failures: Vec<LaunchFailure> = out
                        .failures()
                        .iter()
                        .map(|f| {
                            let reason = f.reason().unwrap_or("no reason given");
                            let mut text = reason.to_owned();
                            if let Some(detail) = f.detail() {
                                text.push_str(&format!(" ({detail})"));
                            }
                            if let Some(arn) = f.arn() {
                                text.push_str(&format!(" [{arn}]"));
                            }
                            LaunchFailure {
                                retryable: failure_is_retryable(reason),
                                reason: text,
                            }
                        })
                        .collect();
                    let none_started = out.tasks().is_empty() && !failures.is_empty();
                    for f in &failures {
                        warn!(%job, reason = %f.reason, retryable = f.retryable, "ECS could not start a worker");
                    }
                    outcome.failures.extend(failures);
                    if none_started {
                        // More calls now would meet the same shortage; the next tick tries again.
                        break;
                    }
                }
                Err(e) => {
                    let failure = ApiFailure::from_sdk(&e);
                    if outcome.launched.is_empty() && outcome.failures.is_empty() && !failure.retryable {
                        return Err(api("RunTask", &self.settings.cluster, failure).into());
                    }
                    warn!(%job, error = %failure, "RunTask failed; launching no more this time");
                    outcome.failures.push(LaunchFailure {
                        reason: format!("RunTask for {n} task(s) failed: {failure}"),
                        retryable: failure.retryable,
                    });
                    break;
                }
            }
        }
        info!(%job, asked = count, launched = outcome.launched.len(), failed = outcome.failures.len(), "ECS launch");
        Ok(outcome)
    }
}

#[async_trait]
impl FleetCensus for EcsLauncher {
    async fn count(&self, job: &JobName) -> Result<WorkerCount, LaunchError> {
        let arns = self.task_arns(job).await?;
        let mut count = WorkerCount::default();
        for chunk in arns.chunks(MAX_DESCRIBE) {
            let out = self
                .client
                .describe_tasks()
                .cluster(&self.settings.cluster)
                .set_tasks(Some(chunk.to_vec()))
                .send()
                .await
                .map_err(|e| api("DescribeTasks", &self.settings.cluster, ApiFailure::from_sdk(&e)))?;
            for task in out.tasks() {
                match task.last_status().unwrap_or_default() {
                    "RUNNING" => count.running += 1,
                    "PROVISIONING" | "PENDING" | "ACTIVATING" => count.pending += 1,
                    // Deactivating, stopping or stopped: no longer a worker.
                    _ => {}
                }
            }
        }
        Ok(count)
    }
}

/// Sets scale-in protection on tasks (UpdateTaskProtection), with a single attempt: an
/// endpoint without the call (moto answers HTTP 500) should cost one request, not a retry loop.
pub async fn set_task_protection(
    client: &Client,
    cluster: &str,
    tasks: &[String],
    enabled: bool,
    expires_in: Duration,
) -> Result<(), EcsError> {
    let minutes = expires_in.as_secs().div_ceil(60).clamp(1, 2880) as i32;
    let mut call = client
        .update_task_protection()
        .cluster(cluster)
        .set_tasks(Some(tasks.to_vec()))
        .protection_enabled(enabled);
    if enabled {
        call = call.expires_in_minutes(minutes);
    }
    let out = call
        .customize()
        .config_override(
            aws_sdk_ecs::config::Builder::default().retry_config(RetryConfig::standard().with_max_attempts(1)),
        )
        .send()
        .await
        .map_err(|e| api("UpdateTaskProtection", cluster, ApiFailure::from_sdk(&e)))?;
    if let Some(f) = out.failures().first() {
        return Err(EcsError::Settings(format!(
            "UpdateTaskProtection refused {}: {}",
            f.arn().unwrap_or("a task"),
            f.reason().unwrap_or("no reason given")
        )));
    }
    Ok(())
}

/// What became of a protection request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Protection {
    Set,
    /// The call failed; the work goes on unprotected (a warning was logged).
    Failed(String),
    /// Earlier calls failed repeatedly: this endpoint lacks the call, so it is no longer tried.
    Unavailable,
}

/// A fleet worker's own scale-in protection. It never fails the work: ECS may stop an
/// unprotected worker, and the lease and the queue bring its task back.
pub struct TaskProtection {
    client: Client,
    cluster: String,
    task_arn: String,
    failures_in_a_row: AtomicU32,
}

impl TaskProtection {
    /// Protection calls stop after this many failures in a row.
    pub const GIVE_UP_AFTER: u32 = 2;

    pub fn new(client: Client, cluster: impl Into<String>, task_arn: impl Into<String>) -> Self {
        Self {
            client,
            cluster: cluster.into(),
            task_arn: task_arn.into(),
            failures_in_a_row: AtomicU32::new(0),
        }
    }

    /// Turns protection on for `expires_in` (rounded up to whole minutes), or off.
    pub async fn set(&self, enabled: bool, expires_in: Duration) -> Protection {
        if self.failures_in_a_row.load(Ordering::Relaxed) >= Self::GIVE_UP_AFTER {
            return Protection::Unavailable;
        }
        let tasks = [self.task_arn.clone()];
        match set_task_protection(&self.client, &self.cluster, &tasks, enabled, expires_in).await {
            Ok(()) => {
                self.failures_in_a_row.store(0, Ordering::Relaxed);
                Protection::Set
            }
            Err(e) => {
                let n = self.failures_in_a_row.fetch_add(1, Ordering::Relaxed) + 1;
                warn!(task = %self.task_arn, enabled, error = %e, failures_in_a_row = n,
                    "could not set ECS scale-in protection; working on without it");
                Protection::Failed(e.to_string())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strategies_parse_with_defaults_and_refuse_bad_entries() {
        assert_eq!(
            CapacityShare::parse_strategy("FARGATE_SPOT:3, FARGATE:1:1").unwrap(),
            vec![
                CapacityShare::new("FARGATE_SPOT", 3, 0),
                CapacityShare::new("FARGATE", 1, 1)
            ]
        );
        assert_eq!(
            CapacityShare::parse_strategy("gpu-g5").unwrap(),
            vec![CapacityShare::new("gpu-g5", 1, 0)]
        );
        for (bad, says) in [
            ("", "at least one"),
            ("FARGATE:x", "weight of FARGATE"),
            ("FARGATE:1:-1", "base of FARGATE"),
            ("A:1:1,B:1:1", "only one"),
            ("A:1:1:1", "PROVIDER[:WEIGHT[:BASE]]"),
            ("A:0", "weight above 0"),
            ("bad name", "letters"),
        ] {
            let err = CapacityShare::parse_strategy(bad).unwrap_err().to_string();
            assert!(err.contains(says), "{bad:?}: {err}");
        }
    }

    #[test]
    fn the_bucket_allows_a_burst_then_paces() {
        let t0 = Instant::now();
        let mut b = TokenBucket::new(20.0, 3, t0);
        for _ in 0..3 {
            assert!(b.try_take(t0).is_ok());
        }
        let wait = b.try_take(t0).unwrap_err();
        assert!((wait.as_secs_f64() - 0.05).abs() < 1e-6, "{wait:?}");
        assert!(b.try_take(t0 + Duration::from_millis(50)).is_ok());
        assert!(b.try_take(t0 + Duration::from_millis(60)).is_err());
        // A long quiet spell refills no more than the burst.
        let later = t0 + Duration::from_secs(60);
        for _ in 0..3 {
            assert!(b.try_take(later).is_ok());
        }
        assert!(b.try_take(later).is_err());
    }

    #[test]
    fn one_hundred_calls_take_about_five_seconds_at_twenty_a_second() {
        let t0 = Instant::now();
        let mut b = TokenBucket::new(20.0, 20, t0);
        let mut now = t0;
        for _ in 0..120 {
            while let Err(wait) = b.try_take(now) {
                now += wait;
            }
        }
        let secs = (now - t0).as_secs_f64();
        assert!((4.9..=5.1).contains(&secs), "{secs}");
    }

    #[test]
    fn launches_split_into_calls_of_ten_with_their_own_tokens() {
        assert_eq!(call_sizes(0), Vec::<u32>::new());
        assert_eq!(call_sizes(7), vec![7]);
        assert_eq!(call_sizes(25), vec![10, 10, 5]);
        assert_eq!(call_token("tick-42", 2).unwrap(), "tick-42-2");
        assert!(call_token("", 0)
            .unwrap_err()
            .to_string()
            .contains("client token is empty"));
        // Too long, or not printable ASCII: a digest, the same every time, within 64 characters.
        let long = format!("folio-{}-29000000-12", "j".repeat(60));
        let t = call_token(&long, 123).unwrap();
        assert!(t.len() <= 64 && t.ends_with("-123") && t.starts_with('h'), "{t}");
        assert_eq!(call_token(&long, 123).unwrap(), t);
        assert_ne!(call_token(&format!("{long}x"), 123).unwrap(), t);
        assert!(call_token("has space", 0).unwrap().starts_with('h'));
    }

    #[test]
    fn capacity_eni_and_throttling_failures_are_retryable_configuration_ones_are_not() {
        for r in [
            "RESOURCE:MEMORY",
            "RESOURCE:ENI",
            "Capacity is unavailable at this time. Please try again later or in a different availability zone",
            "AGENT",
            "Throttling",
        ] {
            assert!(failure_is_retryable(r), "{r}");
        }
        for r in ["ATTRIBUTE", "MISSING", "Invalid subnet", "AccessDenied"] {
            assert!(!failure_is_retryable(r), "{r}");
        }
    }

    #[test]
    fn settings_name_what_is_missing() {
        let s = EcsLaunchSettings::new("c", "td", "worker", vec![CapacityShare::new("FARGATE", 1, 0)], None);
        assert!(s.validate().is_ok());
        let no_subnets = EcsLaunchSettings {
            network: Some(AwsVpc {
                subnets: vec![],
                security_groups: vec![],
                assign_public_ip: false,
            }),
            ..s.clone()
        };
        assert!(no_subnets.validate().unwrap_err().to_string().contains("subnet"));
        let no_rate = EcsLaunchSettings {
            calls_per_second: 0.0,
            ..s
        };
        assert!(no_rate.validate().unwrap_err().to_string().contains("calls_per_second"));
    }
}
