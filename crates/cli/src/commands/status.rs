//! `folio status`: one row per job with its task counts, rate, ETA and live workers.

use std::time::Duration;

use folio_core::ports::JobStats;
use folio_core::{JobName, TaskStatus};
use serde::Serialize;

use crate::cli::StatusArgs;
use crate::output::{self, print_json, table};
use crate::profile::Profile;

/// The window over which rates are measured and workers count as live.
pub const WINDOW: Duration = Duration::from_secs(600);

#[derive(Serialize)]
struct JobStatusRow {
    job: JobName,
    status: String,
    stats: JobStats,
    tasks_per_min: f64,
    eta_secs: Option<u64>,
}

pub async fn run(profile: &Profile, args: StatusArgs) -> anyhow::Result<()> {
    let store = profile.open_store().await?;
    let jobs = match &args.job {
        Some(name) => vec![store.job(name).await?],
        None => store.jobs().await?,
    };
    let mut rows = Vec::with_capacity(jobs.len());
    for job in jobs {
        let stats = store.stats(job.name(), WINDOW).await?;
        rows.push(JobStatusRow {
            job: job.spec.name.clone(),
            status: job.status.to_string(),
            tasks_per_min: stats.rate() * 60.0,
            eta_secs: stats.eta().map(|d| d.as_secs()),
            stats,
        });
    }
    if args.json.json {
        return print_json(&rows);
    }
    if rows.is_empty() {
        say!("no jobs yet: `folio jobs create` makes one, `folio run` runs the sample pipeline");
        return Ok(());
    }
    let mut header = vec!["job".to_owned(), "status".to_owned()];
    header.extend(TaskStatus::ALL.iter().map(|s| s.to_string()));
    header.extend(["tasks/min (10 min)", "ETA", "live workers"].map(String::from));
    let mut t = table(header);
    for row in &rows {
        let mut cells = vec![row.job.to_string(), row.status.clone()];
        cells.extend(TaskStatus::ALL.iter().map(|s| row.stats.count(*s).to_string()));
        let left = row.stats.count(TaskStatus::Pending)
            + row.stats.count(TaskStatus::Queued)
            + row.stats.count(TaskStatus::Running)
            + row.stats.count(TaskStatus::Failed);
        let eta = match (left, row.stats.eta()) {
            (0, _) => "done".to_owned(),
            (_, Some(eta)) => output::duration(eta),
            (_, None) => "-".to_owned(),
        };
        cells.push(format!("{:.1}", row.tasks_per_min));
        cells.push(eta);
        cells.push(row.stats.live_workers.to_string());
        t.add_row(cells);
    }
    say!("{t}");
    Ok(())
}
