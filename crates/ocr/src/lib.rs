//! folio's OCR engine: page images in, ordered lines of text out.
//!
//! The stages, each in its own module: [`decode`] (bytes → pixels, with a pixel limit),
//! [`detect`] (the detection model's input, then DB post-processing of its probability map into
//! rotated line boxes), [`crop`] (each box cut out of the full-resolution page, and recognition
//! batches of lines of similar width), [`ctc`] (greedy CTC decoding with the dictionary),
//! [`layout`] (reading order, columns kept apart), [`output`] (JSON, text, hOCR, ALTO) and
//! [`eval`] (character and word error rates against ground truth). [`engine`] runs them in order
//! on the models of `folio-ocr-models`.

pub mod crop;
pub mod ctc;
pub mod decode;
pub mod detect;
pub mod engine;
pub mod eval;
pub mod geometry;
pub mod gutter;
pub mod layout;
pub mod output;

pub use engine::{parse_generation, Backend, Engine, EngineError, Generation, OcrConfig, Timings};
pub use geometry::{Bounds, Point, Quad};
