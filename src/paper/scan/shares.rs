//! A figure told as a share of another: "600 000 kronor, vilket motsvarar
//! 1,6 procent av kostnaden på 38,4 miljoner kronor", "168 hushåll, eller 41
//! procent av de 412 hushållen", "1,6 procent av budgeten på 38,4 miljoner
//! kronor, det vill säga 600 000 kronor".
//!
//! The part is the figure right before a joining "vilket är", "vilket
//! motsvarar", "som motsvarar", "motsvarande" or "eller" (only a comma
//! between), or the figure right after "det vill säga", "dvs.", "alltså" or
//! "eller" that follows the whole. The whole is the first figure of the
//! part's kind (sums with sums, counts with counts) after "procent av" and
//! a few words in the sentence. An approximate percentage or figure
//! ("cirka", "drygt") is not read.

use std::sync::LazyLock;

mod bracketed;
mod ratio;

pub(super) use bracketed::{bracketed_percent, bracketed_shares};

use super::Span;
use super::amounts::AmountMention;
use super::breakdowns::{Figure, Told, approximate, count_figures, sum_figures, within};
use super::changes::hundredths;
use super::counts::{CountMention, Word};
use super::cues::lower_words;
use super::plain::{Plain, tuned};

/// A part, the share it is said to be, and the whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareOf {
    /// "1,6 procent".
    pub span: Span,
    /// In hundredths of a percent, with the decimals written.
    pub hundredths: u64,
    pub decimals: u32,
    pub part: Told,
    pub whole: Told,
    /// Sums of money, not counts.
    pub money: bool,
}

/// "1,6 procent av", "41 % av". Few papers tell a share of a figure:
/// SHARE_OF is compiled where first used.
static SHARE_OF: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"\b(\d{1,3})(?:,(\d{1,2}))?[ \u{a0}]*(?:procent|%)[ \u{a0}]+av\b"));

/// Words that join a part to the share it is, after a comma.
const JOINING: [&str; 8] = [
    "vilket",
    "som",
    "är",
    "motsvarar",
    "utgör",
    "motsvarande",
    "eller",
    "blir",
];

/// Words that join a whole to the part it gives, after a comma.
const GIVING: [&str; 7] = ["det", "vill", "säga", "dvs", "alltså", "eller", "blir"];

/// The most read in one text: a paper tells a few.
const MAX_SHARES: usize = 100;

