use super::date;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// D102 period-end-before-start: en period som slutar innan den börjar.
    ///
    /// Oftast två datum som bytt plats eller ett felskrivet år.
    ///
    /// Fel:  från och med den 1 januari 2025 till och med den 31 december 2024
    /// Rätt: från och med den 1 januari 2025 till och med den 31 december 2026
    pub struct PeriodEndBeforeStart {
        code: "D102",
        name: "period-end-before-start",
        severity: Error,
        summary: "en period som slutar innan den börjar",
    }
}

impl Rule for PeriodEndBeforeStart {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for period in &cx.paper.scan.periods {
            if period.to < period.from {
                out.push(Finding::new(
                    &Self::META,
                    period.span.clone(),
                    format!(
                        "perioden slutar {} men börjar {}: slutet ligger före början",
                        date(period.to),
                        date(period.from)
                    ),
                ));
            }
        }
        let extension = cx
            .paper
            .facts
            .contract
            .as_ref()
            .and_then(|c| c.extension.as_ref());
        if let Some(ext) = extension.filter(|e| e.value.to < e.value.from) {
            out.push(Finding::new(
                &Self::META,
                ext.span.clone(),
                format!(
                    "förlängningen slutar {} men börjar {}",
                    date(ext.value.to),
                    date(ext.value.from)
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_reversed_periods() {
        let found = text_findings(
            "D102",
            "Förlängs från och med den 1 januari 2025 till och med den 31 december 2024.",
        );
        assert_eq!(
            found,
            ["från och med den 1 januari 2025 till och med den 31 december 2024"]
        );
        let yaml = contract_case(&CONTRACT.replace("to: 2028-04-30", "to: 2025-04-30"), "");
        assert_eq!(case_findings("D102", &yaml).len(), 1);
    }

    #[test]
    fn passes_ordered_periods() {
        assert!(
            text_findings(
                "D102",
                "Förlängs från och med den 1 januari 2025 till och med den 31 december 2026."
            )
            .is_empty()
        );
        assert!(case_findings("D102", &contract_case(CONTRACT, "")).is_empty());
    }
}
