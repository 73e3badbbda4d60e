//! The ECS task metadata endpoint (version 4), read once at start for the task's ARN and
//! cluster: what scale-in protection names. ECS sets `ECS_CONTAINER_METADATA_URI_V4` in every
//! container; the endpoint is plain HTTP on a link-local address, so one HTTP/1.0 GET (answered
//! without chunking, the connection closed after the body) is all it takes.

use std::time::Duration;

use serde::Deserialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const TIMEOUT: Duration = Duration::from_secs(5);
const MAX_RESPONSE: u64 = 1 << 20;

/// What the worker needs to know about its own ECS task.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct TaskMetadata {
    /// The cluster's name or ARN.
    #[serde(rename = "Cluster")]
    pub cluster: String,
    #[serde(rename = "TaskARN")]
    pub task_arn: String,
}

#[derive(Debug, thiserror::Error)]
pub enum MetadataError {
    #[error("{uri} is not an http:// URL")]
    BadUri { uri: String },
    #[error("{url}: {source}")]
    Io {
        url: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{url} did not answer within {TIMEOUT:?}")]
    Timeout { url: String },
    #[error("{url} answered {status}")]
    Status { url: String, status: String },
    #[error("{url} answered what is not task metadata: {source}")]
    Body {
        url: String,
        #[source]
        source: serde_json::Error,
    },
}

/// Reads `{uri}/task`.
pub async fn read(uri: &str) -> Result<TaskMetadata, MetadataError> {
    let url = format!("{}/task", uri.trim_end_matches('/'));
    let body = tokio::time::timeout(TIMEOUT, get(&url))
        .await
        .map_err(|_| MetadataError::Timeout { url: url.clone() })??;
    serde_json::from_slice(&body).map_err(|source| MetadataError::Body { url, source })
}

async fn get(url: &str) -> Result<Vec<u8>, MetadataError> {
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| MetadataError::BadUri { uri: url.to_owned() })?;
    let (authority, path) = match rest.split_once('/') {
        Some((a, p)) => (a, format!("/{p}")),
        None => (rest, "/".to_owned()),
    };
    if authority.is_empty() {
        return Err(MetadataError::BadUri { uri: url.to_owned() });
    }
    let address = if authority.contains(':') {
        authority.to_owned()
    } else {
        format!("{authority}:80")
    };
    let io = |source| MetadataError::Io {
        url: url.to_owned(),
        source,
    };
    let mut stream = TcpStream::connect(address).await.map_err(io)?;
    let request = format!("GET {path} HTTP/1.0\r\nHost: {authority}\r\nAccept: application/json\r\n\r\n");
    stream.write_all(request.as_bytes()).await.map_err(io)?;
    let mut response = Vec::new();
    stream.take(MAX_RESPONSE).read_to_end(&mut response).await.map_err(io)?;
    let split = response.windows(4).position(|w| w == b"\r\n\r\n");
    let (head, body) = match split {
        Some(at) => (&response[..at], response[at + 4..].to_vec()),
        None => (&response[..], Vec::new()),
    };
    let status_line = String::from_utf8_lossy(head.split(|b| *b == b'\n').next().unwrap_or_default())
        .trim()
        .to_owned();
    if status_line.split_whitespace().nth(1) != Some("200") {
        return Err(MetadataError::Status {
            url: url.to_owned(),
            status: status_line,
        });
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::net::TcpListener;

    /// Serves one request with `response`, and returns the request it read.
    async fn serve_once(response: &'static str) -> (String, tokio::task::JoinHandle<String>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let uri = format!("http://{}/v4/abc", listener.local_addr().unwrap());
        let handle = tokio::spawn(async move {
            let (mut s, _) = listener.accept().await.unwrap();
            let mut buf = vec![0; 4096];
            let n = s.read(&mut buf).await.unwrap();
            s.write_all(response.as_bytes()).await.unwrap();
            String::from_utf8_lossy(&buf[..n]).into_owned()
        });
        (uri, handle)
    }

    #[tokio::test]
    async fn reads_the_task_arn_and_cluster() {
        let (uri, server) = serve_once(
            "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n\
             {\"Cluster\":\"arn:aws:ecs:us-east-1:1:cluster/folio\",\"TaskARN\":\"arn:aws:ecs:us-east-1:1:task/folio/42\",\"Family\":\"fleet-worker\"}",
        )
        .await;
        let meta = read(&uri).await.unwrap();
        assert_eq!(meta.task_arn, "arn:aws:ecs:us-east-1:1:task/folio/42");
        assert_eq!(meta.cluster, "arn:aws:ecs:us-east-1:1:cluster/folio");
        assert!(server.await.unwrap().starts_with("GET /v4/abc/task HTTP/1.0\r\n"));
    }

    #[tokio::test]
    async fn failures_name_the_endpoint() {
        let (uri, _server) = serve_once("HTTP/1.0 404 Not Found\r\n\r\nno").await;
        let e = read(&uri).await.unwrap_err().to_string();
        assert!(e.contains("/v4/abc/task") && e.contains("404"), "{e}");
        let (uri, _server) = serve_once("HTTP/1.0 200 OK\r\n\r\n{}").await;
        let e = read(&uri).await.unwrap_err().to_string();
        assert!(e.contains("not task metadata"), "{e}");
        let e = read("https://169.254.170.2/v4").await.unwrap_err().to_string();
        assert!(e.contains("not an http:// URL"), "{e}");
    }
}
