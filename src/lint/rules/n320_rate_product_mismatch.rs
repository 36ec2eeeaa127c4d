use super::quote;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::Paper;
use crate::paper::scan::{CountRate, Product};

declare_rule! {
    /// N320 rate-product-mismatch: ett antal per dag, vecka eller månad
    /// gånger antalet dagar, veckor eller månader blir inte det antal
    /// skrivelsen säger att de blir ("3 200 portioner per dag … Med 178
    /// skoldagar blir det 596 600 portioner").
    ///
    /// Ett antal per en period ("3 200 portioner per dag", "40 besökare om
    /// dagen", "12 platser i veckan") och en mening som tar ett antal sådana
    /// perioder ("178 skoldagar", "40 veckor") och efter "blir", "ger",
    /// "innebär", "motsvarar" eller "gör" ett antal av samma sak ska gå ihop:
    /// antalet per period gånger perioderna. Samma sak känns igen på ordet
    /// ("portioner") och perioden på ordets slut ("skoldagar" är dagar).
    /// Skrivelsen ska ge ett enda antal av saken per perioden. Ett avrundat
    /// antal ("570 000 portioner") får avvika med en halv enhet av sin sista
    /// siffra som inte är noll; ett ungefärligt ("cirka", "drygt") prövas
    /// inte.
    ///
    /// Fel:  Köket lagar 3 200 portioner per dag. Med 178 skoldagar blir det
    ///       596 600 portioner per år.
    /// Rätt: … Med 178 skoldagar blir det 569 600 portioner per år.
    pub struct RateProductMismatch {
        code: "N320",
        name: "rate-product-mismatch",
        severity: Warning,
        summary: "antalet per period gånger perioderna blir inte det skrivelsen säger (”3 200 portioner per dag … 178 skoldagar … 596 600 portioner”)",
    }
}

impl Rule for RateProductMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for product in &paper.scan.products {
            let Some(rate) = the_one_rate(paper, product) else {
                continue;
            };
            let Some(made) = rate.count.checked_mul(product.times_value) else {
                continue;
            };
            if super::within_last_digit(product.result_value, made) {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    product.result.clone(),
                    format!(
                        "{} gånger {} blir {} {}, inte {}",
                        quote(paper, &rate.span),
                        quote(paper, &product.times),
                        super::grouped(made),
                        product.thing,
                        quote(paper, &product.result),
                    ),
                )
                .related(rate.span.clone(), "antalet per period")
                .related(product.times.clone(), "perioderna"),
            );
        }
    }
}

/// The paper's one count of the product's thing per its period, when every
/// such rate it tells agrees.
fn the_one_rate<'p>(paper: &'p Paper, product: &Product) -> Option<&'p CountRate> {
    let mut rates = paper
        .scan
        .count_rates
        .iter()
        .filter(|r| r.thing == product.thing && r.per == product.per);
    let first = rates.next()?;
    rates.all(|r| r.count == first.count).then_some(first)
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_product_the_rate_does_not_make() {
        let said = |text: &str| text_findings("N320", &format!("Ärende\n{text}\n"));
        for (text, found) in [
            (
                "Köket lagar 3 200 portioner per dag. Med 178 skoldagar blir det 596 600 portioner per år.",
                vec!["596 600 portioner"],
            ),
            (
                "Köket lagar 3 400 portioner per dag. Med 178 skoldagar blir det 569 600 portioner per år.",
                vec!["569 600 portioner"],
            ),
            (
                "Köket lagar 3 200 portioner per dag. Med 178 skoldagar blir det 569 600 portioner per år.",
                vec![],
            ),
            (
                "Köket lagar 3 200 portioner per dag. Med 178 skoldagar blir det 570 000 portioner per år.",
                vec![],
            ),
            (
                "Köket lagar 3 200 portioner per dag. Med 178 skoldagar blir det cirka 600 000 portioner per år.",
                vec![],
            ),
            // Two rates of the thing that disagree: which is meant is not known.
            (
                "Köket lagar 3 200 portioner per dag och skolan 400 portioner per dag. Med 178 skoldagar blir det 600 000 portioner.",
                vec![],
            ),
            // Another thing counted.
            (
                "Köket lagar 3 200 portioner per dag. Med 178 skoldagar blir det 240 elever.",
                vec![],
            ),
        ] {
            assert_eq!(said(text), found, "{text}");
        }
    }
}
