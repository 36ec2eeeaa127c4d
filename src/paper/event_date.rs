//! The date an event verb reports ("lämnades den 20 februari"), for rules
//! that compare it with the paper's own date. A date in the event's
//! sentence is the event's unless the words say it is something else: a
//! plan, a subordinate clause's, a validity, or a bound.

use crate::paper::Paper;
use crate::paper::scan::{DateMention, EventMention, Span, cues, floor_char_boundary, within};

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
    let events = within(&paper.scan.events, &sentence, |e| &e.span);
    let nearest = nearest_date(paper.scan.dates_in(&sentence), event, events)?;
    is_the_events(paper, event, nearest, &sentence).then_some(nearest)
}

/// The dates an event verb reports: [`event_date`]'s, and those told after
/// it in the same clause with the verb left out, a preposition repeated
/// ("har haft dialog med leverantörerna den 19 april och med
/// pensionärsrådet den 26 april", "lämnades den 5 och den 12 maj").
pub fn event_dates<'p>(paper: &'p Paper, event: &EventMention) -> Vec<&'p DateMention> {
    let Some(first) = event_date(paper, event) else {
        return Vec::new();
    };
    let Some(sentence) = paper.scan.sentence_at(event.span.start) else {
        return vec![first];
    };
    let dates = paper.scan.dates_in(&sentence);
    let from = dates.partition_point(|d| d.span.start <= first.span.start);
    let mut told = vec![first];
    for date in &dates[from..] {
        // A clause, not a page: a hostile list of dates stays linear.
        if date.span.start.saturating_sub(event.span.end) > REACH {
            break;
        }
        let previous = told[told.len() - 1];
        let between = paper.text(&(previous.span.end..date.span.start));
        if !coordinated(between) || !is_the_events(paper, event, date, &sentence) {
            break;
        }
        told.push(date);
    }
    told
}

/// Whether `between` (the words from one date to the next) joins a second
/// time to the same verb: "och", "samt" or a comma, then nothing or a
/// preposition and at most three words ("och med pensionärsrådet den"): no
/// verb, no figure, no new subject ("och rådet").
fn coordinated(between: &str) -> bool {
    let trimmed = between.trim_start();
    let comma = trimmed.starts_with(',');
    let mut words: Vec<&str> = trimmed
        .trim_start_matches(',')
        .split_whitespace()
        .take(7)
        .collect();
    if words.last() == Some(&"den") {
        words.pop();
    }
    if matches!(words.first(), Some(&("och" | "samt"))) {
        words.remove(0);
    } else if !comma {
        return false;
    }
    match &words[..] {
        [] => true,
        [preposition, complement @ ..] => {
            PREPOSITIONS.contains(preposition)
                && complement.len() <= 3
                && complement
                    .iter()
                    .all(|w| w.chars().all(char::is_alphabetic))
        }
    }
}

/// The prepositions a repeated complement starts with.
const PREPOSITIONS: &[&str] = &[
    "med", "hos", "i", "på", "för", "av", "vid", "inom", "mellan",
];

/// Whether `date`, in `event`'s sentence, tells when the event took place
/// (see [`event_date`]).
fn is_the_events(
    paper: &Paper,
    event: &EventMention,
    nearest: &DateMention,
    sentence: &Span,
) -> bool {
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
    !cues::plans_ahead(between) && !subordinate && !bounded(lead) && !in_a_period(paper, nearest)
}

/// How far from its verb an event's date may stand: a clause, not a page
/// (and a hostile sentence of a megabyte stays linear).
const REACH: usize = 240;

/// How many bytes before a date its bounding preposition is looked for.
const LEAD: usize = 48;

/// The date nearest the event among a sentence's `dates` (sorted): the
/// first after it or the last before it, the earlier on a tie. A date
/// before it that follows another of the sentence's `events` (sorted) is
/// that event's, as a time is told after its verb ("fick förslaget den 16
/// augusti och lämnade sitt yttrande den 13 september"): the one after is
/// then taken when there is one.
fn nearest_date<'d>(
    dates: &'d [DateMention],
    event: &EventMention,
    events: &[EventMention],
) -> Option<&'d DateMention> {
    let after = dates.partition_point(|d| d.span.start < event.span.end);
    let next = dates.get(after).map(|d| (d.span.start - event.span.end, d));
    let previous = after
        .checked_sub(1)
        .and_then(|i| dates.get(i))
        .map(|d| (event.span.start.saturating_sub(d.span.end), d));
    let claimed = |date: &DateMention| {
        let before = events.partition_point(|e| e.span.end <= date.span.start);
        before > 0 && events[before - 1].span != event.span
    };
    let nearest = match (previous, next) {
        (Some(p), Some(n)) if claimed(p.1) && n.0 <= REACH => Some(n),
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
