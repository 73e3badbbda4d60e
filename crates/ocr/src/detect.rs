//! Text detection around the model: the page scaled and normalised into the detection model's
//! input, then DB post-processing of its probability map into rotated line boxes in page pixels.
//!
//! Both halves follow PaddleOCR's `DetResizeForTest`, `NormalizeImage` and `DBPostProcess` (as the
//! PP-OCRv5 ONNX pipeline runs them): the same sizes, the same bilinear resampling (OpenCV's
//! fixed-point `INTER_LINEAR`, computed here in integers), the same mean and deviation applied to
//! the channels in OpenCV's B, G, R order, the same box scoring and unclipping.

use geo::{Area, Buffer, Coord, Euclidean, Length, LineString, MinimumRotatedRect, MultiPoint, Polygon};
use image::GrayImage;
use imageproc::contours::find_contours;
use serde::Deserialize;
use thiserror::Error;

use crate::decode::PageImage;
use crate::geometry::{Point, Quad};

/// Settings of detection, with the reference pipeline's values as defaults.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DetectionParams {
    /// The long side of the model's input, in pixels: larger pages are scaled down to it (960 is
    /// as accurate as full resolution on 150–300 dpi book pages). Both sides are then rounded to
    /// multiples of 32, as the model needs.
    pub limit_side_len: u32,
    /// A map pixel above this probability is text.
    pub thresh: f32,
    /// A region whose box has a mean probability below this is dropped.
    pub box_thresh: f32,
    /// How far a box grows after scoring: by area × ratio / perimeter (the model predicts
    /// shrunken text regions).
    pub unclip_ratio: f32,
    /// At most this many regions are considered a page.
    pub max_candidates: usize,
    /// Boxes whose short side is under this many map pixels (this + 2 after growing) are noise.
    pub min_size: f32,
}

impl Default for DetectionParams {
    fn default() -> Self {
        Self {
            limit_side_len: 960,
            thresh: 0.3,
            box_thresh: 0.6,
            unclip_ratio: 1.5,
            max_candidates: 1000,
            min_size: 3.0,
        }
    }
}

/// Per-channel mean and deviation of the detection model, applied to channels 0, 1, 2 = B, G, R.
const DET_MEAN: [f32; 3] = [0.485, 0.456, 0.406];
const DET_STD: [f32; 3] = [0.229, 0.224, 0.225];

/// A detected text line: its box in page pixels and the mean map probability inside it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextBox {
    pub quad: Quad,
    pub score: f32,
}

/// Where one page lies in a detection input: its scaled size (the top-left `width` × `height` of
/// the input and of the map) and its size in page pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageScale {
    pub width: u32,
    pub height: u32,
    pub page_width: u32,
    pub page_height: u32,
}

impl PageScale {
    /// Page pixels per map pixel, horizontally.
    pub fn scale_x(&self) -> f32 {
        self.page_width as f32 / self.width as f32
    }

    /// Page pixels per map pixel, vertically.
    pub fn scale_y(&self) -> f32 {
        self.page_height as f32 / self.height as f32
    }
}

/// The detection model's input: `data` is `shape` = [pages, 3, height, width], f32, NCHW.
#[derive(Debug, Clone, PartialEq)]
pub struct DetectionInput {
    pub data: Vec<f32>,
    pub shape: [usize; 4],
    pub pages: Vec<PageScale>,
}

/// Why a probability map could not be read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum DetectError {
    #[error(
        "the probability map has {got} values but {expected} were expected \
         ({pages} × 1 × {height} × {width}, the input's size); pass the model's whole first output"
    )]
    MapSize {
        got: usize,
        expected: usize,
        pages: usize,
        height: usize,
        width: usize,
    },
    #[error("page {index} is not in this input of {pages} pages")]
    NoSuchPage { index: usize, pages: usize },
}

impl DetectError {
    /// Always false: the same map fails the same way.
    pub fn is_retryable(&self) -> bool {
        false
    }
}

/// The model input size of a `width` × `height` page, as `DetResizeForTest` (limit type "max")
/// computes it: scaled so the long side is at most `limit`, then each side rounded to the
/// nearest multiple of 32 (halves to even, as Python's `round`), at least 32.
pub fn input_size(width: u32, height: u32, limit: u32) -> (u32, u32) {
    let (w, h) = (f64::from(width), f64::from(height));
    let long = w.max(h);
    let ratio = if long > f64::from(limit) {
        f64::from(limit) / long
    } else {
        1.0
    };
    let round32 = |side: f64| {
        let scaled = (side * ratio).trunc();
        (((scaled / 32.0).round_ties_even() * 32.0) as u32).max(32)
    };
    (round32(w), round32(h))
}

/// One page as the detection model's input (a batch of one).
pub fn prepare(page: &PageImage, params: &DetectionParams) -> DetectionInput {
    let mut data = Vec::new();
    let scale = prepare_into(page, params, &mut data);
    DetectionInput {
        data,
        shape: [1, 3, scale.height as usize, scale.width as usize],
        pages: vec![scale],
    }
}

/// Like [`prepare`], writing into `out` (cleared first) so a worker can reuse one buffer for
/// every page. The layout is [1, 3, scale.height, scale.width].
pub fn prepare_into(page: &PageImage, params: &DetectionParams, out: &mut Vec<f32>) -> PageScale {
    let (page_width, page_height) = page.dimensions();
    let (width, height) = input_size(page_width, page_height, params.limit_side_len);
    let plane = width as usize * height as usize;
    out.clear();
    out.resize(3 * plane, 0.0);
    let luts = det_luts();
    resize_normalize(page, width, height, out, width as usize, plane, &luts);
    PageScale {
        width,
        height,
        page_width,
        page_height,
    }
}

