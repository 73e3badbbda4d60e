//! Bad input gets a clear error that names the bad value, and nothing is half-applied.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use common::{make_volumes, Folio};

#[test]
fn a_manifest_line_that_does_not_parse_is_named_by_number() {
    let folio = Folio::new();
    folio.create_exec_job("ocr", &["true"], &[]);
    let manifest = folio.root().join("volumes.jsonl");
    std::fs::write(
        &manifest,
        "# two volumes, the second one broken\n\
         {\"w_id\": \"W1\", \"i_id\": \"I1\", \"etag\": \"e1\", \"nb_images\": 3}\n\
         {\"w_id\": \"W2\", \"i_id\": \"I1\", \"etag\": \"e1\", \"nb_images\": }\n",
    )
    .unwrap();
    let stderr = folio.fails([
        "enqueue".as_ref(),
        "--job".as_ref(),
        "ocr".as_ref(),
        "--manifest".as_ref(),
        manifest.as_os_str(),
    ]);
    assert!(
        stderr.contains(&format!("manifest {} line 3: ", manifest.display())),
        "{stderr}"
    );
    assert!(folio.tasks(&[]).is_empty(), "a refused manifest enqueued tasks");

    // Fixed, it enqueues both.
    std::fs::write(
        &manifest,
        "{\"w_id\": \"W1\", \"i_id\": \"I1\", \"etag\": \"e1\", \"nb_images\": 3}\n\n\
         {\"w_id\": \"W2\", \"i_id\": \"I1\", \"etag\": \"e1\", \"nb_images\": 2}\n",
    )
    .unwrap();
    let out = folio.ok([
        "enqueue".as_ref(),
        "--job".as_ref(),
        "ocr".as_ref(),
        "--manifest".as_ref(),
        manifest.as_os_str(),
    ]);
    assert!(out.contains("2 task(s) created, 0 skipped"), "{out}");
    assert_eq!(folio.tasks(&[]).len(), 2);
}

#[test]
fn an_unknown_job_is_refused_with_the_way_to_find_the_right_one() {
    let folio = Folio::new();
    let volumes = folio.root().join("volumes");
    make_volumes(&volumes, &[("W1", "I1", 1)]);
    let stderr = folio.fails([
        "enqueue".as_ref(),
        "--job".as_ref(),
        "nope".as_ref(),
        volumes.as_os_str(),
    ]);
    assert!(
        stderr.contains("unknown job 'nope': `folio jobs list` shows the jobs"),
        "{stderr}"
    );
    let stderr = folio.fails(["jobs", "show", "nope"]);
    assert!(stderr.contains("unknown job 'nope'"), "{stderr}");
    let stderr = folio.fails(["redrive", "--job", "nope"]);
    assert!(stderr.contains("unknown job 'nope'"), "{stderr}");
}

#[test]
fn dependency_cycles_and_unknown_dependencies_are_refused_and_nothing_is_created() {
    let folio = Folio::new();
    let pipeline = folio.root().join("cycle.toml");
    std::fs::write(
        &pipeline,
        r#"
[[job]]
name = "a"
kind = "exec"
depends_on = ["c"]
[job.config]
command = ["true"]

[[job]]
name = "b"
kind = "exec"
depends_on = ["a"]
[job.config]
command = ["true"]

[[job]]
name = "c"
kind = "exec"
depends_on = ["b"]
[job.config]
command = ["true"]
"#,
    )
    .unwrap();
    let stderr = folio.fails([
        "jobs".as_ref(),
        "create".as_ref(),
        "--file".as_ref(),
        pipeline.as_os_str(),
    ]);
    assert!(
        stderr.contains("jobs would form a dependency cycle: a -> c -> b -> a; remove one of these dependencies"),
        "{stderr}"
    );

    let config = r#"{"command": ["true"]}"#;
    let stderr = folio.fails([
        "jobs",
        "create",
        "--name",
        "eval",
        "--kind",
        "exec",
        "--config",
        config,
        "--depends-on",
        "orc",
    ]);
    assert!(
        stderr.contains("job 'eval' depends on 'orc', which does not exist"),
        "{stderr}"
    );
    assert_eq!(folio.ok(["jobs", "list", "--json"]).trim(), "[]");

    // A job depending on itself is the smallest cycle.
    let stderr = folio.fails([
        "jobs",
        "create",
        "--name",
        "loop",
        "--kind",
        "exec",
        "--config",
        config,
        "--depends-on",
        "loop",
    ]);
    assert!(stderr.contains("dependency cycle: loop -> loop"), "{stderr}");
}

#[test]
fn a_volume_directory_without_images_is_named_and_nothing_is_enqueued() {
    let folio = Folio::new();
    folio.create_exec_job("ocr", &["true"], &[]);
    let volumes = folio.root().join("volumes");
    make_volumes(&volumes, &[("W1", "I1", 2), ("W3", "I1", 1)]);
    let empty = volumes.join("W2").join("I7");
    std::fs::create_dir_all(&empty).unwrap();
    std::fs::write(empty.join("notes.txt"), "no pages here").unwrap();

    let stderr = folio.fails([
        "enqueue".as_ref(),
        "--job".as_ref(),
        "ocr".as_ref(),
        volumes.as_os_str(),
    ]);
    assert!(
        stderr.contains(&format!("volume directory {} has no page images", empty.display())),
        "{stderr}"
    );
    assert!(folio.tasks(&[]).is_empty(), "part of a refused directory was enqueued");
}

