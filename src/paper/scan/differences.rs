//! Differences between two counts: "Läsåret innan var de 118, alltså 22
//! färre", "I år planeras 160 aktiviteter, 20 fler än förra sommaren",
//! "jämfört med 52 vid samma tid förra året. Ökningen med 12 barn".
//!
//! A difference is found by its form: a number before "fler" or "färre",
//! or after "ökningen med" / "minskningen med" (any inflection). What it is
//! the difference of is read only where the text says it, in the
//! difference's sentence up to it and the sentence before:
//!
//! - a comparison: a count, then "jämfört med" (or "mot") and another;
//! - an apposition: the difference right after a count (", 20 fler", ",
//!   alltså 22 färre"), the other count being the only one before it of the
//!   same noun, or, for a count without its noun ("de 118"), the only one;
//! - the earlier time and its count after the difference ("37 fler hushåll
//!   än 2025, då 375 hushåll"), against the one count of the noun before
//!   it that is not a part of a breakdown.
//!
//! Numbers that count nothing are not counts: years, days of a month, a
//! section's or a grade's number, percentages, sums and lengths (the
//! nouns [`super::counts::NOT_COUNTED`] names). A difference told against
//! something the text does not count ("20 fler än planerat") is none.

use super::Span;
use super::counts::{NOT_COUNTED, Word, number_at, same_counted};
use crate::base::swedish::month_number;

/// A difference and the two counts it is the difference of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DifferenceMention {
    /// The difference as told: "22 färre", "Ökningen med 12".
    pub span: Span,
    pub by: u64,
    /// The two counts, the earlier in the text first.
    pub between: [(u64, Span); 2],
    /// The percentage a change from the first count to the second is told
    /// with right after its size ("en ökning med 830 personer eller 20
    /// procent").
    pub percent: Option<super::StatedPercent>,
}

/// A number that counts something, with the noun after it (lower case),
/// if any.
struct Counted {
    value: u64,
    span: Span,
    noun: Option<String>,
    /// "jämfört med" or "mot" stands right before it.
    compared: bool,
}

/// The most differences read in one text: a paper has a few; a hostile
/// text of thousands stays linear.
const MAX_DIFFERENCES: usize = 200;

pub(super) fn find_differences(
    text: &str,
    words: &[Word<'_>],
    sentences: &[Span],
    // Where the parts of breakdowns start, in order: a part is no count a
    // difference is told against.
    parts: &[usize],
) -> Vec<DifferenceMention> {
    // A cheap test first: most papers tell no difference.
    if !["fler", "färre", "kningen med"]
        .iter()
        .any(|cue| text.contains(cue))
    {
        return Vec::new();
    }
    let mut found = Vec::new();
    for i in 0..words.len() {
        if found.len() >= MAX_DIFFERENCES {
            break;
        }
        let Some((form, by, span, after)) = difference_at(words, i) else {
            continue;
        };
        if !told_against_a_count(words, after) {
            continue;
        }
        let window = window_before(sentences, span.start);
        let mut counted = counts_in(words, window, span.start);
        counted.retain(|c| parts.binary_search(&c.span.start).is_err());
        let apposed = matches!(form, Form::More | Form::Fewer);
        if let Some(between) = compared(&counted)
            .or_else(|| apposed.then(|| apposition(words, i, &counted)).flatten())
            .or_else(|| {
                apposed
                    .then(|| then_told(words, i, after, &counted))
                    .flatten()
            })
        {
            found.push(DifferenceMention {
                span,
                by,
                between,
                percent: None,
            });
        }
    }
    found
}

/// How a difference is told.
#[derive(PartialEq)]
enum Form {
    More,
    Fewer,
    Change,
    None,
}

/// The form of a difference starting at word `i`. Every word of a paper
/// with a cue passes here: a word is lower-cased only when it has a capital
/// (`lowercase` borrows otherwise).
fn difference_form<'t>(words: &[Word<'t>], i: usize) -> Form {
    let lower = |w: &Word<'t>| crate::base::swedish::lowercase(w.text);
    match words.get(i + 1).map(lower).as_deref() {
        Some("fler") => return Form::More,
        Some("färre") => return Form::Fewer,
        _ => {}
    }
    let change = ["ökning", "ökningen", "minskning", "minskningen"];
    let is_change = change.contains(&lower(&words[i]).as_ref())
        && words
            .get(i + 1)
            .is_some_and(|w| w.text == "med" && !words[i].closed);
    if is_change { Form::Change } else { Form::None }
}

