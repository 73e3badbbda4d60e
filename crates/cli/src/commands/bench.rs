//! `folio bench queue`: how fast the task store enqueues in bulk and turns claim → heartbeat →
//! complete cycles over concurrent workers, measured in a fresh database that is dropped after.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use folio_core::ids::VolumeSpec;
use folio_core::job::RunSettings;
use folio_core::ports::{Fenced, StoreError, TaskStore};
use folio_core::{JobName, JobSpec, TaskStatus, VolumeRef, WorkerId};
use folio_store::scratch::ScratchDb;

use crate::cli::{BenchCommand, BenchQueueArgs, GlobalArgs};
use crate::profile::redact;

pub(crate) const DEFAULT_POSTGRES: &str = "postgres://postgres@127.0.0.1:5432/postgres";
const ENQUEUE_BATCH: usize = 10_000;
const LEASE: Duration = Duration::from_secs(300);
/// Retryable store errors (a lock timeout) a bench worker tolerates in a row before giving up.
const MAX_RETRIES: u32 = 10;

pub async fn run(global: &GlobalArgs, cmd: BenchCommand) -> anyhow::Result<()> {
    let args = match cmd {
        BenchCommand::Queue(args) => args,
        BenchCommand::Ocr(args) => return crate::commands::bench_ocr::run(args),
        BenchCommand::Chaos(args) => return crate::commands::bench_chaos::run(global, args).await,
    };
    let base = global
        .database_url
        .clone()
        .or_else(|| std::env::var("DATABASE_URL").ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| DEFAULT_POSTGRES.to_owned());
    let name = format!("folio_bench_{}", &uuid::Uuid::new_v4().simple().to_string()[..12]);
    let scratch = Scratch::create(&base, &name).await?;
    say!("benchmark database: {}", redact(scratch.url()));
    let result = bench(scratch.url(), &args).await;
    if let Err(e) = scratch.remove().await {
        eprintln!("warning: {}", crate::output::error_chain(&e));
    }
    let report = result?;
    report.print(&args);
    Ok(())
}

/// A database made for one benchmark.
pub(crate) enum Scratch {
    Postgres(ScratchDb),
    Sqlite {
        path: PathBuf,
        url: String,
        _dir: Option<tempfile::TempDir>,
    },
}

impl Scratch {
    pub(crate) async fn create(base: &str, name: &str) -> anyhow::Result<Self> {
        if base.starts_with("postgres://") || base.starts_with("postgresql://") {
            // The name is ours: folio_bench_ and hex digits.
            Ok(Self::Postgres(ScratchDb::create(base, name, &[]).await?))
        } else if let Some(rest) = base.strip_prefix("sqlite:") {
            let given = rest.trim_start_matches("//");
            let given = given.split('?').next().unwrap_or_default();
            let parent = Path::new(given)
                .parent()
                .filter(|p| !p.as_os_str().is_empty() && given != ":memory:");
            let (dir, tmp) = match parent {
                Some(p) => (p.to_path_buf(), None),
                None => {
                    let tmp = tempfile::tempdir().context("cannot create a temporary directory for the benchmark")?;
                    (tmp.path().to_path_buf(), Some(tmp))
                }
            };
            let path = dir.join(format!("{name}.sqlite"));
            let url = format!("sqlite://{}?mode=rwc", path.display());
            Ok(Self::Sqlite { path, url, _dir: tmp })
        } else {
            anyhow::bail!(
                "unsupported database URL {:?}: use postgres://USER@HOST:PORT/DB or sqlite://PATH",
                redact(base)
            )
        }
    }

    pub(crate) fn url(&self) -> &str {
        match self {
            Scratch::Postgres(db) => db.url(),
            Scratch::Sqlite { url, .. } => url,
        }
    }

    pub(crate) async fn remove(self) -> anyhow::Result<()> {
        match self {
            Scratch::Postgres(db) => db.remove().await?,
            Scratch::Sqlite { path, .. } => {
                for suffix in ["", "-wal", "-shm"] {
                    let mut file = path.clone().into_os_string();
                    file.push(suffix);
                    match std::fs::remove_file(&file) {
                        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                            anyhow::bail!("cannot remove {}: {e}", PathBuf::from(file).display())
                        }
                        _ => {}
                    }
                }
            }
        }
        Ok(())
    }
}

struct Report {
    enqueue: Duration,
    run: Duration,
    latencies: Vec<Duration>,
    retried: u64,
    succeeded: u64,
}

