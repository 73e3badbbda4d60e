//! The enqueue operation: as the enqueue Lambda takes it, a JSON request validated field by
//! field; then, for the Lambda and the CLI alike, [`write_tasks`] (tasks written in bulk
//! through the outbox, a forced enqueue carried downstream) and the sends.

use serde::Serialize;
use serde_json::Value;

use crate::dag::Graph;
use crate::ids::{VolumeRef, VolumeSpec};
use crate::ports::{flush_outbox, EnqueueOutcome, JobCatalogue, Outbox, Queue, StoreError, TaskIntake};
use crate::JobName;

/// A request that cannot be carried out as given: the field at fault and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{field}: {message}")]
pub struct RequestError {
    pub field: String,
    pub message: String,
}

fn bad(field: impl Into<String>, message: impl Into<String>) -> RequestError {
    RequestError {
        field: field.into(),
        message: message.into(),
    }
}

/// Where the volumes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VolumeSource {
    Volumes(Vec<VolumeSpec>),
    /// `s3://bucket/key` of a JSON Lines manifest.
    Manifest(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnqueueRequest {
    pub job: JobName,
    pub source: VolumeSource,
    pub force: bool,
}

impl EnqueueRequest {
    /// `{job, volumes: [{w_id, i_id, etag, nb_images}], force}` or `{job, manifest: "s3://…"}`.
    pub fn from_json(v: &Value) -> Result<Self, RequestError> {
        let obj = v
            .as_object()
            .ok_or_else(|| bad("(request)", "expected a JSON object"))?;
        for key in obj.keys() {
            if !matches!(key.as_str(), "job" | "volumes" | "manifest" | "force") {
                return Err(bad(key, "unknown field: expected job, volumes or manifest, and force"));
            }
        }
        let job = match obj.get("job") {
            Some(Value::String(s)) => JobName::new(s.as_str()).map_err(|e| bad("job", e.to_string()))?,
            Some(_) => return Err(bad("job", "expected the job's name as a string")),
            None => return Err(bad("job", "required: the name of the job to create tasks for")),
        };
        let force = match obj.get("force") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => return Err(bad("force", "expected true or false")),
        };
        let source = match (obj.get("volumes"), obj.get("manifest")) {
            (Some(_), Some(_)) => return Err(bad("manifest", "give either volumes or manifest, not both")),
            (None, None) => {
                return Err(bad(
                    "volumes",
                    "required: a list of volumes, or give manifest (an s3:// URL) instead",
                ))
            }
            (Some(vols), None) => VolumeSource::Volumes(volumes(vols)?),
            (None, Some(Value::String(url))) if url.starts_with("s3://") => VolumeSource::Manifest(url.clone()),
            (None, Some(_)) => {
                return Err(bad(
                    "manifest",
                    "expected an s3://bucket/key URL of a JSON Lines manifest",
                ))
            }
        };
        Ok(Self { job, source, force })
    }
}

fn volumes(v: &Value) -> Result<Vec<VolumeSpec>, RequestError> {
    let list = v
        .as_array()
        .ok_or_else(|| bad("volumes", "expected a list of {w_id, i_id, etag, nb_images}"))?;
    if list.is_empty() {
        return Err(bad("volumes", "the list is empty: give at least one volume"));
    }
    list.iter()
        .enumerate()
        .map(|(i, item)| {
            let field = |name: &str| format!("volumes[{i}].{name}");
            let obj = item
                .as_object()
                .ok_or_else(|| bad(format!("volumes[{i}]"), "expected an object"))?;
            let text = |name: &str| match obj.get(name) {
                Some(Value::String(s)) => Ok(s.clone()),
                Some(_) => Err(bad(field(name), "expected a string")),
                None => Err(bad(field(name), "required")),
            };
            let nb_images = match obj.get("nb_images") {
                None => 0,
                Some(n) => n
                    .as_i64()
                    .filter(|n| *n >= 0)
                    .ok_or_else(|| bad(field("nb_images"), "expected a whole number, 0 or more"))?,
            };
            if let Some(key) = obj
                .keys()
                .find(|k| !matches!(k.as_str(), "w_id" | "i_id" | "etag" | "nb_images"))
            {
                return Err(bad(field(key), "unknown field: expected w_id, i_id, etag, nb_images"));
            }
            let volume = VolumeRef::new(text("w_id")?, text("i_id")?, text("etag")?).map_err(|e| {
                let which = e.what;
                bad(field(which), e.to_string())
            })?;
            Ok(VolumeSpec { volume, nb_images })
        })
        .collect()
}

