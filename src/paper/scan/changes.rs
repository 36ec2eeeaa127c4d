//! Changes of a sum: "avgiften för trygghetslarm höjs från 250 till 300
//! kronor per månad", "Höjningen av larmavgiften från 250 kronor till 300
//! kronor motsvarar 20 procent", and the size of a change told on its own
//! after it ("innebär höjningen 50 kronor mer i månaden").
//!
//! What is changed comes from Swedish word formation, as a sum's does (see
//! [`super::amounts`]): the money noun before "från" is the head, and what
//! qualifies it is either the first part of its compound ("larmavgiften" →
//! "larm") or the noun after a preposition ("avgiften för trygghetslarm" →
//! "trygghetslarm"). Two changes are of one thing when their heads are the
//! same and one qualifier ends the other ("trygghetslarm" ends in "larm").

use std::sync::LazyLock;

use super::amounts::{clause_words, money_noun, noun_ending, value};
use super::patterns::only_if;
use super::plain::{Plain, tuned};
use super::{Span, floor_char_boundary};

/// A sum changed from one value to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeMention {
    /// From "från" to the unit of the new value.
    pub span: Span,
    /// The value before and after, in öre: "från 24,50 till 26,50 kronor"
    /// is a change of 8,2 procent, which whole kronor would make 8,3.
    pub from_ore: u64,
    pub to_ore: u64,
    /// What is changed, when its clause names a money noun.
    pub thing: Option<ChangedThing>,
    /// What the values are per ("månad", "år", "portion"), from "per X"
    /// or "i månaden" after the new value.
    pub per: Option<String>,
    /// The sentence tells the change as done ("höjdes", "har höjts"): an
    /// earlier change, not the one the paper proposes.
    pub done: bool,
    /// A percentage the same sentence gives the change ("motsvarar 20
    /// procent").
    pub percent: Option<StatedPercent>,
    /// Read from one value and the change's size ("då bidraget var 130
    /// kronor, har det höjts med 20 kronor"): the value may be the old or
    /// the new one, so the percentage may be reckoned from either.
    pub from_either_end: bool,
}

/// "20 procent", "cirka 19,5 %".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedPercent {
    pub span: Span,
    /// In hundredths of a percent: 20 % is 2 000.
    pub hundredths: u64,
    /// Decimals written: "19,5" has one.
    pub decimals: u32,
    /// Said to be about so ("cirka", "drygt", "knappt").
    pub approximate: bool,
}

/// A percentage a change is told with by a verb of change after its thing,
/// in a sentence of its own: "Egenavgiften höjs därmed med 12,5 procent".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangePercent {
    pub percent: StatedPercent,
    pub thing: ChangedThing,
}

/// The money noun a change is of, and what qualifies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedThing {
    pub head: &'static str,
    /// Lower case: a compound's first part ("larm"), a noun after a
    /// preposition ("trygghetslarm").
    pub qualifiers: Vec<String>,
}

impl ChangedThing {
    /// The same thing: the same head, and a qualifier of one ending
    /// another's ("larm" and "trygghetslarm"), at least three letters.
    pub fn same(&self, other: &ChangedThing) -> bool {
        self.head == other.head
            && self.qualifiers.iter().any(|a| {
                other.qualifiers.iter().any(|b| {
                    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
                    short.chars().count() >= 3 && long.ends_with(short.as_str())
                })
            })
    }
}

/// Present forms of a verb of change that tell a size with "med" after
/// their subject: "Egenavgiften höjs med 5 kronor", "Hyran ökar med".
pub(super) const CHANGE_VERBS: [&str; 8] = [
    "höjs", "sänks", "ökar", "ökas", "minskar", "minskas", "stiger", "sjunker",
];

/// Adverbs that may stand between the verb and "med": "höjs därmed med".
pub(super) const BETWEEN_VERB_AND_MED: [&str; 6] =
    ["därmed", "alltså", "således", "också", "därför", "då"];

const NUMBER: &str = r"(\d{1,3}(?:[ \u{a0}]\d{3})+|\d+)(?:,(\d{1,2}))?";
const UNIT: &str = r"(miljoner kronor|miljon kronor|miljarder kronor|miljard kronor|mdkr|mnkr|mkr|tusen kronor|tkr|kronor|kr\b)";

