//! A body's meeting named with its date: announced ("Kommunfullmäktige
//! sammanträder måndagen den 28 november") or as the meeting a kallelse is
//! for ("Kallelse och handlingar till kommunfullmäktige 24 oktober 2022").

use super::plain::{Plain, plain, tuned};
use std::sync::LazyLock;

use super::Span;
use super::bodies::BodyMention;
use crate::base::swedish::month_number;

/// How the text names the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingRole {
    /// "… sammanträder den 28 november".
    Announced,
    /// "Kallelse till … 24 oktober 2022".
    Called,
}

/// A meeting of a body on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingMention {
    pub span: Span,
    /// The body's key (see [`BodyMention::key`]).
    pub body: String,
    pub role: MeetingRole,
    pub date_span: Span,
    pub day: u32,
    pub month: u32,
    pub year: Option<i32>,
}

const MONTH: &str =
    r"(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)";

/// The municipality a body belongs to, between its name and its verb:
/// "Kommunfullmäktige i Ekby kommun sammanträder …".
const MUNICIPALITY: &str =
    r"(?:\s+i\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:kommun|stad|region))?";

/// What follows a body that is announced to meet.
static ANNOUNCED: LazyLock<Plain> = LazyLock::new(|| {
    tuned(&format!(
        r"(?i)^s?{MUNICIPALITY}\s+(?:har\s+)?sammanträde[rn]?\s+(?:på\s+)?(?:\p{{L}}+dagen\s+)?(?:den\s+)?(\d{{1,2}})\s+{MONTH}(?:\s+(\d{{4}}))?\b"
    ))
});

/// What stands before a body a kallelse is for: "Kallelse till", "Kallelse
/// och handlingar till", or a kallelse's heading, "Kallelse
/// Kommunfullmäktige".
static CALLED_LEAD: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"(?i)\bkallelse(?:/kungörelse)?(?:\s+och\s+handlingar)?(?:\s+till(?:\s+sammanträde\s+med)?)?[ \t]*:?[ \t]*$",
    )
});

/// The date after the body of a kallelse.
static CALLED_DATE: LazyLock<Plain> = LazyLock::new(|| {
    tuned(&format!(
        r"(?i)^s?\s+(?:sammanträde\s+)?(?:\p{{L}}+dagen\s+)?(?:den\s+)?(\d{{1,2}})\s+{MONTH}(?:\s+(\d{{4}}))?\b"
    ))
});

/// Every meeting named with its date in `text`; `bodies` are the text's own.
pub(super) fn find_meetings(text: &str, bodies: &[BodyMention]) -> Vec<MeetingMention> {
    let mut found = Vec::new();
    for body in bodies {
        let after = &text[body.span.end..];
        let before_start = super::floor_char_boundary(text, body.span.start.saturating_sub(60));
        let before = &text[before_start..body.span.start];
        let (role, captures) = if let Some(c) = ANNOUNCED.captures(after) {
            (MeetingRole::Announced, c)
        } else if CALLED_LEAD.is_match(before)
            && let Some(c) = CALLED_DATE.captures(after)
        {
            (MeetingRole::Called, c)
        } else {
            continue;
        };
        let (Some(day), Some(name)) = (captures.get(1), captures.get(2)) else {
            continue;
        };
        let (Ok(day_number), Some(month)) = (day.as_str().parse(), month_number(name.as_str()))
        else {
            continue;
        };
        let end = captures.get(3).map_or(name.end(), |y| y.end());
        found.push(MeetingMention {
            span: body.span.start..body.span.end + end,
            body: body.key(),
            role,
            date_span: body.span.end + day.start()..body.span.end + end,
            day: day_number,
            month,
            year: captures.get(3).and_then(|y| y.as_str().parse().ok()),
        });
    }
    found
}

/// Compiles the patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need CALLED_DATE: each is compiled where first used.
    ANNOUNCED.compile_now();
    CALLED_LEAD.compile_now();
}

#[cfg(test)]
mod tests {
    use super::MeetingRole;
    use crate::paper::scan::scan;

    #[test]
    fn announced_and_called_meetings() {
        let s = scan(
            "Kommunfullmäktige sammanträder måndagen den 28 november. Kallelse och handlingar till kommunfullmäktige 24 oktober 2022.",
        );
        let found: Vec<(MeetingRole, u32, u32, Option<i32>)> = s
            .meetings
            .iter()
            .map(|m| (m.role, m.day, m.month, m.year))
            .collect();
        assert_eq!(
            found,
            [
                (MeetingRole::Announced, 28, 11, None),
                (MeetingRole::Called, 24, 10, Some(2022))
            ]
        );
    }

    #[test]
    fn a_kallelse_heading_and_a_body_of_a_named_municipality() {
        let s = scan(
            "Kallelse Kommunfullmäktige Torsdagen den 14 juni 2018\n\nEKBY KOMMUN Kallelse/Kungörelse Kommunfullmäktige i Ekby kommun sammanträder torsdagen den 21 juni 2018, kl 18.",
        );
        let found: Vec<(MeetingRole, u32, u32)> = s
            .meetings
            .iter()
            .map(|m| (m.role, m.day, m.month))
            .collect();
        assert_eq!(
            found,
            [
                (MeetingRole::Called, 14, 6),
                (MeetingRole::Announced, 21, 6)
            ]
        );
    }
}
