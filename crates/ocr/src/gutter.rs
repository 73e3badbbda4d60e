//! Line boxes cut at column gutters: detection joins the lines of two columns into one box when
//! the gutter between them is no wider than a justified line's word gaps (the 2% gutters of
//! small books), and no reading order can take such a box apart again.
//!
//! The evidence is whitespace, as in whitespace-rectangle column finding: a gutter is an x-range
//! free of ink on row after row of text. Each row's ink is measured on the page itself, in a band
//! about the middle of each box's height (where its letters have ink and no neighbouring line
//! reaches), and a row's *free intervals* are the x-ranges without ink at least [`MIN_GAP`] line
//! heights wide (wider than the gaps between letters). Free intervals that overlap from row to
//! row, with no more than [`ROW_BREAK`] line heights between rows, form a *channel*; the channel's
//! core is what all of its rows leave free (x measured across the page's skew, so a tilted scan's gutter stays
//! straight). A channel of at least [`MIN_ROWS`] rows whose core stays [`MIN_GAP`] wide, and whose
//! rows end or start their text at its edges as columns do, cuts every box of its rows that has
//! ink on both sides of it, in that row's own free interval: the cut is always in whitespace. A
//! box whose text stops at the channel but which reaches across it is cut back to its text.
//!
//! A channel through the word gaps of one column (a river) cuts a line between two words. That
//! costs nothing: the layout puts boxes on one row back on one line, left to right, and splits a
//! section into columns only on its own evidence of tab stops. What this does not do: cut a
//! gutter that holds ink (a rule, a marginal mark), or a box taller than two lines.

use crate::decode::PageImage;
use crate::geometry::{Point, Quad};
use crate::layout::{median, TAB_STOP, TAB_STOP_SHARE};

/// The narrowest gutter in ink, in median line heights: the gaps between letters are far
/// narrower. The pieces of a cut keep [`PAD`] of it each, so between their boxes the layout sees
/// a gutter at least its `MIN_NARROW_GUTTER` wide.
const MIN_GAP: f32 = 0.35;
/// Rows of text a channel of whitespace must run through before it cuts: word gaps line up on two
/// or three rows by chance, now and then on four.
const MIN_ROWS: usize = 5;
/// A channel ends where the next row of text is more than this many line heights below its last.
const ROW_BREAK: f32 = 2.5;
/// The band of a box whose ink is measured: this share of its height each side of the centre
/// line (its letters, from the tops of most capitals to below the baseline, but not the
/// descenders of the line above, which detection's boxes reach a little).
const BAND: f32 = 0.35;
/// Boxes whose centres are closer than this share of a line height are on one row.
const SAME_ROW: f32 = 0.5;
/// Boxes taller than this many line heights are not one line (a figure, a block): left whole.
const MAX_LINE: f32 = 2.0;
/// Whitespace a cut piece keeps beyond its ink, in line heights (about what detection leaves).
const PAD: f32 = 0.15;
/// Least difference between paper and ink (8-bit levels) for a box's ink to be measured.
const MIN_CONTRAST: u8 = 40;

/// An x-range [start, end) in page pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Span {
    start: f32,
    end: f32,
}

impl Span {
    fn width(&self) -> f32 {
        self.end - self.start
    }

    /// The span moved `dx` along x.
    fn shifted(&self, dx: f32) -> Span {
        Span {
            start: self.start + dx,
            end: self.end + dx,
        }
    }

    fn meet(&self, other: &Span) -> Span {
        Span {
            start: self.start.max(other.start),
            end: self.end.min(other.end),
        }
    }
}

/// One box as the gutter finder sees it: where it is, and the x-ranges of its ink.
struct Line {
    quad: Quad,
    centre_y: f32,
    /// The box's ink, gaps narrower than [`MIN_GAP`] closed; empty when it could not be measured.
    ink: Vec<Span>,
}

