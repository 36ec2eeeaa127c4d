//! Section headings as municipalities write them. Each canonical section
//! has the headings in common use; `[lint] section_names` adds a
//! municipality's own.

use std::collections::BTreeMap;

use super::SectionKind;
use crate::base::swedish::lowercase;

/// More headings per section a project names (`[lint] section_names` in
/// `beslut.toml`), by section key (`ekonomi = ["Kostnader"]`).
pub type SectionNames = BTreeMap<String, Vec<String>>;

/// Headings (lower case, without a trailing colon) per canonical section.
/// Proposals are matched by shape instead ("… förslag till … beslut").
const KNOWN: [(&str, &[&str]); 6] = [
    (
        "arende",
        &[
            "ärende",
            "ärendet",
            "ärendebeskrivning",
            "beskrivning av ärendet",
            "ärendet i korthet",
            "sammanfattning",
            "sammanfattning av ärendet",
            "sammanfattning av ärende",
            "kort sammanfattning",
            "ärendets innehåll",
        ],
    ),
    (
        "basis",
        &[
            "beslutsunderlag",
            "underlag för beslut",
            "bilagor",
            "bilaga",
            "handlingar i ärendet",
        ],
    ),
    (
        "bakgrund",
        &[
            "bakgrund",
            "bakgrund och ärendebeskrivning",
            "bakgrund till ärendet",
            "ärendets bakgrund",
        ],
    ),
    (
        "ekonomi",
        &[
            "ekonomiska konsekvenser",
            "ekonomi",
            "finansiering",
            "ekonomisk bedömning",
            "ekonomiska och verksamhetsmässiga konsekvenser",
            "ekonomiska effekter",
            "konsekvenser för ekonomin",
            "kostnader",
            "kostnader och finansiering",
            "ekonomiska konsekvenser och finansiering",
        ],
    ),
    (
        "mbl",
        &[
            "samverkan",
            "facklig samverkan",
            "samverkan enligt mbl",
            "mbl",
            "mbl-förhandling",
            "information enligt mbl",
            "förhandling enligt mbl",
            "samverkan och förhandling",
            "facklig förhandling",
            "samverkan med fackliga organisationer",
        ],
    ),
    (
        "distribution",
        &[
            "beslutet skickas till",
            "beslutet ska skickas till",
            "beslut skickas till",
            "expediera till",
            "expedieras till",
            "expedieras",
            "expediering",
            "sändlista",
            "beslutet expedieras till",
            "skickas till",
            "delges",
        ],
    ),
];

/// The canonical section a heading line names, if any.
pub fn classify_heading(line: &str, names: &SectionNames) -> Option<SectionKind> {
    // Headings are short; most lines are prose and skip the work below.
    if line.len() > 160 {
        return None;
    }
    let clean = clean_heading(line);
    if clean.is_empty() {
        return None;
    }
    let lower = lowercase(clean);
    if let Some(kind) = configured(&lower, names) {
        return Some(kind);
    }
    if is_proposals_heading(&lower) {
        return Some(SectionKind::Proposals);
    }
    // "Information … enligt lag (1976:580) … är inte aktuell i ärendet." is
    // the section's sentence, not its heading, also when the line breaks
    // right after its verb ("… i arbetslivet är").
    const VERBS: [&str; 8] = [
        "är",
        "har",
        "lämnades",
        "genomfördes",
        "skedde",
        "kräver",
        "krävs",
        "behövs",
    ];
    let sentence = lower.ends_with('.') || lower.split_whitespace().any(|w| VERBS.contains(&w));
    if !sentence
        && (lower.starts_with("information eller förhandling")
            || lower.starts_with("information och förhandling")
            || lower.starts_with("information enligt lag (1976:580)")
            || lower.starts_with("förhandling enligt lag (1976:580)"))
    {
        return Some(SectionKind::Mbl);
    }
    if lower.starts_with("ekonomiska konsekvenser") {
        return Some(SectionKind::Ekonomi);
    }
    for (key, headings) in KNOWN {
        if headings.contains(&lower.as_ref()) {
            return SectionKind::from_key(key);
        }
    }
    if inline_distribution(&lower).is_some() || names_distribution(&lower) {
        return Some(SectionKind::Distribution);
    }
    looks_like_other_heading(line, clean).then(|| SectionKind::Other(clean.to_owned()))
}

/// The list after a distribution label on its own line ("Beslutet skickas
/// till: Ledsagarna i Ekby AB, Ekonomienheten"), as a new writer puts it:
/// the byte offset in `line` where the list starts.
pub fn inline_distribution(line: &str) -> Option<usize> {
    let (label, rest) = line.split_once(':')?;
    let label = clean_heading(label).to_lowercase();
    let distribution = KNOWN
        .iter()
        .find(|(key, _)| *key == "distribution")
        .map_or(&[][..], |(_, names)| *names);
    ((distribution.contains(&label.as_str()) || names_distribution(&label))
        && !rest.trim().is_empty())
    .then(|| line.len() - rest.trim_start().len())
}

