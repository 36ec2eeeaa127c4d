//! Hours of the clock told with their length: "Lokalerna har öppet kl.
//! 10.00–18.00, åtta timmar per dag", "kl. 7.00–15.00 (åtta timmar)",
//! "kl. 8–16.30, dvs. 8,5 timmar".
//!
//! The length stands right after the span: after a comma or in brackets,
//! perhaps after "dvs."/"alltså"/"totalt". It is a length of the span
//! itself only when nothing after it makes it another's: a length per week
//! ("40 timmar per vecka"), one without a lunch or a break ("åtta timmar
//! exklusive lunch"), or a part ("varav sex timmar …").

use std::sync::LazyLock;

use super::durations::number_value;
use super::{Plain, Span, tuned};

/// "kl. 10.00–18.00, åtta timmar".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClockHours {
    /// "kl. 10.00–18.00".
    pub span: Span,
    /// From the first time to the second, in minutes.
    pub minutes: u32,
    /// "åtta timmar".
    pub told_span: Span,
    pub told_minutes: u32,
}

/// Few papers tell opening hours with their length: HOURS is compiled
/// where first used.
static HOURS: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)\bkl(?:ockan|\.)?\s*(\d{1,2})(?:[.:](\d{2}))?\s*(?:[–—−-]|till)\s*(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?(\s*(?:,\s*|\(\s*)(?:(?:dvs\.?|d\.v\.s\.?|det\s+vill\s+säga|alltså|totalt|sammanlagt)\s+)?)(\d{1,2}(?:,\d)?|\p{L}+)(\s+och\s+en\s+halv)?\s+timm(?:e|ar)\b",
    )
});

/// Periods after "per", "i", "om" or "varje" that make the length a
/// period's, not the span's.
const PERIODS: [&str; 7] = [
    "vecka", "veckan", "månad", "månaden", "år", "året", "termin",
];

/// Words in the length's clause that leave a break out of it, or in.
const BREAKS: [&str; 7] = ["lunch", "rast", "paus", "exkl", "inkl", "utom", "förutom"];

/// The most read in one text: a paper has a few.
const MAX_READ: usize = 100;

pub(super) fn find_clock_hours(text: &str) -> Vec<ClockHours> {
    if !(text.contains("kl") || text.contains("Kl")) || !text.contains("timm") {
        return Vec::new();
    }
    HOURS
        .captures_iter(text)
        .take(MAX_READ)
        .filter_map(|c| {
            let number = |i: usize| c.get(i).map_or(Some(0), |m| m.as_str().parse::<u32>().ok());
            let (from_h, from_m, to_h, to_m) = (number(1)?, number(2)?, number(3)?, number(4)?);
            if from_h > 24 || to_h > 24 || from_m > 59 || to_m > 59 {
                return None;
            }
            let (from, to) = (from_h * 60 + from_m, to_h * 60 + to_m);
            let told = c.get(6)?;
            let whole = c.get(0)?;
            let half = if c.get(7).is_some() { 30 } else { 0 };
            let told_minutes = length_in_minutes(told.as_str())? + half;
            let span_end = c.get(5)?.start();
            (to > from && !anothers(&text[whole.end()..])).then(|| ClockHours {
                span: whole.start()..span_end,
                minutes: to - from,
                told_span: told.start()..whole.end(),
                told_minutes,
            })
        })
        .collect()
}

/// "8,5" or "åtta" hours, in minutes.
fn length_in_minutes(told: &str) -> Option<u32> {
    if let Some((hours, tenths)) = told.split_once(',') {
        return Some(hours.parse::<u32>().ok()? * 60 + tenths.parse::<u32>().ok()? * 6);
    }
    number_value(told).map(|hours| hours * 60)
}

/// Whether the words after the length (to the end of its clause) make it
/// another's than the span's.
fn anothers(after: &str) -> bool {
    let clause_end = after.find(['.', ';', '\n', ')']).unwrap_or(after.len());
    let clause = after[..clause_end].to_lowercase();
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let per_period = matches!(words.first(), Some(&("per" | "i" | "om" | "varje")))
        && words.get(1).is_some_and(|w| PERIODS.contains(w));
    per_period
        || words.first() == Some(&"varav")
        || words
            .iter()
            .any(|w| BREAKS.iter().any(|b| w.starts_with(b)))
}

#[cfg(test)]
mod tests {
    fn hours(text: &str) -> Vec<(u32, u32)> {
        crate::paper::scan::scan(text)
            .clock_hours
            .iter()
            .map(|h| (h.minutes, h.told_minutes))
            .collect()
    }

    #[test]
    fn reads_hours_and_their_length() {
        assert_eq!(
            hours("Lokalerna har öppet kl. 10.00–18.00, åtta timmar per dag."),
            [(480, 480)]
        );
        assert_eq!(hours("Öppet kl. 7.00–15.00 (åtta timmar)."), [(480, 480)]);
        assert_eq!(hours("Öppet kl. 8–16.30, dvs. 8,5 timmar."), [(510, 510)]);
        assert_eq!(
            hours("Öppet kl. 9.00–16.30, sju och en halv timme om dagen."),
            [(450, 450)]
        );
        assert_eq!(
            hours("Öppet kl. 10.00–17.00, åtta timmar per dag."),
            [(420, 480)]
        );
    }

    #[test]
    fn leaves_a_length_that_is_anothers() {
        for text in [
            "Öppet kl. 8.00–17.00, 40 timmar per vecka.",
            "Arbetstid kl. 8.00–17.00, åtta timmar exklusive lunch.",
            "Arbetstid kl. 8.00–17.00, åtta timmar utom rasten.",
            "Passet är kl. 22.00–06.00, åtta timmar.",
            "Möte kl. 13.00 och 15.00, två timmar.",
        ] {
            assert!(hours(text).is_empty(), "{text}");
        }
    }
}
