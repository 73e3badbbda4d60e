//! A task's status and the kinds of failure. The moves between statuses are made by the
//! stores, each as one fenced statement or transaction, and checked by the store tests on
//! both stores (crates/store/tests/contract.rs and task_model.rs):
//!
//! | from | to | by |
//! |---|---|---|
//! | pending | queued | the last dependency of its volume succeeding (`complete`, `accept_success`) |
//! | pending | dead | an upstream task of its volume ending dead |
//! | queued, failed | running | a claim (the attempt counter goes up by one) |
//! | running | succeeded | the worker's accept (`complete`), or on-complete's (`accept_success`) |
//! | failed | succeeded | on-complete accepting the success.json of the attempt that failed |
//! | running | failed | a retryable failure or an expired lease, with attempts left |
//! | running | dead | a terminal failure, the attempts or the hand-backs spent |
//! | running | queued | a hand-back (exit 4, a drain) |
//! | dead, succeeded | queued | a redrive, or an enqueue with force (dead dependents come back pending) |

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A task's status, spelled exactly as the `tasks.status` column holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TaskStatus {
    /// Waiting for its dependencies on the same volume to succeed.
    Pending,
    /// Ready to be claimed.
    Queued,
    /// Claimed by a worker that holds its lease.
    Running,
    Succeeded,
    /// A retryable failure; it is claimable again while attempts remain.
    Failed,
    /// A terminal failure, or attempts exhausted. Only a redrive brings it back.
    Dead,
}

/// How many tasks are in each status (a job's, say).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    pub pending: u64,
    pub queued: u64,
    pub running: u64,
    pub succeeded: u64,
    pub failed: u64,
    pub dead: u64,
}

impl StatusCounts {
    pub fn get(&self, status: TaskStatus) -> u64 {
        match status {
            TaskStatus::Pending => self.pending,
            TaskStatus::Queued => self.queued,
            TaskStatus::Running => self.running,
            TaskStatus::Succeeded => self.succeeded,
            TaskStatus::Failed => self.failed,
            TaskStatus::Dead => self.dead,
        }
    }

    pub fn add(&mut self, status: TaskStatus, n: u64) {
        let slot = match status {
            TaskStatus::Pending => &mut self.pending,
            TaskStatus::Queued => &mut self.queued,
            TaskStatus::Running => &mut self.running,
            TaskStatus::Succeeded => &mut self.succeeded,
            TaskStatus::Failed => &mut self.failed,
            TaskStatus::Dead => &mut self.dead,
        };
        *slot += n;
    }

    pub fn total(&self) -> u64 {
        TaskStatus::ALL.iter().map(|s| self.get(*s)).sum()
    }
}

impl FromIterator<(TaskStatus, u64)> for StatusCounts {
    fn from_iter<I: IntoIterator<Item = (TaskStatus, u64)>>(iter: I) -> Self {
        let mut counts = StatusCounts::default();
        for (status, n) in iter {
            counts.add(status, n);
        }
        counts
    }
}

impl TaskStatus {
    pub const ALL: [TaskStatus; 6] = [
        TaskStatus::Pending,
        TaskStatus::Queued,
        TaskStatus::Running,
        TaskStatus::Succeeded,
        TaskStatus::Failed,
        TaskStatus::Dead,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TaskStatus::Pending => "pending",
            TaskStatus::Queued => "queued",
            TaskStatus::Running => "running",
            TaskStatus::Succeeded => "succeeded",
            TaskStatus::Failed => "failed",
            TaskStatus::Dead => "dead",
        }
    }

    /// No worker will touch the task again without an operator (a redrive or a forced enqueue).
    pub fn is_terminal(self) -> bool {
        matches!(self, TaskStatus::Succeeded | TaskStatus::Dead)
    }

    /// A worker may claim the task.
    pub fn is_claimable(self) -> bool {
        matches!(self, TaskStatus::Queued | TaskStatus::Failed)
    }
}

impl fmt::Display for TaskStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown task status {0:?}: expected one of pending, queued, running, succeeded, failed, dead")]
pub struct UnknownStatus(pub String);

impl FromStr for TaskStatus {
    type Err = UnknownStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        TaskStatus::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| UnknownStatus(s.to_owned()))
    }
}

/// Whether a failure is worth another attempt. It decides the task's next status, SQS redrive
/// and a worker's exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailureKind {
    /// I/O, throttling, capacity, a crash: another attempt may succeed.
    Retryable,
    /// Bad input, a corrupt image, a wrong config: another attempt would fail the same way.
    Terminal,
}

impl FailureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FailureKind::Retryable => "retryable",
            FailureKind::Terminal => "terminal",
        }
    }
}

impl fmt::Display for FailureKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for FailureKind {
    type Err = UnknownStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "retryable" => Ok(FailureKind::Retryable),
            "terminal" => Ok(FailureKind::Terminal),
            other => Err(UnknownStatus(other.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_text_round_trips() {
        for st in TaskStatus::ALL {
            assert_eq!(st.as_str().parse::<TaskStatus>().unwrap(), st);
        }
        let err = "done".parse::<TaskStatus>().unwrap_err();
        assert!(err.to_string().contains("\"done\""));
    }

    #[test]
    fn only_succeeded_and_dead_are_terminal() {
        let terminal: Vec<_> = TaskStatus::ALL.into_iter().filter(|s| s.is_terminal()).collect();
        assert_eq!(terminal, [TaskStatus::Succeeded, TaskStatus::Dead]);
    }
}
