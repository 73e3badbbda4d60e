//! Page images from encoded bytes: PNG, JPEG and TIFF (bilevel and multi-page included), with a
//! limit on decoded pixels that is checked against the header before any pixel buffer exists.
//!
//! Gray pages stay 8-bit gray (a gray scan costs one byte a pixel, not three); everything else
//! becomes 8-bit RGB. 16-bit samples are scaled down, alpha is composited over white (text drawn
//! only in the alpha channel stays readable), EXIF and TIFF orientation are applied.

use std::fmt;
use std::io::Cursor;

use image::codecs::jpeg::JpegDecoder;
use image::codecs::png::PngDecoder;
use image::metadata::Orientation;
use image::{DynamicImage, GrayImage, ImageDecoder, ImageError, ImageResult, RgbImage};
use serde::Deserialize;
use thiserror::Error;
use tiff::decoder::{Decoder as TiffDecoder, DecodingResult};
use tiff::tags::Tag;
use tiff::{ColorType as TiffColor, TiffError};

/// The default limit on one page's decoded pixels: 100 megapixels is an A3 page at 600 dpi, and
/// about 300 MB as RGB.
pub const DEFAULT_MAX_PIXELS: u64 = 100_000_000;

/// Limits that protect a worker from hostile or broken files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DecodeLimits {
    /// The most pixels (width × height) one page may have; larger pages are refused from their
    /// header, before decoding.
    pub max_pixels: u64,
}

impl Default for DecodeLimits {
    fn default() -> Self {
        Self {
            max_pixels: DEFAULT_MAX_PIXELS,
        }
    }
}

/// The encodings folio reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Jpeg,
    Tiff,
}

impl Format {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Png => "PNG",
            Self::Jpeg => "JPEG",
            Self::Tiff => "TIFF",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One decoded page: 8-bit gray, or 8-bit RGB in R, G, B order.
#[derive(Debug, Clone, PartialEq)]
pub enum PageImage {
    Gray(GrayImage),
    Rgb(RgbImage),
}

impl PageImage {
    pub fn width(&self) -> u32 {
        match self {
            Self::Gray(img) => img.width(),
            Self::Rgb(img) => img.width(),
        }
    }

    pub fn height(&self) -> u32 {
        match self {
            Self::Gray(img) => img.height(),
            Self::Rgb(img) => img.height(),
        }
    }

    /// Width and height in pixels.
    pub fn dimensions(&self) -> (u32, u32) {
        (self.width(), self.height())
    }

    /// Bytes a pixel: 1 for gray, 3 for RGB.
    pub fn channels(&self) -> usize {
        match self {
            Self::Gray(_) => 1,
            Self::Rgb(_) => 3,
        }
    }

    /// The pixels, row by row, `channels()` bytes each.
    pub fn as_raw(&self) -> &[u8] {
        match self {
            Self::Gray(img) => img.as_raw(),
            Self::Rgb(img) => img.as_raw(),
        }
    }
}

/// Why bytes did not become page images. None of these is worth retrying: the same bytes fail
/// the same way.
#[derive(Debug, Error)]
pub enum DecodeError {
    #[error("the file is empty (0 bytes); expected a PNG, JPEG or TIFF page image")]
    Empty,
    #[error("not a page image: the bytes look like {detected}; folio reads PNG, JPEG and TIFF")]
    NotAnImage { detected: String },
    #[error("truncated or corrupt {format} (page {page}): {message}")]
    Corrupt {
        format: Format,
        page: usize,
        message: String,
    },
    #[error(
        "{format} page {page} is {width}×{height} = {pixels} pixels, more than the limit of {limit}; \
         raise the decode limit `max_pixels` to at least {pixels} to read it",
        pixels = u64::from(*width) * u64::from(*height)
    )]
    TooManyPixels {
        format: Format,
        page: usize,
        width: u32,
        height: u32,
        limit: u64,
    },
    #[error("unsupported {format} (page {page}): {what}")]
    Unsupported { format: Format, page: usize, what: String },
}

impl DecodeError {
    /// Always false: decoding is deterministic, so a retry fails the same way.
    pub fn is_retryable(&self) -> bool {
        false
    }
}

pub type Result<T, E = DecodeError> = std::result::Result<T, E>;