/// "från 250 (kronor) till 300 kronor": the first value's unit may be left
/// to the second's, and may have its rate ("från 190 kronor/timme till 200
/// kronor/timme").
static CHANGE: LazyLock<Plain> = LazyLock::new(|| {
    tuned(&format!(
        r"(?i)\bfrån\s+{NUMBER}(?:[ \u{{a0}}]*{UNIT}(?:\s*/\s*\p{{L}}+|\s+per\s+\p{{L}}+)?)?\s+till\s+{NUMBER}[ \u{{a0}}]*{UNIT}"
    ))
});

/// A percentage joined to the change in its sentence: "motsvarar 20
/// procent", "är en ökning med cirka 19,5 %".
static PERCENT: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)^[^.;\n]{0,80}?\b(?:motsvarar|innebär|utgör|är|blir|med|på)\s+(?:en\s+(?:höjning|ökning|sänkning|minskning|uppräkning)\s+(?:med|på)\s+)?(?:(cirka|ca|ungefär|drygt|knappt|omkring|nästan|runt)\s+)?(\d{1,3})(?:,(\d{1,2}))?[ \u{a0}]*(?:procent\b|%)",
    )
});

/// A percentage after a present verb of change and "med": "höjs därmed med
/// 12,5 procent", "minskar med cirka 10 %". The groups are
/// [`PERCENT`]'s.
static VERB_PERCENT: LazyLock<Plain> = LazyLock::new(|| {
    // A verb may start with ö ("ökar"): a non-letter before it, not `\b`,
    // which the scanner makes ASCII.
    tuned(&format!(
        r"(?i){}(?:{})\s+(?:(?:{})\s+){{0,2}}med\s+(?:(cirka|ca|ungefär|drygt|knappt|omkring|nästan|runt)\s+)?(\d{{1,3}})(?:,(\d{{1,2}}))?[ \u{{a0}}]*(?:procent\b|%)",
        super::NOT_LETTER,
        CHANGE_VERBS.join("|"),
        BETWEEN_VERB_AND_MED.join("|"),
    ))
});

/// Nouns of a change in their definite form: the change already told.
pub(super) const CHANGE_NOUNS: [&str; 6] = [
    "höjningen",
    "ökningen",
    "sänkningen",
    "minskningen",
    "uppräkningen",
    "förändringen",
];

/// Verb stems of change: a past form of one tells an earlier change.
const CHANGE_STEMS: [&str; 7] = ["höj", "sänk", "ök", "minsk", "räkna", "justera", "ändra"];

pub(super) fn find_changes(text: &str) -> Vec<ChangeMention> {
    if !text.contains("till") {
        return Vec::new();
    }
    CHANGE
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let to_unit = c.get(6)?.as_str();
            let from_unit = c.get(3).map_or(to_unit, |u| u.as_str());
            let from = in_ore(c.get(1)?.as_str(), c.get(2).map(|m| m.as_str()), from_unit)?;
            let to = in_ore(c.get(4)?.as_str(), c.get(5).map(|m| m.as_str()), to_unit)?;
            let words = clause_words(text, whole.start());
            let after = &text[whole.end()..];
            Some(ChangeMention {
                span: whole.range(),
                from_ore: from,
                to_ore: to,
                thing: changed_thing(&words),
                per: per_of(after),
                done: tells_done(&words) || tells_done(&words_of(sentence_rest(after))),
                percent: stated_percent(after, whole.end())
                    .or_else(|| percent_right_before(text, whole.start())),
                from_either_end: false,
            })
        })
        .collect()
}

/// "med 8 procent," right before "från"; the groups are [`PERCENT`]'s.
/// Few changes have a percentage before them: compiled where first used.
static PERCENT_BEFORE: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)\bmed\s+(?:(cirka|ca|ungefär|drygt|knappt|omkring|nästan|runt)\s+)?(\d{1,3})(?:,(\d{1,2}))?[ \u{a0}]*(?:procent\b|%)\s*,?\s*$",
    )
});

