//! The provision Lambda: a CloudWatch backlog alarm through SNS, or a direct `{job?}`, runs the
//! ECS provisioner. Needs `FOLIO_ECS_CLUSTER` and `FOLIO_ECS_TASK_DEFINITION`.

use std::process::ExitCode;

use folio_provision::Provision;
use lambda_runtime::service_fn;

#[tokio::main]
async fn main() -> ExitCode {
    let services = match folio_service::start().await {
        Ok(services) => services,
        Err(e) => return folio_service::start_failed(&e),
    };
    let function = match Provision::from_services(&services) {
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
