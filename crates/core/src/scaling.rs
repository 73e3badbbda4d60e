//! Scaling maths: how many workers a job's backlog calls for. Scale-out is proportional to the
//! deficit; scale-in happens only by workers exiting when idle, so the two never fight.

/// What the provisioner knows about one job at one moment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Backlog {
    /// Messages (or claimable tasks) waiting.
    pub visible: u64,
    /// Mean seconds one task takes, from recent completions.
    pub mean_task_secs: f64,
    /// Workers running, pending, or launched within the last minute.
    pub workers: u32,
}

/// Seconds of work queued per running worker; infinite when work waits and nobody runs.
pub fn backlog_seconds(b: &Backlog) -> f64 {
    let work = b.visible as f64 * b.mean_task_secs.max(0.0);
    match b.workers {
        0 if b.visible > 0 => f64::INFINITY,
        0 => 0.0,
        n => work / f64::from(n),
    }
}

/// Workers needed to bring the backlog down to `target_secs`, clamped to `[0, max_workers]`.
/// With work waiting and no mean yet (a cold start), it asks for one worker at once.
pub fn desired_workers(b: &Backlog, target_secs: f64, max_workers: u32) -> u32 {
    if b.visible == 0 || max_workers == 0 {
        return 0;
    }
    let mean = if b.mean_task_secs.is_finite() && b.mean_task_secs > 0.0 {
        b.mean_task_secs
    } else {
        0.0
    };
    let target = if target_secs.is_finite() && target_secs > 0.0 {
        target_secs
    } else {
        1.0
    };
    let wanted = (b.visible as f64 * mean / target).ceil();
    let wanted = if wanted.is_finite() {
        wanted.max(1.0)
    } else {
        f64::from(max_workers)
    };
    (wanted.min(f64::from(max_workers))) as u32
}

/// Workers to launch now: the deficit between desired and those already counted.
pub fn launch_deficit(b: &Backlog, target_secs: f64, max_workers: u32) -> u32 {
    desired_workers(b, target_secs, max_workers).saturating_sub(b.workers)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(visible: u64, mean: f64, workers: u32) -> Backlog {
        Backlog {
            visible,
            mean_task_secs: mean,
            workers,
        }
    }

    #[test]
    fn desired_is_work_over_target_rounded_up() {
        assert_eq!(desired_workers(&b(100, 60.0, 0), 600.0, 50), 10);
        assert_eq!(desired_workers(&b(101, 60.0, 0), 600.0, 50), 11);
    }

    #[test]
    fn desired_is_capped_and_zero_without_work() {
        assert_eq!(desired_workers(&b(10_000, 60.0, 0), 600.0, 25), 25);
        assert_eq!(desired_workers(&b(0, 60.0, 3), 600.0, 25), 0);
        assert_eq!(desired_workers(&b(5, 60.0, 0), 600.0, 0), 0);
    }

    #[test]
    fn cold_start_asks_for_one_worker() {
        assert_eq!(desired_workers(&b(3, 0.0, 0), 600.0, 10), 1);
        assert_eq!(desired_workers(&b(3, f64::NAN, 0), 600.0, 10), 1);
        assert_eq!(launch_deficit(&b(3, 0.0, 0), 600.0, 10), 1);
    }

    #[test]
    fn deficit_subtracts_counted_workers_and_never_goes_negative() {
        assert_eq!(launch_deficit(&b(100, 60.0, 4), 600.0, 50), 6);
        assert_eq!(launch_deficit(&b(1, 60.0, 4), 600.0, 50), 0);
    }

    #[test]
    fn backlog_seconds_per_worker() {
        assert_eq!(backlog_seconds(&b(100, 6.0, 2)), 300.0);
        assert_eq!(backlog_seconds(&b(1, 6.0, 0)), f64::INFINITY);
        assert_eq!(backlog_seconds(&b(0, 6.0, 0)), 0.0);
    }
}