/// A distribution heading by its words, however a municipality words it:
/// the decision (or an extract of the minutes), perhaps "ska", a verb of
/// sending, perhaps "till": "Beslut expedieras till", "Protokollsutdrag
/// skickas till", "Beslutet delges", "Beslutet ska sändas till".
fn names_distribution(lower: &str) -> bool {
    const WHAT: [&str; 7] = [
        "beslut",
        "beslutet",
        "protokollsutdrag",
        "protokollsutdraget",
        "utdrag",
        "ska",
        "skall",
    ];
    const SENDING: [&str; 7] = [
        "skickas",
        "expedieras",
        "delges",
        "sänds",
        "sändas",
        "tillställs",
        "tillställas",
    ];
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.as_slice() {
        [rest @ .., "till"] => rest,
        all => all,
    };
    match words {
        [what @ .., verb] => {
            !what.is_empty()
                && SENDING.contains(verb)
                && what.iter().all(|w| WHAT.contains(w))
                && what.iter().any(|w| *w != "ska" && *w != "skall")
        }
        [] => false,
    }
}

fn configured(lower: &str, names: &SectionNames) -> Option<SectionKind> {
    names.iter().find_map(|(key, names)| {
        names
            .iter()
            .any(|n| lowercase(n.trim().trim_end_matches(':')) == lower)
            .then(|| SectionKind::from_key(key))
            .flatten()
    })
}

/// "Förslag till beslut", "Förslag till socialnämndens beslut",
/// "Förvaltningens förslag till beslut", "Kommunstyrelsens beslut" is not.
fn is_proposals_heading(lower: &str) -> bool {
    let words = lower.split_whitespace().count();
    if words > 8 {
        return false;
    }
    (lower.starts_with("förslag till") && lower.ends_with("beslut"))
        || (lower.contains(" förslag till ") && lower.ends_with("beslut"))
        || names_a_proposal(lower)
        || names_the_decision(lower)
}

/// Whether `line` heads the decision itself ([`names_the_decision`]).
pub fn is_decision_heading(line: &str) -> bool {
    names_the_decision(&lowercase(clean_heading(line)))
}

/// The decision itself, as minutes head it: "Beslut", "Nämndens beslut",
/// "Socialnämndens beslut". It stands where a paper has its proposals, and
/// the text that follows is held to it the same way.
fn names_the_decision(lower: &str) -> bool {
    match lower.split_whitespace().collect::<Vec<_>>().as_slice() {
        ["beslut"] => true,
        [owner, "beslut"] => owner.ends_with("nämndens") || owner.ends_with("styrelsens"),
        _ => false,
    }
}

/// A heading that begins with a proposal, its own or someone's, and
/// names a decision: "Föreslaget beslut", "Förslag på beslut",
/// "Beslutsförslag", "Förvaltningens beslutsförslag". Only at the start:
/// "Konsekvenser av föreslaget beslut" is about the proposal, not it.
fn names_a_proposal(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let proposal = |w: &str| {
        ["förslag", "föreslag", "beslutsförslag"]
            .iter()
            .any(|p| w.starts_with(p))
    };
    let lead = match words.as_slice() {
        [first, ..] if proposal(first) => 0,
        [owner, second, ..] if owner.ends_with('s') && proposal(second) => 1,
        _ => return false,
    };
    words[lead].starts_with("beslutsförslag")
        || words
            .last()
            .is_some_and(|last| matches!(*last, "beslut" | "beslutet"))
}

/// A heading line without Markdown marks, emphasis and a trailing colon.
pub fn clean_heading(line: &str) -> &str {
    line.trim()
        .trim_start_matches('#')
        .trim()
        .trim_matches(['*', '_'])
        .trim()
        .trim_end_matches(':')
        .trim()
}

/// A short capitalised line without sentence punctuation, written as a
/// Markdown heading or standing alone: "Uppföljning", "## Barnrättsperspektiv".
fn looks_like_other_heading(line: &str, clean: &str) -> bool {
    let markdown = line.trim_start().starts_with('#');
    let words = clean.split_whitespace().count();
    let capital = clean.chars().next().is_some_and(char::is_uppercase);
    const OTHER: [&str; 16] = [
        "uppföljning",
        "utvecklingsarbete",
        "barnrättsperspektiv",
        "barnperspektiv",
        "barnkonsekvensanalys",
        "jämställdhetsperspektiv",
        "miljöperspektiv",
        "konsekvenser",
        "bedömning",
        "förvaltningens bedömning",
        "förvaltningens synpunkter",
        "överväganden",
        "juridiska konsekvenser",
        "ärendets beredning",
        "tidplan",
        "förvaltningens förslag",
    ];
    (markdown && words > 0 && words <= 8)
        || (capital && OTHER.contains(&clean.to_lowercase().as_str()))
}

