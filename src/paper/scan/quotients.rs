//! A sum per unit told as a whole divided by the units: "Hyran motsvarar
//! 30 000 kr per plats och år" (a rent of 2 400 000 kr a year for 80
//! places), "… sammanlagt 800 tkr. Det motsvarar 400 kronor per barn"
//! (2 000 children).
//!
//! The sum per unit comes right after "motsvarar" or "innebär" (or ", i
//! genomsnitt", which refers back as ", vilket motsvarar" does), and then
//! "per" and the unit in the singular, as `unit_products` reads it, or a
//! participle before it ("per deltagande barn"); "och år" after the unit
//! makes it a year's ("per plats och år"). The whole is what the verb's
//! subject refers to: for "Det", "Detta" or ", vilket" the last sum before
//! the verb in its sentence, else in the sentence right before; for a
//! definite noun of money ("Hyran", "Kostnaden") the one value the text
//! gives sums of that noun in (a year's when the sum per unit is). The
//! units are the one count the text gives of the unit's plural ("80
//! platser"), or the one measure in it ("62 000 kvadratmeter"). An
//! approximate figure, a period for a unit ("per år"), a second unit of
//! another kind ("per plats i månaden"), or a whole or units told with
//! two values is not read.

use super::amounts::{AmountMention, money_noun};
use super::breakdowns::{Figure, Told, approximate, told_sum};
use super::counts::CountMention;
use super::unit_products::{PERIODS, UnitProduct, plural_of};
use super::{Span, floor_char_boundary};
use crate::base::swedish::lowercase;

/// Verbs right before a sum per unit that make it a whole divided.
const DIVIDES: [&str; 2] = ["motsvarar", "innebär"];

/// Nouns of an average after "i", in an apposition to a sum: "…, i
/// genomsnitt 590 000 kronor per tjänst".
const AVERAGE: [&str; 2] = ["genomsnitt", "snitt"];

/// Subjects that refer to a sum told before: the sentence's own last one
/// (", vilket motsvarar"), else the sentence before's ("Det motsvarar").
const REFERS_BACK: [&str; 3] = ["det", "detta", "vilket"];

/// The most sums per unit looked at in one text: a paper tells one or
/// two, and each is held against all the text's sums and counts.
const MAX_TRIED: usize = 20;