/// Decodes every page of `bytes` (one for PNG and JPEG, each page of a TIFF).
pub fn decode(bytes: &[u8], limits: &DecodeLimits) -> Result<Vec<PageImage>> {
    decode_pages(bytes, limits)?.collect()
}

/// The pages of `bytes`, decoded one at a time as the iterator advances, so a 500-page TIFF
/// never holds more than one page. The iterator stops after the first error it yields.
pub fn decode_pages<'a>(bytes: &'a [u8], limits: &DecodeLimits) -> Result<Pages<'a>> {
    let inner = match detect_format(bytes)? {
        Format::Tiff => {
            let decoder = TiffDecoder::new(Cursor::new(bytes)).map_err(|e| tiff_error(e, 1))?;
            let mut tiff_limits = tiff::decoder::Limits::default();
            // The pixel limit is what guards memory; the decoder's own buffer limit (256 MiB by
            // default) would refuse legitimate large colour pages.
            tiff_limits.decoding_buffer_size =
                usize::try_from(limits.max_pixels.saturating_mul(8)).unwrap_or(usize::MAX);
            PagesInner::Tiff {
                decoder: Box::new(decoder.with_limits(tiff_limits)),
                page: 0,
            }
        }
        Format::Png => PagesInner::Png(bytes),
        Format::Jpeg => PagesInner::Jpeg(bytes),
    };
    Ok(Pages { inner, limits: *limits })
}

/// The format of `bytes` from its signature, or why it is not one folio reads.
pub fn detect_format(bytes: &[u8]) -> Result<Format> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Ok(Format::Png)
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Ok(Format::Jpeg)
    } else if [b"II*\0", b"MM\0*", b"II+\0", b"MM\0+"]
        .iter()
        .any(|m| bytes.starts_with(*m))
    {
        Ok(Format::Tiff)
    } else {
        Err(DecodeError::NotAnImage {
            detected: describe(bytes),
        })
    }
}

/// Iterator over the pages of one file; see [`decode_pages`].
pub struct Pages<'a> {
    inner: PagesInner<'a>,
    limits: DecodeLimits,
}

enum PagesInner<'a> {
    Png(&'a [u8]),
    Jpeg(&'a [u8]),
    Tiff {
        decoder: Box<TiffDecoder<Cursor<&'a [u8]>>>,
        /// Pages yielded so far.
        page: usize,
    },
    Done,
}

impl Iterator for Pages<'_> {
    type Item = Result<PageImage>;

    fn next(&mut self) -> Option<Self::Item> {
        let result = match &mut self.inner {
            PagesInner::Done => return None,
            PagesInner::Png(bytes) => Some(decode_single(
                PngDecoder::new(Cursor::new(*bytes)),
                Format::Png,
                &self.limits,
            )),
            PagesInner::Jpeg(bytes) => Some(decode_single(
                JpegDecoder::new(Cursor::new(*bytes)),
                Format::Jpeg,
                &self.limits,
            )),
            PagesInner::Tiff { decoder, page } => match next_tiff_page(decoder, *page, &self.limits) {
                Ok(Some(image)) => {
                    *page += 1;
                    return Some(Ok(image));
                }
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            },
        };
        self.inner = PagesInner::Done;
        result
    }
}

fn check_pixels(format: Format, page: usize, (width, height): (u32, u32), limits: &DecodeLimits) -> Result<()> {
    if width == 0 || height == 0 {
        return Err(DecodeError::Corrupt {
            format,
            page,
            message: format!("the header gives a size of {width}×{height}"),
        });
    }
    if u64::from(width) * u64::from(height) > limits.max_pixels {
        return Err(DecodeError::TooManyPixels {
            format,
            page,
            width,
            height,
            limit: limits.max_pixels,
        });
    }
    Ok(())
}

fn image_error(format: Format, error: ImageError) -> DecodeError {
    match error {
        ImageError::Unsupported(e) => DecodeError::Unsupported {
            format,
            page: 1,
            what: e.to_string(),
        },
        other => DecodeError::Corrupt {
            format,
            page: 1,
            message: other.to_string(),
        },
    }
}

