use chrono::{Datelike, NaiveDate};

use super::{date, quote};
use crate::base::calendar::months_after;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::IntervalMention;

declare_rule! {
    /// D124 interval-mismatch: tiden mellan två datum i samma mening anges
    /// med en annan längd ("den 1 april 2028 … den 1 oktober 2029, tolv
    /// månader senare").
    ///
    /// En längd direkt efter ett datum, följd av "senare" eller "därefter"
    /// (", arton månader senare", ", alltså två år senare"), är tiden från
    /// datumet före i samma mening. Den ska stämma med datumen. En längd i
    /// månader får avvika med en månad, en längd i år med ett kvartal:
    /// "två år senare" om 22 månader är ett ungefärligt sätt att säga det,
    /// inte ett fel.
    ///
    /// En längd före "från" eller "efter" en händelse som skrivelsen
    /// daterar med sitt substantiv ("Tillträde sker 2028-01-10"; "inom 18
    /// månader från tillträdet, dvs. senast 2029-07-10"), eller början eller
    /// slutet av en period den namnger ("Höstterminen 2027 pågår från den
    /// 23 augusti …"; "30 dagar efter terminsstart, det vill säga den 22
    /// september 2027"), räknas till dagen: den får avvika med en dag.
    ///
    /// Fel:  Bygget börjar den 1 april 2028 och stationen tas i bruk den 1
    ///       oktober 2029, tolv månader senare.
    /// Rätt: Bygget börjar den 1 april 2028 och stationen tas i bruk den 1
    ///       oktober 2029, arton månader senare.
    pub struct IntervalMismatch {
        code: "D124",
        name: "interval-mismatch",
        severity: Error,
        summary: "tiden mellan två datum anges med en annan längd (”1 april 2028 … 1 oktober 2029, tolv månader senare”)",
    }
}

/// How far the later day may lie from the told length's day, in days: a
/// month for a length in months, a quarter for one in years.
const MONTHS_SLACK: i64 = 31;
const YEARS_SLACK: i64 = 92;
/// A day counted from an event ("inom 18 månader från tillträdet, dvs.
/// senast …") may count the first day or not.
const EXACT_SLACK: i64 = 1;

impl Rule for IntervalMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for interval in &paper.scan.intervals {
            let (from, to) = (interval.from.0, interval.to.0);
            let told_day = match interval.days {
                Some(days) => from.checked_add_days(chrono::Days::new(days.into())),
                None => months_after(from, interval.months),
            };
            let Some(told_day) = told_day else {
                continue;
            };
            let slack = if interval.exact {
                EXACT_SLACK
            } else if interval.in_years {
                YEARS_SLACK
            } else {
                MONTHS_SLACK
            };
            if (to - told_day).num_days().abs() <= slack {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    interval.span.clone(),
                    format!(
                        "{} stämmer inte med datumen: från {} till {} är det {}",
                        quote(paper, &interval.span),
                        date(from),
                        date(to),
                        elapsed(interval, from, to)
                    ),
                )
                .related(interval.from.1.clone(), "det tidigare datumet")
                .related(interval.to.1.clone(), "det senare datumet"),
            );
        }
    }
}

/// The time from one day to the other in whole months (and days left
/// over), or in years when the length is told in years and they are whole.
fn elapsed(interval: &IntervalMention, from: NaiveDate, to: NaiveDate) -> String {
    if interval.days.is_some() {
        return format!("{} dagar", (to - from).num_days());
    }
    let mut months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    if to.day() < from.day() {
        months -= 1;
    }
    let months = months.max(0) as u32;
    let rest = months_after(from, months).map_or(0, |d| (to - d).num_days());
    let whole = if interval.in_years && months.is_multiple_of(12) {
        match months / 12 {
            1 => "ett år".to_owned(),
            years => format!("{years} år"),
        }
    } else {
        match months {
            1 => "en månad".to_owned(),
            months => format!("{months} månader"),
        }
    };
    match rest {
        0 => whole,
        1 => format!("{whole} och en dag"),
        days => format!("{whole} och {days} dagar"),
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_length_that_is_not_the_time_between_the_days() {
        let said = |text: &str| text_findings("D124", &format!("Ärende\n{text}\n"));
        assert_eq!(
            said(
                "Bygget börjar den 1 april 2028 och stationen tas i bruk den 1 oktober 2029, tolv månader senare."
            ),
            ["tolv månader senare"]
        );
        assert_eq!(
            said(
                "Bygget börjar den 1 april 2028 och stationen tas i bruk den 1 oktober 2030, arton månader senare."
            ),
            ["arton månader senare"]
        );
        for text in [
            "Bygget börjar den 1 april 2028 och stationen tas i bruk den 1 oktober 2029, arton månader senare.",
            // A few days either way is still the length.
            "Bygget börjar den 14 april 2028 och stationen tas i bruk den 1 oktober 2029, arton månader senare.",
            "Avtalet tecknades den 1 januari 2025 och förlängdes den 1 november 2026, alltså två år senare.",
        ] {
            assert!(said(text).is_empty(), "{text}");
        }
    }
}
