//! folio's job kinds and the registry that binaries build from them. Adding a kind is one
//! module here and one `.with(...)` line in [`registry`].

pub mod exec;
pub mod ocr;
pub mod ocr_eval;

use folio_core::kind::Registry;

/// Every kind this build knows, by the name jobs give in `kind`.
pub fn registry() -> Registry {
    Registry::new().with(exec::Exec).with(ocr::Ocr).with(ocr_eval::OcrEval)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_knows_its_kinds_and_names_them_when_refusing_others() {
        let kinds = registry();
        assert_eq!(kinds.names(), ["exec", "ocr", "ocr-eval"]);
        let err = kinds.validate("tesseract", &serde_json::json!({})).unwrap_err();
        assert_eq!(
            err,
            "unknown job kind 'tesseract': this build knows exec, ocr, ocr-eval"
        );
        let err = kinds.validate("exec", &serde_json::json!({"command": []})).unwrap_err();
        assert!(err.starts_with("exec job config: "), "{err}");
    }
}
