//! `folio ocr`: page images in, text files out, on this machine and without a task store.
//!
//! Each input page becomes `<stem>.txt` and `<stem>.json` (plus `.hocr` and `.alto.xml` on
//! request) under `--out`. Pages are read side by side on a rayon pool sharing one engine: burn's
//! CPU kernels run on the calling pool, so N threads read N pages at once. A page that cannot be
//! read is reported with its reason and the others go on; the exit status says whether any failed.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use folio_ocr::output::{Page, PageError};
use folio_ocr::{Engine, OcrConfig, Timings};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::cli::{BackendArg, ModelsArg, OcrArgs};

/// File names read as page images, compared without regard to case.
pub const IMAGE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "tif", "tiff"];
/// Exit status when some pages could not be read (the others were written).
const SOME_PAGES_FAILED: u8 = 2;

/// The engine may be shared by the threads of a pool: it holds no per-page state.
const _: () = {
    const fn shared<T: Send + Sync>() {}
    shared::<Engine>();
};

pub fn run(args: OcrArgs) -> anyhow::Result<ExitCode> {
    let config = load_config(args.config.as_deref(), args.backend, args.models)?;
    let files = collect_inputs(&args.inputs)?;
    let plan = plan_outputs(files)?;
    std::fs::create_dir_all(&args.out).with_context(|| {
        format!(
            "cannot create --out {}: give a directory you can write to",
            args.out.display()
        )
    })?;
    let threads = thread_count(args.threads);
    let engine = Engine::new(config).context("cannot start the OCR engine")?;
    let pool = pool(threads)?;
    let formats = Formats {
        hocr: args.hocr,
        alto: args.alto,
    };

    let bar = progress_bar(plan.len() as u64)?;
    let pages_done = AtomicUsize::new(0);
    let started = Instant::now();
    let outcomes: Vec<FileOutcome> = pool.install(|| {
        plan.par_iter()
            .map(|item| {
                let outcome = read_and_write(&engine, item, &args.out, formats);
                for failure in &outcome.failed {
                    bar.suspend(|| eprintln!("failed: {failure}"));
                }
                bar.inc(1);
                let done = pages_done.fetch_add(outcome.read + outcome.failed.len(), Ordering::Relaxed);
                bar.set_message(format!("{} pages", done + outcome.read + outcome.failed.len()));
                outcome
            })
            .collect()
    });
    bar.finish_and_clear();
    let elapsed = started.elapsed();

    let read: usize = outcomes.iter().map(|o| o.read).sum();
    let failed: usize = outcomes.iter().map(|o| o.failed.len()).sum();
    let pages = read + failed;
    let rate = pages as f64 / elapsed.as_secs_f64().max(1e-9);
    let mut line = format!(
        "read {read} of {pages} page(s) from {} file(s) into {} in {} ({rate:.2} pages/s, {threads} thread(s))",
        plan.len(),
        args.out.display(),
        crate::output::duration(elapsed),
    );
    if failed > 0 {
        line.push_str(&format!(
            "; {failed} page(s) failed, each reported above with its reason"
        ));
    }
    say!("{line}");
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(SOME_PAGES_FAILED)
    })
}

/// The engine's settings from `--config` (a TOML or JSON file, or inline JSON), with `--backend`
/// and `--models` over the file's `backend` and `models`.
pub fn load_config(
    config: Option<&str>,
    backend: Option<BackendArg>,
    models: Option<ModelsArg>,
) -> anyhow::Result<OcrConfig> {
    let mut parsed = match config {
        None => OcrConfig::default(),
        Some(value) => parse_config(value)?,
    };
    if let Some(backend) = backend {
        parsed.backend = backend.into();
    }
    if let Some(models) = models {
        parsed.models = models.into();
    }
    parsed.validate().map_err(|e| anyhow::anyhow!("--config: {e}"))?;
    Ok(parsed)
}

