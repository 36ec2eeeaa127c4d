//! The year a building was built and its age in years: "Stationen i
//! Norrvik byggdes 1974", "Den 53 år gamla stationen", "Skolan är 60 år
//! gammal". Each with the nouns it is told of, as stems
//! ([`crate::base::nouns::stem`]): "stationen" and "station" meet.

use std::sync::LazyLock;

use super::Span;
use super::cues::said_right_before;
use super::plain::{Plain, tuned};
use crate::base::nouns::stem;

/// A year something was built in, with the nouns of its clause before the
/// verb (what was built).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuiltYear {
    pub span: Span,
    pub year: i32,
    pub nouns: Vec<String>,
}

/// An age in years of a thing: "den 53 år gamla stationen" (the noun
/// after), "Skolan är 60 år gammal" (the subject before).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThingAge {
    pub span: Span,
    pub years: u32,
    pub nouns: Vec<String>,
}

/// Few papers tell when a building was built or how old it is: BUILT and
/// OLD are compiled where first used.
static BUILT: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)\b(?:byggdes|uppfördes|invigdes|färdigställdes|stod\s+klar)\s+(?:år\s+|under\s+|i\s+)?((?:18|19|20)\d\d)\b",
    )
});

static OLD: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"(?i)\b(\d{1,3})\s+år\s+(?:gammal|gamla|gammalt)\b(\s+\p{L}+)?"));

/// Words right before an age that make it approximate.
const APPROXIMATE: [&str; 8] = [
    "över", "nästan", "drygt", "knappt", "cirka", "ca", "snart", "än",
];

/// How far back a clause's nouns are read.
const CLAUSE_REACH: usize = 120;

pub(super) fn find_built_years(text: &str) -> Vec<BuiltYear> {
    if !["bygg", "uppför", "invig", "färdigst", "klar"]
        .iter()
        .any(|cue| text.contains(cue))
    {
        return Vec::new();
    }
    BUILT
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let year = c.get(1)?;
            Some(BuiltYear {
                span: whole.start()..year.end(),
                year: year.as_str().parse().ok()?,
                nouns: nouns_before(text, whole.start()),
            })
        })
        .collect()
}

pub(super) fn find_thing_ages(text: &str) -> Vec<ThingAge> {
    if !(text.contains("gaml") || text.contains("gamm")) {
        return Vec::new();
    }
    OLD.captures_iter(text)
        .filter_map(|c| {
            let number = c.get(1)?;
            if said_right_before(text, number.start(), &APPROXIMATE, 1) {
                return None;
            }
            let nouns = match c.get(2) {
                // "den 53 år gamla stationen": the noun after.
                Some(after) if !after.as_str().trim().eq_ignore_ascii_case("och") => {
                    vec![stem(after.as_str().trim())]
                }
                // "Skolan är 60 år gammal": the subject before.
                _ => nouns_before(text, number.start()),
            };
            Some(ThingAge {
                span: number.start()..c.get(0)?.end(),
                years: number.as_str().parse().ok()?,
                nouns,
            })
        })
        .collect()
}

/// The stems of the words of at least four letters in the clause before
/// `at`.
fn nouns_before(text: &str, at: usize) -> Vec<String> {
    let from = super::floor_char_boundary(text, at.saturating_sub(CLAUSE_REACH));
    let before = &text[from..at];
    let clause = &before[before.rfind(['.', ';', '\n', ',']).map_or(0, |i| i + 1)..];
    clause
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .map(stem)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_built_year_and_an_age_with_their_nouns() {
        let built =
            find_built_years("Räddningstjänstens station i Norrvik byggdes 1974 och är sliten.");
        assert_eq!(built.len(), 1);
        assert_eq!(built[0].year, 1974);
        assert!(built[0].nouns.contains(&"station".to_owned()));
        let aged =
            find_thing_ages("Den 53 år gamla stationen har fått allt större underhållsbehov.");
        assert_eq!(
            (aged[0].years, aged[0].nouns.clone()),
            (53, vec!["station".to_owned()])
        );
        let aged = find_thing_ages("Skolan är 60 år gammal.");
        assert_eq!(
            (aged[0].years, aged[0].nouns.clone()),
            (60, vec!["skolan".to_owned()])
        );
        assert!(find_thing_ages("Stationen är över 50 år gammal.").is_empty());
    }
}
