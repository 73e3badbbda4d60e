//! What folio's AWS binaries (the four Lambdas and fleet-worker) share, so that each `main.rs`
//! stays a few lines: [`settings`] typed from `FOLIO_*` variables and checked at start,
//! [`telemetry`] (JSON logs for CloudWatch), the [`wiring`] of store, clients and ports built
//! once, the [`shutdown`] signal, and the [`FunctionError`] a Lambda reports.

pub mod function_error;
pub mod settings;
pub mod shutdown;
pub mod telemetry;
pub mod wiring;

use std::process::ExitCode;

pub use function_error::{ErrorKind, FunctionError};
pub use settings::{Env, Settings, SettingsError, WorkerSettings};
pub use wiring::{RegisteredWorkers, Services, StartError};

/// sysexits.h's EX_TEMPFAIL: the failure may pass; start again later.
pub const EX_TEMPFAIL: u8 = 75;

/// The start of every binary: reads the settings from the process environment, installs
/// tracing, then opens the store and builds the clients.
pub async fn start() -> Result<Services, StartError> {
    let settings = Settings::from_env(&Env::process())?;
    telemetry::init(&settings.log);
    Services::connect(&settings).await
}

/// Reports a failed start on stderr (which reaches CloudWatch, even before tracing is set up)
/// and gives the exit code: [`EX_TEMPFAIL`] when the failure may pass, else 1.
pub fn start_failed(e: &StartError) -> ExitCode {
    eprintln!("error: {e}");
    if e.is_retryable() {
        ExitCode::from(EX_TEMPFAIL)
    } else {
        ExitCode::FAILURE
    }
}
