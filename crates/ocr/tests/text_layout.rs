//! Reading order on made-up layouts and on a real two-column page.

use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;

use folio_ocr::layout::{reading_order, Block};
use folio_ocr::{Point, Quad};

fn rect(x0: f32, y0: f32, x1: f32, y1: f32) -> Quad {
    Quad([
        Point::new(x0, y0),
        Point::new(x1, y0),
        Point::new(x1, y1),
        Point::new(x0, y1),
    ])
}

/// The boxes' labels, block by block, line by line (boxes of a line joined by a space).
fn read(blocks: &[Block], labels: &[&str]) -> Vec<Vec<String>> {
    blocks
        .iter()
        .map(|b| {
            b.lines
                .iter()
                .map(|l| l.iter().map(|&i| labels[i]).collect::<Vec<_>>().join(" "))
                .collect()
        })
        .collect()
}

/// Every index in `0..n` exactly once.
fn assert_permutation(blocks: &[Block], n: usize) {
    let mut all: Vec<usize> = blocks.iter().flat_map(|b| b.lines.iter().flatten().copied()).collect();
    all.sort_unstable();
    assert_eq!(all, (0..n).collect::<Vec<_>>());
}

/// Builds a page from labelled boxes, shuffled so the input order says nothing.
struct Page {
    boxes: Vec<Quad>,
    labels: Vec<&'static str>,
}

impl Page {
    fn new() -> Self {
        Self {
            boxes: Vec::new(),
            labels: Vec::new(),
        }
    }

    fn add(&mut self, label: &'static str, x0: f32, y0: f32, x1: f32, y1: f32) {
        self.boxes.push(rect(x0, y0, x1, y1));
        self.labels.push(label);
    }

    /// A deterministic shuffle (reversal and interleaving), then the reading order.
    fn order(&self, width: f32, height: f32) -> Vec<Vec<String>> {
        let n = self.boxes.len();
        let perm: Vec<usize> = (0..n).map(|i| (i * 7 + 3) % n).collect();
        let mut unique = perm.clone();
        unique.sort_unstable();
        unique.dedup();
        let perm = if unique.len() == n {
            perm
        } else {
            (0..n).rev().collect()
        };
        let boxes: Vec<Quad> = perm.iter().map(|&i| self.boxes[i]).collect();
        let labels: Vec<&str> = perm.iter().map(|&i| self.labels[i]).collect();
        let blocks = reading_order(&boxes, width, height);
        assert_permutation(&blocks, n);
        read(&blocks, &labels)
    }
}

#[test]
fn single_column_reads_top_to_bottom() {
    let mut page = Page::new();
    for (i, label) in ["one", "two", "three", "four", "five"].into_iter().enumerate() {
        let y = 100.0 + 30.0 * i as f32;
        page.add(label, 100.0, y, if i == 4 { 300.0 } else { 700.0 }, y + 20.0);
    }
    assert_eq!(
        page.order(800.0, 1000.0),
        vec![vec!["one", "two", "three", "four", "five"]]
    );
}

#[test]
fn two_columns_with_header_title_and_page_number() {
    let mut page = Page::new();
    page.add("HEADER", 300.0, 40.0, 500.0, 60.0);
    // Upper two-column section: rows aligned, so a plain top-to-bottom sort would interleave.
    for (i, (l, r)) in [("L1", "R1"), ("L2", "R2"), ("L3", "R3"), ("L4", "R4")]
        .into_iter()
        .enumerate()
    {
        let y = 120.0 + 30.0 * i as f32;
        page.add(l, 60.0, y, 380.0, y + 20.0);
        page.add(r, 420.0, y, 740.0, y + 20.0);
    }
    // A centred chapter title spanning both columns.
    page.add("CHAPTER TWO", 250.0, 270.0, 550.0, 300.0);
    for (i, (l, r)) in [("L5", "R5"), ("L6", "R6"), ("L7", "R7")].into_iter().enumerate() {
        let y = 340.0 + 30.0 * i as f32;
        page.add(l, 60.0, y, 380.0, y + 20.0);
        // The right column's last line is short; its first is indented.
        let (x0, x1) = match i {
            0 => (450.0, 740.0),
            2 => (420.0, 520.0),
            _ => (420.0, 740.0),
        };
        page.add(r, x0, y, x1, y + 20.0);
    }
    // The page number, centred at the bottom, right in the gutter.
    page.add("17", 392.0, 560.0, 408.0, 580.0);

    assert_eq!(
        page.order(800.0, 640.0),
        vec![
            vec!["HEADER"],
            vec!["L1", "L2", "L3", "L4"],
            vec!["R1", "R2", "R3", "R4"],
            vec!["CHAPTER TWO"],
            vec!["L5", "L6", "L7"],
            vec!["R5", "R6", "R7"],
            vec!["17"],
        ]
    );
}

