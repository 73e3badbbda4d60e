//! A function's failure as Lambda reports it: `errorType` says what kind of failure it is
//! (`InvalidRequest`, `AdmissionRefused`, …) and `errorMessage` what to do, naming the field at
//! fault. Whether trying again may help decides what a caller (or Lambda's retry) should do.

use folio_core::enqueue::RequestError;
use folio_core::ports::{QueueError, StoreError};

/// What kind of failure a function reports: Lambda's `errorType`, one value for every function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// A request field that cannot be used.
    InvalidRequest,
    /// An event that is not of a shape this function reads.
    InvalidEvent,
    /// A dependency (database, queue, storage) failed in a way that may pass.
    Unavailable,
    UnknownJob,
    JobNotActive,
    /// The enqueue would pass the job's `max_queued`.
    AdmissionRefused,
    ReduceNotEnqueueable,
    UnknownTask,
    /// The store holds a value this version cannot read.
    StoreCorrupt,
    /// Any other refusal of the store (a job that exists already, one with dependents).
    Refused,
    /// The queue refused a call in a way that will not pass.
    QueueRefused,
    /// One S3 record could not be settled, for a reason that will not pass.
    RecordFailed,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::InvalidRequest => "InvalidRequest",
            ErrorKind::InvalidEvent => "InvalidEvent",
            ErrorKind::Unavailable => "Unavailable",
            ErrorKind::UnknownJob => "UnknownJob",
            ErrorKind::JobNotActive => "JobNotActive",
            ErrorKind::AdmissionRefused => "AdmissionRefused",
            ErrorKind::ReduceNotEnqueueable => "ReduceNotEnqueueable",
            ErrorKind::UnknownTask => "UnknownTask",
            ErrorKind::StoreCorrupt => "StoreCorrupt",
            ErrorKind::Refused => "Refused",
            ErrorKind::QueueRefused => "QueueRefused",
            ErrorKind::RecordFailed => "RecordFailed",
        }
    }
}

impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A kind compares with the `errorType` text a caller sees.
impl PartialEq<&str> for ErrorKind {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

// Debug reads as Display: the Lambda runtime logs a failed invocation's error with `{:?}`.
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}: {message}")]
pub struct FunctionError {
    /// Lambda's `errorType`.
    pub kind: ErrorKind,
    /// Lambda's `errorMessage`.
    pub message: String,
    pub retryable: bool,
}

impl FunctionError {
    pub fn new(kind: ErrorKind, message: impl Into<String>, retryable: bool) -> Self {
        Self {
            kind,
            message: message.into(),
            retryable,
        }
    }

    pub fn invalid_event(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::InvalidEvent, message, false)
    }
}

impl std::fmt::Debug for FunctionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self} (retryable: {})", self.retryable)
    }
}

/// `volumes[1].etag: required`: the message starts with the field.
impl From<RequestError> for FunctionError {
    fn from(e: RequestError) -> Self {
        Self::new(ErrorKind::InvalidRequest, e.to_string(), false)
    }
}

impl From<StoreError> for FunctionError {
    fn from(e: StoreError) -> Self {
        let kind = match &e {
            StoreError::UnknownJob(_) => ErrorKind::UnknownJob,
            StoreError::JobNotActive { .. } => ErrorKind::JobNotActive,
            StoreError::AdmissionRefused { .. } => ErrorKind::AdmissionRefused,
            StoreError::ReduceNotEnqueueable { .. } => ErrorKind::ReduceNotEnqueueable,
            StoreError::UnknownTask(_) => ErrorKind::UnknownTask,
            StoreError::Backend(_) => ErrorKind::Unavailable,
            StoreError::Corrupt(_) => ErrorKind::StoreCorrupt,
            StoreError::JobExists(_)
            | StoreError::Dag(_)
            | StoreError::HasDependents { .. }
            | StoreError::UnknownErrorRecord(_) => ErrorKind::Refused,
        };
        Self::new(kind, e.to_string(), e.is_retryable())
    }
}

impl From<QueueError> for FunctionError {
    fn from(e: QueueError) -> Self {
        match e {
            QueueError::Store(e) => e.into(),
            other => {
                let retryable = other.is_retryable();
                let kind = if retryable {
                    ErrorKind::Unavailable
                } else {
                    ErrorKind::QueueRefused
                };
                Self::new(kind, other.to_string(), retryable)
            }
        }
    }
}

#[cfg(feature = "lambda")]
impl From<FunctionError> for lambda_runtime::Diagnostic {
    fn from(e: FunctionError) -> Self {
        lambda_runtime::Diagnostic {
            error_type: e.kind.as_str().to_owned(),
            error_message: e.message,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_refusals_keep_their_kind_and_message() {
        let e = FunctionError::from(StoreError::AdmissionRefused {
            job: "ocr".into(),
            would_wait: 12,
            cap: 10,
        });
        assert_eq!(e.kind, "AdmissionRefused");
        assert!(e.message.contains("max_queued of 10"), "{e}");
        assert!(!e.retryable);
        let e = FunctionError::from(StoreError::Backend("connection reset".into()));
        assert_eq!((e.kind.as_str(), e.retryable), ("Unavailable", true));
        let e = FunctionError::from(RequestError {
            field: "volumes[1].etag".into(),
            message: "required".into(),
        });
        assert_eq!(
            (e.kind.as_str(), e.message.as_str()),
            ("InvalidRequest", "volumes[1].etag: required")
        );
    }
}