/// Several pages as one input, each scaled as [`prepare`] would and placed at the top-left of a
/// [pages, 3, H, W] tensor whose H and W are the largest of theirs; the rest is 0 (the mean).
/// Each page's boxes come from its own `width` × `height` corner of the map.
pub fn prepare_batch(pages: &[&PageImage], params: &DetectionParams) -> DetectionInput {
    let scales: Vec<PageScale> = pages
        .iter()
        .map(|page| {
            let (page_width, page_height) = page.dimensions();
            let (width, height) = input_size(page_width, page_height, params.limit_side_len);
            PageScale {
                width,
                height,
                page_width,
                page_height,
            }
        })
        .collect();
    let w = scales.iter().map(|s| s.width as usize).max().unwrap_or(0);
    let h = scales.iter().map(|s| s.height as usize).max().unwrap_or(0);
    let plane = w * h;
    let mut data = vec![0.0; pages.len() * 3 * plane];
    let luts = det_luts();
    for ((page, scale), out) in pages.iter().zip(&scales).zip(data.chunks_exact_mut((3 * plane).max(1))) {
        resize_normalize(page, scale.width, scale.height, out, w, plane, &luts);
    }
    DetectionInput {
        data,
        shape: [pages.len(), 3, h, w],
        pages: scales,
    }
}

fn det_luts() -> [[f32; 256]; 3] {
    std::array::from_fn(|c| std::array::from_fn(|v| (v as f32 / 255.0 - DET_MEAN[c]) / DET_STD[c]))
}

/// OpenCV's fixed-point bilinear weights: 11 fractional bits.
const COEF_BITS: u32 = 11;
const COEF_ONE: f32 = (1 << COEF_BITS) as f32;

/// For each destination index along one axis: the two source indices and their weights, exactly
/// as OpenCV's `resize` computes them for `INTER_LINEAR`. Along x a tap that falls off the image
/// takes the edge pixel whole; along y OpenCV keeps the fraction and repeats the edge row, which
/// rounds differently, so `clamp_weights` says which axis this is.
fn linear_taps(src: u32, dst: u32, clamp_weights: bool) -> Vec<(usize, usize, i32, i32)> {
    let scale = f64::from(src) / f64::from(dst);
    let last = i64::from(src) - 1;
    (0..dst)
        .map(|d| {
            let f = ((f64::from(d) + 0.5) * scale - 0.5) as f32;
            let mut s = f.floor() as i64;
            let mut frac = f - s as f32;
            if clamp_weights {
                if s < 0 {
                    s = 0;
                    frac = 0.0;
                }
                if s >= last {
                    s = last;
                    frac = 0.0;
                }
            }
            let w0 = ((1.0 - frac) * COEF_ONE).round_ties_even() as i32;
            let w1 = (frac * COEF_ONE).round_ties_even() as i32;
            (s.clamp(0, last) as usize, (s + 1).clamp(0, last) as usize, w0, w1)
        })
        .collect()
}

/// Scales `page` to `dst_w` × `dst_h` with OpenCV's `INTER_LINEAR` arithmetic (the same 8-bit
/// results as `cv2.resize`) and writes each pixel through the per-channel tables `luts` into three
/// planes of `out`: plane `c` starts at `c * plane_stride`, rows are `row_stride` apart. Plane 0
/// gets blue, 1 green, 2 red (OpenCV's order); a gray page fills all three.
pub(crate) fn resize_normalize(
    page: &PageImage,
    dst_w: u32,
    dst_h: u32,
    out: &mut [f32],
    row_stride: usize,
    plane_stride: usize,
    luts: &[[f32; 256]; 3],
) {
    let (src_w, src_h) = page.dimensions();
    if src_w == 0 || src_h == 0 || dst_w == 0 || dst_h == 0 {
        return;
    }
    match page {
        PageImage::Gray(img) => resample::<1>(
            img.as_raw(),
            src_w,
            src_h,
            dst_w,
            dst_h,
            out,
            row_stride,
            plane_stride,
            luts,
        ),
        PageImage::Rgb(img) => resample::<3>(
            img.as_raw(),
            src_w,
            src_h,
            dst_w,
            dst_h,
            out,
            row_stride,
            plane_stride,
            luts,
        ),
    }
}

