//! The backlog Lambda, on an EventBridge schedule (every minute): stale leases, outbox
//! re-sends, dead letters, backlog metrics to CloudWatch, and the provisioner where an ECS cluster is set.

use std::process::ExitCode;

use folio_backlog::Backlog;
use lambda_runtime::service_fn;

#[tokio::main]
async fn main() -> ExitCode {
    let services = match folio_service::start().await {
        Ok(services) => services,
        Err(e) => return folio_service::start_failed(&e),
    };
    let function = match Backlog::from_services(&services) {
        Ok(function) => function,
        Err(e) => return folio_service::start_failed(&e),
    };
    match lambda_runtime::run(service_fn(|event| function.handle(event))).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "the Lambda runtime stopped");
            ExitCode::FAILURE
        }
    }
}
