//! Reading order: the detected line boxes of a page grouped into blocks (columns and full-width
//! items) and text lines, in the order a person reads them.
//!
//! Sorting boxes top to bottom interleaves the lines of a two-column page, so columns are found
//! first, XY-cut fashion:
//!
//! 1. Boxes are grouped into rows (boxes overlapping vertically by half a line height), and the
//!    rows, top to bottom, into *sections*. A section grows while its boxes leave a vertical
//!    *gutter* free: an x-range no box touches, at least [`MIN_GUTTER`] line heights wide, with
//!    boxes at the same height on both sides. It ends at a row that crosses its widest gutter (a
//!    running head, a centred chapter title, a page number in the middle of the page) or after a
//!    vertical gap of [`SECTION_BREAK`] line heights (a footer far below the columns).
//! 2. A section whose gutter is seen beside two rows or more is split there into columns, read
//!    left to right, and each column is ordered the same way in turn (a column may hold sections
//!    of its own). A gutter beside a single row is a wide word gap in a line detection split.
//! 3. Other sections (full-width items, the lines of one column) come in their vertical place;
//!    neighbours closer than [`BLOCK_BREAK`] line heights share a block.
//! 4. Within a block, boxes on one row form one text line, read left to right.
//!
//! The page is first straightened by its median line angle, so a slightly skewed scan groups as
//! a straight one. What this does not do: tell a heading above one column from the first line of
//! that column, follow text that flows around figures, or read right-to-left or vertical scripts.

use serde::{Deserialize, Serialize};

use crate::geometry::Quad;

/// Narrowest gutter between columns, in median line heights. Wide enough that ordinary word gaps
/// do not count, narrow enough for the tight gutters of small-format books.
const MIN_GUTTER: f32 = 1.2;
/// Vertical whitespace, in median line heights, that ends a multi-column section: a footer or page
/// number far below the columns is not part of them.
const SECTION_BREAK: f32 = 2.5;
/// Vertical whitespace, in median line heights, that starts a new block among single-column lines.
const BLOCK_BREAK: f32 = 1.2;
/// Two boxes are on one text line when they overlap vertically by this share of the lower one.
const SAME_LINE: f32 = 0.5;
/// Boxes on either side of a gutter are at the same height when they overlap vertically by this
/// share of the lower one (columns whose lines are out of step still overlap this much).
const BESIDE: f32 = 0.25;
/// Rows that must show a gutter before a section is split there into columns: one row with a
/// wide gap is a line that detection split, not two columns.
const MIN_WITNESSES: usize = 2;
/// Lines tilted more than this (radians, about 30°) say nothing about the page's skew.
const MAX_SKEW: f32 = 0.52;

/// A region of the page read as a unit: a column, or a full-width item such as a header or title.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// Text lines top to bottom, each the indices of its boxes (into the input) left to right.
    pub lines: Vec<Vec<usize>>,
}

/// Orders the line boxes of one page: blocks in reading order, each of text lines, each of box
/// indices into `boxes`. Every index appears exactly once. Boxes with non-finite corners come last,
/// each on a line of its own in a final block.
pub fn reading_order(boxes: &[Quad], page_width: f32, page_height: f32) -> Vec<Block> {
    let finite = |q: &Quad| q.0.iter().all(|p| p.x.is_finite() && p.y.is_finite());
    let (good, bad): (Vec<usize>, Vec<usize>) = (0..boxes.len()).partition(|&i| finite(&boxes[i]));

    let angle = skew(good.iter().map(|&i| &boxes[i]));
    let centre = (finite_or_zero(page_width) / 2.0, finite_or_zero(page_height) / 2.0);
    let rects: Vec<Rect> = boxes.iter().map(|q| Rect::deskewed(q, angle, centre)).collect();
    let mut page = Page {
        rects,
        line_height: 1.0,
    };
    // The height of whole text lines: boxes of single words are lower than lines with ascenders
    // and descenders, and detection may give either.
    let mut heights: Vec<f32> = page
        .lines(good.clone())
        .iter()
        .map(|line| page.bounds(line).height())
        .collect();
    page.line_height = median(&mut heights).filter(|h| *h > 0.0).unwrap_or(1.0);

    let mut groups = Vec::new();
    page.segment(good, &mut groups);
    let mut blocks: Vec<Block> = groups.into_iter().map(|ids| Block { lines: page.lines(ids) }).collect();
    if !bad.is_empty() {
        blocks.push(Block {
            lines: bad.into_iter().map(|i| vec![i]).collect(),
        });
    }
    blocks
}

fn finite_or_zero(v: f32) -> f32 {
    if v.is_finite() {
        v
    } else {
        0.0
    }
}