#[allow(clippy::too_many_arguments)]
fn resample<const C: usize>(
    src: &[u8],
    src_w: u32,
    src_h: u32,
    dst_w: u32,
    dst_h: u32,
    out: &mut [f32],
    row_stride: usize,
    plane_stride: usize,
    luts: &[[f32; 256]; 3],
) {
    let (sw, dw) = (src_w as usize, dst_w as usize);
    let src_row = |y: usize| &src[y * sw * C..(y + 1) * sw * C];
    // One output row at a time in 8 bits (channels in R, G, B order), then through the tables
    // into the three planes.
    let mut row = vec![0u8; dw * C];
    let mut emit = |y: usize, row: &[u8]| {
        for (plane, lut) in luts.iter().enumerate() {
            let dst = &mut out[plane * plane_stride + y * row_stride..][..dw];
            let channel = if C == 1 { 0 } else { C - 1 - plane };
            for (d, px) in dst.iter_mut().zip(row.chunks_exact(C)) {
                *d = lut[usize::from(px[channel])];
            }
        }
    };
    // OpenCV turns an exact halving into 2×2 averaging (INTER_AREA); so does this.
    if src_w == 2 * dst_w && src_h == 2 * dst_h {
        for y in 0..dst_h as usize {
            let (r0, r1) = (src_row(2 * y), src_row(2 * y + 1));
            for (i, v) in row.iter_mut().enumerate() {
                let j = (i / C) * 2 * C + i % C;
                let sum = u32::from(r0[j]) + u32::from(r0[j + C]) + u32::from(r1[j]) + u32::from(r1[j + C]);
                *v = ((sum + 2) >> 2) as u8;
            }
            emit(y, &row);
        }
        return;
    }
    let xs = linear_taps(src_w, dst_w, true);
    let ys = linear_taps(src_h, dst_h, false);
    // Horizontally resampled source rows (fixed point), cached: consecutive output rows share them.
    let mut rows: [(usize, Vec<i32>); 2] = [(usize::MAX, vec![0; dw * C]), (usize::MAX, vec![0; dw * C])];
    let hresize = |y: usize, buf: &mut [i32]| {
        let row = src_row(y);
        for (px, &(sx, next, w0, w1)) in buf.chunks_exact_mut(C).zip(&xs) {
            for c in 0..C {
                px[c] = i32::from(row[sx * C + c]) * w0 + i32::from(row[next * C + c]) * w1;
            }
        }
    };
    for (y, &(sy, sy1, b0, b1)) in ys.iter().enumerate() {
        if rows[0].0 != sy {
            if rows[1].0 == sy {
                rows.swap(0, 1);
            } else {
                hresize(sy, &mut rows[0].1);
                rows[0].0 = sy;
            }
        }
        if rows[1].0 != sy1 {
            hresize(sy1, &mut rows[1].1);
            rows[1].0 = sy1;
        }
        for ((v, &s0), &s1) in row.iter_mut().zip(&rows[0].1).zip(&rows[1].1) {
            // OpenCV's vectorised vertical pass, whose rounding is what `cv2.resize` returns.
            *v = ((((b0 * (s0 >> 4)) >> 16) + ((b1 * (s1 >> 4)) >> 16) + 2) >> 2).clamp(0, 255) as u8;
        }
        emit(y, &row);
    }
}

/// A view of one page's probability map: `height` rows of `width` values, `stride` apart.
#[derive(Debug, Clone, Copy)]
pub struct ProbMap<'a> {
    data: &'a [f32],
    width: usize,
    height: usize,
    stride: usize,
}

impl<'a> ProbMap<'a> {
    /// A `width` × `height` map whose rows start `stride` values apart in `data`.
    pub fn new(data: &'a [f32], width: usize, height: usize, stride: usize) -> Result<Self, DetectError> {
        let needed = if height == 0 { 0 } else { (height - 1) * stride + width };
        if stride < width || data.len() < needed {
            return Err(DetectError::MapSize {
                got: data.len(),
                expected: needed,
                pages: 1,
                height,
                width,
            });
        }
        Ok(Self {
            data,
            width,
            height,
            stride,
        })
    }

    pub fn width(&self) -> usize {
        self.width
    }

    pub fn height(&self) -> usize {
        self.height
    }

    fn row(&self, y: usize) -> &'a [f32] {
        &self.data[y * self.stride..y * self.stride + self.width]
    }
}

impl DetectionInput {
    /// Page `index`'s part of the model's output `map` ([pages, 1, H, W], the input's H and W).
    pub fn page_map<'a>(&self, map: &'a [f32], index: usize) -> Result<ProbMap<'a>, DetectError> {
        let [pages, _, h, w] = self.shape;
        if map.len() != pages * h * w {
            return Err(DetectError::MapSize {
                got: map.len(),
                expected: pages * h * w,
                pages,
                height: h,
                width: w,
            });
        }
        let scale = self.pages.get(index).ok_or(DetectError::NoSuchPage { index, pages })?;
        let plane = &map[index * h * w..(index + 1) * h * w];
        ProbMap::new(plane, (scale.width as usize).min(w), (scale.height as usize).min(h), w)
    }

    /// The boxes of every page from the model's output `map`, in page order.
    pub fn boxes(&self, map: &[f32], params: &DetectionParams) -> Result<Vec<Vec<TextBox>>, DetectError> {
        (0..self.pages.len())
            .map(|i| Ok(boxes_from_map(&self.page_map(map, i)?, &self.pages[i], params)))
            .collect()
    }
}

/// DB post-processing: the text lines of one page from its probability map, as boxes in page
/// pixels with corners clockwise from the top-left, clipped to the page, in the raster order of
/// each region's first pixel.
pub fn boxes_from_map(map: &ProbMap<'_>, scale: &PageScale, params: &DetectionParams) -> Vec<TextBox> {
    let (w, h) = (map.width, map.height);
    if w == 0 || h == 0 || scale.page_width == 0 || scale.page_height == 0 {
        return Vec::new();
    }
    // A frame of background around the bitmap, so regions touching the map's edge get an outer
    // border like any other.
    let mut bitmap = GrayImage::new(w as u32 + 2, h as u32 + 2);
    {
        let raw: &mut [u8] = &mut bitmap;
        for y in 0..h {
            let dst = &mut raw[(y + 1) * (w + 2) + 1..][..w];
            for (d, &p) in dst.iter_mut().zip(map.row(y)) {
                *d = if p > params.thresh { 255 } else { 0 };
            }
        }
    }
    let contours = find_contours::<i32>(&bitmap);
    let (sx, sy) = (
        f64::from(scale.page_width) / w as f64,
        f64::from(scale.page_height) / h as f64,
    );
    let (pw, ph) = (f64::from(scale.page_width), f64::from(scale.page_height));
    let min_size = f64::from(params.min_size);
    let mut boxes = Vec::new();
    let mut mask = Vec::new();
    for contour in contours.iter().take(params.max_candidates) {
        let points: MultiPoint<f64> = contour
            .points
            .iter()
            .map(|p| Coord {
                x: f64::from(p.x - 1),
                y: f64::from(p.y - 1),
            })
            .collect::<Vec<_>>()
            .into();
        let Some((rect, short)) = mini_box(&points) else {
            continue;
        };
        if short < min_size {
            continue;
        }
        let score = box_score_fast(map, &rect, &mut mask);
        if score.is_nan() || score < params.box_thresh {
            continue;
        }
        let Some((rect, short)) = unclip(&rect, f64::from(params.unclip_ratio)).and_then(|p| mini_box(&p)) else {
            continue;
        };
        if short < min_size + 2.0 {
            continue;
        }
        // To page pixels: rounded and clipped as the reference does, then kept inside the page.
        let corners = rect.map(|c| {
            let x = (c.x * sx).round().clamp(0.0, pw).min(pw - 1.0);
            let y = (c.y * sy).round().clamp(0.0, ph).min(ph - 1.0);
            Point::new(x as f32, y as f32)
        });
        let dist = |a: Point, b: Point| ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt().trunc();
        if dist(corners[0], corners[1]) <= params.min_size || dist(corners[0], corners[3]) <= params.min_size {
            continue;
        }
        boxes.push(TextBox {
            quad: Quad(corners),
            score,
        });
    }
    boxes
}

