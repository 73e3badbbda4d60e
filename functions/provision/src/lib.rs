//! The provision function: a CloudWatch alarm on a job's backlog, delivered through SNS, or a
//! direct call `{"job": "ocr"}` (or `{}` for every job), runs the ECS provisioner. It launches
//! the deficit between the workers the backlog calls for and those already counted, never past
//! the job's `max_workers` (the core's provisioner sees to both).
//!
//! The alarm's `Job` dimension names the job; an alarm without one provisions every job, and an
//! alarm whose new state is not `ALARM` (back to `OK`) provisions nothing.

use std::collections::BTreeSet;
use std::sync::Arc;

use aws_lambda_events::event::sns::SnsEvent;
use folio_core::clock::Clock;
use folio_core::metrics::DIMENSION_JOB;
use folio_core::ports::{Launcher, QueueStats, TaskStore};
use folio_core::provision::{Decision, Provisioner};
use folio_core::JobName;
use folio_service::{ErrorKind, FunctionError, Services, StartError};
use lambda_runtime::LambdaEvent;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Which jobs an event asks to provision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Every,
    Jobs(BTreeSet<JobName>),
    /// Nothing to do, and why (an alarm going back to OK).
    Nothing(String),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProvisionReport {
    pub decisions: Vec<Decision>,
    /// Why nothing was considered, when nothing was.
    pub note: Option<String>,
}

fn invalid(field: &str, message: impl std::fmt::Display) -> FunctionError {
    FunctionError::new(ErrorKind::InvalidRequest, format!("{field}: {message}"), false)
}

/// Reads what an event asks for: SNS records carrying CloudWatch alarms, an EventBridge event
/// (every job), or a direct `{"job": …}`.
pub fn target(payload: &Value) -> Result<Target, FunctionError> {
    let Some(object) = payload.as_object() else {
        return Err(invalid(
            "(request)",
            "expected a JSON object, as in {\"job\": \"ocr\"} or {}",
        ));
    };
    if object.contains_key("Records") {
        let event: SnsEvent = serde_json::from_value(payload.clone())
            .map_err(|e| FunctionError::invalid_event(format!("an SNS event that does not parse: {e}")))?;
        return alarm_target(&event);
    }
    if object.contains_key("detail-type") {
        return Ok(Target::Every);
    }
    if let Some(key) = object.keys().find(|k| k.as_str() != "job") {
        return Err(invalid(
            key,
            "unknown field: expected only job (or nothing, for every job)",
        ));
    }
    match object.get("job") {
        None | Some(Value::Null) => Ok(Target::Every),
        Some(Value::String(name)) => {
            let job = JobName::new(name.as_str()).map_err(|e| invalid("job", e))?;
            Ok(Target::Jobs(BTreeSet::from([job])))
        }
        Some(_) => Err(invalid("job", "expected the job's name as a string")),
    }
}

// The alarm as CloudWatch writes it into the SNS message; only what is read here, so that
// metric-math alarms (dimensions inside `Trigger.Metrics`) parse as well as plain ones.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Alarm {
    alarm_name: String,
    new_state_value: String,
    #[serde(default)]
    trigger: Trigger,
}

#[derive(Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Trigger {
    #[serde(default)]
    dimensions: Vec<Dimension>,
    #[serde(default)]
    metrics: Vec<MetricQuery>,
}

#[derive(Deserialize)]
struct Dimension {
    name: String,
    value: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct MetricQuery {
    #[serde(default)]
    metric_stat: Option<MetricStat>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct MetricStat {
    metric: Metric,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Metric {
    #[serde(default)]
    dimensions: Vec<Dimension>,
}

fn alarm_target(event: &SnsEvent) -> Result<Target, FunctionError> {
    let mut jobs = BTreeSet::new();
    let mut every = false;
    let mut quiet = Vec::new();
    for (i, record) in event.records.iter().enumerate() {
        let alarm: Alarm = serde_json::from_str(&record.sns.message).map_err(|e| {
            FunctionError::invalid_event(format!("Records[{i}].Sns.Message is not a CloudWatch alarm: {e}"))
        })?;
        if alarm.new_state_value != "ALARM" {
            quiet.push(format!("alarm {} is {}", alarm.alarm_name, alarm.new_state_value));
            continue;
        }
        let nested = alarm
            .trigger
            .metrics
            .iter()
            .filter_map(|m| m.metric_stat.as_ref())
            .flat_map(|s| s.metric.dimensions.iter());
        let named: Vec<&Dimension> = alarm
            .trigger
            .dimensions
            .iter()
            .chain(nested)
            .filter(|d| d.name == DIMENSION_JOB)
            .collect();
        if named.is_empty() {
            every = true;
        }
        for d in named {
            let job = JobName::new(d.value.as_str()).map_err(|e| {
                FunctionError::invalid_event(format!(
                    "alarm {}: its {DIMENSION_JOB} dimension is not a job name: {e}",
                    alarm.alarm_name
                ))
            })?;
            jobs.insert(job);
        }
    }
    Ok(if every {
        Target::Every
    } else if !jobs.is_empty() {
        Target::Jobs(jobs)
    } else {
        Target::Nothing(if quiet.is_empty() {
            "no alarm in the event".into()
        } else {
            format!("{}: nothing to launch", quiet.join("; "))
        })
    })
}

/// The function, over its ports.
pub struct Provision {
    pub store: Arc<dyn TaskStore>,
    pub stats: Arc<dyn QueueStats>,
    pub launcher: Arc<dyn Launcher>,
    pub clock: Arc<dyn Clock>,
}

impl Provision {
    /// Needs the ECS settings (`FOLIO_ECS_CLUSTER`, …).
    pub fn from_services(services: &Services) -> Result<Self, StartError> {
        Ok(Self {
            store: services.store.clone(),
            stats: services.queue.clone(),
            launcher: services.require_launcher("the provision function")?,
            clock: services.clock.clone(),
        })
    }

    pub async fn handle(&self, event: LambdaEvent<Value>) -> Result<ProvisionReport, FunctionError> {
        self.run(&event.payload).await
    }

    pub async fn run(&self, payload: &Value) -> Result<ProvisionReport, FunctionError> {
        let provisioner = Provisioner {
            store: self.store.as_ref(),
            stats: self.stats.as_ref(),
            launcher: self.launcher.as_ref(),
            clock: self.clock.as_ref(),
        };
        let decisions = match target(payload)? {
            Target::Nothing(note) => {
                tracing::info!(%note, "nothing to provision");
                return Ok(ProvisionReport {
                    decisions: Vec::new(),
                    note: Some(note),
                });
            }
            Target::Every => provisioner.run(None).await?,
            Target::Jobs(jobs) => {
                let mut decisions = Vec::new();
                for job in &jobs {
                    // An unknown job is an error the caller should see, not an empty answer.
                    self.store.job(job).await?;
                    decisions.extend(provisioner.run(Some(job)).await?);
                }
                decisions
            }
        };
        for d in &decisions {
            tracing::info!(job = %d.job, visible = d.visible, counted = d.counted, desired = d.desired,
                launched = d.launched.len(), failures = d.failures.len(), note = d.note.as_deref().unwrap_or(""), "provisioned");
        }
        Ok(ProvisionReport { decisions, note: None })
    }
}
