//! The chaos suite's common parts: the pipeline `a → {b, c} → d → reduce` whose every step
//! records what it read, the faults that need the database (whose tasks a killed process
//! held, connections terminated), and the check of the task model's invariants once nothing
//! changes any more. `folio bench chaos` drives it with `folio worker` processes on the
//! database queue; the fleet's chaos test drives it with fleet-worker processes on SQS and S3,
//! through the on-complete and backlog handlers.
//!
//! The invariants: every task of every job succeeded exactly once (one accepted attempt, its
//! own success.json present); every join exists; the reduce ran on exactly the final set of
//! volumes; nothing is running, waiting or owed; attempts stay within `max_attempts`; and the
//! side-effect log shows that each accepted attempt read the accepted upstream attempts.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, Utc};
use folio_core::blob::{attempt_prefix, BlobStore};
use folio_core::ids::VolumeSpec;
use folio_core::job::RunSettings;
use folio_core::{JobName, JobSpec, TaskStatus, VolumeRef};
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use sqlx::PgPool;

/// The per-volume jobs, in pipeline order, with what each depends on.
pub const JOBS: [(&str, &[&str]); 4] = [("a", &[]), ("b", &["a"]), ("c", &["a"]), ("d", &["b", "c"])];
/// The reduce over `d`.
pub const REDUCE: &str = "r";

/// The step every job runs: it records what it read (the side-effect log: per upstream input,
/// its job, volume, and the `job task attempt` its out.txt holds), waits a little,
/// and on its first two attempts sometimes fails (exit 1) or hands back (exit 4), decided by
/// the seed, the task and the attempt.
pub const STEP: &str = r#"#!/bin/sh
h=$(printf '%s-%s-%s' "$CHAOS_SEED" "$FOLIO_TASK_ID" "$FOLIO_ATTEMPT" | cksum | cut -d' ' -f1)
r=$((h % 100))
log="$CHAOS_LOG/$FOLIO_TASK_ID-$FOLIO_ATTEMPT"
if [ -n "$FOLIO_UPSTREAM_LIST" ] && [ -f "$FOLIO_UPSTREAM_LIST" ]; then
    awk -F '\t' '{ line = ""; f = $5 "/out.txt"; getline line < f; close(f); print $1 "\t" $2 "\t" line }' \
        "$FOLIO_UPSTREAM_LIST" > "$log.tmp.$$"
else
    : > "$log.tmp.$$"
fi
mv "$log.tmp.$$" "$log"
sleep "0.0$((h % 8))"
if [ "$FOLIO_ATTEMPT" -le 2 ] && [ "$r" -lt 8 ]; then echo "chaos: a retryable failure" >&2; exit 1; fi
if [ "$FOLIO_ATTEMPT" -le 2 ] && [ "$r" -ge 96 ]; then echo "chaos: handing back" >&2; exit 4; fi
echo "$FOLIO_JOB $FOLIO_TASK_ID $FOLIO_ATTEMPT" > "$FOLIO_OUTPUT_DIR/out.txt"
"#;

pub fn job(name: &str) -> JobName {
    JobName::new(name).expect("the chaos jobs' names are valid")
}

/// The pipeline's job specs; each runs `step` (a file holding [`STEP`]) and logs to `log`.
pub fn jobs(step: &Path, seed: u64, log: &Path) -> Vec<JobSpec> {
    let settings = RunSettings {
        max_attempts: 12,
        retry_base_ms: 200,
        retry_max_secs: 2,
        ..RunSettings::default()
    };
    let spec = |name: &str, deps: &[&str], reduce: bool| JobSpec {
        name: job(name),
        kind: "exec".into(),
        config: serde_json::json!({
            "command": ["/bin/sh", step.to_string_lossy()],
            "env": {"CHAOS_SEED": seed.to_string(), "CHAOS_LOG": log.to_string_lossy()},
        }),
        depends_on: deps.iter().map(|d| job(d)).collect(),
        reduce,
        settings: settings.clone(),
    };
    let mut specs: Vec<JobSpec> = JOBS.iter().map(|(name, deps)| spec(name, deps, false)).collect();
    specs.push(spec(REDUCE, &["d"], true));
    specs
}

