//! Checking any path: a case file as `beslut build` would (composed, then
//! linted), a meeting file through the meeting's own facts, and a finished
//! paper (PDF, Word, ODT, text) through the reader and the paper model.

use std::path::{Path, PathBuf};

use crate::builder::check::case_paper;
use crate::case::CaseError;
use crate::compose::compose;
use crate::compose::template::Templates;
use crate::lint::{Diagnostic, DiagnosticFix, lint_paper};
use crate::paper::structure::{ReadError, is_case_file, read_text_paper};
use crate::project::Config;

/// A file that could not be checked: a case or meeting file with an error
/// (placed at its line and column), or a paper the reader could not read.
#[derive(Debug, Clone, thiserror::Error)]
pub enum InputError {
    #[error(transparent)]
    Case(#[from] CaseError),
    #[error(transparent)]
    Read(#[from] ReadError),
}

impl InputError {
    pub fn path(&self) -> &Path {
        match self {
            InputError::Case(e) => &e.path,
            InputError::Read(e) => &e.path,
        }
    }

    /// What is wrong, without the place.
    pub fn message(&self) -> String {
        match self {
            InputError::Case(e) => e.detail(),
            InputError::Read(e) => e.message.clone(),
        }
    }
}

/// The findings for one file, with its source for human output.
#[derive(Debug, Clone)]
pub struct Linted {
    pub path: PathBuf,
    pub source: String,
    /// `source[..body_start]` is page furniture (a paper's running headers).
    pub body_start: usize,
    pub diagnostics: Vec<Diagnostic>,
}

/// Lints one file of any supported kind.
pub fn lint_file(
    path: &Path,
    config: &Config,
    templates: &Templates,
) -> Result<Linted, InputError> {
    let source = if is_case_file(path) {
        Some(crate::case::load::read_source(path)?)
    } else {
        None
    };
    // A bug a hostile file finds in a reader fails that file alone: the
    // other files of a batch are still linted and reported.
    let linted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        lint_source(path, source, config, templates)
    }))
    .map_err(|panic| internal_error(path, panic.as_ref()))?;
    let mut linted = linted?;
    keep_fixes_only_if_verbatim(path, &linted.source, &mut linted.diagnostics);
    Ok(linted)
}

/// A panic while a file was linted, as the file's error.
fn internal_error(path: &Path, panic: &(dyn std::any::Any + Send)) -> InputError {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    InputError::Read(crate::reader::ReadError {
        path: path.to_owned(),
        message: format!(
            "internt fel när filen granskades ({what}); rapportera gärna felet tillsammans med filen"
        ),
    })
}

/// Lints a case file or text paper from the text an editor holds (the
/// language server): the same findings `lint_file` gives for that text.
pub fn lint_buffer(
    path: &Path,
    text: &str,
    config: &Config,
    templates: &Templates,
) -> Result<Linted, InputError> {
    if is_case_file(path) {
        return lint_source(path, Some(text.to_owned()), config, templates);
    }
    let paper =
        crate::paper::structure::text_paper_from_buffer(path, text, &config.lint.section_names)?;
    Ok(linted_paper(paper, config))
}

/// Lints a case or meeting file from its source, or reads a paper from disk
/// (`source` is `None`).
fn lint_source(
    path: &Path,
    source: Option<String>,
    config: &Config,
    templates: &Templates,
) -> Result<Linted, InputError> {
    let paper = if let Some(source) = source {
        if crate::meeting::looks_like_meeting(&source) {
            let file = crate::meeting::parse_meeting(path, source)?;
            let diagnostics = crate::meeting::build::lint(&file, config, templates)
                .into_iter()
                .filter(|d| d.path == file.path.display().to_string())
                .collect();
            return Ok(Linted {
                path: path.to_owned(),
                source: file.source,
                body_start: 0,
                diagnostics,
            });
        }
        let file = crate::case::parse_case(path, source, &config.sender)?;
        // A case that `build` would refuse for its templates is refused here
        // too, with the same message.
        let composed = compose(&file, &config.house(), templates)
            .map_err(|e| crate::compose::locate_template_error(&file, e))?;
        case_paper(&file, Some(&composed))
    } else {
        read_text_paper(path, &config.lint.section_names)?
    };
    Ok(linted_paper(paper, config))
}

fn linted_paper(paper: crate::paper::Paper, config: &Config) -> Linted {
    let diagnostics = lint_paper(&paper, &config.lint);
    Linted {
        path: paper.path.clone(),
        body_start: paper.read.as_ref().map_or(0, |r| r.furniture_end),
        source: paper.source,
        diagnostics,
    }
}

/// Drops the fixes unless the file's bytes are the linted text: a Word,
/// PDF or ODT paper, or a text file in an old encoding, is read into text
/// its bytes are not, and a fix's offsets would land elsewhere in it.
fn keep_fixes_only_if_verbatim(path: &Path, source: &str, diagnostics: &mut [Diagnostic]) {
    if diagnostics.iter().all(|d| d.fix.is_none()) {
        return;
    }
    let verbatim = std::fs::read(path).is_ok_and(|bytes| bytes == source.as_bytes());
    if !verbatim {
        diagnostics.iter_mut().for_each(|d| d.fix = None);
    }
}

/// Writes the certain fixes of a linted file into the file (atomically) and
/// lints it again. Returns the file's findings after fixing and the fixes
/// made; on a write error, the findings as they were and the error.
pub fn fix_file(
    linted: Linted,
    config: &Config,
    templates: &Templates,
) -> (Linted, std::io::Result<Vec<DiagnosticFix>>) {
    let (fixed, applied) = crate::lint::fix::apply(&linted.source, &linted.diagnostics);
    if applied.is_empty() {
        return (linted, Ok(Vec::new()));
    }
    let applied: Vec<DiagnosticFix> = applied.into_iter().cloned().collect();
    // The file may have changed since it was read: then nothing is written.
    let unchanged = std::fs::read(&linted.path).is_ok_and(|b| b == linted.source.as_bytes());
    if !unchanged {
        let e = std::io::Error::other("filen ändrades medan den granskades");
        return (linted, Err(e));
    }
    if let Err(e) = crate::base::output::write_atomic(&linted.path, fixed.as_bytes()) {
        return (linted, Err(e));
    }
    match lint_file(&linted.path, config, templates) {
        Ok(again) => (again, Ok(applied)),
        // The fixed file no longer reads (it should): its old findings,
        // less the fixed ones, rather than none.
        Err(_) => {
            let mut linted = linted;
            linted.diagnostics.retain(|d| d.fix.is_none());
            (linted, Ok(applied))
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_panic_becomes_the_files_error() {
        let path = std::path::Path::new("handling.txt");
        let panic = std::panic::catch_unwind(|| panic!("byte index 40 is not a char boundary"))
            .expect_err("panics");
        let error = super::internal_error(path, panic.as_ref());
        assert_eq!(error.path(), path);
        assert!(
            error.message().starts_with(
                "internt fel när filen granskades (byte index 40 is not a char boundary)"
            ),
            "{}",
            error.message()
        );
    }
}
