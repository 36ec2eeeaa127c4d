//! A part told as "N av M" with its percentage after it: "163 av 214
//! ungdomar, alltså 76 procent", "12 av 20 skolor (60 procent)", and "163
//! av dem, alltså 76 procent" after the sentence's one count ("I en enkät
//! som 214 ungdomar svarade på ville 163 av dem …"). Each is a [`ShareOf`],
//! which N322 checks.
//!
//! The percentage follows the whole (its noun between), joined by a comma
//! and "alltså", "eller", "det vill säga", "dvs", "vilket är", "vilket
//! motsvarar", or set in brackets. A percentage "av" something is another
//! share (`shares`), and an approximate one ("drygt 76 procent") is left.

use super::super::Span;
use super::super::breakdowns::{Told, approximate};
use super::super::changes::hundredths;
use super::super::counts::{CountMention, Word, number_at};
use super::ShareOf;
use crate::base::swedish::lowercase;

/// Words that may join the whole to its percentage after a comma.
const JOINING: [&str; 8] = [
    "alltså",
    "eller",
    "det",
    "vill",
    "säga",
    "dvs",
    "vilket",
    "motsvarar",
];

/// The most read in one text: a paper tells a few.
const MAX_READ: usize = 100;

pub(super) fn find_ratio_shares(
    text: &str,
    words: &[Word<'_>],
    sentences: &[Span],
    counts: &[CountMention],
) -> Vec<ShareOf> {
    if !(text.contains(" av ") && (text.contains("procent") || text.contains('%'))) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for i in 0..words.len() {
        if found.len() >= MAX_READ {
            break;
        }
        if let Some(share) = share_at(text, words, i, sentences, counts) {
            found.push(share);
        }
    }
    found
}

/// The share whose part is the number at word `i`.
fn share_at(
    text: &str,
    words: &[Word<'_>],
    i: usize,
    sentences: &[Span],
    counts: &[CountMention],
) -> Option<ShareOf> {
    let (part, av) = number_at(words, i)?;
    if words[av - 1].closed || !words.get(av)?.text.eq_ignore_ascii_case("av") {
        return None;
    }
    let part_told = Told::exact(words[i].start..words[av - 1].end, part);
    let (whole, next) = whole_after(words, av + 1, sentences, counts)?;
    if whole.value == 0 || part > whole.value {
        return None;
    }
    let (percent, hundredths, decimals) = percent_after(text, words, next)?;
    if approximate(text, &percent) || approximate(text, &part_told.span) {
        return None;
    }
    Some(ShareOf {
        span: percent,
        hundredths,
        decimals,
        part: part_told,
        whole,
        money: false,
    })
}

/// The whole at word `j`, after "av": a number with its noun ("214
/// ungdomar"), or "dem"/"dessa" for the one count told before in the
/// sentence. The whole and the index of the word after it.
fn whole_after(
    words: &[Word<'_>],
    j: usize,
    sentences: &[Span],
    counts: &[CountMention],
) -> Option<(Told, usize)> {
    if let Some((whole, mut next)) = number_at(words, j) {
        // Its noun, unless the number ends the phrase.
        if !words[next - 1].closed && words.get(next).is_some_and(|w| is_noun(w.text)) {
            next += 1;
        }
        return Some((
            Told::exact(words[j].start..words[next - 1].end, whole),
            next,
        ));
    }
    let pronoun = lowercase(words.get(j)?.text);
    if !matches!(&*pronoun, "dem" | "dessa") {
        return None;
    }
    let at = words[j].start;
    let sentence = &sentences[sentences.partition_point(|s| s.end <= at)..]
        .first()
        .filter(|s| s.contains(&at))?;
    // The sentence's counts before the pronoun (both lists in text order).
    let from = counts.partition_point(|c| c.span.start < sentence.start);
    let to = counts.partition_point(|c| c.span.start < at);
    let mut before = counts[from..to.max(from)]
        .iter()
        .filter(|c| c.span.end <= at && !c.bound);
    let only = before.next()?;
    if before.next().is_some() {
        return None;
    }
    Some((Told::exact(only.span.clone(), only.count), j + 1))
}

fn is_noun(word: &str) -> bool {
    word.chars().count() >= 3 && word.chars().all(char::is_alphabetic)
}

/// The percentage joined to the whole ending before word `k`: its span
/// ("76 procent"), in hundredths, and the decimals written.
fn percent_after(text: &str, words: &[Word<'_>], k: usize) -> Option<(Span, u64, u32)> {
    let gap_start = words.get(k.checked_sub(1)?)?.end;
    let mut n = k;
    while n < words.len() && n < k + 3 && JOINING.contains(&&*lowercase(words[n].text)) {
        n += 1;
    }
    let number = words.get(n)?;
    let gap = &text[gap_start..number.start];
    let bracketed = gap.trim() == "(";
    let joined = gap.trim_start().starts_with(',') && n > k;
    if !(bracketed || joined) || gap.contains(['.', ';', ':', '\n']) {
        return None;
    }
    let (whole, decimals) = match number.text.split_once(',') {
        Some((whole, decimals)) => (whole, Some(decimals)),
        None => (number.text, None),
    };
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || whole.len() > 3 {
        return None;
    }
    let (hundredths, decimals) = hundredths(whole, decimals)?;
    let unit = words.get(n + 1)?;
    if !matches!(unit.text, "procent" | "%") {
        return None;
    }
    // "76 procent av kostnaden" is a share of something else.
    if words
        .get(n + 2)
        .is_some_and(|w| w.text.eq_ignore_ascii_case("av"))
        && !unit.closed
    {
        return None;
    }
    Some((number.start..unit.end, hundredths, decimals))
}

#[cfg(test)]
mod tests {
    fn read(text: &str) -> Vec<(u64, u64, u64)> {
        let words = crate::paper::scan::counts::words(text);
        let sentences = crate::paper::scan::sentences::find_sentences(text);
        let counts = crate::paper::scan::counts::find_counts_in(text, &words);
        super::find_ratio_shares(text, &words, &sentences, &counts)
            .iter()
            .map(|s| (s.part.value, s.hundredths, s.whole.value))
            .collect()
    }

    #[test]
    fn reads_a_part_of_a_whole_with_its_percentage() {
        assert_eq!(
            read(
                "Av de svarande ville 163 av 214 ungdomar, alltså 76 procent, ha längre öppettider."
            ),
            [(163, 7_600, 214)]
        );
        assert_eq!(
            read("12 av 20 skolor (60 procent) deltog."),
            [(12, 6_000, 20)]
        );
        assert_eq!(
            read(
                "I en enkät som 214 ungdomar svarade på ville 163 av dem, alltså 76,2 procent, ha det."
            ),
            [(163, 7_620, 214)]
        );
    }

    #[test]
    fn leaves_other_shares_and_loose_figures() {
        for text in [
            // A share of something else.
            "Hela 163 av 214 ungdomar, alltså 20 procent av kostnaden, ville det.",
            // Approximate.
            "Det var 163 av 214 ungdomar, alltså drygt 76 procent.",
            // Two counts before "av dem": which one is unclear.
            "Av 214 ungdomar och 30 ledare svarade 163 av dem, alltså 76 procent.",
            // No percentage joined.
            "Det var 163 av 214 ungdomar. 76 procent ville det.",
            // A part greater than the whole.
            "Det var 263 av 214 ungdomar, alltså 76 procent.",
        ] {
            assert!(read(text).is_empty(), "{text}: {:?}", read(text));
        }
    }
}