/// The minimum-area rectangle around `points`, corners ordered top-left, top-right,
/// bottom-right, bottom-left (the reference's `get_mini_boxes`), and its short side.
fn mini_box<G: MinimumRotatedRect<f64, Scalar = f64>>(points: &G) -> Option<([Coord<f64>; 4], f64)> {
    let rect = points.minimum_rotated_rect()?;
    let ring = &rect.exterior().0;
    if ring.len() < 4 {
        return None;
    }
    let mut p = [ring[0], ring[1], ring[2], ring[3]];
    let side = |a: Coord<f64>, b: Coord<f64>| (a.x - b.x).hypot(a.y - b.y);
    let short = side(p[0], p[1]).min(side(p[1], p[2]));
    p.sort_by(|a, b| a.x.total_cmp(&b.x));
    let (tl, bl) = if p[1].y > p[0].y { (p[0], p[1]) } else { (p[1], p[0]) };
    let (tr, br) = if p[3].y > p[2].y { (p[2], p[3]) } else { (p[3], p[2]) };
    Some(([tl, tr, br, bl], short))
}

/// The mean probability inside `quad` (the reference's "fast" score): over the pixels of its
/// bounding box that `cv2.fillPoly` would paint for it, corners truncated to whole pixels.
fn box_score_fast(map: &ProbMap<'_>, quad: &[Coord<f64>; 4], mask: &mut Vec<bool>) -> f32 {
    let (w, h) = (map.width as i64, map.height as i64);
    let clamp = |v: f64, hi: i64| (v as i64).clamp(0, hi - 1);
    let xmin = clamp(quad.iter().map(|c| c.x).fold(f64::INFINITY, f64::min).floor(), w);
    let xmax = clamp(quad.iter().map(|c| c.x).fold(f64::NEG_INFINITY, f64::max).ceil(), w);
    let ymin = clamp(quad.iter().map(|c| c.y).fold(f64::INFINITY, f64::min).floor(), h);
    let ymax = clamp(quad.iter().map(|c| c.y).fold(f64::NEG_INFINITY, f64::max).ceil(), h);
    // Corners relative to the box, truncated toward zero as numpy's astype(int32) does.
    let poly = quad.map(|c| ((c.x - xmin as f64) as i64, (c.y - ymin as f64) as i64));
    let (bw, bh) = ((xmax - xmin + 1) as usize, (ymax - ymin + 1) as usize);
    fill_polygon(&poly, bw, bh, mask);
    let (mut sum, mut count) = (0.0f64, 0u64);
    for (y, mask_row) in mask.chunks_exact(bw).enumerate() {
        let row = &map.row(ymin as usize + y)[xmin as usize..][..bw];
        for (&p, _) in row.iter().zip(mask_row).filter(|(_, &m)| m) {
            sum += f64::from(p);
            count += 1;
        }
    }
    if count == 0 {
        0.0
    } else {
        (sum / count as f64) as f32
    }
}

/// Sets `mask` (`w` × `h`, row-major) to the pixels OpenCV's `fillPoly` paints for the polygon
/// `poly` with 8-connected edges: each edge drawn as a line, then the scanlines between edges.
fn fill_polygon(poly: &[(i64, i64)], w: usize, h: usize, mask: &mut Vec<bool>) {
    const SHIFT: u32 = 16;
    mask.clear();
    mask.resize(w * h, false);
    let (wi, hi) = (w as i64, h as i64);
    // Edges as (top y, bottom y, x at top in 16.16 fixed point, x step per row).
    let mut edges: Vec<(i64, i64, i64, i64)> = Vec::with_capacity(poly.len());
    for i in 0..poly.len() {
        let (p0, p1) = (poly[(i + poly.len() - 1) % poly.len()], poly[i]);
        draw_line(p0, p1, w, h, mask);
        if p0.1 == p1.1 {
            continue;
        }
        // Integer division truncates toward zero, as in C.
        let dx = ((p1.0 - p0.0) << SHIFT) / (p1.1 - p0.1);
        edges.push(if p0.1 < p1.1 {
            (p0.1, p1.1, p0.0 << SHIFT, dx)
        } else {
            (p1.1, p0.1, p1.0 << SHIFT, dx)
        });
    }
    if edges.len() < 2 {
        return;
    }
    let y_start = edges.iter().map(|e| e.0).min().unwrap_or(0).max(0);
    let y_end = edges.iter().map(|e| e.1).max().unwrap_or(0).min(hi);
    let mut xs: Vec<i64> = Vec::with_capacity(edges.len());
    for y in y_start..y_end {
        xs.clear();
        xs.extend(
            edges
                .iter()
                .filter(|e| e.0 <= y && y < e.1)
                .map(|e| e.2 + (y - e.0) * e.3),
        );
        xs.sort_unstable();
        for pair in xs.chunks_exact(2) {
            let x1 = (pair[0] + (1 << SHIFT) - 1) >> SHIFT;
            let x2 = pair[1] >> SHIFT;
            if x1 < wi && x2 >= 0 {
                let (x1, x2) = (x1.max(0), x2.min(wi - 1));
                if x1 <= x2 {
                    mask[y as usize * w + x1 as usize..=y as usize * w + x2 as usize].fill(true);
                }
            }
        }
    }
}

