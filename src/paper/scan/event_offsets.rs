//! A day told as a length after an event the paper dates by its noun
//! elsewhere: "Tillträde sker 2028-01-10. … inom 18 månader från
//! tillträdet, dvs. senast 2029-07-10"; "Höstterminen 2027 pågår från den
//! 23 augusti … senast 30 dagar efter terminsstart, det vill säga den 22
//! september 2027".
//!
//! The length ("18 månader", "30 dagar", "tre veckor") stands right before
//! "från" or "efter" and a noun; the day follows the noun in apposition
//! ("dvs.", "det vill säga", "alltså", and "senast" or "den"). The event is
//! dated where a sentence opens with its noun and a verb of taking place
//! ("Tillträde sker 2028-01-10", "Tillträdesdagen är den 10 januari
//! 2028"), or, for a noun of start or end ("terminsstart", "avtalsslut"),
//! where a sentence opens with a noun that ends in its first part and a
//! period ("Höstterminen 2027 pågår från den 23 augusti till …"). A noun
//! dated twice with two days, or matching two periods, is not read. The
//! noun is compared by its form: "tillträde", "tillträdet" and
//! "tillträdesdagen" are one event.

use chrono::NaiveDate;

use super::Span;
use super::dates::DateMention;
use super::durations::number_value;
use super::intervals::IntervalMention;
use super::periods::PeriodMention;
use crate::base::nouns::stem;
use crate::base::swedish::lowercase;

/// The words that may follow an event's noun before its day: "sker",
/// "äger rum", "är planerad till den".
const TAKES_PLACE: [&str; 20] = [
    "sker",
    "skedde",
    "ske",
    "äger",
    "ägde",
    "rum",
    "är",
    "var",
    "blir",
    "blev",
    "planeras",
    "planerad",
    "beräknas",
    "infaller",
    "ska",
    "preliminärt",
    "till",
    "den",
    "på",
    "kommer",
];

/// The words between a noun and the day it must be handed in by: "ska
/// lämnas senast den".
const HANDED_IN: [&str; 10] = [
    "ska", "skall", "lämnas", "vara", "inne", "in", "senast", "den", "komma", "ha",
];

/// The words that may follow a period's noun before the period.
const LASTS: [&str; 12] = [
    "pågår",
    "pågick",
    "gäller",
    "gällde",
    "löper",
    "varar",
    "sträcker",
    "sig",
    "är",
    "från",
    "mellan",
    "den",
];

/// The words between the noun and the day it gives: "dvs. senast", "det
/// vill säga den", "alltså".
const APPOSITION: [&str; 10] = [
    "dvs", "d", "v", "s", "det", "vill", "säga", "alltså", "senast", "den",
];

/// A word of apposition that must be among them.
const JOINING: [&str; 4] = ["dvs", "s", "säga", "alltså"];

/// The most "från"/"efter" a text is searched at: a paper has a few dozen.
const MAX_CUES: usize = 2_000;

/// The most events, periods and deadlines kept by their nouns: a paper
/// dates a few.
const MAX_EVENTS: usize = 200;

/// The longest opening before an event's day: "2. Tillträdesdagen är
/// preliminärt planerad till den".
const MAX_LEAD: usize = 80;

