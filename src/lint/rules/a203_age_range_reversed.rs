use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// A203 age-range-reversed: ett åldersspann vars nedre gräns är högre än
    /// den övre.
    ///
    /// Fel:  barn 20-4 år
    /// Rätt: barn 4-20 år
    pub struct AgeRangeReversed {
        code: "A203",
        name: "age-range-reversed",
        severity: Error,
        summary: "åldersspannets nedre gräns är högre än den övre",
    }
}

impl Rule for AgeRangeReversed {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for age in cx.paper.scan.ages.iter().filter(|a| a.reversed()) {
            out.push(Finding::new(
                &Self::META,
                age.span.clone(),
                format!(
                    "åldersspannet {}–{} år är omvänt; menas {}–{} år?",
                    age.from,
                    age.to.unwrap_or_default(),
                    age.to.unwrap_or_default(),
                    age.from
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::text_findings;

    #[test]
    fn flags_reversed_ranges() {
        assert_eq!(
            text_findings("A203", "Insatsen gäller barn 20-4 år."),
            ["20-4 år"]
        );
    }

    #[test]
    fn passes_ordered_ranges() {
        assert!(
            text_findings("A203", "Insatsen gäller barn 4-20 år och unga 16–16 år.").is_empty()
        );
    }
}
