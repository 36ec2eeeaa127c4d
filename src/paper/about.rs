//! What the decision is about, found once and shared by several rules: the
//! proposed period, the party and the target group's age range.

use crate::paper::scan::latin;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::case::AgeRange;
use crate::paper::scan::{AgeMention, COMPANY_FORMS, Span, floor_char_boundary};
use crate::paper::{Paper, SectionKind};

// The proposal's period and the terms told of it, read here before.
pub use crate::paper::terms::{agreement_term, names_the_whole_term, proposal_period, thing_term};

/// The age range the decision is about, and the service it qualifies.
#[derive(Debug, Clone)]
pub struct AgeTarget {
    pub range: AgeRange,
    /// The head word of the service ("anhörigstöd"), lower case.
    pub key: Option<String>,
    pub span: Span,
    /// "anhörigstöd till barn", for messages.
    pub label: String,
}

pub(crate) const GROUP_WORDS: &[&str] = &[
    "barn",
    "barnen",
    "unga",
    "ungdomar",
    "ungdomarna",
    "familjer",
    "föräldrar",
    "vuxna",
    "personer",
    "elever",
    "barn/ungdomar",
    "brukare",
    "brukarna",
    "invånare",
    "medlemmar",
    "deras",
];
const STOP_WORDS: &[&str] = &[
    "avtalet", "avtal", "avseende", "till", "för", "och", "med", "samt", "som", "den", "det",
    "att", "alla", "vissa",
];

/// What a service is for a group, not the service, when it stands right
/// before the group: "Fritidsgårdarna håller öppet för unga 13–17 år",
/// "Lokalen är tillgänglig för …". The service is then the subject. Before
/// a noun it may be part of the service's name ("öppen fritidsverksamhet").
const STATES: &[&str] = &[
    "öppet",
    "öppen",
    "stängt",
    "stängd",
    "tillgänglig",
    "tillgängligt",
];

/// The head word of a service phrase: "avtalet avseende anhörigstöd till
/// barn" → "anhörigstöd", "socialnämnden beslutar att erbjuda feriearbete
/// till ungdomar" → "feriearbete". The deciding body and its verbs are no
/// service: a body's name ends in its kind word, the word after "att" is
/// the infinitive of a verb.
pub fn service_key(phrase: &str) -> Option<String> {
    let words = service_words(phrase);
    if let Some(head) = head_before_the_group(&words)
        .filter(|&i| may_be_service(&words, i) && !STATES.contains(&words[i].as_str()))
    {
        return Some(singular(&indefinite(&words[head])));
    }
    first_service_word(&words).map(|i| indefinite(&words[i]))
}

