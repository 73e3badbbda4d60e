//! Line images for recognition: each detected box cut out of the full-resolution page, and
//! batches of lines of similar width as the recognition model's input.
//!
//! Both follow the PP-OCRv5 reference pipeline: `get_rotate_crop_image` (a perspective warp of
//! the box to an upright rectangle, turned a quarter when it is tall) and the recogniser's
//! batching (lines sorted by aspect ratio, each batch as wide as its widest line at height 48,
//! at least 320, pixels scaled to [−1, 1] in B, G, R order, padded on the right with zeros).

use image::imageops;
use image::{ImageBuffer, Pixel};
use imageproc::geometric_transformations::{warp_into, Border, Interpolation, Projection};
use serde::Deserialize;

use crate::decode::PageImage;
use crate::detect::resize_normalize;
use crate::geometry::{Point, Quad};

/// A crop at least this many times taller than wide is a vertical line: turned to lie flat.
const VERTICAL_RATIO: f32 = 1.5;

/// The line under `quad`, cut out of `page` (at its full resolution) and made upright: the
/// quad's corners (clockwise from the top-left) map to the corners of a rectangle as wide as its
/// longer top or bottom side and as tall as its longer left or right side, sampled bilinearly,
/// edges replicated. A crop at least 1.5 times taller than wide is turned a quarter
/// counter-clockwise, as the reference does, so vertical lines lie flat.
pub fn crop_line(page: &PageImage, quad: &Quad) -> PageImage {
    let [p0, p1, p2, p3] = quad.0;
    let dist = |a: Point, b: Point| ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
    // Truncated, as the reference's int(); never longer than the page's width and height
    // together (a box inside the page is shorter), so a wild quad cannot ask for gigabytes.
    let longest = page.width().saturating_add(page.height()).max(1);
    let width = (dist(p0, p1).max(dist(p2, p3)) as u32).clamp(1, longest);
    let height = (dist(p0, p3).max(dist(p1, p2)) as u32).clamp(1, longest);
    let crop = match page {
        PageImage::Gray(img) => PageImage::Gray(warp_quad(img, quad, width, height)),
        PageImage::Rgb(img) => PageImage::Rgb(warp_quad(img, quad, width, height)),
    };
    if height as f32 / width as f32 >= VERTICAL_RATIO {
        match crop {
            PageImage::Gray(img) => PageImage::Gray(imageops::rotate270(&img)),
            PageImage::Rgb(img) => PageImage::Rgb(imageops::rotate270(&img)),
        }
    } else {
        crop
    }
}

/// [`crop_line`] for each quad, in order.
pub fn crop_lines(page: &PageImage, quads: &[Quad]) -> Vec<PageImage> {
    quads.iter().map(|quad| crop_line(page, quad)).collect()
}

/// Turns a line upside down, in place (for lines the orientation classifier finds rotated).
pub fn rotate_180(line: &mut PageImage) {
    match line {
        PageImage::Gray(img) => imageops::rotate180_in_place(img),
        PageImage::Rgb(img) => imageops::rotate180_in_place(img),
    }
}

type Image<P> = ImageBuffer<P, Vec<u8>>;

/// The `width` × `height` image whose corners are `quad`'s corners in `image`.
fn warp_quad<P>(image: &Image<P>, quad: &Quad, width: u32, height: u32) -> Image<P>
where
    P: Pixel<Subpixel = u8> + Send + Sync + 'static,
{
    let (w, h) = (width as f32, height as f32);
    let corners = quad.0.map(|p| (p.x, p.y));
    // A box with whole-pixel corners that is exactly as wide and tall as its crop is a copy of
    // the page's pixels; most lines of a straight scan are such boxes.
    let [(x0, y0), (x1, y1), (x2, y2), (x3, y3)] = corners;
    let whole = corners
        .iter()
        .all(|&(x, y)| x.fract() == 0.0 && y.fract() == 0.0 && x >= 0.0 && y >= 0.0);
    if whole
        && y0 == y1
        && y2 == y3
        && x0 == x3
        && x1 == x2
        && x1 - x0 == w
        && y3 - y0 == h
        && x1 <= image.width() as f32
        && y3 <= image.height() as f32
    {
        return imageops::crop_imm(image, x0 as u32, y0 as u32, width, height).to_image();
    }
    let mut out = Image::<P>::new(width, height);
    let target = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)];
    // A corner that is not a finite number would never let the solver converge.
    let finite = corners.iter().all(|&(x, y)| x.is_finite() && y.is_finite());
    let projection = if finite {
        Projection::from_control_points(corners, target)
    } else {
        None
    };
    match projection {
        Some(projection) => warp_into(image, projection, Interpolation::Bilinear, Border::Replicate, &mut out),
        None => {
            // Degenerate corners (all on one line): the axis-aligned box around them instead.
            let b = quad.bounds();
            let x = (b.min_x.max(0.0) as u32).min(image.width().saturating_sub(1));
            let y = (b.min_y.max(0.0) as u32).min(image.height().saturating_sub(1));
            let cropped = imageops::crop_imm(image, x, y, width, height).to_image();
            imageops::replace(&mut out, &cropped, 0, 0);
        }
    }
    out
}

