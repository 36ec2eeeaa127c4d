//! A number of units, a count or a sum for each, and what they make, in one
//! sentence: "en flygel i tre våningar med åtta lägenheter per våning,
//! alltså 24 lägenheter", "tre kulturstipendier om 20 000 kronor vardera,
//! totalt 60 000 kronor", "Med 120 deltagare och 500 kronor per deltagare
//! blir det 60 000 kronor".
//!
//! The unit is found by its form, not from a list: the noun after "per" in
//! the singular ("våning", "deltagare", "plats") and a count of its plural
//! in the sentence ("tre våningar", "120 deltagare", "24 platser"); or, after
//! "vardera" or "styck", the things counted right before the figure ("tre
//! kulturstipendier om 20 000 kronor vardera"). What they make is the next
//! figure of the same kind after both, with a word of result right before
//! it ("alltså", "totalt", "sammanlagt", "blir", "ger"). A period after
//! "per" ("per dag", "per år") is a rate over time (`products`, a yearly
//! sum), not a unit; a figure per two units ("per plats och år"), an
//! approximate one ("cirka"), an average ("i genomsnitt") and a sum in
//! kronor and öre are not read.

use super::Span;
use super::amounts::AmountMention;
use super::breakdowns::{Figure, Told, approximate, count_figures, told_sum, within};
use super::counts::{CountMention, same_counted};
use super::cues::{lower_words, said_right_before};
use crate::base::swedish::lowercase;

/// A figure for each unit, the units, and what the sentence says they make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitProduct {
    /// "åtta lägenheter per våning", "20 000 kronor vardera".
    pub each: Told,
    /// "tre våningar".
    pub units: Told,
    /// "24 lägenheter", "60 000 kronor".
    pub result: Told,
    /// Sums of money, not counts.
    pub money: bool,
    /// What a count per unit counts, as [`CountMention::thing`].
    pub thing: Option<String>,
    /// The figure for each is told as `result` divided by the units
    /// ("Hyran motsvarar 30 000 kr per plats"), not `result` as their
    /// product: the figure for each is the one to check.
    pub divided: bool,
}

/// Nouns of time after "per": a rate over time, not a unit.
pub(super) const PERIODS: [&str; 14] = [
    "dag", "dygn", "vecka", "månad", "år", "kvartal", "termin", "timme", "minut", "kväll", "natt",
    "läsår", "säsong", "gång",
];

/// Words after the unit that make the figure one per two units ("per plats
/// och år", "per elev i månaden").
const SECOND_UNIT: [&str; 6] = ["och", "i", "om", "per", "samt", "varje"];

/// Words right before a figure that make it what the others make.
const RESULT: [&str; 12] = [
    "alltså",
    "totalt",
    "sammanlagt",
    "tillsammans",
    "blir",
    "ger",
    "innebär",
    "motsvarar",
    "gör",
    "dvs",
    "säga",
    "sammantaget",
];

/// Words that make the figure for each unit an average or a bound.
const NOT_EXACT: [&str; 7] = [
    "genomsnitt",
    "snitt",
    "genomsnittligt",
    "medeltal",
    "upp",
    "högst",
    "minst",
];

/// The most products read in one text: a paper has a few.
const MAX_READ: usize = 200;

/// The most figures a sentence with a product may hold.
const MAX_FIGURES: usize = 40;

