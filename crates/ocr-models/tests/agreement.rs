//! The burn models against onnxruntime on the same real inputs (a region and text lines of
//! examples/volumes/W0001/I0001/0001.png), from the reference files that
//! reference/make_references.py wrote, one folder per model generation (`reference/v5`,
//! `reference/v6`). No Python is needed here.
//!
//! Each check runs on the CPU backend; with the `gpu` feature the same checks also run on burn's
//! Vulkan backend, on wgpu's best adapter (or the one `CUBECL_WGPU_DEFAULT_DEVICE` names), on a
//! machine with a GPU: `cargo test -p folio-ocr-models --features gpu --test agreement`. Mesa's lavapipe
//! (a Vulkan driver on the CPU) cannot stand in for a GPU: Debian's Mesa 22.3 and bookworm-backports'
//! 25.0 both crash compiling cubecl's matrix-product pipeline.

use std::path::PathBuf;

use folio_ocr_models::{
    cpu_device, Classifier, Detector, Device, Generation, ModelError, Recognizer, Tensor, TensorData, DET_MEAN, DET_STD,
};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// Largest difference allowed between a burn and an onnxruntime probability (measured: about 6e-5
/// for detection when the import was first checked).
const TOLERANCE: f32 = 1e-3;
/// PP-OCR's detection threshold: no pixel may change side of it.
const DET_THRESHOLD: f32 = 0.3;

/// One generation's reference files.
struct Reference {
    dir: PathBuf,
    manifest: Value,
}

impl Reference {
    fn of(generation: Generation) -> Self {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("reference")
            .join(generation.key());
        let text = std::fs::read_to_string(dir.join("manifest.json")).unwrap();
        Self {
            manifest: serde_json::from_str(&text).unwrap(),
            dir,
        }
    }

    fn read(&self, name: &Value) -> Vec<u8> {
        std::fs::read(self.dir.join(name.as_str().unwrap())).unwrap()
    }

    fn read_f32(&self, name: &Value) -> Vec<f32> {
        self.read(name)
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect()
    }
}

fn shape<const D: usize>(value: &Value) -> [usize; D] {
    let dims: Vec<usize> = value
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_u64().unwrap() as usize)
        .collect();
    dims.try_into().unwrap()
}

fn usizes(value: &Value) -> Vec<usize> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_u64().unwrap() as usize)
        .collect()
}

/// Checks that the rebuilt input is bit for bit the tensor onnxruntime was given.
fn assert_same_input(values: &[f32], expected_sha256: &Value) {
    let mut hasher = Sha256::new();
    for v in values {
        hasher.update(v.to_le_bytes());
    }
    let got: String = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(
        got,
        expected_sha256.as_str().unwrap(),
        "rebuilt input differs from the reference input"
    );
}

fn tensor4(values: Vec<f32>, shape: [usize; 4], device: &Device) -> Tensor<4> {
    Tensor::from_data(TensorData::new(values, shape), device)
}

fn to_vec<const D: usize>(tensor: Tensor<D>) -> Vec<f32> {
    tensor.into_data().try_to_vec::<f32>().unwrap()
}

/// Grey crops of the given widths, stored one after another, as a right-zero-padded batch
/// normalised like PP-OCR's recogniser input: `(x / 255 - 0.5) / 0.5` on three equal channels.
fn line_batch(pixels: &[u8], widths: &[usize], [n, c, h, w]: [usize; 4]) -> Vec<f32> {
    assert_eq!(widths.len(), n);
    let mut batch = vec![0.0f32; n * c * h * w];
    let mut offset = 0;
    for (i, &width) in widths.iter().enumerate() {
        for y in 0..h {
            for x in 0..width {
                let v = (pixels[offset + y * width + x] as f32 / 255.0 - 0.5) / 0.5;
                for ch in 0..c {
                    batch[((i * c + ch) * h + y) * w + x] = v;
                }
            }
        }
        offset += h * width;
    }
    assert_eq!(offset, pixels.len());
    batch
}

/// Greedy CTC: the best class per time step, repeats collapsed, blanks (class 0) dropped; class
/// `i` is dictionary line `i - 1` and class `n + 1` a space.
fn ctc_greedy(best: &[usize], generation: Generation) -> String {
    let dictionary: Vec<&str> = generation.dictionary().lines().collect();
    let mut text = String::new();
    let mut previous = usize::MAX;
    for &class in best {
        if class != previous && class != 0 {
            text.push_str(if class == dictionary.len() + 1 {
                " "
            } else {
                dictionary[class - 1]
            });
        }
        previous = class;
    }
    text
}

/// The softmax of one row, in f64 so that the reference comparison measures the model alone.
fn softmax(row: &[f32]) -> Vec<f32> {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f64> = row.iter().map(|&v| f64::from(v - max).exp()).collect();
    let total: f64 = exps.iter().sum();
    exps.iter().map(|e| (e / total) as f32).collect()
}