/// Volume `i`: `W{i:05}/I1`, etag `e1`, one page.
pub fn volume(i: usize) -> VolumeSpec {
    VolumeSpec {
        volume: VolumeRef::new(format!("W{i:05}"), "I1", "e1").expect("generated ids are valid"),
        nb_images: 1,
    }
}

/// What a run did and found; [`Report::line`] is the one line of figures.
#[derive(Debug, Default)]
pub struct Report {
    pub volumes: usize,
    pub workers: usize,
    pub lease_secs: u64,
    pub kills: u32,
    /// Workers that aborted between a success.json and its accept.
    pub aborts: u64,
    pub stops: u32,
    pub drains: u32,
    /// Database connections terminated.
    pub drops: u64,
    /// Success events handled more than once, or after the worker's own accept.
    pub duplicate_events: u64,
    /// Successes accepted from their event (no worker accepted them).
    pub event_accepts: u64,
    /// Success events never delivered, and those set aside in the dead-letter queue.
    pub lost_events: u64,
    pub dead_lettered_events: u64,
    /// Task messages moved to a job's dead-letter queue.
    pub dead_letters: u64,
    /// Queue sends that were made to fail.
    pub failed_sends: u64,
    pub accepted: u64,
    pub attempts: u64,
    pub reduce_runs: i32,
    pub reoffers: Vec<Reoffer>,
    pub elapsed: Duration,
    pub violations: Vec<String>,
}

impl Report {
    pub fn line(&self, seed: u64) -> String {
        let mut r: Vec<Duration> = self.reoffers.iter().map(|o| o.after).collect();
        r.sort();
        let calm = self.reoffers.iter().filter(|o| !o.while_stopped).map(|o| o.after).max();
        let secs = |d: Option<&Duration>| d.map_or("-".into(), |d| format!("{:.1}s", d.as_secs_f64()));
        format!(
            "chaos: seed {seed}, volumes {}, workers {}, lease {}s, kills {} (+{} aborts before accept), stops {}, \
             drains {}, connection drops {}, duplicate events {}, accepted from events {}, lost events {}, \
             dead-lettered events {}, \
             task dead letters {}, failed sends {}, tasks accepted {}, attempts {}, reduce runs {}, \
             re-offer after a kill p50 {} max {} (n={}; max {} with no worker stopped), {:.0}s, violations {}",
            self.volumes,
            self.workers,
            self.lease_secs,
            self.kills,
            self.aborts,
            self.stops,
            self.drains,
            self.drops,
            self.duplicate_events,
            self.event_accepts,
            self.lost_events,
            self.dead_lettered_events,
            self.dead_letters,
            self.failed_sends,
            self.accepted,
            self.attempts,
            self.reduce_runs,
            secs(r.get(r.len() / 2)),
            secs(r.last()),
            r.len(),
            secs(calm.as_ref()),
            self.elapsed.as_secs_f64(),
            self.violations.len()
        )
    }
}

/// The tasks a worker process holds, by its pid (worker ids are `host:pid:start`).
pub async fn held_by(pool: &PgPool, pid: u32) -> anyhow::Result<Vec<(i64, i32)>> {
    Ok(
        sqlx::query_as("SELECT id, attempt FROM tasks WHERE status = 'running' AND lease_owner LIKE $1")
            .bind(format!("%:{pid}:%"))
            .fetch_all(pool)
            .await?,
    )
}

/// SIGKILLs the worker process `pid` and watches the tasks it held until they are offered
/// again; `while_stopped` says whether another worker is stopped now. Counts the kill.
pub async fn kill_watching(
    pool: &PgPool,
    pid: Pid,
    while_stopped: bool,
    watched: &mut Watched,
    report: &mut Report,
) -> anyhow::Result<()> {
    let held = held_by(pool, pid.as_raw().unsigned_abs()).await?;
    let at = db_now(pool).await?;
    if kill(pid, Signal::SIGKILL).is_ok() {
        report.kills += 1;
        watched.extend(held.into_iter().map(|(task, attempt)| Kill {
            task,
            attempt,
            at,
            while_stopped,
        }));
    }
    Ok(())
}

/// The database's clock now, for the time of a [`Kill`].
pub async fn db_now(pool: &PgPool) -> anyhow::Result<DateTime<Utc>> {
    Ok(sqlx::query_scalar("SELECT clock_timestamp()").fetch_one(pool).await?)
}