/// The products told in each sentence with "per", "vardera" or "styck".
pub(super) fn find_unit_products(
    text: &str,
    sentences: &[Span],
    amounts: &[AmountMention],
    counts: &[CountMention],
) -> Vec<UnitProduct> {
    if !(text.contains("per ")
        || text.contains("vardera")
        || text.contains("styck")
        || text.contains("arje "))
    {
        return Vec::new();
    }
    // Every sum, a rate too: "500 kronor per deltagare" is one.
    let sums: Vec<Figure> = amounts
        .iter()
        .map(|a| Figure {
            told: told_sum(text, a),
            per: a.per,
            noun: None,
        })
        .collect();
    let numbers = count_figures(counts, amounts);
    let mut found = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        if found.len() >= MAX_READ {
            break;
        }
        // One figure for each: two ("500 kronor per deltagare och 300
        // kronor per ledare") may make one sum together.
        if figures_for_each_in(text, sentence) != Some(1) {
            continue;
        }
        let read = |span: &Span| {
            let (sums, numbers) = (within(&sums, span), within(&numbers, span));
            // Each figure looks through the sentence's others: a hostile
            // sentence of thousands of figures is no product anyone reads.
            if sums.len() + numbers.len() > MAX_FIGURES {
                return None;
            }
            product_in(text, span, sums, numbers)
        };
        // The units and what they make may come in the next sentence:
        // "Extra turer kostar 9 800 kronor per tur. Entreprenören kör 12
        // extra turer, totalt 117 600 kronor."
        let next = sentences
            .get(i + 1)
            .filter(|next| figures_for_each_in(text, next).is_none());
        // Only when the next sentence counts the units: a total there of
        // units counted before ("Tre stipendier om 20 000 kronor vardera
        // delas ut. Totalt 80 000 kronor finns i budgeten.") is another sum.
        let product = read(sentence).or_else(|| {
            let next = next?;
            read(&(sentence.start..next.end)).filter(|p| p.units.span.start >= next.start)
        });
        // Or in the sentence before, for a count "i varje lokal": "Röstning
        // kan ske i fem lokaler. Varje lokal bemannas av två röstmottagare,
        // totalt tio röstmottagare."
        let before = i
            .checked_sub(1)
            .map(|j| &sentences[j])
            .filter(|before| figures_for_each_in(text, before).is_none());
        let product = product.or_else(|| {
            let before = before?;
            read(&(before.start..sentence.end)).filter(|p| p.units.span.end <= sentence.start)
        });
        found.extend(product);
    }
    found
}

/// How many figures a sentence tells for each unit, `None` for a sentence
/// with no word of them.
fn figures_for_each_in(text: &str, sentence: &Span) -> Option<usize> {
    let body = &text[sentence.clone()];
    let cued = body.contains("per ")
        || body.contains("vardera")
        || body.contains("styck")
        || body.contains("arje ");
    cued.then(|| figures_for_each(body))
}

/// How many figures a sentence tells for each unit: its words "per",
/// "vardera" and "styck" ("per styck" once), whole words ("köper" is none).
fn figures_for_each(body: &str) -> usize {
    let words = lower_words(body);
    let mut told = 0;
    for (i, word) in words.iter().enumerate() {
        let per_styck = word == "styck" && i > 0 && words[i - 1] == "per";
        if matches!(word.as_str(), "per" | "vardera" | "styck" | "varje") && !per_styck {
            told += 1;
        }
    }
    told
}

/// The first product a sentence tells, sums before counts.
fn product_in(
    text: &str,
    sentence: &Span,
    sums: &[Figure],
    numbers: &[Figure],
) -> Option<UnitProduct> {
    let of_money = sums.iter().filter(|s| exact_kronor(text, &s.told));
    let of_things = numbers.iter();
    let mut told_for_each = of_money
        .map(|f| (f, true))
        .chain(of_things.map(|f| (f, false)))
        .filter_map(|(each, money)| {
            let exact = !approximate(text, &each.told.span)
                && !said_right_before(text, each.told.span.start, &NOT_EXACT, 3);
            let (units, each_end) = units_of(text, sentence, each, numbers)
                .or_else(|| units_of_each(text, sentence, each, numbers))
                .filter(|_| exact)?;
            Some((each, money, units, each_end))
        });
    let (each, money, units, each_end) = told_for_each.next()?;
    let kind = if money { sums } else { numbers };
    let after = each_end.max(units.told.span.end);
    let result = result_after(text, after, kind, each)?;
    Some(UnitProduct {
        each: Told {
            span: each.told.span.start..each_end,
            ..each.told.clone()
        },
        units: units.told.clone(),
        result: result.told.clone(),
        money,
        thing: each.noun.clone(),
        divided: false,
    })
}

/// The units a figure is told for, and where its "per …" or "vardera"
/// ends: the one count of the plural of the noun after "per" in the
/// sentence, or the count right before a figure "vardera"/"styck".
fn units_of<'f>(
    text: &str,
    sentence: &Span,
    each: &Figure,
    numbers: &'f [Figure],
) -> Option<(&'f Figure, usize)> {
    let end = each.told.span.end;
    let after = text.get(end..sentence.end)?;
    let words: Vec<(usize, &str)> = super::breakdowns::words_at(text, end..sentence.end)
        .take(3)
        .collect();
    let first = lowercase(words.first()?.1);
    let adjoining = after.trim_start().starts_with(words.first()?.1);
    if !adjoining {
        return None;
    }
    match &*first {
        "vardera" | "styck" => {
            let word_end = words[0].0 + words[0].1.len();
            counted_right_before(text, each, numbers).map(|units| (units, word_end))
        }
        "per" => {
            let (start, unit) = *words.get(1)?;
            let unit = lowercase(unit);
            let closes = words
                .get(2)
                .is_none_or(|(_, w)| !SECOND_UNIT.contains(&&*lowercase(w)));
            if unit == "styck" {
                let units = counted_right_before(text, each, numbers)?;
                return Some((units, start + unit.len()));
            }
            if PERIODS.contains(&&*unit) || unit.chars().count() < 3 || !closes {
                return None;
            }
            let mut of_unit = numbers
                .iter()
                .filter(|n| !std::ptr::eq(*n, each))
                .filter(|n| n.noun.as_deref().is_some_and(|noun| plural_of(noun, &unit)));
            let units = of_unit.next()?;
            of_unit
                .all(|n| n.told.value == units.told.value)
                .then_some((units, start + words[1].1.len()))
        }
        _ => None,
    }
}

