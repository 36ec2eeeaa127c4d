//! The day a decision's subject takes effect: "riktlinjerna att gälla från
//! och med 1 januari 2027", "taxan föreslås gälla fr.o.m. 2027-01-01",
//! "bestämmelserna träder i kraft den 1 juli 2026", "tillämpas från …".
//! With the words of the clause before it, which say what takes effect.
//! Past forms ("gällde", "trädde i kraft") and an end ("upphör att gälla
//! den …") are not starts of what is proposed.

use super::reach::{Reaching, reaching};
use std::sync::LazyLock;

use chrono::NaiveDate;

use super::dates::{DateMention, MonthMention};
use super::weekdays::YearMention;
use super::{Span, floor_char_boundary};

/// A day something takes effect, with what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffectiveDate {
    /// The date.
    pub span: Span,
    pub date: NaiveDate,
    /// The content words of the clause before the verb, lower case, as
    /// stems (see [`stem`]): "riktlinjerna" and "riktlinjer" are "riktlinj".
    pub subject: Vec<String>,
    /// How much of the date is given: a month or a year alone is read as
    /// its first day, and any day of it agrees.
    pub precision: Precision,
    /// The clause says the thing is an earlier one ("den tidigare taxan").
    pub earlier: bool,
    /// The clause names no thing but the decision itself ("Ändringen träder
    /// i kraft …", "Beslutet gäller från …"): what the proposal makes take
    /// effect, whatever it is.
    pub the_decision: bool,
}

/// How far before a date the verb and its preposition may stand.
const LEAD_REACH: usize = 120;

/// How far back the subject's clause is read.
const CLAUSE_REACH: usize = 160;

/// The verb of taking effect and "from", ending where the date starts. A
/// verb of starting may take the date bare ("börjar gälla 1 juli 2026");
/// "införa" may have its object between ("införa avgiften från den …"), and
/// a verb of changing a sum its new value ("höjs från 250 till 300 kronor
/// per månad från och med den …"), which names no thing.
static LEAD: LazyLock<Reaching> = LazyLock::new(|| {
    reaching(
        r"(?i)\b(?:(?:gälla|gäller|tillämpas)\s+(?:(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|från)\s+(?:den\s+)?|den\s+)|(?:börja|börjar|träda|träder)\s+(?:gälla|i\s+kraft)\s+(?:(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|från)\s+)?(?:den\s+)?|(?P<introduce>inför|införa|införs|införas)\s+(?P<object>[^.;:\n\d]{0,60}?\s)?(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|från)\s+(?:den\s+)?|(?:fastställer|fastställa|fastställs|fastställas)\s+(?:(?P<set_object>[^.;:\n\d]{1,60}?)\s+)??till\s+[^.;:\n]{1,50}?\s(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|från)\s+(?:den\s+)?|(?:höjs|höjas|sänks|sänkas|ändras|tas\s+ut)\s+(?:[^.;:\n]{0,60}?\s)?(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?)\s+(?:den\s+)?)$",
    )
});

/// Words for the decision itself rather than a thing it makes take effect.
const THE_DECISION: [&str; 4] = ["ändring", "förändring", "förslag", "beslut"];

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

/// How much of a date an effective date gives, the finest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// "från och med den 1 februari 2027".
    Day,
    /// "från och med februari 2027": the month's first day.
    Month,
    /// "gäller från och med 2029": the year's first day.
    Year,
}

