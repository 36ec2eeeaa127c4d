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

/// The size of a change told after it: "höjningen innebär 50 kronor mer i
/// månaden", "en höjning med 50 kronor per månad" — the definite noun of a
/// change ("höjningen") before it — or with a verb of change after the
/// thing: "Egenavgiften höjs därmed med 5 kronor per resa".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeSize {
    pub span: Span,
    pub kronor: u64,
    pub per: Option<String>,
    /// The thing a verb of change names ("egenavgiften höjs med"); none
    /// for a noun of change, which is the change just told.
    pub thing: Option<ChangedThing>,
    /// The change its own sentence tells right before it ("från 6 150 till
    /// 6 690 kronor, alltså med 540 kronor"): the one it is the size of.
    pub told_with: Option<Span>,
}

/// Present forms of a verb of change that tell a size with "med" after
/// their subject: "Egenavgiften höjs med 5 kronor", "Hyran ökar med".
const CHANGE_VERBS: [&str; 8] = [
    "höjs", "sänks", "ökar", "ökas", "minskar", "minskas", "stiger", "sjunker",
];

/// Adverbs that may stand between the verb and "med": "höjs därmed med".
const BETWEEN_VERB_AND_MED: [&str; 6] = ["därmed", "alltså", "således", "också", "därför", "då"];

const NUMBER: &str = r"(\d{1,3}(?:[ \u{a0}]\d{3})+|\d+)(?:,(\d{1,2}))?";
const UNIT: &str = r"(miljoner kronor|mnkr|mkr|tusen kronor|tkr|kronor|kr\b)";

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
const CHANGE_NOUNS: [&str; 6] = [
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
            })
        })
        .collect()
}

/// A percentage told right before a change, with "med" and at most a
/// comma between: "Brukningsavgiften höjs med 8 procent, från 25 till 27
/// kronor" — unless it is a share ("med 8 procent av …" ends before
/// "från" and is no such match).
fn percent_right_before(text: &str, at: usize) -> Option<StatedPercent> {
    // Compiled where first used: few changes have a percentage before them.
    static BEFORE: LazyLock<Plain> = LazyLock::new(|| {
        tuned(
            r"(?i)\bmed\s+(?:(cirka|ca|ungefär|drygt|knappt|omkring|nästan|runt)\s+)?(\d{1,3})(?:,(\d{1,2}))?[ \u{a0}]*(?:procent\b|%)\s*,?\s*$",
        )
    });
    let from = floor_char_boundary(text, at.saturating_sub(60));
    let before = &text[from..at];
    if !before.contains("procent") && !before.contains('%') {
        return None;
    }
    let c = BEFORE.captures(before)?;
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

/// The sizes of changes told with a definite noun of change (an amount of
/// `amounts` right after "höjningen" in its clause, or after "höjningen
/// med", "höjningen blir" and their like), or with a present verb of change
/// after its thing ("Egenavgiften höjs med").
pub(super) fn find_change_sizes(
    text: &str,
    amounts: &[super::AmountMention],
    changes: &[ChangeMention],
) -> Vec<ChangeSize> {
    // One pass over the amounts, in the text's order: a size is told after
    // a noun of change, after a verb, or right after its change (never two:
    // a verb is no joiner of a noun).
    amounts
        .iter()
        .filter_map(|a| {
            let words = clause_words(text, a.span.start);
            let per = per_of(&text[a.span.end..]);
            if told_after_a_noun(&words) {
                return Some(ChangeSize {
                    span: a.span.clone(),
                    kronor: a.kronor,
                    per,
                    thing: None,
                    told_with: None,
                });
            }
            if let Some(thing) = changed_by_verb(&words) {
                return Some(ChangeSize {
                    span: a.span.clone(),
                    kronor: a.kronor,
                    per,
                    thing: Some(thing),
                    told_with: None,
                });
            }
            let change = change_right_before(text, a.span.start, changes)?;
            Some(ChangeSize {
                span: a.span.clone(),
                kronor: a.kronor,
                // "alltså med 540 kronor" is at its change's rate.
                per: per.or_else(|| change.per.clone()),
                thing: None,
                told_with: Some(change.span.clone()),
            })
        })
        .collect()
}

/// The change a sum's own sentence tells right before it, joined by words
/// that make the sum its size: "från 6 150 till 6 690 kronor per år,
/// alltså med 540 kronor", "…, en höjning med 50 kronor", "…, dvs. med".
fn change_right_before<'a>(
    text: &str,
    at: usize,
    changes: &'a [ChangeMention],
) -> Option<&'a ChangeMention> {
    const JOINERS: [&str; 20] = [
        "alltså",
        "dvs",
        "d",
        "v",
        "s",
        "det",
        "vill",
        "säga",
        "vilket",
        "är",
        "innebär",
        "en",
        "höjning",
        "ökning",
        "sänkning",
        "minskning",
        "uppräkning",
        "per",
        "i",
        "om",
    ];
    let change = &changes[..changes.partition_point(|c| c.span.end <= at)].last()?;
    let gap = text.get(change.span.end..at)?;
    if gap.len() > 80 || gap.contains(['\n', ';']) || ends_a_sentence(gap) {
        return None;
    }
    let words = words_of(gap);
    let (last, before) = words.split_last()?;
    let joined = before.iter().all(|w| {
        JOINERS.contains(&w.as_str())
            || change
                .per
                .as_deref()
                .is_some_and(|unit| unit_name(w) == unit)
    });
    (joined && (last == "med" || last == "på")).then_some(*change)
}

