//! Typed settings from `FOLIO_*` variables, read once at start and checked there: a missing or
//! bad value stops the binary with a message that names the variable and the fix. The database
//! URL is a secret: it is held as a [`SecretString`] and never printed, not even in these messages.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use folio_aws::ecs::{AwsVpc, CapacityShare, EcsLaunchSettings};
use folio_aws::s3::parse_s3_url;
use folio_core::JobName;
use secrecy::{ExposeSecret, SecretString};
use tracing_subscriber::EnvFilter;

/// The task store: `postgres://USER:PASSWORD@HOST:5432/DB` (or `sqlite://PATH` to try things).
pub const DATABASE_URL: &str = "FOLIO_DATABASE_URL";
/// Instead of the URL: the ARN of a Secrets Manager secret whose text is the URL, read at start.
pub const DATABASE_SECRET_ARN: &str = "FOLIO_DATABASE_SECRET_ARN";
/// Where attempts write their artefacts: `s3://bucket/prefix`.
pub const ARTEFACTS: &str = "FOLIO_ARTEFACTS";
/// Where volumes' page images are read: `s3://bucket/prefix`, laid out as `{w_id}/{i_id}/…`.
pub const IMAGES: &str = "FOLIO_IMAGES";
/// The job a fleet worker serves.
pub const JOB: &str = "FOLIO_JOB";
pub const LEASE_SECS: &str = "FOLIO_LEASE_SECS";
pub const DRAIN_SECS: &str = "FOLIO_DRAIN_SECS";
pub const IDLE_POLLS: &str = "FOLIO_IDLE_POLLS";
pub const RECEIVE_WAIT_SECS: &str = "FOLIO_RECEIVE_WAIT_SECS";
pub const WORK_DIR: &str = "FOLIO_WORK_DIR";
/// Fault injection for the chaos tests: the chance (0 to 1) that a worker aborts between
/// writing a success.json and accepting it.
pub const FAULT_ABORT_BEFORE_ACCEPT: &str = "FOLIO_FAULT_ABORT_BEFORE_ACCEPT";
pub const STALE_AFTER_SECS: &str = "FOLIO_STALE_AFTER_SECS";
/// The success-events dead-letter queue's URL: the backlog tick settles what it holds.
pub const SUCCESS_EVENTS_DLQ_URL: &str = "FOLIO_SUCCESS_EVENTS_DLQ_URL";
pub const METRICS_NAMESPACE: &str = "FOLIO_METRICS_NAMESPACE";
pub const S3_PATH_STYLE: &str = "FOLIO_S3_PATH_STYLE";
pub const LOG: &str = "FOLIO_LOG";
pub const LOG_FORMAT: &str = "FOLIO_LOG_FORMAT";
pub const ECS_CLUSTER: &str = "FOLIO_ECS_CLUSTER";
pub const ECS_TASK_DEFINITION: &str = "FOLIO_ECS_TASK_DEFINITION";
pub const ECS_CONTAINER: &str = "FOLIO_ECS_CONTAINER";
pub const ECS_CAPACITY: &str = "FOLIO_ECS_CAPACITY";
pub const ECS_SUBNETS: &str = "FOLIO_ECS_SUBNETS";
pub const ECS_SECURITY_GROUPS: &str = "FOLIO_ECS_SECURITY_GROUPS";
pub const ECS_ASSIGN_PUBLIC_IP: &str = "FOLIO_ECS_ASSIGN_PUBLIC_IP";
/// Set by ECS in every container: the task metadata endpoint, version 4.
pub const ECS_METADATA_URI: &str = "ECS_CONTAINER_METADATA_URI_V4";

/// A setting that cannot be used, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{var}: {message}")]
pub struct SettingsError {
    pub var: &'static str,
    pub message: String,
}

impl SettingsError {
    pub fn new(var: &'static str, message: impl Into<String>) -> Self {
        Self {
            var,
            message: message.into(),
        }
    }
}

