//! The date an event verb reports ("lämnades den 20 februari"), for rules
//! that compare it with the paper's own date. A date in the event's
//! sentence is the event's unless the words say it is something else: a
//! plan, a subordinate clause's, a validity, or a bound.

use crate::paper::Paper;
use crate::paper::scan::{DateMention, EventMention, cues};

/// The date an event verb reports: the nearest in its sentence, unless
///
/// - a plan stands between them ("informerades 2026-02-10 och beslut ska
///   fattas 2026-03-18": only the first is the event's);
/// - "att" or "som" stands between: the date is the subordinate clause's
///   ("bedömde att arbetet är klart 2027-06-30", "antog taxan som gäller
///   från 1 januari 2027"), or "gäller"/"gälla" does: a validity's;
/// - a preposition bounds it ("beslutade om en ny taxa från den 1 januari
///   2027", "förlängdes till och med 30 april 2028", "kom in före den 5
///   maj"): the date is when something begins, ends or must be done by,
///   not when the event took place;
/// - it begins or ends a period ("antog planen för 1 januari 2027 –
///   31 december 2029").
pub fn event_date<'p>(paper: &'p Paper, event: &EventMention) -> Option<&'p DateMention> {
    let sentence = paper.scan.sentence_at(event.span.start)?;
    let distance = |d: &DateMention| {
        if d.span.start >= event.span.end {
            d.span.start - event.span.end
        } else {
            event.span.start.saturating_sub(d.span.end)
        }
    };
    let nearest = paper
        .scan
        .dates_in(&sentence)
        .iter()
        .min_by_key(|d| distance(d))?;
    let between = if nearest.span.start >= event.span.end {
        event.span.end..nearest.span.start
    } else {
        nearest.span.end..event.span.start
    };
    let between = paper.text(&between);
    let subordinate = between
        .split_whitespace()
        .any(|w| matches!(w, "att" | "som" | "gäller" | "gälla"));
    let lead = paper.text(&(sentence.start..nearest.span.start));
    let in_a_period = paper
        .scan
        .periods
        .iter()
        .any(|p| p.from_span.start <= nearest.span.start && nearest.span.end <= p.to_span.end);
    (!cues::plans_ahead(between) && !subordinate && !bounded(lead) && !in_a_period)
        .then_some(nearest)
}

/// Whether `lead` (the words before a date) ends in a preposition that
/// makes the date a bound: "från", "fr.o.m.", "till och med", "t.o.m.",
/// "till", "intill", "före", "innan", "per", with or without "den".
fn bounded(lead: &str) -> bool {
    let mut words = lead
        .split_whitespace()
        .rev()
        .map(|w| w.trim_end_matches(',').to_lowercase());
    let mut last = words.next().unwrap_or_default();
    if matches!(last.as_str(), "den" | "dagen") {
        last = words.next().unwrap_or_default();
    }
    const BOUNDS: [&str; 14] = [
        "från", "fr.o.m.", "fr.o.m", "from", "fr", "till", "t.o.m.", "t.o.m", "tom", "intill",
        "före", "innan", "per", "med",
    ];
    BOUNDS.contains(&last.as_str())
}

#[cfg(test)]
mod tests {
    use super::bounded;

    #[test]
    fn a_preposition_before_a_date_bounds_it() {
        for lead in [
            "Nämnden beslutade om en ny taxa från den",
            "Avtalet förlängdes till och med",
            "Avtalet förlängdes t.o.m.",
            "Ansökan kom in före den",
            "Avtalet gäller fr.o.m.",
        ] {
            assert!(bounded(lead), "{lead}");
        }
        for lead in [
            "Information lämnades den",
            "Ansökan kom in",
            "Samverkan skedde i samverkansgruppen den",
            "",
        ] {
            assert!(!bounded(lead), "{lead}");
        }
    }
}
