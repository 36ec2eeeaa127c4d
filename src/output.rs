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
    if name.chars().any(is_invisible_format) {
        return bad("namnet innehåller osynliga styrtecken (t.ex. för skrivriktning)");
    }
    if is_reserved_on_windows(name) {
        return bad("namnet är reserverat i Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9)");
    }
    if name.ends_with(['.', ' ']) {
        return bad("namnet får inte sluta med punkt eller mellanslag");
    }
    if name.len() > 150 {
        return bad("namnet är längre än 150 tecken");
    }
    Ok(name)
}

/// A safe file name made from a Dnr: `SN 2026/140` → `SN-2026-140`. Runs
/// of anything but letters, digits, `-` and `_` become one `-`; `None` when
/// nothing is left.
pub fn dnr_output_name(dnr: &str) -> Option<String> {
    let mut name = String::new();
    for c in dnr.chars() {
        if (c.is_alphanumeric() || c == '_') && !is_invisible_format(c) {
            name.push(c);
        } else if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-').to_owned();
    check_output_name(&name).ok()?;
    Some(name)
}

/// Bidirectional overrides, zero-width and other format characters: they
/// make a file name read differently from what it is (`fakturaexe.pdf`).
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{00AD}')
}

/// Names Windows cannot create, with or without an extension.
fn is_reserved_on_windows(name: &str) -> bool {
    let stem = name
        .split('.')
        .next()
        .unwrap_or(name)
        .trim_end()
        .to_ascii_uppercase();
    matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit()
            && stem.as_bytes()[3] != b'0')
}

