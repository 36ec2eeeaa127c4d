//! A part of a counted whole: "540 ungdomar sökte och 290 av dem fick en
//! plats", "290 av de 540 sökande", "540 ansökningar, varav 290 beviljades",
//! "Av de 64 barnen var 38 flickor" (the whole first, at a sentence's start).
//! The whole is the number after "av de", "av totalt" or "av", or the
//! count before "varav"; after "av dem" or "av dessa" it is a count
//! earlier in the same sentence, the largest (whichever "dem" is, a part
//! larger than every count before it is larger than its whole).

use std::sync::LazyLock;

use super::counts::{CountMention, NOT_COUNTED};
use super::plain::{Plain, tuned};
use super::{Span, floor_char_boundary};

/// A number told as a part of another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartOf {
    /// The part's number.
    pub span: Span,
    pub part: u64,
    pub whole: u64,
    pub whole_span: Span,
}

// Few sentences tell a part: VARAV and WHOLE_FIRST are compiled where first
// used, after a cheap test of the text. PART's test (" av ") passes in most
// papers (61 of the 68 real papers and the example cases): it is compiled
// ahead (`compile_patterns`).
static PART: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)\b(\d{1,3}(?:[ \x{a0}]\d{3})+|\d{1,6})\s+av\s+(?:(?:(?:de|dessa|totalt|sammanlagt|samtliga|alla)\s+)?(\d{1,3}(?:[ \x{a0}]\d{3})+|\d{1,6})\s+\p{L}|(?:dem|dessa)\b)",
    )
});

static VARAV: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"(?i),?\s+varav\s+(\d{1,3}(?:[ \x{a0}]\d{3})+|\d{1,6})\b"));

/// "Av de 64 barnen var 38 flickor", "Av dessa 47 föreningar var 29
/// idrottsföreningar", "Av 1 200 elever åker 420 skolskjuts": a sentence that starts with its whole ("Av", a count and its noun) and
/// tells the part within three words after it.
static WHOLE_FIRST: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?:^|[.!?\n]\s*)Av\s+(?:(?:de|dessa|totalt|sammanlagt|samtliga|alla)\s+)?(\d{1,3}(?:[ \x{a0}]\d{3})+|\d{1,6})\s+\p{L}+(?:\s+\p{L}+){0,3}?\s+(\d{1,3}(?:[ \x{a0}]\d{3})+|\d{1,6})\b",
    )
});

/// How far before ", varav" the whole's count may end.
const VARAV_REACH: usize = 60;

/// How far back a sentence's counts are looked for before "av dem".
const SENTENCE_REACH: usize = 300;

pub(super) fn find_parts(text: &str, counts: &[CountMention]) -> Vec<PartOf> {
    let mut parts = Vec::new();
    if text.contains(" av ") {
        parts.extend(PART.captures_iter(text).filter_map(|c| {
            let number = c.get(1)?;
            if is_a_year(number.as_str()) {
                return None; // "budgeten för 2026 av totalt 12 miljoner"
            }
            let part = value(number.as_str())?;
            // A whole told after "av", else the count "av dem" refers to.
            let (whole, whole_span) = match c.get(2) {
                Some(whole) if !counts_things(&text[whole.end()..]) => return None,
                Some(whole) => (value(whole.as_str())?, whole.start()..whole.end()),
                None => largest_count_before(text, counts, number.start())?,
            };
            Some(PartOf {
                span: number.start()..number.end(),
                part,
                whole,
                whole_span,
            })
        }));
    }
    if text.contains("Av ") {
        parts.extend(WHOLE_FIRST.captures_iter(text).filter_map(|c| {
            let (whole, number) = (c.get(1)?, c.get(2)?);
            if is_a_year(whole.as_str())
                || is_a_year(number.as_str())
                || !counts_things(&text[whole.end()..])
                || !counts_things(&text[number.end()..])
            {
                return None;
            }
            Some(PartOf {
                span: number.start()..number.end(),
                part: value(number.as_str())?,
                whole: value(whole.as_str())?,
                whole_span: whole.start()..whole.end(),
            })
        }));
    }
    if text.contains("varav") {
        parts.extend(VARAV.captures_iter(text).filter_map(|c| {
            let whole_at = c.get(0)?.start();
            // The count ending right before ", varav", found by a binary
            // search: a text of thousands of them stays linear.
            let before = counts.partition_point(|count| count.span.start < whole_at);
            // Its clause may qualify it: "54 ansökningar från
            // arbetsgivare, varav 59 …"; a number in it is what "varav"
            // divides ("De 12 skolorna fick 1 240 000 kronor, varav …").
            let whole = counts[..before].last().filter(|count| {
                let between = &text[count.span.end.min(whole_at)..whole_at];
                count.span.end <= whole_at
                    && whole_at - count.span.end <= VARAV_REACH
                    && !between.contains(['.', ',', ';', ':', '!', '?', '\n'])
                    && !between.bytes().any(|b| b.is_ascii_digit())
            })?;
            let number = c.get(1)?;
            // "12 platser, varav 60 procent …" is a share, not a count.
            if is_a_year(number.as_str()) || !counts_things(&text[number.end()..]) {
                return None;
            }
            Some(PartOf {
                span: number.start()..number.end(),
                part: value(number.as_str())?,
                whole: whole.count,
                whole_span: whole.span.clone(),
            })
        }));
    }
    parts.sort_by_key(|p| p.span.start);
    parts
}

