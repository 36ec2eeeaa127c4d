use super::date;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::about::proposal_period;

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
    /// det tidigaste beslutet kan fattas.
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
        if let (Some(paper), Some(meeting)) = (&facts.paper_date, &facts.meeting)
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
    fn passes_ordered_dates_and_marked_retroactive_decisions() {
        assert!(case_findings("D107", &contract_case(CONTRACT, "")).is_empty());
        let yaml = contract_case(
            &CONTRACT.replace("2026-05-01", "2026-03-01"),
            "retroactive: true\n",
        );
        assert!(case_findings("D107", &yaml).is_empty());
    }
}
