//! A count referred back to by what its things did: "I september väntade
//! 37 personer på en plats … Av de 37 som väntade var 29 över 80 år", "412
//! hushåll sökte bistånd. De 412 som sökte …".
//!
//! "de N som V" names no noun: the things are those the text counted with
//! the same verb form V (the word itself, so "väntar" now is not "väntade"
//! then) — right before the count ("väntade 37 personer"), right after its
//! noun ("37 personer väntade") or after "som" ("37 personer som
//! väntade"). The counts are looked for in the text a little before the
//! reference; when every one of them has one number, that is what the
//! reference should repeat.

use super::Span;
use super::counts::{Word, number_at, number_ending_before};
use crate::base::swedish::lowercase;

/// "de 35 som väntade", and the count it refers back to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbReference {
    /// "de 35 som väntade".
    pub span: Span,
    pub count: u64,
    /// The count told with the same verb before it: "väntade 37 personer".
    pub counted: (u64, Span),
}

/// How far before a reference its count is looked for.
const REACH: usize = 1500;

/// The most references read in one text.
const MAX_READ: usize = 200;

/// The references among `words`, the words of `text`.
pub(super) fn find_verb_references(text: &str, words: &[Word<'_>]) -> Vec<VerbReference> {
    if !(text.contains("de ") || text.contains("De ")) || !text.contains(" som ") {
        return Vec::new();
    }
    let mut found = Vec::new();
    for i in 0..words.len() {
        if found.len() >= MAX_READ {
            break;
        }
        if !matches!(words[i].text, "de" | "De") || words[i].closed {
            continue;
        }
        let Some((count, next)) = number_at(words, i + 1) else {
            continue;
        };
        let (Some(som), Some(verb)) = (words.get(next), words.get(next + 1)) else {
            continue;
        };
        if som.text != "som"
            || words[next - 1].closed
            || som.closed
            || !is_a_verb_form(verb.text)
            || !clause_ends_after(words, next + 1)
        {
            continue;
        }
        let verb = lowercase(verb.text);
        let span = words[i].start..words[next + 1].end;
        if let Some(counted) = counted_with(words, i, &verb, words[i].start.saturating_sub(REACH)) {
            found.push(VerbReference {
                span,
                count,
                counted,
            });
        }
    }
    found
}

/// Verbs that start the main clause after "de N som V": "Av de 37 som
/// väntade var 29 …", "De 412 som sökte fick svar".
const MAIN_VERBS: [&str; 14] = [
    "var", "är", "blev", "blir", "fick", "får", "har", "hade", "kan", "kunde", "ska", "skulle",
    "kommer", "behöver",
];

/// Whether the relative clause ends with its verb at word `v`: a stop
/// right after it, or the main clause's verb. "de 1 100 som valde tyska"
/// names some of those who chose.
fn clause_ends_after(words: &[Word<'_>], v: usize) -> bool {
    words[v].closed
        || words
            .get(v + 1)
            .is_some_and(|w| MAIN_VERBS.contains(&w.text))
}

/// A word that may be a finite verb after "som": letters only, lower case.
fn is_a_verb_form(word: &str) -> bool {
    word.chars().count() >= 3 && word.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
}

/// The one number counted with `verb` in the words before word `before`
/// that start at or after `from`: every such count has it, or none is read.
fn counted_with(words: &[Word<'_>], before: usize, verb: &str, from: usize) -> Option<(u64, Span)> {
    let first = words.partition_point(|w| w.start < from);
    let mut counted: Option<(u64, Span)> = None;
    for k in first..before {
        if lowercase(words[k].text) != verb {
            continue;
        }
        let Some(found) = count_beside(words, k) else {
            continue;
        };
        match &counted {
            Some((value, _)) if *value != found.0 => return None,
            Some(_) => {}
            None => counted = Some(found),
        }
    }
    counted
}

/// The count beside the verb at word `k`: "väntade 37 personer", "37
/// personer väntade", "37 personer som väntade".
fn count_beside(words: &[Word<'_>], k: usize) -> Option<(u64, Span)> {
    let open = |w: &Word<'_>| !w.closed;
    if let Some((value, next)) = number_at(words, k + 1).filter(|_| open(&words[k])) {
        let noun = words
            .get(next)
            .filter(|n| n.text.chars().all(char::is_alphabetic))?;
        return Some((value, words[k + 1].start..noun.end));
    }
    let noun_at = if k >= 1 && words[k - 1].text == "som" {
        k.checked_sub(2)?
    } else {
        k.checked_sub(1)?
    };
    let noun = &words[noun_at];
    if !open(noun) || !noun.text.chars().all(char::is_alphabetic) {
        return None;
    }
    number_ending_before(words, noun_at).map(|(value, s)| (value, words[s].start..noun.end))
}

#[cfg(test)]
mod tests {
    fn found(text: &str) -> Vec<(u64, u64)> {
        super::find_verb_references(text, &crate::paper::scan::counts::words(text))
            .iter()
            .map(|r| (r.count, r.counted.0))
            .collect()
    }

    #[test]
    fn reads_a_count_referred_back_to_by_its_verb() {
        assert_eq!(
            found(
                "I september väntade 37 personer på en plats. Av de 35 som väntade var 29 över 80 år."
            ),
            [(35, 37)]
        );
        assert_eq!(
            found("412 hushåll sökte bistånd. De 412 som sökte fick svar."),
            [(412, 412)]
        );
        assert_eq!(
            found("Det var 1 200 elever som valde språk. De 1 100 som valde har fått besked."),
            [(1_100, 1_200)]
        );
    }

    #[test]
    fn leaves_another_verb_form_a_qualified_clause_and_two_counts() {
        for cut_short in [
            "Av de",
            "Av de 35",
            "väntade 37 personer. Av de 35 som",
            "De 3 som väntade",
        ] {
            assert!(found(cut_short).is_empty(), "{cut_short}");
        }
        assert!(
            found(
                "Det var 1 200 elever som valde språk. Av de 1 100 som valde tyska var 40 pojkar."
            )
            .is_empty()
        );
        assert!(
            found("I september väntade 37 personer. Av de 35 som väntar nu är 29 över 80 år.")
                .is_empty()
        );
        assert!(
            found("I maj väntade 37 personer och i juni väntade 40 personer. Av de 35 som väntade var 29 äldre.")
                .is_empty()
        );
    }
}
