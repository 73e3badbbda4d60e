//! `folio run`: a pipeline over a directory of volumes on this machine. It creates the
//! pipeline's jobs if missing, enqueues the volumes into its first jobs, starts local
//! `folio worker` processes, follows progress per job until no task can move any more, stops
//! the workers and prints a summary.

use std::io::IsTerminal;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{ExitCode, ExitStatus, Stdio};
use std::time::Duration;

use anyhow::Context;
use folio_core::blob::{attempt_prefix, BlobKey, BlobStore, DirBlobStore, SUCCESS_FILE};
use folio_core::ports::{ErrorFilter, JobStats, TaskFilter, TaskStore};
use folio_core::{JobName, TaskStatus};
use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use tokio::signal::unix::{signal, SignalKind};

use crate::cli::RunArgs;
use crate::commands::enqueue;
use crate::output::{self, table};
use crate::pipeline::{ensure_jobs, Pipeline};
use crate::profile::{self, Profile};

const SAMPLE_VOLUMES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/volumes");
/// A reduce job's output file that `folio run` prints at the end.
const SUMMARY_FILE: &str = "summary.txt";
const SAMPLE_PIPELINE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/pipeline.toml");
const POLL: Duration = Duration::from_millis(250);
/// How long a local worker's empty poll waits.
const WORKER_POLL: Duration = Duration::from_millis(200);
/// How long a worker has to drain after SIGTERM, and the margin `run` gives it beyond that.
const DRAIN_SECS: u64 = 30;
const STOP_MARGIN: Duration = Duration::from_secs(10);

pub async fn run(profile: &Profile, args: RunArgs) -> anyhow::Result<ExitCode> {
    profile.require_local_queue("run")?;
    let dir = match &args.dir {
        Some(dir) => profile::absolute(dir)?,
        None => sample_path("examples/volumes", SAMPLE_VOLUMES, "DIR")?,
    };
    let pipeline_path = match &args.pipeline {
        Some(path) => profile::absolute(path)?,
        None => sample_path("examples/pipeline.toml", SAMPLE_PIPELINE, "--pipeline FILE")?,
    };
    let pipeline = Pipeline::load(&pipeline_path, &folio_jobs::registry())?;
    let volumes = enqueue::scan(&dir).await?;

    let store = profile.open_store().await?;
    let ensured = ensure_jobs(store.as_ref(), &pipeline.jobs, &pipeline_path.display().to_string()).await?;
    for name in &ensured.created {
        say!("created job '{name}'");
    }
    let mut created = 0;
    for root in pipeline.roots() {
        let outcome = enqueue::enqueue(profile, &store, &root.name, &volumes, args.force).await?;
        created += outcome.created;
    }
    let names = pipeline.names();
    let before = Snapshot::take(store.as_ref(), &names).await?;
    if before.quiescent() {
        if created == 0 {
            let n = volumes.len();
            match before.dead() {
                0 => say!(
                    "nothing to do: all {n} volumes are already done for this pipeline (use --force to run them again)"
                ),
                dead => say!(
                    "nothing to do: all {n} volumes were already run for this pipeline, and {dead} task(s) are dead: \
                     `folio errors list` shows why, `folio redrive --job JOB` runs them again (use --force to run every volume again)"
                ),
            }
        }
        return finish(profile, store.as_ref(), &pipeline, &before, Ended::Finished).await;
    }
    match created {
        0 => say!("resuming: {} task(s) left from an earlier run", before.unfinished()),
        n => say!(
            "{n} task(s) enqueued for {} volume(s) from {}",
            volumes.len(),
            dir.display()
        ),
    }

    let count = args.workers.map_or_else(
        || std::thread::available_parallelism().map_or(2, |n| n.get()),
        |n| n as usize,
    );
    // Said before the workers start, so that nothing printed while they run can end `run`.
    say!(
        "starting {count} worker(s); their logs: {}",
        profile.data_dir.join("logs").join("worker-*.log").display()
    );
    let mut workers = spawn_workers(profile, count, &dir, &names, args.lease_secs)?;
    let ended = follow(store.as_ref(), &pipeline, volumes.len() as u64, &mut workers).await;
    stop_workers(&mut workers).await;
    let ended = ended?;
    let after = Snapshot::take(store.as_ref(), &names).await?;
    finish(profile, store.as_ref(), &pipeline, &after, ended).await
}