/// OpenCV's 8-connected line (Bresenham, iterated left to right), clipped to the mask first as
/// OpenCV's `clipLine` does.
fn draw_line(p0: (i64, i64), p1: (i64, i64), w: usize, h: usize, mask: &mut [bool]) {
    let (wi, hi) = (w as i64, h as i64);
    let inside = |p: (i64, i64)| (0..wi).contains(&p.0) && (0..hi).contains(&p.1);
    let (mut a, mut b) = (p0, p1);
    if !(inside(a) && inside(b)) {
        match clip_line(wi, hi, a, b) {
            Some((ca, cb)) => (a, b) = (ca, cb),
            None => return,
        }
    }
    if b.0 < a.0 {
        std::mem::swap(&mut a, &mut b);
    }
    let mut dx = b.0 - a.0;
    let mut dy = (b.1 - a.1).abs();
    let sy = if b.1 < a.1 { -1 } else { 1 };
    let y_major = dy > dx;
    if y_major {
        std::mem::swap(&mut dx, &mut dy);
    }
    let mut err = dx - 2 * dy;
    let (mut x, mut y) = a;
    for _ in 0..=dx {
        if inside((x, y)) {
            mask[y as usize * w + x as usize] = true;
        }
        let diagonal = err < 0;
        if y_major {
            y += sy;
            x += i64::from(diagonal);
        } else {
            x += 1;
            y += if diagonal { sy } else { 0 };
        }
        err += if diagonal { 2 * dx } else { 0 } - 2 * dy;
    }
}

/// OpenCV's `clipLine`: the segment cut to a `w` × `h` image, or `None` when it misses it.
fn clip_line(
    w: i64,
    h: i64,
    (mut x1, mut y1): (i64, i64),
    (mut x2, mut y2): (i64, i64),
) -> Option<((i64, i64), (i64, i64))> {
    if w <= 0 || h <= 0 {
        return None;
    }
    let (right, bottom) = (w - 1, h - 1);
    let code =
        |x: i64, y: i64| i32::from(x < 0) + i32::from(x > right) * 2 + i32::from(y < 0) * 4 + i32::from(y > bottom) * 8;
    let (mut c1, mut c2) = (code(x1, y1), code(x2, y2));
    if (c1 & c2) == 0 && (c1 | c2) != 0 {
        if c1 & 12 != 0 {
            let a = if c1 < 8 { 0 } else { bottom };
            x1 += (a - y1) * (x2 - x1) / (y2 - y1);
            y1 = a;
            c1 = i32::from(x1 < 0) + i32::from(x1 > right) * 2;
        }
        if c2 & 12 != 0 {
            let a = if c2 < 8 { 0 } else { bottom };
            x2 += (a - y2) * (x2 - x1) / (y2 - y1);
            y2 = a;
            c2 = i32::from(x2 < 0) + i32::from(x2 > right) * 2;
        }
        if (c1 & c2) == 0 && (c1 | c2) != 0 {
            if c1 != 0 {
                let a = if c1 == 1 { 0 } else { right };
                y1 += (a - x1) * (y2 - y1) / (x2 - x1);
                x1 = a;
                c1 = 0;
            }
            if c2 != 0 {
                let a = if c2 == 1 { 0 } else { right };
                y2 += (a - x2) * (y2 - y1) / (x2 - x1);
                x2 = a;
                c2 = 0;
            }
        }
    }
    ((c1 | c2) == 0).then_some(((x1, y1), (x2, y2)))
}

