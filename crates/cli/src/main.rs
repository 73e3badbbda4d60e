//! `folio`: the operators' commands and the embedded `folio run`.

#[macro_use]
mod output;
mod cli;
mod commands;
mod pipeline;
mod profile;
mod volumes;

use std::process::ExitCode;

use clap::Parser;
use folio_service::settings::LogSettings;
use folio_service::Env;

use crate::cli::{Cli, Command};
use crate::profile::Profile;

#[tokio::main]
async fn main() -> ExitCode {
    // clap exits 2 on a usage error, which `folio ocr` uses for "some pages failed": usage errors
    // exit 1 like every other error.
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    if let Err(e) = init_tracing(&cli) {
        eprintln!("error: {}", output::error_chain(&e));
        return ExitCode::FAILURE;
    }
    match dispatch(cli).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", output::error_chain(&e));
            ExitCode::FAILURE
        }
    }
}

async fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    let profile = Profile::resolve(&cli.global)?;
    match cli.command {
        Command::Jobs(cmd) => commands::jobs::run(&profile, cmd).await?,
        Command::Enqueue(args) => commands::enqueue::run(&profile, args).await?,
        Command::Status(args) => commands::status::run(&profile, args).await?,
        Command::Tasks(cmd) => commands::tasks::run(&profile, cmd).await?,
        Command::Errors(cmd) => commands::errors::run(&profile, cmd).await?,
        Command::Workers(cmd) => commands::workers::run(&profile, cmd).await?,
        Command::Redrive(args) => commands::redrive::run(&profile, args).await?,
        Command::Worker(args) => return Ok(commands::worker::run(&profile, args).await),
        Command::Run(args) => return commands::run::run(&profile, args).await,
        Command::Ocr(args) => return commands::ocr::run(args),
        Command::Bench(cmd) => commands::bench::run(&cli.global, cmd).await?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Logs go to stderr, through the subscriber every folio binary installs: text, or JSON lines
/// with `FOLIO_LOG_FORMAT=json`. A worker logs its tasks by default; other commands only
/// warnings unless `-v`.
fn init_tracing(cli: &Cli) -> anyhow::Result<()> {
    // sqlx warns of slow statements; a worker's log should show them, a command's output not.
    let default = match (cli.global.verbose, &cli.command) {
        (0, Command::Worker(_)) => "info",
        (0, _) => "warn,sqlx=error",
        (1, _) => "info",
        _ => "debug",
    };
    let log = LogSettings::for_command(&Env::process(), default)?;
    folio_service::telemetry::init(&log);
    Ok(())
}