/// Decodes a one-page format. The decoder's constructor reads only the header, so the pixel
/// check runs before the pixel buffer is allocated.
fn decode_single<D: ImageDecoder>(decoder: ImageResult<D>, format: Format, limits: &DecodeLimits) -> Result<PageImage> {
    let err = |e| image_error(format, e);
    let mut decoder = decoder.map_err(err)?;
    check_pixels(format, 1, decoder.dimensions(), limits)?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(err)?;
    image.apply_orientation(orientation);
    Ok(from_dynamic(image))
}

/// Converts whatever the codec produced to 8-bit gray or 8-bit RGB.
fn from_dynamic(image: DynamicImage) -> PageImage {
    match image {
        DynamicImage::ImageLuma8(img) => PageImage::Gray(img),
        DynamicImage::ImageLuma16(_) => PageImage::Gray(image.to_luma8()),
        DynamicImage::ImageLumaA8(_) | DynamicImage::ImageLumaA16(_) => {
            let la = image.to_luma_alpha8();
            let (w, h) = la.dimensions();
            let gray = la.as_raw().chunks_exact(2).map(|p| over_white(p[0], p[1])).collect();
            PageImage::Gray(GrayImage::from_raw(w, h, gray).unwrap_or_default())
        }
        DynamicImage::ImageRgb8(img) => rgb_or_gray(img),
        DynamicImage::ImageRgba8(_) | DynamicImage::ImageRgba16(_) | DynamicImage::ImageRgba32F(_) => {
            rgb_or_gray(rgba_over_white(&image.to_rgba8()))
        }
        other => rgb_or_gray(other.to_rgb8()),
    }
}

/// `v` with coverage `a` composited over white.
fn over_white(v: u8, a: u8) -> u8 {
    let (v, a) = (u32::from(v), u32::from(a));
    ((v * a + 255 * (255 - a) + 127) / 255) as u8
}

fn rgba_over_white(rgba: &image::RgbaImage) -> RgbImage {
    let (w, h) = rgba.dimensions();
    let mut out = Vec::with_capacity(w as usize * h as usize * 3);
    for p in rgba.as_raw().chunks_exact(4) {
        out.extend_from_slice(&[over_white(p[0], p[3]), over_white(p[1], p[3]), over_white(p[2], p[3])]);
    }
    RgbImage::from_raw(w, h, out).unwrap_or_default()
}

/// An RGB page whose every pixel is gray is kept as gray: the detection and recognition inputs
/// are the same either way, at a third of the memory. A colour page stops the scan at its first
/// coloured pixel.
fn rgb_or_gray(img: RgbImage) -> PageImage {
    if img.as_raw().chunks_exact(3).all(|p| p[0] == p[1] && p[1] == p[2]) {
        let (w, h) = img.dimensions();
        let gray = img.as_raw().chunks_exact(3).map(|p| p[0]).collect();
        PageImage::Gray(GrayImage::from_raw(w, h, gray).unwrap_or_default())
    } else {
        PageImage::Rgb(img)
    }
}

fn tiff_error(error: TiffError, page: usize) -> DecodeError {
    match error {
        TiffError::UnsupportedError(e) => DecodeError::Unsupported {
            format: Format::Tiff,
            page,
            what: format!("{e}; convert the page to 8-bit gray or RGB (TIFF, PNG or JPEG)"),
        },
        other => DecodeError::Corrupt {
            format: Format::Tiff,
            page,
            message: other.to_string(),
        },
    }
}

