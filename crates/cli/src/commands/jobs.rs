//! `folio jobs`: create, list, show, pause, resume and delete jobs.

use std::time::Duration;

use anyhow::Context;
use folio_core::job::RunSettings;
use folio_core::{JobSpec, JobStatus, TaskStatus};

use crate::cli::{JobsCommand, JobsCreateArgs};
use crate::output::{self, print_json, table};
use crate::pipeline::{ensure_jobs, Pipeline};
use crate::profile::Profile;

pub async fn run(profile: &Profile, cmd: JobsCommand) -> anyhow::Result<()> {
    match cmd {
        JobsCommand::Create(args) => create(profile, *args).await,
        JobsCommand::List(json) => {
            let jobs = profile.open_store().await?.jobs().await?;
            if json.json {
                return print_json(&jobs);
            }
            if jobs.is_empty() {
                say!("no jobs yet: `folio jobs create --file examples/pipeline.toml` creates the sample pipeline's");
                return Ok(());
            }
            let mut t = table(["job", "kind", "status", "depends on", "reduce", "created"]);
            for job in &jobs {
                let deps: Vec<&str> = job.spec.depends_on.iter().map(|d| d.as_str()).collect();
                t.add_row([
                    job.spec.name.to_string(),
                    job.spec.kind.clone(),
                    job.status.to_string(),
                    if deps.is_empty() { "-".into() } else { deps.join(", ") },
                    if job.spec.reduce { "yes" } else { "no" }.into(),
                    output::time(job.created_at),
                ]);
            }
            say!("{t}");
            Ok(())
        }
        JobsCommand::Show { name, json } => {
            let store = profile.open_store().await?;
            let job = store.job(&name).await?;
            let stats = store.stats(&name, Duration::from_secs(600)).await?;
            if json.json {
                return print_json(&serde_json::json!({ "job": job, "stats": stats }));
            }
            let deps: Vec<&str> = job.spec.depends_on.iter().map(|d| d.as_str()).collect();
            let mut t = table(["field", "value"]);
            t.add_row(["name".to_owned(), job.spec.name.to_string()]);
            t.add_row(["kind".to_owned(), job.spec.kind.clone()]);
            t.add_row(["status".to_owned(), job.status.to_string()]);
            t.add_row([
                "depends on".to_owned(),
                if deps.is_empty() { "-".into() } else { deps.join(", ") },
            ]);
            t.add_row(["reduce".to_owned(), job.spec.reduce.to_string()]);
            t.add_row(["config".to_owned(), serde_json::to_string_pretty(&job.spec.config)?]);
            t.add_row(["settings".to_owned(), serde_json::to_string_pretty(&job.spec.settings)?]);
            t.add_row(["created".to_owned(), output::time(job.created_at)]);
            let counts: Vec<String> = TaskStatus::ALL
                .iter()
                .map(|s| format!("{s} {}", stats.count(*s)))
                .collect();
            t.add_row(["tasks".to_owned(), counts.join(", ")]);
            say!("{t}");
            Ok(())
        }
        JobsCommand::Pause { name } => {
            profile
                .open_store()
                .await?
                .set_job_status(&name, JobStatus::Paused)
                .await?;
            say!("paused job '{name}': no new task of it is claimed; running ones finish (`folio jobs resume {name}` undoes this)");
            Ok(())
        }
        JobsCommand::Resume { name } => {
            profile
                .open_store()
                .await?
                .set_job_status(&name, JobStatus::Active)
                .await?;
            say!("resumed job '{name}'");
            Ok(())
        }
        JobsCommand::Delete { name } => {
            profile.open_store().await?.delete_job(&name).await?;
            say!("deleted job '{name}' with its tasks and failure records");
            Ok(())
        }
    }
}

async fn create(profile: &Profile, args: JobsCreateArgs) -> anyhow::Result<()> {
    let kinds = folio_jobs::registry();
    if let Some(path) = &args.file {
        // Everything in the file is checked before the store is opened.
        let pipeline = Pipeline::load(path, &kinds)?;
        let store = profile.open_store().await?;
        let ensured = ensure_jobs(store.as_ref(), &pipeline.jobs, &path.display().to_string()).await?;
        for name in &ensured.created {
            say!("created job '{name}'");
        }
        for name in &ensured.existing {
            say!("job '{name}' already exists with this spec");
        }
        // Existing jobs too: a create that stopped before its queues were made is completed.
        let all: Vec<_> = pipeline.jobs.iter().map(|j| j.name.clone()).collect();
        return profile.prepare_job_queues(&store, &all).await;
    }
    let (Some(name), Some(kind)) = (args.name, args.kind) else {
        anyhow::bail!("give --name and --kind, or --file PIPELINE.toml");
    };
    let config: serde_json::Value = serde_json::from_str(&args.config).with_context(|| {
        format!(
            "--config is not JSON ({:?}): give e.g. '{{\"command\": [\"./step.sh\"]}}'",
            args.config
        )
    })?;
    let defaults = RunSettings::default();
    let settings = RunSettings {
        max_attempts: args.max_attempts.unwrap_or(defaults.max_attempts),
        max_duration_secs: args.max_duration_secs.unwrap_or(defaults.max_duration_secs),
        max_workers: args.max_workers.unwrap_or(defaults.max_workers),
        target_backlog_secs: args.target_backlog_secs.unwrap_or(defaults.target_backlog_secs),
        max_queued: args.max_queued.or(defaults.max_queued),
        max_handbacks: args.max_handbacks.unwrap_or(defaults.max_handbacks),
        retry_base_ms: args.retry_base_ms.unwrap_or(defaults.retry_base_ms),
        retry_max_secs: args.retry_max_secs.unwrap_or(defaults.retry_max_secs),
    };
    settings
        .validate()
        .map_err(|e| anyhow::anyhow!("cannot create job '{name}': {e}"))?;
    kinds
        .validate(&kind, &config)
        .map_err(|e| anyhow::anyhow!("cannot create job '{name}': {e}"))?;
    let spec = JobSpec {
        name: name.clone(),
        kind: kind.clone(),
        config,
        depends_on: args.depends_on,
        reduce: args.reduce,
        settings,
    };
    let store = profile.open_store().await?;
    store.create_jobs(std::slice::from_ref(&spec)).await?;
    say!("created job '{name}' ({kind})");
    profile.prepare_job_queues(&store, std::slice::from_ref(&name)).await
}
