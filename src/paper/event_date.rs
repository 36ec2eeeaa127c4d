//! The date an event verb reports ("lämnades den 20 februari"), for rules
//! that compare it with the paper's own date. A date in the event's
//! sentence is the event's unless the words say it is something else: a
//! plan, a subordinate clause's, a validity, or a bound.

use crate::paper::Paper;
use crate::paper::scan::{DateMention, EventMention, cues, floor_char_boundary};

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
    let nearest = nearest_date(paper.scan.dates_in(&sentence), event)?;
    let between = if nearest.span.start >= event.span.end {
        event.span.end..nearest.span.start
    } else {
        nearest.span.end..event.span.start
    };
    let between = paper.text(&between);
    let subordinate = between
        .split_whitespace()
        .any(|w| matches!(w, "att" | "som" | "gäller" | "gälla"));
    // The last words before the date: a few bytes, however long the sentence.
    let lead_start = floor_char_boundary(&paper.source, nearest.span.start.saturating_sub(LEAD))
        .max(sentence.start);
    let lead = paper.text(&(lead_start..nearest.span.start));
    (!cues::plans_ahead(between) && !subordinate && !bounded(lead) && !in_a_period(paper, nearest))
        .then_some(nearest)
}

/// How far from its verb an event's date may stand: a clause, not a page
/// (and a hostile sentence of a megabyte stays linear).
const REACH: usize = 240;

/// How many bytes before a date its bounding preposition is looked for.
const LEAD: usize = 48;

/// The date nearest the event among a sentence's `dates` (sorted): the
/// first after it or the last before it, the earlier on a tie.
fn nearest_date<'d>(dates: &'d [DateMention], event: &EventMention) -> Option<&'d DateMention> {
    let after = dates.partition_point(|d| d.span.start < event.span.end);
    let next = dates.get(after).map(|d| (d.span.start - event.span.end, d));
    let previous = after
        .checked_sub(1)
        .and_then(|i| dates.get(i))
        .map(|d| (event.span.start.saturating_sub(d.span.end), d));
    let nearest = match (previous, next) {
        (Some(p), Some(n)) => Some(if p.0 <= n.0 { p } else { n }),
        (p, n) => p.or(n),
    };
    nearest
        .filter(|(distance, _)| *distance <= REACH)
        .map(|(_, d)| d)
}

/// Whether `date` begins or ends a period. Periods are in text order and
/// do not nest: only the last one beginning at or before the date can
/// hold it.
fn in_a_period(paper: &Paper, date: &DateMention) -> bool {
    let periods = &paper.scan.periods;
    let upto = periods.partition_point(|p| p.from_span.start <= date.span.start);
    upto.checked_sub(1)
        .and_then(|i| periods.get(i))
        .is_some_and(|p| date.span.end <= p.to_span.end)
}

/// Whether `lead` (the words before a date) ends in a preposition that
/// makes the date a bound: "från", "fr.o.m.", "till och med", "t.o.m.",
/// "till", "intill", "före", "innan", "per", with or without "den"; or in
/// an adverb of a bound: "tidigast", "senast" ("när avtalsspärren har löpt
/// ut, tidigast den 12 oktober").
fn bounded(lead: &str) -> bool {
    let mut words = lead
        .split_whitespace()
        .rev()
        .map(|w| w.trim_end_matches(',').to_lowercase());
    let mut last = words.next().unwrap_or_default();
    if matches!(last.as_str(), "den" | "dagen") {
        last = words.next().unwrap_or_default();
    }
    const BOUNDS: [&str; 16] = [
        "från", "fr.o.m.", "fr.o.m", "from", "fr", "till", "t.o.m.", "t.o.m", "tom", "intill",
        "före", "innan", "per", "med", "tidigast", "senast",
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
            "Avtal kan tecknas när avtalsspärren har löpt ut, tidigast den",
            "Yttrandet har lämnats senast",
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