/// Decodes the next page of a TIFF, or `None` after the last. Reduced-resolution images
/// (thumbnails, NewSubfileType bit 0) are skipped: they are not pages.
fn next_tiff_page(
    decoder: &mut TiffDecoder<Cursor<&[u8]>>,
    pages_done: usize,
    limits: &DecodeLimits,
) -> Result<Option<PageImage>> {
    let page = pages_done + 1;
    let mut first = pages_done == 0;
    loop {
        if !first {
            if !decoder.more_images() {
                return Ok(None);
            }
            decoder.next_image().map_err(|e| tiff_error(e, page))?;
        }
        first = false;
        let subfile: u32 = decoder
            .find_tag_unsigned(Tag::NewSubfileType)
            .map_err(|e| tiff_error(e, page))?
            .unwrap_or(0);
        if subfile & 1 == 0 {
            break;
        }
        if pages_done == 0 && !decoder.more_images() {
            // A file of thumbnails only: decode what there is rather than nothing.
            break;
        }
    }
    let dims = decoder.dimensions().map_err(|e| tiff_error(e, page))?;
    check_pixels(Format::Tiff, page, dims, limits)?;
    let color = decoder.colortype().map_err(|e| tiff_error(e, page))?;
    let orientation: u8 = decoder
        .find_tag_unsigned(Tag::Orientation)
        .map_err(|e| tiff_error(e, page))?
        .unwrap_or(1);
    let mut result = DecodingResult::U8(Vec::new());
    let layout = decoder
        .read_image_to_buffer(&mut result)
        .map_err(|e| tiff_error(e, page))?;
    let image = tiff_to_page(dims, color, &result, &layout).map_err(|what| DecodeError::Unsupported {
        format: Format::Tiff,
        page,
        what,
    })?;
    let image = match Orientation::from_exif(orientation) {
        Some(o) if o != Orientation::NoTransforms => {
            let mut dynamic = match image {
                PageImage::Gray(img) => DynamicImage::ImageLuma8(img),
                PageImage::Rgb(img) => DynamicImage::ImageRgb8(img),
            };
            dynamic.apply_orientation(o);
            from_dynamic(dynamic)
        }
        _ => image,
    };
    Ok(Some(image))
}

/// Turns the samples the TIFF decoder produced into a page; the error names the colour model.
fn tiff_to_page(
    (width, height): (u32, u32),
    color: TiffColor,
    result: &DecodingResult,
    layout: &tiff::decoder::BufferLayoutPreference,
) -> std::result::Result<PageImage, String> {
    let (w, h) = (width as usize, height as usize);
    let unsupported = || format!("colour model {color:?} is not supported; convert the file to 8-bit gray or RGB");
    // Samples a pixel in the decoded buffer, and how to read one as 8 bits.
    let samples = match color {
        TiffColor::Gray(_) => 1,
        TiffColor::Multiband { num_samples: 2, .. } => 2,
        TiffColor::RGB(_) | TiffColor::YCbCr(_) => 3,
        TiffColor::RGBA(_) | TiffColor::CMYK(_) => 4,
        _ => return Err(unsupported()),
    };
    let eight: Vec<u8>;
    let bytes: &[u8] = match (result, color.bit_depth()) {
        (DecodingResult::U8(v), 1 | 2 | 4) if samples == 1 => {
            let row_stride = layout
                .row_stride
                .map_or(w.div_ceil(8 / color.bit_depth() as usize), |s| s.get());
            eight = unpack_bits(v, w, h, row_stride, color.bit_depth());
            &eight
        }
        (DecodingResult::U8(v), 8) => v,
        (DecodingResult::U16(v), 16) => {
            eight = v.iter().map(|&s| (s >> 8) as u8).collect();
            &eight
        }
        _ => return Err(unsupported()),
    };
    let plane = w * h;
    let interleaved: Vec<u8>;
    let bytes = if layout.planes > 1 && samples > 1 {
        // Planar configuration: one plane a sample; interleave them.
        if bytes.len() < plane * samples {
            return Err("a planar TIFF too large to read all its planes; store it interleaved (chunky)".into());
        }
        interleaved = (0..plane)
            .flat_map(|i| (0..samples).map(move |s| bytes[s * plane + i]))
            .collect();
        &interleaved[..]
    } else {
        bytes
    };
    if bytes.len() < plane * samples {
        return Err(format!(
            "the decoder gave {} bytes for a {width}×{height} {color:?} page",
            bytes.len()
        ));
    }
    let bytes = &bytes[..plane * samples];
    let page = match color {
        TiffColor::Gray(_) => PageImage::Gray(GrayImage::from_raw(width, height, bytes.to_vec()).unwrap_or_default()),
        TiffColor::Multiband { .. } => {
            let gray = bytes.chunks_exact(2).map(|p| over_white(p[0], p[1])).collect();
            PageImage::Gray(GrayImage::from_raw(width, height, gray).unwrap_or_default())
        }
        TiffColor::RGB(_) => rgb_or_gray(RgbImage::from_raw(width, height, bytes.to_vec()).unwrap_or_default()),
        TiffColor::RGBA(_) => {
            let rgba = image::RgbaImage::from_raw(width, height, bytes.to_vec()).unwrap_or_default();
            rgb_or_gray(rgba_over_white(&rgba))
        }
        TiffColor::YCbCr(_) => {
            let rgb = bytes
                .chunks_exact(3)
                .flat_map(|p| ycbcr_to_rgb(p[0], p[1], p[2]))
                .collect();
            rgb_or_gray(RgbImage::from_raw(width, height, rgb).unwrap_or_default())
        }
        TiffColor::CMYK(_) => {
            let rgb = bytes
                .chunks_exact(4)
                .flat_map(|p| {
                    let k = 255 - u32::from(p[3]);
                    [0, 1, 2].map(|i| ((255 - u32::from(p[i])) * k / 255) as u8)
                })
                .collect();
            rgb_or_gray(RgbImage::from_raw(width, height, rgb).unwrap_or_default())
        }
        _ => return Err(unsupported()),
    };
    Ok(page)
}

