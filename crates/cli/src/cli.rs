//! The command line: every command, option and its help text.

use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand};
use folio_core::{JobName, TaskId, TaskStatus};

const EXAMPLES: &str = "\
Examples:
  # OCR the sample volumes on this machine, score them against their ground truth
  folio run

  # Just the text of some pages, no database
  folio ocr scans/ --out text/

  # The same, step by step
  folio jobs create --file examples/pipeline.toml
  folio enqueue --job ocr examples/volumes
  folio worker --images examples/volumes --idle-exit 5
  folio status

  # A one-off job that runs a command per volume
  folio jobs create --name count --kind exec --config '{\"command\": [\"sh\", \"-c\", \"ls $FOLIO_INPUT_DIR | wc -l > $FOLIO_OUTPUT_DIR/n.txt\"]}'

  # Look into failures, and send dead tasks back to the queue
  folio errors list --job ocr
  folio redrive --job ocr

  # Use PostgreSQL instead of the embedded SQLite file
  FOLIO_DATABASE_URL=postgres://postgres@127.0.0.1:5432/folio folio status

  # The AWS profile: jobs get their SQS queues, enqueued tasks are sent to them
  export FOLIO_DATABASE_URL=postgres://... FOLIO_QUEUE=sqs AWS_REGION=eu-west-1
  folio jobs create --file pipeline.toml && folio enqueue --job ocr --manifest volumes.jsonl

Environment: FOLIO_DATA_DIR, FOLIO_DATABASE_URL, FOLIO_BLOB_DIR, FOLIO_QUEUE and FOLIO_IMAGES set
the options of the same name; AWS_REGION, AWS_PROFILE and AWS_ENDPOINT_URL reach the AWS SDK; FOLIO_LOG sets the log filter (e.g. `info`, `folio_core=debug`), and
FOLIO_LOG_FORMAT=json logs JSON lines.";

/// folio runs OCR campaigns: jobs applied to volumes of page images, by workers that claim
/// tasks from a task store (PostgreSQL, or an embedded SQLite file).
#[derive(Debug, Parser)]
#[command(name = "folio", version, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Where folio keeps its state; the same options reach every command.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Directory of the embedded profile: holds folio.sqlite, blobs/, work/ and logs/.
    #[arg(long, env = "FOLIO_DATA_DIR", default_value = ".folio", global = true)]
    pub data_dir: PathBuf,
    /// Task store: postgres://USER@HOST:PORT/DB or sqlite://PATH [default: sqlite in DATA_DIR].
    #[arg(long, env = "FOLIO_DATABASE_URL", hide_env_values = true, global = true)]
    pub database_url: Option<String>,
    /// Directory of the task artefacts [default: DATA_DIR/blobs].
    #[arg(long, env = "FOLIO_BLOB_DIR", global = true)]
    pub blob_dir: Option<PathBuf>,
    /// Task queue: `db` (the task store itself) or `sqs` (one SQS queue per job, made by
    /// `folio jobs create`; the AWS profile, with a postgres:// store and the AWS environment).
    #[arg(long, env = "FOLIO_QUEUE", value_enum, default_value_t = QueueKind::Db, global = true)]
    pub queue: QueueKind,
    /// Log more: -v for info, -vv for debug (FOLIO_LOG takes precedence).
    #[arg(short, long, action = ArgAction::Count, global = true)]
    pub verbose: u8,
}

