//! `folio tasks`: list tasks, and show one with its failures and artefacts.

use folio_core::blob::attempt_prefix;
use folio_core::ports::{ErrorFilter, TaskFilter, TaskRecord};
use folio_core::TaskStatus;

use crate::cli::TasksCommand;
use crate::output::{self, print_json, table};
use crate::profile::Profile;

pub async fn run(profile: &Profile, cmd: TasksCommand) -> anyhow::Result<()> {
    let store = profile.open_store().await?;
    match cmd {
        TasksCommand::List(args) => {
            let filter = TaskFilter {
                job: args.job,
                status: args.status,
                limit: args.limit.max(0),
            };
            let tasks = store.tasks(&filter).await?;
            if args.json.json {
                return print_json(&tasks);
            }
            if tasks.is_empty() {
                say!("no tasks match");
                return Ok(());
            }
            let mut t = table([
                "id",
                "job",
                "volume",
                "status",
                "attempt",
                "started",
                "took",
                "last error",
            ]);
            for task in &tasks {
                t.add_row([
                    task.id.to_string(),
                    task.job.to_string(),
                    volume(task),
                    task.status.to_string(),
                    format!("{}/{}", task.attempt, task.max_attempts),
                    output::opt_time(task.started_at),
                    took(task),
                    task.error
                        .as_deref()
                        .map(|e| output::first_line(e, 60))
                        .unwrap_or_default(),
                ]);
            }
            say!("{t}");
            if tasks.len() as i64 == filter.limit {
                say!("(the first {} tasks; --limit shows more)", filter.limit);
            }
            Ok(())
        }
        TasksCommand::Show { id, json } => {
            let task = store.task(id).await?;
            let errors = store
                .errors(&ErrorFilter {
                    job: None,
                    task: Some(id),
                    limit: 1000,
                })
                .await?;
            let artefacts = (task.status == TaskStatus::Succeeded).then(|| {
                profile
                    .blob_dir
                    .join(attempt_prefix(&task.job, task.volume.as_ref(), task.attempt).as_str())
            });
            if json.json {
                return print_json(&serde_json::json!({ "task": task, "errors": errors, "artefacts": artefacts }));
            }
            let mut t = table(["field", "value"]);
            let mut row = |k: &str, v: String| {
                t.add_row([k.to_owned(), v]);
            };
            row("id", task.id.to_string());
            row("job", task.job.to_string());
            row("volume", volume(&task));
            row("images", task.nb_images.to_string());
            row("status", task.status.to_string());
            row("attempt", format!("{} of {}", task.attempt, task.max_attempts));
            row("lease owner", task.lease_owner.clone().unwrap_or_else(|| "-".into()));
            row("lease expires", output::opt_time(task.lease_expires_at));
            row("heartbeat", output::opt_time(task.heartbeat_at));
            row("enqueued", output::time(task.enqueued_at));
            row("sent", output::opt_time(task.sent_at));
            row("started", output::opt_time(task.started_at));
            row("finished", output::opt_time(task.finished_at));
            row("took", took(&task));
            if let Some(kind) = task.error_kind {
                row("error kind", kind.to_string());
            }
            if let Some(error) = &task.error {
                row("error", error.clone());
            }
            if let Some(metrics) = &task.metrics {
                row("metrics", serde_json::to_string_pretty(metrics)?);
            }
            if let Some(dir) = &artefacts {
                row("artefacts", dir.display().to_string());
            }
            say!("{t}");
            if !errors.is_empty() {
                let mut e = table(["error id", "attempt", "kind", "worker", "at", "message"]);
                for err in &errors {
                    e.add_row([
                        err.id.to_string(),
                        err.attempt.to_string(),
                        err.kind.to_string(),
                        err.worker.clone().unwrap_or_else(|| "-".into()),
                        output::time(err.at),
                        output::first_line(&err.message, 80),
                    ]);
                }
                say!("failures (`folio errors show ID` prints a whole message):\n{e}");
            }
            Ok(())
        }
    }
}

fn volume(task: &TaskRecord) -> String {
    task.volume
        .as_ref()
        .map_or_else(|| "(whole job)".to_owned(), ToString::to_string)
}

fn took(task: &TaskRecord) -> String {
    output::elapsed(task.started_at, task.finished_at)
        .map(output::duration)
        .unwrap_or_else(|| "-".into())
}
