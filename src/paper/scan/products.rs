//! A count per a period, and that count over a number of the periods:
//! "Kommunens kök lagar 3 200 portioner per dag" and "Med 178 skoldagar
//! blir det 569 600 portioner per år".
//!
//! A rate is a count followed by "per dag", "om dagen", "i veckan" or
//! "varje månad" (see [`CountRate`]). A product is a sentence that takes a
//! number of such periods — a number and a noun that is the period's
//! plural or a compound of it ("178 skoldagar", "40 veckor") — and, after a
//! verb of result ("blir", "ger", "innebär", "motsvarar", "gör"), a count
//! of the same noun as a rate ("569 600 portioner"). The rate and the
//! product are read apart, since a paper tells the rate in one section and
//! the product in another; a rule pairs them by noun and period.

use super::breakdowns::{approximate, words_at};
use super::counts::CountMention;
use super::cues::lower_words;
use super::{Span, floor_char_boundary};
use crate::base::swedish::lowercase;

/// A count per a period: "3 200 portioner per dag".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountRate {
    /// From the number to the period.
    pub span: Span,
    pub count: u64,
    /// What is counted, as [`CountMention::thing`].
    pub thing: String,
    /// The period, in its base form: "dag", "vecka", "månad".
    pub per: &'static str,
}

/// A number of periods and the count they make: "Med 178 skoldagar blir
/// det 569 600 portioner".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    /// The number of periods, from the number to its noun.
    pub times: Span,
    pub times_value: u64,
    /// The count they make.
    pub result: Span,
    pub result_value: u64,
    pub thing: String,
    /// The period counted, in its base form.
    pub per: &'static str,
}

/// Periods: the forms after "per"/"varje", after "om"/"i", and the plural
/// a number of them is told in (ending a compound: "skoldagar").
const PERIODS: [(&str, &str, &str); 6] = [
    ("dag", "dagen", "dagar"),
    ("vecka", "veckan", "veckor"),
    ("månad", "månaden", "månader"),
    ("timme", "timmen", "timmar"),
    ("termin", "terminen", "terminer"),
    ("kväll", "kvällen", "kvällar"),
];

/// Verbs of result between the periods and the count they make.
const RESULT_VERBS: [&str; 9] = [
    "blir",
    "ger",
    "innebär",
    "motsvarar",
    "gör",
    "blev",
    "gav",
    "motsvarade",
    "innebar",
];

/// The longest word read between the periods and their count, in bytes.
const MAX_WORD_BYTES: usize = 24;

/// The most rates or products read in one text: a paper has a few.
const MAX_READ: usize = 200;

/// Counts per a period.
pub(super) fn find_count_rates(text: &str, counts: &[CountMention]) -> Vec<CountRate> {
    if !(text.contains("per ") || text.contains("om ") || text.contains("varje ")) {
        return Vec::new();
    }
    counts
        .iter()
        .filter(|c| !c.bound && !approximate(text, &c.span))
        .filter_map(|c| {
            let (per, end) = period_after(text, c.span.end)?;
            Some(CountRate {
                span: c.span.start..end,
                count: c.count,
                thing: c.thing.clone(),
                per,
            })
        })
        .take(MAX_READ)
        .collect()
}

/// The period right after a count ("per dag", "om dagen", "i veckan",
/// "varje månad") and where it ends.
fn period_after(text: &str, at: usize) -> Option<(&'static str, usize)> {
    let mut words = next_words(text, at);
    let (_, first) = words.next()?;
    let (end, second) = words.next()?;
    let first = lowercase(first);
    let second = lowercase(second);
    PERIODS.iter().find_map(|&(base, definite, _)| {
        let per = match &*first {
            "per" | "varje" => second == base,
            "om" | "i" => second == definite,
            _ => false,
        };
        per.then_some((base, end))
    })
}

/// The words after `at` with where each ends, up to a sentence's end.
fn next_words(text: &str, at: usize) -> impl Iterator<Item = (usize, &str)> {
    // Only the next few words are read: a sentence's end is looked for
    // within them, not in the rest of a long line (once quadratic).
    let rest = &text[at..];
    let near = &rest[..floor_char_boundary(rest, rest.len().min(40))];
    let end = at + near.find(['.', ';', '\n', ':']).unwrap_or(near.len());
    words_at(text, at..end).map(|(start, w)| (start + w.len(), w))
}

/// The products in each sentence that tells a number of periods and,
/// after a verb of result, a count.
pub(super) fn find_products(
    text: &str,
    sentences: &[Span],
    counts: &[CountMention],
) -> Vec<Product> {
    if !RESULT_VERBS.iter().any(|v| text.contains(v)) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for sentence in sentences {
        if found.len() >= MAX_READ {
            break;
        }
        let body = &text[sentence.clone()];
        if !RESULT_VERBS.iter().any(|v| body.contains(v)) {
            continue;
        }
        found.extend(product_in(text, sentence, counts));
    }
    found
}

