//! A PostgreSQL database made for one run and dropped after it: `folio bench`'s, and each
//! test's. The name is checked to be a plain identifier, so it is safe to quote into the DDL.

use sqlx::Connection;

use folio_core::ports::{StoreError, StoreResult};

use crate::redact;

pub struct ScratchDb {
    admin_url: String,
    name: String,
    url: String,
    dropped: bool,
}

fn ddl_error(what: &str, url: &str, e: sqlx::Error) -> StoreError {
    StoreError::Backend(format!("{what} on {}: {e}", redact(url)).into())
}

impl ScratchDb {
    /// Creates database `name` (lower-case letters, digits and `_`) on the server that
    /// `admin_url` reaches, with `settings` as its defaults (`ALTER DATABASE … SET k = 'v'`).
    pub async fn create(admin_url: &str, name: &str, settings: &[(&str, &str)]) -> StoreResult<Self> {
        let only = |s: &str, allowed: fn(char) -> bool| !s.is_empty() && s.chars().all(allowed);
        let identifier = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_';
        let words = |c: char| c.is_ascii_lowercase() || c == ' ';
        if !only(name, identifier) || settings.iter().any(|(k, v)| !only(k, identifier) || !only(v, words)) {
            return Err(StoreError::Backend(
                format!("scratch database {name:?} or its settings {settings:?} are not plain identifiers").into(),
            ));
        }
        let mut admin = sqlx::PgConnection::connect(admin_url).await.map_err(|e| {
            ddl_error(
                "cannot connect to create a scratch database (set --database-url or DATABASE_URL)",
                admin_url,
                e,
            )
        })?;
        sqlx::query(&format!("CREATE DATABASE \"{name}\""))
            .execute(&mut admin)
            .await
            .map_err(|e| ddl_error(&format!("cannot create database {name}"), admin_url, e))?;
        for (key, value) in settings {
            sqlx::query(&format!("ALTER DATABASE \"{name}\" SET {key} = '{value}'"))
                .execute(&mut admin)
                .await
                .map_err(|e| ddl_error(&format!("cannot set {key} on database {name}"), admin_url, e))?;
        }
        admin.close().await.ok();
        Ok(Self {
            admin_url: admin_url.to_owned(),
            name: name.to_owned(),
            url: with_database(admin_url, name),
            dropped: false,
        })
    }

    /// The database's URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Drops the database now, saying why it could not.
    pub async fn remove(mut self) -> StoreResult<()> {
        self.dropped = true;
        drop_database(&self.admin_url, &self.name).await
    }
}

async fn drop_database(admin_url: &str, name: &str) -> StoreResult<()> {
    let mut admin = sqlx::PgConnection::connect(admin_url)
        .await
        .map_err(|e| ddl_error("cannot reconnect to drop a scratch database", admin_url, e))?;
    // FORCE ends the store's pooled connections, which outlive its handle for a moment.
    sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
        .execute(&mut admin)
        .await
        .map_err(|e| ddl_error(&format!("cannot drop database {name}: drop it by hand"), admin_url, e))?;
    admin.close().await.ok();
    Ok(())
}

/// A database not removed explicitly is dropped here, on a runtime of its own: a drop runs
/// outside any runtime the caller may be shutting down.
impl Drop for ScratchDb {
    fn drop(&mut self) {
        if self.dropped {
            return;
        }
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        let _ = std::thread::spawn(move || {
            if let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() {
                let _ = rt.block_on(drop_database(&admin_url, &name));
            }
        })
        .join();
    }
}

/// The same server URL naming another database; the query string is kept.
fn with_database(url: &str, database: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let server = match base[authority_start..].find('/') {
        Some(slash) => &base[..authority_start + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{server}/{database}?{q}"),
        None => format!("{server}/{database}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_names_are_swapped_keeping_the_server_and_options() {
        assert_eq!(
            with_database("postgres://u@h:5432/postgres", "b"),
            "postgres://u@h:5432/b"
        );
        assert_eq!(with_database("postgres://u@h:5432", "b"), "postgres://u@h:5432/b");
        assert_eq!(
            with_database("postgres://u@h/db?sslmode=disable", "b"),
            "postgres://u@h/b?sslmode=disable"
        );
    }
}