/// Where tasks wait for a worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum QueueKind {
    /// The task store: workers claim tasks from it by lease.
    Db,
    /// SQS: `folio-{job}-tasks` and `folio-{job}-dlq` per job; fleet-worker consumes them.
    Sqs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create, list, show, pause, resume and delete jobs.
    #[command(subcommand)]
    Jobs(JobsCommand),
    /// Create tasks of a job for volumes: from a directory tree or a manifest.
    Enqueue(EnqueueArgs),
    /// Progress per job: task counts, rate, ETA and live workers.
    Status(StatusArgs),
    /// List and inspect tasks.
    #[command(subcommand)]
    Tasks(TasksCommand),
    /// List and inspect recorded failures.
    #[command(subcommand)]
    Errors(ErrorsCommand),
    /// List the workers that registered with the task store.
    #[command(subcommand)]
    Workers(WorkersCommand),
    /// Send dead tasks of a job back to the queue with a fresh allowance of attempts.
    Redrive(RedriveArgs),
    /// Run one worker: claim tasks, run them, write their artefacts, until drained or idle.
    ///
    /// Exits 0 after a drain (SIGTERM or SIGINT) or an idle exit, 75 after a retryable error
    /// (the database is unreachable: try again later), 1 after any other error.
    Worker(WorkerArgs),
    /// Run a pipeline over a directory of volumes on this machine, with local workers.
    ///
    /// Creates the pipeline's jobs if missing, enqueues DIR's volumes into its first jobs,
    /// starts the workers, shows progress per job and ends with a summary. Run again, it only
    /// runs what is not done yet.
    Run(RunArgs),
    /// Read page images into text files on this machine: no database, no jobs.
    ///
    /// Each page gets <stem>.txt (its text in reading order) and <stem>.json (lines, boxes and
    /// confidences) in --out, plus <stem>.hocr and <stem>.alto.xml on request; a multi-page TIFF's
    /// later pages are <stem>-p2, <stem>-p3, …. When inputs in different directories share a stem,
    /// each keeps its path relative to the directory given (and files that differ only by
    /// extension keep it: p.tif.txt). A page that cannot be read is reported on stderr with its
    /// reason and gets only its .json; the others are read.
    ///
    /// Exits 0 when every page was read, 2 when some could not be (the rest were written), 1 on
    /// an error that stops everything (a missing input, a bad --config).
    #[command(after_help = OCR_EXAMPLES)]
    Ocr(OcrArgs),
    /// Measure the task store or the OCR engine.
    #[command(subcommand)]
    Bench(BenchCommand),
}

#[derive(Debug, Subcommand)]
pub enum JobsCommand {
    /// Create a job from options, or every missing job of a pipeline file.
    Create(Box<JobsCreateArgs>),
    /// List the jobs.
    List(JsonArg),
    /// Show one job: its spec, settings and task counts.
    Show {
        /// The job's name.
        name: JobName,
        #[command(flatten)]
        json: JsonArg,
    },
    /// Stop workers from claiming the job's tasks; running ones finish.
    Pause {
        /// The job's name.
        name: JobName,
    },
    /// Let workers claim the job's tasks again.
    Resume {
        /// The job's name.
        name: JobName,
    },
    /// Delete a job with its tasks and failure records (refused while a job depends on it).
    Delete {
        /// The job's name.
        name: JobName,
    },
}

