//! The task state machine. Stores apply each transition as one fenced SQL statement; this module
//! is the reference for which moves exist, and the stores' tests check they agree with it.

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

/// What happens to a task. Each variant is one store operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskEvent {
    /// Every dependency for the volume has succeeded.
    DependenciesMet,
    /// A worker takes the lease (the attempt counter goes up by one).
    Claim,
    /// The current attempt's success.json was accepted, or its worker completed.
    Succeed,
    /// The worker reports a failure; `attempts_left` is after this attempt.
    Fail { kind: FailureKind, attempts_left: bool },
    /// The worker hands the task back untouched (exit code 4, or a drain).
    Release,
    /// The lease's heartbeat went stale: the worker is presumed dead.
    LeaseExpired { attempts_left: bool },
    /// An operator redrives a dead task, or re-enqueues a finished one with force.
    Redrive,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("illegal task transition: {event:?} from {from}")]
pub struct IllegalTransition {
    pub from: TaskStatus,
    pub event: TaskEvent,
}

/// The one table of legal moves.
pub fn transition(from: TaskStatus, event: TaskEvent) -> Result<TaskStatus, IllegalTransition> {
    use TaskEvent as E;
    use TaskStatus as S;
    let to = match (from, event) {
        (S::Pending, E::DependenciesMet) => S::Queued,
        (S::Queued | S::Failed, E::Claim) => S::Running,
        (S::Running, E::Succeed) => S::Succeeded,
        (
            S::Running,
            E::Fail {
                kind: FailureKind::Retryable,
                attempts_left: true,
            },
        ) => S::Failed,
        (S::Running, E::Fail { .. }) => S::Dead,
        (S::Running, E::Release) => S::Queued,
        (S::Running, E::LeaseExpired { attempts_left: true }) => S::Failed,
        (S::Running, E::LeaseExpired { attempts_left: false }) => S::Dead,
        (S::Dead | S::Succeeded, E::Redrive) => S::Queued,
        _ => return Err(IllegalTransition { from, event }),
    };
    Ok(to)
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
    fn the_happy_path_is_legal() {
        let s = transition(TaskStatus::Pending, TaskEvent::DependenciesMet).unwrap();
        let s = transition(s, TaskEvent::Claim).unwrap();
        assert_eq!(transition(s, TaskEvent::Succeed).unwrap(), TaskStatus::Succeeded);
    }

    #[test]
    fn retryable_failures_retry_until_attempts_run_out() {
        let retry = TaskEvent::Fail {
            kind: FailureKind::Retryable,
            attempts_left: true,
        };
        let last = TaskEvent::Fail {
            kind: FailureKind::Retryable,
            attempts_left: false,
        };
        let terminal = TaskEvent::Fail {
            kind: FailureKind::Terminal,
            attempts_left: true,
        };
        assert_eq!(transition(TaskStatus::Running, retry).unwrap(), TaskStatus::Failed);
        assert_eq!(
            transition(TaskStatus::Failed, TaskEvent::Claim).unwrap(),
            TaskStatus::Running
        );
        assert_eq!(transition(TaskStatus::Running, last).unwrap(), TaskStatus::Dead);
        assert_eq!(transition(TaskStatus::Running, terminal).unwrap(), TaskStatus::Dead);
    }

    #[test]
    fn illegal_moves_are_errors() {
        for (from, event) in [
            (TaskStatus::Pending, TaskEvent::Claim),
            (TaskStatus::Succeeded, TaskEvent::Claim),
            (TaskStatus::Queued, TaskEvent::Succeed),
            (TaskStatus::Dead, TaskEvent::Release),
            (TaskStatus::Running, TaskEvent::Redrive),
            (TaskStatus::Queued, TaskEvent::LeaseExpired { attempts_left: true }),
        ] {
            let err = transition(from, event).unwrap_err();
            assert_eq!(err.from, from);
        }
    }

    #[test]
    fn only_succeeded_and_dead_are_terminal() {
        let terminal: Vec<_> = TaskStatus::ALL.into_iter().filter(|s| s.is_terminal()).collect();
        assert_eq!(terminal, [TaskStatus::Succeeded, TaskStatus::Dead]);
    }
}