/// The rows of one page's boxes and how to measure across them.
struct Rows<'a> {
    /// Indices into `lines`, top to bottom, left to right.
    rows: Vec<Vec<usize>>,
    lines: &'a [Line],
    /// tan of the page's skew: x + y·shear is x measured along the page's own vertical.
    shear: f32,
    line_height: f32,
}

/// A run of rows that leave one x-range free. `core` is in sheared coordinates (x + y·tan skew).
struct Channel {
    core: Span,
    last_y: f32,
    /// (row index, its centre's y, its free interval in page pixels).
    rows: Vec<(usize, f32, Span)>,
}

/// The boxes of one page, those that cross a column gutter cut in two (or more) at it. Boxes
/// are returned in their order, each cut box replaced by its pieces left to right.
pub fn split_at_gutters(image: &PageImage, quads: Vec<Quad>, skew: f32) -> Vec<Quad> {
    let mut heights: Vec<f32> = quads.iter().map(|q| q.bounds().height()).filter(|h| *h > 0.0).collect();
    let Some(line_height) = median(&mut heights) else {
        return quads;
    };
    let min_gap = MIN_GAP * line_height;
    let lines: Vec<Line> = quads
        .into_iter()
        .map(|quad| {
            let b = quad.bounds();
            let ink = if b.height() <= MAX_LINE * line_height {
                ink_spans(image, &quad, min_gap)
            } else {
                Vec::new()
            };
            Line {
                quad,
                centre_y: (b.min_y + b.max_y) / 2.0,
                ink,
            }
        })
        .collect();

    let shear = skew.tan();
    let page = Rows {
        rows: rows(&lines, line_height),
        lines: &lines,
        shear,
        line_height,
    };
    let width = image.width() as f32;
    let mut cuts: Vec<Vec<Span>> = vec![Vec::new(); lines.len()];
    let mut open: Vec<Channel> = Vec::new();
    for (r, row) in page.rows.iter().enumerate() {
        let y = row.iter().map(|&i| lines[i].centre_y).sum::<f32>() / row.len() as f32;
        let free = free_intervals(row.iter().flat_map(|&i| lines[i].ink.iter().copied()), width, min_gap);
        let sheared = |s: &Span| s.shifted(y * shear);
        let mut next = Vec::new();
        let mut used = vec![false; free.len()];
        for channel in open.drain(..) {
            if y - channel.last_y > ROW_BREAK * line_height {
                close(channel, &page, &mut cuts);
                continue;
            }
            let continued = free
                .iter()
                .enumerate()
                .map(|(k, f)| (k, *f, channel.core.meet(&sheared(f))))
                .filter(|(_, _, core)| core.width() >= min_gap)
                .max_by(|a, b| a.2.width().total_cmp(&b.2.width()));
            match continued {
                Some((k, f, core)) => {
                    used[k] = true;
                    let mut channel = channel;
                    channel.core = core;
                    channel.last_y = y;
                    channel.rows.push((r, y, f));
                    next.push(channel);
                }
                None => close(channel, &page, &mut cuts),
            }
        }
        for (k, f) in free.iter().enumerate() {
            if !used[k] {
                next.push(Channel {
                    core: sheared(f),
                    last_y: y,
                    rows: vec![(r, y, *f)],
                });
            }
        }
        open = next;
    }
    for channel in open {
        close(channel, &page, &mut cuts);
    }

    let mut out = Vec::with_capacity(lines.len());
    for (line, mut at) in lines.into_iter().zip(cuts) {
        at.sort_by(|a, b| a.start.total_cmp(&b.start));
        at.dedup_by(|b, a| b.start < a.end);
        out.extend(cut(&line.quad, &line.ink, &at, PAD * line_height));
    }
    out
}

