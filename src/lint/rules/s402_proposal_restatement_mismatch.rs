use super::{date, quote};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::SectionKind;
use crate::paper::about::{decision_party, end_only, proposal_period, same_party, says_extended};
use crate::paper::scan::PeriodMention;
use crate::paper::scan::cues;

declare_rule! {
    /// S402 proposal-restatement-mismatch: beslutet upprepat längre fram i
    /// handlingen ("förvaltningen föreslår att avtalet … förlängs …") skiljer sig
    /// från "Förslag till beslut" i period eller part.
    ///
    /// En upprepning som bara anger slutet ("förlängs till och med den 31 mars
    /// 2028", "nyttja optionen till och med …") jämförs på sitt slut. (Ett annat
    /// åldersspann är A201:s fynd; en felstavad part N301:s; en period med ena
    /// änden lika med förslagets D104:s.)
    ///
    /// Fel:  1. Avtalet … förlängs från och med den 1 januari 2024 till och med den 31 december 2025.
    ///       … föreslår förvaltningen att avtalet förlängs från 1 januari 2024 till och med 31 december 2026.
    /// Rätt: … föreslår förvaltningen att avtalet förlängs från 1 januari 2024 till och med 31 december 2025.
    pub struct ProposalRestatementMismatch {
        code: "S402",
        name: "proposal-restatement-mismatch",
        severity: Error,
        summary: "beslutet återges senare med annan period eller part än i ”Förslag till beslut”",
    }
}

impl Rule for ProposalRestatementMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let proposal = proposal_period(paper);
        let proposal_end = match &proposal {
            Some((_, to, span)) => Some((*to, span.clone())),
            None => proposed_end_only(paper),
        };
        let party = decision_party(paper);
        for sentence in &paper.scan.sentences {
            let in_proposals = paper.section_at(sentence.start) == Some(&SectionKind::Proposals);
            let text = paper.text(sentence);
            let about_extension = says_extended(text);
            if in_proposals || !cues::restates_proposal(text) || !about_extension {
                continue;
            }
            let restated = paper
                .scan
                .periods
                .iter()
                .find(|p| sentence.contains(&p.span.start) && !p.whole_years);
            if let Some((to, span)) = &proposal_end
                && restated.is_none()
                && let Some(end) = end_only(paper, sentence).filter(|(d, _)| d != to)
            {
                out.push(
                    Finding::new(
                        &Self::META,
                        end.1.clone(),
                        format!(
                            "beslutet återges med slutdatum {}, men förslaget till beslut gäller till och med {}",
                            date(end.0),
                            date(*to)
                        ),
                    )
                    .related(span.clone(), "förslaget till beslut"),
                );
            }
            if let Some((from, to, span)) = &proposal {
                // One end equal is one period written twice: D104's finding.
                let d104 = |p: &&PeriodMention| p.from == *from || p.to == *to;
                if let Some(p) = restated.filter(|p| (p.from, p.to) != (*from, *to) && !d104(p)) {
                    out.push(
                        Finding::new(
                            &Self::META,
                            p.span.clone(),
                            format!(
                                "beslutet återges med perioden {} – {}, men förslaget till beslut gäller {} – {}",
                                date(p.from),
                                date(p.to),
                                date(*from),
                                date(*to)
                            ),
                        )
                        .related(span.clone(), "förslaget till beslut"),
                    );
                }
            }
            if let Some((name, span)) = &party {
                let other = paper
                    .scan
                    .orgs
                    .iter()
                    .filter(|o| o.is_company() && sentence.contains(&o.span.start))
                    .find(|o| !same_party(name, &o.base));
                if let Some(org) = other {
                    out.push(
                        Finding::new(
                            &Self::META,
                            org.span.clone(),
                            format!(
                                "beslutet återges med {}, men förslaget till beslut gäller {name}",
                                quote(paper, &org.span)
                            ),
                        )
                        .related(span.clone(), "förslaget till beslut"),
                    );
                }
            }
        }
    }
}

/// A proposal that extends to an end without a start: "att förlänga
/// ramavtalet … t.o.m. 2027-04-30".
fn proposed_end_only(
    paper: &crate::paper::Paper,
) -> Option<(chrono::NaiveDate, crate::paper::scan::Span)> {
    paper
        .scan
        .sentences
        .iter()
        .filter(|s| paper.section_at(s.start) == Some(&SectionKind::Proposals))
        .filter(|s| says_extended(paper.text(s)))
        .find_map(|s| end_only(paper, s))
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::text_findings;

    const PROPOSAL: &str = "### Förslag till beslut\n1. Avtalet med Solrosgruppen AB förlängs från och med den 1 januari 2024 till och med den 31 december 2025.\n### Ärende\n";

    #[test]
    fn flags_a_restatement_with_another_period_or_party() {
        let text = format!(
            "{PROPOSAL}Förvaltningen föreslår att avtalet med Solrosgruppen AB förlängs från 1 januari 2024 till och med 31 december 2026. Förvaltningen föreslår att avtalet med Nejlikan AB förlängs."
        );
        // The period shares its start with the proposal: D104 reports it, once.
        assert_eq!(text_findings("S402", &text), ["Nejlikan AB"]);
        assert_eq!(
            text_findings("D104", &text),
            ["från 1 januari 2024 till och med 31 december 2026"]
        );
    }

    #[test]
    fn passes_a_faithful_restatement() {
        let text = format!(
            "{PROPOSAL}Förvaltningen föreslår att avtalet med Solrosgruppen – AB förlängs ytterligare två år från 1 januari 2024 till och med 31 december 2025."
        );
        assert!(text_findings("S402", &text).is_empty());
    }

    #[test]
    fn flags_a_restated_end_and_option_phrasings() {
        let text = format!(
            "{PROPOSAL}Förvaltningen föreslår att avtalet förlängs till och med den 31 mars 2026. Förvaltningen föreslår att nämnden nyttjar optionen till och med den 31 december 2026."
        );
        assert_eq!(
            text_findings("S402", &text),
            ["31 mars 2026", "31 december 2026"]
        );
        let text = format!(
            "{PROPOSAL}Förvaltningen föreslår att avtalet förlängs ett år, till och med den 31 december 2025."
        );
        assert!(text_findings("S402", &text).is_empty());
    }

    #[test]
    fn one_end_equal_is_left_to_d104() {
        let text = format!(
            "{PROPOSAL}Förvaltningen föreslår att avtalet förlängs från 1 januari 2024 till och med 31 december 2026."
        );
        assert!(text_findings("S402", &text).is_empty());
        assert_eq!(text_findings("D104", &text).len(), 1);
    }

    #[test]
    fn a_proposal_that_states_only_an_end() {
        let text = "### Förslag till beslut\nÄldrenämnden beslutar att förlänga ramavtalet med Matkassen Norr AB t.o.m. 2027-04-30.\n### Sammanfattning\nFörvaltningen föreslår att ramavtalet förlängs till och med den 30 april 2028.\n";
        assert_eq!(text_findings("S402", text), ["30 april 2028"]);
        let right = text.replace("30 april 2028", "30 april 2027");
        assert!(text_findings("S402", &right).is_empty());
    }
}
