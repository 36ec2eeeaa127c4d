//! A price per unit of measure and the sum it makes, with the measure told
//! in another sentence: "Fastigheten omfattar 12 400 kvm industrimark.
//! Priset är 350 kr/kvm, totalt 4 340 tkr."
//!
//! The price is a sum right before "/" or "per" and a unit of area, length,
//! weight or volume ("kvm", "kvadratmeter", "meter", "ton"); the sum it
//! makes is the next sum of its sentence, after a word of result
//! ("totalt", "sammanlagt", "alltså", "blir", "ger"). The measure is the
//! one value the text measures in that unit ("12 400 kvm"), told outside
//! the sentence: the sentence's own measure is `unit_products`' to read.
//! Two different measures in the unit, an approximate figure ("cirka"), or
//! a price per two units ("per kvm och år") is not read.

use super::Span;
use super::amounts::AmountMention;
use super::breakdowns::{Figure, approximate, told_sum, within};
use super::counts::Word;
use super::cues::said_right_before;
use super::unit_products::UnitProduct;
use crate::base::swedish::lowercase;

/// A unit a price may be per, as written, and the name `measures` sums it by.
const PRICED_UNITS: [(&str, &str); 9] = [
    ("kvm", "kvadratmeter"),
    ("kvadratmeter", "kvadratmeter"),
    ("m2", "kvadratmeter"),
    ("m²", "kvadratmeter"),
    ("meter", "meter"),
    ("km", "kilometer"),
    ("kilometer", "kilometer"),
    ("ton", "ton"),
    ("hektar", "hektar"),
];

/// Words right before a sum that make it what the price makes.
const RESULT: [&str; 6] = [
    "totalt",
    "sammanlagt",
    "alltså",
    "blir",
    "ger",
    "tillsammans",
];

/// The most prices read in one text: a paper tells a few.
const MAX_READ: usize = 100;

pub(super) fn find_priced_measures(
    text: &str,
    sentences: &[Span],
    amounts: &[AmountMention],
    words: &[Word<'_>],
) -> Vec<UnitProduct> {
    let mut found = Vec::new();
    // Most papers price nothing per unit: the words are measured only
    // when one does.
    let priced: Vec<(usize, (&str, usize))> = amounts
        .iter()
        .enumerate()
        .filter_map(|(at, amount)| Some((at, priced_per(text, amount.span.end)?)))
        .collect();
    if priced.is_empty() {
        return found;
    }
    let measures = super::measures::measure_figures(words);
    for (at, (unit, unit_end)) in priced {
        if found.len() >= MAX_READ {
            break;
        }
        let amount = &amounts[at];
        let sentence_at = sentences.partition_point(|s| s.end <= amount.span.start);
        let Some(sentence) = sentences
            .get(sentence_at)
            .filter(|s| s.contains(&amount.span.start))
        else {
            continue;
        };
        let Some(made) = amounts[at + 1..]
            .first()
            .filter(|m| m.span.end <= sentence.end && !m.rate)
            .filter(|m| said_right_before(text, m.span.start, &RESULT, 2))
        else {
            continue;
        };
        let Some(measure) = the_one_measure(&measures, unit, sentence) else {
            continue;
        };
        let figures = [&amount.span, &made.span, &measure.told.span];
        if figures.iter().any(|span| approximate(text, span)) {
            continue;
        }
        let mut each = told_sum(text, amount);
        each.span.end = unit_end;
        found.push(UnitProduct {
            each,
            units: measure.told.clone(),
            result: told_sum(text, made),
            money: true,
            thing: None,
        });
    }
    found
}

/// The unit a price is told per, right after its sum: "/kvm", "per
/// kvadratmeter"; not one per two units ("per kvm och år"). With the
/// unit's name, where the unit ends.
fn priced_per(text: &str, end: usize) -> Option<(&'static str, usize)> {
    let after = &text[end..super::floor_char_boundary(text, end + 40)];
    let rest = after
        .strip_prefix('/')
        .or_else(|| after.strip_prefix(" per "))?
        .trim_start();
    let word_end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '²'))
        .unwrap_or(rest.len());
    let (word, tail) = rest.split_at(word_end);
    let unit = PRICED_UNITS
        .iter()
        .find(|(written, _)| *written == lowercase(word))
        .map(|(_, name)| *name)?;
    let second = lowercase(tail.trim_start());
    let per_two = ["och ", "i ", "per ", "/"]
        .iter()
        .any(|joint| second.starts_with(joint));
    let unit_end = end + (after.len() - tail.len());
    (!per_two && !tail.starts_with('/')).then_some((unit, unit_end))
}

/// The one value the text measures in `unit` outside `sentence`, when the
/// sentence measures nothing in it itself.
fn the_one_measure<'m>(measures: &'m [Figure], unit: &str, sentence: &Span) -> Option<&'m Figure> {
    let in_unit = |f: &&Figure| f.noun.as_deref() == Some(unit);
    if within(measures, sentence).iter().any(|f| in_unit(&f)) {
        return None;
    }
    let mut all = measures.iter().filter(in_unit);
    let first = all.next()?;
    all.all(|f| f.told.value == first.told.value)
        .then_some(first)
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn found(text: &str) -> Vec<(u64, u64, u64)> {
        scan(text)
            .unit_products
            .iter()
            .map(|p| (p.each.value, p.units.value, p.result.value))
            .collect()
    }

    #[test]
    fn a_price_per_square_metre_and_its_total_with_the_area_told_before() {
        assert_eq!(
            found(
                "Fastigheten omfattar 12 400 kvm industrimark. Priset är 350 kr/kvm, totalt 4 340 tkr."
            ),
            [(350, 12_400, 4_340_000)]
        );
        assert_eq!(
            found(
                "Tomten är 2 000 kvadratmeter. Priset blir 500 kronor per kvadratmeter, alltså 1 000 000 kronor."
            ),
            [(500, 2_000, 1_000_000)]
        );
    }

    #[test]
    fn no_price_without_one_measure_and_a_total_after_it() {
        for text in [
            // Two areas: which is priced is unknown.
            "Fastigheten omfattar 12 400 kvm. Byggnaden är 2 100 kvm. Priset är 350 kr/kvm, totalt 4 340 tkr.",
            // A price per two units.
            "Lokalen är 1 400 kvm. Hyran är 1 500 kr/kvm och år, totalt 2,1 miljoner kronor.",
            // No word of result.
            "Fastigheten omfattar 12 400 kvm. Priset är 350 kr/kvm och 4 340 tkr betalas i dag.",
            // An approximate total.
            "Fastigheten omfattar 12 400 kvm. Priset är 350 kr/kvm, totalt cirka 4,3 miljoner kronor.",
            // No measure in the unit.
            "Fastigheten omfattar 12 400 meter. Priset är 350 kr/kvm, totalt 4 340 tkr.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
