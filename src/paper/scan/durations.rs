//! Durations: "två år", "ytterligare två år", "24 månader", and the
//! adjective that says how long a thing lasts: "ett tvåårigt avtal", "en
//! 3-årig avtalsperiod", "ett 18-månaders projekt".

use super::patterns::only_if;
use super::plain::{Plain, plain};
use std::sync::LazyLock;

use super::{DateMention, NOT_LETTER, Span, floor_char_boundary};
use chrono::NaiveDate;

/// "två år", "ytterligare två år", "24 månader".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DurationMention {
    pub span: Span,
    pub months: u32,
    /// Introduced by "ytterligare".
    pub additional: bool,
    /// An adjective before the thing that lasts ("tvåårigt avtal"): the
    /// period may follow later in the sentence ("… med X för perioden …").
    pub attributive: bool,
    /// The length of the agreement itself, told on its own: "Avtalet gäller
    /// i två år", "Avtalstiden är två år", "ett avtal på två år", "ett
    /// tvåårigt avtal". Not an earlier agreement's ("det nuvarande avtalet
    /// löper i fem år"), nor a time told of it ("har gällt i fem år",
    /// "följs upp efter ett år").
    pub agreement_length: bool,
    /// The stem ([`crate::base::nouns::stem`]) of the noun whose own length
    /// this is, told of it directly: "partnerskap för tre år", "ett
    /// treårigt partnerskap", "Projektet pågår i två år". None when the
    /// noun is an earlier one's ("det tidigare avtalet") or the length is
    /// counted back ("för tre år sedan").
    pub thing: Option<String>,
    /// The first day the length is counted from, when a date follows it
    /// directly as its start ("två år från och med den 1 november 2026",
    /// "24 månader med start 2027-01-01") and is no period's start of its
    /// own: the length and the day tell a period (see [`Self::told_period`]).
    pub start: Option<(NaiveDate, Span)>,
    /// The last day the length is counted to, when it has no first day and
    /// a date follows it directly as its last ("i tio år till och med den
    /// 28 februari 2039") that ends no period of its own.
    pub end: Option<(NaiveDate, Span)>,
}

impl DurationMention {
    /// The period a length and its first or last day tell: from the first
    /// day to the day before the same day `months` later, or back from the
    /// last day.
    pub fn told_period(&self) -> Option<(NaiveDate, NaiveDate)> {
        use crate::base::calendar::{term_end, term_start};
        match (&self.start, &self.end) {
            (Some((from, _)), _) => Some((*from, term_end(*from, self.months)?)),
            (None, Some((to, _))) => Some((term_start(*to, self.months)?, *to)),
            (None, None) => None,
        }
    }

    /// The text that tells [`Self::told_period`]: from the length to its day.
    pub fn told_span(&self) -> Option<Span> {
        let (_, day) = self.start.as_ref().or(self.end.as_ref())?;
        Some(self.span.start..day.end)
    }

    /// Whether the period is told back from its last day.
    pub fn told_from_its_end(&self) -> bool {
        self.start.is_none() && self.end.is_some()
    }
}

/// Words that may stand between the agreement and its length: a verb of
/// lasting, a preposition of length, an article.
const LENGTH_LINKS: [&str; 32] = [
    "gäller",
    "gälla",
    "pågår",
    "pågå",
    "varar",
    "löper",
    "löpa",
    "omfattar",
    "omfatta",
    "avser",
    "avse",
    "sträcker",
    "sig",
    "över",
    "är",
    "blir",
    "bli",
    "tecknas",
    "skrivs",
    "ska",
    "föreslås",
    "på",
    "i",
    "under",
    "om",
    "för",
    "en",
    "ett",
    "period",
    "tid",
    "totalt",
    "sammanlagt",
];

/// Words that make an agreement another than the one proposed.
const OTHER_AGREEMENT: [&str; 7] = [
    "tidigare",
    "nuvarande",
    "befintliga",
    "gamla",
    "gällande",
    "förra",
    "ursprungliga",
];

/// Whether `word` (lower case) is the agreement or its term: "avtalet",
/// "ramavtal", "avtalstiden", "avtalsperioden", "överenskommelsen",
/// "samverkansöverenskommelse", "kontraktstiden" — a noun of agreement as
/// a compound's first or last part, in any form.
pub fn is_agreement(word: &str) -> bool {
    const AGREEMENTS: [&str; 3] = ["avtal", "överenskommelse", "kontrakt"];
    AGREEMENTS.iter().any(|noun| {
        word.starts_with(noun)
            || word
                .rfind(noun)
                .is_some_and(|at| ["", "et", "n", "en"].contains(&&word[at + noun.len()..]))
    })
}

