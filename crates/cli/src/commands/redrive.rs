//! `folio redrive`: dead tasks of a job (or named ones, succeeded ones included) go back to the
//! queue with fresh attempts.

use crate::cli::RedriveArgs;
use crate::profile::Profile;

pub async fn run(profile: &Profile, args: RedriveArgs) -> anyhow::Result<()> {
    let store = profile.open_store().await?;
    if args.dlq {
        let moved = profile.redrive_dlq(&store, &args.job).await?;
        say!(
            "moved {moved} message(s) from job '{}''s dead-letter queue back to its task queue",
            args.job
        );
        return Ok(());
    }
    let only = (!args.tasks.is_empty()).then_some(args.tasks.as_slice());
    let redriven = store.redrive(&args.job, only).await?;
    profile.flush_outbox(&store).await?;
    if redriven.is_empty() {
        say!(
            "job '{}' has no dead task{}: nothing redriven",
            args.job,
            if only.is_some() { " among those given" } else { "" }
        );
        return Ok(());
    }
    let ids: Vec<String> = redriven.iter().map(ToString::to_string).collect();
    say!(
        "redrove {} task(s) of job '{}': {}",
        redriven.len(),
        args.job,
        ids.join(", ")
    );
    if let Some(given) = only {
        let missed: Vec<String> = given
            .iter()
            .filter(|t| !redriven.contains(t))
            .map(ToString::to_string)
            .collect();
        if !missed.is_empty() {
            say!(
                "not dead or succeeded, or not of this job, so left alone: {}",
                missed.join(", ")
            );
        }
    }
    Ok(())
}
