//! Past-tense event verbs: "lämnades", "har genomförts", "hölls", "inkom",
//! "har samverkats".

use super::patterns::only_if;
use super::plain::{Plain, plain, tuned};
use std::sync::LazyLock;

use super::Span;

/// A past-tense event verb: "lämnades", "har genomförts".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventMention {
    pub span: Span,
    pub verb: String,
}

/// Past tense (passive and active: "antogs", "beslutade") and perfect of
/// the verbs papers report events with. A
/// planned event ("ska lämnas", "kommer att hållas", "planeras") uses
/// other forms and is not matched.
static EVENT: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"\b((?:[Hh]ar|[Hh]ade)\s+(?:lämnats|genomförts|hållits|skett|samverkats|antagits|inkommit|kommit\s+in|skickats|informerats|förhandlats|beslutats|fattats|tecknats|undertecknats|presenterats|redovisats|behandlats|beretts|delgivits|godkänts|getts|givits)|lämnades|gavs|lämnats|genomfördes|genomförts|hölls|skedde|inkom|kom\s+in|informerades|förhandlades|samverkades|antogs|skickades|beslutades|fattades|tecknades|undertecknades|presenterades|redovisades|delgavs|godkändes|beslutade|beslöt|beslöts|behandlades|bereddes|antog|fastställde|remitterade|genomförde|informerade|godkände|tecknade|undertecknade|beviljade|ansökte|skickade\s+in)\b",
    )
});

/// Any verb's past passive, by its ending: the past tense in "-ades" (1st
/// conjugation: "behandlades", "skickades") or "-des"/"-tes" after a
/// consonant (2nd: "gjordes", "ställdes", "köptes"), and the perfect, "har"
/// or "hade" before "-ats", "-its" or "-ts" after a consonant
/// ("har kompletterats", "har hållits", "har gjorts"). A vowel before
/// "-tes"/"-des" is a noun's ending ("hypotes", "diabetes"); without "har",
/// "-ats" may be a noun's genitive ("resultats"). No participle ends in
/// "-s", so these are verbs. "har inte lämnats" tells no event.
static PASSIVE_PAST: LazyLock<Plain> = LazyLock::new(|| {
    tuned(&format!(
        r"{}((?:[Hh]ar|[Hh]ade)\s+\p{{L}}*\p{{Ll}}(?:ats|its|[bdfgklmnprstv]ts)|\p{{L}}*\p{{Ll}}(?:ades|[bdfgklmnprstv](?:des|tes)))\b",
        super::NOT_LETTER
    ))
});

/// Words after which a past form is a participle ("det tecknade avtalet",
/// "den redovisade kostnaden"), not a verb telling an event.
const DETERMINERS: &[&str] = &[
    "den", "det", "de", "denna", "detta", "dessa", "en", "ett", "sin", "sitt", "sina", "vår",
    "vårt", "våra", "nya", "tidigare", "senast",
];

pub(super) fn find_events(text: &str) -> Vec<EventMention> {
    let listed = EVENT.find_iter(text).map(|m| m.range());
    let by_ending = PASSIVE_PAST
        .captures_iter(only_if(
            text.contains("es") || text.contains("ts"),
            text,
            &PASSIVE_PAST,
        ))
        .filter_map(|c| c.get(1).map(|m| m.range()));
    let mut spans: Vec<Span> = listed.chain(by_ending).collect();
    spans.sort_by_key(|s| s.start);
    spans.dedup_by(|later, earlier| later.start < earlier.end);
    spans
        .into_iter()
        .filter(|span| !after_a_determiner(text, span.start))
        .map(|span| EventMention {
            verb: text[span.clone()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            span,
        })
        .collect()
}

/// Whether the word before `at` is a determiner: the form at `at` is then
/// a participle.
fn after_a_determiner(text: &str, at: usize) -> bool {
    text[..at]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    std::sync::LazyLock::force(&EVENT);
    std::sync::LazyLock::force(&PASSIVE_PAST);
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn any_verbs_past_passive_by_its_ending() {
        let s = scan(
            "Ärendet behandlades i april. Avtalet förlängdes, utredningen gjordes och lokalen köptes. Åtgärden ställdes in. Ansökan har kompletterats och mötet har hållits. En hypotes om diabetes. Dessa förslag ska behandlas. Resultats värde. Det har inte kompletterats.",
        );
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(
            verbs,
            [
                "behandlades",
                "förlängdes",
                "gjordes",
                "köptes",
                "ställdes",
                "har kompletterats",
                "har hållits"
            ]
        );
    }

    #[test]
    fn a_perfect_passive_in_a_text_without_a_past_tense() {
        let s = scan("Ansökan har kompletterats.");
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(verbs, ["har kompletterats"]);
    }

    #[test]
    fn a_past_form_after_a_determiner_is_a_participle() {
        let s = scan("Det tecknade avtalet gäller. Nämnden tecknade avtalet.");
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(verbs, ["tecknade"]);
        assert_eq!(s.events[0].span.start, 39);
    }

    #[test]
    fn past_tense_events() {
        let s = scan(
            "Information lämnades den 5 december 2022. MBL-information har lämnats 2019-02-11. Uppföljning ska genomföras.",
        );
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(verbs, ["lämnades", "har lämnats"]);
    }

    #[test]
    fn active_past_tense() {
        let s = scan(
            "Kommunfullmäktige beslutade den 3 februari och remitterade motionen. Nämnden antog planen och fastställde taxan. Föreningen ansökte och skickade in en redovisning. Nämnden ska besluta.",
        );
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(
            verbs,
            [
                "beslutade",
                "remitterade",
                "antog",
                "fastställde",
                "ansökte",
                "skickade in"
            ]
        );
    }

    #[test]
    fn other_verbs_of_past_events_and_not_planned_ones() {
        let s = scan(
            "Frågan har samverkats den 3 mars. Mötet hölls, planen antogs, ansökan inkom och kom in, kallelsen skickades, personalen informerades. Information gavs och underlag har getts. Beslut kommer att fattas. Information planeras. Förhandling ska hållas. Information ges senare.",
        );
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(
            verbs,
            [
                "har samverkats",
                "hölls",
                "antogs",
                "inkom",
                "kom in",
                "skickades",
                "informerades",
                "gavs",
                "har getts"
            ]
        );
    }
}
