//! A worker killed with SIGKILL in the middle of a task: the task is reclaimed once its lease
//! expires, finishes exactly once, and its downstream task runs exactly once.

mod common;

use std::ffi::OsStr;
use std::time::Duration;

use common::{lines, make_volumes, wait_until, Folio};
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

#[test]
fn a_task_of_a_killed_worker_is_reclaimed_and_succeeds_exactly_once() {
    let folio = Folio::new();
    let volumes = folio.root().join("volumes");
    make_volumes(&volumes, &[("W1", "I1", 2)]);
    let slow_log = folio.root().join("slow.log");
    let after_log = folio.root().join("after.log");

    // `slow` records each execution as it starts, then works for a while; `after` reads it.
    let slow = format!(
        r#"echo "attempt $FOLIO_ATTEMPT" >> '{}'; sleep 2; echo done > "$FOLIO_OUTPUT_DIR/slow.txt""#,
        slow_log.display()
    );
    let after = format!(
        r#"cat "$FOLIO_UPSTREAM_SLOW/slow.txt" > /dev/null && echo "$FOLIO_W_ID/$FOLIO_I_ID" >> '{}'"#,
        after_log.display()
    );
    folio.create_exec_job("slow", &["sh", "-c", &slow], &["--max-attempts", "3"]);
    folio.create_exec_job("after", &["sh", "-c", &after], &["--depends-on", "slow"]);
    folio.ok([
        "enqueue".as_ref(),
        "--job".as_ref(),
        "slow".as_ref(),
        volumes.as_os_str(),
    ]);

    let args: [&OsStr; 6] = [
        "--images".as_ref(),
        volumes.as_os_str(),
        "--lease-secs".as_ref(),
        "2".as_ref(),
        "--poll-ms".as_ref(),
        "100".as_ref(),
    ];
    let mut first = folio.spawn_worker("first", &args);
    wait_until(Duration::from_secs(20), "the first worker runs the slow task", || {
        !lines(&slow_log).is_empty()
    });
    let running = folio.tasks(&["--status", "running"]);
    assert_eq!(running.len(), 1, "{running:#?}");
    assert_eq!(running[0]["job"], "slow");
    let first_owner = running[0]["lease_owner"].as_str().unwrap().to_owned();

    first.kill().unwrap(); // SIGKILL: no drain, no release, the lease just stops being renewed
    first.wait().unwrap();

    let mut second = folio.spawn_worker("second", &args);
    wait_until(Duration::from_secs(30), "the downstream task succeeds", || {
        folio
            .tasks(&["--job", "after"])
            .first()
            .is_some_and(|t| t["status"] == "succeeded")
    });
    kill(Pid::from_raw(second.id() as i32), Signal::SIGTERM).unwrap();
    wait_until(Duration::from_secs(20), "the second worker drains", || {
        second.try_wait().unwrap().is_some()
    });
    assert_eq!(second.wait().unwrap().code(), Some(0), "{}", folio.worker_log("second"));

    // The slow task succeeded once, at its second attempt, on the second worker.
    let slow_tasks = folio.tasks(&["--job", "slow"]);
    assert_eq!(slow_tasks.len(), 1);
    assert_eq!(slow_tasks[0]["status"], "succeeded", "{:#}", slow_tasks[0]);
    assert_eq!(slow_tasks[0]["attempt"], 2, "{:#}", slow_tasks[0]);
    assert_ne!(slow_tasks[0]["lease_owner"], first_owner.as_str());
    assert_eq!(lines(&slow_log), ["attempt 1", "attempt 2"]);
    let etag = slow_tasks[0]["volume"]["etag"].as_str().unwrap();
    let attempts = folio.blob_dir().join("slow/W1/I1").join(etag);
    assert!(attempts.join("a2/success.json").is_file());
    assert!(!attempts.join("a1").exists(), "the killed attempt wrote artefacts");

    // One failure on record: the lease expiry of the killed worker's attempt.
    let errors = folio.errors(&["--job", "slow"]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0]["attempt"], 1);
    assert_eq!(errors[0]["kind"], "retryable");
    let message = errors[0]["message"].as_str().unwrap();
    assert!(
        message.contains("lease expired") && message.contains(&first_owner),
        "{message}"
    );

    // The downstream task ran exactly once, and nothing is left to do.
    assert_eq!(lines(&after_log), ["W1/I1"]);
    let all = folio.tasks(&[]);
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(|t| t["status"] == "succeeded"), "{all:#?}");
    assert!(folio.errors(&["--job", "after"]).is_empty());
}
