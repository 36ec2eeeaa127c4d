//! Weekdays: a date given with its weekday ("onsdagen den 28 mars 2012",
//! "tisdag 12 maj", "torsdag 2026-05-14"), a stated meeting day
//! ("sammanträder på tisdagar", "Sammanträdesdag är torsdag"), and the
//! day-and-month dates of a list that may follow one ("6 februari, 5 mars
//! och 2 april"). Swedish weekday names take the definite -en and the plural
//! -ar; the year is often left out and is the reader's to supply.

use std::sync::LazyLock;

use chrono::Weekday;

use super::dates::MONTH_OR_SHORT;
use super::patterns::only_if;
use super::{Plain, Span, tuned};
use crate::base::swedish::{month_number, weekday_number};

/// A date written with its weekday.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekdayDate {
    /// The weekday and the date.
    pub span: Span,
    pub weekday: Weekday,
    pub day: u32,
    pub month: u32,
    /// As written; `None` for "måndagen den 28 november".
    pub year: Option<i32>,
}

/// A stated day of the week for recurring meetings: "sammanträder på
/// tisdagar", "Sammanträdesdag är torsdag".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingWeekday {
    pub span: Span,
    pub weekday: Weekday,
}

/// A day of a month, with its year when written: "4 september", "3 januari 2022".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayMonth {
    pub span: Span,
    pub day: u32,
    pub month: u32,
    pub year: Option<i32>,
}

/// A year written as four digits ("2020", "under 2022"): the year a list of
/// days and months belongs to when its dates leave it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearMention {
    pub span: Span,
    pub year: i32,
}

const WEEKDAY: &str = r"(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)";
const MONTH: &str =
    r"(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)";
/// A weekday in full or shortened ("tis", "tors."), as tables and
/// kallelser write it before a date.
const WEEKDAY_OR_SHORT: &str =
    r"(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mån|tis|ons|tors|tor|fre|lör|sön)";

static WITH_DATE: LazyLock<Plain> = LazyLock::new(|| {
    tuned(&format!(
        r"(?i)\b{WEEKDAY_OR_SHORT}(?:en)?\.?,?\s+(?:den\s+)?(?:(\d{{1,2}})(?::e|:a)?\s+{MONTH_OR_SHORT}\.?(?:,?\s+(\d{{4}}))?|(\d{{4}})-(\d{{2}})-(\d{{2}})|(\d{{1,2}})/(\d{{1,2}})(?:(?:\s+|\s*-\s*)(\d{{4}}))?)\b"
    ))
});

/// A date with its weekday after it, in brackets: "den 25 februari 2026
/// (onsdag)", "2026-02-25 (onsdag)". Few papers write one: compiled where
/// first used.
static WEEKDAY_AFTER: LazyLock<Plain> = LazyLock::new(|| {
    tuned(&format!(
        r"(?i)\b(?:(\d{{1,2}})(?::e|:a)?\s+{MONTH_OR_SHORT}\.?(?:,?\s+(\d{{4}}))?|(\d{{4}})-(\d{{2}})-(\d{{2}}))\s*\(\s*{WEEKDAY}(?:en)?\s*\)"
    ))
});

static MEETING_DAY: LazyLock<Plain> = LazyLock::new(|| {
    tuned(&format!(
        r"(?i)\b(?:sammanträder\s+(?:normalt\s+|vanligtvis\s+|oftast\s+)?(?:på\s+)?|sammanträdesdag(?:ar)?\s+är\s+(?:på\s+)?){WEEKDAY}(?:ar|en)?\b"
    ))
});

static DAY_MONTH: LazyLock<Plain> =
    LazyLock::new(|| tuned(&format!(r"(?i)\b(\d{{1,2}})\s+{MONTH}(?:\s+(\d{{4}}))?\b")));

/// The weekday of a name in full or shortened to three letters or more.
fn weekday_or_short(name: &str) -> Option<Weekday> {
    weekday_number(name).or_else(|| {
        let lower = name.to_lowercase();
        let at = crate::base::swedish::WEEKDAYS
            .iter()
            .position(|d| lower.chars().count() >= 3 && d.starts_with(&lower))?;
        Weekday::try_from(at as u8).ok()
    })
}

/// "mån" in lower case after a word ("i viss mån 3 maj"): a word of the
/// sentence, not a weekday; "mån" as a weekday begins a line, a cell or a
/// list item, or is capitalised ("Mån 22/4"). The other shortened weekdays
/// are no Swedish words ("behandlas tors 25/2").
fn shortened_in_prose(text: &str, at: usize, written: &str) -> bool {
    let short = written.eq_ignore_ascii_case("mån") || written.eq_ignore_ascii_case("mån.");
    let lower = written.starts_with(char::is_lowercase);
    let after_word = text[..at]
        .trim_end_matches([' ', '\t'])
        .ends_with(char::is_alphabetic);
    short && lower && after_word
}

/// Every date written with its weekday.
pub fn find_weekday_dates(text: &str) -> Vec<WeekdayDate> {
    // A day is written in digits: a text without one is not searched.
    WITH_DATE
        .captures_iter(only_if(super::has_digits(text, 1), text, &WITH_DATE))
        .filter_map(|c| {
            let whole = c.get(0)?;
            let number = |i: usize| c.get(i).and_then(|m| m.as_str().parse().ok());
            let weekday = c.get(1)?;
            if shortened_in_prose(text, weekday.start(), weekday.as_str()) {
                return None;
            }
            let (day, month, year) = match (c.get(3), c.get(5)) {
                (Some(name), _) => (
                    number(2)?,
                    super::dates::month_number(name.as_str())?,
                    number(4),
                ),
                (None, Some(_)) => (number(7)?, number(6)?, number(5)),
                (None, None) => (number(8)?, number(9)?, number(10)),
            };
            Some(WeekdayDate {
                span: whole.range(),
                weekday: weekday_or_short(weekday.as_str())?,
                day,
                month,
                year: year.map(|y: u32| y as i32),
            })
        })
        .chain(weekdays_after(text))
        .collect()
}

