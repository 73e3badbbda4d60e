//! Accuracy against ground truth (character and word error rates) and confidence statistics for
//! volumes without it, as the `ocr-eval` job reports them.
//!
//! Both texts are normalised first: Unicode NFKC (ligatures, full-width forms and compatibility
//! spaces become their plain letters), then every run of whitespace, newlines included, becomes
//! one space, trimmed at both ends. Layout differences (line breaks, blank lines between blocks)
//! therefore cost nothing; a missing or extra space between words costs one character.
//!
//! Rates over several pages or volumes are the sum of errors over the sum of reference lengths,
//! never the mean of per-page rates, so a short page weighs as little as it holds.

use std::collections::HashMap;
use std::ops::{Add, AddAssign};

use rapidfuzz::distance::levenshtein;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::output::{Page, PageError};

/// NFKC, then whitespace runs collapsed to one space, trimmed.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkc() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Edit counts of a hypothesis against a reference, additive over pages and volumes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// Character-level Levenshtein distance (insertions, deletions, substitutions).
    pub char_errors: usize,
    /// Characters in the normalised reference.
    pub chars: usize,
    /// Word-level Levenshtein distance, words being the normalised text split at spaces.
    pub word_errors: usize,
    /// Words in the normalised reference.
    pub words: usize,
}

impl Score {
    /// Scores `hypothesis` against `reference`, both normalised here.
    pub fn of(reference: &str, hypothesis: &str) -> Self {
        let reference = normalize(reference);
        let hypothesis = normalize(hypothesis);
        let chars = reference.chars().count();
        let char_errors = levenshtein::distance(reference.chars(), hypothesis.chars());

        // Words become small integers (equal words, equal ids) so the same edit distance applies.
        let mut ids = HashMap::new();
        let ref_words = word_ids(&reference, &mut ids);
        let hyp_words = word_ids(&hypothesis, &mut ids);
        let word_errors = levenshtein::distance(ref_words.iter().copied(), hyp_words.iter().copied());
        Self {
            char_errors,
            chars,
            word_errors,
            words: ref_words.len(),
        }
    }

    /// Character error rate; `None` when the reference has no characters (the errors still count
    /// in sums).
    pub fn cer(&self) -> Option<f64> {
        rate(self.char_errors, self.chars)
    }

    /// Word error rate; `None` when the reference has no words.
    pub fn wer(&self) -> Option<f64> {
        rate(self.word_errors, self.words)
    }
}

/// The words of a normalised text as ids, the same id for the same word.
fn word_ids<'a>(text: &'a str, ids: &mut HashMap<&'a str, u32>) -> Vec<u32> {
    text.split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let next = ids.len() as u32;
            *ids.entry(w).or_insert(next)
        })
        .collect()
}

fn rate(errors: usize, length: usize) -> Option<f64> {
    (length > 0).then(|| errors as f64 / length as f64)
}

impl Add for Score {
    type Output = Score;

    fn add(self, other: Score) -> Score {
        Score {
            char_errors: self.char_errors + other.char_errors,
            chars: self.chars + other.chars,
            word_errors: self.word_errors + other.word_errors,
            words: self.words + other.words,
        }
    }
}

impl AddAssign for Score {
    fn add_assign(&mut self, other: Score) {
        *self = *self + other;
    }
}

impl std::iter::Sum for Score {
    fn sum<I: Iterator<Item = Score>>(iter: I) -> Score {
        iter.fold(Score::default(), Add::add)
    }
}

/// Rates as a report shows them next to the counts they come from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Rates {
    #[serde(flatten)]
    pub score: Score,
    /// `char_errors / chars`; null when there were no reference characters.
    pub cer: Option<f64>,
    /// `word_errors / words`; null when there were no reference words.
    pub wer: Option<f64>,
}

impl From<Score> for Rates {
    fn from(score: Score) -> Self {
        Self {
            score,
            cer: score.cer(),
            wer: score.wer(),
        }
    }
}

/// Line confidences of a volume (or any set of lines), for volumes without ground truth.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ConfidenceStats {
    /// Lines counted (non-finite confidences are left out).
    pub lines: usize,
    /// Null when there are no lines, as are `median` and `p10`.
    pub mean: Option<f64>,
    pub median: Option<f64>,
    /// The 10th percentile (linear interpolation between ranks, as numpy's default).
    pub p10: Option<f64>,
    /// The threshold `below` counts against.
    pub threshold: f64,
    /// Lines with confidence strictly below `threshold`.
    pub below: usize,
    /// `below / lines`; 0 when there are no lines.
    pub share_below: f64,
}

impl ConfidenceStats {
    /// The statistics of `confidences` (one per line), counting those below `threshold`.
    pub fn of(confidences: &[f32], threshold: f64) -> Self {
        let mut values: Vec<f64> = confidences
            .iter()
            .copied()
            .filter(|c| c.is_finite())
            .map(f64::from)
            .collect();
        values.sort_by(f64::total_cmp);
        let lines = values.len();
        let below = values.iter().filter(|&&c| c < threshold).count();
        let mean = (lines > 0).then(|| values.iter().sum::<f64>() / lines as f64);
        Self {
            lines,
            mean,
            median: percentile(&values, 0.5),
            p10: percentile(&values, 0.1),
            threshold,
            below,
            share_below: if lines == 0 { 0.0 } else { below as f64 / lines as f64 },
        }
    }
}

