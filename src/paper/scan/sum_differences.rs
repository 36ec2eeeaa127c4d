//! A difference between two sums told with a comparative: "Årshyran på
//! 1 080 000 kronor är 230 000 kronor högre än hyran i Västerskolan,
//! 850 000 kronor", "… anbud är 9,3 mnkr per år … Det är 1,2 mnkr lägre än
//! dagens kostnad på 10,5 mnkr per år".
//!
//! The difference is a sum right before "högre", "lägre", "mer", "mindre",
//! "dyrare" or "billigare" and "än"; the sum compared with is the first sum
//! after "än" in the sentence, with at most a few words between; the sum
//! compared is the one sum before the difference in its sentence or, for a
//! sentence that opens "Det"/"Detta" with the difference, the one sum of
//! the sentence before at the same rate as the other ("per år"). An
//! approximate figure, or sums at different rates, is not read.

use super::Span;
use super::amounts::AmountMention;
use super::breakdowns::{Figure, Told, approximate, sum_figures, within};
use crate::base::swedish::lowercase;

/// Two sums and the difference the text tells between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SumDifference {
    /// "1,2 mnkr lägre".
    pub difference: Told,
    /// The sum compared: "9,3 mnkr per år" (the sentence's subject).
    pub compared: Told,
    /// The sum it is compared with, after "än": "10,5 mnkr per år".
    pub with: Told,
}

/// Comparatives a difference is told with.
const COMPARATIVES: [&str; 6] = ["högre", "lägre", "mer", "mindre", "dyrare", "billigare"];

/// The most words between "än" and the sum compared with ("dagens
/// kostnad på").
const MAX_WORDS_TO_SUM: usize = 5;

/// The most differences read in one text: a paper tells a few.
const MAX_READ: usize = 50;

pub(super) fn find_sum_differences(
    text: &str,
    sentences: &[Span],
    amounts: &[AmountMention],
) -> Vec<SumDifference> {
    let mut found = Vec::new();
    if !text.contains(" än ") {
        return found;
    }
    let sums = sum_figures(text, amounts);
    for (at, sentence) in sentences.iter().enumerate() {
        if found.len() >= MAX_READ {
            break;
        }
        let here = within(&sums, sentence);
        for (k, difference) in here.iter().enumerate() {
            let Some(with) = compared_with(text, difference, &here[k + 1..]) else {
                continue;
            };
            let compared = match &here[..k] {
                [one] => Some(one),
                [] if opens_with_it(text, sentence, difference) => at
                    .checked_sub(1)
                    .and_then(|before| one_at_rate(within(&sums, &sentences[before]), with.per)),
                _ => None,
            };
            let Some(compared) = compared else {
                continue;
            };
            let figures = [compared, difference, with];
            // Two rates of different periods compare nothing; a sum whose
            // period its noun alone tells ("Årshyran") compares with one
            // told without.
            let rates: Vec<&str> = figures.iter().filter_map(|f| f.per).collect();
            if figures.iter().any(|f| approximate(text, &f.told.span))
                || rates.windows(2).any(|pair| pair[0] != pair[1])
            {
                continue;
            }
            found.push(SumDifference {
                difference: difference.told.clone(),
                compared: compared.told.clone(),
                with: with.told.clone(),
            });
        }
    }
    found
}

/// The sum `difference` is told against: a comparative and "än" right
/// after it, then within a few words the first of `after`.
fn compared_with<'f>(text: &str, difference: &Figure, after: &'f [Figure]) -> Option<&'f Figure> {
    let with = after.first()?;
    let between = &text[difference.told.span.end..with.told.span.start];
    let mut words = between
        .split_whitespace()
        .map(|w| lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())).into_owned())
        .skip_while(|w| w == "per" || w == "år" || w == "om" || w == "året");
    let comparative = words.next()?;
    if !COMPARATIVES.contains(&comparative.as_str()) || words.next()? != "än" {
        return None;
    }
    (words.count() <= MAX_WORDS_TO_SUM).then_some(with)
}

/// Whether the sentence opens "Det" or "Detta" and a verb, and then the
/// difference: "Det är 1,2 mnkr lägre än …".
fn opens_with_it(text: &str, sentence: &Span, difference: &Figure) -> bool {
    let lead = &text[sentence.start..difference.told.span.start];
    let words: Vec<String> = lead
        .split_whitespace()
        .map(|w| lowercase(w).into_owned())
        .collect();
    matches!(words.as_slice(), [it, verb] if (it == "det" || it == "detta") && matches!(verb.as_str(), "är" | "blir" | "var"))
}

/// The one sum of `figures` at the rate `per`.
fn one_at_rate<'f>(figures: &'f [Figure], per: Option<&'static str>) -> Option<&'f Figure> {
    let mut at_rate = figures.iter().filter(|f| f.per == per);
    let one = at_rate.next()?;
    at_rate.next().is_none().then_some(one)
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn found(text: &str) -> Vec<(u64, u64, u64)> {
        scan(text)
            .sum_differences
            .iter()
            .map(|d| (d.compared.value, d.difference.value, d.with.value))
            .collect()
    }

    #[test]
    fn a_difference_between_two_sums() {
        assert_eq!(
            found(
                "Årshyran på 1 080 000 kronor är 230 000 kronor högre än hyran i Västerskolan, 850 000 kronor."
            ),
            [(1_080_000, 230_000, 850_000)]
        );
        assert_eq!(
            found(
                "Anbudet är 9,3 mnkr per år, totalt 27,9 mnkr för avtalsperioden. Det är 1,2 mnkr lägre än dagens kostnad på 10,5 mnkr per år."
            ),
            [(9_300_000, 1_200_000, 10_500_000)]
        );
    }

    #[test]
    fn no_difference_without_one_sum_to_compare() {
        for text in [
            // Two sums at the rate before "Det".
            "Anbudet är 9,3 mnkr per år och optionen 0,4 mnkr per år. Det är 1,2 mnkr lägre än dagens kostnad på 10,5 mnkr per år.",
            // Approximate.
            "Anbudet är 9,3 mnkr per år. Det är cirka 1,2 mnkr lägre än dagens kostnad på 10,5 mnkr per år.",
            // No comparative.
            "Anbudet är 9,3 mnkr per år. Det är 1,2 mnkr av dagens kostnad på 10,5 mnkr per år.",
            // A sum at another rate.
            "Anbudet är 27,9 mnkr. Det är 1,2 mnkr lägre än dagens kostnad på 10,5 mnkr per år.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