/// The lower-case words of the clause before a counted duration
/// (`before`, ending where it starts).
fn clause_words(before: &str) -> Vec<String> {
    let clause = before
        .rfind(['.', ';', ':', '\n', ',', '(', ')'])
        .map_or(before, |i| &before[i + 1..]);
    clause.split_whitespace().map(str::to_lowercase).collect()
}

/// Whether the word at `at` is followed by only [`LENGTH_LINKS`] up to the
/// duration, and is no earlier thing ("det tidigare avtalet").
fn links_to_the_length(words: &[String], at: usize) -> bool {
    let links = &words[at + 1..];
    !links.is_empty()
        && links.len() <= 5
        && links.iter().all(|w| LENGTH_LINKS.contains(&w.as_str()))
        && !at
            .checked_sub(1)
            .is_some_and(|i| OTHER_AGREEMENT.contains(&words[i].as_str()))
}

/// Whether the clause before a counted duration makes it the agreement's
/// own length: the agreement, then only [`LENGTH_LINKS`].
fn tells_agreement_length(words: &[String]) -> bool {
    words
        .iter()
        .rposition(|w| is_agreement(w))
        .is_some_and(|at| links_to_the_length(words, at))
}

/// The stem of the noun a counted duration is the length of: the last word
/// before the links ("partnerskap för tre år", "Projektet pågår i två år").
fn thing_before(words: &[String]) -> Option<String> {
    // A length told in the past is an earlier round's: "gällde i två år".
    const LASTED: [&str; 8] = [
        "gällde", "gällt", "löpte", "löpt", "pågick", "pågått", "varade", "varat",
    ];
    let at = words
        .iter()
        .rposition(|w| !LENGTH_LINKS.contains(&w.as_str()))?;
    let noun = words[at].trim_matches(|c: char| !c.is_alphabetic());
    if LASTED.contains(&noun) {
        return None;
    }
    (noun.chars().count() >= 4
        && noun.chars().all(char::is_alphabetic)
        && links_to_the_length(words, at))
    .then(|| crate::base::nouns::stem(noun))
}

/// Whether a length is counted back from now: "för tre år sedan".
fn counted_back(after: &str) -> bool {
    after.trim_start().starts_with("sedan")
}

/// How far back the clause of a counted duration is read.
const CLAUSE_REACH: usize = 120;

const NUMBER_WORDS: [(&str, u32); 13] = [
    ("ett", 1),
    ("en", 1),
    ("två", 2),
    ("tre", 3),
    ("fyra", 4),
    ("fem", 5),
    ("sex", 6),
    ("sju", 7),
    ("åtta", 8),
    ("nio", 9),
    ("tio", 10),
    ("elva", 11),
    ("tolv", 12),
];

/// "två" → 2, "12" → 12, "sjutton" → 17, "tjugotre" → 23: the numbers a
/// paper spells, up to 99.
pub fn number_value(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    word.parse().ok().or_else(|| spelled(&word))
}

/// The teens, and the tens a unit may be glued to ("tjugo|tre").
const TEENS: [(&str, u32); 9] = [
    ("tretton", 13),
    ("fjorton", 14),
    ("femton", 15),
    ("sexton", 16),
    ("sjutton", 17),
    ("arton", 18),
    ("aderton", 18),
    ("nitton", 19),
    ("noll", 0),
];
const TENS: [(&str, u32); 8] = [
    ("tjugo", 20),
    ("trettio", 30),
    ("fyrtio", 40),
    ("femtio", 50),
    ("sextio", 60),
    ("sjuttio", 70),
    ("åttio", 80),
    ("nittio", 90),
];

pub(super) fn spelled(word: &str) -> Option<u32> {
    let table =
        |table: &[(&str, u32)], w: &str| table.iter().find(|(t, _)| *t == w).map(|(_, n)| *n);
    table(&NUMBER_WORDS, word)
        .or_else(|| table(&TEENS, word))
        .or_else(|| {
            TENS.iter().find_map(|(tens, n)| {
                let unit = word.strip_prefix(tens)?;
                if unit.is_empty() {
                    return Some(*n);
                }
                table(&NUMBER_WORDS[..10], unit)
                    .filter(|u| *u < 10)
                    .map(|u| n + u)
            })
        })
}

