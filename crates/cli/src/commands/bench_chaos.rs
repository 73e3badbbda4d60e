//! `folio bench chaos`: the task model under faults, end to end. A pipeline `a → {b, c} → d →
//! reduce` runs over real `folio worker` processes on a fresh PostgreSQL database while a
//! seeded schedule SIGKILLs workers (some between a success.json and its accept), SIGSTOPs
//! them past their lease, drains them with SIGTERM, terminates database connections, and
//! enqueues new volumes after the reduce has run; the step itself fails (exit 1) or hands
//! back (exit 4) on some attempts. When nothing changes any more it checks that every task
//! succeeded exactly once with its inputs the accepted upstream attempts, that the reduce ran
//! on exactly the final set of volumes, and that nothing is left running, waiting or owed.
//! One line of figures; a violation fails the command with the seed that reproduces it.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::{DateTime, Utc};
use folio_core::clock::SystemClock;
use folio_core::ids::VolumeSpec;
use folio_core::job::RunSettings;
use folio_core::ports::TaskStore;
use folio_core::{JobName, JobSpec, TaskStatus, VolumeRef};
use folio_store::PgStore;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use sqlx::PgPool;

use crate::cli::{BenchChaosArgs, GlobalArgs};
use crate::commands::bench::Scratch;
use crate::profile::redact;

const JOBS: [&str; 4] = ["a", "b", "c", "d"];
const REDUCE: &str = "r";

/// The step every job runs: it records what it read (the side-effect log), waits a little,
/// and on its first two attempts sometimes fails (exit 1) or hands back (exit 4), decided by
/// the seed, the task and the attempt.
const STEP: &str = r#"#!/bin/sh
h=$(printf '%s-%s-%s' "$CHAOS_SEED" "$FOLIO_TASK_ID" "$FOLIO_ATTEMPT" | cksum | cut -d' ' -f1)
r=$((h % 100))
log="$CHAOS_LOG/$FOLIO_TASK_ID-$FOLIO_ATTEMPT"
if [ -n "$FOLIO_UPSTREAM_LIST" ] && [ -f "$FOLIO_UPSTREAM_LIST" ]; then
    cp "$FOLIO_UPSTREAM_LIST" "$log.tmp.$$"
else
    : > "$log.tmp.$$"
fi
mv "$log.tmp.$$" "$log"
sleep "0.0$((h % 8))"
if [ "$FOLIO_ATTEMPT" -le 2 ] && [ "$r" -lt 8 ]; then echo "chaos: a retryable failure" >&2; exit 1; fi
if [ "$FOLIO_ATTEMPT" -le 2 ] && [ "$r" -ge 96 ]; then echo "chaos: handing back" >&2; exit 4; fi
echo "$FOLIO_JOB $FOLIO_TASK_ID $FOLIO_ATTEMPT" > "$FOLIO_OUTPUT_DIR/out.txt"
"#;

pub async fn run(global: &GlobalArgs, args: BenchChaosArgs) -> anyhow::Result<()> {
    let base = global
        .database_url
        .clone()
        .or_else(|| std::env::var("DATABASE_URL").ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| crate::commands::bench::DEFAULT_POSTGRES.to_owned());
    if !base.starts_with("postgres") {
        anyhow::bail!(
            "folio bench chaos runs on PostgreSQL (it terminates database connections): give a postgres:// \
             --database-url, not {:?}",
            redact(&base)
        );
    }
    let seed = args.seed.unwrap_or_else(|| fastrand::u64(..1_000_000));
    say!("chaos seed {seed} (reproduce with --seed {seed})");
    let name = format!("folio_chaos_{}", &uuid::Uuid::new_v4().simple().to_string()[..12]);
    let scratch = Scratch::create(&base, &name).await?;
    let dir = tempfile::tempdir().context("cannot create the chaos directory")?;
    let result = chaos(scratch.url(), dir.path(), seed, &args).await;
    if let Err(e) = scratch.remove().await {
        eprintln!("warning: {}", crate::output::error_chain(&e));
    }
    let report = result?;
    println!("{}", report.line(seed, &args));
    if !report.violations.is_empty() {
        for v in report.violations.iter().take(20) {
            eprintln!("violation: {v}");
        }
        anyhow::bail!(
            "{} violation(s) of the task model with seed {seed}: reproduce with `folio bench chaos --seed {seed} \
             --volumes {} --workers {} --lease-secs {} --seconds {}`",
            report.violations.len(),
            args.volumes,
            args.workers,
            args.lease_secs,
            args.seconds
        );
    }
    Ok(())
}

