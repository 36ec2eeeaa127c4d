//! Manifests (`--manifest`): the only manifest code. A batch's manifest is
//! written as the batch goes, merged, never overwritten by a partial run,
//! and joined across the shares of a sharded batch (`beslut manifest merge`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::Built;
use crate::base::hash::sha256_hex;
use crate::base::read::read_bounded;
use crate::compose::template::Templates;
use crate::project::Config;

/// Largest template or meeting file hashed for the manifest.
const MAX_INPUT_BYTES: u64 = 50 * 1024 * 1024;

/// Why manifests could not be merged.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ManifestError(pub String);

/// Largest manifest read (a case's entry is some 500 bytes).
pub const MAX_MANIFEST_BYTES: u64 = 64 * 1024 * 1024;

/// Joins manifests: one entry per case (by its `case` path), later
/// manifests winning for a case built again, entries sorted by case path as
/// a batch writes them; `inputs` joined by file the same way.
/// `tool_version` is the newest one's. An entry naming a file outside the
/// output folder (an absolute path, `..`) is refused.
pub fn merge(manifests: &[(String, Value)]) -> Result<Value, ManifestError> {
    let mut cases: BTreeMap<String, Value> = BTreeMap::new();
    let mut inputs: BTreeMap<String, Value> = BTreeMap::new();
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
            inside_the_output_folder(name, entry)?;
            cases.insert(case.to_owned(), entry.clone());
        }
        for input in manifest
            .get("inputs")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(file) = input.get("file").and_then(Value::as_str) {
                inputs.insert(file.to_owned(), input.clone());
            }
        }
        if let Some(version) = manifest.get("tool_version") {
            tool_version = version.clone();
        }
    }
    Ok(serde_json::json!({
        "cases": cases.into_values().collect::<Vec<_>>(),
        "inputs": inputs.into_values().collect::<Vec<_>>(),
        "tool": "beslut",
        "tool_version": tool_version,
    }))
}

/// The files an entry names, relative to the output folder.
fn entry_files(entry: &Value) -> impl Iterator<Item = &str> {
    entry
        .get("files")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|f| f.get("file").and_then(Value::as_str))
}

/// Every file an entry names is a relative path inside the output folder.
fn inside_the_output_folder(name: &str, entry: &Value) -> Result<(), ManifestError> {
    for file in entry_files(entry) {
        let path = Path::new(file);
        let outside = path.is_absolute()
            || file.starts_with(['/', '\\'])
            || path
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)));
        if outside {
            return Err(ManifestError(format!(
                "{name}: posten för {} pekar på {file}, utanför utmappen",
                entry.get("case").and_then(Value::as_str).unwrap_or("?")
            )));
        }
    }
    Ok(())
}

/// Reads a manifest file.
pub fn read(path: &std::path::Path) -> Result<Value, ManifestError> {
    let bytes = read_bounded(path, MAX_MANIFEST_BYTES)
        .map_err(|e| ManifestError(format!("{}: {e}", path.display())))?;
    serde_json::from_slice(&bytes)
        .map_err(|e| ManifestError(format!("{}: inte JSON: {e}", path.display())))
}

/// The manifest as a file: pretty JSON with a final line feed.
pub fn to_text(manifest: &Value) -> String {
    serde_json::to_string_pretty(manifest).expect("a manifest serialises") + "\n"
}

/// The manifest of a batch, written as the batch goes: for each built case,
/// its files with SHA-256, the case's SHA-256, the template version and the
/// tool version, so an archive can verify later that a file is the one built
/// from that case. Entries come in the batch's order (sorted by case path),
/// free of timestamps, so the manifest is reproducible too. It goes to a
/// temporary file that becomes `manifest.json` only when the batch completes.
pub struct ManifestWriter {
    out_dir: PathBuf,
    /// `manifest.json`, or a share's own name.
    name: String,
    /// Template and layout files the built cases used.
    used: std::collections::BTreeSet<String>,
    temp: std::io::BufWriter<tempfile::NamedTempFile>,
    entries: usize,
}

