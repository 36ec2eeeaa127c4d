use super::{date, quote};
use crate::calendar::{term_end, whole_months};
use crate::case::Period;
use crate::compose::period_length;
use crate::lint::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// D103 duration-mismatch: a stated length that does not match the period
    /// it introduces.
    ///
    /// The words and the dates must say the same thing; if they do not, the
    /// board cannot know which one it decided.
    ///
    /// Bad:  förlängs två år från och med den 1 januari 2024 till och med den 31 december 2026
    /// Good: förlängs två år från och med den 1 januari 2024 till och med den 31 december 2025
    ///
    /// In a case file it also compares `contract.extension_years` with the
    /// length of `contract.extension`.
    pub struct DurationMismatch {
        code: "D103",
        name: "duration-mismatch",
        severity: Error,
        summary: "angiven längd stämmer inte med perioden (”två år” men tre års datum)",
    }
}

impl Rule for DurationMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for duration in &paper.scan.durations {
            // The period must follow the duration directly ("två år från …").
            let Some(period) = paper.scan.periods.iter().find(|p| {
                p.span.start >= duration.span.end
                    && paper.source[duration.span.end..p.span.start]
                        .trim_matches([' ', ',', '\n', '\t'])
                        .is_empty()
            }) else {
                continue;
            };
            if period.to < period.from {
                continue; // D102's business.
            }
            if whole_months(period.from, period.to) != Some(duration.months) {
                let actual = period_length(Period {
                    from: period.from,
                    to: period.to,
                });
                let expected_end = term_end(period.from, duration.months)
                    .map(|d| {
                        format!(
                            "; {} från {} slutar {}",
                            quote(paper, &duration.span),
                            date(period.from),
                            date(d)
                        )
                    })
                    .unwrap_or_default();
                out.push(
                    Finding::new(
                        &Self::META,
                        duration.span.clone(),
                        format!(
                            "{} stämmer inte med perioden {} – {}, som är {actual}{expected_end}",
                            quote(paper, &duration.span),
                            date(period.from),
                            date(period.to)
                        ),
                    )
                    .related(period.span.clone(), "perioden"),
                );
            }
        }
        let Some(contract) = &paper.facts.contract else {
            return;
        };
        if let (Some(years), Some(ext)) = (contract.extension_years, &contract.extension) {
            let months = whole_months(ext.value.from, ext.value.to);
            if ext.value.from <= ext.value.to && months != Some(years * 12) {
                out.push(Finding::new(
                    &Self::META,
                    ext.span.clone(),
                    format!(
                        "förlängningen {} – {} är {}, men extension_years säger {years} år",
                        date(ext.value.from),
                        date(ext.value.to),
                        period_length(ext.value)
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_words_that_disagree_with_dates() {
        let found = text_findings(
            "D103",
            "Avtalet förlängs två år från och med den 1 januari 2024 till och med den 31 december 2026.",
        );
        assert_eq!(found, ["två år"]);
        let yaml = contract_case(&CONTRACT.replace("to: 2028-04-30", "to: 2029-04-30"), "");
        assert_eq!(case_findings("D103", &yaml).len(), 1);
    }

    #[test]
    fn passes_long_and_compact_forms_that_agree() {
        let text = "förlängs två år från och med den 1 mars 2020 till och med den 28 februari 2022. \
                    förlängs ytterligare två år från 200301 – 220228.";
        assert!(text_findings("D103", text).is_empty());
        assert!(case_findings("D103", &contract_case(CONTRACT, "")).is_empty());
    }
}
