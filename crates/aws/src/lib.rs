//! folio's AWS adapters: [`SqsQueue`] (the `Queue` port on SQS, with per-job task queues and
//! dead-letter queues), [`S3BlobStore`] (the `BlobStore` port on S3), [`EcsLauncher`] (the
//! `Launcher` port on ECS RunTask) and [`CloudWatchMetrics`] (the `Metrics` port); and
//! [`secrets::read_secret_string`], which binaries use to read the database URL at start.
//!
//! Every client comes from one `SdkConfig`, loaded once by [`load_sdk_config`]. Nothing here names
//! an endpoint: `AWS_ENDPOINT_URL` points every client at an emulator (moto in the tests), and
//! real AWS needs no code change.

use aws_config::{BehaviorVersion, SdkConfig};

pub mod cloudwatch;
pub mod ecs;
pub mod error;
pub mod s3;
pub mod secrets;
pub mod sqs;

pub use cloudwatch::CloudWatchMetrics;
pub use ecs::{EcsLaunchSettings, EcsLauncher};
pub use error::ApiFailure;
pub use s3::S3BlobStore;
pub use sqs::{JobQueues, QueueCounts, QueueSettings, SqsQueue};

/// Loads region, credentials and endpoint the standard way (environment, profile, instance or
/// task role). Call it once per process and build every client from the result.
pub async fn load_sdk_config() -> SdkConfig {
    aws_config::defaults(BehaviorVersion::latest()).load().await
}

/// The four service clients, built from one shared configuration.
#[derive(Debug, Clone)]
pub struct AwsClients {
    pub sqs: aws_sdk_sqs::Client,
    pub s3: aws_sdk_s3::Client,
    pub ecs: aws_sdk_ecs::Client,
    pub cloudwatch: aws_sdk_cloudwatch::Client,
}

impl AwsClients {
    /// Builds the clients. S3 uses path-style addressing when `force_path_style` says so, and by
    /// default whenever an endpoint URL is set: emulators answer on one host name, where
    /// virtual-hosted addressing would look up `bucket.localhost`.
    pub fn new(config: &SdkConfig, force_path_style: Option<bool>) -> Self {
        Self {
            sqs: aws_sdk_sqs::Client::new(config),
            s3: s3::client(config, force_path_style),
            ecs: aws_sdk_ecs::Client::new(config),
            cloudwatch: aws_sdk_cloudwatch::Client::new(config),
        }
    }

    /// [`load_sdk_config`] then [`AwsClients::new`] with the default addressing.
    pub async fn from_env() -> Self {
        Self::new(&load_sdk_config().await, None)
    }
}
