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
use super::durations::number_value;
use super::floor_char_boundary;
use crate::base::swedish::lowercase;

/// A count and the items of the list after its colon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountedList {
    /// "fem ledamöter".
    pub count_span: Span,
    pub count: u64,
    /// Each item, as written.
    pub items: Vec<Span>,
    /// The list comes before its count: "julafton, juldagen och
    /// nyårsdagen, dvs. tre dagar".
    pub count_after: bool,
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
    let mut lists = lists_before_counts(text);
    if !text.contains(": ") {
        return lists;
    }
    let after_colons = counts
        .iter()
        .filter(|c| !c.bound && text[c.span.end..].starts_with(": "))
        .filter_map(|c| {
            let items = items_after(text, c.span.end + 2)?;
            Some(CountedList {
                count_span: c.span.clone(),
                count: c.count,
                items,
                count_after: false,
            })
        })
        .take(MAX_READ);
    lists.extend(after_colons);
    lists.sort_by_key(|l| l.count_span.start);
    lists
}

/// Words between a list and the count that sums it up: "…och nyårsdagen,
/// dvs. fyra dagar". Not "totalt" or "sammanlagt", which sum up hours or
/// kronor as often as the things listed.
const SUMMING_UP: [&str; 5] = [
    ", dvs. ",
    ", dvs ",
    ", d.v.s. ",
    ", det vill säga ",
    ", alltså ",
];

/// Nouns a count after a list may not sum it up with: lengths and sums.
const NOT_THE_ITEMS: [&str; 6] = ["timmar", "minuter", "kronor", "procent", "tkr", "mnkr"];

/// The most things a list before its count is read with.
const MAX_LISTED_BEFORE: u64 = 20;

/// Lists right before the count that sums them up: one-word items split
/// at commas, the last after "och" or "samt"; the first item the last
/// word of the words before the list ("håller stängt julafton, juldagen,
/// nyårsafton och nyårsdagen, dvs. fyra dagar"). The count is read here,
/// as the counts' reader leaves days and other lengths to the durations.
fn lists_before_counts(text: &str) -> Vec<CountedList> {
    let mut found = Vec::new();
    for cue in SUMMING_UP {
        for (at, _) in text.match_indices(cue).take(MAX_READ) {
            let count_start = at + cue.len();
            let mut words = text[count_start..].splitn(3, ' ');
            let (Some(number), Some(noun)) = (words.next(), words.next()) else {
                continue;
            };
            let noun = noun.trim_end_matches(|c: char| !c.is_alphabetic());
            let count = number_value(number).map(u64::from);
            let Some(count) = count.filter(|n| (2..=MAX_LISTED_BEFORE).contains(n)) else {
                continue;
            };
            if noun.is_empty() || NOT_THE_ITEMS.contains(&noun) {
                continue;
            }
            let Some(items) = one_word_items_before(text, at) else {
                continue;
            };
            // "jul och nyår, dvs. fyra dagar" counts days of two holidays:
            // a count of days sums up days only.
            let days = |s: &Span| {
                let item = lowercase(&text[s.clone()]);
                ["dag", "dagen", "afton"]
                    .iter()
                    .any(|end| item.ends_with(end))
            };
            let counting_days = noun.starts_with("dag");
            if counting_days && !items.iter().all(days) {
                continue;
            }
            // The first word walked back to may be the clause's, not an
            // item ("stänger tidigt, julafton och nyårsafton, dvs. två
            // gånger"): a count one short is left, unless days are counted
            // and every word read is a day.
            if !counting_days && count + 1 == items.len() as u64 {
                continue;
            }
            found.push(CountedList {
                count_span: count_start..count_start + number.len() + 1 + noun.len(),
                count,
                items,
                count_after: true,
            });
        }
    }
    found
}

/// The one-word items of the list that ends at `end`, walking back: the
/// last joined by "och"/"samt", the others by commas, the first the last
/// word before them.
fn one_word_items_before(text: &str, end: usize) -> Option<Vec<Span>> {
    let start = floor_char_boundary(text, end.saturating_sub(LIST_REACH));
    let clause_start = text[start..end]
        .rfind(['.', ';', ':', '\n'])
        .map_or(start, |i| start + i + 1);
    let mut items = Vec::new();
    let mut at = end;
    let mut joint_seen = false;
    loop {
        let word_start = text[clause_start..at]
            .rfind(|c: char| !(c.is_alphabetic() || c == '-'))
            .map_or(clause_start, |i| clause_start + i + 1);
        let word = &text[word_start..at];
        if word.is_empty() || !word.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        items.push(word_start..at);
        let before = &text[clause_start..word_start];
        if !joint_seen {
            let joint = [" och ", " samt "].iter().find(|j| before.ends_with(*j))?;
            joint_seen = true;
            at = word_start - joint.len();
        } else if before.ends_with(", ")
            && !before.trim_end_matches(", ").ends_with(char::is_numeric)
        {
            at = word_start - 2;
        } else {
            break;
        }
    }
    items.reverse();
    (items.len() >= 2).then_some(items)
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
    let item = |s: &Span| {
        let item = &text[s.clone()];
        is_plain_noun(item) || is_name(item) || is_place(item)
    };
    (ends_sentence && spans.iter().all(item)).then_some(spans)
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

/// A place as lists name them: a name and a noun ("Ekby servicecenter",
/// "Solgårdens fritidsgård") or a noun and where it is ("biblioteket i
/// Norrby").
fn is_place(item: &str) -> bool {
    let words: Vec<&str> = item.split(' ').collect();
    let lower = |w: &&str| is_plain_noun(w);
    match words.as_slice() {
        [name, noun] => capitalised(name) && lower(noun),
        [noun, at, name] => lower(noun) && ["i", "på", "vid"].contains(at) && capitalised(name),
        _ => false,
    }
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
    fn reads_places_and_a_list_before_its_count() {
        assert_eq!(
            lists("Röstning kan ske i fem lokaler: stadshuset, biblioteket i Norrby, Ekby servicecenter, Solgårdens fritidsgård och Hamnens medborgarhus.")[0].1,
            ["stadshuset", "biblioteket i Norrby", "Ekby servicecenter", "Solgårdens fritidsgård", "Hamnens medborgarhus"]
        );
        assert_eq!(
            lists("Centralen har öppet kl. 7.00–15.00, den 23 och 30 december och håller stängt julafton, juldagen, nyårsafton och nyårsdagen, dvs. fyra dagar.")[0].1,
            ["julafton", "juldagen", "nyårsafton", "nyårsdagen"]
        );
        assert_eq!(
            lists("Vi besöker Åby och Näs, alltså två orter.")[0].1,
            ["Åby", "Näs"]
        );
        for text in [
            "Öppet måndag, tisdag och onsdag, dvs. 24 timmar.",
            "Öppet måndag, tisdag och onsdag, totalt tre dagar.",
            "Stängt under jul och nyår, dvs. fyra dagar.",
            "Biblioteket stänger tidigt, julafton och nyårsafton, dvs. två gånger.",
            "Kostnaden är hög och lokalerna slitna, alltså två skäl att bygga nytt.",
        ] {
            assert!(lists(text).is_empty(), "{text}");
        }
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
