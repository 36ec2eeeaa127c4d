//! A price per unit of measure and the sum it makes, with the measure told
//! in another sentence: "Fastigheten omfattar 12 400 kvm industrimark.
//! Priset är 350 kr/kvm, totalt 4 340 tkr."
//!
//! The price is a sum right before "/" or "per" and a unit of area, length,
//! weight or volume ("kvm", "kvadratmeter", "meter", "ton"); the sum it
//! makes is the next sum of its sentence, after a word of result
//! ("totalt", "sammanlagt", "alltså", "blir", "ger", or before the noun
//! the sum is said of: "vilket ger en årshyra på"). The measure is the one
//! value the sentence measures in that unit before the price ("Lokalen är
//! 1 500 kvm och hyran är 1 600 kr/kvm och år"), else the one value the
//! text measures in it ("12 400 kvm"). A price per unit and year ("kr/kvm
//! och år", a rent) makes a year's sum ("en årshyra på", "per år"); any
//! other price a sum that is no rate. Two different measures in the unit,
//! an approximate figure ("cirka"), or a price per two other units ("per
//! kvm i månaden") is not read.

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

/// The name [`PRICED_UNITS`] gives a unit written `written` ("kvm" →
/// "kvadratmeter"), in lower case.
pub(super) fn unit_name(written: &str) -> Option<&'static str> {
    PRICED_UNITS
        .iter()
        .find(|(unit, _)| *unit == written)
        .map(|(_, name)| *name)
}

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
    let priced: Vec<(usize, (&str, usize, bool))> = amounts
        .iter()
        .enumerate()
        .filter_map(|(at, amount)| Some((at, priced_per(text, amount.span.end)?)))
        .collect();
    if priced.is_empty() {
        return found;
    }
    let measures = super::measures::measure_figures(words);
    for (at, (unit, unit_end, per_year)) in priced {
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
            .filter(|m| m.span.end <= sentence.end && made_by_the_price(text, m.span.start))
            // A price per year makes a year's sum ("en årshyra på"), any
            // other a sum, not a rate.
            .filter(|m| {
                if per_year {
                    m.per == Some("år")
                } else {
                    !m.rate
                }
            })
        else {
            continue;
        };
        let Some(measure) = the_one_measure(&measures, unit, sentence, amount.span.start) else {
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
            divided: false,
        });
    }
    found
}

/// The unit a price is told per, right after its sum: "/kvm", "per
/// kvadratmeter", and per the unit and year ("kr/kvm och år", a rent);
/// not one per two other units ("per kvm i månaden"). With the unit's
/// name, where the unit ends, and whether the price is per year too.
fn priced_per(text: &str, end: usize) -> Option<(&'static str, usize, bool)> {
    let after = &text[end..super::floor_char_boundary(text, end + 40)];
    let rest = after
        .strip_prefix('/')
        .or_else(|| after.strip_prefix(" per "))?
        .trim_start();
    let word_end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '²'))
        .unwrap_or(rest.len());
    let (word, tail) = rest.split_at(word_end);
    let unit = unit_name(&lowercase(word))?;
    let unit_end = end + (after.len() - tail.len());
    let second = lowercase(tail.trim_start());
    if let Some(year) = ["och år", "och per år"]
        .iter()
        .find(|joint| second.starts_with(**joint))
        .filter(|joint| !second[joint.len()..].starts_with(char::is_alphanumeric))
    {
        let skipped = tail.len() - tail.trim_start().len() + year.len();
        return Some((unit, unit_end + skipped, true));
    }
    let per_two = ["och ", "i ", "per ", "/"]
        .iter()
        .any(|joint| second.starts_with(joint));
    (!per_two && !tail.starts_with('/')).then_some((unit, unit_end, false))
}

/// Whether the sum at `at` is what the price makes: a word of result
/// right before it ("totalt 4 340 tkr"), or before the noun it is said
/// of ("vilket ger en årshyra på 2 400 000 kr").
fn made_by_the_price(text: &str, at: usize) -> bool {
    said_right_before(text, at, &RESULT, 2)
        || (said_right_before(text, at, &["på", "om"], 1)
            && said_right_before(text, at, &RESULT, 4))
}

/// The one value measured in `unit` before the price (at `price`) in its
/// sentence ("Lokalen är 1 500 kvm och hyran är 1 600 kr/kvm"); else, when
/// the sentence measures nothing in the unit, the one value the text
/// measures in it.
fn the_one_measure<'m>(
    measures: &'m [Figure],
    unit: &str,
    sentence: &Span,
    price: usize,
) -> Option<&'m Figure> {
    let own: Vec<&Figure> = within(measures, sentence)
        .iter()
        .filter(|f| f.noun.as_deref() == Some(unit))
        .collect();
    match own.as_slice() {
        [] => the_one_in_unit(measures, unit),
        [one] if one.told.span.end <= price => Some(one),
        _ => None,
    }
}

/// The paper's one measure in `unit`: the first, when every measure in that
/// unit tells the same value.
pub(super) fn the_one_in_unit<'m>(measures: &'m [Figure], unit: &str) -> Option<&'m Figure> {
    let mut all = measures.iter().filter(|f| f.noun.as_deref() == Some(unit));
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
        // The area in the price's own sentence.
        assert_eq!(
            found(
                "Tomten är 2 000 kvadratmeter och priset blir 500 kronor per kvadratmeter, alltså 1 000 000 kronor."
            ),
            [(500, 2_000, 1_000_000)]
        );
        // A rent per square metre and year, and the year's rent it makes.
        assert_eq!(
            found(
                "Lokalen är 1 500 kvm och hyran är 1 600 kr/kvm och år, vilket ger en årshyra på 2 400 000 kr."
            ),
            [(1_600, 1_500, 2_400_000)]
        );
    }

    #[test]
    fn no_price_without_one_measure_and_a_total_after_it() {
        for text in [
            // Two areas: which is priced is unknown.
            "Fastigheten omfattar 12 400 kvm. Byggnaden är 2 100 kvm. Priset är 350 kr/kvm, totalt 4 340 tkr.",
            // A price per two units.
            "Lokalen är 1 400 kvm. Hyran är 1 500 kr/kvm i månaden, totalt 2,1 miljoner kronor.",
            // A rent per year made into a sum not said to be a year's.
            "Lokalen är 1 400 kvm. Hyran är 1 500 kr/kvm och år, totalt 2,1 miljoner kronor.",
            // Two areas in the price's own sentence.
            "Lokalen är 1 400 kvm och gården 600 kvm, och priset är 500 kr/kvm, totalt 1 000 000 kronor.",
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
