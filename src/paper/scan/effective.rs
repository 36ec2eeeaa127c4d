//! The day a decision's subject takes effect: "riktlinjerna att gälla från
//! och med 1 januari 2027", "taxan föreslås gälla fr.o.m. 2027-01-01",
//! "bestämmelserna träder i kraft den 1 juli 2026", "tillämpas från …".
//! With the words of the clause before it, which say what takes effect.
//! Past forms ("gällde", "trädde i kraft") and an end ("upphör att gälla
//! den …") are not starts of what is proposed.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::dates::DateMention;
use super::{Span, floor_char_boundary, regex};

/// A day something takes effect, with what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffectiveDate {
    /// The date.
    pub span: Span,
    pub date: NaiveDate,
    /// The content words of the clause before the verb, lower case, as
    /// stems (see [`stem`]): "riktlinjerna" and "riktlinjer" are "riktlinj".
    pub subject: Vec<String>,
    /// The clause says the thing is an earlier one ("den tidigare taxan").
    pub earlier: bool,
}

/// How far before a date the verb and its preposition may stand.
const LEAD_REACH: usize = 80;

/// How far back the subject's clause is read.
const CLAUSE_REACH: usize = 160;

/// The verb of taking effect and "from", ending where the date starts.
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:gälla|gäller|börja\s+gälla|börjar\s+gälla|träda\s+i\s+kraft|träder\s+i\s+kraft|tillämpas)\s+(?:(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|från)\s+(?:den\s+)?|den\s+)$",
    )
});

/// Words of the clause that say nothing about what takes effect.
const NOT_SUBJECT: [&str; 40] = [
    "från",
    "till",
    "samt",
    "efter",
    "under",
    "inte",
    "även",
    "också",
    "detta",
    "dessa",
    "denna",
    "vara",
    "blir",
    "eller",
    "mellan",
    "inom",
    "utan",
    "genom",
    "enligt",
    "därmed",
    "därför",
    "kommer",
    "skall",
    "föreslås",
    "föreslår",
    "beslutar",
    "besluta",
    "antar",
    "antas",
    "fastställer",
    "fastställa",
    "reviderade",
    "revideras",
    "reviderad",
    "ändrade",
    "föreslagna",
    "nämnden",
    "nämnd",
    "beslut",
    "beslutet",
];

/// Words that make the thing an earlier one than the proposal's.
const EARLIER: [&str; 5] = ["tidigare", "nuvarande", "gamla", "befintliga", "gällande"];

/// Every effective date in `text`; `dates` are the text's own.
pub(super) fn find_effective_dates(text: &str, dates: &[DateMention]) -> Vec<EffectiveDate> {
    dates
        .iter()
        .filter_map(|mention| {
            let date = *mention.date.as_ref().ok()?;
            let from = floor_char_boundary(text, mention.span.start.saturating_sub(LEAD_REACH));
            let lead = LEAD.find(&text[from..mention.span.start])?;
            let verb_at = from + lead.start();
            // "träder i kraft den 1 juli", "börjar gälla den 1 januari":
            // "den" alone only after a verb of starting; "upphör att gälla
            // den 31 december" is an end.
            let lead_text = lead.as_str().to_lowercase();
            let starts = lead_text.contains("kraft") || lead_text.contains("börja");
            if !starts && !lead_text.contains("fr") {
                return None;
            }
            let clause = clause_before(text, verb_at);
            let words: Vec<String> = clause
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            Some(EffectiveDate {
                span: mention.span.clone(),
                date,
                earlier: words.iter().any(|w| EARLIER.contains(&w.as_str())),
                subject: words
                    .iter()
                    .filter(|w| w.chars().count() >= 4 && !NOT_SUBJECT.contains(&w.as_str()))
                    .map(|w| stem(w))
                    .collect(),
            })
        })
        .collect()
}

/// `word` without its definite, plural or genitive ending, so that the
/// forms of one noun meet: "riktlinjerna", "riktlinjer" → "riktlinj";
/// "taxan", "taxa" → "taxa". Two stems name one thing when one begins the
/// other ("tax", "taxa": "taxor", "taxa").
pub fn stem(word: &str) -> String {
    const ENDINGS: [&str; 13] = [
        "ernas", "arnas", "ornas", "erna", "arna", "orna", "ens", "ets", "en", "et", "er", "ar",
        "or",
    ];
    let word = word
        .strip_suffix('s')
        .filter(|w| w.ends_with("en") || w.ends_with("et") || w.ends_with("na"))
        .unwrap_or(word);
    ENDINGS
        .iter()
        .find_map(|e| {
            word.strip_suffix(e)
                .filter(|rest| rest.chars().count() >= 3)
        })
        .or_else(|| {
            word.strip_suffix('n')
                .filter(|rest| rest.ends_with(['a', 'e', 'o']))
        })
        .unwrap_or(word)
        .to_owned()
}

/// Whether two stems name one thing.
pub fn same_stem(a: &str, b: &str) -> bool {
    a.chars().count().min(b.chars().count()) >= 3 && (a.starts_with(b) || b.starts_with(a))
}

/// The clause that ends at `at`: back to a sentence end, a semicolon, a
/// line break or a comma.
fn clause_before(text: &str, at: usize) -> &str {
    let from = floor_char_boundary(text, at.saturating_sub(CLAUSE_REACH));
    let before = &text[from..at];
    let start = before
        .rfind(['.', ';', '\n', ',', ':'])
        .map_or(0, |i| i + 1);
    &before[start..]
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn days_things_take_effect_with_what_they_are() {
        let text = "Nämnden antar reviderade riktlinjer för skolskjuts att gälla från och med 1 januari 2027. De nya riktlinjerna föreslås gälla från den 1 januari 2028; avgiften börjar gälla den 1 mars 2027. Bestämmelserna träder i kraft den 1 juli 2026. Den tidigare taxan gäller fr.o.m. 2024-01-01.";
        let found: Vec<(&str, Vec<String>, bool)> = scan(text)
            .effective_dates
            .iter()
            .map(|e| (&text[e.span.clone()], e.subject.clone(), e.earlier))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "1 januari 2027",
                    vec!["riktlinj".into(), "skolskjuts".into()],
                    false
                ),
                ("1 januari 2028", vec!["riktlinj".into()], false),
                ("1 mars 2027", vec!["avgift".into()], false),
                ("1 juli 2026", vec!["bestämmels".into()], false),
                ("2024-01-01", vec!["tidigare".into(), "taxa".into()], true),
            ]
        );
    }

    #[test]
    fn forms_of_one_noun_share_a_stem() {
        use super::{same_stem, stem};
        for (a, b) in [
            ("riktlinjerna", "riktlinjer"),
            ("taxan", "taxorna"),
            ("avgiften", "avgifterna"),
            ("reglerna", "regler"),
            ("bestämmelsernas", "bestämmelser"),
        ] {
            assert!(same_stem(&stem(a), &stem(b)), "{a} {b}");
        }
        assert!(!same_stem(&stem("taxan"), &stem("avgiften")));
    }

    #[test]
    fn not_an_end_nor_a_past_start() {
        let text = "Riktlinjerna från 2019 upphör att gälla den 31 december 2026. Taxan gällde från 1 januari 2020 och trädde i kraft 2020-01-01. Den ska gälla den 1 maj 2026.";
        assert!(scan(text).effective_dates.is_empty());
    }
}
