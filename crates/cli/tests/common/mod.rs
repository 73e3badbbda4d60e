//! Test helpers: the real `folio` binary against a private data directory (the embedded
//! profile), sample volumes made on the spot, and polling with deadlines instead of sleeps.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// A 1×1 PNG: real page images are not needed to exercise the orchestration.
pub const TINY_PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0A, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00,
    0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

pub const SAMPLE_PIPELINE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/exec-pipeline.toml");

/// One private folio installation: a temporary directory holding the data directory.
pub struct Folio {
    pub tmp: tempfile::TempDir,
}

impl Folio {
    pub fn new() -> Self {
        Self {
            tmp: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    pub fn root(&self) -> &Path {
        self.tmp.path()
    }

    pub fn data_dir(&self) -> PathBuf {
        self.root().join("data")
    }

    pub fn blob_dir(&self) -> PathBuf {
        self.data_dir().join("blobs")
    }

    /// `folio ARGS` on this installation, with no `FOLIO_*` setting leaking in from outside.
    pub fn command<I, S>(&self, args: I) -> Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_folio"));
        for var in [
            "FOLIO_DATABASE_URL",
            "FOLIO_BLOB_DIR",
            "FOLIO_IMAGES",
            "FOLIO_LOG",
            "FOLIO_LOG_FORMAT",
            "FOLIO_QUEUE",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("FOLIO_DATA_DIR", self.data_dir())
            .current_dir(self.root())
            .stdin(Stdio::null())
            .args(args);
        cmd
    }

    pub fn run<I, S>(&self, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.command(args).output().expect("the folio binary runs")
    }

    /// Runs a command that must succeed; its stdout.
    pub fn ok<I, S>(&self, args: I) -> String
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let args: Vec<_> = args.into_iter().map(|a| a.as_ref().to_owned()).collect();
        let out = self.run(&args);
        assert!(
            out.status.success(),
            "folio {args:?} failed with {}:\nstdout:\n{}\nstderr:\n{}",
            out.status,
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stdout)
    }

    /// Runs a command that must fail with exit code 1; its stderr.
    pub fn fails<I, S>(&self, args: I) -> String
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let args: Vec<_> = args.into_iter().map(|a| a.as_ref().to_owned()).collect();
        let out = self.run(&args);
        assert_eq!(
            out.status.code(),
            Some(1),
            "folio {args:?} should fail:\nstdout:\n{}\nstderr:\n{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stderr)
    }

    /// `folio tasks list --json ARGS`.
    pub fn tasks(&self, args: &[&str]) -> Vec<Value> {
        let mut all = vec!["tasks", "list", "--json", "--limit", "10000"];
        all.extend_from_slice(args);
        json_array(&self.ok(all))
    }

    /// `folio errors list --json ARGS`.
    pub fn errors(&self, args: &[&str]) -> Vec<Value> {
        let mut all = vec!["errors", "list", "--json"];
        all.extend_from_slice(args);
        json_array(&self.ok(all))
    }

    /// `folio jobs create --name NAME --kind exec --config {"command": COMMAND} EXTRA`.
    pub fn create_exec_job(&self, name: &str, command: &[&str], extra: &[&str]) {
        let config = serde_json::json!({ "command": command }).to_string();
        let mut args = vec!["jobs", "create", "--name", name, "--kind", "exec", "--config", &config];
        args.extend_from_slice(extra);
        self.ok(args);
    }
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn json_array(s: &str) -> Vec<Value> {
    match serde_json::from_str(s) {
        Ok(Value::Array(items)) => items,
        other => panic!("expected a JSON array, got {other:?} from:\n{s}"),
    }
}

/// Makes `root/{w_id}/{i_id}/NNNN.png` with its `NNNN.gt.txt`, for each (w_id, i_id, pages).
pub fn make_volumes(root: &Path, volumes: &[(&str, &str, usize)]) {
    for (w_id, i_id, pages) in volumes {
        let dir = root.join(w_id).join(i_id);
        std::fs::create_dir_all(&dir).unwrap();
        for page in 1..=*pages {
            std::fs::write(dir.join(format!("{page:04}.png")), TINY_PNG).unwrap();
            std::fs::write(
                dir.join(format!("{page:04}.gt.txt")),
                format!("page {page} of {w_id} {i_id}\n"),
            )
            .unwrap();
        }
    }
}

/// Polls `check` every 50 ms until it holds; panics with `what` after `timeout`.
pub fn wait_until(timeout: Duration, what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !check() {
        assert!(
            Instant::now() < deadline,
            "timed out after {timeout:?} waiting until {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The lines of a file, or none if it does not exist yet.
pub fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .map(|s| s.lines().map(String::from).collect())
        .unwrap_or_default()
}

impl Folio {
    /// Starts `folio worker ARGS` in the background, its output in `{name}.log` here.
    pub fn spawn_worker(&self, name: &str, args: &[&std::ffi::OsStr]) -> std::process::Child {
        let log = std::fs::File::create(self.root().join(format!("{name}.log"))).unwrap();
        let mut all: Vec<&std::ffi::OsStr> = vec!["worker".as_ref()];
        all.extend_from_slice(args);
        self.command(all)
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("the worker starts")
    }

    /// What a worker started by [`Folio::spawn_worker`] logged.
    pub fn worker_log(&self, name: &str) -> String {
        std::fs::read_to_string(self.root().join(format!("{name}.log"))).unwrap_or_default()
    }
}
