use super::{percent_text, quote};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// N321 point-change-mismatch: antalet procentenheter är inte skillnaden
    /// mellan de två andelar det står mellan ("från 32 procent till 40
    /// procent, en ökning med 10 procentenheter").
    ///
    /// Procentenheterna prövas mot andelarna i "från X till Y procent" i
    /// samma mening, eller mot dagens andel i samma mening ("I dag är den 32
    /// procent, så den ska öka med 8 procentenheter") och målet som meningen
    /// före sätter ("Andelen ska vara minst 40 procent"). Står fler andelar i
    /// meningarna är det oklart vilka som avses, och inget prövas. En
    /// avrundning till de decimaler som skrivs godtas.
    ///
    /// Fel:  Andelen ökade från 32 procent till 40 procent, en ökning med 10 procentenheter.
    /// Rätt: Andelen ökade från 32 procent till 40 procent, en ökning med 8 procentenheter.
    pub struct PointChangeMismatch {
        code: "N321",
        name: "point-change-mismatch",
        severity: Error,
        summary: "procentenheterna är inte skillnaden mellan andelarna (”från 32 till 40 procent … 10 procentenheter”)",
    }
}

impl Rule for PointChangeMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for change in &paper.scan.point_changes {
            let difference = change.from.hundredths.abs_diff(change.to.hundredths);
            // One unit of the last decimal written: "8" covers 7,5–8,49.
            let unit = 100 / 10u64.pow(change.decimals.min(2));
            if change.points.abs_diff(difference) * 2 <= unit {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    change.span.clone(),
                    format!(
                        "{} är inte skillnaden mellan {} och {}, som är {} procentenheter",
                        quote(paper, &change.span),
                        quote(paper, &change.from.span),
                        quote(paper, &change.to.span),
                        percent_text(difference)
                    ),
                )
                .related(change.from.span.clone(), "den ena andelen")
                .related(change.to.span.clone(), "den andra andelen"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_points_that_are_not_the_shares_difference() {
        let said = |text: &str| text_findings("N321", &format!("Ärende\n{text}\n"));
        for (text, found) in [
            (
                "Andelen ökade från 32 procent till 40 procent, en ökning med 10 procentenheter.",
                vec!["10 procentenheter"],
            ),
            (
                "Andelen ska vara minst 40 procent. I dag är den 30 procent, så den ska öka med 8 procentenheter.",
                vec!["8 procentenheter"],
            ),
            (
                "Andelen ska vara minst 40 procent. I dag är den 32 procent, så den ska öka med 8 procentenheter.",
                vec![],
            ),
            (
                "Andelen sjönk från 12,4 till 10,1 procent, alltså 2,3 procentenheter.",
                vec![],
            ),
            (
                "Andelen sjönk från 12,4 till 10,1 procent, alltså 2 procentenheter.",
                vec![],
            ),
        ] {
            assert_eq!(said(text), found, "{text}");
        }
    }
}
