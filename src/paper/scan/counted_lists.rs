//! A count followed by a colon and the things it counts, named in a list on
//! the same line: "Juryn består av fem ledamöter: Anna Lind, Petter Sjö,
//! Maria Ek, Johan Berg och Sofia Nyström", "tre skolor: Åbyskolan,
//! Nässkolan och Ekskolan", "fyra delar: förskola, grundskola, fritidshem
//! och kulturskola."
//!
//! The list's items are split at commas and at its last "och" or "samt"
//! (not the "och" of "Barn- och utbildningsnämnden"). It is read only when
//! its items are plainly names or nouns: every item one to four words that
//! each begin with a capital (a party's letters in brackets allowed: "Anna
//! Lind (S)"), the last one's trailing words in lower case left out ("… och
//! Sofia Nyström som ordförande"); or every item one or two words in lower
//! case, the list ending with its sentence. A list that names some of many
//! ("bland andra", "t.ex.", "m.fl.") and a list of alternatives ("eller")
//! are not read.

use super::Span;
use super::counts::CountMention;
use super::floor_char_boundary;

/// A count and the items of the list after its colon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountedList {
    /// "fem ledamöter".
    pub count_span: Span,
    pub count: u64,
    /// Each item, as written.
    pub items: Vec<Span>,
}

/// How far after its colon a list is read.
const LIST_REACH: usize = 600;

/// Words that make a list name only some of the things counted.
const SOME_OF: [&str; 10] = [
    "bland andra",
    "bland annat",
    "bl.a",
    "t.ex",
    "till exempel",
    "m.fl",
    "med flera",
    "etc",
    "osv",
    "eller",
];

/// The most lists read in one text.
const MAX_READ: usize = 200;

pub(super) fn find_counted_lists(text: &str, counts: &[CountMention]) -> Vec<CountedList> {
    if !text.contains(": ") {
        return Vec::new();
    }
    counts
        .iter()
        .filter(|c| !c.bound && text[c.span.end..].starts_with(": "))
        .filter_map(|c| {
            let items = items_after(text, c.span.end + 2)?;
            Some(CountedList {
                count_span: c.span.clone(),
                count: c.count,
                items,
            })
        })
        .take(MAX_READ)
        .collect()
}

/// The items of the list that starts at `start`, when it is plainly one.
fn items_after(text: &str, start: usize) -> Option<Vec<Span>> {
    let reach = floor_char_boundary(text, (start + LIST_REACH).min(text.len()));
    let rest = &text[start..reach];
    let end = list_end(rest)?;
    let list = &rest[..end];
    // "m.fl." and "t.ex." end the list at their stop: read a little past it.
    let past = &rest[..floor_char_boundary(rest, (end + 6).min(rest.len()))];
    let lower = past.to_lowercase();
    if SOME_OF.iter().any(|w| contains_word(&lower, w)) {
        return None;
    }
    let pieces = split_items(list);
    if pieces.len() < 2 {
        return None;
    }
    let spans: Vec<Span> = pieces
        .iter()
        .map(|(from, to)| start + from..start + to)
        .collect();
    if let Some(named) = as_names(text, &spans) {
        return Some(named);
    }
    let ends_sentence = rest[end..].starts_with(['.', '\n']) || end == rest.len();
    (ends_sentence && spans.iter().all(|s| is_plain_noun(&text[s.clone()]))).then_some(spans)
}

/// Where the list ends: at a sentence's end, a semicolon or a line's end.
/// A stop inside a bracket or an abbreviation is not looked at: items with
/// either are not read.
fn list_end(rest: &str) -> Option<usize> {
    let end = rest.find(['.', ';', '\n', ':']).unwrap_or(rest.len());
    (end > 0).then_some(end)
}

/// The items' byte ranges in `list`: split at ", " and at " och " / " samt "
/// (not after a word that ends in a hyphen: "Barn- och …"), trimmed.
fn split_items(list: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for (at, _) in list.match_indices(", ") {
        cuts.push((at, at + 2));
    }
    for joint in [" och ", " samt "] {
        for (at, _) in list.match_indices(joint) {
            if !list[..at].ends_with('-') {
                cuts.push((at, at + joint.len()));
            }
        }
    }
    cuts.sort_unstable();
    let mut items = Vec::new();
    let mut from = 0;
    for (cut_start, cut_end) in cuts {
        if cut_start < from {
            continue;
        }
        items.push((from, cut_start));
        from = cut_end;
    }
    items.push((from, list.len()));
    items
        .into_iter()
        .map(|(a, b)| {
            let piece = &list[a..b];
            let lead = piece.len() - piece.trim_start().len();
            (a + lead, a + lead + piece.trim().len())
        })
        .filter(|(a, b)| b > a)
        .collect()
}