/// The repository's sample file: beside the working directory first, then where this binary
/// was built from.
pub(crate) fn sample_path(relative: &str, built: &str, option: &str) -> anyhow::Result<PathBuf> {
    let here = Path::new(relative);
    if here.exists() {
        return profile::absolute(here);
    }
    let built = Path::new(built);
    if built.exists() {
        return built
            .canonicalize()
            .with_context(|| format!("cannot resolve {}", built.display()));
    }
    anyhow::bail!("no ./{relative} here, nor in the repository this binary was built from: give {option}")
}

/// Every job's figures at one moment.
struct Snapshot {
    jobs: Vec<(JobName, JobStats)>,
}

impl Snapshot {
    async fn take(store: &dyn TaskStore, names: &[JobName]) -> anyhow::Result<Self> {
        let mut jobs = Vec::with_capacity(names.len());
        for name in names {
            jobs.push((name.clone(), store.stats(name, Duration::from_secs(600)).await?));
        }
        Ok(Self { jobs })
    }

    fn sum(&self, statuses: &[TaskStatus]) -> u64 {
        self.jobs
            .iter()
            .map(|(_, s)| statuses.iter().map(|st| s.count(*st)).sum::<u64>())
            .sum()
    }

    /// No task can move any more: nothing is queued, running or waiting for a retry. A
    /// success releases its downstream and reduce tasks in the same transaction, so nothing
    /// new can appear either; pending tasks left are blocked on a dead dependency.
    fn quiescent(&self) -> bool {
        self.sum(&[TaskStatus::Queued, TaskStatus::Running, TaskStatus::Failed]) == 0
    }

    fn unfinished(&self) -> u64 {
        self.sum(&[
            TaskStatus::Pending,
            TaskStatus::Queued,
            TaskStatus::Running,
            TaskStatus::Failed,
        ])
    }

    fn dead(&self) -> u64 {
        self.sum(&[TaskStatus::Dead])
    }
}

/// How the wait for the pipeline ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ended {
    Finished,
    Interrupted,
    /// Every worker exited while work was left.
    WorkersGone,
}

/// One local `folio worker` process.
struct LocalWorker {
    index: usize,
    child: tokio::process::Child,
    pid: Option<u32>,
    log: PathBuf,
    exited: Option<ExitStatus>,
}

fn spawn_workers(
    profile: &Profile,
    count: usize,
    images: &Path,
    jobs: &[JobName],
    lease_secs: u64,
) -> anyhow::Result<Vec<LocalWorker>> {
    let exe = std::env::current_exe().context("cannot find the folio binary to start the workers")?;
    let logs = profile.data_dir.join("logs");
    std::fs::create_dir_all(&logs).with_context(|| format!("cannot create the log directory {}", logs.display()))?;
    let job_list = jobs.iter().map(JobName::as_str).collect::<Vec<_>>().join(",");
    // Idle for longer than a lease can take to expire and be reclaimed, so that a worker never
    // leaves while a dead worker's task still waits for the sweep.
    let idle_polls = Duration::from_secs((2 * lease_secs).max(60)).as_millis() / WORKER_POLL.as_millis();
    let mut workers = Vec::with_capacity(count);
    for index in 1..=count {
        let log = logs.join(format!("worker-{index}.log"));
        let file = std::fs::File::create(&log).with_context(|| format!("cannot create {}", log.display()))?;
        let mut cmd = tokio::process::Command::new(&exe);
        cmd.arg("--data-dir")
            .arg(&profile.data_dir)
            .arg("--blob-dir")
            .arg(&profile.blob_dir);
        // Through the environment, so that a password stays out of `ps`.
        if profile.explicit_url {
            cmd.env("FOLIO_DATABASE_URL", &profile.database_url);
        } else {
            cmd.env_remove("FOLIO_DATABASE_URL");
        }
        cmd.arg("worker")
            .arg("--images")
            .arg(images)
            .arg("--job")
            .arg(&job_list)
            .arg("--lease-secs")
            .arg(lease_secs.to_string())
            .arg("--drain-secs")
            .arg(DRAIN_SECS.to_string())
            .arg("--poll-ms")
            .arg(WORKER_POLL.as_millis().to_string())
            // A safety net: should `run` be killed outright, its workers still end.
            .arg("--idle-exit")
            .arg(idle_polls.to_string())
            .env(
                "FOLIO_LOG",
                std::env::var("FOLIO_LOG").unwrap_or_else(|_| "info".into()),
            )
            .stdin(Stdio::null())
            .stdout(
                file.try_clone()
                    .with_context(|| format!("cannot open {}", log.display()))?,
            )
            .stderr(file)
            // Should `run` itself fail, its workers do not outlive it.
            .kill_on_drop(true);
        let child = cmd
            .spawn()
            .with_context(|| format!("cannot start worker {index} ({})", exe.display()))?;
        let pid = child.id();
        workers.push(LocalWorker {
            index,
            child,
            pid,
            log,
            exited: None,
        });
    }
    Ok(workers)
}

