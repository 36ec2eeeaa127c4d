//! A count changed from one number to another, told with the size of the
//! change: "utöka antalet platser med 24 platser, från 96 till 120 platser",
//! "från 96 till 120 platser, alltså 24 fler", "från 412 till 380 hushåll,
//! en minskning med 32 hushåll". Each is a [`DifferenceMention`] between the
//! two numbers, which N317 checks.
//!
//! The change is "från A till B" and a noun that counts things after B
//! (after A too, the same one, when it has one): not a date ("från 1
//! januari"), a year, a sum or a percentage. Its size is right before it
//! ("med 24 platser," after a verb of change in the clause) or right after
//! it (at most three words of linking between: "alltså", "en ökning med",
//! "vilket är"), told with "med" before it or "fler"/"färre" after it, and
//! counts the same noun or none.

use super::counts::{NOT_COUNTED, Word, number_at, number_ending_before, same_counted};
use super::differences::{DifferenceMention, is_year};
use super::{Span, StatedPercent, floor_char_boundary};
use crate::base::swedish::{lowercase, month_number};

/// Stems of verbs that change a number: "utöka", "ökar", "minskas",
/// "höjs", "sänks", "utvidgas".
const CHANGE_VERBS: [&str; 7] = ["ök", "utök", "minsk", "höj", "sänk", "utvidg", "förändr"];

/// Words that may link a change to its size told after it.
const LINKS: [&str; 14] = [
    "alltså",
    "dvs",
    "eller",
    "en",
    "ett",
    "vilket",
    "är",
    "innebär",
    "blir",
    "ökning",
    "ökningen",
    "minskning",
    "minskningen",
    "utökning",
];

/// How many words before "med" its verb of change may stand.
const VERB_REACH: usize = 12;

/// The most changes read in one text: a paper has a few.
const MAX_READ: usize = 200;

