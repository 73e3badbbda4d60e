//! The `exec` kind: runs a configured command once per task under the ecs-watchbot exit-code
//! contract (0 done, 3 terminal failure, 4 hand the task back untouched, anything else
//! retryable), with the task's directories and identity in its environment.
//!
//! Environment of the command, beside the job's own `env`:
//!
//! | variable                | value                                                          |
//! |-------------------------|----------------------------------------------------------------|
//! | `FOLIO_JOB`             | the job's name                                                 |
//! | `FOLIO_TASK_ID`         | the task's id                                                  |
//! | `FOLIO_ATTEMPT`         | the attempt number, from 1                                     |
//! | `FOLIO_W_ID`, `FOLIO_I_ID`, `FOLIO_ETAG`, `FOLIO_NB_IMAGES` | the volume (absent for a reduce task) |
//! | `FOLIO_INPUT_DIR`       | the volume's page images (absent for a reduce task)            |
//! | `FOLIO_OUTPUT_DIR`      | where the command writes its artefacts                         |
//! | `FOLIO_WORK_DIR`        | private scratch space, also the working directory              |
//! | `FOLIO_UPSTREAM_<JOB>`  | a dependency's outputs for this volume (`-` becomes `_`)       |
//! | `FOLIO_UPSTREAM_LIST`   | a TSV file: `job, w_id, i_id, etag, dir` per upstream input    |

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::io;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};

use async_trait::async_trait;
use folio_core::kind::{JobError, JobKind, TaskContext, TaskOutput};
use nix::sys::signal::{killpg, Signal};
use nix::unistd::Pid;
use serde::Deserialize;
use tokio::io::{AsyncRead, AsyncReadExt};
use tokio::process::Command;

/// Exit code that fails the task for good: bad input, nothing another attempt could fix.
pub const EXIT_TERMINAL: i32 = 3;
/// Exit code that hands the task back untouched, for another worker; the attempt does not count.
pub const EXIT_RETURN_UNTOUCHED: i32 = 4;
/// How much of the end of stdout and of stderr a failure message keeps.
pub const TAIL_BYTES: usize = 2048;
/// The file, in the task's work directory, that lists every upstream input.
pub const UPSTREAM_LIST_FILE: &str = "folio-upstream.tsv";

const CONFIG_SHAPE: &str = r#"expected {"command": ["program", "arg", ...], "env": {"KEY": "value"}}"#;

/// The `exec` kind's configuration, as `jobs.config` holds it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExecConfig {
    /// The program and its arguments. A program without `/` is looked up on `PATH`.
    pub command: Vec<String>,
    /// Extra environment for the command.
    #[serde(default)]
    pub env: BTreeMap<String, String>,
}

impl ExecConfig {
    /// Parses and checks a configuration, without looking for the program.
    pub fn parse(config: &serde_json::Value) -> Result<Self, String> {
        let cfg: ExecConfig = serde_json::from_value(config.clone()).map_err(|e| format!("{e}; {CONFIG_SHAPE}"))?;
        if cfg.command.first().is_none_or(|p| p.is_empty()) {
            return Err(format!("\"command\" is empty; {CONFIG_SHAPE}"));
        }
        if let Some(arg) = cfg.command.iter().find(|a| a.contains('\0')) {
            return Err(format!("command argument {arg:?} holds a NUL byte"));
        }
        for (key, value) in &cfg.env {
            let valid = !key.is_empty() && !key.contains(['=', '\0']) && !value.contains('\0');
            if !valid {
                return Err(format!(
                    "env {key:?} = {value:?} is not a valid environment variable: names are \
                     non-empty without '=', and neither holds a NUL byte"
                ));
            }
            if key.starts_with("FOLIO_") {
                return Err(format!(
                    "env key {key} is reserved: folio sets the FOLIO_* variables of each task"
                ));
            }
        }
        Ok(cfg)
    }

    pub fn program(&self) -> &str {
        &self.command[0]
    }

