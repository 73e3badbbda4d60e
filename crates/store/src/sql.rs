//! Every fixed statement the two adapters run, by name, with its PostgreSQL and its SQLite text
//! side by side (River's way: one set of named queries per dialect, the same names in both).
//! The entries follow the ports (JobCatalogue, TaskIntake, TaskLeases, TaskSettlement, Outbox,
//! TaskReports, WorkerRegistry), then the adapters' own helpers, so that the two texts of a
//! state change are read together. Fragments that several statements share are joined at
//! compile time.
//!
//! A text written once serves both dialects: sqlx binds SQLite's `$N` by its number, as it
//! binds `?N`. SQLite's own texts keep `?N`. On PostgreSQL a stamp parameter may be NULL, and
//! the server's `now()` stands in (see `Clock::stamp`); on SQLite a time is milliseconds since
//! the epoch. Lists travel as one parameter: an array on PostgreSQL, a JSON text on SQLite, so
//! no statement builds an IN-list or a filter at run time.
//!
//! A few statements have no twin: PostgreSQL's row and table locks, session settings and
//! migration bookkeeping, SQLite's `BEGIN IMMEDIATE` and the second reads its claims and owed
//! sends need (its `UPDATE … RETURNING` cannot join). The tests check that both dialects name
//! the same shared statements in the same order, and prepare every statement of each against a
//! freshly migrated database.
//!
//! SQL left outside this module, its text being made at run time:
//! - sqlite.rs's migration, `ALTER TABLE tasks ADD COLUMN` for each of [`ADDED_TASK_COLUMNS`]
//!   that a database made before it lacks (SQLite has no ADD COLUMN IF NOT EXISTS);
//! - scratch.rs's `CREATE DATABASE`, `ALTER DATABASE … SET` and `DROP DATABASE`, which quote a
//!   database name and settings given at run time.
//!
//! The schemas are scripts run whole, not statements: schema.sql and sql/sqlite.sql.

use const_format::concatcp;

/// PostgreSQL's schema, applied by `PgStore::migrate`.
pub(crate) const POSTGRES_SCHEMA: &str = include_str!("../../../schema.sql");
/// SQLite's schema, applied by `SqliteStore::migrate`.
pub(crate) const SQLITE_SCHEMA: &str = include_str!("../sql/sqlite.sql");

/// Task columns newer than the first SQLite schema, as schema.sql's ALTER TABLE lines add them.
pub(crate) const ADDED_TASK_COLUMNS: [(&str, &str); 5] = [
    ("not_before", "INTEGER"),
    ("handbacks", "INTEGER NOT NULL DEFAULT 0"),
    ("send_after", "INTEGER"),
    ("send_error", "TEXT"),
    ("inputs_digest", "TEXT"),
];

/// The columns a `JobLine` reads.
const JOB_COLUMNS: &str = "id, name, kind, config, depends_on, reduce, queue_url, dlq_url, status, created_at";

/// A finished task made claimable again with a clean slate (redrive, a reduce's re-run); the
/// statement sets `max_attempts` and `enqueued_at`.
const REQUEUE: &str = "status = 'queued', sent_at = NULL, send_after = NULL, send_error = NULL, \
     error = NULL, error_kind = NULL, finished_at = NULL, metrics = NULL, not_before = NULL, handbacks = 0";

/// Whether every dependency (`$3`) of the job has succeeded for volume `v.id`: a task enqueued
/// then starts queued, not pending.
const PG_READY: &str = "(SELECT count(*) FROM tasks d JOIN jobs dj ON dj.id = d.job_id \
     WHERE d.volume_id = v.id AND d.status = 'succeeded' AND dj.name = ANY($3)) = cardinality($3::text[])";

/// SQLite's [`PG_READY`], around the column that holds the volume's id.
const SQLITE_READY_OF: &str = "(SELECT count(*) FROM tasks d JOIN jobs dj ON dj.id = d.job_id \
     WHERE d.volume_id = ";
const SQLITE_READY_END: &str =
    " AND d.status = 'succeeded' AND dj.name IN (SELECT value FROM json_each(?3))) = json_array_length(?3)";

/// What each task query reads, for a `TaskLine`.
const TASK_SELECT: &str = "SELECT t.id, j.name AS job, v.w_id, v.i_id, v.etag, COALESCE(v.nb_images, 0) AS nb_images, \
     t.status, t.attempt, t.max_attempts, t.lease_owner, t.lease_expires_at, t.heartbeat_at, t.enqueued_at, \
     t.sent_at, t.started_at, t.finished_at, t.error_kind, t.error, t.metrics \
     FROM tasks t JOIN jobs j ON j.id = t.job_id LEFT JOIN volumes v ON v.id = t.volume_id";

/// What each recorded failure query reads, for an `ErrorLine`.
const ERROR_SELECT: &str = "SELECT e.id, e.task_id, j.name AS job, v.w_id, v.i_id, v.etag, e.attempt, e.worker, e.kind, e.message, e.at \
     FROM task_errors e JOIN tasks t ON t.id = e.task_id JOIN jobs j ON j.id = t.job_id LEFT JOIN volumes v ON v.id = t.volume_id";

/// What each worker query reads, for a `WorkerLine`.
const WORKER_SELECT: &str = "SELECT w.id, j.name AS job, w.launch_ref, w.host, w.started_at, w.heartbeat_at, \
     w.state, w.tasks_done, w.last_error FROM workers w LEFT JOIN jobs j ON j.id = w.job_id";

/// What every PostgreSQL claim sets: `$2` the worker, `$3` the lease in seconds, `$4` the stamp.
const PG_CLAIM_SET: &str = "status = 'running', attempt = t.attempt + 1, lease_owner = $2, \
     lease_expires_at = coalesce($4::timestamptz, now()) + make_interval(secs => $3), \
     heartbeat_at = coalesce($4::timestamptz, now()), started_at = coalesce($4::timestamptz, now()), finished_at = NULL";

/// What a PostgreSQL claim returns of the row it claimed: what a worker needs, for a `ClaimLine`.
const PG_CLAIM_RETURNING: &str = "SELECT c.id, c.attempt, c.max_attempts, j.name AS job, v.w_id, v.i_id, v.etag, COALESCE(v.nb_images, 0) AS nb_images \
     FROM claimed c JOIN jobs j ON j.id = c.job_id LEFT JOIN volumes v ON v.id = c.volume_id";

/// What every SQLite claim sets: `?2` the worker, `?3` the lease's end, `?4` now.
const SQLITE_CLAIM_SET: &str = "status = 'running', attempt = attempt + 1, lease_owner = ?2, lease_expires_at = ?3, \
     heartbeat_at = ?4, started_at = ?4, finished_at = NULL";

/// The key of PostgreSQL's job graph cache: each job's id and status.
const PG_JOBS_KEY: &str = "(SELECT coalesce(string_agg(id::text || ':' || status, ',' ORDER BY id), '') FROM jobs)";