/// The product one sentence tells, if any.
fn product_in(text: &str, sentence: &Span, counts: &[CountMention]) -> Option<Product> {
    let (times, times_value, per) = periods_in(text, sentence)?;
    let from = counts.partition_point(|c| c.span.start < times.end);
    let to = counts.partition_point(|c| c.span.start < sentence.end);
    let result = counts[from..to.max(from)].iter().find(|c| {
        // At most six words between (a few bytes each): the gap is not
        // read word by word for every later count of a long line.
        !c.bound
            && c.span.start - times.end <= 6 * MAX_WORD_BYTES
            && has_a_result_verb(&text[times.end..c.span.start])
            && period_after(text, c.span.end).is_none_or(|(p, _)| p != per)
    })?;
    if approximate(text, &result.span) {
        return None;
    }
    Some(Product {
        times,
        times_value,
        result: result.span.clone(),
        result_value: result.count,
        thing: result.thing.clone(),
        per,
    })
}

/// The first number of periods in a sentence: digits ("178", "1 200")
/// and a noun that is a period's plural or ends in it ("skoldagar").
fn periods_in(text: &str, sentence: &Span) -> Option<(Span, u64, &'static str)> {
    let body = &text[sentence.clone()];
    let mut at = 0;
    while let Some(offset) = body[at..].find(|c: char| c.is_ascii_digit()) {
        let start = at + offset;
        let digits_end = number_end(body, start);
        at = digits_end;
        // Part of a larger figure ("2026-01", "1,5"): not a count.
        if body[..start].ends_with(|c: char| c.is_alphanumeric() || c == ',' || c == '-') {
            continue;
        }
        let value: u64 = body[start..digits_end]
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .ok()?;
        let rest = &body[digits_end..];
        let noun_start = digits_end + (rest.len() - rest.trim_start().len());
        let noun: &str = body[noun_start..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let lower = lowercase(noun);
        if let Some(&(base, _, _)) = PERIODS
            .iter()
            .find(|(_, _, plural)| lower.ends_with(plural))
        {
            let s = sentence.start;
            return Some((s + start..s + noun_start + noun.len(), value, base));
        }
    }
    None
}

/// Where a number in digits ends, with its thousands grouped by spaces.
fn number_end(body: &str, start: usize) -> usize {
    let bytes = body.as_bytes();
    let mut end = start;
    while end < bytes.len() && bytes[end].is_ascii_digit() {
        end += 1;
    }
    // "1 200": a space and exactly three digits continue the number.
    while end + 4 <= bytes.len()
        && bytes[end] == b' '
        && bytes[end + 1..end + 4].iter().all(u8::is_ascii_digit)
        && bytes.get(end + 4).is_none_or(|b| !b.is_ascii_digit())
    {
        end += 4;
    }
    end
}

/// Whether the words between the periods and a count have a verb of
/// result, and no more than a few words.
fn has_a_result_verb(between: &str) -> bool {
    let words = lower_words(between);
    words.len() <= 6 && words.iter().any(|w| RESULT_VERBS.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_a_rate_and_a_product() {
        let scan = crate::paper::scan::scan(
            "Köken lagar 3 200 portioner per dag. Med 178 skoldagar blir det 569 600 portioner per år. Fritidsgården har 40 besökare om dagen.",
        );
        let rates: Vec<(u64, &str, &str)> = scan
            .count_rates
            .iter()
            .map(|r| (r.count, r.thing.as_str(), r.per))
            .collect();
        assert_eq!(
            rates,
            [(3_200, "portioner", "dag"), (40, "besökare", "dag")]
        );
        let products: Vec<(u64, u64, &str, &str)> = scan
            .products
            .iter()
            .map(|p| (p.times_value, p.result_value, p.thing.as_str(), p.per))
            .collect();
        assert_eq!(products, [(178, 569_600, "portioner", "dag")]);
    }

    #[test]
    fn a_period_is_looked_for_without_cutting_a_letter() {
        let text = "12 platser i förtroenderådens lokaler och 40 besökare per åååååååååååååååååååååååååååååå";
        let scan = crate::paper::scan::scan(text);
        assert!(scan.count_rates.is_empty());
    }

    #[test]
    fn leaves_approximate_counts_and_sentences_without_a_verb_of_result() {
        let scan = crate::paper::scan::scan(
            "Under 10 dagar i juni serverades 12 000 portioner. Med 178 skoldagar blir det drygt en halv miljon portioner. 40 veckor ger cirka 1 000 besök.",
        );
        assert!(scan.products.is_empty(), "{:?}", scan.products);
    }
}
