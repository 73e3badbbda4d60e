//! schema.sql is the source of truth; the SQLite schema must have the same tables and columns,
//! so that the two adapters cannot drift apart.

mod common;

use std::collections::BTreeSet;
use std::sync::Arc;

use folio_core::clock::SystemClock;
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