/// A percentage told right before a change, with "med" and at most a
/// comma between: "Brukningsavgiften höjs med 8 procent, från 25 till 27
/// kronor" — unless it is a share ("med 8 procent av …" ends before
/// "från" and is no such match).
fn percent_right_before(text: &str, at: usize) -> Option<StatedPercent> {
    let from = floor_char_boundary(text, at.saturating_sub(60));
    let before = &text[from..at];
    if !before.contains("procent") && !before.contains('%') {
        return None;
    }
    let c = PERCENT_BEFORE.captures(before)?;
    let mut percent = percent_of(&c, "", from)?;
    // The match runs over the comma to "från"; the percentage ends before.
    let written = text[percent.span.clone()].trim_end_matches([',', ' ', '\u{a0}', '\t']);
    percent.span.end = percent.span.start + written.len();
    Some(percent)
}

/// A sum in öre: its whole kronor (in the unit's scale: "1,5 miljoner
/// kronor") and the öre its decimals add.
fn in_ore(whole: &str, decimals: Option<&str>, unit: &str) -> Option<u64> {
    let kronor = value(whole, None, unit)?;
    let scale = value("1", None, unit)?;
    let ore = match decimals {
        Some(d) if !d.is_empty() => {
            let fraction: u64 = d.parse().ok()?;
            fraction.checked_mul(scale)?.checked_mul(100)? / 10u64.pow(d.len() as u32)
        }
        _ => 0,
    };
    kronor.checked_mul(100)?.checked_add(ore)
}

/// Every percentage told with a verb of change after a money noun:
/// "Egenavgiften höjs därmed med 12,5 procent" — not a share ("med 20
/// procent av"), a recurring rate ("med 2 procent per år", "årligen"),
/// nor a verb whose subject names no money noun.
pub(super) fn find_change_percents(text: &str) -> Vec<ChangePercent> {
    let present = text.contains("procent") || text.contains('%');
    VERB_PERCENT
        .captures_iter(only_if(present, text, &VERB_PERCENT))
        .filter_map(|c| {
            let whole = c.get(0)?;
            let verb_at = whole.start();
            let thing = changed_thing(&clause_words(text, verb_at))?;
            let rest = &text[whole.end()..];
            let recurring = per_of(rest).is_some()
                || words_of(head(rest, 40))
                    .iter()
                    .any(|w| ["årligen", "varje", "årlig", "årliga"].contains(&w.as_str()));
            if recurring {
                return None;
            }
            let percent = percent_of(&c, rest, 0)?;
            Some(ChangePercent { percent, thing })
        })
        .collect()
}

/// The money noun nearest before "från" and what qualifies it.
pub(super) fn changed_thing(words: &[String]) -> Option<ChangedThing> {
    let (at, head) = words
        .iter()
        .enumerate()
        .rev()
        .take(8)
        .find_map(|(k, w)| Some((k, money_noun(w).or_else(|| priced_noun(w))?)))?;
    let word = &words[at];
    let mut qualifiers = Vec::new();
    let first_part = &word[..word.rfind(head).unwrap_or(0)];
    if !first_part.is_empty() {
        qualifiers.push(first_part.to_owned());
    }
    // "den fasta avgiften": a weak adjective between the article and the
    // noun names which fee; "den nya avgiften" names none.
    if let [article, adjective] = &words[at.saturating_sub(2)..at]
        && ["den", "det", "de"].contains(&article.as_str())
        && (adjective.ends_with('a') || adjective.ends_with('e'))
        && !TIME_ADJECTIVES.contains(&adjective.as_str())
    {
        qualifiers.push(adjective.clone());
    }
    // "avgiften för trygghetslarm", "hyran av lokalen".
    if let [preposition, noun, ..] = &words[at + 1..]
        && ["för", "av", "till", "inom", "vid"].contains(&preposition.as_str())
        && noun.chars().count() >= 3
    {
        qualifiers.push(noun.clone());
    }
    Some(ChangedThing { head, qualifiers })
}

/// Adjectives that tell when a sum applies, not which sum it is.
const TIME_ADJECTIVES: [&str; 9] = [
    "nya",
    "gamla",
    "nuvarande",
    "tidigare",
    "kommande",
    "föreslagna",
    "hittillsvarande",
    "samma",
    "totala",
];

