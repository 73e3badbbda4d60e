//! `folio enqueue`: creates a job's tasks for the volumes of a directory tree or a manifest.

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use folio_core::ids::VolumeSpec;
use folio_core::ports::{EnqueueOutcome, TaskStore};
use folio_core::JobName;
use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::EnqueueArgs;
use crate::profile::Profile;
use crate::volumes;

/// Hashing shows a progress bar from this many volumes on.
const PROGRESS_FROM: usize = 8;

pub async fn run(profile: &Profile, args: EnqueueArgs) -> anyhow::Result<()> {
    let store = profile.open_store().await?;
    // Refuse an unknown or reduce job before reading any image.
    store.job(&args.job).await?.check_enqueueable()?;
    let volumes = match (&args.dir, &args.manifest) {
        (Some(dir), _) => scan(dir).await?,
        (None, Some(manifest)) => volumes::read_manifest(manifest)?,
        (None, None) => anyhow::bail!("give a volume directory or --manifest FILE"),
    };
    let outcome = enqueue(profile, &store, &args.job, &volumes, args.force).await?;
    say!(
        "job '{}': {} task(s) created, {} skipped (already enqueued{})",
        args.job,
        outcome.created,
        outcome.skipped,
        if args.force {
            " and not finished"
        } else {
            "; --force runs finished ones again"
        }
    );
    Ok(())
}

/// Finds and hashes the volumes under `dir`, with a progress bar when there are many.
pub async fn scan(dir: &Path) -> anyhow::Result<Vec<VolumeSpec>> {
    let dir = dir.to_path_buf();
    tokio::task::spawn_blocking(move || -> anyhow::Result<Vec<VolumeSpec>> {
        let dirs = volumes::find_volume_dirs(&dir)?;
        let bar = if dirs.len() >= PROGRESS_FROM {
            let bar = ProgressBar::new(dirs.len() as u64);
            bar.set_style(
                ProgressStyle::with_template("hashing volumes [{bar:30}] {pos}/{len} ({per_sec}, {eta} left)")
                    .context("progress bar template")?
                    .progress_chars("=> "),
            );
            bar
        } else {
            ProgressBar::hidden()
        };
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
        let specs = volumes::hash_volumes(&dirs, threads, &|| bar.inc(1));
        bar.finish_and_clear();
        Ok(specs?)
    })
    .await
    .context("the volume scan stopped unexpectedly")?
}

/// Creates the tasks by the rule every entry point follows ([`folio_core::enqueue::write_tasks`]:
/// a forced enqueue re-runs what is downstream too), then sends them through the profile's queue
/// (the database queue needs no send, but the outbox must not stay owed).
pub async fn enqueue(
    profile: &Profile,
    store: &Arc<dyn TaskStore>,
    job: &JobName,
    volumes: &[VolumeSpec],
    force: bool,
) -> anyhow::Result<EnqueueOutcome> {
    let outcome = folio_core::enqueue::write_tasks(store.as_ref(), job, volumes, force).await?;
    profile.flush_outbox(store).await?;
    Ok(outcome)
}
