//! The day a kallelse or a protocol is dated by: its meeting's, written
//! with its weekday ("Onsdagen den 25 maj 2016 kl. 8.15", "Plats och tid …
//! onsdag den 29 augusti kl. 14.00"); and the meeting a tjänsteskrivelse
//! goes to, dated beside its addressee ("Socialnämnden 2026-03-16").

use crate::paper::scan::latin;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::Located;
use super::scan::{Plain, Scan, WeekdayDate, floor_char_boundary, tuned};

/// How far into a paper a kallelse's or protocol's meeting day may stand.
const MEETING_DAY_REACH: usize = 800;

/// How far a labelled meeting day may stand: a protocol may open with its
/// register of items, and the label makes the day certain.
const LABELLED_MEETING_DAY_REACH: usize = 2000;

/// A kallelse or a protocol is dated by its meeting, written with its
/// weekday near the top ("Onsdagen den 25 maj 2016 kl. 8.15"): the paper's
/// date when the letterhead gives none.
pub(super) fn meeting_day_at_the_top(source: &str, scan: &Scan) -> Option<Located<NaiveDate>> {
    scan.weekday_dates
        .iter()
        .filter(|w| w.span.start < MEETING_DAY_REACH && !is_justering_day(source, w.span.start))
        .find_map(|w| {
            Some(Located {
                value: day_by_weekday(w, scan)?,
                span: w.span.clone(),
            })
        })
}

/// The day a weekday date names. The weekday decides the year: a day
/// written without one, or with a year on which it falls on another weekday
/// ("Onsdagen den 28 mars, 2011", a Monday), gets the one year among those
/// the paper's dates name and the years beside them on which that day is
/// that weekday. With none or several such years, a day written with its
/// year keeps it and one written without is no date; no year is guessed.
fn day_by_weekday(w: &WeekdayDate, scan: &Scan) -> Option<NaiveDate> {
    let printed = w
        .year
        .and_then(|y| NaiveDate::from_ymd_opt(y, w.month, w.day));
    if printed.is_some_and(|d| d.weekday() == w.weekday) {
        return printed;
    }
    let mut years: Vec<i32> = scan
        .dates
        .iter()
        .filter_map(|d| d.date.as_ref().ok().map(Datelike::year))
        .chain(w.year)
        .flat_map(|y| [y - 1, y, y + 1])
        .collect();
    years.sort_unstable();
    years.dedup();
    let fitting: Vec<NaiveDate> = years
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, w.month, w.day))
        .filter(|d| d.weekday() == w.weekday)
        .collect();
    match fitting.as_slice() {
        // A printed year that is one off is a slip; a further one is not
        // this day's.
        [one] if w.year.is_none_or(|y| (one.year() - y).abs() == 1) => Some(*one),
        _ => printed,
    }
}

/// Whether the day at `at` is the justering's, the day a protocol was
/// checked after its meeting: its clause names it ("Plats/tid för
/// justering: Kontoret, torsdag 26 september", "Justeras tisdag 3 maj").
pub(super) fn is_justering_day(source: &str, at: usize) -> bool {
    let before = &source[floor_char_boundary(source, at.saturating_sub(120))..at];
    let clause = before.rsplit(['.', '\n']).next().unwrap_or(before);
    clause.to_lowercase().contains("juster")
}

/// A meeting's label, up to the day that follows it.
static MEETING_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(r"(?i)(?:plats och tid|tid och plats|sammanträdesdag|sammanträdesdatum|\btid)\s*:?\s*(?:[^\n]{0,90})$"))
        .expect("valid")
});

/// The meeting's day under a protocol's or kallelse's label ("Plats och
/// tid … onsdag den 29 augusti kl. 14.00", "Tid Onsdagen den 4 februari
/// 2009"), its year decided by its weekday (`day_by_weekday`).
pub(super) fn labelled_meeting_day(source: &str, scan: &Scan) -> Option<Located<NaiveDate>> {
    let w = scan.weekday_dates.iter().find(|w| {
        w.span.start < LABELLED_MEETING_DAY_REACH && {
            let before = &source
                [floor_char_boundary(source, w.span.start.saturating_sub(120))..w.span.start];
            MEETING_LABEL.is_match(before) && !is_justering_day(source, w.span.start)
        }
    })?;
    Some(Located {
        value: day_by_weekday(w, scan)?,
        span: w.span.clone(),
    })
}

