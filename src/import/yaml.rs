//! An imported case as YAML, with notes on what the import could not do.

use super::*;

/// Renders `case` as YAML with a header that says where it came from.
pub fn to_yaml(case: &Case, source: &Path, notes: &[String]) -> String {
    let mut out = format!(
        "# Importerad av beslut {} från {}.\n# Texten är ordagrann; fakta under `contract` är tolkade. Granska `unplaced`.\n",
        env!("CARGO_PKG_VERSION"),
        source.display()
    );
    for note in notes {
        out.push_str(&format!("# OBS: {note}\n"));
    }
    out.push_str(&serde_saphyr::to_string(case).expect("a case serialises"));
    out
}
