//! `folio bench chaos`: the task model under faults, end to end. A pipeline `a → {b, c} → d →
//! reduce` runs over real `folio worker` processes on a fresh PostgreSQL database while a
//! seeded schedule SIGKILLs workers (some between a success.json and its accept), SIGSTOPs
//! them past their lease, drains them with SIGTERM, terminates database connections, and
//! enqueues new volumes after the reduce has run; the step itself fails (exit 1) or hands
//! back (exit 4) on some attempts. When nothing changes any more it checks that every task
//! succeeded exactly once with its inputs the accepted upstream attempts, that the reduce ran
//! on exactly the final set of volumes, and that nothing is left running, waiting or owed.
//! One line of figures; a violation fails the command with the seed that reproduces it.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use folio_chaos::{
    check, drop_connections, finished, job, kill_watching, never_reoffered, reoffered, stopped_now, volume, Report,
    Watched, STEP,
};
use folio_core::blob::DirBlobStore;
use folio_core::clock::SystemClock;
use folio_core::ports::{JobCatalogue, TaskIntake};
use folio_store::PgStore;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

use crate::cli::{BenchChaosArgs, GlobalArgs};
use crate::commands::bench::Scratch;
use crate::profile::redact;

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
    println!("{}", report.line(seed));
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
    store.create_jobs(&folio_chaos::jobs(&step, seed, &log)).await?;
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
        workers: size,
        lease_secs: args.lease_secs,
        ..Report::default()
    };
    report.aborts += fleet.refill(size)?;
    let lease = Duration::from_secs(args.lease_secs);
    let deadline = Instant::now() + Duration::from_secs(args.seconds);
    let mut late_enqueued = false;
    // Tasks held by a killed worker: (task, attempt, the database's time of the kill), until
    // they are offered again.
    let mut watched = Watched::new();
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
                let pid = Pid::from_raw(pid as i32);
                kill_watching(&pool, pid, !stopped.is_empty(), &mut watched, &mut report).await?;
                let _ = fleet.children[pick].wait();
            }
            30..=42 if kill(Pid::from_raw(pid as i32), Signal::SIGSTOP).is_ok() => {
                report.stops += 1;
                stopped_now(&mut watched);
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
                report.drops += drop_connections(&pool, 3).await;
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
    let artefacts = DirBlobStore::new(dir.join("blobs"));
    check(&pool, &artefacts, &log, volumes, &mut report).await?;
    never_reoffered(&watched, &mut report);
    Ok(report)
}
