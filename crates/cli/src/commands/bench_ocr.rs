//! `folio bench ocr`: how fast the OCR engine reads a folder of pages, where each page's time
//! goes, how close the text comes to the ground truth beside the pages, and, on request, the same
//! figures from the onnxruntime pipeline of `scripts/bench-onnxruntime` side by side.
//!
//! A benchmark, not a test: it reports what it measured and judges nothing.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context;
use folio_ocr::eval::Score;
use folio_ocr::output::{Page, PageError};
use folio_ocr::{Engine, Timings};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::{json, Value};

use crate::cli::BenchOcrArgs;
use crate::commands::ocr;
use crate::output;

const SAMPLE_PAGES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/volumes");
const ONNXRUNTIME_SCRIPT: &str = "scripts/bench-onnxruntime";
const BUILT_ONNXRUNTIME_SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scripts/bench-onnxruntime");
/// The stages both pipelines report, as (folio's key, onnxruntime's key).
const STAGES: [(&str, &str); 4] = [
    ("decode", "decode"),
    ("detection", "detection"),
    ("recognition", "recognition"),
    ("post", "other"),
];

pub fn run(args: BenchOcrArgs) -> anyhow::Result<()> {
    let dir = match &args.pages {
        Some(dir) => {
            if !dir.is_dir() {
                anyhow::bail!(
                    "--pages {}: not a directory; give the folder that holds the page images",
                    dir.display()
                );
            }
            crate::profile::absolute(dir)?
        }
        None => super::run::sample_path("examples/volumes", SAMPLE_PAGES, "--pages DIR")?,
    };
    let mut files = ocr::find_images(&dir)?;
    if files.is_empty() {
        anyhow::bail!(
            "--pages {}: no .png, .jpg, .jpeg, .tif or .tiff file in it or below it; give the folder of the page images",
            dir.display()
        );
    }
    if let Some(limit) = args.limit {
        files.truncate(limit as usize);
    }
    let mut config = ocr::load_config(None, args.backend, args.models)?;
    if let Some(batch) = args.batch {
        config.recognition.batch_size = batch as usize;
    }
    config.validate().map_err(|e| anyhow::anyhow!("--batch: {e}"))?;
    let threads = ocr::thread_count(args.threads);

    let config_models = config.models;
    let report = bench(&dir, &files, config, threads)?;
    let onnxruntime = if args.compare_onnxruntime {
        Some(run_onnxruntime(&dir, threads, args.limit, config_models)?)
    } else {
        None
    };

    if args.json {
        let mut value = serde_json::to_value(&report)?;
        if let (Some(ort), Value::Object(map)) = (&onnxruntime, &mut value) {
            map.insert("ratio".into(), ratios(&report, ort));
            map.insert("onnxruntime".into(), ort.clone());
        }
        say!("{}", serde_json::to_string_pretty(&value)?);
    } else {
        report.print();
        if let Some(ort) = &onnxruntime {
            print_comparison(&report, ort);
        }
    }
    Ok(())
}

/// What one run measured; its JSON is what `--json` prints.
#[derive(Debug, Serialize)]
struct Report {
    engine: String,
    backend: String,
    threads: usize,
    batch_size: usize,
    /// Pages read, failed ones included (a multi-page TIFF counts each page).
    pages: usize,
    files: usize,
    pages_failed: usize,
    seconds: f64,
    pages_per_sec: f64,
    /// Summed stage time ÷ pages; with several threads, CPU-thread time rather than wall time.
    ms_per_page: StageMs,
    stage_time: String,
    /// User and system time of every thread over the timed pages.
    cpu_seconds: f64,
    peak_rss_mb: f64,
    /// Summed character errors ÷ summed reference characters, over the pages with ground truth.
    cer: Option<f64>,
    pages_with_truth: usize,
    /// CER of each subdirectory of the pages folder: a volume, or a layout category.
    cer_by_volume: std::collections::BTreeMap<String, Option<f64>>,
    warmup_page: String,
    pages_dir: String,
    loadavg: LoadAvg,
    cpus: usize,
    failed: Vec<String>,
}

#[derive(Debug, Serialize)]
struct StageMs {
    decode: f64,
    detection: f64,
    recognition: f64,
    post: f64,
}

impl StageMs {
    fn get(&self, key: &str) -> Option<f64> {
        match key {
            "decode" => Some(self.decode),
            "detection" => Some(self.detection),
            "recognition" => Some(self.recognition),
            "post" => Some(self.post),
            _ => None,
        }
    }
}

#[derive(Debug, Serialize)]
struct LoadAvg {
    start: Option<[f64; 3]>,
    end: Option<[f64; 3]>,
}

