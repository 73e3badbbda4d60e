//! How commands print: tables for people, JSON for scripts, and short renderings of times.

use std::io::Write;
use std::time::Duration;

use chrono::{DateTime, Utc};
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};
use serde::Serialize;

/// `println!` for command output: when stdout is closed early (`folio tasks list | head`), the
/// process ends quietly instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::output::write_line(format_args!($($arg)*))
    };
}

pub fn write_line(args: std::fmt::Arguments<'_>) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_fmt(args).and_then(|()| out.write_all(b"\n")) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: cannot write to stdout: {e}");
        std::process::exit(1);
    }
}

/// An error and its causes on one line. A cause already quoted by the message above it (an
/// error that prints its source and also returns it) is not repeated.
pub fn error_chain(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let cause = cause.to_string();
        if text.contains(&cause) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&cause);
    }
    text
}

/// Whether logs are JSON lines (`FOLIO_LOG_FORMAT=json`), read by machines rather than people.
pub fn json_logs() -> bool {
    std::env::var("FOLIO_LOG_FORMAT").is_ok_and(|f| f == "json")
}

/// A table with a header row, wrapped to the terminal's width.
pub fn table<I, S>(header: I) -> Table
where
    I: IntoIterator<Item = S>,
    S: Into<comfy_table::Cell>,
{
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED).set_header(header);
    // Wrapped to the terminal, unless it reports no usable width (a pseudo-terminal without a
    // size says 0 columns): then each cell keeps its natural width.
    if t.width().is_some_and(|w| w >= 40) {
        t.set_content_arrangement(ContentArrangement::Dynamic);
    }
    t
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    say!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

/// `35 ms`, `3.2s`, `4m 05s`, `2h 10m`.
pub fn duration(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs < 1.0 {
        format!("{} ms", d.as_millis())
    } else if secs < 60.0 {
        format!("{secs:.1}s")
    } else if secs < 3600.0 {
        format!("{}m {:02}s", d.as_secs() / 60, d.as_secs() % 60)
    } else {
        format!("{}h {:02}m", d.as_secs() / 3600, d.as_secs() / 60 % 60)
    }
}

/// A timestamp as `2024-05-01 12:00:03`, in UTC.
pub fn time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M:%S").to_string()
}

pub fn opt_time(t: Option<DateTime<Utc>>) -> String {
    t.map(time).unwrap_or_else(|| "-".into())
}

/// How long ago, from `now`: `12s ago`.
pub fn age(t: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let d = (now - t).to_std().unwrap_or_default();
    format!("{} ago", duration(d))
}

/// The first line of a message, cut to `max` characters.
pub fn first_line(message: &str, max: usize) -> String {
    let line = message.lines().next().unwrap_or_default();
    if line.chars().count() > max || message.lines().nth(1).is_some() {
        let cut: String = line.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    } else {
        line.to_owned()
    }
}

/// Seconds between two optional instants.
pub fn elapsed(from: Option<DateTime<Utc>>, to: Option<DateTime<Utc>>) -> Option<Duration> {
    Some((to? - from?).to_std().unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(Duration::from_millis(35)), "35 ms");
        assert_eq!(duration(Duration::from_millis(3200)), "3.2s");
        assert_eq!(duration(Duration::from_secs(245)), "4m 05s");
        assert_eq!(duration(Duration::from_secs(7800)), "2h 10m");
    }

    #[test]
    fn error_chains_do_not_repeat_quoted_causes() {
        let inner = std::io::Error::other("connection refused");
        let e = anyhow::Error::new(inner)
            .context("database: connection refused")
            .context("cannot open the store");
        assert_eq!(error_chain(&e), "cannot open the store: database: connection refused");
    }

    #[test]
    fn first_lines_are_cut_and_marked() {
        assert_eq!(first_line("short", 10), "short");
        assert_eq!(first_line("two\nlines", 10), "two…");
        assert_eq!(first_line("abcdefghijkl", 5), "abcd…");
    }
}
