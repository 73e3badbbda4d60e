//! Reading order: the detected line boxes of a page grouped into blocks (columns and full-width
//! items) and text lines, in the order a person reads them.
//!
//! Sorting boxes top to bottom interleaves the lines of a two-column page, so columns are found
//! first, XY-cut fashion:
//!
//! 1. Boxes are grouped into rows (boxes overlapping vertically by half a line height), and the
//!    rows, top to bottom, into *sections*. A section grows while its boxes leave a vertical
//!    *gutter* free: an x-range no box touches, with boxes at the same height on both sides. A
//!    row that only narrows the gutter joins (the first line of a column under a heading centred
//!    in it); the section ends at a row that leaves less than [`MIN_NARROW_GUTTER`] line heights
//!    of it (a running head, a chapter title across the columns, a page number in the gutter) or
//!    after a vertical gap of [`SECTION_BREAK`] line heights (a footer far below the columns).
//! 2. A section is split into columns at the gutters that separate columns, by the evidence
//!    tesseract's tab-stop finding uses: the text on each side holds lines as wide as a
//!    column's ([`MIN_COLUMN_WIDTH`]: a table of contents' page numbers are no column), and the
//!    gutter is either wide ([`MIN_GUTTER`]) and seen beside two rows or more, or narrow (down to
//!    [`MIN_NARROW_GUTTER`], the 2% gutters of small books, no wider than the word gaps of
//!    justified text) with its edges as tab stops: most of the section's rows, and at least
//!    [`NARROW_WITNESSES`], have a line ending at its left edge or starting at its right one. A
//!    run of word gaps that lines up has its words ending and starting anywhere, and a gap beside
//!    a single row is a line that detection split.
//! 3. Columns are read left to right, each ordered the same way in turn (a column may hold
//!    sections of its own), except that a narrow column at an edge ([`MARGIN_SHARE`] of the
//!    widest) holds marginal notes, read after the text beside them.
//! 4. Other sections (full-width items, the lines of one column) come in their vertical place;
//!    neighbours closer than [`BLOCK_BREAK`] line heights share a block.
//! 5. Within a block, boxes on one row form one text line, read left to right.
//!
//! The page is first straightened by its median line angle, so a slightly skewed scan groups as
//! a straight one. What this does not do: tell a heading above one column from the first line of
//! that column, follow text that flows around figures, or read right-to-left or vertical scripts.

use serde::{Deserialize, Serialize};

use crate::geometry::Quad;