pub(super) fn find_event_offsets(
    text: &str,
    sentences: &[Span],
    dates: &[DateMention],
    periods: &[PeriodMention],
) -> Vec<IntervalMention> {
    let mut found = Vec::new();
    let mut events: Option<Events> = None;
    let cues = text
        .match_indices(" från ")
        .chain(text.match_indices(" efter "));
    for (at, cue) in cues.take(MAX_CUES) {
        let Some((length_span, length)) = length_before(text, at) else {
            continue;
        };
        let mut noun_start = at + cue.len();
        // "efter att anbudstiden gått ut": counted from the end of what
        // the noun names.
        let ended = text[noun_start..].starts_with("att ");
        if ended {
            noun_start += "att ".len();
        }
        let noun_end = noun_start
            + text[noun_start..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(text.len() - noun_start);
        if noun_end == noun_start {
            continue;
        }
        let clause_end = if ended {
            let Some(end) = ended_at(text, noun_end) else {
                continue;
            };
            end
        } else {
            noun_end
        };
        let Some(to) = day_after(text, clause_end, dates)
            .or_else(|| day_before(text, length_span.start, dates))
        else {
            continue;
        };
        let events = events.get_or_insert_with(|| Events::read(text, sentences, dates, periods));
        let noun = &text[noun_start..noun_end];
        let from = if ended {
            events.end_of(noun)
        } else {
            events.day_of(noun)
        };
        let Some(from) = from else {
            continue;
        };
        if from.0 >= to.0 {
            continue;
        }
        let (months, days) = match length {
            Length::Months(months) => (months, None),
            Length::Days(days) => (0, Some(days)),
        };
        found.push(IntervalMention {
            span: length_span,
            months,
            in_years: text[..at].ends_with("år"),
            from,
            to,
            days,
            exact: true,
        });
    }
    found.sort_by_key(|i| i.span.start);
    found
}

enum Length {
    Months(u32),
    Days(u32),
}

/// The length told right before `at`: "18 månader", "tre veckor".
fn length_before(text: &str, at: usize) -> Option<(Span, Length)> {
    let before = &text[super::floor_char_boundary(text, at.saturating_sub(40))..at];
    let mut words = before.rsplit([' ', '\u{a0}']);
    let unit = words.next()?;
    let number = words.next()?;
    let count = number_value(number).filter(|&n| n > 0 && n < 1_000)?;
    let length = match &*lowercase(unit) {
        "dag" | "dagar" => Length::Days(count),
        "vecka" | "veckor" => Length::Days(count * 7),
        "månad" | "månader" => Length::Months(count),
        "år" => Length::Months(count * 12),
        _ => return None,
    };
    // From the number's first byte: the space before the unit may be a
    // no-break space, two bytes wide.
    let start = number.as_ptr() as usize - text.as_ptr() as usize;
    Some((start..at, length))
}

/// Where the verb that ends what a noun names stops: "gått ut", "har löpt
/// ut", "är slut".
fn ended_at(text: &str, from: usize) -> Option<usize> {
    const ENDS: [&str; 9] = [
        "har", "gått", "löpt", "gick", "löper", "går", "är", "ut", "slut",
    ];
    for word in text[from..].split_whitespace().take(3) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphabetic());
        let lower = lowercase(bare);
        if !ENDS.contains(&&*lower) {
            return None;
        }
        if lower == "ut" || lower == "slut" {
            return Some(bare.as_ptr() as usize - text.as_ptr() as usize + bare.len());
        }
    }
    None
}

/// The day right before a length, in apposition to it: "senast den 15
/// april 2028, en månad efter att …".
fn day_before(text: &str, at: usize, dates: &[DateMention]) -> Option<(NaiveDate, Span)> {
    let previous = dates.get(dates.partition_point(|d| d.span.end <= at).checked_sub(1)?)?;
    let gap = lowercase(text[previous.span.end..at].trim());
    [",", ", alltså", ", dvs.", ", det vill säga"]
        .contains(&&*gap)
        .then(|| Some((*previous.date.as_ref().ok()?, previous.span.clone())))?
}

/// The day right after a noun, in apposition to it.
fn day_after(text: &str, from: usize, dates: &[DateMention]) -> Option<(NaiveDate, Span)> {
    let next = dates.get(dates.partition_point(|d| d.span.start < from))?;
    let gap = &text[from..next.span.start];
    if gap.len() > 40 || gap.contains(char::is_numeric) {
        return None;
    }
    let words: Vec<String> = gap
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| lowercase(w).into_owned())
        .collect();
    let apposed = words.iter().all(|w| APPOSITION.contains(&w.as_str()))
        && words.iter().any(|w| JOINING.contains(&w.as_str()));
    apposed.then(|| Some((*next.date.as_ref().ok()?, next.span.clone())))?
}

/// A day and where the text tells it.
type Day = (NaiveDate, Span);

/// The events the paper dates by their nouns, and the periods it names.
struct Events {
    /// A noun's key and its day (None when two days are given).
    dated: Vec<(String, Option<Day>)>,
    /// A period's noun key, its first and its last day.
    periods: Vec<(String, Day, Day)>,
    /// What must be handed in by a day, by its noun's key: "Anbud ska
    /// lämnas senast den 15 juni 2027".
    deadlines: Vec<(String, Day)>,
}