impl ManifestWriter {
    /// Starts a manifest `name` in `out_dir`.
    pub fn create(out_dir: &Path, name: &str) -> std::io::Result<Self> {
        use std::io::Write;
        let temp = tempfile::Builder::new()
            .prefix(".beslut-")
            .suffix(".tmp")
            .tempfile_in(out_dir)?;
        crate::base::output::remember_temporary(temp.path());
        let mut temp = std::io::BufWriter::new(temp);
        write!(temp, "{{\n  \"cases\": [")?;
        Ok(Self {
            out_dir: out_dir.to_owned(),
            name: name.to_owned(),
            used: Default::default(),
            temp,
            entries: 0,
        })
    }

    /// Adds the entry for one built case.
    pub fn add(&mut self, case_path: &Path, built: &Built) -> std::io::Result<()> {
        use std::io::Write;
        let entry = manifest_entry(case_path, built, &self.out_dir);
        self.used
            .insert(crate::compose::template::TemplateRef::file_name(
                &built.template,
                built.template_version,
            ));
        self.used.insert(built.layout.clone());
        let text = serde_json::to_string_pretty(&entry).expect("manifest entry serialises");
        let separator = if self.entries == 0 { "\n" } else { ",\n" };
        self.temp.write_all(separator.as_bytes())?;
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                self.temp.write_all(b"\n")?;
            }
            write!(self.temp, "    {line}")?;
        }
        self.entries += 1;
        Ok(())
    }

    /// Ends the manifest and puts it in place as `manifest.json`. `inputs`
    /// records what the build depended on besides its cases: `beslut.toml`
    /// and the files it names, and the project's own templates and layouts
    /// that were used (built-in ones are the tool version's).
    pub fn finish(mut self, config: &Config, templates: &Templates) -> std::io::Result<PathBuf> {
        use std::io::Write;
        let close = if self.entries == 0 { "]" } else { "\n  ]" };
        let mut inputs: Vec<serde_json::Value> = config
            .provenance
            .iter()
            .map(|(file, sha256)| serde_json::json!({ "file": file, "sha256": sha256 }))
            .collect();
        if let Some(root) = templates.root() {
            for file in &self.used {
                if let Ok(bytes) = read_bounded(&root.join(file), MAX_INPUT_BYTES) {
                    inputs.push(serde_json::json!({
                        "file": root.join(file).display().to_string(),
                        "sha256": sha256_hex(&bytes),
                    }));
                }
            }
        }
        let inputs = serde_json::to_string_pretty(&inputs)
            .expect("inputs serialise")
            .replace('\n', "\n  ");
        write!(
            self.temp,
            "{close},\n  \"inputs\": {inputs},\n  \"tool\": \"beslut\",\n  \"tool_version\": \"{}\"\n}}\n",
            env!("CARGO_PKG_VERSION")
        )?;
        let temp = self.temp.into_inner().map_err(|e| e.into_error())?;
        crate::base::output::forget_temporary(temp.path());
        temp.as_file().sync_all()?;
        let path = self.out_dir.join(&self.name);
        if path.is_file() {
            // A run that built some cases keeps the entries of the others.
            return merge_into(&path, temp);
        }
        temp.persist(&path).map_err(|e| e.error)?;
        Ok(path)
    }
}

/// Merges the manifest just written (`new`) into the one at `path`. An
/// earlier entry whose files are no longer all in the output folder is
/// dropped: the manifest says what is on disk.
fn merge_into(path: &Path, new: tempfile::NamedTempFile) -> std::io::Result<PathBuf> {
    let invalid = |e: ManifestError| std::io::Error::new(std::io::ErrorKind::InvalidData, e.0);
    let mut old = read(path).map_err(invalid)?;
    let out_dir = path.parent().unwrap_or(Path::new("."));
    if let Some(entries) = old.get_mut("cases").and_then(Value::as_array_mut) {
        entries.retain(|entry| entry_files(entry).all(|file| out_dir.join(file).is_file()));
    }
    let fresh = read(new.path()).map_err(invalid)?;
    let merged =
        merge(&[(path.display().to_string(), old), ("ny".to_owned(), fresh)]).map_err(invalid)?;
    crate::base::output::write_atomic(path, to_text(&merged).as_bytes())?;
    Ok(path.to_owned())
}

