//! The `Metrics` port on CloudWatch: PutMetricData in batches, under namespace `Folio` with one
//! dimension, `Job` (the names live in `folio_core::metrics`).

use async_trait::async_trait;
use aws_sdk_cloudwatch::primitives::DateTime;
use aws_sdk_cloudwatch::types::{Dimension, MetricDatum as CwDatum, StandardUnit};
use aws_sdk_cloudwatch::Client;
use folio_core::metrics::{DIMENSION_JOB, NAMESPACE};
use folio_core::ports::{MetricDatum, MetricUnit, Metrics, MetricsError};
use tracing::warn;

use crate::error::ApiFailure;

/// PutMetricData takes up to 1,000 data per call.
pub const MAX_DATA_PER_CALL: usize = 1000;
/// CloudWatch refuses magnitudes above about 1.17e108; larger values are sent as this.
const MAX_MAGNITUDE: f64 = 1e108;

#[derive(Debug, thiserror::Error)]
#[error("CloudWatch PutMetricData to namespace {namespace}: {failure}")]
pub struct CloudWatchError {
    pub namespace: String,
    pub failure: ApiFailure,
}

impl CloudWatchError {
    pub fn is_retryable(&self) -> bool {
        self.failure.retryable
    }
}

/// A value CloudWatch accepts: NaN has no meaning (`None`), infinities become the largest
/// magnitude it takes (an unbounded backlog is still "very large").
pub fn publishable(value: f64) -> Option<f64> {
    if value.is_nan() {
        None
    } else {
        Some(value.clamp(-MAX_MAGNITUDE, MAX_MAGNITUDE))
    }
}

fn unit(u: MetricUnit) -> StandardUnit {
    match u {
        MetricUnit::Count => StandardUnit::Count,
        MetricUnit::Seconds => StandardUnit::Seconds,
        MetricUnit::CountPerSecond => StandardUnit::CountSecond,
    }
}

/// CloudWatch as folio's metrics sink.
#[derive(Debug, Clone)]
pub struct CloudWatchMetrics {
    client: Client,
    namespace: String,
}

impl CloudWatchMetrics {
    /// Publishes under [`NAMESPACE`] (`Folio`).
    pub fn new(client: Client) -> Self {
        Self::with_namespace(client, NAMESPACE)
    }

    /// Publishes under another namespace (a second deployment in one account).
    pub fn with_namespace(client: Client, namespace: impl Into<String>) -> Self {
        Self {
            client,
            namespace: namespace.into(),
        }
    }

    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    pub async fn put_data(&self, data: &[MetricDatum]) -> Result<(), CloudWatchError> {
        let datums: Vec<CwDatum> = data
            .iter()
            .filter_map(|d| {
                let Some(value) = publishable(d.value) else {
                    warn!(metric = d.name, job = %d.job, "skipping a NaN metric value");
                    return None;
                };
                Some(
                    CwDatum::builder()
                        .metric_name(d.name)
                        .dimensions(Dimension::builder().name(DIMENSION_JOB).value(d.job.as_str()).build())
                        .value(value)
                        .unit(unit(d.unit))
                        .timestamp(DateTime::from_millis(d.at.timestamp_millis()))
                        .build(),
                )
            })
            .collect();
        for batch in datums.chunks(MAX_DATA_PER_CALL) {
            self.client
                .put_metric_data()
                .namespace(&self.namespace)
                .set_metric_data(Some(batch.to_vec()))
                .send()
                .await
                .map_err(|e| CloudWatchError {
                    namespace: self.namespace.clone(),
                    failure: ApiFailure::from_sdk(&e),
                })?;
        }
        Ok(())
    }
}

#[async_trait]
impl Metrics for CloudWatchMetrics {
    async fn put(&self, data: &[MetricDatum]) -> Result<(), MetricsError> {
        self.put_data(data).await.map_err(|e| MetricsError(Box::new(e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_made_publishable() {
        assert_eq!(publishable(3.5), Some(3.5));
        assert_eq!(publishable(f64::INFINITY), Some(1e108));
        assert_eq!(publishable(f64::NEG_INFINITY), Some(-1e108));
        assert_eq!(publishable(f64::NAN), None);
    }

    #[test]
    fn units_map_to_cloudwatch_names() {
        assert_eq!(unit(MetricUnit::Count).as_str(), "Count");
        assert_eq!(unit(MetricUnit::Seconds).as_str(), "Seconds");
        assert_eq!(unit(MetricUnit::CountPerSecond).as_str(), "Count/Second");
    }
}
