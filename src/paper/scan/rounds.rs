//! A number of periods of one length, and the periods listed after it:
//! "tre perioder om tre veckor: 14 juni–2 juli, 5–23 juli och 26 juli–13
//! augusti 2027", "två omgångar på fyra veckor (…)". The list's periods may
//! leave out their year, which the last one gives, and a start its month.

use std::sync::LazyLock;

use chrono::NaiveDate;

use super::plain::{Plain, tuned};
use super::{Span, floor_char_boundary, number_value};
use crate::base::swedish::month_number;

/// "tre perioder om tre veckor" and the periods listed after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rounds {
    /// "tre perioder om tre veckor".
    pub span: Span,
    /// The count span ("tre").
    pub count_span: Span,
    pub count: u32,
    /// The length of each, in days (weeks × 7).
    pub days: u32,
    /// The periods listed after it, in the same sentence.
    pub listed: Vec<ListedPeriod>,
}

/// One period of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedPeriod {
    pub span: Span,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

// Few papers tell rounds: ROUNDS and LISTED are compiled where first used,
// after a cheap test of the text.
static ROUNDS: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)\b(två|tre|fyra|fem|sex|sju|åtta|\d{1,2})\s+(?:perioder|omgångar|arbetsperioder|sommarperioder)\s+(?:om|på|à|á)\s+(en|ett|två|tre|fyra|fem|sex|\d{1,2})\s+veck(?:a|or)\b",
    )
});

/// One period of a list: "14 juni–2 juli", "5–23 juli", "26 juli–13
/// augusti 2027".
static LISTED: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)\b(\d{1,2})(?:\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december))?\s*[-–—]\s*(\d{1,2})\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:\s+(\d{4}))?",
    )
});

/// One period of a list as written: days, months, and a year if given.
struct Part {
    span: Span,
    d1: u32,
    m1: Option<u32>,
    d2: u32,
    m2: u32,
    year: Option<i32>,
}

/// Whether the text between two listed periods only joins them.
fn only_joiners(between: &str) -> bool {
    between
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .all(|w| matches!(w, "" | "och" | "samt" | "respektive"))
}

/// How far after the count the list is read: one sentence's worth.
const LIST_REACH: usize = 240;

pub(super) fn find_rounds(text: &str) -> Vec<Rounds> {
    if !(text.contains("veck") && (text.contains("perioder") || text.contains("omgångar"))) {
        return Vec::new();
    }
    ROUNDS
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let count = number_value(&c[1])?;
            let weeks = number_value(&c[2])?;
            Some(Rounds {
                span: whole.start()..whole.end(),
                count_span: c.get(1)?.start()..c.get(1)?.end(),
                count,
                days: weeks * 7,
                listed: listed_after(text, whole.end()),
            })
        })
        .collect()
}

/// The periods listed after `at` up to the sentence's end, each with the
/// year of the first period after it that gives one.
fn listed_after(text: &str, at: usize) -> Vec<ListedPeriod> {
    let rest = &text[at..floor_char_boundary(text, at.saturating_add(LIST_REACH).min(text.len()))];
    // The sentence ends at a full stop after a word, not inside a date.
    let end = rest
        .char_indices()
        .find(|&(i, ch)| {
            ch == '\n' || ch == '.' && !rest[i + 1..].starts_with(|c: char| c.is_ascii_digit())
        })
        .map_or(rest.len(), |(i, _)| i);
    let sentence = &rest[..end];
    let mut parts: Vec<Part> = Vec::new();
    let mut last_end = None;
    for c in LISTED.captures_iter(sentence) {
        let (Some(whole), Ok(d1), Ok(d2)) = (c.get(0), c[1].parse::<u32>(), c[3].parse::<u32>())
        else {
            continue;
        };
        // The list goes on only while its periods are joined by commas and
        // "och": "…, och en extra vecka 16–20 augusti" is told of its own.
        if last_end.is_some_and(|end| !only_joiners(&sentence[end..whole.start()])) {
            break;
        }
        last_end = Some(whole.end());
        let Some(m2) = month_number(&c[4]) else {
            continue;
        };
        let m1 = c.get(2).and_then(|m| month_number(m.as_str()));
        let year = c.get(5).and_then(|y| y.as_str().parse().ok());
        parts.push(Part {
            span: at + whole.start()..at + whole.end(),
            d1,
            m1,
            d2,
            m2,
            year,
        });
    }
    let mut year = None;
    let mut listed = Vec::new();
    for Part {
        span,
        d1,
        m1,
        d2,
        m2,
        year: own_year,
    } in parts.into_iter().rev()
    {
        year = own_year.or(year);
        let Some(y) = year else { continue };
        let m1 = m1.unwrap_or(m2);
        let from_year = if m1 > m2 { y - 1 } else { y };
        if let (Some(from), Some(to)) = (
            NaiveDate::from_ymd_opt(from_year, m1, d1),
            NaiveDate::from_ymd_opt(y, m2, d2),
        ) {
            listed.push(ListedPeriod { span, from, to });
        }
    }
    listed.reverse();
    listed
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn rounds_with_their_listed_periods() {
        let s = scan(
            "Feriearbetet pågår i tre perioder om tre veckor: 14 juni–2 juli, 5–23 juli och 26 juli–13 augusti 2027. Varje ungdom arbetar en period.",
        );
        let r = &s.rounds[0];
        assert_eq!((r.count, r.days), (3, 21));
        let listed: Vec<(String, String)> = r
            .listed
            .iter()
            .map(|p| (p.from.to_string(), p.to.to_string()))
            .collect();
        assert_eq!(
            listed,
            [
                ("2027-06-14".into(), "2027-07-02".into()),
                ("2027-07-05".into(), "2027-07-23".into()),
                ("2027-07-26".into(), "2027-08-13".into()),
            ]
        );
        // Without a list, and a list without any year.
        let s = scan("Arbetet sker i två omgångar på fyra veckor under sommaren.");
        assert_eq!(
            (
                s.rounds[0].count,
                s.rounds[0].days,
                s.rounds[0].listed.len()
            ),
            (2, 28, 0)
        );
        let s = scan("Två perioder om tre veckor: 14 juni–2 juli och 5–23 juli.");
        assert!(s.rounds[0].listed.is_empty());
        // The year closes the list.
        let s = scan(
            "Två perioder om tre veckor: 14 juni–2 juli och 5–23 juli 2027, och en extra vecka 16–20 augusti 2027.",
        );
        assert_eq!(s.rounds[0].listed.len(), 2);
    }
}
