use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::about::{decision_party, same_party};

declare_rule! {
    /// N304 party-not-in-distribution: parten som beslutet gäller står inte
    /// under "Beslutet skickas till".
    ///
    /// En leverantör vars avtal förlängs måste få veta det; parten är ärendets
    /// `contract.supplier`, eller organisationen som nämns i "Förslag till
    /// beslut".
    ///
    /// Fel:  1. Avtalet med Solrosgruppen AB förlängs … Beslutet skickas till: Kim Exempelsson
    /// Rätt: … Beslutet skickas till: Solrosgruppen AB, Kim Exempelsson
    pub struct PartyNotInDistribution {
        code: "N304",
        name: "party-not-in-distribution",
        severity: Warning,
        summary: "parten som beslutet gäller saknas under ”Beslutet skickas till”",
    }
}

impl Rule for PartyNotInDistribution {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let Some(send_to) = &paper.facts.send_to else {
            return;
        };
        let Some((party, span)) = decision_party(paper) else {
            return;
        };
        if send_to.iter().any(|entry| same_party(&party, &entry.value)) {
            return;
        }
        let mut finding = Finding::new(
            &Self::META,
            span,
            format!("beslutet gäller {party}, som inte finns med under ”Beslutet skickas till”"),
        );
        if let Some(first) = send_to.first() {
            finding = finding.related(first.span.clone(), "sändlistan");
        }
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_missing_party() {
        let text = "### Förslag till beslut\n1. Avtalet med Solrosgruppen AB förlängs.\n\nBeslutet skickas till:\nKim Exempelsson\n";
        assert_eq!(text_findings("N304", text), ["Solrosgruppen AB"]);
        let yaml = contract_case(CONTRACT, "")
            .replace("send_to: [Solrosgruppen AB]", "send_to: [Kim Exempelsson]");
        assert_eq!(case_findings("N304", &yaml).len(), 1);
    }

    #[test]
    fn passes_when_the_party_is_listed() {
        let text = "### Förslag till beslut\n1. Avtalet med Solrosgruppen AB förlängs.\n\nBeslutet skickas till:\nSolrosgruppen AB\n";
        assert!(text_findings("N304", text).is_empty());
        assert!(case_findings("N304", &contract_case(CONTRACT, "")).is_empty());
    }
}
