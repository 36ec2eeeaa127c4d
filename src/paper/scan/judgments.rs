//! A court's judgment cited with its date: "Länsrättens dom 2008-11-07, Mål
//! 31-08", "Länsrätten anför i sin dom 2008-11-07", "Länsrätten avgjorde
//! målet 2008-11-07", "Kammarrätten i Stockholm meddelade dom den 14 januari
//! 2009 (mål nr 8930-08)".
//!
//! Read by word formation, not by sentences: a court is a compound ending
//! in the definite "-rätten" or "-domstolen" (the genitive too), perhaps
//! with its seat ("i Stockholm"); the judgment is "dom", "domen", "domslut"
//! or "målet" right before the date. Between court and judgment stand a few
//! words of the same sentence and no other court: in "Kammarrätten ändrade
//! länsrättens dom 2009-01-14" the date is the judgment of the court nearest
//! before "dom".

use super::plain::{Captures, Plain, plain, tuned};
use std::sync::LazyLock;

use chrono::NaiveDate;

use super::dates::DateMention;
use super::{Span, floor_char_boundary};

/// A judgment of a court, on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JudgmentMention {
    /// From the court's name to the date.
    pub span: Span,
    pub date_span: Span,
    pub date: NaiveDate,
    /// The court, lower case, without a genitive -s: "länsrätten".
    pub court: String,
    /// The court's seat when written: "stockholm".
    pub seat: Option<String>,
    /// The court as written, for messages.
    pub court_text: String,
    /// The case number when written near the date: "31-08".
    pub case: Option<String>,
}

/// How far before a date the court may stand.
const REACH: usize = 100;

/// A court, then a few words of the sentence, then the judgment word right
/// before the date.
static JUDGMENT_BEFORE_DATE: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)(\p{L}{3,}(?:rätten|domstolen))(s)?(?:\s+i\s+(\p{Lu}\p{L}+))?,?((?:\s+[\p{L}-]+){0,4}?)\s+(?:dom|domen|domslut|domslutet|målet)[ \t,]*(?:den\s+|daterad\s+)?$",
    )
});

/// The judgment first and the court after its verb, as Swedish puts the
/// subject after a leading phrase: "I sin dom den 20 januari 2026
/// konstaterar förvaltningsrätten …", "Genom dom 2026-01-20 upphävde
/// länsrätten …".
static JUDGMENT_LEADS: LazyLock<Plain> =
    LazyLock::new(|| plain(r"(?i)\b(?:i|genom)\s+(?:sin\s+)?(?:dom|domen)[ \t,]*(?:den\s+)?$"));
static COURT_AFTER_VERB: LazyLock<Plain> = LazyLock::new(|| {
    tuned(r"^[ \t,]*\p{Ll}+\s+(\p{L}{3,}(?:rätten|domstolen))\b(?:\s+i\s+(\p{Lu}\p{L}+))?")
});

/// A court word inside the words between court and judgment: that court is
/// the nearer one.
static COURT_WORD: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"(?i)\p{L}{3,}(?:rätten|domstolen)s?\b"));

/// The case number after the date: ", Mål 31-08", "(mål nr 8930-08)",
/// "… med följande domslut (Mål 31-08)".
static CASE_AFTER: LazyLock<Plain> = LazyLock::new(|| {
    tuned(r"(?i)^[^.;\n]{0,50}?\bmål(?:et)?(?:[ \t]+nr\.?)?[ \t]*(\d{1,6}-\d{2}(?:-\d{1,3})?)\b")
});

/// Rights that end like a court ("bostadsrätten", "hyresrätten"): never a
/// court, whatever follows.
const RIGHTS: &[&str] = &[
    "bostads",
    "hyres",
    "ägande",
    "nyttjande",
    "förköps",
    "upphovs",
    "röst",
    "yttrande",
    "besvärs",
    "talerätt",
    "tomt",
    "arrende",
    "förtur",
];

pub(super) fn find_judgments(text: &str, dates: &[DateMention]) -> Vec<JudgmentMention> {
    dates.iter().filter_map(|d| judgment_at(text, d)).collect()
}

