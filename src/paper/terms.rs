//! The period a paper's decision proposes, and the terms told of it: an
//! agreement's ("Avtalet gäller …"), a thing's ("Partnerskapet gäller …",
//! "som ett försök under perioden …"), and sums for a whole term.

use chrono::NaiveDate;

use crate::paper::about::says_extended;
use crate::paper::scan::{Span, cues};
use crate::paper::{Paper, SectionKind};

/// The period the decision proposes: the case's extension, else the first
/// period in "Förslag till beslut", else the first length told there with
/// its first day ("Avtalet ska gälla i två år från den 1 januari 2028").
pub fn proposal_period(paper: &Paper) -> Option<(NaiveDate, NaiveDate, Span)> {
    if let Some(extension) = paper
        .facts
        .contract
        .as_ref()
        .and_then(|c| c.extension.as_ref())
    {
        return Some((
            extension.value.from,
            extension.value.to,
            extension.span.clone(),
        ));
    }
    paper
        .scan
        .periods
        .iter()
        // Whole years ("gäller 2028–2030") do not tell the days.
        .find(|p| !p.whole_years && paper.section_at(p.span.start) == Some(&SectionKind::Proposals))
        .map(|p| (p.from, p.to, p.span.clone()))
        .or_else(|| proposed_told_period(paper))
}

/// The first length in "Förslag till beslut" told with its first day, as
/// a period.
fn proposed_told_period(paper: &Paper) -> Option<(NaiveDate, NaiveDate, Span)> {
    paper
        .scan
        .durations
        .iter()
        .filter(|d| paper.section_at(d.span.start) == Some(&SectionKind::Proposals))
        .find_map(|d| {
            let (from, to) = d.told_period()?;
            let (_, first_day) = d.start.as_ref()?;
            Some((from, to, d.span.start..first_day.end))
        })
}

/// The proposal's period when it is an agreement's own term: its sentence
/// names an agreement ("avtalet", "ramavtal") or procures one ("upphandla
/// skolskjuts för perioden …"), and extends nothing (an extension's length
/// is not the agreement's). An extension named after the period is an
/// option the new agreement has ("…, med möjlighet till förlängning").
pub fn agreement_term(paper: &Paper) -> Option<(NaiveDate, NaiveDate, Span)> {
    let (from, to, span) = proposal_period(paper)?;
    if paper
        .facts
        .contract
        .as_ref()
        .is_some_and(|c| c.extension.is_some())
    {
        return None;
    }
    let sentence = paper.scan.sentence_at(span.start)?;
    let text = paper.text(&sentence).to_lowercase();
    let names_agreement = text
        .split(|c: char| !c.is_alphabetic())
        .any(crate::paper::scan::is_agreement);
    let before_the_period = &paper.source[sentence.start.min(span.start)..span.start];
    let extends = cues::extends_with_a_verb(&text) || says_extended(before_the_period);
    ((names_agreement || cues::procures(&text)) && !extends).then_some((from, to, span))
}

/// The proposal's period when its sentence says what lasts and that thing
/// is no agreement ([`agreement_term`] takes those): "Partnerskapet gäller
/// från den 1 maj 2027 till den 30 april 2030", with the thing's stem
/// ([`crate::base::nouns::stem`]) — the word before the verb of lasting,
/// past a modal ("Projektet ska pågå …"), or the noun the period follows
/// ("som ett försök under perioden …"). A period that extends something
/// is not the thing's own.
pub fn thing_term(paper: &Paper) -> Option<(NaiveDate, NaiveDate, Span, String)> {
    const LASTS: [&str; 7] = ["gäller", "gälla", "löper", "löpa", "pågår", "pågå", "varar"];
    const MODALS: [&str; 4] = ["ska", "skall", "föreslås", "kommer"];
    let (from, to, span) = proposal_period(paper)?;
    let sentence = paper.scan.sentence_at(span.start)?;
    let before = paper
        .source
        .get(sentence.start.min(span.start)..span.start)?;
    if says_extended(before) || cues::extends_with_a_verb(&before.to_lowercase()) {
        return None;
    }
    let words: Vec<String> = before
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let subject = match words.iter().position(|w| LASTS.contains(&w.as_str())) {
        Some(verb) => words[..verb]
            .iter()
            .rev()
            .find(|w| !MODALS.contains(&w.as_str()))?,
        None => noun_of_the_period(&words)?,
    };
    let usable = subject.chars().count() >= 4 && subject.chars().all(char::is_alphabetic);
    (usable && !crate::paper::scan::is_agreement(subject))
        .then(|| (from, to, span, crate::base::nouns::stem(subject)))
}

/// The noun whose period follows `words` right away: "som ett försök
/// under perioden", "ett partnerskap för perioden".
fn noun_of_the_period(words: &[String]) -> Option<&String> {
    match words {
        [.., noun, joint, period]
            if ["under", "för"].contains(&joint.as_str()) && period == "perioden" =>
        {
            Some(noun)
        }
        _ => None,
    }
}

/// Whether `text` (lower case) tells a sum for a whole term: "hela" and
/// the term's noun, "för hela avtalstiden", "under hela hyresperioden".
pub fn names_the_whole_term(text: &str) -> bool {
    const TERMS: [&str; 8] = [
        "perioden",
        "avtalstiden",
        "avtalsperioden",
        "hyrestiden",
        "hyresperioden",
        "kontraktstiden",
        "kontraktsperioden",
        "löptiden",
    ];
    text.match_indices("hela ").any(|(at, whole)| {
        let next = &text[at + whole.len()..];
        let word = next
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        TERMS.contains(&word)
    })
}