/// The numbers of [`NUMBER_WORDS`] but "en", as running text spells them.
const SPELLED: &str = "[Tt]retton|[Ff]jorton|[Ff]emton|[Ss]exton|[Ss]jutton|[Aa](?:de)?rton|[Nn]itton|(?:[Tt]jugo|[Tt]rettio|[Ff]yrtio|[Ff]emtio|[Ss]extio)(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio)?|[Ee]tt|[Tt]vå|[Tt]re|[Ff]yra|[Ff]em|[Ss]ex|[Ss]ju|[Åå]tta|[Nn]io|[Tt]io|[Ee]lva|[Tt]olv";

/// "tre år", "18 månader", and a number in words with its digits in
/// brackets, as contracts write it: "tio (10) år".
static DURATION: LazyLock<Plain> = LazyLock::new(|| {
    plain(&format!(
        r"{NOT_LETTER}([Yy]tterligare\s+)?({SPELLED}|[Ee]n|\d{{1,3}})(?:\s*\(\d{{1,3}}\))?\s+(år|månader|månad)\b"
    ))
});

/// "tvåårigt", "treåriga", "2-årig", "18-månaders": a number glued to the
/// adjective, then the noun it describes.
static ATTRIBUTIVE: LazyLock<Plain> = LazyLock::new(|| {
    plain(&format!(
        r"{NOT_LETTER}({SPELLED}|\d{{1,2}}-?)(årig[at]?|månaders)\s+(\p{{L}}+)"
    ))
});

/// Whether the noun after an attributive duration is a being, whose
/// "-årig" is an age: "fyraåriga barn", "en 16-årig elev", "treåriga
/// pojkar", and the nouns of doers by their endings ("18-åriga deltagare",
/// "sökande"). Any other noun is a thing that lasts ("ett treårigt
/// partnerskap", "en tvåårig utbildning").
fn is_a_being(noun: &str) -> bool {
    const DOERS: [&str; 4] = ["are", "arna", "ande", "ende"];
    const BEINGS: [&str; 13] = [
        "barn", "pojk", "flick", "elev", "kvinn", "ungdom", "individ", "person", "tjej", "kill",
        "dott", "dött", "son",
    ];
    const MEN: [&str; 4] = ["man", "mannen", "män", "männen"];
    BEINGS.iter().any(|being| noun.starts_with(being))
        || MEN.contains(&noun)
        || noun.ends_with("åring")
        || noun.ends_with("åringar")
        || DOERS.iter().any(|ending| noun.ends_with(ending))
}

pub(super) fn find_durations(text: &str) -> Vec<DurationMention> {
    // Every duration is in years or months: a text with neither word is
    // not searched (see `only_if`).
    let lengths = text.contains("år") || text.contains("månad");
    let mut found = counted_durations(only_if(lengths, text, &DURATION));
    found.extend(attributive_durations(only_if(lengths, text, &ATTRIBUTIVE)));
    found.sort_by_key(|d| d.span.start);
    found
}

/// "tvåårigt avtal": a duration by its adjective, when the noun after it
/// is a thing that lasts.
fn attributive_durations(text: &str) -> Vec<DurationMention> {
    ATTRIBUTIVE
        .captures_iter(text)
        .filter_map(|c| {
            let noun = c[3].to_lowercase();
            if is_a_being(&noun) {
                return None;
            }
            let count = number_value(c[1].trim_end_matches('-'))?;
            let months = if c[2].starts_with("år") {
                count * 12
            } else {
                count
            };
            let span = c.get(1)?.start()..c.get(2)?.end();
            let other = text[..span.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| OTHER_AGREEMENT.contains(&w.to_lowercase().as_str()));
            Some(DurationMention {
                span,
                months,
                additional: false,
                attributive: true,
                agreement_length: is_agreement(&noun) && !other,
                thing: (!other).then(|| crate::base::nouns::stem(&noun)),
                start: None,
                end: None,
            })
        })
        .collect()
}

