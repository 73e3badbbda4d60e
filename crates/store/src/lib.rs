//! folio's task store: one [`TaskStore`] contract, two adapters on sqlx (PostgreSQL for
//! production, SQLite for the embedded profile), and [`DbQueue`], the queue that claims
//! straight from the task table.

use std::path::Path;
use std::sync::Arc;

use folio_core::clock::{Clock, SystemClock};
use folio_core::ports::{StoreError, TaskStore};

mod common;
pub mod postgres;
pub mod queue;
mod rows;
pub mod scratch;
mod sql;
pub mod sqlite;

pub use postgres::PgStore;
pub use queue::DbQueue;
pub use sqlite::SqliteStore;

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`: a database URL as
/// messages and logs may show it.
pub fn redact(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_owned();
    };
    let rest = &url[scheme_end + 3..];
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let Some(at) = rest[..authority_end].rfind('@') else {
        return url.to_owned();
    };
    match rest[..at].split_once(':') {
        Some((user, _password)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &rest[at..]),
        None => url.to_owned(),
    }
}

/// The embedded profile's database URL for a data directory.
pub fn embedded_url(data_dir: &Path) -> String {
    format!("sqlite://{}?mode=rwc", data_dir.join("folio.sqlite").display())
}

/// Opens (and migrates) the store a URL names: `postgres://…` or `sqlite://…`.
pub async fn open(url: &str) -> Result<Arc<dyn TaskStore>, StoreError> {
    open_with_clock(url, Arc::new(SystemClock)).await
}

/// As [`open`], with the clock that stamps leases and heartbeats.
pub async fn open_with_clock(url: &str, clock: Arc<dyn Clock>) -> Result<Arc<dyn TaskStore>, StoreError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(PgStore::connect(url, clock).await?))
    } else if url.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::connect(url, clock).await?))
    } else {
        Err(StoreError::Backend(
            format!("unsupported database URL {url:?}: use postgres://USER@HOST:PORT/DB or sqlite://PATH").into(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(redact("postgres://u:secret@h:5432/db"), "postgres://u:***@h:5432/db");
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(
            redact("sqlite:///tmp/a@b/folio.sqlite"),
            "sqlite:///tmp/a@b/folio.sqlite"
        );
    }
}
