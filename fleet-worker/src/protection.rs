//! ECS scale-in protection around each task, as a worker-runtime hook: on when a task is
//! claimed (for the task's duration cap), off when it is settled. An endpoint without the call
//! (moto, or a missing permission) only costs a warning: the lease and the queue bring back the
//! task of a worker that ECS stops unprotected.

use std::time::Duration;

use async_trait::async_trait;
use folio_aws::ecs::{Protection, TaskProtection};
use folio_core::ports::Claim;
use folio_core::worker::TaskHooks;

pub struct ScaleInProtection(TaskProtection);

impl ScaleInProtection {
    pub fn new(protection: TaskProtection) -> Self {
        Self(protection)
    }
}

#[async_trait]
impl TaskHooks for ScaleInProtection {
    async fn task_started(&self, _claim: &Claim, for_at_most: Duration) {
        if self.0.set(true, for_at_most).await == Protection::Set {
            tracing::debug!(minutes = for_at_most.as_secs().div_ceil(60), "scale-in protection on");
        }
    }

    async fn task_ended(&self, _claim: &Claim) {
        if self.0.set(false, Duration::ZERO).await == Protection::Set {
            tracing::debug!("scale-in protection off");
        }
    }
}
