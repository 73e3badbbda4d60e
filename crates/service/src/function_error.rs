//! A function's failure as Lambda reports it: `errorType` says what kind of failure it is
//! (`InvalidRequest`, `AdmissionRefused`, …) and `errorMessage` what to do, naming the field at
//! fault. Whether trying again may help decides what a caller (or Lambda's retry) should do.

use folio_core::enqueue::RequestError;
use folio_core::ports::{QueueError, StoreError};

// Debug reads as Display: the Lambda runtime logs a failed invocation's error with `{:?}`.
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}: {message}")]
pub struct FunctionError {
    /// Lambda's `errorType`.
    pub kind: &'static str,
    /// Lambda's `errorMessage`.
    pub message: String,
    pub retryable: bool,
}

impl FunctionError {
    /// A request field that cannot be used.
    pub const INVALID_REQUEST: &'static str = "InvalidRequest";
    /// An event that is not of a shape this function reads.
    pub const INVALID_EVENT: &'static str = "InvalidEvent";
    /// A dependency (database, queue, storage) failed in a way that may pass.
    pub const UNAVAILABLE: &'static str = "Unavailable";

    pub fn new(kind: &'static str, message: impl Into<String>, retryable: bool) -> Self {
        Self {
            kind,
            message: message.into(),
            retryable,
        }
    }

    pub fn invalid_event(message: impl Into<String>) -> Self {
        Self::new(Self::INVALID_EVENT, message, false)
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
        Self::new(Self::INVALID_REQUEST, e.to_string(), false)
    }
}

impl From<StoreError> for FunctionError {
    fn from(e: StoreError) -> Self {
        let kind = match &e {
            StoreError::UnknownJob(_) => "UnknownJob",
            StoreError::JobNotActive { .. } => "JobNotActive",
            StoreError::AdmissionRefused { .. } => "AdmissionRefused",
            StoreError::ReduceNotEnqueueable { .. } => "ReduceNotEnqueueable",
            StoreError::UnknownTask(_) => "UnknownTask",
            StoreError::Backend(_) => Self::UNAVAILABLE,
            StoreError::Corrupt(_) => "StoreCorrupt",
            _ => "Refused",
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
                let kind = if retryable { Self::UNAVAILABLE } else { "QueueRefused" };
                Self::new(kind, other.to_string(), retryable)
            }
        }
    }
}

#[cfg(feature = "lambda")]
impl From<FunctionError> for lambda_runtime::Diagnostic {
    fn from(e: FunctionError) -> Self {
        lambda_runtime::Diagnostic {
            error_type: e.kind.to_owned(),
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
        assert_eq!((e.kind, e.retryable), ("Unavailable", true));
        let e = FunctionError::from(RequestError {
            field: "volumes[1].etag".into(),
            message: "required".into(),
        });
        assert_eq!(
            (e.kind, e.message.as_str()),
            ("InvalidRequest", "volumes[1].etag: required")
        );
    }
}
