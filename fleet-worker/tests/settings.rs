//! fleet-worker refuses bad settings at start: exit code 1, and a message naming the variable
//! and the fix, never the database password.

use std::process::Command;

fn run(vars: &[(&str, &str)]) -> (Option<i32>, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_fleet-worker"));
    command
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    for (k, v) in vars {
        command.env(k, v);
    }
    let out = command.output().expect("running fleet-worker");
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn bad_settings_stop_the_worker_naming_the_variable() {
    let url = ("FOLIO_DATABASE_URL", "postgres://folio:hunter2@db.internal:5432/folio");
    let base = [
        url,
        ("FOLIO_JOB", "ocr"),
        ("FOLIO_ARTEFACTS", "s3://folio-data/runs"),
        ("FOLIO_IMAGES", "s3://folio-images"),
    ];
    for (var, value, says) in [
        (
            "FOLIO_JOB",
            "",
            "FOLIO_JOB: not set: give the name of the job this worker serves",
        ),
        ("FOLIO_JOB", "OCR", "FOLIO_JOB: invalid job name \"OCR\""),
        ("FOLIO_IMAGES", "/data/images", "FOLIO_IMAGES: invalid S3 URL"),
        (
            "FOLIO_LEASE_SECS",
            "soon",
            "FOLIO_LEASE_SECS: \"soon\" is not a whole number of seconds",
        ),
        (
            "FOLIO_DATABASE_URL",
            "mysql://folio:hunter2@db/folio",
            "FOLIO_DATABASE_URL: the value (not shown",
        ),
    ] {
        let mut vars: Vec<(&str, &str)> = base.iter().filter(|(k, _)| *k != var).copied().collect();
        vars.push((var, value));
        let (code, stderr) = run(&vars);
        assert_eq!(code, Some(1), "{var}={value}: {stderr}");
        assert!(stderr.contains(says), "{var}={value}: {stderr}");
        assert!(!stderr.contains("hunter2"), "{stderr}");
    }
}
