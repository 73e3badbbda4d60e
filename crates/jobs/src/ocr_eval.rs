//! The `ocr-eval` kind: how good an `ocr` job's text is.
//!
//! Per volume (a job that depends on an `ocr` job): each page's text against the ground truth
//! `{page}.gt.txt` beside its image, where the volume has one, as character and word error rates
//! after Unicode NFKC and whitespace normalisation; confidence statistics of every line either
//! way. It writes `eval.json` (`eval::VolumeReport`).
//!
//! As a reduce job (depending on a per-volume `ocr-eval` job): the job-level report, pooled over
//! every volume, in `report.json` (`eval::JobReport`) and a few lines of `summary.txt`, which
//! `folio run` prints.

use std::path::Path;

use async_trait::async_trait;
use folio_core::kind::{JobError, JobKind, StagedInput, TaskContext, TaskOutput};
use folio_ocr::eval::{JobReport, PageEval, VolumeReport};
use folio_ocr::output::{Page, PageSummary};
use serde::Deserialize;
use serde_json::json;

/// The per-volume report's file.
pub const VOLUME_REPORT: &str = "eval.json";

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EvalConfig {
    /// Lines below this confidence are counted as doubtful in the statistics.
    pub confidence_threshold: f64,
}

impl Default for EvalConfig {
    fn default() -> Self {
        Self {
            confidence_threshold: 0.8,
        }
    }
}

impl EvalConfig {
    pub fn parse(config: &serde_json::Value) -> Result<Self, String> {
        let cfg: EvalConfig = match config {
            serde_json::Value::Null => EvalConfig::default(),
            other => serde_json::from_value(other.clone())
                .map_err(|e| format!("{e}; the one key is confidence_threshold"))?,
        };
        if !(0.0..=1.0).contains(&cfg.confidence_threshold) {
            return Err(format!(
                "confidence_threshold is {}; give a probability from 0 to 1",
                cfg.confidence_threshold
            ));
        }
        Ok(cfg)
    }
}

pub struct OcrEval;

#[async_trait]
impl JobKind for OcrEval {
    fn name(&self) -> &'static str {
        "ocr-eval"
    }

    fn summary(&self) -> &'static str {
        "scores an ocr job per volume (error rates against .gt.txt ground truth, else confidence); as a reduce job, the job report"
    }

    fn validate(&self, config: &serde_json::Value) -> Result<(), String> {
        EvalConfig::parse(config).map(|_| ())
    }

    async fn run(&self, ctx: &TaskContext) -> Result<TaskOutput, JobError> {
        let cfg = EvalConfig::parse(&ctx.job.spec.config)
            .map_err(|e| JobError::Terminal(format!("ocr-eval job config: {e}")))?;
        let ctx = ctx.clone();
        tokio::task::spawn_blocking(move || match (&ctx.images_dir, &ctx.claim.volume) {
            (Some(images), Some(volume)) => evaluate_volume(&ctx, &cfg, images, &volume.to_string()),
            _ => report_job(&ctx),
        })
        .await
        .map_err(|e| JobError::Retryable(format!("the evaluation stopped: {e}")))?
    }
}

fn evaluate_volume(ctx: &TaskContext, cfg: &EvalConfig, images: &Path, volume: &str) -> Result<TaskOutput, JobError> {
    let Some(source) = ctx.upstream.first() else {
        return Err(JobError::Terminal(
            "an ocr-eval job scores the outputs of the ocr job it depends on; give it depends_on = [\"ocr\"]".into(),
        ));
    };
    let list: Vec<PageSummary> = read_json(&source.dir.join("pages.json"), source)?;
    let mut evals = Vec::with_capacity(list.len());
    let mut confidences = Vec::new();
    for summary in &list {
        let path = source.dir.join("pages").join(format!("{}.json", summary.name));
        let text = read_text(&path, source)?;
        let page = Page::from_json(&text).map_err(|e| JobError::Terminal(format!("{}: {e}", path.display())))?;
        let truth_path = images.join(format!("{}.gt.txt", page.name));
        let truth = match std::fs::read_to_string(&truth_path) {
            Ok(t) => Some(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(JobError::Terminal(format!(
                    "cannot read the ground truth {}: {e}",
                    truth_path.display()
                )))
            }
        };
        confidences.extend(page.confidences());
        evals.push(PageEval::of(&page, truth.as_deref()));
    }
    let report = VolumeReport::new(volume, evals, &confidences, cfg.confidence_threshold);
    write_json(&ctx.output_dir.join(VOLUME_REPORT), &report)?;
    Ok(TaskOutput {
        metrics: json!({
            "pages": report.page_count,
            "pages_scored": report.pages_scored,
            "pages_failed": report.pages_failed,
            "cer": report.accuracy.and_then(|a| a.cer),
            "wer": report.accuracy.and_then(|a| a.wer),
            "mean_confidence": report.confidence.mean,
        }),
    })
}

