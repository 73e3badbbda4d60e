//! One module per command; each takes the resolved profile and its arguments.

pub mod bench;
pub mod bench_chaos;
pub mod bench_ocr;
pub mod enqueue;
pub mod errors;
pub mod jobs;
pub mod ocr;
pub mod redrive;
pub mod run;
pub mod status;
pub mod tasks;
pub mod worker;
pub mod workers;
