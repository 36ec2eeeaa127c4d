//! A year something began and the years since, told together: "Klubben
//! har bedrivit verksamhet sedan 1968, i snart 60 år", "Föreningen har
//! funnits sedan 1992, alltså i 35 år".
//!
//! The years follow "sedan" and the year after a comma, with "i" or
//! "under" and an optional "alltså", "det vill säga" or "dvs." between.
//! A word before the number bounds it: "snart", "nästan" or "knappt" says
//! the years are a few less, "drygt", "över" or "mer än" a few more.

use std::sync::LazyLock;

use super::Span;
use super::durations::number_value;
use super::plain::{Plain, tuned};

/// How the years are told against the time that has passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Told {
    /// "i 59 år".
    Exactly,
    /// "i snart 60 år", "nästan", "knappt": up to a few years less.
    AtMost,
    /// "i drygt 55 år", "över", "mer än": a few years more.
    AtLeast,
}

/// "sedan 1968, i snart 60 år".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearsSince {
    /// From "sedan" to "år".
    pub span: Span,
    pub year: i32,
    pub years: u32,
    pub told: Told,
}

/// Few papers tell a year and the years since: SINCE is compiled where
/// first used.
static SINCE: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)\bsedan\s+((?:18|19|20)\d\d)\s*,\s*(?:(?:alltså|det\s+vill\s+säga|dvs\.?)\s+)?(?:i|under)\s+(?:(snart|nästan|knappt|drygt|över|mer\s+än)\s+)?(\d{1,3}|\p{L}+)\s+år\b",
    )
});

/// The most read in one text: a paper tells one or two.
const MAX_READ: usize = 100;

pub(super) fn find_years_since(text: &str) -> Vec<YearsSince> {
    if !text.contains("sedan") {
        return Vec::new();
    }
    SINCE
        .captures_iter(text)
        .take(MAX_READ)
        .filter_map(|c| {
            let told = match c.get(2).map(|m| m.as_str().to_lowercase()) {
                None => Told::Exactly,
                Some(word) if ["snart", "nästan", "knappt"].contains(&word.as_str()) => {
                    Told::AtMost
                }
                Some(_) => Told::AtLeast,
            };
            Some(YearsSince {
                span: c.get(0)?.range(),
                year: c.get(1)?.as_str().parse().ok()?,
                years: number_value(c.get(3)?.as_str())?,
                told,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(i32, u32, Told)> {
        find_years_since(text)
            .iter()
            .map(|s| (s.year, s.years, s.told))
            .collect()
    }

    #[test]
    fn reads_a_year_and_the_years_since_it() {
        assert_eq!(
            found("Klubben har bedrivit verksamhet sedan 1968, i snart 60 år."),
            [(1968, 60, Told::AtMost)]
        );
        assert_eq!(
            found("Föreningen har funnits sedan 1992, alltså i trettiofem år."),
            [(1992, 35, Told::Exactly)]
        );
        assert_eq!(
            found("Skolan har legat här sedan 1960, under drygt 60 år."),
            [(1960, 60, Told::AtLeast)]
        );
        for text in [
            "Klubben har funnits sedan 1968 och har i 20 år haft ridskola.",
            "Sedan 2020, i tre kommuner, har arbetet pågått.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