fn parse_config(value: &str) -> anyhow::Result<OcrConfig> {
    if value.trim_start().starts_with('{') {
        return serde_json::from_str(value).map_err(|e| anyhow::anyhow!("--config (inline JSON): {e}"));
    }
    let path = Path::new(value);
    let text = std::fs::read_to_string(path).with_context(|| {
        format!("cannot read --config {value}: give a TOML or JSON file of engine settings, or inline JSON")
    })?;
    let is_json = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if is_json {
        serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("--config {value}: {e}"))
    } else {
        toml::from_str(&text).map_err(|e| anyhow::anyhow!("--config {value}: {}", e.to_string().trim()))
    }
}

/// How many pages go side by side: `--threads`, else one per CPU core.
pub fn thread_count(threads: Option<u32>) -> usize {
    threads.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        |n| n as usize,
    )
}

/// The pool the pages (and the kernels of their model calls) run on.
pub fn pool(threads: usize) -> anyhow::Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("folio-ocr-{i}"))
        .build()
        .with_context(|| format!("cannot start {threads} OCR threads: give fewer with --threads"))
}

pub fn is_image(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| IMAGE_EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// The page images under `dir`, searched recursively, sorted by path. Symbolic links to files
/// are followed, links to directories are not (they could loop).
pub fn find_images(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = std::fs::read_dir(&current).with_context(|| format!("cannot list {}", current.display()))?;
        for entry in entries {
            let entry = entry.with_context(|| format!("cannot list {}", current.display()))?;
            let path = entry.path();
            let kind = entry
                .file_type()
                .with_context(|| format!("cannot inspect {}", path.display()))?;
            if kind.is_dir() {
                pending.push(path);
            } else if (kind.is_file() || (kind.is_symlink() && path.is_file())) && is_image(&path) {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// One input file and its name relative to the argument it came from (the file's own name for a
/// file given as an argument).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Input {
    path: PathBuf,
    relative: PathBuf,
}

fn collect_inputs(args: &[PathBuf]) -> anyhow::Result<Vec<Input>> {
    let mut inputs = Vec::new();
    for arg in args {
        let meta = std::fs::metadata(arg).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => anyhow::anyhow!(
                "{} does not exist: give page images (.png, .jpg, .jpeg, .tif, .tiff) or directories that hold them",
                arg.display()
            ),
            _ => anyhow::anyhow!("cannot read {}: {e}", arg.display()),
        })?;
        if meta.is_dir() {
            let found = find_images(arg)?;
            if found.is_empty() {
                anyhow::bail!(
                    "nothing to read in {}: it holds no .png, .jpg, .jpeg, .tif or .tiff file, at any depth; give the \
                     directory of the page images",
                    arg.display()
                );
            }
            for path in found {
                let relative = path.strip_prefix(arg).unwrap_or(&path).to_path_buf();
                inputs.push(Input { path, relative });
            }
        } else {
            let name = arg.file_name().map(PathBuf::from).unwrap_or_else(|| arg.clone());
            // A file named on the command line is read whatever its extension: the decoder says
            // what it is if it is not a page image.
            inputs.push(Input {
                path: arg.clone(),
                relative: name,
            });
        }
    }
    // The same file reached twice (a file and its directory) is read once.
    let mut seen = std::collections::HashSet::new();
    inputs.retain(|i| seen.insert(i.path.canonicalize().unwrap_or_else(|_| i.path.clone())));
    Ok(inputs)
}

/// One file to read and where its pages go: `dir/<stem>.*` (and `dir/<stem>-pN.*` for a TIFF's
/// later pages).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Planned {
    path: PathBuf,
    /// Relative to `--out`.
    dir: PathBuf,
    stem: String,
}