/// A gutter at least this wide (median line heights) is taken for one on the evidence of two rows
/// beside it: ordinary word gaps are narrower.
const MIN_GUTTER: f32 = 1.2;
/// Narrowest gutter between columns, in median line heights: small-format books print gutters
/// down to about 2% of the page width, narrower than the widest word gaps of justified text. A
/// gutter narrower than [`MIN_GUTTER`] must show itself as columns do, by tab stops: the lines
/// beside it end at its left edge or start at its right one, row after row, where a run of word
/// gaps that happens to line up has its words ending and starting anywhere. Measured between
/// boxes, which detection (and the gutter cut, `gutter::PAD`) pads beyond their ink: a 2% gutter
/// of a page set in large type leaves about a quarter of a line height between the boxes.
const MIN_NARROW_GUTTER: f32 = 0.25;
/// Rows at a narrow gutter's tab stops before it is taken for one.
const NARROW_WITNESSES: usize = 4;
/// How far (median line heights) a line's end or start may lie from a gutter's edge and still be
/// at its tab stop (detected boxes do not end to the pixel), and the share of a section's rows
/// that must be for a narrow gutter (paragraph ends and indents are not).
pub(crate) const TAB_STOP: f32 = 0.2;
pub(crate) const TAB_STOP_SHARE: f32 = 0.6;
/// A side of a gutter whose boxes are all narrower than this (median line heights) is no column:
/// the page numbers of a table of contents, line numbers, bullets.
const MIN_COLUMN_WIDTH: f32 = 3.0;
/// A column at the edge of its section narrower than this share of the widest is a column of
/// marginal notes, read after the text beside it.
const MARGIN_SHARE: f32 = 0.4;
/// Vertical whitespace, in median line heights, that ends a multi-column section: a footer or page
/// number far below the columns is not part of them.
const SECTION_BREAK: f32 = 2.5;
/// Whitespace across a whole section, in median line heights, that sets its first or last row
/// apart: a running head above the columns or a page number below them, not a line of either.
const FURNITURE_GAP: f32 = 1.0;
/// Vertical whitespace, in median line heights, that starts a new block among single-column lines.
const BLOCK_BREAK: f32 = 1.2;
/// Two boxes are on one text line when they overlap vertically by this share of the lower one.
const SAME_LINE: f32 = 0.5;
/// Boxes on either side of a gutter are at the same height when they overlap vertically by this
/// share of the lower one (columns whose lines are out of step still overlap this much).
const BESIDE: f32 = 0.25;
/// Rows that must show a wide gutter before a section is split there into columns: one row with
/// a wide gap is a line that detection split, not two columns.
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
pub(crate) fn skew<'a>(boxes: impl Iterator<Item = &'a Quad>) -> f32 {
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

/// The upper median of `values` (sorted in place), `None` when there are none.
pub(crate) fn median(values: &mut [f32]) -> Option<f32> {
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

    fn width(&self) -> f32 {
        self.x1 - self.x0
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
    /// How many rows of the section have a box that ends at the gutter's left edge or starts at
    /// its right one (its tab stops), as a column's lines do, and how many rows it has.
    at_tab_stop: usize,
    rows: usize,
    /// Whether each side holds a box as wide as a column's line, not only numbers or bullets.
    columns_beside: bool,
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
    /// The section of exactly these boxes.
    fn around(ids: &[usize], page: &Page) -> Section {
        Section {
            ids: ids.to_vec(),
            gutters: page.gutters(ids.iter()),
            // Only the sweep that gathers sections reads it.
            bottom: 0.0,
        }
    }

    /// The gutter between columns, when there is one: the widest.
    fn widest(&self) -> Option<&Gutter> {
        self.gutters.iter().max_by(|a, b| a.width().total_cmp(&b.width()))
    }

    /// The gutters between columns, the ones to split the section at: text that is a column on
    /// both sides, and a gutter wide enough and seen beside enough rows, or a narrower one whose
    /// edges are the tab stops of the rows beside it.
    fn column_gutters(&self, line_height: f32) -> Vec<Gutter> {
        self.gutters
            .iter()
            .copied()
            .filter(|g| {
                let wide = g.width() >= MIN_GUTTER * line_height && g.witnesses >= MIN_WITNESSES;
                let tab_stop =
                    g.at_tab_stop >= NARROW_WITNESSES && g.at_tab_stop as f32 >= TAB_STOP_SHARE * g.rows as f32;
                g.columns_beside && (wide || tab_stop)
            })
            .collect()
    }
}

struct Page {
    rects: Vec<Rect>,
    line_height: f32,
}

impl Page {
    fn min_gutter(&self) -> f32 {
        MIN_NARROW_GUTTER * self.line_height
    }

    /// Appends the blocks of `ids` to `out`, in reading order, each as an unordered set of ids.
    fn segment(&self, ids: Vec<usize>, out: &mut Vec<Vec<usize>>) {
        // Single-column lines and full-width items gather here until a gap or a column section.
        let mut run: Option<(Vec<usize>, Rect)> = None;
        for section in self.sections(ids) {
            // A head or foot set apart from the columns is taken off before the gutters are
            // judged: a page number standing in the gutter would split it in two.
            let (head, body, foot) = if section.gutters.is_empty() {
                (None, section.ids, None)
            } else {
                self.furniture(section.ids)
            };
            let body_section = Section::around(&body, self);
            let gutters = body_section.column_gutters(self.line_height);
            if !gutters.is_empty() {
                let mut body = body;
                // The lines just above the columns that stand in one of them are its first lines
                // (a column that starts higher than its neighbour, whose first gutter opened beside
                // a heading lower down); a head set apart above the columns is not.
                if let Some((ids, _)) = run.take() {
                    let (above, into) = if head.is_none() {
                        self.column_tops(ids, &body, &gutters)
                    } else {
                        (ids, Vec::new())
                    };
                    out.extend((!above.is_empty()).then_some(above));
                    body.extend(into);
                }
                out.extend(head);
                for column in self.columns(&body, &gutters) {
                    self.segment(column, out);
                }
                out.extend(foot);
                continue;
            }
            let section = Section {
                ids: head
                    .into_iter()
                    .flatten()
                    .chain(body)
                    .chain(foot.into_iter().flatten())
                    .collect(),
                ..body_section
            };
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

    /// The rows at the foot of `ids` (lines read before a column section `body`) that belong to
    /// its columns: from the bottom up, rows closer than [`FURNITURE_GAP`] to what follows them
    /// whose boxes each stand on one side of every gutter. Returns (the rest, those rows).
    fn column_tops(&self, ids: Vec<usize>, body: &[usize], gutters: &[Gutter]) -> (Vec<usize>, Vec<usize>) {
        let reach = TAB_STOP * self.line_height;
        let mut rows = self.lines(ids);
        let mut top = self.bounds(body).y0;
        let mut into = Vec::new();
        while let Some(row) = rows.last() {
            let bounds = self.bounds(row);
            let beside = row.iter().all(|&i| {
                let r = self.rects[i];
                gutters.iter().all(|g| r.x1 <= g.x0 + reach || r.x0 >= g.x1 - reach)
            });
            if !beside || top - bounds.y1 >= FURNITURE_GAP * self.line_height {
                break;
            }
            top = bounds.y0;
            into.extend(rows.pop().into_iter().flatten());
        }
        (rows.into_iter().flatten().collect(), into)
    }

    /// A column section's first and last rows when whitespace across the whole section sets them
    /// apart ([`FURNITURE_GAP`]): a running head with its page number, a footer. The rest is the
    /// columns.
    fn furniture(&self, ids: Vec<usize>) -> (Option<Vec<usize>>, Vec<usize>, Option<Vec<usize>>) {
        let mut rows = self.lines(ids);
        let gap = FURNITURE_GAP * self.line_height;
        let top = |row: &[usize]| row.iter().map(|&i| self.rects[i].y0).fold(f32::INFINITY, f32::min);
        let bottom = |row: &[usize]| row.iter().map(|&i| self.rects[i].y1).fold(f32::NEG_INFINITY, f32::max);
        let apart = |row: &[usize], rest: &[Vec<usize>], above: bool| {
            let (near, far) = if above {
                (rest.iter().map(|r| top(r)).fold(f32::INFINITY, f32::min), bottom(row))
            } else {
                (
                    top(row),
                    rest.iter().map(|r| bottom(r)).fold(f32::NEG_INFINITY, f32::max),
                )
            };
            near - far >= gap
        };
        let mut head = None;
        let mut foot = None;
        if rows.len() >= 3 && apart(&rows[0], &rows[1..], true) {
            head = Some(rows.remove(0));
        }
        if rows.len() >= 3 && apart(&rows[rows.len() - 1], &rows[..rows.len() - 1], false) {
            foot = rows.pop();
        }
        (head, rows.into_iter().flatten().collect(), foot)
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
                        // A first gutter opens only at the edge of a box already there, on the
                        // line just above: the line of a column that starts higher than its
                        // neighbour, not a head set apart above the columns.
                        None => {
                            top - current.bottom < FURNITURE_GAP * self.line_height
                                && self
                                    .gutters(current.ids.iter().chain(&row))
                                    .iter()
                                    .any(|g| current.ids.iter().any(|&i| self.at_edge(self.rects[i], g)))
                        }
                        // Only the widest gutter (the one between columns) can end a section: a
                        // narrower one may be a word gap beside a split line.
                        Some(g) => !self.closes(&row, g),
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

    /// Whether the boxes of `row` close gutter `g`: what they leave of it is narrower than a
    /// gutter. A row that only narrows it (a column's line under a heading centred in the column,
    /// whose first gutter was wider) joins.
    fn closes(&self, row: &[usize], g: &Gutter) -> bool {
        let mut spans: Vec<(f32, f32)> = row
            .iter()
            .map(|&i| self.rects[i])
            .filter(|r| r.x1 > g.x0 && r.x0 < g.x1)
            .map(|r| (r.x0.max(g.x0), r.x1.min(g.x1)))
            .collect();
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        let (mut free, mut at) = (0.0f32, g.x0);
        for (x0, x1) in spans {
            free = free.max(x0 - at);
            at = at.max(x1);
        }
        free.max(g.x1 - at) < self.min_gutter()
    }

    /// Whether box `r` ends at gutter `g`'s left edge or starts at its right one.
    fn at_edge(&self, r: Rect, g: &Gutter) -> bool {
        let reach = TAB_STOP * self.line_height;
        (r.x1 - g.x0).abs() <= reach || (r.x0 - g.x1).abs() <= reach
    }

    /// The x-ranges at least [`MIN_NARROW_GUTTER`] line heights wide between the boxes `ids` that have
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
                    at_tab_stop: 0,
                    rows: 0,
                    columns_beside: false,
                });
            }
            end = end.max(x1);
        }
        let wide_enough = MIN_COLUMN_WIDTH * self.line_height;
        let rows = rows_of(ids.clone().map(|&i| self.rects[i]).collect());
        for g in &mut gutters {
            let left: Vec<Rect> = ids.clone().map(|&i| self.rects[i]).filter(|r| r.x1 <= g.x0).collect();
            let mut right: Vec<Rect> = ids.clone().map(|&i| self.rects[i]).filter(|r| r.x0 >= g.x1).collect();
            g.columns_beside = [&left, &right]
                .iter()
                .all(|side| side.iter().any(|r| r.width() >= wide_enough));
            right.sort_by(|a, b| a.y0.total_cmp(&b.y0));
            let tallest = right.iter().map(Rect::height).fold(0.0, f32::max);
            // Rows, not boxes: the words of one split line are one witness.
            g.witnesses = rows_of(
                left.iter()
                    .filter(|l| any_beside(l, &right, tallest))
                    .copied()
                    .collect(),
            );
            let edge: Vec<Rect> = left
                .iter()
                .chain(&right)
                .filter(|r| self.at_edge(**r, g))
                .copied()
                .collect();
            g.at_tab_stop = rows_of(edge);
            g.rows = rows;
        }
        gutters.retain(|g| g.witnesses > 0);
        gutters
    }

    /// Boxes split at `gutters`, in reading order: left to right, except that a narrow column at
    /// either edge (marginal notes) comes after the text beside it. No box touches a gutter, so
    /// each falls on one side of every gutter.
    fn columns(&self, ids: &[usize], gutters: &[Gutter]) -> Vec<Vec<usize>> {
        let mut columns = vec![Vec::new(); gutters.len() + 1];
        for &id in ids {
            let x = self.rects[id].centre_x();
            let column = gutters.iter().filter(|g| g.x1 <= x).count();
            columns[column].push(id);
        }
        columns.retain(|c| !c.is_empty());
        if columns.len() < 2 {
            return columns;
        }
        let widths: Vec<f32> = columns.iter().map(|c| self.bounds(c).width()).collect();
        let widest = widths.iter().copied().fold(0.0, f32::max);
        let last = columns.len() - 1;
        let margin = |n: usize| (n == 0 || n == last) && widths[n] < MARGIN_SHARE * widest;
        let (notes, text): (Vec<_>, Vec<_>) = columns.into_iter().enumerate().partition(|(n, _)| margin(*n));
        text.into_iter().chain(notes).map(|(_, c)| c).collect()
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

/// How many text lines these boxes sit on, counted top to bottom.
fn rows_of(mut boxes: Vec<Rect>) -> usize {
    boxes.sort_by(|a, b| a.centre_y().total_cmp(&b.centre_y()));
    let mut rows = 0;
    let mut row_start: Option<Rect> = None;
    for r in boxes {
        if !row_start.is_some_and(|first| same_line(&first, &r)) {
            rows += 1;
            row_start = Some(r);
        }
    }
    rows
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

    /// The right column starts at the top of the page, its line just above the left column's
    /// heading indented (a paragraph's first line); the left column opens lower down with a
    /// centred chapter heading and space below it. Measured on the boxes of the rendered page
    /// two-columns-uneven/alice-en.
    #[test]
    fn a_column_that_starts_higher_keeps_its_first_lines() {
        let mut boxes = vec![
            rect(481.0, 151.0, 780.0, 170.0),
            rect(457.0, 173.0, 780.0, 192.0),
            rect(458.0, 196.0, 692.0, 215.0),
            rect(483.0, 218.0, 780.0, 237.0),
            rect(190.0, 237.0, 316.0, 258.0),
            rect(167.0, 265.0, 338.0, 281.0),
        ];
        for k in 0..12 {
            let y = 242.0 + 24.0 * k as f32;
            boxes.push(rect(458.0, y, 780.0, y + 19.0));
        }
        for k in 0..8 {
            let y = 335.0 + 24.0 * k as f32;
            boxes.push(rect(93.0, y, 415.0, y + 19.0));
        }
        let order: Vec<usize> = reading_order(&boxes, 875.0, 1240.0)
            .iter()
            .flat_map(|b| b.lines.iter().flatten().copied())
            .collect();
        // The heading, the left column, then the whole right column from its top line.
        let expected: Vec<usize> = [4, 5].into_iter().chain(18..26).chain(0..4).chain(6..18).collect();
        assert_eq!(order, expected);
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
