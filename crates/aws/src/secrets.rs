//! The database URL from Secrets Manager, read once at start, so that no password sits in a
//! function's or a task definition's environment.

use aws_sdk_secretsmanager::Client;
use secrecy::SecretString;

use crate::error::ApiFailure;

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("cannot read secret {arn}: {failure}")]
    Api { arn: String, failure: ApiFailure },
    #[error("secret {arn} has no SecretString (a binary secret cannot hold a URL): store the URL as its text")]
    NotText { arn: String },
}

impl SecretError {
    /// Throttling and network failures may pass; a missing secret or a denied read will not.
    pub fn is_retryable(&self) -> bool {
        matches!(self, SecretError::Api { failure, .. } if failure.retryable)
    }
}

/// The text of secret `arn` (its current version).
pub async fn read_secret_string(client: &Client, arn: &str) -> Result<SecretString, SecretError> {
    let out = client
        .get_secret_value()
        .secret_id(arn)
        .send()
        .await
        .map_err(|e| SecretError::Api {
            arn: arn.to_owned(),
            failure: ApiFailure::from_sdk(&e),
        })?;
    out.secret_string
        .map(SecretString::from)
        .ok_or_else(|| SecretError::NotText { arn: arn.to_owned() })
}
