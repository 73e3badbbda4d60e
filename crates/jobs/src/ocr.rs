//! The `ocr` kind: reads every page image of a volume with the PP-OCR engine (PP-OCRv6 small unless the config says `models = "v5"`) of `folio-ocr`.
//!
//! Artefacts, under the task's output directory:
//!
//! | file                     | content                                                           |
//! |--------------------------|-------------------------------------------------------------------|
//! | `pages/{page}.json`      | boxes, text and per-line confidence of one page (`output::Page`)  |
//! | `pages/{page}.txt`       | the page's plain text in reading order                            |
//! | `pages/{page}.hocr`      | hOCR, when the config's `formats` asks for it                     |
//! | `pages/{page}.alto.xml`  | ALTO XML, likewise                                                |
//! | `pages.json`             | the page list: name, lines, mean confidence, error if it failed   |
//! | `volume.txt`             | the volume's text, pages apart by a form feed                     |
//!
//! A page is named after its file's stem (`0001.png` → `0001`). A page that cannot be read (a
//! truncated, empty, non-image or oversized file) is a failure of that page alone: it is listed
//! with its reason in `pages.json` and in the task's metrics, and the other pages are read.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use async_trait::async_trait;
use folio_core::kind::{JobError, JobKind, TaskContext, TaskOutput};
use folio_ocr::output::{self, Page};
use folio_ocr::{Engine, EngineError, OcrConfig, Timings};
use rayon::prelude::*;
use serde::Deserialize;
use serde_json::json;

/// The file names a volume's page images have.
pub const IMAGE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "tif", "tiff"];
/// How many failed pages the task's metrics list by name (all are in `pages.json`).
const LISTED_FAILURES: usize = 20;

/// Extra outputs beside the JSON and text every page gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Hocr,
    Alto,
}

/// The `ocr` kind's configuration: the engine's settings ([`OcrConfig`], every key optional)
/// plus `formats`.
#[derive(Debug, Clone, PartialEq)]
pub struct OcrJobConfig {
    pub engine: OcrConfig,
    pub formats: Vec<Format>,
}

impl OcrJobConfig {
    pub fn parse(config: &serde_json::Value) -> Result<Self, String> {
        let mut config = match config {
            serde_json::Value::Null => serde_json::Map::new(),
            serde_json::Value::Object(map) => map.clone(),
            other => return Err(format!("expected a table of settings, got {other}")),
        };
        let formats = match config.remove("formats") {
            None => Vec::new(),
            Some(v) => {
                serde_json::from_value(v).map_err(|e| format!("formats: {e}; give a list of \"hocr\" and \"alto\""))?
            }
        };
        let engine: OcrConfig = serde_json::from_value(serde_json::Value::Object(config)).map_err(|e| {
            format!(
                "{e}; the keys are backend, detection, recognition, decode, drop_score, classify_orientation, \
                 orientation_threshold and formats"
            )
        })?;
        engine.validate()?;
        Ok(Self { engine, formats })
    }
}

/// Engines by configuration, loaded once per process: loading the models takes a while, and
/// every task of a job uses the same ones.
fn engine_for(config: &OcrConfig) -> Result<Arc<Engine>, JobError> {
    static ENGINES: OnceLock<Mutex<HashMap<String, Arc<Engine>>>> = OnceLock::new();
    let key = format!("{config:?}");
    let engines = ENGINES.get_or_init(Default::default);
    let cached =
        |engines: &Mutex<HashMap<String, Arc<Engine>>>| engines.lock().map(|e| e.get(&key).cloned()).unwrap_or(None);
    if let Some(engine) = cached(engines) {
        return Ok(engine);
    }
    // Loaded without the lock held: a slow or failing load holds up no other configuration.
    let engine = Arc::new(Engine::new(config.clone()).map_err(|e| match e {
        // This machine's GPU did not start; another worker's may.
        EngineError::Backend { .. } => JobError::Retryable(format!("ocr job: {e}")),
        _ => JobError::Terminal(format!("ocr job: {e}")),
    })?);
    if let Ok(mut engines) = engines.lock() {
        return Ok(engines.entry(key).or_insert(engine).clone());
    }
    Ok(engine)
}

