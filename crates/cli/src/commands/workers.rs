//! `folio workers list`: the workers that registered, with their state and last heartbeat.

use std::time::Duration;

use crate::cli::WorkersCommand;
use crate::output::{self, print_json, table};
use crate::profile::Profile;

pub async fn run(profile: &Profile, cmd: WorkersCommand) -> anyhow::Result<()> {
    let WorkersCommand::List(args) = cmd;
    let store = profile.open_store().await?;
    let workers = store.workers(args.live_within_secs.map(Duration::from_secs)).await?;
    if args.json.json {
        return print_json(&workers);
    }
    if workers.is_empty() {
        say!("no workers: `folio worker` starts one, `folio run` starts several");
        return Ok(());
    }
    let now = chrono::Utc::now();
    let mut t = table([
        "worker",
        "job",
        "launched by",
        "state",
        "started",
        "heartbeat",
        "tasks done",
        "last error",
    ]);
    for w in &workers {
        t.add_row([
            w.id.clone(),
            w.job.as_ref().map_or_else(|| "(any)".to_owned(), ToString::to_string),
            w.launch_ref.clone().unwrap_or_else(|| "-".into()),
            w.state.to_string(),
            output::time(w.started_at),
            output::age(w.heartbeat_at, now),
            w.tasks_done.to_string(),
            w.last_error
                .as_deref()
                .map(|e| output::first_line(e, 50))
                .unwrap_or_default(),
        ]);
    }
    say!("{t}");
    Ok(())
}