impl Events {
    fn read(
        text: &str,
        sentences: &[Span],
        dates: &[DateMention],
        periods: &[PeriodMention],
    ) -> Events {
        let mut dated: Vec<(String, Option<Day>)> = Vec::new();
        for date in dates {
            let Ok(day) = date.date else {
                continue;
            };
            let Some(noun) = opening_noun(text, sentences, date.span.start, &TAKES_PLACE) else {
                continue;
            };
            let key = event_key(&noun);
            let full = dated.len() >= MAX_EVENTS;
            match dated.iter_mut().find(|(k, _)| *k == key) {
                Some((_, told)) if told.as_ref().is_some_and(|(d, _)| *d != day) => *told = None,
                Some(_) => {}
                None if !full => dated.push((key, Some((day, date.span.clone())))),
                None => {}
            }
        }
        let periods = periods
            .iter()
            .filter_map(|p| {
                let noun = opening_noun(text, sentences, p.span.start, &LASTS)?;
                Some((
                    event_key(&noun),
                    (p.from, p.from_span.clone()),
                    (p.to, p.to_span.clone()),
                ))
            })
            .take(MAX_EVENTS)
            .collect();
        let deadlines = dates
            .iter()
            .filter_map(|date| {
                let day = *date.date.as_ref().ok()?;
                let noun = opening_noun(text, sentences, date.span.start, &HANDED_IN)?;
                let lead = &text[..date.span.start];
                let by = lead[super::floor_char_boundary(lead, lead.len().saturating_sub(20))..]
                    .contains("senast");
                by.then(|| (event_key(&noun), (day, date.span.clone())))
            })
            .take(MAX_EVENTS)
            .collect();
        Events {
            dated,
            periods,
            deadlines,
        }
    }

    /// The day what a noun names ends ("anbudstiden", "ansökningstiden"):
    /// the last day of the one period of that name, or the deadline of
    /// what the time is for ("Anbud ska lämnas senast …").
    fn end_of(&self, noun: &str) -> Option<(NaiveDate, Span)> {
        let key = event_key(noun);
        let mut named = self.periods.iter().filter(|(k, ..)| *k == key);
        if let Some((_, _, last)) = named.next() {
            return named.next().is_none().then(|| last.clone());
        }
        let base = key.strip_suffix("tid")?;
        let base = base.strip_suffix('s').unwrap_or(base);
        let mut due = self.deadlines.iter().filter(|(k, _)| k == base);
        let (_, day) = due.next()?;
        due.all(|(_, other)| other.0 == day.0).then(|| day.clone())
    }

    /// The day of the event a noun after "från"/"efter" names.
    fn day_of(&self, noun: &str) -> Option<(NaiveDate, Span)> {
        let key = event_key(noun);
        if let Some((_, told)) = self.dated.iter().find(|(k, _)| *k == key) {
            return told.clone();
        }
        let (base, start) = [("start", true), ("början", true), ("slut", false)]
            .into_iter()
            .find_map(|(end, start)| Some((key.strip_suffix(end)?, start)))?;
        let base = base.strip_suffix('s').unwrap_or(base);
        if base.chars().count() < 4 {
            return None;
        }
        let mut matching = self.periods.iter().filter(|(k, ..)| k.ends_with(base));
        let (_, first, last) = matching.next()?;
        if matching.next().is_some() {
            return None;
        }
        Some(if start { first.clone() } else { last.clone() })
    }
}

/// The noun a sentence opens with, when only `between` words (and a year)
/// stand between it and `at`: "Tillträde sker" 2028-01-10.
fn opening_noun(text: &str, sentences: &[Span], at: usize, between: &[&str]) -> Option<String> {
    let sentence = sentences.get(sentences.partition_point(|s| s.end <= at))?;
    if sentence.start > at {
        return None;
    }
    // A noun and a few words: a longer lead is no such sentence, and is
    // not split (a hostile sentence of many dates stays linear).
    if at - sentence.start > MAX_LEAD {
        return None;
    }
    let lead = text[sentence.start..at].trim_start();
    // A proposal's number ("2. Tillträde sker …").
    let lead = lead.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    let mut words = lead.split_whitespace();
    let noun = words.next()?;
    let capitalised = noun.chars().next().is_some_and(char::is_uppercase);
    let rest_fits = words.all(|w| {
        let w = lowercase(w.trim_matches(|c: char| !c.is_alphanumeric()));
        between.contains(&&*w) || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    });
    (capitalised && noun.chars().all(char::is_alphabetic) && rest_fits)
        .then(|| lowercase(noun).into_owned())
}

