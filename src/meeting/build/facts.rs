//! What the meeting's lint sees: the facts of each item, and the
//! meeting rules run over them.

use super::*;

/// Reads every item and runs the meeting lint, without rendering anything:
/// what `beslut lint MEETING.yaml` does.
pub fn lint(file: &MeetingFile, config: &Config, templates: &Templates) -> Vec<Diagnostic> {
    let (facts, mut diagnostics) = item_facts(file, config, templates);
    diagnostics.extend(lint_meeting(&file.facts(), &facts, &config.lint));
    diagnostics
}

pub(super) fn item_facts(
    file: &MeetingFile,
    config: &Config,
    templates: &Templates,
) -> (Vec<ItemFacts>, Vec<Diagnostic>) {
    let first = first_number(file);
    let mut diagnostics = Vec::new();
    let facts = file
        .meeting
        .items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let mut facts = ItemFacts {
                index,
                number: first + index,
                dnr: item.dnr.clone(),
                bilagor: item
                    .bilagor
                    .iter()
                    .map(|b| {
                        let path = file.resolve(b.path());
                        let exists = path.is_file();
                        (path, exists)
                    })
                    .collect(),
                ..ItemFacts::default()
            };
            if let Some(case_path) = &item.case
                && let Ok(case_file) = load_case(&file.resolve(case_path), &config.sender)
            {
                let found = crate::builder::check::check_case(&case_file, config, templates);
                facts.lint_errors = found
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .count();
                diagnostics.extend(found);
                facts.dnr = facts.dnr.or_else(|| Some(case_file.case.dnr.clone()));
                facts.case = Some(case_file.case);
            } else if let Some(paper) = item.paper.as_ref().filter(|p| is_docx(p))
                && let Ok(imported) = crate::import::import_file(&file.resolve(paper))
            {
                // A Word paper's facts, as far as the reader finds them.
                facts.dnr = facts.dnr.or_else(|| Some(imported.case.dnr.clone()));
                facts.case = Some(imported.case);
            }
            facts
        })
        .collect();
    (facts, diagnostics)
}

pub(super) fn first_number(file: &MeetingFile) -> usize {
    if file.meeting.opening_items {
        OPENING_ITEMS.len() + 1
    } else {
        1
    }
}
