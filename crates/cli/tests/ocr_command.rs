//! `folio ocr` and `folio bench ocr` through the real binary, on a real sample page.

mod common;

use std::path::{Path, PathBuf};

use common::{text, Folio};

fn sample_page() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/volumes/W0001/I0001/0001.png")
}

#[test]
fn a_good_page_is_written_and_a_bad_one_is_reported_with_its_reason() {
    let folio = Folio::new();
    let pages = folio.root().join("pages");
    std::fs::create_dir_all(&pages).unwrap();
    std::fs::copy(sample_page(), pages.join("0001.png")).unwrap();
    std::fs::write(pages.join("blank.png"), b"").unwrap();
    let out = folio.root().join("out");

    let result = folio.run(["ocr".as_ref(), pages.as_os_str(), "--out".as_ref(), out.as_os_str()]);
    let (stdout, stderr) = (text(&result.stdout), text(&result.stderr));
    assert_eq!(result.status.code(), Some(2), "stdout:\n{stdout}\nstderr:\n{stderr}");

    let page_text = std::fs::read_to_string(out.join("0001.txt")).unwrap();
    for word in ["Rabbit-Hole", "Alice", "sister"] {
        assert!(page_text.contains(word), "{word} not in:\n{page_text}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("0001.json")).unwrap()).unwrap();
    assert_eq!(json["status"], "read");
    assert!(json["lines"].as_array().is_some_and(|l| l.len() > 10), "{json}");

    assert!(
        stderr.contains("blank.png") && stderr.contains("empty (0 bytes)"),
        "the bad page and its reason: {stderr}"
    );
    assert!(!out.join("blank.txt").exists(), "a failed page has no text file");
    assert!(
        stdout.contains("read 1 of 2 page(s)") && stdout.contains("1 page(s) failed"),
        "{stdout}"
    );
}

#[test]
fn a_missing_input_is_named() {
    let folio = Folio::new();
    let missing = folio.root().join("no-such-scans");
    let stderr = folio.fails(["ocr".as_ref(), missing.as_os_str(), "--out".as_ref(), "out".as_ref()]);
    assert!(
        stderr.contains(&format!("{} does not exist", missing.display())),
        "{stderr}"
    );
    assert!(
        !folio.root().join("out").exists(),
        "nothing is written before the inputs are checked"
    );
}

#[test]
fn bench_ocr_reports_speed_and_stages_as_json() {
    let folio = Folio::new();
    let pages = folio.root().join("pages");
    std::fs::create_dir_all(&pages).unwrap();
    // The top of a sample page: its heading and a few lines, so the engine runs every stage quickly.
    let page = image::open(sample_page()).unwrap();
    page.crop_imm(0, 0, page.width(), 320)
        .save(pages.join("top.png"))
        .unwrap();

    let stdout = folio.ok([
        "bench".as_ref(),
        "ocr".as_ref(),
        "--pages".as_ref(),
        pages.as_os_str(),
        "--threads".as_ref(),
        "1".as_ref(),
        "--json".as_ref(),
    ]);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["pages"], 1, "{report}");
    assert!(report["pages_per_sec"].as_f64().is_some_and(|p| p > 0.0), "{report}");
    for stage in ["decode", "detection", "recognition", "post"] {
        assert!(report["ms_per_page"][stage].is_number(), "{stage}: {report}");
    }
    assert!(report["peak_rss_mb"].as_f64().is_some_and(|m| m > 0.0), "{report}");
    assert!(report["cer"].is_null(), "no ground truth beside the page: {report}");
}
