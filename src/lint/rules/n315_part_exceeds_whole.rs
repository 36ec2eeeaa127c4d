use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// N315 part-exceeds-whole: en del av ett antal är större än helheten
    /// ("540 ungdomar sökte och 590 av dem fick en plats").
    ///
    /// En del skrivs med "av dem", "av dessa", "av de 540 …", "av totalt
    /// …" eller "varav" efter antalet, eller med helheten först i meningen
    /// ("Av de 64 barnen var 38 flickor"). Helheten är talet efter "av", antalet
    /// före "varav", eller efter "av dem" det största antalet tidigare i
    /// samma mening (vilket antal "dem" än syftar på är en del som är större
    /// än alla dem större än sin helhet). Utan ett antal i meningen före
    /// "av dem" prövas inget.
    ///
    /// Fel:  Sommaren 2026 sökte 540 ungdomar och 590 av dem fick en plats.
    /// Rätt: Sommaren 2026 sökte 540 ungdomar och 290 av dem fick en plats.
    pub struct PartExceedsWhole {
        code: "N315",
        name: "part-exceeds-whole",
        severity: Error,
        summary: "en del av ett antal är större än helheten (”540 sökte, 590 av dem …”)",
    }
}

impl Rule for PartExceedsWhole {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for part in paper.scan.parts.iter().filter(|p| p.part > p.whole) {
            out.push(
                Finding::new(
                    &Self::META,
                    part.span.clone(),
                    format!(
                        "delen {} är större än helheten {} ({})",
                        part.part,
                        part.whole,
                        paper.line_label(part.whole_span.start)
                    ),
                )
                .related(part.whole_span.clone(), "helheten"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_part_larger_than_its_whole() {
        for (sentence, flagged) in [
            (
                "Sommaren 2026 sökte 540 ungdomar och 590 av dem fick en plats.",
                Some("590"),
            ),
            (
                "Sommaren 2026 sökte 540 ungdomar och 290 av dem fick en plats.",
                None,
            ),
            (
                "Nämnden fick 54 ansökningar, varav 59 beviljades.",
                Some("59"),
            ),
            ("I år åker 450 av de 420 eleverna buss.", Some("450")),
            // "dem" may be a count of an earlier sentence: no whole.
            (
                "Kommunen har 40 anställda. Under året slutade 60 av dem.",
                None,
            ),
        ] {
            let text = format!("Ärende\n{sentence}\n");
            assert_eq!(
                text_findings("N315", &text),
                flagged.into_iter().collect::<Vec<_>>(),
                "{sentence}"
            );
        }
    }
}