/// Nouns of a price that are no sums of their own, so the amounts reader
/// leaves them: "timarvodet", "portionspriset", "taxan".
fn priced_noun(word: &str) -> Option<&'static str> {
    const PRICES: [&str; 4] = ["arvode", "pris", "taxa", "lön"];
    const ENDINGS: [&str; 7] = ["", "t", "et", "n", "en", "er", "erna"];
    noun_ending(word, &PRICES, &ENDINGS).or_else(|| {
        // "taxan": the a of "taxa" is the definite ending's.
        word.strip_suffix("an")
            .and_then(|stem| noun_ending(&format!("{stem}a"), &PRICES, &[""]))
    })
}

/// What a value is per, from the words right after it: "per månad", "i
/// månaden", "/mån", "per portion".
pub(super) fn per_of(after: &str) -> Option<String> {
    let words = words_of(head(after, 40));
    let unit = match words.as_slice() {
        [first, ..] if after.trim_start().starts_with('/') => first.trim_start_matches('/'),
        [more, rest @ ..] if ["mer", "mindre", "högre", "lägre"].contains(&more.as_str()) => {
            return per_of_words(rest);
        }
        _ => return per_of_words(&words),
    };
    Some(unit_name(unit))
}

fn per_of_words(words: &[String]) -> Option<String> {
    match words {
        [per, unit, ..] if per == "per" => Some(unit_name(unit)),
        [i, unit, ..] if (i == "i" || i == "om") && (unit == "månaden" || unit == "året") => {
            Some(unit_name(unit))
        }
        [yearly, ..] if yearly == "årligen" => Some("år".to_owned()),
        _ => None,
    }
}

/// "månaden", "mån" → "månad"; "året" → "år"; another unit as written.
pub(super) fn unit_name(word: &str) -> String {
    if word.starts_with("mån") {
        "månad".to_owned()
    } else if word == "år" || word == "året" {
        "år".to_owned()
    } else {
        word.to_owned()
    }
}

/// Whether `words` have a past form of a verb of change: "höjdes",
/// "sänktes", "ökade", "har höjts".
fn tells_done(words: &[String]) -> bool {
    words.iter().any(|w| {
        CHANGE_STEMS.iter().any(|stem| w.starts_with(stem))
            && ["des", "tes", "ade", "ts", "ats"]
                .iter()
                .any(|ending| w.ends_with(ending))
    })
}

/// The rest of the sentence after a change, to its end or 160 bytes.
fn sentence_rest(after: &str) -> &str {
    let after = head(after, 160);
    let end = after
        .char_indices()
        .find(|&(i, c)| {
            c == '\n' || c == ';' || (c == '.' && !after[i + 1..].starts_with(char::is_numeric))
        })
        .map_or(after.len(), |(i, _)| i);
    &after[..end]
}

/// At most the first `bytes` of `text`, cut at a character's boundary.
pub(super) fn head(text: &str, bytes: usize) -> &str {
    &text[..floor_char_boundary(text, bytes.min(text.len()))]
}

