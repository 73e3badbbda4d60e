//! The job DAG. A job may only depend on jobs that exist (or are created with it), never on
//! itself through any path, and a reduce job has exactly one dependency.

use std::collections::{BTreeMap, BTreeSet};

use crate::ids::JobName;
use crate::job::{Job, JobSpec, JobStatus};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DagError {
    #[error("job '{job}' depends on '{dependency}', which does not exist: create '{dependency}' first, or fix the name (`folio jobs list` shows the jobs)")]
    UnknownDependency { job: JobName, dependency: JobName },
    #[error("jobs would form a dependency cycle: {}; remove one of these dependencies", .0.iter().map(JobName::as_str).collect::<Vec<_>>().join(" -> "))]
    Cycle(Vec<JobName>),
    #[error("job '{0}' is defined twice")]
    Duplicate(JobName),
    #[error("reduce job '{job}' must depend on exactly one job, it names {count}")]
    ReduceArity { job: JobName, count: usize },
    #[error("job '{job}' runs per volume but depends on reduce job '{dependency}', which has no volumes")]
    PerVolumeAfterReduce { job: JobName, dependency: JobName },
}

/// Checks `new` jobs against the `existing` ones and returns the new jobs in an order in
/// which each one's dependencies come first.
pub fn plan(new: &[JobSpec], existing: &[JobSpec]) -> Result<Vec<JobSpec>, DagError> {
    let mut all: BTreeMap<&JobName, &JobSpec> = existing.iter().map(|s| (&s.name, s)).collect();
    let mut seen = BTreeSet::new();
    for spec in new {
        if !seen.insert(&spec.name) || all.contains_key(&spec.name) {
            return Err(DagError::Duplicate(spec.name.clone()));
        }
    }
    for spec in new {
        all.insert(&spec.name, spec);
    }
    for spec in new {
        if spec.reduce && spec.depends_on.len() != 1 {
            return Err(DagError::ReduceArity {
                job: spec.name.clone(),
                count: spec.depends_on.len(),
            });
        }
        for dep in &spec.depends_on {
            let Some(dep_spec) = all.get(dep) else {
                return Err(DagError::UnknownDependency {
                    job: spec.name.clone(),
                    dependency: dep.clone(),
                });
            };
            if dep_spec.reduce && !spec.reduce {
                return Err(DagError::PerVolumeAfterReduce {
                    job: spec.name.clone(),
                    dependency: dep.clone(),
                });
            }
        }
    }
    // Depth-first topological order over the new jobs; a grey node met again closes a cycle.
    let mut order = Vec::with_capacity(new.len());
    let mut done: BTreeSet<&JobName> = existing.iter().map(|s| &s.name).collect();
    for spec in new {
        let mut path = Vec::new();
        visit(spec, &all, &mut done, &mut path, &mut order)?;
    }
    Ok(order)
}

/// The questions a settling task asks of the job graph. The stores turn each answer into one
/// set-based statement, so the rule lives here once for PostgreSQL and SQLite alike.
pub struct Graph<'a> {
    jobs: &'a [Job],
}

/// A reduce job that a settling task may make due, with what it waits for.
#[derive(Debug, Clone, PartialEq)]
pub struct ReduceWatch<'a> {
    pub reduce: &'a Job,
    /// The job whose succeeded volumes are the reduce's inputs.
    pub dependency: &'a Job,
    /// Ids of the dependency and of every job upstream of it: all their tasks must be finished
    /// before the reduce runs (downstream tasks are created lazily, so an unfinished upstream
    /// task may still add a volume to the dependency).
    pub chain: Vec<i64>,
}

impl<'a> Graph<'a> {
    pub fn new(jobs: &'a [Job]) -> Self {
        Self { jobs }
    }

    pub fn by_id(&self, id: i64) -> Option<&'a Job> {
        self.jobs.iter().find(|j| j.id == id)
    }

    fn by_name(&self, name: &JobName) -> Option<&'a Job> {
        self.jobs.iter().find(|j| j.spec.name == *name)
    }

    fn live(job: &Job) -> bool {
        job.status != JobStatus::Archived
    }

    /// Per-volume jobs that depend directly on `job`: a success of `job` for a volume may
    /// release their task for that volume.
    pub fn dependents(&self, job: &Job) -> Vec<&'a Job> {
        self.jobs
            .iter()
            .filter(|j| !j.spec.reduce && Self::live(j) && j.spec.depends_on.contains(job.name()))
            .collect()
    }

    /// Per-volume jobs downstream of `job` through any path: when `job`'s task for a volume is
    /// dead, their tasks for that volume can never run.
    pub fn descendants(&self, job: &Job) -> Vec<&'a Job> {
        let mut out: Vec<&'a Job> = Vec::new();
        let mut stack = self.dependents(job);
        while let Some(j) = stack.pop() {
            if !out.iter().any(|o| o.id == j.id) {
                out.push(j);
                stack.extend(self.dependents(j));
            }
        }
        out.sort_by_key(|j| j.id);
        out
    }

    /// Jobs upstream of `job` through any path.
    pub fn ancestors(&self, job: &Job) -> Vec<&'a Job> {
        let mut out: Vec<&'a Job> = Vec::new();
        let mut stack: Vec<&'a Job> = job.spec.depends_on.iter().filter_map(|d| self.by_name(d)).collect();
        while let Some(j) = stack.pop() {
            if !out.iter().any(|o| o.id == j.id) {
                out.push(j);
                stack.extend(j.spec.depends_on.iter().filter_map(|d| self.by_name(d)));
            }
        }
        out.sort_by_key(|j| j.id);
        out
    }

    /// The reduce jobs that a task of `job` settling may make due: those whose chain holds
    /// `job`, and `job` itself when it is a reduce (its inputs may have changed while it ran).
    pub fn reduces_watching(&self, job: &Job) -> Vec<ReduceWatch<'a>> {
        let mut out = Vec::new();
        for r in self.jobs.iter().filter(|j| j.spec.reduce && Self::live(j)) {
            let Some(dependency) = r.spec.depends_on.first().and_then(|d| self.by_name(d)) else {
                continue;
            };
            let mut chain: Vec<i64> = self.ancestors(dependency).iter().map(|j| j.id).collect();
            chain.push(dependency.id);
            chain.sort_unstable();
            if r.id == job.id || chain.contains(&job.id) {
                out.push(ReduceWatch {
                    reduce: r,
                    dependency,
                    chain,
                });
            }
        }
        out
    }
}