/// A channel that has ended: when it ran between text on both sides long enough, and at tab
/// stops, the boxes of its rows with ink on both sides of the row's free interval, or reaching
/// across it, are cut there.
fn close(channel: Channel, page: &Rows<'_>, cuts: &mut [Vec<Span>]) {
    let (rows, lines) = (&page.rows, page.lines);
    // Text on both sides, row after row: a page's margins are channels too.
    let between = channel
        .rows
        .iter()
        .filter(|(r, _, free)| sides(rows[*r].iter().flat_map(|&i| &lines[i].ink), free) == (true, true))
        .count();
    if between < MIN_ROWS || !at_tab_stops(&channel, page.shear, TAB_STOP * page.line_height) {
        return;
    }
    let pad = PAD * page.line_height;
    for (r, _, free) in channel.rows {
        for &i in &rows[r] {
            let (left, right) = sides(&lines[i].ink, &free);
            // A box whose text stops at the gutter may still reach across it (detection's boxes
            // grow by a share of their size): it is cut back to its text, or the columns overlap.
            let b = lines[i].quad.bounds();
            let keep = margin(&free, pad) + 1.0;
            let overhangs = (left && b.max_x > free.start + keep) || (right && b.min_x < free.end - keep);
            if (left && right) || overhangs {
                cuts[i].push(free);
            }
        }
    }
}

/// Whether any of `ink` lies left of `free`, and whether any lies right of it.
fn sides<'a>(ink: impl IntoIterator<Item = &'a Span>, free: &Span) -> (bool, bool) {
    ink.into_iter().fold((false, false), |(left, right), s| {
        (left || s.end <= free.start, right || s.start >= free.end)
    })
}

/// The whitespace a piece keeps beyond its text on a side of the free interval `free`: `pad`, or
/// less in a narrow gap, so the pieces of a cut never meet.
fn margin(free: &Span, pad: f32) -> f32 {
    pad.min(free.width() / 4.0)
}

/// Whether the rows of `channel` line up at its edges as columns do: most of them (and at least
/// [`MIN_ROWS`]) end their text at the core's left edge or start it at the right one, to within
/// [`TAB_STOP`] line heights (a row beside a column that has ended, or out of step with it, has
/// text on one side only). The gaps of a river of words start and end anywhere.
fn at_tab_stops(channel: &Channel, shear: f32, tab_stop: f32) -> bool {
    let needed = MIN_ROWS.max((TAB_STOP_SHARE * channel.rows.len() as f32).ceil() as usize);
    let aligned = channel
        .rows
        .iter()
        .map(|(_, y, f)| f.shifted(y * shear))
        .filter(|f| f.start >= channel.core.start - tab_stop || f.end <= channel.core.end + tab_stop)
        .count();
    aligned >= needed
}

/// The boxes grouped into rows, top to bottom: a box joins the row whose first box's centre is
/// within [`SAME_ROW`] line heights of its own. Boxes without measured ink are left out.
fn rows(lines: &[Line], line_height: f32) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].ink.is_empty()).collect();
    order.sort_by(|&a, &b| lines[a].centre_y.total_cmp(&lines[b].centre_y));
    let mut rows: Vec<Vec<usize>> = Vec::new();
    for i in order {
        match rows.last_mut() {
            Some(row) if lines[i].centre_y - lines[row[0]].centre_y < SAME_ROW * line_height => row.push(i),
            _ => rows.push(vec![i]),
        }
    }
    rows
}

/// The x-ranges of [0, width) that no ink span touches, at least `min_gap` wide.
fn free_intervals(ink: impl Iterator<Item = Span>, width: f32, min_gap: f32) -> Vec<Span> {
    let mut ink: Vec<Span> = ink.collect();
    ink.sort_by(|a, b| a.start.total_cmp(&b.start));
    let mut free = Vec::new();
    let mut x = 0.0f32;
    for s in ink {
        if s.start - x >= min_gap {
            free.push(Span { start: x, end: s.start });
        }
        x = x.max(s.end);
    }
    if width - x >= min_gap {
        free.push(Span { start: x, end: width });
    }
    free
}