/// The units of a figure told with "varje" and a noun in its sentence
/// ("Varje lokal bemannas av två röstmottagare", "två röstmottagare i
/// varje lokal"): the figure is the sentence's first, the units the one
/// count of the noun's plural in the text read.
fn units_of_each<'f>(
    text: &str,
    read: &Span,
    each: &Figure,
    numbers: &'f [Figure],
) -> Option<(&'f Figure, usize)> {
    let words: Vec<(usize, &str)> = super::breakdowns::words_at(text, read.clone()).collect();
    let cue = words.iter().position(|(_, w)| lowercase(w) == "varje")?;
    let unit = lowercase(words.get(cue + 1)?.1);
    if PERIODS.contains(&&*unit) || unit.chars().count() < 3 {
        return None;
    }
    // The figure in the cue's sentence: no sentence end between them.
    let (cue_at, _) = words[cue];
    let (from, to) = (
        cue_at.min(each.told.span.start),
        cue_at.max(each.told.span.end),
    );
    if text[from..to].contains(['.', '\n']) {
        return None;
    }
    let mut of_unit = numbers
        .iter()
        .filter(|n| !std::ptr::eq(*n, each))
        .filter(|n| n.noun.as_deref().is_some_and(|noun| plural_of(noun, &unit)));
    let units = of_unit.next()?;
    of_unit
        .all(|n| n.told.value == units.told.value)
        .then_some((units, each.told.span.end))
}

/// The count whose noun ends at most two words ("om", "på", "med", "à")
/// before `each`: "tre kulturstipendier om 20 000 kronor vardera".
fn counted_right_before<'f>(
    text: &str,
    each: &Figure,
    numbers: &'f [Figure],
) -> Option<&'f Figure> {
    const JOINING: [&str; 5] = ["om", "på", "med", "à", "till"];
    let before = numbers
        .iter()
        .rev()
        .find(|n| n.told.span.end <= each.told.span.start)?;
    let between = lower_words(&text[before.told.span.end..each.told.span.start]);
    (between.len() <= 2 && between.iter().all(|w| JOINING.contains(&w.as_str()))).then_some(before)
}

/// The first figure of `kind` after `at` in the sentence, right after a
/// word of result, of the same thing as `each` (counts) — not approximate.
fn result_after<'f>(
    text: &str,
    at: usize,
    kind: &'f [Figure],
    each: &Figure,
) -> Option<&'f Figure> {
    let result = kind.iter().find(|f| f.told.span.start >= at)?;
    let same_thing = match (&result.noun, &each.noun) {
        (Some(a), Some(b)) => same_counted(a, b),
        _ => true,
    };
    (same_thing
        && said_right_before(text, result.told.span.start, &RESULT, 2)
        && !approximate(text, &result.told.span))
    .then_some(result)
}

/// A sum in whole kronor or in a rounded unit: "12,50 kronor" is read as
/// 12 kronor, so a product of it would be off by the öre.
fn exact_kronor(text: &str, told: &Told) -> bool {
    told.rounding > 0 || !text[told.span.clone()].contains(',')
}

/// Whether a counted noun (an indefinite plural, perhaps a compound:
/// "våningar", "förskoleavdelningar") is the plural of `singular`
/// ("våning", "avdelning"): by the endings Swedish plurals take (-ar, -er,
/// -or for a noun in -a, -ar for one in -e, -n for one in a vowel, none).
pub(super) fn plural_of(plural: &str, singular: &str) -> bool {
    let mut forms = vec![
        format!("{singular}ar"),
        format!("{singular}er"),
        format!("{singular}r"),
        format!("{singular}n"),
        singular.to_owned(),
    ];
    if let Some(stem) = singular.strip_suffix('a') {
        forms.push(format!("{stem}or"));
    }
    if let Some(stem) = singular.strip_suffix('e') {
        forms.push(format!("{stem}ar"));
    }
    forms.iter().any(|form| {
        plural == form || (plural.ends_with(form.as_str()) && form.chars().count() >= 5)
    })
}

