//! A sum written off over years, and the yearly write-off: "Investeringen
//! på 48 miljoner kronor skrivs av på 40 år. Avskrivningen blir 1,2
//! miljoner kronor per år".
//!
//! The cue is the verb ("skrivs av", "skrivas av", "avskrivs") or the noun
//! of the time ("avskrivningstid", "avskrivningstiden är 40 år"), with one
//! length in years in its sentence. The sum is the one sum of the sentence
//! that is no yearly write-off, or the paper's one sum of the definite
//! money noun that stands before the cue ("Investeringen skrivs av …"). The
//! yearly write-off is the one sum per year (or "årlig") told as a
//! write-off ("avskrivningen", "avskrivningskostnaden") in that sentence or
//! the next. A time told as an average ("i genomsnitt 33 år") or a sentence
//! with several lengths (parts written off over different times) is none.

use super::Span;
use super::amounts::{AmountMention, clause_words};
use super::breakdowns::{Told, noun_named, one_sum_named, told_sum};
use super::cues::said_right_before;
use super::durations::DurationMention;

/// A sum written off over years, with its yearly write-off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Depreciation {
    /// The cue's sentence.
    pub span: Span,
    pub years: u32,
    pub years_span: Span,
    /// The sum written off, when its sentence tells it or once the paper's
    /// one sum of `named` is known.
    pub sum: Option<Told>,
    pub named: Option<&'static str>,
    pub yearly: Told,
}

/// Literals one of the cues holds, whatever the case of its first letter
/// ("Avskrivningstiden", "avskrivs").
const CUES: [&str; 5] = [
    "skrivs av",
    "skrivas av",
    "skrevs av",
    "vskrivs",
    "vskrivningstid",
];

/// The most write-offs read in one text.
const MAX_DEPRECIATIONS: usize = 50;

/// Words among the two before a length that make it no single time ("i
/// genomsnitt 33 år").
const NOT_ONE_TIME: [&str; 7] = [
    "genomsnitt",
    "snitt",
    "cirka",
    "ca",
    "drygt",
    "knappt",
    "ungefär",
];

pub(super) fn find_depreciations(
    text: &str,
    sentences: &[Span],
    amounts: &[AmountMention],
    durations: &[DurationMention],
) -> Vec<Depreciation> {
    if !CUES.iter().any(|cue| text.contains(cue)) {
        return Vec::new();
    }
    sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| CUES.iter().any(|cue| text[(*s).clone()].contains(cue)))
        .take(MAX_DEPRECIATIONS)
        .filter_map(|(k, sentence)| {
            let next = sentences.get(k + 1).map_or(sentence.end, |n| n.end);
            depreciation_in(text, sentence, next, amounts, durations)
        })
        .collect()
}

fn depreciation_in(
    text: &str,
    sentence: &Span,
    next_end: usize,
    amounts: &[AmountMention],
    durations: &[DurationMention],
) -> Option<Depreciation> {
    let inside = |span: &Span| sentence.contains(&span.start);
    let lengths: Vec<&DurationMention> = durations.iter().filter(|d| inside(&d.span)).collect();
    let [length] = lengths.as_slice() else {
        return None;
    };
    if length.months == 0
        || length.months % 12 != 0
        || said_right_before(text, length.span.start, &NOT_ONE_TIME, 2)
    {
        return None;
    }
    let yearly: Vec<&AmountMention> = amounts
        .iter()
        .filter(|a| sentence.start <= a.span.start && a.span.start < next_end)
        .filter(|a| is_a_yearly_write_off(text, a))
        .collect();
    let [yearly] = yearly.as_slice() else {
        return None;
    };
    let sums: Vec<&AmountMention> = amounts
        .iter()
        .filter(|a| inside(&a.span) && !a.rate && a.span != yearly.span)
        .collect();
    let (sum, named) = match sums.as_slice() {
        [sum] => (Some(told_sum(text, sum)), None),
        [] => {
            let cue = CUES
                .iter()
                .filter_map(|c| text[sentence.clone()].find(c))
                .min()?;
            (
                None,
                Some(noun_named(text, sentence.start..sentence.start + cue)?),
            )
        }
        _ => return None,
    };
    Some(Depreciation {
        span: sentence.clone(),
        years: length.months / 12,
        years_span: length.span.clone(),
        sum,
        named,
        yearly: told_sum(text, yearly),
    })
}

/// A sum told as the yearly write-off: its clause names a write-off
/// ("Avskrivningen blir", "avskrivningskostnaden", "årliga avskrivningar
/// på") and it is per year, or the clause says "årlig".
fn is_a_yearly_write_off(text: &str, amount: &AmountMention) -> bool {
    let words = clause_words(text, amount.span.start);
    // The write-off's noun stands right before the sum: "Avskrivningen
    // blir", "en årlig avskrivning på", "avskrivningskostnaden beräknas
    // till" — not "avskrivning … för ombyggnaden på 5 miljoner kronor".
    let names_it = words
        .iter()
        .rev()
        .take(4)
        .any(|w| w.starts_with("avskrivning"));
    let yearly =
        (amount.rate && amount.per == Some("år")) || words.iter().any(|w| w.starts_with("årlig"));
    names_it && yearly
}

/// Gives each write-off whose sum is named by its noun the paper's one
/// sum of it (see [`one_sum_named`]); run once the whole paper is scanned.
pub(super) fn resolve_named_sums(
    source: &str,
    depreciations: &mut [Depreciation],
    amounts: &[AmountMention],
) {
    for depreciation in depreciations.iter_mut().filter(|d| d.sum.is_none()) {
        let Some(noun) = depreciation.named else {
            continue;
        };
        if let Some(sum) = one_sum_named(noun, None, amounts, &depreciation.span) {
            depreciation.sum = Some(told_sum(source, sum));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    /// (sum, years, yearly) of each write-off read.
    fn found(text: &str) -> Vec<(Option<u64>, u32, u64)> {
        scan(text)
            .depreciations
            .iter()
            .map(|d| (d.sum.as_ref().map(|s| s.value), d.years, d.yearly.value))
            .collect()
    }

    #[test]
    fn reads_a_sum_its_years_and_its_yearly_write_off() {
        assert_eq!(
            found(
                "Investeringen på 48 miljoner kronor skrivs av på 40 år. Avskrivningen blir 1,2 miljoner kronor per år från 2030."
            ),
            [(Some(48_000_000), 40, 1_200_000)]
        );
        assert_eq!(
            found(
                "Avskrivningstiden är 20 år, vilket ger en årlig avskrivning på 250 000 kronor för ombyggnaden på 5 miljoner kronor."
            ),
            [(Some(5_000_000), 20, 250_000)]
        );
        assert_eq!(
            found(
                "Investeringen skrivs av på 40 år. Avskrivningen blir 1,2 miljoner kronor per år."
            ),
            [(None, 40, 1_200_000)]
        );
        for text in [
            "Investeringen på 48 miljoner kronor skrivs av på i genomsnitt 33 år. Avskrivningen blir 1,2 miljoner kronor per år.",
            "Byggnaden skrivs av på 50 år och inventarierna på 10 år. Avskrivningen blir 1,2 miljoner kronor per år.",
            "Investeringen på 48 miljoner kronor skrivs av på 40 år. Driftskostnaden blir 1,2 miljoner kronor per år.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
