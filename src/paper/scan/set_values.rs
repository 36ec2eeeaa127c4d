//! A sum a decision sets a thing to: "Kultur- och fritidsnämnden
//! fastställer terminsavgiften i kulturskolan till 750 kronor per ämne",
//! "Avgiften ska vara 20 kronor per timme". The thing is read as a change's
//! is ([`super::changes::changed_thing`]), so that the sum can be held
//! against a change of the same thing ("Terminsavgiften höjs från 600
//! kronor till 750 kronor"): the value set is the change's new value.

use super::Span;
use super::amounts::{AmountMention, clause_words};
use super::changes::{ChangeMention, ChangedThing, changed_thing, per_of};

/// A sum a thing is set to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetValue {
    pub span: Span,
    pub kronor: u64,
    pub thing: ChangedThing,
    /// What the sum is per ("timme", "år"), as a change's rate is read.
    pub per: Option<String>,
}

/// Present and infinitive forms of the verbs that set a sum; a past one
/// ("fastställdes") tells an earlier value.
const SETTING_VERBS: [&str; 10] = [
    "fastställer",
    "fastställs",
    "fastställa",
    "fastställas",
    "bestämmer",
    "bestäms",
    "bestämma",
    "bestämmas",
    "sätts",
    "justeras",
];

/// The most words from the setting verb to the sum ("fastställer
/// terminsavgiften i kulturskolan till").
const MOST_WORDS_AFTER_THE_VERB: usize = 8;

pub(super) fn find_set_values(
    text: &str,
    amounts: &[AmountMention],
    changes: &[ChangeMention],
) -> Vec<SetValue> {
    amounts
        .iter()
        .filter(|a| !inside_a_change(changes, &a.span))
        .filter_map(|a| set_value(text, a))
        .collect()
}

fn set_value(text: &str, amount: &AmountMention) -> Option<SetValue> {
    let words = clause_words(text, amount.span.start);
    let (last, _) = words.split_last()?;
    let set_to = last == "till"
        && words
            .iter()
            .rev()
            .take(MOST_WORDS_AFTER_THE_VERB)
            .any(|w| SETTING_VERBS.contains(&w.as_str()));
    // "Avgiften ska vara 20 kronor".
    let shall_be = words.ends_with(&["ska".to_owned(), "vara".to_owned()]);
    if !(set_to || shall_be) {
        return None;
    }
    Some(SetValue {
        span: amount.span.clone(),
        kronor: amount.kronor,
        thing: changed_thing(&words)?,
        per: per_of(&text[amount.span.end..]),
    })
}

/// Whether a sum is one of a change's two values. The changes are one
/// pattern's matches, in text order and apart, so only the last one that
/// starts at or before the sum may hold it (asking each change for each
/// sum took 12 s for a 7 MB text of fee changes).
fn inside_a_change(changes: &[ChangeMention], span: &Span) -> bool {
    let before = &changes[..changes.partition_point(|c| c.span.start <= span.start)];
    before.last().is_some_and(|c| span.end <= c.span.end)
}

#[cfg(test)]
mod tests {
    /// Each value set as (kronor, head, qualifiers, per).
    fn read(text: &str) -> Vec<(u64, &'static str, Vec<String>, Option<String>)> {
        crate::paper::scan::scan(text)
            .set_values
            .into_iter()
            .map(|v| (v.kronor, v.thing.head, v.thing.qualifiers, v.per))
            .collect()
    }

    #[test]
    fn a_sum_a_thing_is_set_to() {
        let found = read(
            "Nämnden fastställer terminsavgiften i kulturskolan till 750 kronor per ämne. Avgiften ska vara 20 kronor per timme.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!((found[0].0, found[0].1), (750, "avgift"));
        assert_eq!(found[0].2, ["termins"]);
        assert_eq!(found[1].3.as_deref(), Some("timme"));
    }

    #[test]
    fn an_earlier_value_or_a_change_is_no_value_set() {
        assert!(read("Avgiften fastställdes till 600 kronor år 2024.").is_empty());
        assert!(read("Terminsavgiften höjs från 600 kronor till 750 kronor.").is_empty());
        assert!(read("Nämnden fastställer taxan. Bidraget går till 40 000 kronor.").is_empty());
    }
}
