//! The queue message body: versioned JSON, validated on receipt so that a bad body is sent to
//! the dead-letter queue with its reason instead of crashing a worker.

use serde::{Deserialize, Serialize};

use crate::ids::{JobName, TaskId, VolumeRef};

pub const MESSAGE_VERSION: u32 = 1;

/// `{ "v": 1, "task_id", "job", "volume": {w_id, i_id, etag}, "attempt" }`. A reduce task has
/// no volume. `attempt` is the number of attempts made when the message was sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskMessage {
    pub v: u32,
    pub task_id: TaskId,
    pub job: JobName,
    pub volume: Option<VolumeRef>,
    pub attempt: i32,
    /// How long the queue should hold the message before a worker may receive it (a retry's
    /// backoff). Not part of the body: SQS carries it as the message's DelaySeconds.
    #[serde(skip)]
    pub delay: std::time::Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum MessageError {
    #[error("message body is not a folio task message: {0}")]
    Malformed(#[from] serde_json::Error),
    #[error("message version {0} is not supported (this worker reads version {MESSAGE_VERSION})")]
    Version(u32),
    #[error("message volume is invalid: {0}")]
    Volume(#[from] crate::ids::InvalidId),
}

impl TaskMessage {
    pub fn new(task_id: TaskId, job: JobName, volume: Option<VolumeRef>, attempt: i32) -> Self {
        Self {
            v: MESSAGE_VERSION,
            task_id,
            job,
            volume,
            attempt,
            delay: std::time::Duration::ZERO,
        }
    }

    /// The same message, held back by `delay`.
    pub fn delayed(mut self, delay: std::time::Duration) -> Self {
        self.delay = delay;
        self
    }

    pub fn parse(body: &str) -> Result<Self, MessageError> {
        let msg: TaskMessage = serde_json::from_str(body)?;
        if msg.v != MESSAGE_VERSION {
            return Err(MessageError::Version(msg.v));
        }
        if let Some(v) = &msg.volume {
            v.validate()?;
        }
        Ok(msg)
    }

    pub fn to_body(&self) -> String {
        serde_json::to_string(self).expect("a task message always serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_validates() {
        let m = TaskMessage::new(
            TaskId(7),
            JobName::new("ocr").unwrap(),
            Some(VolumeRef::new("W1", "I1", "e1").unwrap()),
            0,
        );
        assert_eq!(TaskMessage::parse(&m.to_body()).unwrap(), m);
    }

    #[test]
    fn bad_bodies_give_reasons() {
        let err = TaskMessage::parse("not json").unwrap_err();
        assert!(err.to_string().starts_with("message body is not a folio task message"));
        let err = TaskMessage::parse(r#"{"v":2,"task_id":1,"job":"ocr","volume":null,"attempt":0}"#).unwrap_err();
        assert!(matches!(err, MessageError::Version(2)));
        let err = TaskMessage::parse(
            r#"{"v":1,"task_id":1,"job":"ocr","volume":{"w_id":"..","i_id":"I","etag":"e"},"attempt":0}"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("w_id"), "{err}");
    }
}