#[derive(Debug, Args)]
pub struct JobsCreateArgs {
    /// Create every job of this pipeline file that does not exist yet.
    #[arg(long, conflicts_with_all = ["name", "kind", "config", "depends_on", "reduce"])]
    pub file: Option<PathBuf>,
    /// The job's name: a-z, 0-9 and '-', starting with a letter, at most 40 characters.
    #[arg(long, required_unless_present = "file")]
    pub name: Option<JobName>,
    /// The job's kind (`exec` runs a command per volume).
    #[arg(long, required_unless_present = "file")]
    pub kind: Option<String>,
    /// The kind's configuration as JSON, e.g. '{"command": ["./step.sh"], "env": {"K": "V"}}'.
    #[arg(long, default_value = "{}")]
    pub config: String,
    /// Jobs whose outputs this one reads, comma-separated; its task for a volume waits for theirs.
    #[arg(long, value_delimiter = ',')]
    pub depends_on: Vec<JobName>,
    /// Run once for the whole job after every volume of its (single) dependency is done.
    #[arg(long)]
    pub reduce: bool,
    /// Attempts before a retryable failure makes a task dead [default: 3].
    #[arg(long)]
    pub max_attempts: Option<i32>,
    /// The longest a task may run before it is stopped and failed, in seconds [default: 14400].
    #[arg(long)]
    pub max_duration_secs: Option<u64>,
    /// The most workers the provisioner may run for this job [default: 100].
    #[arg(long)]
    pub max_workers: Option<u32>,
    /// The backlog, in seconds of work per worker, that the provisioner aims for [default: 600].
    #[arg(long)]
    pub target_backlog_secs: Option<u64>,
    /// The most tasks of the job that may wait (pending, queued or failed) at once; an enqueue
    /// that would pass it is refused whole [default: no cap].
    #[arg(long)]
    pub max_queued: Option<u64>,
    /// Hand-backs (exit code 4, a drain) a task may make before it ends dead [default: 10].
    #[arg(long)]
    pub max_handbacks: Option<u32>,
    /// The first retry's delay in milliseconds; each further retry doubles it, with jitter
    /// [default: 5000].
    #[arg(long)]
    pub retry_base_ms: Option<u64>,
    /// The longest delay before a retry, in seconds, at most 900 [default: 300].
    #[arg(long)]
    pub retry_max_secs: Option<u64>,
}

#[derive(Debug, Clone, Copy, Args)]
pub struct JsonArg {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("source").required(true).args(["dir", "manifest"]))]
pub struct EnqueueArgs {
    /// The job whose tasks are created.
    #[arg(long)]
    pub job: JobName,
    /// A directory laid out as DIR/{w_id}/{i_id}/*.{png,jpg,jpeg,tif,tiff}.
    pub dir: Option<PathBuf>,
    /// A JSON Lines file, one {"w_id", "i_id", "etag", "nb_images"} per line.
    #[arg(long)]
    pub manifest: Option<PathBuf>,
    /// Run volumes again whose task is already finished (succeeded or dead); their finished
    /// tasks in every job downstream run again too, once this job's new run succeeds.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Only this job.
    #[arg(long)]
    pub job: Option<JobName>,
    #[command(flatten)]
    pub json: JsonArg,
}

#[derive(Debug, Subcommand)]
pub enum TasksCommand {
    /// List tasks, oldest first.
    List(TasksListArgs),
    /// Show one task, its failures and where its artefacts are.
    Show {
        /// The task's id, as `folio tasks list` shows it.
        id: TaskId,
        #[command(flatten)]
        json: JsonArg,
    },
}

#[derive(Debug, Args)]
pub struct TasksListArgs {
    /// Only tasks of this job.
    #[arg(long)]
    pub job: Option<JobName>,
    /// Only tasks in this status: pending, queued, running, succeeded, failed or dead.
    #[arg(long)]
    pub status: Option<TaskStatus>,
    /// At most this many tasks.
    #[arg(long, default_value_t = 100)]
    pub limit: i64,
    #[command(flatten)]
    pub json: JsonArg,
}

#[derive(Debug, Subcommand)]
pub enum ErrorsCommand {
    /// List failure records, oldest first.
    List(ErrorsListArgs),
    /// Show one failure record with its whole message.
    Show {
        /// The record's id, as `folio errors list` shows it.
        id: i64,
        #[command(flatten)]
        json: JsonArg,
    },
}

#[derive(Debug, Args)]
pub struct ErrorsListArgs {
    /// Only failures of this job.
    #[arg(long)]
    pub job: Option<JobName>,
    /// Only failures of this task.
    #[arg(long)]
    pub task: Option<TaskId>,
    /// At most this many records.
    #[arg(long, default_value_t = 100)]
    pub limit: i64,
    #[command(flatten)]
    pub json: JsonArg,
}

#[derive(Debug, Subcommand)]
pub enum WorkersCommand {
    /// List workers, oldest first.
    List(WorkersListArgs),
}

#[derive(Debug, Args)]
pub struct WorkersListArgs {
    /// Only workers that heartbeated within this many seconds and have not stopped.
    #[arg(long)]
    pub live_within_secs: Option<u64>,
    #[command(flatten)]
    pub json: JsonArg,
}