fn argmax(row: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in row.iter().enumerate() {
        if v > row[best] {
            best = i;
        }
    }
    best
}

#[test]
fn detection_map_matches_onnxruntime_v5() {
    detection_map_matches_onnxruntime_on(&cpu_device(), Generation::V5);
}

#[test]
fn detection_map_matches_onnxruntime_v6() {
    detection_map_matches_onnxruntime_on(&cpu_device(), Generation::V6);
}

fn detection_map_matches_onnxruntime_on(device: &Device, generation: Generation) {
    let reference = Reference::of(generation);
    let det = &reference.manifest["det"];
    let input_shape: [usize; 4] = shape(&det["input_shape"]);
    let [_, channels, height, width] = input_shape;
    let gray = reference.read(&det["input"]);
    assert_eq!(gray.len(), height * width);
    // PP-OCR's NormalizeImage in float32: (x * float32(1/255) - mean) / std.
    let scale = (1.0f64 / 255.0) as f32;
    let mut input = vec![0.0f32; channels * height * width];
    for c in 0..channels {
        for (i, &p) in gray.iter().enumerate() {
            input[c * height * width + i] = (p as f32 * scale - DET_MEAN[c]) / DET_STD[c];
        }
    }
    assert_same_input(&input, &det["input_sha256"]);

    let detector = Detector::load(device, generation).unwrap();
    let map = detector.forward(tensor4(input, input_shape, device)).unwrap();
    assert_eq!(map.dims(), shape::<4>(&det["output_shape"]));
    let got = to_vec(map);
    let want = reference.read_f32(&det["output"]);
    assert_eq!(got.len(), want.len());

    let max_diff = got.iter().zip(&want).map(|(a, b)| (a - b).abs()).fold(0.0f32, f32::max);
    let flips = got
        .iter()
        .zip(&want)
        .filter(|(a, b)| (**a > DET_THRESHOLD) != (**b > DET_THRESHOLD))
        .count();
    let text_pixels = want.iter().filter(|v| **v > DET_THRESHOLD).count();
    eprintln!(
        "{generation} detection: max |diff| {max_diff:e}, {flips} of {text_pixels} text pixels change side of \
         {DET_THRESHOLD}"
    );
    assert!(
        text_pixels > 1000,
        "the reference region should hold text, found {text_pixels} text pixels"
    );
    assert!(max_diff <= TOLERANCE, "detection map differs by {max_diff}");
    assert_eq!(flips, 0, "pixels that change side of the threshold");
}

#[test]
fn recognition_matches_onnxruntime_and_reads_the_same_text_v5() {
    recognition_matches_onnxruntime_and_reads_the_same_text_on(&cpu_device(), Generation::V5);
}

#[test]
fn recognition_matches_onnxruntime_and_reads_the_same_text_v6() {
    recognition_matches_onnxruntime_and_reads_the_same_text_on(&cpu_device(), Generation::V6);
}

fn recognition_matches_onnxruntime_and_reads_the_same_text_on(device: &Device, generation: Generation) {
    let reference = Reference::of(generation);
    let rec = &reference.manifest["rec"];
    let input_shape: [usize; 4] = shape(&rec["input_shape"]);
    let input = line_batch(&reference.read(&rec["input"]), &usizes(&rec["widths"]), input_shape);
    assert_same_input(&input, &rec["input_sha256"]);

    let recognizer = Recognizer::load(device, generation).unwrap();
    let logits = recognizer.forward(tensor4(input, input_shape, device)).unwrap();
    let [n, steps, classes]: [usize; 3] = shape(&rec["output_shape"]);
    assert_eq!(logits.dims(), [n, steps, classes]);
    assert_eq!(classes, generation.dictionary().lines().count() + 2);
    // The model gives logits; onnxruntime ran the original file, which ends in a softmax.
    let got: Vec<f32> = to_vec(logits).chunks_exact(classes).flat_map(softmax).collect();

    // The reference lists every onnxruntime probability of at least `floor`; all others are below it.
    let floor = rec["floor"].as_f64().unwrap() as f32;
    let mut want = vec![f32::NAN; got.len()];
    for record in reference.read(&rec["output"]).chunks_exact(8) {
        let index = u32::from_le_bytes([record[0], record[1], record[2], record[3]]) as usize;
        want[index] = f32::from_le_bytes([record[4], record[5], record[6], record[7]]);
    }
    let mut max_diff = 0.0f32;
    let mut max_unlisted = 0.0f32;
    for (a, b) in got.iter().zip(&want) {
        if b.is_nan() {
            max_unlisted = max_unlisted.max(*a);
        } else {
            max_diff = max_diff.max((a - b).abs());
        }
    }
    // An unlisted probability differs by at most max(burn's value, floor).
    let bound = max_diff.max(max_unlisted).max(floor);
    eprintln!(
        "{generation} recognition: max |diff| {max_diff:e} over listed probabilities, at most {bound:e} over all \
         (burn's largest unlisted {max_unlisted:e}, floor {floor:e})"
    );
    assert!(max_diff <= TOLERANCE, "recognition probabilities differ by {max_diff}");
    assert!(bound <= TOLERANCE, "recognition probabilities differ by up to {bound}");

    let texts: Vec<&str> = rec["texts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    for (line, expected) in texts.iter().enumerate() {
        let rows = |p: &[f32]| -> Vec<usize> {
            (0..steps)
                .map(|t| {
                    let start = (line * steps + t) * classes;
                    let row = &p[start..start + classes];
                    argmax(
                        &row.iter()
                            .map(|v| if v.is_nan() { 0.0 } else { *v })
                            .collect::<Vec<_>>(),
                    )
                })
                .collect()
        };
        let burn_best = rows(&got);
        assert_eq!(burn_best, rows(&want), "per-step classes of line {line}");
        assert_eq!(ctc_greedy(&burn_best, generation), *expected, "text of line {line}");
    }
    eprintln!("{generation} recognition: {texts:?}");
    // The page's ground truth, as a check that the reference itself is sound.
    assert_eq!(texts[0], "CHAPTER I.");
    assert_eq!(texts[3], "large rabbit-hole under the hedge.");
}