/// The items as names: each one to four capitalised words (a bracketed
/// party allowed), the last cut before its first word in lower case.
fn as_names(text: &str, items: &[Span]) -> Option<Vec<Span>> {
    let (last, others) = items.split_last()?;
    if !others.iter().all(|s| is_name(&text[s.clone()])) {
        return None;
    }
    let mut end = last.start;
    for word in name_words(&text[last.clone()]) {
        if capitalised(word) || bracketed(word) {
            end = last.start
                + (word.as_ptr() as usize - text[last.clone()].as_ptr() as usize)
                + word.len();
        } else {
            break;
        }
    }
    let cut = last.start..end;
    (end > last.start && is_name(&text[cut.clone()])).then(|| {
        let mut named = others.to_vec();
        named.push(cut);
        named
    })
}

/// The words of a name, "Barn- och utbildningsnämnden" as one.
fn name_words(item: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    let mut at = 0;
    for word in item.split(' ') {
        let word_start = at;
        at += word.len() + 1;
        let joined = word == "och" && item[..word_start].trim_end().ends_with('-');
        let joined_next = item[..word_start].ends_with("- och ");
        if !(joined || joined_next) && word_start > start {
            words.push(&item[start..word_start - 1]);
            start = word_start;
        }
    }
    words.push(&item[start..]);
    words
}

fn is_name(item: &str) -> bool {
    let words = name_words(item);
    (1..=4).contains(&words.len())
        && words.iter().any(|w| capitalised(w))
        && words.iter().all(|w| capitalised(w) || bracketed(w))
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == ' ')
}

fn bracketed(word: &str) -> bool {
    word.starts_with('(') && word.ends_with(')') && word.len() <= 8
}

/// One or two words in lower case: "förskola", "vård och omsorg" is not.
fn is_plain_noun(item: &str) -> bool {
    let words: Vec<&str> = item.split(' ').collect();
    (1..=2).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// Whether `phrase` stands in `lower` as whole words.
fn contains_word(lower: &str, phrase: &str) -> bool {
    lower.match_indices(phrase).any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + phrase.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphabetic()) && after.is_none_or(|c| !c.is_alphabetic())
    })
}

#[cfg(test)]
mod tests {
    fn lists(text: &str) -> Vec<(u64, Vec<String>)> {
        let scan = crate::paper::scan::scan(text);
        scan.counted_lists
            .iter()
            .map(|l| {
                (
                    l.count,
                    l.items.iter().map(|s| text[s.clone()].to_owned()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn reads_names_and_nouns_after_a_count() {
        assert_eq!(
            lists(
                "Juryn består av fem ledamöter: Anna Lind, Petter Sjö, Maria Ek, Johan Berg och Sofia Nyström."
            ),
            [(
                5,
                vec![
                    "Anna Lind",
                    "Petter Sjö",
                    "Maria Ek",
                    "Johan Berg",
                    "Sofia Nyström"
                ]
                .into_iter()
                .map(String::from)
                .collect()
            )]
        );
        assert_eq!(
            lists("Utredningen gäller tre skolor: Åbyskolan, Nässkolan samt Ekskolan som byggdes 1974.")[0].1,
            ["Åbyskolan", "Nässkolan", "Ekskolan"]
        );
        assert_eq!(
            lists(
                "Förvaltningen har fyra delar: förskola, grundskola, fritidshem och kulturskola."
            )[0]
            .1,
            ["förskola", "grundskola", "fritidshem", "kulturskola"]
        );
        assert_eq!(
            lists("Ärendet har remitterats till två nämnder: Barn- och utbildningsnämnden och Kultur- och fritidsnämnden.")[0].1,
            ["Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden"]
        );
        assert_eq!(
            lists("Gruppen har tre ledamöter: Anna Lind (S), Petter Sjö (M) och Maria Ek (C).")[0]
                .1,
            ["Anna Lind (S)", "Petter Sjö (M)", "Maria Ek (C)"]
        );
    }

    #[test]
    fn leaves_lists_of_some_clauses_and_alternatives() {
        for text in [
            "Juryn består av fem ledamöter: bland andra Anna Lind och Petter Sjö.",
            "Nämnden har två alternativ: att bygga nytt eller att renovera.",
            "Det finns tre skäl: kostnaden är hög, lokalerna är slitna och kön växer.",
            "Nämnden har fyra förskolor: Åby med 2 avdelningar och Näs med 3 avdelningar.",
            "Juryn består av fem ledamöter: Anna Lind m.fl.",
            "Vi har tre delar: förskola och grundskola som drivs av kommunen och en del till",
        ] {
            assert!(lists(text).is_empty(), "{text}");
        }
    }
}
