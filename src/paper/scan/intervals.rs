//! A time told as the distance between two days of one sentence: "Bygget
//! börjar den 1 april 2028 och stationen tas i bruk den 1 oktober 2029,
//! arton månader senare". The length stands right after the later day, in
//! apposition (a comma, "alltså", "det vill säga"), and is followed by
//! "senare" or "därefter"; the earlier day is the date before it in the
//! same sentence.

use chrono::NaiveDate;

use super::Span;
use super::dates::DateMention;
use super::durations::DurationMention;

/// A length told as the time from one day to a later one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntervalMention {
    /// The length and "senare": "arton månader senare".
    pub span: Span,
    pub months: u32,
    /// Told in years ("två år senare"), which are read more loosely.
    pub in_years: bool,
    pub from: (NaiveDate, Span),
    pub to: (NaiveDate, Span),
    /// A length told in days or weeks, in days (`months` is then 0).
    pub days: Option<u32>,
    /// The later day is counted from the earlier to the day ("inom 18
    /// månader från tillträdet, dvs. senast 2029-07-10"), not told roughly
    /// ("arton månader senare").
    pub exact: bool,
}

/// The words that join the later day to its length.
const APPOSITION: [&str; 5] = [",", ", alltså", ", dvs.", ", dvs", ", det vill säga"];

/// The words after a length that make it the time since a day before.
const LATER: [&str; 2] = ["senare", "därefter"];

pub(super) fn find_intervals(
    text: &str,
    durations: &[DurationMention],
    dates: &[DateMention],
    sentences: &[Span],
) -> Vec<IntervalMention> {
    durations
        .iter()
        .filter_map(|duration| interval(text, duration, dates, sentences))
        .collect()
}

fn interval(
    text: &str,
    duration: &DurationMention,
    dates: &[DateMention],
    sentences: &[Span],
) -> Option<IntervalMention> {
    let after = &text[duration.span.end..];
    let later = LATER.iter().find(|w| {
        let rest = after.trim_start_matches([' ', '\u{a0}']);
        rest.starts_with(*w) && !rest[w.len()..].starts_with(char::is_alphabetic)
    })?;
    let later_end = duration.span.end + after.find(later)? + later.len();
    // The later day: the last date before the length, joined to it.
    let k = dates.partition_point(|d| d.span.end <= duration.span.start);
    let to = dates.get(k.checked_sub(1)?)?;
    let gap = text[to.span.end..duration.span.start]
        .trim_end()
        .to_lowercase();
    if !APPOSITION.contains(&gap.as_str()) {
        return None;
    }
    // The earlier day: the date before it in the same sentence.
    let sentence = sentences.get(
        sentences
            .partition_point(|s| s.start <= to.span.start)
            .checked_sub(1)?,
    )?;
    let from = dates.get(k.checked_sub(2)?)?;
    if from.span.start < sentence.start {
        return None;
    }
    let (from_day, to_day) = (*from.date.as_ref().ok()?, *to.date.as_ref().ok()?);
    (from_day < to_day).then(|| IntervalMention {
        span: duration.span.start..later_end,
        months: duration.months,
        in_years: text[duration.span.clone()].ends_with("år"),
        from: (from_day, from.span.clone()),
        to: (to_day, to.span.clone()),
        days: None,
        exact: false,
    })
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn found(text: &str) -> Vec<(u32, String, String)> {
        scan(text)
            .intervals
            .iter()
            .map(|i| (i.months, i.from.0.to_string(), i.to.0.to_string()))
            .collect()
    }

    #[test]
    fn reads_a_length_in_apposition_to_the_later_day() {
        assert_eq!(
            found(
                "Bygget börjar den 1 april 2028 och stationen tas i bruk den 1 oktober 2029, arton månader senare."
            ),
            [(18, "2028-04-01".to_owned(), "2029-10-01".to_owned())]
        );
        for text in [
            // The length is not the time between them.
            "Bygget börjar den 1 april 2028 och stationen tas i bruk den 1 oktober 2029. Arton månader senare flyttar personalen in.",
            "Bygget börjar den 1 april 2028 och tar arton månader.",
            // No earlier day in the sentence.
            "Stationen tas i bruk den 1 oktober 2029, arton månader senare.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
