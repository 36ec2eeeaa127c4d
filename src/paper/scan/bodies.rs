//! Municipal bodies named in the text: boards ("Socialnämnden", "Barn- och
//! utbildningsnämnden"), administrations ("Kultur och fritidsförvaltningen"),
//! "Kommunstyrelsen", "Kommunfullmäktige" and committees ("Miljö- och
//! samhällsbyggnadsutskottet"), in any case and in the genitive.
//!
//! Each mention carries its *key*: the kind of body and the lower-case
//! name parts without hyphens, so "Barn- och utbildningsnämndens" and "barn
//! och utbildningsnämnden" are one body, and two bodies can be compared part
//! by part.

use super::plain::{Plain, plain};
use crate::paper::scan::latin;
use std::sync::LazyLock;

use regex::Regex;

use super::Span;

/// What kind of body a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BodyKind {
    /// A nämnd, and Kommunstyrelsen (a board like the others).
    Board,
    /// A förvaltning.
    Administration,
    /// Kommunfullmäktige, regionfullmäktige.
    Assembly,
    /// An utskott.
    Committee,
}

impl BodyKind {
    /// The Swedish word, for messages.
    pub fn swedish(self) -> &'static str {
        match self {
            BodyKind::Board => "nämnd",
            BodyKind::Administration => "förvaltning",
            BodyKind::Assembly => "fullmäktige",
            BodyKind::Committee => "utskott",
        }
    }
}

/// "Barn- och utbildningsnämnden".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyMention {
    /// The name as written, without a genitive -s.
    pub span: Span,
    pub kind: BodyKind,
    /// Lower-case name parts before the kind word, hyphens dropped:
    /// `["barn", "utbildnings"]`, `["kommun"]`, `["social"]`.
    pub parts: Vec<String>,
    /// Written in the genitive ("Socialnämndens").
    pub genitive: bool,
}

impl BodyMention {
    /// One string per body: "board:barn|utbildnings".
    pub fn key(&self) -> String {
        format!("{:?}:{}", self.kind, self.parts.join("|"))
    }

    /// A state authority named like a board ("Länsstyrelsen"): it decides
    /// and is reported on, but never holds a municipal meeting.
    pub fn is_state_authority(&self) -> bool {
        self.parts.len() == 1 && self.parts[0] == "läns"
    }

    /// A board or an administration of one district ("Farsta
    /// stadsdelsnämnd", "kommundelsförvaltningen"): its full name needs the
    /// district's.
    pub fn is_of_a_district(&self) -> bool {
        self.parts
            .last()
            .is_some_and(|p| p.ends_with("stadsdels") || p.ends_with("kommundels"))
    }
}

/// A word ending in a body word. The stem is lazy so that
/// "kommunstyrelseförvaltningen" is an administration, not a board.
pub(super) static BODY_WORD: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"(?i)(?:^|[^\p{L}\p{N}])(\p{L}{2,}?)(nämnd|förvaltning|styrelse|fullmäktige|utskott)(en|et|n)?(s)?(?:[^\p{L}\p{N}]|$)",
    )
});

/// Name parts before the stem: "Barn- och ", "Kultur och ", "Miljö-, hälso- och ".
static PARTS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(r"((?:\p{L}+-,\s+)*)(\p{L}+)(-?)\s+(?:och|samt)\s+$")).expect("valid")
});

/// Stems that name no particular body ("denna nämnd", "varje förvaltning").
const GENERIC_STEMS: &[&str] = &[
    "denna", "varje", "samma", "egen", "annan", "vilken", "berörd", "ansvarig", "bolags",
    "projekt", "styr", "led", "lednings",
];

/// The kind word and its endings, found by its letters (the regex engine's
/// literal search), the stem before it found by hand: a pattern that starts
/// with a letter class scans every byte of every paper.
static KIND_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(
        r"([Nn]ämnd|[Ff]örvaltning|[Ss]tyrelse|[Ff]ullmäktige|[Uu]tskott)(en|et|n)?(s)?",
    ))
    .expect("valid")
});

pub(super) fn find_bodies(text: &str) -> Vec<BodyMention> {
    // Cheap test first: most sentences name no body.
    if !["ämnd", "rvaltning", "tyrelse", "mäktige", "tskott"]
        .iter()
        .any(|w| text.contains(w))
    {
        return Vec::new();
    }
    let is_letter = |c: char| c.is_alphabetic();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(c) = KIND_WORD.captures_at(text, at) {
        let kind_word = c.get(1).expect("group");
        let word_end = c.get(0).expect("match").end();
        at = kind_word.start() + kind_word.as_str().chars().next().map_or(1, char::len_utf8);
        // The word must end here ("nämndsekreterare" is no body) …
        if text[word_end..].starts_with(|ch: char| is_letter(ch) || ch.is_numeric()) {
            continue;
        }
        // … and have a stem of two letters or more before the kind word.
        let before = &text[..kind_word.start()];
        let stem_start = before
            .char_indices()
            .rev()
            .take_while(|(_, ch)| is_letter(*ch))
            .last()
            .map_or(kind_word.start(), |(i, _)| i);
        let stem = &text[stem_start..kind_word.start()];
        if stem.chars().count() < 2 || before[..stem_start].ends_with(|ch: char| ch.is_numeric()) {
            continue;
        }
        at = word_end;
        let kind = match kind_word.as_str().to_lowercase().as_str() {
            "nämnd" | "styrelse" => BodyKind::Board,
            "förvaltning" => BodyKind::Administration,
            "fullmäktige" => BodyKind::Assembly,
            _ => BodyKind::Committee,
        };
        let stem_lower = stem.to_lowercase();
        if GENERIC_STEMS.contains(&stem_lower.as_str()) {
            continue;
        }
        let (start, mut parts) = parts_before(text, stem_start, stem);
        parts.push(stem_lower);
        let genitive = c.get(3).is_some();
        let end = if genitive { word_end - 1 } else { word_end };
        found.push(BodyMention {
            span: start..end,
            kind,
            parts,
            genitive,
        });
    }
    found
}

