use super::quote;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::UnitProduct;

declare_rule! {
    /// N323 unit-product-mismatch: ett antal enheter gånger antalet eller
    /// beloppet för varje enhet blir inte det meningen säger att de blir
    /// ("tre våningar med åtta lägenheter per våning, alltså 26 lägenheter").
    ///
    /// En mening som ger ett antal eller en summa per enhet ("åtta lägenheter
    /// per våning", "500 kronor per deltagare", "20 000 kronor vardera") och
    /// antalet enheter ("tre våningar", "120 deltagare", "tre
    /// kulturstipendier" före "om 20 000 kronor vardera") och sedan, efter
    /// "alltså", "totalt", "sammanlagt", "tillsammans", "blir" eller "ger",
    /// vad de blir, ska gå ihop. Enheten känns igen på ordets form: "per
    /// våning" räknas i "våningar", "per avdelning" i "förskoleavdelningar".
    /// En mening med två belopp för varje ("500 kronor per deltagare och 300
    /// kronor per ledare"), ett belopp per tid ("per dag", "per år", se N316 och N320), per två
    /// enheter ("per plats och år"), i genomsnitt, ungefärligt ("cirka") eller
    /// i kronor och ören prövas inte. En avrundad summa ("3,6 miljoner
    /// kronor") får avvika med en halv enhet av sin sista siffra.
    ///
    /// Ett pris per måttenhet ("350 kr/kvm", "500 kronor per kvadratmeter")
    /// och summan efter ett ord för resultat i samma mening ("totalt 4 340
    /// tkr", "vilket ger en årshyra på") prövas mot det enda mått meningen
    /// anger i den enheten före priset ("Lokalen är 1 500 kvm och hyran är
    /// 1 600 kr/kvm och år"), annars det enda mått texten anger i enheten.
    /// Ett pris per enhet och år prövas bara mot en summa för ett år
    /// ("årshyra", "per år"). Två olika mått i enheten eller ett pris per
    /// två andra enheter ("kr/kvm i månaden") prövas inte.
    ///
    /// En summa per enhet efter "motsvarar" eller "innebär" är en helhet
    /// delad med enheterna ("Hyran motsvarar 30 000 kr per plats och år"):
    /// helheten är den summa subjektet syftar på ("Det", "Detta", ",
    /// vilket": meningens eller förra meningens sista summa; "Hyran",
    /// "Kostnaden": textens enda belopp av det slaget, för ett år när
    /// summan är per år), enheterna textens enda antal av enhetens plural
    /// ("80 platser") eller enda mått i den. Summan per enhet får vara
    /// avrundad uppåt eller nedåt till sin sista siffra som inte är noll,
    /// högst 5 procent (och en krona) från kvoten. "…, i genomsnitt 590 000
    /// kronor per tjänst" efter en summa delar den summan. Ett pris per det
    /// en summerad lista räknar ("150 kronor per medlem") gånger listans
    /// totala antal ska bli listans totala summa.
    ///
    /// Fel:  Nämnden delar ut tre kulturstipendier om 20 000 kronor vardera,
    ///       totalt 80 000 kronor.
    /// Rätt: Nämnden delar ut tre kulturstipendier om 20 000 kronor vardera,
    ///       totalt 60 000 kronor.
    pub struct UnitProductMismatch {
        code: "N323",
        name: "unit-product-mismatch",
        severity: Warning,
        summary: "antalet enheter gånger det som gäller varje enhet blir inte det meningen säger (”tre våningar med åtta lägenheter per våning, alltså 26 lägenheter”)",
    }
}