/// A dependent released by a success: a pending task, or one that died only because an
/// upstream task of its volume died (that task has since been run again and succeeded).
const RELEASABLE: &str = "tasks.status = 'pending' OR (tasks.status = 'dead' AND tasks.error LIKE 'upstream `%')";
const RELEASE_SET: &str = "status = 'queued', max_attempts = tasks.attempt + excluded.max_attempts, \
     enqueued_at = excluded.enqueued_at, sent_at = NULL, send_after = NULL, error = NULL, error_kind = NULL, \
     finished_at = NULL";

/// Each entry, after its doc, is `NAME { postgres: TEXT, sqlite: TEXT }`, `NAME = TEXT;` (one
/// text for both dialects), or `NAME { postgres: TEXT }` / `NAME { sqlite: TEXT }` (a statement
/// only one adapter runs). They become the consts `postgres::NAME` and `sqlite::NAME`; each
/// dialect's `ALL` lists the statements both dialects have, in the order written, and `OWN` the
/// ones only it has.
macro_rules! statements {
    (@read [$($pg:tt)*] [$($lite:tt)*] [$($both:tt)*] $po:tt $lo:tt;
        $(#[$doc:meta])* $name:ident { postgres: $p:expr, sqlite: $l:expr $(,)? } $($rest:tt)*) => {
        statements!(@read [$($pg)* $(#[$doc])* pub(crate) const $name: &str = $p;]
            [$($lite)* $(#[$doc])* pub(crate) const $name: &str = $l;] [$($both)* $name] $po $lo; $($rest)*);
    };
    (@read [$($pg:tt)*] [$($lite:tt)*] [$($both:tt)*] $po:tt $lo:tt;
        $(#[$doc:meta])* $name:ident = $text:expr; $($rest:tt)*) => {
        statements!(@read [$($pg)* $(#[$doc])* pub(crate) const $name: &str = $text;]
            [$($lite)* $(#[$doc])* pub(crate) const $name: &str = $text;] [$($both)* $name] $po $lo; $($rest)*);
    };
    (@read [$($pg:tt)*] $lite:tt $both:tt [$($po:tt)*] $lo:tt;
        $(#[$doc:meta])* $name:ident { postgres: $p:expr $(,)? } $($rest:tt)*) => {
        statements!(@read [$($pg)* $(#[$doc])* pub(crate) const $name: &str = $p;] $lite $both [$($po)* $name] $lo;
            $($rest)*);
    };
    (@read $pg:tt [$($lite:tt)*] $both:tt $po:tt [$($lo:tt)*];
        $(#[$doc:meta])* $name:ident { sqlite: $l:expr $(,)? } $($rest:tt)*) => {
        statements!(@read $pg [$($lite)* $(#[$doc])* pub(crate) const $name: &str = $l;] $both $po [$($lo)* $name];
            $($rest)*);
    };
    (@read [$($pg:tt)*] [$($lite:tt)*] [$($both:ident)*] [$($po:ident)*] [$($lo:ident)*];) => {
        /// PostgreSQL's statements.
        pub(crate) mod postgres {
            use super::*;
            $($pg)*
            /// The statements both dialects have, in the order written.
            #[cfg(test)]
            pub(crate) const ALL: &[(&str, &str)] = &[$((stringify!($both), $both)),*];
            /// The statements only PostgreSQL runs.
            #[cfg(test)]
            pub(crate) const OWN: &[(&str, &str)] = &[$((stringify!($po), $po)),*];
        }
        /// SQLite's statements.
        pub(crate) mod sqlite {
            use super::*;
            $($lite)*
            /// The statements both dialects have, in the order written.
            #[cfg(test)]
            pub(crate) const ALL: &[(&str, &str)] = &[$((stringify!($both), $both)),*];
            /// The statements only SQLite runs.
            #[cfg(test)]
            pub(crate) const OWN: &[(&str, &str)] = &[$((stringify!($lo), $lo)),*];
        }
    };
    ($($entries:tt)*) => {
        statements!(@read [] [] [] [] []; $($entries)*);
    };
}

statements! {
    // JobCatalogue

    /// Takes the lock that makes concurrent creators and deleters of jobs see each other's
    /// jobs before they check the graph.
    LOCK_JOBS {
        postgres: "LOCK TABLE jobs IN SHARE ROW EXCLUSIVE MODE",
    }
    /// Creates a job, active: `$1` name, `$2` kind, `$3` config, `$4` depends_on, `$5` reduce,
    /// `$6` the stamp. Returns the job.
    CREATE_JOB {
        postgres: concatcp!(
            "INSERT INTO jobs (name, kind, config, depends_on, reduce, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, 'active', coalesce($6::timestamptz, now())) RETURNING ",
            JOB_COLUMNS
        ),
        sqlite: concatcp!(
            "INSERT INTO jobs (name, kind, config, depends_on, reduce, status, created_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, 'active', ?6) RETURNING ",
            JOB_COLUMNS
        ),
    }
    /// Reads the job named `$1`.
    JOB_BY_NAME = concatcp!("SELECT ", JOB_COLUMNS, " FROM jobs WHERE name = $1");
    /// Reads every job, oldest first.
    ALL_JOBS = concatcp!("SELECT ", JOB_COLUMNS, " FROM jobs ORDER BY id");
    /// Sets job `$1`'s status to `$2`.
    SET_JOB_STATUS = "UPDATE jobs SET status = $2 WHERE name = $1";
    /// Records job `$1`'s queue (`$2`) and dead-letter queue (`$3`).
    SET_JOB_QUEUES = "UPDATE jobs SET queue_url = $2, dlq_url = $3 WHERE name = $1";
    /// The names of the jobs that depend on job `$1`.
    JOB_DEPENDENTS {
        postgres: "SELECT name FROM jobs WHERE $1 = ANY(depends_on) ORDER BY name",
        sqlite: "SELECT name FROM jobs WHERE EXISTS (SELECT 1 FROM json_each(jobs.depends_on) WHERE value = ?1) ORDER BY name",
    }
    /// Deletes job `$1` (its tasks go with it).
    DELETE_JOB = "DELETE FROM jobs WHERE name = $1";

    // TaskIntake

    /// Records each volume version once, its page count (`nb_images`) the latest given: `$1`
    /// to `$4` the columns on PostgreSQL, `?1` a JSON list of `[w_id, i_id, etag, nb_images]`
    /// on SQLite; then the stamp. Returns the volumes' ids.
    UPSERT_VOLUMES {
        postgres: "INSERT INTO volumes (w_id, i_id, etag, nb_images, created_at) \
             SELECT w, i, e, n, coalesce($5::timestamptz, now()) FROM UNNEST($1::text[], $2::text[], $3::text[], $4::bigint[]) AS u(w, i, e, n) \
             ON CONFLICT (w_id, i_id, etag) DO UPDATE SET nb_images = EXCLUDED.nb_images \
             RETURNING id, w_id, i_id, etag",
        sqlite: "INSERT INTO volumes (w_id, i_id, etag, nb_images, created_at) \
             SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'), ?2 \
             FROM json_each(?1) WHERE true \
             ON CONFLICT (w_id, i_id, etag) DO UPDATE SET nb_images = excluded.nb_images \
             RETURNING id, w_id, i_id, etag",
    }
    /// Creates job `$1`'s task for each volume of `$2` that has none, queued when every
    /// dependency (`$3`) has succeeded for the volume and pending otherwise, with `$4`
    /// attempts, stamped `$5`. Returns the new tasks, in the volumes' order.
    CREATE_TASKS {
        postgres: concatcp!(
            "INSERT INTO tasks (job_id, volume_id, status, max_attempts, enqueued_at) \
             SELECT $1, v.id, CASE WHEN ", PG_READY, " THEN 'queued' ELSE 'pending' END, $4, coalesce($5::timestamptz, now()) \
             FROM UNNEST($2::bigint[]) WITH ORDINALITY AS v(id, ord) ORDER BY v.ord \
             ON CONFLICT (job_id, volume_id) DO NOTHING RETURNING id"
        ),
        sqlite: concatcp!(
            "INSERT INTO tasks (job_id, volume_id, status, max_attempts, enqueued_at) \
             SELECT ?1, v.value, CASE WHEN ", SQLITE_READY_OF, "v.value", SQLITE_READY_END,
            " THEN 'queued' ELSE 'pending' END, ?4, ?5 \
             FROM json_each(?2) v WHERE true ORDER BY v.key \
             ON CONFLICT (job_id, volume_id) DO NOTHING RETURNING id"
        ),
    }
    /// A forced enqueue: job `$1`'s finished tasks of volumes `$2`, except those just created
    /// (`$6`), start again as [`CREATE_TASKS`] would start them. Returns them.
    FORCE_TASKS {
        postgres: concatcp!(
            "UPDATE tasks t SET status = CASE WHEN ", PG_READY, " THEN 'queued' ELSE 'pending' END, \
               max_attempts = t.attempt + $4, sent_at = NULL, send_after = NULL, send_error = NULL, error = NULL, \
               error_kind = NULL, finished_at = NULL, metrics = NULL, not_before = NULL, handbacks = 0, \
               enqueued_at = coalesce($5::timestamptz, now()) \
             FROM (SELECT id FROM UNNEST($2::bigint[]) AS u(id)) v \
             WHERE t.job_id = $1 AND t.volume_id = v.id AND t.status IN ('succeeded', 'dead') \
               AND t.id <> ALL($6::bigint[]) RETURNING t.id"
        ),
        sqlite: concatcp!(
            "UPDATE tasks SET status = CASE WHEN ", SQLITE_READY_OF, "tasks.volume_id", SQLITE_READY_END,
            " THEN 'queued' ELSE 'pending' END, \
               max_attempts = attempt + ?4, sent_at = NULL, send_after = NULL, send_error = NULL, error = NULL, \
               error_kind = NULL, finished_at = NULL, metrics = NULL, not_before = NULL, handbacks = 0, enqueued_at = ?5 \
             WHERE job_id = ?1 AND volume_id IN (SELECT value FROM json_each(?2)) AND status IN ('succeeded', 'dead') \
               AND id NOT IN (SELECT value FROM json_each(?6)) RETURNING id"
        ),
    }
    /// Ends dead, with the reason, job `$1`'s pending tasks of volumes `$2` that an upstream job
    /// (`$3`) has a dead task for: they could never run. Stamped `$4`. PostgreSQL records their
    /// errors in the same statement; SQLite returns them for [`RECORD_ERROR`].
    END_UNDER_DEAD {
        postgres: "WITH dead AS ( \
               UPDATE tasks t SET status = 'dead', error_kind = 'terminal', \
                 error = 'upstream `' || dj.name || '` of this volume is dead: ' || coalesce(d.error, ''), \
                 finished_at = coalesce($4::timestamptz, now()), sent_at = NULL \
               FROM tasks d JOIN jobs dj ON dj.id = d.job_id \
               WHERE t.job_id = $1 AND t.volume_id = ANY($2) AND t.status = 'pending' \
                 AND d.volume_id = t.volume_id AND d.job_id = ANY($3) AND d.status = 'dead' \
               RETURNING t.id, t.attempt, t.error) \
             INSERT INTO task_errors (task_id, attempt, worker, kind, message, at) \
             SELECT id, attempt, NULL, 'terminal', error, coalesce($4::timestamptz, now()) FROM dead",
        sqlite: "UPDATE tasks SET status = 'dead', error_kind = 'terminal', finished_at = ?4, sent_at = NULL, \
               error = (SELECT 'upstream `' || dj.name || '` of this volume is dead: ' || coalesce(d.error, '') \
                        FROM tasks d JOIN jobs dj ON dj.id = d.job_id \
                        WHERE d.volume_id = tasks.volume_id AND d.job_id IN (SELECT value FROM json_each(?3)) \
                          AND d.status = 'dead' LIMIT 1) \
             WHERE job_id = ?1 AND volume_id IN (SELECT value FROM json_each(?2)) AND status = 'pending' \
               AND EXISTS (SELECT 1 FROM tasks d WHERE d.volume_id = tasks.volume_id \
                           AND d.job_id IN (SELECT value FROM json_each(?3)) AND d.status = 'dead') \
             RETURNING id, attempt, error",
    }
    /// Locks job `$1`'s row, so that concurrent enqueues of a capped job count one after the
    /// other (SQLite's write transaction already serialises them).
    LOCK_JOB {
        postgres: "SELECT id FROM jobs WHERE id = $1 FOR NO KEY UPDATE",
    }
    /// How many of job `$1`'s tasks wait to run: the count `max_queued` caps.
    COUNT_WAITING = "SELECT count(*) FROM tasks WHERE job_id = $1 AND status IN ('pending', 'queued', 'failed')";
    /// Requeues job `$1`'s dead tasks, or the dead or succeeded ones among `$2` when given, with
    /// `$3` more attempts, stamped `$4`. Returns them.
    REDRIVE {
        postgres: concatcp!(
            "UPDATE tasks SET ", REQUEUE, ", max_attempts = attempt + $3, enqueued_at = coalesce($4::timestamptz, now()) \
                 WHERE job_id = $1 AND ((status = 'dead' AND $2::bigint[] IS NULL) \
                   OR (status IN ('dead', 'succeeded') AND id = ANY($2))) RETURNING id"
        ),
        sqlite: concatcp!(
            "UPDATE tasks SET ", REQUEUE, ", max_attempts = attempt + ?3, enqueued_at = ?4 \
                 WHERE job_id = ?1 AND ((status = 'dead' AND ?2 IS NULL) \
                   OR (status IN ('dead', 'succeeded') AND id IN (SELECT value FROM json_each(?2)))) RETURNING id"
        ),
    }

    // TaskLeases

    /// Claims the next claimable task, of the jobs named in `$1` when given: downstream jobs
    /// first (the newest job ids), within a job the oldest task whose backoff has passed. The
    /// task runs for worker `$2`, its lease `$3` (seconds on PostgreSQL, its end on SQLite),
    /// stamped `$4`. PostgreSQL returns what the worker needs; SQLite returns the row, and
    /// `sqlite::CLAIMED` completes it.
    CLAIM_NEXT {
        postgres: concatcp!(
            "WITH next AS ( \
                SELECT n.id FROM jobs j CROSS JOIN LATERAL ( \
                  SELECT id FROM tasks WHERE job_id = j.id AND status IN ('queued', 'failed') \
                    AND (not_before IS NULL OR not_before <= coalesce($4::timestamptz, now())) \
                  ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) n \
                WHERE j.status = 'active' AND ($1::text[] IS NULL OR j.name = ANY($1)) \
                ORDER BY j.id DESC LIMIT 1 \
             ), claimed AS ( \
                UPDATE tasks t SET ", PG_CLAIM_SET, " \
                FROM next WHERE t.id = next.id \
                RETURNING t.id, t.attempt, t.max_attempts, t.job_id, t.volume_id \
             ) ", PG_CLAIM_RETURNING
        ),
        sqlite: concatcp!(
            "UPDATE tasks SET ", SQLITE_CLAIM_SET, " \
             WHERE id = (SELECT n.id FROM jobs j JOIN tasks n ON n.id = ( \
                           SELECT t.id FROM tasks t WHERE t.job_id = j.id AND t.status IN ('queued', 'failed') \
                             AND (t.not_before IS NULL OR t.not_before <= ?4) ORDER BY t.id LIMIT 1) \
                         WHERE j.status = 'active' AND (?1 IS NULL OR j.name IN (SELECT value FROM json_each(?1))) \
                         ORDER BY j.id DESC LIMIT 1) \
             RETURNING id, attempt, max_attempts, job_id, volume_id"
        ),
    }
    /// Claims task `$1` if it is claimable and its job active, as [`CLAIM_NEXT`] claims.
    CLAIM_TASK {
        postgres: concatcp!(
            "WITH claimed AS ( \
                UPDATE tasks t SET ", PG_CLAIM_SET, " \
                WHERE t.id = $1 AND t.status IN ('queued', 'failed') \
                  AND (t.not_before IS NULL OR t.not_before <= coalesce($4::timestamptz, now())) \
                  AND EXISTS (SELECT 1 FROM jobs j WHERE j.id = t.job_id AND j.status = 'active') \
                RETURNING t.id, t.attempt, t.max_attempts, t.job_id, t.volume_id \
             ) ", PG_CLAIM_RETURNING
        ),
        sqlite: concatcp!(
            "UPDATE tasks SET ", SQLITE_CLAIM_SET, " \
             WHERE id = ?1 AND status IN ('queued', 'failed') AND (not_before IS NULL OR not_before <= ?4) \
               AND EXISTS (SELECT 1 FROM jobs j WHERE j.id = tasks.job_id AND j.status = 'active') \
             RETURNING id, attempt, max_attempts, job_id, volume_id"
        ),
    }
    /// What a claim tells the worker beyond the row it claimed: job `?1`'s name, volume `?2`.
    CLAIMED {
        sqlite: "SELECT j.name AS job, v.w_id, v.i_id, v.etag, COALESCE(v.nb_images, 0) AS nb_images \
             FROM jobs j LEFT JOIN volumes v ON v.id = ?2 WHERE j.id = ?1",
    }
    /// Task `?1`'s status, when a claim of it found it not claimable.
    TASK_STATUS {
        sqlite: "SELECT status FROM tasks WHERE id = ?1",
    }
    /// Extends the lease of task `$1`, attempt `$2`, held by worker `$3`: stamped `$4`, the
    /// lease `$5` (seconds on PostgreSQL, its end on SQLite).
    HEARTBEAT {
        postgres: "UPDATE tasks SET heartbeat_at = coalesce($4::timestamptz, now()), \
               lease_expires_at = coalesce($4::timestamptz, now()) + make_interval(secs => $5) \
             WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'running'",
        sqlite: "UPDATE tasks SET heartbeat_at = ?4, lease_expires_at = ?5 \
             WHERE id = ?1 AND attempt = ?2 AND lease_owner = ?3 AND status = 'running'",
    }
    /// Whether task `$1`'s attempt `$2` under worker `$3` has succeeded already (its success
    /// accepted from its event): a heartbeat that matched nothing has then not lost its lease.
    SUCCEEDED_UNDER_LEASE =
        "SELECT EXISTS (SELECT 1 FROM tasks WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'succeeded')";
    /// The one success transition: task `$1`'s attempt `$2` succeeds, fenced, when worker `$3`
    /// reports it, on its lease (NULL for a success accepted from its event), stamped `$4`,
    /// with metrics `$5`. PostgreSQL's then locks the volume's row and returns the task's job
    /// and volume and the job graph's key.
    SUCCEED {
        postgres: concatcp!(
            "WITH done AS ( \
                UPDATE tasks SET status = 'succeeded', finished_at = coalesce($4::timestamptz, now()), metrics = $5, \
                  lease_expires_at = NULL, error = NULL, error_kind = NULL, not_before = NULL \
                WHERE id = $1 AND attempt = $2 \
                  AND (($3::text IS NULL AND status IN ('running', 'failed')) OR (status = 'running' AND lease_owner = $3)) \
                RETURNING job_id, volume_id \
             ), locked AS ( \
                SELECT v.id FROM volumes v JOIN done ON v.id = done.volume_id FOR NO KEY UPDATE OF v \
             ) \
             SELECT done.job_id, done.volume_id, (SELECT count(*) FROM locked), ", PG_JOBS_KEY, " FROM done"
        ),
        sqlite: "UPDATE tasks SET status = 'succeeded', finished_at = ?4, metrics = ?5, \
               lease_expires_at = NULL, error = NULL, error_kind = NULL, not_before = NULL \
             WHERE id = ?1 AND attempt = ?2 \
               AND ((?3 IS NULL AND status IN ('running', 'failed')) OR (status = 'running' AND lease_owner = ?3))",
    }
    /// Task `$1`'s status, attempt and lease owner, when a success matched nothing: a duplicate
    /// or a stale one.
    TASK_LEASE = "SELECT status, attempt, lease_owner FROM tasks WHERE id = $1";
    /// A failure of task `$1`'s attempt `$2` under worker `$3`, of kind `$4` with message `$5`,
    /// stamped `$6`: dead when terminal or out of attempts, failed otherwise and claimable again
    /// after `$7` (seconds on PostgreSQL, the time on SQLite). Returns the status and error.
    FAIL {
        postgres: "UPDATE tasks SET status = CASE WHEN $4 = 'terminal' OR attempt >= max_attempts THEN 'dead' ELSE 'failed' END, \
               error_kind = $4, error = $5, finished_at = coalesce($6::timestamptz, now()), lease_owner = NULL, \
               lease_expires_at = NULL, sent_at = NULL, send_after = NULL, \
               not_before = coalesce($6::timestamptz, now()) + make_interval(secs => $7) \
             WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'running' \
             RETURNING status, error",
        sqlite: "UPDATE tasks SET status = CASE WHEN ?4 = 'terminal' OR attempt >= max_attempts THEN 'dead' ELSE 'failed' END, \
               error_kind = ?4, error = ?5, finished_at = ?6, lease_owner = NULL, lease_expires_at = NULL, \
               sent_at = NULL, send_after = NULL, not_before = ?7 \
             WHERE id = ?1 AND attempt = ?2 AND lease_owner = ?3 AND status = 'running' \
             RETURNING status, error",
    }
    /// A hand-back of task `$1`'s attempt `$2` under worker `$3`: queued again, not counted as
    /// an attempt, claimable after `$6` (seconds on PostgreSQL, the time on SQLite); past the
    /// job's budget of hand-backs (`$4`) it ends dead instead, stamped `$5`. Returns the status
    /// and error.
    RELEASE {
        postgres: "UPDATE tasks SET status = CASE WHEN handbacks >= $4 THEN 'dead' ELSE 'queued' END, \
               error_kind = CASE WHEN handbacks >= $4 THEN 'terminal' ELSE error_kind END, \
               error = CASE WHEN handbacks >= $4 THEN 'handed back ' || (handbacks + 1) || ' times, more than the \
                 job''s max_handbacks (' || $4 || '): it never ran to an end' ELSE error END, \
               finished_at = CASE WHEN handbacks >= $4 THEN coalesce($5::timestamptz, now()) ELSE finished_at END, \
               handbacks = handbacks + 1, max_attempts = max_attempts + 1, lease_owner = NULL, \
               lease_expires_at = NULL, sent_at = NULL, send_after = NULL, \
               not_before = coalesce($5::timestamptz, now()) + make_interval(secs => $6) \
             WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'running' \
             RETURNING status, error",
        sqlite: "UPDATE tasks SET status = CASE WHEN handbacks >= ?4 THEN 'dead' ELSE 'queued' END, \
               error_kind = CASE WHEN handbacks >= ?4 THEN 'terminal' ELSE error_kind END, \
               error = CASE WHEN handbacks >= ?4 THEN 'handed back ' || (handbacks + 1) || ' times, more than the \
                 job''s max_handbacks (' || ?4 || '): it never ran to an end' ELSE error END, \
               finished_at = CASE WHEN handbacks >= ?4 THEN ?5 ELSE finished_at END, \
               handbacks = handbacks + 1, max_attempts = max_attempts + 1, lease_owner = NULL, \
               lease_expires_at = NULL, sent_at = NULL, send_after = NULL, not_before = ?6 \
             WHERE id = ?1 AND attempt = ?2 AND lease_owner = ?3 AND status = 'running' \
             RETURNING status, error",
    }
    /// Task `$1`'s job's dependencies, whether the job is a reduce, and the task's volume.
    UPSTREAM_OF = "SELECT j.depends_on, j.reduce, t.volume_id FROM tasks t JOIN jobs j ON j.id = t.job_id WHERE t.id = $1";
    /// The succeeded tasks of jobs `$1`: all of them for a reduce (`$2`), else those of volume
    /// `$3`.
    UPSTREAM_OUTPUTS {
        postgres: "SELECT t.id, j.name AS job, v.w_id, v.i_id, v.etag, t.attempt FROM tasks t JOIN jobs j ON j.id = t.job_id \
             LEFT JOIN volumes v ON v.id = t.volume_id \
             WHERE j.name = ANY($1) AND t.status = 'succeeded' AND ($2 OR t.volume_id = $3) \
             ORDER BY j.name, v.w_id, v.i_id, v.etag",
        sqlite: "SELECT t.id, j.name AS job, v.w_id, v.i_id, v.etag, t.attempt FROM tasks t JOIN jobs j ON j.id = t.job_id \
             LEFT JOIN volumes v ON v.id = t.volume_id \
             WHERE j.name IN (SELECT value FROM json_each(?1)) AND t.status = 'succeeded' AND (?2 OR t.volume_id = ?3) \
             ORDER BY j.name, v.w_id, v.i_id, v.etag",
    }
    /// Records the digest (`$4`) of the inputs a reduce's running attempt read (task `$1`,
    /// attempt `$2`, worker `$3`).
    RECORD_INPUTS =
        "UPDATE tasks SET inputs_digest = $4 WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'running'";

    // TaskSettlement

    /// The running tasks whose heartbeat is older than the stale age: on PostgreSQL `$2`
    /// seconds before `$1`, on SQLite before `?1`.
    STALE_LEASES {
        postgres: "SELECT id, attempt, lease_owner FROM tasks \
             WHERE status = 'running' AND heartbeat_at < coalesce($1::timestamptz, now()) - make_interval(secs => $2) \
             ORDER BY id",
        sqlite: "SELECT id, attempt, lease_owner FROM tasks WHERE status = 'running' AND heartbeat_at < ?1 ORDER BY id",
    }
    /// Fails task `$1`'s attempt `$2` under worker `$3` as retryable, its lease expired, stamped
    /// `$4`, if its heartbeat is still stale (`$5`: PostgreSQL's age in seconds, SQLite's
    /// cut-off), so that a worker that came back wins. Returns the status and error.
    EXPIRE_LEASE {
        postgres: "UPDATE tasks SET status = CASE WHEN attempt >= max_attempts THEN 'dead' ELSE 'failed' END, \
               error_kind = 'retryable', error = 'lease expired: worker ' || lease_owner || ' stopped heartbeating', \
               finished_at = coalesce($4::timestamptz, now()), lease_owner = NULL, lease_expires_at = NULL, \
               sent_at = NULL, send_after = NULL, not_before = NULL \
             WHERE id = $1 AND attempt = $2 AND lease_owner = $3 AND status = 'running' \
               AND heartbeat_at < coalesce($4::timestamptz, now()) - make_interval(secs => $5) \
             RETURNING status, error",
        sqlite: "UPDATE tasks SET status = CASE WHEN attempt >= max_attempts THEN 'dead' ELSE 'failed' END, \
               error_kind = 'retryable', error = 'lease expired: worker ' || lease_owner || ' stopped heartbeating', \
               finished_at = ?4, lease_owner = NULL, lease_expires_at = NULL, sent_at = NULL, send_after = NULL, \
               not_before = NULL \
             WHERE id = ?1 AND attempt = ?2 AND lease_owner = ?3 AND status = 'running' AND heartbeat_at < ?5 \
             RETURNING status, error",
    }

    // Outbox

    /// Claims up to `$1` owed sends, at most `$2` per job, whose retry time has passed at `$3`,
    /// holding them until `$4` (seconds after on PostgreSQL, the time on SQLite). PostgreSQL
    /// returns the messages; SQLite returns the ids and delays, and `sqlite::OWED_MESSAGES` the rest.
    OWED_SENDS {
        postgres: "WITH owed AS ( \
                SELECT id, job_id FROM tasks \
                WHERE sent_at IS NULL AND status IN ('queued', 'failed') \
                  AND (send_after IS NULL OR send_after <= coalesce($3::timestamptz, now())) \
                ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED \
             ), ranked AS ( \
                SELECT id, row_number() OVER (PARTITION BY job_id ORDER BY id) AS n FROM owed \
             ), claimed AS ( \
                UPDATE tasks t SET send_after = coalesce($3::timestamptz, now()) + make_interval(secs => $4) \
                FROM ranked r WHERE t.id = r.id AND r.n <= $2 \
                RETURNING t.id, t.job_id, t.volume_id, t.attempt, t.not_before \
             ) \
             SELECT c.id, j.name AS job, v.w_id, v.i_id, v.etag, c.attempt, \
               GREATEST(0, EXTRACT(EPOCH FROM (c.not_before - coalesce($3::timestamptz, now()))) * 1000)::bigint AS delay_ms \
             FROM claimed c JOIN jobs j ON j.id = c.job_id LEFT JOIN volumes v ON v.id = c.volume_id ORDER BY c.id",
        sqlite: "WITH owed AS ( \
                SELECT id, job_id FROM tasks WHERE sent_at IS NULL AND status IN ('queued', 'failed') \
                  AND (send_after IS NULL OR send_after <= ?3) ORDER BY id LIMIT ?1 \
             ), ranked AS ( \
                SELECT id, row_number() OVER (PARTITION BY job_id ORDER BY id) AS n FROM owed \
             ) \
             UPDATE tasks SET send_after = ?4 WHERE id IN (SELECT id FROM ranked WHERE n <= ?2) \
             RETURNING id, max(0, coalesce(not_before, 0) - ?3) AS delay_ms",
    }
    /// The messages of the owed sends claimed (`?1`, their ids).
    OWED_MESSAGES {
        sqlite: "SELECT t.id, t.attempt, j.name AS job, v.w_id, v.i_id, v.etag FROM tasks t JOIN jobs j ON j.id = t.job_id \
             LEFT JOIN volumes v ON v.id = t.volume_id WHERE t.id IN (SELECT value FROM json_each(?1)) ORDER BY t.id",
    }
    /// Records as sent the messages of (task, attempt) pairs still owed: `$1` the ids and `$2`
    /// the attempts on PostgreSQL, `?1` a JSON list of pairs on SQLite; then the stamp.
    MARK_SENT {
        postgres: "UPDATE tasks t SET sent_at = coalesce($3::timestamptz, now()), send_after = NULL, send_error = NULL \
             FROM UNNEST($1::bigint[], $2::int[]) AS m(id, attempt) \
             WHERE t.id = m.id AND t.attempt = m.attempt AND t.sent_at IS NULL AND t.status IN ('queued', 'failed')",
        sqlite: "UPDATE tasks SET sent_at = ?2, send_after = NULL, send_error = NULL \
             WHERE sent_at IS NULL AND status IN ('queued', 'failed') \
               AND EXISTS (SELECT 1 FROM json_each(?1) m WHERE json_extract(m.value, '$[0]') = tasks.id \
                           AND json_extract(m.value, '$[1]') = tasks.attempt)",
    }
    /// Records error `$2` of the sends of tasks `$1` that failed, tried again after the retry
    /// (PostgreSQL: `$4` seconds after `$3`; SQLite: at `?3`).
    SEND_FAILED {
        postgres: "UPDATE tasks SET send_error = $2, send_after = coalesce($3::timestamptz, now()) + make_interval(secs => $4) \
             WHERE id = ANY($1) AND sent_at IS NULL",
        sqlite: "UPDATE tasks SET send_error = ?2, send_after = ?3 WHERE id IN (SELECT value FROM json_each(?1)) AND sent_at IS NULL",
    }
    /// Owes again the sends of tasks `$1` that still wait to run. Returns them.
    RESEND {
        postgres: "UPDATE tasks SET sent_at = NULL, send_after = NULL WHERE id = ANY($1) AND status IN ('queued', 'failed') RETURNING id",
        sqlite: "UPDATE tasks SET sent_at = NULL, send_after = NULL \
             WHERE id IN (SELECT value FROM json_each(?1)) AND status IN ('queued', 'failed') RETURNING id",
    }

    // TaskReports

    /// Job `$1`'s tasks counted by status.
    STATUS_COUNTS = "SELECT status, count(*) FROM tasks WHERE job_id = $1 GROUP BY status";
    /// Job `$1`'s succeeded tasks: how many finished within the window (PostgreSQL: `$3`
    /// seconds before `$2`; SQLite: since `?2`), their mean run time (seconds; milliseconds on
    /// SQLite) and their pages.
    SUCCESS_STATS {
        postgres: "SELECT count(*) FILTER (WHERE t.finished_at >= coalesce($2::timestamptz, now()) - make_interval(secs => $3)), \
                    avg(EXTRACT(EPOCH FROM (t.finished_at - t.started_at)))::float8, \
                    sum(COALESCE(v.nb_images, 0))::bigint \
             FROM tasks t LEFT JOIN volumes v ON v.id = t.volume_id WHERE t.job_id = $1 AND t.status = 'succeeded'",
        sqlite: "SELECT COALESCE(sum(t.finished_at >= ?2), 0), avg(t.finished_at - t.started_at), sum(COALESCE(v.nb_images, 0)) \
             FROM tasks t LEFT JOIN volumes v ON v.id = t.volume_id WHERE t.job_id = ?1 AND t.status = 'succeeded'",
    }
    /// How many workers of job `$1` (or of any job) are live: heard from within the window
    /// (PostgreSQL: `$4` seconds before `$2`; SQLite: since `?2`) and not in a stopped state
    /// (`$3`).
    LIVE_WORKERS {
        postgres: "SELECT count(*) FROM workers WHERE heartbeat_at >= coalesce($2::timestamptz, now()) - make_interval(secs => $4) \
               AND (job_id IS NULL OR job_id = $1) AND state <> ALL($3)",
        sqlite: "SELECT count(*) FROM workers WHERE heartbeat_at >= ?2 AND (job_id IS NULL OR job_id = ?1) \
             AND state NOT IN (SELECT value FROM json_each(?3))",
    }
    /// Tasks, of job `$1` and in status `$2` when given, oldest first, at most `$3`.
    TASKS {
        postgres: concatcp!(
            TASK_SELECT,
            " WHERE ($1::text IS NULL OR j.name = $1) AND ($2::text IS NULL OR t.status = $2) ORDER BY t.id LIMIT $3"
        ),
        sqlite: concatcp!(
            TASK_SELECT,
            " WHERE (?1 IS NULL OR j.name = ?1) AND (?2 IS NULL OR t.status = ?2) ORDER BY t.id LIMIT ?3"
        ),
    }
    /// Task `$1`.
    TASK_BY_ID = concatcp!(TASK_SELECT, " WHERE t.id = $1");
    /// Recorded failures, of job `$1` and of task `$2` when given, oldest first, at most `$3`.
    ERRORS {
        postgres: concatcp!(
            ERROR_SELECT,
            " WHERE ($1::text IS NULL OR j.name = $1) AND ($2::bigint IS NULL OR e.task_id = $2) ORDER BY e.id LIMIT $3"
        ),
        sqlite: concatcp!(
            ERROR_SELECT,
            " WHERE (?1 IS NULL OR j.name = ?1) AND (?2 IS NULL OR e.task_id = ?2) ORDER BY e.id LIMIT ?3"
        ),
    }
    /// Recorded failure `$1`.
    ERROR_BY_ID = concatcp!(ERROR_SELECT, " WHERE e.id = $1");

    // WorkerRegistry

    /// Registers worker `$1` of job `$2` (or of any job), launched as `$3` on host `$4`, stamped
    /// `$5`, starting; a worker registering again starts again.
    REGISTER_WORKER {
        postgres: "INSERT INTO workers (id, job_id, launch_ref, host, started_at, heartbeat_at, state) \
             VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now()), coalesce($5::timestamptz, now()), 'starting') \
             ON CONFLICT (id) DO UPDATE SET heartbeat_at = EXCLUDED.heartbeat_at, state = 'starting'",
        sqlite: "INSERT INTO workers (id, job_id, launch_ref, host, started_at, heartbeat_at, state) VALUES (?1, ?2, ?3, ?4, ?5, ?5, 'starting') \
             ON CONFLICT (id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at, state = 'starting'",
    }
    /// Worker `$1` is heard from at `$2`: its state `$3`, tasks done `$4`, its last error `$5`
    /// when it has a new one.
    WORKER_HEARTBEAT {
        postgres: "UPDATE workers SET heartbeat_at = coalesce($2::timestamptz, now()), state = $3, tasks_done = $4, \
               last_error = COALESCE($5, last_error) WHERE id = $1",
        sqlite: "UPDATE workers SET heartbeat_at = ?2, state = ?3, tasks_done = ?4, last_error = COALESCE(?5, last_error) WHERE id = ?1",
    }
    /// The workers, oldest first; only the live ones when a window is given (PostgreSQL: `$1`
    /// seconds before `$3`; SQLite: since `?1`), not in a stopped state (`$2`).
    WORKERS {
        postgres: concatcp!(
            WORKER_SELECT,
            " WHERE ($1::float8 IS NULL OR (w.heartbeat_at >= coalesce($3::timestamptz, now()) - make_interval(secs => $1) \
               AND w.state <> ALL($2))) ORDER BY w.started_at"
        ),
        sqlite: concatcp!(
            WORKER_SELECT,
            " WHERE (?1 IS NULL OR (w.heartbeat_at >= ?1 AND w.state NOT IN (SELECT value FROM json_each(?2)))) ORDER BY w.started_at"
        ),
    }
    /// Forgets the workers not heard from within the retention (PostgreSQL: `$2` seconds before
    /// `$1`; SQLite: since `?1`).
    PRUNE_WORKERS {
        postgres: "DELETE FROM workers WHERE heartbeat_at < coalesce($1::timestamptz, now()) - make_interval(secs => $2)",
        sqlite: "DELETE FROM workers WHERE heartbeat_at < ?1",
    }

    // The adapters' own: settling a task

    /// Task `$1`'s job and volume.
    SETTLE_CONTEXT = "SELECT job_id, volume_id FROM tasks WHERE id = $1";
    /// Locks volume `$1`'s row: the settlements of one volume run one after the other (SQLite's
    /// write transaction already serialises every writer).
    LOCK_VOLUME {
        postgres: "SELECT id FROM volumes WHERE id = $1 FOR NO KEY UPDATE",
    }
    /// Locks the rows of reduce jobs `$1`, by id, the one order every writer takes them in.
    LOCK_REDUCES {
        postgres: "SELECT id FROM jobs WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE",
    }
    /// Records a failure: task `$1`, attempt `$2`, worker `$3`, kind `$4`, message `$5`,
    /// stamped `$6`.
    RECORD_ERROR {
        postgres: "INSERT INTO task_errors (task_id, attempt, worker, kind, message, at) \
                 VALUES ($1, $2, $3, $4, $5, coalesce($6::timestamptz, now()))",
        sqlite: "INSERT INTO task_errors (task_id, attempt, worker, kind, message, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    }
    /// A success of volume `$1` releases the dependents (jobs and their attempts: `$2` and `$3`
    /// on PostgreSQL, a JSON list of pairs `?2` on SQLite) whose every dependency has now
    /// succeeded for the volume, stamped at the next parameter. Returns the tasks queued.
    RELEASE_DEPENDENTS {
        postgres: concatcp!(
            "INSERT INTO tasks (job_id, volume_id, status, max_attempts, enqueued_at) \
             SELECT d.id, $1, 'queued', d.max_attempts, coalesce($4::timestamptz, now()) \
             FROM UNNEST($2::bigint[], $3::int[]) AS d(id, max_attempts) JOIN jobs j ON j.id = d.id \
             WHERE NOT EXISTS ( \
               SELECT 1 FROM unnest(j.depends_on) AS dep(name) WHERE NOT EXISTS ( \
                 SELECT 1 FROM tasks t JOIN jobs dj ON dj.id = t.job_id \
                 WHERE dj.name = dep.name AND t.volume_id = $1 AND t.status = 'succeeded')) \
             ON CONFLICT (job_id, volume_id) DO UPDATE SET ", RELEASE_SET, " \
             WHERE ", RELEASABLE, " RETURNING id"
        ),
        sqlite: concatcp!(
            "INSERT INTO tasks (job_id, volume_id, status, max_attempts, enqueued_at) \
             SELECT j.id, ?1, 'queued', json_extract(d.value, '$[1]'), ?3 \
             FROM json_each(?2) d JOIN jobs j ON j.id = json_extract(d.value, '$[0]') \
             WHERE NOT EXISTS ( \
               SELECT 1 FROM json_each(j.depends_on) dep WHERE NOT EXISTS ( \
                 SELECT 1 FROM tasks t JOIN jobs dj ON dj.id = t.job_id \
                 WHERE dj.name = dep.value AND t.volume_id = ?1 AND t.status = 'succeeded')) \
             ON CONFLICT (job_id, volume_id) DO UPDATE SET ", RELEASE_SET, " \
             WHERE ", RELEASABLE, " RETURNING id"
        ),
    }
    /// A death in volume `$1` ends the volume's pending tasks of the downstream jobs `$2`, with
    /// error `$3`, stamped `$4`. PostgreSQL records their errors in the same statement; SQLite
    /// returns them for [`RECORD_ERROR`].
    END_DOWNSTREAM {
        postgres: "WITH dead AS ( \
               UPDATE tasks SET status = 'dead', error_kind = 'terminal', error = $3, \
                 finished_at = coalesce($4::timestamptz, now()), sent_at = NULL \
               WHERE volume_id = $1 AND job_id = ANY($2) AND status = 'pending' RETURNING id, attempt) \
             INSERT INTO task_errors (task_id, attempt, worker, kind, message, at) \
             SELECT id, attempt, NULL, 'terminal', $3, coalesce($4::timestamptz, now()) FROM dead",
        sqlite: "UPDATE tasks SET status = 'dead', error_kind = 'terminal', error = ?3, finished_at = ?4, sent_at = NULL \
             WHERE volume_id = ?1 AND job_id IN (SELECT value FROM json_each(?2)) AND status = 'pending' \
             RETURNING id, attempt",
    }

    // The adapters' own: reduce checks

    /// Whether a reduce's chain is quiet: no task of jobs `$1` waits or runs, and its
    /// dependency (`$2`) has tasks.
    REDUCE_QUIET {
        postgres: "SELECT NOT EXISTS (SELECT 1 FROM tasks WHERE job_id = ANY($1) AND status IN ('pending', 'queued', 'running', 'failed')) \
                AND EXISTS (SELECT 1 FROM tasks WHERE job_id = $2)",
        sqlite: "SELECT NOT EXISTS (SELECT 1 FROM tasks WHERE job_id IN (SELECT value FROM json_each(?1)) \
                                AND status IN ('pending', 'queued', 'running', 'failed')) \
                AND EXISTS (SELECT 1 FROM tasks WHERE job_id = ?2)",
    }
    /// Reduce job `$1`'s task, its status and the digest of the inputs its last attempt read.
    REDUCE_TASK = "SELECT id, status, inputs_digest FROM tasks WHERE job_id = $1 AND volume_id IS NULL";
    /// Creates reduce job `$1`'s task, queued with `$2` attempts, stamped `$3`.
    CREATE_REDUCE {
        postgres: "INSERT INTO tasks (job_id, volume_id, status, max_attempts, enqueued_at) \
                 VALUES ($1, NULL, 'queued', $2, coalesce($3::timestamptz, now())) ON CONFLICT DO NOTHING RETURNING id",
        sqlite: "INSERT INTO tasks (job_id, volume_id, status, max_attempts, enqueued_at) \
                 VALUES (?1, NULL, 'queued', ?2, ?3) ON CONFLICT DO NOTHING RETURNING id",
    }
    /// The succeeded tasks of job `$1` and their attempts: a reduce's inputs.
    REDUCE_INPUTS = "SELECT id, attempt FROM tasks WHERE job_id = $1 AND status = 'succeeded'";
    /// Runs reduce task `$1` again with `$2` more attempts, stamped `$3`.
    RERUN_REDUCE {
        postgres: concatcp!(
            "UPDATE tasks SET ", REQUEUE, ", max_attempts = attempt + $2, enqueued_at = coalesce($3::timestamptz, now()) \
             WHERE id = $1 RETURNING id"
        ),
        sqlite: concatcp!(
            "UPDATE tasks SET ", REQUEUE, ", max_attempts = attempt + ?2, enqueued_at = ?3 WHERE id = ?1 RETURNING id"
        ),
    }

    // The adapters' own: sessions and migration

    /// Every connection's transactions run READ COMMITTED, whatever the server's default.
    READ_COMMITTED {
        postgres: "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED",
    }
    /// A transaction left idle for a minute ends, releasing its locks.
    IDLE_TIMEOUT {
        postgres: "SET idle_in_transaction_session_timeout = '60s'",
    }
    /// A transaction that reads before it writes takes SQLite's write lock up front.
    BEGIN_WRITE {
        sqlite: "BEGIN IMMEDIATE",
    }
    /// Whether the table of applied schema versions exists yet.
    SCHEMA_TABLE {
        postgres: "SELECT to_regclass('schema_applied') IS NOT NULL",
    }
    /// Whether the schema of digest `$1` is applied.
    SCHEMA_APPLIED {
        postgres: "SELECT EXISTS (SELECT 1 FROM schema_applied WHERE digest = $1)",
    }
    /// The migration's lock, so that workers starting together do not race.
    MIGRATION_LOCK {
        postgres: "SELECT pg_advisory_xact_lock(7262851093)",
    }
    /// A migration that has to wait for a lock fails (and the process starts again later)
    /// rather than queue every other statement on the table behind it.
    MIGRATION_LOCK_TIMEOUT {
        postgres: "SET LOCAL lock_timeout = '10s'",
    }
    /// Records the schema of digest `$1` as applied.
    RECORD_SCHEMA {
        postgres: "INSERT INTO schema_applied (digest, applied_at) VALUES ($1, now()) ON CONFLICT DO NOTHING",
    }
    /// The columns the tasks table has, for the columns added since the first schema.
    TASK_COLUMNS {
        sqlite: "SELECT name FROM pragma_table_info('tasks')",
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use folio_core::clock::SystemClock;

    use super::{postgres, sqlite};
    use crate::scratch::ScratchDb;
    use crate::{PgStore, SqliteStore};

    fn names(list: &[(&'static str, &str)]) -> Vec<&'static str> {
        list.iter().map(|(name, _)| *name).collect()
    }

    #[test]
    fn both_dialects_name_the_same_statements_in_the_same_order() {
        assert_eq!(names(postgres::ALL), names(sqlite::ALL));
        // A statement only one dialect runs is not the other's under the same name.
        let (pg, lite) = (
            [postgres::ALL, postgres::OWN].concat(),
            [sqlite::ALL, sqlite::OWN].concat(),
        );
        for (name, _) in postgres::OWN {
            assert!(
                !names(&lite).contains(name),
                "{name} is PostgreSQL's own, yet SQLite has it"
            );
        }
        for (name, _) in sqlite::OWN {
            assert!(
                !names(&pg).contains(name),
                "{name} is SQLite's own, yet PostgreSQL has it"
            );
        }
    }

    /// Each statement that `db` cannot prepare, by name, with the database's message.
    async fn unprepared<'e, E>(db: E, statements: &[(&'static str, &'static str)]) -> Vec<String>
    where
        E: sqlx::Executor<'e> + Copy,
    {
        let mut failed = Vec::new();
        for (name, text) in statements {
            if let Err(e) = db.prepare(text).await {
                failed.push(format!("{name}: {e}"));
            }
        }
        failed
    }

    async fn sqlite_store(dir: &tempfile::TempDir) -> SqliteStore {
        SqliteStore::connect(&crate::embedded_url(dir.path()), Arc::new(SystemClock))
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn every_sqlite_statement_prepares_on_a_migrated_database() {
        let dir = tempfile::tempdir().unwrap();
        let store = sqlite_store(&dir).await;
        let failed = unprepared(store.pool(), &[sqlite::ALL, sqlite::OWN].concat()).await;
        assert!(failed.is_empty(), "SQLite cannot prepare:\n{}", failed.join("\n"));
    }

    #[tokio::test]
    async fn every_postgres_statement_prepares_on_a_migrated_database() {
        let admin =
            std::env::var("DATABASE_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
        let name = format!("folio_sql_{}", uuid::Uuid::new_v4().simple());
        let db = ScratchDb::create(&admin, &name, &[])
            .await
            .unwrap_or_else(|e| panic!("PostgreSQL at {admin} is needed for the store tests (set DATABASE_URL): {e}"));
        let store = PgStore::connect(db.url(), Arc::new(SystemClock)).await.unwrap();
        let failed = unprepared(store.pool(), &[postgres::ALL, postgres::OWN].concat()).await;
        store.pool().close().await;
        db.remove().await.unwrap();
        assert!(failed.is_empty(), "PostgreSQL cannot prepare:\n{}", failed.join("\n"));
    }

    /// The texts written once use `$N` on SQLite too: sqlx binds them by their number, not by
    /// the order they appear in.
    #[tokio::test]
    async fn sqlite_binds_dollar_parameters_by_number() {
        let dir = tempfile::tempdir().unwrap();
        let store = sqlite_store(&dir).await;
        let row: (i64, String, i64) = sqlx::query_as("SELECT $2, $1, $2 + $3")
            .bind("one")
            .bind(2_i64)
            .bind(3_i64)
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!(row, (2, "one".to_owned(), 5));
    }
}
