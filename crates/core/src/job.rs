//! Jobs: a kind of work done per volume (or once per job, for a reduce), with its settings.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::JobName;

/// A job's lifecycle status, spelled as the `jobs.status` column holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum JobStatus {
    /// Its tasks are claimed and run.
    Active,
    /// Its tasks stay where they are: nothing new is claimed.
    Paused,
    /// Kept for its history; deleted jobs leave no row at all.
    Archived,
}

impl JobStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            JobStatus::Active => "active",
            JobStatus::Paused => "paused",
            JobStatus::Archived => "archived",
        }
    }
}

impl fmt::Display for JobStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for JobStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "active" => Ok(JobStatus::Active),
            "paused" => Ok(JobStatus::Paused),
            "archived" => Ok(JobStatus::Archived),
            other => Err(format!(
                "unknown job status {other:?}: expected active, paused or archived"
            )),
        }
    }
}

/// The settings every job has, whatever its kind. They live in `jobs.config` beside the
/// kind's own keys, with these defaults when absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RunSettings {
    /// Attempts before a retryable failure makes the task dead.
    pub max_attempts: i32,
    /// The longest one task may run before it is stopped and failed (retryable), in seconds.
    pub max_duration_secs: u64,
    /// The most workers the provisioner may run for this job.
    pub max_workers: u32,
    /// The backlog, in seconds of work per worker, that the provisioner aims for.
    pub target_backlog_secs: u64,
    /// Admission cap: the most tasks of this job that may wait (pending, queued or failed) at
    /// once. An enqueue that would pass it is refused whole. `None`: no cap.
    pub max_queued: Option<u64>,
    /// Hand-backs (exit 4, a drain that ran out of time) a task may make before it ends dead.
    /// A hand-back does not count as an attempt, so without a budget it could loop forever.
    pub max_handbacks: u32,
    /// The first retry's delay, in milliseconds; each further retry (and hand-back) doubles
    /// it, with jitter, up to `retry_max_secs`. A short outage then does not burn every attempt.
    pub retry_base_ms: u64,
    /// The longest delay before a retry, in seconds (at most 900, SQS's longest message delay).
    pub retry_max_secs: u64,
}

impl Default for RunSettings {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            max_duration_secs: 4 * 3600,
            max_workers: 100,
            target_backlog_secs: 600,
            max_queued: None,
            max_handbacks: 10,
            retry_base_ms: 5_000,
            retry_max_secs: 300,
        }
    }
}

/// SQS delays a message by at most 15 minutes, so no backoff is longer.
pub const MAX_RETRY_DELAY_SECS: u64 = 900;

impl RunSettings {
    pub fn max_duration(&self) -> Duration {
        Duration::from_secs(self.max_duration_secs)
    }

    /// How long the `n`th retry (or hand-back) of a task waits before it may be claimed:
    /// "equal jitter" exponential backoff, `d/2 + rand(0..d/2)` with `d = base · 2^(n-1)` capped.
    pub fn retry_delay(&self, n: i32) -> Duration {
        backoff(self.retry_base_ms, self.retry_max_secs, n, fastrand::f64())
    }

    pub fn validate(&self) -> Result<(), String> {
        if self.max_attempts < 1 {
            return Err(format!("max_attempts is {}: it must be at least 1", self.max_attempts));
        }
        if self.max_duration_secs == 0 {
            return Err("max_duration_secs is 0: give the longest a task may run".into());
        }
        if self.retry_max_secs > MAX_RETRY_DELAY_SECS {
            return Err(format!(
                "retry_max_secs is {}: at most {MAX_RETRY_DELAY_SECS} (SQS delays a message by 15 minutes at most)",
                self.retry_max_secs
            ));
        }
        if self.target_backlog_secs == 0 {
            return Err("target_backlog_secs is 0: the scaling target must be positive".into());
        }
        Ok(())
    }
}

/// The backoff of [`RunSettings::retry_delay`], with the random part given (`jitter` in 0..1).
pub fn backoff(base_ms: u64, max_secs: u64, n: i32, jitter: f64) -> Duration {
    let cap = max_secs.min(MAX_RETRY_DELAY_SECS).saturating_mul(1000);
    let exp = u32::try_from(n.saturating_sub(1).max(0)).unwrap_or(0).min(40);
    let full = base_ms.saturating_mul(1u64 << exp).min(cap);
    let half = full / 2;
    Duration::from_millis(half + (half as f64 * jitter.clamp(0.0, 1.0)) as u64)
}

