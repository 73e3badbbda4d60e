//! Greedy CTC decoding of the recognition model's output into text, with PP-OCR's dictionary.
//!
//! The recogniser scores, for each of T timesteps along a line, C classes: class 0 is the CTC
//! blank, classes 1..=n are the dictionary's lines in file order, and class n+1 is a space (PP-OCR's
//! `use_space_char`, on by default). Decoding follows PaddleOCR's `CTCLabelDecode`: the best class
//! per timestep, repeats collapsed, blanks dropped; the line's confidence is the mean probability of
//! the characters kept.
//!
//! The decoder reads the model's logits, not softmax probabilities: the best class is the same
//! either way, and a character's probability, `1 / Σ exp(logit − best logit)`, is needed only at
//! the timesteps that print one (about one in three), not for all 18,385 classes of every timestep.

use thiserror::Error;

/// What can go wrong turning model output into text.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum CtcError {
    #[error("the dictionary has no symbols: give the recognition model's dictionary, one symbol a line (PP-OCRv5's ppocrv5_dict.txt has 18,383 lines)")]
    EmptyDictionary,
    #[error(
        "the recognition model scores {model} classes but the dictionary gives {dictionary} \
         (blank + {lines} lines + space): use the dictionary that ships with the model"
    )]
    ClassCount {
        model: usize,
        dictionary: usize,
        lines: usize,
    },
    #[error(
        "the logits hold {len} values, not {batch} × {timesteps} × {classes} = {expected}: \
         pass the model output as it is, row-major (lines, timesteps, classes)"
    )]
    Shape {
        len: usize,
        batch: usize,
        timesteps: usize,
        classes: usize,
        expected: usize,
    },
}

pub type Result<T, E = CtcError> = std::result::Result<T, E>;

/// The recogniser's classes as text: index 0 is the CTC blank, 1..=n the dictionary's lines, n+1 a
/// space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dictionary {
    /// Every class's text, blank (empty) first, so a class index is a direct lookup.
    symbols: Vec<String>,
}

/// One line's text and how sure the model was of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// The mean probability of the characters kept, in 0..=1; 0 for an empty line.
    pub confidence: f32,
}

impl Dictionary {
    /// Reads a dictionary file's text the way PaddleOCR does: one symbol a line, lines split at
    /// `\n` with `\r` and `\n` trimmed from both ends (an empty line in the middle stays, as an
    /// empty symbol, so later indices do not shift), then a space appended as the last class.
    pub fn from_text(text: &str) -> Result<Self> {
        let mut symbols = Vec::with_capacity(text.len() / 3 + 2);
        symbols.push(String::new());
        symbols.extend(
            text.split_inclusive('\n')
                .map(|line| line.trim_matches(['\r', '\n']).to_owned()),
        );
        if symbols.len() == 1 {
            return Err(CtcError::EmptyDictionary);
        }
        symbols.push(" ".to_owned());
        Ok(Self { symbols })
    }

    /// How many classes a model using this dictionary must score: blank + lines + space.
    pub fn num_classes(&self) -> usize {
        self.symbols.len()
    }

    /// How many symbols the dictionary file held (its line count).
    pub fn num_lines(&self) -> usize {
        self.symbols.len() - 2
    }

    /// The text of one class: `Some("")` for the blank, `None` past the last class.
    pub fn symbol(&self, class: usize) -> Option<&str> {
        self.symbols.get(class).map(String::as_str)
    }

    /// Fails, naming both numbers, unless a model scoring `model_classes` classes fits this
    /// dictionary. Call it once when the model is loaded; the decoders check it again per call.
    pub fn check_classes(&self, model_classes: usize) -> Result<()> {
        if model_classes == self.num_classes() {
            Ok(())
        } else {
            Err(CtcError::ClassCount {
                model: model_classes,
                dictionary: self.num_classes(),
                lines: self.num_lines(),
            })
        }
    }

    /// Decodes one line from its `timesteps × classes` logits (row-major, before any softmax).
    pub fn decode_line(&self, logits: &[f32], timesteps: usize, classes: usize) -> Result<Decoded> {
        self.check_shape(logits.len(), 1, timesteps, classes)?;
        Ok(self.decode_unchecked(logits, classes))
    }

    /// Decodes a batch from its `lines × timesteps × classes` logits (row-major), one [`Decoded`]
    /// per line, in order.
    pub fn decode_batch(&self, logits: &[f32], lines: usize, timesteps: usize, classes: usize) -> Result<Vec<Decoded>> {
        self.check_shape(logits.len(), lines, timesteps, classes)?;
        if lines == 0 || timesteps == 0 {
            return Ok(vec![
                Decoded {
                    text: String::new(),
                    confidence: 0.0
                };
                lines
            ]);
        }
        Ok(logits
            .chunks_exact(timesteps * classes)
            .map(|line| self.decode_unchecked(line, classes))
            .collect())
    }

