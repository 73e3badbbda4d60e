//! Pipeline files: a TOML list of jobs, created together, and the check that the jobs a
//! store holds are the ones a pipeline asks for.
//!
//! ```toml
//! [[job]]
//! name = "pages"
//! kind = "exec"
//! [job.config]
//! command = ["./pipeline/pages.sh"]   # "./" is the pipeline file's directory
//! [job.settings]
//! max_attempts = 2
//!
//! [[job]]
//! name = "report"
//! kind = "exec"
//! depends_on = ["pages"]
//! reduce = true
//! [job.config]
//! command = ["./pipeline/report.sh"]
//! ```

use std::path::{Path, PathBuf};

use folio_core::dag::{self, DagError};
use folio_core::job::RunSettings;
use folio_core::kind::Registry;
use folio_core::ports::{StoreError, TaskStore};
use folio_core::{Job, JobName, JobSpec, JobStatus};
use serde::Deserialize;

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error("cannot read pipeline file {}: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("pipeline file {}: {source}", path.display())]
    Parse {
        path: PathBuf,
        #[source]
        source: toml::de::Error,
    },
    #[error("pipeline file {} has no jobs: add [[job]] tables with name, kind and config", path.display())]
    NoJobs { path: PathBuf },
    #[error("pipeline file {}, job '{job}': {message}", path.display())]
    Job {
        path: PathBuf,
        job: JobName,
        message: String,
    },
    #[error("pipeline file {}: {source}", path.display())]
    Dag {
        path: PathBuf,
        #[source]
        source: DagError,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum EnsureError {
    #[error(
        "job '{job}' already exists, and its '{differs}' field differs from what {source_name} asks for.\n  \
         stored:   {stored}\n  wanted:   {wanted}\n\
         To use the new spec, delete the old job and the jobs that depend on it, dependents first \
         ({delete}), or give the job another name in {source_name}"
    )]
    Mismatch {
        job: JobName,
        differs: String,
        stored: String,
        wanted: String,
        delete: String,
        source_name: String,
    },
    #[error("job '{job}' is {status}: its tasks would never run; `folio jobs resume {job}` makes it active")]
    NotActive { job: JobName, status: JobStatus },
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PipelineFile {
    #[serde(default, rename = "job")]
    jobs: Vec<PipelineJob>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PipelineJob {
    name: JobName,
    kind: String,
    #[serde(default)]
    depends_on: Vec<JobName>,
    #[serde(default)]
    reduce: bool,
    #[serde(default = "empty_object")]
    config: serde_json::Value,
    #[serde(default)]
    settings: RunSettings,
}

fn empty_object() -> serde_json::Value {
    serde_json::Value::Object(Default::default())
}

/// A pipeline's jobs, in an order where each job's dependencies come first.
#[derive(Debug, Clone)]
pub struct Pipeline {
    pub jobs: Vec<JobSpec>,
}

impl Pipeline {
    /// Reads a pipeline file, resolves its `./` commands and checks every job's kind, config,
    /// settings and the DAG they form.
    pub fn load(path: &Path, kinds: &Registry) -> Result<Self, PipelineError> {
        let text = std::fs::read_to_string(path).map_err(|source| PipelineError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let file: PipelineFile = toml::from_str(&text).map_err(|source| PipelineError::Parse {
            path: path.to_path_buf(),
            source,
        })?;
        if file.jobs.is_empty() {
            return Err(PipelineError::NoJobs {
                path: path.to_path_buf(),
            });
        }
        let base = std::path::absolute(path)
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_default();
        let mut specs = Vec::with_capacity(file.jobs.len());
        for job in file.jobs {
            let bad = |message: String| PipelineError::Job {
                path: path.to_path_buf(),
                job: job.name.clone(),
                message,
            };
            let config = resolve_relative_commands(job.config.clone(), &base);
            job.settings.validate().map_err(|e| bad(format!("settings: {e}")))?;
            kinds.validate(&job.kind, &config).map_err(bad)?;
            specs.push(JobSpec {
                name: job.name,
                kind: job.kind,
                config,
                depends_on: job.depends_on,
                reduce: job.reduce,
                settings: job.settings,
            });
        }
        let jobs = dag::plan(&specs, &[]).map_err(|source| PipelineError::Dag {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(Self { jobs })
    }

    /// The jobs that volumes are enqueued into: per-volume jobs with no dependency.
    pub fn roots(&self) -> impl Iterator<Item = &JobSpec> {
        self.jobs.iter().filter(|j| j.depends_on.is_empty() && !j.reduce)
    }

    pub fn names(&self) -> Vec<JobName> {
        self.jobs.iter().map(|j| j.name.clone()).collect()
    }
}

/// In a `command` array, an element starting with `./` names a file beside the pipeline file.
fn resolve_relative_commands(mut config: serde_json::Value, base: &Path) -> serde_json::Value {
    if let Some(serde_json::Value::Array(command)) = config.get_mut("command") {
        for element in command.iter_mut() {
            if let Some(rest) = element.as_str().and_then(|s| s.strip_prefix("./")) {
                *element = serde_json::Value::String(base.join(rest).display().to_string());
            }
        }
    }
    config
}

/// What [`ensure_jobs`] did.
#[derive(Debug, Default)]
pub struct Ensured {
    pub created: Vec<JobName>,
    pub existing: Vec<JobName>,
}

/// Creates the jobs of `specs` that the store lacks. A job that exists must have the same spec
/// and be active, or nothing is created.
pub async fn ensure_jobs(store: &dyn TaskStore, specs: &[JobSpec], source_name: &str) -> Result<Ensured, EnsureError> {
    let stored = store.jobs().await?;
    let mut ensured = Ensured::default();
    let mut missing = Vec::new();
    for spec in specs {
        let Some(job) = stored.iter().find(|j| j.spec.name == spec.name) else {
            missing.push(spec.clone());
            continue;
        };
        if let Some((differs, have, want)) = difference(&job.spec, spec) {
            return Err(EnsureError::Mismatch {
                job: spec.name.clone(),
                differs: differs.into(),
                stored: have,
                wanted: want,
                delete: deletion_order(&stored, &spec.name)
                    .iter()
                    .map(|n| format!("`folio jobs delete {n}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                source_name: source_name.to_owned(),
            });
        }
        if job.status != JobStatus::Active {
            return Err(EnsureError::NotActive {
                job: spec.name.clone(),
                status: job.status,
            });
        }
        ensured.existing.push(spec.name.clone());
    }
    if !missing.is_empty() {
        let created = store.create_jobs(&missing).await?;
        ensured.created = created.iter().map(|j| j.spec.name.clone()).collect();
    }
    Ok(ensured)
}

/// The first field in which two specs differ, with both values.
fn difference(stored: &JobSpec, wanted: &JobSpec) -> Option<(&'static str, String, String)> {
    let json = |v: &serde_json::Value| v.to_string();
    let names = |v: &[JobName]| format!("{:?}", v.iter().map(JobName::as_str).collect::<Vec<_>>());
    if stored.kind != wanted.kind {
        return Some(("kind", stored.kind.clone(), wanted.kind.clone()));
    }
    if stored.config != wanted.config {
        return Some(("config", json(&stored.config), json(&wanted.config)));
    }
    if stored.depends_on != wanted.depends_on {
        return Some(("depends_on", names(&stored.depends_on), names(&wanted.depends_on)));
    }
    if stored.reduce != wanted.reduce {
        return Some(("reduce", stored.reduce.to_string(), wanted.reduce.to_string()));
    }
    if stored.settings != wanted.settings {
        let settings = |s: &RunSettings| serde_json::to_string(s).unwrap_or_default();
        return Some(("settings", settings(&stored.settings), settings(&wanted.settings)));
    }
    None
}

/// `job` and every stored job downstream of it, dependents first.
fn deletion_order(stored: &[Job], job: &JobName) -> Vec<JobName> {
    let mut order = Vec::new();
    fn visit(stored: &[Job], job: &JobName, order: &mut Vec<JobName>) {
        if order.contains(job) {
            return;
        }
        for dependent in stored.iter().filter(|j| j.spec.depends_on.contains(job)) {
            visit(stored, &dependent.spec.name, order);
        }
        order.push(job.clone());
    }
    visit(stored, job, &mut order);
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_pipeline(dir: &Path, body: &str) -> PathBuf {
        let path = dir.join("pipeline.toml");
        std::fs::write(&path, body).unwrap();
        path
    }

    const TWO_JOBS: &str = r#"
[[job]]
name = "report"
kind = "exec"
depends_on = ["pages"]
reduce = true
[job.config]
command = ["sh", "./report.sh"]

[[job]]
name = "pages"
kind = "exec"
[job.config]
command = ["sh", "-c", "true"]
env = { LANG = "C" }
[job.settings]
max_attempts = 2
"#;

    #[test]
    fn loads_jobs_dependencies_first_with_commands_beside_the_file() {
        let tmp = tempfile::tempdir().unwrap();
        let path = write_pipeline(tmp.path(), TWO_JOBS);
        let p = Pipeline::load(&path, &folio_jobs::registry()).unwrap();
        let names: Vec<_> = p.jobs.iter().map(|j| j.name.as_str()).collect();
        assert_eq!(names, ["pages", "report"]);
        assert_eq!(p.jobs[0].settings.max_attempts, 2);
        assert_eq!(p.jobs[0].config["env"]["LANG"], "C");
        let script = tmp.path().join("report.sh").display().to_string();
        assert_eq!(p.jobs[1].config["command"], serde_json::json!(["sh", script]));
        assert_eq!(p.roots().map(|j| j.name.as_str()).collect::<Vec<_>>(), ["pages"]);
    }

    #[test]
    fn refuses_bad_files_naming_the_file_and_the_job() {
        let tmp = tempfile::tempdir().unwrap();
        let load = |body: &str| {
            let path = write_pipeline(tmp.path(), body);
            Pipeline::load(&path, &folio_jobs::registry()).unwrap_err().to_string()
        };
        let cases = [
            ("", "has no jobs"),
            ("[[job]]\nname = \"a\"\nkind = \"exec\"\nfoo = 1\n", "unknown field `foo`"),
            ("[[job]]\nname = \"A\"\nkind = \"exec\"\n", "invalid job name \"A\""),
            ("[[job]]\nname = \"a\"\nkind = \"tesseract\"\n", "job 'a': unknown job kind 'tesseract'"),
            ("[[job]]\nname = \"a\"\nkind = \"exec\"\n[job.config]\ncommand = [\"no-such-program-folio\"]\n", "was not found on PATH"),
            ("[[job]]\nname = \"a\"\nkind = \"exec\"\n[job.config]\ncommand = [\"true\"]\n[job.settings]\nmax_attempts = 0\n", "max_attempts is 0"),
            (
                "[[job]]\nname = \"a\"\nkind = \"exec\"\ndepends_on = [\"b\"]\n[job.config]\ncommand = [\"true\"]\n\
                 [[job]]\nname = \"b\"\nkind = \"exec\"\ndepends_on = [\"a\"]\n[job.config]\ncommand = [\"true\"]\n",
                "dependency cycle: a -> b -> a",
            ),
        ];
        for (body, expected) in cases {
            let err = load(body);
            assert!(err.starts_with("pipeline file "), "{err}");
            assert!(err.contains(expected), "{body}\n→ {err}");
        }
        let missing = Pipeline::load(&tmp.path().join("none.toml"), &folio_jobs::registry()).unwrap_err();
        assert!(
            missing.to_string().starts_with("cannot read pipeline file"),
            "{missing}"
        );
    }

    #[test]
    fn differences_name_the_field_and_deletions_go_dependents_first() {
        let tmp = tempfile::tempdir().unwrap();
        let p = Pipeline::load(&write_pipeline(tmp.path(), TWO_JOBS), &folio_jobs::registry()).unwrap();
        let mut changed = p.jobs[0].clone();
        assert!(difference(&p.jobs[0], &changed).is_none());
        changed.settings.max_attempts = 5;
        let (field, _, wanted) = difference(&p.jobs[0], &changed).unwrap();
        assert_eq!(field, "settings");
        assert!(wanted.contains("\"max_attempts\":5"), "{wanted}");

        let stored: Vec<Job> = p
            .jobs
            .iter()
            .enumerate()
            .map(|(i, spec)| Job {
                id: i as i64,
                spec: spec.clone(),
                status: JobStatus::Active,
                queue_url: None,
                dlq_url: None,
                created_at: chrono::Utc::now(),
            })
            .collect();
        let order = deletion_order(&stored, &JobName::new("pages").unwrap());
        assert_eq!(
            order.iter().map(JobName::as_str).collect::<Vec<_>>(),
            ["report", "pages"]
        );
    }
}
