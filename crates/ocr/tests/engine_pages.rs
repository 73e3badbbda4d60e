//! The whole page pipeline on real sample pages: what a reader gets, and what bad input gets.

use folio_ocr::eval::Score;
use folio_ocr::{Engine, OcrConfig, Timings};

fn sample(rel: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/volumes")
        .join(rel)
}

#[test]
fn sample_pages_read_close_to_their_ground_truth_and_bad_files_fail_alone() {
    let engine = Engine::new(OcrConfig::default()).unwrap();
    let mut timings = Timings::default();

    // A single-column page and a two-column one: columns must not interleave.
    for rel in ["W0001/I0001/0001", "W0002/I0001/0001"] {
        let bytes = std::fs::read(sample(&format!("{rel}.png"))).unwrap();
        let pages = engine.read_file(rel, &bytes, &mut timings);
        assert_eq!(pages.len(), 1);
        let page = &pages[0];
        assert!(page.error().is_none(), "{rel}: {:?}", page.error());
        let truth = std::fs::read_to_string(sample(&format!("{rel}.gt.txt"))).unwrap();
        let score = Score::of(&truth, page.text());
        let cer = score.cer().unwrap();
        assert!(cer < 0.05, "{rel}: CER {cer:.4}\n{}", page.text());
        assert!(page.line_count() > 10, "{rel}: {} lines", page.line_count());
    }
    assert!(timings.detection > std::time::Duration::ZERO && timings.recognition > std::time::Duration::ZERO);

    // Bad files become failed pages with their reason; nothing panics.
    let cases: [(&str, &[u8], &str); 3] = [
        ("empty", b"", "empty"),
        ("text", b"hello, this is not an image", "not_an_image"),
        (
            "truncated",
            &std::fs::read(sample("W0001/I0001/0001.png")).unwrap()[..2000],
            "corrupt",
        ),
    ];
    for (name, bytes, kind) in cases {
        let pages = engine.read_file(name, bytes, &mut timings);
        assert_eq!(pages.len(), 1, "{name}");
        let error = pages[0].error().unwrap_or_else(|| panic!("{name} should fail"));
        assert_eq!(error.kind, kind, "{name}: {}", error.message);
    }

    // A page with no text reads as empty, not as an error.
    let blank = image::GrayImage::from_pixel(600, 800, image::Luma([255]));
    let mut png = Vec::new();
    image::DynamicImage::ImageLuma8(blank)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let pages = engine.read_file("blank", &png, &mut timings);
    assert!(pages[0].error().is_none());
    assert_eq!(pages[0].text(), "");
    assert_eq!(pages[0].line_count(), 0);
}