    fn check_shape(&self, len: usize, batch: usize, timesteps: usize, classes: usize) -> Result<()> {
        self.check_classes(classes)?;
        let expected = batch.checked_mul(timesteps).and_then(|n| n.checked_mul(classes));
        if expected == Some(len) {
            Ok(())
        } else {
            Err(CtcError::Shape {
                len,
                batch,
                timesteps,
                classes,
                expected: expected.unwrap_or(usize::MAX),
            })
        }
    }

    /// The decode itself; `logits.len()` is a multiple of `classes`, which matches the dictionary.
    fn decode_unchecked(&self, logits: &[f32], classes: usize) -> Decoded {
        let mut text = String::new();
        let mut sum = 0.0f64;
        let mut kept = 0usize;
        let mut previous = None;
        for row in logits.chunks_exact(classes) {
            let (class, best) = argmax(row);
            // A repeat of the previous timestep's class is the same character, unless a blank (or
            // another class) came between; blanks themselves never print.
            if previous != Some(class) && class != 0 {
                text.push_str(&self.symbols[class]);
                sum += f64::from(probability_of_best(row, best));
                kept += 1;
            }
            previous = Some(class);
        }
        let confidence = if kept == 0 { 0.0 } else { (sum / kept as f64) as f32 };
        Decoded { text, confidence }
    }
}

/// Values a vector pass keeps side by side: the row is walked in chunks of this many, so the
/// compiler can hold the running maxima and sums in SIMD registers.
const LANES: usize = 16;

/// The first index of the largest value (as numpy's argmax), and that value. NaN never wins; a row
/// of NaN gives class 0.
fn argmax(row: &[f32]) -> (usize, f32) {
    // The maximum in one branch-free pass, then its first position.
    let mut lanes = [f32::NEG_INFINITY; LANES];
    let chunks = row.chunks_exact(LANES);
    let rest = chunks.remainder();
    for chunk in chunks {
        for (lane, &v) in lanes.iter_mut().zip(chunk) {
            *lane = if v > *lane { v } else { *lane };
        }
    }
    let best = lanes
        .iter()
        .chain(rest)
        .fold(f32::NEG_INFINITY, |m, &v| if v > m { v } else { m });
    (row.iter().position(|&v| v == best).unwrap_or(0), best)
}

