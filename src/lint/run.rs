//! Running the lint over files: case files get the structured and textual
//! checks, finished papers the textual ones.

use std::path::{Path, PathBuf};

use crate::case::{CaseFile, Config};
use crate::compose::{Composed, compose, headings};
use crate::document::Block;
use crate::template::Templates;

use super::input::{InputError, is_case_file, read_text_paper};
use super::paper::{Paper, SectionKind, paper_from_case};
use super::{Diagnostic, lint_paper};

/// The findings for one file, with its source for human output.
#[derive(Debug, Clone)]
pub struct Linted {
    pub path: PathBuf,
    pub source: String,
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
                diagnostics,
            });
        }
        let file = crate::case::parse_case(path, source, config)?;
        // A case that `build` would refuse for its templates is refused here
        // too, with the same message.
        let composed = compose(&file, config, templates)
            .map_err(|e| crate::compose::locate_template_error(&file, e))?;
        case_paper(&file, Some(&composed))
    } else {
        read_text_paper(path, &config.lint)?
    };
    let diagnostics = lint_paper(&paper, &config.lint);
    Ok(Linted {
        path: path.to_owned(),
        source: paper.source,
        diagnostics,
    })
}

/// Lints a loaded case.
pub fn check_case(file: &CaseFile, config: &Config, templates: &Templates) -> Vec<Diagnostic> {
    check_composed(file, compose(file, config, templates).ok().as_ref(), config)
}

/// Lints a case whose document was already composed (`beslut build` composes
/// once for the lint and the backends).
pub fn check_composed(
    file: &CaseFile,
    composed: Option<&Composed>,
    config: &Config,
) -> Vec<Diagnostic> {
    lint_paper(&case_paper(file, composed), &config.lint)
}

/// The case as a paper, with the sections its template leaves empty marked
/// missing (when the template could not run, the compose error is reported
/// by the build instead).
fn case_paper(file: &CaseFile, composed: Option<&Composed>) -> Paper {
    let mut paper = paper_from_case(file);
    if let Some(composed) = composed {
        let headings: Vec<&str> = composed
            .document
            .body
            .iter()
            .filter_map(|b| match b {
                Block::Heading { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        let proposals_heading = file
            .case
            .proposals_heading
            .as_deref()
            .unwrap_or(headings::PROPOSALS);
        let missing = &mut paper.facts.missing_sections;
        missing.clear();
        for (heading, kind) in [
            (proposals_heading, SectionKind::Proposals),
            (headings::ARENDE, SectionKind::Arende),
            (headings::EKONOMI, SectionKind::Ekonomi),
            (headings::MBL, SectionKind::Mbl),
        ] {
            if !headings.contains(&heading) {
                missing.push(kind);
            }
        }
        if composed.document.send_to.is_empty() {
            missing.push(SectionKind::Distribution);
        }
    }
    paper
}