/// The words of a service phrase, lower case, from after "avseende" or "om" on.
fn service_words(phrase: &str) -> Vec<String> {
    // What follows "avseende" or "om" names the thing itself: "avtalet med
    // Solrosgruppen AB om anhörigstöd", "partnerskap med Stiftelsen
    // Ljusglimten om stödgrupper".
    let after = ["avseende ", " om "]
        .iter()
        .filter_map(|cue| phrase.rfind(cue).map(|at| at + cue.len()))
        .max()
        .map_or(phrase, |at| &phrase[at..]);
    after
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// The first word of a phrase that may name a service: where a message
/// starts to name it ("öppen fritidsverksamhet för ungdomar").
fn first_service_word(words: &[String]) -> Option<usize> {
    (0..words.len()).find(|&i| may_be_service(words, i))
}

fn may_be_service(words: &[String], i: usize) -> bool {
    let w = &words[i];
    let infinitive = i > 0 && words[i - 1] == "att";
    // "Kultur- och fritidsnämnden erbjuder feriearbete": the body's verb.
    let body_verb = i > 0 && crate::paper::scan::ends_like_an_office(&words[i - 1]);
    // "avtalet med Solrosgruppen AB om anhörigstöd": a party, not the service.
    let company = words
        .get(i + 1)
        .is_some_and(|next| COMPANY_FORMS.iter().any(|f| f.eq_ignore_ascii_case(next)));
    // "750 kronor per ämne för barn": a price and what it is per are no
    // service.
    let priced = MONEY_UNITS.contains(&w.as_str()) || (i > 0 && words[i - 1] == "per");
    w.chars().count() >= 5
        && !priced
        && !infinitive
        && !body_verb
        && !company
        && !GROUP_WORDS.contains(&w.as_str())
        && !STOP_WORDS.contains(&w.as_str())
        && !DECIDING_WORDS.contains(&w.as_str())
        && !crate::paper::scan::ends_like_an_office(w)
}

/// The noun the group is joined to at the phrase's end: "plats för 160
/// barn", "160 nya platser för barn", "stödgrupper för barn och unga" — a
/// preposition of giving ("för", "till", "åt") with only the group, its
/// number, the conjunctions joining its words and a genitive of whose it
/// is after it.
fn head_before_the_group(words: &[String]) -> Option<usize> {
    let at = words
        .iter()
        .rposition(|w| matches!(w.as_str(), "för" | "till" | "åt"))?;
    let group = &words[at + 1..];
    let joins =
        |i: usize, w: &str| matches!(w, "och" | "eller" | "samt") && i > 0 && i + 1 < group.len();
    // A definite genitive may say whose group it is: "för hemtjänstens
    // brukare", "för kommunens invånare".
    let whose = |i: usize, w: &str| {
        i + 1 < group.len() && ["ens", "ets", "nas"].iter().any(|end| w.ends_with(end))
    };
    let group_only = group.iter().enumerate().all(|(i, w)| {
        GROUP_WORDS.contains(&w.as_str())
            || w.chars().all(|c| c.is_ascii_digit())
            || joins(i, w)
            || whose(i, w)
    });
    (group_only && at + 1 < words.len()).then_some(at.checked_sub(1)?)
}

/// A service noun without a plural ending, so that "platser" keys "plats"
/// and "plats" finds "platser"; short stems keep it.
fn singular(word: &str) -> String {
    ["er", "ar", "or"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending))
        .filter(|stem| stem.chars().count() >= 5)
        .unwrap_or(word)
        .to_owned()
}

/// A service word without its definite ending, so that "skolskjutsen"
/// keys "skolskjuts" too; short words keep theirs ("stödet", "öppen").
fn indefinite(word: &str) -> String {
    ["en", "et"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending))
        .filter(|stem| stem.chars().count() >= 5)
        .unwrap_or(word)
        .to_owned()
}

/// Units of money a price is told in.
const MONEY_UNITS: &[&str] = &["kronor", "miljoner", "procent"];

/// Verbs of the decision itself: "beslutar", "föreslås".
const DECIDING_WORDS: &[&str] = &[
    "beslutar",
    "beslutade",
    "besluta",
    "föreslår",
    "föreslås",
    "godkänner",
    "uppdrar",
];

/// Whether an age mention's phrase names the service `key`.
pub fn names_service(age: &AgeMention, key: &str) -> bool {
    age.phrase
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.starts_with(key))
}

/// The target: the case's contract, else the first age range in "Förslag till beslut".
pub fn age_target(paper: &Paper) -> Option<AgeTarget> {
    if let Some(contract) = &paper.facts.contract {
        let ages = contract.ages.as_ref()?;
        let service = contract.service.value.to_lowercase();
        let key = service_key(&service);
        return Some(AgeTarget {
            range: ages.value,
            label: service_label(&contract.service.value, key.as_deref()),
            key,
            span: ages.span.clone(),
        });
    }
    let age = paper
        .scan
        .ages
        .iter()
        .find(|a| paper.section_at(a.span.start) == Some(&SectionKind::Proposals))?;
    let key = service_key(&age.phrase);
    Some(AgeTarget {
        range: age.range(),
        label: service_label(&age.phrase, key.as_deref()),
        key,
        span: age.span.clone(),
    })
}

/// A target for a paper whose proposals name no ages ("nyttja option om
/// förlängning av avtalet …"): the first age range in its text that
/// qualifies a service ("familjebehandling för familjer med barn 0–17
/// år"). Not for agendas or minutes, whose items are about many services.
pub fn described_age_target(paper: &Paper) -> Option<AgeTarget> {
    if paper.facts.contract.is_some() || paper.is_collection() {
        return None;
    }
    let age = paper.scan.ages.iter().find(|a| {
        !a.subgroup
            && !tells_who_lives_there(a)
            && !paper.in_furniture(a.span.start)
            && !matches!(
                paper.section_at(a.span.start),
                Some(SectionKind::Header | SectionKind::Title | SectionKind::Proposals)
            )
    })?;
    let key = service_key(&age.phrase)?;
    Some(AgeTarget {
        range: age.range(),
        label: service_label(&age.phrase, Some(&key)),
        key: Some(key),
        span: age.span.clone(),
    })
}