/// Headings a flat text (no line breaks) may hold inline, as (canonical
/// kind, heading) — only the unmistakable ones.
pub const INLINE: [(&str, &str); 10] = [
    ("proposals", "Förslag till beslut"),
    ("arende", "Sammanfattning av ärendet"),
    ("arende", "Sammanfattning"),
    ("arende", "Ärendebeskrivning"),
    ("arende", "Beskrivning av ärendet"),
    ("arende", "Ärendet i korthet"),
    ("bakgrund", "Bakgrund"),
    ("ekonomi", "Ekonomiska konsekvenser"),
    ("mbl", "Facklig samverkan"),
    ("distribution", "Beslutet skickas till"),
];

/// Headings a flat text holds inline that are words of running text too
/// ("Ärendet gäller …"): looked for only after "Förslag till beslut", where
/// they end the proposals, and only before a capital letter.
pub const INLINE_AFTER_PROPOSALS: [(&str, &str); 3] = [
    ("arende", "Ärendet"),
    ("arende", "Ärende"),
    ("basis", "Beslutsunderlag"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(line: &str) -> Option<SectionKind> {
        classify_heading(line, &SectionNames::new())
    }

    #[test]
    fn headings_in_markdown_and_plain_text() {
        assert_eq!(
            kind("### **Förslag till social- och omsorgsnämndens beslut**"),
            Some(SectionKind::Proposals)
        );
        assert_eq!(kind("Förslag till beslut"), Some(SectionKind::Proposals));
        assert_eq!(
            kind("Kommunstyrelsens förslag till beslut"),
            Some(SectionKind::Proposals)
        );
        for proposal in [
            "Föreslaget beslut",
            "Förslag på beslut",
            "Beslutsförslag",
            "Förvaltningens beslutsförslag",
            "Förslaget till beslut",
        ] {
            assert_eq!(kind(proposal), Some(SectionKind::Proposals), "{proposal}");
        }
        assert_ne!(
            kind("Konsekvenser av föreslaget beslut"),
            Some(SectionKind::Proposals)
        );
        assert_ne!(kind("Förslag"), Some(SectionKind::Proposals));
        assert_eq!(kind(" Bakgrund"), Some(SectionKind::Bakgrund));
        assert_eq!(
            kind("Beslutet skickas till:  "),
            Some(SectionKind::Distribution)
        );
        assert_eq!(
            kind("Information eller förhandling enligt lag (1976:580) om "),
            Some(SectionKind::Mbl)
        );
        // The section's sentence, broken after its verb, is no heading.
        assert_eq!(
            kind(
                "Information eller förhandling enligt lagen (1976:580) om medbestämmande i arbetslivet är"
            ),
            None
        );
        assert_eq!(
            kind(" Uppföljning"),
            Some(SectionKind::Other("Uppföljning".into()))
        );
        assert_eq!(
            kind("Eleonoragruppen arbetar aktivt med barnrättsperspektivet."),
            None
        );
    }

    #[test]
    fn the_decision_in_minutes_stands_for_the_proposals() {
        let kind = |line: &str| classify_heading(line, &SectionNames::new());
        for line in [
            "Beslut",
            "Socialnämndens beslut",
            "Kommunstyrelsens beslut:",
        ] {
            assert_eq!(kind(line), Some(SectionKind::Proposals), "{line}");
            assert!(is_decision_heading(line), "{line}");
        }
        assert!(!is_decision_heading("Förslag till beslut"));
        assert_ne!(kind("Beslut om bidrag"), Some(SectionKind::Proposals));
        assert_ne!(kind("Förvaltningens beslut"), Some(SectionKind::Proposals));
    }

    #[test]
    fn synonyms_municipalities_use() {
        for (line, expected) in [
            ("Ärendet", SectionKind::Arende),
            ("Ärendebeskrivning", SectionKind::Arende),
            ("Beskrivning av ärendet", SectionKind::Arende),
            ("Sammanfattning", SectionKind::Arende),
            ("Ekonomi", SectionKind::Ekonomi),
            ("Finansiering", SectionKind::Ekonomi),
            ("Samverkan", SectionKind::Mbl),
            ("Facklig samverkan", SectionKind::Mbl),
            ("Expediera till", SectionKind::Distribution),
            ("Expedieras till:", SectionKind::Distribution),
            ("Beslutet ska skickas till", SectionKind::Distribution),
            ("Beslut expedieras till", SectionKind::Distribution),
            ("Protokollsutdrag skickas till:", SectionKind::Distribution),
            ("Beslutet ska sändas till", SectionKind::Distribution),
            ("Sändlista", SectionKind::Distribution),
        ] {
            assert_eq!(kind(line), Some(expected), "{line}");
        }
        for line in ["Ärendet skickas till kommunstyrelsen", "Ska skickas till"] {
            assert_ne!(kind(line), Some(SectionKind::Distribution), "{line}");
        }
    }

    #[test]
    fn configured_names() {
        let mut names = SectionNames::new();
        names.insert("ekonomi".into(), vec!["Vad kostar det?".into()]);
        assert_eq!(
            classify_heading("Vad kostar det?", &names),
            Some(SectionKind::Ekonomi)
        );
    }
}
