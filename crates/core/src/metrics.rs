//! Metric names, in one place: the backlog tick publishes them, alarms and the provisioner read
//! them. Namespace `Folio`, dimension `Job`.

pub const NAMESPACE: &str = "Folio";
pub const DIMENSION_JOB: &str = "Job";

/// Messages waiting to be received.
pub const VISIBLE_MESSAGES: &str = "VisibleMessages";
/// Messages received and not yet deleted.
pub const IN_FLIGHT_MESSAGES: &str = "InFlightMessages";
/// Workers running or starting.
pub const RUNNING_WORKERS: &str = "RunningWorkers";
/// Seconds of queued work per running worker (infinite ones are published as a large number).
pub const BACKLOG_SECONDS: &str = "BacklogSeconds";
/// Tasks that failed in the last tick's window.
pub const FAILED_TASKS: &str = "FailedTasks";