/// The largest count before `at` in its sentence: the whole "av dem" is a
/// part of, or larger.
fn largest_count_before(text: &str, counts: &[CountMention], at: usize) -> Option<(u64, Span)> {
    let window = floor_char_boundary(text, at.saturating_sub(SENTENCE_REACH));
    let sentence_start = text[window..at]
        .rfind(['.', '!', '?', ';', '\n'])
        .map_or(window, |i| window + i + 1);
    let first = counts.partition_point(|c| c.span.start < sentence_start);
    counts[first..]
        .iter()
        .take_while(|c| c.span.end <= at)
        .filter(|c| !c.bound)
        .max_by_key(|c| c.count)
        .map(|c| (c.count, c.span.clone()))
}

/// A year rather than a number of things: "2026".
pub(super) fn is_a_year(number: &str) -> bool {
    number.len() == 4 && (number.starts_with("19") || number.starts_with("20"))
}

/// Whether the word after a whole counts things: not "12 miljoner", "40
/// procent", "5 år".
fn counts_things(after: &str) -> bool {
    let word: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    !NOT_COUNTED.contains(&word.as_str())
}

fn value(digits: &str) -> Option<u64> {
    digits
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .ok()
}

/// Compiles this module's patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    PART.compile_now();
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn parts(text: &str) -> Vec<(u64, u64)> {
        scan(text).parts.iter().map(|p| (p.part, p.whole)).collect()
    }

    #[test]
    fn parts_and_their_wholes() {
        assert_eq!(
            parts("Sommaren 2026 sökte 540 ungdomar och 290 av dem fick en plats."),
            [(290, 540)]
        );
        assert_eq!(
            parts("Det kom in 14 anbud. Tre av dessa uppfyllde kraven."),
            []
        );
        assert_eq!(
            parts("Av 1 200 elever åker 420 skolskjuts, och 300 av de 420 eleverna åker buss."),
            [(420, 1200), (300, 420)]
        );
        // The whole first, at a sentence's start.
        assert_eq!(parts("Av de 64 barnen var 38 flickor."), [(38, 64)]);
        assert_eq!(
            parts("Av dessa 47 föreningar var 29 idrottsföreningar."),
            [(29, 47)]
        );
        assert_eq!(
            parts("29 av dessa 47 föreningar är idrottsföreningar."),
            [(29, 47)]
        );
        assert_eq!(
            parts("Under 2026 deltog 64 barn. Av de 64 barnen i grupperna var 68 flickor."),
            [(68, 64)]
        );
        assert_eq!(parts("Av de 64 barnen var 10 procent flickor."), []);
        assert_eq!(parts("Av 2 000 kronor går 500 till hyran."), []);
        assert_eq!(parts("Av de 64 barnen var 38 flickor 2026."), [(38, 64)]);
        assert_eq!(parts("Antalet ökade av 12 platser till 40 platser."), []);
        assert_eq!(parts("Av barnen var 38 flickor."), []);
        assert_eq!(
            parts("Nämnden fick 540 ansökningar, varav 290 beviljades."),
            [(290, 540)]
        );
        assert_eq!(
            parts("Nämnden fick 540 ansökningar från arbetsgivare, varav 290 beviljades."),
            [(290, 540)]
        );
        // A share or a sum after "varav" is no count.
        assert_eq!(parts("Det finns 12 platser, varav 60 procent är nya."), []);
        assert_eq!(parts("Det finns 12 platser, varav 2026 års nya."), []);
        // A sum between the count and "varav" is what it divides.
        assert_eq!(
            parts("De 12 skolorna fick 1 240 000 kronor, varav 860 000 i Ekby."),
            []
        );
        // Another clause between: no whole.
        assert_eq!(
            parts("Det finns 540 platser, i år fler än förut, varav 290 är nya."),
            []
        );
        // No count before "av dem" in its sentence: no whole.
        assert_eq!(
            parts("Kommunen har 40 anställda. Under året slutade 6 av dem."),
            []
        );
        assert_eq!(parts("Betyget blev 4 av 5 möjliga."), [(4, 5)]);
        // Years and measures are no parts and wholes.
        assert_eq!(parts("Anslaget för 2026 av totalt 12 miljoner kronor."), []);
        assert_eq!(parts("Kostnaden är 45 av 40 procent."), []);
        // Thousands with and without a space.
        assert_eq!(
            parts(
                "Under 2007 var 300 av de 2200 besöken och 1 300 av de 2 200 besöken avgiftsfria."
            ),
            [(300, 2200), (1300, 2200)]
        );
    }
}