/// The page image files of a volume directory, sorted by name.
pub fn page_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| IMAGE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        })
        .collect();
    files.sort();
    Ok(files)
}

pub fn page_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "page".into())
}

pub struct Ocr;

#[async_trait]
impl JobKind for Ocr {
    fn name(&self) -> &'static str {
        "ocr"
    }

    fn summary(&self) -> &'static str {
        "reads a volume's page images with PP-OCR (v6 small, or v5): per-page JSON and text (hOCR and ALTO on request), the volume's text"
    }

    fn validate(&self, config: &serde_json::Value) -> Result<(), String> {
        OcrJobConfig::parse(config).map(|_| ())
    }

    async fn run(&self, ctx: &TaskContext) -> Result<TaskOutput, JobError> {
        let cfg = OcrJobConfig::parse(&ctx.job.spec.config)
            .map_err(|e| JobError::Terminal(format!("ocr job config: {e}")))?;
        let Some(images) = ctx.images_dir.clone() else {
            return Err(JobError::Terminal(
                "an ocr job reads one volume per task; it cannot be a reduce job".into(),
            ));
        };
        let files = page_files(&images).map_err(|e| {
            JobError::Retryable(format!("cannot list the volume's images in {}: {e}", images.display()))
        })?;
        if files.is_empty() {
            return Err(JobError::Terminal(format!(
                "the volume has no page images ({}) in {}",
                IMAGE_EXTENSIONS.join(", "),
                images.display()
            )));
        }
        let engine = {
            let engine_cfg = cfg.engine.clone();
            tokio::task::spawn_blocking(move || engine_for(&engine_cfg))
                .await
                .map_err(|e| JobError::Retryable(format!("loading the OCR models stopped: {e}")))??
        };
        let output_dir = ctx.output_dir.clone();
        let cancel = ctx.cancel.clone();
        let formats = cfg.formats.clone();
        tokio::task::spawn_blocking(move || read_volume(&engine, &files, &output_dir, &formats, &cancel))
            .await
            .map_err(|e| JobError::Retryable(format!("the OCR of the volume stopped: {e}")))?
    }
}

