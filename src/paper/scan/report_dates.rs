//! The day a report is made up to: "Delårsrapport per den 31 augusti 2027",
//! "delårsrapporten per 2027-08-31", "Månadsrapport per oktober",
//! "uppföljningen per april 2026".
//!
//! Found by word formation: any compound that ends in a report word
//! (-rapport, -uppföljning, -bokslut, -prognos, -redovisning) in any of its
//! forms, then "per" and a day, a month or a month of a year. The date is
//! read by the scanner's own date and day-of-month readers, or as a month's
//! name.

use super::patterns::only_if;
use super::plain::{Plain, plain};
use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::Datelike;

use super::dates::{DateMention, month_number};
use super::weekdays::DayMonth;
use super::{Span, floor_char_boundary};

/// A report and the day, month or month of a year it is made up to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportDate {
    /// From the report word to the end of its date.
    pub span: Span,
    /// The date as written after "per".
    pub date_span: Span,
    /// The report word without its ending, lower case: "delårsrapport".
    pub family: String,
    pub year: Option<i32>,
    pub month: u32,
    pub day: Option<u32>,
}

impl ReportDate {
    /// Whether two reports' dates can name the same day: each part that
    /// both state is equal ("per augusti" and "per den 31 augusti 2027" can).
    pub fn may_be_same_day(&self, other: &ReportDate) -> bool {
        self.month == other.month && agree(self.year, other.year) && agree(self.day, other.day)
    }
}

/// Two parts of a date agree when either is left out or both are equal.
fn agree<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
    a.zip(b).is_none_or(|(a, b)| a == b)
}

/// A report word in any case and form, then "per" (lower case, as every
/// title and sentence writes it) and perhaps "den". Few papers name a report
/// with "per": REPORT_PER is compiled where first used.
static REPORT_PER: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"(?:^|[^\p{L}])((?i:\p{L}*(?:rapport|uppföljning|bokslut|prognos|redovisning)))(?i:en|et|er|erna|ens|ets|s)?[ \t]+per[ \t]+(?:den[ \t]+)?",
    )
});

/// How far after "per" a month's name may reach ("september 2027").
const MONTH_REACH: usize = 16;

pub(super) fn find_report_dates(
    text: &str,
    dates: &[DateMention],
    day_months: &[DayMonth],
) -> Vec<ReportDate> {
    // Every such date follows "per": a text without it is not searched.
    let per = text.contains("per");
    let mut found = REPORT_PER
        .captures_iter(only_if(per, text, &REPORT_PER))
        .peekable();
    if found.peek().is_none() {
        return Vec::new();
    }
    // Looked up by where they start: a hostile text of thousands of
    // reports and dates stays linear.
    let dates_at = by_start(dates.iter().map(|d| d.span.start));
    let day_months_at = by_start(day_months.iter().map(|d| d.span.start));
    found
        .filter_map(|c| {
            let word = c.get(1)?;
            let at = c.get(0)?.end();
            let date = dates_at.get(&at).map(|&i| &dates[i]);
            let day_month = day_months_at.get(&at).map(|&i| &day_months[i]);
            let (date_span, year, month, day) = date_at(text, at, date, day_month)?;
            Some(ReportDate {
                span: word.start()..date_span.end,
                date_span,
                family: word.as_str().to_lowercase(),
                year,
                month,
                day,
            })
        })
        .collect()
}

/// Each start offset and the index of the first mention there.
fn by_start(starts: impl Iterator<Item = usize>) -> HashMap<usize, usize> {
    let mut map = HashMap::new();
    for (i, start) in starts.enumerate() {
        map.entry(start).or_insert(i);
    }
    map
}

/// The date that begins after "per": a full date, a day of a month (with
/// or without its year), or a month's name with its year or alone.
fn date_at(
    text: &str,
    at: usize,
    date: Option<&DateMention>,
    day_month: Option<&DayMonth>,
) -> Option<(Span, Option<i32>, u32, Option<u32>)> {
    if let Some(d) = date {
        let day = d.date.as_ref().ok()?;
        return Some((
            d.span.clone(),
            Some(day.year()),
            day.month(),
            Some(day.day()),
        ));
    }
    if let Some(d) = day_month {
        return Some((d.span.clone(), d.year, d.month, Some(d.day)));
    }
    let ahead = &text[at..floor_char_boundary(text, (at + MONTH_REACH).min(text.len()))];
    let name: &str = ahead.split(|c: char| !c.is_alphabetic()).next()?;
    let month = month_number(name).filter(|_| name.chars().count() >= 3)?;
    let mut end = at + name.len();
    let four_digits = |r: &str| {
        r.len() >= 4
            && r.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && !r.as_bytes().get(4).is_some_and(u8::is_ascii_digit)
    };
    let year = text[end..]
        .strip_prefix(' ')
        .filter(|r| four_digits(r))
        .and_then(|r| r[..4].parse().ok());
    if year.is_some() {
        end += 5;
    }
    Some((at..end, year, month, None))
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    /// (family, year, month, day, the date as written).
    type Found = (String, Option<i32>, u32, Option<u32>, String);

    fn found(text: &str) -> Vec<Found> {
        scan(text)
            .report_dates
            .into_iter()
            .map(|r| {
                (
                    r.family,
                    r.year,
                    r.month,
                    r.day,
                    text[r.date_span].to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn a_report_and_the_day_it_is_made_up_to() {
        assert_eq!(
            found(
                "Delårsrapport per den 31 augusti 2027. Nämnden godkänner delårsrapporten per 2027-08-31 och månadsrapporten per oktober. Årsredovisningen per december 2026."
            ),
            [
                (
                    "delårsrapport".into(),
                    Some(2027),
                    8,
                    Some(31),
                    "31 augusti 2027".into()
                ),
                (
                    "delårsrapport".into(),
                    Some(2027),
                    8,
                    Some(31),
                    "2027-08-31".into()
                ),
                ("månadsrapport".into(), None, 10, None, "oktober".into()),
                (
                    "årsredovisning".into(),
                    Some(2026),
                    12,
                    None,
                    "december 2026".into()
                ),
            ]
        );
        assert_eq!(
            found("Budgetuppföljning per den 30 april redovisas.")[0],
            (
                "budgetuppföljning".into(),
                None,
                4,
                Some(30),
                "30 april".into()
            )
        );
    }

    #[test]
    fn per_without_a_date_is_no_report_date() {
        assert!(
            found("Rapporten per e-post. Kostnad per plats. Prognos per verksamhet 2027.")
                .is_empty()
        );
    }

    #[test]
    fn parts_that_both_state_must_agree() {
        let dates = scan("Delårsrapport per den 31 augusti 2027, delårsrapporten per augusti, delårsrapporten per den 31 juli 2027.").report_dates;
        assert!(dates[0].may_be_same_day(&dates[1]));
        assert!(!dates[0].may_be_same_day(&dates[2]));
    }
}