type Result<T, E = SettingsError> = std::result::Result<T, E>;

type Lookup = dyn Fn(&str) -> Option<String> + Send + Sync;

/// Where settings come from: the process environment, or a map in tests.
pub struct Env {
    vars: Box<Lookup>,
}

impl Env {
    pub fn process() -> Self {
        Self {
            vars: Box::new(|var| match std::env::var(var) {
                Ok(v) => Some(v),
                Err(std::env::VarError::NotPresent) => None,
                // Kept (lossily), so that validation names the variable rather than ignoring it.
                Err(std::env::VarError::NotUnicode(v)) => Some(v.to_string_lossy().into_owned()),
            }),
        }
    }

    pub fn from_pairs<K: Into<String>, V: Into<String>>(pairs: impl IntoIterator<Item = (K, V)>) -> Self {
        let map: HashMap<String, String> = pairs.into_iter().map(|(k, v)| (k.into(), v.into())).collect();
        Self {
            vars: Box::new(move |var| map.get(var).cloned()),
        }
    }

    /// The trimmed value; unset and blank both read as not set.
    pub fn get(&self, var: &str) -> Option<String> {
        (self.vars)(var).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
    }

    fn required(&self, var: &'static str, what: &str) -> Result<String> {
        self.get(var)
            .ok_or_else(|| SettingsError::new(var, format!("not set: give {what}")))
    }

    fn number<T: FromStr>(&self, var: &'static str, default: T, what: &str) -> Result<T> {
        match self.get(var) {
            None => Ok(default),
            Some(v) => v
                .parse()
                .map_err(|_| SettingsError::new(var, format!("{v:?} is not {what}"))),
        }
    }

    /// Whole seconds, at least `min`.
    fn secs(&self, var: &'static str, default: Duration, min: u64, max: u64) -> Result<Duration> {
        let what = format!("a whole number of seconds from {min} to {max}, as in {var}=60");
        let secs: u64 = self.number(var, default.as_secs(), &what)?;
        if !(min..=max).contains(&secs) {
            return Err(SettingsError::new(var, format!("{secs} is not {what}")));
        }
        Ok(Duration::from_secs(secs))
    }

    fn flag(&self, var: &'static str, default: bool) -> Result<bool> {
        match self.get(var).map(|v| v.to_ascii_lowercase()) {
            None => Ok(default),
            Some(v) => match v.as_str() {
                "1" | "true" | "yes" | "on" => Ok(true),
                "0" | "false" | "no" | "off" => Ok(false),
                _ => Err(SettingsError::new(var, format!("{v:?} is not true or false"))),
            },
        }
    }

    fn list(&self, var: &str) -> Vec<String> {
        self.get(var)
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }

    fn s3_url(&self, var: &'static str, url: String) -> Result<String> {
        parse_s3_url(&url).map_err(|e| SettingsError::new(var, e.to_string()))?;
        Ok(url)
    }
}

/// How logs are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// One JSON object per line, for CloudWatch Logs.
    Json,
    /// For a person at a terminal.
    Text,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogSettings {
    pub format: LogFormat,
    /// An `EnvFilter` directive, checked at start.
    pub filter: String,
}

impl LogSettings {
    /// `FOLIO_LOG` (default `info,sqlx=warn`: sqlx reports each `CREATE … IF NOT EXISTS` of the
    /// schema check at info) and `FOLIO_LOG_FORMAT` (`json`, or `text`; JSON unless stderr
    /// is a terminal, as it never is in Lambda or ECS).
    pub fn from_env(env: &Env) -> Result<Self> {
        let unset = if std::io::stderr().is_terminal() {
            LogFormat::Text
        } else {
            LogFormat::Json
        };
        Self::read(env, "info,sqlx=warn", unset)
    }

    /// As an operator's command (`folio …`) reads them: `default_filter` unless `FOLIO_LOG` is
    /// set, and text unless `FOLIO_LOG_FORMAT=json`.
    pub fn for_command(env: &Env, default_filter: &str) -> Result<Self> {
        Self::read(env, default_filter, LogFormat::Text)
    }