/// Grows `rect` outward by area × ratio / perimeter with rounded corners (the reference's
/// pyclipper offset), as the points of the grown outline.
fn unclip(rect: &[Coord<f64>; 4], ratio: f64) -> Option<MultiPoint<f64>> {
    let polygon = Polygon::new(LineString::from(rect.to_vec()), Vec::new());
    let perimeter = Euclidean.length(polygon.exterior());
    if perimeter.is_nan() || perimeter <= 0.0 {
        return None;
    }
    let distance = polygon.unsigned_area() * ratio / perimeter;
    if distance.is_nan() || distance <= 0.0 {
        return Some(rect.to_vec().into());
    }
    // pyclipper works on integer coordinates: the reference offsets the corners truncated.
    let whole = Polygon::new(
        LineString::from(
            rect.map(|c| Coord {
                x: c.x.trunc(),
                y: c.y.trunc(),
            })
            .to_vec(),
        ),
        Vec::new(),
    );
    let grown = whole.buffer(distance);
    let points: Vec<Coord<f64>> = grown.0.iter().flat_map(|p| p.exterior().0.iter().copied()).collect();
    if points.is_empty() {
        None
    } else {
        Some(points.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str) -> PageImage {
        let bytes = std::fs::read(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        crate::decode::decode(&bytes, &Default::default()).unwrap().remove(0)
    }

    fn identity(w: u32, h: u32) -> PageScale {
        PageScale {
            width: w,
            height: h,
            page_width: w,
            page_height: h,
        }
    }

    /// A map of `w` × `h` with `value` inside each convex polygon (pixel centres, inclusive).
    fn map_with(w: usize, h: usize, polys: &[(&[(f64, f64)], f32)]) -> Vec<f32> {
        let mut map = vec![0.0f32; w * h];
        for (poly, value) in polys {
            for y in 0..h {
                for x in 0..w {
                    let (px, py) = (x as f64, y as f64);
                    let n = poly.len();
                    let inside = (0..n).all(|i| {
                        let (a, b) = (poly[i], poly[(i + 1) % n]);
                        (b.0 - a.0) * (py - a.1) - (b.1 - a.1) * (px - a.0) >= -1e-9
                    });
                    if inside {
                        map[y * w + x] = *value;
                    }
                }
            }
        }
        map
    }

    fn rotated_rect(cx: f64, cy: f64, w: f64, h: f64, degrees: f64) -> Vec<(f64, f64)> {
        let (s, c) = degrees.to_radians().sin_cos();
        // Clockwise on screen (y down): tl, tr, br, bl.
        [
            (-w / 2.0, -h / 2.0),
            (w / 2.0, -h / 2.0),
            (w / 2.0, h / 2.0),
            (-w / 2.0, h / 2.0),
        ]
        .iter()
        .map(|&(x, y)| (cx + x * c - y * s, cy + x * s + y * c))
        .collect()
    }

    fn side(a: Point, b: Point) -> f32 {
        ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
    }

    fn centre(q: &Quad) -> (f32, f32) {
        (
            q.0.iter().map(|p| p.x).sum::<f32>() / 4.0,
            q.0.iter().map(|p| p.y).sum::<f32>() / 4.0,
        )
    }

    #[test]
    fn input_size_follows_the_reference() {
        // 875 × 1240: ratio 960/1240, int(677.4) = 677 → 21 × 32; 960 → 30 × 32.
        assert_eq!(input_size(875, 1240, 960), (672, 960));
        assert_eq!(input_size(1275, 1650, 960), (736, 960));
        // Small pages are not enlarged, only rounded; never below 32.
        assert_eq!(input_size(500, 300, 960), (512, 288));
        assert_eq!(input_size(10, 5, 960), (32, 32));
        // Python's round, halves to even: 16/32 = 0.5 → 0 (then 32), 48/32 = 1.5 → 2, 80/32 = 2.5 → 2.
        assert_eq!(input_size(16, 48, 960), (32, 64));
        assert_eq!(input_size(80, 48, 960), (64, 64));
    }

    #[test]
    fn prepare_scales_and_normalises_a_real_page() {
        let page = page("../../examples/volumes/W0001/I0001/0001.png");
        let input = prepare(&page, &DetectionParams::default());
        assert_eq!(input.shape, [1, 3, 960, 672]);
        assert_eq!(input.data.len(), 3 * 960 * 672);
        let s = input.pages[0];
        assert_eq!((s.width, s.height, s.page_width, s.page_height), (672, 960, 875, 1240));
        assert!((s.scale_x() - 875.0 / 672.0).abs() < 1e-6);
        // The top-left corner is white paper: (1 - mean) / std in each channel.
        let plane = 960 * 672;
        for c in 0..3 {
            let v = input.data[c * plane];
            assert!((v - (1.0 - DET_MEAN[c]) / DET_STD[c]).abs() < 1e-5, "channel {c}: {v}");
        }
        // Ink is there too: some pixels are far darker than paper.
        assert!(input.data[..plane].iter().any(|&v| v < -1.5));
    }

    #[test]
    fn channels_are_blue_green_red() {
        let red = PageImage::Rgb(image::RgbImage::from_pixel(64, 64, image::Rgb([255, 0, 0])));
        let input = prepare(&red, &DetectionParams::default());
        let plane = 64 * 64;
        assert!((input.data[0] - (0.0 - 0.485) / 0.229).abs() < 1e-5, "blue plane first");
        assert!((input.data[plane] - (0.0 - 0.456) / 0.224).abs() < 1e-5);
        assert!(
            (input.data[2 * plane] - (1.0 - 0.406) / 0.225).abs() < 1e-5,
            "red plane last"
        );
    }

    #[test]
    fn bilinear_matches_opencv_arithmetic() {
        // 4 → 2 columns is an exact halving: 2×2 means. 3 → 2 is bilinear with OpenCV's taps:
        // source x = (d + 0.5) × 1.5 − 0.5 = 0.25 and 1.75.
        let g = PageImage::Gray(image::GrayImage::from_raw(3, 1, vec![0, 100, 200]).unwrap());
        let lut: [[f32; 256]; 3] = [std::array::from_fn(|v| v as f32); 3];
        let mut out = vec![0.0; 3 * 2];
        resize_normalize(&g, 2, 1, &mut out, 2, 2, &lut);
        // 0.75 × 0 + 0.25 × 100 = 25; 0.25 × 100 + 0.75 × 200 = 175.
        assert_eq!(&out[..2], &[25.0, 175.0]);
        let g = PageImage::Gray(image::GrayImage::from_raw(4, 2, vec![0, 10, 20, 30, 2, 12, 22, 32]).unwrap());
        let mut out = vec![0.0; 3 * 2];
        resize_normalize(&g, 2, 1, &mut out, 2, 2, &lut);
        assert_eq!(&out[..2], &[6.0, 26.0]);
    }

    #[test]
    fn a_batch_pads_pages_to_the_largest() {
        let a = page("tests/fixtures/images/gray-lines.png");
        let b = page("tests/fixtures/images/color-lines.jpg");
        let c = PageImage::Gray(image::GrayImage::from_pixel(100, 40, image::Luma([255])));
        let input = prepare_batch(&[&a, &b, &c], &DetectionParams::default());
        assert_eq!(input.shape, [3, 3, 160, 672]);
        assert_eq!(input.pages[2].width, 96);
        assert_eq!(input.pages[2].height, 32);
        // The batch holds exactly what single preparation gives, padded with zeros.
        let single = prepare(&c, &DetectionParams::default());
        let (plane, w) = (160 * 672, 672);
        let third = &input.data[2 * 3 * plane..];
        for ch in 0..3 {
            for y in 0..32 {
                let row = &third[ch * plane + y * w..][..w];
                assert_eq!(&row[..96], &single.data[ch * 96 * 32 + y * 96..][..96]);
                assert!(row[96..].iter().all(|&v| v == 0.0));
            }
        }
        assert!(third[32 * w..plane].iter().all(|&v| v == 0.0));
    }

    #[test]
    fn an_axis_aligned_region_gives_its_grown_box() {
        // Region x 40..=199, y 50..=69: its rectangle through the pixel centres is 159 × 19.
        let (w, h) = (320, 160);
        let map = map_with(
            w,
            h,
            &[(&[(40.0, 50.0), (199.0, 50.0), (199.0, 69.0), (40.0, 69.0)], 0.9)],
        );
        let boxes = boxes_from_map(
            &ProbMap::new(&map, w, h, w).unwrap(),
            &identity(320, 160),
            &Default::default(),
        );
        assert_eq!(boxes.len(), 1);
        assert!((boxes[0].score - 0.9).abs() < 1e-6);
        // Grown by 159 × 19 × 1.5 / (2 × (159 + 19)) = 12.73 on each side.
        let expected = [(27.0, 37.0), (212.0, 37.0), (212.0, 83.0), (27.0, 83.0)];
        for (p, (x, y)) in boxes[0].quad.0.iter().zip(expected) {
            assert!((p.x - x).abs() <= 1.0 && (p.y - y).abs() <= 1.0, "{:?}", boxes[0].quad);
        }
    }

    #[test]
    fn a_rotated_region_gives_a_rotated_box() {
        let (w, h) = (400, 240);
        let poly = rotated_rect(200.0, 120.0, 200.0, 24.0, 12.0);
        let map = map_with(w, h, &[(&poly, 0.8)]);
        let boxes = boxes_from_map(
            &ProbMap::new(&map, w, h, w).unwrap(),
            &identity(400, 240),
            &Default::default(),
        );
        assert_eq!(boxes.len(), 1, "{boxes:?}");
        let q = boxes[0].quad.0;
        let (cx, cy) = centre(&boxes[0].quad);
        assert!((cx - 200.0).abs() < 1.5 && (cy - 120.0).abs() < 1.5, "{q:?}");
        // Corners clockwise from the top-left; the long side keeps the region's angle.
        assert!(
            q[0].x < q[1].x && q[1].y < q[2].y && q[2].x > q[3].x && q[3].y > q[0].y,
            "{q:?}"
        );
        let angle = (q[1].y - q[0].y).atan2(q[1].x - q[0].x).to_degrees();
        assert!((angle - 12.0).abs() < 1.0, "{angle}");
        // About 199 × 23 through the pixel centres, grown by ≈ 15.5 a side.
        let d = 199.0 * 23.0 * 1.5 / (2.0 * (199.0 + 23.0));
        assert!((side(q[0], q[1]) - (199.0 + 2.0 * d)).abs() < 3.0, "{q:?}");
        assert!((side(q[1], q[2]) - (23.0 + 2.0 * d)).abs() < 3.0, "{q:?}");
    }

    #[test]
    fn faint_and_tiny_regions_are_dropped() {
        let (w, h) = (300, 200);
        let map = map_with(
            w,
            h,
            &[
                (&[(20.0, 20.0), (200.0, 20.0), (200.0, 40.0), (20.0, 40.0)], 0.95),
                // Above the pixel threshold but below the box threshold.
                (&[(20.0, 80.0), (200.0, 80.0), (200.0, 100.0), (20.0, 100.0)], 0.4),
                // Two pixels tall: under the minimum size.
                (&[(20.0, 140.0), (200.0, 140.0), (200.0, 141.0), (20.0, 141.0)], 0.95),
                // A speck.
                (&[(250.0, 150.0), (251.0, 150.0), (251.0, 151.0), (250.0, 151.0)], 0.95),
            ],
        );
        let boxes = boxes_from_map(
            &ProbMap::new(&map, w, h, w).unwrap(),
            &identity(300, 200),
            &Default::default(),
        );
        assert_eq!(boxes.len(), 1, "{boxes:?}");
        assert!(boxes[0].quad.bounds().min_y < 20.0 && boxes[0].quad.bounds().max_y > 40.0);
        // Lower the box threshold and the faint line comes back.
        let params = DetectionParams {
            box_thresh: 0.3,
            ..Default::default()
        };
        let boxes = boxes_from_map(&ProbMap::new(&map, w, h, w).unwrap(), &identity(300, 200), &params);
        assert_eq!(boxes.len(), 2);
    }

    #[test]
    fn boxes_scale_to_the_page_and_stay_inside_it() {
        // A map at half the page's size, with a region touching its top-left corner.
        let (w, h) = (160, 96);
        let map = map_with(w, h, &[(&[(0.0, 0.0), (100.0, 0.0), (100.0, 15.0), (0.0, 15.0)], 0.9)]);
        let scale = PageScale {
            width: 160,
            height: 96,
            page_width: 321,
            page_height: 193,
        };
        let boxes = boxes_from_map(&ProbMap::new(&map, w, h, w).unwrap(), &scale, &Default::default());
        assert_eq!(boxes.len(), 1);
        let b = boxes[0].quad.bounds();
        assert_eq!((b.min_x, b.min_y), (0.0, 0.0), "clipped at the page's edge");
        // Right edge: (100 + 9.5) map px × 321/160 ≈ 220 page px.
        assert!((b.max_x - 220.0).abs() <= 3.0, "{b:?}");
        assert!(b.max_x <= 320.0 && b.max_y <= 192.0);
    }

    #[test]
    fn each_page_of_a_batch_reads_its_own_corner_of_the_map() {
        let pages = [
            PageImage::Gray(image::GrayImage::new(320, 160)),
            PageImage::Gray(image::GrayImage::new(160, 96)),
        ];
        let input = prepare_batch(&[&pages[0], &pages[1]], &DetectionParams::default());
        let [n, _, h, w] = input.shape;
        let mut out = vec![0.0f32; n * h * w];
        // Page 1 has a line at y 40..=60 of its 160 × 96 corner; page 0 has one at y 100..=120.
        for (page, y0) in [(0usize, 100usize), (1, 40)] {
            for y in y0..=y0 + 20 {
                for x in 10..=120 {
                    out[page * h * w + y * w + x] = 0.9;
                }
            }
        }
        let boxes = input.boxes(&out, &DetectionParams::default()).unwrap();
        assert_eq!(boxes.len(), 2);
        assert_eq!(boxes[0].len(), 1);
        assert!(boxes[0][0].quad.bounds().min_y > 80.0);
        // Page 1 reads only its own 160 × 96 corner.
        assert_eq!(boxes[1].len(), 1);
        assert!(boxes[1][0].quad.bounds().max_x <= 159.0);
        assert!(matches!(
            input.boxes(&out[1..], &DetectionParams::default()),
            Err(DetectError::MapSize { .. })
        ));
    }

    #[test]
    fn nonsense_maps_give_no_panics() {
        let (w, h) = (64, 48);
        for (i, fill) in [f32::NAN, f32::INFINITY, -1.0, 1.0].into_iter().enumerate() {
            let map = vec![fill; w * h];
            let boxes = boxes_from_map(
                &ProbMap::new(&map, w, h, w).unwrap(),
                &identity(64, 48),
                &Default::default(),
            );
            // A map that is all text is one page-sized box; NaN and −1 are nothing.
            assert_eq!(boxes.len(), usize::from(i % 2 == 1), "fill {fill}");
        }
        assert!(ProbMap::new(&[0.0; 10], 4, 3, 4).is_err());
        assert!(ProbMap::new(&[0.0; 10], 4, 3, 3).is_err());
        let empty = ProbMap::new(&[], 0, 0, 0).unwrap();
        assert!(boxes_from_map(&empty, &identity(1, 1), &Default::default()).is_empty());
    }

    /// A probability map made from a real page's ink, so that post-processing meets real line
    /// shapes: dark pixels at detection scale, smeared along the line.
    #[test]
    fn a_real_page_gives_its_lines() {
        let page = page("../../examples/volumes/W0001/I0001/0001.png");
        let params = DetectionParams::default();
        let input = prepare(&page, &params);
        let s = input.pages[0];
        let (w, h) = (s.width as usize, s.height as usize);
        // Ink is where the blue plane is darker than mid-grey.
        let ink: Vec<bool> = input.data[..w * h]
            .iter()
            .map(|&v| v < (0.5 - DET_MEAN[0]) / DET_STD[0])
            .collect();
        // Join letters and words along x (13 px), rows of one line along y (1 px).
        let dilate = |src: &[bool], rx: usize, ry: usize| -> Vec<bool> {
            let mut out = vec![false; w * h];
            for y in 0..h {
                for x in 0..w {
                    out[y * w + x] = (y.saturating_sub(ry)..=(y + ry).min(h - 1))
                        .any(|yy| (x.saturating_sub(rx)..=(x + rx).min(w - 1)).any(|xx| src[yy * w + xx]));
                }
            }
            out
        };
        let joined = dilate(&ink, 13, 1);
        let map: Vec<f32> = joined.iter().map(|&b| if b { 0.95 } else { 0.02 }).collect();
        let boxes = boxes_from_map(&ProbMap::new(&map, w, h, w).unwrap(), &s, &params);
        // The page has a title, a subtitle, 30 lines of text and a page number.
        assert!((30..=36).contains(&boxes.len()), "{} boxes", boxes.len());
        for b in &boxes {
            let q = b.quad.0;
            assert!(
                q[0].x <= q[1].x && q[3].x <= q[2].x && q[0].y <= q[3].y && q[1].y <= q[2].y,
                "{q:?}"
            );
            let bounds = b.quad.bounds();
            assert!(bounds.min_x >= 0.0 && bounds.max_x <= 874.0 && bounds.max_y <= 1239.0);
            // A line of text, not a paragraph: less than three lines (29 px apart) tall.
            assert!(bounds.height() < 3.0 * 29.0, "{bounds:?}");
        }
        // The body lines span the text block, 118..756 px.
        let long = boxes.iter().filter(|b| b.quad.bounds().width() > 600.0).count();
        assert!(long >= 20, "{long} full-width lines");
    }
}
