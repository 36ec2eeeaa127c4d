use chrono::{Datelike, NaiveDate};

use super::quote;
use crate::base::swedish::long_date;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::WeekNumber;

declare_rule! {
    /// D127 week-number-mismatch: ett veckonummer som inte stämmer med
    /// datumet eller perioden det står vid ("fredagen den 24 december 2027
    /// (vecka 52)": den 24 december 2027 ligger i vecka 51).
    ///
    /// Veckor räknas som i Sverige (ISO 8601): veckan börjar på måndag och
    /// vecka 1 är den som har årets första torsdag. Veckan prövas när den
    /// står direkt vid sitt datum: inom parentes efter det, efter ett
    /// kommatecken ("den 3 mars 2027, v. 9,"), efter en period med "dvs."
    /// eller "alltså" ("…till och med den 10 september 2027, dvs. under
    /// vecka 35 och 36") eller före en period inom parentes ("vecka 52 (27–31
    /// december)"). För en period prövas första och sista veckan. Ett datum
    /// utan årtal prövas mot skrivelsens år och åren intill: stämmer veckan
    /// med något av dem är det inget fel.
    ///
    /// Fel:  Hämtningen fredagen den 24 december 2027 (vecka 52) flyttas.
    /// Rätt: Hämtningen fredagen den 24 december 2027 (vecka 51) flyttas.
    pub struct WeekNumberMismatch {
        code: "D127",
        name: "week-number-mismatch",
        severity: Error,
        summary: "veckonumret stämmer inte med datumet eller perioden (”den 24 december 2027 (vecka 52)”)",
    }
}

impl Rule for WeekNumberMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let paper_date = paper.facts.paper_date.as_ref().map(|d| d.value);
        for told in &paper.scan.week_numbers {
            let Some((from, to)) = actual_weeks(told, paper_date) else {
                continue;
            };
            let weeks = |(a, b): (u32, u32)| {
                if a == b {
                    format!("vecka {a}")
                } else {
                    format!("vecka {a}–{b}")
                }
            };
            let (actual, written) = (
                weeks((iso_week(from), iso_week(to))),
                weeks((told.first, told.last)),
            );
            let message = if told.dated.is_period() {
                let period = quote(paper, &told.dated.span);
                format!("{period} går över {actual}, inte {written}")
            } else {
                format!("{} ligger i {actual}, inte i {written}", long_date(from))
            };
            out.push(
                Finding::new(&Self::META, told.span.clone(), message)
                    .related(told.dated.span.clone(), "datumet"),
            );
        }
    }
}

/// The first and last day of what the weeks are told for, when no year the
/// date may be in gives the told weeks; `None` when one does (or none is
/// known).
fn actual_weeks(
    told: &WeekNumber,
    paper_date: Option<NaiveDate>,
) -> Option<(NaiveDate, NaiveDate)> {
    let years = told.dated.first.years_to_try(paper_date);
    let mut first_fit = None;
    for year in years {
        let from = told.dated.first.in_year(year)?;
        let to = told.dated.last.in_year(year)?;
        if (iso_week(from), iso_week(to)) == (told.first, told.last) {
            return None;
        }
        first_fit.get_or_insert((from, to));
    }
    first_fit
}

fn iso_week(date: NaiveDate) -> u32 {
    date.iso_week().week()
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    fn paper(text: &str) -> String {
        format!(
            "Samhällsbyggnadsförvaltningen\nTJÄNSTESKRIVELSE\n2027-11-16\nDnr TN 2027/287\n\nTekniska nämnden\n\nÄndrade hämtdagar\n\nÄrende\n{text}\n"
        )
    }

    #[test]
    fn flags_a_week_that_is_not_the_dates() {
        assert_eq!(
            text_findings(
                "D127",
                &paper(
                    "Hämtningen fredagen den 24 december (vecka 52) flyttas till torsdagen den 23 december."
                )
            ),
            ["vecka 52"]
        );
        assert_eq!(
            text_findings(
                "D127",
                &paper(
                    "Röstningen pågår från måndagen den 30 augusti till och med fredagen den 10 september 2027, dvs. under vecka 36 och 37."
                )
            ),
            ["vecka 36 och 37"]
        );
        for text in [
            "Hämtningen fredagen den 24 december (vecka 51) flyttas till torsdagen den 23 december.",
            "Röstningen pågår från måndagen den 30 augusti till och med fredagen den 10 september 2027, dvs. under vecka 35 och 36.",
            // The last days of a year may lie in the next year's first week.
            "Kontoret är stängt den 31 december 2024 (vecka 1).",
            "Under vecka 52 är kontoret stängt den 24 december.",
        ] {
            assert!(text_findings("D127", &paper(text)).is_empty(), "{text}");
        }
    }
}