/// Shows a bar per job until the pipeline is quiescent, SIGINT (Ctrl-C) or SIGTERM, or every
/// worker is gone.
async fn follow(
    store: &dyn TaskStore,
    pipeline: &Pipeline,
    nb_volumes: u64,
    workers: &mut [LocalWorker],
) -> anyhow::Result<Ended> {
    let multi = MultiProgress::new();
    let style = ProgressStyle::with_template("{prefix:>14} [{bar:30}] {pos}/{len} {msg}")
        .context("progress bar template")?
        .progress_chars("=> ");
    let width = pipeline.jobs.iter().map(|j| j.name.as_str().len()).max().unwrap_or(0);
    let bars: Vec<ProgressBar> = pipeline
        .jobs
        .iter()
        .map(|job| {
            let expected = if job.reduce { 1 } else { nb_volumes };
            let bar = multi.add(ProgressBar::new(expected));
            bar.set_style(style.clone());
            bar.set_prefix(format!("{:>width$}", job.name.as_str()));
            bar
        })
        .collect();
    let interrupt = tokio::signal::ctrl_c();
    tokio::pin!(interrupt);
    let mut terminate = signal(SignalKind::terminate()).context("cannot install the SIGTERM handler")?;
    let ended = loop {
        tokio::select! {
            () = tokio::time::sleep(POLL) => {}
            _ = &mut interrupt => break Ended::Interrupted,
            _ = terminate.recv() => break Ended::Interrupted,
        }
        let snap = Snapshot::take(store, &pipeline.names()).await?;
        for ((job, bar), (_, stats)) in pipeline.jobs.iter().zip(&bars).zip(&snap.jobs) {
            let expected = if job.reduce { 1 } else { nb_volumes };
            bar.set_length(stats.total().max(expected));
            bar.set_position(stats.count(TaskStatus::Succeeded) + stats.count(TaskStatus::Dead));
            let parts: Vec<String> = [TaskStatus::Running, TaskStatus::Failed, TaskStatus::Dead]
                .into_iter()
                .filter(|s| stats.count(*s) > 0)
                .map(|s| format!("{} {s}", stats.count(s)))
                .collect();
            bar.set_message(parts.join(", "));
        }
        for w in workers.iter_mut().filter(|w| w.exited.is_none()) {
            if let Some(status) = w.child.try_wait().context("cannot check on a worker")? {
                w.exited = Some(status);
                if status.success() {
                    // An idle exit: the others carry on, and all gone is handled below.
                    continue;
                }
                multi.println(format!(
                    "warning: worker {} (pid {}) exited early with {status}; its log: {}",
                    w.index,
                    w.pid.unwrap_or_default(),
                    w.log.display()
                ))?;
            }
        }
        if snap.quiescent() {
            break Ended::Finished;
        }
        if workers.iter().all(|w| w.exited.is_some()) {
            break Ended::WorkersGone;
        }
    };
    for bar in &bars {
        bar.finish();
    }
    if std::io::stderr().is_terminal() {
        // The bars leave the cursor on their last line; the summary starts below it.
        eprintln!();
    }
    Ok(ended)
}

