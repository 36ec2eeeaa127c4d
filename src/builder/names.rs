//! Output file names: what a case asks for, checked so it can never write
//! outside the output folder, or derived from its file or Dnr.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::case::{CaseError, load_case};
use crate::project::Config;

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

/// `dir/name.ext`.
pub fn output_path(dir: &Path, name: &str, extension: &str) -> PathBuf {
    dir.join(format!("{name}.{extension}"))
}

/// The output name of each case, without keeping any parsed case: a case
/// whose text never mentions `output_name` is named after its file (read
/// only to check that); the few that do are loaded for their own name. Two
/// cases that would write the same file are both refused rather than one
/// silently overwriting the other.
pub fn plan_output_names(cases: &[PathBuf], config: &Config) -> Vec<Result<String, CaseError>> {
    let wanted: Vec<Result<String, CaseError>> = cases
        .par_iter()
        .map(|path| wanted_output_name(path, config))
        .collect();
    let clashes = name_clashes(
        cases,
        &wanted.iter().map(|n| n.as_deref().ok()).collect::<Vec<_>>(),
    );
    wanted
        .into_iter()
        .zip(cases)
        .zip(clashes)
        .map(|((name, path), others)| {
            let name = name?;
            if !others.is_empty() {
                let others: Vec<String> = others.iter().map(|p| p.display().to_string()).collect();
                return Err(CaseError::new(
                    path,
                    format!("utfilen `{name}` skrivs också av {}", others.join(", ")),
                )
                .with_help("ge ärendena olika `output_name`"));
            }
            Ok(name)
        })
        .collect()
}

/// For each input, the other inputs whose output would have the same name
/// (letter case aside: two files that differ only in it are one file on
/// Windows and macOS). Both are refused rather than one silently
/// overwriting the other. `names[i]` is `None` for an input without one.
pub fn name_clashes<'a>(inputs: &'a [PathBuf], names: &[Option<&str>]) -> Vec<Vec<&'a Path>> {
    let mut owners: HashMap<String, Vec<&Path>> = HashMap::new();
    for (path, name) in inputs.iter().zip(names) {
        if let Some(name) = name {
            owners.entry(name.to_lowercase()).or_default().push(path);
        }
    }
    inputs
        .iter()
        .zip(names)
        .map(|(path, name)| {
            name.map_or_else(Vec::new, |name| {
                owners[&name.to_lowercase()]
                    .iter()
                    .copied()
                    .filter(|p| *p != path)
                    .collect()
            })
        })
        .collect()
}

/// The name one case asks for; a case that cannot be loaded keeps its file's
/// name here and reports its error when it is built.
fn wanted_output_name(path: &Path, config: &Config) -> Result<String, CaseError> {
    let mentions_own_name =
        crate::base::read::read_bounded(path, crate::case::load::MAX_CASE_BYTES)
            .map(|bytes| bytes.windows(11).any(|w| w == b"output_name"))
            .unwrap_or(false);
    if !mentions_own_name {
        return Ok(default_output_name(path));
    }
    match load_case(path, &config.sender) {
        Ok(file) => match &file.case.output_name {
            // `output_name: dnr`: the file is named after the case's Dnr.
            Some(own) if own == "dnr" => crate::builder::names::dnr_output_name(&file.case.dnr)
                .ok_or_else(|| {
                    CaseError::new(
                        path,
                        "`output_name: dnr` men ärendet har inget diarienummer",
                    )
                    .at(&file.source, file.source_map.position("output_name"))
                    .with_help("ange `dnr:`, eller ett eget filnamn i `output_name`")
                }),
            Some(own) => check_output_name(own)
                .map(str::to_owned)
                .map_err(|message| {
                    CaseError::new(path, message)
                        .at(&file.source, file.source_map.position("output_name"))
                        .with_help(
                            "ange bara ett filnamn, utan mappar, t.ex. `output_name: SON-2026-118`",
                        )
                }),
            None => Ok(default_output_name(path)),
        },
        Err(_) => Ok(default_output_name(path)),
    }
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
}
