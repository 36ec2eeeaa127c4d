//! Checking any path: a case file as `beslut build` would (composed, then
//! linted), a meeting file through the meeting's own facts, and a finished
//! paper (PDF, Word, ODT, text) through the reader and the paper model.

use std::path::{Path, PathBuf};

use crate::builder::check::case_paper;
use crate::case::CaseError;
use crate::compose::compose;
use crate::compose::template::Templates;
use crate::lint::{Diagnostic, lint_paper};
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
    let paper = if is_case_file(path) {
        let source = crate::case::load::read_source(path)?;
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
    let diagnostics = lint_paper(&paper, &config.lint);
    Ok(Linted {
        path: path.to_owned(),
        body_start: paper.read.as_ref().map_or(0, |r| r.furniture_end),
        source: paper.source,
        diagnostics,
    })
}