pub(super) fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic() && c != '/')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The percentage joined to a change in the text `after` it (which starts
/// at `offset`), unless it is a share of something ("20 procent av").
fn stated_percent(after: &str, offset: usize) -> Option<StatedPercent> {
    let c = PERCENT.captures(head(after, 200))?;
    let end = c.get(0)?.end();
    percent_of(&c, &after[end..], offset)
}

/// The percentage of a match of [`PERCENT`] or [`VERB_PERCENT`] (group 1
/// "cirka" and its like, 2 the whole number, 3 the decimals) whose text
/// starts at `offset`, unless `rest`, the text after it, makes it a share
/// ("20 procent av maxtaxan").
pub(super) fn percent_of(
    c: &super::plain::Captures<'_>,
    rest: &str,
    offset: usize,
) -> Option<StatedPercent> {
    let (hundredths, decimals) = hundredths(c.get(2)?.as_str(), c.get(3).map(|m| m.as_str()))?;
    let end = c.get(0)?.end();
    if words_of(head(rest, 20)).first().is_some_and(|w| w == "av") {
        return None;
    }
    Some(StatedPercent {
        span: offset + c.get(2)?.start()..offset + end,
        hundredths,
        decimals,
        approximate: c.get(1).is_some(),
    })
}

/// "8" and "2,5" (a percentage or points) in hundredths, with the
/// decimals written.
pub(super) fn hundredths(whole: &str, decimals: Option<&str>) -> Option<(u64, u32)> {
    let whole: u64 = whole.parse().ok()?;
    let decimals = decimals.unwrap_or("");
    let fraction: u64 = match decimals.len() {
        0 => 0,
        1 => decimals.parse::<u64>().ok()? * 10,
        _ => decimals.parse().ok()?,
    };
    Some((whole * 100 + fraction, decimals.len() as u32))
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need PERCENT, VERB_PERCENT, PERCENT_BEFORE: each is compiled
    // where first used.
    CHANGE.compile_now();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_its_thing_and_its_percentage() {
        let text = "Vård- och omsorgsnämnden föreslår att avgiften för trygghetslarm höjs från 250 till 300 kronor per månad. Höjningen av larmavgiften från 250 kronor till 300 kronor motsvarar 20 procent.";
        let changes = find_changes(text);
        assert_eq!(changes.len(), 2);
        let (proposed, restated) = (&changes[0], &changes[1]);
        assert_eq!((proposed.from_ore, proposed.to_ore), (25_000, 30_000));
        assert_eq!(proposed.per.as_deref(), Some("månad"));
        assert_eq!(restated.percent.as_ref().map(|p| p.hundredths), Some(2000));
        let (a, b) = (
            proposed.thing.as_ref().unwrap(),
            restated.thing.as_ref().unwrap(),
        );
        assert_eq!(a.qualifiers, ["trygghetslarm"]);
        assert_eq!(b.qualifiers, ["larm"]);
        assert!(a.same(b));
        assert!(!proposed.done && !restated.done);
    }

    #[test]
    fn other_things_earlier_changes_and_shares() {
        let text = "Avgiften för matdistribution höjs från 65 till 70 kronor per portion. Larmavgiften höjdes 2021 från 200 till 250 kronor. Taxan ändras från 1 000 till 1 100 kr, vilket är 20 procent av maxtaxan.";
        let changes = find_changes(text);
        let meals = changes[0].thing.as_ref().unwrap();
        let alarms = changes[1].thing.as_ref().unwrap();
        assert!(!meals.same(alarms));
        assert_eq!(changes[0].per.as_deref(), Some("portion"));
        assert!(changes[1].done);
        assert!(changes[2].percent.is_none());
        let hourly = find_changes("timarvodet höjs från 190 kronor/timme till 200 kronor/timme");
        assert_eq!((hourly[0].from_ore, hourly[0].to_ore), (19_000, 20_000));
        assert_eq!(hourly[0].per.as_deref(), Some("timme"));
        assert_eq!(hourly[0].thing.as_ref().unwrap().head, "arvode");
    }

    #[test]
    fn text_after_a_change_is_cut_between_characters() {
        // Multi-byte letters where a fixed length would cut.
        for text in [
            "Höjs från 1 till 2 kr ääääääääääääääääääääääääääääääääääääääääääää",
            "Höjningen 5 kr mer per åååååååååååååååååååååååååååååååååååå",
        ] {
            let amounts = super::super::amounts::find_amounts(text);
            let changes = find_changes(text);
            let sizes = super::super::change_sizes::find_change_sizes(text, &amounts, &changes);
            super::super::change_sizes::find_percents_after_sizes(text, &sizes);
        }
    }

    #[test]
    fn a_percentage_before_a_change_and_a_fee_named_by_its_adjective() {
        let text = "Brukningsavgiften höjs med 8 procent, från 25,00 kronor till 27,00 kronor per kubikmeter. Den fasta avgiften höjs från 2 400 kronor till 2 640 kronor per år. Kostnaden ökar från 6 150 kronor till 6 690 kronor per år, alltså med 540 kronor. Den nya avgiften höjs från 100 till 110 kronor. Avgiften höjs från 50 till 60 kronor. Bidraget är 20 kronor.";
        let changes = find_changes(text);
        assert_eq!(changes[0].percent.as_ref().map(|p| p.hundredths), Some(800));
        assert_eq!(
            &text[changes[0].percent.as_ref().unwrap().span.clone()],
            "8 procent"
        );
        assert_eq!(changes[1].thing.as_ref().unwrap().qualifiers, ["fasta"]);
        assert!(changes[3].thing.as_ref().unwrap().qualifiers.is_empty());
    }
}