/// Every effective date in `text`; `dates`, `months` and `years` are the
/// text's own. A month without a day ("tas ut från och med februari 2027")
/// is read as its first day, marked as a month; a year alone ("gäller från
/// och med 2029") as its first day, marked as a year.
pub(super) fn find_effective_dates(
    text: &str,
    dates: &[DateMention],
    months: &[MonthMention],
    years: &[YearMention],
) -> Vec<EffectiveDate> {
    let days = dates.iter().filter_map(|mention| {
        let date = *mention.date.as_ref().ok()?;
        effective_at(text, &mention.span, date, Precision::Day)
    });
    let month_starts = months.iter().filter_map(|m| {
        let first = NaiveDate::from_ymd_opt(m.year, m.month, 1)?;
        effective_at(text, &m.span, first, Precision::Month)
    });
    // A year inside a date or a month is theirs: the first of each (sorted)
    // that ends at or after the year's end is the only one that can hold it.
    let holds = |outer: Option<&Span>, year: &Span| {
        outer.is_some_and(|s| s.start <= year.start && year.end <= s.end)
    };
    let alone = years.iter().filter(|y| {
        let d = dates.partition_point(|d| d.span.end < y.span.end);
        let m = months.partition_point(|m| m.span.end < y.span.end);
        !holds(dates.get(d).map(|d| &d.span), &y.span)
            && !holds(months.get(m).map(|m| &m.span), &y.span)
    });
    let year_starts = alone.filter_map(|y| {
        let first = NaiveDate::from_ymd_opt(y.year, 1, 1)?;
        effective_at(text, &y.span, first, Precision::Year)
    });
    let mut found: Vec<EffectiveDate> = days.chain(month_starts).chain(year_starts).collect();
    found.sort_by_key(|e| e.span.start);
    found
}

