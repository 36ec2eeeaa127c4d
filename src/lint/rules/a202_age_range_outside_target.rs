use crate::case::age_range;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::about::{about_another_party, age_target};

declare_rule! {
    /// A202 age-range-outside-target: en delgrupps åldersspann ligger inte
    /// inom målgruppens.
    ///
    /// "65 % av barnen i åldern 4-9 år" är en del av målgruppen; den måste ligga
    /// inom det spann beslutet gäller.
    ///
    /// Fel:  (målgrupp 4-20 år) Av barn i åldern 0-3 år svarar 60 % …
    /// Rätt: (målgrupp 4-20 år) Av barn i åldern 4-9 år svarar 65 % …
    pub struct AgeRangeOutsideTarget {
        code: "A202",
        name: "age-range-outside-target",
        severity: Error,
        summary: "en delgrupps åldersspann ligger utanför målgruppens",
    }
}

impl Rule for AgeRangeOutsideTarget {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let Some(target) = age_target(paper) else {
            return;
        };
        for age in paper
            .scan
            .ages
            .iter()
            .filter(|a| a.subgroup && !a.reversed())
            .filter(|a| !about_another_party(paper, &target, a.span.start))
        {
            let above = |to: Option<u32>, limit: Option<u32>| match (to, limit) {
                (_, None) => false,
                (None, Some(_)) => true,
                (Some(to), Some(limit)) => to > limit,
            };
            if age.from < target.range.from || above(age.to, target.range.to) {
                out.push(
                    Finding::new(
                        &Self::META,
                        age.span.clone(),
                        format!(
                            "delgruppen {} ligger utanför målgruppen {} ({})",
                            age_range(age.range()),
                            age_range(target.range),
                            paper.line_label(target.span.start)
                        ),
                    )
                    .related(target.span.clone(), "målgruppens åldersspann"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::text_findings;

    const PAPER: &str = "### Förslag till beslut\n1. Avtalet avseende familjestödjande insatser barn 4-20 år förlängs.\n### Uppföljning\n";

    #[test]
    fn flags_a_sub_group_outside() {
        assert_eq!(
            text_findings(
                "A202",
                &format!("{PAPER}Av barn i åldern 0-3 år svarar 60 %.")
            ),
            ["0-3 år"]
        );
    }

    #[test]
    fn passes_sub_groups_inside() {
        assert!(text_findings("A202", &format!("{PAPER}Av barn i åldern 4-9 år svarar 65 %. Av de äldre barnen i åldern 10 – 15 år svarar 69 %.")).is_empty());
    }
}