impl Rule for UnitProductMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for product in &paper.scan.unit_products {
            if product.divided {
                out.extend(quotient_finding(paper, product));
                continue;
            }
            let Some(made) = product.each.value.checked_mul(product.units.value) else {
                continue;
            };
            if agrees(product, made) {
                continue;
            }
            let made = match &product.thing {
                Some(thing) if !product.money => format!("{} {thing}", super::grouped(made)),
                _ => super::kronor(made),
            };
            out.push(
                Finding::new(
                    &Self::META,
                    product.result.span.clone(),
                    format!(
                        "{} gånger {} blir {}, inte {}",
                        quote(paper, &product.each.span),
                        quote(paper, &product.units.span),
                        made,
                        quote(paper, &product.result.span),
                    ),
                )
                .related(product.each.span.clone(), "det som gäller varje enhet")
                .related(product.units.span.clone(), "enheterna"),
            );
        }
    }
}

/// A sum per unit told as a whole divided by the units ("Hyran motsvarar
/// 32 000 kr per plats och år" for 2 400 000 kr and 80 places) that is not
/// the quotient rounded up or down to the sum's last non-zero digit, or is
/// more than 5 % (and a krona) off it: "30 000" is told to the ten
/// thousand, but is no rounding of 34 000.
fn quotient_finding(paper: &crate::paper::Paper, product: &UnitProduct) -> Option<Finding> {
    let (each, units, whole) = (
        product.each.value,
        product.units.value,
        product.result.value,
    );
    if units == 0 || each == 0 {
        return None;
    }
    // The unit of the sum's last non-zero digit: 30 000 is told to the ten
    // thousand, 29 900 to the hundred.
    let mut step = 1;
    while each % (step * 10) == 0 {
        step *= 10;
    }
    let step = step.max(product.each.rounding.max(1));
    let quotient = whole as f64 / units as f64;
    let down = (quotient / step as f64).floor() as u64 * step;
    let up = (quotient / step as f64).ceil() as u64 * step;
    let near = (each as f64 - quotient).abs() <= (quotient * 0.05).max(1.0);
    if (each == down || each == up) && near {
        return None;
    }
    Some(
        Finding::new(
            &UnitProductMismatch::META,
            product.each.span.clone(),
            format!(
                "{} delat med {} blir {}, inte {}",
                quote(paper, &product.result.span),
                quote(paper, &product.units.span),
                super::kronor(quotient.round() as u64),
                quote(paper, &product.each.span),
            ),
        )
        .related(product.result.span.clone(), "helheten")
        .related(product.units.span.clone(), "enheterna"),
    )
}

/// Whether the told result is the made one: a rounded sum within half its
/// last digit's unit; a count exactly, or to its last non-zero digit when
/// it is ten thousand or more ("570 000" for 569 600).
fn agrees(product: &UnitProduct, made: u64) -> bool {
    let told = product.result.value;
    if product.money {
        told.abs_diff(made).saturating_mul(2) <= product.result.rounding.max(1)
    } else if told >= 10_000 {
        super::within_last_digit(told, made)
    } else {
        told == made
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_product_the_units_do_not_make() {
        let said = |text: &str| text_findings("N323", &format!("Ärende\n{text}\n"));
        for (text, found) in [
            (
                "Flygeln har tre våningar med åtta lägenheter per våning, alltså 26 lägenheter.",
                vec!["26 lägenheter"],
            ),
            (
                "Flygeln har tre våningar med åtta lägenheter per våning, alltså 24 lägenheter.",
                vec![],
            ),
            (
                "Nämnden delar ut tre kulturstipendier om 20 000 kronor vardera, totalt 80 000 kronor.",
                vec!["80 000 kronor"],
            ),
            (
                "Nämnden delar ut tre stipendier om 1,2 miljoner kronor vardera, totalt 3,6 miljoner kronor.",
                vec![],
            ),
            (
                "Med 120 deltagare och 500 kronor per deltagare blir det 65 000 kronor.",
                vec!["65 000 kronor"],
            ),
            // A count rounded to its last digit, an approximate figure.
            (
                "Med 240 elever och 178 portioner per elev blir det 43 000 portioner.",
                vec![],
            ),
            (
                "Flygeln har tre våningar med åtta lägenheter per våning, alltså cirka 20 lägenheter.",
                vec![],
            ),
        ] {
            assert_eq!(said(text), found, "{text}");
        }
    }
}
