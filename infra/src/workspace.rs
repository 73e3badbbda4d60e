//! The workspace's packages, read from the manifests: their binaries, their source
//! directories, and which workspace packages each one depends on (its normal dependencies, not
//! its dev-dependencies: what a deployed binary links).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use toml::Value;

use crate::{read, repo_root};

#[derive(Debug, Clone)]
pub struct Package {
    pub name: String,
    /// Relative to the repository root.
    pub dir: String,
    pub bins: Vec<String>,
    /// Names of the workspace packages it depends on.
    pub deps: Vec<String>,
}

#[derive(Debug)]
pub struct Workspace {
    pub packages: BTreeMap<String, Package>,
}

impl Workspace {
    pub fn load() -> Self {
        let root: Value = toml::from_str(&read("Cargo.toml")).expect("the root manifest");
        let members = root["workspace"]["members"].as_array().expect("workspace.members");
        // `foo.workspace = true` resolves through [workspace.dependencies]: which of those are
        // path dependencies, i.e. workspace packages.
        let workspace_paths: BTreeMap<String, String> = root["workspace"]["dependencies"]
            .as_table()
            .map(|t| {
                t.iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.get("path")?.as_str()?.to_owned())))
                    .collect()
            })
            .unwrap_or_default();
        let mut packages = BTreeMap::new();
        for member in members {
            let dir = member.as_str().expect("a member path").to_owned();
            let manifest: Value = toml::from_str(&read(&format!("{dir}/Cargo.toml"))).expect("a member manifest");
            let name = manifest["package"]["name"].as_str().expect("package.name").to_owned();
            let mut bins: Vec<String> = manifest
                .get("bin")
                .and_then(Value::as_array)
                .map(|bins| {
                    bins.iter()
                        .filter_map(|b| b["name"].as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            if bins.is_empty() && repo_root().join(&dir).join("src/main.rs").exists() {
                bins.push(name.clone());
            }
            let deps = manifest
                .get("dependencies")
                .and_then(Value::as_table)
                .map(|t| {
                    t.iter()
                        .filter(|(k, v)| {
                            v.get("path").is_some()
                                || (v.get("workspace").and_then(Value::as_bool) == Some(true)
                                    && workspace_paths.contains_key(*k))
                        })
                        .map(|(k, _)| k.clone())
                        .collect()
                })
                .unwrap_or_default();
            packages.insert(name.clone(), Package { name, dir, bins, deps });
        }
        Self { packages }
    }

    /// The package that builds binary `bin`.
    pub fn package_of_bin(&self, bin: &str) -> Option<&Package> {
        self.packages.values().find(|p| p.bins.iter().any(|b| b == bin))
    }

    /// `package` and every workspace package it depends on, transitively.
    pub fn closure(&self, package: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![package.to_owned()];
        while let Some(p) = todo.pop() {
            if !seen.insert(p.clone()) {
                continue;
            }
            if let Some(pkg) = self.packages.get(&p) {
                todo.extend(pkg.deps.iter().cloned());
            }
        }
        seen
    }

    /// The `.rs` files under a package's `src/`, relative to the repository root.
    pub fn sources(&self, package: &str) -> Vec<String> {
        let pkg = &self.packages[package];
        let mut out = Vec::new();
        let mut dirs = vec![repo_root().join(&pkg.dir).join("src")];
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for entry in entries.flatten() {
                let path: PathBuf = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let rel = path.strip_prefix(repo_root()).expect("under the root");
                    out.push(rel.to_string_lossy().into_owned());
                }
            }
        }
        out.sort();
        out
    }
}