/// A task held by a killed worker, watched until it is offered again.
#[derive(Debug, Clone)]
pub struct Kill {
    pub task: i64,
    pub attempt: i32,
    /// The database's time of the kill.
    pub at: DateTime<Utc>,
    /// Whether some worker was stopped (SIGSTOP) while this was watched: a frozen process can
    /// hold the rows the re-offer needs until it resumes.
    pub while_stopped: bool,
}

pub type Watched = Vec<Kill>;

/// Marks every watched kill as overlapping a stopped worker.
pub fn stopped_now(watched: &mut Watched) {
    watched.iter_mut().for_each(|k| k.while_stopped = true);
}

/// How long after a kill its task was offered again.
#[derive(Debug, Clone, Copy)]
pub struct Reoffer {
    pub after: Duration,
    pub while_stopped: bool,
}

/// Watched tasks that were offered again: how long after the kill their lease expiry was
/// recorded (the database's times, so the polling here does not count).
pub async fn reoffered(pool: &PgPool, watched: &mut Watched) -> anyhow::Result<Vec<Reoffer>> {
    let mut out = Vec::new();
    let mut left = Vec::new();
    for k in watched.drain(..) {
        let (status, now_attempt): (String, i32) = sqlx::query_as("SELECT status, attempt FROM tasks WHERE id = $1")
            .bind(k.task)
            .fetch_one(pool)
            .await?;
        if status == "running" && now_attempt == k.attempt {
            left.push(k);
            continue;
        }
        let expired: Option<DateTime<Utc>> = sqlx::query_scalar(
            "SELECT min(at) FROM task_errors WHERE task_id = $1 AND attempt = $2 AND message LIKE 'lease expired%'",
        )
        .bind(k.task)
        .bind(k.attempt)
        .fetch_one(pool)
        .await?;
        if let Some(expired) = expired {
            out.push(Reoffer {
                after: (expired - k.at).to_std().unwrap_or_default(),
                while_stopped: k.while_stopped,
            });
        }
    }
    *watched = left;
    Ok(out)
}

/// Violations for the watched tasks never offered again.
pub fn never_reoffered(watched: &Watched, report: &mut Report) {
    for k in watched {
        report.violations.push(format!(
            "task {} held by a killed worker at attempt {} was never offered again",
            k.task, k.attempt
        ));
    }
}

/// Terminates up to `n` of the other client connections to the database; returns how many.
pub async fn drop_connections(pool: &PgPool, n: i64) -> u64 {
    let dropped: Vec<bool> = sqlx::query_scalar(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' \
         ORDER BY random() LIMIT $1",
    )
    .bind(n)
    .fetch_all(pool)
    .await
    .unwrap_or_default();
    dropped.into_iter().filter(|d| *d).count() as u64
}

/// Nothing is running, waiting or owed, and the reduce has succeeded.
pub async fn finished(pool: &PgPool) -> anyhow::Result<bool> {
    Ok(sqlx::query_scalar(
        "SELECT NOT EXISTS (SELECT 1 FROM tasks WHERE status IN ('pending', 'queued', 'running', 'failed') \
                              OR (sent_at IS NULL AND status IN ('queued', 'failed'))) \
            AND EXISTS (SELECT 1 FROM tasks t JOIN jobs j ON j.id = t.job_id WHERE j.name = $1 AND t.status = 'succeeded')",
    )
    .bind(REDUCE)
    .fetch_one(pool)
    .await?)
}

