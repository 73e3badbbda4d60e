//! schema.sql is the source of truth; the SQLite schema must have the same tables and columns,
//! so that the two adapters cannot drift apart.

mod common;

use std::collections::BTreeSet;
use std::sync::Arc;

use folio_core::clock::SystemClock;
use folio_core::WorkerState;
use folio_store::{PgStore, SqliteStore};

type Columns = BTreeSet<(String, String)>;

#[tokio::test]
async fn sqlite_schema_mirrors_schema_sql() {
    let (url, _guard) = common::postgres_url().await;
    let pg = PgStore::connect(&url, Arc::new(SystemClock)).await.unwrap();
    let pg_cols: Columns = sqlx::query_as(
        "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = 'public'",
    )
    .fetch_all(pg.pool())
    .await
    .unwrap()
    .into_iter()
    .collect();
    let dir = tempfile::tempdir().unwrap();
    let lite = SqliteStore::connect(&folio_store::embedded_url(dir.path()), Arc::new(SystemClock))
        .await
        .unwrap();
    let lite_cols: Columns = sqlx::query_as(
        "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
    )
    .fetch_all(lite.pool())
    .await
    .unwrap()
    .into_iter()
    .collect();
    assert!(pg_cols.len() > 40, "schema.sql was applied: {pg_cols:?}");
    let only_pg: Vec<_> = pg_cols.difference(&lite_cols).collect();
    let only_lite: Vec<_> = lite_cols.difference(&pg_cols).collect();
    assert!(
        only_pg.is_empty() && only_lite.is_empty(),
        "only in schema.sql: {only_pg:?}; only in sqlite.sql: {only_lite:?}"
    );

    let index_names = |rows: Vec<(String,)>| rows.into_iter().map(|r| r.0).collect::<BTreeSet<_>>();
    let pg_idx = index_names(
        sqlx::query_as("SELECT indexname::text FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'")
            .fetch_all(pg.pool())
            .await
            .unwrap(),
    );
    let lite_idx = index_names(
        sqlx::query_as("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")
            .fetch_all(lite.pool())
            .await
            .unwrap(),
    );
    assert_eq!(pg_idx, lite_idx, "both schemas declare the same named indexes");
}

#[tokio::test]
async fn applying_the_schema_twice_is_harmless() {
    let (url, _guard) = common::postgres_url().await;
    let pg = PgStore::connect(&url, Arc::new(SystemClock)).await.unwrap();
    pg.migrate().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let lite = SqliteStore::connect(&folio_store::embedded_url(dir.path()), Arc::new(SystemClock))
        .await
        .unwrap();
    lite.migrate().await.unwrap();
}

/// Both schemas hold `workers.state` to exactly the states `WorkerState` names.
#[tokio::test]
async fn both_schemas_accept_every_worker_state_and_nothing_else() {
    let (url, _guard) = common::postgres_url().await;
    let pg = PgStore::connect(&url, Arc::new(SystemClock)).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let lite = SqliteStore::connect(&folio_store::embedded_url(dir.path()), Arc::new(SystemClock))
        .await
        .unwrap();
    let insert = |id: &str, state: &str, now: &str| {
        format!(
            "INSERT INTO workers (id, host, started_at, heartbeat_at, state) VALUES ('{id}', 'h', {now}, {now}, '{state}')"
        )
    };
    let states = WorkerState::ALL.iter().map(|s| s.as_str()).chain(["bogus"]);
    for (i, state) in states.enumerate() {
        let known = state != "bogus";
        let on_pg = sqlx::query(&insert(&format!("w{i}"), state, "now()"))
            .execute(pg.pool())
            .await;
        let on_lite = sqlx::query(&insert(&format!("w{i}"), state, "0"))
            .execute(lite.pool())
            .await;
        assert_eq!(on_pg.is_ok(), known, "PostgreSQL, state {state:?}: {on_pg:?}");
        assert_eq!(on_lite.is_ok(), known, "SQLite, state {state:?}: {on_lite:?}");
        if known {
            assert_eq!(state.parse::<WorkerState>().unwrap().as_str(), state);
        }
    }
}

/// A PostgreSQL database created before the CHECK on `workers.state` gets it when the new
/// schema is applied.
#[tokio::test]
async fn an_older_database_gains_the_worker_state_check() {
    let (url, _guard) = common::postgres_url().await;
    let pg = PgStore::connect(&url, Arc::new(SystemClock)).await.unwrap();
    for sql in [
        "ALTER TABLE workers DROP CONSTRAINT workers_state_check",
        "DELETE FROM schema_applied",
    ] {
        sqlx::query(sql).execute(pg.pool()).await.unwrap();
    }
    let bogus =
        "INSERT INTO workers (id, host, started_at, heartbeat_at, state) VALUES ('w', 'h', now(), now(), 'bogus')";
    pg.migrate().await.unwrap();
    let refused = sqlx::query(bogus).execute(pg.pool()).await;
    assert!(refused.is_err(), "the CHECK is back: {refused:?}");
}
