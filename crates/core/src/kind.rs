//! Job kinds: what a worker runs for one task. A kind is one type implementing [`JobKind`],
//! registered by one line in the registry that the binaries build.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use async_trait::async_trait;
use tokio_util::sync::CancellationToken;

use crate::ids::{JobName, VolumeRef};
use crate::job::Job;
use crate::ports::Claim;
use crate::task::FailureKind;

/// The outputs of one upstream task, readable as a local directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StagedInput {
    pub job: JobName,
    pub volume: Option<VolumeRef>,
    pub dir: PathBuf,
}

/// Everything a kind needs to run one task.
#[derive(Debug, Clone)]
pub struct TaskContext {
    pub job: Job,
    pub claim: Claim,
    /// The volume's page images (`None` for a reduce task).
    pub images_dir: Option<PathBuf>,
    /// The winning outputs of the tasks this one depends on: one per dependency for a
    /// volume's task, one per volume for a reduce task.
    pub upstream: Vec<StagedInput>,
    /// Where the kind writes its artefacts; the worker uploads all of it.
    pub output_dir: PathBuf,
    /// A private scratch directory, removed after the task.
    pub scratch_dir: PathBuf,
    /// Cancelled when the task must stop at once (the lease is lost, or a drain timed out).
    pub cancel: CancellationToken,
}

/// What a finished task reports; it lands in `tasks.metrics` and success.json.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskOutput {
    pub metrics: serde_json::Value,
}

/// How a task failed. The variant decides the task's next status and the message's fate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JobError {
    #[error("{0}")]
    Retryable(String),
    #[error("{0}")]
    Terminal(String),
    /// Hand the task back untouched for another worker (exit code 4 of `exec`).
    #[error("returned untouched: {0}")]
    ReturnUntouched(String),
}

impl JobError {
    pub fn kind(&self) -> Option<FailureKind> {
        match self {
            JobError::Retryable(_) => Some(FailureKind::Retryable),
            JobError::Terminal(_) => Some(FailureKind::Terminal),
            JobError::ReturnUntouched(_) => None,
        }
    }
}

#[async_trait]
pub trait JobKind: Send + Sync {
    /// The name in `jobs.kind`.
    fn name(&self) -> &'static str;
    /// One line for `--help` and error messages.
    fn summary(&self) -> &'static str;
    /// Checks the kind's own configuration when a job is created.
    fn validate(&self, config: &serde_json::Value) -> Result<(), String>;
    async fn run(&self, ctx: &TaskContext) -> Result<TaskOutput, JobError>;
}

/// The kinds a binary knows.
#[derive(Clone, Default)]
pub struct Registry(BTreeMap<&'static str, Arc<dyn JobKind>>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown job kind '{kind}': this build knows {known}")]
pub struct UnknownKind {
    pub kind: String,
    pub known: String,
}

impl Registry {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with(mut self, kind: impl JobKind + 'static) -> Self {
        self.0.insert(kind.name(), Arc::new(kind));
        self
    }

    pub fn get(&self, name: &str) -> Result<Arc<dyn JobKind>, UnknownKind> {
        self.0.get(name).cloned().ok_or_else(|| UnknownKind {
            kind: name.to_owned(),
            known: self.names().join(", "),
        })
    }

    pub fn names(&self) -> Vec<&'static str> {
        self.0.keys().copied().collect()
    }

    pub fn kinds(&self) -> impl Iterator<Item = &Arc<dyn JobKind>> {
        self.0.values()
    }

    /// Checks a job spec's kind and configuration.
    pub fn validate(&self, kind: &str, config: &serde_json::Value) -> Result<(), String> {
        let k = self.get(kind).map_err(|e| e.to_string())?;
        k.validate(config).map_err(|e| format!("{kind} job config: {e}"))
    }
}