/// Run over the whole paper (`text`, the source the spans point into): the
/// whole, the units and the sum per unit are often in three sections.
pub(super) fn find_quotients(
    text: &str,
    sentences: &[Span],
    amounts: &[AmountMention],
    counts: &[CountMention],
) -> Vec<UnitProduct> {
    if !DIVIDES
        .iter()
        .chain(&AVERAGE)
        .any(|verb| text.contains(verb))
    {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut measures: Option<Vec<Figure>> = None;
    let mut tried = 0;
    for (at, each) in amounts.iter().enumerate() {
        let Some(subject) = subject_of_the_verb(text, each.span.start) else {
            continue;
        };
        let Some((unit, unit_end, per_year)) = per_unit(text, each.span.end) else {
            continue;
        };
        tried += 1;
        if tried > MAX_TRIED {
            break;
        }
        let sentence_at = sentences.partition_point(|s| s.end <= each.span.start);
        if !sentences
            .get(sentence_at)
            .is_some_and(|s| s.contains(&each.span.start))
        {
            continue;
        }
        let whole = if REFERS_BACK.contains(&subject.as_str()) {
            referred_sum(amounts, at, sentences, sentence_at, &subject)
        } else {
            named_sum(amounts, at, &subject, per_year)
        };
        // A month's sum is no year's: "90 000 kronor per månad, vilket
        // motsvarar 1 688 kronor per kvadratmeter och år" is told twelvefold.
        let Some(whole) = whole.filter(|w| !(per_year && w.rate && w.per != Some("år"))) else {
            continue;
        };
        let units = match super::priced_measures::unit_name(&unit) {
            Some(name) => {
                // The paper's words are listed only for a sum per measure.
                let measures = measures.get_or_insert_with(|| {
                    super::measures::measure_figures(&super::counts::words(text))
                });
                super::priced_measures::the_one_in_unit(measures, name).map(|f| f.told.clone())
            }
            None => the_one_count(counts, &unit),
        };
        let Some(units) = units else {
            continue;
        };
        if [&each.span, &whole.span, &units.span]
            .iter()
            .any(|span| approximate(text, span))
        {
            continue;
        }
        let mut told_each = told_sum(text, each);
        told_each.span.end = unit_end;
        found.push(UnitProduct {
            each: told_each,
            units,
            result: told_sum(text, whole),
            money: true,
            thing: None,
            divided: true,
        });
    }
    found
}

/// The subject of "motsvarar"/"innebär" right before the sum at `at`, in
/// lower case: "hyran", "det", "vilket".
fn subject_of_the_verb(text: &str, at: usize) -> Option<String> {
    let before = &text[floor_char_boundary(text, at.saturating_sub(60))..at];
    let mut words = before.split_whitespace().rev();
    let verb = lowercase(words.next()?).into_owned();
    // ", i genomsnitt 590 000 kronor per tjänst": the sentence's sum before
    // it, divided, as after ", vilket motsvarar".
    if AVERAGE.contains(&verb.as_str()) {
        let apposition = words.next() == Some("i") && words.next()?.ends_with(',');
        return apposition.then(|| "vilket".to_owned());
    }
    if !DIVIDES.contains(&verb.as_str()) {
        return None;
    }
    let subject = words.next()?.trim_start_matches([',', '(']);
    Some(lowercase(subject).into_owned())
}

/// The unit after a sum ("per plats", "per deltagande barn", "per
/// kvadratmeter"): the unit in lower case, where it ends, and whether the
/// sum is per the unit and year ("per plats och år").
fn per_unit(text: &str, end: usize) -> Option<(String, usize, bool)> {
    let after = &text[end..floor_char_boundary(text, end + 60)];
    let rest = after.strip_prefix(" per ")?;
    let mut words = rest.split(' ');
    let mut unit = words.next()?;
    let mut taken = unit.len();
    // A participle before the noun: "per deltagande barn".
    if unit.ends_with("ande") || unit.ends_with("ende") {
        let noun = words.next()?;
        taken += 1 + noun.len();
        unit = noun;
    }
    let bare = unit.trim_end_matches(|c: char| !c.is_alphanumeric());
    taken -= unit.len() - bare.len();
    let unit = lowercase(bare).into_owned();
    if unit.is_empty() || PERIODS.contains(&unit.as_str()) {
        return None;
    }
    let unit_end = end + " per ".len() + taken;
    let tail = &text[unit_end..floor_char_boundary(text, unit_end + 20)];
    if let Some(rest) = tail.strip_prefix(" och år") {
        if rest.starts_with(char::is_alphanumeric) {
            return None;
        }
        return Some((unit, unit_end + " och år".len(), true));
    }
    let second = ["och ", "i ", "om ", "per ", "/"]
        .iter()
        .any(|joint| tail.trim_start().starts_with(joint));
    (!second).then_some((unit, unit_end, false))
}

/// The sum "Det", "Detta" or ", vilket" refers to: for "vilket" the last
/// sum before `at` in its sentence; for the others the last sum of the
/// sentence before, no rate.
fn referred_sum<'a>(
    amounts: &'a [AmountMention],
    at: usize,
    sentences: &[Span],
    sentence_at: usize,
    subject: &str,
) -> Option<&'a AmountMention> {
    let sentence = &sentences[sentence_at];
    let told_in = if subject == "vilket" {
        sentence.clone()
    } else {
        sentences.get(sentence_at.checked_sub(1)?)?.clone()
    };
    amounts[..at]
        .iter()
        .rev()
        .take_while(|a| a.span.start >= told_in.start)
        .find(|a| a.span.end <= told_in.end.min(amounts[at].span.start))
        // A year's or a month's sum divides into a year's or month's per
        // unit ("2 360 000 kronor per år, i genomsnitt 590 000 kronor per
        // tjänst"); a rate per anything else does not.
        .filter(|a| !a.rate || a.per.is_some())
}