/// One file's result.
struct FileRun {
    pages: Vec<Page>,
    timings: Timings,
    score: Option<Score>,
    volume: String,
}

fn bench(dir: &Path, files: &[PathBuf], config: folio_ocr::OcrConfig, threads: usize) -> anyhow::Result<Report> {
    let backend = config.backend.to_string();
    let models = config.models;
    let batch_size = config.recognition.batch_size;
    let load_start = loadavg();
    let engine = Engine::new(config).context("cannot start the OCR engine")?;
    let pool = ocr::pool(threads)?;
    let relative = |p: &Path| p.strip_prefix(dir).unwrap_or(p).display().to_string();

    // One page first, not timed: the first model calls allocate and settle what later ones reuse.
    let warmup = files.first().context("no pages to read")?;
    pool.install(|| read_one(&engine, dir, warmup));

    let cpu_before = cpu_time()?;
    let started = Instant::now();
    let runs: Vec<FileRun> = pool.install(|| files.par_iter().map(|f| read_one(&engine, dir, f)).collect());
    let seconds = started.elapsed().as_secs_f64();
    let cpu_seconds = (cpu_time()? - cpu_before).as_secs_f64();

    let mut timings = Timings::default();
    let mut failed = Vec::new();
    let mut pages = 0;
    for (run, file) in runs.iter().zip(files) {
        timings += run.timings;
        pages += run.pages.len();
        for page in &run.pages {
            if let Some(e) = page.error() {
                failed.push(format!(
                    "{} ({}): {} ({})",
                    relative(file),
                    page.name,
                    e.message,
                    e.kind
                ));
            }
        }
    }
    let scored: Vec<(&str, Score)> = runs
        .iter()
        .filter_map(|r| r.score.map(|s| (r.volume.as_str(), s)))
        .collect();
    let total: Score = scored.iter().map(|(_, s)| *s).sum();
    let mut by_volume = std::collections::BTreeMap::<String, Score>::new();
    for (volume, score) in &scored {
        *by_volume.entry((*volume).to_owned()).or_default() += *score;
    }
    let per_page = |d: Duration| round(d.as_secs_f64() * 1000.0 / pages.max(1) as f64, 1);
    Ok(Report {
        engine: format!("folio (burn, {models} det+rec)"),
        backend,
        threads,
        batch_size,
        pages,
        files: files.len(),
        pages_failed: failed.len(),
        seconds: round(seconds, 3),
        pages_per_sec: round(pages as f64 / seconds.max(1e-9), 4),
        ms_per_page: StageMs {
            decode: per_page(timings.decode),
            detection: per_page(timings.detection),
            recognition: per_page(timings.recognition),
            post: per_page(timings.post),
        },
        stage_time: if threads > 1 {
            format!("CPU-thread time: stage time summed over {threads} threads reading pages side by side, ÷ pages")
        } else {
            "wall time of the one thread, ÷ pages".into()
        },
        cpu_seconds: round(cpu_seconds, 3),
        peak_rss_mb: round(peak_rss_mb()?, 1),
        cer: total.cer().map(|c| round(c, 5)),
        pages_with_truth: scored.len(),
        cer_by_volume: by_volume
            .into_iter()
            .map(|(v, s)| (v, s.cer().map(|c| round(c, 5))))
            .collect(),
        warmup_page: relative(warmup),
        pages_dir: dir.display().to_string(),
        loadavg: LoadAvg {
            start: load_start,
            end: loadavg(),
        },
        cpus: std::thread::available_parallelism().map_or(1, |n| n.get()),
        failed,
    })
}

/// Reads one file (its bytes from disk count as decoding) and scores it against `<stem>.gt.txt`.
fn read_one(engine: &Engine, dir: &Path, path: &Path) -> FileRun {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "page".into());
    let mut timings = Timings::default();
    let started = Instant::now();
    let pages = match std::fs::read(path) {
        Ok(bytes) => {
            timings.decode += started.elapsed();
            engine.read_file(&stem, &bytes, &mut timings)
        }
        Err(e) => vec![Page::failed(
            stem.as_str(),
            0,
            0,
            PageError {
                kind: "read".into(),
                message: format!("cannot read {}: {e}", path.display()),
            },
        )],
    };
    let truth = path.with_file_name(format!("{stem}.gt.txt"));
    let score = std::fs::read_to_string(truth).ok().map(|reference| {
        let text: Vec<&str> = pages.iter().map(Page::text).collect();
        Score::of(&reference, &text.join("\n"))
    });
    let volume = match path.strip_prefix(dir).ok().map(|r| r.components().collect::<Vec<_>>()) {
        Some(parts) if parts.len() > 1 => parts[0].as_os_str().to_string_lossy().into_owned(),
        _ => ".".into(),
    };
    FileRun {
        pages,
        timings,
        score,
        volume,
    }
}