    fn read(env: &Env, default_filter: &str, unset: LogFormat) -> Result<Self> {
        let filter = env
            .get(LOG)
            .filter(|f| !f.trim().is_empty())
            .unwrap_or_else(|| default_filter.into());
        EnvFilter::try_new(&filter).map_err(|e| {
            SettingsError::new(
                LOG,
                format!("{filter:?} is not a log filter ({e}): use e.g. info or warn,folio_core=debug"),
            )
        })?;
        let format = match env.get(LOG_FORMAT).map(|v| v.to_ascii_lowercase()).as_deref() {
            Some("json") => LogFormat::Json,
            Some("text") => LogFormat::Text,
            None => unset,
            Some(other) => return Err(SettingsError::new(LOG_FORMAT, format!("{other:?} is not json or text"))),
        };
        Ok(Self { format, filter })
    }
}

/// Where the task store's URL comes from.
#[derive(Debug, Clone)]
pub enum DatabaseSource {
    /// `FOLIO_DATABASE_URL`.
    Url(SecretString),
    /// `FOLIO_DATABASE_SECRET_ARN`: read from Secrets Manager when the binary starts.
    Secret { arn: String },
}

/// Checks that a database URL (from either source) names a store folio opens, without ever
/// repeating the value: it may hold a password.
pub fn check_database_url(var: &'static str, url: &str) -> Result<()> {
    let known_scheme = ["postgres://", "postgresql://", "sqlite:"]
        .iter()
        .any(|s| url.starts_with(s));
    if known_scheme {
        return Ok(());
    }
    Err(SettingsError::new(
        var,
        "the value (not shown: it may hold a password) is not a postgres:// or sqlite: URL; \
         give postgres://USER:PASSWORD@HOST:5432/DB",
    ))
}

/// What every AWS binary of folio reads.
#[derive(Debug, Clone)]
pub struct Settings {
    pub database: DatabaseSource,
    /// `s3://bucket/prefix` of the artefacts, when set (the on-complete function and the worker
    /// need it).
    pub artefacts: Option<String>,
    /// The provisioner's ECS settings, when `FOLIO_ECS_CLUSTER` is set.
    pub ecs: Option<EcsLaunchSettings>,
    /// A running task whose heartbeat is older than this is requeued by the backlog tick.
    pub stale_after: Duration,
    /// The success-events dead-letter queue (`FOLIO_SUCCESS_EVENTS_DLQ_URL`), which the
    /// backlog tick empties by accepting what it holds; it needs the artefacts too.
    pub success_events_dlq: Option<String>,
    pub metrics_namespace: String,
    /// S3 path-style addressing; by default on when an endpoint URL is set (an emulator).
    pub s3_path_style: Option<bool>,
    pub log: LogSettings,
}

