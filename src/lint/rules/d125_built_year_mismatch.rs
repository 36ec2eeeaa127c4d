use chrono::Datelike;

use super::quote;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// D125 built-year-mismatch: en byggnads ålder stämmer inte med året
    /// den byggdes ("Stationen byggdes 1974 … Den 43 år gamla stationen" i
    /// en skrivelse från 2027).
    ///
    /// Året något byggdes ("byggdes 1974", "uppfördes", "invigdes", "stod
    /// klar") och dess ålder ("den 53 år gamla stationen", "Skolan är 60 år
    /// gammal") ska gå ihop med skrivelsens datum. Samma sak känns igen på
    /// substantivet ("stationen" och "station" är samma ord i olika
    /// former). Ett år hit eller dit godtas: huset kan ha fyllt år eller
    /// inte. En ungefärlig ålder ("över 50 år gammal") prövas inte.
    ///
    /// Fel:  Stationen i Norrvik byggdes 1974. … Den 43 år gamla stationen …
    ///       (skrivelsen är från 2027)
    /// Rätt: … Den 53 år gamla stationen …
    pub struct BuiltYearMismatch {
        code: "D125",
        name: "built-year-mismatch",
        severity: Error,
        summary: "en byggnads ålder stämmer inte med året den byggdes (”byggdes 1974 … den 43 år gamla stationen” 2027)",
    }
}

impl Rule for BuiltYearMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let Some(paper_year) = paper.facts.paper_date.as_ref().map(|d| d.value.year()) else {
            return;
        };
        let scan = &paper.scan;
        // A paper tells a few; a hostile text of thousands is not paired.
        if scan.thing_ages.len() > MAX_TOLD || scan.built_years.len() > MAX_TOLD {
            return;
        }
        for age in &scan.thing_ages {
            // The one year the paper says the thing was built in.
            let mut built = scan
                .built_years
                .iter()
                .filter(|b| age.nouns.iter().any(|n| b.nouns.contains(n)));
            let Some(first) = built.next() else {
                continue;
            };
            if built.any(|b| b.year != first.year) {
                continue;
            }
            let years = paper_year - first.year;
            if (i64::from(years) - i64::from(age.years)).abs() <= 1 {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    age.span.clone(),
                    format!(
                        "{} stämmer inte med {} ({}): {paper_year} är det {years} år sedan",
                        quote(paper, &age.span),
                        quote(paper, &first.span),
                        paper.line_label(first.span.start)
                    ),
                )
                .related(first.span.clone(), "byggåret"),
            );
        }
    }
}

/// The most ages and built years held against each other.
const MAX_TOLD: usize = 200;

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    fn paper(text: &str) -> String {
        format!(
            "Kommunledningsförvaltningen\nTJÄNSTESKRIVELSE\n2027-04-19\nDnr KS 2027/88\n\nKommunstyrelsen\n\nNy brandstation\n\nÄrende\n{text}\n"
        )
    }

    #[test]
    fn flags_an_age_that_is_not_the_years_since_it_was_built() {
        assert_eq!(
            text_findings(
                "D125",
                &paper("Stationen i Norrvik byggdes 1974. Den 43 år gamla stationen är sliten.")
            ),
            ["43 år gamla stationen"]
        );
        for text in [
            "Stationen i Norrvik byggdes 1974. Den 53 år gamla stationen är sliten.",
            // Its birthday may not have come yet.
            "Stationen i Norrvik byggdes 1974. Den 52 år gamla stationen är sliten.",
            // Another building's age.
            "Stationen i Norrvik byggdes 1974. Den 43 år gamla skolan är sliten.",
            "Stationen i Norrvik byggdes 1974. Stationen är över 40 år gammal.",
        ] {
            assert!(text_findings("D125", &paper(text)).is_empty(), "{text}");
        }
    }
}
