//! The size of a change told apart from its values: after a noun of change
//! ("höjningen innebär 50 kronor mer i månaden"), after a verb of change
//! and its thing ("Egenavgiften höjs därmed med 5 kronor"), or right after
//! the change in its sentence ("från 6 150 till 6 690 kronor per år, alltså
//! med 540 kronor"); and a size restated as a percentage ("Den fasta
//! avgiften höjs med 240 kronor, eller 10 procent").

use std::sync::LazyLock;

use super::Span;
use super::amounts::clause_words;
use super::changes::{
    BETWEEN_VERB_AND_MED, CHANGE_NOUNS, CHANGE_VERBS, ChangeMention, ChangePercent, ChangedThing,
    StatedPercent, changed_thing, head, per_of, percent_of, unit_name, words_of,
};
use super::plain::{Plain, tuned};

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
            if let Some(change) = change_right_after(text, a.span.end, changes) {
                return Some(ChangeSize {
                    span: a.span.clone(),
                    kronor: a.kronor,
                    per,
                    thing: None,
                    told_with: Some(change.span.clone()),
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

/// The change told right after a sum that is its size: "1,4 miljoner
/// kronor mer per år, från 4,2 till 5,6 miljoner kronor" — a comparative
/// ("mer", "mindre"), at most its rate or what it is more of, a comma,
/// then the change from "från".
fn change_right_after<'a>(
    text: &str,
    at: usize,
    changes: &'a [ChangeMention],
) -> Option<&'a ChangeMention> {
    let change = changes.get(changes.partition_point(|c| c.span.start < at))?;
    let gap = text.get(at..change.span.start)?;
    if gap.len() > 40 || !gap.trim_end().ends_with(',') || gap.contains(['\n', ';', '.']) {
        return None;
    }
    let words = words_of(gap);
    let comparative = words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "mer" | "mindre"));
    let short = words.len() <= 4;
    (comparative && short && text[change.span.clone()].starts_with("från")).then_some(change)
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

/// ", eller 10 procent" right after a size; its groups are those
/// `changes::percent_of` reads. Few sizes are restated as percentages:
/// RESTATED is compiled where first used.
static RESTATED: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)^\s*,?\s*(?:eller|alltså|dvs\.?|d\.v\.s\.|det vill säga|motsvarande|vilket är|vilket motsvarar)\s+(?:(cirka|ca|ungefär|drygt|knappt|omkring|nästan|runt)\s+)?(\d{1,3})(?:,(\d{1,2}))?[ \u{a0}]*(?:procent\b|%)",
    )
});

/// Percentages a size told with a verb is restated as: "Den fasta avgiften
/// höjs med 240 kronor, eller 10 procent" — the fee's change in per cent.
pub(super) fn find_percents_after_sizes(text: &str, sizes: &[ChangeSize]) -> Vec<ChangePercent> {
    sizes
        .iter()
        .filter_map(|size| {
            let thing = size.thing.clone()?;
            let percent = percent_after(text, size)?;
            Some(ChangePercent { percent, thing })
        })
        .collect()
}

/// The percentage a size is restated as right after it (", eller 10
/// procent"), unless a rate follows it: a recurring rate, not this change.
fn percent_after(text: &str, size: &ChangeSize) -> Option<StatedPercent> {
    let after = head(&text[size.span.end..], 60);
    if !after.contains("procent") && !after.contains('%') {
        return None;
    }
    let c = RESTATED.captures(after)?;
    let rest = &text[size.span.end + c.get(0)?.end()..];
    if per_of(rest).is_some() {
        return None;
    }
    percent_of(&c, rest, size.span.end)
}

/// A percentage told after the size of a change that follows its change
/// ("höjs från 15 kronor till 20 kronor per timme, en höjning med 5 kronor
/// eller 33 procent"): the change's own percentage, when it has none yet.
pub(super) fn attach_percents_after_sizes(
    text: &str,
    sizes: &[ChangeSize],
    changes: &mut [ChangeMention],
) {
    for size in sizes.iter().filter(|s| s.thing.is_none()) {
        let Some(told_with) = &size.told_with else {
            continue;
        };
        let Some(change) = changes.iter_mut().find(|c| c.span == *told_with) else {
            continue;
        };
        if change.percent.is_none() {
            change.percent = percent_after(text, size);
        }
    }
}

/// Stems of verbs of change in any tense ("höjs", "har höjts", "ökade"),
/// and whether the change lowers.
const CHANGED: [(&str, bool); 4] = [
    ("höj", false),
    ("ök", false),
    ("sänk", true),
    ("minsk", true),
];