/// The softmax probability of the row's largest logit `best`: `1 / Σ exp(logit − best)`. A row
/// whose best logit is not finite (a broken model output) scores 0.
fn probability_of_best(row: &[f32], best: f32) -> f32 {
    if !best.is_finite() {
        return 0.0;
    }
    let mut lanes = [0.0f32; LANES];
    let chunks = row.chunks_exact(LANES);
    let rest = chunks.remainder();
    for chunk in chunks {
        for (lane, &v) in lanes.iter_mut().zip(chunk) {
            *lane += (v - best).exp();
        }
    }
    let total: f32 = lanes.iter().sum::<f32>() + rest.iter().map(|&v| (v - best).exp()).sum::<f32>();
    // The best logit alone contributes 1, so a NaN elsewhere is the only way below it.
    if total >= 1.0 {
        1.0 / total
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn abc() -> Dictionary {
        Dictionary::from_text("a\nb\nc\n").unwrap()
    }

    /// One row of logits per timestep: `peak` gets probability `p`, the rest share what is left.
    fn rows(peaks: &[(usize, f32)], classes: usize) -> Vec<f32> {
        let mut out = Vec::new();
        for &(peak, p) in peaks {
            let rest = (1.0 - p) / (classes - 1) as f32;
            out.extend((0..classes).map(|c| if c == peak { p.ln() } else { rest.ln() }));
        }
        out
    }

    #[test]
    fn classes_are_blank_lines_then_space() {
        let d = abc();
        assert_eq!(d.num_classes(), 5);
        assert_eq!(d.num_lines(), 3);
        assert_eq!(d.symbol(0), Some(""));
        assert_eq!(d.symbol(1), Some("a"));
        assert_eq!(d.symbol(3), Some("c"));
        assert_eq!(d.symbol(4), Some(" "));
        assert_eq!(d.symbol(5), None);
    }

    #[test]
    fn dictionary_lines_are_read_as_paddleocr_reads_them() {
        // CRLF endings trimmed, no final newline, an empty line kept in place.
        let d = Dictionary::from_text("x\r\n\ny").unwrap();
        assert_eq!(
            (1..=3).map(|c| d.symbol(c).unwrap()).collect::<Vec<_>>(),
            ["x", "", "y"]
        );
        assert_eq!(d.num_classes(), 5);
        // Spaces inside a line are the symbol's own.
        assert_eq!(Dictionary::from_text(" \n").unwrap().symbol(1), Some(" "));
        assert_eq!(Dictionary::from_text(""), Err(CtcError::EmptyDictionary));
    }

    #[test]
    fn repeats_collapse_and_blanks_separate() {
        let d = abc();
        // a a _ a b b _ _ c space c
        let logits = rows(
            &[
                (1, 0.9),
                (1, 0.8),
                (0, 0.9),
                (1, 0.7),
                (2, 0.6),
                (2, 0.9),
                (0, 0.5),
                (0, 0.9),
                (3, 0.5),
                (4, 0.9),
                (3, 0.8),
            ],
            5,
        );
        let out = d.decode_line(&logits, 11, 5).unwrap();
        assert_eq!(out.text, "aabc c");
        // Kept: the first timestep of each run: 0.9, 0.7, 0.6, 0.5, 0.9, 0.8.
        let mean = (0.9 + 0.7 + 0.6 + 0.5 + 0.9 + 0.8) / 6.0;
        assert!((out.confidence - mean).abs() < 1e-6, "{}", out.confidence);
    }

    #[test]
    fn all_blank_is_empty_with_zero_confidence() {
        let d = abc();
        let out = d.decode_line(&rows(&[(0, 0.99), (0, 0.99)], 5), 2, 5).unwrap();
        assert_eq!(
            out,
            Decoded {
                text: String::new(),
                confidence: 0.0
            }
        );
        assert_eq!(
            d.decode_line(&[], 0, 5).unwrap(),
            Decoded {
                text: String::new(),
                confidence: 0.0
            }
        );
    }

    #[test]
    fn ties_go_to_the_first_class() {
        let d = abc();
        let out = d.decode_line(&[0.0, 0.4, 0.4, 0.1, 0.1], 1, 5).unwrap();
        assert_eq!(out.text, "a");
    }

    #[test]
    fn a_characters_confidence_is_its_softmax_probability() {
        // Logits of any offset: only differences matter. softmax([2, 0, 1, -1, 0.5])[0].
        let row = [2.0f32, 0.0, 1.0, -1.0, 0.5];
        let want = 2.0f32.exp() / row.iter().map(|v| v.exp()).sum::<f32>();
        let out = abc().decode_line(&row.map(|v| v + 100.0), 1, 5).unwrap();
        assert_eq!(out.text, "");
        let out = abc()
            .decode_line(&[0.0, 2.0, 1.0, -1.0, 0.5].map(|v| v - 50.0), 1, 5)
            .unwrap();
        assert_eq!(out.text, "a");
        assert!((out.confidence - want).abs() < 1e-6, "{} vs {want}", out.confidence);
        // Longer rows than one vector pass, with a remainder.
        let mut long = vec![-3.0f32; 37];
        long[20] = 1.5;
        let (class, best) = argmax(&long);
        assert_eq!((class, best), (20, 1.5));
        let want = 1.0 / (1.0 + 36.0 * (-4.5f32).exp());
        assert!((probability_of_best(&long, best) - want).abs() < 1e-6);
    }

    #[test]
    fn broken_logits_give_no_confidence_and_never_panic() {
        assert_eq!(argmax(&[f32::NAN; 5]).0, 0);
        let row = [0.0, f32::NAN, 3.0, 1.0, 0.0];
        assert_eq!(argmax(&row), (2, 3.0));
        assert_eq!(probability_of_best(&row, 3.0), 0.0);
        assert_eq!(probability_of_best(&[f32::NEG_INFINITY; 3], f32::NEG_INFINITY), 0.0);
        let out = abc().decode_line(&[0.0, f32::INFINITY, 0.0, 0.0, 0.0], 1, 5).unwrap();
        assert_eq!((out.text.as_str(), out.confidence), ("a", 0.0));
    }

    #[test]
    fn batch_decodes_each_line_alone() {
        let d = abc();
        let mut logits = rows(&[(1, 0.9), (2, 0.9), (0, 0.9)], 5);
        logits.extend(rows(&[(2, 0.5), (2, 0.5), (3, 0.7)], 5));
        logits.extend(rows(&[(0, 0.5), (0, 0.5), (0, 0.7)], 5));
        let out = d.decode_batch(&logits, 3, 3, 5).unwrap();
        let texts: Vec<_> = out.iter().map(|o| o.text.as_str()).collect();
        assert_eq!(texts, ["ab", "bc", ""]);
        assert!((out[1].confidence - 0.6).abs() < 1e-6);
        assert_eq!(d.decode_batch(&[], 0, 3, 5).unwrap(), vec![]);
    }

    #[test]
    fn wrong_class_count_names_both_numbers() {
        let d = abc();
        let err = d.decode_line(&[0.0; 12], 2, 6).unwrap_err();
        assert_eq!(
            err,
            CtcError::ClassCount {
                model: 6,
                dictionary: 5,
                lines: 3
            }
        );
        let msg = err.to_string();
        assert!(msg.contains("6 classes") && msg.contains("gives 5"), "{msg}");
        assert!(d.check_classes(5).is_ok());
    }

    #[test]
    fn wrong_length_is_a_shape_error() {
        let d = abc();
        let err = d.decode_batch(&[0.0; 14], 1, 3, 5).unwrap_err();
        assert_eq!(
            err,
            CtcError::Shape {
                len: 14,
                batch: 1,
                timesteps: 3,
                classes: 5,
                expected: 15
            }
        );
        assert!(err.to_string().contains("not 1 × 3 × 5 = 15"), "{err}");
    }
}