/// The page's skew: the median angle of the boxes' long sides, over boxes that look like lines.
fn skew<'a>(boxes: impl Iterator<Item = &'a Quad>) -> f32 {
    let mut angles: Vec<f32> = boxes
        .filter_map(|q| {
            let [p0, p1, p2, p3] = q.0;
            // Mean of the two long sides (top and bottom), and of the two short ones.
            let (dx, dy) = ((p1.x - p0.x + p2.x - p3.x) / 2.0, (p1.y - p0.y + p2.y - p3.y) / 2.0);
            let (sx, sy) = ((p3.x - p0.x + p2.x - p1.x) / 2.0, (p3.y - p0.y + p2.y - p1.y) / 2.0);
            let (long, short) = if dx.hypot(dy) >= sx.hypot(sy) {
                ((dx, dy), (sx, sy))
            } else {
                ((sx, sy), (dx, dy))
            };
            if long.0.hypot(long.1) < 2.0 * short.0.hypot(short.1) {
                return None;
            }
            let mut a = long.1.atan2(long.0);
            if a > std::f32::consts::FRAC_PI_2 {
                a -= std::f32::consts::PI;
            } else if a <= -std::f32::consts::FRAC_PI_2 {
                a += std::f32::consts::PI;
            }
            (a.abs() <= MAX_SKEW).then_some(a)
        })
        .collect();
    median(&mut angles).unwrap_or(0.0)
}

fn median(values: &mut [f32]) -> Option<f32> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f32::total_cmp);
    Some(values[values.len() / 2])
}

/// A box's axis-aligned bounds once the page is straightened.
#[derive(Debug, Clone, Copy)]
struct Rect {
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
}

impl Rect {
    fn deskewed(q: &Quad, angle: f32, (cx, cy): (f32, f32)) -> Rect {
        let (sin, cos) = angle.sin_cos();
        let mut r = Rect {
            x0: f32::INFINITY,
            y0: f32::INFINITY,
            x1: f32::NEG_INFINITY,
            y1: f32::NEG_INFINITY,
        };
        for p in q.0 {
            // Rotating by -angle about the page centre levels a line drawn at `angle`.
            let (dx, dy) = (p.x - cx, p.y - cy);
            let x = cx + dx * cos + dy * sin;
            let y = cy - dx * sin + dy * cos;
            r.x0 = r.x0.min(x);
            r.y0 = r.y0.min(y);
            r.x1 = r.x1.max(x);
            r.y1 = r.y1.max(y);
        }
        r
    }

    fn height(&self) -> f32 {
        self.y1 - self.y0
    }

    fn centre_x(&self) -> f32 {
        (self.x0 + self.x1) / 2.0
    }

    fn centre_y(&self) -> f32 {
        (self.y0 + self.y1) / 2.0
    }

    fn union(&self, o: &Rect) -> Rect {
        Rect {
            x0: self.x0.min(o.x0),
            y0: self.y0.min(o.y0),
            x1: self.x1.max(o.x1),
            y1: self.y1.max(o.y1),
        }
    }
}

/// An x-range no box of a section touches.
#[derive(Debug, Clone, Copy)]
struct Gutter {
    x0: f32,
    x1: f32,
    /// How many rows have boxes at the same height on both its sides: a gutter between columns
    /// has one a row, a word gap of one split line has one in all.
    witnesses: usize,
}

impl Gutter {
    fn width(&self) -> f32 {
        self.x1 - self.x0
    }
}

/// Rows of boxes gathered top to bottom, with the gutters they leave free.
struct Section {
    ids: Vec<usize>,
    gutters: Vec<Gutter>,
    bottom: f32,
}

impl Section {
    /// The gutter between columns, when there is one: the widest.
    fn widest(&self) -> Option<&Gutter> {
        self.gutters.iter().max_by(|a, b| a.width().total_cmp(&b.width()))
    }

    /// The gutters seen beside more than one row: the ones to split columns at.
    fn column_gutters(&self) -> Vec<Gutter> {
        self.gutters
            .iter()
            .copied()
            .filter(|g| g.witnesses >= MIN_WITNESSES)
            .collect()
    }
}

struct Page {
    rects: Vec<Rect>,
    line_height: f32,
}

impl Page {
    fn min_gutter(&self) -> f32 {
        MIN_GUTTER * self.line_height
    }