/// The changes told with their sizes, among `words`, the words of `text`.
pub(super) fn find_count_changes(text: &str, words: &[Word<'_>]) -> Vec<DifferenceMention> {
    if !(text.contains("från ") && text.contains(" till ")) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for j in 0..words.len() {
        if found.len() >= MAX_READ {
            break;
        }
        if !words[j].text.eq_ignore_ascii_case("från") {
            continue;
        }
        let Some(change) = from_to(words, j) else {
            continue;
        };
        let size =
            size_before(text, words, j, &change).or_else(|| size_after(text, words, &change));
        if let Some((by, span)) = size {
            let percent = percent_after(text, span.end);
            found.push(DifferenceMention {
                span,
                by,
                between: [change.from.clone(), change.to.clone()],
                percent,
            });
        }
    }
    found
}

/// "från 96 till 120 platser": the two numbers, the noun, and the index of
/// the word after it. The noun may be left out when each number has its
/// time ("från 41 säsongen 2019/2020 till 58 säsongen 2026/2027"): the
/// subject counts ("Antalet utryckningar har ökat …").
struct FromTo {
    from: (u64, Span),
    to: (u64, Span),
    noun: Option<String>,
    after: usize,
}

/// Words that give a number its time: "säsongen 2019/2020", "under 2025",
/// "år 2026", "hösten 2027".
const TIME_LEADS: [&str; 12] = [
    "säsongen",
    "läsåret",
    "verksamhetsåret",
    "budgetåret",
    "året",
    "år",
    "under",
    "i",
    "hösten",
    "våren",
    "sommaren",
    "vintern",
];

/// A number's time at word `i` ("säsongen 2019/2020", "under 2025"): the
/// index after it.
fn time_of(words: &[Word<'_>], i: usize) -> Option<usize> {
    let lead = words.get(i)?;
    if lead.closed || !TIME_LEADS.contains(&&*lowercase(lead.text)) {
        return None;
    }
    let year = words.get(i + 1)?.text;
    let season = year.split_once('/').is_some_and(|(first, second)| {
        is_year(first)
            && (is_year(second)
                || (second.len() == 2 && second.bytes().all(|b| b.is_ascii_digit())))
    });
    (is_year(year) || season).then_some(i + 2)
}

/// The change whose "från" is word `j`.
fn from_to(words: &[Word<'_>], j: usize) -> Option<FromTo> {
    if words[j].closed {
        return None;
    }
    let (from, mut k) = counted_number(words, j + 1)?;
    let from_span = words[j + 1].start..words[k - 1].end;
    let first_noun = noun_at(words, k).filter(|n| n != "till" && time_of(words, k).is_none());
    if first_noun.is_some() {
        k += 1;
    }
    let first_time = time_of(words, k);
    k = first_time.unwrap_or(k);
    if words[k - 1].closed || !words.get(k)?.text.eq_ignore_ascii_case("till") {
        return None;
    }
    let to_start = k + 1;
    let (to, k) = counted_number(words, to_start)?;
    let noun = noun_at(words, k).filter(|_| time_of(words, k).is_none());
    let noun_end = if noun.is_some() { k + 1 } else { k };
    // A time in the same phrase: "… 120 platser. I 2025 …" has none.
    let to_time = (!words[noun_end - 1].closed).then(|| time_of(words, noun_end));
    let after = match to_time.flatten() {
        // Each number has its time, or neither has.
        Some(after) if first_time.is_some() => after,
        None if first_time.is_none() => noun_end,
        _ => return None,
    };
    if noun.is_none() && first_time.is_none() {
        return None;
    }
    if let (Some(first), Some(noun)) = (&first_noun, &noun)
        && !same_counted(first, noun)
    {
        return None;
    }
    Some(FromTo {
        from: (from, from_span),
        to: (to, words[to_start].start..words[noun_end - 1].end),
        noun: noun.or(first_noun),
        after,
    })
}

/// A number at word `i` that counts things (`number_at` refuses a year):
/// not a day of a month, not followed by a unit of measure ("år" before a
/// year is the number's time: "från 4 150 år 2026"). The index after it.
fn counted_number(words: &[Word<'_>], i: usize) -> Option<(u64, usize)> {
    let (value, next) = number_at(words, i)?;
    let measured = words.get(next).is_some_and(|w| {
        let lower = lowercase(w.text);
        (NOT_COUNTED.contains(&&*lower) && time_of(words, next).is_none())
            || month_number(&lower).is_some()
            || w.text == "%"
    });
    (!measured).then_some((value, next))
}

/// The noun counted at word `i`, in lower case: letters only, three or more.
fn noun_at(words: &[Word<'_>], i: usize) -> Option<String> {
    let word = words.get(i)?;
    (word.text.chars().count() >= 3 && word.text.chars().all(char::is_alphabetic))
        .then(|| lowercase(word.text).into_owned())
        .filter(|w| !NOT_COUNTED.contains(&w.as_str()))
}

/// The size right before the change: "med 24 platser, från …", with a verb
/// of change before "med" in its sentence.
fn size_before(text: &str, words: &[Word<'_>], j: usize, change: &FromTo) -> Option<(u64, Span)> {
    let mut end = j.checked_sub(1)?;
    if noun_at(words, end).is_some_and(|n| change.noun.as_ref().is_none_or(|c| same_counted(&n, c)))
    {
        end = end.checked_sub(1)?;
    }
    let (by, start) = number_ending_before(words, end + 1)?;
    let med = start.checked_sub(1)?;
    if !words[med].text.eq_ignore_ascii_case("med") || words[med].closed {
        return None;
    }
    let first = med.saturating_sub(VERB_REACH);
    let verb = (first..med).rev().find(|&v| {
        let lower = lowercase(words[v].text);
        CHANGE_VERBS.iter().any(|stem| lower.starts_with(stem))
    })?;
    // The verb in the same sentence as "med".
    if text[words[verb].end..words[med].start].contains(['.', ';', ':', '\n']) {
        return None;
    }
    Some((by, words[med].start..words[j - 1].end))
}

/// The size right after the change: ", alltså 24 fler", ", en ökning med
/// 24 platser", "vilket är 24 platser fler".
fn size_after(text: &str, words: &[Word<'_>], change: &FromTo) -> Option<(u64, Span)> {
    let mut k = change.after;
    // In the change's sentence.
    let gap = words[k - 1].end..words.get(k)?.start;
    if text[gap].contains(['.', ';', ':', '\n']) {
        return None;
    }
    let mut linked = 0;
    let mut med = false;
    while linked < 4 {
        let word = words.get(k)?;
        let lower = lowercase(word.text);
        if lower == "med" {
            med = true;
        } else if !LINKS.contains(&&*lower) {
            break;
        }
        k += 1;
        linked += 1;
    }
    let (by, next) = counted_number(words, k)?;
    let comparative_at = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| matches!(w.text, "fler" | "färre"))
    };
    let mut end = next - 1;
    if !comparative_at(next) {
        // A size of another noun ("med 30 anställda") is another figure.
        match noun_at(words, next) {
            Some(noun) if change.noun.as_ref().is_none_or(|c| same_counted(&noun, c)) => end = next,
            Some(_) => return None,
            None => {}
        }
    }
    let comparative = comparative_at(end + 1);
    if comparative {
        end += 1;
    }
    (med || comparative).then(|| (by, words[k].start..words[end].end))
}

/// Words that may join a change's size to its percentage: "830 personer
/// eller 20 procent", "24 fler, motsvarande 25 procent".
const PERCENT_LINKS: [&str; 5] = ["eller", "alltså", "dvs.", "motsvarande", "vilket är"];

/// Words that make a percentage about so.
const ABOUT: [&str; 8] = [
    "cirka", "ca", "ungefär", "drygt", "knappt", "omkring", "nästan", "runt",
];

/// The percentage right after a change's size, which ends at `at`: a
/// link or a bracket, then "20 procent" or "19,5 %" — not a share of
/// something ("20 procent av …").
fn percent_after(text: &str, at: usize) -> Option<StatedPercent> {
    let window = &text[at..floor_char_boundary(text, at + 60)];
    let mut rest = window.trim_start_matches([',', ' ', '(', '\u{a0}']);
    if let Some(link) = PERCENT_LINKS.iter().find(|l| rest.starts_with(**l)) {
        rest = rest[link.len()..].trim_start();
    } else if !window
        .trim_start_matches([',', ' ', '\u{a0}'])
        .starts_with('(')
    {
        return None;
    }
    let about = ABOUT
        .iter()
        .find(|a| rest.starts_with(**a) && rest[a.len()..].starts_with(' '));
    if let Some(about) = about {
        rest = rest[about.len()..].trim_start();
    }
    let whole_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&whole_len) {
        return None;
    }
    let (whole, tail) = rest.split_at(whole_len);
    let decimal_len = tail
        .strip_prefix(',')
        .map_or(0, |d| d.bytes().take_while(u8::is_ascii_digit).count());
    let decimals = (decimal_len > 0).then(|| &tail[1..=decimal_len]);
    let tail = &tail[decimals.map_or(0, |d| d.len() + 1)..];
    let unit = tail.trim_start_matches([' ', '\u{a0}']);
    let unit_len = if unit.starts_with('%') {
        1
    } else if unit.starts_with("procent") && !unit[7..].starts_with(char::is_alphanumeric) {
        7
    } else {
        return None;
    };
    if unit[unit_len..].trim_start().starts_with("av ") {
        return None;
    }
    let (hundredths, decimals) = super::changes::hundredths(whole, decimals)?;
    let start = at + (window.len() - rest.len());
    let end = at + (window.len() - unit.len()) + unit_len;
    Some(StatedPercent {
        span: start..end,
        hundredths,
        decimals,
        approximate: about.is_some(),
    })
}

#[cfg(test)]
mod tests {
    fn found(text: &str) -> Vec<(u64, u64, u64)> {
        super::find_count_changes(text, &crate::paper::scan::counts::words(text))
            .iter()
            .map(|d| (d.by, d.between[0].0, d.between[1].0))
            .collect()
    }

    #[test]
    fn reads_a_change_with_its_size_before_or_after() {
        assert_eq!(
            found(
                "Nämnden beslutar att utöka antalet platser med 26 platser, från 96 till 120 platser."
            ),
            [(26, 96, 120)]
        );
        assert_eq!(
            found("Antalet platser ökar från 96 till 120 platser, alltså 24 fler."),
            [(24, 96, 120)]
        );
        assert_eq!(
            found(
                "Antalet hushåll minskade från 412 till 380 hushåll, en minskning med 32 hushåll."
            ),
            [(32, 412, 380)]
        );
        assert_eq!(
            found("Vi ökar från 96 platser till 120 platser, med 24 platser."),
            [(24, 96, 120)]
        );
    }

    /// Each number with its time, the counted noun in the subject.
    #[test]
    fn reads_a_change_between_two_times() {
        assert_eq!(
            found(
                "Antalet utryckningar har ökat från 41 säsongen 2019/2020 till 58 säsongen 2026/2027, en ökning med 17 utryckningar."
            ),
            [(17, 41, 58)]
        );
        assert_eq!(
            found(
                "Besöken ökade från 9 400 under 2025 till 11 200 under 2026, en ökning med 1 800 besök."
            ),
            [(1800, 9400, 11200)]
        );
        assert_eq!(
            found(
                "Platserna blev fler, från 96 platser år 2025 till 120 platser år 2027, alltså 24 fler."
            ),
            [(24, 96, 120)]
        );
        assert_eq!(
            found(
                "Antalet invånare väntas öka från 4 150 år 2026 till 4 980 år 2030, en ökning med 830 personer eller 20 procent."
            ),
            [(830, 4150, 4980)]
        );
        let text = "Antalet invånare väntas öka från 4 150 år 2026 till 4 980 år 2030, en ökning med 830 personer eller drygt 20 procent.";
        let percent = super::find_count_changes(text, &crate::paper::scan::counts::words(text))[0]
            .percent
            .clone()
            .expect("a percentage");
        assert_eq!(&text[percent.span], "20 procent");
        assert_eq!((percent.hundredths, percent.approximate), (2000, true));
        // A time after the sentence's end is not the number's.
        assert_eq!(
            found(
                "Nämnden beslutar att utöka antalet platser med 24 platser, från 96 till 120 platser. I 2025 års budget finns de."
            ),
            [(24, 96, 120)]
        );
        for text in [
            // One number without its time: not read.
            "Besöken ökade från 9 400 till 11 200 under 2026, en ökning med 1 800 besök.",
            // Years, not a count.
            "Avtalet förlängs från 3 år till 5 år, en ökning med 2 år.",
            // Sums and shares are not counts.
            "Kostnaden ökade från 2 400 kronor under 2025 till 2 640 kronor under 2026, en ökning med 240 kronor.",
            "Andelen ökade från 41 under 2025 till 58 procent under 2026, en ökning med 17 procent.",
            // No size told.
            "Besöken ökade från 9 400 under 2025 till 11 200 under 2026.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn leaves_dates_years_sums_and_other_nouns() {
        for text in [
            "Avgiften höjs med 240 kronor, från 2 400 till 2 640 kronor.",
            "Platserna utökas med 24 platser från 2026 till 2028.",
            "Antalet ökade med 24 platser, från 1 januari till 120 platser.",
            "Förskolan utökas med två avdelningar, från 96 till 120 platser.",
            "Andelen ökar med 8 procent, från 32 till 40 procent.",
            "Antalet platser ökar från 96 till 120 platser. Med 24 platser till klarar vi kön.",
            "Från 96 till 120 platser.",
            "Antalet ökar från 96 till 120 platser, med 30 anställda.",
            // Cut short at the text's end.
            "Antalet ökar från",
            "ökar med 24 platser från 96 till",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
