//! Volume manifests: JSON Lines of `{"w_id", "i_id", "etag", "nb_images"}`, as operators hand
//! them to `folio enqueue --manifest` or to the enqueue Lambda (`s3://…`). Blank lines and
//! lines starting with `#` are skipped; a bad line is named by its number.

use serde::Deserialize;

use crate::ids::{VolumeRef, VolumeSpec};

pub const EXAMPLE_LINE: &str = r#"{"w_id": "W1", "i_id": "I1", "etag": "3f2a", "nb_images": 120}"#;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ManifestError {
    #[error("line {line}: {message}")]
    Line { line: usize, message: String },
    #[error("no volumes: give one JSON object per line, e.g. {EXAMPLE_LINE}")]
    Empty,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestLine {
    w_id: String,
    i_id: String,
    etag: String,
    nb_images: i64,
}

/// Parses a whole manifest; the first bad line stops it, so nothing is half-read.
pub fn parse(text: &str) -> Result<Vec<VolumeSpec>, ManifestError> {
    let mut specs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let bad = |message: String| ManifestError::Line { line: i + 1, message };
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parsed: ManifestLine =
            serde_json::from_str(line).map_err(|e| bad(format!("{e}; expected {EXAMPLE_LINE}")))?;
        if parsed.nb_images < 0 {
            return Err(bad(format!("nb_images is {}: it cannot be negative", parsed.nb_images)));
        }
        let volume = VolumeRef::new(parsed.w_id, parsed.i_id, parsed.etag).map_err(|e| bad(e.to_string()))?;
        specs.push(VolumeSpec {
            volume,
            nb_images: parsed.nb_images,
        });
    }
    if specs.is_empty() {
        return Err(ManifestError::Empty);
    }
    Ok(specs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_comments_and_blank_lines() {
        let text = "# volumes\n{\"w_id\":\"W1\",\"i_id\":\"I1\",\"etag\":\"e1\",\"nb_images\":3}\n\n";
        let specs = parse(text).unwrap();
        assert_eq!((specs.len(), specs[0].nb_images), (1, 3));
    }

    #[test]
    fn names_the_bad_line() {
        let good = r#"{"w_id":"W1","i_id":"I1","etag":"e1","nb_images":3}"#;
        for (bad, expected) in [
            (r#"{"w_id":"W1""#, "EOF while parsing"),
            (
                r#"{"w_id":"W1","i_id":"I1","etag":"e","nb_images":1,"x":2}"#,
                "unknown field `x`",
            ),
            (r#"{"w_id":"..","i_id":"I1","etag":"e","nb_images":1}"#, "invalid w_id"),
            (
                r#"{"w_id":"W","i_id":"I1","etag":"e","nb_images":-1}"#,
                "cannot be negative",
            ),
        ] {
            let err = parse(&format!("{good}\n# c\n{bad}\n")).unwrap_err().to_string();
            assert!(err.starts_with("line 3: ") && err.contains(expected), "{err}");
        }
        assert_eq!(parse("# nothing\n"), Err(ManifestError::Empty));
    }
}