pub(super) fn find_shares(
    text: &str,
    sentences: &[Span],
    amounts: &[AmountMention],
    (counts, words): (&[CountMention], &[Word<'_>]),
) -> Vec<ShareOf> {
    let mut found = shares_of(text, sentences, amounts, counts);
    found.extend(ratio::find_ratio_shares(text, words, sentences, counts));
    found.sort_by_key(|s| s.span.start);
    found
}

/// "N procent av" a whole, with its part before or after.
fn shares_of(
    text: &str,
    sentences: &[Span],
    amounts: &[AmountMention],
    counts: &[CountMention],
) -> Vec<ShareOf> {
    if !(text.contains("procent av") || text.contains("% av")) {
        return Vec::new();
    }
    let sums = sum_figures(text, amounts);
    let counts = count_figures(counts, amounts);
    SHARE_OF
        .captures_iter(text)
        .take(MAX_SHARES)
        .filter_map(|c| {
            let whole_match = c.get(0)?;
            let percent = c.get(1)?.start()..whole_match.end() - "av".len();
            if approximate(text, &percent) {
                return None;
            }
            let at = sentences.partition_point(|s| s.end <= percent.start);
            let sentence = sentences.get(at).filter(|s| s.contains(&percent.start))?;
            let (hundredths, decimals) =
                hundredths(c.get(1)?.as_str(), c.get(2).map(|m| m.as_str()))?;
            [(&sums, true), (&counts, false)]
                .into_iter()
                .find_map(|(figures, money)| {
                    let figures = within(figures, sentence);
                    let (part, whole) = part_and_whole(text, figures, &percent, whole_match.end())?;
                    Some(ShareOf {
                        span: percent.start..percent.start + text[percent.clone()].trim_end().len(),
                        hundredths,
                        decimals,
                        part,
                        whole,
                        money,
                    })
                })
        })
        .collect()
}

/// The part and the whole of a share at `percent` whose "av" ends at `av`,
/// among one kind of the sentence's `figures`.
fn part_and_whole(
    text: &str,
    figures: &[Figure],
    percent: &Span,
    av: usize,
) -> Option<(Told, Told)> {
    let split = figures.partition_point(|f| f.told.span.start < av);
    let whole = figures.get(split)?;
    let to_whole = &text[av..whole.told.span.start];
    if to_whole.split_whitespace().count() > 6
        || to_whole.contains(char::is_numeric) && !years_only(to_whole)
    {
        return None;
    }
    if approximate(text, &whole.told.span) {
        return None;
    }
    // The part before: "600 000 kronor, vilket motsvarar 1,6 procent av".
    let before = figures[..split]
        .last()
        .filter(|p| p.told.span.end <= percent.start)
        .filter(|p| joined(&text[p.told.span.end..percent.start], &JOINING));
    // Or after the whole: "…, det vill säga 600 000 kronor".
    let after = || {
        figures
            .get(split + 1)
            .filter(|p| joined(&text[whole.told.span.end..p.told.span.start], &GIVING))
    };
    let part = before.or_else(after)?;
    if part.per != whole.per || approximate(text, &part.told.span) {
        return None;
    }
    Some((part.told.clone(), whole.told.clone()))
}

/// Whether `gap` is a comma and joining words only.
fn joined(gap: &str, words: &[&str]) -> bool {
    let said = lower_words(gap);
    gap.trim_start().starts_with(',')
        && !said.is_empty()
        && said.len() <= 3
        && said.iter().all(|w| words.contains(&w.as_str()))
        && !gap.contains(char::is_numeric)
}

/// Whether the digits of `text` are years only ("kostnaden 2026 på").
fn years_only(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|d| !d.is_empty())
        .all(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
}

#[cfg(test)]
mod tests {
    fn read(text: &str) -> Vec<(u64, u64, u64)> {
        crate::paper::scan::scan(text)
            .shares
            .iter()
            .map(|s| (s.part.value, s.hundredths, s.whole.value))
            .collect()
    }

    #[test]
    fn reads_a_part_its_share_and_the_whole() {
        assert_eq!(
            read(
                "Kostnaden ökar med 600 000 kronor, vilket motsvarar 1,6 procent av kostnaden 2026 på 38,4 miljoner kronor."
            ),
            [(600_000, 160, 38_400_000)]
        );
        assert_eq!(
            read(
                "Ökningen är 1,6 procent av kostnaden på 38,4 miljoner kronor, det vill säga 600 000 kronor."
            ),
            [(600_000, 160, 38_400_000)]
        );
        assert_eq!(
            read("Av dem var 168 barnfamiljer, eller 41 procent av de 412 hushållen."),
            [(168, 4_100, 412)]
        );
    }

    #[test]
    fn leaves_approximations_and_unjoined_figures() {
        for text in [
            "Kostnaden ökar med 600 000 kronor, vilket motsvarar cirka 2 procent av kostnaden på 38,4 miljoner kronor.",
            "Kostnaden ökar med 600 000 kronor. Det är 2 procent av kostnaden på 38,4 miljoner kronor.",
            "Bidraget är 20 procent av kostnaden på 500 000 kronor.",
            "Kostnaden ökar med 600 000 kronor per år, vilket motsvarar 2 procent av kostnaden på 38,4 miljoner kronor.",
        ] {
            assert!(read(text).is_empty(), "{text}");
        }
    }
}