    /// The `PATH` the command is looked up on: the job's own, else the worker's.
    fn search_path(&self) -> Option<OsString> {
        match self.env.get("PATH") {
            Some(p) => Some(p.into()),
            None => std::env::var_os("PATH"),
        }
    }

    /// Finds the program as the worker will run it.
    pub fn resolve_program(&self) -> Result<PathBuf, String> {
        resolve_program(self.program(), self.search_path().as_deref())
    }
}

/// Finds a program: a name with a `/` is a path (relative to the working directory) that must
/// be an executable file; any other name must be an executable file in a `PATH` directory.
pub fn resolve_program(program: &str, path_var: Option<&OsStr>) -> Result<PathBuf, String> {
    if program.contains('/') {
        let path = Path::new(program);
        let path = if path.is_absolute() {
            path.to_path_buf()
        } else {
            std::env::current_dir()
                .map(|cwd| cwd.join(path))
                .unwrap_or_else(|_| path.to_path_buf())
        };
        return match std::fs::metadata(&path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => Err(format!(
                "command '{program}' does not exist: fix the path in the job's config \
                 (a relative path is taken from the worker's working directory)"
            )),
            Err(e) => Err(format!("command '{program}' cannot be inspected: {e}")),
            Ok(meta) if !meta.is_file() => Err(format!(
                "command '{program}' is not a file: name the program to run in the job's config"
            )),
            Ok(meta) if meta.permissions().mode() & 0o111 == 0 => Err(not_executable(program)),
            Ok(_) => Ok(path),
        };
    }
    let dirs = path_var.map(std::env::split_paths).into_iter().flatten();
    for dir in dirs {
        let candidate = dir.join(program);
        let executable =
            std::fs::metadata(&candidate).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0);
        if executable {
            return Ok(candidate);
        }
    }
    Err(format!(
        "command '{program}' was not found on PATH: install it, or give its full path in the job's config"
    ))
}

fn not_executable(program: &str) -> String {
    format!("command '{program}' is not executable: chmod +x it, or fix the job's config")
}

/// Runs a command per task.
#[derive(Debug, Clone, Copy, Default)]
pub struct Exec;

#[async_trait]
impl JobKind for Exec {
    fn name(&self) -> &'static str {
        "exec"
    }

    fn summary(&self) -> &'static str {
        "runs a command per task: exit 0 done, 3 terminal failure, 4 hand back untouched, other retryable"
    }

    fn validate(&self, config: &serde_json::Value) -> Result<(), String> {
        ExecConfig::parse(config)?.resolve_program().map(|_| ())
    }

    async fn run(&self, ctx: &TaskContext) -> Result<TaskOutput, JobError> {
        let cfg =
            ExecConfig::parse(&ctx.job.spec.config).map_err(|e| JobError::Terminal(format!("exec job config: {e}")))?;
        // Resolved before the spawn so that a relative path means the worker's directory, not
        // the task's working directory, and so a missing program gets its own message.
        let program = cfg.resolve_program().map_err(JobError::Terminal)?;
        let env = task_env(ctx).await?;
        let mut command = Command::new(&program);
        command
            .args(&cfg.command[1..])
            .envs(&cfg.env)
            .envs(env)
            .current_dir(&ctx.scratch_dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            // Its own process group, so that everything it starts can be stopped with it.
            .process_group(0);
        let mut child = command.spawn().map_err(|e| spawn_failure(cfg.program(), e))?;
        let group = child.id().map(ProcessGroup::new);
        let stdout = tokio::spawn(read_tail(child.stdout.take()));
        let stderr = tokio::spawn(read_tail(child.stderr.take()));
        let status = tokio::select! {
            status = child.wait() => status.map_err(|e| JobError::Retryable(format!(
                "could not wait for command '{}': {e}", cfg.program()
            )))?,
            () = ctx.cancel.cancelled() => {
                // Dropping `group` and `child` kills the whole process group.
                return Err(JobError::Retryable(format!(
                    "command '{}' was stopped: the task was cancelled (lease lost or drain timed out)",
                    cfg.program()
                )));
            }
        };
        // A background process left behind may hold the pipes open; the task is over, so it goes.
        drop(group);
        let stdout = stdout.await.unwrap_or_default();
        let stderr = stderr.await.unwrap_or_default();
        outcome(cfg.program(), status, &stdout, &stderr, ctx.claim.nb_images)
    }
}

