//! Writing results: safe output names and atomic file writes.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Checks an output name a case asked for. It must be a single file name so a
/// case can never write outside the output folder.
pub fn check_output_name(name: &str) -> Result<&str, String> {
    let bad = |why: &str| Err(format!("ogiltigt utfilnamn `{name}`: {why}"));
    if name.trim().is_empty() {
        return bad("namnet är tomt");
    }
    if name.contains(['/', '\\']) || name.contains("..") {
        return bad("namnet får inte innehålla `/`, `\\` eller `..`");
    }
    if name.starts_with('.')
        || name
            .chars()
            .any(|c| c.is_control() || ":*?\"<>|".contains(c))
    {
        return bad("namnet får inte börja med punkt eller innehålla specialtecken");
    }
    if name.len() > 150 {
        return bad("namnet är längre än 150 tecken");
    }
    Ok(name)
}

/// The output name for a case file without its own `output_name`: the file
/// stem, with characters outside a safe set replaced by `_`.
pub fn default_output_name(case_path: &Path) -> String {
    let stem = case_path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("arende");
    let cleaned: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "-_ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    if cleaned.trim().is_empty() {
        "arende".into()
    } else {
        cleaned
    }
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// flushed, then renamed over `path`. Readers see the old file or the new
/// one, never a partial one; on error the temporary file is removed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".beslut-").suffix(".tmp");
    // Temporary files are private (0600); a finished paper is an ordinary file.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut temp = builder.tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// `dir/name.ext`.
pub fn output_path(dir: &Path, name: &str, extension: &str) -> PathBuf {
    dir.join(format!("{name}.{extension}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_traversal_and_separators() {
        for name in ["../x", "a/b", "a\\b", "..", ".hidden", "", "a\0b", "C:x"] {
            assert!(check_output_name(name).is_err(), "{name:?}");
        }
        assert_eq!(
            check_output_name("SON 2026-118 förlängning"),
            Ok("SON 2026-118 förlängning")
        );
    }

    #[test]
    fn default_names_come_from_the_file_stem() {
        assert_eq!(
            default_output_name(Path::new("cases/a/solros.yaml")),
            "solros"
        );
        assert_eq!(default_output_name(Path::new("cases/x:y.yaml")), "x_y");
    }

    #[test]
    fn atomic_write_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.pdf");
        write_atomic(&target, b"one").unwrap();
        write_atomic(&target, b"two").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
