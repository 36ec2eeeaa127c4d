//! Checking a case the way `beslut build` does: composed once, then linted
//! as a paper whose missing sections are those its template left empty.

use crate::case::{CaseFile, headings};
use crate::compose::template::Templates;
use crate::compose::{Composed, compose};
use crate::document::Block;
use crate::lint::{Diagnostic, lint_paper};
use crate::paper::{Paper, SectionKind, paper_from_case};
use crate::project::Config;

/// Lints a loaded case.
pub fn check_case(file: &CaseFile, config: &Config, templates: &Templates) -> Vec<Diagnostic> {
    check_composed(
        file,
        compose(file, &config.house(), templates).ok().as_ref(),
        config,
    )
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
pub fn case_paper(file: &CaseFile, composed: Option<&Composed>) -> Paper {
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
            (file.case.headings.arende(), SectionKind::Arende),
            (file.case.headings.ekonomi(), SectionKind::Ekonomi),
            (file.case.headings.mbl(), SectionKind::Mbl),
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
