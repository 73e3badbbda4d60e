//! Newtype identifiers. Each one validates on construction, so a value that reaches a store, a
//! queue name or a blob key is already known to be safe there.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// An identifier that was refused, with the rule it broke.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {what} {value:?}: {rule}")]
pub struct InvalidId {
    pub what: &'static str,
    pub value: String,
    pub rule: &'static str,
}

/// The name of a job: 1 to 40 characters of `a-z`, `0-9` and `-`, starting with a letter.
///
/// The limit keeps `folio-{job}-tasks` within SQS's 80-character queue names, and the
/// alphabet keeps it safe in S3 keys, queue names and CloudWatch dimensions.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct JobName(String);

impl JobName {
    pub fn new(name: impl Into<String>) -> Result<Self, InvalidId> {
        let value = name.into();
        let ok_chars = value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        let starts_with_letter = value.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        if value.is_empty() || value.len() > 40 || !ok_chars || !starts_with_letter {
            return Err(InvalidId {
                what: "job name",
                value,
                rule: "use 1 to 40 characters of a-z, 0-9 and '-', starting with a letter",
            });
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for JobName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for JobName {
    type Err = InvalidId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::new(s)
    }
}

impl TryFrom<String> for JobName {
    type Error = InvalidId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::new(s)
    }
}

impl From<JobName> for String {
    fn from(n: JobName) -> Self {
        n.0
    }
}

/// A task's database id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TaskId(pub i64);

impl fmt::Display for TaskId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl FromStr for TaskId {
    type Err = InvalidId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.trim().parse().map(TaskId).map_err(|_| InvalidId {
            what: "task id",
            value: s.to_owned(),
            rule: "a task id is a whole number, as `folio tasks list` shows it",
        })
    }
}

/// The identity of one worker process: unique per process start, so a restarted worker never
/// inherits the leases of its previous life.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WorkerId(pub String);

impl WorkerId {
    /// `host:pid:start-nanos`, unique enough for one fleet and readable in `folio workers list`.
    pub fn generate(host: &str) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        Self(format!("{host}:{}:{:x}", std::process::id(), nanos))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for WorkerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Checks one segment of a blob key: the work and image-group ids and the etag become key
/// segments, so they share these rules.
pub fn validate_segment(what: &'static str, value: &str) -> Result<(), InvalidId> {
    let ok = !value.is_empty()
        && value.len() <= 128
        && value != "."
        && value != ".."
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(InvalidId {
            what,
            value: value.to_owned(),
            rule: "use 1 to 128 characters of A-Z, a-z, 0-9, '-', '_' and '.', not '.' or '..'",
        })
    }
}

/// One version of one volume: the work id, the image-group id, and the etag that names the
/// version of its image list. A new etag is new work.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct VolumeRef {
    pub w_id: String,
    pub i_id: String,
    pub etag: String,
}

impl VolumeRef {
    pub fn new(w_id: impl Into<String>, i_id: impl Into<String>, etag: impl Into<String>) -> Result<Self, InvalidId> {
        let v = Self {
            w_id: w_id.into(),
            i_id: i_id.into(),
            etag: etag.into(),
        };
        v.validate()?;
        Ok(v)
    }

    /// Re-checks a value that came from outside (a message, a manifest, a row).
    pub fn validate(&self) -> Result<(), InvalidId> {
        validate_segment("w_id", &self.w_id)?;
        validate_segment("i_id", &self.i_id)?;
        validate_segment("etag", &self.etag)
    }
}

impl fmt::Display for VolumeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}@{}", self.w_id, self.i_id, self.etag)
    }
}

/// A volume as operators enqueue it: its reference and how many page images it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolumeSpec {
    #[serde(flatten)]
    pub volume: VolumeRef,
    #[serde(default)]
    pub nb_images: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_names_follow_the_queue_name_rules() {
        assert!(JobName::new("ocr-eval").is_ok());
        assert!(JobName::new("ocr2").is_ok());
        for bad in ["", "OCR", "2ocr", "ocr_eval", "a/b", &"x".repeat(41)] {
            let err = JobName::new(bad).unwrap_err();
            assert!(err.to_string().contains("job name"), "{err}");
        }
    }

    #[test]
    fn volume_segments_refuse_traversal_and_separators() {
        assert!(VolumeRef::new("W22084", "I0886", "3f2a-1").is_ok());
        for (w, i, e) in [
            ("..", "I1", "e"),
            ("W1", "a/b", "e"),
            ("W1", "I1", ""),
            ("W 1", "I1", "e"),
        ] {
            assert!(VolumeRef::new(w, i, e).is_err(), "{w} {i} {e}");
        }
    }

    #[test]
    fn job_name_deserialises_through_validation() {
        let ok: JobName = serde_json::from_str("\"ocr\"").unwrap();
        assert_eq!(ok.as_str(), "ocr");
        assert!(serde_json::from_str::<JobName>("\"../x\"").is_err());
    }

    #[test]
    fn worker_ids_differ_between_calls() {
        let a = WorkerId::generate("h");
        std::thread::sleep(std::time::Duration::from_millis(1));
        assert_ne!(a, WorkerId::generate("h"));
    }
}
