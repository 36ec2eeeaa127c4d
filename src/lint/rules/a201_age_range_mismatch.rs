use super::targets::{age_target, names_service};
use crate::lint::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// A201 age-range-mismatch: the same service or target group given two
    /// different age ranges.
    ///
    /// The range in "Förslag till beslut" (or `contract.ages` in a case file)
    /// is the target; any other mention of the same service with another range
    /// contradicts it. Ranges of other services are left alone.
    ///
    /// Bad:  1. Avtalet avseende anhörigstöd till barn 4-20 år … förlängs.
    ///       … förslag att avtalet anhörigstöd barn 0-20 år förlängs …
    /// Good: … förslag att avtalet anhörigstöd barn 4-20 år förlängs …
    pub struct AgeRangeMismatch {
        code: "A201",
        name: "age-range-mismatch",
        severity: Error,
        summary: "samma insats eller målgrupp anges med olika åldersspann",
    }
}

impl Rule for AgeRangeMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let Some(target) = age_target(paper) else {
            return;
        };
        let Some(key) = &target.key else { return };
        for age in &paper.scan.ages {
            let differs = (age.from, age.to) != (target.from, target.to);
            if age.span == target.span
                || !differs
                || age.subgroup
                || !names_service(age, key)
                || age.from > age.to
            {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    age.span.clone(),
                    format!(
                        "åldersspannet {}–{} år ({}) skiljer sig från {}–{} år ({}) för {}",
                        age.from,
                        age.to,
                        paper.line_label(age.span.start),
                        target.from,
                        target.to,
                        paper.line_label(target.span.start),
                        target.label
                    ),
                )
                .related(target.span.clone(), "målgruppens åldersspann"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const PAPER: &str = "### Förslag till beslut\n1. Avtalet avseende anhörigstöd till barn 4-20 år, med Solrosgruppen AB förlängs.\n### Ärende\n";

    #[test]
    fn flags_the_same_service_with_another_range() {
        let text =
            format!("{PAPER}Förvaltningen föreslår att avtalet anhörigstöd barn 0-20 år förlängs.");
        assert_eq!(text_findings("A201", &text), ["0-20 år"]);
        let yaml = contract_case(
            CONTRACT,
            "sections:\n  arende: Anhörigstöd till barn 0–20 år.\n",
        );
        assert_eq!(case_findings("A201", &yaml).len(), 1);
    }

    #[test]
    fn passes_other_services_and_sub_groups() {
        let text = format!(
            "{PAPER}Anhörigstöd till barn och unga i åldrarna 4-20 år. Familjestödjande insatser för familjer med barn 0-20 år. Av barn i åldern 4-9 år svarar 65 %."
        );
        assert!(text_findings("A201", &text).is_empty());
    }
}
