//! `folio errors`: the recorded failures, each with its kind, worker and attempt.

use folio_core::ports::ErrorFilter;

use crate::cli::ErrorsCommand;
use crate::output::{self, print_json, table};
use crate::profile::Profile;

pub async fn run(profile: &Profile, cmd: ErrorsCommand) -> anyhow::Result<()> {
    let store = profile.open_store().await?;
    match cmd {
        ErrorsCommand::List(args) => {
            let filter = ErrorFilter {
                job: args.job,
                task: args.task,
                limit: args.limit.max(0),
            };
            let errors = store.errors(&filter).await?;
            if args.json.json {
                return print_json(&errors);
            }
            if errors.is_empty() {
                say!("no failures recorded");
                return Ok(());
            }
            let mut t = table(["id", "task", "job", "volume", "attempt", "kind", "at", "message"]);
            for e in &errors {
                t.add_row([
                    e.id.to_string(),
                    e.task_id.to_string(),
                    e.job.to_string(),
                    e.volume
                        .as_ref()
                        .map_or_else(|| "(whole job)".to_owned(), ToString::to_string),
                    e.attempt.to_string(),
                    e.kind.to_string(),
                    output::time(e.at),
                    output::first_line(&e.message, 70),
                ]);
            }
            say!("{t}");
            say!("`folio errors show ID` prints a whole message; `folio redrive --job JOB` re-runs dead tasks");
            Ok(())
        }
        ErrorsCommand::Show { id, json } => {
            let e = store.error(id).await?;
            if json.json {
                return print_json(&e);
            }
            say!(
                "error {} — task {} of job '{}', attempt {}",
                e.id,
                e.task_id,
                e.job,
                e.attempt
            );
            if let Some(v) = &e.volume {
                say!("volume: {v}");
            }
            say!("kind:   {}", e.kind);
            say!("worker: {}", e.worker.as_deref().unwrap_or("-"));
            say!("at:     {}", output::time(e.at));
            say!("\n{}", e.message);
            Ok(())
        }
    }
}
