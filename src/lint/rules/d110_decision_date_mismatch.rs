use std::collections::BTreeMap;

use chrono::Datelike;

use super::date;
use crate::lint::text::DecisionRef;
use crate::lint::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// D110 decision-date-mismatch: samma tidigare beslut citeras med två
    /// olika datum.
    ///
    /// Ett beslut citeras med organ, datum och paragraf ("kommunstyrelsen
    /// 2024-01-15, § 4"). Paragraferna numreras genom året, så samma organ och
    /// paragraf samma år är ett beslut, och det har ett datum. Det datum som står
    /// färre gånger rapporteras; bilagelistan ("protokollsutdrag 2024-01-16 §
    /// 4.pdf") räknas också som ett citat.
    ///
    /// Fel:  … ersätter tidigare beslut i kommunstyrelsen 2024-01-15, § 4. …
    ///       När kommunstyrelsen beredde ärendet 2024-01-16, § 4, …
    /// Rätt: … ersätter tidigare beslut i kommunstyrelsen 2024-01-16, § 4. …
    ///       När kommunstyrelsen beredde ärendet 2024-01-16, § 4, …
    pub struct DecisionDateMismatch {
        code: "D110",
        name: "decision-date-mismatch",
        severity: Error,
        summary: "samma beslut (organ och §) anges med olika datum",
    }
}

impl Rule for DecisionDateMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let mut groups: BTreeMap<(String, String, i32), Vec<&DecisionRef>> = BTreeMap::new();
        for r in &paper.scan.decisions {
            groups
                .entry((r.body.clone(), r.paragraph.clone(), r.date.year()))
                .or_default()
                .push(r);
        }
        // A decision is cited a few times; hundreds of citations are a list.
        for refs in groups.values().filter(|r| r.len() <= 100) {
            let mut counts: BTreeMap<chrono::NaiveDate, usize> = BTreeMap::new();
            for r in refs {
                *counts.entry(r.date).or_default() += 1;
            }
            if counts.len() < 2 {
                continue;
            }
            // The date cited most often (the first cited, on a tie) is taken as right.
            let (&right, _) = counts
                .iter()
                .max_by_key(|(d, n)| (**n, std::cmp::Reverse(first_at(refs, **d))))
                .expect("two dates");
            let right_ref = refs.iter().find(|r| r.date == right).expect("cited");
            for r in refs.iter().filter(|r| r.date != right) {
                if refs
                    .iter()
                    .any(|o| o.date == r.date && o.span.start < r.span.start)
                {
                    continue; // One finding per wrong date.
                }
                out.push(
                    Finding::new(
                        &Self::META,
                        r.date_span.clone(),
                        format!(
                            "{} § {} anges här med datumet {}, men {} med {} ({}); samma beslut kan bara ha ett datum",
                            r.body_text,
                            r.paragraph,
                            date(r.date),
                            if counts[&right] > 1 { "annars" } else { "också" },
                            date(right),
                            paper.line_label(right_ref.date_span.start),
                        ),
                    )
                    .related(right_ref.date_span.clone(), "samma beslut med annat datum"),
                );
            }
        }
    }
}

fn first_at(refs: &[&DecisionRef], d: chrono::NaiveDate) -> usize {
    refs.iter()
        .filter(|r| r.date == d)
        .map(|r| r.span.start)
        .min()
        .unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_one_decision_with_two_dates() {
        let text = "### Förslag till beslut\n- Beslutet ersätter tidigare beslut i kommunstyrelsen 2026-01-12, § 4.\n### Ärende\nNär kommunstyrelsen beredde ärendet 2026-01-13, § 4, blev det fel.\n### Bilagor\nKommunstyrelsen protokollsutdrag 2026-01-13 § 4.pdf\n";
        assert_eq!(text_findings("D110", text), ["2026-01-12"]);
        let text = "### Ärende\nRiktlinjen antogs av kommunfullmäktige den 20 maj 2019, § 45. Kommunfullmäktige beslutade 2019-05-21 § 45 att …";
        assert_eq!(text_findings("D110", text), ["2019-05-21"]);
    }

    #[test]
    fn passes_other_bodies_other_paragraphs_and_other_years() {
        let text = "### Ärende\nKommunstyrelsen 2026-01-12, § 4 och valnämnden 2025-11-24, § 4. Kommunstyrelsen 2026-02-09, § 15. Kommunstyrelsen 2025-01-13, § 4. Kommunstyrelsen beslutade 2026-01-12, § 4.";
        assert!(text_findings("D110", text).is_empty());
    }
}