/// Expands 1-, 2- or 4-bit gray rows (0 = black) to 8-bit.
fn unpack_bits(packed: &[u8], w: usize, h: usize, row_stride: usize, bits: u8) -> Vec<u8> {
    let bits = usize::from(bits);
    let max = (1u32 << bits) - 1;
    let per_byte = 8 / bits;
    let mut out = Vec::with_capacity(w * h);
    for row in packed.chunks(row_stride).take(h) {
        for x in 0..w {
            let byte = row.get(x / per_byte).copied().unwrap_or(0);
            let shift = 8 - bits * (x % per_byte + 1);
            let v = (u32::from(byte) >> shift) & max;
            out.push((v * 255 / max) as u8);
        }
    }
    out
}

/// JFIF (full-range BT.601) YCbCr to RGB.
fn ycbcr_to_rgb(y: u8, cb: u8, cr: u8) -> [u8; 3] {
    let (y, cb, cr) = (f32::from(y), f32::from(cb) - 128.0, f32::from(cr) - 128.0);
    let clamp = |v: f32| v.round().clamp(0.0, 255.0) as u8;
    [
        clamp(y + 1.402 * cr),
        clamp(y - 0.344_136 * cb - 0.714_136 * cr),
        clamp(y + 1.772 * cb),
    ]
}