fn judgment_at(text: &str, mention: &DateMention) -> Option<JudgmentMention> {
    let date = mention.date.as_ref().ok().copied()?;
    let from = floor_char_boundary(text, mention.span.start.saturating_sub(REACH));
    let window = &text[from..mention.span.start];
    let after = &text[mention.span.end..];
    let (court, seat, span) = if let Some(c) = nearest_court(window) {
        let court = c.get(1)?;
        let span = from + court.start()..mention.span.end;
        (court.as_str(), c.get(3), span)
    } else if JUDGMENT_LEADS.is_match(window)
        && let Some(c) = COURT_AFTER_VERB.captures(after)
    {
        let court = c.get(1)?;
        let span = mention.span.start..mention.span.end + court.end();
        (court.as_str(), c.get(2), span)
    } else {
        return None;
    };
    let name = court.to_lowercase();
    if RIGHTS.iter().any(|r| name.starts_with(r)) {
        return None;
    }
    Some(JudgmentMention {
        span,
        date_span: mention.span.clone(),
        date,
        court: name,
        seat: seat.map(|s| s.as_str().to_lowercase()),
        court_text: court.to_owned(),
        case: CASE_AFTER.captures(after).map(|k| k[1].to_owned()),
    })
}

/// The court nearest before the judgment word: a later start when the
/// words between name another court.
fn nearest_court(window: &str) -> Option<Captures<'_>> {
    let mut at = 0;
    loop {
        let c = JUDGMENT_BEFORE_DATE.captures_at(window, at)?;
        let between = c.get(4).map_or("", |m| m.as_str());
        // A paragraph ends between: the court is another paragraph's.
        if window[c.get(1)?.start()..].contains("\n\n") {
            return None;
        }
        match COURT_WORD.find(between) {
            Some(_) => at = c.get(1)?.end(),
            None => return Some(c),
        }
    }
}

/// Compiles the patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need COURT_WORD, CASE_AFTER, COURT_AFTER_VERB: each is compiled where first used.
    JUDGMENT_BEFORE_DATE.compile_now();
    JUDGMENT_LEADS.compile_now();
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn judgments(text: &str) -> Vec<(String, String, Option<String>)> {
        scan(text)
            .judgments
            .iter()
            .map(|j| (j.court.clone(), j.date.to_string(), j.case.clone()))
            .collect()
    }

    #[test]
    fn a_courts_judgment_with_its_date_and_case() {
        let text = "Upphandling – Länsrättens dom 2008-11-07, Mål 31-08. Länsrätten anför i sin dom 2008-11-07 bl a följande. Länsrätten avgjorde målet 2008-11-07 med följande domslut (Mål 31-08).";
        assert_eq!(
            judgments(text),
            [
                (
                    "länsrätten".into(),
                    "2008-11-07".into(),
                    Some("31-08".into())
                ),
                ("länsrätten".into(), "2008-11-07".into(), None),
                (
                    "länsrätten".into(),
                    "2008-11-07".into(),
                    Some("31-08".into())
                ),
            ]
        );
        let text = "Kammarrätten i Stockholm meddelade dom den 14 januari 2009 (mål nr 8930-08).";
        let found = scan(text).judgments;
        assert_eq!(found[0].court, "kammarrätten");
        assert_eq!(found[0].seat.as_deref(), Some("stockholm"));
        assert_eq!(found[0].case.as_deref(), Some("8930-08"));
    }

    #[test]
    fn the_court_after_its_verb_when_the_judgment_leads() {
        for text in [
            "I sin dom den 20 januari 2026 konstaterar förvaltningsrätten att utredningen brister.",
            "Genom dom 2026-01-20 upphävde förvaltningsrätten beslutet.",
        ] {
            let found = judgments(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].0, "förvaltningsrätten");
            assert_eq!(found[0].1, "2026-01-20");
        }
        assert!(judgments("I sin dom den 20 januari 2026 konstaterar nämnden att …").is_empty());
    }

    #[test]
    fn the_court_nearest_before_the_judgment_word() {
        let found = judgments("Kammarrätten ändrade länsrättens dom 2009-01-14.");
        assert_eq!(found, [("länsrätten".into(), "2009-01-14".into(), None)]);
    }

    #[test]
    fn rights_other_events_and_other_sentences_are_no_judgment() {
        for text in [
            "Bostadsrättens dom 2024-01-15",
            "Länsrättens dom överklagades 2008-12-01 till kammarrätten.",
            "Länsrätten har yttrat sig. Målet 2008-12-01 gäller något annat.",
            "Enligt domen ska beslutet gälla från 2024-01-15.",
        ] {
            assert!(judgments(text).is_empty(), "{text}");
        }
    }
}