/// The effective date at `span` (a date or a month), when the words before
/// it make it one.
fn effective_at(
    text: &str,
    span: &Span,
    date: NaiveDate,
    told: Precision,
) -> Option<EffectiveDate> {
    let from = floor_char_boundary(text, span.start.saturating_sub(LEAD_REACH));
    let lead = LEAD.captures(&text[from..span.start])?;
    let whole = lead.get(0)?;
    let verb_at = from + whole.start();
    // "träder i kraft den 1 juli", "börjar gälla den 1 januari":
    // "den" alone only after a verb of starting; "upphör att gälla
    // den 31 december" is an end.
    let lead_text = whole.as_str().to_lowercase();
    let starts = lead_text.contains("kraft") || lead_text.contains("börja");
    if !starts && !lead_text.contains("fr") {
        return None;
    }
    // The thing is named before the verb, and after "införa"; after
    // "fastställa" alone when it has an object: its subject is then the
    // body that decides ("Kommunfullmäktige fastställer egenavgiften för
    // färdtjänst till 50 kronor … från och med"; "Egenavgiften fastställs
    // till …" names it before).
    let (before, object) = match (lead.name("object"), lead.name("set_object")) {
        (_, Some(set)) => ("", set.as_str()),
        (object, None) => (
            clause_before(text, verb_at),
            object.map_or("", |m| m.as_str()),
        ),
    };
    let words: Vec<String> = [before, object]
        .iter()
        .flat_map(|part| part.split(|c: char| !c.is_alphabetic()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    Some(of_words(span.clone(), date, told, &words))
}

/// The effective date at `span` of what `words` (the clause's, lower case)
/// name.
fn of_words(span: Span, date: NaiveDate, precision: Precision, words: &[String]) -> EffectiveDate {
    let subject: Vec<String> = words
        .iter()
        .filter(|w| w.chars().count() >= 4 && !NOT_SUBJECT.contains(&w.as_str()))
        .map(|w| stem(w))
        .collect();
    EffectiveDate {
        span,
        date,
        precision,
        earlier: words.iter().any(|w| EARLIER.contains(&w.as_str())),
        the_decision: names_the_decision(words, &subject),
        subject,
    }
}

/// The longest line read as a title, in bytes.
const MAX_TITLE: usize = 300;

/// The day a title names for its subject to start: "Reviderade riktlinjer
/// för ekonomiskt bistånd från den 1 januari 2028", "Taxa för bygglov från
/// och med 2027-01-01". A title is a noun phrase without a verb: "från" (or
/// "från och med", "fr.o.m.") right before the date is its start, unless a
/// period's end follows ("från 1 januari till 30 juni"). `title` is the
/// title's line(s), `dates` the text's dates in order.
pub(super) fn find_title_effective_dates(
    text: &str,
    title: &Span,
    dates: &[DateMention],
) -> Vec<EffectiveDate> {
    // A title is a line, not a paragraph: a longer line is prose.
    if title.len() > MAX_TITLE {
        return Vec::new();
    }
    // The dates are in text order: each line looks up its own, not all.
    super::within(dates, title, |d| &d.span)
        .iter()
        .filter(|d| d.span.end <= title.end)
        .filter_map(|mention| {
            let date = *mention.date.as_ref().ok()?;
            let before = text[title.start..mention.span.start].trim_end();
            let before = before.strip_suffix(" den").unwrap_or(before);
            let lower = before.to_lowercase();
            let lead = ["från och med", "fr.o.m.", "fr o m", "från"]
                .into_iter()
                .find(|lead| lower.ends_with(lead))?;
            let after = text[mention.span.end..title.end]
                .trim_start()
                .to_lowercase();
            let a_period = ["till", "t.o.m", "tom ", "och", "–", "-", "—"]
                .iter()
                .any(|end| after.starts_with(end));
            if a_period {
                return None;
            }
            let named = &before[..before.len() - lead.len()];
            let words: Vec<String> = named
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            Some(of_words(mention.span.clone(), date, Precision::Day, &words))
        })
        .collect()
}

/// Whether a clause's words (`subject` its content words' stems) name
/// only the decision: "Ändringen", "Beslutet", "Förslaget"; no word, or a
/// pronoun ("Den", "Detta"), refers further back and is not counted.
fn names_the_decision(words: &[String], subject: &[String]) -> bool {
    let is_decision = |w: &str| THE_DECISION.iter().any(|d| w.starts_with(d));
    let decision_word = words.iter().any(|w| is_decision(w));
    decision_word && subject.iter().all(|s| is_decision(s))
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

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    std::sync::LazyLock::force(&LEAD);
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn a_sum_set_from_a_day_is_of_the_thing_set() {
        let text = "Kommunfullmäktige fastställer egenavgiften för färdtjänst till 50 kronor per enkelresa från och med den 1 juli 2027. Egenavgiften fastställs till 45 kronor från den 1 juli 2026.";
        let found: Vec<(&str, Vec<String>)> = scan(text)
            .effective_dates
            .iter()
            .map(|e| (&text[e.span.clone()], e.subject.clone()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "1 juli 2027",
                    vec!["egenavgift".into(), "färdtjänst".into()]
                ),
                ("1 juli 2026", vec!["egenavgift".into()])
            ]
        );
    }

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

    #[test]
    fn a_bare_date_after_starting_and_the_object_of_introducing() {
        let text = "Riktlinjerna börjar gälla 1 juli 2026. Taxan träder i kraft 2026-08-01. Nämnden beslutar att införa avgiften för hemtjänst från den 1 september 2026. Avgiften införs från 1 oktober 2026. Avtalet gäller 1 juli 2026 – 30 juni 2027.";
        let found: Vec<(&str, Vec<String>)> = scan(text)
            .effective_dates
            .iter()
            .map(|e| (&text[e.span.clone()], e.subject.clone()))
            .collect();
        assert_eq!(
            found,
            [
                ("1 juli 2026", vec!["riktlinj".into()]),
                ("2026-08-01", vec!["taxa".into()]),
                (
                    "1 september 2026",
                    vec!["avgift".into(), "hemtjänst".into()]
                ),
                ("1 oktober 2026", vec!["avgift".into()]),
            ]
        );
    }

    #[test]
    fn a_year_alone_is_its_first_day_marked_as_a_year() {
        let found: Vec<(String, bool)> = scan(
            "Taxan gäller från och med 2029. Riktlinjerna gäller från den 1 januari 2029. Avgiften tas ut från och med februari 2029.",
        )
        .effective_dates
        .iter()
        .map(|e| (e.date.to_string(), e.precision == super::Precision::Year))
        .collect();
        assert_eq!(
            found,
            [
                ("2029-01-01".to_owned(), true),
                ("2029-01-01".to_owned(), false),
                ("2029-02-01".to_owned(), false)
            ]
        );
    }

    #[test]
    fn the_decision_itself() {
        let text = "Ändringen träder i kraft den 1 juli 2026. Beslutet gäller från 1 juli 2026. Nämnden beslutar att taxan gäller från 1 juli 2026. Den ska börja gälla den 1 maj 2026.";
        let found: Vec<bool> = scan(text)
            .effective_dates
            .iter()
            .map(|e| e.the_decision)
            .collect();
        assert_eq!(found, [true, true, false, false]);
    }
}