/// Sends SIGKILL to a command's process group when dropped: on completion, on cancellation,
/// and when the worker drops the task's future.
struct ProcessGroup(Pid);

impl ProcessGroup {
    fn new(leader: u32) -> Self {
        Self(Pid::from_raw(leader as i32))
    }
}

impl Drop for ProcessGroup {
    fn drop(&mut self) {
        // ESRCH (nothing left in the group) is the normal case after a clean exit.
        let _ = killpg(self.0, Signal::SIGKILL);
    }
}

fn spawn_failure(program: &str, e: io::Error) -> JobError {
    match e.kind() {
        io::ErrorKind::NotFound => JobError::Terminal(format!(
            "command '{program}' does not exist: fix the job's config ({e})"
        )),
        io::ErrorKind::PermissionDenied => JobError::Terminal(not_executable(program)),
        _ => JobError::Retryable(format!("command '{program}' could not be started: {e}")),
    }
}

/// The environment folio gives each task, and the upstream list file it names.
async fn task_env(ctx: &TaskContext) -> Result<Vec<(String, OsString)>, JobError> {
    let mut env: Vec<(String, OsString)> = vec![
        ("FOLIO_JOB".into(), ctx.claim.job.as_str().into()),
        ("FOLIO_TASK_ID".into(), ctx.claim.lease.task_id.to_string().into()),
        ("FOLIO_ATTEMPT".into(), ctx.claim.lease.attempt.to_string().into()),
        ("FOLIO_OUTPUT_DIR".into(), ctx.output_dir.clone().into()),
        ("FOLIO_WORK_DIR".into(), ctx.scratch_dir.clone().into()),
    ];
    if let Some(v) = &ctx.claim.volume {
        env.push(("FOLIO_W_ID".into(), v.w_id.clone().into()));
        env.push(("FOLIO_I_ID".into(), v.i_id.clone().into()));
        env.push(("FOLIO_ETAG".into(), v.etag.clone().into()));
        env.push(("FOLIO_NB_IMAGES".into(), ctx.claim.nb_images.to_string().into()));
        // A volume's task has one input per dependency; a reduce task has one per volume,
        // which only the list can carry.
        for up in &ctx.upstream {
            env.push((upstream_var(up.job.as_str()), up.dir.clone().into()));
        }
    }
    if let Some(dir) = &ctx.images_dir {
        env.push(("FOLIO_INPUT_DIR".into(), dir.clone().into()));
    }
    let mut list = String::new();
    for up in &ctx.upstream {
        let (w, i, e) = match &up.volume {
            Some(v) => (v.w_id.as_str(), v.i_id.as_str(), v.etag.as_str()),
            None => ("", "", ""),
        };
        list.push_str(&format!("{}\t{w}\t{i}\t{e}\t{}\n", up.job, up.dir.display()));
    }
    let list_path = ctx.scratch_dir.join(UPSTREAM_LIST_FILE);
    tokio::fs::write(&list_path, list)
        .await
        .map_err(|e| JobError::Retryable(format!("cannot write the upstream list {}: {e}", list_path.display())))?;
    env.push(("FOLIO_UPSTREAM_LIST".into(), list_path.into()));
    Ok(env)
}

/// `FOLIO_UPSTREAM_TEXT_STATS` for job `text-stats`.
pub fn upstream_var(job: &str) -> String {
    format!("FOLIO_UPSTREAM_{}", job.to_ascii_uppercase().replace('-', "_"))
}