/// What may stand between the addressee and its meeting's date: on one
/// line "Socialnämnden 2026-03-16", "Socialnämnden, sammanträde 16 mars
/// 2026", "Socialnämndens sammanträde den 16 mars 2026"; on the next under
/// a label, "Socialnämnden⏎Sammanträdesdatum 2026-03-16" (with a blank line
/// between in a Word paper's text).
static BOARD_LINE_MEETING: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)^s?[ \t,:]*(?:(?:\r?\n[ \t]*){0,2}(?:sammanträde[t]?|möte[t]?|sammanträdesdatum|mötesdatum|nämndsammanträde)[ \t]*:?[ \t]*)?(?:den[ \t]+)?$",
    )
});

/// The date on the addressee board's line, as the meeting it goes to.
pub(super) fn meeting_on_board_line(
    source: &str,
    board: &Located<String>,
    scan: &Scan,
) -> Option<Located<NaiveDate>> {
    let date = scan.dates.iter().find(|d| d.span.start >= board.span.end)?;
    if date.span.start - board.span.end > 80 {
        return None;
    }
    let rest_end = floor_char_boundary(source, (date.span.end + 120).min(source.len()));
    let rest_of_line = source[date.span.end..rest_end]
        .split('\n')
        .next()
        .unwrap_or_default();
    // "Kommunstyrelsen 2024-01-15 § 4" cites a decision.
    if !BOARD_LINE_MEETING.is_match(&source[board.span.end..date.span.start])
        || rest_of_line.contains('§')
    {
        return None;
    }
    Some(Located {
        value: *date.date.as_ref().ok()?,
        span: date.span.clone(),
    })
}

// Few papers need this module's patterns (MEETING_LABEL, BOARD_LINE_MEETING), so
// `lint::compile_patterns_ahead` leaves each to be compiled where first used.

#[cfg(test)]
mod tests {
    use crate::paper::letterhead::read;
    use crate::paper::scan::scan;

    #[test]
    fn the_weekday_decides_the_year() {
        let day = |text: &str| {
            let scan = scan(text);
            super::meeting_day_at_the_top(text, &scan).map(|d| d.value.to_string())
        };
        // As printed, when the weekday fits.
        assert_eq!(
            day("KALLELSE Onsdagen den 28 mars 2012 kl 13").as_deref(),
            Some("2012-03-28")
        );
        // One year off: a slip, the weekday's year among the paper's.
        assert_eq!(
            day("KALLELSE Onsdagen den 28 mars, 2011 kl 13. Protokoll den 1 mars 2012.").as_deref(),
            Some("2012-03-28")
        );
        // No nearby year fits: kept as printed (D111 tells the reviewer).
        assert_eq!(
            day("KALLELSE Tisdagen den 28 mars 2011 kl 13").as_deref(),
            Some("2011-03-28")
        );
        // Without a year: the one the weekday picks, or none.
        assert_eq!(
            day("KALLELSE Onsdagen den 28 mars kl 13. Protokoll den 1 mars 2012.").as_deref(),
            Some("2012-03-28")
        );
        assert_eq!(day("KALLELSE Onsdagen den 28 mars kl 13"), None);
    }

    #[test]
    fn the_meeting_is_dated_beside_the_addressee() {
        let meeting = |text: &str| {
            let zone = 0..text.len();
            read(text, std::slice::from_ref(&zone), &scan(text))
                .meeting
                .map(|m| m.value.to_string())
        };
        for text in [
            "Socialförvaltningen\n2026-03-02\nSocialnämnden 2026-03-16\nTitel",
            "Datum 2026-03-02\nTill Socialnämnden, sammanträde 16 mars 2026\nTitel",
            "Datum 2026-03-02\nSocialnämnden\nSammanträdesdatum: 2026-03-16\nTitel",
            "2026-03-02\nSocialnämnden\nSammanträdesdatum 2026-03-16\nTitel",
            // A Word paper's paragraphs, read with a blank line between.
            "2026-03-02\n\nSocialnämnden\n\nSammanträdesdatum 2026-03-16\n\nTitel",
        ] {
            assert_eq!(meeting(text).as_deref(), Some("2026-03-16"), "{text}");
            let zone = 0..text.len();
            let date = read(text, std::slice::from_ref(&zone), &scan(text)).date;
            assert_eq!(
                date.map(|d| d.value.to_string()).as_deref(),
                Some("2026-03-02"),
                "{text}"
            );
        }
        for text in [
            // The board's line dates the paper itself (a kallelse).
            "Socialnämnden 2026-03-16\nKallelse",
            // A decision cited, not a meeting.
            "Datum 2026-03-02\nKommunstyrelsen 2026-01-15 § 4\nTitel",
            // A date on the next line without a label is the paper's own.
            "Socialnämnden\n2026-03-02\nTitel",
        ] {
            assert_eq!(meeting(text), None, "{text}");
        }
    }
}
