//! The AWS SDK calls in the workspace's sources. An operation is a method of an SDK client
//! (`client.receive_message()`, `.put_metric_data()`, …); which names are operations comes from
//! the SDK crates themselves (the version Cargo.lock pins has one `src/operation/{name}/` per
//! operation), so a new call is found without a list kept by hand here. Each call is
//! attributed to the function it sits in (`SqsQueue::send_batch`); `#[cfg(test)]` code is left
//! out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use syn::visit::Visit;

use crate::read;

/// One SDK operation called in one function.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SdkCall {
    /// Relative to the repository root.
    pub file: String,
    /// `Type::method`, or a free function's name.
    pub function: String,
    /// The SDK: `sqs`, `s3`, `ecs`, `cloudwatch`, …
    pub service: String,
    /// The operation, as the client method is named: `receive_message`.
    pub op: String,
}

/// Every operation of every `aws-sdk-*` crate Cargo.lock pins, by service.
pub fn operations() -> BTreeMap<String, BTreeSet<String>> {
    let lock: toml::Value = toml::from_str(&read("Cargo.lock")).expect("Cargo.lock");
    let registry = cargo_home().join("registry").join("src");
    let indexes: Vec<PathBuf> = std::fs::read_dir(&registry)
        .unwrap_or_else(|e| panic!("{}: {e}: run `cargo fetch` first", registry.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    let mut out = BTreeMap::new();
    for pkg in lock["package"].as_array().expect("[[package]]") {
        let name = pkg["name"].as_str().unwrap_or_default();
        let Some(service) = name.strip_prefix("aws-sdk-") else {
            continue;
        };
        let version = pkg["version"].as_str().expect("a version");
        let dir = indexes
            .iter()
            .map(|index| index.join(format!("{name}-{version}")).join("src").join("operation"))
            .find(|d| d.is_dir())
            .unwrap_or_else(|| {
                panic!(
                    "the source of {name} {version} is not in {}: run `cargo fetch`",
                    registry.display()
                )
            });
        let ops: BTreeSet<String> = std::fs::read_dir(&dir)
            .expect("the operation directory")
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        out.entry(service.to_owned()).or_insert_with(BTreeSet::new).extend(ops);
    }
    out
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cargo"))
}

/// The SDK calls in `files` (paths relative to the repository root).
pub fn calls(files: &[String], operations: &BTreeMap<String, BTreeSet<String>>) -> Vec<SdkCall> {
    let mut out = Vec::new();
    for file in files {
        let text = read(file);
        let ast = syn::parse_file(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        // An operation name several SDKs share is settled by the SDK crates the file names.
        let named: BTreeSet<&String> = operations
            .keys()
            .filter(|s| text.contains(&format!("aws_sdk_{}", s.replace('-', "_"))))
            .collect();
        let mut finder = Finder {
            operations,
            named: &named,
            file,
            scope: Vec::new(),
            found: &mut out,
        };
        finder.visit_file(&ast);
    }
    out.sort();
    out.dedup();
    out
}

struct Finder<'a> {
    operations: &'a BTreeMap<String, BTreeSet<String>>,
    named: &'a BTreeSet<&'a String>,
    file: &'a str,
    /// The enclosing `impl` type (if any) and functions.
    scope: Vec<String>,
    found: &'a mut Vec<SdkCall>,
}

fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.meta
                .require_list()
                .is_ok_and(|l| l.tokens.to_string().contains("test"))
    })
}

fn type_name(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default(),
        _ => "?".to_owned(),
    }
}

impl<'ast> Visit<'ast> for Finder<'_> {
    fn visit_item_mod(&mut self, node: &'ast syn::ItemMod) {
        if !is_test_only(&node.attrs) {
            syn::visit::visit_item_mod(self, node);
        }
    }

    fn visit_item_impl(&mut self, node: &'ast syn::ItemImpl) {
        if is_test_only(&node.attrs) {
            return;
        }
        self.scope.push(type_name(&node.self_ty));
        syn::visit::visit_item_impl(self, node);
        self.scope.pop();
    }

    fn visit_item_fn(&mut self, node: &'ast syn::ItemFn) {
        if is_test_only(&node.attrs) {
            return;
        }
        self.scope.push(node.sig.ident.to_string());
        syn::visit::visit_item_fn(self, node);
        self.scope.pop();
    }

    fn visit_impl_item_fn(&mut self, node: &'ast syn::ImplItemFn) {
        if is_test_only(&node.attrs) {
            return;
        }
        self.scope.push(node.sig.ident.to_string());
        syn::visit::visit_impl_item_fn(self, node);
        self.scope.pop();
    }

    fn visit_expr_method_call(&mut self, node: &'ast syn::ExprMethodCall) {
        let op = node.method.to_string();
        if node.args.is_empty() && node.turbofish.is_none() {
            let owners: Vec<&String> = self
                .operations
                .iter()
                .filter(|(_, ops)| ops.contains(&op))
                .map(|(s, _)| s)
                .collect();
            let owners = if owners.len() > 1 {
                owners.into_iter().filter(|s| self.named.contains(s)).collect()
            } else {
                owners
            };
            match owners.as_slice() {
                [] => {}
                [service] => self.found.push(SdkCall {
                    file: self.file.to_owned(),
                    function: self.scope.join("::"),
                    service: (*service).clone(),
                    op,
                }),
                several => panic!(
                    "{}: `.{op}()` in {} is an operation of several SDKs ({several:?}); name the SDK crate in the file",
                    self.file,
                    self.scope.join("::")
                ),
            }
        }
        syn::visit::visit_expr_method_call(self, node);
    }
}
