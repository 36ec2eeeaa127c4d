use chrono::NaiveDate;

use super::{date, own_board_key};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::about::proposal_period;
use crate::paper::scan::OWN_BOARD;
use crate::paper::{Located, Paper};

declare_rule! {
    /// D107 paper-after-meeting: handlingen är daterad efter sammanträdet den
    /// går till, eller beslutet gäller innan det fattas.
    ///
    /// Ett beslut den 18 mars kan inte förlänga ett avtal från den 1 mars om det
    /// inte är menat att gälla retroaktivt; säg det (`retroactive: true` i en
    /// ärendefil) eller rätta datumen.
    ///
    /// Fel:  date: 2026-03-20, meeting: 2026-03-18
    /// Rätt: date: 2026-03-02, meeting: 2026-03-18
    ///
    /// För en färdig handling utan sammanträdesdatum är handlingens eget datum
    /// det tidigaste beslutet kan fattas. Står sammanträdet bara i texten
    /// ("Ärendet behandlas i socialnämnden 2026-03-16"), i presens eller
    /// futurum och för handlingens egen nämnd, jämförs det också, om det
    /// ligger högst en månad före handlingens datum.
    pub struct PaperAfterMeeting {
        code: "D107",
        name: "paper-after-meeting",
        severity: Error,
        summary: "skrivelsen är daterad efter sammanträdet, eller beslutet gäller innan det fattas",
    }
}

impl Rule for PaperAfterMeeting {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let facts = &cx.paper.facts;
        let meeting = facts.meeting.clone().or_else(|| meeting_in_text(cx.paper));
        if let (Some(paper), Some(meeting)) = (&facts.paper_date, &meeting)
            && paper.value > meeting.value
        {
            out.push(
                Finding::new(
                    &Self::META,
                    paper.span.clone(),
                    format!(
                        "tjänsteskrivelsen är daterad {}, efter sammanträdet {} som den ska till",
                        date(paper.value),
                        date(meeting.value)
                    ),
                )
                .related(meeting.span.clone(), "sammanträdet"),
            );
        }
        if facts.retroactive {
            return;
        }
        let Some(decided) = facts.meeting.as_ref().or(facts.paper_date.as_ref()) else {
            return;
        };
        let Some((from, _, span)) = proposal_period(cx.paper) else {
            return;
        };
        if from < decided.value {
            let what = if facts.meeting.is_some() {
                "sammanträdet"
            } else {
                "tjänsteskrivelsens datum"
            };
            out.push(
                Finding::new(
                    &Self::META,
                    span,
                    format!(
                        "beslutet ska gälla från {}, före {what} {}; ange retroaktivt beslut eller ändra datumen",
                        date(from),
                        date(decided.value)
                    ),
                )
                .related(decided.span.clone(), what),
            );
        }
    }
}

/// How long before a paper's date the meeting its text sends it to may
/// stand and still be that meeting: further back it is more likely another.
const TEXT_MEETING_REACH_DAYS: i64 = 31;

/// The coming meeting of the paper's own board that its text sends it to
/// ("Förslaget skall behandlas i nämnden 2006-02-16"), when that is before
/// the paper's date: told in the present or the future, it cannot be.
fn meeting_in_text(paper: &Paper) -> Option<Located<NaiveDate>> {
    if paper.is_collection() {
        return None;
    }
    let paper_date = paper.facts.paper_date.as_ref()?.value;
    let own_key = own_board_key(paper);
    paper
        .scan
        .upcoming_meetings
        .iter()
        .filter(|m| m.body == OWN_BOARD || own_key.as_deref() == Some(m.body.as_str()))
        .find(|m| {
            m.date < paper_date && (paper_date - m.date).num_days() <= TEXT_MEETING_REACH_DAYS
        })
        .map(|m| Located {
            value: m.date,
            span: m.date_span.clone(),
        })
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_paper_after_its_meeting_and_a_decision_in_the_past() {
        let yaml = contract_case(CONTRACT, "").replace("date: 2026-03-02", "date: 2026-03-20");
        assert_eq!(case_findings("D107", &yaml).len(), 1);
        let yaml = contract_case(&CONTRACT.replace("2026-05-01", "2026-03-01"), "");
        assert_eq!(case_findings("D107", &yaml).len(), 1);
    }

    #[test]
    fn flags_a_paper_dated_after_the_meeting_its_text_sends_it_to() {
        let text = "Socialförvaltningen\nDatum 2026-03-20\nTill Socialnämnden\n\nStöd i Ekby\n\nÄrende\nÄrendet behandlas i socialnämnden 2026-03-16.\n";
        assert_eq!(text_findings("D107", text), ["2026-03-20"]);
        // Told in the past, another board's, or long before: left alone.
        for text in [
            "Socialförvaltningen\nDatum 2026-03-20\nTill Socialnämnden\n\nStöd\n\nÄrende\nÄrendet behandlades i socialnämnden 2026-03-16.\n",
            "Socialförvaltningen\nDatum 2026-03-20\nTill Socialnämnden\n\nStöd\n\nÄrende\nÄrendet behandlas i kommunstyrelsen 2026-03-16.\n",
            "Socialförvaltningen\nDatum 2026-03-20\nTill Socialnämnden\n\nStöd\n\nÄrende\nÄrendet behandlas i socialnämnden 2026-01-16.\n",
        ] {
            assert!(text_findings("D107", text).is_empty(), "{text}");
        }
    }

    #[test]
    fn passes_ordered_dates_and_marked_retroactive_decisions() {
        assert!(case_findings("D107", &contract_case(CONTRACT, "")).is_empty());
        let yaml = contract_case(
            &CONTRACT.replace("2026-05-01", "2026-03-01"),
            "retroactive: true\n",
        );
        assert!(case_findings("D107", &yaml).is_empty());
    }
}