/// Whether a lower-case word names an office by its definite ending: a
/// body ("socialnämnden", "kommunstyrelsens", "kommunfullmäktige",
/// "arbetsutskottet") or a part of an administration
/// ("kommunledningskontoret", "ekonomiavdelningen", "kommunkansliet").
pub fn ends_like_an_office(word: &str) -> bool {
    const ENDINGS: [&str; 13] = [
        "nämnd",
        "nämnden",
        "nämndens",
        "styrelsen",
        "styrelsens",
        "förvaltningen",
        "fullmäktige",
        "utskottet",
        "kontoret",
        "kansliet",
        "avdelningen",
        "enheten",
        "staben",
    ];
    ENDINGS.iter().any(|e| word.ends_with(e))
}

/// The first name parts of a compound name and where the name starts.
/// Without a hyphen ("Kultur och fritidsförvaltningen") the part must be
/// capitalised and the stem not: "skolor och socialnämnden" is two things.
fn parts_before(text: &str, stem_start: usize, stem: &str) -> (usize, Vec<String>) {
    let before = &text[..stem_start];
    let window = super::floor_char_boundary(before, before.len().saturating_sub(80));
    let Some(c) = PARTS_BEFORE.captures(&before[window..]) else {
        return (stem_start, Vec::new());
    };
    let first = &c[2];
    let hyphenated = !c[3].is_empty();
    let capitalised = first.chars().next().is_some_and(char::is_uppercase);
    let stem_lower = stem.chars().next().is_some_and(char::is_lowercase);
    let is_body = BODY_WORD.is_match(first);
    if is_body || !(hyphenated || (capitalised && stem_lower)) {
        return (stem_start, Vec::new());
    }
    let mut parts: Vec<String> = c[1]
        .split(',')
        .map(|p| p.trim().trim_end_matches('-').to_lowercase())
        .filter(|p| !p.is_empty())
        .collect();
    parts.push(first.to_lowercase());
    let start = window + c.get(1).expect("group").start();
    let start = if c[1].is_empty() {
        window + c.get(2).expect("group").start()
    } else {
        start
    };
    (start, parts)
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    BODY_WORD.compile_now();
    std::sync::LazyLock::force(&PARTS_BEFORE);
    std::sync::LazyLock::force(&KIND_WORD);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bodies(text: &str) -> Vec<(String, BodyKind, String)> {
        find_bodies(text)
            .into_iter()
            .map(|b| (text[b.span.clone()].to_owned(), b.kind, b.parts.join("|")))
            .collect()
    }

    #[test]
    fn compound_names_kinds_and_genitives() {
        let found = bodies(
            "Barn- och utbildningsnämndens förslag. Barn och utbildningsförvaltningen ges i uppdrag, med Kultur och fritidsförvaltningen och kommunstyrelseförvaltningen. Kommunfullmäktige, Kommunstyrelsen och miljö- och samhällsbyggnadsutskottets sammanträde.",
        );
        assert_eq!(
            found,
            vec![
                (
                    "Barn- och utbildningsnämnden".into(),
                    BodyKind::Board,
                    "barn|utbildnings".into()
                ),
                (
                    "Barn och utbildningsförvaltningen".into(),
                    BodyKind::Administration,
                    "barn|utbildnings".into()
                ),
                (
                    "Kultur och fritidsförvaltningen".into(),
                    BodyKind::Administration,
                    "kultur|fritids".into()
                ),
                (
                    "kommunstyrelseförvaltningen".into(),
                    BodyKind::Administration,
                    "kommunstyrelse".into()
                ),
                (
                    "Kommunfullmäktige".into(),
                    BodyKind::Assembly,
                    "kommun".into()
                ),
                ("Kommunstyrelsen".into(), BodyKind::Board, "kommun".into()),
                (
                    "miljö- och samhällsbyggnadsutskottet".into(),
                    BodyKind::Committee,
                    "miljö|samhällsbyggnads".into()
                ),
            ]
        );
    }

    #[test]
    fn separate_things_joined_by_och_are_not_one_name() {
        let found =
            bodies("Det gäller skolor och socialnämnden. Kommunstyrelsen och socialnämnden.");
        let parts: Vec<&str> = found.iter().map(|b| b.2.as_str()).collect();
        assert_eq!(parts, ["social", "kommun", "social"]);
        assert!(bodies("nämnden och förvaltningen, denna nämnd, nämnderna").is_empty());
    }
}
