use chrono::Datelike;

use super::quote;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::{YearsSince, YearsTold};

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
    /// Ett år och åren sedan dess i samma fras ("sedan 1968, i 59 år") ska
    /// också gå ihop, ett år hit eller dit. "snart", "nästan" och "knappt"
    /// säger att det gått upp till fem år mindre ("sedan 1968, i snart 60
    /// år" 2027), "drygt", "över" och "mer än" upp till fem år mer.
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
        for since in scan.years_since.iter().take(MAX_TOLD) {
            let passed = paper_year - since.year;
            if years_since_fit(since, passed) {
                continue;
            }
            out.push(Finding::new(
                &Self::META,
                since.span.clone(),
                format!(
                    "{} stämmer inte: {paper_year} är det {passed} år sedan {}",
                    quote(paper, &since.span),
                    since.year
                ),
            ));
        }
    }
}

/// How many years "snart", "drygt" and their like leave room for.
const LOOSE_YEARS: i32 = 5;

/// Whether the years told since a year fit the years passed by the paper's
/// year: one either way when told exactly, up to five fewer for "snart".
fn years_since_fit(since: &YearsSince, passed: i32) -> bool {
    let told = since.years as i32;
    match since.told {
        YearsTold::Exactly => (passed - told).abs() <= 1,
        YearsTold::AtMost => (told - LOOSE_YEARS..=told).contains(&passed),
        YearsTold::AtLeast => (told..=told + LOOSE_YEARS).contains(&passed),
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

    #[test]
    fn flags_years_since_a_year_that_have_not_passed() {
        assert_eq!(
            text_findings(
                "D125",
                &paper("Klubben har bedrivit verksamhet sedan 1968, i snart 50 år.")
            ),
            ["sedan 1968, i snart 50 år"]
        );
        for text in [
            "Klubben har bedrivit verksamhet sedan 1968, i snart 60 år.",
            "Klubben har bedrivit verksamhet sedan 1968, alltså i 59 år.",
            "Klubben har bedrivit verksamhet sedan 1968, i drygt 55 år.",
            "Klubben har bedrivit verksamhet sedan 1968 och har i 50 år haft ridskola.",
        ] {
            assert!(text_findings("D125", &paper(text)).is_empty(), "{text}");
        }
    }
}
