use super::{date, quote};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::PeriodMention;

declare_rule! {
    /// D104 period-forms-disagree: samma period skriven två gånger (i ord och
    /// kortform, eller i två avsnitt) med en ände som skiljer sig.
    ///
    /// Två perioder med samma start men olika slut (eller samma slut men olika
    /// start) är en period skriven två gånger, en gång fel.
    ///
    /// Fel:  … från och med den 1 mars 2020 till och med den 28 februari 2022 … förlängs från 200301 – 220227.
    /// Rätt: … från och med den 1 mars 2020 till och med den 28 februari 2022 … förlängs från 200301 – 220228.
    ///
    /// I en ärendefil jämförs perioder i texten med `contract.extension`.
    pub struct PeriodFormsDisagree {
        code: "D104",
        name: "period-forms-disagree",
        severity: Error,
        summary: "samma period skriven på två sätt som inte stämmer överens",
    }
}

impl Rule for PeriodFormsDisagree {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let periods = &paper.scan.periods;
        for (i, later) in periods.iter().enumerate() {
            let Some(earlier) = periods[..i]
                .iter()
                .find(|p| half_equal(p, later.from, later.to))
            else {
                continue;
            };
            out.push(
                Finding::new(
                    &Self::META,
                    later.span.clone(),
                    format!(
                        "perioden {} skiljer sig från {} ({}): {} – {} mot {} – {}",
                        quote(paper, &later.span),
                        quote(paper, &earlier.span),
                        paper.line_label(earlier.span.start),
                        date(later.from),
                        date(later.to),
                        date(earlier.from),
                        date(earlier.to)
                    ),
                )
                .related(earlier.span.clone(), "samma period skrivs här"),
            );
        }
        let extension = paper
            .facts
            .contract
            .as_ref()
            .and_then(|c| c.extension.as_ref());
        if let Some(ext) = extension {
            for period in periods
                .iter()
                .filter(|p| half_equal(p, ext.value.from, ext.value.to))
            {
                out.push(
                    Finding::new(
                        &Self::META,
                        period.span.clone(),
                        format!(
                            "perioden {} skiljer sig från förlängningen i ärendets data ({} – {})",
                            quote(paper, &period.span),
                            date(ext.value.from),
                            date(ext.value.to)
                        ),
                    )
                    .related(ext.span.clone(), "contract.extension"),
                );
            }
        }
    }
}

/// Shares exactly one end with the period `from`–`to`.
fn half_equal(p: &PeriodMention, from: chrono::NaiveDate, to: chrono::NaiveDate) -> bool {
    (p.from == from) != (p.to == to)
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_compact_form_that_disagrees() {
        let text = "förlängs från och med den 1 mars 2020 till och med den 28 februari 2022. Därmed förlängs avtalet från 200301 – 220227.";
        assert_eq!(text_findings("D104", text), ["från 200301 – 220227"]);
        let yaml = contract_case(
            CONTRACT,
            "sections:\n  arende: Avtalet förlängs från och med den 1 maj 2026 till och med den 30 april 2029.\n",
        );
        assert_eq!(case_findings("D104", &yaml).len(), 1);
    }

    #[test]
    fn passes_forms_that_agree() {
        let text = "förlängs från och med den 1 mars 2020 till och med den 28 februari 2022. Förlängs från 200301 – 220228 och 200301 till och med 220228.";
        assert!(text_findings("D104", text).is_empty());
    }
}