/// The last [`TAIL_BYTES`] of a stream, and whether anything before them was dropped.
#[derive(Debug, Default)]
struct Tail {
    bytes: Vec<u8>,
    truncated: bool,
}

impl Tail {
    fn render(&self) -> String {
        if self.bytes.is_empty() {
            return "(empty)".into();
        }
        let text = String::from_utf8_lossy(&self.bytes);
        let text = text.trim_end();
        if self.truncated {
            format!("…{text}")
        } else {
            text.to_owned()
        }
    }
}

async fn read_tail(stream: Option<impl AsyncRead + Unpin>) -> Tail {
    let mut tail = Tail::default();
    let Some(mut stream) = stream else {
        return tail;
    };
    let mut buf = [0u8; 8192];
    // A read error ends the stream as far as the failure message is concerned.
    while let Ok(n @ 1..) = stream.read(&mut buf).await {
        tail.bytes.extend_from_slice(&buf[..n]);
        if tail.bytes.len() > 2 * TAIL_BYTES {
            let excess = tail.bytes.len() - TAIL_BYTES;
            tail.bytes.drain(..excess);
            tail.truncated = true;
        }
    }
    if tail.bytes.len() > TAIL_BYTES {
        let excess = tail.bytes.len() - TAIL_BYTES;
        tail.bytes.drain(..excess);
        tail.truncated = true;
    }
    tail
}

