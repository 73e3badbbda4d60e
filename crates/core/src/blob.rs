//! Blob keys, the artefact layout, the success.json record, the `BlobStore` port and its
//! directory adapter (the embedded profile's stand-in for S3).
//!
//! Layout, relative to the store's root: `{job}/{w_id}/{i_id}/{etag}/a{attempt}/…` for a
//! volume's task and `{job}/_job/a{attempt}/…` for a reduce task. Keying by attempt means no
//! object is ever overwritten by another attempt; the last object an attempt writes is its
//! `success.json`.

use std::fmt;
use std::path::{Path, PathBuf};

use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::ids::{JobName, TaskId, VolumeRef};

pub const SUCCESS_FILE: &str = "success.json";
const MAX_KEY_LEN: usize = 1024;

#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    #[error("invalid blob key {key:?}: {rule}")]
    InvalidKey { key: String, rule: &'static str },
    #[error("no object at {0}")]
    NotFound(String),
    #[error("blob store I/O on {key}: {source}")]
    Io {
        key: String,
        #[source]
        source: std::io::Error,
    },
    /// The storage service's own failure; `retryable` is the adapter's judgement.
    #[error("blob store: {error}")]
    Backend {
        error: Box<dyn std::error::Error + Send + Sync>,
        retryable: bool,
    },
}

impl BlobError {
    pub fn is_retryable(&self) -> bool {
        match self {
            BlobError::InvalidKey { .. } | BlobError::NotFound(_) => false,
            BlobError::Backend { retryable, .. } => *retryable,
            BlobError::Io { .. } => true,
        }
    }

    pub fn backend(error: impl Into<Box<dyn std::error::Error + Send + Sync>>, retryable: bool) -> Self {
        BlobError::Backend {
            error: error.into(),
            retryable,
        }
    }
}

/// A validated, relative, `/`-separated key: no empty segments, no `.` or `..`, no leading
/// `/`, no backslashes or control characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BlobKey(String);

impl BlobKey {
    pub fn new(key: impl Into<String>) -> Result<Self, BlobError> {
        let key = key.into();
        let bad = |rule| Err(BlobError::InvalidKey { key: key.clone(), rule });
        if key.is_empty() {
            return bad("a key cannot be empty");
        }
        if key.len() > MAX_KEY_LEN {
            return bad("a key is at most 1024 bytes");
        }
        if key.starts_with('/') {
            return bad("a key is relative: it cannot start with '/'");
        }
        if key.chars().any(|c| c == '\\' || c.is_control()) {
            return bad("a key cannot hold backslashes or control characters");
        }
        for seg in key.split('/') {
            if seg.is_empty() {
                return bad("a key cannot have empty segments ('//' or a trailing '/')");
            }
            if seg == "." || seg == ".." {
                return bad("a key cannot have '.' or '..' segments");
            }
        }
        Ok(Self(key))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn join(&self, rest: &str) -> Result<Self, BlobError> {
        Self::new(format!("{}/{rest}", self.0))
    }

    pub fn file_name(&self) -> &str {
        self.0.rsplit('/').next().unwrap_or(&self.0)
    }

    /// The part of this key below `prefix`, if it is below it.
    pub fn strip_prefix(&self, prefix: &BlobKey) -> Option<&str> {
        self.0.strip_prefix(prefix.as_str())?.strip_prefix('/')
    }
}

impl fmt::Display for BlobKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for BlobKey {
    type Error = BlobError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::new(s)
    }
}

impl From<BlobKey> for String {
    fn from(k: BlobKey) -> Self {
        k.0
    }
}

/// Where one attempt of one task writes its artefacts.
pub fn attempt_prefix(job: &JobName, volume: Option<&VolumeRef>, attempt: i32) -> BlobKey {
    let key = match volume {
        Some(v) => format!("{job}/{}/{}/{}/a{attempt}", v.w_id, v.i_id, v.etag),
        None => format!("{job}/_job/a{attempt}"),
    };
    BlobKey::new(key).expect("job names and volume segments are validated key segments")
}

