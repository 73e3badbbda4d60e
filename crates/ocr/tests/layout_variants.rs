//! Reading order over generated layouts: for each common layout of printed books, many pages
//! that differ in page size, line height, column widths, gutter, where columns start and end,
//! which lines detection split at a word gap, and how ragged the lines are. Each page is built
//! with the order a reader follows (the README's reading-order rules), and must be read in it.

use folio_ocr::layout::reading_order;
use folio_ocr::{Point, Quad};

/// How many pages of each layout (`LAYOUT_PAGES` sets another number, to measure).
fn pages() -> u64 {
    std::env::var("LAYOUT_PAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60)
}

/// A small deterministic generator (an LCG): the same pages on every run.
struct Dice(u64);

impl Dice {
    fn new(seed: u64) -> Self {
        let mut d = Dice(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x2545_f491_4f6c_dd1d);
        d.unit();
        d
    }

    /// A number in [0, 1).
    fn unit(&mut self) -> f32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 40) as f32 / (1u64 << 24) as f32
    }

    fn range(&mut self, lo: f32, hi: f32) -> f32 {
        lo + (hi - lo) * self.unit()
    }

    fn count(&mut self, lo: usize, hi: usize) -> usize {
        lo + ((hi - lo + 1) as f32 * self.unit()) as usize % (hi - lo + 1)
    }

    fn chance(&mut self, p: f32) -> bool {
        self.unit() < p
    }
}

/// A page under construction: its boxes, and the text lines in reading order, each the labels
/// of its boxes left to right.
struct Sheet {
    width: f32,
    height: f32,
    /// Box height of body text; lines are `pitch` apart.
    h: f32,
    pitch: f32,
    boxes: Vec<Quad>,
    labels: Vec<String>,
    expected: Vec<String>,
}

impl Sheet {
    fn new(d: &mut Dice) -> Self {
        let width = d.range(700.0, 1800.0);
        let h = width * d.range(0.018, 0.028);
        Sheet {
            width,
            height: width * 1.45,
            h,
            pitch: h * d.range(1.3, 1.7),
            boxes: Vec::new(),
            labels: Vec::new(),
            expected: Vec::new(),
        }
    }

    fn put(&mut self, label: String, x0: f32, y0: f32, x1: f32, y1: f32) {
        self.boxes.push(Quad([
            Point::new(x0, y0),
            Point::new(x1, y0),
            Point::new(x1, y1),
            Point::new(x0, y1),
        ]));
        self.labels.push(label);
    }

    /// One text line from `x0` to `x1` at `y`, of box height `h`; detection splits it at a word
    /// gap with probability `split` (the gap up to a line height wide, anywhere along it).
    /// Returns the line's text.
    #[allow(clippy::too_many_arguments)]
    fn line(&mut self, d: &mut Dice, name: &str, x0: f32, x1: f32, y: f32, h: f32, split: f32) -> String {
        // Detected boxes are not all the same height, nor exactly level.
        let jitter = |d: &mut Dice| d.range(-0.06, 0.06) * h;
        let width = x1 - x0;
        if width > 8.0 * h && d.chance(split) {
            let gap = d.range(0.3, 1.0) * h;
            let at = x0 + d.range(0.2, 0.8) * (width - gap);
            let (a, b) = (format!("{name}a"), format!("{name}b"));
            let (ja, jb) = (jitter(d), jitter(d));
            self.put(a.clone(), x0, y + ja, at, y + h + jb);
            let (ja, jb) = (jitter(d), jitter(d));
            self.put(b.clone(), at + gap, y + ja, x1, y + h + jb);
            format!("{a} {b}")
        } else {
            let (ja, jb) = (jitter(d), jitter(d));
            self.put(name.to_owned(), x0, y + ja, x1, y + h + jb);
            name.to_owned()
        }
    }

