//! fleet-worker, the ECS container binary: it polls its job's SQS queue, claims each task
//! (fenced), keeps the lease, the message's visibility and ECS scale-in protection up while
//! the job runs, writes the artefacts and then success.json to S3, accepts that success (one
//! fenced transaction: the task succeeded, its dependents released and their sends owed),
//! sends what is owed, and deletes the message. The S3 event of the success.json reaches the
//! on-complete function too, which accepts it only if no worker did (a crash in between).
//!
//! SIGTERM drains (the current task finishes within `FOLIO_DRAIN_SECS`, or is handed back);
//! `FOLIO_IDLE_POLLS` empty receives in a row end it. Exit code: 0 drained or idle, 75 for a
//! failure that may pass (start it again later), 1 otherwise.

pub mod metadata;
pub mod protection;

use std::process::ExitCode;
use std::sync::Arc;

use folio_aws::ecs::TaskProtection;
use folio_aws::sqs::{SqsError, SqsQueue};
use folio_core::worker::{Worker, WorkerConfig, WorkerError, WorkerExit};
use folio_core::WorkerId;
use folio_service::settings::{ARTEFACTS, IMAGES, WORK_DIR};
use folio_service::{telemetry, Env, Services, Settings, StartError, WorkerSettings, EX_TEMPFAIL};
use tokio_util::sync::CancellationToken;

use crate::metadata::TaskMetadata;
use crate::protection::ScaleInProtection;

#[derive(Debug, thiserror::Error)]
pub enum FleetError {
    #[error(transparent)]
    Start(#[from] StartError),
    #[error(transparent)]
    Queue(#[from] SqsError),
    #[error("{WORK_DIR}: cannot create {path}: {source}")]
    WorkDir {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Worker(#[from] WorkerError),
}

impl FleetError {
    pub fn is_retryable(&self) -> bool {
        match self {
            FleetError::Start(e) => e.is_retryable(),
            FleetError::Queue(e) => e.is_retryable(),
            FleetError::WorkDir { .. } => false,
            FleetError::Worker(e) => e.is_retryable(),
        }
    }
}

/// The whole binary, on the settings in `env`.
pub async fn run(env: Env) -> ExitCode {
    // First, so that a SIGTERM while the worker starts is a drain, not a kill.
    let shutdown = match folio_service::shutdown::on_signals() {
        Ok(token) => token,
        Err(e) => {
            eprintln!("error: cannot install the SIGTERM handler: {e}");
            return ExitCode::FAILURE;
        }
    };
    let settings = Settings::from_env(&env).and_then(|s| Ok((s, WorkerSettings::from_env(&env)?)));
    let (settings, worker) = match settings {
        Ok(both) => both,
        Err(e) => return folio_service::start_failed(&e.into()),
    };
    telemetry::init(&settings.log);
    match serve(&settings, &worker, shutdown).await {
        Ok(exit) => {
            tracing::info!(?exit, "fleet worker stopped");
            ExitCode::SUCCESS
        }
        Err(e) => {
            let retryable = e.is_retryable();
            tracing::error!(error = %e, retryable, "fleet worker failed");
            if retryable {
                ExitCode::from(EX_TEMPFAIL)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

async fn serve(settings: &Settings, w: &WorkerSettings, shutdown: CancellationToken) -> Result<WorkerExit, FleetError> {
    let services = Services::connect(settings).await?;
    let queue = SqsQueue::new(services.clients.sqs.clone(), services.store.clone())
        .polling(w.job.clone())
        .wait_time(w.receive_wait);
    // The job exists and has its queues, or the worker stops here with the reason.
    let queues = queue.job_queues(&w.job).await?;
    let artefacts = services.blob_store(ARTEFACTS, &w.artefacts)?;
    let images = services.blob_store(IMAGES, &w.images)?;
    tokio::fs::create_dir_all(&w.work_dir)
        .await
        .map_err(|source| FleetError::WorkDir {
            path: w.work_dir.display().to_string(),
            source,
        })?;
    let task = match &w.ecs_metadata_uri {
        Some(uri) => match metadata::read(uri).await {
            Ok(task) => Some(task),
            Err(e) => {
                tracing::warn!(error = %e, "cannot read the ECS task metadata; working without scale-in protection");
                None
            }
        },
        None => None,
    };

    let host = nix::unistd::gethostname()
        .map(|h| h.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "fleet-worker".into());
    let mut cfg = WorkerConfig::new(WorkerId::generate(&host), host, w.lease, w.work_dir.clone());
    cfg.job = Some(w.job.clone());
    cfg.launch_ref = task.as_ref().map(|t| t.task_arn.clone());
    cfg.drain_grace = w.drain;
    cfg.idle_polls = w.idle_polls;
    cfg.abort_before_accept = w.abort_before_accept;
    // `sweep` stays off: the backlog function requeues stale leases and re-sends the outbox.
    let mut worker = Worker::new(
        cfg,
        services.store.clone(),
        Arc::new(queue),
        Arc::new(artefacts),
        Arc::new(images),
        folio_jobs::registry(),
        shutdown,
    );
    if let Some(TaskMetadata { cluster, task_arn }) = &task {
        let protection = TaskProtection::new(services.clients.ecs.clone(), cluster, task_arn);
        worker = worker.with_hooks(Arc::new(ScaleInProtection::new(protection)));
    }
    tracing::info!(
        worker = %worker.id(),
        job = %w.job,
        queue = %queues.queue_url,
        task_arn = task.as_ref().map_or("-", |t| t.task_arn.as_str()),
        "fleet worker started"
    );
    Ok(worker.run().await?)
}