/// Writes `job`'s tasks for these volumes (all or nothing), the one rule every entry point
/// follows. With `force`, finished tasks run again, and so do the finished tasks of every
/// per-volume job downstream: a re-run's outputs would otherwise never reach them. Those wait
/// as pending until their dependencies succeed again; a reduce that already ran runs again
/// once the volumes settle, its inputs having changed. The outcome is `job`'s.
pub async fn write_tasks<S>(
    store: &S,
    job: &JobName,
    volumes: &[VolumeSpec],
    force: bool,
) -> Result<EnqueueOutcome, StoreError>
where
    S: JobCatalogue + TaskIntake + ?Sized,
{
    let outcome = store.enqueue(job, volumes, force).await?;
    if force {
        let jobs = store.jobs().await?;
        let graph = Graph::new(&jobs);
        let root = jobs
            .iter()
            .find(|j| j.name() == job)
            .ok_or_else(|| StoreError::UnknownJob(job.to_string()))?;
        for downstream in graph.descendants(root) {
            let forced = store.enqueue(downstream.name(), volumes, true).await?;
            tracing::info!(job = %downstream.name(), rerun = forced.created, "forced downstream of {job}");
        }
    }
    Ok(outcome)
}

/// [`write_tasks`], then sends what the outbox owes. A send that fails leaves the sends owed
/// for the backlog tick: the tasks are already safe in the store.
pub async fn enqueue<S>(
    store: &S,
    queue: &dyn Queue,
    job: &JobName,
    volumes: &[VolumeSpec],
    force: bool,
) -> Result<EnqueueOutcome, StoreError>
where
    S: JobCatalogue + TaskIntake + Outbox + ?Sized,
{
    let outcome = write_tasks(store, job, volumes, force).await?;
    if let Err(e) = flush_outbox(store, queue).await {
        tracing::warn!(error = %e, job = %job, "tasks written but not all sent; the backlog tick will send them");
    }
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_volumes_and_manifests() {
        let r = EnqueueRequest::from_json(&json!({"job": "ocr", "volumes": [
            {"w_id": "W1", "i_id": "I1", "etag": "e", "nb_images": 3}], "force": true}))
        .unwrap();
        assert!(r.force);
        assert!(matches!(r.source, VolumeSource::Volumes(ref v) if v[0].nb_images == 3));
        let r = EnqueueRequest::from_json(&json!({"job": "ocr", "manifest": "s3://b/m.jsonl"})).unwrap();
        assert_eq!(r.source, VolumeSource::Manifest("s3://b/m.jsonl".into()));
    }

    #[test]
    fn errors_name_the_field() {
        let cases = [
            (json!([]), "(request)"),
            (json!({"volumes": []}), "job"),
            (json!({"job": "OCR", "volumes": []}), "job"),
            (json!({"job": "ocr"}), "volumes"),
            (json!({"job": "ocr", "volumes": []}), "volumes"),
            (json!({"job": "ocr", "volumes": [], "manifest": "s3://b/k"}), "manifest"),
            (json!({"job": "ocr", "manifest": "/tmp/m"}), "manifest"),
            (json!({"job": "ocr", "manifest": "s3://b/k", "force": "yes"}), "force"),
            (json!({"job": "ocr", "manifest": "s3://b/k", "priority": 1}), "priority"),
            (
                json!({"job": "ocr", "volumes": [{"w_id": "W1", "i_id": "I1", "etag": "e"}, {"w_id": "W1", "i_id": "I1"}]}),
                "volumes[1].etag",
            ),
            (
                json!({"job": "ocr", "volumes": [{"w_id": "../x", "i_id": "I1", "etag": "e"}]}),
                "volumes[0].w_id",
            ),
            (
                json!({"job": "ocr", "volumes": [{"w_id": "W", "i_id": "I", "etag": "e", "nb_images": -2}]}),
                "volumes[0].nb_images",
            ),
            (
                json!({"job": "ocr", "volumes": [{"w_id": "W", "i_id": "I", "etag": "e", "pages": 2}]}),
                "volumes[0].pages",
            ),
        ];
        for (input, field) in cases {
            let err = EnqueueRequest::from_json(&input).unwrap_err();
            assert_eq!(err.field, field, "{input}: {err}");
        }
    }
}
