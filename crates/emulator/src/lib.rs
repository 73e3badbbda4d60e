//! The harness every emulator suite shares (folio-aws's contract tests, fleet-worker's
//! end-to-end tests, the CLI's AWS profile): one moto server per test binary, started from
//! `.venv/bin/moto_server` on a free port and stopped when the binary exits, however it exits;
//! the SDK pointed at it the production way (`AWS_ENDPOINT_URL`, which child processes inherit);
//! a fresh PostgreSQL database per test; random resource names.
//!
//! A test crate, not shipped: it panics with the fix when moto or PostgreSQL is missing.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use folio_aws::AwsClients;
use folio_core::ports::TaskStore;
use folio_core::{JobName, JobSpec};
use folio_store::scratch::ScratchDb;

pub struct Moto {
    pub endpoint: String,
    // The server's watcher exits, and stops the server, when this pipe closes: when the test
    // binary exits, however it exits.
    _lifeline: Mutex<(Child, ChildStdin)>,
}

static MOTO: OnceLock<Moto> = OnceLock::new();

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binding a local port");
    listener.local_addr().expect("a bound port").port()
}

fn start_moto() -> Moto {
    let moto = repo_root().join(".venv/bin/moto_server");
    assert!(
        moto.exists(),
        "{} is missing: run scripts/python-tools to install moto[server] into .venv/",
        moto.display()
    );
    let mut last_error = String::new();
    for _ in 0..3 {
        let port = free_port();
        let mut child = Command::new("bash")
            .arg("-c")
            .arg(r#""$0" -H 127.0.0.1 -p "$1" >/dev/null 2>&1 & m=$!; trap 'kill $m 2>/dev/null' EXIT; cat >/dev/null"#)
            .arg(&moto)
            .arg(port.to_string())
            .stdin(Stdio::piped())
            .spawn()
            .expect("starting bash for moto_server");
        let stdin = child.stdin.take().expect("a piped stdin");
        let endpoint = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok((200, _)) = http_blocking(port, "GET", "/moto-api/", &[], "") {
                return Moto {
                    endpoint,
                    _lifeline: Mutex::new((child, stdin)),
                };
            }
            if let Ok(Some(status)) = child.try_wait() {
                last_error = format!("moto_server's watcher exited with {status}");
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        if last_error.is_empty() {
            last_error = format!("moto_server did not answer at {endpoint}/moto-api/ within 20 s");
        }
        drop(stdin);
        let _ = child.wait();
    }
    panic!("could not start moto_server: {last_error}");
}

/// The shared server, started on first use; the environment then points the SDK at it.
pub fn moto() -> &'static Moto {
    MOTO.get_or_init(|| {
        let moto = start_moto();
        // Set once, before any client exists, and never changed: the SDK reads these as it
        // would in production.
        for (k, v) in [
            ("AWS_ENDPOINT_URL", moto.endpoint.as_str()),
            ("AWS_ACCESS_KEY_ID", "test"),
            ("AWS_SECRET_ACCESS_KEY", "test"),
            ("AWS_REGION", "us-east-1"),
        ] {
            std::env::set_var(k, v);
        }
        for k in ["AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_DEFAULT_REGION"] {
            std::env::remove_var(k);
        }
        moto
    })
}

pub fn moto_port() -> u16 {
    moto()
        .endpoint
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .expect("the endpoint ends in a port")
}

pub struct Aws {
    pub config: aws_config::SdkConfig,
    pub clients: AwsClients,
}

/// Clients on the emulator, configured exactly as a binary configures them.
pub async fn aws() -> Aws {
    moto();
    let config = folio_aws::load_sdk_config().await;
    let clients = AwsClients::new(&config, None);
    Aws { config, clients }
}

/// A name no other test uses: `{prefix}{12 hex digits}`.
pub fn unique(prefix: &str) -> String {
    format!("{prefix}{}", &uuid::Uuid::new_v4().simple().to_string()[..12])
}

pub fn unique_job() -> JobName {
    JobName::new(unique("j")).unwrap()
}

/// One HTTP/1.0 request to the emulator (HTTP/1.0, so the answer is never chunked).
fn http_blocking(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> std::io::Result<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut request = format!(
        "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes())?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    Ok((status, body))
}

pub async fn http(method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> (u16, String) {
    let port = moto_port();
    let (method, path, body) = (method.to_owned(), path.to_owned(), body.to_owned());
    let headers: Vec<(String, String)> = headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    tokio::task::spawn_blocking(move || {
        let h: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        http_blocking(port, &method, &path, &h, &body)
    })
    .await
    .expect("the request thread")
    .expect("an answer from moto")
}

/// Keeps ECS tasks in their state: by default moto moves a task one state on per describe.
pub async fn keep_ecs_tasks_running() {
    let (status, body) = http(
        "POST",
        "/moto-api/state-manager/set-transition",
        &[("Content-Type", "application/json")],
        r#"{"model_name":"ecs::task","transition":{"progression":"manual","times":1000000}}"#,
    )
    .await;
    assert!((200..300).contains(&status), "set-transition answered {status}: {body}");
}

/// An EC2 query answered by moto without aws-sdk-ec2: it needs only a SigV4-shaped header.
async fn ec2_query(query: &str) -> String {
    let (status, body) = http(
        "GET",
        &format!("/?{query}&Version=2016-11-15"),
        &[(
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=x",
        )],
        "",
    )
    .await;
    assert_eq!(status, 200, "EC2 {query}: {body}");
    body
}

fn xml_values(xml: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    xml.split(&open)
        .skip(1)
        .filter_map(|s| s.split_once(&close).map(|(v, _)| v.to_owned()))
        .collect()
}

/// The default VPC's subnets (one per AZ; new ids after every moto reset).
pub async fn default_subnets() -> Vec<String> {
    let xml = ec2_query("Action=DescribeSubnets&Filter.1.Name=default-for-az&Filter.1.Value.1=true").await;
    let subnets = xml_values(&xml, "subnetId");
    assert!(!subnets.is_empty(), "moto listed no default subnets: {xml}");
    subnets
}

pub async fn default_security_group() -> String {
    let xml = ec2_query("Action=DescribeSecurityGroups&Filter.1.Name=group-name&Filter.1.Value.1=default").await;
    xml_values(&xml, "groupId")
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("moto listed no default security group: {xml}"))
}

pub fn admin_url() -> String {
    std::env::var("DATABASE_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A fresh PostgreSQL database and a task store on it, dropped with this value.
pub struct TestDb {
    pub store: Arc<dyn TaskStore>,
    /// The database's URL, for a binary under test.
    pub url: String,
    _db: ScratchDb,
}

pub async fn postgres() -> TestDb {
    let admin = admin_url();
    let name = format!("folio_test_{}", uuid::Uuid::new_v4().simple());
    let db = ScratchDb::create(&admin, &name, &[])
        .await
        .unwrap_or_else(|e| panic!("PostgreSQL at {admin} is needed for these tests (set DATABASE_URL): {e}"));
    let store = folio_store::open(db.url()).await.unwrap();
    TestDb {
        store,
        url: db.url().to_owned(),
        _db: db,
    }
}

/// An `exec` job spec with the default settings.
pub fn job_spec(name: &JobName) -> JobSpec {
    serde_json::from_value(serde_json::json!({ "name": name, "kind": "exec", "config": { "command": ["true"] } }))
        .unwrap()
}

/// Polls `check` every 100 ms until it holds, or panics after `timeout` naming `what`.
pub async fn wait_until<F, Fut>(timeout: Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + timeout;
    while !check().await {
        assert!(
            Instant::now() < deadline,
            "timed out after {timeout:?} waiting until {what}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
