use super::{date, quote};
use crate::lint::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// D106 event-after-paper-date: something the paper says has happened
    /// ("lämnades", "genomfördes", "har lämnats") is dated after the paper.
    ///
    /// A paper cannot report an event that had not happened when it was
    /// written; typically the MBL information date is wrong, or the paper's.
    ///
    /// Bad:  (paper dated 2022-11-24) Information enligt MBL lämnades den 5 december 2022.
    /// Good: (paper dated 2022-11-24) Information enligt MBL lämnades den 14 november 2022.
    ///
    /// In a case file the MBL date is compared with the case's `date`.
    pub struct EventAfterPaperDate {
        code: "D106",
        name: "event-after-paper-date",
        severity: Error,
        summary: "en inträffad händelse (”lämnades”) är daterad efter skrivelsens datum",
    }
}

impl Rule for EventAfterPaperDate {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let Some(paper_date) = &paper.facts.paper_date else {
            return;
        };
        if let Some(mbl) = paper
            .facts
            .mbl_date
            .as_ref()
            .filter(|m| m.value > paper_date.value)
        {
            out.push(
                Finding::new(
                    &Self::META,
                    mbl.span.clone(),
                    format!(
                        "MBL-informationen/förhandlingen är daterad {}, efter tjänsteskrivelsens datum {}",
                        date(mbl.value),
                        date(paper_date.value)
                    ),
                )
                .related(paper_date.span.clone(), "tjänsteskrivelsens datum"),
            );
        }
        for event in &paper.scan.events {
            let Some(sentence) = paper.scan.sentence_at(event.span.start) else {
                continue;
            };
            for mention in paper
                .scan
                .dates
                .iter()
                .filter(|d| sentence.contains(&d.span.start))
            {
                let Ok(when) = mention.date else { continue };
                if when > paper_date.value {
                    out.push(
                        Finding::new(
                            &Self::META,
                            mention.span.clone(),
                            format!(
                                "{} ligger efter tjänsteskrivelsens datum {}: en händelse som redan har skett kan inte vara daterad senare",
                                quote(paper, &(event.span.start.min(mention.span.start)..event.span.end.max(mention.span.end))),
                                date(paper_date.value)
                            ),
                        )
                        .related(paper_date.span.clone(), "tjänsteskrivelsens datum"),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::text_findings;

    const HEAD: &str = "Lövsjö kommun\n\n2022-11-24\n\n### Information eller förhandling enligt lag (1976:580) om medbestämmande i arbetslivet\n";

    #[test]
    fn flags_a_past_event_after_the_paper() {
        let text =
            format!("{HEAD}Information enligt medbestämmandelagen lämnades den 5 december 2022.");
        assert_eq!(text_findings("D106", &text), ["5 december 2022"]);
    }

    #[test]
    fn flags_an_mbl_date_after_the_case_date() {
        use crate::lint::rules::testing::*;
        let yaml = contract_case(CONTRACT, "").replace("date: 2026-02-20", "date: 2026-03-05");
        assert_eq!(case_findings("D106", &yaml).len(), 1);
        assert!(case_findings("D106", &contract_case(CONTRACT, "")).is_empty());
    }

    #[test]
    fn passes_past_events_before_and_planned_events_after() {
        let text = format!(
            "{HEAD}Information lämnades den 14 november 2022. Förhandling ska hållas den 5 december 2022."
        );
        assert!(text_findings("D106", &text).is_empty());
    }
}