/// Every date with its weekday after it, in brackets.
fn weekdays_after(text: &str) -> impl Iterator<Item = WeekdayDate> + '_ {
    let bytes = text.as_bytes();
    let bracketed = memchr::memmem::find(bytes, b"dag)").is_some()
        || memchr::memmem::find(bytes, b"dagen)").is_some();
    let searched = if bracketed { text } else { "" };
    WEEKDAY_AFTER.captures_iter(searched).filter_map(|c| {
        let number = |i: usize| c.get(i).and_then(|m| m.as_str().parse().ok());
        let (day, month, year) = match c.get(2) {
            Some(name) => (
                number(1)?,
                super::dates::month_number(name.as_str())?,
                number(3),
            ),
            None => (number(6)?, number(5)?, number(4)),
        };
        Some(WeekdayDate {
            span: c.get(0)?.range(),
            weekday: weekday_number(c.get(7)?.as_str())?,
            day,
            month,
            year: year.map(|y: u32| y as i32),
        })
    })
}

static YEAR: LazyLock<Plain> = LazyLock::new(|| tuned(r"\b(?:19|20)\d{2}\b"));

/// Every four-digit year, alone or in a date.
pub fn find_years(text: &str) -> Vec<YearMention> {
    YEAR.find_iter(only_if(super::has_digits(text, 4), text, &YEAR))
        .filter_map(|m| {
            Some(YearMention {
                span: m.range(),
                year: m.as_str().parse().ok()?,
            })
        })
        .collect()
}

/// Every stated meeting day.
pub fn find_meeting_weekdays(text: &str) -> Vec<MeetingWeekday> {
    MEETING_DAY
        .captures_iter(text)
        .filter_map(|c| {
            Some(MeetingWeekday {
                span: c.get(0)?.range(),
                weekday: weekday_number(c.get(1)?.as_str())?,
            })
        })
        .collect()
}

/// Every day of a month ("4 september", "3 januari 2022").
pub fn find_day_months(text: &str) -> Vec<DayMonth> {
    // A day is written in digits: a text without one is not searched.
    DAY_MONTH
        .captures_iter(only_if(super::has_digits(text, 1), text, &DAY_MONTH))
        .filter_map(|c| {
            Some(DayMonth {
                span: c.get(0)?.range(),
                day: c.get(1)?.as_str().parse().ok()?,
                month: month_number(c.get(2)?.as_str())?,
                year: c.get(3).and_then(|y| y.as_str().parse().ok()),
            })
        })
        .collect()
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers bracket a weekday after its date: WEEKDAY_AFTER is compiled where first used.
    WITH_DATE.compile_now();
    MEETING_DAY.compile_now();
    DAY_MONTH.compile_now();
    YEAR.compile_now();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_dates_in_their_forms() {
        let shown = |text: &str| -> Vec<(Weekday, u32, u32, Option<i32>)> {
            find_weekday_dates(text)
                .iter()
                .map(|w| (w.weekday, w.day, w.month, w.year))
                .collect()
        };
        assert_eq!(
            shown(
                "Onsdagen den 28 mars, 2011 kl. 9. Nämnden sammanträder måndagen den 28 november. Torsdag 2026-05-14."
            ),
            [
                (Weekday::Wed, 28, 3, Some(2011)),
                (Weekday::Mon, 28, 11, None),
                (Weekday::Thu, 14, 5, Some(2026)),
            ]
        );
        assert_eq!(
            shown(
                "Tis 22 april 2026, tors. 7 maj, ons 3 sept. 2025, fredag 22/4 2026 och\nlör 2/5-2026. I viss mån 3 maj."
            ),
            [
                (Weekday::Tue, 22, 4, Some(2026)),
                (Weekday::Thu, 7, 5, None),
                (Weekday::Wed, 3, 9, Some(2025)),
                (Weekday::Fri, 22, 4, Some(2026)),
                (Weekday::Sat, 2, 5, Some(2026)),
            ]
        );
        assert_eq!(
            shown(
                "Behandlas tors 25/2 2026. Den 25 februari 2026 (torsdag) och 2026-02-26 ( Torsdagen ). I mån 3 maj."
            ),
            [
                (Weekday::Thu, 25, 2, Some(2026)),
                (Weekday::Thu, 25, 2, Some(2026)),
                (Weekday::Thu, 26, 2, Some(2026)),
            ]
        );
    }

    #[test]
    fn meeting_days_and_listed_dates() {
        let text = "Sammanträdesdag är torsdag, jämna veckor. Nämnden sammanträder på tisdagar. Datum: 6 februari, 5 mars och 2 april 2020.";
        let days: Vec<Weekday> = find_meeting_weekdays(text)
            .iter()
            .map(|m| m.weekday)
            .collect();
        assert_eq!(days, [Weekday::Thu, Weekday::Tue]);
        let listed: Vec<(u32, u32, Option<i32>)> = find_day_months(text)
            .iter()
            .map(|d| (d.day, d.month, d.year))
            .collect();
        assert_eq!(listed, [(6, 2, None), (5, 3, None), (2, 4, Some(2020))]);
    }
}