/// Whether an age group is told as who lives or is somewhere ("I kommunen
/// bor 4 300 personer som är 70 år eller äldre"): a population, not a
/// service's target.
fn tells_who_lives_there(age: &AgeMention) -> bool {
    const BE_THERE: [&str; 6] = ["bor", "bodde", "finns", "fanns", "lever", "levde"];
    age.phrase.split_whitespace().any(|w| BE_THERE.contains(&w))
}

/// The service from its head word on ("avtalet om öppen fritidsverksamhet"
/// → "öppen fritidsverksamhet"), for messages.
fn service_label(phrase: &str, key: Option<&str>) -> String {
    let lower = phrase.to_lowercase();
    let words = service_words(phrase);
    let first = first_service_word(&words).map(|i| words[i].as_str());
    first
        .or(key)
        .and_then(|k| lower.find(k))
        .map_or(phrase, |at| &phrase[at..])
        .to_owned()
}

/// Whether the sentence around `at` names a company other than the one the
/// target's sentence names: "avtalet med Solgläntan Omsorg AB om
/// stödboende för ungdomar 16–17 år" is another contract than Fyrbåken's,
/// even for the same service.
pub fn about_another_party(paper: &Paper, target: &AgeTarget, at: usize) -> bool {
    let parties_at = |at: usize| -> Vec<String> {
        let Some(sentence) = paper.scan.sentence_at(at) else {
            return Vec::new();
        };
        crate::paper::scan::within(&paper.scan.orgs, &sentence, |o| &o.span)
            .iter()
            .filter(|o| o.is_company())
            .map(|o| o.base.to_lowercase())
            .collect()
    };
    let own: Vec<String> = match &paper.facts.contract {
        Some(contract) => vec![party_base(&contract.supplier.value).to_lowercase()],
        None => parties_at(target.span.start),
    };
    let here = parties_at(at);
    // A misspelt party ("Eleonorgruppen AB") is the same party: N301's.
    !own.is_empty()
        && !here.is_empty()
        && !here.iter().any(|p| own.iter().any(|o| same_party(o, p)))
}

/// The proper names on the list under "Beslutet skickas till": each
/// capitalised word of five letters or more that has small letters
/// ("Ekbacka" and "Björkhagens" of "Ekbacka skola", "Björkhagens skola").
/// A list's first word is capitalised anyway; as a name's spelling it
/// counts all the same, the list being written to be read by its names.
pub fn distribution_names(paper: &Paper) -> Vec<Span> {
    let Some(entries) = &paper.facts.send_to else {
        return Vec::new();
    };
    let mut names = Vec::new();
    for entry in entries.iter().take(MAX_LISTED) {
        let Some(text) = paper.source.get(entry.span.clone()) else {
            continue; // A case file's list: its spans are the YAML's.
        };
        let mut at = 0;
        for word in text.split(|c: char| !c.is_alphabetic()) {
            let start = entry.span.start + at;
            at += word.len()
                + text[at + word.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            let proper = word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().skip(1).any(char::is_lowercase)
                && word.chars().count() >= 5;
            if proper && names.len() < MAX_LISTED {
                names.push(start..start + word.len());
            }
        }
    }
    names
}

/// The most entries of a distribution list read for names, and the most
/// names taken from them: a list is a few lines; a hostile one of
/// thousands stays bounded.
const MAX_LISTED: usize = 200;

/// The name without its legal form or a dash: "Solrosgruppen – AB" → "Solrosgruppen".
pub fn party_base(name: &str) -> String {
    let mut base = name.trim();
    for form in [" ekonomisk förening", " AB", " HB", " KB"] {
        if let Some(stripped) = base.strip_suffix(form) {
            base = stripped;
        }
    }
    base.trim_end_matches(['-', '–', '—', ' '])
        .trim()
        .to_owned()
}

/// The party the decision concerns: the contract's supplier, else the first
/// organisation named in "Förslag till beslut" (or the title).
pub fn decision_party(paper: &Paper) -> Option<(String, Span)> {
    if let Some(contract) = &paper.facts.contract {
        return Some((
            contract.supplier.value.clone(),
            contract.supplier.span.clone(),
        ));
    }
    let in_section = |kinds: &[SectionKind]| {
        paper
            .scan
            .orgs
            .iter()
            .find(|o| {
                o.is_company()
                    && paper
                        .section_at(o.span.start)
                        .is_some_and(|k| kinds.contains(k))
            })
            .map(|o| (format!("{} {}", o.base, o.form), o.span.clone()))
    };
    in_section(&[SectionKind::Proposals])
        .or_else(|| in_section(&[SectionKind::Header, SectionKind::Title]))
}

/// Whether two spellings name the same party: equal, or one edit or two apart.
pub fn same_party(a: &str, b: &str) -> bool {
    let (a, b) = (party_base(a).to_lowercase(), party_base(b).to_lowercase());
    a == b || (a.len() >= 5 && strsim::levenshtein(&a, &b) <= 2) || b.contains(&a)
}

/// Words of an extension: "förlängs", "förlängning", "nyttja option",
/// "förlängningsoption".
static EXTENDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&latin(r"(?i)förläng|option")).expect("valid"));

