//! Test stores: a fresh SQLite file, or a fresh PostgreSQL database at `DATABASE_URL`
//! (default `postgres://postgres@127.0.0.1:5432/postgres`), each with a manual clock.

#![allow(dead_code)] // each test binary uses its own part of these helpers

use std::sync::Arc;

use chrono::DateTime;
use folio_core::clock::ManualClock;
use folio_core::ports::TaskStore;
use folio_store::scratch::ScratchDb;

pub struct TestStore {
    pub store: Arc<dyn TaskStore>,
    pub clock: Arc<ManualClock>,
    _guard: Guard,
}

enum Guard {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres(#[allow(dead_code)] ScratchDb),
}

pub fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::new(DateTime::from_timestamp(1_800_000_000, 0).unwrap()))
}

pub fn admin_url() -> String {
    std::env::var("DATABASE_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

pub async fn sqlite() -> TestStore {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let store = folio_store::open_with_clock(&folio_store::embedded_url(dir.path()), clock.clone())
        .await
        .unwrap();
    TestStore {
        store,
        clock,
        _guard: Guard::Sqlite(dir),
    }
}

/// A fresh database per test, dropped afterwards.
pub async fn postgres() -> TestStore {
    postgres_configured(None).await
}

/// A fresh database whose server default transaction isolation is `isolation` (as an RDS
/// parameter group could set it), or the server's own when `None`.
pub async fn postgres_configured(isolation: Option<&str>) -> TestStore {
    let settings: Vec<(&str, &str)> = isolation
        .map(|level| ("default_transaction_isolation", level))
        .into_iter()
        .collect();
    let db = scratch(&settings).await;
    let clock = clock();
    let store = folio_store::open_with_clock(db.url(), clock.clone()).await.unwrap();
    TestStore {
        store,
        clock,
        _guard: Guard::Postgres(db),
    }
}

async fn scratch(settings: &[(&str, &str)]) -> ScratchDb {
    let admin = admin_url();
    let name = format!("folio_test_{}", uuid::Uuid::new_v4().simple());
    ScratchDb::create(&admin, &name, settings)
        .await
        .unwrap_or_else(|e| panic!("PostgreSQL at {admin} is needed for the store tests (set DATABASE_URL): {e}"))
}

/// A fresh database's URL, and what drops it.
pub async fn postgres_url() -> (String, ScratchDb) {
    let db = scratch(&[]).await;
    (db.url().to_owned(), db)
}

pub fn name(s: &str) -> folio_core::JobName {
    folio_core::JobName::new(s).unwrap()
}

pub fn worker(n: &str) -> folio_core::WorkerId {
    folio_core::WorkerId(n.to_owned())
}

/// An `exec` job with two attempts.
pub fn spec(n: &str, deps: &[&str], reduce: bool) -> folio_core::job::JobSpec {
    folio_core::job::JobSpec {
        name: name(n),
        kind: "exec".into(),
        config: serde_json::json!({"command": ["true"]}),
        depends_on: deps.iter().map(|d| name(d)).collect(),
        reduce,
        settings: folio_core::job::RunSettings {
            max_attempts: 2,
            ..folio_core::job::RunSettings::default()
        },
    }
}

/// Runs each named test once on a fresh SQLite store and once on a fresh PostgreSQL one.
#[allow(unused_macros)] // only the contract suites use it
macro_rules! both_stores {
    ($($test:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $test() { super::$test(super::common::sqlite().await).await })*
        }
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $test() { super::$test(super::common::postgres().await).await })*
        }
    };
}
