//! End-to-end tests of folio's AWS profile against a real moto server (installed by
//! `scripts/python-tools`) and PostgreSQL (`DATABASE_URL`): the four functions' handlers in
//! process and real fleet-worker processes. Built only with the `emulator-tests` feature:
//! `cargo test -p fleet-worker --features emulator-tests`.

mod chaos;
mod common;
mod dead_letters;
mod kill;
mod pipeline;
mod poison;
mod provision;
mod throughput;