/// Does the text speak of an extension ("förlängs", "förlängning",
/// "nyttja option", "förlängningsoption")?
pub fn says_extended(text: &str) -> bool {
    EXTENDS.is_match(text)
}

/// "till och med (den) DATE" with no start date: a restated end only.
static UNTIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(
        r"(?i)(?:till\s+och\s+med|t\.\s?o\.\s?m\.?)\s+(?:den\s+)?$",
    ))
    .expect("valid")
});

/// The date a sentence restates as the end, when it states no period.
pub fn end_only(paper: &Paper, sentence: &Span) -> Option<(NaiveDate, Span)> {
    paper.scan.dates_in(sentence).iter().find_map(|d| {
        let lead = floor_char_boundary(&paper.source, d.span.start.saturating_sub(20));
        UNTIL
            .is_match(&paper.source[lead.max(sentence.start)..d.span.start])
            .then(|| Some((*d.date.as_ref().ok()?, d.span.clone())))
            .flatten()
    })
}

/// Compiles the patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need UNTIL: each is compiled where first used.
    std::sync::LazyLock::force(&EXTENDS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_keys() {
        assert_eq!(
            service_key("avtalet avseende anhörigstöd till barn").as_deref(),
            Some("anhörigstöd")
        );
        assert_eq!(
            service_key("familjestödjande insatser barn").as_deref(),
            Some("familjestödjande")
        );
        assert_eq!(service_key("barn och unga"), None);
        // A price and what it is per are no service.
        assert_eq!(service_key("750 kronor per ämne för barn och unga"), None);
        // A state the service is in is no service: its subject is.
        assert_eq!(
            service_key("fritidsgårdarna kärnan och ljusglimten håller öppet för unga").as_deref(),
            Some("fritidsgårdarna")
        );
        // The group's words joined: the noun before them, not the party.
        assert_eq!(
            service_key("stiftelsen ljusglimten om stödgrupper för barn och unga").as_deref(),
            Some("stödgrupp")
        );
        assert_eq!(
            service_key(
                "socialnämnden beslutar att förlänga avtalet med solrosgruppen ab om anhörigstöd till barn"
            )
                .as_deref(),
            Some("anhörigstöd")
        );
        assert_eq!(
            service_key("socialnämnden beslutar att erbjuda feriearbete till ungdomar").as_deref(),
            Some("feriearbete")
        );
        // The body's verb in the present tense is no service either.
        assert_eq!(
            service_key("och fritidsnämnden erbjuder feriearbete sommaren 2027 till ungdomar")
                .as_deref(),
            Some("feriearbete")
        );
        // The noun the group is joined to, in any number.
        assert_eq!(
            service_key("ha åtta avdelningar med plats för 160 barn").as_deref(),
            Some("plats")
        );
        assert_eq!(
            service_key("120 platser av 160 nya platser för barn").as_deref(),
            Some("plats")
        );
    }

    #[test]
    fn party_bases() {
        assert_eq!(party_base("Eleonoragruppen – AB"), "Eleonoragruppen");
        assert_eq!(party_base("Bygg ekonomisk förening"), "Bygg");
        assert!(same_party("Solrosgruppen AB", "Solrosgruppen"));
        assert!(!same_party("Solrosgruppen AB", "Kim Exempelsson"));
    }
}
