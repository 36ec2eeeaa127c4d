//! A protocol's or kallelse's meeting day under its label —
//! "Sammanträdesdatum 2020-06-09", "Tid och plats 23 mars 2016", "Plats och
//! tid Ivern, tisdagen den 9 juni 2020 kl 08:30" — where the paper states
//! the one day it is about, often twice (the first page, the anslag).
//! "Justeringens plats och tid" is the day the protocol was checked, and a
//! label followed by a list of dates heads a timetable: neither is one.

use super::reach::{Reaching, reaching};
use std::sync::LazyLock;

use chrono::NaiveDate;

use super::Span;
use super::dates::DateMention;

/// A meeting day stated under a label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionDate {
    /// The date.
    pub span: Span,
    pub date: NaiveDate,
}

/// How far before a date its label may stand: a place and a weekday may be
/// between ("Plats och tid Ivern, tisdagen den ").
const LABEL_REACH: usize = 120;

/// A label ending where the date starts — a "Sammanträdesdatum" label may
/// head a row whose first cell is the body ("Mötesdatum ⏎ Kultur- och
/// fritidsnämnden (KFN) 2019-10-17"); group 1 when it is someone's
/// ("Justeringens plats och tid", "Kommunstyrelsens sammanträdesdatum"):
/// another meeting's day, or the justering's. A genitive is written in
/// lower case: "ANSLAG/BEVIS Sammanträdesdatum" has none.
static LABEL: LazyLock<Reaching> = LazyLock::new(|| {
    reaching(
        r"(?i)((?-i:\p{L}*\p{Ll}s)\s+|justering\s+)?(?:(?:sammanträde|möte)(?:s|ts)?\s*(?:datum|dag)\b[^\d.;]{0,80}?|datum\s+för\s+(?:\p{L}+\s+)?(?:sammanträde|möte)t?|(?:plats\s+och\s+tid|tid\s+och\s+plats)[ \t]*:?(?:[ \t]*\n){0,3}[^\n\d]{0,60}?)\s*:?\s*$",
    )
});

/// The day a protocol is checked and signed, labelled or told:
/// "Justeringens plats och tid Kontoret 2026-03-30", "Plats/tid för
/// justering: …, torsdag 26 mars 2026", "Justering äger rum torsdagen den 26
/// mars 2026", "Protokollet justeras den 26 mars 2026", "Justering:
/// Socialförvaltningen, tisdagen den 28 april 2026". A street number
/// may stand in the place; a year may not (that is another date's).
static JUSTERING: LazyLock<Reaching> = LazyLock::new(|| {
    reaching(
        r"(?i)(?:\bjustering(?:ens)?\s+(?:plats\s+och\s+tid|tid\s+och\s+plats|tid|dag|datum)|\bplats\s*/\s*tid\s+för\s+justering|\bjustering(?:en)?(?:\s+av\s+protokollet)?\s+(?:äger\s+rum|sker|ska\s+ske|skall\s+ske|ska\s+äga\s+rum|skall\s+äga\s+rum)|\bprotokollet\s+justeras|(?m:^)[ \t]*justering[ \t]*:)[ \t]*:?(?:[ \t]*\n){0,3}(?:[^\n\d.;]|\b\d{1,3}\b){0,80}?[\s:,]*$",
    )
});

/// Every justering day in `text`; `dates` are the text's own.
pub(super) fn find_justering_dates(text: &str, dates: &[DateMention]) -> Vec<SessionDate> {
    dates
        .iter()
        .filter_map(|mention| {
            let date = mention.date.as_ref().ok().copied()?;
            let from =
                super::floor_char_boundary(text, mention.span.start.saturating_sub(LABEL_REACH));
            JUSTERING
                .is_match(&text[from..mention.span.start])
                .then(|| SessionDate {
                    span: mention.span.clone(),
                    date,
                })
        })
        .collect()
}

