//! What a failed AWS call means to folio: its error code, a message an operator can read, and
//! whether trying again may help. Every adapter's error type builds on [`ApiFailure`].

use std::fmt;

use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_types::error::display::DisplayErrorContext;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;

/// One failed call, reduced to what callers decide on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiFailure {
    /// The service's error code (`ThrottlingException`, `NoSuchKey`, …), when it answered.
    pub code: Option<String>,
    /// The HTTP status, when a response came back.
    pub status: Option<u16>,
    pub message: String,
    pub retryable: bool,
}

impl fmt::Display for ApiFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl ApiFailure {
    pub fn from_sdk<E>(err: &SdkError<E, HttpResponse>) -> Self
    where
        E: ProvideErrorMetadata + std::error::Error + 'static,
    {
        let status = err.raw_response().map(|r| r.status().as_u16());
        match err {
            SdkError::ServiceError(_) => {
                let code = err.code().map(str::to_owned);
                let detail = err.message().unwrap_or("no message");
                let message = match (&code, status) {
                    (Some(code), Some(s)) => format!("{code}: {detail} (HTTP {s})"),
                    (Some(code), None) => format!("{code}: {detail}"),
                    (None, Some(s)) => format!("HTTP {s}: {detail}"),
                    (None, None) => detail.to_owned(),
                };
                let retryable =
                    code.as_deref().is_some_and(is_retryable_code) || status.is_some_and(is_retryable_status);
                Self {
                    code,
                    status,
                    message,
                    retryable,
                }
            }
            // A request that could not be built will not build next time either.
            SdkError::ConstructionFailure(_) => Self {
                code: None,
                status,
                message: DisplayErrorContext(err).to_string(),
                retryable: false,
            },
            // Timeouts, connection failures and unreadable responses are the network's doing.
            _ => Self {
                code: None,
                status,
                message: DisplayErrorContext(err).to_string(),
                retryable: true,
            },
        }
    }

    pub fn code_is(&self, code: &str) -> bool {
        self.code.as_deref() == Some(code)
    }
}

/// Error codes that mean "not now" rather than "not ever": throttling and the services' own
/// transient failures.
pub fn is_retryable_code(code: &str) -> bool {
    matches!(
        code,
        "Throttling"
            | "ThrottlingException"
            | "ThrottledException"
            | "RequestThrottled"
            | "RequestThrottledException"
            | "TooManyRequestsException"
            | "RequestLimitExceeded"
            | "LimitExceededException"
            | "BandwidthLimitExceeded"
            | "SlowDown"
            | "PriorRequestNotComplete"
            | "RequestTimeout"
            | "RequestTimeoutException"
            | "InternalError"
            | "InternalFailure"
            | "InternalServiceError"
            | "ServiceUnavailable"
            | "ServiceUnavailableException"
            | "ServerException"
            | "KMS.ThrottlingException"
    )
}

/// 429 and every 5xx may pass; other statuses are the request's fault.
pub fn is_retryable_status(status: u16) -> bool {
    status == 429 || status >= 500
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttling_and_server_errors_are_retryable_client_errors_are_not() {
        for code in ["ThrottlingException", "RequestThrottled", "SlowDown", "ServerException"] {
            assert!(is_retryable_code(code), "{code}");
        }
        for code in [
            "AccessDenied",
            "NoSuchKey",
            "InvalidParameterException",
            "ClientException",
        ] {
            assert!(!is_retryable_code(code), "{code}");
        }
        assert!(is_retryable_status(503) && is_retryable_status(429) && is_retryable_status(500));
        assert!(!is_retryable_status(400) && !is_retryable_status(404) && !is_retryable_status(200));
    }
}
