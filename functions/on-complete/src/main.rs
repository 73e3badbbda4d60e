//! The on-complete Lambda: S3 success.json events, direct or through SQS (answered with a
//! partial batch response), into the completion handler. Needs `FOLIO_ARTEFACTS`.

use std::process::ExitCode;

use folio_on_complete::OnComplete;
use lambda_runtime::service_fn;

#[tokio::main]
async fn main() -> ExitCode {
    let services = match folio_service::start().await {
        Ok(services) => services,
        Err(e) => return folio_service::start_failed(&e),
    };
    let function = match OnComplete::from_services(&services) {
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
