//! The page pipeline: bytes of one page file in, [`Page`] results out.
//!
//! decode → detection (input, model, DB boxes) → line crops from the full-resolution page →
//! optional 180° classification → recognition in batches of similar width → CTC decoding →
//! reading order. A page that cannot be read becomes a failed [`Page`] with its reason; it never
//! stops the other pages of a file or a volume.

use std::fmt;
use std::ops::AddAssign;
use std::time::{Duration, Instant};

pub use folio_ocr_models::Generation;
use folio_ocr_models::{Classifier, Detector, Device, ModelError, Recognizer, Tensor, TensorData};
use serde::{Deserialize, Deserializer, Serialize};

use crate::crop::{self, RecognitionParams};
use crate::ctc::{CtcError, Decoded, Dictionary};
use crate::decode::{self, DecodeError, DecodeLimits, PageImage};
use crate::detect::{self, DetectionParams};
use crate::output::{Page, PageError};
use crate::{gutter, layout};

/// Which burn backend runs the models.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    /// burn's `flex` CPU backend, on the calling rayon pool's threads.
    #[default]
    Cpu,
    /// A GPU through burn's Vulkan backend (a build with the `gpu` feature).
    Gpu,
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Backend::Cpu => "cpu",
            Backend::Gpu => "gpu",
        })
    }
}

/// Everything an OCR job's configuration may set, with the defaults measured best on book pages.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OcrConfig {
    pub backend: Backend,
    /// The detection and recognition models: `"v6"` (PP-OCRv6 small, the default) or `"v5"`
    /// (PP-OCRv5 mobile).
    #[serde(deserialize_with = "generation")]
    pub models: Generation,
    pub detection: DetectionParams,
    pub recognition: RecognitionParams,
    pub decode: DecodeLimits,
    /// Lines recognised with a lower mean confidence are dropped (the reference pipeline's 0.5).
    pub drop_score: f32,
    /// Run the 180° line classifier. Off by default: on upright book pages it flips correct lines.
    pub classify_orientation: bool,
    /// A line the classifier calls upside down with at least this probability is turned.
    pub orientation_threshold: f32,
}

impl Default for OcrConfig {
    fn default() -> Self {
        Self {
            backend: Backend::Cpu,
            models: Generation::default(),
            detection: DetectionParams::default(),
            recognition: RecognitionParams::default(),
            decode: DecodeLimits::default(),
            drop_score: 0.5,
            classify_orientation: false,
            orientation_threshold: 0.9,
        }
    }
}

/// A model generation by its configuration key, `v5` or `v6`.
fn generation<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Generation, D::Error> {
    let key = String::deserialize(deserializer)?;
    parse_generation(&key).map_err(serde::de::Error::custom)
}

/// The model generation a key names; the error says which keys there are.
pub fn parse_generation(key: &str) -> Result<Generation, String> {
    Generation::from_key(key).ok_or_else(|| {
        let keys: Vec<String> = Generation::ALL
            .iter()
            .map(|g| format!("\"{}\" ({g})", g.key()))
            .collect();
        format!("models is \"{key}\"; give one of {}", keys.join(", "))
    })
}

impl OcrConfig {
    /// Checks values serde cannot: ranges and sizes.
    pub fn validate(&self) -> Result<(), String> {
        let unit = |name: &str, v: f32| {
            if (0.0..=1.0).contains(&v) {
                Ok(())
            } else {
                Err(format!("{name} is {v}; give a probability from 0 to 1"))
            }
        };
        unit("drop_score", self.drop_score)?;
        unit("orientation_threshold", self.orientation_threshold)?;
        unit("detection.thresh", self.detection.thresh)?;
        unit("detection.box_thresh", self.detection.box_thresh)?;
        if !(32..=8192).contains(&self.detection.limit_side_len) {
            return Err(format!(
                "detection.limit_side_len is {}; give 32 to 8192 pixels (960 suits 150-300 dpi pages)",
                self.detection.limit_side_len
            ));
        }
        if !(1..=256).contains(&self.recognition.batch_size) {
            return Err(format!(
                "recognition.batch_size is {}; give 1 to 256 lines",
                self.recognition.batch_size
            ));
        }
        if self.recognition.height != folio_ocr_models::REC_HEIGHT as u32 {
            return Err(format!(
                "recognition.height is {}; the model takes lines {} pixels high",
                self.recognition.height,
                folio_ocr_models::REC_HEIGHT
            ));
        }
        if self.decode.max_pixels == 0 {
            return Err("decode.max_pixels is 0; give the largest page in pixels (default 100000000)".into());
        }
        Ok(())
    }
}

