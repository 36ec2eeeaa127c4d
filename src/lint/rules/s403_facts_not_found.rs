use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::PaperKind;

declare_rule! {
    /// S403 facts-not-found: handlingens eget datum eller Dnr hittades inte,
    /// så reglerna som behöver dem hoppades över.
    ///
    /// En tyst granskning är inte en felfri handling. När brevhuvudet saknar
    /// datum (eller texten tappade det) kan D106, D107 och N303:s årskontroll
    /// inte köras; utan Dnr kan N303 inte jämföra nummer. Det här info-fyndet
    /// säger det en gång per handling. `beslut inspect` visar vad som lästes.
    ///
    /// Fel:  ett brevhuvud vars datumfält är tomt ("Datum  Diarienummer").
    /// Rätt: Datum 2026-05-04   Dnr SN 2026/140
    pub struct FactsNotFound {
        code: "S403",
        name: "facts-not-found",
        severity: Info,
        summary: "skrivelsens datum eller diarienummer hittades inte; regler som behöver dem kördes inte",
    }
}

impl Rule for FactsNotFound {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        if paper.kind == PaperKind::Case {
            return;
        }
        let (date, dnr) = (paper.facts.paper_date.is_none(), paper.facts.dnr.is_none());
        let message = match (date, dnr) {
            (true, true) => {
                "skrivelsens datum och diarienummer hittades inte: D106, D107 och N303 kördes inte"
            }
            (true, false) => {
                "skrivelsens datum hittades inte: D106, D107 och årtalskontrollen i N303 kördes inte"
            }
            (false, true) => {
                "skrivelsens diarienummer hittades inte: N303 jämförde inga diarienummer"
            }
            (false, false) => return,
        };
        out.push(Finding::new(&Self::META, 0..0, message));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn says_which_fact_is_missing() {
        let found = text_findings("S403", "Socialnämnden\n\nDatum\n\nÄrende\nText.");
        assert_eq!(found.len(), 1);
        assert!(text_findings("S403", "Datum 2026-05-04\tDnr SN 2026/140\n\nText.").is_empty());
        assert!(case_findings("S403", &contract_case(CONTRACT, "")).is_empty());
    }
}
