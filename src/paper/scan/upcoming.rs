//! The meeting a matter goes to, named with its date in running text:
//! "Ärendet behandlas på socialnämndens sammanträde den 16 mars 2026",
//! "Socialnämnden föreslås besluta vid sammanträdet 2026-03-16", "Nämnden
//! sammanträder 2026-03-16", "Ärendet tas upp i socialnämnden 2026-03-16".
//! A meeting told in the past tense ("behandlades", "beslutade") or called
//! earlier ("förra sammanträdet") is an event, not the coming meeting.

use super::plain::{Plain, plain, tuned};
use std::sync::LazyLock;

use chrono::NaiveDate;

use super::bodies::BodyMention;
use super::dates::DateMention;
use super::decisions::OWN_BOARD;
use super::events::EventMention;
use super::{Span, floor_char_boundary, within};

/// A coming meeting of a body, on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpcomingMeeting {
    pub date_span: Span,
    pub date: NaiveDate,
    /// The body's key ([`BodyMention::key`]), or [`OWN_BOARD`] for
    /// "nämndens sammanträde".
    pub body: String,
}

/// A word for a meeting right before its date: "sammanträde den",
/// "sammanträdet", "mötet den", "sammanträder måndagen den".
static MEETING_WORD: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"(?i)\b(?:nämnd|styrelse)?(?:sammanträde[tn]?|sammanträder|möte[t]?)\s+(?:på\s+)?(?:\p{L}+dagen\s+)?(?:den\s+)?$",
    )
});

/// A body's own word for itself before its meeting: "nämndens sammanträde".
static THE_BOARDS: LazyLock<Plain> = LazyLock::new(|| tuned(r"(?i)\b(?:nämnden|styrelsen)s?\s+$"));

/// The subject's own meeting: "Nämnden behandlar ansökan vid sitt
/// sammanträde": the body is the one the clause began with.
static ITS_OWN: LazyLock<Plain> = LazyLock::new(|| tuned(r"(?i)\bsitt\s+$"));

/// The board named by its kind word alone, the paper's own: "nämnden",
/// "styrelsen".
static THE_BOARD: LazyLock<Plain> = LazyLock::new(|| tuned(r"(?i)\b(?:nämnden|styrelsen)\b"));

/// The own board right before a date: "behandlas av nämnden 2026-04-29".
static THE_BOARD_THEN_DATE: LazyLock<Plain> = LazyLock::new(|| {
    tuned(r"(?i)\b(?:nämnden|styrelsen),?\s+(?:\p{L}+dag(?:en)?\s+)?(?:den\s+)?$")
});

/// The clause's subject deciding in the present tense: "Nämnden fattar
/// beslut i ärendet den 26 februari".
static DECIDES: LazyLock<Plain> = LazyLock::new(|| {
    tuned(r"(?i)^\s+(?:beslutar|fattar\s+beslut|behandlar|avgör|tar\s+ställning)\b")
});

/// Between a body and its date when no meeting word stands there:
/// "i socialnämnden 2026-03-16", "socialnämnden den 16 mars".
static BODY_THEN_DATE: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"^s?,?\s+(?:\p{L}+dag(?:en)?\s+)?(?:den\s+)?$"));

/// Verbs that send a matter to a coming meeting, when no meeting word says so.
static GOES_TO: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)\b(?:behandlas|tas\s+upp|föreslås|ska\s+besluta|beslutar|fattar\s+beslut|beslut\s+fattas)\b",
    )
});

/// Words of a meeting that is past: "förra sammanträdet", "vid det
/// senaste mötet".
static EARLIER: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"(?i)\b(?:förra|föregående|senaste|tidigare|extra)\b"));

/// How far before a meeting word its body may stand.
const BODY_REACH: usize = 60;

pub(super) fn find_upcoming_meetings(
    text: &str,
    dates: &[DateMention],
    bodies: &[BodyMention],
    sentences: &[Span],
    events: &[EventMention],
) -> Vec<UpcomingMeeting> {
    dates
        .iter()
        .filter_map(|d| upcoming_at(text, d, bodies, sentences, events))
        .collect()
}

