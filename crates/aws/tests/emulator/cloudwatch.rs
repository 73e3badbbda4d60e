//! `CloudWatchMetrics` against moto's CloudWatch (aws-sdk-cloudwatch 1.99.0, awsQuery).

use aws_sdk_cloudwatch::primitives::DateTime;
use aws_sdk_cloudwatch::types::{DimensionFilter, Statistic};
use chrono::Utc;
use folio_aws::CloudWatchMetrics;
use folio_core::metrics::{BACKLOG_SECONDS, DIMENSION_JOB, NAMESPACE, RUNNING_WORKERS, VISIBLE_MESSAGES};
use folio_core::ports::{MetricDatum, MetricUnit, Metrics};

use crate::common;

#[tokio::test]
async fn published_metrics_are_listed_and_their_statistics_read_back() {
    let aws = common::aws().await;
    let metrics = CloudWatchMetrics::new(aws.clients.cloudwatch.clone());
    let job = common::unique_job();
    let now = Utc::now();
    let datum = |name, value, unit| MetricDatum {
        name,
        job: job.clone(),
        value,
        unit,
        at: now,
    };
    metrics
        .put(&[
            datum(VISIBLE_MESSAGES, 12.0, MetricUnit::Count),
            datum(RUNNING_WORKERS, 3.0, MetricUnit::Count),
            datum(BACKLOG_SECONDS, f64::INFINITY, MetricUnit::Seconds),
            datum(VISIBLE_MESSAGES, 8.0, MetricUnit::Count),
        ])
        .await
        .unwrap();

    let listed = aws
        .clients
        .cloudwatch
        .list_metrics()
        .namespace(NAMESPACE)
        .dimensions(
            DimensionFilter::builder()
                .name(DIMENSION_JOB)
                .value(job.as_str())
                .build(),
        )
        .send()
        .await
        .unwrap();
    let mut names: Vec<&str> = listed.metrics().iter().filter_map(|m| m.metric_name()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names, vec![BACKLOG_SECONDS, RUNNING_WORKERS, VISIBLE_MESSAGES]);

    let stats = aws
        .clients
        .cloudwatch
        .get_metric_statistics()
        .namespace(NAMESPACE)
        .metric_name(VISIBLE_MESSAGES)
        .dimensions(
            aws_sdk_cloudwatch::types::Dimension::builder()
                .name(DIMENSION_JOB)
                .value(job.as_str())
                .build(),
        )
        .start_time(DateTime::from_secs(now.timestamp() - 600))
        .end_time(DateTime::from_secs(now.timestamp() + 600))
        .period(60)
        .statistics(Statistic::Sum)
        .statistics(Statistic::Maximum)
        .send()
        .await
        .unwrap();
    let points = stats.datapoints();
    assert_eq!(points.len(), 1, "{points:?}");
    assert_eq!(points[0].sum(), Some(20.0));
    assert_eq!(points[0].maximum(), Some(12.0));
}