/// The ink of one box along x, measured in the middle band of its height: columns with a pixel
/// darker than halfway between the band's paper and ink, gaps narrower than `min_gap` closed.
/// Empty when the band has no contrast.
fn ink_spans(page: &PageImage, quad: &Quad, min_gap: f32) -> Vec<Span> {
    let b = quad.bounds();
    let (w, h) = (page.width() as i64, page.height() as i64);
    let mid = (b.min_y + b.max_y) / 2.0;
    let half = BAND * b.height();
    let y0 = ((mid - half).floor() as i64).clamp(0, h);
    let y1 = ((mid + half).ceil() as i64).clamp(0, h);
    let x0 = (b.min_x.floor() as i64).clamp(0, w);
    let x1 = (b.max_x.ceil() as i64).clamp(0, w);
    if y1 <= y0 || x1 <= x0 {
        return Vec::new();
    }
    let (cols, band_rows) = ((x1 - x0) as usize, (y1 - y0) as usize);
    let mut levels = Vec::with_capacity(cols * band_rows);
    for y in y0..y1 {
        for x in x0..x1 {
            levels.push(luma(page, x as u32, y as u32));
        }
    }
    // The 2nd and 98th percentiles of the band's levels: ink and paper, a few specks aside.
    let mut histogram = [0usize; 256];
    for &v in &levels {
        histogram[usize::from(v)] += 1;
    }
    let level_at = |rank: usize| {
        let mut seen = 0;
        (0..=255u8)
            .find(|&v| {
                seen += histogram[usize::from(v)];
                seen > rank
            })
            .unwrap_or(u8::MAX)
    };
    let (ink, paper) = (
        level_at(levels.len() / 50),
        level_at(levels.len() - 1 - levels.len() / 50),
    );
    if paper.saturating_sub(ink) < MIN_CONTRAST {
        return Vec::new();
    }
    let threshold = ink / 2 + paper / 2;
    let inked: Vec<bool> = (0..cols)
        .map(|c| (0..band_rows).any(|r| levels[r * cols + c] < threshold))
        .collect();
    let mut spans: Vec<Span> = Vec::new();
    let mut c = 0;
    while c < cols {
        if !inked[c] {
            c += 1;
            continue;
        }
        let start = c;
        while c < cols && inked[c] {
            c += 1;
        }
        let span = Span {
            start: (x0 + start as i64) as f32,
            end: (x0 + c as i64) as f32,
        };
        match spans.last_mut() {
            Some(last) if span.start - last.end < min_gap => last.end = span.end,
            _ => spans.push(span),
        }
    }
    spans
}

fn luma(page: &PageImage, x: u32, y: u32) -> u8 {
    match page {
        PageImage::Gray(img) => img.get_pixel(x, y).0[0],
        PageImage::Rgb(img) => {
            let [r, g, b] = img.get_pixel(x, y).0;
            ((u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114) / 1000) as u8
        }
    }
}