/// Whether `gap` has a full stop that ends a sentence: one followed by a
/// space and a capital ("kronor. Avgiften"), not an abbreviation's ("dvs.
/// med").
fn ends_a_sentence(gap: &str) -> bool {
    gap.match_indices('.').any(|(i, _)| {
        let mut rest = gap[i + 1..].chars();
        rest.next().is_some_and(char::is_whitespace) && rest.next().is_some_and(char::is_uppercase)
    })
}

/// Whether the clause's `words` before a sum end in a definite noun of
/// change and only its own words: "höjningen med", "höjningen blir cirka";
/// not an effect of it ("höjningen beräknas ge 500 000 kronor mer i
/// intäkter").
fn told_after_a_noun(words: &[String]) -> bool {
    const JOINERS: [&str; 9] = [
        "med", "på", "innebär", "blir", "är", "om", "cirka", "ca", "ungefär",
    ];
    let Some(at) = words
        .iter()
        .rposition(|w| CHANGE_NOUNS.contains(&w.as_str()))
    else {
        return false;
    };
    let between = &words[at + 1..];
    between.len() <= 2 && between.iter().all(|w| JOINERS.contains(&w.as_str()))
}

/// The thing a present verb of change names before "med" right before a
/// sum: "Egenavgiften höjs (därmed) med" → the fee. Not a past change
/// ("höjdes med"), nor a verb whose subject names no money noun.
fn changed_by_verb(words: &[String]) -> Option<ChangedThing> {
    let (med, rest) = words.split_last()?;
    if med != "med" {
        return None;
    }
    let verb_at = rest
        .iter()
        .rposition(|w| !BETWEEN_VERB_AND_MED.contains(&w.as_str()))?;
    if rest.len() - verb_at > 3 || !CHANGE_VERBS.contains(&rest[verb_at].as_str()) {
        return None;
    }
    changed_thing(&rest[..verb_at])
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

/// Percentages a size told with a verb is restated as: "Den fasta avgiften
/// höjs med 240 kronor, eller 10 procent" — the fee's change in per cent.
pub(super) fn find_percents_after_sizes(text: &str, sizes: &[ChangeSize]) -> Vec<ChangePercent> {
    // Compiled where first used: few sizes are restated as percentages.
    static RESTATED: LazyLock<Plain> = LazyLock::new(|| {
        tuned(
            r"(?i)^\s*,?\s*(?:eller|alltså|dvs\.?|d\.v\.s\.|det vill säga|motsvarande|vilket är|vilket motsvarar)\s+(?:(cirka|ca|ungefär|drygt|knappt|omkring|nästan|runt)\s+)?(\d{1,3})(?:,(\d{1,2}))?[ \u{a0}]*(?:procent\b|%)",
        )
    });
    sizes
        .iter()
        .filter_map(|size| {
            let thing = size.thing.clone()?;
            let after = head(&text[size.span.end..], 60);
            if !after.contains("procent") && !after.contains('%') {
                return None;
            }
            let c = RESTATED.captures(after)?;
            let rest = &text[size.span.end + c.get(0)?.end()..];
            if per_of(rest).is_some() {
                return None; // A recurring rate, not this change.
            }
            let percent = percent_of(&c, rest, size.span.end)?;
            Some(ChangePercent { percent, thing })
        })
        .collect()
}

/// The money noun nearest before "från" and what qualifies it.
fn changed_thing(words: &[String]) -> Option<ChangedThing> {
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
fn per_of(after: &str) -> Option<String> {
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
fn unit_name(word: &str) -> String {
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
fn head(text: &str, bytes: usize) -> &str {
    &text[..floor_char_boundary(text, bytes.min(text.len()))]
}

fn words_of(text: &str) -> Vec<String> {
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
fn percent_of(c: &super::plain::Captures<'_>, rest: &str, offset: usize) -> Option<StatedPercent> {
    let whole: u64 = c.get(2)?.as_str().parse().ok()?;
    let decimals = c.get(3).map_or("", |m| m.as_str());
    let fraction: u64 = if decimals.is_empty() {
        0
    } else {
        decimals.parse::<u64>().ok()? * if decimals.len() == 1 { 10 } else { 1 }
    };
    let end = c.get(0)?.end();
    if words_of(head(rest, 20)).first().is_some_and(|w| w == "av") {
        return None;
    }
    Some(StatedPercent {
        span: offset + c.get(2)?.start()..offset + end,
        hundredths: whole * 100 + fraction,
        decimals: decimals.len() as u32,
        approximate: c.get(1).is_some(),
    })
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need PERCENT, VERB_PERCENT: each is compiled where first used.
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
            let sizes = find_change_sizes(text, &amounts, &changes);
            find_percents_after_sizes(text, &sizes);
        }
    }

    #[test]
    fn a_percentage_before_a_change_a_size_right_after_it_and_a_fee_named_by_its_adjective() {
        let text = "Brukningsavgiften höjs med 8 procent, från 25,00 kronor till 27,00 kronor per kubikmeter. Den fasta avgiften höjs från 2 400 kronor till 2 640 kronor per år. Kostnaden ökar från 6 150 kronor till 6 690 kronor per år, alltså med 540 kronor. Den nya avgiften höjs från 100 till 110 kronor. Avgiften höjs från 50 till 60 kronor. Bidraget är 20 kronor.";
        let changes = find_changes(text);
        assert_eq!(changes[0].percent.as_ref().map(|p| p.hundredths), Some(800));
        assert_eq!(
            &text[changes[0].percent.as_ref().unwrap().span.clone()],
            "8 procent"
        );
        assert_eq!(changes[1].thing.as_ref().unwrap().qualifiers, ["fasta"]);
        assert!(changes[3].thing.as_ref().unwrap().qualifiers.is_empty());
        let amounts = super::super::amounts::find_amounts(text);
        let sizes = find_change_sizes(text, &amounts, &changes);
        assert_eq!(sizes.len(), 1, "{sizes:?}");
        assert_eq!(
            (sizes[0].kronor, sizes[0].per.as_deref()),
            (540, Some("år"))
        );
        assert_eq!(sizes[0].told_with, Some(changes[2].span.clone()));
    }

    #[test]
    fn a_size_restated_as_a_percentage() {
        let text = "Den fasta avgiften höjs med 240 kronor, eller 10 procent. Avgiften höjs med 5 kronor, dvs. 2 procent per år. Hyran höjs med 300 kronor, eller 20 procent av hyran.";
        let amounts = super::super::amounts::find_amounts(text);
        let sizes = find_change_sizes(text, &amounts, &[]);
        let percents = find_percents_after_sizes(text, &sizes);
        assert_eq!(percents.len(), 1, "{percents:?}");
        assert_eq!(percents[0].percent.hundredths, 1000);
        assert_eq!(percents[0].thing.qualifiers, ["fasta"]);
    }

    #[test]
    fn sizes_told_with_a_definite_noun_of_change() {
        let text = "För de 640 larmkunderna innebär höjningen 50 kronor mer i månaden. Höjningen med 600 kronor per år. Avgiften är 300 kronor. Höjningen beräknas ge 500 000 kronor mer i intäkter.";
        let amounts = super::super::amounts::find_amounts(text);
        let sizes: Vec<(u64, Option<String>)> = find_change_sizes(text, &amounts, &[])
            .into_iter()
            .map(|s| (s.kronor, s.per))
            .collect();
        assert_eq!(
            sizes,
            [(50, Some("månad".to_owned())), (600, Some("år".to_owned()))]
        );
    }
}
