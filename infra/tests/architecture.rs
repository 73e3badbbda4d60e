//! The dependency rules of ARCHITECTURE.md, read from the manifests and sources: core is free
//! of SQL, AWS, the lambda runtime and burn; workspace dependencies point down the layers;
//! only the store (and test support) links sqlx; burn is reached only through the OCR engine.

use std::collections::BTreeMap;

use folio_infra_tests::{read, repo_root};
use toml::Value;

/// Each member's package name → the names of its normal dependencies (not dev-dependencies:
/// what its library or binary links).
fn dependencies() -> BTreeMap<String, Vec<String>> {
    let root: Value = toml::from_str(&read("Cargo.toml")).expect("the root manifest");
    let mut out = BTreeMap::new();
    for member in root["workspace"]["members"].as_array().expect("workspace.members") {
        let dir = member.as_str().expect("a member path");
        let manifest: Value = toml::from_str(&read(&format!("{dir}/Cargo.toml"))).expect("a member manifest");
        let name = manifest["package"]["name"].as_str().expect("package.name").to_owned();
        let deps = manifest
            .get("dependencies")
            .and_then(Value::as_table)
            .map(|t| t.keys().cloned().collect())
            .unwrap_or_default();
        out.insert(name, deps);
    }
    out
}

fn deps_of<'a>(all: &'a BTreeMap<String, Vec<String>>, package: &str) -> &'a [String] {
    all.get(package)
        .unwrap_or_else(|| panic!("no workspace member named {package}"))
}

fn is_aws(dep: &str) -> bool {
    dep.starts_with("aws-") || dep.starts_with("aws_") || dep == "lambda_runtime"
}

#[test]
fn core_knows_nothing_of_sql_aws_lambda_or_burn() {
    let all = dependencies();
    let bad: Vec<&String> = deps_of(&all, "folio-core")
        .iter()
        .filter(|d| d.starts_with("sqlx") || is_aws(d) || d.starts_with("burn") || d.starts_with("folio-"))
        .collect();
    assert!(
        bad.is_empty(),
        "folio-core must depend on no SQL driver, AWS crate, lambda runtime, burn or other folio crate: {bad:?}"
    );
}

#[test]
fn workspace_dependencies_point_down_the_layers() {
    // Each package, and the folio packages it may link.
    let allowed: &[(&str, &[&str])] = &[
        ("folio-core", &[]),
        ("folio-store", &["folio-core"]),
        ("folio-aws", &["folio-core"]),
        ("folio-ocr-models", &[]),
        ("folio-ocr", &["folio-ocr-models"]),
        ("folio-jobs", &["folio-core", "folio-ocr"]),
        ("folio-service", &["folio-core", "folio-store", "folio-aws"]),
        ("folio-chaos", &["folio-core"]),
        ("folio-emulator", &["folio-core", "folio-store", "folio-aws"]),
    ];
    let all = dependencies();
    for (package, may) in allowed {
        let linked: Vec<&String> = deps_of(&all, package)
            .iter()
            .filter(|d| d.starts_with("folio-") && !may.contains(&d.as_str()))
            .collect();
        assert!(
            linked.is_empty(),
            "{package} links {linked:?}, which sit at or above its layer"
        );
    }
    // No library links a binary's package.
    for (package, deps) in &all {
        for bin in ["folio-cli", "fleet-worker"] {
            assert!(
                !deps.iter().any(|d| d == bin),
                "{package} links the binary package {bin}"
            );
        }
    }
}

#[test]
fn only_the_store_and_test_support_link_sqlx() {
    // The CLI hands `folio bench chaos`'s pool to the chaos check; chaos is test support that
    // reads the tables to check the invariants.
    let may = ["folio-store", "folio-cli", "folio-chaos"];
    let all = dependencies();
    let linking: Vec<&String> = all
        .iter()
        .filter(|(p, deps)| deps.iter().any(|d| d == "sqlx") && !may.contains(&p.as_str()))
        .map(|(p, _)| p)
        .collect();
    assert!(
        linking.is_empty(),
        "sqlx is linked by {linking:?}: SQL belongs in crates/store"
    );
}

#[test]
fn burn_is_reached_only_through_the_ocr_engine() {
    let all = dependencies();
    let linking: Vec<&String> = all
        .iter()
        .filter(|(p, deps)| deps.iter().any(|d| d.starts_with("burn")) && p.as_str() != "folio-ocr-models")
        .map(|(p, _)| p)
        .collect();
    assert!(
        linking.is_empty(),
        "burn is linked by {linking:?}: only folio-ocr-models may"
    );
    // Within folio-ocr, only engine.rs touches the models' tensors.
    let dir = repo_root().join("crates/ocr/src");
    for entry in std::fs::read_dir(&dir).expect("crates/ocr/src") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("engine.rs") {
            continue;
        }
        let code = std::fs::read_to_string(&path).expect("a source file");
        for (n, line) in code.lines().enumerate() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            assert!(
                !(line.contains("folio_ocr_models") || line.contains("burn::") || line.contains("Tensor<")),
                "{}:{}: the models are reached only through engine.rs: {line}",
                path.display(),
                n + 1
            );
        }
    }
}
