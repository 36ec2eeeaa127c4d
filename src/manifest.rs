//! Manifests (`--manifest`): merged, never overwritten by a partial run, and
//! joined across the shares of a sharded batch (`beslut manifest merge`).

use std::collections::BTreeMap;

use serde_json::Value;

/// Why manifests could not be merged.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ManifestError(pub String);

/// Joins manifests: one entry per case (by its `case` path), later
/// manifests winning for a case built again, entries sorted by case path as
/// a batch writes them. `tool_version` is the newest one's.
pub fn merge(manifests: &[(String, Value)]) -> Result<Value, ManifestError> {
    let mut cases: BTreeMap<String, Value> = BTreeMap::new();
    let mut tool_version = Value::String(env!("CARGO_PKG_VERSION").to_owned());
    for (name, manifest) in manifests {
        let entries = manifest
            .get("cases")
            .and_then(Value::as_array)
            .ok_or_else(|| {
                ManifestError(format!(
                    "{name}: inget manifest från beslut (nyckeln `cases` saknas)"
                ))
            })?;
        for entry in entries {
            let case = entry
                .get("case")
                .and_then(Value::as_str)
                .ok_or_else(|| ManifestError(format!("{name}: en post saknar `case`")))?;
            cases.insert(case.to_owned(), entry.clone());
        }
        if let Some(version) = manifest.get("tool_version") {
            tool_version = version.clone();
        }
    }
    Ok(serde_json::json!({
        "cases": cases.into_values().collect::<Vec<_>>(),
        "tool": "beslut",
        "tool_version": tool_version,
    }))
}

/// Reads a manifest file.
pub fn read(path: &std::path::Path) -> Result<Value, ManifestError> {
    let bytes = crate::read::read_bounded(path, 1 << 30)
        .map_err(|e| ManifestError(format!("{}: {e}", path.display())))?;
    serde_json::from_slice(&bytes)
        .map_err(|e| ManifestError(format!("{}: inte JSON: {e}", path.display())))
}

/// The manifest as a file: pretty JSON with a final line feed.
pub fn to_text(manifest: &Value) -> String {
    serde_json::to_string_pretty(manifest).expect("a manifest serialises") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(cases: &[(&str, &str)]) -> Value {
        let entries: Vec<Value> = cases
            .iter()
            .map(|(case, sha)| serde_json::json!({ "case": case, "case_sha256": sha }))
            .collect();
        serde_json::json!({ "cases": entries, "tool": "beslut", "tool_version": "0.1.0" })
    }

    #[test]
    fn later_entries_win_and_the_result_is_sorted() {
        let old = manifest(&[("cases/a.yaml", "1"), ("cases/c.yaml", "1")]);
        let new = manifest(&[("cases/b.yaml", "2"), ("cases/a.yaml", "2")]);
        let merged = merge(&[("old".into(), old), ("new".into(), new)]).unwrap();
        let cases: Vec<(&str, &str)> = merged["cases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["case"].as_str().unwrap(),
                    e["case_sha256"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            cases,
            [
                ("cases/a.yaml", "2"),
                ("cases/b.yaml", "2"),
                ("cases/c.yaml", "1")
            ]
        );
    }

    #[test]
    fn a_file_that_is_not_a_manifest_is_refused() {
        let err = merge(&[("x.json".into(), serde_json::json!({"a": 1}))]).unwrap_err();
        assert!(err.0.contains("x.json"), "{err}");
    }
}