    /// A column of `n` body lines between `x0` and `x1` from `y`, justified (each line to the
    /// right edge, a paragraph's last line short) or ragged; returns its lines and where it ends.
    #[allow(clippy::too_many_arguments)]
    fn column(
        &mut self,
        d: &mut Dice,
        name: &str,
        x0: f32,
        x1: f32,
        y: f32,
        n: usize,
        justified: bool,
    ) -> (Vec<String>, f32) {
        let mut lines = Vec::new();
        let mut y = y;
        for i in 0..n {
            let end = if justified && !d.chance(0.12) {
                x1
            } else {
                x0 + (x1 - x0) * d.range(0.45, 1.0)
            };
            let indent = if justified && d.chance(0.1) { 1.5 * self.h } else { 0.0 };
            let (h, split) = (self.h, 0.25);
            lines.push(self.line(d, &format!("{name}{i}_"), x0 + indent, end, y, h, split));
            y += self.pitch;
        }
        (lines, y)
    }

    /// A short item (a heading, a header, a page number) centred on `centre`, `w` wide.
    fn item(&mut self, name: &str, centre: f32, w: f32, y: f32) -> String {
        self.put(name.to_owned(), centre - w / 2.0, y, centre + w / 2.0, y + self.h * 1.1);
        name.to_owned()
    }

