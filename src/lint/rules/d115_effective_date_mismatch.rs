use super::date;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::SectionKind;
use crate::paper::scan::{EffectiveDate, effective_same_stem};

declare_rule! {
    /// D115 effective-date-mismatch: det som föreslås får ett annat
    /// startdatum i texten än i förslaget till beslut.
    ///
    /// Förslaget till beslut säger från vilken dag riktlinjerna, taxan eller
    /// bestämmelserna ska gälla. Står samma sak med ett annat datum längre
    /// ned vet nämnden inte vilket den beslutar. Samma sak känns igen på
    /// orden före verbet ("riktlinjer" och "riktlinjerna" är samma ord i
    /// olika former); något som sägs vara tidigare ("den nuvarande taxan",
    /// "gällande riktlinjer") och slutdatum ("upphör att gälla den …")
    /// prövas inte. "Ändringen träder i kraft …" och "Beslutet gäller från
    /// …" avser förslaget självt när allt i förslaget börjar gälla samma dag.
    ///
    /// Fel:  1. Nämnden antar riktlinjer för skolskjuts att gälla från och
    ///       med 1 januari 2027. … De nya riktlinjerna föreslås gälla från den
    ///       1 januari 2028.
    /// Rätt: … De nya riktlinjerna föreslås gälla från den 1 januari 2027.
    pub struct EffectiveDateMismatch {
        code: "D115",
        name: "effective-date-mismatch",
        severity: Error,
        summary: "det som föreslås börjar gälla ett annat datum i texten än i förslaget",
    }
}

impl Rule for EffectiveDateMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let in_proposals =
            |e: &EffectiveDate| paper.section_at(e.span.start) == Some(&SectionKind::Proposals);
        let proposed: Vec<&EffectiveDate> = paper
            .scan
            .effective_dates
            .iter()
            .filter(|e| in_proposals(e) && !e.earlier)
            .collect();
        for stated in paper
            .scan
            .effective_dates
            .iter()
            .filter(|e| !in_proposals(e))
        {
            if stated.earlier {
                continue;
            }
            let same_thing = |p: &&&EffectiveDate| {
                p.subject
                    .iter()
                    .any(|a| stated.subject.iter().any(|b| effective_same_stem(a, b)))
            };
            // The proposal that names the same thing; none that agrees.
            // "Ändringen träder i kraft …" is the proposal's own start, when
            // the proposal has one.
            let Some(proposal) = proposed.iter().find(same_thing).or_else(|| {
                proposed
                    .first()
                    .filter(|_| stated.the_decision && one_day(&proposed))
            }) else {
                continue;
            };
            if proposed
                .iter()
                .filter(|p| same_thing(p) || stated.the_decision)
                .any(|p| p.date == stated.date)
            {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    stated.span.clone(),
                    format!(
                        "här ska det gälla från {}, men förslaget till beslut säger {} ({})",
                        date(stated.date),
                        date(proposal.date),
                        paper.line_label(proposal.span.start)
                    ),
                )
                .related(proposal.span.clone(), "förslaget till beslut"),
            );
        }
    }
}

/// Whether everything proposed takes effect on one day.
fn one_day(proposed: &[&EffectiveDate]) -> bool {
    proposed.windows(2).all(|w| w[0].date == w[1].date)
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const PROPOSAL: &str = "### Förslag till beslut\n1. Nämnden antar reviderade riktlinjer för skolskjuts att gälla från och med 1 januari 2027.\n### Ärende\n";

    #[test]
    fn flags_the_same_thing_starting_another_day() {
        let text =
            format!("{PROPOSAL}De nya riktlinjerna föreslås gälla från den 1 januari 2028.\n");
        assert_eq!(text_findings("D115", &text), ["1 januari 2028"]);
    }

    #[test]
    fn flags_the_decision_itself_starting_another_day() {
        let text = format!("{PROPOSAL}Ändringen träder i kraft den 1 februari 2027.\n");
        assert_eq!(text_findings("D115", &text), ["1 februari 2027"]);
        let right = format!("{PROPOSAL}Ändringen träder i kraft den 1 januari 2027.\n");
        assert!(text_findings("D115", &right).is_empty());
        // Two things starting on two days: which one "Beslutet" means is not known.
        let two = "### Förslag till beslut\n1. Taxan gäller från 1 januari 2027.\n2. Riktlinjerna gäller från 1 juli 2027.\n### Ärende\nBeslutet gäller från 1 mars 2027.\n";
        assert!(text_findings("D115", two).is_empty());
    }

    #[test]
    fn is_silent_on_agreement_other_things_and_earlier_ones() {
        let text = format!(
            "{PROPOSAL}Riktlinjerna ska gälla från 2027-01-01. Taxan gäller från 1 juli 2027. De nuvarande riktlinjerna gäller från 1 juli 2019. Riktlinjerna från 2019 upphör att gälla den 31 december 2026.\n"
        );
        assert!(text_findings("D115", &text).is_empty());
    }
}