impl Report {
    fn print(&self, args: &BenchQueueArgs) {
        let n = args.tasks as f64;
        say!(
            "bulk enqueue: {} volumes in {:.2}s ({:.0} volumes/s)",
            args.tasks,
            self.enqueue.as_secs_f64(),
            n / self.enqueue.as_secs_f64()
        );
        let cycles = self.latencies.len();
        say!(
            "{} workers: {cycles} claim → heartbeat → complete cycles in {:.2}s ({:.0} cycles/s)",
            args.workers,
            self.run.as_secs_f64(),
            cycles as f64 / self.run.as_secs_f64()
        );
        say!(
            "cycle latency: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
            ms(percentile(&self.latencies, 0.50)),
            ms(percentile(&self.latencies, 0.99)),
            ms(self.latencies.last().copied().unwrap_or_default())
        );
        say!(
            "tasks succeeded: {} of {}; retried store errors: {}",
            self.succeeded,
            args.tasks,
            self.retried
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The `p` quantile of sorted durations (nearest rank).
fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

async fn bench(url: &str, args: &BenchQueueArgs) -> anyhow::Result<Report> {
    let store = folio_store::open(url)
        .await
        .context("cannot open the benchmark database")?;
    let job = JobName::new("bench")?;
    store
        .create_jobs(&[JobSpec {
            name: job.clone(),
            kind: "exec".into(),
            config: serde_json::json!({ "command": ["true"] }),
            depends_on: vec![],
            reduce: false,
            settings: RunSettings::default(),
        }])
        .await?;
    let volumes = (0..args.tasks)
        .map(|i| {
            Ok(VolumeSpec {
                volume: VolumeRef::new(format!("W{i:08}"), "I0", "bench")?,
                nb_images: 1,
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let started = Instant::now();
    for batch in volumes.chunks(ENQUEUE_BATCH) {
        store.enqueue(&job, batch, false).await?;
    }
    let enqueue = started.elapsed();

    let started = Instant::now();
    let workers: Vec<_> = (0..args.workers)
        .map(|i| tokio::spawn(cycles(store.clone(), job.clone(), WorkerId(format!("bench-{i}")))))
        .collect();
    let mut latencies = Vec::with_capacity(volumes.len());
    let mut retried = 0;
    for w in workers {
        let (mut l, r) = w.await.context("a benchmark worker stopped unexpectedly")??;
        latencies.append(&mut l);
        retried += r;
    }
    let run = started.elapsed();
    latencies.sort();
    let succeeded = store
        .stats(&job, Duration::from_secs(3600))
        .await?
        .count(TaskStatus::Succeeded);
    Ok(Report {
        enqueue,
        run,
        latencies,
        retried,
        succeeded,
    })
}

/// One worker: claim → heartbeat → complete until nothing is left; the latency of each cycle.
async fn cycles(store: Arc<dyn TaskStore>, job: JobName, worker: WorkerId) -> anyhow::Result<(Vec<Duration>, u64)> {
    let jobs = [job];
    let mut latencies = Vec::new();
    let mut retried = 0;
    let mut in_a_row = 0;
    loop {
        let started = Instant::now();
        let cycle = async {
            let Some(claim) = store.claim_next(Some(&jobs), &worker, LEASE).await? else {
                return Ok(false);
            };
            store.heartbeat(&claim.lease, LEASE).await?;
            match store.complete(&claim.lease, &serde_json::json!({})).await? {
                Fenced::Applied(()) => Ok(true),
                Fenced::LeaseLost => Err(StoreError::Corrupt(format!(
                    "task {} lost its lease mid-benchmark",
                    claim.lease.task_id
                ))),
            }
        };
        match cycle.await {
            Ok(true) => {
                latencies.push(started.elapsed());
                in_a_row = 0;
            }
            Ok(false) => return Ok((latencies, retried)),
            Err(e) if e.is_retryable() && in_a_row < MAX_RETRIES => {
                retried += 1;
                in_a_row += 1;
                tracing::warn!(error = %e, "store error; retrying");
            }
            Err(e) => return Err(e).context(format!("worker {worker}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let d: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(percentile(&d, 0.5), Duration::from_millis(50));
        assert_eq!(percentile(&d, 0.99), Duration::from_millis(99));
        assert_eq!(percentile(&[], 0.5), Duration::ZERO);
    }
}