/// Why the engine could not start.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("OCR config: {0}")]
    Config(String),
    #[error(transparent)]
    Model(#[from] ModelError),
    #[error("the recognition dictionary does not fit the model: {0}")]
    Dictionary(#[from] CtcError),
    #[error("the {backend} backend did not start: {reason} (a GPU backend needs a Vulkan driver and libvulkan1; use backend = \"cpu\" on machines without)")]
    Backend { backend: Backend, reason: String },
    #[error("backend `gpu` needs a folio built with the `gpu` feature (cargo build --release --features gpu); this one has only `cpu`")]
    NoGpu,
}

/// Where one page's time went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Timings {
    /// Bytes to pixels.
    pub decode: Duration,
    /// Detection input, the model and DB post-processing into boxes.
    pub detection: Duration,
    /// Line crops, batching, the model and CTC decoding.
    pub recognition: Duration,
    /// Orientation classification, reading order and assembling the result.
    pub post: Duration,
}

impl AddAssign for Timings {
    fn add_assign(&mut self, other: Self) {
        self.decode += other.decode;
        self.detection += other.detection;
        self.recognition += other.recognition;
        self.post += other.post;
    }
}

impl Timings {
    pub fn total(&self) -> Duration {
        self.decode + self.detection + self.recognition + self.post
    }
}

/// A page failed by a model (as opposed to its bytes): the message says which stage.
#[derive(Debug, thiserror::Error)]
#[error("{stage}: {message}")]
struct StageError {
    stage: &'static str,
    message: String,
}

/// The models, loaded once, and the configuration. Share one engine between threads: it holds no
/// per-page state.
pub struct Engine {
    detector: Detector,
    recognizer: Recognizer,
    classifier: Option<Classifier>,
    dictionary: Dictionary,
    device: Device,
    config: OcrConfig,
}

impl Engine {
    /// Loads the models (embedded in the binary) on the configured backend.
    pub fn new(config: OcrConfig) -> Result<Self, EngineError> {
        config.validate().map_err(EngineError::Config)?;
        let backend = config.backend;
        // burn's GPU runtime panics when the machine has no usable device: here that is an error
        // of this engine, not the end of the process.
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| Self::load(config))).unwrap_or_else(|panic| {
            let reason = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_else(|| "no reason given".into());
            Err(EngineError::Backend { backend, reason })
        })
    }

    fn load(config: OcrConfig) -> Result<Self, EngineError> {
        let device = device(config.backend)?;
        let dictionary = Dictionary::from_text(config.models.dictionary())?;
        let classifier = if config.classify_orientation {
            Some(Classifier::load(&device)?)
        } else {
            None
        };
        Ok(Self {
            detector: Detector::load(&device, config.models)?,
            recognizer: Recognizer::load(&device, config.models)?,
            classifier,
            dictionary,
            device,
            config,
        })
    }

    pub fn config(&self) -> &OcrConfig {
        &self.config
    }

    /// Reads every page of one file (a TIFF may hold several; they are named `NAME-p2`, … after
    /// the first). A file or page that cannot be read gives a failed page saying why.
    pub fn read_file(&self, name: &str, bytes: &[u8], timings: &mut Timings) -> Vec<Page> {
        let started = Instant::now();
        let pages = match decode::decode_pages(bytes, &self.config.decode) {
            Ok(pages) => pages,
            Err(e) => {
                timings.decode += started.elapsed();
                return vec![failed_decode(name, &e)];
            }
        };
        let mut out = Vec::new();
        let mut clock = started;
        for (i, page) in pages.enumerate() {
            let page_name = if i == 0 {
                name.to_owned()
            } else {
                format!("{name}-p{}", i + 1)
            };
            timings.decode += clock.elapsed();
            match page {
                Ok(image) => out.push(self.read_image(&page_name, &image, timings)),
                Err(e) => out.push(failed_decode(&page_name, &e)),
            }
            clock = Instant::now();
        }
        timings.decode += clock.elapsed();
        out
    }

    /// Reads one decoded page.
    pub fn read_image(&self, name: &str, image: &PageImage, timings: &mut Timings) -> Page {
        let (width, height) = image.dimensions();
        match self.try_read_image(name, image, timings) {
            Ok(page) => page,
            Err(e) => Page::failed(
                name,
                width,
                height,
                PageError {
                    kind: e.stage.to_owned(),
                    message: e.message,
                },
            ),
        }
    }

    fn try_read_image(&self, name: &str, image: &PageImage, timings: &mut Timings) -> Result<Page, StageError> {
        let (width, height) = image.dimensions();

        let started = Instant::now();
        let mut input = detect::prepare(image, &self.config.detection);
        // The pixels go to the model; the input keeps its shape and scales for the boxes.
        let data = std::mem::take(&mut input.data);
        let map = self
            .detector
            .forward(self.tensor(data, input.shape))
            .map_err(|e| stage("detection", e))?;
        let map = to_vec(map.into_data(), "detection")?;
        let boxes = input
            .boxes(&map, &self.config.detection)
            .map_err(|e| stage("detection", e))?
            .into_iter()
            .next()
            .unwrap_or_default();
        let quads: Vec<_> = boxes.iter().map(|b| b.quad).collect();
        let skew = layout::skew(quads.iter());
        let quads = gutter::split_at_gutters(image, quads, skew);
        timings.detection += started.elapsed();

        let started = Instant::now();
        let mut crops = crop::crop_lines(image, &quads);
        timings.recognition += started.elapsed();

        if let Some(classifier) = &self.classifier {
            let started = Instant::now();
            self.turn_upside_down_lines(classifier, &mut crops)?;
            timings.post += started.elapsed();
        }

        let started = Instant::now();
        let decoded = self.recognize(&crops)?;
        drop(crops);
        timings.recognition += started.elapsed();

        let started = Instant::now();
        let (kept_quads, kept): (Vec<_>, Vec<Decoded>) = quads
            .into_iter()
            .zip(decoded)
            .filter(|(_, d)| d.confidence >= self.config.drop_score && !d.text.trim().is_empty())
            .unzip();
        let blocks = layout::reading_order(&kept_quads, width as f32, height as f32);
        let page = Page::read(name, width, height, &kept_quads, &kept, &blocks).map_err(|e| stage("layout", e))?;
        timings.post += started.elapsed();
        Ok(page)
    }

    /// Recognises every line crop, in the crops' order.
    fn recognize(&self, crops: &[PageImage]) -> Result<Vec<Decoded>, StageError> {
        let mut decoded: Vec<Option<Decoded>> = vec![None; crops.len()];
        for batch in crop::recognition_batches(crops, &self.config.recognition) {
            let [lines, ..] = batch.shape;
            let logits = self
                .recognizer
                .forward(self.tensor(batch.data, batch.shape))
                .map_err(|e| stage("recognition", e))?;
            let [_, timesteps, classes] = logits.dims();
            let logits = to_vec(logits.into_data(), "recognition")?;
            let texts = self
                .dictionary
                .decode_batch(&logits, lines, timesteps, classes)
                .map_err(|e| stage("recognition", e))?;
            for (index, text) in batch.indices.into_iter().zip(texts) {
                if let Some(slot) = decoded.get_mut(index) {
                    *slot = Some(text);
                }
            }
        }
        Ok(decoded
            .into_iter()
            .map(|d| {
                d.unwrap_or(Decoded {
                    text: String::new(),
                    confidence: 0.0,
                })
            })
            .collect())
    }

    /// Turns the crops the classifier calls upside down.
    fn turn_upside_down_lines(&self, classifier: &Classifier, crops: &mut [PageImage]) -> Result<(), StageError> {
        let [height, width] = folio_ocr_models::CLS_SIZE;
        let params = RecognitionParams {
            batch_size: self.config.recognition.batch_size,
            height: height as u32,
            min_width: width as u32,
            max_width: Some(width as u32),
        };
        let mut turn = Vec::new();
        for batch in crop::recognition_batches(crops, &params) {
            let probs = classifier
                .forward(self.tensor(batch.data, batch.shape))
                .map_err(|e| stage("orientation", e))?;
            let probs = to_vec(probs.into_data(), "orientation")?;
            for (row, index) in batch.indices.into_iter().enumerate() {
                if probs
                    .get(row * 2 + 1)
                    .is_some_and(|&p| p >= self.config.orientation_threshold)
                {
                    turn.push(index);
                }
            }
        }
        for index in turn {
            if let Some(line) = crops.get_mut(index) {
                crop::rotate_180(line);
            }
        }
        Ok(())
    }

    fn tensor(&self, data: Vec<f32>, shape: [usize; 4]) -> Tensor<4> {
        Tensor::from_data(TensorData::new(data, shape), &self.device)
    }
}