#[derive(Debug, Default)]
struct Report {
    volumes: usize,
    kills: u32,
    aborts: u64,
    stops: u32,
    drains: u32,
    drops: u64,
    accepted: u64,
    attempts: u64,
    reduce_runs: i32,
    reoffers: Vec<Duration>,
    elapsed: Duration,
    violations: Vec<String>,
}

impl Report {
    fn line(&self, seed: u64, args: &BenchChaosArgs) -> String {
        let mut r = self.reoffers.clone();
        r.sort();
        let p50 = r
            .get(r.len() / 2)
            .map(|d| format!("{:.1}s", d.as_secs_f64()))
            .unwrap_or("-".into());
        let max = r
            .last()
            .map(|d| format!("{:.1}s", d.as_secs_f64()))
            .unwrap_or("-".into());
        format!(
            "chaos: seed {seed}, volumes {}, workers {}, lease {}s, kills {} (+{} aborts before accept), stops {}, \
             drains {}, connection drops {}, duplicate events 0, tasks accepted {}, attempts {}, reduce runs {}, \
             re-offer after a kill p50 {p50} max {max} (n={}), {:.0}s, violations {}",
            self.volumes,
            args.workers,
            args.lease_secs,
            self.kills,
            self.aborts,
            self.stops,
            self.drains,
            self.drops,
            self.accepted,
            self.attempts,
            self.reduce_runs,
            r.len(),
            self.elapsed.as_secs_f64(),
            self.violations.len()
        )
    }
}

/// The worker processes, respawned as they are killed.
struct Fleet {
    exe: PathBuf,
    url: String,
    dir: PathBuf,
    lease_secs: u64,
    children: Vec<Child>,
    spawned: usize,
}