/// What an operator asks for when creating a job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobSpec {
    pub name: JobName,
    pub kind: String,
    /// The kind's own configuration (for `exec`, the command).
    #[serde(default = "empty_object")]
    pub config: serde_json::Value,
    #[serde(default)]
    pub depends_on: Vec<JobName>,
    /// Run once for the whole job after every volume of its dependency is done.
    #[serde(default)]
    pub reduce: bool,
    #[serde(default)]
    pub settings: RunSettings,
}

fn empty_object() -> serde_json::Value {
    serde_json::Value::Object(Default::default())
}

/// A job as the store holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    pub id: i64,
    pub spec: JobSpec,
    pub status: JobStatus,
    pub queue_url: Option<String>,
    pub dlq_url: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl Job {
    pub fn name(&self) -> &JobName {
        &self.spec.name
    }

    /// Whether volumes may be enqueued into this job, for every entry point (the CLI, the
    /// enqueue Lambda) and both stores: not into an archived job, and not into a reduce, whose
    /// one task the store creates when its dependency is done.
    pub fn check_enqueueable(&self) -> Result<(), crate::ports::StoreError> {
        use crate::ports::StoreError;
        if self.status == JobStatus::Archived {
            return Err(StoreError::JobNotActive {
                job: self.name().to_string(),
                status: self.status,
            });
        }
        if self.spec.reduce {
            return Err(StoreError::ReduceNotEnqueueable {
                job: self.name().to_string(),
                dependency: self.spec.depends_on.first().map(|d| d.to_string()).unwrap_or_default(),
            });
        }
        Ok(())
    }
}

/// `jobs.config` holds the kind's configuration under `kind` and the run settings under
/// `settings`, so one JSON column carries both without their keys colliding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredConfig {
    pub kind: serde_json::Value,
    #[serde(default)]
    pub settings: RunSettings,
}

impl JobSpec {
    pub fn stored_config(&self) -> StoredConfig {
        StoredConfig {
            kind: self.config.clone(),
            settings: self.settings.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_default_and_validate() {
        let s = RunSettings::default();
        assert!(s.validate().is_ok());
        let bad = RunSettings { max_attempts: 0, ..s };
        assert!(bad.validate().unwrap_err().contains("max_attempts is 0"));
    }

    #[test]
    fn spec_parses_with_defaults_and_refuses_unknown_keys() {
        let spec: JobSpec =
            serde_json::from_str(r#"{"name":"ocr","kind":"exec","config":{"command":["true"]}}"#).unwrap();
        assert!(spec.depends_on.is_empty());
        assert_eq!(spec.settings.max_attempts, 3);
        let err = serde_json::from_str::<JobSpec>(r#"{"name":"ocr","kind":"exec","cmd":1}"#).unwrap_err();
        assert!(err.to_string().contains("cmd"), "{err}");
    }

    #[test]
    fn backoff_doubles_with_jitter_up_to_the_cap() {
        let ms = |n, j| backoff(1000, 10, n, j).as_millis();
        assert_eq!((ms(1, 0.0), ms(1, 1.0)), (500, 1000));
        assert_eq!((ms(2, 0.0), ms(3, 0.0)), (1000, 2000));
        assert_eq!((ms(9, 0.0), ms(9, 1.0)), (5000, 10_000), "capped at retry_max_secs");
        assert_eq!(ms(0, 0.5), ms(1, 0.5), "the first retry has the base delay");
        assert_eq!(
            backoff(1000, 5000, 60, 1.0).as_secs(),
            MAX_RETRY_DELAY_SECS,
            "never past SQS's limit"
        );
        let too_long = RunSettings {
            retry_max_secs: 901,
            ..RunSettings::default()
        };
        assert!(too_long.validate().unwrap_err().contains("retry_max_secs is 901"));
    }

    #[test]
    fn job_status_round_trips() {
        for s in [JobStatus::Active, JobStatus::Paused, JobStatus::Archived] {
            assert_eq!(s.as_str().parse::<JobStatus>().unwrap(), s);
        }
        assert!("gone".parse::<JobStatus>().is_err());
    }
}
