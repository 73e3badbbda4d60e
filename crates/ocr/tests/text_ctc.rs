//! CTC decoding with PP-OCRv5's real dictionary (tests/fixtures/text/ppocrv5_dict.txt).

use std::collections::HashMap;

use folio_ocr::ctc::{CtcError, Decoded, Dictionary};

fn dictionary() -> Dictionary {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/text/ppocrv5_dict.txt"
    ))
    .unwrap();
    Dictionary::from_text(&text).unwrap()
}

/// Class index of each symbol.
fn classes(d: &Dictionary) -> HashMap<String, usize> {
    (1..d.num_classes())
        .map(|c| (d.symbol(c).unwrap().to_owned(), c))
        .collect()
}

/// A `T × C` matrix of logits whose softmax at each timestep gives the given class the given
/// probability, and spreads the rest of the row's mass evenly.
fn matrix(steps: &[(usize, f32)], classes: usize) -> Vec<f32> {
    let mut out = vec![0.0; steps.len() * classes];
    for (t, &(class, p)) in steps.iter().enumerate() {
        let row = &mut out[t * classes..(t + 1) * classes];
        row.fill(((1.0 - p) / (classes - 1) as f32).ln());
        row[class] = p.ln();
    }
    out
}

/// The timesteps a recogniser might emit for `text`: each character held for two steps, a blank
/// after each, so doubled letters stay doubled.
fn steps(text: &str, lookup: &HashMap<String, usize>, p: f32) -> Vec<(usize, f32)> {
    let mut out = vec![(0, 0.99)];
    for c in text.chars() {
        let class = lookup[&c.to_string()];
        out.push((class, p));
        out.push((class, p - 0.05));
        out.push((0, 0.98));
    }
    out
}

#[test]
fn the_ppocrv5_dictionary_has_18385_classes() {
    let d = dictionary();
    assert_eq!(d.num_lines(), 18_383);
    assert_eq!(d.num_classes(), 18_385);
    assert!(d.check_classes(18_385).is_ok());
    assert_eq!(d.symbol(0), Some(""), "class 0 is the CTC blank");
    assert_eq!(d.symbol(1), Some("\u{3000}"), "the first line, an ideographic space");
    assert_eq!(d.symbol(18_383), Some("🕧"), "the last line");
    assert_eq!(d.symbol(18_384), Some(" "), "the space PP-OCR appends");
    assert_eq!(d.symbol(18_385), None);
}

#[test]
fn a_model_of_another_size_is_refused_naming_both_counts() {
    let d = dictionary();
    let err = d.check_classes(6_625).unwrap_err();
    assert_eq!(
        err,
        CtcError::ClassCount {
            model: 6_625,
            dictionary: 18_385,
            lines: 18_383
        }
    );
    let message = err.to_string();
    assert!(message.contains("6625") && message.contains("18385"), "{message}");
    assert!(d.decode_line(&[0.0; 6_625], 1, 6_625).is_err());
}

#[test]
fn a_line_decodes_to_its_text_and_mean_confidence() {
    let d = dictionary();
    let lookup = classes(&d);
    let text = "Hello, Mr. Bennet & <Co> \"1813\"";
    let logits = matrix(&steps(text, &lookup, 0.9), d.num_classes());
    let out = d
        .decode_line(&logits, logits.len() / d.num_classes(), d.num_classes())
        .unwrap();
    assert_eq!(out.text, text);
    // Each character is kept once, at its first timestep's probability.
    assert!((out.confidence - 0.9).abs() < 1e-5, "{}", out.confidence);
}

#[test]
fn a_batch_of_padded_lines_decodes_line_by_line() {
    let d = dictionary();
    let lookup = classes(&d);
    let c = d.num_classes();
    let texts = ["Pride and Prejudice", "Froschkönig", ""];
    let confidences = [0.95, 0.6, 0.0];
    // The batch shares one width: shorter lines are padded with blanks, as the model sees padding.
    let mut all: Vec<Vec<(usize, f32)>> = texts
        .iter()
        .zip(confidences)
        .map(|(t, p)| steps(t, &lookup, p))
        .collect();
    let width = all.iter().map(Vec::len).max().unwrap();
    for line in &mut all {
        line.resize(width, (0, 0.97));
    }
    let logits: Vec<f32> = all.iter().flat_map(|line| matrix(line, c)).collect();
    let out = d.decode_batch(&logits, texts.len(), width, c).unwrap();
    assert_eq!(out.len(), 3);
    for ((got, text), p) in out.iter().zip(texts).zip(confidences) {
        assert_eq!(got.text, text);
        assert!((got.confidence - p).abs() < 1e-5, "{text}: {}", got.confidence);
    }
    assert_eq!(
        out[2],
        Decoded {
            text: String::new(),
            confidence: 0.0
        }
    );
}

#[test]
fn the_space_class_and_multi_character_symbols_print_as_they_are() {
    let d = dictionary();
    let lookup = classes(&d);
    // Class 18,384 is the appended space; some dictionary lines are two code points (flags).
    let flag = (1..=d.num_lines())
        .find(|&c| d.symbol(c).unwrap().chars().count() > 1)
        .unwrap();
    let steps = [
        (lookup["a"], 0.8),
        (18_384, 0.7),
        (flag, 0.6),
        (flag, 0.9),
        (lookup["b"], 0.5),
    ];
    let out = d
        .decode_line(&matrix(&steps, d.num_classes()), steps.len(), d.num_classes())
        .unwrap();
    assert_eq!(out.text, format!("a {}b", d.symbol(flag).unwrap()));
    // Each probability is 1 / a sum of 18,385 f32 exponentials: equal to about 1e-6.
    let mean = (0.8 + 0.7 + 0.6 + 0.5) / 4.0;
    assert!((out.confidence - mean).abs() < 1e-5, "{}", out.confidence);
}