fn counted_durations(text: &str) -> Vec<DurationMention> {
    DURATION
        .captures_iter(text)
        .filter_map(|c| {
            let count = number_value(&c[2])?;
            let months = if c[3].eq_ignore_ascii_case("år") {
                count * 12
            } else {
                count
            };
            // "4-20 år" is an age range, not a duration.
            let start = c.get(1).or(c.get(2))?.start();
            if text[..start].trim_end().ends_with(['-', '–', '—']) {
                return None;
            }
            let clause_from = floor_char_boundary(text, start.saturating_sub(CLAUSE_REACH));
            let words = clause_words(&text[clause_from..start]);
            let end = c.get(0)?.end();
            let own = c.get(1).is_none() && !counted_back(&text[end..]);
            Some(DurationMention {
                span: start..end,
                months,
                additional: c.get(1).is_some(),
                attributive: false,
                agreement_length: c.get(1).is_none() && tells_agreement_length(&words),
                thing: own.then(|| thing_before(&words)).flatten(),
                start: None,
                end: None,
            })
        })
        .collect()
}

/// What joins a length to the day it is counted from: "från och med
/// (den)", "fr.o.m.", "från", "räknat från", "med start (den)", "med början".
static START_LEAD: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"(?i)^[\s,]*(?:räknat\s+)?(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|från|med\s+start(?:\s+från)?|med\s+början)\s+(?:den\s+)?$",
    )
});

/// What joins a length to the last day it is counted to: "till och med
/// (den)", "t.o.m.", "fram till och med".
static END_LEAD: LazyLock<Plain> = LazyLock::new(|| {
    plain(r"(?i)^[\s,]*(?:fram\s+)?(?:till\s+och\s+med|t\.\s?o\.\s?m\.?)\s+(?:den\s+)?$")
});

/// How far after a length its first or last day may begin ("räknat från
/// och med den " is the longest lead).
const START_REACH: usize = 32;

