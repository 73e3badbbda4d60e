//! The enqueue function: `{job, volumes: [{w_id, i_id, etag, nb_images}], force}` or
//! `{job, manifest: "s3://bucket/key"}` in, `{created, skipped, task_ids}` out. The request is
//! checked field by field, the tasks are written in one transaction through the outbox, then
//! sent. A bad request is refused with an `InvalidRequest` error whose message starts with the
//! field at fault; an enqueue past the job's admission cap is refused whole (`AdmissionRefused`).

use std::sync::Arc;

use async_trait::async_trait;
use folio_aws::s3::{parse_s3_url, S3BlobStore};
use folio_core::blob::{BlobError, BlobStore};
use folio_core::enqueue::{enqueue, EnqueueRequest, VolumeSource};
use folio_core::manifest;
use folio_core::ports::{EnqueueOutcome, Queue, TaskStore};
use folio_service::{ErrorKind, FunctionError, Services};
use lambda_runtime::LambdaEvent;
use serde_json::Value;

/// Where manifests are read from.
#[async_trait]
pub trait Manifests: Send + Sync {
    /// The bytes of the manifest at `url` (`s3://bucket/key`).
    async fn read(&self, url: &str) -> Result<Vec<u8>, FunctionError>;
}

fn bad_manifest(message: String) -> FunctionError {
    FunctionError::new(ErrorKind::InvalidRequest, format!("manifest: {message}"), false)
}

/// Manifests in S3, read with the function's own role.
pub struct S3Manifests {
    client: aws_sdk_s3::Client,
}

impl S3Manifests {
    pub fn new(client: aws_sdk_s3::Client) -> Self {
        Self { client }
    }
}

#[async_trait]
impl Manifests for S3Manifests {
    async fn read(&self, url: &str) -> Result<Vec<u8>, FunctionError> {
        let (bucket, key) = parse_s3_url(url).map_err(|e| bad_manifest(e.to_string()))?;
        let key = key.ok_or_else(|| {
            bad_manifest(format!(
                "{url} names a bucket but no object: give s3://{bucket}/path/manifest.jsonl"
            ))
        })?;
        let store = S3BlobStore::new(self.client.clone(), bucket, None).map_err(|e| bad_manifest(e.to_string()))?;
        store.get(&key).await.map_err(|e| match e {
            BlobError::NotFound(at) => bad_manifest(format!("no object at {at}")),
            e if e.is_retryable() => {
                FunctionError::new(ErrorKind::Unavailable, format!("reading the manifest {url}: {e}"), true)
            }
            e => bad_manifest(format!("cannot read {url}: {e}")),
        })
    }
}

/// The function, over its ports.
pub struct Enqueue {
    store: Arc<dyn TaskStore>,
    queue: Arc<dyn Queue>,
    manifests: Arc<dyn Manifests>,
}

impl Enqueue {
    pub fn new(store: Arc<dyn TaskStore>, queue: Arc<dyn Queue>, manifests: Arc<dyn Manifests>) -> Self {
        Self {
            store,
            queue,
            manifests,
        }
    }

    pub fn from_services(services: &Services) -> Self {
        Self::new(
            services.store.clone(),
            services.queue.clone(),
            Arc::new(S3Manifests::new(services.clients.s3.clone())),
        )
    }

    pub async fn handle(&self, event: LambdaEvent<Value>) -> Result<EnqueueOutcome, FunctionError> {
        self.enqueue(&event.payload).await
    }

    #[tracing::instrument(skip_all, fields(job))]
    pub async fn enqueue(&self, request: &Value) -> Result<EnqueueOutcome, FunctionError> {
        let request = EnqueueRequest::from_json(request)?;
        tracing::Span::current().record("job", request.job.as_str());
        let volumes = match request.source {
            VolumeSource::Volumes(volumes) => volumes,
            VolumeSource::Manifest(url) => {
                let bytes = self.manifests.read(&url).await?;
                let text = String::from_utf8(bytes).map_err(|_| bad_manifest(format!("{url} is not UTF-8 text")))?;
                manifest::parse(&text).map_err(|e| bad_manifest(format!("{url}: {e}")))?
            }
        };
        let response = enqueue(
            self.store.as_ref(),
            self.queue.as_ref(),
            &request.job,
            &volumes,
            request.force,
        )
        .await?;
        tracing::info!(
            volumes = volumes.len(),
            created = response.created,
            skipped = response.skipped,
            "enqueued"
        );
        Ok(response)
    }
}