/// The difference that starts at word `i`: its form, its value, its span
/// and the index of the word after it.
fn difference_at(words: &[Word<'_>], i: usize) -> Option<(Form, u64, Span, usize)> {
    let form = difference_form(words, i);
    let (by, span, after) = match form {
        Form::More | Form::Fewer => {
            let (by, next) = number_at(words, i)?;
            // "fler" must be the number's own word: "20 fler".
            if next != i + 1 || words[i].closed {
                return None;
            }
            (by, words[i].start..words[i + 1].end, i + 2)
        }
        Form::Change => {
            let (by, next) = number_at(words, i + 2)?;
            let unit = words.get(next).map(|w| w.text.to_lowercase());
            if unit.is_some_and(|u| NOT_COUNTED.contains(&u.as_str())) {
                return None;
            }
            (by, words[i].start..words[next - 1].end, next)
        }
        Form::None => return None,
    };
    Some((form, by, span, after))
}

/// Whether what follows a difference leaves it told against the counts
/// before it: nothing, or "än" and an earlier time ("än förra sommaren",
/// "än läsåret innan", "än 2026"), not "än planerat".
fn told_against_a_count(words: &[Word<'_>], after: usize) -> bool {
    const EARLIER: [&str; 8] = [
        "förra",
        "föregående",
        "fjol",
        "innan",
        "tidigare",
        "samma",
        "året",
        "förut",
    ];
    let Some(next) = words.get(after) else {
        return true;
    };
    if next.text != "än" || words[after - 1].closed {
        return true;
    }
    words[after + 1..]
        .iter()
        .take(3)
        .any(|w| EARLIER.contains(&w.text) || is_year(w.text))
}

/// The text a difference's counts are read from: the sentence before the
/// one it stands in, and its own up to it, at most [`WINDOW_REACH`] bytes
/// (a one-line text of thousands is not read again for each).
fn window_before(sentences: &[Span], at: usize) -> Span {
    let here = sentences.partition_point(|s| s.start <= at);
    let start = here
        .checked_sub(2)
        .and_then(|before| sentences.get(before))
        .or_else(|| here.checked_sub(1).and_then(|own| sentences.get(own)))
        .map_or(0, |s| s.start);
    start.max(at.saturating_sub(WINDOW_REACH))..at
}

/// How far before a difference its counts are looked for: two long
/// sentences.
const WINDOW_REACH: usize = 1000;

/// The counts in `window` (a number, not part of a date, a year, a
/// section's number or a measure), up to the difference at `end`.
fn counts_in(words: &[Word<'_>], window: Span, end: usize) -> Vec<Counted> {
    let first = words.partition_point(|w| w.start < window.start);
    let mut counted = Vec::new();
    let mut j = first;
    while j < words.len() && words[j].start < end {
        let digits = words[j].text.bytes().all(|b| b.is_ascii_digit());
        let Some((value, next)) = number_at(words, j).filter(|_| digits) else {
            j += 1;
            continue;
        };
        let last = next - 1;
        let before = j.checked_sub(1).map(|b| words[b].text.to_lowercase());
        let after = words.get(next).map(|w| w.text.to_lowercase());
        let placed = before.as_deref().is_some_and(|b| {
            [
                "§", "kap", "kap.", "årskurs", "vecka", "nr", "klass", "punkt", "bilaga", "sidan",
            ]
            .contains(&b)
        });
        let measure = after.as_deref().is_some_and(|a| {
            NOT_COUNTED.contains(&a) || month_number(a).is_some() || a == "%" || a == "§"
        });
        let year = next == j + 1 && is_year(words[j].text);
        if !(placed || measure || year) && words[last].end <= end {
            let noun = after
                .filter(|a| !words[last].closed && a.chars().all(char::is_alphabetic))
                .filter(|a| a.chars().count() >= 3);
            let compared = before.as_deref() == Some("mot")
                || (before.as_deref() == Some("med")
                    && j >= 2
                    && words[j - 2].text.eq_ignore_ascii_case("jämfört"));
            counted.push(Counted {
                value,
                span: words[j].start..words[last].end,
                noun,
                compared,
            });
        }
        j = next;
    }
    counted
}

/// A count and one compared with it: "64 den 31 augusti, jämfört med 52".
fn compared(counted: &[Counted]) -> Option<[(u64, Span); 2]> {
    let at = counted.iter().rposition(|c| c.compared)?;
    let later = &counted[at];
    let earlier = counted[..at].last()?;
    Some([
        (earlier.value, earlier.span.clone()),
        (later.value, later.span.clone()),
    ])
}

/// The count a difference stands in apposition to, and the one other
/// count it is told against.
fn apposition(words: &[Word<'_>], i: usize, counted: &[Counted]) -> Option<[(u64, Span); 2]> {
    const LINKS: [&str; 5] = ["alltså", "dvs", "dvs.", "eller", "således"];
    let (last, others) = counted.split_last()?;
    // The words between the count (and its noun) and the difference only
    // join them.
    let from = words.partition_point(|w| w.start < last.span.end);
    let between = &words[from..i];
    let joined = match between {
        [] => true,
        [one] => {
            let is_noun = last.noun.as_deref() == Some(&one.text.to_lowercase()) && one.closed;
            is_noun || (LINKS.contains(&one.text) && words[from - 1].closed)
        }
        [noun, link] => {
            last.noun.as_deref() == Some(&noun.text.to_lowercase())
                && noun.closed
                && LINKS.contains(&link.text)
        }
        _ => false,
    };
    if !joined {
        return None;
    }
    let earlier = match &last.noun {
        Some(noun) => the_one_count_of(others, noun)?,
        None => match others {
            [only] => only,
            _ => return None,
        },
    };
    Some([
        (earlier.value, earlier.span.clone()),
        (last.value, last.span.clone()),
    ])
}

/// The counts a difference is told between when it names the earlier time
/// and its count after it: "Det är 37 fler hushåll än 2025, då 375 hushåll
/// fick bistånd" — the count after "då" (or "när") of the difference's
/// noun, and the one count of that noun before the difference (a part of a
/// breakdown left out: "412 hushåll, varav … 244 hushåll utan barn").
fn then_told(
    words: &[Word<'_>],
    i: usize,
    after: usize,
    counted: &[Counted],
) -> Option<[(u64, Span); 2]> {
    let noun = words
        .get(i + 2)
        .filter(|w| !words[i + 1].closed && w.text != "än")
        .filter(|w| w.text.chars().all(char::is_alphabetic))
        .map(|w| w.text.to_lowercase());
    let mut k = after;
    if words
        .get(k)
        .is_some_and(|w| w.text == noun.as_deref().unwrap_or(""))
    {
        k += 1;
    }
    if words.get(k)?.text != "än" {
        return None;
    }
    // "än 2025, då", "än förra året, när": the time closed by a comma.
    let time_end = (k + 1..(k + 4).min(words.len())).find(|&t| words[t].closed)?;
    let then = words.get(time_end + 1)?;
    if !(then.text == "då" || then.text == "när") {
        return None;
    }
    let (value, next) = number_at(words, time_end + 2)?;
    let its_noun = words.get(next).map(|w| w.text.to_lowercase())?;
    let noun = noun.unwrap_or_else(|| its_noun.clone());
    if !same_counted(&its_noun, &noun) {
        return None;
    }
    let now = the_one_count_of(counted, &noun)?;
    Some([
        (now.value, now.span.clone()),
        (value, words[time_end + 2].start..words[next].end),
    ])
}

/// The one count of `noun` among `counted`; none when there are more.
fn the_one_count_of<'c>(counted: &'c [Counted], noun: &str) -> Option<&'c Counted> {
    let mut of_it = counted
        .iter()
        .filter(|c| c.noun.as_deref().is_some_and(|n| same_counted(n, noun)));
    let one = of_it.next()?;
    of_it.next().is_none().then_some(one)
}

/// A year of four digits: "2026".
pub(super) fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (1900..=2100).contains(&word.parse::<u32>().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    /// (difference, the two counts) of each difference found.
    fn found(text: &str) -> Vec<(u64, u64, u64)> {
        scan(text)
            .differences
            .iter()
            .map(|d| (d.by, d.between[0].0, d.between[1].0))
            .collect()
    }

    #[test]
    fn a_difference_with_the_earlier_count_after_it() {
        assert_eq!(
            found(
                "Under 2026 fick 412 hushåll bistånd, varav 168 barnfamiljer och 244 hushåll utan barn. Det är 47 fler hushåll än 2025, då 375 hushåll fick bistånd."
            ),
            [(47, 412, 375)]
        );
        assert_eq!(
            found(
                "Under 2026 fick 412 hushåll bistånd. Det är 37 fler än förra året, när 375 hushåll fick bistånd."
            ),
            [(37, 412, 375)]
        );
        // Two counts of the noun before it: which is meant is not told.
        assert!(
            found("I år fick 412 hushåll och 300 hushåll till bistånd. Det är 37 fler hushåll än 2025, då 375 hushåll fick bistånd.")
                .is_empty()
        );
    }

    #[test]
    fn a_difference_in_apposition_to_a_count() {
        assert_eq!(
            found(
                "Under läsåret 2026/2027 hade 140 elever i årskurs 7–9 en frånvaro på mer än 15 procent. Läsåret innan var de 118, alltså 22 färre."
            ),
            [(22, 140, 118)]
        );
        assert_eq!(
            found(
                "Förra sommaren deltog 2 300 barn i 140 aktiviteter. I år planeras 160 aktiviteter, 20 fler än förra sommaren."
            ),
            [(20, 140, 160)]
        );
        assert_eq!(
            found(
                "Förra sommaren deltog 2 300 barn i 140 aktiviteter. I år planeras 160 aktiviteter, tjugo fler."
            ),
            [(20, 140, 160)]
        );
    }

    #[test]
    fn a_change_after_a_comparison() {
        assert_eq!(
            found(
                "Antalet placerade barn var 64 den 31 augusti, jämfört med 52 vid samma tid förra året. Ökningen med 12 barn förklarar det mesta."
            ),
            [(12, 64, 52)]
        );
    }

    #[test]
    fn no_difference_without_the_counts_it_is_told_of() {
        // Against a plan, not a count.
        assert!(
            found("I fjol fick 40 elever plats. I år får 55 elever plats, 10 fler än planerat.")
                .is_empty()
        );
        // No count it is in apposition to, nor a comparison.
        assert!(
            found("Nämnden har 12 förskolor och 1 200 barn. I år tas 30 fler emot.").is_empty()
        );
        // Two counts of other nouns.
        assert!(
            found("Det finns 12 förskolor och 300 barn. I år kommer 40 elever, 5 fler.").is_empty()
        );
        // A change in per cent or kronor.
        assert!(
            found("Kostnaden var 64 och 52 jämfört med 40. Ökningen med 12 procent.").is_empty()
        );
        // "fler än 20 deltagare" is a bound.
        assert!(found("Det var 40 deltagare, fler än 20 deltagare.").is_empty());
    }
}
