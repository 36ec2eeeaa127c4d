//! Last days of an activity: "yttrandet ska lämnas senast den 5 mars 2027",
//! "Sista ansökningsdag är den 28 februari 2027", "remisstiden går ut den 12
//! mars", and the end of a period open for it ("Ansökan är öppen 1–28
//! februari 2027", "Förlängd svarstid från 18 mars till 13 april 2005").
//!
//! The activity is found by its word's stem wherever the word stands in the
//! clause, alone or as the first part of a compound ("ansökan", "ansöka",
//! "ansökningsdag", "ansökningsperioden" are one activity; "yttrandet",
//! "remisstiden", "svarstid" another), so no sentence is recognised whole.

use chrono::NaiveDate;

use super::dates::DateMention;
use super::periods::PeriodMention;
use super::{Span, floor_char_boundary};
use crate::base::swedish::WEEKDAYS;

/// The last day of an activity, as the text states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// The date.
    pub span: Span,
    pub date: NaiveDate,
    /// What must be done by then, one word for each activity ("ansökan",
    /// "yttrande"); None: the clause names none ("…, senast den 5 mars").
    pub activity: Option<&'static str>,
    /// The noun after the activity's preposition, its first letters:
    /// "ansökan om feriearbete" → "feriea". Two applications for different
    /// things have different last days.
    pub qualifier: Option<String>,
    /// The last day a change replaced ("Förlängd svarstid från 18 mars till
    /// 13 april"): a text may name the old one too.
    pub replaced: Option<NaiveDate>,
    /// The first day, when the last day ends a period open for the
    /// activity ("Ansökan är öppen 1–28 februari").
    pub opens: Option<NaiveDate>,
}

/// Activity stems and the activity they name. A stem matches a whole word
/// or a compound's first part: "yttra" is no "yttre".
const ACTIVITIES: [(&str, &str); 8] = [
    ("ansök", "ansökan"),
    ("anmäl", "anmälan"),
    ("yttra", "yttrande"),
    ("remiss", "yttrande"),
    ("svar", "yttrande"),
    ("anbud", "anbud"),
    ("offert", "anbud"),
    ("synpunkt", "synpunkter"),
];

/// How far before a date its clause is read.
const CLAUSE_REACH: usize = 90;

/// Words between "senast" (or "är") and the date that say nothing.
fn is_filler(word: &str) -> bool {
    word == "den"
        || WEEKDAYS.iter().any(|day| {
            word.strip_prefix(day)
                .is_some_and(|end| matches!(end, "" | "en"))
        })
}

/// Words that put the clause in the past or in another round ("Förra året
/// skulle ansökan ha kommit in senast …").
const ANOTHER_ROUND: [&str; 7] = [
    "skulle", "gick", "löpte", "förra", "fjol", "tidigare", "var",
];

/// The activities' verbs: "kan ansöka 1–28 februari".
const INFINITIVES: [&str; 4] = ["ansöka", "anmäla", "svara", "yttra"];

/// Words of a period that is open for the activity.
const OPEN: [&str; 3] = ["öppen", "öppet", "pågår"];