#[test]
fn three_columns_read_column_by_column() {
    let mut page = Page::new();
    let labels = [["a1", "b1", "c1"], ["a2", "b2", "c2"], ["a3", "b3", "c3"]];
    for (row, names) in labels.iter().enumerate() {
        for (col, name) in names.iter().enumerate() {
            let x = 50.0 + 250.0 * col as f32;
            let y = 100.0 + 28.0 * row as f32;
            page.add(name, x, y, x + 210.0, y + 20.0);
        }
    }
    assert_eq!(
        page.order(800.0, 400.0),
        vec![vec!["a1", "a2", "a3"], vec!["b1", "b2", "b3"], vec!["c1", "c2", "c3"]]
    );
}

#[test]
fn a_line_split_at_a_wide_gap_is_one_line() {
    let mut page = Page::new();
    page.add("first", 100.0, 100.0, 700.0, 120.0);
    // Detection cut this justified line in three at its wide word gaps (wider than a gutter).
    page.add("second-a", 100.0, 131.0, 300.0, 150.0);
    page.add("second-b", 340.0, 130.0, 500.0, 151.0);
    page.add("second-c", 540.0, 130.0, 700.0, 150.0);
    page.add("third", 100.0, 160.0, 700.0, 180.0);
    assert_eq!(
        page.order(800.0, 300.0),
        vec![vec!["first", "second-a second-b second-c", "third"]]
    );
}

#[test]
fn split_lines_inside_a_column_stay_in_their_column() {
    let mut page = Page::new();
    for (i, (l, r)) in [("L1", "R1"), ("L2", "R2"), ("L3", "R3")].into_iter().enumerate() {
        let y = 100.0 + 30.0 * i as f32;
        if i == 1 {
            page.add("L2a", 60.0, y, 200.0, y + 20.0);
            page.add("L2b", 240.0, y, 380.0, y + 20.0);
        } else {
            page.add(l, 60.0, y, 380.0, y + 20.0);
        }
        page.add(r, 440.0, y, 740.0, y + 20.0);
    }
    assert_eq!(
        page.order(800.0, 300.0),
        vec![vec!["L1", "L2a L2b", "L3"], vec!["R1", "R2", "R3"]]
    );
}

#[test]
fn a_skewed_two_column_page_reads_as_a_straight_one() {
    // Two columns of six lines, the whole page rotated by 2°: lines at the right end of the left
    // column sit lower than the start of the right column's same row.
    let angle: f32 = 2.0_f32.to_radians();
    let (s, c) = angle.sin_cos();
    let rotate = |x: f32, y: f32| Point::new(x * c - y * s, x * s + y * c);
    let mut boxes = Vec::new();
    let mut labels = Vec::new();
    for row in 0..6 {
        let y = 100.0 + 26.0 * row as f32;
        for (col, x0, x1) in [("L", 60.0, 380.0), ("R", 430.0, 750.0)] {
            boxes.push(Quad([
                rotate(x0, y),
                rotate(x1, y),
                rotate(x1, y + 18.0),
                rotate(x0, y + 18.0),
            ]));
            labels.push(format!("{col}{}", row + 1));
        }
    }
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let blocks = reading_order(&boxes, 800.0, 400.0);
    assert_permutation(&blocks, boxes.len());
    assert_eq!(
        read(&blocks, &labels),
        vec![
            vec!["L1", "L2", "L3", "L4", "L5", "L6"],
            vec!["R1", "R2", "R3", "R4", "R5", "R6"]
        ]
    );
}

