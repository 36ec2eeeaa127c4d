use super::quote;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::SumDifference;

declare_rule! {
    /// N325 sum-difference-mismatch: en skillnad mellan två belopp som inte
    /// är skillnaden mellan dem ("Anbudet är 9,3 mnkr per år. Det är 1,5
    /// mnkr lägre än dagens kostnad på 10,5 mnkr per år").
    ///
    /// Skillnaden är beloppet direkt före "högre", "lägre", "mer",
    /// "mindre", "dyrare" eller "billigare" och "än"; det den jämförs med är
    /// första beloppet efter "än" i samma mening, med högst några ord
    /// emellan ("än dagens kostnad på"). Det som jämförs är meningens enda
    /// belopp före skillnaden ("Årshyran på 1 080 000 kronor är 230 000
    /// kronor högre än hyran i Västerskolan, 850 000 kronor"), eller, när
    /// meningen börjar "Det är" eller "Detta är", förra meningens enda
    /// belopp i samma takt som det den jämförs med ("per år"). Avrundade
    /// belopp ("1,2 mnkr") får avvika med en halv enhet var. Ungefärliga
    /// belopp ("cirka") och belopp per olika perioder prövas inte; bara
    /// storleken jämförs, inte om det är högre eller lägre.
    ///
    /// Fel:  Anbudet är 9,3 mnkr per år. Det är 1,5 mnkr lägre än dagens kostnad på 10,5 mnkr per år.
    /// Rätt: Anbudet är 9,3 mnkr per år. Det är 1,2 mnkr lägre än dagens kostnad på 10,5 mnkr per år.
    pub struct SumDifferenceMismatch {
        code: "N325",
        name: "sum-difference-mismatch",
        severity: Warning,
        summary: "en skillnad mellan två belopp är inte skillnaden mellan dem (”9,3 mnkr … 1,5 mnkr lägre än … 10,5 mnkr”)",
    }
}

impl Rule for SumDifferenceMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for told in &paper.scan.sum_differences {
            let difference = told.compared.value.abs_diff(told.with.value);
            if agrees(told, difference) {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    told.difference.span.clone(),
                    format!(
                        "skillnaden mellan {} och {} är {}, inte {}",
                        quote(paper, &told.compared.span),
                        quote(paper, &told.with.span),
                        super::kronor(difference),
                        quote(paper, &told.difference.span),
                    ),
                )
                .related(told.compared.span.clone(), "det som jämförs")
                .related(told.with.span.clone(), "det som det jämförs med"),
            );
        }
    }
}

/// Whether the told difference is the sums' difference, each rounded sum
/// off by up to half its last written digit's unit.
fn agrees(told: &SumDifference, difference: u64) -> bool {
    let slack = (told.compared.rounding + told.with.rounding + told.difference.rounding) / 2;
    told.difference.value.abs_diff(difference) <= slack
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_difference_the_sums_do_not_make() {
        let said = |text: &str| text_findings("N325", &format!("Ärende\n{text}\n"));
        for (text, found) in [
            (
                "Anbudet är 9,3 mnkr per år. Det är 1,5 mnkr lägre än dagens kostnad på 10,5 mnkr per år.",
                vec!["1,5 mnkr"],
            ),
            (
                "Anbudet är 9,3 mnkr per år. Det är 1,2 mnkr lägre än dagens kostnad på 10,5 mnkr per år.",
                vec![],
            ),
            (
                "Årshyran på 1 080 000 kronor är 250 000 kronor högre än hyran i Västerskolan, 850 000 kronor.",
                vec!["250 000 kronor"],
            ),
            (
                "Årshyran på 1 080 000 kronor är 230 000 kronor högre än hyran i Västerskolan, 850 000 kronor.",
                vec![],
            ),
        ] {
            assert_eq!(said(text), found, "{text}");
        }
    }
}