impl Settings {
    pub fn from_env(env: &Env) -> Result<Self> {
        let database = match (env.get(DATABASE_URL), env.get(DATABASE_SECRET_ARN)) {
            (Some(url), None) => {
                check_database_url(DATABASE_URL, &url)?;
                DatabaseSource::Url(SecretString::from(url))
            }
            (None, Some(arn)) if arn.starts_with("arn:") => DatabaseSource::Secret { arn },
            (None, Some(arn)) => {
                return Err(SettingsError::new(
                    DATABASE_SECRET_ARN,
                    format!("{arn:?} is not an ARN: give arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME"),
                ))
            }
            (Some(_), Some(_)) => {
                return Err(SettingsError::new(
                    DATABASE_URL,
                    format!("set either {DATABASE_URL} or {DATABASE_SECRET_ARN}, not both"),
                ))
            }
            (None, None) => {
                return Err(SettingsError::new(
                    DATABASE_URL,
                    format!(
                        "not set: give the task store's URL, as in postgres://USER:PASSWORD@HOST:5432/DB, \
                         or {DATABASE_SECRET_ARN}, a Secrets Manager secret holding it"
                    ),
                ))
            }
        };
        let artefacts = env.get(ARTEFACTS).map(|u| env.s3_url(ARTEFACTS, u)).transpose()?;
        let success_events_dlq = env.get(SUCCESS_EVENTS_DLQ_URL);
        if let (Some(url), None) = (&success_events_dlq, &artefacts) {
            return Err(SettingsError::new(
                ARTEFACTS,
                format!(
                    "not set, yet {SUCCESS_EVENTS_DLQ_URL} is ({url}): settling a dead-lettered success event reads \
                     its success.json, so give the artefacts' location, as in s3://my-bucket/folio"
                ),
            ));
        }
        let s3_path_style = match env.get(S3_PATH_STYLE) {
            None => None,
            Some(_) => Some(env.flag(S3_PATH_STYLE, false)?),
        };
        Ok(Self {
            database,
            artefacts,
            ecs: ecs_settings(env)?,
            stale_after: env.secs(STALE_AFTER_SECS, Duration::from_secs(900), 1, 7 * 24 * 3600)?,
            success_events_dlq,
            metrics_namespace: env
                .get(METRICS_NAMESPACE)
                .unwrap_or_else(|| folio_core::metrics::NAMESPACE.into()),
            s3_path_style,
            log: LogSettings::from_env(env)?,
        })
    }

    /// The artefacts URL, for binaries that cannot work without it.
    pub fn require_artefacts(&self, who: &str) -> Result<&str> {
        self.artefacts.as_deref().ok_or_else(|| {
            SettingsError::new(
                ARTEFACTS,
                format!("not set: {who} needs the artefacts' location, as in s3://my-bucket/folio"),
            )
        })
    }

    /// The database URL when it was given as one, for the one place that opens the store.
    pub fn database_url(&self) -> Option<&str> {
        match &self.database {
            DatabaseSource::Url(url) => Some(url.expose_secret()),
            DatabaseSource::Secret { .. } => None,
        }
    }
}

fn ecs_settings(env: &Env) -> Result<Option<EcsLaunchSettings>> {
    let Some(cluster) = env.get(ECS_CLUSTER) else {
        let others = [
            ECS_TASK_DEFINITION,
            ECS_CONTAINER,
            ECS_CAPACITY,
            ECS_SUBNETS,
            ECS_SECURITY_GROUPS,
            ECS_ASSIGN_PUBLIC_IP,
        ];
        if let Some(var) = others.into_iter().find(|v| env.get(v).is_some()) {
            return Err(SettingsError::new(
                var,
                format!("set, but {ECS_CLUSTER} is not: name the cluster the workers run in, or unset {var}"),
            ));
        }
        return Ok(None);
    };
    let task_definition = env.required(
        ECS_TASK_DEFINITION,
        "the fleet-worker task definition to launch (family, family:revision or ARN)",
    )?;
    let container = env.get(ECS_CONTAINER).unwrap_or_else(|| "fleet-worker".into());
    let capacity = CapacityShare::parse_strategy(&env.get(ECS_CAPACITY).unwrap_or_else(|| "FARGATE".into()))
        .map_err(|e| SettingsError::new(ECS_CAPACITY, e.to_string()))?;
    let subnets = env.list(ECS_SUBNETS);
    let security_groups = env.list(ECS_SECURITY_GROUPS);
    let assign_public_ip = env.flag(ECS_ASSIGN_PUBLIC_IP, false)?;
    let network = if subnets.is_empty() {
        if !security_groups.is_empty() || assign_public_ip {
            return Err(SettingsError::new(
                ECS_SUBNETS,
                "not set, yet security groups or a public IP are: awsvpc networking needs subnet ids, comma-separated",
            ));
        }
        if capacity.iter().any(|c| c.provider.starts_with("FARGATE")) {
            return Err(SettingsError::new(
                ECS_SUBNETS,
                "not set: Fargate tasks need awsvpc networking; give subnet ids, comma-separated",
            ));
        }
        None
    } else {
        Some(AwsVpc {
            subnets,
            security_groups,
            assign_public_ip,
        })
    };
    let settings = EcsLaunchSettings::new(cluster, task_definition, container, capacity, network);
    settings
        .validate()
        .map_err(|e| SettingsError::new(ECS_CLUSTER, e.to_string()))?;
    Ok(Some(settings))
}

