//! The profile a command runs against: the task store's URL, the artefact directory and the
//! data directory, resolved once from flags and `FOLIO_*` variables.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use folio_core::ports::{flush_outbox, Queue, TaskStore};
use folio_core::JobName;
use folio_store::DbQueue;

use crate::cli::{GlobalArgs, QueueKind};

#[derive(Debug, Clone)]
pub struct Profile {
    pub data_dir: PathBuf,
    pub database_url: String,
    /// The URL came from `--database-url`/`FOLIO_DATABASE_URL` rather than the data directory.
    pub explicit_url: bool,
    pub blob_dir: PathBuf,
    pub queue: QueueKind,
}

impl Profile {
    pub fn resolve(args: &GlobalArgs) -> anyhow::Result<Self> {
        let data_dir = absolute(&args.data_dir)?;
        let blob_dir = match &args.blob_dir {
            Some(dir) => absolute(dir)?,
            None => data_dir.join("blobs"),
        };
        let (database_url, explicit_url) = match &args.database_url {
            Some(url) if !url.trim().is_empty() => (url.trim().to_owned(), true),
            _ => (folio_store::embedded_url(&data_dir), false),
        };
        Ok(Self {
            data_dir,
            database_url,
            explicit_url,
            blob_dir,
            queue: args.queue,
        })
    }

    /// Refuses commands that run tasks on this machine when tasks go to SQS: fleet-worker
    /// consumes those.
    pub fn require_local_queue(&self, command: &str) -> anyhow::Result<()> {
        match self.queue {
            QueueKind::Db => Ok(()),
            QueueKind::Sqs => anyhow::bail!(
                "`folio {command}` runs tasks from the task store, but FOLIO_QUEUE/--queue is `sqs`: on the \
                 AWS profile fleet-worker runs them; use --queue db to run them here"
            ),
        }
    }

    /// Gives newly created (or older, queue-less) jobs their queues: nothing to do for the
    /// database queue; for SQS `folio-{job}-tasks` and `folio-{job}-dlq`, recorded on the job.
    pub async fn prepare_job_queues(&self, store: &Arc<dyn TaskStore>, jobs: &[JobName]) -> anyhow::Result<()> {
        match self.queue {
            QueueKind::Db => Ok(()),
            QueueKind::Sqs => sqs::prepare_job_queues(store, jobs).await,
        }
    }

    /// Moves the messages of the job's SQS dead-letter queue back to its task queue.
    pub async fn redrive_dlq(&self, store: &Arc<dyn TaskStore>, job: &JobName) -> anyhow::Result<u64> {
        match self.queue {
            QueueKind::Db => anyhow::bail!(
                "--dlq moves SQS dead-letter messages, but the queue is the database (give --queue sqs, or \
                 redrive dead tasks without --dlq)"
            ),
            QueueKind::Sqs => sqs::redrive_dlq(store.clone(), job).await,
        }
    }

    /// Sends what the outbox owes through this profile's queue.
    pub async fn flush_outbox(&self, store: &Arc<dyn TaskStore>) -> anyhow::Result<usize> {
        let queue: Box<dyn Queue> = match self.queue {
            QueueKind::Db => Box::new(DbQueue::new(store.clone(), None, std::time::Duration::from_millis(100))),
            QueueKind::Sqs => sqs::queue(store.clone()).await?,
        };
        flush_outbox(store.as_ref(), queue.as_ref())
            .await
            .context("cannot send the new tasks to their queue (they stay owed; `folio enqueue` again, or the backlog tick, sends them)")
    }

    /// Opens (and migrates) the task store.
    pub async fn open_store(&self) -> anyhow::Result<Arc<dyn TaskStore>> {
        if !self.explicit_url {
            std::fs::create_dir_all(&self.data_dir).with_context(|| {
                format!(
                    "cannot create the data directory {} (set --data-dir or FOLIO_DATA_DIR)",
                    self.data_dir.display()
                )
            })?;
        }
        folio_store::open(&self.database_url)
            .await
            .with_context(|| format!("cannot open the task store at {}", self.describe_store()))
    }

    /// The store's URL without its password, for messages.
    pub fn describe_store(&self) -> String {
        redact(&self.database_url)
    }
}

#[cfg(feature = "aws")]
mod sqs {
    use std::sync::Arc;

    use anyhow::Context;
    use folio_aws::sqs::{ensure_job_queues, QueueSettings, SqsQueue};
    use folio_core::ports::{Queue, TaskStore};
    use folio_core::JobName;

    async fn client() -> aws_sdk_sqs::Client {
        aws_sdk_sqs::Client::new(&folio_aws::load_sdk_config().await)
    }

    pub async fn queue(store: Arc<dyn TaskStore>) -> anyhow::Result<Box<dyn Queue>> {
        Ok(Box::new(SqsQueue::new(client().await, store)))
    }

    pub async fn redrive_dlq(store: Arc<dyn TaskStore>, job: &JobName) -> anyhow::Result<u64> {
        SqsQueue::new(client().await, store)
            .redrive_dlq(job)
            .await
            .with_context(|| format!("cannot redrive the dead-letter queue of job '{job}'"))
    }

    pub async fn prepare_job_queues(store: &Arc<dyn TaskStore>, jobs: &[JobName]) -> anyhow::Result<()> {
        let client = client().await;
        for name in jobs {
            let job = store.job(name).await?; // an unknown job is refused before any queue is made
            let queues = ensure_job_queues(&client, name, &QueueSettings::for_job(&job.spec.settings))
                .await
                .with_context(|| format!("cannot create the SQS queues of job '{name}'"))?;
            store.set_job_queues(name, &queues.queue_url, &queues.dlq_url).await?;
            say!(
                "job '{name}': tasks queue {}, dead-letter queue {}",
                queues.queue_url,
                queues.dlq_url
            );
        }
        Ok(())
    }
}

#[cfg(not(feature = "aws"))]
mod sqs {
    use std::sync::Arc;

    use folio_core::ports::{Queue, TaskStore};
    use folio_core::JobName;

    const REBUILD: &str = "this folio was built without SQS support: rebuild it with \
        `cargo build --release -p folio-cli --features aws`, or use --queue db";

    pub async fn queue(_store: Arc<dyn TaskStore>) -> anyhow::Result<Box<dyn Queue>> {
        anyhow::bail!(REBUILD)
    }

    pub async fn redrive_dlq(_store: Arc<dyn TaskStore>, _job: &JobName) -> anyhow::Result<u64> {
        anyhow::bail!(REBUILD)
    }

    pub async fn prepare_job_queues(_store: &Arc<dyn TaskStore>, _jobs: &[JobName]) -> anyhow::Result<()> {
        anyhow::bail!(REBUILD)
    }
}

/// Makes a path absolute against the working directory, so that child processes and
/// messages agree on it.
pub fn absolute(path: &Path) -> anyhow::Result<PathBuf> {
    std::path::absolute(path).with_context(|| format!("cannot resolve the path {}", path.display()))
}

pub use folio_store::redact;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_profile_lives_in_the_data_directory() {
        let args = GlobalArgs {
            data_dir: "/srv/folio".into(),
            database_url: None,
            blob_dir: None,
            queue: QueueKind::Db,
            verbose: 0,
        };
        let p = Profile::resolve(&args).unwrap();
        assert_eq!(p.database_url, "sqlite:///srv/folio/folio.sqlite?mode=rwc");
        assert_eq!(p.blob_dir, Path::new("/srv/folio/blobs"));
        assert!(!p.explicit_url);
    }
}