#[cfg(test)]
mod tests {
    use super::plural_of;

    fn products(text: &str) -> Vec<(u64, u64, u64, bool)> {
        crate::paper::scan::scan(text)
            .unit_products
            .iter()
            .map(|p| (p.each.value, p.units.value, p.result.value, p.money))
            .collect()
    }

    #[test]
    fn reads_a_count_per_unit_and_a_sum_for_each() {
        assert_eq!(
            products(
                "Huset byggs i tre våningar med åtta lägenheter per våning, alltså 24 lägenheter."
            ),
            [(8, 3, 24, false)]
        );
        assert_eq!(
            products(
                "Nämnden delar ut tre kulturstipendier om 20 000 kronor vardera, totalt 60 000 kronor."
            ),
            [(20_000, 3, 60_000, true)]
        );
        assert_eq!(
            products("Med 120 deltagare och 500 kronor per deltagare blir det 60 000 kronor."),
            [(500, 120, 60_000, true)]
        );
        assert_eq!(
            products("Nämnden köper 20 datorer om 8 000 kronor per styck, totalt 160 000 kronor."),
            [(8_000, 20, 160_000, true)]
        );
        assert_eq!(
            products("Fyra förskoleavdelningar med 18 barn per avdelning blir sammanlagt 72 barn."),
            [(18, 4, 72, false)]
        );
        assert_eq!(
            products(
                "Extra turer kostar 9 800 kronor per tur. Entreprenören kör 12 extra turer, totalt 117 600 kronor."
            ),
            [(9_800, 12, 117_600, true)]
        );
        assert_eq!(
            products(
                "Röstning sker i fem lokaler. Varje lokal bemannas av två röstmottagare, totalt tio röstmottagare."
            ),
            [(2, 5, 10, false)]
        );
        assert_eq!(
            products(
                "Två röstmottagare finns i varje lokal av fem lokaler, alltså tio röstmottagare."
            ),
            [(2, 5, 10, false)]
        );
    }

    #[test]
    fn leaves_rates_over_time_averages_and_two_units() {
        for text in [
            "Köket lagar 3 200 portioner per dag, och med 178 dagar blir det 569 600 portioner.",
            "Kostnaden är 920 000 kronor per plats och år, och 24 platser ger 22 080 000 kronor.",
            "I genomsnitt 18 barn per avdelning i fyra avdelningar blir 72 barn.",
            "Avgiften är 12,50 kronor per resa, och 100 resor ger 1 250 kronor.",
            "Tre stipendier om 20 000 kronor vardera delas ut. Totalt 80 000 kronor finns i budgeten.",
            "En tur kostar 9 800 kronor per tur. Nämnden har 12 turer per vecka, totalt 117 600 kronor.",
            "Varje år tar skolan emot 30 elever, totalt 120 elever på fyra år.",
            "Skolan har fyra klasser. Varje klass har i genomsnitt 25 elever, totalt 98 elever.",
            "Skolan har fyra klasser. Varje klass får 25 000 kronor. Totalt 98 elever går där.",
            "Huset har tre våningar med lägenheter på varje våning, cirka 24 lägenheter.",
            "Med 120 deltagare och 20 ledare, 500 kronor per deltagare och 300 kronor per ledare, blir det totalt 66 000 kronor.",
        ] {
            assert!(products(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn leaves_a_count_that_runs_on_past_its_sentence() {
        // Found by splicing real papers: the count "9 … Val" crosses the
        // blank line that ends the sentence "per 9"; reading the words
        // after it sliced the text backwards and panicked.
        assert!(products("per 9\n\nVal").is_empty());
        assert!(products("Ärende\n20 platser per 9\n\nVal. Totalt 180 platser.").is_empty());
    }

    #[test]
    fn knows_a_plural_by_its_ending() {
        for (plural, singular) in [
            ("våningar", "våning"),
            ("deltagare", "deltagare"),
            ("platser", "plats"),
            ("skolor", "skola"),
            ("timmar", "timme"),
            ("tillfällen", "tillfälle"),
            ("barn", "barn"),
            ("förskoleavdelningar", "avdelning"),
        ] {
            assert!(plural_of(plural, singular), "{plural} / {singular}");
        }
        assert!(!plural_of("platser", "plan"));
        assert!(!plural_of("lägenheter", "våning"));
        assert!(!plural_of("barnen", "ban"));
    }
}