/// A change told by one value and its size, restated as a percentage: "då
/// bidraget var 130 kronor per medlem, har det höjts med 20 kronor, eller
/// drygt 15 procent". The value is the sentence's one sum before the size;
/// whether it is the old or the new one is not told ("till" before it
/// makes it the new one), so N312 reckons the percentage from either end.
/// Sentences that tell a change "från … till" are left to it.
pub(super) fn changes_by_size(
    text: &str,
    sentences: &[Span],
    amounts: &[super::AmountMention],
    changes: &[ChangeMention],
) -> Vec<ChangeMention> {
    let mut found = Vec::new();
    if !text.contains("procent") && !text.contains('%') {
        return found;
    }
    for (at, size) in amounts.iter().enumerate() {
        let words = clause_words(text, size.span.start);
        if words.last().is_none_or(|w| w != "med") {
            continue;
        }
        let Some(lowers) = words.iter().rev().find_map(|w| {
            CHANGED
                .iter()
                .find(|(stem, _)| w.starts_with(stem))
                .map(|(_, lowers)| *lowers)
        }) else {
            continue;
        };
        let Some(sentence) = sentences
            .get(sentences.partition_point(|s| s.end <= size.span.start))
            .filter(|s| s.contains(&size.span.start))
        else {
            continue;
        };
        let before: Vec<_> = amounts[..at]
            .iter()
            .filter(|a| a.span.start >= sentence.start)
            .collect();
        let told_apart = changes.iter().any(|c| sentence.contains(&c.span.start));
        let ([value], false) = (before.as_slice(), told_apart) else {
            continue;
        };
        let as_size = ChangeSize {
            span: size.span.clone(),
            kronor: size.kronor,
            per: None,
            thing: None,
            told_with: None,
        };
        let Some(percent) = percent_after(text, &as_size) else {
            continue;
        };
        let (value_ore, size_ore) = (value.kronor * 100, size.kronor * 100);
        let the_new_one = text[..value.span.start].trim_end().ends_with("till");
        let (from_ore, to_ore) = match (the_new_one, lowers) {
            (false, false) => (value_ore, value_ore + size_ore),
            (false, true) => (value_ore, value_ore.saturating_sub(size_ore)),
            (true, false) => (value_ore.saturating_sub(size_ore), value_ore),
            (true, true) => (value_ore + size_ore, value_ore),
        };
        found.push(ChangeMention {
            span: value.span.start..size.span.end,
            from_ore,
            to_ore,
            thing: None,
            per: None,
            done: true,
            percent: Some(percent),
            from_either_end: !the_new_one,
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paper::scan::changes::find_changes;

    #[test]
    fn a_size_right_after_its_change() {
        let text = "Brukningsavgiften höjs med 8 procent, från 25,00 kronor till 27,00 kronor per kubikmeter. Kostnaden ökar från 6 150 kronor till 6 690 kronor per år, alltså med 540 kronor. Avgiften höjs från 50 till 60 kronor. Bidraget är 20 kronor.";
        let changes = find_changes(text);
        let amounts = super::super::amounts::find_amounts(text);
        let sizes = find_change_sizes(text, &amounts, &changes);
        assert_eq!(sizes.len(), 1, "{sizes:?}");
        assert_eq!(
            (sizes[0].kronor, sizes[0].per.as_deref()),
            (540, Some("år"))
        );
        assert_eq!(sizes[0].told_with, Some(changes[1].span.clone()));
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
    fn a_percentage_after_the_size_of_a_change_is_the_changes() {
        let text = "Avgiften höjs från 15 kronor till 20 kronor per timme, en höjning med 5 kronor eller 33 procent.";
        let mut changes = find_changes(text);
        let amounts = super::super::amounts::find_amounts(text);
        let sizes = find_change_sizes(text, &amounts, &changes);
        attach_percents_after_sizes(text, &sizes, &mut changes);
        let percent = changes[0].percent.as_ref().map(|p| p.hundredths);
        assert_eq!(percent, Some(3300));
    }

    #[test]
    fn a_size_told_before_its_change() {
        let text = "Höjningen beräknas ge 1,4 miljoner kronor mer per år, från 4,2 till 5,6 miljoner kronor. Det ger 300 kronor mer, vilket är bra, från början.";
        let changes = find_changes(text);
        let amounts = super::super::amounts::find_amounts(text);
        let sizes = find_change_sizes(text, &amounts, &changes);
        assert_eq!(sizes.len(), 1, "{sizes:?}");
        assert_eq!(sizes[0].kronor, 1_400_000);
        assert_eq!(sizes[0].told_with, Some(changes[0].span.clone()));
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