/// Output names: flat under `--out` when every stem is unique; otherwise each file keeps its path
/// relative to the directory it was found in, so pages of different volumes do not collide; and
/// files of one directory that differ only by extension (`p.png`, `p.tif`) keep it (`p.tif.txt`).
fn plan_outputs(inputs: Vec<Input>) -> anyhow::Result<Vec<Planned>> {
    let stem = |p: &Path| {
        p.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "page".into())
    };
    let flat: Vec<Planned> = inputs
        .iter()
        .map(|i| Planned {
            path: i.path.clone(),
            dir: PathBuf::new(),
            stem: stem(&i.path),
        })
        .collect();
    if first_collision(&flat).is_none() {
        return Ok(flat);
    }
    let mut nested: Vec<Planned> = inputs
        .iter()
        .map(|i| Planned {
            path: i.path.clone(),
            dir: safe_relative(i.relative.parent().unwrap_or(Path::new(""))),
            stem: stem(&i.relative),
        })
        .collect();
    let mut counts: HashMap<(PathBuf, String), usize> = HashMap::new();
    for item in &nested {
        *counts.entry((item.dir.clone(), item.stem.clone())).or_default() += 1;
    }
    for (item, input) in nested.iter_mut().zip(&inputs) {
        if counts[&(item.dir.clone(), item.stem.clone())] > 1 {
            if let Some(name) = input.relative.file_name() {
                item.stem = name.to_string_lossy().into_owned();
            }
        }
    }
    match first_collision(&nested) {
        None => Ok(nested),
        Some((a, b)) => anyhow::bail!(
            "{} and {} would both be written as {}.txt under --out: read them in separate runs with different --out \
             directories",
            a.path.display(),
            b.path.display(),
            a.dir.join(&a.stem).display()
        ),
    }
}

fn first_collision(plan: &[Planned]) -> Option<(&Planned, &Planned)> {
    let mut seen: HashMap<(&Path, &str), &Planned> = HashMap::new();
    for item in plan {
        if let Some(earlier) = seen.insert((item.dir.as_path(), item.stem.as_str()), item) {
            return Some((earlier, item));
        }
    }
    None
}

/// A relative path that stays under `--out`: no root, no `..`.
fn safe_relative(path: &Path) -> PathBuf {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part),
            _ => None,
        })
        .collect()
}

/// Which documents besides text and JSON.
#[derive(Debug, Clone, Copy)]
struct Formats {
    hocr: bool,
    alto: bool,
}

/// What became of one file's pages.
struct FileOutcome {
    read: usize,
    failed: Vec<String>,
}

fn read_and_write(engine: &Engine, item: &Planned, out: &Path, formats: Formats) -> FileOutcome {
    let mut timings = Timings::default();
    let pages = match std::fs::read(&item.path) {
        Ok(bytes) => engine.read_file(&item.stem, &bytes, &mut timings),
        Err(e) => vec![Page::failed(
            &item.stem,
            0,
            0,
            PageError {
                kind: "read".into(),
                message: format!("cannot read the file: {e}"),
            },
        )],
    };
    let mut outcome = FileOutcome {
        read: 0,
        failed: Vec::new(),
    };
    let dir = out.join(&item.dir);
    let many = pages.len() > 1;
    for (i, page) in pages.iter().enumerate() {
        let which = if many {
            format!("{} page {}", item.path.display(), i + 1)
        } else {
            item.path.display().to_string()
        };
        let written = write_page(&dir, page, formats);
        match (page.error(), written) {
            (None, Ok(())) => outcome.read += 1,
            (Some(e), _) => outcome.failed.push(format!("{which}: {} ({})", e.message, e.kind)),
            (None, Err(e)) => outcome
                .failed
                .push(format!("{which}: {}", crate::output::error_chain(&e))),
        }
    }
    outcome
}

/// Writes a page's documents. A failed page gets only its JSON, which holds the reason.
fn write_page(dir: &Path, page: &Page, formats: Formats) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let write = |ext: &str, text: &str| {
        let path = dir.join(format!("{}.{ext}", page.name));
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))
    };
    write("json", &page.to_json().context("cannot render the page's JSON")?)?;
    if page.error().is_some() {
        return Ok(());
    }
    write("txt", page.text())?;
    if formats.hocr {
        write("hocr", &page.to_hocr().context("cannot render the page's hOCR")?)?;
    }
    if formats.alto {
        write("alto.xml", &page.to_alto().context("cannot render the page's ALTO")?)?;
    }
    Ok(())
}