/// A short description of bytes that are not PNG, JPEG or TIFF, for the error message.
fn describe(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(512)];
    if head.starts_with(b"%PDF") {
        return "a PDF document".into();
    }
    if head.starts_with(b"\0\0\0\x0cjP  \r\n\x87\n") || head.starts_with(&[0xff, 0x4f, 0xff, 0x51]) {
        return "a JPEG 2000 image".into();
    }
    let text = match std::str::from_utf8(head) {
        Ok(s) => Some(s),
        // A multi-byte character cut at the end of the sample is still text.
        Err(e) if e.error_len().is_none() => std::str::from_utf8(&head[..e.valid_up_to()]).ok(),
        Err(_) => None,
    };
    if let Some(text) = text {
        if text.chars().all(|c| !c.is_control() || c.is_whitespace()) {
            return "text".into();
        }
    }
    if let Ok(format) = image::guess_format(head) {
        return format!(
            "a {} image",
            format.extensions_str().first().copied().unwrap_or("?").to_uppercase()
        );
    }
    let shown: Vec<String> = head.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("unrecognised binary data (first bytes {})", shown.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/images/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn one_page(name: &str) -> PageImage {
        let mut pages = decode(&fixture(name), &DecodeLimits::default()).unwrap();
        assert_eq!(pages.len(), 1, "{name}");
        pages.remove(0)
    }

    #[test]
    fn gray_png_stays_gray() {
        let page = one_page("gray-lines.png");
        assert_eq!(page.dimensions(), (660, 150));
        let PageImage::Gray(img) = page else {
            panic!("expected gray")
        };
        // Paper is white and ink is black: both extremes are present.
        assert_eq!(img.as_raw().iter().max(), Some(&255));
        assert!(img.as_raw().iter().min().unwrap() < &40);
    }

    #[test]
    fn colour_jpeg_is_rgb() {
        let page = one_page("color-lines.jpg");
        assert_eq!(page.dimensions(), (660, 150));
        let PageImage::Rgb(img) = page else {
            panic!("expected RGB")
        };
        // Cream paper: red above blue.
        let p = img.get_pixel(2, 2);
        assert!(p[0] > p[2] + 20, "{p:?}");
    }

    #[test]
    fn bilevel_group4_tiff_is_black_ink_on_white() {
        let page = one_page("bilevel-g4.tif");
        assert_eq!(page.dimensions(), (660, 150));
        let PageImage::Gray(img) = page else {
            panic!("expected gray")
        };
        assert!(img.as_raw().iter().all(|&v| v == 0 || v == 255));
        let black = img.as_raw().iter().filter(|&&v| v == 0).count();
        // Min-is-white decoded the right way round: ink is a small part of the page.
        assert!(black > 1_000 && black < img.as_raw().len() / 4, "{black} black pixels");
        // It is the same text as the gray PNG, thresholded.
        let PageImage::Gray(gray) = one_page("gray-lines.png") else {
            panic!()
        };
        let agree = img
            .as_raw()
            .iter()
            .zip(gray.as_raw())
            .filter(|(b, g)| (**b == 0) == (**g < 153))
            .count();
        assert!(agree as f64 > 0.99 * img.as_raw().len() as f64, "{agree}");
    }

    #[test]
    fn every_page_of_a_multi_page_tiff() {
        let pages = decode(&fixture("two-pages.tif"), &DecodeLimits::default()).unwrap();
        assert_eq!(pages.len(), 2);
        assert!(matches!(&pages[0], PageImage::Gray(img) if img.dimensions() == (400, 120)));
        assert!(matches!(&pages[1], PageImage::Rgb(img) if img.dimensions() == (300, 100)));
    }

    #[test]
    fn pages_come_one_at_a_time() {
        let bytes = fixture("two-pages.tif");
        let mut pages = decode_pages(&bytes, &DecodeLimits::default()).unwrap();
        assert_eq!(pages.next().unwrap().unwrap().dimensions(), (400, 120));
        assert_eq!(pages.next().unwrap().unwrap().dimensions(), (300, 100));
        assert!(pages.next().is_none());
        assert!(pages.next().is_none());
    }

    #[test]
    fn sixteen_bit_rgba_becomes_8_bit_rgb_over_white() {
        let page = one_page("rgba16.png");
        assert_eq!(page.dimensions(), (120, 40));
        let PageImage::Rgb(img) = page else {
            panic!("expected RGB")
        };
        // Ink #203060 at 80% over white: (0.8 × 0x20 + 0.2 × 255) ≈ 77 for red.
        let darkest = img
            .pixels()
            .min_by_key(|p| u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2]))
            .unwrap();
        assert!((70..=85).contains(&darkest[0]), "{darkest:?}");
        assert!(darkest[2] > darkest[0], "{darkest:?}");
    }

    #[test]
    fn empty_file_is_refused() {
        let err = decode(&fixture("empty.png"), &DecodeLimits::default()).unwrap_err();
        assert!(matches!(err, DecodeError::Empty));
        assert!(err.to_string().contains("empty"));
    }

    #[test]
    fn text_is_not_an_image() {
        let err = decode(&fixture("not-an-image.txt"), &DecodeLimits::default()).unwrap_err();
        assert!(
            matches!(&err, DecodeError::NotAnImage { detected } if detected == "text"),
            "{err}"
        );
        assert!(err.to_string().contains("PNG, JPEG and TIFF"));
    }

    #[test]
    fn other_formats_are_named() {
        let err = decode(b"%PDF-1.7\n%\xe2\xe3", &DecodeLimits::default()).unwrap_err();
        assert!(err.to_string().contains("PDF"), "{err}");
        let err = decode(b"GIF89a\x01\x00\x01\x00\x80\x00", &DecodeLimits::default()).unwrap_err();
        assert!(err.to_string().contains("GIF"), "{err}");
        let err = decode(&[0x00, 0x01, 0x02, 0xfe], &DecodeLimits::default()).unwrap_err();
        assert!(err.to_string().contains("00 01 02 fe"), "{err}");
    }

    #[test]
    fn truncated_png_is_corrupt_with_the_codec_message() {
        let err = decode(&fixture("truncated.png"), &DecodeLimits::default()).unwrap_err();
        let DecodeError::Corrupt { format, message, .. } = &err else {
            panic!("{err}")
        };
        assert_eq!(*format, Format::Png);
        assert!(!message.is_empty());
        assert!(err.to_string().starts_with("truncated or corrupt PNG"), "{err}");
    }

    #[test]
    fn files_cut_short_are_corrupt() {
        for name in ["two-pages.tif", "bilevel-g4.tif", "gray-lines.png", "color-lines.jpg"] {
            let bytes = fixture(name);
            for cut in [10, bytes.len() / 3, bytes.len() / 2] {
                let outcome = decode(&bytes[..cut], &DecodeLimits::default());
                if name.ends_with(".jpg") && cut > 10 {
                    // Like libjpeg, the JPEG decoder fills a scan cut short and keeps the size.
                    assert_eq!(outcome.unwrap()[0].dimensions(), (660, 150));
                } else {
                    assert!(
                        matches!(outcome, Err(DecodeError::Corrupt { .. })),
                        "{name} cut at {cut}"
                    );
                }
            }
        }
    }

    #[test]
    fn huge_png_header_is_refused_before_allocating() {
        let err = decode(&fixture("huge-header.png"), &DecodeLimits::default()).unwrap_err();
        let DecodeError::TooManyPixels {
            width, height, limit, ..
        } = err
        else {
            panic!("{err}")
        };
        assert_eq!((width, height, limit), (50_000, 50_000, DEFAULT_MAX_PIXELS));
        let message = err.to_string();
        assert!(message.contains("50000×50000 = 2500000000 pixels"), "{message}");
        assert!(message.contains("max_pixels"), "{message}");
    }

    #[test]
    fn a_palette_tiff_is_unsupported_and_says_so() {
        let err = decode(&fixture("palette.tif"), &DecodeLimits::default()).unwrap_err();
        let DecodeError::Unsupported { format, page, what } = &err else {
            panic!("{err}")
        };
        assert_eq!((*format, *page), (Format::Tiff, 1));
        assert!(what.contains("RGBPalette") && what.contains("convert"), "{what}");
        assert!(err.to_string().starts_with("unsupported TIFF (page 1): "), "{err}");
    }

    #[test]
    fn huge_tiff_header_is_refused_before_allocating() {
        let err = decode(&fixture("huge-header.tif"), &DecodeLimits::default()).unwrap_err();
        assert!(
            matches!(
                err,
                DecodeError::TooManyPixels {
                    width: 50_000,
                    height: 50_000,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn the_limit_is_configurable() {
        let small = DecodeLimits {
            max_pixels: 660 * 150 - 1,
        };
        let err = decode(&fixture("gray-lines.png"), &small).unwrap_err();
        assert!(matches!(err, DecodeError::TooManyPixels { limit, .. } if limit == 660 * 150 - 1));
        let exact = DecodeLimits { max_pixels: 660 * 150 };
        assert_eq!(decode(&fixture("gray-lines.png"), &exact).unwrap().len(), 1);
        let limits: DecodeLimits = serde_json::from_str(r#"{"max_pixels": 5}"#).unwrap();
        assert_eq!(limits.max_pixels, 5);
        let limits: DecodeLimits = serde_json::from_str("{}").unwrap();
        assert_eq!(limits, DecodeLimits::default());
    }

    #[test]
    fn gray_rgb_collapses_to_gray() {
        let rgb = RgbImage::from_fn(4, 2, |x, _| image::Rgb([x as u8 * 60; 3]));
        assert!(matches!(rgb_or_gray(rgb), PageImage::Gray(g) if g.get_pixel(3, 1)[0] == 180));
    }

    #[test]
    fn bits_unpack_msb_first() {
        // 0b1010_0000: white, black, white, black, then padding.
        assert_eq!(unpack_bits(&[0b1010_0000], 4, 1, 1, 1), vec![255, 0, 255, 0]);
        assert_eq!(unpack_bits(&[0b1101_0000], 2, 1, 1, 2), vec![255, 85]);
    }
}