/// `quad` cut at the free intervals `at` (sorted, disjoint, overlapping it), along its top and
/// bottom edges: each piece keeps `pad` of whitespace beyond its ink (see [`margin`]), as
/// detection's boxes do, and the gutter between the pieces stays as wide as it is printed. A
/// piece without any of the box's `ink` (what reached across a gutter) goes.
fn cut(quad: &Quad, ink: &[Span], at: &[Span], pad: f32) -> Vec<Quad> {
    if at.is_empty() {
        return vec![*quad];
    }
    let b = quad.bounds();
    let [tl, tr, br, bl] = quad.0;
    let along = |x: f32| ((x - b.min_x) / b.width()).clamp(0.0, 1.0);
    let lerp = |p: Point, q: Point, t: f32| Point::new(p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t);
    let mut bounds = vec![0.0f32];
    for s in at {
        let margin = margin(s, pad);
        bounds.push(along(s.start + margin));
        bounds.push(along(s.end - margin));
    }
    bounds.push(1.0);
    let x = |t: f32| b.min_x + t * b.width();
    bounds
        .chunks(2)
        .filter(|pair| pair[1] > pair[0] && ink.iter().any(|s| s.start < x(pair[1]) && s.end > x(pair[0])))
        .map(|pair| {
            let (t0, t1) = (pair[0], pair[1]);
            Quad([lerp(tl, tr, t0), lerp(tl, tr, t1), lerp(bl, br, t1), lerp(bl, br, t0)])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use image::{GrayImage, Luma};

    use super::*;

    /// A page of `rows` text lines 20 px high, 30 px apart: "words" of 2 to 5 letters (dark bars
    /// 5 px wide, 4 px apart) with word gaps of 7 to 14 px, both drawn from a fixed generator so
    /// that word gaps wander from row to row as in print, and a gutter of `gutter` px at x = 300
    /// when `two_columns`. Detection's box spans the whole row.
    fn page(rows: usize, two_columns: bool, gutter: u32) -> (PageImage, Vec<Quad>) {
        let (w, h) = (640u32, 40 + rows as u32 * 30);
        let mut img = GrayImage::from_pixel(w, h, Luma([235]));
        let mut quads = Vec::new();
        let mut seed = 12345u32;
        let mut draw = |n: u32| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) % n
        };
        let blocked = |x: u32| two_columns && x + 5 > 300 && x < 300 + gutter;
        for r in 0..rows {
            let y = 20 + r as u32 * 30;
            let mut x = 40u32;
            while x < 595 {
                if blocked(x) {
                    x = 300 + gutter;
                    continue;
                }
                for _ in 0..2 + draw(4) {
                    if x + 5 >= 600 || blocked(x) {
                        break;
                    }
                    for yy in y + 4..y + 16 {
                        for xx in x..x + 5 {
                            img.put_pixel(xx, yy, Luma([30]));
                        }
                    }
                    x += 9;
                }
                x += 3 + draw(8);
            }
            quads.push(Quad([
                Point::new(38.0, y as f32),
                Point::new(602.0, y as f32),
                Point::new(602.0, (y + 20) as f32),
                Point::new(38.0, (y + 20) as f32),
            ]));
        }
        (PageImage::Gray(img), quads)
    }

    #[test]
    fn boxes_across_a_narrow_gutter_are_cut_in_it() {
        let (img, quads) = page(10, true, 12);
        let out = split_at_gutters(&img, quads, 0.0);
        assert_eq!(out.len(), 20, "every row cut once: {out:?}");
        for pair in out.chunks(2) {
            let (left, right) = (pair[0].bounds(), pair[1].bounds());
            // Both ends lie in the whitespace at the gutter (a line may end short of it).
            assert!(
                left.max_x <= 312.0 && right.min_x >= 288.0,
                "cut at the gutter: {left:?} {right:?}"
            );
        }
    }

    #[test]
    fn a_box_reaching_across_the_gutter_is_cut_back_to_its_text() {
        let (img, mut quads) = page(10, true, 12);
        // Rows cut into their columns, as detection gives them when it does see the gutter, but
        // one left line's box grows across the gutter.
        quads = split_at_gutters(&img, quads, 0.0);
        let b = quads[4].bounds();
        let grown = 311.0;
        quads[4] = Quad([
            Point::new(b.min_x, b.min_y),
            Point::new(grown, b.min_y),
            Point::new(grown, b.max_y),
            Point::new(b.min_x, b.max_y),
        ]);
        let out = split_at_gutters(&img, quads, 0.0);
        assert_eq!(out.len(), 20);
        assert!(out[4].bounds().max_x <= 304.0, "cut back: {:?}", out[4].bounds());
    }

    #[test]
    fn one_column_of_word_gaps_is_left_whole() {
        let (img, quads) = page(10, false, 0);
        let out = split_at_gutters(&img, quads.clone(), 0.0);
        let cut: Vec<_> = out.iter().map(|q| q.bounds()).filter(|b| b.width() < 560.0).collect();
        assert_eq!(out, quads, "cut: {cut:?}");
    }

    #[test]
    fn a_gutter_beside_too_few_rows_is_no_gutter() {
        let (img, quads) = page(MIN_ROWS - 1, true, 12);
        let out = split_at_gutters(&img, quads.clone(), 0.0);
        assert_eq!(out, quads);
    }
}
