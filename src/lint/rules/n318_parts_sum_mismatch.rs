use super::{kronor, quote};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::Paper;
use crate::paper::scan::{Breakdown, Told};

declare_rule! {
    /// N318 parts-sum-mismatch: delarna som en summa eller ett antal delas
    /// upp i blir inte helheten ("Investeringen på 48 miljoner kronor
    /// fördelas med 18 miljoner kronor 2028 och 32 miljoner kronor 2029").
    ///
    /// När texten delar upp något ("fördelas", "fördelat på", "delas upp",
    /// "består av", "utgörs av") ska delarna tillsammans bli helheten. Efter
    /// "varav" eller "därav" kan delarna vara en del av helheten; de prövas
    /// då bara mot den om de tillsammans är fler eller mer än den, eller om
    /// de kompletterar varandra ("med"/"utan" samma sak, "kvinnor"/"män",
    /// en sista del av "övriga", eller resten räknad med "återstående",
    /// "resterande" eller "övriga" i samma mening eller i nästa med samma
    /// ord: "Sex anbud kom in, varav två förkastades. De fyra återstående
    /// anbuden …"). Helheten är talet före ordet i samma mening
    /// eller, för pengar, den enda summa skrivelsen ger det som delas upp
    /// ("Investeringen fördelas …"). Avrundade belopp ("1,2 miljoner") får
    /// avvika med en halv enhet var; en uppdelning med "cirka" eller
    /// "drygt", med en rest som inte anges ("övriga", "bland annat") eller
    /// med en jämförelse prövas inte.
    ///
    /// En uppräkning som summeras efter sig ("1,8 miljoner kronor 2025 och
    /// 2,3 miljoner kronor 2026, sammanlagt 4,1 miljoner kronor"; även
    /// "totalt", "tillsammans", "sammantaget") ska bli summan. Delarna är
    /// talen före ordet som räknas upp på samma sätt; ett antal summeras
    /// bara när alla räknar samma sak ("12 platser … och 8 platser, totalt
    /// 20 platser").
    ///
    /// En summa som sägs vara resten ("resten", "resterande", "återstoden")
    /// efter den enda summan före den i meningen ska tillsammans med den bli
    /// den enda summan i meningen före ("Ridhuset beräknas kosta 8,5
    /// miljoner kronor. Klubben betalar 2,5 miljoner kronor med egna medel
    /// och resten, 6 miljoner kronor, med ett banklån").
    ///
    /// En lista av rader som avslutas med en summarad ("Summa", "Totalt",
    /// "S:a") ska gå ihop, kolumn för kolumn för belopp och för antal av
    /// summaradens substantiv ("IK Stjärnan, 560 medlemmar: 84 000 kronor" …
    /// "Summa: 1 200 medlemmar, 180 000 kronor").
    ///
    /// Fel:  Under 2026 fick 412 hushåll bistånd, varav 168 barnfamiljer och
    ///       254 hushåll utan barn.
    /// Rätt: Under 2026 fick 412 hushåll bistånd, varav 168 barnfamiljer och
    ///       244 hushåll utan barn.
    pub struct PartsSumMismatch {
        code: "N318",
        name: "parts-sum-mismatch",
        severity: Warning,
        summary: "delarna blir inte helheten de delar upp (”48 miljoner … fördelas med 18 och 32 miljoner”)",
    }
}

impl Rule for PartsSumMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for breakdown in &paper.scan.breakdowns {
            let Some(told_whole) = &breakdown.whole else {
                continue;
            };
            let sum: u64 = breakdown.parts.iter().map(|p| p.value).sum();
            let whole = told_whole.value;
            // Each rounded figure may be off by half its last digit.
            let slack: u64 = breakdown
                .parts
                .iter()
                .chain([told_whole])
                .map(|f| f.rounding)
                .sum();
            let off = sum.abs_diff(whole);
            let beyond_rounding = off * 2 > slack;
            let wrong = if breakdown.complete {
                beyond_rounding
            } else {
                sum > whole && beyond_rounding && !a_part_exceeds_alone(paper, breakdown, whole)
            };
            if !wrong {
                continue;
            }
            let (first, last) = (
                &breakdown.parts[0],
                &breakdown.parts[breakdown.parts.len() - 1],
            );
            let message = format!(
                "delarna {} blir tillsammans {}, {} {} ({})",
                listed(paper, &breakdown.parts),
                shown(breakdown, sum),
                if breakdown.complete {
                    "men helheten är"
                } else {
                    "mer än helheten"
                },
                quote(paper, &told_whole.span),
                paper.line_label(told_whole.span.start)
            );
            out.push(
                Finding::new(&Self::META, first.span.start..last.span.end, message)
                    .related(told_whole.span.clone(), "helheten"),
            );
        }
    }
}

