//! folio's job kinds and the registry that binaries build from them. Adding a kind is one
//! module here and one `.with(...)` line in [`registry`].

pub mod exec;

use folio_core::kind::Registry;

/// Every kind this build knows, by the name jobs give in `kind`.
pub fn registry() -> Registry {
    Registry::new().with(exec::Exec)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_knows_exec_and_names_it_when_refusing_others() {
        let kinds = registry();
        assert_eq!(kinds.names(), ["exec"]);
        let err = kinds.validate("ocr", &serde_json::json!({})).unwrap_err();
        assert_eq!(err, "unknown job kind 'ocr': this build knows exec");
        let err = kinds.validate("exec", &serde_json::json!({"command": []})).unwrap_err();
        assert!(err.starts_with("exec job config: "), "{err}");
    }
}
