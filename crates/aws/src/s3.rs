//! The `BlobStore` port on S3: `s3://{bucket}/{prefix}/{key}`, with multipart uploads for large
//! objects and streaming to and from files; and the reading of S3 event notifications, whose
//! object keys arrive URL-encoded.

use std::path::{Path, PathBuf};

use async_trait::async_trait;
use aws_config::SdkConfig;
use aws_sdk_s3::primitives::{ByteStream, Length};
use aws_sdk_s3::types::{ChecksumAlgorithm, CompletedMultipartUpload, CompletedPart};
use aws_sdk_s3::Client;
use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
use aws_smithy_runtime_api::client::result::SdkError;
use bytes::Bytes;
use folio_core::blob::{BlobError, BlobKey, BlobStore};
use serde::Deserialize;
use tokio::io::AsyncWriteExt;
use tokio::task::JoinSet;
use tracing::{debug, warn};

use crate::error::ApiFailure;

/// S3's smallest part (all but the last part of a multipart upload).
pub const MIN_PART_SIZE: u64 = 5 * 1024 * 1024;
/// S3's largest number of parts.
const MAX_PARTS: u64 = 10_000;
/// Parts in flight at once during a multipart upload.
const PART_CONCURRENCY: usize = 4;

#[derive(Debug, thiserror::Error)]
pub enum S3Error {
    #[error("S3 {op} on {target}: {failure}")]
    Api {
        op: &'static str,
        target: String,
        failure: ApiFailure,
    },
    #[error("reading the body of {target}: {message}")]
    Stream { target: String, message: String },
    #[error("invalid S3 bucket name {bucket:?}: {rule}")]
    InvalidBucket { bucket: String, rule: &'static str },
    #[error("invalid S3 URL {url:?}: {rule}")]
    InvalidUrl { url: String, rule: String },
    #[error("multipart part size {part_size} is below S3's minimum of {MIN_PART_SIZE} bytes (5 MiB): raise it")]
    PartTooSmall { part_size: u64 },
    #[error("{size} bytes in parts of {part_size} makes more than S3's {MAX_PARTS} parts: raise the part size")]
    TooManyParts { size: u64, part_size: u64 },
    #[error("S3 event key {key:?} is not a valid URL-encoded key: {reason}")]
    BadEventKey { key: String, reason: &'static str },
    #[error("not an S3 event notification: {0}")]
    BadEvent(#[from] serde_json::Error),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl S3Error {
    pub fn is_retryable(&self) -> bool {
        match self {
            S3Error::Api { failure, .. } => failure.retryable,
            S3Error::Stream { .. } | S3Error::Io { .. } => true,
            S3Error::InvalidBucket { .. }
            | S3Error::InvalidUrl { .. }
            | S3Error::PartTooSmall { .. }
            | S3Error::TooManyParts { .. }
            | S3Error::BadEventKey { .. }
            | S3Error::BadEvent(_) => false,
        }
    }
}

fn api<'a, E>(op: &'static str, target: &'a str) -> impl FnOnce(SdkError<E, HttpResponse>) -> S3Error + 'a
where
    E: aws_smithy_types::error::metadata::ProvideErrorMetadata + std::error::Error + 'static,
{
    move |err| S3Error::Api {
        op,
        target: target.to_owned(),
        failure: ApiFailure::from_sdk(&err),
    }
}

fn backend(e: S3Error) -> BlobError {
    let retryable = e.is_retryable();
    BlobError::backend(e, retryable)
}

/// An S3 client from the shared configuration. Path-style addressing is used when asked, and
/// by default whenever an endpoint URL is configured (`AWS_ENDPOINT_URL`, or
/// `AWS_ENDPOINT_URL_S3` for S3 alone): emulators serve every bucket on one host name.
pub fn client(config: &SdkConfig, force_path_style: Option<bool>) -> Client {
    let path_style = force_path_style
        .unwrap_or_else(|| config.endpoint_url().is_some() || std::env::var_os("AWS_ENDPOINT_URL_S3").is_some());
    let conf = aws_sdk_s3::config::Builder::from(config)
        .force_path_style(path_style)
        .build();
    Client::from_conf(conf)
}

/// Checks a bucket name against S3's rules for new buckets.
pub fn validate_bucket(bucket: &str) -> Result<(), S3Error> {
    let bad = |rule| {
        Err(S3Error::InvalidBucket {
            bucket: bucket.to_owned(),
            rule,
        })
    };
    if !(3..=63).contains(&bucket.len()) {
        return bad("a bucket name has 3 to 63 characters");
    }
    if !bucket
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
    {
        return bad("a bucket name uses only a-z, 0-9, '-' and '.'");
    }
    let edge_ok = |c: Option<char>| c.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    if !edge_ok(bucket.chars().next()) || !edge_ok(bucket.chars().last()) {
        return bad("a bucket name starts and ends with a letter or a digit");
    }
    if bucket.contains("..") {
        return bad("a bucket name cannot hold '..'");
    }
    Ok(())
}

/// Splits `s3://bucket[/prefix]` into a bucket and an optional validated prefix.
pub fn parse_s3_url(url: &str) -> Result<(String, Option<BlobKey>), S3Error> {
    let rest = url.strip_prefix("s3://").ok_or_else(|| S3Error::InvalidUrl {
        url: url.to_owned(),
        rule: "it must start with s3://, as in s3://my-bucket/folio".into(),
    })?;
    let (bucket, prefix) = match rest.split_once('/') {
        Some((b, p)) => (b, p.trim_end_matches('/')),
        None => (rest, ""),
    };
    validate_bucket(bucket)?;
    let prefix = if prefix.is_empty() {
        None
    } else {
        Some(BlobKey::new(prefix).map_err(|e| S3Error::InvalidUrl {
            url: url.to_owned(),
            rule: e.to_string(),
        })?)
    };
    Ok((bucket.to_owned(), prefix))
}

/// Where one part of a multipart upload comes from.
#[derive(Clone)]
enum PartSource {
    Memory(Bytes),
    File(PathBuf),
}

impl PartSource {
    async fn part(&self, offset: u64, len: u64) -> Result<ByteStream, S3Error> {
        match self {
            PartSource::Memory(b) => Ok(ByteStream::from(b.slice(offset as usize..(offset + len) as usize))),
            PartSource::File(path) => ByteStream::read_from()
                .path(path)
                .offset(offset)
                .length(Length::Exact(len))
                .build()
                .await
                .map_err(|e| S3Error::Stream {
                    target: path.display().to_string(),
                    message: e.to_string(),
                }),
        }
    }
}

/// The byte ranges of a multipart upload: `(part_number, offset, len)`.
pub fn part_ranges(size: u64, part_size: u64) -> Result<Vec<(i32, u64, u64)>, S3Error> {
    if part_size < MIN_PART_SIZE {
        return Err(S3Error::PartTooSmall { part_size });
    }
    let count = size.div_ceil(part_size).max(1);
    if count > MAX_PARTS {
        return Err(S3Error::TooManyParts { size, part_size });
    }
    Ok((0..count)
        .map(|i| {
            let offset = i * part_size;
            (i as i32 + 1, offset, part_size.min(size - offset))
        })
        .collect())
}

/// S3 as folio's blob store: keys live below `s3://{bucket}/{prefix}/`.
#[derive(Debug, Clone)]
pub struct S3BlobStore {
    client: Client,
    bucket: String,
    prefix: Option<BlobKey>,
    multipart_threshold: u64,
    part_size: u64,
}

impl S3BlobStore {
    /// A store in `bucket`, below `prefix` when given. Objects of 16 MiB and more go up in
    /// parts of 8 MiB.
    pub fn new(client: Client, bucket: impl Into<String>, prefix: Option<BlobKey>) -> Result<Self, S3Error> {
        let bucket = bucket.into();
        validate_bucket(&bucket)?;
        Ok(Self {
            client,
            bucket,
            prefix,
            multipart_threshold: 16 * 1024 * 1024,
            part_size: 8 * 1024 * 1024,
        })
    }

    /// A store at `s3://bucket[/prefix]`.
    pub fn from_url(client: Client, url: &str) -> Result<Self, S3Error> {
        let (bucket, prefix) = parse_s3_url(url)?;
        Self::new(client, bucket, prefix)
    }

    /// Uploads objects of `threshold` bytes and more in parts of `part_size` (at least 5 MiB).
    pub fn multipart(mut self, threshold: u64, part_size: u64) -> Result<Self, S3Error> {
        if part_size < MIN_PART_SIZE {
            return Err(S3Error::PartTooSmall { part_size });
        }
        self.multipart_threshold = threshold;
        self.part_size = part_size;
        Ok(self)
    }

    pub fn bucket(&self) -> &str {
        &self.bucket
    }

    pub fn prefix(&self) -> Option<&BlobKey> {
        self.prefix.as_ref()
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The S3 object key of a blob key.
    pub fn object_key(&self, key: &BlobKey) -> String {
        match &self.prefix {
            Some(p) => format!("{p}/{key}"),
            None => key.to_string(),
        }
    }

    /// The blob key of an S3 object key, if the object lies below this store's prefix and its
    /// key is a valid blob key.
    pub fn blob_key(&self, object_key: &str) -> Option<BlobKey> {
        let rel = match &self.prefix {
            Some(p) => object_key.strip_prefix(p.as_str())?.strip_prefix('/')?,
            None => object_key,
        };
        BlobKey::new(rel).ok()
    }

    fn not_found_or<E>(&self, key: &BlobKey, op: &'static str, err: SdkError<E, HttpResponse>) -> BlobError
    where
        E: aws_smithy_types::error::metadata::ProvideErrorMetadata + std::error::Error + 'static,
    {
        let failure = ApiFailure::from_sdk(&err);
        if failure.code_is("NoSuchKey") || failure.code_is("NotFound") || failure.status == Some(404) {
            BlobError::NotFound(self.describe(key))
        } else {
            backend(S3Error::Api {
                op,
                target: self.describe(key),
                failure,
            })
        }
    }

    /// Uploads `size` bytes from `source`: one PutObject below the threshold, else multipart.
    async fn upload(&self, key: &BlobKey, source: PartSource, size: u64) -> Result<(), S3Error> {
        let object_key = self.object_key(key);
        if size < self.multipart_threshold {
            let body = source.part(0, size).await?;
            self.client
                .put_object()
                .bucket(&self.bucket)
                .key(&object_key)
                .content_length(size as i64)
                .body(body)
                .send()
                .await
                .map_err(api("PutObject", &self.describe(key)))?;
            return Ok(());
        }
        let ranges = part_ranges(size, self.part_size)?;
        let target = self.describe(key);
        let created = self
            .client
            .create_multipart_upload()
            .bucket(&self.bucket)
            .key(&object_key)
            .checksum_algorithm(ChecksumAlgorithm::Crc32)
            .send()
            .await
            .map_err(api("CreateMultipartUpload", &target))?;
        let upload_id = created.upload_id.ok_or_else(|| S3Error::Stream {
            target: target.clone(),
            message: "CreateMultipartUpload answered without an upload id".into(),
        })?;
        debug!(%target, parts = ranges.len(), "multipart upload");
        match self
            .upload_parts(&object_key, &upload_id, &source, &ranges, &target)
            .await
        {
            Ok(parts) => {
                self.client
                    .complete_multipart_upload()
                    .bucket(&self.bucket)
                    .key(&object_key)
                    .upload_id(&upload_id)
                    .multipart_upload(CompletedMultipartUpload::builder().set_parts(Some(parts)).build())
                    .send()
                    .await
                    .map_err(api("CompleteMultipartUpload", &target))?;
                Ok(())
            }
            Err(e) => {
                // Parts of an abandoned upload are billed until aborted.
                if let Err(abort) = self
                    .client
                    .abort_multipart_upload()
                    .bucket(&self.bucket)
                    .key(&object_key)
                    .upload_id(&upload_id)
                    .send()
                    .await
                {
                    warn!(%target, error = %ApiFailure::from_sdk(&abort), "could not abort a failed multipart upload");
                }
                Err(e)
            }
        }
    }

    async fn upload_parts(
        &self,
        object_key: &str,
        upload_id: &str,
        source: &PartSource,
        ranges: &[(i32, u64, u64)],
        target: &str,
    ) -> Result<Vec<CompletedPart>, S3Error> {
        let mut parts = Vec::with_capacity(ranges.len());
        let mut tasks: JoinSet<Result<CompletedPart, S3Error>> = JoinSet::new();
        let mut next = ranges.iter();
        loop {
            while tasks.len() < PART_CONCURRENCY {
                let Some(&(number, offset, len)) = next.next() else {
                    break;
                };
                let (client, bucket, key, id, source, target) = (
                    self.client.clone(),
                    self.bucket.clone(),
                    object_key.to_owned(),
                    upload_id.to_owned(),
                    source.clone(),
                    target.to_owned(),
                );
                tasks.spawn(async move {
                    let body = source.part(offset, len).await?;
                    let out = client
                        .upload_part()
                        .bucket(bucket)
                        .key(key)
                        .upload_id(id)
                        .part_number(number)
                        .content_length(len as i64)
                        .checksum_algorithm(ChecksumAlgorithm::Crc32)
                        .body(body)
                        .send()
                        .await
                        .map_err(api("UploadPart", &target))?;
                    Ok(CompletedPart::builder()
                        .part_number(number)
                        .set_e_tag(out.e_tag)
                        .set_checksum_crc32(out.checksum_crc32)
                        .build())
                });
            }
            let Some(done) = tasks.join_next().await else { break };
            match done {
                Ok(Ok(part)) => parts.push(part),
                Ok(Err(e)) => return Err(e),
                Err(join) => {
                    return Err(S3Error::Stream {
                        target: target.to_owned(),
                        message: format!("a part upload stopped: {join}"),
                    })
                }
            }
        }
        parts.sort_by_key(|p| p.part_number);
        Ok(parts)
    }

    /// Uploads a file without reading it into memory (multipart above the threshold).
    pub async fn put_file(&self, key: &BlobKey, path: &Path) -> Result<(), BlobError> {
        let size = tokio::fs::metadata(path)
            .await
            .map_err(|source| BlobError::Io {
                key: key.to_string(),
                source,
            })?
            .len();
        self.upload(key, PartSource::File(path.to_owned()), size)
            .await
            .map_err(backend)
    }

    /// Streams an object into a file, returning its size.
    pub async fn get_to_file(&self, key: &BlobKey, path: &Path) -> Result<u64, BlobError> {
        let out = self
            .client
            .get_object()
            .bucket(&self.bucket)
            .key(self.object_key(key))
            .send()
            .await
            .map_err(|e| self.not_found_or(key, "GetObject", e))?;
        let io = |source| BlobError::Io {
            key: key.to_string(),
            source,
        };
        let mut file = tokio::fs::File::create(path).await.map_err(io)?;
        let mut reader = out.body.into_async_read();
        let n = tokio::io::copy_buf(&mut reader, &mut file).await.map_err(io)?;
        file.flush().await.map_err(io)?;
        Ok(n)
    }

    /// Whether an object exists (HeadObject).
    pub async fn exists(&self, key: &BlobKey) -> Result<bool, BlobError> {
        match self
            .client
            .head_object()
            .bucket(&self.bucket)
            .key(self.object_key(key))
            .send()
            .await
        {
            Ok(_) => Ok(true),
            Err(e) => match self.not_found_or(key, "HeadObject", e) {
                BlobError::NotFound(_) => Ok(false),
                other => Err(other),
            },
        }
    }
}

#[async_trait]
impl BlobStore for S3BlobStore {
    async fn put(&self, key: &BlobKey, body: Vec<u8>) -> Result<(), BlobError> {
        let size = body.len() as u64;
        self.upload(key, PartSource::Memory(Bytes::from(body)), size)
            .await
            .map_err(backend)
    }

    async fn get(&self, key: &BlobKey) -> Result<Vec<u8>, BlobError> {
        let out = self
            .client
            .get_object()
            .bucket(&self.bucket)
            .key(self.object_key(key))
            .send()
            .await
            .map_err(|e| self.not_found_or(key, "GetObject", e))?;
        let data = out.body.collect().await.map_err(|e| {
            backend(S3Error::Stream {
                target: self.describe(key),
                message: e.to_string(),
            })
        })?;
        Ok(data.into_bytes().to_vec())
    }

    async fn list(&self, prefix: &BlobKey) -> Result<Vec<BlobKey>, BlobError> {
        // The trailing '/' keeps `a/b` from listing `a/bc/…`, as a directory would.
        let object_prefix = format!("{}/", self.object_key(prefix));
        let mut pages = self
            .client
            .list_objects_v2()
            .bucket(&self.bucket)
            .prefix(&object_prefix)
            .into_paginator()
            .send();
        let mut out = Vec::new();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|e| {
                backend(api("ListObjectsV2", &format!("s3://{}/{object_prefix}", self.bucket))(
                    e,
                ))
            })?;
            for object in page.contents.unwrap_or_default() {
                let Some(k) = object.key else { continue };
                match self.blob_key(&k) {
                    Some(key) => out.push(key),
                    None => {
                        warn!(bucket = %self.bucket, key = %k, "skipping an object whose key is not a valid blob key")
                    }
                }
            }
        }
        out.sort();
        Ok(out)
    }

    fn local_dir(&self, _prefix: &BlobKey) -> Option<PathBuf> {
        None
    }

    fn describe(&self, key: &BlobKey) -> String {
        format!("s3://{}/{}", self.bucket, self.object_key(key))
    }
}

/// Decodes an object key as S3 event notifications write it: URL-encoded, with `+` for a
/// space (AWS) and `%2F` for `/` (moto).
pub fn decode_event_key(raw: &str) -> Result<String, S3Error> {
    let bad = |reason| S3Error::BadEventKey {
        key: raw.to_owned(),
        reason,
    };
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .ok_or_else(|| bad("'%' must be followed by two hex digits"))?;
                let hex = std::str::from_utf8(hex).map_err(|_| bad("'%' must be followed by two hex digits"))?;
                let byte = u8::from_str_radix(hex, 16).map_err(|_| bad("'%' must be followed by two hex digits"))?;
                out.push(byte);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| bad("the decoded key is not UTF-8"))
}

/// One object-created record of an S3 event notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct S3ObjectEvent {
    /// `ObjectCreated:Put`, `ObjectCreated:CompleteMultipartUpload`, …
    pub event_name: String,
    pub bucket: String,
    /// Decoded.
    pub key: String,
    pub size: Option<u64>,
    pub etag: Option<String>,
    /// Orders events for one key, where S3 sends it (moto does not).
    pub sequencer: Option<String>,
}

// Only the fields folio reads, each optional where an emulator leaves it out: moto's events
// have no userIdentity, requestParameters, responseElements, sequencer or versionId.
#[derive(Deserialize)]
struct Notification {
    #[serde(rename = "Records", default)]
    records: Option<Vec<Record>>,
    #[serde(rename = "Event", default)]
    event: Option<String>,
}

#[derive(Deserialize)]
struct Record {
    #[serde(rename = "eventName", default)]
    event_name: String,
    s3: Entity,
}

#[derive(Deserialize)]
struct Entity {
    bucket: BucketEntity,
    object: ObjectEntity,
}

#[derive(Deserialize)]
struct BucketEntity {
    name: String,
}

#[derive(Deserialize)]
struct ObjectEntity {
    key: String,
    #[serde(default)]
    size: Option<u64>,
    #[serde(rename = "eTag", default)]
    etag: Option<String>,
    #[serde(default)]
    sequencer: Option<String>,
}

/// Reads an S3 event notification (the body S3 sends to SQS, SNS or Lambda). The test event S3
/// sends when a notification is configured (`s3:TestEvent`) yields no records.
pub fn parse_event_notification(body: &str) -> Result<Vec<S3ObjectEvent>, S3Error> {
    let n: Notification = serde_json::from_str(body)?;
    if n.event.as_deref() == Some("s3:TestEvent") {
        return Ok(Vec::new());
    }
    let Some(records) = n.records else {
        return Err(S3Error::BadEvent(serde::de::Error::custom(
            "it has neither `Records` nor an `Event` of s3:TestEvent",
        )));
    };
    records
        .into_iter()
        .map(|r| {
            Ok(S3ObjectEvent {
                event_name: r.event_name,
                bucket: r.s3.bucket.name,
                key: decode_event_key(&r.s3.object.key)?,
                size: r.s3.object.size,
                etag: r.s3.object.etag,
                sequencer: r.s3.object.sequencer,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MOTO_PUT: &str = r#"{"Records": [{"eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": "us-east-1", "eventTime": "2026-11-25T08:07:21.146Z", "eventName": "ObjectCreated:Put", "s3": {"s3SchemaVersion": "1.0", "configurationId": "success-only", "bucket": {"name": "probe-bucket", "arn": "arn:aws:s3:::probe-bucket"}, "object": {"key": "runs%2F2026-11-25%2Fjob-1%2Fsuccess.json", "size": 11, "eTag": "82380d1e263b6093f3c7535690fcdd75"}}}]}"#;
    const MOTO_TEST_EVENT: &str = r#"{"Service": "Amazon S3", "Event": "s3:TestEvent", "Time": "2026-11-25T08:07:21.109Z", "Bucket": "probe-bucket"}"#;
    // The shape AWS documents, with the fields moto leaves out.
    const AWS_PUT: &str = r#"{"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1","eventTime":"2026-11-25T00:00:00.000Z","eventName":"ObjectCreated:Put","userIdentity":{"principalId":"AWS:X"},"requestParameters":{"sourceIPAddress":"127.0.0.1"},"responseElements":{"x-amz-request-id":"R","x-amz-id-2":"I"},"s3":{"s3SchemaVersion":"1.0","configurationId":"c","bucket":{"name":"b","ownerIdentity":{"principalId":"P"},"arn":"arn:aws:s3:::b"},"object":{"key":"ocr/W1/I+1/e/a1/success.json","size":1,"eTag":"t","sequencer":"0055AED6DCD90281E5"}}}]}"#;

    #[test]
    fn event_keys_decode_plus_and_percent_escapes() {
        assert_eq!(decode_event_key("a%2Fb%2Fsuccess.json").unwrap(), "a/b/success.json");
        assert_eq!(decode_event_key("my+file%2B1.txt").unwrap(), "my file+1.txt");
        assert_eq!(decode_event_key("caf%C3%A9").unwrap(), "café");
        assert_eq!(decode_event_key("plain/key").unwrap(), "plain/key");
        for bad in ["a%2", "a%zz", "%", "%C3"] {
            let err = decode_event_key(bad).unwrap_err();
            assert!(matches!(err, S3Error::BadEventKey { .. }), "{bad}: {err}");
            assert!(err.to_string().contains(bad), "{err}");
        }
    }

    #[test]
    fn notifications_parse_from_moto_and_aws_and_skip_the_test_event() {
        let events = parse_event_notification(MOTO_PUT).unwrap();
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].key, "runs/2026-11-25/job-1/success.json");
        assert_eq!(events[0].bucket, "probe-bucket");
        assert_eq!(events[0].event_name, "ObjectCreated:Put");
        assert_eq!(events[0].size, Some(11));
        let events = parse_event_notification(AWS_PUT).unwrap();
        assert_eq!(events[0].key, "ocr/W1/I 1/e/a1/success.json");
        assert_eq!(events[0].sequencer.as_deref(), Some("0055AED6DCD90281E5"));
        assert!(parse_event_notification(MOTO_TEST_EVENT).unwrap().is_empty());
        assert!(parse_event_notification("{}").is_err());
        assert!(parse_event_notification("not json").is_err());
    }

    #[test]
    fn bucket_names_and_urls_are_checked() {
        assert!(validate_bucket("folio-data.1").is_ok());
        for bad in ["ab", "Folio", "-folio", "folio-", "a..b", "fo_lio"] {
            let err = validate_bucket(bad).unwrap_err().to_string();
            assert!(err.contains(bad), "{err}");
        }
        let (b, p) = parse_s3_url("s3://bucket/camp/2026/").unwrap();
        assert_eq!((b.as_str(), p.unwrap().as_str()), ("bucket", "camp/2026"));
        assert_eq!(parse_s3_url("s3://bucket").unwrap().1, None);
        assert!(parse_s3_url("https://bucket/x")
            .unwrap_err()
            .to_string()
            .contains("s3://"));
        assert!(parse_s3_url("s3://bucket/a/../b").is_err());
    }

    #[test]
    fn parts_cover_the_object_and_respect_s3_limits() {
        let mib = 1024 * 1024;
        let ranges = part_ranges(12 * mib + 1, 5 * mib).unwrap();
        assert_eq!(
            ranges,
            vec![(1, 0, 5 * mib), (2, 5 * mib, 5 * mib), (3, 10 * mib, 2 * mib + 1)]
        );
        assert_eq!(part_ranges(0, 5 * mib).unwrap(), vec![(1, 0, 0)]);
        assert!(matches!(part_ranges(10, mib), Err(S3Error::PartTooSmall { .. })));
        assert!(matches!(
            part_ranges(5 * mib * 10_001, 5 * mib),
            Err(S3Error::TooManyParts { .. })
        ));
    }
}
