//! What the infra tests read: the CloudFormation template ([`template`]), the workspace's
//! packages and binaries ([`workspace`]), the AWS SDK calls in their sources ([`sdk`]) and the
//! IAM actions those calls need ([`iam`]). The tests themselves are in `tests/template.rs`.

pub mod iam;
pub mod sdk;
pub mod template;
pub mod workspace;

use std::path::PathBuf;

/// The repository root (this package lives in `infra/`).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("infra/ has a parent")
        .to_path_buf()
}

/// A file of the repository, read whole; a missing file fails the test that wanted it.
pub fn read(relative: &str) -> String {
    let path = repo_root().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}
