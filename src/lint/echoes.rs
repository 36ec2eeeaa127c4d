//! One slip reported once: findings that another finding already tells.

use super::{Diagnostic, Severity, rules};

/// N307 (a figure restated otherwise) is a backstop: a slip another rule
/// reports at either copy (a date, an age range, a Dnr, by the rule that
/// knows what it is) is reported once, by that rule.
pub(super) fn drop_backstop_echoes(diagnostics: &mut Vec<Diagnostic>) {
    let backstop = rules::n307_restated_figure_mismatch::RestatedFigureMismatch::META.code;
    let reported: Vec<[usize; 2]> = diagnostics
        .iter()
        .filter(|d| d.code != backstop && d.severity >= Severity::Warning)
        .map(|d| d.span)
        .collect();
    let overlaps = |a: [usize; 2], b: [usize; 2]| a[0] < b[1] && b[0] < a[1];
    diagnostics.retain(|d| {
        d.code != backstop
            || !std::iter::once(d.span)
                .chain(d.related.iter().map(|r| r.span))
                .any(|span| reported.iter().any(|&other| overlaps(span, other)))
    });
}

/// Two rules that hold the same place against the same other place report
/// one slip ("De fem fritidsledarna" against the proposal's "fyra
/// fritidsledare": N308, a proposal restated, and N310, a count referred
/// back): the more severe finding is kept, of equals the first code. Two
/// findings of one rule are two things said.
pub(super) fn drop_one_pair_told_twice(diagnostics: &mut Vec<Diagnostic>) {
    let pair = |d: &Diagnostic| d.related.first().map(|r| (d.span, r.span));
    let mut kept: std::collections::HashMap<([usize; 2], [usize; 2]), usize> =
        std::collections::HashMap::new();
    let mut drop = vec![false; diagnostics.len()];
    for (i, d) in diagnostics.iter().enumerate() {
        let Some(key) = pair(d) else {
            continue;
        };
        match kept.get(&key) {
            // One rule may say two things of one place ("a gap" and "an end
            // beyond the maximum"): only another rule's finding is an echo.
            Some(&k) if diagnostics[k].code == d.code => {}
            Some(&k) if diagnostics[k].severity >= d.severity => drop[i] = true,
            Some(&k) => {
                drop[k] = true;
                kept.insert(key, i);
            }
            None => {
                kept.insert(key, i);
            }
        }
    }
    let mut index = 0;
    diagnostics.retain(|_| {
        index += 1;
        !drop[index - 1]
    });
}

#[cfg(test)]
mod tests {
    use crate::lint::{LintConfig, lint_paper};
    use crate::paper::structure::paper_from_text;

    /// "De fem fritidsledarna" against the proposal's "fyra fritidsledare"
    /// is one slip: N308 reports it, N310 would at the same two places.
    #[test]
    fn one_slip_between_two_places_is_reported_once() {
        let text = "Kultur- och fritidsförvaltningen\n2027-08-24\nDnr KFN 2027/88\n\nKultur- och fritidsnämnden\n\nÖppettider\n\nFörslag till beslut\n1. Kultur- och fritidsnämnden avsätter 450 000 kronor för fyra fritidsledare under hösten 2027.\n\nBakgrund\nDe fem fritidsledarna anställs från den 30 augusti 2027.\n";
        let paper = paper_from_text("echo.txt".into(), text.to_owned());
        // Facts only: the paper leaves out sections S401 asks for.
        let codes: Vec<&str> = lint_paper(&paper, &LintConfig::default())
            .iter()
            .map(|d| d.code)
            .filter(|code| code.starts_with('N'))
            .collect();
        assert_eq!(codes, ["N308"]);
    }
}