/// Where a volume's input images live, relative to the images store's root.
pub fn images_prefix(volume: &VolumeRef) -> BlobKey {
    BlobKey::new(format!("{}/{}", volume.w_id, volume.i_id)).expect("volume segments are validated key segments")
}

/// What a success.json key says about its task: the job and the attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuccessKey {
    pub job: JobName,
    pub attempt: i32,
}

/// Parses an attempt's own success record: `{job}/{w_id}/{i_id}/{etag}/a{attempt}/success.json`
/// for a volume's task or `{job}/_job/a{attempt}/success.json` for a reduce, after any
/// deployment prefix of `prefix_segments` segments. `None` for any other key, a success.json
/// that a job wrote below its attempt's prefix included (it is an artefact, not a record).
pub fn parse_success_key(key: &str, prefix_segments: usize) -> Option<SuccessKey> {
    let segs: Vec<&str> = key.split('/').collect();
    let rest = segs.get(prefix_segments..)?;
    let attempt_seg = match rest {
        [_, w, i, e, a, file] if *w != "_job" && !i.is_empty() && !e.is_empty() && *file == SUCCESS_FILE => a,
        [_, "_job", a, file] if *file == SUCCESS_FILE => a,
        _ => return None,
    };
    let attempt = attempt_seg.strip_prefix('a')?.parse().ok()?;
    let job = JobName::new(rest[0]).ok()?;
    Some(SuccessKey { job, attempt })
}

/// One artefact as success.json lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Artefact {
    /// Relative to the attempt prefix.
    pub name: String,
    pub bytes: u64,
    pub sha256: String,
}

/// The last object an attempt writes: an accepted one means the attempt's outputs are complete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SuccessRecord {
    pub task_id: TaskId,
    pub job: JobName,
    pub volume: Option<VolumeRef>,
    pub attempt: i32,
    pub worker: String,
    #[serde(default)]
    pub metrics: serde_json::Value,
    pub artefacts: Vec<Artefact>,
}

/// Where artefacts and images live.
#[async_trait]
pub trait BlobStore: Send + Sync {
    async fn put(&self, key: &BlobKey, body: Vec<u8>) -> Result<(), BlobError>;
    async fn get(&self, key: &BlobKey) -> Result<Vec<u8>, BlobError>;
    /// Every key below `prefix`, sorted.
    async fn list(&self, prefix: &BlobKey) -> Result<Vec<BlobKey>, BlobError>;
    /// The directory that holds `prefix`, when the store is a local directory: callers read
    /// it in place instead of copying.
    fn local_dir(&self, prefix: &BlobKey) -> Option<PathBuf>;
    /// A URL-like name for messages: `file:///…` or `s3://…`.
    fn describe(&self, key: &BlobKey) -> String;
}

/// A blob store on a local directory. Writes go to a temporary file and are renamed into
/// place, so a reader never sees half an object. It is storage only: the worker that writes a
/// success.json accepts it in the task store itself.
pub struct DirBlobStore {
    root: PathBuf,
}

impl DirBlobStore {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn path(&self, key: &BlobKey) -> PathBuf {
        self.root.join(key.as_str())
    }
}

fn io_err(key: &BlobKey) -> impl FnOnce(std::io::Error) -> BlobError + '_ {
    move |source| BlobError::Io {
        key: key.to_string(),
        source,
    }
}

#[async_trait]
impl BlobStore for DirBlobStore {
    async fn put(&self, key: &BlobKey, body: Vec<u8>) -> Result<(), BlobError> {
        let path = self.path(key);
        let dir = path.parent().expect("a joined key has a parent");
        tokio::fs::create_dir_all(dir).await.map_err(io_err(key))?;
        let tmp = dir.join(format!(".{}.{}.tmp", key.file_name(), std::process::id()));
        tokio::fs::write(&tmp, &body).await.map_err(io_err(key))?;
        tokio::fs::rename(&tmp, &path).await.map_err(io_err(key))
    }

