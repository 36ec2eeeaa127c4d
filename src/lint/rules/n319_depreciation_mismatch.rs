use super::{kronor, quote};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// N319 depreciation-mismatch: den årliga avskrivningen är inte summan
    /// delad med avskrivningstiden ("48 miljoner kronor skrivs av på 40 år.
    /// Avskrivningen blir 1,6 miljoner kronor per år").
    ///
    /// En summa som skrivs av ("skrivs av på 40 år", "avskrivningstiden är 20
    /// år") ger en årlig avskrivning som är summan delad med antalet år. Den
    /// årliga avskrivningen känns igen på ordet närmast före beloppet
    /// ("Avskrivningen blir", "en årlig avskrivning på",
    /// "avskrivningskostnaden beräknas till") i samma mening eller nästa.
    /// Summan är meningens enda belopp, eller skrivelsens enda summa av det
    /// som skrivs av ("Investeringen skrivs av …"). Avrundade belopp ("1,2
    /// miljoner") får avvika med en halv enhet; en tid i genomsnitt ("i
    /// genomsnitt 33 år", komponentavskrivning) eller flera tider i samma
    /// mening prövas inte.
    ///
    /// Fel:  Investeringen på 48 miljoner kronor skrivs av på 40 år.
    ///       Avskrivningen blir 1,6 miljoner kronor per år.
    /// Rätt: … Avskrivningen blir 1,2 miljoner kronor per år.
    pub struct DepreciationMismatch {
        code: "N319",
        name: "depreciation-mismatch",
        severity: Warning,
        summary: "den årliga avskrivningen är inte summan delad med avskrivningstiden (”48 miljoner … 40 år … 1,6 miljoner per år”)",
    }
}

impl Rule for DepreciationMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for depreciation in &paper.scan.depreciations {
            let Some(sum) = &depreciation.sum else {
                continue;
            };
            let years = u64::from(depreciation.years);
            let yearly = &depreciation.yearly;
            // Each rounded figure may be off by half its last digit: the
            // yearly sum's error grows with the years.
            let slack = sum.rounding + yearly.rounding * years;
            let over_the_years = yearly.value.saturating_mul(years);
            if over_the_years.abs_diff(sum.value) * 2 <= slack {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    yearly.span.clone(),
                    format!(
                        "{} per år är inte {} skrivet av på {years} år, som är {} per år",
                        quote(paper, &yearly.span),
                        quote(paper, &sum.span),
                        kronor(sum.value / years.max(1))
                    ),
                )
                .related(sum.span.clone(), "summan som skrivs av")
                .related(depreciation.years_span.clone(), "avskrivningstiden"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_yearly_write_off_that_is_not_the_sum_over_its_years() {
        let said = |text: &str| text_findings("N319", &format!("Ärende\n{text}\n"));
        assert_eq!(
            said(
                "Investeringen på 48 miljoner kronor skrivs av på 40 år. Avskrivningen blir 1,6 miljoner kronor per år."
            ),
            ["1,6 miljoner kronor"]
        );
        assert_eq!(
            said(
                "Investeringen på 48 miljoner kronor skrivs av på 30 år. Avskrivningen blir 1,2 miljoner kronor per år."
            ),
            ["1,2 miljoner kronor"]
        );
        for text in [
            "Investeringen på 48 miljoner kronor skrivs av på 40 år. Avskrivningen blir 1,2 miljoner kronor per år.",
            "Investeringen på 48 miljoner kronor skrivs av på 40 år. Avskrivningen blir 1 200 000 kronor per år.",
            // 5 / 33 is 151 515: a rounded yearly sum.
            "Ombyggnaden på 5 miljoner kronor skrivs av på 33 år, en årlig avskrivning på 0,15 miljoner kronor.",
        ] {
            assert!(said(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_sum_named_by_its_noun_is_the_papers_one_sum() {
        let paper = |yearly: &str| {
            format!(
                "Förslag till beslut\n1. Nämnden godkänner en investering på 48 miljoner kronor.\n\nEkonomiska konsekvenser\nInvesteringen skrivs av på 40 år. Avskrivningen blir {yearly} per år.\n"
            )
        };
        assert_eq!(
            text_findings("N319", &paper("1,6 miljoner kronor")),
            ["1,6 miljoner kronor"]
        );
        assert!(text_findings("N319", &paper("1,2 miljoner kronor")).is_empty());
    }
}
