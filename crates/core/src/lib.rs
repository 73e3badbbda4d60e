//! folio's domain, free of any SQL driver or AWS SDK: identifiers, jobs and their DAG, the task
//! state machine, scaling maths, the ports that adapters implement, the completion handler that
//! both the S3-triggered Lambda and the embedded blob store call, and the worker runtime.

pub mod backlog;
pub mod blob;
pub mod clock;
pub mod completion;
pub mod dag;
pub mod enqueue;
pub mod ids;
pub mod job;
pub mod kind;
pub mod manifest;
pub mod message;
pub mod metrics;
pub mod ports;
pub mod provision;
pub mod scaling;
pub mod task;
pub mod worker;

pub use ids::{JobName, TaskId, VolumeRef, WorkerId};
pub use job::{Job, JobSpec, JobStatus};
pub use task::{FailureKind, StatusCounts, TaskStatus};
pub use worker::WorkerState;