/// Gives each counted length the date that follows it as its first day,
/// or else as its last (`dates`, `period_starts` and `period_ends` in text
/// order). A date that starts or ends a period ("två år från 1 maj 2024
/// till 30 april 2026") is left to the period: the length is compared with
/// it as it stands.
pub(super) fn attach_days(
    text: &str,
    durations: &mut [DurationMention],
    dates: &[DateMention],
    (period_starts, period_ends): (&[usize], &[usize]),
) {
    for duration in durations.iter_mut().filter(|d| !d.attributive) {
        let end = duration.span.end;
        let first_after = dates.partition_point(|d| d.span.start < end);
        let Some(date) = dates.get(first_after) else {
            continue;
        };
        let Ok(day) = date.date else { continue };
        let in_a_period = period_starts.binary_search(&date.span.start).is_ok()
            || period_ends.binary_search(&date.span.start).is_ok();
        if date.span.start > end + START_REACH || in_a_period {
            continue;
        }
        let lead = &text[end..date.span.start];
        if START_LEAD.is_match(lead) {
            duration.start = Some((day, date.span.clone()));
        } else if END_LEAD.is_match(lead) {
            duration.end = Some((day, date.span.clone()));
        }
    }
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need START_LEAD and END_LEAD: they are compiled where
    // first used.
    DURATION.compile_now();
    ATTRIBUTIVE.compile_now();
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn durations() {
        let s = scan(
            "förlängs ytterligare två år, 24 månader, ett år och en månad, tio (10) år. Barn 4-20 år.",
        );
        let found: Vec<(u32, bool)> = s
            .durations
            .iter()
            .map(|d| (d.months, d.additional))
            .collect();
        assert_eq!(
            found,
            vec![
                (24, true),
                (24, false),
                (12, false),
                (1, false),
                (120, false)
            ]
        );
    }

    #[test]
    fn a_length_with_its_first_day_tells_a_period() {
        use chrono::NaiveDate;
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let told = |text: &str| -> Vec<Option<(NaiveDate, NaiveDate)>> {
            scan(text)
                .durations
                .iter()
                .map(|d| d.told_period())
                .collect()
        };
        assert_eq!(
            told("Markanvisningen gäller i två år från och med den 1 november 2026."),
            [Some((d(2026, 11, 1), d(2028, 10, 31)))]
        );
        assert_eq!(
            told("Projektet pågår 18 månader med start 2027-01-01."),
            [Some((d(2027, 1, 1), d(2028, 6, 30)))]
        );
        assert_eq!(
            told("förlängs ytterligare ett år, räknat från den 1 maj 2026"),
            [Some((d(2026, 5, 1), d(2027, 4, 30)))]
        );
        // The date starts a period of its own: the length is compared with it.
        assert_eq!(told("i två år från 1 maj 2024 till 30 april 2026"), [None]);
        // No start word, or a date too far on, or an adjective.
        assert_eq!(told("i två år. Den 1 maj 2024 började"), [None]);
        assert_eq!(
            told("Efter två år, den 1 maj 2024, följdes det upp."),
            [None]
        );
        assert_eq!(told("ett tvåårigt avtal från 1 maj 2024"), [None]);
        // Told back from its last day, when it has no first.
        assert_eq!(
            told("Hyresavtalet löper i tio år till och med den 28 februari 2039."),
            [Some((d(2029, 3, 1), d(2039, 2, 28)))]
        );
        assert_eq!(
            told("förlängs ett år, t.o.m. 2026-04-30"),
            [Some((d(2025, 5, 1), d(2026, 4, 30)))]
        );
        // The date ends a period of its own, or is only "till" (not "till och med").
        assert_eq!(
            told("i två år, 1 maj 2024 till och med 30 april 2026"),
            [None]
        );
        assert_eq!(told("i två år till den 30 april 2026"), [None]);
    }

    #[test]
    fn the_thing_a_length_is_told_of() {
        let text = "en överenskommelse om partnerskap för tre år. Projektet ska pågå i två år. Ett fyraårigt partnerskap. En tvåårig utbildning. Fyraåriga barn. 18-åriga deltagare och sökande. Det tidigare partnerskapet gällde i två år. Ett partnerskap för tre år sedan.";
        let scanned = scan(text);
        let found: Vec<(&str, Option<&str>)> = scanned
            .durations
            .iter()
            .map(|d| (&text[d.span.clone()], d.thing.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                ("tre år", Some("partnerskap")),
                ("två år", Some("projekt")),
                ("fyraårigt", Some("partnerskap")),
                ("tvåårig", Some("utbildning")),
                ("två år", None),
                ("tre år", None),
            ]
        );
    }

    #[test]
    fn spelled_numbers_up_to_ninety_nine() {
        use super::number_value;
        for (word, n) in [
            ("fyra", 4),
            ("sjutton", 17),
            ("tjugo", 20),
            ("tjugotre", 23),
            ("nittionio", 99),
            ("noll", 0),
        ] {
            assert_eq!(number_value(word), Some(n), "{word}");
        }
        assert_eq!(number_value("tjugotio"), None);
        assert_eq!(number_value("barn"), None);
    }

    #[test]
    fn the_agreements_own_length() {
        let text = "Avtalet gäller i två år. Avtalstiden är två år med möjlighet till förlängning. Avtalet löper under 24 månader. Ett avtal på två år föreslås. Det är ett tvåårigt avtal. Det nuvarande avtalet löper i fem år. Avtalet har gällt i fem år. Avtalet följs upp efter ett år. Det tidigare tvååriga avtalet. Barnen får stöd i två år. Avtalet omfattar tre år. Avtalet sträcker sig över fyra år. Överenskommelsen löper på tre år.";
        let found: Vec<(&str, bool)> = scan(text)
            .durations
            .iter()
            .map(|d| (&text[d.span.clone()], d.agreement_length))
            .collect();
        assert_eq!(
            found,
            [
                ("två år", true),
                ("två år", true),
                ("24 månader", true),
                ("två år", true),
                ("tvåårigt", true),
                ("fem år", false),
                ("fem år", false),
                ("ett år", false),
                ("tvååriga", false),
                ("två år", false),
                ("tre år", true),
                ("fyra år", true),
                ("tre år", true),
            ]
        );
    }

    #[test]
    fn adjectives_of_things_that_last_not_of_people() {
        let text = "ett tvåårigt avtal, en 3-årig avtalsperiod, ett 18-månaders projekt, treåriga ramavtal. Fyraåriga barn och en 16-årig elev.";
        let found: Vec<(&str, u32, bool)> = scan(text)
            .durations
            .iter()
            .map(|d| (&text[d.span.clone()], d.months, d.attributive))
            .collect();
        assert_eq!(
            found,
            [
                ("tvåårigt", 24, true),
                ("3-årig", 36, true),
                ("18-månaders", 18, true),
                ("treåriga", 36, true),
            ]
        );
    }
}