#[test]
fn a_left_page_number_above_one_column_starts_it() {
    // A running head over the left column only, then two columns: the head belongs on top.
    let mut page = Page::new();
    page.add("24", 60.0, 40.0, 90.0, 60.0);
    page.add("THE HISTORY", 300.0, 40.0, 500.0, 60.0);
    for (i, (l, r)) in [("L1", "R1"), ("L2", "R2"), ("L3", "R3")].into_iter().enumerate() {
        let y = 120.0 + 30.0 * i as f32;
        page.add(l, 60.0, y, 380.0, y + 20.0);
        page.add(r, 420.0, y, 740.0, y + 20.0);
    }
    assert_eq!(
        page.order(800.0, 300.0),
        vec![vec!["24 THE HISTORY"], vec!["L1", "L2", "L3"], vec!["R1", "R2", "R3"]]
    );
}

#[test]
fn random_boxes_each_appear_once() {
    // A small linear congruential generator: the same boxes every run.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as f32 / (1u64 << 31) as f32
    };
    for n in [1, 2, 5, 40, 200] {
        let boxes: Vec<Quad> = (0..n)
            .map(|_| {
                let (x, y) = (next() * 900.0, next() * 1200.0);
                rect(x, y, x + 5.0 + next() * 400.0, y + 5.0 + next() * 40.0)
            })
            .collect();
        assert_permutation(&reading_order(&boxes, 1000.0, 1300.0), n);
    }
}

// --- The sample pages under examples/volumes, with their ground truth. ---

/// The clean sample pages: one-column prose (W0001, W0004) and two columns under a heading with a
/// page number (W0002). W0003's simulated scan noise joins neighbouring lines in the simple ink
/// boxes made here, so it is left out.
const CLEAN_PAGES: [&str; 12] = [
    "W0001/I0001/0001",
    "W0001/I0001/0002",
    "W0001/I0001/0003",
    "W0001/I0001/0004",
    "W0001/I0001/0005",
    "W0002/I0001/0001",
    "W0002/I0001/0002",
    "W0002/I0001/0003",
    "W0004/I0001/0001",
    "W0004/I0001/0002",
    "W0004/I0001/0003",
    "W0004/I0001/0004",
];

/// Ink gaps (pixels at 150 dpi) that stay open between boxes: 8 cuts nearly every word apart, 16
/// the wider justified spaces, 30 only the widest; the gutters are 60 px and more.
const GAPS: [usize; 3] = [8, 16, 30];

fn example(page: &str, ext: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/volumes")
        .join(format!("{page}.{ext}"))
}

/// A greyscale page: width, height, pixels row by row.
fn load_gray(path: &PathBuf) -> (usize, usize, Vec<u8>) {
    let mut decoder = png::Decoder::new(BufReader::new(File::open(path).unwrap()));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let (w, h) = (info.width as usize, info.height as usize);
    let channels = info.color_type.samples();
    let gray = buf[..info.buffer_size()]
        .chunks_exact(channels)
        .map(|px| px[0])
        .collect();
    (w, h, gray)
}