/// Files and pages done, rate and ETA on stderr when it is a terminal; hidden otherwise.
pub fn progress_bar(files: u64) -> anyhow::Result<ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return Ok(ProgressBar::hidden());
    }
    let bar = ProgressBar::new(files);
    bar.set_style(
        ProgressStyle::with_template("[{bar:30}] {pos}/{len} files, {msg}  {rate}  ETA {eta}")
            .context("progress bar template")?
            .with_key(
                "rate",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.2} files/s", state.per_sec());
                },
            )
            .progress_chars("=> "),
    );
    bar.enable_steady_tick(Duration::from_millis(500));
    Ok(bar)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(path: &str, relative: &str) -> Input {
        Input {
            path: path.into(),
            relative: relative.into(),
        }
    }

    #[test]
    fn unique_stems_are_written_flat_and_shared_ones_keep_their_relative_path() {
        let plan = plan_outputs(vec![input("a/1.png", "1.png"), input("b/2.tif", "2.tif")]).unwrap();
        assert_eq!(plan[0].dir, PathBuf::new());
        assert_eq!(plan[1].stem, "2");

        let plan = plan_outputs(vec![
            input("vols/W1/I1/0001.png", "W1/I1/0001.png"),
            input("vols/W2/I1/0001.png", "W2/I1/0001.png"),
        ])
        .unwrap();
        assert_eq!(plan[0].dir, Path::new("W1/I1"));
        assert_eq!(plan[1].dir, Path::new("W2/I1"));
        assert_eq!(plan[1].stem, "0001");
    }

    #[test]
    fn files_that_differ_by_extension_keep_it_and_true_duplicates_are_refused() {
        let plan = plan_outputs(vec![
            input("d/x.png", "x.png"),
            input("d/x.tif", "x.tif"),
            input("d/y.png", "y.png"),
        ])
        .unwrap();
        let stems: Vec<_> = plan.iter().map(|p| p.stem.as_str()).collect();
        assert_eq!(stems, ["x.png", "x.tif", "y"]);

        let err = plan_outputs(vec![input("v1/W1/x.png", "W1/x.png"), input("v2/W1/x.png", "W1/x.png")])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("v1/W1/x.png and v2/W1/x.png") && err.contains("W1/x.png.txt"),
            "{err}"
        );
    }

    #[test]
    fn relative_paths_never_leave_the_output_directory() {
        assert_eq!(safe_relative(Path::new("/abs/../W1/./I1")), Path::new("abs/W1/I1"));
    }

    #[test]
    fn config_keys_are_checked_and_the_backend_flag_wins() {
        let config = load_config(Some(r#"{"drop_score": 0.3}"#), Some(BackendArg::Gpu), None).unwrap();
        assert_eq!(config.drop_score, 0.3);
        assert_eq!(config.backend, folio_ocr::Backend::Gpu);

        let err = load_config(Some(r#"{"dpi": 300}"#), None, None)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("unknown field `dpi`") && err.contains("drop_score"),
            "{err}"
        );

        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ocr.toml");
        std::fs::write(&file, "drop_score = 0.4\n[recognition]\nbatch_sise = 8\n").unwrap();
        let err = load_config(file.to_str(), None, None).unwrap_err().to_string();
        assert!(
            err.contains("batch_sise") && err.contains(&*file.to_string_lossy()),
            "{err}"
        );

        let err = load_config(Some(r#"{"drop_score": 3}"#), None, None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("drop_score is 3"), "{err}");
    }

    #[test]
    fn directories_are_searched_for_page_images_in_sorted_order() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b/2.PNG", "a/1.tiff", "a/notes.txt", "c.jpg"] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, b"").unwrap();
        }
        let found = find_images(dir.path()).unwrap();
        let names: Vec<_> = found.iter().map(|p| p.strip_prefix(dir.path()).unwrap()).collect();
        assert_eq!(names, [Path::new("a/1.tiff"), Path::new("b/2.PNG"), Path::new("c.jpg")]);
    }
}