    /// Appends the blocks of `ids` to `out`, in reading order, each as an unordered set of ids.
    fn segment(&self, ids: Vec<usize>, out: &mut Vec<Vec<usize>>) {
        // Single-column lines and full-width items gather here until a gap or a column section.
        let mut run: Option<(Vec<usize>, Rect)> = None;
        for section in self.sections(ids) {
            let gutters = section.column_gutters();
            if !gutters.is_empty() {
                out.extend(run.take().map(|(ids, _)| ids));
                for column in self.columns(&section.ids, &gutters) {
                    self.segment(column, out);
                }
                continue;
            }
            let bounds = self.bounds(&section.ids);
            match &mut run {
                Some((run_ids, run_bounds))
                    if bounds.y0 - run_bounds.y1 <= BLOCK_BREAK * self.line_height
                        && bounds.x0 < run_bounds.x1
                        && run_bounds.x0 < bounds.x1 =>
                {
                    run_ids.extend(section.ids);
                    *run_bounds = run_bounds.union(&bounds);
                }
                _ => {
                    out.extend(run.replace((section.ids, bounds)).map(|(ids, _)| ids));
                }
            }
        }
        out.extend(run.map(|(ids, _)| ids));
    }

    /// Gathers `ids` into sections, top to bottom, a row of boxes at a time (so a section never
    /// ends halfway along a line).
    fn sections(&self, ids: Vec<usize>) -> Vec<Section> {
        let mut sections: Vec<Section> = Vec::new();
        for row in self.lines(ids) {
            let top = row.iter().map(|&i| self.rects[i].y0).fold(f32::INFINITY, f32::min);
            let bottom = row.iter().map(|&i| self.rects[i].y1).fold(f32::NEG_INFINITY, f32::max);
            if let Some(current) = sections.last_mut() {
                let near = top - current.bottom <= SECTION_BREAK * self.line_height;
                let joins = near
                    && match current.widest() {
                        // A first gutter opens only beside the boxes already there.
                        None => !self.gutters(current.ids.iter().chain(&row)).is_empty(),
                        // Only the widest gutter (the one between columns) can end a section: a
                        // narrower one may be a word gap beside a split line.
                        Some(g) => !row.iter().any(|&i| self.crosses(self.rects[i], g)),
                    };
                if joins {
                    current.ids.extend(row);
                    current.gutters = self.gutters(current.ids.iter());
                    current.bottom = current.bottom.max(bottom);
                    continue;
                }
            }
            let gutters = self.gutters(row.iter());
            sections.push(Section {
                ids: row,
                gutters,
                bottom,
            });
        }
        sections
    }

    /// Whether box `r` closes gutter `g`: it covers the gutter's middle, or leaves too little of it.
    fn crosses(&self, r: Rect, g: &Gutter) -> bool {
        if r.x1 <= g.x0 || r.x0 >= g.x1 {
            return false;
        }
        let middle = (g.x0 + g.x1) / 2.0;
        if r.x0 <= middle && r.x1 >= middle {
            return true;
        }
        (r.x0 - g.x0).max(g.x1 - r.x1) < self.min_gutter()
    }

