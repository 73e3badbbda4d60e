-- folio's PostgreSQL schema: the one source of truth. The PostgreSQL store applies this file
-- as it is (every statement is idempotent); the SQLite schema in crates/store/sql/sqlite.sql
-- mirrors it table for table and column for column, and a test keeps the two in step.

CREATE TABLE IF NOT EXISTS jobs (
    id          BIGSERIAL PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    -- {"kind": <the kind's own config>, "settings": <RunSettings>}
    config      JSONB NOT NULL DEFAULT '{}',
    -- names of the jobs this one waits for, per volume (or, for a reduce job, as a whole)
    depends_on  TEXT[] NOT NULL DEFAULT '{}',
    reduce      BOOLEAN NOT NULL DEFAULT FALSE,
    queue_url   TEXT,
    dlq_url     TEXT,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'archived')),
    created_at  TIMESTAMPTZ NOT NULL
);

-- One version of one volume; a new etag is a new row, and so new work.
CREATE TABLE IF NOT EXISTS volumes (
    id          BIGSERIAL PRIMARY KEY,
    w_id        TEXT NOT NULL,
    i_id        TEXT NOT NULL,
    etag        TEXT NOT NULL,
    nb_images   BIGINT NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (w_id, i_id, etag)
);

CREATE TABLE IF NOT EXISTS tasks (
    id                BIGSERIAL PRIMARY KEY,
    job_id            BIGINT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    -- NULL for a job-level reduce task
    volume_id         BIGINT REFERENCES volumes (id),
    status            TEXT NOT NULL
                      CHECK (status IN ('pending', 'queued', 'running', 'succeeded', 'failed', 'dead')),
    -- attempts started so far; the running (or winning) attempt's number
    attempt           INTEGER NOT NULL DEFAULT 0,
    max_attempts      INTEGER NOT NULL,
    lease_owner       TEXT,
    lease_expires_at  TIMESTAMPTZ,
    heartbeat_at      TIMESTAMPTZ,
    enqueued_at       TIMESTAMPTZ NOT NULL,
    -- NULL while the queue send is owed (the outbox)
    sent_at           TIMESTAMPTZ,
    started_at        TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ,
    error_kind        TEXT CHECK (error_kind IN ('retryable', 'terminal')),
    error             TEXT,
    metrics           JSONB,
    -- not claimable before this (a retry's backoff, a hand-back's delay)
    not_before        TIMESTAMPTZ,
    -- hand-backs so far (exit 4, a drain): they do not count as attempts, so they have a budget
    handbacks         INTEGER NOT NULL DEFAULT 0,
    -- the outbox: a flusher's claim on the owed send, or the pause after a failed send
    send_after        TIMESTAMPTZ,
    send_error        TEXT,
    -- a reduce task: what its last attempt read (folio_core::dag::inputs_digest)
    inputs_digest     TEXT,
    UNIQUE (job_id, volume_id),
    CHECK (status <> 'running' OR lease_owner IS NOT NULL)
);

-- Columns added since the first release, for databases created before them. Every process
-- applies this file at start, so the ALTER (which locks the whole table, even when the column
-- exists) runs only where a column is missing.
DO $$
DECLARE
    added CONSTANT TEXT[][] := ARRAY[
        ['not_before', 'TIMESTAMPTZ'],
        ['handbacks', 'INTEGER NOT NULL DEFAULT 0'],
        ['send_after', 'TIMESTAMPTZ'],
        ['send_error', 'TEXT'],
        ['inputs_digest', 'TEXT']];
BEGIN
    FOR i IN 1 .. array_length(added, 1) LOOP
        IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                       WHERE table_schema = current_schema() AND table_name = 'tasks'
                         AND column_name = added[i][1]) THEN
            EXECUTE format('ALTER TABLE tasks ADD COLUMN %I %s', added[i][1], added[i][2]);
        END IF;
    END LOOP;
END $$;

-- One reduce task per job (run again as new attempts when its inputs change).
CREATE UNIQUE INDEX IF NOT EXISTS tasks_one_reduce ON tasks (job_id) WHERE volume_id IS NULL;
-- A claim reads one job's oldest claimable task straight off this index, whatever the table's size.
CREATE INDEX IF NOT EXISTS tasks_claimable ON tasks (job_id, id) WHERE status IN ('queued', 'failed');
CREATE INDEX IF NOT EXISTS tasks_running_heartbeat ON tasks (heartbeat_at) WHERE status = 'running';
CREATE INDEX IF NOT EXISTS tasks_owed_sends ON tasks (id) WHERE sent_at IS NULL;
CREATE INDEX IF NOT EXISTS tasks_job_status ON tasks (job_id, status);
CREATE INDEX IF NOT EXISTS tasks_volume ON tasks (volume_id);

-- Every failure, with its kind, message, worker and attempt.
CREATE TABLE IF NOT EXISTS task_errors (
    id          BIGSERIAL PRIMARY KEY,
    task_id     BIGINT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    attempt     INTEGER NOT NULL,
    worker      TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('retryable', 'terminal')),
    message     TEXT NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS task_errors_task ON task_errors (task_id);

CREATE TABLE IF NOT EXISTS workers (
    id            TEXT PRIMARY KEY,
    job_id        BIGINT REFERENCES jobs (id) ON DELETE SET NULL,
    launch_ref    TEXT,
    host          TEXT NOT NULL,
    started_at    TIMESTAMPTZ NOT NULL,
    heartbeat_at  TIMESTAMPTZ NOT NULL,
    state         TEXT NOT NULL
                  CHECK (state IN ('launched', 'starting', 'idle', 'busy', 'retrying', 'drained', 'idle-exit', 'failed')),
    tasks_done    BIGINT NOT NULL DEFAULT 0,
    last_error    TEXT
);

-- The CHECK on workers.state, for databases created before it (NOT VALID: old rows are not
-- re-read; every write from now on is checked).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'workers_state_check'
                   AND conrelid = 'workers'::regclass) THEN
        ALTER TABLE workers ADD CONSTRAINT workers_state_check
            CHECK (state IN ('launched', 'starting', 'idle', 'busy', 'retrying', 'drained', 'idle-exit', 'failed')) NOT VALID;
    END IF;
END $$;

-- The digest of each version of this file applied to the database. A process that finds its
-- version recorded applies nothing: even CREATE INDEX IF NOT EXISTS locks its table, and a
-- worker starting while another holds a write open would queue every writer behind it.
CREATE TABLE IF NOT EXISTS schema_applied (
    digest      TEXT PRIMARY KEY,
    applied_at  TIMESTAMPTZ NOT NULL
);