/// Settings of recognition batching, with the reference pipeline's values as defaults except the
/// batch size.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RecognitionParams {
    /// Lines a batch. 1 by default: on burn's CPU backend one line a call was the fastest (on one
    /// core, over three sample pages, recognition took 2.87 s a page at 1 and 3.54 s at 4, `folio
    /// bench ocr --threads 1 --batch N`), and no padding means no wasted columns. A GPU wants many
    /// (32 or more).
    pub batch_size: usize,
    /// The model's input height in pixels.
    pub height: u32,
    /// The narrowest batch in pixels (the reference's 320: a ratio of 320/48).
    pub min_width: u32,
    /// An optional cap on a batch's width in pixels; lines wider than it at the model's height
    /// are squeezed to it. Unset (the reference's behaviour), a batch is as wide as its widest line.
    pub max_width: Option<u32>,
}

impl Default for RecognitionParams {
    fn default() -> Self {
        Self {
            batch_size: 1,
            height: 48,
            min_width: 320,
            max_width: None,
        }
    }
}

/// One recognition model input: `data` is `shape` = [lines, 3, height, width], f32, NCHW;
/// `indices[i]` is the position, in the slice given to [`recognition_batches`], of the line in
/// row `i`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecognitionBatch {
    pub data: Vec<f32>,
    pub shape: [usize; 4],
    pub indices: Vec<usize>,
}

/// The recognition batches of `lines`, made one at a time as the iterator advances: lines sorted
/// by aspect ratio (width / height), `batch_size` at a time, so each batch holds lines of
/// similar width. Every line is in exactly one batch.
pub fn recognition_batches<'a>(lines: &'a [PageImage], params: &RecognitionParams) -> RecognitionBatches<'a> {
    let ratio = |line: &PageImage| f64::from(line.width()) / f64::from(line.height().max(1));
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by(|&a, &b| ratio(&lines[a]).total_cmp(&ratio(&lines[b])));
    RecognitionBatches {
        lines,
        order,
        next: 0,
        params: params.clone(),
        luts: [std::array::from_fn(|v| (v as f32 / 255.0 - 0.5) / 0.5); 3],
    }
}

/// Iterator over recognition batches; see [`recognition_batches`].
pub struct RecognitionBatches<'a> {
    lines: &'a [PageImage],
    order: Vec<usize>,
    next: usize,
    params: RecognitionParams,
    luts: [[f32; 256]; 3],
}