    /// The x-ranges at least [`MIN_GUTTER`] line heights wide between the boxes `ids` that have
    /// boxes at the same height on both sides (the ragged end of one line above the start of the
    /// next is no gutter).
    fn gutters<'a>(&self, ids: impl Iterator<Item = &'a usize> + Clone) -> Vec<Gutter> {
        let mut spans: Vec<(f32, f32)> = ids.clone().map(|&i| (self.rects[i].x0, self.rects[i].x1)).collect();
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut gutters = Vec::new();
        let mut spans = spans.into_iter();
        let Some((_, mut end)) = spans.next() else {
            return gutters;
        };
        for (x0, x1) in spans {
            if x0 - end >= self.min_gutter() {
                gutters.push(Gutter {
                    x0: end,
                    x1: x0,
                    witnesses: 0,
                });
            }
            end = end.max(x1);
        }
        for g in &mut gutters {
            let left = ids.clone().map(|&i| self.rects[i]).filter(|r| r.x1 <= g.x0);
            let mut right: Vec<Rect> = ids.clone().map(|&i| self.rects[i]).filter(|r| r.x0 >= g.x1).collect();
            right.sort_by(|a, b| a.y0.total_cmp(&b.y0));
            let tallest = right.iter().map(Rect::height).fold(0.0, f32::max);
            let mut seen: Vec<Rect> = left.filter(|l| any_beside(l, &right, tallest)).collect();
            seen.sort_by(|a, b| a.centre_y().total_cmp(&b.centre_y()));
            // Count rows, not boxes: the words of one split line are one witness.
            let mut row_start: Option<Rect> = None;
            for r in seen {
                if !row_start.is_some_and(|start| same_line(&start, &r)) {
                    g.witnesses += 1;
                    row_start = Some(r);
                }
            }
        }
        gutters.retain(|g| g.witnesses > 0);
        gutters
    }

    /// Boxes split at `gutters`, left to right. No box touches a gutter, so each falls on one side
    /// of every gutter.
    fn columns(&self, ids: &[usize], gutters: &[Gutter]) -> Vec<Vec<usize>> {
        let mut columns = vec![Vec::new(); gutters.len() + 1];
        for &id in ids {
            let x = self.rects[id].centre_x();
            let column = gutters.iter().filter(|g| g.x1 <= x).count();
            columns[column].push(id);
        }
        columns.retain(|c| !c.is_empty());
        columns
    }

    fn bounds(&self, ids: &[usize]) -> Rect {
        let mut it = ids.iter().map(|&i| self.rects[i]);
        let first = it.next().unwrap_or(Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 0.0,
            y1: 0.0,
        });
        it.fold(first, |acc, r| acc.union(&r))
    }

    /// Groups a block's boxes into text lines, top to bottom, each left to right. A box joins the
    /// line whose first box it overlaps most (at least [`SAME_LINE`] of the lower of the two);
    /// comparing with the first box, not the line's growing extent, keeps a tall box (a drop
    /// capital) from pulling the lines beside it into one.
    fn lines(&self, mut ids: Vec<usize>) -> Vec<Vec<usize>> {
        ids.sort_by(|&a, &b| self.rects[a].centre_y().total_cmp(&self.rects[b].centre_y()));
        let mut lines: Vec<(Rect, Vec<usize>)> = Vec::new();
        for id in ids {
            let r = self.rects[id];
            let best = lines
                .iter()
                .enumerate()
                .filter(|(_, (first, _))| same_line(first, &r))
                .map(|(n, (first, _))| (n, r.y1.min(first.y1) - r.y0.max(first.y0)))
                .max_by(|a, b| a.1.total_cmp(&b.1));
            match best {
                Some((n, _)) => lines[n].1.push(id),
                None => lines.push((r, vec![id])),
            }
        }
        lines
            .into_iter()
            .map(|(_, mut line)| {
                line.sort_by(|&a, &b| self.rects[a].x0.total_cmp(&self.rects[b].x0));
                line
            })
            .collect()
    }
}

/// Whether two boxes are on one text line: they overlap vertically by [`SAME_LINE`] of the lower.
fn same_line(a: &Rect, b: &Rect) -> bool {
    let overlap = a.y1.min(b.y1) - a.y0.max(b.y0);
    overlap >= 0.0 && overlap >= SAME_LINE * a.height().min(b.height())
}

/// Whether any of `others` (sorted by top, none taller than `tallest`) sits beside `r`; only
/// those whose top is within reach of `r` are looked at.
fn any_beside(r: &Rect, others: &[Rect], tallest: f32) -> bool {
    let start = others.partition_point(|o| o.y0 <= r.y0 - tallest);
    others[start..].iter().take_while(|o| o.y0 < r.y1).any(|o| beside(r, o))
}

/// Whether two boxes sit at the same height, as the lines of neighbouring columns do.
fn beside(a: &Rect, b: &Rect) -> bool {
    let overlap = a.y1.min(b.y1) - a.y0.max(b.y0);
    overlap > 0.0 && overlap >= BESIDE * a.height().min(b.height())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::Point;

    fn rect(x0: f32, y0: f32, x1: f32, y1: f32) -> Quad {
        Quad([
            Point::new(x0, y0),
            Point::new(x1, y0),
            Point::new(x1, y1),
            Point::new(x0, y1),
        ])
    }

    #[test]
    fn empty_page_has_no_blocks() {
        assert!(reading_order(&[], 100.0, 100.0).is_empty());
    }

    #[test]
    fn skew_is_the_median_line_angle() {
        let tilted = |y: f32| {
            let a: f32 = 0.05;
            let (s, c) = a.sin_cos();
            let p = |x: f32, dy: f32| Point::new(x * c - dy * s, y + x * s + dy * c);
            Quad([p(0.0, 0.0), p(300.0, 0.0), p(300.0, 20.0), p(0.0, 20.0)])
        };
        let boxes = [tilted(0.0), tilted(40.0), tilted(80.0)];
        assert!((skew(boxes.iter()) - 0.05).abs() < 1e-4);
        // Square boxes say nothing about skew.
        assert_eq!(skew([rect(0.0, 0.0, 10.0, 10.0)].iter()), 0.0);
    }

    #[test]
    fn non_finite_boxes_come_last() {
        let nan = Quad([Point::new(f32::NAN, 0.0); 4]);
        let blocks = reading_order(&[nan, rect(0.0, 0.0, 100.0, 20.0)], 200.0, 200.0);
        assert_eq!(
            blocks,
            vec![Block { lines: vec![vec![1]] }, Block { lines: vec![vec![0]] }]
        );
    }
}