/// Line boxes made from the ink, as a detector would give them: ink is smeared along each row
/// across gaps up to `gap` pixels (so letters and words join, but wider gaps, such as the
/// gutter and wide justified word spaces, stay open), connected pieces become boxes, and small
/// marks (dots, accents) join the box they sit over.
fn ink_boxes(w: usize, h: usize, gray: &[u8], gap: usize) -> Vec<[usize; 4]> {
    // Runs of smeared ink per row: (x0, x1 exclusive).
    let mut runs: Vec<Vec<(usize, usize)>> = Vec::with_capacity(h);
    for y in 0..h {
        let row = &gray[y * w..(y + 1) * w];
        let mut row_runs: Vec<(usize, usize)> = Vec::new();
        let mut x = 0;
        while x < w {
            if row[x] < 160 {
                let start = x;
                while x < w && row[x] < 160 {
                    x += 1;
                }
                match row_runs.last_mut() {
                    Some(last) if start - last.1 <= gap => last.1 = x,
                    _ => row_runs.push((start, x)),
                }
            } else {
                x += 1;
            }
        }
        runs.push(row_runs);
    }
    // Union-find over runs; runs in neighbouring rows that overlap are one piece.
    let mut offsets = vec![0];
    for r in &runs {
        offsets.push(offsets.last().unwrap() + r.len());
    }
    let mut parent: Vec<usize> = (0..*offsets.last().unwrap()).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for y in 1..h {
        for (i, a) in runs[y - 1].iter().enumerate() {
            for (j, b) in runs[y].iter().enumerate() {
                if a.0 < b.1 && b.0 < a.1 {
                    let (ra, rb) = (find(&mut parent, offsets[y - 1] + i), find(&mut parent, offsets[y] + j));
                    parent[ra] = rb;
                }
            }
        }
    }
    let mut pieces: std::collections::BTreeMap<usize, [usize; 4]> = Default::default();
    for (y, row) in runs.iter().enumerate() {
        for (i, run) in row.iter().enumerate() {
            let root = find(&mut parent, offsets[y] + i);
            let b = pieces.entry(root).or_insert([run.0, y, run.1, y + 1]);
            *b = [b[0].min(run.0), b[1].min(y), b[2].max(run.1), b[3].max(y + 1)];
        }
    }
    let pieces: Vec<[usize; 4]> = pieces.into_values().collect();
    let mut heights: Vec<usize> = pieces.iter().map(|b| b[3] - b[1]).collect();
    heights.sort_unstable();
    let typical = heights[heights.len() * 3 / 4];
    let (mut big, small): (Vec<_>, Vec<_>) = pieces.into_iter().partition(|b| b[3] - b[1] > typical / 2);
    for s in small {
        // The nearest big box that overlaps the mark horizontally, within a line height.
        let dist = |b: &[usize; 4]| {
            if s[3] <= b[1] {
                b[1] - s[3]
            } else {
                s[1].saturating_sub(b[3])
            }
        };
        let near = big
            .iter_mut()
            .filter(|b| b[0] <= s[2] && s[0] <= b[2] && dist(b) <= typical)
            .min_by_key(|b| dist(b));
        match near {
            Some(b) => *b = [b[0].min(s[0]), b[1].min(s[1]), b[2].max(s[2]), b[3].max(s[3])],
            None => big.push(s),
        }
    }
    big
}

/// A sample page's ink boxes at one gap, the ground-truth lines, and the page's size.
struct Sample {
    boxes: Vec<[usize; 4]>,
    quads: Vec<Quad>,
    truth: Vec<String>,
    width: f32,
    height: f32,
}

fn sample_pages() -> Vec<(String, usize, Sample)> {
    let mut out = Vec::new();
    for page in CLEAN_PAGES {
        let (w, h, gray) = load_gray(&example(page, "png"));
        let truth: Vec<String> = std::fs::read_to_string(example(page, "gt.txt"))
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_owned)
            .collect();
        for gap in GAPS {
            let boxes = ink_boxes(w, h, &gray, gap);
            // Grown by 2 px, as detection's boxes hold a little margin around the ink.
            let quads = boxes
                .iter()
                .map(|b| {
                    rect(
                        b[0] as f32 - 2.0,
                        b[1] as f32 - 2.0,
                        b[2] as f32 + 2.0,
                        b[3] as f32 + 2.0,
                    )
                })
                .collect();
            let sample = Sample {
                boxes,
                quads,
                truth: truth.clone(),
                width: w as f32,
                height: h as f32,
            };
            out.push((page.to_owned(), gap, sample));
        }
    }
    out
}

