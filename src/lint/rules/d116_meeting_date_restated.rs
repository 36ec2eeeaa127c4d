use chrono::NaiveDate;

use super::{date, own_board_key, usual};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::Paper;
use crate::paper::scan::{OWN_BOARD, Span};

declare_rule! {
    /// D116 meeting-date-restated: sammanträdet som ärendet går till anges
    /// med två olika datum.
    ///
    /// En tjänsteskrivelse skriver ofta sammanträdets dag två gånger: vid
    /// nämndens namn överst ("Socialnämnden 2026-03-16") och i texten
    /// ("Ärendet behandlas på nämndens sammanträde den 16 mars 2026"). Det
    /// är samma sammanträde, så ett datum som skiljer sig är en
    /// felskrivning. Dagen vid nämndens namn räknas som den rätta; utan den
    /// det datum som står flest gånger (vid lika det första). Bara
    /// nämndens egna kommande sammanträden jämförs: ett sammanträde i
    /// dåtid ("behandlades"), ett tidigare ("förra sammanträdet"), ett
    /// annat organs och ett datum före skrivelsens lämnas i fred, liksom
    /// datum mer än två veckor isär — det är två sammanträden
    /// (ett beslut nu, en återrapport senare).
    ///
    /// Fel:  Socialnämnden 2026-03-16 … Ärendet behandlas på nämndens
    ///       sammanträde den 17 mars 2026.
    /// Rätt: Socialnämnden 2026-03-16 … Ärendet behandlas på nämndens
    ///       sammanträde den 16 mars 2026.
    pub struct MeetingDateRestated {
        code: "D116",
        name: "meeting-date-restated",
        severity: Error,
        summary: "sammanträdet som ärendet går till anges med två olika datum",
    }
}

/// Two meetings of a board are at least this far apart; nearer dates are
/// one meeting written twice.
const SAME_MEETING_DAYS: i64 = 14;

/// A date the paper gives its own board's coming meeting.
struct Stated {
    date: NaiveDate,
    span: Span,
    /// Stated beside the addressee in the letterhead.
    in_letterhead: bool,
}

impl Rule for MeetingDateRestated {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        if paper.is_collection() {
            return; // An agenda or minutes name many meetings.
        }
        let stated = own_meetings(paper);
        let Some(right) = right_date(&stated) else {
            return;
        };
        let right_at = stated.iter().find(|s| s.date == right).expect("stated");
        let mut reported: Vec<NaiveDate> = Vec::new();
        for s in &stated {
            let near = (s.date - right).num_days().abs() <= SAME_MEETING_DAYS;
            if s.date == right || !near || reported.contains(&s.date) {
                continue;
            }
            reported.push(s.date);
            out.push(
                Finding::new(
                    &Self::META,
                    s.span.clone(),
                    format!(
                        "sammanträdet anges här som {}, men {} som {} ({})",
                        date(s.date),
                        if right_at.in_letterhead {
                            "brevhuvudet anger det"
                        } else {
                            "texten anger det annars"
                        },
                        date(right),
                        paper.line_label(right_at.span.start),
                    ),
                )
                .related(right_at.span.clone(), "samma sammanträde"),
            );
        }
    }
}

/// The coming meetings of the paper's own board: beside the addressee, and
/// in the text not before the paper's date.
fn own_meetings(paper: &Paper) -> Vec<Stated> {
    let own_key = own_board_key(paper);
    let paper_date = paper.facts.paper_date.as_ref().map(|d| d.value);
    let mut stated: Vec<Stated> = paper
        .facts
        .meeting
        .iter()
        .map(|m| Stated {
            date: m.value,
            span: m.span.clone(),
            in_letterhead: true,
        })
        .collect();
    for m in &paper.scan.upcoming_meetings {
        let own = m.body == OWN_BOARD || own_key.as_deref() == Some(m.body.as_str());
        let coming = paper_date.is_none_or(|d| m.date >= d);
        if own && coming && !stated.iter().any(|s| s.span == m.date_span) {
            stated.push(Stated {
                date: m.date,
                span: m.date_span.clone(),
                in_letterhead: false,
            });
        }
    }
    stated.sort_by_key(|s| s.span.start);
    stated
}

/// The letterhead's date; else the date stated most often, the first on a
/// tie. None when all agree.
fn right_date(stated: &[Stated]) -> Option<NaiveDate> {
    let most = usual(stated.iter().map(|s| s.date))?;
    match stated.iter().find(|s| s.in_letterhead) {
        Some(head) => Some(head.date),
        None => Some(most),
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const HEAD: &str = "Ekby kommun\nSocialförvaltningen\n2026-03-02\nDnr SN 2026/114\n\nSocialnämnden 2026-03-16\n\n### Förslag till beslut\n1. Socialnämnden beslutar att godkänna avtalet.\n### Ärende\n";

    #[test]
    fn flags_the_text_dating_the_meeting_otherwise_than_the_letterhead() {
        let text = format!("{HEAD}Ärendet behandlas på nämndens sammanträde den 17 mars 2026.\n");
        assert_eq!(text_findings("D116", &text), ["17 mars 2026"]);
        let messages = text_messages("D116", &text);
        assert!(
            messages[0].starts_with(
                "sammanträdet anges här som 17 mars 2026, men brevhuvudet anger det som 16 mars 2026"
            ),
            "{}",
            messages[0]
        );
    }

    #[test]
    fn flags_two_dates_in_the_text_without_one_in_the_letterhead() {
        let text = "2026-03-02\n\nSocialnämnden\n\n### Förslag till beslut\n1. Socialnämnden beslutar att godkänna avtalet.\n### Ärende\nSocialnämnden föreslås besluta vid sammanträdet 2026-03-16. Ärendet behandlas på socialnämndens sammanträde den 16 mars 2026. Beslut fattas i socialnämnden 2026-03-18.\n";
        assert_eq!(text_findings("D116", text), ["2026-03-18"]);
    }

    #[test]
    fn is_silent_on_agreement_past_and_later_meetings_and_other_bodies() {
        let text = format!(
            "{HEAD}Ärendet behandlas på nämndens sammanträde den 16 mars 2026. Ärendet behandlades på nämndens sammanträde den 17 februari 2026. Återrapport ges på nämndens sammanträde den 15 juni 2026. Kommunstyrelsen behandlar ärendet på sitt sammanträde den 24 mars 2026.\n"
        );
        assert!(
            text_findings("D116", &text).is_empty(),
            "{:?}",
            text_findings("D116", &text)
        );
    }
}
