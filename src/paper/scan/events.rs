//! Past-tense event verbs: "lämnades", "har genomförts", "hölls", "inkom",
//! "har samverkats".

use super::plain::{Plain, plain};
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

pub(super) fn find_events(text: &str) -> Vec<EventMention> {
    EVENT
        .find_iter(text)
        .map(|m| EventMention {
            span: m.range(),
            verb: m.as_str().split_whitespace().collect::<Vec<_>>().join(" "),
        })
        .collect()
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    std::sync::LazyLock::force(&EVENT);
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

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
