//! Reading order on rendered book pages: pages of `tests/fixtures/layouts/` (twelve layout
//! categories, typeset like the samples, clean and degraded, 150 and 300 dpi; one of each by
//! default, all 37 with `LAYOUT_FIXTURES=all`) read by the whole engine, each held to its ground
//! truth two ways:
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

/// The highest CER a page of each category may read at: the worst page measured in that category
/// with this reading order (`folio ocr` on the whole set, PP-OCRv6, the default; contents pages
/// without their dot leaders), rounded up with room for another CPU's last digits. Pages in
/// [`STILL_FAILING`] have their own.
const BOUNDS: &[(&str, f64)] = &[
    ("captions", 0.02),           // worst 0.70%
    ("contents", 0.06),           // worst 3.94%: leaders read as stray dots and bullets
    ("dialogue", 0.03),           // worst 1.81%
    ("furniture", 0.05),          // worst 3.11%
    ("index", 0.02),              // worst 0.36%
    ("marginal-notes", 0.20),     // every page is in STILL_FAILING
    ("narrow-gutter", 0.02),      // worst 0.82%
    ("ragged", 0.02),             // worst 0.67%
    ("spanning", 0.03),           // worst 1.32%
    ("three-columns", 0.02),      // worst 0.71%
    ("two-columns-uneven", 0.01), // worst 0.24%
    ("verse", 0.02),              // worst 0.49%
];

/// Pages whose blocks are still read out of order: their CER bound (measured, as above) and why.
/// Their order is printed, not asserted.
const STILL_FAILING: &[(&str, f64, &str)] = &[
    (
        "captions/alice-en",
        0.60,
        "a figure inside the left column leaves more whitespace than ends a column section, so the \
         text below it is read after the right column (CER 54.10%)",
    ),
    (
        "marginal-notes/constitution-en",
        0.20,
        "the notes are read after the whole text column, not after the paragraph beside each (15.19%)",
    ),
    (
        "marginal-notes/quijote-es",
        0.20,
        "the notes are read after the whole text column, not after the paragraph beside each (7.38%)",
    ),
    (
        "marginal-notes/rotkaeppchen-de",
        0.20,
        "the notes are read after the whole text column, not after the paragraph beside each (16.43%)",
    ),
];

/// An anchor shorter than this (a page number, a signature mark) may stand anywhere in the text:
/// it is looked for after the block before it, and a miss is left to the CER.
const SHORT: usize = 8;

/// A block's longest line is found where it reads with at most this share of its characters
/// wrong.
const FOUND: f64 = 0.25;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/layouts")
}

/// The page of each category the test reads by default, one of each layout (37 pages take about
/// five minutes in a debug build on two cores; one of each, under two). `LAYOUT_FIXTURES=all`
/// reads every page.
const EACH: &[&str] = &[
    "captions/froschkoenig-de",
    "contents/quijote-es",
    "dialogue/macbeth-en",
    "furniture/declaration-en",
    "index/declaration-en",
    "marginal-notes/quijote-es",
    "narrow-gutter/quijote-es",
    "ragged/rotkaeppchen-de",
    "spanning/maerchen-de",
    "three-columns/sterntaler-de",
    "two-columns-uneven/alice-en",
    "verse/goethe-de",
];

/// The pages to read: (category, name, image path, ground truth).
fn pages() -> Vec<(String, String, PathBuf, String)> {
    let all = std::env::var("LAYOUT_FIXTURES").is_ok_and(|v| v == "all");
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
            if !all && !EACH.contains(&format!("{category}/{name}").as_str()) {
                continue;
            }
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

/// The ground truth's blocks out of order in `text`, or the first block that cannot be found
/// (letter case aside: the order is checked here, the letters by the CER).
fn block_order(truth: &str, text: &str) -> Result<(), String> {
    let hay: Vec<char> = normalize(text).to_lowercase().chars().collect();
    let mut last: Option<(usize, String)> = None;
    for block in truth.split("\n\n") {
        let Some(anchor) = block
            .lines()
            .map(|l| normalize(l).to_lowercase())
            .max_by_key(|l| l.chars().count())
        else {
            continue;
        };
        let needle: Vec<char> = anchor.chars().collect();
        let short = needle.len() < SHORT;
        let from = last.as_ref().filter(|_| short).map_or(0, |(at, _)| *at);
        let (at, edits) = best_match(&needle, &hay[from..]);
        let at = at + from;
        if edits as f64 > FOUND * needle.len() as f64 {
            if short {
                continue;
            }
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
    assert!(pages.len() >= BOUNDS.len(), "{} pages", pages.len());
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
        let page = format!("{category}/{name}");
        println!("{page}: CER {:.2}%, order {order:?}", cer * 100.0);
        let still_failing = STILL_FAILING.iter().find(|(p, _, _)| *p == page);
        let bound = match still_failing {
            Some((_, bound, why)) => {
                println!("  still out of order: {why}");
                *bound
            }
            None => BOUNDS.iter().find(|(c, _)| c == category).unwrap().1,
        };
        if cer > bound {
            failures.push(format!("{page}: CER {:.2}% over {:.0}%", cer * 100.0, bound * 100.0));
        }
        if let (Err(e), None) = (order, still_failing) {
            failures.push(format!("{page}: {e}"));
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
    // A page number at the foot is found after the text, not in a verse number before it, and
    // one that was not read is left to the CER.
    let numbered = "1 In the beginning God created\n\n2 And the earth was without form\n\n1";
    assert_eq!(
        block_order(
            numbered,
            "1 In the beginning God created 2 And the earth was without form 1"
        ),
        Ok(())
    );
    assert_eq!(
        block_order(
            numbered,
            "1 In the beginning God created 2 And the earth was without form"
        ),
        Ok(())
    );
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
