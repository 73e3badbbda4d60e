//! Contract tests of the AWS adapters against a real moto server (installed by
//! `scripts/python-tools`) and PostgreSQL (`DATABASE_URL`). Built only with the
//! `emulator-tests` feature: `cargo test -p folio-aws --features emulator-tests`.

mod cloudwatch;
mod common;
mod ecs;
mod s3;
mod secrets;
mod sqs;