/// SIGTERM to every worker still running, then waits for their drain; a worker that outstays
/// it is killed.
async fn stop_workers(workers: &mut [LocalWorker]) {
    for w in workers.iter().filter(|w| w.exited.is_none()) {
        if let Some(pid) = w.pid {
            if let Err(e) = kill(Pid::from_raw(pid as i32), Signal::SIGTERM) {
                eprintln!("warning: cannot send SIGTERM to worker {} (pid {pid}): {e}", w.index);
            }
        }
    }
    for w in workers.iter_mut().filter(|w| w.exited.is_none()) {
        let status = match tokio::time::timeout(Duration::from_secs(DRAIN_SECS) + STOP_MARGIN, w.child.wait()).await {
            Ok(Ok(status)) => status,
            Ok(Err(e)) => {
                eprintln!("warning: cannot wait for worker {}: {e}", w.index);
                continue;
            }
            Err(_) => {
                eprintln!("warning: worker {} did not stop after SIGTERM; killing it", w.index);
                let _ = w.child.kill().await;
                continue;
            }
        };
        // A worker still starting up may not have its handler yet: SIGTERM then ends it at once.
        let stopped = status.success() || status.signal() == Some(Signal::SIGTERM as i32);
        if !stopped {
            eprintln!(
                "warning: worker {} exited with {status}; its log: {}",
                w.index,
                w.log.display()
            );
        }
        w.exited = Some(status);
    }
}

/// Prints the summary and where the outputs are, and picks the exit code.
async fn finish(
    profile: &Profile,
    store: &dyn TaskStore,
    pipeline: &Pipeline,
    snap: &Snapshot,
    ended: Ended,
) -> anyhow::Result<ExitCode> {
    let unfinished = snap.unfinished() > 0;
    let mut header = vec!["job", "succeeded", "dead", "pages", "mean task time", "failures"];
    if unfinished {
        header.push("not finished");
    }
    let mut t = table(header);
    for (job, stats) in &snap.jobs {
        let failures = store
            .errors(&ErrorFilter {
                job: Some(job.clone()),
                task: None,
                limit: 1_000_000,
            })
            .await?
            .len();
        let mut row = vec![
            job.to_string(),
            stats.count(TaskStatus::Succeeded).to_string(),
            stats.count(TaskStatus::Dead).to_string(),
            stats.pages_done.to_string(),
            stats
                .mean_task_secs
                .map_or_else(|| "-".into(), |s| output::duration(Duration::from_secs_f64(s.max(0.0)))),
            failures.to_string(),
        ];
        if unfinished {
            let left = [
                TaskStatus::Pending,
                TaskStatus::Queued,
                TaskStatus::Running,
                TaskStatus::Failed,
            ];
            row.push(left.iter().map(|s| stats.count(*s)).sum::<u64>().to_string());
        }
        t.add_row(row);
    }
    say!("{t}");
    say!(
        "artefacts: {}/{{job}}/{{w_id}}/{{i_id}}/{{etag}}/a{{attempt}}/",
        profile.blob_dir.display()
    );
    let blobs = DirBlobStore::new(&profile.blob_dir);
    for job in pipeline.jobs.iter().filter(|j| j.reduce) {
        let done = store
            .tasks(&TaskFilter {
                job: Some(job.name.clone()),
                status: Some(TaskStatus::Succeeded),
                limit: 1,
            })
            .await?;
        let Some(task) = done.first() else {
            say!(
                "reduce job '{}' has not run: a task upstream of it is not finished",
                job.name
            );
            continue;
        };
        let prefix = attempt_prefix(&job.name, None, task.attempt);
        say!("{} output:", job.name);
        let mut summary = None;
        for key in blobs.list(&prefix).await? {
            if key.file_name() == SUCCESS_FILE {
                continue;
            }
            let path = local_path(&blobs, &key);
            say!("  {}", path.display());
            if key.file_name() == SUMMARY_FILE {
                summary = std::fs::read_to_string(&path).ok();
            }
        }
        // A reduce job's own few lines (the OCR report's error rates), as it wrote them.
        if let Some(summary) = summary {
            say!("{}", summary.trim_end());
        }
    }
    match ended {
        Ended::Interrupted => {
            eprintln!(
                "interrupted: the workers finished or handed back their current tasks; `folio run` again resumes"
            );
            Ok(ExitCode::from(130))
        }
        Ended::WorkersGone => anyhow::bail!(
            "every worker exited while {} task(s) were left; their logs are in {}",
            snap.unfinished(),
            profile.data_dir.join("logs").display()
        ),
        Ended::Finished if snap.dead() > 0 => {
            eprintln!(
                "{} task(s) are dead: `folio errors list` shows why, `folio redrive --job JOB` runs them again",
                snap.dead()
            );
            Ok(ExitCode::FAILURE)
        }
        Ended::Finished => Ok(ExitCode::SUCCESS),
    }
}

fn local_path(blobs: &DirBlobStore, key: &BlobKey) -> PathBuf {
    blobs.root().join(key.as_str())
}
