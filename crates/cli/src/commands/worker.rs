//! `folio worker`: one worker process on the configured profile. The database is the queue and
//! a directory holds the artefacts; the worker accepts each success it writes in the store
//! itself, as fleet workers do in production.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use folio_core::blob::DirBlobStore;
use folio_core::ports::StoreError;
use folio_core::worker::{Worker, WorkerConfig, WorkerError, WorkerExit};
use folio_core::WorkerId;
use folio_service::EX_TEMPFAIL;
use folio_store::DbQueue;

use crate::cli::WorkerArgs;
use crate::output;
use crate::profile::{self, Profile};

pub async fn run(profile: &Profile, args: WorkerArgs) -> ExitCode {
    match serve(profile, args).await {
        Ok(exit) => {
            tracing::info!(?exit, "worker stopped");
            ExitCode::SUCCESS
        }
        Err(e) => {
            let retryable = is_retryable(&e);
            let message = output::error_chain(&e);
            if output::json_logs() {
                tracing::error!(error = %message, retryable, "worker failed");
            } else {
                eprintln!("error: {message}");
            }
            if retryable {
                ExitCode::from(EX_TEMPFAIL)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

async fn serve(profile: &Profile, args: WorkerArgs) -> anyhow::Result<WorkerExit> {
    profile.require_local_queue("worker")?;
    // First, so that a SIGTERM that comes while the worker starts is a drain, not a kill.
    let shutdown = folio_service::shutdown::on_signals().context("cannot install the SIGTERM and SIGINT handlers")?;

    let images_root = profile::absolute(&args.images)?;
    if !images_root.is_dir() {
        anyhow::bail!(
            "--images {} is not a directory: give the root of the input images, laid out as IMAGES/{{w_id}}/{{i_id}}/ (or set FOLIO_IMAGES)",
            images_root.display()
        );
    }
    let work_dir = match &args.work_dir {
        Some(dir) => profile::absolute(dir)?,
        None => profile.data_dir.join("work"),
    };
    std::fs::create_dir_all(&work_dir)
        .with_context(|| format!("cannot create the work directory {}", work_dir.display()))?;

    let store = profile.open_store().await?;
    for job in &args.jobs {
        store.job(job).await?;
    }
    let jobs = (!args.jobs.is_empty()).then(|| args.jobs.clone());
    let queue = Arc::new(DbQueue::new(store.clone(), jobs, Duration::from_millis(args.poll_ms)));
    let artefacts = Arc::new(DirBlobStore::new(&profile.blob_dir));
    let images = Arc::new(DirBlobStore::new(images_root));

    let host = nix::unistd::gethostname()
        .map(|h| h.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "localhost".into());
    let mut cfg = WorkerConfig::new(
        WorkerId::generate(&host),
        host,
        Duration::from_secs(args.lease_secs),
        work_dir,
    );
    cfg.job = match args.jobs.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    };
    cfg.launch_ref = Some(format!("pid {}", std::process::id()));
    cfg.drain_grace = Duration::from_secs(args.drain_secs);
    cfg.idle_polls = args.idle_exit;
    cfg.sweep = true;
    cfg.reclaim_every = Duration::from_millis(args.poll_ms);
    cfg.abort_before_accept = args.abort_before_accept;

    let worker = Worker::new(cfg, store, queue, artefacts, images, folio_jobs::registry(), shutdown);
    tracing::info!(
        worker = %worker.id(),
        store = %profile.describe_store(),
        blobs = %profile.blob_dir.display(),
        jobs = ?args.jobs.iter().map(|j| j.as_str()).collect::<Vec<_>>(),
        "worker started"
    );
    Ok(worker.run().await?)
}

/// A database that cannot be reached now may be reachable later; the rest will not change.
fn is_retryable(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause.downcast_ref::<StoreError>().is_some_and(StoreError::is_retryable)
            || cause
                .downcast_ref::<WorkerError>()
                .is_some_and(WorkerError::is_retryable)
    })
}