fn device(backend: Backend) -> Result<Device, EngineError> {
    match backend {
        Backend::Cpu => Ok(folio_ocr_models::cpu_device()),
        #[cfg(feature = "gpu")]
        Backend::Gpu => Ok(folio_ocr_models::gpu_device(0)),
        #[cfg(not(feature = "gpu"))]
        Backend::Gpu => Err(EngineError::NoGpu),
    }
}

fn to_vec(data: TensorData, stage_name: &'static str) -> Result<Vec<f32>, StageError> {
    data.try_into_vec::<f32>().map_err(|e| StageError {
        stage: stage_name,
        message: format!("the model's output is not f32: {e:?}"),
    })
}

fn stage(stage_name: &'static str, e: impl fmt::Display) -> StageError {
    StageError {
        stage: stage_name,
        message: e.to_string(),
    }
}

fn failed_decode(name: &str, e: &DecodeError) -> Page {
    let (kind, width, height) = match e {
        DecodeError::TooManyPixels { width, height, .. } => ("too_large", *width, *height),
        DecodeError::Empty => ("empty", 0, 0),
        DecodeError::NotAnImage { .. } => ("not_an_image", 0, 0),
        DecodeError::Corrupt { .. } => ("corrupt", 0, 0),
        DecodeError::Unsupported { .. } => ("unsupported", 0, 0),
    };
    Page::failed(
        name,
        width,
        height,
        PageError {
            kind: kind.to_owned(),
            message: e.to_string(),
        },
    )
}