impl Report {
    fn print(&self) {
        let ms = &self.ms_per_page;
        let rows = [
            ("engine", format!("{}, backend {}", self.engine, self.backend)),
            (
                "threads",
                format!(
                    "{} (pages read side by side), recognition batch {}, {} CPUs, load {} -> {} (the machine may be shared)",
                    self.threads,
                    self.batch_size,
                    self.cpus,
                    load1(self.loadavg.start),
                    load1(self.loadavg.end)
                ),
            ),
            (
                "pages",
                format!(
                    "{} from {} file(s) in {:.2} s = {:.3} pages/s (warm-up on {}, not timed){}",
                    self.pages,
                    self.files,
                    self.seconds,
                    self.pages_per_sec,
                    self.warmup_page,
                    match self.pages_failed {
                        0 => String::new(),
                        n => format!("; {n} failed"),
                    }
                ),
            ),
            (
                "ms per page",
                format!(
                    "decode {:.1}, detection {:.1}, recognition {:.1}, post {:.1}{}",
                    ms.decode,
                    ms.detection,
                    ms.recognition,
                    ms.post,
                    if self.threads > 1 {
                        " (CPU-thread time: summed over the threads, ÷ pages)"
                    } else {
                        ""
                    }
                ),
            ),
            (
                "CPU time",
                format!(
                    "{:.2} s user+sys over the timed pages, all threads ({:.2} cores busy on average)",
                    self.cpu_seconds,
                    self.cpu_seconds / self.seconds.max(1e-9)
                ),
            ),
            ("peak RSS", format!("{:.1} MB", self.peak_rss_mb)),
            (
                "CER",
                format!(
                    "{} over {} page(s) with ground truth",
                    percent(self.cer),
                    self.pages_with_truth
                ),
            ),
            (
                "CER by folder",
                self.cer_by_volume
                    .iter()
                    .map(|(v, c)| format!("{v} {}", percent(*c)))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ];
        for (name, text) in rows {
            if !text.is_empty() {
                say!("{name:<14}{text}");
            }
        }
        for failure in &self.failed {
            say!("failed        {failure}");
        }
    }
}

/// folio ÷ onnxruntime for pages/s and each stage's ms per page.
fn ratios(report: &Report, ort: &Value) -> Value {
    let mut ratio = serde_json::Map::new();
    ratio.insert(
        "pages_per_sec".into(),
        json!(ratio_of(Some(report.pages_per_sec), ort["pages_per_sec"].as_f64())),
    );
    for (ours, theirs) in STAGES {
        ratio.insert(
            ours.into(),
            json!(ratio_of(
                report.ms_per_page.get(ours),
                ort["ms_per_page"][theirs].as_f64()
            )),
        );
    }
    for key in ["cpu_seconds", "peak_rss_mb"] {
        let ours = match key {
            "cpu_seconds" => report.cpu_seconds,
            _ => report.peak_rss_mb,
        };
        ratio.insert(key.into(), json!(ratio_of(Some(ours), ort[key].as_f64())));
    }
    Value::Object(ratio)
}

fn ratio_of(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => Some(round(a / b, 3)),
        _ => None,
    }
}

