use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::find_officialese;

declare_rule! {
    /// K501 officialese: klarspråk. Stela myndighetsord som har ett enklare
    /// alternativ, som språklagen (2009:600) kräver av det allmänna.
    ///
    /// Fel:  Om särskilda skäl föreligger ska förvaltningen tillse att utföraren erhåller …
    /// Rätt: Om det finns särskilda skäl ska förvaltningen se till att utföraren får …
    pub struct Officialese {
        code: "K501",
        name: "officialese",
        severity: Info,
        summary: "klarspråk: krångligt ord med enklare alternativ (föreligger → finns)",
    }
}

impl Rule for Officialese {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for region in &paper.regions {
            let text = &paper.source[region.range.clone()];
            for (span, plain) in find_officialese(text) {
                let word = &text[span.clone()];
                out.push(Finding::new(
                    &Self::META,
                    region.range.start + span.start..region.range.start + span.end,
                    format!("klarspråk: skriv hellre ”{plain}” än ”{word}”"),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::text_findings;

    #[test]
    fn flags_officialese() {
        assert_eq!(
            text_findings(
                "K501",
                "Om skäl föreligger ska vi tillse att de erhåller stöd, varvid det klaras."
            ),
            ["föreligger", "tillse", "erhåller", "varvid"]
        );
    }

    #[test]
    fn passes_plain_swedish() {
        assert!(
            text_findings("K501", "Om det finns skäl ska vi se till att de får stöd.").is_empty()
        );
    }
}