pub(super) fn find_deadlines(
    text: &str,
    dates: &[DateMention],
    periods: &[PeriodMention],
) -> Vec<Deadline> {
    let mut found: Vec<Deadline> = dates
        .iter()
        .filter_map(|d| {
            let date = *d.date.as_ref().ok()?;
            // Most dates have none of the lead words before them: their
            // clauses are not split into words.
            let window = &text[floor_char_boundary(text, d.span.start.saturating_sub(CLAUSE_REACH))
                ..d.span.start];
            if !["senast", "ista", " ut"].iter().any(|w| window.contains(w)) {
                return None;
            }
            let words = clause_words(text, d.span.start);
            let lead = words
                .iter()
                .rposition(|w| !is_filler(w))
                .map(|i| &words[..=i])?;
            if !(by_senast(lead) || by_last_day(lead) || runs_out(lead)) || another_round(&words) {
                return None;
            }
            let (activity, qualifier) = activity(&words).unzip();
            Some(Deadline {
                span: d.span.clone(),
                date,
                activity,
                qualifier: qualifier.flatten(),
                replaced: None,
                opens: None,
            })
        })
        .collect();
    let by_date: std::collections::HashSet<usize> = found.iter().map(|d| d.span.start).collect();
    for p in periods {
        if by_date.contains(&p.to_span.start) {
            continue;
        }
        let words = clause_words(text, p.span.start);
        let Some((activity, qualifier)) = activity(&words) else {
            continue;
        };
        if another_round(&words) || !open_for(&words) {
            continue;
        }
        let changed = words.iter().any(|w| {
            ["förläng", "flytta", "ändra", "ändrad"]
                .iter()
                .any(|s| w.starts_with(s))
        });
        found.push(Deadline {
            span: p.to_span.clone(),
            date: p.to,
            activity: Some(activity),
            qualifier,
            replaced: changed.then_some(p.from),
            opens: (!changed).then_some(p.from),
        });
    }
    found.sort_by_key(|d| d.span.start);
    found
}

/// The lower-case words of the clause before `at`, at most
/// [`CLAUSE_REACH`] bytes back.
fn clause_words(text: &str, at: usize) -> Vec<String> {
    let from = floor_char_boundary(text, at.saturating_sub(CLAUSE_REACH));
    let before = &text[from..at];
    let clause = before
        .rfind(['.', ';', '\n', '(', ')', ',', '!', '?'])
        .map_or(before, |i| &before[i + 1..]);
    let words: Vec<&str> = clause
        .split(|c: char| c.is_whitespace() || c == ':')
        .filter(|w| !w.is_empty())
        .collect();
    // A figure ends what was said before it ("Sista ansökningsdag är 28
    // februari och besked lämnas senast …" is two last days).
    let after_figure = words
        .iter()
        .rposition(|w| w.contains(|c: char| c.is_ascii_digit()))
        .map_or(0, |i| i + 1);
    words[after_figure..]
        .iter()
        .map(|w| w.to_lowercase())
        .collect()
}

/// "… senast (den) <date>".
fn by_senast(lead: &[String]) -> bool {
    lead.last().is_some_and(|w| w == "senast")
}

/// "Sista ansökningsdag är (den) <date>", "Sista dag att ansöka: <date>".
fn by_last_day(lead: &[String]) -> bool {
    let Some(sista) = lead.iter().position(|w| w == "sista") else {
        return false;
    };
    let day = lead[sista + 1..].iter().position(|w| {
        ["dag", "dagen", "datum", "datumet"].contains(&w.as_str())
            || (w.ends_with("dag") || w.ends_with("dagen")) && activity_of(w).is_some()
    });
    // The date follows "är", the day word, or the activity ("Sista dag att
    // ansöka: 28 februari").
    day.is_some()
        && lead
            .last()
            .is_some_and(|w| w == "är" || w.ends_with("dag") || activity_of(w).is_some())
}

/// "Remisstiden går ut (den) <date>", "ansökningstiden löper ut …".
fn runs_out(lead: &[String]) -> bool {
    let ends = |tail: &[&str]| {
        lead.len() >= tail.len()
            && lead[lead.len() - tail.len()..]
                .iter()
                .zip(tail)
                .all(|(a, b)| a == b)
    };
    let time = lead
        .iter()
        .any(|w| (w.ends_with("tiden") || w.ends_with("tid")) && activity_of(w).is_some());
    time && (ends(&["går", "ut"]) || ends(&["löper", "ut"]) || ends(&["utgår"]))
}

