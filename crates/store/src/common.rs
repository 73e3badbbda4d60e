//! What both adapters share: error mapping, job rows, and the job graph questions that the
//! completion step asks (who runs after this job, which reduce jobs wait on it).

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use folio_core::job::{Job, JobSpec, JobStatus, StoredConfig};
use folio_core::ports::StoreError;
use folio_core::{JobName, TaskStatus, VolumeRef};

pub(crate) fn backend(e: sqlx::Error) -> StoreError {
    StoreError::Backend(Box::new(e))
}

pub(crate) fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

/// A `jobs` row, decoded from either database.
pub(crate) struct JobRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub config: serde_json::Value,
    pub depends_on: Vec<String>,
    pub reduce: bool,
    pub queue_url: Option<String>,
    pub dlq_url: Option<String>,
    pub status: String,
    pub created_at: DateTime<Utc>,
}

impl JobRow {
    pub fn into_job(self) -> Result<Job, StoreError> {
        let name = JobName::new(self.name).map_err(corrupt)?;
        let stored: StoredConfig =
            serde_json::from_value(self.config).map_err(|e| corrupt(format!("job '{name}' config: {e}")))?;
        let depends_on = self
            .depends_on
            .into_iter()
            .map(JobName::new)
            .collect::<Result<Vec<_>, _>>()
            .map_err(corrupt)?;
        Ok(Job {
            id: self.id,
            spec: JobSpec {
                name,
                kind: self.kind,
                config: stored.kind,
                depends_on,
                reduce: self.reduce,
                settings: stored.settings,
            },
            status: self.status.parse::<JobStatus>().map_err(corrupt)?,
            queue_url: self.queue_url,
            dlq_url: self.dlq_url,
            created_at: self.created_at,
        })
    }
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

/// The reduce jobs that a task of `job` settling may complete, each with the jobs whose tasks
/// must all be finished first: its dependency and every job upstream of it (downstream tasks
/// are created lazily, so an unfinished upstream task may still add to the dependency).
pub(crate) fn reduces_waiting_on<'a>(jobs: &'a [Job], job: &JobName) -> Vec<(&'a Job, Vec<String>)> {
    let mut out = Vec::new();
    for r in jobs.iter().filter(|j| j.spec.reduce && j.status != JobStatus::Archived) {
        let Some(dep) = r.spec.depends_on.first() else { continue };
        let mut chain = BTreeSet::new();
        let mut stack = vec![dep.clone()];
        while let Some(n) = stack.pop() {
            if chain.insert(n.clone()) {
                if let Some(j) = jobs.iter().find(|j| j.spec.name == n) {
                    stack.extend(j.spec.depends_on.iter().cloned());
                }
            }
        }
        if chain.contains(job) {
            out.push((r, chain.into_iter().map(String::from).collect()));
        }
    }
    out
}

/// Per-volume jobs that depend on `job`.
pub(crate) fn per_volume_dependents<'a>(jobs: &'a [Job], job: &JobName) -> Vec<&'a Job> {
    jobs.iter()
        .filter(|j| !j.spec.reduce && j.status != JobStatus::Archived && j.spec.depends_on.contains(job))
        .collect()
}

pub(crate) fn dep_names(job: &Job) -> Vec<String> {
    job.spec.depends_on.iter().map(|d| d.to_string()).collect()
}

/// Workers in these states have stopped and are not counted as live.
pub(crate) const STOPPED_WORKER_STATES: [&str; 3] = ["drained", "idle-exit", "failed"];
