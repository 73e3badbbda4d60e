//! The wiring the binaries share: the task store, the AWS clients and the ports built on them,
//! each built once per process (a Lambda container keeps them across invocations).

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use folio_aws::{AwsClients, CloudWatchMetrics, EcsLauncher, S3BlobStore, SqsQueue};
use folio_core::clock::{Clock, SystemClock};
use folio_core::ports::{FleetCensus, LaunchError, StoreError, TaskStore, WorkerCount};
use folio_core::JobName;
use secrecy::ExposeSecret;

use crate::settings::{
    check_database_url, DatabaseSource, Settings, SettingsError, ARTEFACTS, DATABASE_SECRET_ARN, ECS_CLUSTER,
    ECS_TASK_DEFINITION,
};

/// Why a binary could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Settings(#[from] SettingsError),
    #[error("cannot open the task store: {0}")]
    Store(StoreError),
    #[error("{DATABASE_SECRET_ARN}: {0}")]
    Secret(folio_aws::secrets::SecretError),
    #[error("{var}: {message}")]
    Aws { var: &'static str, message: String },
}

impl StartError {
    /// A database that does not answer now may answer later; bad settings will not mend.
    pub fn is_retryable(&self) -> bool {
        match self {
            StartError::Store(e) => e.is_retryable(),
            StartError::Secret(e) => e.is_retryable(),
            StartError::Settings(_) | StartError::Aws { .. } => false,
        }
    }
}

/// Everything a function or a fleet worker works with.
pub struct Services {
    pub settings: Settings,
    pub store: Arc<dyn TaskStore>,
    pub clients: AwsClients,
    /// Sends to any job's task queue; reads queue depths.
    pub queue: Arc<SqsQueue>,
    pub metrics: Arc<CloudWatchMetrics>,
    /// ECS, when the settings name a cluster.
    pub launcher: Option<Arc<EcsLauncher>>,
    /// What counts a job's workers: ECS when configured, else the workers registered in the store.
    pub census: Arc<dyn FleetCensus>,
    pub clock: Arc<dyn Clock>,
}

impl Services {
    /// Loads the AWS configuration the standard way (`AWS_ENDPOINT_URL` points every client at
    /// an emulator), reads the database URL from Secrets Manager when the settings name a
    /// secret, and opens the store.
    pub async fn connect(settings: &Settings) -> Result<Self, StartError> {
        let config = folio_aws::load_sdk_config().await;
        let url = match &settings.database {
            DatabaseSource::Url(url) => url.clone(),
            DatabaseSource::Secret { arn } => {
                let client = aws_sdk_secretsmanager::Client::new(&config);
                let url = folio_aws::secrets::read_secret_string(&client, arn)
                    .await
                    .map_err(StartError::Secret)?;
                check_database_url(DATABASE_SECRET_ARN, url.expose_secret())?;
                url
            }
        };
        let store = folio_store::open(url.expose_secret())
            .await
            .map_err(StartError::Store)?;
        Self::new(
            settings.clone(),
            store,
            AwsClients::new(&config, settings.s3_path_style),
        )
    }

    /// Builds the ports on a store and clients made elsewhere.
    pub fn new(settings: Settings, store: Arc<dyn TaskStore>, clients: AwsClients) -> Result<Self, StartError> {
        let queue = Arc::new(SqsQueue::new(clients.sqs.clone(), store.clone()));
        let metrics = Arc::new(CloudWatchMetrics::with_namespace(
            clients.cloudwatch.clone(),
            &settings.metrics_namespace,
        ));
        let launcher = match &settings.ecs {
            Some(ecs) => Some(Arc::new(EcsLauncher::new(clients.ecs.clone(), ecs.clone()).map_err(
                |e| StartError::Aws {
                    var: ECS_CLUSTER,
                    message: e.to_string(),
                },
            )?)),
            None => None,
        };
        let census: Arc<dyn FleetCensus> = match &launcher {
            Some(ecs) => ecs.clone(),
            None => Arc::new(RegisteredWorkers::new(store.clone(), settings.stale_after)),
        };
        Ok(Self {
            settings,
            store,
            clients,
            queue,
            metrics,
            launcher,
            census,
            clock: Arc::new(SystemClock),
        })
    }

    /// The artefacts' blob store (`FOLIO_ARTEFACTS`), for `who`, which cannot work without it.
    pub fn artefacts(&self, who: &str) -> Result<S3BlobStore, StartError> {
        let url = self.settings.require_artefacts(who)?;
        self.blob_store(ARTEFACTS, url)
    }

    /// The ECS launcher, for `who`, which cannot work without it.
    pub fn require_launcher(&self, who: &str) -> Result<Arc<EcsLauncher>, StartError> {
        self.launcher.clone().ok_or_else(|| {
            SettingsError::new(
                ECS_CLUSTER,
                format!("not set: {who} launches ECS tasks; set {ECS_CLUSTER} and {ECS_TASK_DEFINITION}"),
            )
            .into()
        })
    }

    /// A blob store at `url`, the value of `var`.
    pub fn blob_store(&self, var: &'static str, url: &str) -> Result<S3BlobStore, StartError> {
        S3BlobStore::from_url(self.clients.s3.clone(), url).map_err(|e| StartError::Aws {
            var,
            message: e.to_string(),
        })
    }
}

/// Counts a job's workers from their registrations in the task store, for a fleet that folio
/// does not launch itself.
pub struct RegisteredWorkers {
    store: Arc<dyn TaskStore>,
    live_within: Duration,
}

impl RegisteredWorkers {
    /// Workers whose last heartbeat is within `live_within` count.
    pub fn new(store: Arc<dyn TaskStore>, live_within: Duration) -> Self {
        Self { store, live_within }
    }
}

#[async_trait]
impl FleetCensus for RegisteredWorkers {
    async fn count(&self, job: &JobName) -> Result<WorkerCount, LaunchError> {
        let workers = self
            .store
            .workers(Some(self.live_within))
            .await
            .map_err(|e| LaunchError {
                retryable: e.is_retryable(),
                message: e.to_string(),
            })?;
        let running = workers
            .iter()
            .filter(|w| w.job.as_ref() == Some(job))
            .filter(|w| w.state.is_running())
            .count();
        Ok(WorkerCount {
            running: running as u32,
            pending: 0,
        })
    }
}
