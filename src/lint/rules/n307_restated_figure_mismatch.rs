use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// N307 restated-figure-mismatch: samma formulering står på två ställen
    /// i handlingen, ord för ord, men med olika tal.
    ///
    /// En handling upprepar sitt förslag i beslutet och sin sammanfattning i
    /// bakgrunden genom att kopiera texten. Ändras ett belopp, ett antal, ett
    /// datum eller ett årtal i den ena kopian men inte i den andra vet läsaren
    /// inte vilket som gäller. Fyra ord eller tal på var sida om talet ska
    /// vara desamma på båda ställena (stora och små bokstäver och skiljetecken
    /// oräknade); det tal som flest kopior skriver tas för rätt, av två det
    /// första. Sidnummer, paragrafnummer och bilagenummer ("sida 2", "§ 14",
    /// "bilaga 3", "2 (16)") räknar platser och jämförs inte. Varning: två
    /// olika uppgifter kan ha samma ord runt omkring. En summa som förslaget
    /// till beslut anger och texten lägger fram igen rapporteras av N308.
    ///
    /// Fel:  1. Nämnden tecknar hyresavtal till en maximal hyreskostnad om
    ///       19,35 mnkr under det första året. … Förvaltningen föreslår ett
    ///       hyresavtal till en maximal hyreskostnad om 29,35 mnkr under det
    ///       första året.
    /// Rätt: … till en maximal hyreskostnad om 19,35 mnkr under det första året.
    pub struct RestatedFigureMismatch {
        code: "N307",
        name: "restated-figure-mismatch",
        severity: Warning,
        summary: "samma formulering på två ställen med olika tal (”19,35 mnkr” / ”29,35 mnkr”)",
    }
}

impl Rule for RestatedFigureMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for figure in &paper.scan.restated {
            // A running header or footer repeats itself on every page.
            if paper.in_furniture(figure.span.start) || paper.in_furniture(figure.other.start) {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    figure.span.clone(),
                    format!(
                        "”{}” står med samma ord runt omkring som ”{}” ({}): samma uppgift?",
                        paper.text(&figure.span),
                        paper.text(&figure.other),
                        paper.line_label(figure.other.start)
                    ),
                )
                .related(figure.other.clone(), "samma formulering"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::text_findings;

    #[test]
    fn flags_a_figure_changed_in_one_copy() {
        // A sum the proposal names is N308's; a floor area is no one else's.
        let text = "### Förslag till beslut\n1. Nämnden tecknar hyresavtal för lokaler om högst 850 kvadratmeter under det första året.\n### Ärende\nFörvaltningen föreslår ett hyresavtal för lokaler om högst 580 kvadratmeter under det första året.\n";
        assert_eq!(text_findings("N307", text), ["580"]);
    }

    #[test]
    fn a_slip_another_rule_reports_is_left_to_it() {
        // The age range is A201's finding; N307 says nothing more.
        let text = "### Förslag till beslut\n1. Socialnämnden erbjuder feriearbete till ungdomar 15-18 år i kommunens verksamheter under sommaren 2026.\n### Ärende\nSocialnämnden erbjuder feriearbete till ungdomar 16-18 år i kommunens verksamheter under sommaren 2026.\n";
        assert_eq!(text_findings("A201", text).len(), 1);
        assert!(text_findings("N307", text).is_empty());
    }

    #[test]
    fn passes_faithful_copies_and_different_facts() {
        let text = "### Förslag till beslut\n1. Nämnden tecknar hyresavtal till en maximal hyreskostnad om 19,35 mnkr under det första året.\n### Ärende\nFörvaltningen föreslår ett hyresavtal till en maximal hyreskostnad om 19,35 mnkr under det första året. Bidraget till förening Norr är 300 tkr och bidraget till förening Syd är 200 tkr.\n";
        assert!(text_findings("N307", text).is_empty());
    }
}