/// What a reduce attempt read as its inputs, as one string: the succeeded tasks of its
/// dependency, each with its winning attempt. When the same digest taken now differs, the
/// reduce's inputs changed after it ran and it runs again.
pub fn inputs_digest(mut inputs: Vec<(i64, i32)>) -> String {
    inputs.sort_unstable();
    let listed: String = inputs
        .iter()
        .map(|(task, attempt)| format!("{task}:{attempt},"))
        .collect();
    format!("{}:{}", inputs.len(), &crate::blob::sha256_hex(listed.as_bytes())[..24])
}

fn visit<'a>(
    spec: &'a JobSpec,
    all: &BTreeMap<&'a JobName, &'a JobSpec>,
    done: &mut BTreeSet<&'a JobName>,
    path: &mut Vec<&'a JobName>,
    order: &mut Vec<JobSpec>,
) -> Result<(), DagError> {
    if done.contains(&spec.name) {
        return Ok(());
    }
    if let Some(start) = path.iter().position(|n| *n == &spec.name) {
        let mut cycle: Vec<JobName> = path[start..].iter().map(|n| (*n).clone()).collect();
        cycle.push(spec.name.clone());
        return Err(DagError::Cycle(cycle));
    }
    path.push(&spec.name);
    for dep in &spec.depends_on {
        visit(all[dep], all, done, path, order)?;
    }
    path.pop();
    done.insert(&spec.name);
    order.push(spec.clone());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::job::RunSettings;

    fn spec(name: &str, deps: &[&str], reduce: bool) -> JobSpec {
        JobSpec {
            name: JobName::new(name).unwrap(),
            kind: "exec".into(),
            config: serde_json::json!({}),
            depends_on: deps.iter().map(|d| JobName::new(*d).unwrap()).collect(),
            reduce,
            settings: RunSettings::default(),
        }
    }

    fn names(v: &[JobSpec]) -> Vec<&str> {
        v.iter().map(|s| s.name.as_str()).collect()
    }

    #[test]
    fn orders_dependencies_first() {
        let new = [
            spec("report", &["eval"], true),
            spec("eval", &["ocr"], false),
            spec("ocr", &[], false),
        ];
        assert_eq!(names(&plan(&new, &[]).unwrap()), ["ocr", "eval", "report"]);
    }

    #[test]
    fn existing_jobs_satisfy_dependencies() {
        let existing = [spec("ocr", &[], false)];
        let ordered = plan(&[spec("eval", &["ocr"], false)], &existing).unwrap();
        assert_eq!(names(&ordered), ["eval"]);
    }

    #[test]
    fn refuses_unknown_dependency_by_name() {
        let err = plan(&[spec("eval", &["orc"], false)], &[]).unwrap_err();
        assert!(err.to_string().contains("'orc', which does not exist"), "{err}");
    }

    #[test]
    fn refuses_cycles_and_names_the_path() {
        let new = [
            spec("a", &["c"], false),
            spec("b", &["a"], false),
            spec("c", &["b"], false),
        ];
        let err = plan(&new, &[]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "jobs would form a dependency cycle: a -> c -> b -> a; remove one of these dependencies"
        );
        let err = plan(&[spec("a", &["a"], false)], &[]).unwrap_err();
        assert!(matches!(err, DagError::Cycle(ref p) if p.len() == 2));
    }

    #[test]
    fn refuses_duplicates_and_bad_reduces() {
        let existing = [spec("ocr", &[], false)];
        assert!(matches!(
            plan(&[spec("ocr", &[], false)], &existing),
            Err(DagError::Duplicate(_))
        ));
        assert!(matches!(
            plan(&[spec("r", &[], true)], &[]),
            Err(DagError::ReduceArity { count: 0, .. })
        ));
        let new = [spec("r", &["ocr"], true), spec("after", &["r"], false)];
        assert!(matches!(
            plan(&new, &existing),
            Err(DagError::PerVolumeAfterReduce { .. })
        ));
    }
}