/// The output name for a case file without its own `output_name`: the file
/// stem, with characters outside a safe set replaced by `_`.
pub fn default_output_name(case_path: &Path) -> String {
    // A file name that is not UTF-8 keeps its readable characters (the rest
    // become `_`) rather than all such files becoming one `arende`.
    let stem = case_path
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default();
    let cleaned: String = stem
        .chars()
        .map(|c| {
            if (c.is_alphanumeric() || "-_ ".contains(c)) && !is_invisible_format(c) {
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
    write_set_atomic(&[(path.to_owned(), bytes)])
}

/// Writes a set of files (a case's PDF and DOCX) so that afterwards either
/// all of them are new or all are as they were: [`stage_set`] then
/// [`StagedSet::commit`].
pub fn write_set_atomic(files: &[(PathBuf, &[u8])]) -> std::io::Result<()> {
    stage_set(files)?.commit()
}

/// Writes every file of a set to a temporary file beside its target; nothing
/// is in place yet. Dropping the [`StagedSet`] removes the temporary files.
///
/// Staging and committing are separate so a batch can render the next cases
/// while an earlier case's files are flushed to disk: flushing waits for the
/// device and was a seventh of a batch's time when rendering waited for it.
pub fn stage_set(files: &[(PathBuf, &[u8])]) -> std::io::Result<StagedSet> {
    let mut staged = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        staged.push((write_temporary(path, bytes)?, path.clone()));
    }
    Ok(StagedSet { staged })
}

/// A set of files written to temporary files, waiting for [`commit`](Self::commit).
#[derive(Debug)]
pub struct StagedSet {
    staged: Vec<(tempfile::NamedTempFile, PathBuf)>,
}

impl StagedSet {
    /// Where the files will be.
    pub fn targets(&self) -> impl Iterator<Item = &Path> {
        self.staged.iter().map(|(_, path)| path.as_path())
    }

    /// Flushes every temporary file to disk, then renames them into place.
    /// If a rename fails, the files already replaced get their old content
    /// back (kept as hard links until the set is complete). On error every
    /// temporary file is removed.
    pub fn commit(self) -> std::io::Result<()> {
        for (temp, _) in &self.staged {
            temp.as_file().sync_all()?;
        }
        let targets: Vec<PathBuf> = self.staged.iter().map(|(_, path)| path.clone()).collect();
        let backups: Vec<Option<tempfile::TempPath>> =
            targets.iter().map(|path| backup(path)).collect();
        for (index, (temp, path)) in self.staged.into_iter().enumerate() {
            if let Err(e) = temp.persist(&path) {
                restore(&targets[..index], &backups);
                return Err(e.error);
            }
        }
        Ok(())
    }
}

fn write_temporary(path: &Path, bytes: &[u8]) -> std::io::Result<tempfile::NamedTempFile> {
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
    Ok(temp)
}

/// A hard link to the file now at `path`, removed when dropped; `None` when
/// there is no old file or the file system has no hard links.
fn backup(path: &Path) -> Option<tempfile::TempPath> {
    if !path.is_file() {
        return None;
    }
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty())?;
    let name = tempfile::Builder::new()
        .prefix(".beslut-")
        .suffix(".old")
        .make_in(dir, |name| std::fs::hard_link(path, name))
        .ok()?;
    Some(name.into_temp_path())
}

/// Puts back the old content of the files already replaced, and removes
/// those that did not exist before.
fn restore(replaced: &[PathBuf], backups: &[Option<tempfile::TempPath>]) {
    for (path, backup) in replaced.iter().zip(backups) {
        match backup {
            // The backup's own name disappears with the rename; dropping the
            // TempPath then finds nothing to remove.
            Some(old) => {
                let _ = std::fs::rename(old, path);
            }
            None => {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

/// `dir/name.ext`.
pub fn output_path(dir: &Path, name: &str, extension: &str) -> PathBuf {
    dir.join(format!("{name}.{extension}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dnr_becomes_a_safe_file_name() {
        assert_eq!(
            dnr_output_name("SN 2026/140").as_deref(),
            Some("SN-2026-140")
        );
        assert_eq!(
            dnr_output_name("SON 2026-118").as_deref(),
            Some("SON-2026-118")
        );
        assert_eq!(
            dnr_output_name("KS 2024.0123 / 4").as_deref(),
            Some("KS-2024-0123-4")
        );
        assert_eq!(dnr_output_name(" / "), None);
        assert_eq!(dnr_output_name("CON"), None, "reserved on Windows");
    }

    #[test]
    fn rejects_traversal_and_separators() {
        for name in [
            "../x",
            "a/b",
            "a\\b",
            "..",
            ".hidden",
            "",
            "a\0b",
            "C:x",
            "faktura\u{202E}fdp.exe",
            "CON",
            "nul.txt",
            "COM1",
            "lpt9",
            "slut.",
        ] {
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
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let latin1 = std::ffi::OsStr::from_bytes(b"caf\xe9 2026.yaml");
            assert_eq!(default_output_name(Path::new(latin1)), "caf_ 2026");
        }
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

    #[test]
    fn a_set_is_written_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("a.pdf");
        let docx = dir.path().join("a.docx");
        write_set_atomic(&[(pdf.clone(), b"old pdf"), (docx.clone(), b"old docx")]).unwrap();
        // The second target cannot be replaced (it is a non-empty folder), so
        // the first keeps its old content.
        let blocked = dir.path().join("b");
        std::fs::create_dir(&blocked).unwrap();
        std::fs::write(blocked.join("x"), "x").unwrap();
        let err = write_set_atomic(&[(pdf.clone(), b"new pdf"), (blocked.clone(), b"new")]);
        assert!(err.is_err());
        assert_eq!(std::fs::read(&pdf).unwrap(), b"old pdf");
        assert_eq!(std::fs::read(&docx).unwrap(), b"old docx");
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names.len(),
            3,
            "no temporary or backup files left: {names:?}"
        );
    }

    #[test]
    fn a_new_file_in_a_failed_set_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("n.pdf");
        let blocked = dir.path().join("b");
        std::fs::create_dir(&blocked).unwrap();
        std::fs::write(blocked.join("x"), "x").unwrap();
        assert!(write_set_atomic(&[(pdf.clone(), b"new"), (blocked, b"new")]).is_err());
        assert!(!pdf.exists());
    }
}