/// What a fleet worker reads beside [`Settings`].
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerSettings {
    pub job: JobName,
    pub artefacts: String,
    pub images: String,
    /// The claim's lease and the message's visibility, renewed by the heartbeat (default 300 s).
    pub lease: Duration,
    /// After SIGTERM, how long the current task may run before it is handed back (default 25 s,
    /// within ECS's default 30 s stopTimeout).
    pub drain: Duration,
    /// Exit after this many empty receives in a row (default 15; `0` in the variable: never).
    pub idle_polls: Option<u32>,
    /// How long one receive waits for a message (default 20 s, SQS's longest).
    pub receive_wait: Duration,
    /// Where per-task scratch directories go.
    pub work_dir: PathBuf,
    /// The ECS task metadata endpoint, when running in ECS.
    pub ecs_metadata_uri: Option<String>,
    /// `FOLIO_FAULT_ABORT_BEFORE_ACCEPT`: 0 unless a chaos test sets it.
    pub abort_before_accept: f64,
}

impl WorkerSettings {
    pub fn from_env(env: &Env) -> Result<Self> {
        let job = env.required(JOB, "the name of the job this worker serves")?;
        let job = JobName::new(job).map_err(|e| SettingsError::new(JOB, e.to_string()))?;
        let artefacts = env.required(ARTEFACTS, "where artefacts go, as in s3://my-bucket/folio")?;
        let images = env.required(IMAGES, "where page images are read, as in s3://my-bucket/images")?;
        let idle_polls: u32 = env.number(IDLE_POLLS, 15, "a whole number of empty receives (0: never exit)")?;
        let chance = "a chance from 0 to 1, as in 0.01";
        let abort_before_accept: f64 = env.number(FAULT_ABORT_BEFORE_ACCEPT, 0.0, chance)?;
        if !(0.0..=1.0).contains(&abort_before_accept) {
            return Err(SettingsError::new(
                FAULT_ABORT_BEFORE_ACCEPT,
                format!("{abort_before_accept} is not {chance}"),
            ));
        }
        Ok(Self {
            job,
            artefacts: env.s3_url(ARTEFACTS, artefacts)?,
            images: env.s3_url(IMAGES, images)?,
            lease: env.secs(LEASE_SECS, Duration::from_secs(300), 1, 12 * 3600)?,
            drain: env.secs(DRAIN_SECS, Duration::from_secs(25), 0, 3600)?,
            idle_polls: (idle_polls > 0).then_some(idle_polls),
            receive_wait: env.secs(RECEIVE_WAIT_SECS, Duration::from_secs(20), 0, 20)?,
            work_dir: env
                .get(WORK_DIR)
                .map(PathBuf::from)
                .unwrap_or_else(|| std::env::temp_dir().join("folio")),
            ecs_metadata_uri: env.get(ECS_METADATA_URI),
            abort_before_accept,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: (&str, &str) = (DATABASE_URL, "postgres://folio:hunter2@db:5432/folio");

    fn env(pairs: &[(&str, &str)]) -> Env {
        Env::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
    }

    fn err(r: Result<impl std::fmt::Debug>) -> SettingsError {
        r.expect_err("a settings error")
    }

    #[test]
    fn defaults_need_only_the_database() {
        let s = Settings::from_env(&env(&[URL, (LOG_FORMAT, "json")])).unwrap();
        assert_eq!(s.database_url(), Some(URL.1));
        assert!(s.artefacts.is_none() && s.ecs.is_none());
        assert_eq!(s.stale_after, Duration::from_secs(900));
        assert_eq!(s.metrics_namespace, "Folio");
        assert_eq!(s.log.format, LogFormat::Json);
        let e = err(s.require_artefacts("the on-complete function"));
        assert_eq!(e.var, ARTEFACTS);
    }

    #[test]
    fn the_database_url_is_never_shown() {
        let s = Settings::from_env(&env(&[URL])).unwrap();
        assert!(!format!("{s:?}").contains("hunter2"), "{s:?}");
        let e = err(Settings::from_env(&env(&[(DATABASE_URL, "mysql://u:hunter2@h/db")])));
        assert_eq!(e.var, DATABASE_URL);
        assert!(!e.to_string().contains("hunter2"), "{e}");
        assert!(e.to_string().contains("postgres://"), "{e}");
        let e = err(Settings::from_env(&env(&[(DATABASE_URL, "  ")])));
        assert!(e.to_string().starts_with("FOLIO_DATABASE_URL: not set"), "{e}");
    }

    #[test]
    fn the_url_may_come_from_a_secret_instead() {
        let arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:folio-db-AbCdEf";
        let s = Settings::from_env(&env(&[(DATABASE_SECRET_ARN, arn)])).unwrap();
        assert!(matches!(&s.database, DatabaseSource::Secret { arn: a } if a == arn));
        assert_eq!(s.database_url(), None);
        let e = err(Settings::from_env(&env(&[URL, (DATABASE_SECRET_ARN, arn)])));
        assert!(e.to_string().contains("not both"), "{e}");
        let e = err(Settings::from_env(&env(&[(DATABASE_SECRET_ARN, "folio-db")])));
        assert_eq!(e.var, DATABASE_SECRET_ARN);
        assert!(e.to_string().contains("\"folio-db\" is not an ARN"), "{e}");
        let e = err(Settings::from_env(&env(&[])));
        assert!(e.to_string().contains(DATABASE_SECRET_ARN), "{e}");
    }

    #[test]
    fn bad_values_name_their_variable() {
        type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
        let cases: &[Case] = &[
            (&[(ARTEFACTS, "bucket/x")], ARTEFACTS, "s3://"),
            (
                &[(STALE_AFTER_SECS, "soon")],
                STALE_AFTER_SECS,
                "whole number of seconds",
            ),
            (&[(STALE_AFTER_SECS, "0")], STALE_AFTER_SECS, "from 1"),
            (&[(LOG, "info,[[")], LOG, "not a log filter"),
            (&[(LOG_FORMAT, "xml")], LOG_FORMAT, "json or text"),
            (&[(S3_PATH_STYLE, "maybe")], S3_PATH_STYLE, "true or false"),
            (
                &[(ECS_TASK_DEFINITION, "td")],
                ECS_TASK_DEFINITION,
                "FOLIO_ECS_CLUSTER is not",
            ),
            (&[(ECS_CLUSTER, "c")], ECS_TASK_DEFINITION, "not set"),
            (
                &[(ECS_CLUSTER, "c"), (ECS_TASK_DEFINITION, "td")],
                ECS_SUBNETS,
                "Fargate",
            ),
            (
                &[
                    (ECS_CLUSTER, "c"),
                    (ECS_TASK_DEFINITION, "td"),
                    (ECS_CAPACITY, "FARGATE:x"),
                ],
                ECS_CAPACITY,
                "weight",
            ),
        ];
        for (pairs, var, says) in cases {
            let mut all = vec![URL];
            all.extend_from_slice(pairs);
            let e = err(Settings::from_env(&env(&all)));
            assert_eq!(e.var, *var, "{pairs:?}: {e}");
            assert!(e.to_string().contains(says), "{pairs:?}: {e}");
        }
    }

    #[test]
    fn ecs_settings_read_the_strategy_and_network() {
        let s = Settings::from_env(&env(&[
            URL,
            (ECS_CLUSTER, "folio"),
            (ECS_TASK_DEFINITION, "fleet-worker:3"),
            (ECS_CAPACITY, "FARGATE_SPOT:3,FARGATE:1:1"),
            (ECS_SUBNETS, "subnet-a, subnet-b"),
            (ECS_SECURITY_GROUPS, "sg-1"),
            (ECS_ASSIGN_PUBLIC_IP, "true"),
        ]))
        .unwrap();
        let ecs = s.ecs.unwrap();
        assert_eq!(
            (ecs.cluster.as_str(), ecs.container.as_str()),
            ("folio", "fleet-worker")
        );
        assert_eq!(ecs.capacity.len(), 2);
        let net = ecs.network.unwrap();
        assert_eq!(net.subnets, ["subnet-a", "subnet-b"]);
        assert!(net.assign_public_ip);
        // An EC2 capacity provider (a GPU fleet in bridge mode) needs no subnets.
        let s = Settings::from_env(&env(&[
            URL,
            (ECS_CLUSTER, "folio"),
            (ECS_TASK_DEFINITION, "gpu"),
            (ECS_CAPACITY, "gpu-g5"),
        ]))
        .unwrap();
        assert!(s.ecs.unwrap().network.is_none());
    }

    #[test]
    fn the_success_events_dead_letters_need_the_artefacts() {
        let dlq = (
            SUCCESS_EVENTS_DLQ_URL,
            "https://sqs.eu-west-1.amazonaws.com/1/folio-success-events-dead",
        );
        let e = err(Settings::from_env(&env(&[URL, dlq])));
        assert_eq!(e.var, ARTEFACTS, "{e}");
        assert!(e.to_string().contains(SUCCESS_EVENTS_DLQ_URL), "{e}");
        let s = Settings::from_env(&env(&[URL, dlq, (ARTEFACTS, "s3://folio-data/runs")])).unwrap();
        assert_eq!(s.success_events_dlq.as_deref(), Some(dlq.1));
    }

    #[test]
    fn worker_settings_have_defaults_and_name_bad_values() {
        let base = [
            (JOB, "ocr"),
            (ARTEFACTS, "s3://folio-data/runs"),
            (IMAGES, "s3://folio-images"),
        ];
        let w = WorkerSettings::from_env(&env(&base)).unwrap();
        assert_eq!(w.job.as_str(), "ocr");
        assert_eq!(
            (w.lease, w.drain, w.idle_polls, w.receive_wait),
            (
                Duration::from_secs(300),
                Duration::from_secs(25),
                Some(15),
                Duration::from_secs(20)
            )
        );
        assert!(w.ecs_metadata_uri.is_none());
        assert_eq!(w.abort_before_accept, 0.0);
        let mut never = base.to_vec();
        never.push((IDLE_POLLS, "0"));
        assert_eq!(WorkerSettings::from_env(&env(&never)).unwrap().idle_polls, None);

        let cases: &[(&str, &str, &str)] = &[
            (JOB, "OCR", "invalid job name"),
            (IMAGES, "/data/images", "s3://"),
            (LEASE_SECS, "0", "from 1"),
            (RECEIVE_WAIT_SECS, "30", "to 20"),
            (IDLE_POLLS, "-1", "whole number"),
            (FAULT_ABORT_BEFORE_ACCEPT, "2", "from 0 to 1"),
        ];
        for (var, value, says) in cases {
            let mut pairs: Vec<(&str, &str)> = base.iter().filter(|(k, _)| k != var).copied().collect();
            pairs.push((var, value));
            let e = err(WorkerSettings::from_env(&env(&pairs)));
            assert_eq!(e.var, *var, "{e}");
            assert!(e.to_string().contains(says), "{e}");
        }
        let e = err(WorkerSettings::from_env(&env(&base[1..])));
        assert_eq!(
            e.to_string(),
            "FOLIO_JOB: not set: give the name of the job this worker serves"
        );
    }
}
