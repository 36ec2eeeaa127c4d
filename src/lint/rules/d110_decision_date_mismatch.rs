use std::collections::BTreeMap;

use chrono::Datelike;

use super::{date, own_board_key, usual};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::{DecisionRef, OWN_BOARD};

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
        let groups = group_by_decision(paper);
        // A decision is cited a few times; hundreds of citations are a list.
        for refs in groups.values().filter(|r| r.len() <= 100) {
            // The date cited most often (the first cited, on a tie) is taken as right.
            let mut in_order = refs.clone();
            in_order.sort_by_key(|r| r.span.start);
            let Some(right) = usual(in_order.iter().map(|r| r.date)) else {
                continue;
            };
            let cited_more_than_once = refs.iter().filter(|r| r.date == right).count() > 1;
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
                            if r.body.is_some() { &r.body_text } else { &right_ref.body_text },
                            r.paragraph,
                            date(r.date),
                            if cited_more_than_once { "annars" } else { "också" },
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

/// Citations grouped by (body, §, year). A citation that names no body
/// ("riktlinjer antagna 2021-06-16, § 57") joins the paper's own board's
/// citation of that § and year, when the board is the only body cited with
/// it and the dates are less than two months apart: a slip, not another
/// body's decision. Not in an agenda or minutes, whose items cite others.
fn group_by_decision(
    paper: &crate::paper::Paper,
) -> BTreeMap<(String, String, i32), Vec<&DecisionRef>> {
    let own_key = own_board_key(paper);
    let mut groups: BTreeMap<(String, String, i32), Vec<&DecisionRef>> = BTreeMap::new();
    for r in &paper.scan.decisions {
        // "nämnden" is the addressee board; without one it is no body.
        let body = match r.body.as_deref() {
            Some(OWN_BOARD) => own_key.clone(),
            other => other.map(str::to_owned),
        };
        if let Some(body) = body {
            groups
                .entry((body, r.paragraph.clone(), r.date.year()))
                .or_default()
                .push(r);
        }
    }
    // An agenda or minutes hold many items, each citing its own bodies.
    let Some(own) = own_key.filter(|_| !paper.is_collection()) else {
        return groups;
    };
    for r in paper.scan.decisions.iter().filter(|r| r.body.is_none()) {
        let mut same: Vec<_> = groups
            .iter_mut()
            .filter(|((_, paragraph, year), _)| *paragraph == r.paragraph && *year == r.date.year())
            .collect();
        if let [((body, _, _), refs)] = same.as_mut_slice() {
            let near = refs.iter().all(|o| (o.date - r.date).num_days().abs() < 62);
            if *body == own && near {
                refs.push(r);
                refs.sort_by_key(|o| o.span.start);
            }
        }
    }
    groups
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
    fn flags_one_decision_with_two_dates_where_extraction_lost_the_sign() {
        let text = "### Beslutsunderlag\nKultur- och föreningsnämndens protokoll den 24 mars 2010, 24 Mall checklista\n### Bakgrund\nDärför beslutade kultur- och föreningsnämnden att anta barnchecklistan den 25 mars 2010, 24.\n";
        assert_eq!(text_findings("D110", text), ["25 mars 2010"]);
    }

    #[test]
    fn passes_other_bodies_other_paragraphs_and_other_years() {
        let text = "### Ärende\nKommunstyrelsen 2026-01-12, § 4 och valnämnden 2025-11-24, § 4. Kommunstyrelsen 2026-02-09, § 15. Kommunstyrelsen 2025-01-13, § 4. Kommunstyrelsen beslutade 2026-01-12, § 4.";
        assert!(text_findings("D110", text).is_empty());
    }

    const GUIDELINE: &str = "Omsorgsförvaltningen\n2025-05-12\nDnr ON 2025-0088\n\nOmsorgsnämnden\n\nRevidering av riktlinjer\n\n### Förslag till beslut\nOmsorgsnämnden antar reviderade riktlinjer. Riktlinjerna ersätter riktlinjer antagna 2021-06-16, § 57.\n### Ärende\nNuvarande riktlinjer antogs av omsorgsnämnden den 15 juni 2021, § 57.\n";

    #[test]
    fn a_citation_without_a_body_is_the_own_boards() {
        assert_eq!(text_findings("D110", GUIDELINE), ["15 juni 2021"]);
        let right = GUIDELINE.replace("15 juni 2021", "16 juni 2021");
        assert!(text_findings("D110", &right).is_empty());
        // "nämnden" without a name is the addressee board too.
        let the_board = GUIDELINE.replace("antogs av omsorgsnämnden", "antogs av nämnden");
        assert_eq!(text_findings("D110", &the_board), ["15 juni 2021"]);
    }

    #[test]
    fn a_citation_without_a_body_is_left_alone_when_it_may_be_anothers() {
        // Another body is cited with § 57 of the same year.
        let two_bodies = GUIDELINE.replace(
            "§ 57.\n",
            "§ 57. Kommunstyrelsen beslutade 2021-05-31, § 57 om budgeten.\n",
        );
        assert!(text_findings("D110", &two_bodies).is_empty());
        // Months apart: another decision, not a slip.
        let months_apart = GUIDELINE.replace("antagna 2021-06-16", "antagna 2021-11-16");
        assert!(text_findings("D110", &months_apart).is_empty());
        // The only body cited is not the paper's own board.
        let other_board =
            GUIDELINE.replace("antogs av omsorgsnämnden", "antogs av kommunstyrelsen");
        assert!(text_findings("D110", &other_board).is_empty());
    }
}
