//! `folio run` end to end: the sample pipeline over a few tiny volumes, then again.

mod common;

use std::ffi::OsStr;

use common::{make_volumes, text, Folio, SAMPLE_PIPELINE};

#[test]
fn run_finishes_the_pipeline_then_a_second_run_has_nothing_to_do() {
    let folio = Folio::new();
    let volumes = folio.root().join("volumes");
    make_volumes(&volumes, &[("W1", "I1", 2), ("W2", "I1", 3), ("W2", "I2", 1)]);
    let args: [&OsStr; 6] = [
        "run".as_ref(),
        volumes.as_os_str(),
        "--pipeline".as_ref(),
        SAMPLE_PIPELINE.as_ref(),
        "--workers".as_ref(),
        "2".as_ref(),
    ];

    let first = folio.ok(args);
    assert!(first.contains("created job 'pages'"), "{first}");
    assert!(first.contains("3 task(s) enqueued for 3 volume(s)"), "{first}");

    // Every task of the three jobs succeeded at its first attempt: 3 + 3 volume tasks, 1 reduce.
    let tasks = folio.tasks(&[]);
    assert_eq!(tasks.len(), 7, "{tasks:#?}");
    for task in &tasks {
        assert_eq!(task["status"], "succeeded", "{task:#}");
        assert_eq!(task["attempt"], 1, "{task:#}");
    }
    let reduce: Vec<_> = tasks.iter().filter(|t| t["job"] == "report").collect();
    assert_eq!(reduce.len(), 1);
    assert!(reduce[0]["volume"].is_null());
    assert!(folio.errors(&[]).is_empty());

    // The reduce saw every volume's outputs, and the summary says where they are.
    let report_dir = folio.blob_dir().join("report/_job/a1");
    let report = std::fs::read_to_string(report_dir.join("report.txt")).unwrap();
    assert!(
        report.contains("volumes: 3\npages: 6\npages with ground truth: 6\n"),
        "{report}"
    );
    let rows = std::fs::read_to_string(report_dir.join("report.tsv")).unwrap();
    let volumes_listed: Vec<_> = rows
        .lines()
        .skip(1)
        .map(|l| l.split('\t').take(2).collect::<Vec<_>>().join("/"))
        .collect();
    assert_eq!(volumes_listed, ["W1/I1", "W2/I1", "W2/I2"]);
    assert!(
        first.contains(&report_dir.join("report.txt").display().to_string()),
        "{first}"
    );
    for job in ["pages", "text-stats", "report"] {
        let row = first
            .lines()
            .find(|l| l.starts_with(&format!("│ {job} ")))
            .unwrap_or_else(|| panic!("no summary row for {job}:\n{first}"));
        let cells: Vec<&str> = row.split(['│', '┆']).map(str::trim).filter(|c| !c.is_empty()).collect();
        let expected_succeeded = if job == "report" { "1" } else { "3" };
        assert_eq!(&cells[1..3], [expected_succeeded, "0"], "{row}");
    }

    // Again: nothing is enqueued, nothing runs, and the summary is still printed.
    let second = folio.run(args);
    assert!(second.status.success(), "{}", text(&second.stderr));
    let stdout = text(&second.stdout);
    assert!(
        stdout.contains(
            "nothing to do: all 3 volumes are already done for this pipeline (use --force to run them again)"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("mean task time"), "{stdout}");
    assert!(!stdout.contains("starting"), "a second run started workers:\n{stdout}");
    let again = folio.tasks(&[]);
    assert_eq!(again.len(), 7);
    assert!(
        again.iter().all(|t| t["status"] == "succeeded" && t["attempt"] == 1),
        "{again:#?}"
    );

    // With --force, every volume's tasks run again, downstream ones included.
    let mut forced_args = args.to_vec();
    forced_args.push("--force".as_ref());
    folio.ok(&forced_args);
    let after = folio.tasks(&[]);
    assert_eq!(after.len(), 7);
    // The reduce runs again too: its inputs are new attempts.
    for task in &after {
        let expected_attempt = 2;
        assert_eq!(task["status"], "succeeded", "{task:#}");
        assert_eq!(task["attempt"], expected_attempt, "{task:#}");
    }
}