fn upcoming_at(
    text: &str,
    d: &DateMention,
    bodies: &[BodyMention],
    sentences: &[Span],
    events: &[EventMention],
) -> Option<UpcomingMeeting> {
    let date = *d.date.as_ref().ok()?;
    // Sentences are sorted: the last one starting at or before the date.
    let sentence_start = sentences
        .partition_point(|s| s.start <= d.span.start)
        .checked_sub(1)
        .map_or(0, |i| sentences[i].start);
    let lead = &text[floor_char_boundary(text, d.span.start.saturating_sub(160)).max(sentence_start)
        ..d.span.start];
    let lead_start = d.span.start - lead.len();
    // Told in the past tense, or an earlier meeting: no coming one.
    if !within(events, &(lead_start..d.span.start), |e| &e.span).is_empty()
        || EARLIER.is_match(lead)
    {
        return None;
    }
    let body = match MEETING_WORD.find(lead) {
        Some(word) => {
            let before = &lead[..word.start()];
            let reach =
                lead_start + word.start().saturating_sub(BODY_REACH)..lead_start + word.start();
            match within(bodies, &reach, |b| &b.span).last() {
                Some(body) => body.key(),
                None if THE_BOARDS.is_match(before) => OWN_BOARD.to_owned(),
                // "Socialnämnden … vid sitt sammanträde": the clause's body.
                None if ITS_OWN.is_match(before) => {
                    let clause = lead_start..lead_start + word.start();
                    match within(bodies, &clause, |b| &b.span).first() {
                        Some(body) => body.key(),
                        None if THE_BOARD.is_match(before) => OWN_BOARD.to_owned(),
                        None => return None,
                    }
                }
                None => return None,
            }
        }
        None => match THE_BOARD_THEN_DATE.find(lead) {
            // "behandlas av nämnden 2026-04-29": the own board.
            Some(board) => GOES_TO
                .is_match(&lead[..board.start()])
                .then(|| OWN_BOARD.to_owned())?,
            None => named_body_before(text, d, bodies, lead_start).or_else(|| {
                (lead_start == sentence_start)
                    .then(|| subject_decides(lead, lead_start, bodies))
                    .flatten()
            })?,
        },
    };
    Some(UpcomingMeeting {
        date_span: d.span.clone(),
        date,
        body,
    })
}

/// A body named right before the date, the matter sent to it: "Ärendet
/// tas upp i socialnämnden 2026-03-19".
fn named_body_before(
    text: &str,
    d: &DateMention,
    bodies: &[BodyMention],
    lead_start: usize,
) -> Option<String> {
    let body = within(bodies, &(lead_start..d.span.start), |b| &b.span).last()?;
    let between = &text[body.span.end..d.span.start];
    (BODY_THEN_DATE.is_match(between) && GOES_TO.is_match(&text[lead_start..body.span.start]))
        .then(|| body.key())
}

/// The board that begins the sentence deciding on the date, in the
/// present tense: "Nämnden fattar beslut i ärendet den 26 februari 2026",
/// "Socialnämnden behandlar frågan 2026-03-16". A few words may stand
/// between verb and date, but none that makes the date another's: "att"
/// and "som" lead a clause of their own, and a bound ("från", "till",
/// "senast") is no meeting's day.
fn subject_decides(lead: &str, lead_start: usize, bodies: &[BodyMention]) -> Option<String> {
    let opening = lead.trim_start();
    let subject_start = lead_start + (lead.len() - opening.len());
    let (body, subject_end) =
        match within(bodies, &(subject_start..subject_start + 1), |b| &b.span).first() {
            Some(body) => (body.key(), body.span.end - lead_start),
            None => {
                let word = opening.split_whitespace().next()?;
                let own =
                    word.eq_ignore_ascii_case("nämnden") || word.eq_ignore_ascii_case("styrelsen");
                (
                    own.then(|| OWN_BOARD.to_owned())?,
                    lead.len() - opening.len() + word.len(),
                )
            }
        };
    let verb = DECIDES.find(lead.get(subject_end..)?)?;
    let between: Vec<&str> = lead[subject_end + verb.end()..]
        .split_whitespace()
        .collect();
    let bound = |w: &&str| {
        matches!(
            w.to_lowercase().as_str(),
            "att"
                | "som"
                | "från"
                | "fr.o.m."
                | "till"
                | "t.o.m."
                | "senast"
                | "före"
                | "innan"
                | "efter"
                | "sedan"
        )
    };
    (between.len() <= 6 && !between.iter().any(bound)).then_some(body)
}