/// The one value the text gives sums of the money noun `subject` names
/// ("hyran" → every sum of rent), a year's sums when `per_year`; none when
/// they differ or the noun names no money.
fn named_sum<'a>(
    amounts: &'a [AmountMention],
    at: usize,
    subject: &str,
    per_year: bool,
) -> Option<&'a AmountMention> {
    let noun = money_noun(subject)?;
    let mut sums = amounts
        .iter()
        .enumerate()
        .filter(|(i, a)| *i != at && a.thing == Some(noun))
        .map(|(_, a)| a)
        .filter(|a| {
            if per_year {
                a.per == Some("år")
            } else {
                !a.rate
            }
        });
    let first = sums.next()?;
    sums.all(|a| a.kronor == first.kronor).then_some(first)
}

/// The one count the text gives of `unit`'s plural ("80 platser" for
/// "plats"), told the same wherever it is told.
fn the_one_count(counts: &[CountMention], unit: &str) -> Option<Told> {
    let mut of_the_unit = counts
        .iter()
        .filter(|c| !c.bound && plural_of(&c.thing, unit));
    let first = of_the_unit.next()?;
    of_the_unit
        .all(|c| c.count == first.count)
        .then(|| Told::exact(first.span.clone(), first.count))
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn found(text: &str) -> Vec<(u64, u64, u64)> {
        let mut scanned = scan(text);
        scanned.find_quotients(text);
        scanned
            .unit_products
            .iter()
            .filter(|p| p.divided)
            .map(|p| (p.each.value, p.units.value, p.result.value))
            .collect()
    }

    #[test]
    fn a_sum_per_unit_is_a_whole_divided_by_the_units() {
        assert_eq!(
            found(
                "Förskolan har 80 platser. Årshyran är 2 400 000 kr. Hyran motsvarar 30 000 kr per plats och år."
            ),
            [(30_000, 80, 2_400_000)]
        );
        assert_eq!(
            found(
                "Förvaltningen räknar med att 2 000 barn deltar. Kostnaden blir sammanlagt 800 000 kronor. Det motsvarar 400 kronor per deltagande barn."
            ),
            [(400, 2_000, 800_000)]
        );
        assert_eq!(
            found(
                "Lokalvården omfattar 62 000 kvadratmeter. Priset är 9 300 000 kronor, vilket motsvarar 150 kronor per kvadratmeter."
            ),
            [(150, 62_000, 9_300_000)]
        );
        assert_eq!(
            found(
                "Teamet bemannas med fyra tjänster. Lönekostnaden är 2 360 000 kronor per år, i genomsnitt 590 000 kronor per tjänst."
            ),
            [(590_000, 4, 2_360_000)]
        );
        // An average of something else, with no sum before it in its sentence.
        assert!(
            found("Teamet har fyra tjänster. Lönen är i genomsnitt 590 000 kronor per tjänst.")
                .is_empty()
        );
    }

    #[test]
    fn no_quotient_without_one_whole_and_one_count() {
        for text in [
            // Two counts of the unit.
            "Förskolan har 80 platser och i dag 60 platser. Årshyran är 2 400 000 kr. Hyran motsvarar 30 000 kr per plats och år.",
            // Two rents.
            "Förskolan har 80 platser. Årshyran är 2 400 000 kr. Dagens årshyra är 1 900 000 kr. Hyran motsvarar 30 000 kr per plats och år.",
            // A rent per year against no year's rent.
            "Förskolan har 80 platser. Hyran är 2 400 000 kr. Hyran motsvarar 30 000 kr per plats och år.",
            // A period for a unit.
            "Kostnaden blir 800 000 kronor. Det motsvarar 400 000 kronor per år.",
            // An approximate sum per unit.
            "Förskolan har 80 platser. Årshyran är 2 400 000 kr. Hyran motsvarar cirka 30 000 kr per plats och år.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
