//! The image side of the pipeline end to end on the sample pages, without a model: bytes are
//! decoded, prepared for detection, a probability map is made from the page's own ink in place of
//! the model's, and its boxes are cut out and batched for recognition.

use std::path::PathBuf;

use folio_ocr::crop::{crop_lines, recognition_batches, RecognitionParams};
use folio_ocr::decode::{decode, decode_pages, DecodeLimits, PageImage};
use folio_ocr::detect::{prepare, prepare_batch, DetectionInput, DetectionParams, TextBox};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sample_pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(repo().join("examples/volumes"))
        .unwrap()
        .flat_map(|volume| std::fs::read_dir(volume.unwrap().path().join("I0001")).unwrap())
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "png"))
        .collect();
    pages.sort();
    pages
}

/// A stand-in for the detection model: 0.95 where the page is inked, after smearing the ink
/// 13 px along the line and 1 px across it (at detection scale), 0.02 elsewhere.
fn ink_map(input: &DetectionInput, index: usize) -> Vec<f32> {
    let [_, _, h, w] = input.shape;
    let blue = &input.data[index * 3 * h * w..][..h * w];
    let page = input.pages[index];
    // Darker than mid-grey in the blue plane, (0.5 − 0.485) / 0.229, inside the page's own
    // corner of the input (the rest is padding).
    let ink: Vec<bool> = (0..h * w)
        .map(|i| i % w < page.width as usize && i / w < page.height as usize && blue[i] < 0.0655)
        .collect();
    let mut along = vec![false; w * h];
    for y in 0..h {
        for x in 0..w {
            along[y * w + x] = (x.saturating_sub(13)..=(x + 13).min(w - 1)).any(|xx| ink[y * w + xx]);
        }
    }
    let mut map = vec![0.02; w * h];
    for y in 0..h {
        for x in 0..w {
            if (y.saturating_sub(1)..=(y + 1).min(h - 1)).any(|yy| along[yy * w + x]) {
                map[y * w + x] = 0.95;
            }
        }
    }
    map
}

#[test]
fn every_sample_page_decodes_as_gray() {
    let pages = sample_pages();
    assert_eq!(pages.len(), 15);
    for path in pages {
        let decoded = decode(&std::fs::read(&path).unwrap(), &DecodeLimits::default()).unwrap();
        assert_eq!(decoded.len(), 1);
        assert!(matches!(&decoded[0], PageImage::Gray(_)), "{}", path.display());
    }
}

#[test]
fn a_page_becomes_recognition_batches_of_its_lines() {
    let bytes = std::fs::read(repo().join("examples/volumes/W0002/I0001/0001.png")).unwrap();
    let page = decode(&bytes, &DecodeLimits::default()).unwrap().remove(0);
    assert_eq!(page.dimensions(), (1275, 1650));
    let params = DetectionParams::default();
    let input = prepare(&page, &params);
    assert_eq!(input.shape, [1, 3, 960, 736]);
    let boxes: Vec<TextBox> = input.boxes(&ink_map(&input, 0), &params).unwrap().remove(0);
    // Two columns of about 40 lines each, a three-line heading and a page number; words of the
    // justified lines stay together, but a wide gap can split a line.
    assert!((70..=140).contains(&boxes.len()), "{} boxes", boxes.len());
    let quads: Vec<_> = boxes.iter().map(|b| b.quad).collect();
    let lines = crop_lines(&page, &quads);
    assert_eq!(lines.len(), quads.len());
    for (line, quad) in lines.iter().zip(&quads) {
        let b = quad.bounds();
        // Cut from the full-resolution page: as large as the box there, and lying flat.
        assert!(
            line.width() + 1 >= b.width() as u32 && line.width() <= b.width() as u32 + 1,
            "{b:?}"
        );
        assert!(line.width() >= line.height());
        assert!(matches!(line, PageImage::Gray(_)));
    }
    let params = RecognitionParams::default();
    let mut seen = vec![0; lines.len()];
    for batch in recognition_batches(&lines, &params) {
        let [n, c, h, w] = batch.shape;
        assert_eq!((c, h), (3, 48));
        assert!(n <= 6 && w >= 320);
        assert_eq!(batch.data.len(), n * c * h * w);
        assert!(batch.data.iter().all(|v| (-1.0..=1.0).contains(v)));
        for &i in &batch.indices {
            seen[i] += 1;
        }
    }
    assert!(seen.iter().all(|&n| n == 1), "every line in exactly one batch");
}

#[test]
fn the_pages_of_a_tiff_go_through_detection_as_one_batch() {
    let bytes = std::fs::read(repo().join("crates/ocr/tests/fixtures/images/two-pages.tif")).unwrap();
    let pages: Vec<PageImage> = decode_pages(&bytes, &DecodeLimits::default())
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let refs: Vec<&PageImage> = pages.iter().collect();
    let params = DetectionParams::default();
    let input = prepare_batch(&refs, &params);
    // 400 × 120 → 384 × 128 (400/32 = 12.5 rounds to even) and 300 × 100 → 288 × 96, padded to
    // the larger.
    assert_eq!(input.shape, [2, 3, 128, 384]);
    let map: Vec<f32> = (0..2).flat_map(|i| ink_map(&input, i)).collect();
    let boxes = input.boxes(&map, &params).unwrap();
    assert_eq!(boxes.len(), 2);
    for (page, page_boxes) in pages.iter().zip(&boxes) {
        // Four lines of text on each crop, give or take a line cut by the crop's edge (the
        // stand-in map also has holes between smeared letters, whose outlines score as boxes
        // too, as OpenCV's contour list gives them to the reference).
        let lines = page_boxes
            .iter()
            .filter(|b| b.quad.bounds().width() > 0.6 * page.width() as f32)
            .count();
        assert!((3..=5).contains(&lines), "{lines} lines");
        for b in page_boxes {
            let bounds = b.quad.bounds();
            assert!(bounds.max_x < page.width() as f32 && bounds.max_y < page.height() as f32);
        }
    }
}