    /// The page read: its lines in order, each the labels of its boxes joined by a space.
    fn read(&self) -> Vec<String> {
        // The input order says nothing: a fixed shuffle.
        let n = self.boxes.len();
        let mut perm: Vec<usize> = (0..n).collect();
        let mut d = Dice::new(n as u64);
        for i in (1..n).rev() {
            perm.swap(i, d.count(0, i));
        }
        let boxes: Vec<Quad> = perm.iter().map(|&i| self.boxes[i]).collect();
        let blocks = reading_order(&boxes, self.width, self.height);
        let mut seen: Vec<usize> = blocks.iter().flat_map(|b| b.lines.iter().flatten().copied()).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..n).collect::<Vec<_>>(), "every box once");
        blocks
            .iter()
            .flat_map(|b| b.lines.iter())
            .map(|l| {
                l.iter()
                    .map(|&i| self.labels[perm[i]].as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }
}

/// Builds [`pages`] pages of one layout and reports every page not read in order.
fn check(layout: &str, build: impl Fn(&mut Dice, &mut Sheet)) {
    let mut failures = Vec::new();
    let pages = pages();
    for seed in 0..pages {
        let mut d = Dice::new(seed);
        let mut sheet = Sheet::new(&mut d);
        build(&mut d, &mut sheet);
        let got = sheet.read();
        if got != sheet.expected {
            let first = got.iter().zip(&sheet.expected).position(|(a, b)| a != b).unwrap_or(0);
            failures.push(format!(
                "seed {seed}: from line {first}, read {:?}, expected {:?}",
                &got[first..(first + 4).min(got.len())],
                &sheet.expected[first..(first + 4).min(sheet.expected.len())]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{layout}: {} of {pages} pages out of order:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Column edges for `n` columns across the text area, with gutters `gutter` wide.
fn columns(sheet: &Sheet, n: usize, gutter: f32) -> Vec<(f32, f32)> {
    let (left, right) = (sheet.width * 0.08, sheet.width * 0.92);
    let w = (right - left - gutter * (n - 1) as f32) / n as f32;
    (0..n)
        .map(|i| {
            let x0 = left + i as f32 * (w + gutter);
            (x0, x0 + w)
        })
        .collect()
}

/// Columns that start and end at different heights: a chapter heading centred in the first
/// column with space below it, the other columns from the top line; the last column ends short.
fn uneven_columns(d: &mut Dice, s: &mut Sheet, n: usize, gutter: f32) {
    let cols = columns(s, n, gutter);
    let top = s.height * 0.08;
    if d.chance(0.6) {
        let centre = s.width / 2.0;
        let head = s.item("HEAD", centre, s.width * 0.3, top - 2.5 * s.pitch);
        s.expected.push(head);
    }
    let lines = d.count(12, 30);
    let mut bottom = top;
    for (c, &(x0, x1)) in cols.iter().enumerate() {
        let mut y = top;
        if c == 0 {
            let heading = s.item("CHAPTER", (x0 + x1) / 2.0, (x1 - x0) * d.range(0.3, 0.7), y);
            s.expected.push(heading);
            y += s.pitch * d.range(2.0, 4.0);
        }
        let count = if c == n - 1 && n > 1 {
            lines / 2 + d.count(0, 3)
        } else {
            lines
        };
        let (text, end) = s.column(d, &format!("c{c}_"), x0, x1, y, count, true);
        s.expected.extend(text);
        bottom = bottom.max(end);
    }
    if d.chance(0.7) {
        let foot = bottom + 2.0 * s.pitch;
        let number = s.item("17", s.width / 2.0, s.h * 1.5, foot);
        s.expected.push(number);
    }
}

#[test]
fn two_columns_starting_and_ending_at_different_heights() {
    check("two columns, uneven", |d, s| {
        let gutter = s.width * d.range(0.03, 0.06);
        uneven_columns(d, s, 2, gutter)
    });
}

#[test]
fn three_columns_starting_and_ending_at_different_heights() {
    check("three columns, uneven", |d, s| {
        let gutter = s.width * d.range(0.025, 0.05);
        uneven_columns(d, s, 3, gutter)
    });
}

#[test]
fn narrow_gutters_down_to_two_percent_of_the_page() {
    check("narrow gutter", |d, s| {
        let gutter = s.width * d.range(0.02, 0.03);
        uneven_columns(d, s, 2, gutter)
    });
}

#[test]
fn titles_and_figures_spanning_the_columns_sit_between_column_sections() {
    check("spanning", |d, s| {
        let n = d.count(2, 3);
        let gutter = s.width * d.range(0.025, 0.06);
        let cols = columns(s, n, gutter);
        let mut y = s.height * 0.06;
        for part in 0..d.count(2, 3) {
            if part > 0 {
                if d.chance(0.5) {
                    // A figure across the columns: no text, only space (and maybe a caption).
                    y += s.pitch * d.range(6.0, 12.0);
                    if d.chance(0.6) {
                        let caption = s.item(&format!("FIG{part}"), s.width / 2.0, s.width * 0.5, y);
                        s.expected.push(caption);
                        y += s.pitch * 2.0;
                    }
                } else {
                    y += s.pitch;
                    let title = s.item(&format!("TITLE{part}"), s.width / 2.0, s.width * d.range(0.3, 0.6), y);
                    s.expected.push(title);
                    y += s.pitch * 2.0;
                }
            }
            let lines = d.count(5, 9);
            let mut bottom: f32 = y;
            for (c, &(x0, x1)) in cols.iter().enumerate() {
                let count = if c == n - 1 { lines - d.count(0, 1) } else { lines };
                let (text, end) = s.column(d, &format!("p{part}c{c}_"), x0, x1, y, count, true);
                s.expected.extend(text);
                bottom = bottom.max(end);
            }
            y = bottom;
        }
    });
}

#[test]
fn headers_page_numbers_and_footnotes_take_their_places() {
    check("furniture", |d, s| {
        let n = d.count(1, 2);
        let gutter = s.width * d.range(0.03, 0.06);
        let cols = columns(s, n, gutter);
        let (left, right) = (cols[0].0, cols[n - 1].1);
        let mut y = s.height * 0.05;
        // A running head: centred, or a title at one side and the page number at the other.
        if d.chance(0.5) {
            let head = s.item("HEAD", s.width / 2.0, s.width * 0.35, y);
            s.expected.push(head);
        } else {
            let w = s.width * d.range(0.15, 0.35);
            s.put("HEAD".into(), left, y, left + w, y + s.h);
            s.put("24".into(), right - 1.5 * s.h, y, right, y + s.h);
            s.expected.push("HEAD 24".into());
        }
        y += s.pitch * d.range(2.0, 3.0);
        let lines = d.count(10, 25);
        let mut bottom: f32 = y;
        for (c, &(x0, x1)) in cols.iter().enumerate() {
            let (text, end) = s.column(d, &format!("c{c}_"), x0, x1, y, lines, true);
            s.expected.extend(text);
            bottom = bottom.max(end);
        }
        // Footnotes across the text area in a smaller size, below a gap.
        let mut y = bottom + s.pitch * d.range(1.5, 2.5);
        let small = s.h * 0.8;
        for f in 0..d.count(1, 4) {
            let end = left + (right - left) * d.range(0.3, 1.0);
            let note = s.line(d, &format!("note{f}_"), left, end, y, small, 0.2);
            s.expected.push(note);
            y += small * 1.35;
        }
        // The page number at the foot: centred or at the outer edge.
        y += s.pitch * 1.5;
        let w = 1.5 * s.h;
        let x = match d.count(0, 2) {
            0 => s.width / 2.0,
            1 => left + w / 2.0,
            _ => right - w / 2.0,
        };
        let number = s.item("25", x, w, y);
        s.expected.push(number);
    });
}

#[test]
fn marginal_notes_come_after_the_text_beside_them() {
    check("marginal notes", |d, s| {
        let note_width = s.width * d.range(0.12, 0.18);
        let gap = s.width * d.range(0.025, 0.04);
        let (text_x0, text_x1, note_x0) = if d.chance(0.5) {
            let x0 = s.width * 0.08;
            (x0, s.width * 0.92 - note_width - gap, s.width * 0.92 - note_width)
        } else {
            let x0 = s.width * 0.08 + note_width + gap;
            (x0, s.width * 0.92, s.width * 0.08)
        };
        let y = s.height * 0.08;
        let lines = d.count(12, 25);
        let (text, _) = s.column(d, "t", text_x0, text_x1, y, lines, true);
        s.expected.extend(text);
        // Notes beside lines of the text, each a few short lines in a smaller size.
        let small = s.h * 0.8;
        let mut row = d.count(0, 3);
        let mut k = 0;
        while row + 3 < lines {
            let mut ny = y + row as f32 * s.pitch;
            for _ in 0..d.count(1, 3) {
                let end = note_x0 + note_width * d.range(0.6, 1.0);
                let note = s.line(d, &format!("m{k}_"), note_x0, end, ny, small, 0.0);
                s.expected.push(note);
                ny += small * 1.3;
                k += 1;
            }
            row += d.count(5, 9);
        }
    });
}

#[test]
fn a_caption_inside_a_column_is_read_in_its_place() {
    check("caption in a column", |d, s| {
        let gutter = s.width * d.range(0.03, 0.06);
        let cols = columns(s, 2, gutter);
        let y = s.height * 0.06;
        let lines = d.count(16, 28);
        let figure_column = d.count(0, 1);
        for (c, &(x0, x1)) in cols.iter().enumerate() {
            if c == figure_column {
                let before = d.count(3, 8);
                let (text, end) = s.column(d, &format!("c{c}a_"), x0, x1, y, before, true);
                s.expected.extend(text);
                // The figure's space, then its caption, centred in the column.
                let mut cy = end + s.pitch * d.range(4.0, 8.0);
                for k in 0..d.count(1, 2) {
                    let w = (x1 - x0) * d.range(0.4, 0.9);
                    let caption = s.item(&format!("cap{k}"), (x0 + x1) / 2.0, w, cy);
                    s.expected.push(caption);
                    cy += s.pitch;
                }
                let (text, _) = s.column(d, &format!("c{c}b_"), x0, x1, cy + s.pitch, 6, true);
                s.expected.extend(text);
            } else {
                let (text, _) = s.column(d, &format!("c{c}_"), x0, x1, y, lines, true);
                s.expected.extend(text);
            }
        }
    });
}

/// Single-column pages that must never be split into columns.
#[test]
fn single_column_pages_are_never_split() {
    check("centred verse", |d, s| {
        let mut y = s.height * 0.1;
        for i in 0..d.count(8, 24) {
            let w = s.width * d.range(0.2, 0.7);
            let line = s.item(&format!("v{i}"), s.width / 2.0, w, y);
            s.expected.push(line);
            y += s.pitch * if d.chance(0.2) { 2.0 } else { 1.0 };
        }
    });
    check("table of contents", |d, s| {
        let (left, right) = (s.width * 0.1, s.width * 0.9);
        let leaders = d.chance(0.5);
        let mut y = s.height * 0.1;
        for i in 0..d.count(8, 25) {
            let indent = if d.chance(0.3) { 2.0 * s.h } else { 0.0 };
            let end = left + indent + (right - left) * d.range(0.2, 0.65);
            let digits = d.count(1, 3) as f32;
            let num_x0 = right - digits * 0.6 * s.h;
            let title = format!("title{i}");
            s.put(title.clone(), left + indent, y, end, y + s.h);
            let mut line = title;
            if leaders {
                let dots = format!("dots{i}");
                s.put(
                    dots.clone(),
                    end + 0.4 * s.h,
                    y + 0.5 * s.h,
                    right - 2.2 * 0.6 * s.h - 0.4 * s.h,
                    y + s.h,
                );
                line = format!("{line} {dots}");
            }
            let num = format!("n{i}");
            s.put(num.clone(), num_x0, y, right, y + s.h);
            s.expected.push(format!("{line} {num}"));
            y += s.pitch;
        }
    });
    check("ragged right", |d, s| {
        let (lines, _) = {
            let n = d.count(15, 35);
            let (x0, x1) = (s.width * 0.1, s.width * 0.9);
            s.column(d, "r", x0, x1, s.height * 0.08, n, false)
        };
        s.expected.extend(lines);
    });
    check("justified with wide word gaps", |d, s| {
        let (x0, x1) = (s.width * 0.1, s.width * 0.9);
        let mut y = s.height * 0.08;
        for i in 0..d.count(15, 35) {
            // Every other line split at a wide gap somewhere: gaps that may line up for a row or two.
            let line = s.line(d, &format!("j{i}_"), x0, x1, y, s.h, 0.5);
            s.expected.push(line);
            y += s.pitch;
        }
    });
    check("dialogue", |d, s| {
        let x0 = s.width * 0.1;
        let mut y = s.height * 0.08;
        for i in 0..d.count(15, 35) {
            let indent = if d.chance(0.5) { 1.5 * s.h } else { 0.0 };
            let end = x0 + indent + s.width * d.range(0.08, 0.45);
            let line = s.line(d, &format!("q{i}_"), x0 + indent, end, y, s.h, 0.0);
            s.expected.push(line);
            y += s.pitch;
        }
    });
}

#[test]
fn an_index_in_two_narrow_columns_is_two_columns() {
    check("index", |d, s| {
        let gutter = s.width * d.range(0.04, 0.07);
        let cols = columns(s, 2, gutter);
        let y = s.height * 0.08;
        let lines = d.count(20, 40);
        for (c, &(x0, x1)) in cols.iter().enumerate() {
            let mut ly = y;
            let count = if c == 1 { lines - d.count(0, 8) } else { lines };
            for i in 0..count {
                let indent = if d.chance(0.2) { 1.0 * s.h } else { 0.0 };
                let end = x0 + indent + (x1 - x0 - indent) * d.range(0.3, 1.0);
                let line = s.line(d, &format!("i{c}_{i}_"), x0 + indent, end, ly, s.h, 0.0);
                s.expected.push(line);
                ly += s.pitch;
            }
        }
    });
}