#[test]
fn sample_pages_read_in_ground_truth_order() {
    let mut split_lines = 0;
    for (page, gap, s) in sample_pages() {
        let blocks = reading_order(&s.quads, s.width, s.height);
        assert_permutation(&blocks, s.quads.len());
        let lines = blocks.iter().map(|b| b.lines.len()).sum::<usize>();
        assert_eq!(
            lines,
            s.truth.len(),
            "{page} at gap {gap}: one text line per ground-truth line"
        );
        split_lines += blocks.iter().flat_map(|b| &b.lines).filter(|l| l.len() > 1).count();
        let mismatches = width_mismatches(&blocks, &s.boxes, &s.truth);
        assert!(
            mismatches.is_empty(),
            "{page} at gap {gap}: lines whose width does not fit their text: {mismatches:?}"
        );
    }
    assert!(
        split_lines > 100,
        "lines split into several boxes were joined: {split_lines}"
    );
}

#[test]
fn two_column_pages_keep_heading_columns_and_page_number_apart() {
    for (page, gap, s) in sample_pages().into_iter().filter(|(p, _, _)| p.starts_with("W0002")) {
        let blocks = reading_order(&s.quads, s.width, s.height);
        let sizes: Vec<usize> = blocks.iter().map(|b| b.lines.len()).collect();
        if page.ends_with("0001") {
            // The three-line heading, the left column, the right column, the page number.
            assert_eq!(sizes, [3, 43, 41, 1], "{page} at gap {gap}");
        }
        if page.ends_with("0002") {
            // The running head, the two columns, the page number.
            assert_eq!(sizes, [1, 46, 49, 1], "{page} at gap {gap}");
        }

        // The check has teeth: plain top-to-bottom order (rows of 10 px, then left to right)
        // fails it on every two-column page.
        let mut naive: Vec<usize> = (0..s.quads.len()).collect();
        naive.sort_by_key(|&i| (s.boxes[i][1] / 10, s.boxes[i][0]));
        let naive = vec![Block {
            lines: naive.into_iter().map(|i| vec![i]).collect(),
        }];
        assert!(
            !width_mismatches(&naive, &s.boxes, &s.truth).is_empty(),
            "{page} at gap {gap}"
        );
    }
}

/// Lines (numbered as in the ground truth) whose ink width is off by more than a quarter of the
/// block's widest line from what the block's typical character width predicts for their text, and
/// a line-count mismatch. Characters are about equally wide within a block of three lines or more,
/// so a line in the wrong place (a short paragraph end where a full line belongs, the columns
/// interleaved) stands out; shorter blocks (headings in mixed fonts) are only counted.
fn width_mismatches(blocks: &[Block], boxes: &[[usize; 4]], truth: &[String]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut n = 0;
    for block in blocks {
        let widths: Vec<f32> = block
            .lines
            .iter()
            .map(|l| {
                let x0 = l.iter().map(|&i| boxes[i][0]).min().unwrap();
                let x1 = l.iter().map(|&i| boxes[i][2]).max().unwrap();
                (x1 - x0) as f32
            })
            .collect();
        let chars: Vec<f32> = (n..n + block.lines.len())
            .map(|i| truth.get(i).map_or(0.0, |t| t.trim().chars().count() as f32))
            .collect();
        if block.lines.len() >= 3 {
            let mut per_char: Vec<f32> = widths.iter().zip(&chars).map(|(w, c)| w / c.max(1.0)).collect();
            per_char.sort_by(f32::total_cmp);
            let typical = per_char[per_char.len() / 2];
            let widest = widths.iter().copied().fold(0.0, f32::max);
            for (i, (w, c)) in widths.iter().zip(&chars).enumerate() {
                if (w - c * typical).abs() > 0.25 * widest {
                    out.push((n + i + 1, truth.get(n + i).map_or("(none)", String::as_str).to_owned()));
                }
            }
        }
        n += block.lines.len();
    }
    if n != truth.len() {
        out.push((n, format!("{n} lines against {} in the ground truth", truth.len())));
    }
    out
}
