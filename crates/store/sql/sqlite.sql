-- The embedded profile's schema: schema.sql (PostgreSQL) translated to SQLite. Timestamps are
-- INTEGER milliseconds since the Unix epoch, JSON and text arrays are TEXT holding JSON.
-- tests/schema_parity.rs checks that both schemas have the same tables and columns.

CREATE TABLE IF NOT EXISTS jobs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    config      TEXT NOT NULL DEFAULT '{}',
    depends_on  TEXT NOT NULL DEFAULT '[]',
    reduce      INTEGER NOT NULL DEFAULT 0,
    queue_url   TEXT,
    dlq_url     TEXT,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'archived')),
    created_at  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS volumes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    w_id        TEXT NOT NULL,
    i_id        TEXT NOT NULL,
    etag        TEXT NOT NULL,
    nb_images   INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    UNIQUE (w_id, i_id, etag)
);

CREATE TABLE IF NOT EXISTS tasks (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id            INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    volume_id         INTEGER REFERENCES volumes (id),
    status            TEXT NOT NULL
                      CHECK (status IN ('pending', 'queued', 'running', 'succeeded', 'failed', 'dead')),
    attempt           INTEGER NOT NULL DEFAULT 0,
    max_attempts      INTEGER NOT NULL,
    lease_owner       TEXT,
    lease_expires_at  INTEGER,
    heartbeat_at      INTEGER,
    enqueued_at       INTEGER NOT NULL,
    sent_at           INTEGER,
    started_at        INTEGER,
    finished_at       INTEGER,
    error_kind        TEXT CHECK (error_kind IN ('retryable', 'terminal')),
    error             TEXT,
    metrics           TEXT,
    not_before        INTEGER,
    handbacks         INTEGER NOT NULL DEFAULT 0,
    send_after        INTEGER,
    send_error        TEXT,
    inputs_digest     TEXT,
    UNIQUE (job_id, volume_id),
    CHECK (status <> 'running' OR lease_owner IS NOT NULL)
);

CREATE UNIQUE INDEX IF NOT EXISTS tasks_one_reduce ON tasks (job_id) WHERE volume_id IS NULL;
CREATE INDEX IF NOT EXISTS tasks_claimable ON tasks (job_id, id) WHERE status IN ('queued', 'failed');
CREATE INDEX IF NOT EXISTS tasks_running_heartbeat ON tasks (heartbeat_at) WHERE status = 'running';
CREATE INDEX IF NOT EXISTS tasks_owed_sends ON tasks (id) WHERE sent_at IS NULL;
CREATE INDEX IF NOT EXISTS tasks_job_status ON tasks (job_id, status);
CREATE INDEX IF NOT EXISTS tasks_volume ON tasks (volume_id);

CREATE TABLE IF NOT EXISTS task_errors (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id     INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    attempt     INTEGER NOT NULL,
    worker      TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('retryable', 'terminal')),
    message     TEXT NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS task_errors_task ON task_errors (task_id);

CREATE TABLE IF NOT EXISTS workers (
    id            TEXT PRIMARY KEY,
    job_id        INTEGER REFERENCES jobs (id) ON DELETE SET NULL,
    launch_ref    TEXT,
    host          TEXT NOT NULL,
    started_at    INTEGER NOT NULL,
    heartbeat_at  INTEGER NOT NULL,
    state         TEXT NOT NULL
                  CHECK (state IN ('launched', 'starting', 'idle', 'busy', 'retrying', 'drained', 'idle-exit', 'failed')),
    tasks_done    INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT
);

-- Mirrors schema.sql's record of applied versions (SQLite applies its schema in a single
-- writer's transaction, so it needs no such guard, but the tables stay the same).
CREATE TABLE IF NOT EXISTS schema_applied (
    digest      TEXT PRIMARY KEY,
    applied_at  INTEGER NOT NULL
);
