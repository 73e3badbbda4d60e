//! The shutdown signal: SIGTERM (ECS stopping a task) or SIGINT (Ctrl-C) cancels one token, the
//! shape of axum's `shutdown_signal()`, with the handlers installed up front so that a signal
//! that comes while the binary starts is a drain, not a kill.

use tokio::signal::unix::{signal, SignalKind};
use tokio_util::sync::CancellationToken;

/// A token cancelled on the first SIGTERM or SIGINT. Call it inside the runtime, first thing.
pub fn on_signals() -> std::io::Result<CancellationToken> {
    let mut terminate = signal(SignalKind::terminate())?;
    let mut interrupt = signal(SignalKind::interrupt())?;
    let token = CancellationToken::new();
    let cancel = token.clone();
    tokio::spawn(async move {
        let name = tokio::select! {
            _ = terminate.recv() => "SIGTERM",
            _ = interrupt.recv() => "SIGINT",
        };
        tracing::info!(signal = name, "shutting down: finishing the current task, then exiting");
        cancel.cancel();
    });
    Ok(token)
}