#[test]
fn exec_commands_that_are_missing_or_not_executable_are_refused_at_job_creation() {
    let folio = Folio::new();
    let stderr = folio.fails([
        "jobs",
        "create",
        "--name",
        "a",
        "--kind",
        "exec",
        "--config",
        r#"{"command": ["/no/such/program"]}"#,
    ]);
    assert!(
        stderr.contains("cannot create job 'a': exec job config: command '/no/such/program' does not exist"),
        "{stderr}"
    );

    let stderr = folio.fails([
        "jobs",
        "create",
        "--name",
        "a",
        "--kind",
        "exec",
        "--config",
        r#"{"command": ["no-such-program-folio"]}"#,
    ]);
    assert!(
        stderr.contains("command 'no-such-program-folio' was not found on PATH: install it, or give its full path"),
        "{stderr}"
    );

    let script = folio.root().join("step.sh");
    std::fs::write(&script, "#!/bin/sh\nexit 0\n").unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o644)).unwrap();
    let config = serde_json::json!({ "command": [script] }).to_string();
    let stderr = folio.fails(["jobs", "create", "--name", "a", "--kind", "exec", "--config", &config]);
    assert!(
        stderr.contains(&format!(
            "command '{}' is not executable: chmod +x it, or fix the job's config",
            script.display()
        )),
        "{stderr}"
    );

    let stderr = folio.fails(["jobs", "create", "--name", "a", "--kind", "tesseract", "--config", "{}"]);
    assert!(
        stderr.contains("unknown job kind 'tesseract': this build knows exec, ocr, ocr-eval"),
        "{stderr}"
    );
    assert_eq!(folio.ok(["jobs", "list", "--json"]).trim(), "[]");
}

#[test]
fn a_command_that_stops_being_executable_fails_its_task_for_good() {
    let folio = Folio::new();
    let volumes = folio.root().join("volumes");
    make_volumes(&volumes, &[("W1", "I1", 1)]);
    let script = folio.root().join("step.sh");
    std::fs::write(&script, "#!/bin/sh\nexit 0\n").unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    folio.create_exec_job("step", &[script.to_str().unwrap()], &[]);
    folio.ok([
        "enqueue".as_ref(),
        "--job".as_ref(),
        "step".as_ref(),
        volumes.as_os_str(),
    ]);
    // Validation passed at creation; the file changes before a worker gets to it.
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o644)).unwrap();

    let args = [
        "--images".as_ref(),
        volumes.as_os_str(),
        "--idle-exit".as_ref(),
        "3".as_ref(),
        "--poll-ms".as_ref(),
        "50".as_ref(),
    ];
    let mut worker = folio.spawn_worker("worker", &args);
    common::wait_until(Duration::from_secs(20), "the worker exits idle", || {
        worker.try_wait().unwrap().is_some()
    });
    assert!(worker.wait().unwrap().success(), "{}", folio.worker_log("worker"));

    let tasks = folio.tasks(&[]);
    assert_eq!(tasks.len(), 1);
    assert_eq!(
        tasks[0]["status"], "dead",
        "a terminal failure is not retried: {:#}",
        tasks[0]
    );
    assert_eq!(tasks[0]["attempt"], 1);
    let errors = folio.errors(&["--job", "step"]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0]["kind"], "terminal");
    let message = errors[0]["message"].as_str().unwrap();
    assert!(
        message.contains(&format!(
            "command '{}' is not executable: chmod +x it",
            script.display()
        )),
        "{message}"
    );
}

#[test]
fn a_worker_without_its_images_directory_refuses_to_start() {
    let folio = Folio::new();
    let missing = folio.root().join("no-images");
    let stderr = folio.fails(["worker".as_ref(), "--images".as_ref(), missing.as_os_str()]);
    assert!(
        stderr.contains(&format!("--images {} is not a directory", missing.display()))
            && stderr.contains("FOLIO_IMAGES"),
        "{stderr}"
    );
}

#[test]
fn a_pipeline_that_changed_a_job_says_how_to_apply_it() {
    let folio = Folio::new();
    let volumes = folio.root().join("volumes");
    make_volumes(&volumes, &[("W1", "I1", 1)]);
    let pipeline = folio.root().join("pipeline.toml");
    let job = |command: &str| {
        format!("[[job]]\nname = \"count\"\nkind = \"exec\"\n[job.config]\ncommand = [\"{command}\"]\n")
    };
    std::fs::write(&pipeline, job("true")).unwrap();
    let out = folio.ok([
        "jobs".as_ref(),
        "create".as_ref(),
        "--file".as_ref(),
        pipeline.as_os_str(),
    ]);
    assert!(out.contains("created job 'count'"), "{out}");

    std::fs::write(&pipeline, job("false")).unwrap();
    let stderr = folio.fails([
        "run".as_ref(),
        volumes.as_os_str(),
        "--pipeline".as_ref(),
        pipeline.as_os_str(),
    ]);
    assert!(
        stderr.contains("job 'count' already exists, and its 'config' field differs"),
        "{stderr}"
    );
    assert!(stderr.contains("`folio jobs delete count`"), "{stderr}");
    assert!(folio.tasks(&[]).is_empty(), "a refused run enqueued tasks");
}