/// One key for a noun in its forms and as a day's compound: "Tillträde",
/// "tillträdet", "Tillträdesdagen" → "tillträd"; "terminsstarten" →
/// "terminsstart".
fn event_key(noun: &str) -> String {
    let stemmed = stem(noun);
    let base = ["dag", "datum"]
        .iter()
        .find_map(|day| stemmed.strip_suffix(day))
        .filter(|b| b.chars().count() >= 4)
        .map(|b| b.strip_suffix('s').unwrap_or(b))
        .unwrap_or(&stemmed);
    base.trim_end_matches('e').to_owned()
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn found(text: &str) -> Vec<(u32, Option<u32>, String, String)> {
        let mut scanned = scan(text);
        scanned.find_event_offsets(text);
        scanned
            .intervals
            .iter()
            .filter(|i| i.exact)
            .map(|i| (i.months, i.days, i.from.0.to_string(), i.to.0.to_string()))
            .collect()
    }

    #[test]
    fn a_length_after_an_event_dated_by_its_noun() {
        assert_eq!(
            found(
                "2. Tillträde sker 2028-01-10.\nKöparen ska påbörja byggnation inom 18 månader från \
                 tillträdet, dvs. senast 2029-07-10."
            ),
            [(18, None, "2028-01-10".to_owned(), "2029-07-10".to_owned())]
        );
        assert_eq!(
            found(
                "Tillträdesdagen är den 10 januari 2028. Bygget ska börja tre veckor efter \
                 tillträdet, det vill säga den 31 januari 2028."
            ),
            [(
                0,
                Some(21),
                "2028-01-10".to_owned(),
                "2028-01-31".to_owned()
            )]
        );
    }

    #[test]
    fn a_length_after_the_start_of_a_named_period() {
        assert_eq!(
            found(
                "Höstterminen 2027 pågår från den 23 augusti till den 17 december 2027. Avgiften ska \
                 betalas senast 30 dagar efter terminsstart, det vill säga den 22 september 2027."
            ),
            [(
                0,
                Some(30),
                "2027-08-23".to_owned(),
                "2027-09-22".to_owned()
            )]
        );
    }

    #[test]
    fn a_length_after_the_end_of_a_named_time_before_it() {
        assert_eq!(
            found(
                "2. Ansökningstiden är den 1 februari–15 mars 2028.\nJuryn lämnar sitt förslag \
                 senast den 15 april 2028, en månad efter att ansökningstiden gått ut.\nBakgrund"
            ),
            [(1, None, "2028-03-15".to_owned(), "2028-04-15".to_owned())]
        );
        assert_eq!(
            found(
                "Anbud ska lämnas senast den 15 juni 2027. Tilldelning sker den 29 juni 2027, två \
                 veckor efter att anbudstiden gått ut."
            ),
            [(
                0,
                Some(14),
                "2027-06-15".to_owned(),
                "2027-06-29".to_owned()
            )]
        );
    }

    #[test]
    fn a_length_after_a_no_break_space_starts_at_its_number() {
        let text = "Tillträde sker 2028-01-10. Bygget börjar 18\u{a0}månader från tillträdet, dvs. \
                    senast 2029-07-10.";
        let mut scanned = scan(text);
        scanned.find_event_offsets(text);
        let told: Vec<&str> = scanned
            .intervals
            .iter()
            .map(|i| &text[i.span.clone()])
            .collect();
        assert_eq!(told, ["18\u{a0}månader"]);
    }

    #[test]
    fn no_length_without_one_dated_event_and_a_day_in_apposition() {
        for text in [
            // The event is dated twice, with two days.
            "Tillträde sker 2028-01-10. Tillträde sker 2028-02-10. Bygget börjar 18 månader efter \
             tillträdet, dvs. senast 2029-07-10.",
            // The day is no apposition to the noun.
            "Tillträde sker 2028-01-10. Bygget börjar 18 månader efter tillträdet och slutar \
             2029-07-10.",
            // The event is not dated.
            "Bygget börjar 18 månader efter tillträdet, dvs. senast 2029-07-10.",
            // A sentence that does not open with the noun.
            "Nämnden beslutade om tillträde den 10 januari 2028. Bygget börjar 18 månader efter \
             tillträdet, dvs. senast 2029-07-10.",
            // Two periods end in the noun's first part.
            "Höstterminen pågår från den 23 augusti till den 17 december 2027. Vårterminen pågår \
             från den 10 januari till den 10 juni 2028. Avgiften betalas 30 dagar efter \
             terminsstart, dvs. den 22 september 2027.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