fn report_job(ctx: &TaskContext) -> Result<TaskOutput, JobError> {
    if ctx.upstream.is_empty() {
        return Err(JobError::Terminal(
            "an ocr-eval reduce job pools the reports of a per-volume ocr-eval job: give it depends_on = [\"ocr-eval\"] and reduce = true".into(),
        ));
    }
    let mut volumes = Vec::with_capacity(ctx.upstream.len());
    for input in &ctx.upstream {
        let report: VolumeReport = read_json(&input.dir.join(VOLUME_REPORT), input)?;
        volumes.push(report);
    }
    volumes.sort_by(|a, b| a.volume.cmp(&b.volume));
    let report = JobReport::new(ctx.job.spec.name.as_str(), &volumes);
    write_json(&ctx.output_dir.join("report.json"), &report)?;
    let summary = summary_text(&report);
    std::fs::write(ctx.output_dir.join("summary.txt"), &summary)
        .map_err(|e| JobError::Retryable(format!("cannot write summary.txt: {e}")))?;
    Ok(TaskOutput {
        metrics: json!({
            "volumes": report.volume_count,
            "pages": report.page_count,
            "pages_failed": report.pages_failed,
            "cer": report.accuracy.and_then(|a| a.cer),
            "wer": report.accuracy.and_then(|a| a.wer),
        }),
    })
}

/// A few lines a person reads at the end of `folio run`.
pub fn summary_text(report: &JobReport) -> String {
    let pct = |r: Option<f64>| r.map_or_else(|| "-".to_owned(), |r| format!("{:.2}%", r * 100.0));
    let mut out = String::new();
    match report.accuracy {
        Some(a) => out.push_str(&format!(
            "CER {} ({} errors / {} characters), WER {} ({} / {} words) over {} page(s) with ground truth\n",
            pct(a.cer),
            a.score.char_errors,
            a.score.chars,
            pct(a.wer),
            a.score.word_errors,
            a.score.words,
            report.pages_scored
        )),
        None => out.push_str("no page has ground truth (.gt.txt): no error rates\n"),
    }
    out.push_str(&format!(
        "{} volume(s), {} page(s), {} failed; mean line confidence {}\n",
        report.volume_count,
        report.page_count,
        report.pages_failed,
        report.confidence.mean.map_or_else(|| "-".into(), |m| format!("{m:.3}")),
    ));
    for v in &report.volumes {
        out.push_str(&format!(
            "  {}: CER {}, WER {}, {} page(s){}\n",
            v.volume,
            pct(v.accuracy.and_then(|a| a.cer)),
            pct(v.accuracy.and_then(|a| a.wer)),
            v.page_count,
            if v.pages_failed > 0 {
                format!(", {} failed", v.pages_failed)
            } else {
                String::new()
            }
        ));
    }
    out
}

fn read_text(path: &Path, source: &StagedInput) -> Result<String, JobError> {
    std::fs::read_to_string(path).map_err(|e| {
        JobError::Terminal(format!(
            "the output of job '{}' lacks {}: {e} (is it an {} job?)",
            source.job,
            path.display(),
            if path.ends_with(VOLUME_REPORT) {
                "ocr-eval"
            } else {
                "ocr"
            }
        ))
    })
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path, source: &StagedInput) -> Result<T, JobError> {
    let text = read_text(path, source)?;
    serde_json::from_str(&text).map_err(|e| JobError::Terminal(format!("{}: {e}", path.display())))
}

fn write_json(path: &Path, value: &impl serde::Serialize) -> Result<(), JobError> {
    let bytes = serde_json::to_vec_pretty(value).map_err(|e| JobError::Terminal(e.to_string()))?;
    std::fs::write(path, bytes).map_err(|e| JobError::Retryable(format!("cannot write {}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_defaults_and_refusals() {
        assert_eq!(EvalConfig::parse(&json!({})).unwrap(), EvalConfig::default());
        assert_eq!(
            EvalConfig::parse(&serde_json::Value::Null).unwrap(),
            EvalConfig::default()
        );
        let err = EvalConfig::parse(&json!({"threshold": 0.5})).unwrap_err();
        assert!(err.contains("confidence_threshold"), "{err}");
        let err = EvalConfig::parse(&json!({"confidence_threshold": 1.5})).unwrap_err();
        assert!(err.contains("1.5"), "{err}");
    }
}
