//! A change in percentage points between two shares: "Andelen ökade från 32
//! procent till 40 procent, en ökning med 8 procentenheter", and a target
//! told before today's share: "Andelen ska vara minst 40 procent. I dag är
//! den 32 procent, så den ska öka med 8 procentenheter."
//!
//! Points are read only where the shares they lie between are plain: the
//! two of "från X till Y procent" in the points' sentence, or today's share
//! in that sentence ("i dag", "idag", "nu", "för närvarande") and the one
//! share the sentence before sets as a goal ("ska vara minst", "ska nå",
//! "målet är"). Any other share in either sentence makes it unclear which
//! two are meant, and nothing is read.

use std::sync::LazyLock;

use super::changes::hundredths;
use super::cues::{lower_words, said_right_before};
use super::plain::{Plain, tuned};
use super::{Span, floor_char_boundary};
use crate::base::swedish::lowercase;

/// A change in percentage points and the shares it lies between.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointChange {
    /// "8 procentenheter".
    pub span: Span,
    /// In hundredths of a point, with the decimals written.
    pub points: u64,
    pub decimals: u32,
    /// The shares, in hundredths of a percent: the earlier and the later.
    pub from: Share,
    pub to: Share,
}

/// A share as the text tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub span: Span,
    pub hundredths: u64,
}

/// "8 procentenheter", "2,5 procentenheter". Few papers count points:
/// POINTS and SHARE are compiled where first used.
static POINTS: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"\b(\d{1,3})(?:,(\d{1,2}))?[ \u{a0}]*procentenheter\b"));

/// "40 procent", "32 %": a share, not points.
static SHARE: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"\b(\d{1,3})(?:,(\d{1,2}))?[ \u{a0}]*(?:procent\b|%)"));

/// The most read in one text: a paper tells a few.
const MAX_POINTS: usize = 50;

pub(super) fn find_point_changes(text: &str, sentences: &[Span]) -> Vec<PointChange> {
    if !text.contains("procentenhet") {
        return Vec::new();
    }
    // The shares of the last sentence read: points in one (long) sentence
    // read its shares once.
    let mut read: Option<(usize, Vec<Share>)> = None;
    POINTS
        .captures_iter(text)
        .take(MAX_POINTS)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let (points, decimals) = hundredths(c.get(1)?.as_str(), c.get(2).map(|m| m.as_str()))?;
            let at = sentences.partition_point(|s| s.end <= whole.start());
            let sentence = sentences.get(at).filter(|s| s.contains(&whole.start()))?;
            if in_steps(&text[whole.end()..sentence.end]) {
                return None;
            }
            if read.as_ref().is_none_or(|(k, _)| *k != at) {
                read = Some((at, shares_in(text, sentence)));
            }
            let shares = &read.as_ref()?.1;
            let (from, to) = from_to(text, shares).or_else(|| {
                let before = sentences.get(at.checked_sub(1)?)?;
                today_and_goal(text, shares, &shares_in(text, before))
            })?;
            Some(PointChange {
                span: whole.range(),
                points,
                decimals,
                from,
                to,
            })
        })
        .collect()
}

/// Whether the rest of the points' sentence makes them a step, not the
/// whole way: a rate ("per år", "årligen", "varje år", "om året") or a
/// year or date reached ("till 2028").
fn in_steps(rest: &str) -> bool {
    let words = lower_words(rest);
    rest.contains(char::is_numeric)
        || words.iter().any(|w| {
            [
                "per", "årligen", "varje", "året", "taget", "steg", "etapp", "första",
            ]
            .contains(&w.as_str())
        })
}

/// The shares of a sentence, in order.
fn shares_in(text: &str, sentence: &Span) -> Vec<Share> {
    let body = &text[sentence.clone()];
    SHARE
        .captures_iter(body)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let (hundredths, _) = hundredths(c.get(1)?.as_str(), c.get(2).map(|m| m.as_str()))?;
            Some(Share {
                span: sentence.start + whole.start()..sentence.start + whole.end(),
                hundredths,
            })
        })
        .collect()
}

/// The sentence's two shares when they are "från X (procent) till Y
/// procent"; "till" alone between them.
fn from_to(text: &str, shares: &[Share]) -> Option<(Share, Share)> {
    let [from, to] = shares else {
        return None;
    };
    let before =
        &text[floor_char_boundary(text, from.span.start.saturating_sub(6))..from.span.start];
    let between = lowercase(&text[from.span.end..to.span.start]).into_owned();
    (lowercase(before).trim_end().ends_with("från") && between.trim() == "till")
        .then(|| (from.clone(), to.clone()))
}

/// Today's share, the sentence's only one, and the goal the sentence
/// before sets, its only one.
fn today_and_goal(text: &str, shares: &[Share], before: &[Share]) -> Option<(Share, Share)> {
    let ([today], [goal]) = (shares, before) else {
        return None;
    };
    let said_today = said_right_before(
        text,
        today.span.start,
        &["dag", "idag", "nu", "närvarande", "nuläget"],
        5,
    );
    let set_as_a_goal = said_right_before(
        text,
        goal.span.start,
        &["ska", "skall", "målet", "målsättningen"],
        4,
    );
    (said_today && set_as_a_goal).then(|| (today.clone(), goal.clone()))
}

#[cfg(test)]
mod tests {
    fn read(text: &str) -> Vec<(u64, u64, u64)> {
        crate::paper::scan::scan(text)
            .point_changes
            .iter()
            .map(|p| (p.points, p.from.hundredths, p.to.hundredths))
            .collect()
    }

    #[test]
    fn reads_points_between_two_shares() {
        assert_eq!(
            read("Andelen ökade från 32 procent till 40 procent, en ökning med 8 procentenheter."),
            [(800, 3_200, 4_000)]
        );
        assert_eq!(
            read(
                "Andelen ska vara minst 40 procent. I dag är den 32 procent, så den ska öka med 8 procentenheter."
            ),
            [(800, 3_200, 4_000)]
        );
    }

    #[test]
    fn leaves_points_whose_shares_are_unclear() {
        for text in [
            "Andelen var 30 procent 2024 och 35 procent 2025, och ska öka med 3 procentenheter till 2027.",
            "Andelen är 32 procent. I dag är den 32 procent, så den ska öka med 8 procentenheter.",
            "Målet är 40 procent. Andelen ska öka med 8 procentenheter.",
            "Andelen ska vara 40 procent 2030. I dag är den 32 procent, och den ska öka med 2 procentenheter per år.",
            "Andelen ska vara 40 procent. I dag är den 32 procent, och den ska öka med 4 procentenheter till 2028.",
        ] {
            assert!(read(text).is_empty(), "{text}");
        }
    }
}
