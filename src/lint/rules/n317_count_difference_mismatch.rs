use super::quote;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// N317 count-difference-mismatch: en skillnad mellan två antal som inte
    /// är skillnaden mellan dem ("140 elever … Läsåret innan var de 118,
    /// alltså 32 färre").
    ///
    /// En skillnad skrivs "20 fler", "22 färre" eller "ökningen med 12" (och
    /// "minskningen med"). Den prövas bara när texten själv säger vilka antal
    /// den gäller, i meningen före och i skillnadens mening fram till den:
    /// ett antal "jämfört med" ett annat, eller skillnaden direkt efter ett
    /// antal (", 20 fler", ", alltså 22 färre") och ett enda annat antal av
    /// samma slag före det, eller den tidigare tiden och dess antal efter
    /// skillnaden ("37 fler hushåll än 2025, då 375 hushåll") och det enda
    /// antalet av samma slag före den som inte är en del av ett annat, eller
    /// ett antal som ändras "från 96 till 120 platser" med storleken direkt
    /// före ("utöka antalet platser med 24 platser, från …") eller efter (",
    /// alltså 24 fler", ", en ökning med 24 platser"). Årtal, datum, paragrafer, procent, belopp och
    /// längder är inga antal; en skillnad mot något texten inte räknar
    /// ("20 fler än planerat") prövas inte. Bara storleken jämförs, inte om
    /// det är fler eller färre.
    ///
    /// Fel:  Antalet placerade barn var 64, jämfört med 52 förra året.
    ///       Ökningen med 14 barn förklarar underskottet.
    /// Rätt: Antalet placerade barn var 64, jämfört med 52 förra året.
    ///       Ökningen med 12 barn förklarar underskottet.
    pub struct CountDifferenceMismatch {
        code: "N317",
        name: "count-difference-mismatch",
        severity: Warning,
        summary: "skillnaden är inte skillnaden mellan antalen den gäller (”140 … de 118, alltså 32 färre”)",
    }
}

impl Rule for CountDifferenceMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for difference in &paper.scan.differences {
            let [(first, first_span), (second, second_span)] = &difference.between;
            let actual = first.abs_diff(*second);
            if actual == difference.by {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    difference.span.clone(),
                    format!(
                        "{} stämmer inte med antalen {} och {}, som skiljer {}",
                        quote(paper, &difference.span),
                        super::grouped(*first),
                        super::grouped(*second),
                        super::grouped(actual)
                    ),
                )
                .related(first_span.clone(), "det ena antalet")
                .related(second_span.clone(), "det andra antalet"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_difference_that_is_not_the_counts_difference() {
        for (text, flagged) in [
            (
                "Under läsåret hade 140 elever hög frånvaro. Läsåret innan var de 118, alltså 32 färre.",
                Some("32 färre"),
            ),
            (
                "Under läsåret hade 140 elever hög frånvaro. Läsåret innan var de 118, alltså 22 färre.",
                None,
            ),
            (
                "Förra sommaren deltog 2 300 barn i 140 aktiviteter. I år planeras 160 aktiviteter, 30 fler än förra sommaren.",
                Some("30 fler"),
            ),
            (
                "Antalet barn var 64 den 31 augusti, jämfört med 52 förra året. Ökningen med 14 barn förklarar det.",
                Some("Ökningen med 14"),
            ),
            (
                "Antalet barn var 64 den 31 augusti, jämfört med 52 förra året. Ökningen med tolv barn förklarar det.",
                None,
            ),
            // Against something the text does not count.
            (
                "I fjol fick 40 elever plats. I år får 55 elever plats, 10 fler än planerat.",
                None,
            ),
        ] {
            let text = format!("Ärende\n{text}\n");
            assert_eq!(
                text_findings("N317", &text),
                flagged.into_iter().collect::<Vec<_>>(),
                "{text}"
            );
        }
    }
}