fn manifest_entry(case_path: &Path, built: &Built, out_dir: &Path) -> serde_json::Value {
    let files: Vec<serde_json::Value> = built
        .files
        .iter()
        .map(|f| {
            let name = f.path.strip_prefix(out_dir).unwrap_or(&f.path);
            serde_json::json!({ "file": name.display().to_string(), "sha256": f.sha256 })
        })
        .collect();
    let mut entry = serde_json::json!({
        "case": case_path.display().to_string(),
        "case_sha256": built.case_sha256,
        "template": built.template,
        "template_version": built.template_version,
        "layout": built.layout,
        "files": files,
    });
    if let Some(source) = &built.source {
        entry["source"] = serde_json::to_value(source).expect("a source serialises");
    }
    entry
}

/// The manifest of a meeting packet: every file written with its SHA-256,
/// and the meeting file it was built from.
pub fn meeting_manifest(meeting: &Path, files: &[(PathBuf, &[u8])], out: &Path) -> String {
    let entries: Vec<serde_json::Value> = files
        .iter()
        .map(|(path, bytes)| {
            let name = path.strip_prefix(out).unwrap_or(path);
            serde_json::json!({ "file": name.display().to_string(), "sha256": sha256_hex(bytes) })
        })
        .collect();
    let source = read_bounded(meeting, MAX_INPUT_BYTES).unwrap_or_default();
    let value = serde_json::json!({
        "meeting": meeting.display().to_string(),
        "meeting_sha256": sha256_hex(&source),
        "files": entries,
        "tool": "beslut",
        "tool_version": env!("CARGO_PKG_VERSION"),
    });
    serde_json::to_string_pretty(&value).expect("manifest serialises") + "\n"
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

    /// The manifest as it was built before it was streamed: one JSON value
    /// for the whole batch, pretty-printed.
    fn manifest_in_one_piece(entries: &[(PathBuf, Built)], out_dir: &Path) -> String {
        let cases: Vec<serde_json::Value> = entries
            .iter()
            .map(|(path, built)| manifest_entry(path, built, out_dir))
            .collect();
        let manifest = serde_json::json!({
            "tool": "beslut",
            "tool_version": env!("CARGO_PKG_VERSION"),
            "cases": cases,
            "inputs": [],
        });
        serde_json::to_string_pretty(&manifest).unwrap() + "\n"
    }

    fn built(out: &Path, name: &str) -> Built {
        Built {
            source: None,
            files: ["pdf", "docx"]
                .iter()
                .map(|ext| crate::builder::BuiltFile {
                    path: out.join(format!("{name}.{ext}")),
                    sha256: sha256_hex(name.as_bytes()),
                })
                .collect(),
            case_sha256: sha256_hex(b"case"),
            template: "avtalsforlangning".into(),
            template_version: 1,
            layout: "layout".into(),
        }
    }

    #[test]
    fn streamed_manifest_is_byte_identical_to_the_one_piece_manifest() {
        for count in [0, 1, 3] {
            let dir = tempfile::tempdir().unwrap();
            let entries: Vec<(PathBuf, Built)> = (0..count)
                .map(|i| {
                    let name = format!("ärende \"{i}\"");
                    (
                        PathBuf::from(format!("cases/{name}.yaml")),
                        built(dir.path(), &name),
                    )
                })
                .collect();
            let mut writer = ManifestWriter::create(dir.path(), "manifest.json").unwrap();
            for (path, built) in &entries {
                writer.add(path, built).unwrap();
            }
            let path = writer
                .finish(&Config::default(), &Templates::new(None))
                .unwrap();
            assert_eq!(
                std::fs::read_to_string(path).unwrap(),
                manifest_in_one_piece(&entries, dir.path()),
                "{count} entries"
            );
            assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        }
    }
}