/// Whether a period's clause says it is open for its activity: "Ansökan är
/// öppen", "Ansökningsperioden är", "svarstid från …", "kan ansöka".
fn open_for(words: &[String]) -> bool {
    words.iter().any(|w| {
        OPEN.contains(&w.as_str())
            || activity_of(w).is_some()
                && (["period", "perioden", "tid", "tiden"]
                    .iter()
                    .any(|e| w.ends_with(e))
                    || INFINITIVES.contains(&w.as_str()))
    })
}

fn another_round(words: &[String]) -> bool {
    words.iter().any(|w| ANOTHER_ROUND.contains(&w.as_str()))
}

/// The activity the clause's last activity word names, and its qualifier.
fn activity(words: &[String]) -> Option<(&'static str, Option<String>)> {
    let at = words.iter().rposition(|w| activity_of(w).is_some())?;
    let qualifier = match words.get(at + 1).map(String::as_str) {
        Some("om" | "för" | "till" | "avseende" | "över") => words
            .get(at + 2)
            .map(|w| w.chars().take(6).collect::<String>()),
        _ => None,
    };
    Some((activity_of(&words[at])?, qualifier))
}

fn activity_of(word: &str) -> Option<&'static str> {
    ACTIVITIES
        .iter()
        .find(|(stem, _)| word.starts_with(stem))
        .map(|&(_, activity)| activity)
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn deadlines(text: &str) -> Vec<(String, Option<&'static str>, Option<String>)> {
        scan(text)
            .deadlines
            .iter()
            .map(|d| (d.date.to_string(), d.activity, d.qualifier.clone()))
            .collect()
    }

    #[test]
    fn last_days_by_senast_sista_and_running_out() {
        let found = deadlines(
            "Remissen kom in den 8 december 2026 och yttrandet ska lämnas senast den 5 mars 2027. Remisstiden går ut fredagen den 5 mars 2027. Sista ansökningsdag är den 28 februari 2027, och besked lämnas senast den 15 april 2027. Sista dag att ansöka: 28 februari 2027. Ansökan om feriearbete ska ha kommit in senast 2027-02-28.",
        );
        assert_eq!(
            found,
            [
                ("2027-03-05".into(), Some("yttrande"), None),
                ("2027-03-05".into(), Some("yttrande"), None),
                ("2027-02-28".into(), Some("ansökan"), None),
                ("2027-04-15".into(), None, None),
                ("2027-02-28".into(), Some("ansökan"), None),
                ("2027-02-28".into(), Some("ansökan"), Some("feriea".into())),
            ]
        );
    }

    #[test]
    fn the_end_of_a_period_open_for_the_activity() {
        let found = deadlines(
            "Ansökan är öppen 1–28 februari 2027. Ansökningsperioden är 1 mars–31 mars 2027. Ansökningarna behandlas under perioden 1 april–30 juni 2027.",
        );
        assert_eq!(
            found,
            [
                ("2027-02-28".into(), Some("ansökan"), None),
                ("2027-03-31".into(), Some("ansökan"), None)
            ]
        );
        let s = scan("(Förlängd svarstid från 18 mars till 13 april 2005 enligt telefonbesked.)");
        assert_eq!(s.deadlines[0].date.to_string(), "2005-04-13");
        assert_eq!(
            s.deadlines[0].replaced.map(|d| d.to_string()).as_deref(),
            Some("2005-03-18")
        );
    }

    #[test]
    fn no_last_day_in_another_round_or_without_its_words() {
        for text in [
            "Förra året skulle ansökan ha kommit in senast den 1 mars 2026.",
            "Ansökan kom in den 28 februari 2027.",
            "Yttre miljön ska vara klar senast den 1 juni 2027.",
            "Sista sammanträdet är den 14 december 2027.",
            "Sista ansökningsdag är 28 februari 2027 och besked lämnas senast 15 april 2027.",
        ] {
            let found = deadlines(text);
            assert!(
                found
                    .iter()
                    .all(|(date, activity, _)| activity.is_none() || date == "2027-02-28"),
                "{text}: {found:?}"
            );
        }
    }
}