/// Maps an exit status to the contract's outcome.
fn outcome(
    program: &str,
    status: ExitStatus,
    stdout: &Tail,
    stderr: &Tail,
    pages: i64,
) -> Result<TaskOutput, JobError> {
    let tails = || {
        format!(
            "\n--- stdout (last {TAIL_BYTES} bytes) ---\n{}\n--- stderr (last {TAIL_BYTES} bytes) ---\n{}",
            stdout.render(),
            stderr.render()
        )
    };
    match (status.code(), status.signal()) {
        (Some(0), _) => {
            tracing::debug!(stdout = %stdout.render(), stderr = %stderr.render(), "command succeeded");
            Ok(TaskOutput {
                metrics: serde_json::json!({ "exit_code": 0, "pages": pages }),
            })
        }
        (Some(EXIT_TERMINAL), _) => Err(JobError::Terminal(format!(
            "command '{program}' exited with status {EXIT_TERMINAL} (terminal failure){}",
            tails()
        ))),
        (Some(EXIT_RETURN_UNTOUCHED), _) => Err(JobError::ReturnUntouched(format!(
            "command '{program}' exited with status {EXIT_RETURN_UNTOUCHED}{}",
            tails()
        ))),
        (Some(code), _) => Err(JobError::Retryable(format!(
            "command '{program}' exited with status {code}{}",
            tails()
        ))),
        (None, signal) => {
            let name = signal
                .and_then(|s| Signal::try_from(s).ok())
                .map_or_else(|| format!("{signal:?}"), |s| s.as_str().to_owned());
            Err(JobError::Retryable(format!(
                "command '{program}' was killed by signal {name}{}",
                tails()
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use chrono::Utc;
    use folio_core::ids::{JobName, TaskId, VolumeRef, WorkerId};
    use folio_core::job::{Job, JobSpec, JobStatus, RunSettings};
    use folio_core::kind::StagedInput;
    use folio_core::ports::{Claim, Lease};
    use serde_json::json;
    use tokio_util::sync::CancellationToken;

    use super::*;

    /// A task of job `job` running `command`, with its directories in a temporary directory.
    struct Fixture {
        _tmp: tempfile::TempDir,
        ctx: TaskContext,
    }

    fn fixture(job: &str, command: &[&str], volume: Option<VolumeRef>) -> Fixture {
        let tmp = tempfile::tempdir().unwrap();
        let dir = |name: &str| {
            let d = tmp.path().join(name);
            std::fs::create_dir_all(&d).unwrap();
            d
        };
        let name = JobName::new(job).unwrap();
        let spec = JobSpec {
            name: name.clone(),
            kind: "exec".into(),
            config: json!({ "command": command, "env": { "GREETING": "bonjour" } }),
            depends_on: vec![],
            reduce: volume.is_none(),
            settings: RunSettings::default(),
        };
        let ctx = TaskContext {
            job: Job {
                id: 1,
                spec,
                status: JobStatus::Active,
                queue_url: None,
                dlq_url: None,
                created_at: Utc::now(),
            },
            claim: Claim {
                lease: Lease {
                    task_id: TaskId(42),
                    attempt: 2,
                    worker: WorkerId("w".into()),
                },
                job: name,
                nb_images: if volume.is_some() { 3 } else { 0 },
                volume: volume.clone(),
                max_attempts: 3,
            },
            images_dir: volume.as_ref().map(|_| dir("images")),
            upstream: vec![],
            output_dir: dir("out"),
            scratch_dir: dir("work"),
            cancel: CancellationToken::new(),
        };
        Fixture { _tmp: tmp, ctx }
    }

    fn volume() -> VolumeRef {
        VolumeRef::new("W1", "I2", "e3").unwrap()
    }

    fn sh(script: &str) -> [&str; 3] {
        ["sh", "-c", script]
    }

    fn read_env(ctx: &TaskContext) -> BTreeMap<String, String> {
        std::fs::read_to_string(ctx.output_dir.join("env.txt"))
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect()
    }

    const DUMP_ENV: &str = r#"env | grep -E '^(FOLIO_|GREETING=)' > "$FOLIO_OUTPUT_DIR/env.txt""#;

    #[tokio::test]
    async fn a_volume_task_sees_its_identity_directories_and_upstream_outputs() {
        let mut f = fixture("text-stats", &sh(DUMP_ENV), Some(volume()));
        f.ctx.upstream = vec![StagedInput {
            job: JobName::new("page-count").unwrap(),
            volume: Some(volume()),
            dir: PathBuf::from("/blobs/page-count/W1/I2/e3/a1"),
        }];
        let out = Exec.run(&f.ctx).await.unwrap();
        assert_eq!(out.metrics, json!({ "exit_code": 0, "pages": 3 }));

        let env = read_env(&f.ctx);
        let path = |p: &Path| p.display().to_string();
        assert_eq!(env["FOLIO_JOB"], "text-stats");
        assert_eq!(env["FOLIO_TASK_ID"], "42");
        assert_eq!(env["FOLIO_ATTEMPT"], "2");
        assert_eq!(env["FOLIO_W_ID"], "W1");
        assert_eq!(env["FOLIO_I_ID"], "I2");
        assert_eq!(env["FOLIO_ETAG"], "e3");
        assert_eq!(env["FOLIO_NB_IMAGES"], "3");
        assert_eq!(env["FOLIO_INPUT_DIR"], path(f.ctx.images_dir.as_deref().unwrap()));
        assert_eq!(env["FOLIO_OUTPUT_DIR"], path(&f.ctx.output_dir));
        assert_eq!(env["FOLIO_WORK_DIR"], path(&f.ctx.scratch_dir));
        assert_eq!(env["FOLIO_UPSTREAM_PAGE_COUNT"], "/blobs/page-count/W1/I2/e3/a1");
        assert_eq!(env["GREETING"], "bonjour");
        let list = std::fs::read_to_string(&env["FOLIO_UPSTREAM_LIST"]).unwrap();
        assert_eq!(list, "page-count\tW1\tI2\te3\t/blobs/page-count/W1/I2/e3/a1\n");
    }

    #[tokio::test]
    async fn a_reduce_task_has_no_volume_variables_and_lists_every_volume_upstream() {
        let mut f = fixture("report", &sh(DUMP_ENV), None);
        f.ctx.upstream = ["W1", "W2"]
            .into_iter()
            .map(|w| StagedInput {
                job: JobName::new("stats").unwrap(),
                volume: Some(VolumeRef::new(w, "I1", "e").unwrap()),
                dir: PathBuf::from(format!("/blobs/stats/{w}")),
            })
            .collect();
        Exec.run(&f.ctx).await.unwrap();

        let env = read_env(&f.ctx);
        for absent in [
            "FOLIO_W_ID",
            "FOLIO_I_ID",
            "FOLIO_ETAG",
            "FOLIO_NB_IMAGES",
            "FOLIO_INPUT_DIR",
            "FOLIO_UPSTREAM_STATS",
        ] {
            assert!(!env.contains_key(absent), "{absent} is set for a reduce task");
        }
        let list = std::fs::read_to_string(&env["FOLIO_UPSTREAM_LIST"]).unwrap();
        assert_eq!(
            list,
            "stats\tW1\tI1\te\t/blobs/stats/W1\nstats\tW2\tI1\te\t/blobs/stats/W2\n"
        );
    }

    #[tokio::test]
    async fn exit_codes_follow_the_contract_and_failures_carry_both_tails() {
        let cases = [
            ("3", "Terminal"),
            ("4", "ReturnUntouched"),
            ("1", "Retryable"),
            ("77", "Retryable"),
        ];
        for (code, kind) in cases {
            let script = format!("echo out-{code}; echo err-{code} >&2; exit {code}");
            let f = fixture("j", &sh(&script), Some(volume()));
            let err = Exec.run(&f.ctx).await.unwrap_err();
            let (got, message) = match &err {
                JobError::Terminal(m) => ("Terminal", m),
                JobError::ReturnUntouched(m) => ("ReturnUntouched", m),
                JobError::Retryable(m) => ("Retryable", m),
            };
            assert_eq!(got, kind, "exit {code}: {err}");
            assert!(message.contains(&format!("exited with status {code}")), "{message}");
            assert!(
                message.contains(&format!("--- stdout (last 2048 bytes) ---\nout-{code}\n")),
                "{message}"
            );
            assert!(
                message.contains(&format!("--- stderr (last 2048 bytes) ---\nerr-{code}")),
                "{message}"
            );
        }
    }

    #[tokio::test]
    async fn tails_keep_the_end_of_long_output() {
        let script = "i=0; while [ $i -lt 3000 ]; do echo \"line $i\" >&2; i=$((i+1)); done; exit 1";
        let f = fixture("j", &sh(script), Some(volume()));
        let JobError::Retryable(message) = Exec.run(&f.ctx).await.unwrap_err() else {
            panic!("exit 1 is retryable");
        };
        assert!(message.contains("line 2999"), "{message}");
        assert!(!message.contains("line 10\n"), "the head of stderr was kept");
        assert!(message.contains("--- stderr (last 2048 bytes) ---\n…"), "{message}");
        assert!(
            message.contains("--- stdout (last 2048 bytes) ---\n(empty)"),
            "{message}"
        );
        assert!(
            message.len() < 2 * TAIL_BYTES + 200,
            "message is {} bytes",
            message.len()
        );
    }

    #[tokio::test]
    async fn a_command_killed_by_a_signal_is_retryable() {
        let f = fixture("j", &sh("echo dying >&2; kill -KILL $$"), Some(volume()));
        let err = Exec.run(&f.ctx).await.unwrap_err();
        let JobError::Retryable(message) = err else {
            panic!("a signal is retryable: {err:?}");
        };
        assert!(message.contains("was killed by signal SIGKILL"), "{message}");
        assert!(message.contains("dying"), "{message}");
    }

    #[tokio::test]
    async fn cancellation_kills_the_command_and_everything_it_started() {
        let script = r#"(sleep 1; touch "$FOLIO_OUTPUT_DIR/late") & sleep 30"#;
        let f = fixture("j", &sh(script), Some(volume()));
        let cancel = f.ctx.cancel.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(200)).await;
            cancel.cancel();
        });
        let started = std::time::Instant::now();
        let err = Exec.run(&f.ctx).await.unwrap_err();
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "took {:?}",
            started.elapsed()
        );
        assert!(
            matches!(&err, JobError::Retryable(m) if m.contains("was stopped")),
            "{err:?}"
        );
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert!(
            !f.ctx.output_dir.join("late").exists(),
            "a background process outlived the task"
        );
    }

    #[tokio::test]
    async fn a_background_process_does_not_hold_a_finished_task() {
        let f = fixture("j", &sh("sleep 30 & echo done"), Some(volume()));
        let started = std::time::Instant::now();
        Exec.run(&f.ctx).await.unwrap();
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn validation_refuses_bad_configs_with_the_reason() {
        let cases = [
            (json!({}), "missing field `command`"),
            (json!({"command": []}), "\"command\" is empty"),
            (json!({"command": [""]}), "\"command\" is empty"),
            (json!({"command": ["true"], "cmd": 1}), "unknown field `cmd`"),
            (
                json!({"command": ["true"], "env": {"FOLIO_JOB": "x"}}),
                "env key FOLIO_JOB is reserved",
            ),
            (
                json!({"command": ["true"], "env": {"A=B": "x"}}),
                "not a valid environment variable",
            ),
            (json!({"command": "true"}), "expected {\"command\""),
        ];
        for (config, expected) in cases {
            let err = Exec.validate(&config).unwrap_err();
            assert!(err.contains(expected), "{config}: {err}");
        }
        assert!(Exec.validate(&json!({"command": ["sh", "-c", "true"]})).is_ok());
    }

    #[test]
    fn validation_finds_programs_on_path_and_by_path() {
        let tmp = tempfile::tempdir().unwrap();
        let script = tmp.path().join("step.sh");
        std::fs::write(&script, "#!/bin/sh\n").unwrap();
        let path = script.display().to_string();

        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = Exec.validate(&json!({"command": [path]})).unwrap_err();
        assert_eq!(
            err,
            format!("command '{path}' is not executable: chmod +x it, or fix the job's config")
        );

        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert!(Exec.validate(&json!({"command": [path]})).is_ok());
        // The job's own PATH is where a bare name is looked up.
        let own_path = json!({"command": ["step.sh"], "env": {"PATH": tmp.path()}});
        assert!(Exec.validate(&own_path).is_ok());

        let err = Exec
            .validate(&json!({"command": ["no-such-program-folio"]}))
            .unwrap_err();
        assert_eq!(err, "command 'no-such-program-folio' was not found on PATH: install it, or give its full path in the job's config");
        let err = Exec.validate(&json!({"command": ["/no/such/prog"]})).unwrap_err();
        assert!(err.starts_with("command '/no/such/prog' does not exist"), "{err}");
        let err = Exec.validate(&json!({"command": [tmp.path()]})).unwrap_err();
        assert!(err.contains("is not a file"), "{err}");
    }

    #[tokio::test]
    async fn a_program_that_became_missing_or_not_executable_fails_for_good() {
        let tmp = tempfile::tempdir().unwrap();
        let script = tmp.path().join("step.sh");
        std::fs::write(&script, "#!/bin/sh\nexit 0\n").unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o644)).unwrap();
        let path = script.display().to_string();

        let f = fixture("j", &[&path], Some(volume()));
        let err = Exec.run(&f.ctx).await.unwrap_err();
        assert_eq!(
            err,
            JobError::Terminal(format!(
                "command '{path}' is not executable: chmod +x it, or fix the job's config"
            ))
        );

        std::fs::remove_file(&script).unwrap();
        let err = Exec.run(&f.ctx).await.unwrap_err();
        assert!(
            matches!(&err, JobError::Terminal(m) if m.contains("does not exist")),
            "{err:?}"
        );
    }

    #[test]
    fn upstream_variables_are_upper_case_with_underscores() {
        assert_eq!(upstream_var("text-stats"), "FOLIO_UPSTREAM_TEXT_STATS");
        assert_eq!(upstream_var("ocr2"), "FOLIO_UPSTREAM_OCR2");
    }
}
