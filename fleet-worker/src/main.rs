//! fleet-worker: the ECS container binary. Settings come from `FOLIO_*` variables (see
//! `folio_service::settings`) and the ECS task metadata endpoint.

use std::process::ExitCode;

use folio_service::Env;

#[tokio::main]
async fn main() -> ExitCode {
    fleet_worker::run(Env::process()).await
}