    async fn get(&self, key: &BlobKey) -> Result<Vec<u8>, BlobError> {
        match tokio::fs::read(self.path(key)).await {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(BlobError::NotFound(self.describe(key))),
            other => other.map_err(io_err(key)),
        }
    }

    async fn list(&self, prefix: &BlobKey) -> Result<Vec<BlobKey>, BlobError> {
        let root = self.path(prefix);
        let mut out = Vec::new();
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            let mut entries = match tokio::fs::read_dir(&dir).await {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                other => other.map_err(io_err(prefix))?,
            };
            while let Some(entry) = entries.next_entry().await.map_err(io_err(prefix))? {
                let path = entry.path();
                let ft = entry.file_type().await.map_err(io_err(prefix))?;
                let name = entry.file_name();
                if name.to_string_lossy().starts_with('.') {
                    continue;
                }
                if ft.is_dir() {
                    stack.push(path);
                } else if ft.is_file() {
                    let rel = path.strip_prefix(&self.root).expect("listed below the root");
                    if let Some(rel) = rel.to_str() {
                        out.push(BlobKey::new(rel)?);
                    }
                }
            }
        }
        out.sort();
        Ok(out)
    }

    fn local_dir(&self, prefix: &BlobKey) -> Option<PathBuf> {
        Some(self.path(prefix))
    }

    fn describe(&self, key: &BlobKey) -> String {
        format!("file://{}", self.path(key).display())
    }
}

/// Uploads every file below `dir` to `prefix`, sorted by name, and lists them as artefacts.
pub async fn upload_dir(blobs: &dyn BlobStore, dir: &Path, prefix: &BlobKey) -> Result<Vec<Artefact>, BlobError> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let mut entries = tokio::fs::read_dir(&d).await.map_err(io_err(prefix))?;
        while let Some(e) = entries.next_entry().await.map_err(io_err(prefix))? {
            let ft = e.file_type().await.map_err(io_err(prefix))?;
            if ft.is_dir() {
                stack.push(e.path());
            } else if ft.is_file() {
                files.push(e.path());
            }
        }
    }
    files.sort();
    let mut artefacts = Vec::with_capacity(files.len());
    for path in files {
        let rel = path.strip_prefix(dir).expect("walked below dir");
        let name = rel.to_str().ok_or_else(|| BlobError::InvalidKey {
            key: rel.display().to_string(),
            rule: "artefact names must be UTF-8",
        })?;
        if name == SUCCESS_FILE {
            return Err(BlobError::InvalidKey {
                key: name.to_owned(),
                rule: "success.json is written by the worker, not by the job",
            });
        }
        let key = prefix.join(name)?;
        let body = tokio::fs::read(&path).await.map_err(io_err(&key))?;
        artefacts.push(Artefact {
            name: name.to_owned(),
            bytes: body.len() as u64,
            sha256: sha256_hex(&body),
        });
        blobs.put(&key, body).await?;
    }
    Ok(artefacts)
}

/// Makes `prefix` readable as a local directory: in place for a directory store, otherwise
/// downloaded into `scratch`.
pub async fn stage_dir(blobs: &dyn BlobStore, prefix: &BlobKey, scratch: &Path) -> Result<PathBuf, BlobError> {
    if let Some(dir) = blobs.local_dir(prefix) {
        return Ok(dir);
    }
    tokio::fs::create_dir_all(scratch).await.map_err(io_err(prefix))?;
    for key in blobs.list(prefix).await? {
        let rel = key.strip_prefix(prefix).unwrap_or(key.file_name());
        let path = scratch.join(rel);
        if let Some(parent) = path.parent() {
            tokio::fs::create_dir_all(parent).await.map_err(io_err(&key))?;
        }
        let body = blobs.get(&key).await?;
        tokio::fs::write(&path, body).await.map_err(io_err(&key))?;
    }
    Ok(scratch.to_path_buf())
}

pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_refuse_traversal_absolute_and_empty_segments() {
        assert!(BlobKey::new("ocr/W1/I1/e/a1/0001.txt").is_ok());
        for (bad, rule) in [
            ("", "empty"),
            ("/etc/passwd", "relative"),
            ("a/../b", "'..'"),
            ("a//b", "empty segments"),
            ("a/b/", "empty segments"),
            ("a/./b", "'..'"),
            ("a\\b", "backslashes"),
        ] {
            let err = BlobKey::new(bad).unwrap_err().to_string();
            assert!(err.contains(rule), "{bad:?}: {err}");
        }
    }

    #[test]
    fn attempt_prefixes_follow_the_layout() {
        let job = JobName::new("ocr").unwrap();
        let v = VolumeRef::new("W1", "I2", "e3").unwrap();
        assert_eq!(attempt_prefix(&job, Some(&v), 2).as_str(), "ocr/W1/I2/e3/a2");
        assert_eq!(attempt_prefix(&job, None, 1).as_str(), "ocr/_job/a1");
    }

    #[test]
    fn success_keys_parse_with_and_without_a_deployment_prefix() {
        let k = parse_success_key("ocr/W1/I2/e3/a2/success.json", 0).unwrap();
        assert_eq!((k.job.as_str(), k.attempt), ("ocr", 2));
        let k = parse_success_key("campaign/x/ocr/_job/a1/success.json", 2).unwrap();
        assert_eq!((k.job.as_str(), k.attempt), ("ocr", 1));
        assert!(parse_success_key("ocr/W1/I2/e3/a2/page.txt", 0).is_none());
        assert!(parse_success_key("ocr/W1/I2/e3/x2/success.json", 0).is_none());
        assert!(parse_success_key("success.json", 0).is_none());
        // A success.json a job wrote among its artefacts is not the attempt's record.
        assert!(parse_success_key("ocr/W1/I2/e3/a2/pages/success.json", 0).is_none());
        assert!(parse_success_key("ocr/_job/a1/sub/success.json", 0).is_none());
        assert!(parse_success_key("ocr/W1/I2/a2/success.json", 0).is_none());
    }

    #[tokio::test]
    async fn dir_store_round_trips_lists_and_never_shows_temporaries() {
        let tmp = tempfile::tempdir().unwrap();
        let store = DirBlobStore::new(tmp.path());
        let a = BlobKey::new("j/W/I/e/a1/b.txt").unwrap();
        let b = BlobKey::new("j/W/I/e/a1/sub/a.txt").unwrap();
        store.put(&a, b"one".to_vec()).await.unwrap();
        store.put(&b, b"two".to_vec()).await.unwrap();
        assert_eq!(store.get(&a).await.unwrap(), b"one");
        let listed = store.list(&BlobKey::new("j/W").unwrap()).await.unwrap();
        assert_eq!(listed, vec![a.clone(), b]);
        let missing = store.get(&BlobKey::new("j/nope").unwrap()).await.unwrap_err();
        assert!(matches!(missing, BlobError::NotFound(_)));
    }

    #[tokio::test]
    async fn upload_dir_lists_checksummed_artefacts_and_refuses_a_job_written_success_json() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        std::fs::create_dir_all(out.join("pages")).unwrap();
        std::fs::write(out.join("pages/0001.txt"), "hello").unwrap();
        let store = DirBlobStore::new(tmp.path().join("blobs"));
        let prefix = BlobKey::new("j/_job/a1").unwrap();
        let arts = upload_dir(&store, &out, &prefix).await.unwrap();
        assert_eq!(arts.len(), 1);
        assert_eq!(arts[0].name, "pages/0001.txt");
        assert_eq!(
            arts[0].sha256,
            "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
        );
        std::fs::write(out.join("success.json"), "{}").unwrap();
        assert!(upload_dir(&store, &out, &prefix).await.is_err());
    }
}