/// Compiles the patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need GOES_TO, THE_BOARDS, ITS_OWN, THE_BOARD, DECIDES:
    // each is compiled where first used.
    MEETING_WORD.compile_now();
    THE_BOARD_THEN_DATE.compile_now();
    BODY_THEN_DATE.compile_now();
    EARLIER.compile_now();
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::{OWN_BOARD, scan};

    fn upcoming(text: &str) -> Vec<(String, String)> {
        scan(text)
            .upcoming_meetings
            .into_iter()
            .map(|m| (m.date.to_string(), m.body))
            .collect()
    }

    #[test]
    fn a_coming_meeting_in_the_ways_papers_name_it() {
        let found = upcoming(
            "Ärendet behandlas på socialnämndens sammanträde den 16 mars 2026. Socialnämnden föreslås besluta vid sammanträdet 2026-03-17. Nämnden sammanträder 2026-03-18 och tar då ställning. Ärendet tas upp i socialnämnden 2026-03-19. Ärendet behandlas på nämndens möte den 20 mars 2026. Nämnden behandlar ansökan vid sitt sammanträde den 21 mars 2026. Socialnämnden tar ställning vid sitt möte 2026-03-22. Ärendet behandlas av nämnden 2026-03-23. Ärendet behandlas av nämnden torsdagen den 24 mars 2026. Nämnden fattar beslut i ärendet den 25 mars 2026. Socialnämnden behandlar frågan 2026-03-26.",
        );
        let dates: Vec<&str> = found.iter().map(|(d, _)| d.as_str()).collect();
        assert_eq!(
            dates,
            [
                "2026-03-16",
                "2026-03-17",
                "2026-03-18",
                "2026-03-19",
                "2026-03-20",
                "2026-03-21",
                "2026-03-22",
                "2026-03-23",
                "2026-03-24",
                "2026-03-25",
                "2026-03-26"
            ]
        );
        assert_eq!(found[0].1, found[1].1, "both are Socialnämnden");
        assert_eq!(found[4].1, OWN_BOARD);
        assert_eq!(found[5].1, OWN_BOARD);
        assert_eq!(found[6].1, found[0].1, "its own: Socialnämnden's");
        assert_eq!(found[7].1, OWN_BOARD);
        assert_eq!(found[9].1, OWN_BOARD);
        assert_eq!(found[10].1, found[0].1, "the subject: Socialnämnden");
    }

    #[test]
    fn past_and_earlier_meetings_and_other_dates_are_none() {
        for text in [
            "Ärendet behandlades på socialnämndens sammanträde den 16 mars 2026.",
            "Socialnämnden beslutade vid sammanträdet 2026-03-17 att återremittera.",
            "Vid förra sammanträdet 2026-02-16 återremitterades ärendet.",
            "Socialnämnden 2026-03-19, § 14, antog planen.",
            "Avtalet med socialnämnden gäller från 2026-03-19.",
            "Vid sammanträdet 2026-03-17 ska frågan avgöras.",
            "Nämnden behandlade ansökan vid sitt sammanträde den 21 mars 2026.",
            "Föreningen håller sitt möte 2026-03-22.",
            "Avtalet med nämnden 2026-03-23.",
            "Nämnden beslutar att avtalet gäller från den 1 april 2026.",
            "Nämnden fattar beslut om taxan, som gäller från 2026-04-01.",
            "Nämnden behandlar frågan senast den 30 april 2026.",
            "Förvaltningen föreslår att nämnden fattar beslut den 25 mars 2026.",
        ] {
            assert!(upcoming(text).is_empty(), "{text}");
        }
    }
}