/// Reads the pages side by side on the rayon pool, writes every artefact, and sums up.
fn read_volume(
    engine: &Engine,
    files: &[PathBuf],
    output_dir: &Path,
    formats: &[Format],
    cancel: &tokio_util::sync::CancellationToken,
) -> Result<TaskOutput, JobError> {
    let pages_dir = output_dir.join("pages");
    std::fs::create_dir_all(&pages_dir)
        .map_err(|e| JobError::Retryable(format!("cannot create {}: {e}", pages_dir.display())))?;
    let started = std::time::Instant::now();
    let results: Vec<Result<(Vec<Page>, Timings), JobError>> = files
        .par_iter()
        .map(|file| {
            if cancel.is_cancelled() {
                return Err(JobError::Retryable(
                    "the OCR was stopped: the task was cancelled (lease lost or drain timed out)".into(),
                ));
            }
            let mut timings = Timings::default();
            let name = page_name(file);
            let pages = match std::fs::read(file) {
                Ok(bytes) => engine.read_file(&name, &bytes, &mut timings),
                // The staged file vanished or cannot be read: the worker's problem, not the page's.
                Err(e) => return Err(JobError::Retryable(format!("cannot read {}: {e}", file.display()))),
            };
            for page in &pages {
                write_page(&pages_dir, page, formats)?;
            }
            Ok((pages, timings))
        })
        .collect();
    let mut pages = Vec::new();
    let mut timings = Timings::default();
    for result in results {
        let (p, t) = result?;
        pages.extend(p);
        timings += t;
    }
    let list = output::page_list(&pages);
    write(
        &output_dir.join("pages.json"),
        serde_json::to_vec_pretty(&list).map_err(|e| JobError::Terminal(e.to_string()))?,
    )?;
    write(&output_dir.join("volume.txt"), output::volume_text(&pages).into_bytes())?;

    let failed: Vec<&Page> = pages.iter().filter(|p| p.error().is_some()).collect();
    for page in &failed {
        if let Some(e) = page.error() {
            tracing::warn!(page = %page.name, kind = %e.kind, error = %e.message, "page not read");
        }
    }
    let confidences: Vec<f32> = pages.iter().flat_map(|p| p.confidences()).collect();
    let mean_confidence = (!confidences.is_empty())
        .then(|| confidences.iter().map(|&c| f64::from(c)).sum::<f64>() / confidences.len() as f64);
    let ms = |d: std::time::Duration| (d.as_secs_f64() * 1000.0).round();
    Ok(TaskOutput {
        metrics: json!({
            "pages": pages.len(),
            "pages_failed": failed.len(),
            "failed": failed.iter().take(LISTED_FAILURES).map(|p| json!({
                "page": p.name,
                "kind": p.error().map(|e| e.kind.clone()),
                "error": p.error().map(|e| e.message.clone()),
            })).collect::<Vec<_>>(),
            "lines": pages.iter().map(Page::line_count).sum::<usize>(),
            "mean_confidence": mean_confidence,
            "seconds": started.elapsed().as_secs_f64(),
            "ms": {
                "decode": ms(timings.decode),
                "detection": ms(timings.detection),
                "recognition": ms(timings.recognition),
                "post": ms(timings.post),
            },
        }),
    })
}

fn write_page(dir: &Path, page: &Page, formats: &[Format]) -> Result<(), JobError> {
    let render =
        |r: Result<String, output::OutputError>| r.map_err(|e| JobError::Terminal(format!("page {}: {e}", page.name)));
    write(
        &dir.join(format!("{}.json", page.name)),
        render(page.to_json())?.into_bytes(),
    )?;
    write(&dir.join(format!("{}.txt", page.name)), page.text().as_bytes().to_vec())?;
    for format in formats {
        let (ext, doc) = match format {
            Format::Hocr => ("hocr", page.to_hocr()),
            Format::Alto => ("alto.xml", page.to_alto()),
        };
        write(&dir.join(format!("{}.{ext}", page.name)), render(doc)?.into_bytes())?;
    }
    Ok(())
}

fn write(path: &Path, bytes: Vec<u8>) -> Result<(), JobError> {
    std::fs::write(path, bytes).map_err(|e| JobError::Retryable(format!("cannot write {}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_takes_engine_settings_and_formats_and_names_bad_keys() {
        let cfg = OcrJobConfig::parse(
            &json!({"formats": ["alto"], "drop_score": 0.4, "detection": {"limit_side_len": 1280}}),
        )
        .unwrap();
        assert_eq!(cfg.formats, [Format::Alto]);
        assert_eq!(cfg.engine.drop_score, 0.4);
        assert_eq!(cfg.engine.detection.limit_side_len, 1280);
        assert_eq!(OcrJobConfig::parse(&json!({})).unwrap().engine, OcrConfig::default());

        let err = OcrJobConfig::parse(&json!({"dpi": 300})).unwrap_err();
        assert!(err.contains("dpi") && err.contains("drop_score"), "{err}");
        let err = OcrJobConfig::parse(&json!({"formats": ["pdf"]})).unwrap_err();
        assert!(err.contains("formats") && err.contains("hocr"), "{err}");
        let err = OcrJobConfig::parse(&json!({"drop_score": 2.0})).unwrap_err();
        assert!(err.contains("drop_score is 2"), "{err}");
    }
}