impl Fleet {
    fn spawn(&mut self) -> anyhow::Result<Child> {
        self.spawned += 1;
        let log = std::fs::File::create(self.dir.join(format!("worker-{}.log", self.spawned)))?;
        let child = Command::new(&self.exe)
            .arg("--database-url")
            .arg(&self.url)
            .arg("--data-dir")
            .arg(self.dir.join("data"))
            .arg("--blob-dir")
            .arg(self.dir.join("blobs"))
            .args([
                "worker",
                "--poll-ms",
                "100",
                "--drain-secs",
                "1",
                "--abort-before-accept",
                "0.01",
            ])
            .arg("--lease-secs")
            .arg(self.lease_secs.to_string())
            .arg("--images")
            .arg(self.dir.join("images"))
            .env("FOLIO_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .context("cannot start a `folio worker` process")?;
        Ok(child)
    }

    fn pid(child: &Child) -> Pid {
        Pid::from_raw(child.id() as i32)
    }

    /// Replaces workers that exited (killed, drained, aborted); returns how many had aborted.
    fn refill(&mut self, size: usize) -> anyhow::Result<u64> {
        let mut aborted = 0;
        let mut alive = Vec::with_capacity(self.children.len());
        for mut c in std::mem::take(&mut self.children) {
            match c.try_wait()? {
                Some(status) => {
                    use std::os::unix::process::ExitStatusExt;
                    if status.signal() == Some(Signal::SIGABRT as i32) {
                        aborted += 1;
                    }
                }
                None => alive.push(c),
            }
        }
        self.children = alive;
        while self.children.len() < size {
            let c = self.spawn()?;
            self.children.push(c);
        }
        Ok(aborted)
    }

    fn stop_all(&mut self) {
        for c in &self.children {
            let _ = kill(Self::pid(c), Signal::SIGCONT);
            let _ = kill(Self::pid(c), Signal::SIGTERM);
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        for c in &mut self.children {
            while Instant::now() < deadline && matches!(c.try_wait(), Ok(None)) {
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = c.kill();
            let _ = c.wait();
        }
        self.children.clear();
    }
}

impl Drop for Fleet {
    fn drop(&mut self) {
        self.stop_all();
    }
}

fn volume(i: usize) -> VolumeSpec {
    VolumeSpec {
        volume: VolumeRef::new(format!("W{i:05}"), "I1", "e1").expect("generated ids are valid"),
        nb_images: 1,
    }
}

async fn chaos(url: &str, dir: &Path, seed: u64, args: &BenchChaosArgs) -> anyhow::Result<Report> {
    let started = Instant::now();
    let mut rng = fastrand::Rng::with_seed(seed);
    let volumes = usize::try_from(args.volumes).unwrap_or(usize::MAX);
    let late = (volumes / 10).max(1);
    let first = volumes - late;
    let log = dir.join("log");
    std::fs::create_dir_all(&log)?;
    for i in 0..volumes {
        let d = dir.join("images").join(format!("W{i:05}")).join("I1");
        std::fs::create_dir_all(&d)?;
        std::fs::write(d.join("0001.png"), b"page")?;
    }
    let step = dir.join("step.sh");
    std::fs::write(&step, STEP)?;

    let store = PgStore::connect(url, Arc::new(SystemClock)).await?;
    let pool = store.pool().clone();
    let settings = RunSettings {
        max_attempts: 12,
        retry_base_ms: 200,
        retry_max_secs: 2,
        ..RunSettings::default()
    };
    let spec = |name: &str, deps: &[&str], reduce: bool| JobSpec {
        name: JobName::new(name).expect("a valid job name"),
        kind: "exec".into(),
        config: serde_json::json!({
            "command": ["/bin/sh", step.to_string_lossy()],
            "env": {"CHAOS_SEED": seed.to_string(), "CHAOS_LOG": log.to_string_lossy()},
        }),
        depends_on: deps
            .iter()
            .map(|d| JobName::new(*d).expect("a valid job name"))
            .collect(),
        reduce,
        settings: settings.clone(),
    };
    store
        .create_jobs(&[
            spec("a", &[], false),
            spec("b", &["a"], false),
            spec("c", &["a"], false),
            spec("d", &["b", "c"], false),
            spec(REDUCE, &["d"], true),
        ])
        .await?;
    let job = |n: &str| JobName::new(n).expect("a valid job name");
    // Some joins exist up front as pending (enqueued directly), the rest are made by releases.
    store
        .enqueue(&job("d"), &(0..first / 10).map(volume).collect::<Vec<_>>(), false)
        .await?;
    store
        .enqueue(&job("a"), &(0..first).map(volume).collect::<Vec<_>>(), false)
        .await?;

    let mut fleet = Fleet {
        exe: std::env::current_exe().context("cannot find the folio executable")?,
        url: url.to_owned(),
        dir: dir.to_path_buf(),
        lease_secs: args.lease_secs,
        children: Vec::new(),
        spawned: 0,
    };
    let size = args.workers as usize;
    let mut report = Report {
        volumes,
        ..Report::default()
    };
    report.aborts += fleet.refill(size)?;
    let lease = Duration::from_secs(args.lease_secs);
    let deadline = Instant::now() + Duration::from_secs(args.seconds);
    let mut late_enqueued = false;
    // Tasks held by a killed worker: (task, attempt, the database's time of the kill), until
    // they are offered again.
    let mut watched: Vec<(i64, i32, DateTime<Utc>)> = Vec::new();
    let mut stopped: Vec<(u32, Instant)> = Vec::new();
    loop {
        tokio::time::sleep(Duration::from_millis(rng.u64(300..1200))).await;
        for (pid, until) in std::mem::take(&mut stopped) {
            if Instant::now() >= until {
                let _ = kill(Pid::from_raw(pid as i32), Signal::SIGCONT);
            } else {
                stopped.push((pid, until));
            }
        }
        report.reoffers.extend(reoffered(&pool, &mut watched).await?);
        let done = finished(&pool).await?;
        if done && !late_enqueued {
            store
                .enqueue(&job("a"), &(first..volumes).map(volume).collect::<Vec<_>>(), false)
                .await?;
            late_enqueued = true;
            continue;
        }
        if (done && late_enqueued) || Instant::now() >= deadline {
            break;
        }
        let pick = rng.usize(..fleet.children.len());
        let pid = fleet.children[pick].id();
        if stopped.iter().any(|(p, _)| *p == pid) {
            continue;
        }
        match rng.u32(..100) {
            0..=29 => {
                let held = held_by(&pool, pid).await?;
                let at: DateTime<Utc> = sqlx::query_scalar("SELECT clock_timestamp()").fetch_one(&pool).await?;
                if kill(Pid::from_raw(pid as i32), Signal::SIGKILL).is_ok() {
                    report.kills += 1;
                    watched.extend(held.into_iter().map(|(t, a)| (t, a, at)));
                }
                let _ = fleet.children[pick].wait();
            }
            30..=42 if kill(Pid::from_raw(pid as i32), Signal::SIGSTOP).is_ok() => {
                report.stops += 1;
                let pause = lease + Duration::from_secs(1);
                stopped.push((pid, Instant::now() + pause));
                // Resumed on a timer of its own: what the stopped worker holds must not be
                // able to hold up the schedule that resumes it.
                tokio::spawn(async move {
                    tokio::time::sleep(pause).await;
                    let _ = kill(Pid::from_raw(pid as i32), Signal::SIGCONT);
                });
            }
            43..=52 if kill(Pid::from_raw(pid as i32), Signal::SIGTERM).is_ok() => {
                report.drains += 1;
            }
            53..=77 => {
                let dropped: Vec<bool> = sqlx::query_scalar(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                     WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' \
                     ORDER BY random() LIMIT 3",
                )
                .fetch_all(&pool)
                .await
                .unwrap_or_default();
                report.drops += dropped.into_iter().filter(|d| *d).count() as u64;
            }
            _ => {}
        }
        report.aborts += fleet.refill(size)?;
    }
    // Calm: every worker runs again, none is killed, until nothing changes any more.
    for (pid, _) in stopped.drain(..) {
        let _ = kill(Pid::from_raw(pid as i32), Signal::SIGCONT);
    }
    if !late_enqueued {
        store
            .enqueue(&job("a"), &(first..volumes).map(volume).collect::<Vec<_>>(), false)
            .await?;
    }
    let calm_until = Instant::now() + Duration::from_secs(120).max(lease * 20);
    loop {
        report.aborts += fleet.refill(size)?;
        report.reoffers.extend(reoffered(&pool, &mut watched).await?);
        if finished(&pool).await? || Instant::now() >= calm_until {
            break;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    fleet.stop_all();
    report.elapsed = started.elapsed();
    check(&pool, dir, volumes, &mut report).await?;
    for (task, attempt, _) in watched {
        report.violations.push(format!(
            "task {task} held by a killed worker at attempt {attempt} was never offered again"
        ));
    }
    Ok(report)
}

/// The tasks a worker process holds, by its pid (worker ids are `host:pid:start`).
async fn held_by(pool: &PgPool, pid: u32) -> anyhow::Result<Vec<(i64, i32)>> {
    Ok(
        sqlx::query_as("SELECT id, attempt FROM tasks WHERE status = 'running' AND lease_owner LIKE $1")
            .bind(format!("%:{pid}:%"))
            .fetch_all(pool)
            .await?,
    )
}

/// Watched tasks that were offered again: how long after the kill their lease expiry was
/// recorded (the database's times, so the polling here does not count).
async fn reoffered(pool: &PgPool, watched: &mut Vec<(i64, i32, DateTime<Utc>)>) -> anyhow::Result<Vec<Duration>> {
    let mut out = Vec::new();
    let mut left = Vec::new();
    for (task, attempt, at) in watched.drain(..) {
        let (status, now_attempt): (String, i32) = sqlx::query_as("SELECT status, attempt FROM tasks WHERE id = $1")
            .bind(task)
            .fetch_one(pool)
            .await?;
        if status == "running" && now_attempt == attempt {
            left.push((task, attempt, at));
            continue;
        }
        let expired: Option<DateTime<Utc>> = sqlx::query_scalar(
            "SELECT min(at) FROM task_errors WHERE task_id = $1 AND attempt = $2 AND message LIKE 'lease expired%'",
        )
        .bind(task)
        .bind(attempt)
        .fetch_one(pool)
        .await?;
        if let Some(expired) = expired {
            out.push((expired - at).to_std().unwrap_or_default());
        }
    }
    *watched = left;
    Ok(out)
}

/// Nothing is running, waiting or owed, and the reduce has succeeded.
async fn finished(pool: &PgPool) -> anyhow::Result<bool> {
    Ok(sqlx::query_scalar(
        "SELECT NOT EXISTS (SELECT 1 FROM tasks WHERE status IN ('pending', 'queued', 'running', 'failed') \
                              OR (sent_at IS NULL AND status IN ('queued', 'failed'))) \
            AND EXISTS (SELECT 1 FROM tasks t JOIN jobs j ON j.id = t.job_id WHERE j.name = $1 AND t.status = 'succeeded')",
    )
    .bind(REDUCE)
    .fetch_one(pool)
    .await?)
}

async fn check(pool: &PgPool, dir: &Path, volumes: usize, report: &mut Report) -> anyhow::Result<()> {
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
    for job in JOBS {
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
    let deps: BTreeMap<&str, &[&str]> = [
        ("a", &[][..]),
        ("b", &["a"][..]),
        ("c", &["a"][..]),
        ("d", &["b", "c"][..]),
    ]
    .into_iter()
    .collect();
    for ((job, w), (id, attempt)) in &accepted {
        let record = match w {
            Some(w) => dir.join(format!("blobs/{job}/{w}/I1/e1/a{attempt}/success.json")),
            None => dir.join(format!("blobs/{job}/_job/a{attempt}/success.json")),
        };
        match std::fs::read(&record)
            .ok()
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        {
            Some(r) if r["task_id"] == *id && r["attempt"] == *attempt => {}
            _ => v.push(format!(
                "accepted attempt {attempt} of task {id} has no success.json of its own at {}",
                record.display()
            )),
        }
        let Some(read) = inputs(dir, *id, *attempt) else {
            v.push(format!(
                "accepted attempt {attempt} of task {id} ({job}) left no side-effect record"
            ));
            continue;
        };
        let expected: BTreeSet<(String, String, i32)> = match w {
            Some(w) => deps[job.as_str()]
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
                "accepted attempt {attempt} of task {id} ({job}, {w:?}) read other inputs than the accepted \
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

/// What an attempt read, from the side-effect log: (job, w_id, attempt) per upstream input.
fn inputs(dir: &Path, task: i64, attempt: i32) -> Option<BTreeSet<(String, String, i32)>> {
    let text = std::fs::read_to_string(dir.join(format!("log/{task}-{attempt}"))).ok()?;
    Some(
        text.lines()
            .filter_map(|l| {
                let cols: Vec<&str> = l.split('\t').collect();
                let (job, w, path) = (cols.first()?, cols.get(1)?, cols.last()?);
                let a = path.rsplit('/').find_map(|seg| seg.strip_prefix('a')?.parse().ok())?;
                Some((job.to_string(), w.to_string(), a))
            })
            .collect(),
    )
}
