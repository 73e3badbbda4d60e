//! The enqueue Lambda. Operators invoke it with `{job, volumes | manifest, force}`; it answers
//! `{created, skipped, task_ids}`, or an error whose type and message name what to fix.

use std::process::ExitCode;

use folio_enqueue::Enqueue;
use lambda_runtime::service_fn;

#[tokio::main]
async fn main() -> ExitCode {
    let services = match folio_service::start().await {
        Ok(services) => services,
        Err(e) => return folio_service::start_failed(&e),
    };
    let function = Enqueue::from_services(&services);
    match lambda_runtime::run(service_fn(|event| function.handle(event))).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "the Lambda runtime stopped");
            ExitCode::FAILURE
        }
    }
}
