//! Years that straddle two calendar years: "läsåret 2021/22",
//! "verksamhetsåret 2026/2027", "säsongen 2027/28" — the year after a noun
//! of a year or a season, written with a slash. Such a year is two years in
//! a row; "läsåret 2021/23" is none.

use std::sync::LazyLock;

use super::plain::{Plain, tuned};
use super::{DateMention, Span};
use chrono::NaiveDate;

/// A year told across two calendar years.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitYear {
    /// From the first year's first digit to the second's last.
    pub span: Span,
    pub first: u16,
    /// The second year in full ("22" after 2021 is 2022).
    pub second: u16,
    /// The days the text says it began or ended on, right after it:
    /// "Läsåret 2026/2027 började den 17 augusti 2026 och slutade den 11
    /// juni 2027".
    pub bounds: Vec<YearBound>,
}

/// A day a year across two calendar years is said to begin or end on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearBound {
    /// "började", "startar", "inleddes" (not "slutade", "avslutas").
    pub begins: bool,
    pub date: NaiveDate,
    /// From the verb to the date's end.
    pub span: Span,
}

impl SplitYear {
    /// Whether the second year follows the first.
    pub fn is_a_year(&self) -> bool {
        self.second == self.first + 1
    }
}

// The cheap test before SPLIT_YEAR passes in most papers (55 of the 68 real
// papers and the example cases): it is compiled ahead (`compile_patterns`).
/// A noun of a year or a season ("läsåret", "verksamhetsår", "läsåren",
/// "säsongen") and a year with a slash after it.
static SPLIT_YEAR: LazyLock<Plain> = LazyLock::new(|| {
    tuned(r"(?i)\b\p{L}*(?:år|året|åren|års|säsong|säsongen)\s+((?:19|20)\d\d)/(\d\d(?:\d\d)?)\b")
});

pub(super) fn find_split_years(text: &str) -> Vec<SplitYear> {
    if !text.contains('/') {
        return Vec::new();
    }
    SPLIT_YEAR
        .captures_iter(text)
        .filter_map(|c| {
            let (first, second) = (c.get(1)?, c.get(2)?);
            let first_year: u16 = first.as_str().parse().ok()?;
            let written: u16 = second.as_str().parse().ok()?;
            let second_year = if second.as_str().len() == 2 {
                first_year / 100 * 100 + written
            } else {
                written
            };
            Some(SplitYear {
                span: first.start()..second.end(),
                first: first_year,
                second: second_year,
                bounds: Vec::new(),
            })
        })
        .collect()
}

/// Verbs of beginning, and of ending, in the forms a report tells them.
const BEGINS: [&str; 8] = [
    "började",
    "börjar",
    "startade",
    "startar",
    "inleddes",
    "inleds",
    "påbörjades",
    "påbörjas",
];
const ENDS: [&str; 6] = [
    "slutade",
    "slutar",
    "avslutades",
    "avslutas",
    "upphörde",
    "upphör",
];

/// Gives each year the days its text says it began or ended on: the verb
/// right after the year ("Läsåret 2026/2027 började den 17 augusti
/// 2026"), then "den" and a date, and a second such verb after "och" ("…
/// och slutade den 11 juni 2027"). `dates` are in text order.
pub(super) fn attach_bounds(text: &str, years: &mut [SplitYear], dates: &[DateMention]) {
    for year in years.iter_mut() {
        let mut at = year.span.end;
        while year.bounds.len() < 2 {
            let Some((bound, end)) = bound_at(text, at, dates, !year.bounds.is_empty()) else {
                break;
            };
            year.bounds.push(bound);
            at = end;
        }
    }
}

/// The verb, "den" and date that follow `at` (after "och" when `joined`),
/// and where the date ends.
fn bound_at(
    text: &str,
    at: usize,
    dates: &[DateMention],
    joined: bool,
) -> Option<(YearBound, usize)> {
    let rest = text.get(at..)?;
    let mut words = rest.split_inclusive(char::is_whitespace);
    let mut offset = at;
    let mut next = || {
        let word = words.next()?;
        let start = offset;
        offset += word.len();
        Some((start, word.trim()))
    };
    let (mut verb_at, mut verb) = next()?;
    if verb.is_empty() {
        (verb_at, verb) = next()?;
    }
    if joined {
        if verb != "och" {
            return None;
        }
        (verb_at, verb) = next()?;
    }
    let begins = BEGINS.contains(&verb);
    if !begins && !ENDS.contains(&verb) {
        return None;
    }
    let (mut date_at, word) = next()?;
    if word == "den" {
        (date_at, _) = next()?;
    }
    let index = dates.partition_point(|d| d.span.start < date_at);
    let date = dates.get(index).filter(|d| d.span.start == date_at)?;
    let day = date.date.as_ref().ok()?;
    Some((
        YearBound {
            begins,
            date: *day,
            span: verb_at..date.span.end,
        },
        date.span.end,
    ))
}

/// Compiles this module's patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    SPLIT_YEAR.compile_now();
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn years(text: &str) -> Vec<(u16, u16, bool)> {
        scan(text)
            .split_years
            .iter()
            .map(|y| (y.first, y.second, y.is_a_year()))
            .collect()
    }

    #[test]
    fn the_days_a_year_began_and_ended_on() {
        let bounds = |text: &str| -> Vec<(bool, String)> {
            scan(text)
                .split_years
                .iter()
                .flat_map(|y| &y.bounds)
                .map(|b| (b.begins, b.date.to_string()))
                .collect()
        };
        assert_eq!(
            bounds("Läsåret 2026/2027 började den 17 augusti 2026 och slutade den 11 juni 2027."),
            [
                (true, "2026-08-17".to_owned()),
                (false, "2027-06-11".to_owned())
            ]
        );
        assert_eq!(
            bounds("Verksamhetsåret 2026/27 avslutas 2027-06-30."),
            [(false, "2027-06-30".to_owned())]
        );
        // Not the year's own verb, or no date right after it.
        assert!(bounds("Inför läsåret 2026/2027 började planeringen den 15 mars 2026.").is_empty());
        assert!(bounds("Läsåret 2026/27 började i augusti.").is_empty());
    }

    #[test]
    fn years_across_two_calendar_years() {
        assert_eq!(
            years("Elevantalet läsåret 2021/22 och verksamhetsåret 2026/2027."),
            [(2021, 2022, true), (2026, 2027, true)]
        );
        assert_eq!(years("läsåret 2021/23"), [(2021, 2023, false)]);
        assert_eq!(
            years("Säsongen 2027/28 börjar i september."),
            [(2027, 2028, true)]
        );
        // A Dnr or a date is no such year.
        assert_eq!(years("Dnr KS 2021/23, beslut 2021/22."), []);
        assert_eq!(years("läsåren 2021/22–2023/24"), [(2021, 2022, true)]);
    }
}
