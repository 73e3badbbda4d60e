//! What both adapters share: error mapping, and the decisions a settling task's statements
//! are built around (the job graph's own questions are in `folio_core::dag`).

use std::time::Duration;

use folio_core::job::Job;
use folio_core::ports::{Acceptance, StoreError, StoreResult};
use folio_core::{TaskStatus, VolumeRef, WorkerState};

pub(crate) fn backend(e: sqlx::Error) -> StoreError {
    StoreError::Backend(Box::new(e))
}

pub(crate) fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

pub(crate) fn parse_status(s: &str) -> Result<TaskStatus, StoreError> {
    s.parse().map_err(corrupt)
}

pub(crate) fn volume(w: Option<String>, i: Option<String>, e: Option<String>) -> Result<Option<VolumeRef>, StoreError> {
    match (w, i, e) {
        (Some(w), Some(i), Some(e)) => VolumeRef::new(w, i, e).map(Some).map_err(corrupt),
        _ => Ok(None),
    }
}

pub(crate) fn dep_names(job: &Job) -> Vec<String> {
    job.spec.depends_on.iter().map(|d| d.to_string()).collect()
}

/// Workers in these states have stopped and are not counted as live.
pub(crate) fn stopped_worker_states() -> Vec<&'static str> {
    WorkerState::STOPPED.iter().map(|s| s.as_str()).collect()
}

/// A `workers.state` value read back.
pub(crate) fn worker_state(s: &str) -> StoreResult<WorkerState> {
    s.parse().map_err(corrupt)
}

/// How long a flusher holds the owed sends it claimed before another may take them.
pub(crate) const SEND_CLAIM: Duration = Duration::from_secs(30);
/// How long owed sends whose send failed wait before they are tried again.
pub(crate) const SEND_RETRY: Duration = Duration::from_secs(30);

/// How a task settled, for what follows downstream.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Settled<'a> {
    Succeeded,
    /// Dead, with its error.
    Dead(&'a str),
}

/// The error a task gets when an upstream task of its volume dies.
pub(crate) fn upstream_dead(job: &Job, reason: &str) -> String {
    format!("upstream `{}` of this volume is dead: {reason}", job.name())
}

/// Whether a finished reduce runs again, its chain being quiet: its dependency's succeeded set
/// (`inputs`) is not the one its last attempt read. A dead reduce that never read its inputs
/// (it died before staging them) is left dead, or it would loop.
pub(crate) fn reduce_rerun_due(status: TaskStatus, digest: Option<&str>, inputs: Vec<(i64, i32)>) -> bool {
    let now = folio_core::dag::inputs_digest(inputs);
    match status {
        TaskStatus::Succeeded => digest != Some(now.as_str()),
        TaskStatus::Dead => digest.is_some_and(|d| d != now),
        _ => false,
    }
}

/// The answer to a success whose fenced update matched nothing: this attempt's success was
/// already accepted (for the worker, under its own lease), or it is stale.
pub(crate) fn already_or_stale(
    status: TaskStatus,
    current: i32,
    lease_owner: Option<String>,
    attempt: i32,
    owner: Option<&str>,
) -> Acceptance {
    let same_owner = owner.is_none_or(|o| lease_owner.as_deref() == Some(o));
    if status == TaskStatus::Succeeded && current == attempt && same_owner {
        Acceptance::Duplicate { released: Vec::new() }
    } else {
        Acceptance::Stale {
            current_attempt: current,
            status,
        }
    }
}

/// A duration as the seconds SQL's intervals take.
pub(crate) fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}
