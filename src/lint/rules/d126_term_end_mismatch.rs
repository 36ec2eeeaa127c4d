use super::{date, quote};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::about::agreement_term;

declare_rule! {
    /// D126 term-end-mismatch: avtalets sista dag skrivs för sig med ett
    /// annat datum än avtalstiden i förslaget till beslut slutar ("Avtalet
    /// gäller i två år från den 1 juli 2027" … "Avtalet löper till och med
    /// den 30 juni 2030").
    ///
    /// När förslaget till beslut ger ett nytt avtals tid ("i två år från den
    /// 1 juli 2027", "1 juli 2027 – 30 juni 2029") ska en mening som börjar
    /// "Avtalet löper/gäller till och med …" eller "Avtalet löper ut …" ge
    /// samma sista dag. Ett avtal med ett namn ("Avtalet med Mälarkost AB
    /// …"), ett som redan har gällt ("gällde") och ett som slutar innan det
    /// nya avtalet börjar (det nuvarande avtalet) prövas inte; den längsta
    /// tiden med förlängningar ("som längst till och med …") prövar D105.
    ///
    /// Fel:  1. Avtalet gäller i två år från den 1 juli 2027 …
    ///       Avtalet löper till och med den 30 juni 2030 och kan därefter förlängas …
    /// Rätt: … Avtalet löper till och med den 30 juni 2029 …
    pub struct TermEndMismatch {
        code: "D126",
        name: "term-end-mismatch",
        severity: Error,
        summary: "avtalets sista dag skrivs med ett annat datum än avtalstiden slutar (”i två år från 1 juli 2027” / ”löper till och med 30 juni 2030”)",
    }
}

impl Rule for TermEndMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        if paper.scan.term_ends.is_empty() {
            return;
        }
        let Some((from, to, term)) = agreement_term(paper) else {
            return;
        };
        for end in &paper.scan.term_ends {
            // The agreement the new one replaces ends before it starts.
            if end.date == to || end.date < from || term.contains(&end.span.start) {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    end.span.clone(),
                    format!(
                        "avtalets sista dag {} stämmer inte med avtalstiden i förslaget ({} – {}), som slutar {}",
                        quote(paper, &end.span),
                        date(from),
                        date(to),
                        date(to)
                    ),
                )
                .related(term.clone(), "avtalstiden"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const PROPOSAL: &str = "### Förslag till beslut\n1. Nämnden tilldelar Grönfors Livs AB avtal om livsmedel.\n2. Avtalet gäller i två år från den 1 juli 2027, med möjlighet till förlängning i högst två år.\n### Ärende\n";

    #[test]
    fn flags_an_agreements_last_day_the_term_does_not_end_on() {
        for (said, found) in [
            (
                "Avtalet löper till och med den 30 juni 2030 och kan därefter förlängas med ett år i taget.",
                vec!["30 juni 2030"],
            ),
            (
                "Avtalet löper till och med den 30 juni 2029 och kan därefter förlängas med ett år i taget.",
                vec![],
            ),
            // The agreement the new one replaces.
            ("Avtalet löper ut den 30 juni 2027.", vec![]),
            (
                "Avtalet med Mälarkost AB löper till och med den 30 juni 2030.",
                vec![],
            ),
        ] {
            assert_eq!(
                text_findings("D126", &format!("{PROPOSAL}{said}\n")),
                found,
                "{said}"
            );
        }
    }
}
