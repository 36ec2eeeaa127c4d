//! Open age ranges about a group: "personer från 65 år", "över 18 år",
//! "barn under 6 år", "65 år och äldre", and "från 13 år till och med 17
//! år", closed by its second age; and a range told by the years its ages
//! are turned ("från och med det år de fyller 7 till och med det år de
//! fyller 25").

use std::sync::LazyLock;

use regex::Regex;

use super::ages::{AgeMention, clause_before, mention};
use super::patterns::only_if;
use super::plain::{Plain, tuned};
use crate::paper::scan::{latin, overlaps};

/// Open ranges led by a word: "från 65 år", "över 18 år", "under 6 år",
/// "upp till 18 år" (whole words checked by hand, so that the engine can
/// search for the words' letters).
static OPEN_AGE_WORD: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"([Ff]rån|[Öö]ver|[Mm]inst|[Ää]ldre\s+än|[Uu]nder|[Yy]ngre\s+än|[Uu]pp\s+till)\s+(\d{1,3})\s+år\b",
    )
});
/// Open ranges led by the number: "65 år och äldre", "75 år eller äldre",
/// "65+", and up to an age: "6 år och yngre".
static OPEN_AGE_NUMBER: LazyLock<Plain> = LazyLock::new(|| {
    tuned(r"\b(\d{1,3})(?:\s+år\s+(?:och|eller)\s+(äldre|uppåt|yngre)\b|\+(?:[^0-9+]|$))")
});
/// A range told by the years a group turns its ages in: "från och med det
/// år de fyller 7 till och med det år de fyller 25". Few papers say so:
/// compiled where first used.
static TURNING_YEARS: LazyLock<Plain> = LazyLock::new(|| {
    let who = r"(?:de|man|barnet|barnen|medlemmen|eleven|personen|hen|han|hon)";
    tuned(&format!(
        r"(?i)från\s+och\s+med\s+det\s+år\s+{who}\s+fyller\s+(\d{{1,3}})(?:\s+år)?\s+(?:till\s+och\s+med|t\.\s?o\.\s?m\.)\s+det\s+år\s+{who}\s+fyller\s+(\d{{1,3}})(?:\s+år\b)?"
    ))
});

/// Words that make an open range an age: a group of people or "ålder".
static AGE_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(r"(?i)(?:barn|unga|ungdom|elev|vuxna|personer|äldre|kvinnor|män|invånare|deltagare|pensionär|brukare|medlem|patient|kund|flickor|pojkar|åldern|åldrarna|målgrupp)"))
        .expect("valid")
});
/// The open ranges of `text` about a group of people, none inside one of
/// `ages` (the closed ranges found). `digits`: whether the text may hold one.
pub(super) fn find_open_ages(text: &str, digits: bool, ages: &[AgeMention]) -> Vec<AgeMention> {
    let mut open = Vec::new();
    let word_led = OPEN_AGE_WORD
        .captures_iter(only_if(digits, text, &OPEN_AGE_WORD))
        .filter_map(|c| {
            let word = c.get(1)?;
            if text[..word.start()].ends_with(char::is_alphabetic) {
                return None;
            }
            let n: u32 = c[2].parse().ok()?;
            let end = c.get(0)?.end();
            let range = match word.as_str().to_lowercase().split_whitespace().next() {
                Some("under" | "yngre") => (0, Some(n.saturating_sub(1))),
                Some("upp") => (0, Some(n)),
                // "från 13 år till och med 17 år": closed by its second age.
                Some("från") => match upper_bound(&text[end..]) {
                    Some((to, len)) => return Some((word.start()..end + len, (n, Some(to)))),
                    None => (n, None),
                },
                _ => (n, None),
            };
            Some((word.start()..end, range))
        });
    // Most papers have neither form: skip the scan of every number.
    let number_forms = text.contains('+')
        || [
            "och äldre",
            "eller äldre",
            "och uppåt",
            "och yngre",
            "eller yngre",
        ]
        .iter()
        .any(|words| text.contains(words));
    let number_led = OPEN_AGE_NUMBER
        .captures_iter(if number_forms { text } else { "" })
        .filter_map(|c| {
            let whole = c.get(0)?;
            // "65+" ends at the plus; what the pattern read after it is not the age's.
            let written = whole
                .as_str()
                .trim_end_matches(|ch: char| !ch.is_alphanumeric() && ch != '+');
            let age: u32 = c[1].parse().ok()?;
            let range = match c.get(2).map(|w| w.as_str()) {
                Some("yngre") => (0, Some(age)),
                _ => (age, None),
            };
            Some((whole.start()..whole.start() + written.len(), range))
        });
    let turning = TURNING_YEARS
        .captures_iter(if text.contains("det år") { text } else { "" })
        .filter_map(|c| {
            let range = (c[1].parse().ok()?, Some(c[2].parse().ok()?));
            Some((c.get(0)?.range(), range))
        });
    let mut led: Vec<_> = word_led.chain(number_led).chain(turning).collect();
    led.sort_by_key(|(span, _)| span.start);
    for (span, (from, to)) in led {
        // "upp till 17 år" inside "från 13 år upp till 17 år" is its bound.
        if overlaps(ages, &span, |a| &a.span) || overlaps(&open, &span, |a: &AgeMention| &a.span) {
            continue;
        }
        let age = mention(text, span, from, to);
        // An open range needs a group of people: "från 2 år" may be a duration.
        if AGE_GROUP.is_match(clause_before(text, age.span.start)) {
            open.push(age);
        }
    }
    open
}

/// The second age that closes a range begun "från 13 år" (" till och med
/// 17 år", " t.o.m. 17 år", " upp till 17 år", " till 17 år"): the age and
/// the length of what was read. Such a range needs a group of people before
/// it, as an open one does: "från 2 år till 4 år" may be a duration.
fn upper_bound(after: &str) -> Option<(u32, usize)> {
    let rest = after.trim_start();
    let lead = ["till och med", "t.o.m.", "t. o. m.", "upp till", "till"]
        .iter()
        .find(|lead| {
            rest.get(..lead.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(lead))
        })?;
    let rest = rest[lead.len()..].trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let to: u32 = rest[..digits].parse().ok()?;
    let unit = rest[digits..].strip_prefix(" år")?;
    if unit.starts_with(char::is_alphanumeric) {
        return None;
    }
    Some((to, after.len() - unit.len()))
}

/// Compiles the patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need AGE_GROUP, OPEN_AGE_NUMBER (at most 8 of the 68 real
    // papers and the example cases), TURNING_YEARS (none): each is compiled
    // where first used.
    OPEN_AGE_WORD.compile_now();
}