fn print_comparison(report: &Report, ort: &Value) {
    let ratio = ratios(report, ort);
    let num = |v: Option<f64>, digits: usize| v.map_or("-".into(), |v| format!("{v:.digits$}"));
    let mut table = output::table(["", "folio", "onnxruntime", "folio ÷ onnxruntime"]);
    table.add_row(vec![
        "pages/s".to_owned(),
        num(Some(report.pages_per_sec), 3),
        num(ort["pages_per_sec"].as_f64(), 3),
        num(ratio["pages_per_sec"].as_f64(), 2),
    ]);
    for (ours, theirs) in STAGES {
        let label = if ours == theirs {
            format!("ms/page {ours}")
        } else {
            format!("ms/page {ours} / {theirs}")
        };
        table.add_row(vec![
            label,
            num(report.ms_per_page.get(ours), 1),
            num(ort["ms_per_page"][theirs].as_f64(), 1),
            num(ratio[ours].as_f64(), 2),
        ]);
    }
    table.add_row(vec![
        "wall seconds".to_owned(),
        num(Some(report.seconds), 2),
        num(ort["seconds"].as_f64(), 2),
        String::new(),
    ]);
    table.add_row(vec![
        "CPU seconds".to_owned(),
        num(Some(report.cpu_seconds), 2),
        num(ort["cpu_seconds"].as_f64(), 2),
        num(ratio["cpu_seconds"].as_f64(), 2),
    ]);
    table.add_row(vec![
        "peak RSS MB".to_owned(),
        num(Some(report.peak_rss_mb), 1),
        num(ort["peak_rss_mb"].as_f64(), 1),
        num(ratio["peak_rss_mb"].as_f64(), 2),
    ]);
    table.add_row(vec![
        "CER".to_owned(),
        percent(report.cer),
        percent(ort["cer"].as_f64()),
        String::new(),
    ]);
    say!("");
    say!("{table}");
    let threads = ort["threads"].as_u64().map_or("?".into(), |t| t.to_string());
    say!(
        "folio reads {} page(s) side by side; onnxruntime reads pages one after another with {threads} intra-op \
         thread(s).",
        report.threads
    );
    say!("folio's recognition includes cutting the line crops, which onnxruntime counts in `other`.");
    if report.threads > 1 {
        say!(
            "folio's stage times are CPU-thread time summed over its {} threads, onnxruntime's the wall time of one \
             page on {threads} threads: compare CPU seconds for what a page costs, or run with --threads 1 for a \
             like-for-like stage split.",
            report.threads
        );
    }
    say!(
        "onnxruntime's CER keeps the package's reading order (no columns); on single-column volumes it is {}.",
        percent(ort["cer_single_column"].as_f64())
    );
}

/// Runs `scripts/bench-onnxruntime --json` on the same pages with the same models; its report as
/// JSON. Its setup messages and summary go to stderr as it writes them.
fn run_onnxruntime(
    dir: &Path,
    threads: usize,
    limit: Option<u32>,
    models: folio_ocr::Generation,
) -> anyhow::Result<Value> {
    let script = super::run::sample_path(ONNXRUNTIME_SCRIPT, BUILT_ONNXRUNTIME_SCRIPT, "a checkout of folio")?;
    let mut command = Command::new(&script);
    command
        .arg("--json")
        .arg("--pages")
        .arg(dir)
        .arg("--threads")
        .arg(threads.to_string())
        .arg("--models")
        .arg(models.key())
        .stdin(Stdio::null())
        .stderr(Stdio::inherit());
    if let Some(limit) = limit {
        command.arg("--limit").arg(limit.to_string());
    }
    let out = command
        .output()
        .with_context(|| format!("cannot run {}", script.display()))?;
    if !out.status.success() {
        anyhow::bail!("{} failed ({}); its messages are above", script.display(), out.status);
    }
    let text = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(text.trim()).with_context(|| {
        format!(
            "{} printed something other than one JSON object: {}",
            script.display(),
            output::first_line(&text, 200)
        )
    })
}

/// User plus system time of the whole process so far.
fn cpu_time() -> anyhow::Result<Duration> {
    use nix::sys::resource::{getrusage, UsageWho};
    let usage = getrusage(UsageWho::RUSAGE_SELF).context("getrusage")?;
    let d = |t: nix::sys::time::TimeVal| {
        Duration::from_secs(t.tv_sec().max(0) as u64) + Duration::from_micros(t.tv_usec().max(0) as u64)
    };
    Ok(d(usage.user_time()) + d(usage.system_time()))
}

/// The process's peak resident memory (Linux reports `ru_maxrss` in KiB).
fn peak_rss_mb() -> anyhow::Result<f64> {
    use nix::sys::resource::{getrusage, UsageWho};
    let usage = getrusage(UsageWho::RUSAGE_SELF).context("getrusage")?;
    Ok(usage.max_rss() as f64 / 1024.0)
}

/// The 1, 5 and 15 minute load averages, where the system reports them.
fn loadavg() -> Option<[f64; 3]> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    let mut fields = text.split_whitespace().map(|f| f.parse::<f64>().ok());
    Some([fields.next()??, fields.next()??, fields.next()??])
}

fn load1(load: Option<[f64; 3]>) -> String {
    load.map_or("?".into(), |l| format!("{:.2}", l[0]))
}

fn percent(rate: Option<f64>) -> String {
    rate.map_or("n/a".into(), |r| format!("{:.2}%", r * 100.0))
}

fn round(value: f64, digits: i32) -> f64 {
    let scale = 10f64.powi(digits);
    (value * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_divide_folio_by_onnxruntime_and_skip_what_is_missing() {
        assert_eq!(ratio_of(Some(3.0), Some(2.0)), Some(1.5));
        assert_eq!(ratio_of(Some(3.0), Some(0.0)), None);
        assert_eq!(ratio_of(Some(3.0), None), None);
    }
}
