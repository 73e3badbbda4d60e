//! Reading order on rendered book pages: every page of `tests/fixtures/layouts/` (twelve layout
//! categories, typeset like the samples, clean and degraded, 150 and 300 dpi) read by the whole
//! engine, held to its ground truth two ways:
//!
//! - its character error rate stays under its category's bound (measured, with headroom: see
//!   `BOUNDS`), and
//! - its blocks come in the ground truth's order: each block's longest line is found in the
//!   output (the place where it reads best, by edit distance over any stretch of the text), and
//!   those places must follow one another as the blocks do.
//!
//! The fixtures' README gives the layouts and the reading-order rules they follow.

use std::path::{Path, PathBuf};

use folio_ocr::eval::{normalize, Score};
use folio_ocr::{Engine, OcrConfig, Timings};

/// The highest CER a page of each category may read at. Each bound is the worst page measured in
/// that category with `folio bench ocr --pages crates/ocr/tests/fixtures/layouts` (PP-OCRv6,
/// the default), with headroom for the last digits of another CPU's arithmetic.
const BOUNDS: &[(&str, f64)] = &[
    ("captions", 0.05),
    ("contents", 0.05),
    ("dialogue", 0.03),
    ("furniture", 0.03),
    ("index", 0.03),
    ("marginal-notes", 0.05),
    ("narrow-gutter", 0.03),
    ("ragged", 0.03),
    ("spanning", 0.05),
    ("three-columns", 0.05),
    ("two-columns-uneven", 0.03),
    ("verse", 0.03),
];

/// A block's longest line is found where it reads with at most this share of its characters
/// wrong.
const FOUND: f64 = 0.25;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/layouts")
}

/// Every page: (category, name, image path, ground truth).
fn pages() -> Vec<(String, String, PathBuf, String)> {
    let mut pages = Vec::new();
    for (category, _) in BOUNDS {
        let dir = fixtures().join(category);
        let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "png"))
            .collect();
        names.sort();
        for png in names {
            let name = png.file_stem().unwrap().to_string_lossy().into_owned();
            let truth = std::fs::read_to_string(png.with_extension("gt.txt")).unwrap();
            pages.push(((*category).to_owned(), name, png, truth));
        }
    }
    pages
}

/// The output as the ground truth records it: a contents page's dot leaders are drawn, not
/// printed characters, so runs of dots go.
fn as_recorded(category: &str, text: &str) -> String {
    if category != "contents" {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        // A leader: three dots or more, with any spaces between them.
        let mut j = i;
        let mut dots = 0;
        while j < chars.len() && (chars[j] == '.' || chars[j] == '·' || chars[j] == '…' || chars[j] == ' ') {
            dots += usize::from(chars[j] != ' ');
            j += 1;
        }
        if dots >= 3 {
            out.push(' ');
            i = j;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Where `needle` reads best in `hay` (any stretch of it): its end offset there and the edits it
/// takes (Sellers' approximate matching).
fn best_match(needle: &[char], hay: &[char]) -> (usize, usize) {
    let mut prev: Vec<usize> = (0..=needle.len()).collect();
    let mut best = (0, needle.len());
    for (j, &h) in hay.iter().enumerate() {
        let mut row = vec![0; needle.len() + 1];
        for i in 1..=needle.len() {
            let substitute = prev[i - 1] + usize::from(needle[i - 1] != h);
            row[i] = substitute.min(prev[i] + 1).min(row[i - 1] + 1);
        }
        if row[needle.len()] < best.1 {
            best = (j + 1, row[needle.len()]);
        }
        prev = row;
    }
    best
}

/// The ground truth's blocks out of order in `text`, or the first block that cannot be found.
fn block_order(truth: &str, text: &str) -> Result<(), String> {
    let hay: Vec<char> = normalize(text).chars().collect();
    let mut last: Option<(usize, String)> = None;
    for block in truth.split("\n\n") {
        let Some(anchor) = block.lines().map(normalize).max_by_key(|l| l.chars().count()) else {
            continue;
        };
        let needle: Vec<char> = anchor.chars().collect();
        let (at, edits) = best_match(&needle, &hay);
        if edits as f64 > FOUND * needle.len() as f64 {
            return Err(format!(
                "block \"{anchor}\" is not in the output ({edits} edits at best)"
            ));
        }
        if let Some((before, previous)) = &last {
            if at <= *before {
                return Err(format!("block \"{anchor}\" is read before \"{previous}\""));
            }
        }
        last = Some((at, anchor));
    }
    Ok(())
}

#[test]
fn every_layout_reads_in_order() {
    let engine = Engine::new(OcrConfig::default()).unwrap();
    let pages = pages();
    assert!(pages.len() >= 30, "{} pages", pages.len());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(4);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<(usize, f64, Result<(), String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut out = Vec::new();
                    let mut timings = Timings::default();
                    loop {
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some((category, name, png, truth)) = pages.get(k) else {
                            break;
                        };
                        let bytes = std::fs::read(png).unwrap();
                        let page = engine.read_file(name, &bytes, &mut timings).remove(0);
                        assert!(page.error().is_none(), "{category}/{name}: {:?}", page.error());
                        let text = as_recorded(category, page.text());
                        let cer = Score::of(truth, &text).cer().unwrap();
                        out.push((k, cer, block_order(truth, &text)));
                    }
                    out
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });

    let mut failures = Vec::new();
    for (k, cer, order) in results {
        let (category, name, _, _) = &pages[k];
        let bound = BOUNDS.iter().find(|(c, _)| c == category).unwrap().1;
        println!("{category}/{name}: CER {:.2}%", cer * 100.0);
        if cer > bound {
            failures.push(format!(
                "{category}/{name}: CER {:.2}% over {:.0}%",
                cer * 100.0,
                bound * 100.0
            ));
        }
        if let Err(e) = order {
            failures.push(format!("{category}/{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn block_order_finds_blocks_and_their_order() {
    let truth = "A heading line\n\nthe left column runs here\nand on\n\nthe right column follows";
    assert_eq!(
        block_order(
            truth,
            "A heading line the left column runs here and on the right column follows"
        ),
        Ok(())
    );
    // Interleaved columns put the right column's longest line first.
    assert!(block_order(
        truth,
        "A heading line the right column follows the left column runs here and on"
    )
    .is_err());
    // A block that is not there.
    assert!(block_order(truth, "A heading line the left column runs here and on").is_err());
}

#[test]
fn dot_leaders_go_from_contents_pages_only() {
    assert_eq!(as_recorded("contents", "Chapter I . . . . . 3"), "Chapter I 3");
    assert_eq!(as_recorded("contents", "Chapter II.........17"), "Chapter II 17");
    assert_eq!(
        as_recorded("ragged", "and then . . . nothing"),
        "and then . . . nothing"
    );
}