/// Checks the invariants over the final state, the success records in `artefacts` and the
/// side-effect log in `log`; fills in the report's counts and violations.
pub async fn check(
    pool: &PgPool,
    artefacts: &dyn BlobStore,
    log: &Path,
    volumes: usize,
    report: &mut Report,
) -> anyhow::Result<()> {
    let v = &mut report.violations;
    let rows: Vec<(String, Option<String>, i64, String, i32, i32)> = sqlx::query_as(
        "SELECT j.name, v.w_id, t.id, t.status, t.attempt, t.max_attempts FROM tasks t JOIN jobs j ON j.id = t.job_id \
         LEFT JOIN volumes v ON v.id = t.volume_id ORDER BY t.id",
    )
    .fetch_all(pool)
    .await?;
    let mut accepted: BTreeMap<(String, Option<String>), (i64, i32)> = BTreeMap::new();
    let mut per_job: HashMap<String, usize> = HashMap::new();
    for (job, w, id, status, attempt, max) in &rows {
        report.attempts += *attempt as u64;
        *per_job.entry(job.clone()).or_default() += 1;
        if status != TaskStatus::Succeeded.as_str() {
            v.push(format!("task {id} of job {job} (volume {w:?}) ended {status}"));
            continue;
        }
        if attempt > max {
            v.push(format!(
                "task {id} of job {job} ran {attempt} attempts, above its max_attempts {max}"
            ));
        }
        accepted.insert((job.clone(), w.clone()), (*id, *attempt));
    }
    report.accepted = accepted.len() as u64;
    for (job, _) in JOBS {
        let n = per_job.get(job).copied().unwrap_or(0);
        if n != volumes {
            v.push(format!("job {job} has {n} tasks, not one per volume ({volumes})"));
        }
    }
    if per_job.get(REDUCE).copied().unwrap_or(0) != 1 {
        v.push("the reduce task is missing".into());
    }
    let owed: i64 =
        sqlx::query_scalar("SELECT count(*) FROM tasks WHERE sent_at IS NULL AND status IN ('queued', 'failed')")
            .fetch_one(pool)
            .await?;
    if owed > 0 {
        v.push(format!("{owed} sends still owed"));
    }
    let deps: BTreeMap<&str, &[&str]> = JOBS.into_iter().collect();
    for ((name, w), (id, attempt)) in &accepted {
        let volume = match w {
            Some(w) => Some(VolumeRef::new(w.clone(), "I1", "e1")?),
            None => None,
        };
        let key = attempt_prefix(&job(name), volume.as_ref(), *attempt).join("success.json")?;
        match artefacts
            .get(&key)
            .await
            .ok()
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        {
            Some(r) if r["task_id"] == *id && r["attempt"] == *attempt => {}
            _ => v.push(format!(
                "accepted attempt {attempt} of task {id} has no success.json of its own at {key}"
            )),
        }
        let Some(read) = inputs(log, *id, *attempt) else {
            v.push(format!(
                "accepted attempt {attempt} of task {id} ({name}) left no side-effect record"
            ));
            continue;
        };
        let expected: BTreeSet<(String, String, i32)> = match w {
            Some(w) => deps[name.as_str()]
                .iter()
                .map(|d| {
                    let up = accepted
                        .get(&(d.to_string(), Some(w.clone())))
                        .map(|(_, a)| *a)
                        .unwrap_or(-1);
                    (d.to_string(), w.clone(), up)
                })
                .collect(),
            None => accepted
                .iter()
                .filter(|((j, _), _)| j == "d")
                .map(|((j, w), (_, a))| (j.clone(), w.clone().unwrap_or_default(), *a))
                .collect(),
        };
        if read != expected {
            let missing: Vec<_> = expected.difference(&read).take(3).collect();
            let extra: Vec<_> = read.difference(&expected).take(3).collect();
            v.push(format!(
                "accepted attempt {attempt} of task {id} ({name}, {w:?}) read other inputs than the accepted \
                 upstream attempts: missing {missing:?}, extra {extra:?}"
            ));
        }
        if w.is_none() {
            report.reduce_runs = *attempt;
            if read.len() != volumes {
                v.push(format!("the reduce covered {} volumes, not {volumes}", read.len()));
            }
        }
    }
    Ok(())
}

/// What an attempt read, from the side-effect log: (job, w_id, attempt) per upstream input,
/// the attempt as the input's own out.txt says (so it holds wherever the worker staged it).
fn inputs(log: &Path, task: i64, attempt: i32) -> Option<BTreeSet<(String, String, i32)>> {
    let text = std::fs::read_to_string(log.join(format!("{task}-{attempt}"))).ok()?;
    Some(
        text.lines()
            .map(|l| {
                let cols: Vec<&str> = l.split('\t').collect();
                let (job, w) = (cols.first().copied().unwrap_or(""), cols.get(1).copied().unwrap_or(""));
                // An input without a readable out.txt reads as attempt -1: a violation.
                let a = cols
                    .get(2)
                    .and_then(|c| c.split_whitespace().last())
                    .and_then(|a| a.parse().ok())
                    .unwrap_or(-1);
                (job.to_string(), w.to_string(), a)
            })
            .collect(),
    )
}