/// Every labelled meeting day in `text`; `dates` are the text's own.
pub(super) fn find_session_dates(text: &str, dates: &[DateMention]) -> Vec<SessionDate> {
    let mut found = Vec::new();
    for (i, mention) in dates.iter().enumerate() {
        let Ok(date) = mention.date else { continue };
        let from = super::floor_char_boundary(text, mention.span.start.saturating_sub(LABEL_REACH));
        let Some(label) = LABEL.captures(&text[from..mention.span.start]) else {
            continue;
        };
        if label.get(1).is_some() || heads_a_list(text, mention, dates.get(i + 1)) {
            continue;
        }
        found.push(SessionDate {
            span: mention.span.clone(),
            date,
        });
    }
    found
}

/// Whether the next date follows `mention` with only separators between:
/// the label heads a list of days ("Sammanträdesdatum 2026-01-25,
/// 2026-02-22 …").
fn heads_a_list(text: &str, mention: &DateMention, next: Option<&DateMention>) -> bool {
    next.is_some_and(|next| {
        next.span.start >= mention.span.end
            && text[mention.span.end..next.span.start]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, ',' | ';' | '–' | '-' | '|' | '/'))
    })
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    std::sync::LazyLock::force(&LABEL);
    std::sync::LazyLock::force(&JUSTERING);
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn days(text: &str) -> Vec<String> {
        scan(text)
            .session_dates
            .iter()
            .map(|s| text[s.span.clone()].to_owned())
            .collect()
    }

    #[test]
    fn labelled_meeting_days() {
        assert_eq!(
            days(
                "SAMMANTRÄDESPROTOKOLL Sida 1(16) Sammanträdesdatum 2020-06-09 Plats och tid Ivern, tisdagen den 9 juni 2020 kl 08:30 Justeringens plats och tid Krokom 2020-06-16. Nämnd Sammanträdesdatum:\n\n2020-06-09"
            ),
            ["2020-06-09", "9 juni 2020", "2020-06-09"]
        );
        assert_eq!(
            days("Tid och plats 23 mars 2016, klockan 13"),
            ["23 mars 2016"]
        );
        // The label alone on its line, the place and the day under it.
        assert_eq!(
            days("Plats och tid\n\nÖrnvik, 2020-08-18 kl. 09.00-10:05\n\nBeslutande"),
            ["2020-08-18"]
        );
    }

    #[test]
    fn the_justerings_day_labelled_or_told() {
        let text = "Plats/tid för justering: Skolkontoret, Fritidsgatan 2, torsdag 26 mars 2026 kl 15:00. Justering äger rum torsdagen den 26 mars 2026 kl 15. Justeringens plats och tid\n\nÖrnvik, 2026-03-27 kl. 10:30. Protokollet justeras den 30 mars 2026.\nJustering: Kontoret, tisdagen den 31 mars 2026";
        let found: Vec<String> = scan(text)
            .justering_dates
            .iter()
            .map(|d| d.date.to_string())
            .collect();
        assert_eq!(
            found,
            [
                "2026-03-26",
                "2026-03-26",
                "2026-03-27",
                "2026-03-30",
                "2026-03-31"
            ]
        );
        let none =
            scan("Justerare: Kim Ek. Sammanträdesdatum 2026-03-26. Protokollet är justerat.");
        assert!(none.justering_dates.is_empty());
    }

    #[test]
    fn not_the_justering_nor_a_timetable_nor_other_dates() {
        assert!(days("Justeringens tid och plats Kontoret den 30 mars 2016").is_empty());
        assert!(days("Justeringens plats och tid\n\nÖrnvik, 2020-08-18 kl. 10:30").is_empty());
        assert!(days("Sammanträdesdatum 2026-01-25, 2026-02-22, 2026-03-29").is_empty());
        assert!(days("Tid för anslag 2019-02-05. Beslutet fattades 2019-01-28.").is_empty());
        assert!(days("Sammanträdesdagar 2026: 2026-01-25 och 2026-02-22").is_empty());
        assert!(days("Kommunstyrelsens sammanträdesdatum 2026-03-10").is_empty());
        assert!(days("Sammanträdesdatum: se nedan. Anslaget sätts upp 2026-08-18").is_empty());
    }
}