impl Iterator for RecognitionBatches<'_> {
    type Item = RecognitionBatch;

    fn next(&mut self) -> Option<RecognitionBatch> {
        if self.next >= self.order.len() {
            return None;
        }
        let end = (self.next + self.params.batch_size.max(1)).min(self.order.len());
        let indices = self.order[self.next..end].to_vec();
        self.next = end;
        let height = self.params.height.max(1);
        let img_h = f64::from(height);
        let ratio = |line: &PageImage| f64::from(line.width()) / f64::from(line.height().max(1));
        // The reference: imgW = int(imgH × max(320/48, widest ratio in the batch)).
        let max_ratio = indices
            .iter()
            .map(|&i| ratio(&self.lines[i]))
            .fold(f64::from(self.params.min_width) / img_h, f64::max);
        let mut width = (img_h * max_ratio) as u32;
        if let Some(cap) = self.params.max_width {
            width = width.min(cap);
        }
        let width = width.max(1);
        let plane = height as usize * width as usize;
        let mut data = vec![0.0; indices.len() * 3 * plane];
        for (&i, out) in indices.iter().zip(data.chunks_exact_mut(3 * plane)) {
            let line = &self.lines[i];
            if line.width() == 0 || line.height() == 0 {
                continue;
            }
            let resized_w = ((img_h * ratio(line)).ceil() as u32).clamp(1, width);
            resize_normalize(line, resized_w, height, out, width as usize, plane, &self.luts);
        }
        Some(RecognitionBatch {
            data,
            shape: [indices.len(), 3, height as usize, width as usize],
            indices,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{GenericImageView, GrayImage, Luma, Rgb, RgbImage};
    use imageproc::geometric_transformations::rotate;

    /// Pixels of a gray or RGB crop as one channel, for comparing crops.
    fn gray_of(image: &PageImage) -> GrayImage {
        match image {
            PageImage::Gray(img) => img.clone(),
            PageImage::Rgb(img) => imageops::grayscale(img),
        }
    }

    fn page() -> PageImage {
        let path = format!("{}/tests/fixtures/images/gray-lines.png", env!("CARGO_MANIFEST_DIR"));
        crate::decode::decode(&std::fs::read(path).unwrap(), &Default::default())
            .unwrap()
            .remove(0)
    }

    fn quad(points: [(f32, f32); 4]) -> Quad {
        Quad(points.map(|(x, y)| Point::new(x, y)))
    }

    fn mean_abs_diff(a: &GrayImage, b: &GrayImage) -> f64 {
        assert_eq!(a.dimensions(), b.dimensions());
        let sum: u64 = a
            .as_raw()
            .iter()
            .zip(b.as_raw())
            .map(|(&x, &y)| u64::from(x.abs_diff(y)))
            .sum();
        sum as f64 / a.as_raw().len() as f64
    }

    #[test]
    fn an_axis_aligned_quad_is_the_sub_image() {
        let page = page();
        let PageImage::Gray(img) = &page else { panic!() };
        let crop = crop_line(&page, &quad([(8.0, 30.0), (608.0, 30.0), (608.0, 62.0), (8.0, 62.0)]));
        let PageImage::Gray(crop) = crop else {
            panic!("gray in, gray out")
        };
        assert_eq!(crop.dimensions(), (600, 32));
        assert_eq!(crop, img.view(8, 30, 600, 32).to_image());
    }

    #[test]
    fn rgb_pages_give_rgb_crops() {
        let rgb = PageImage::Rgb(RgbImage::from_fn(40, 20, |x, y| Rgb([x as u8, y as u8, 7])));
        let PageImage::Rgb(crop) = crop_line(&rgb, &quad([(5.0, 3.0), (25.0, 3.0), (25.0, 13.0), (5.0, 13.0)])) else {
            panic!()
        };
        assert_eq!(crop.dimensions(), (20, 10));
        assert_eq!(crop.get_pixel(0, 0), &Rgb([5, 3, 7]));
        assert_eq!(crop.get_pixel(19, 9), &Rgb([24, 12, 7]));
    }

    #[test]
    fn a_rotated_quad_gives_an_upright_line() {
        // Turn the page 5° about the middle of its third line, then cut out the quad where that
        // line went: the crop is the line, upright again.
        let page = page();
        let PageImage::Gray(img) = &page else { panic!() };
        let (cx, cy) = (300.0f32, 75.0f32);
        let theta = 5f32.to_radians();
        let turned = rotate(
            img,
            (cx, cy),
            theta,
            Interpolation::Bilinear,
            Border::Constant(Luma([255])),
        );
        let (x0, y0, w, h) = (20.0f32, 60.0f32, 560.0f32, 30.0f32);
        let (s, c) = theta.sin_cos();
        let turn = |x: f32, y: f32| (cx + (x - cx) * c - (y - cy) * s, cy + (x - cx) * s + (y - cy) * c);
        let q = quad([turn(x0, y0), turn(x0 + w, y0), turn(x0 + w, y0 + h), turn(x0, y0 + h)]);
        let crop = crop_line(&PageImage::Gray(turned), &q);
        // Side lengths are 560 and 30 up to float rounding; int() truncates.
        assert!(
            (559..=560).contains(&crop.width()) && (29..=30).contains(&crop.height()),
            "{:?}",
            crop.dimensions()
        );
        let (cw, ch) = crop.dimensions();
        let original = img.view(x0 as u32, y0 as u32, cw, ch).to_image();
        let diff = mean_abs_diff(&gray_of(&crop), &original);
        // Two bilinear resamplings blur the ink's edges a little; a wrong angle or place would
        // put paper where ink was (differences of 50 and more).
        assert!(diff < 12.0, "mean difference {diff}");
        let unturned = img.view(x0 as u32 + 40, y0 as u32, cw, ch).to_image();
        assert!(mean_abs_diff(&gray_of(&crop), &unturned) > 2.0 * diff);
    }

    #[test]
    fn a_tall_crop_is_turned_to_lie_flat() {
        let page = page();
        let PageImage::Gray(img) = &page else { panic!() };
        // 30 wide, 60 tall: 60/30 ≥ 1.5.
        let crop = crop_line(
            &page,
            &quad([(100.0, 10.0), (130.0, 10.0), (130.0, 70.0), (100.0, 70.0)]),
        );
        let PageImage::Gray(crop) = crop else { panic!() };
        assert_eq!(crop.dimensions(), (60, 30));
        // A quarter counter-clockwise (numpy's rot90): row i of the result is column 29 − i of
        // the cut, read downward.
        for (x, y) in [(0, 0), (59, 0), (0, 29), (17, 11)] {
            assert_eq!(crop.get_pixel(x, y), img.get_pixel(100 + 29 - y, 10 + x));
        }
        // 40 × 59 is under the ratio: left as it is.
        let crop = crop_line(
            &page,
            &quad([(100.0, 10.0), (140.0, 10.0), (140.0, 69.0), (100.0, 69.0)]),
        );
        assert_eq!(crop.dimensions(), (40, 59));
    }

    #[test]
    fn quads_outside_the_page_or_degenerate_give_images_not_panics() {
        let page = page();
        let off = crop_line(
            &page,
            &quad([(650.0, 140.0), (700.0, 140.0), (700.0, 170.0), (650.0, 170.0)]),
        );
        assert_eq!(off.dimensions(), (50, 30));
        let flat = crop_line(&page, &quad([(10.0, 10.0), (50.0, 10.0), (50.0, 10.0), (10.0, 10.0)]));
        assert_eq!(flat.dimensions(), (40, 1));
        let point = crop_line(&page, &quad([(5.0, 5.0); 4]));
        assert_eq!(point.dimensions(), (1, 1));
        let wild = crop_line(&page, &quad([(0.0, 0.0), (1e12, 0.0), (1e12, 20.0), (0.0, 20.0)]));
        assert_eq!(wild.dimensions(), (660 + 150, 20));
        let nan = crop_line(&page, &quad([(f32::NAN, 0.0), (10.0, 0.0), (10.0, 20.0), (0.0, 20.0)]));
        // The side with a NaN end does not count: 10 × 20, turned to lie flat.
        assert_eq!(nan.dimensions(), (20, 10));
    }

    #[test]
    fn rotate_180_turns_a_line_upside_down() {
        let original = PageImage::Gray(GrayImage::from_fn(5, 3, |x, y| Luma([(x + 10 * y) as u8])));
        let mut line = original.clone();
        rotate_180(&mut line);
        let PageImage::Gray(img) = &line else { panic!() };
        assert_eq!(img.get_pixel(0, 0), &Luma([24]));
        assert_eq!(img.get_pixel(4, 2), &Luma([0]));
        rotate_180(&mut line);
        assert_eq!(line, original);
    }

    /// Lines of the sample page at several widths, some gray and one RGB.
    fn lines() -> Vec<PageImage> {
        let page = page();
        let mut lines: Vec<PageImage> = [600.0, 90.0, 300.0, 640.0, 20.0, 450.0, 150.0, 610.0, 60.0, 500.0]
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                let y = (i % 4) as f32 * 28.0 + 2.0;
                crop_line(
                    &page,
                    &quad([(10.0, y), (10.0 + w, y), (10.0 + w, y + 30.0), (10.0, y + 30.0)]),
                )
            })
            .collect();
        let PageImage::Gray(g) = &lines[2] else { panic!() };
        lines[2] = PageImage::Rgb(image::DynamicImage::ImageLuma8(g.clone()).to_rgb8());
        lines
    }

    #[test]
    fn batches_hold_every_line_once_sorted_by_width() {
        let lines = lines();
        for batch_size in [1, 4, 6, 10, 64] {
            let params = RecognitionParams {
                batch_size,
                ..Default::default()
            };
            let batches: Vec<_> = recognition_batches(&lines, &params).collect();
            let mut seen: Vec<usize> = batches.iter().flat_map(|b| b.indices.clone()).collect();
            let order = seen.clone();
            seen.sort_unstable();
            assert_eq!(seen, (0..lines.len()).collect::<Vec<_>>(), "batch size {batch_size}");
            assert!(batches
                .iter()
                .all(|b| !b.indices.is_empty() && b.indices.len() <= batch_size));
            assert_eq!(batches.len(), lines.len().div_ceil(batch_size));
            // Narrow lines first, wide ones last.
            let ratios: Vec<f32> = order
                .iter()
                .map(|&i| lines[i].width() as f32 / lines[i].height() as f32)
                .collect();
            assert!(ratios.windows(2).all(|w| w[0] <= w[1]), "{ratios:?}");
            for b in &batches {
                let [n, c, h, w] = b.shape;
                assert_eq!((n, c, h), (b.indices.len(), 3, 48));
                assert_eq!(b.data.len(), n * c * h * w);
                // As wide as the widest line at height 48, and never under 320.
                let widest = b
                    .indices
                    .iter()
                    .map(|&i| lines[i].width() as f64 / 30.0)
                    .fold(320.0 / 48.0, f64::max);
                assert_eq!(w, (48.0 * widest) as usize);
            }
        }
    }

    #[test]
    fn a_batch_is_normalised_and_padded_on_the_right() {
        let lines = lines();
        let batches: Vec<_> = recognition_batches(&lines, &RecognitionParams::default()).collect();
        let last = batches.last().unwrap();
        let [n, _, h, w] = last.shape;
        let plane = h * w;
        assert!(last.data.iter().all(|v| (-1.0..=1.0).contains(v)));
        for (row, &i) in last.indices.iter().enumerate() {
            let resized = (48.0 * lines[i].width() as f64 / 30.0).ceil() as usize;
            for ch in 0..3 {
                let img = &last.data[(row * 3 + ch) * plane..][..plane];
                for y in 0..h {
                    let r = &img[y * w..][..w];
                    assert!(r[resized.min(w)..].iter().all(|&v| v == 0.0), "line {i} row {y}");
                }
                // The first column is paper: white, 1.0. Some ink is near −1.
                assert!(img[0] > 0.95, "line {i}: {}", img[0]);
                assert!(img.iter().any(|&v| v < -0.5), "line {i} has no ink");
            }
        }
        assert_eq!(n, last.indices.len());
        // A gray line and its RGB copy give the same input.
        let rgb_line = PageImage::Rgb(image::DynamicImage::ImageLuma8(gray_of(&lines[0])).to_rgb8());
        let pair = [lines[0].clone(), rgb_line];
        let two = RecognitionParams {
            batch_size: 2,
            ..RecognitionParams::default()
        };
        let batch = recognition_batches(&pair, &two).next().unwrap();
        assert_eq!(batch.indices.len(), 2);
        let half = batch.data.len() / 2;
        assert_eq!(batch.data[..half], batch.data[half..]);
    }

    #[test]
    fn a_width_cap_squeezes_long_lines() {
        let lines = lines();
        let params = RecognitionParams {
            batch_size: 3,
            max_width: Some(400),
            ..Default::default()
        };
        let batches: Vec<_> = recognition_batches(&lines, &params).collect();
        assert!(batches.iter().all(|b| b.shape[3] <= 400));
        assert_eq!(batches.iter().map(|b| b.indices.len()).sum::<usize>(), lines.len());
        let params = RecognitionParams {
            batch_size: 0,
            ..Default::default()
        };
        assert_eq!(recognition_batches(&lines, &params).count(), lines.len());
        assert_eq!(recognition_batches(&[], &RecognitionParams::default()).count(), 0);
        let params: RecognitionParams = serde_json::from_str(r#"{"batch_size": 8, "max_width": 1600}"#).unwrap();
        assert_eq!(
            (params.batch_size, params.height, params.max_width),
            (8, 48, Some(1600))
        );
    }
}