/// "”18 miljoner kronor” + ”32 miljoner kronor”".
fn listed(paper: &Paper, parts: &[Told]) -> String {
    parts
        .iter()
        .map(|p| quote(paper, &p.span))
        .collect::<Vec<_>>()
        .join(" + ")
}

fn shown(breakdown: &Breakdown, value: u64) -> String {
    if breakdown.money {
        kronor(value)
    } else {
        super::grouped(value)
    }
}

/// One part larger than the whole on its own is N315's finding.
fn a_part_exceeds_alone(paper: &Paper, breakdown: &Breakdown, whole: u64) -> bool {
    breakdown.parts.iter().any(|p| p.value > whole)
        && paper.scan.parts.iter().any(|told| {
            breakdown
                .parts
                .iter()
                .any(|p| p.span.start == told.span.start)
        })
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_parts_that_do_not_make_up_their_whole() {
        for (text, flagged) in [
            (
                "Under 2026 fick 412 hushåll bistånd, varav 168 barnfamiljer och 254 hushåll utan barn.",
                Some("168 barnfamiljer och 254 hushåll"),
            ),
            (
                "Under 2026 fick 412 hushåll bistånd, varav 168 barnfamiljer och 244 hushåll utan barn.",
                None,
            ),
            // Complementary parts must make up the whole.
            (
                "Under 2026 fick 421 hushåll bistånd, varav 168 barnfamiljer och 244 hushåll utan barn.",
                Some("168 barnfamiljer och 244 hushåll"),
            ),
            // Some parts of the whole: fewer is no slip.
            (
                "Under 2026 fick 421 hushåll bistånd, varav 168 barnfamiljer och 90 ensamstående.",
                None,
            ),
            (
                "Projektet kostar 2,4 miljoner kronor och fördelas med 1,2 miljoner kronor 2027 och 1,4 miljoner kronor 2028.",
                Some("1,2 miljoner kronor 2027 och 1,4 miljoner kronor"),
            ),
            // Rounded figures may be off by half their last digit each.
            (
                "Projektet kostar 2,4 miljoner kronor och fördelas med 1,2 miljoner kronor 2027 och 1 240 000 kronor 2028.",
                None,
            ),
            // Approximate parts and untold remainders are not checked.
            (
                "Projektet kostar 2,4 miljoner kronor och fördelas med cirka 1,2 miljoner kronor 2027 och 1,4 miljoner kronor 2028.",
                None,
            ),
            (
                "Bidraget på 900 000 kronor fördelas bland annat med 300 000 kronor till Ekby IF och 200 000 kronor till Åby BK.",
                None,
            ),
            // The sum before the verb is another subject's.
            (
                "Nämndens budget är 400 miljoner kronor och bidraget till föreningar fördelas med 2 miljoner kronor till idrott och 1 miljoner kronor till kultur.",
                None,
            ),
        ] {
            let text = format!("Ärende\n{text}\n");
            assert_eq!(
                text_findings("N318", &text),
                flagged.into_iter().collect::<Vec<_>>(),
                "{text}"
            );
        }
    }

    #[test]
    fn a_whole_named_by_its_noun_is_the_papers_one_sum_of_it() {
        let paper = |split: &str| {
            format!(
                "Förslag till beslut\n1. Nämnden godkänner en investering på 48 miljoner kronor.\n\nÄrende\n{split}\n\nEkonomiska konsekvenser\nInvesteringen på 48 miljoner kronor skrivs av på 40 år.\n"
            )
        };
        assert_eq!(
            text_findings(
                "N318",
                &paper(
                    "Investeringen fördelas med 18 miljoner kronor år 2028 och 32 miljoner kronor år 2029."
                )
            ),
            ["18 miljoner kronor år 2028 och 32 miljoner kronor"]
        );
        assert!(
            text_findings(
                "N318",
                &paper("Investeringen fördelas med 18 miljoner kronor år 2028 och 30 miljoner kronor år 2029.")
            )
            .is_empty()
        );
    }
}