/// The `q` quantile of sorted values, interpolating linearly between neighbouring ranks.
fn percentile(sorted: &[f64], q: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let pos = q.clamp(0.0, 1.0) * last as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    let frac = pos - lo as f64;
    Some(sorted[lo] + (sorted[hi] - sorted[lo]) * frac)
}

/// One page's line in a volume report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageEval {
    pub name: String,
    /// Lines read on the page.
    pub lines: usize,
    /// Mean line confidence; null for a page without lines.
    pub mean_confidence: Option<f64>,
    /// Scores against the page's ground truth; null when the page has none.
    pub accuracy: Option<Rates>,
    /// Why the page was not read, when it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<PageError>,
}

impl PageEval {
    /// A page's line in the report, scored against `reference` when the page has ground truth. A
    /// failed page with ground truth is scored too, as an empty text: its words are lost, and the
    /// volume's rates should say so.
    pub fn of(page: &Page, reference: Option<&str>) -> Self {
        Self {
            name: page.name.clone(),
            lines: page.line_count(),
            mean_confidence: page.mean_confidence().map(f64::from),
            accuracy: reference.map(|r| Rates::from(Score::of(r, page.text()))),
            error: page.error().cloned(),
        }
    }
}

/// What `ocr-eval` writes for one volume.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VolumeReport {
    pub volume: String,
    pub pages: Vec<PageEval>,
    /// Pages in the volume, those scored against ground truth, and those that failed.
    pub page_count: usize,
    pub pages_scored: usize,
    pub pages_failed: usize,
    /// Summed over the scored pages; null rates when no page was scored.
    pub accuracy: Option<Rates>,
    /// Over every line of the volume, scored or not.
    pub confidence: ConfidenceStats,
}

impl VolumeReport {
    /// Sums the pages' scores and computes the confidence statistics of all the volume's lines
    /// (for read pages, [`Page::confidences`]).
    pub fn new(volume: impl Into<String>, pages: Vec<PageEval>, line_confidences: &[f32], threshold: f64) -> Self {
        let scored: Vec<Score> = pages.iter().filter_map(|p| p.accuracy.map(|r| r.score)).collect();
        let accuracy = (!scored.is_empty()).then(|| Rates::from(scored.iter().copied().sum::<Score>()));
        Self {
            volume: volume.into(),
            page_count: pages.len(),
            pages_scored: scored.len(),
            pages_failed: pages.iter().filter(|p| p.error.is_some()).count(),
            pages,
            accuracy,
            confidence: ConfidenceStats::of(line_confidences, threshold),
        }
    }
}

/// One volume's line in the job report: its totals without the per-page detail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VolumeSummary {
    pub volume: String,
    pub page_count: usize,
    pub pages_scored: usize,
    pub pages_failed: usize,
    pub accuracy: Option<Rates>,
    pub confidence: ConfidenceStats,
}

/// Confidence pooled over volumes: exact counts and mean; medians do not pool, so there are none.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PooledConfidence {
    pub lines: usize,
    pub mean: Option<f64>,
    pub threshold: f64,
    pub below: usize,
    pub share_below: f64,
}

/// What `ocr-eval` writes for a whole job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobReport {
    pub job: String,
    pub volume_count: usize,
    /// Volumes with at least one page scored against ground truth.
    pub volumes_scored: usize,
    pub page_count: usize,
    pub pages_scored: usize,
    pub pages_failed: usize,
    /// Summed over every scored page of every volume; null when nothing was scored.
    pub accuracy: Option<Rates>,
    pub confidence: PooledConfidence,
    pub volumes: Vec<VolumeSummary>,
}

impl JobReport {
    /// Pools the volume reports. Every volume's confidence statistics must share one threshold to
    /// be pooled; the first volume's is reported.
    pub fn new(job: impl Into<String>, volumes: &[VolumeReport]) -> Self {
        let scored: Vec<Score> = volumes.iter().filter_map(|v| v.accuracy.map(|r| r.score)).collect();
        let lines: usize = volumes.iter().map(|v| v.confidence.lines).sum();
        let below: usize = volumes.iter().map(|v| v.confidence.below).sum();
        let weighted: f64 = volumes
            .iter()
            .filter_map(|v| v.confidence.mean.map(|m| m * v.confidence.lines as f64))
            .sum();
        Self {
            job: job.into(),
            volume_count: volumes.len(),
            volumes_scored: scored.len(),
            page_count: volumes.iter().map(|v| v.page_count).sum(),
            pages_scored: volumes.iter().map(|v| v.pages_scored).sum(),
            pages_failed: volumes.iter().map(|v| v.pages_failed).sum(),
            accuracy: (!scored.is_empty()).then(|| Rates::from(scored.iter().copied().sum::<Score>())),
            confidence: PooledConfidence {
                lines,
                mean: (lines > 0).then(|| weighted / lines as f64),
                threshold: volumes.first().map_or(0.0, |v| v.confidence.threshold),
                below,
                share_below: if lines == 0 { 0.0 } else { below as f64 / lines as f64 },
            },
            volumes: volumes
                .iter()
                .map(|v| VolumeSummary {
                    volume: v.volume.clone(),
                    page_count: v.page_count,
                    pages_scored: v.pages_scored,
                    pages_failed: v.pages_failed,
                    accuracy: v.accuracy,
                    confidence: v.confidence,
                })
                .collect(),
        }
    }
}