#[test]
fn classifier_matches_onnxruntime() {
    classifier_matches_onnxruntime_on(&cpu_device());
}

fn classifier_matches_onnxruntime_on(device: &Device) {
    let reference = Reference::of(Generation::V5);
    let cls = &reference.manifest["cls"];
    let input_shape: [usize; 4] = shape(&cls["input_shape"]);
    let input = line_batch(&reference.read(&cls["input"]), &usizes(&cls["widths"]), input_shape);
    assert_same_input(&input, &cls["input_sha256"]);

    let classifier = Classifier::load(device).unwrap();
    let probs = classifier.forward(tensor4(input, input_shape, device)).unwrap();
    assert_eq!(probs.dims(), shape::<2>(&cls["output_shape"]));
    let got = to_vec(probs);
    let want = reference.read_f32(&cls["output"]);
    let max_diff = got.iter().zip(&want).map(|(a, b)| (a - b).abs()).fold(0.0f32, f32::max);
    eprintln!("classifier: max |diff| {max_diff:e}");
    assert!(max_diff <= TOLERANCE, "classifier probabilities differ by {max_diff}");
    let labels = |p: &[f32]| p.chunks_exact(2).map(argmax).collect::<Vec<_>>();
    assert_eq!(labels(&got), labels(&want));
    // The batch is the lines upright, then the same lines turned 180°.
    let half = want.len() / 4;
    assert_eq!(labels(&want), [vec![0; half], vec![1; half]].concat());
}

#[test]
fn inputs_of_the_wrong_shape_are_errors() {
    let device = cpu_device();
    let zeros = |shape: [usize; 4]| Tensor::<4>::zeros(shape, &device);
    let detector = Detector::load(&device, Generation::default()).unwrap();
    let err = detector.forward(zeros([1, 3, 100, 64])).unwrap_err();
    assert!(
        matches!(
            err,
            ModelError::InputShape {
                shape: [1, 3, 100, 64],
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("multiples of 32"), "{err}");
    let recognizer = Recognizer::load(&device, Generation::default()).unwrap();
    let err = recognizer.forward(zeros([2, 3, 32, 320])).unwrap_err();
    assert!(
        matches!(
            err,
            ModelError::InputShape {
                shape: [2, 3, 32, 320],
                ..
            }
        ),
        "{err}"
    );
    let classifier = Classifier::load(&device).unwrap();
    let err = classifier.forward(zeros([1, 1, 48, 192])).unwrap_err();
    assert!(
        matches!(
            err,
            ModelError::InputShape {
                shape: [1, 1, 48, 192],
                ..
            }
        ),
        "{err}"
    );
}

#[cfg(feature = "gpu")]
mod vulkan {
    use super::*;

    fn device() -> Device {
        Device::vulkan(folio_ocr_models::DeviceKind::DefaultDevice)
    }

    #[test]
    fn detection_map_matches_onnxruntime_on_vulkan() {
        for generation in Generation::ALL {
            detection_map_matches_onnxruntime_on(&device(), generation);
        }
    }

    #[test]
    fn recognition_matches_onnxruntime_and_reads_the_same_text_on_vulkan() {
        for generation in Generation::ALL {
            recognition_matches_onnxruntime_and_reads_the_same_text_on(&device(), generation);
        }
    }

    #[test]
    fn classifier_matches_onnxruntime_on_vulkan() {
        classifier_matches_onnxruntime_on(&device());
    }
}
