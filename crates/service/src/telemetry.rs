//! The tracing subscriber the AWS binaries install: JSON lines for CloudWatch Logs (one object
//! per event, with the fields of the current span, such as a task's `task_id`, `job` and
//! `volume`), or text at a terminal.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

use crate::settings::{LogFormat, LogSettings};

/// Installs the subscriber, writing to stderr (Lambda and ECS send both streams to CloudWatch).
/// Only the first call in a process takes effect, so tests may call it freely.
pub fn init(log: &LogSettings) {
    // The filter was checked when the settings were read.
    let filter = EnvFilter::try_new(&log.filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _already_set = match log.format {
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .try_init(),
        LogFormat::Text => builder.with_ansi(std::io::stderr().is_terminal()).try_init(),
    };
}