#[derive(Debug, Args)]
pub struct RedriveArgs {
    /// The job whose dead tasks go back to the queue.
    #[arg(long)]
    pub job: JobName,
    /// Only these tasks, dead or succeeded (repeat, or separate with commas); default: every dead task.
    #[arg(long = "task", value_delimiter = ',')]
    pub tasks: Vec<TaskId>,
    /// Instead: move the messages of the job's SQS dead-letter queue back to its task queue
    /// (after fixing what sent them there; `--queue sqs` only).
    #[arg(long, conflicts_with = "tasks")]
    pub dlq: bool,
}

#[derive(Debug, Args)]
pub struct WorkerArgs {
    /// Serve only these jobs (repeat, or separate with commas); default: every active job.
    #[arg(long = "job", value_delimiter = ',')]
    pub jobs: Vec<JobName>,
    /// Root of the input images, laid out as IMAGES/{w_id}/{i_id}/…
    #[arg(long, env = "FOLIO_IMAGES")]
    pub images: PathBuf,
    /// How long a claim lasts without a heartbeat; heartbeats come three times per lease.
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..))]
    pub lease_secs: u64,
    /// Exit after this many empty polls in a row [default: never].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub idle_exit: Option<u32>,
    /// After SIGTERM or SIGINT, how long the current task may still run before it is handed back.
    #[arg(long, default_value_t = 30)]
    pub drain_secs: u64,
    /// How long one poll waits when no task is ready, in milliseconds.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(10..))]
    pub poll_ms: u64,
    /// Where per-task scratch directories go [default: DATA_DIR/work].
    #[arg(long)]
    pub work_dir: Option<PathBuf>,
    /// Fault injection for `folio bench chaos`: the chance of aborting between a success.json
    /// and its accept.
    #[arg(long, hide = true, default_value_t = 0.0)]
    pub abort_before_accept: f64,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Volumes laid out as DIR/{w_id}/{i_id}/*.png [default: the repository's examples/volumes].
    pub dir: Option<PathBuf>,
    /// The pipeline file [default: the repository's examples/pipeline.toml].
    #[arg(long)]
    pub pipeline: Option<PathBuf>,
    /// How many local workers to start [default: the number of CPU cores].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub workers: Option<u32>,
    /// Run again the volumes that are already done.
    #[arg(long)]
    pub force: bool,
    /// The workers' lease, in seconds.
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..))]
    pub lease_secs: u64,
}

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Bulk enqueue, then claim → heartbeat → complete cycles from concurrent workers, in a
    /// fresh database that is dropped afterwards.
    ///
    /// The database is PostgreSQL by default (--database-url, else DATABASE_URL, else
    /// postgres://postgres@127.0.0.1:5432/postgres); a sqlite:// URL benchmarks a fresh file
    /// beside the one it names.
    Queue(BenchQueueArgs),
    /// Read a folder of pages with the OCR engine: pages/s, ms per page by stage, CER against
    /// <stem>.gt.txt files, peak memory; optionally beside the onnxruntime pipeline.
    ///
    /// One page is read first, untimed; then every page, --threads of them side by side. With
    /// several threads the stage times are CPU-thread time (summed over the threads), not wall
    /// time. A benchmark on a shared machine measures the machine too: the load average is shown.
    #[command(after_help = BENCH_OCR_EXAMPLES)]
    Ocr(BenchOcrArgs),
    /// The task model under faults: a pipeline a → {b, c} → d → reduce over real `folio worker`
    /// processes on a fresh PostgreSQL database, while workers are SIGKILLed (also between a
    /// success.json and its accept), SIGSTOPped past their lease and drained, database
    /// connections are terminated, steps fail or hand back, and volumes arrive after the
    /// reduce ran. Then it checks that nothing was lost, stranded or accepted twice and prints
    /// one line of figures; a violation fails it, with the seed that reproduces the run.
    #[command(after_help = BENCH_CHAOS_EXAMPLES)]
    Chaos(BenchChaosArgs),
}

const BENCH_CHAOS_EXAMPLES: &str = "\
Examples:
  folio bench chaos                                   # 2,000 volumes, 4 workers, up to 10 minutes
  folio bench chaos --volumes 300 --seconds 60 --lease-secs 2
  folio bench chaos --seed 417 --volumes 300          # the schedule of a run that failed";

#[derive(Debug, Args)]
pub struct BenchChaosArgs {
    /// How many volumes; a tenth of them is enqueued only after the reduce has run.
    #[arg(long, default_value_t = 2_000, value_parser = clap::value_parser!(u64).range(10..))]
    pub volumes: u64,
    /// How many `folio worker` processes run at once (the killed ones are replaced).
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..))]
    pub workers: u32,
    /// The workers' lease, in seconds.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u64).range(1..))]
    pub lease_secs: u64,
    /// The longest the faults go on; then the run calms down and finishes.
    #[arg(long, default_value_t = 600, value_parser = clap::value_parser!(u64).range(1..))]
    pub seconds: u64,
    /// The seed of the fault schedule and of the steps' failures [default: random, printed].
    #[arg(long)]
    pub seed: Option<u64>,
}

#[derive(Debug, Args)]
pub struct BenchQueueArgs {
    /// How many volumes (hence tasks) to enqueue and run.
    #[arg(long, default_value_t = 100_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub tasks: u64,
    /// How many concurrent workers claim tasks.
    #[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u32).range(1..))]
    pub workers: u32,
}

const OCR_EXAMPLES: &str = "\
Examples:
  # Read one page, then a whole folder (searched recursively), into out/
  folio ocr scan-0001.png --out out
  folio ocr examples/volumes --out out --hocr --alto

  # Four pages at a time, with engine settings from a file (or inline JSON)
  folio ocr pages/ --out out --threads 4 --config ocr.toml
  folio ocr pages/ --out out --config '{\"drop_score\": 0.6, \"recognition\": {\"batch_size\": 16}}'

  # The older models (PP-OCRv5 mobile) instead of the default PP-OCRv6 small
  folio ocr pages/ --out out --models v5

--config keys (all optional): backend, models, detection, recognition, decode, drop_score,
classify_orientation, orientation_threshold; an ocr job's config takes the same ones.";

const BENCH_OCR_EXAMPLES: &str = "\
Examples:
  # The sample pages (examples/volumes), one thread per core
  folio bench ocr

  # Two threads, recognition batches of 16, beside onnxruntime with as many threads
  folio bench ocr --pages scans/ --threads 2 --batch 16 --compare-onnxruntime

  # CER per layout category (one line per subdirectory), PP-OCRv5 against the default v6
  folio bench ocr --pages crates/ocr/tests/fixtures/layouts --models v5
  folio bench ocr --pages crates/ocr/tests/fixtures/layouts

  # For scripts: one JSON object on stdout
  folio bench ocr --limit 5 --json";

/// Where the OCR models run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BackendArg {
    /// burn's CPU backend, on the --threads pool.
    Cpu,
    /// A GPU (a folio built with `--features gpu`).
    Gpu,
}

impl From<BackendArg> for folio_ocr::Backend {
    fn from(backend: BackendArg) -> Self {
        match backend {
            BackendArg::Cpu => folio_ocr::Backend::Cpu,
            BackendArg::Gpu => folio_ocr::Backend::Gpu,
        }
    }
}

/// Which OCR models read the pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ModelsArg {
    /// PP-OCRv5 mobile detection and recognition.
    V5,
    /// PP-OCRv6 small detection and recognition (the default).
    V6,
}

impl From<ModelsArg> for folio_ocr::Generation {
    fn from(models: ModelsArg) -> Self {
        match models {
            ModelsArg::V5 => folio_ocr::Generation::V5,
            ModelsArg::V6 => folio_ocr::Generation::V6,
        }
    }
}

#[derive(Debug, Args)]
pub struct OcrArgs {
    /// Page images (.png, .jpg, .jpeg, .tif, .tiff), or directories searched recursively for them.
    #[arg(required = true, value_name = "FILE_OR_DIR")]
    pub inputs: Vec<PathBuf>,
    /// Directory the results are written to; created if missing.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Engine settings: a TOML file, a JSON file (ending in .json), or inline JSON ('{...}').
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
    /// Where the models run; overrides the config's `backend` [default: cpu].
    #[arg(long, value_enum)]
    pub backend: Option<BackendArg>,
    /// Which models read the pages; overrides the config's `models` [default: v6].
    #[arg(long, value_enum)]
    pub models: Option<ModelsArg>,
    /// Pages read side by side [default: the number of CPU cores].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub threads: Option<u32>,
    /// Also write <stem>.hocr (hOCR: HTML with a box per line and word).
    #[arg(long)]
    pub hocr: bool,
    /// Also write <stem>.alto.xml (ALTO XML, as libraries archive OCR).
    #[arg(long)]
    pub alto: bool,
}

#[derive(Debug, Args)]
pub struct BenchOcrArgs {
    /// Folder searched recursively for page images [default: the repository's examples/volumes].
    #[arg(long, value_name = "DIR")]
    pub pages: Option<PathBuf>,
    /// Where the models run [default: cpu].
    #[arg(long, value_enum)]
    pub backend: Option<BackendArg>,
    /// Which models read the pages (onnxruntime runs the same ones) [default: v6].
    #[arg(long, value_enum)]
    pub models: Option<ModelsArg>,
    /// Text lines per recognition call (the config's recognition.batch_size) [default: the engine's].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=256))]
    pub batch: Option<u32>,
    /// Pages read side by side; also onnxruntime's intra-op threads [default: the number of CPU cores].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub threads: Option<u32>,
    /// Only the first N pages, in path order.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: Option<u32>,
    /// Then run scripts/bench-onnxruntime on the same pages (it makes its venv under
    /// target/bench-venv on first use) and show both, with folio ÷ onnxruntime ratios.
    #[arg(long)]
    pub compare_onnxruntime: bool,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_command_line_is_consistent_and_documented() {
        Cli::command().debug_assert();
        fn check(cmd: &clap::Command, path: &str) {
            for arg in cmd.get_arguments() {
                let documented = arg.get_help().is_some() || arg.get_long_help().is_some();
                let builtin = matches!(arg.get_id().as_str(), "help" | "version");
                assert!(documented || builtin, "{path} --{} has no help", arg.get_id());
            }
            for sub in cmd.get_subcommands() {
                let name = format!("{path} {}", sub.get_name());
                assert!(
                    sub.get_about().is_some() || sub.get_name() == "help",
                    "{name} has no help"
                );
                check(sub, &name);
            }
        }
        check(&Cli::command(), "folio");
    }

    #[test]
    fn enqueue_needs_a_directory_or_a_manifest_but_not_both() {
        let parse = |args: &[&str]| Cli::try_parse_from(["folio", "enqueue", "--job", "j"].iter().chain(args));
        assert!(parse(&[]).is_err());
        assert!(parse(&["vols", "--manifest", "m.jsonl"]).is_err());
        assert!(parse(&["vols"]).is_ok());
        assert!(parse(&["--manifest", "m.jsonl"]).is_ok());
    }

    #[test]
    fn bad_job_names_and_statuses_are_refused_with_the_rule() {
        let err = Cli::try_parse_from(["folio", "jobs", "show", "Bad_Name"])
            .unwrap_err()
            .to_string();
        assert!(err.contains("starting with a letter"), "{err}");
        let err = Cli::try_parse_from(["folio", "tasks", "list", "--status", "done"])
            .unwrap_err()
            .to_string();
        assert!(err.contains("expected one of pending"), "{err}");
    }
}
