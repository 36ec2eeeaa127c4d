use super::{date, quote};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::event_date::event_dates;

declare_rule! {
    /// D106 event-after-paper-date: något som handlingen säger har hänt
    /// ("lämnades", "genomfördes", "har lämnats") är daterat efter handlingen.
    ///
    /// En handling kan inte berätta om något som inte hade hänt när den skrevs;
    /// oftast är MBL-datumet fel, eller handlingens eget.
    ///
    /// Fel:  (handlingen daterad 2022-11-24) Information enligt MBL lämnades den 5 december 2022.
    /// Rätt: (handlingen daterad 2022-11-24) Information enligt MBL lämnades den 14 november 2022.
    ///
    /// I en ärendefil jämförs MBL-datumet med ärendets `date`.
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
        for (event, mention) in paper.scan.events.iter().flat_map(|event| {
            event_dates(paper, event)
                .into_iter()
                .map(move |d| (event, d))
        }) {
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
    fn any_verbs_past_passive_tells_an_event() {
        for (sentence, flagged) in [
            ("Ansökan kompletterades den 5 december 2022.", true),
            ("Ansökan har diarieförts den 5 december 2022.", true),
            (
                "Ansökan ska kompletteras senast den 5 december 2022.",
                false,
            ),
            ("Ansökan har inte kompletterats den 5 december 2022.", false),
            ("Ansökan kompletterades den 5 november 2022.", false),
            ("Nämnden behandlade ansökan den 5 december 2022.", true),
            ("Förvaltningen har yttrat sig den 5 december 2022.", true),
            ("Anbudstiden gick ut den 5 december 2022.", true),
            ("Utvärderingen blev klar den 5 december 2022.", true),
            (
                "Föreningen har rätt till stöd från den 5 december 2022.",
                false,
            ),
            (
                "Förvaltningen bedömde att arbetet är klart den 5 december 2022.",
                false,
            ),
            (
                "Styrelsen godkände avtalet som gäller från den 5 december 2022.",
                false,
            ),
            (
                "Nämnden fastställde taxan, att gälla från den 5 december 2022.",
                false,
            ),
        ] {
            let text = format!("{HEAD}{sentence}");
            assert_eq!(
                text_findings("D106", &text).len(),
                usize::from(flagged),
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_verb_joined_by_och_tells_its_own_date() {
        for (sentence, flagged) in [
            (
                "Rådet fick förslaget den 5 november 2022 och lämnade sitt yttrande den 5 december 2022.",
                1,
            ),
            (
                "Rådet fick förslaget den 5 november 2022 och har yttrat sig den 5 december 2022.",
                1,
            ),
            (
                "Rådet fick förslaget den 5 november 2022 och ska yttra sig senast den 5 december 2022.",
                0,
            ),
            (
                "Rådet fick förslaget den 5 november 2022. Yttrandet lämnade rådet den 15 november 2022.",
                0,
            ),
        ] {
            let text = format!("{HEAD}{sentence}");
            assert_eq!(text_findings("D106", &text).len(), flagged, "{sentence}");
        }
    }

    #[test]
    fn a_complement_repeated_after_och_shares_the_verb() {
        for (sentence, found) in [
            (
                "Förvaltningen har haft dialog med leverantörerna den 5 december 2022 och med rådet den 1 november 2022.",
                vec!["5 december 2022"],
            ),
            (
                "Förvaltningen har haft dialog med leverantörerna den 1 november 2022 och med rådet den 5 december 2022.",
                vec!["5 december 2022"],
            ),
            (
                "Information lämnades den 1 november 2022 och den 5 december 2022.",
                vec!["5 december 2022"],
            ),
            (
                "Information lämnades den 1 november 2022 och rådet sammanträder den 5 december 2022.",
                vec![],
            ),
            (
                "Förvaltningen har haft avtal med bolaget till och med den 5 december 2022.",
                vec![],
            ),
        ] {
            let text = format!("{HEAD}{sentence}");
            assert_eq!(text_findings("D106", &text), found, "{sentence}");
        }
    }

    #[test]
    fn flags_an_mbl_date_after_the_case_date() {
        use crate::lint::rules::testing::*;
        let yaml = contract_case(CONTRACT, "").replace("date: 2026-02-20", "date: 2026-03-05");
        assert_eq!(case_findings("D106", &yaml).len(), 1);
        assert!(case_findings("D106", &contract_case(CONTRACT, "")).is_empty());
    }

    #[test]
    fn flags_other_verbs_of_past_events() {
        for sentence in [
            "Frågan har samverkats i samverkansgruppen den 5 december 2022.",
            "Samverkansmötet hölls den 5 december 2022.",
            "Riktlinjen antogs 2022-12-05.",
            "Ansökan kom in den 5 december 2022.",
            "Personalen informerades den 5 december 2022.",
        ] {
            assert_eq!(
                text_findings("D106", &format!("{HEAD}{sentence}")).len(),
                1,
                "{sentence}"
            );
        }
    }

    #[test]
    fn passes_a_bound_or_a_period_told_with_a_past_event() {
        for sentence in [
            "Nämnden beslutade om en ny taxa från den 1 januari 2023.",
            "Fullmäktige antog planen för perioden 1 januari 2023 till 31 december 2025.",
            "Avtalet tecknades för tiden 2023-01-01--2024-12-31.",
            "Avtalet förlängdes till och med den 30 april 2024.",
            "Ansökan kom in före den 5 december 2022.",
        ] {
            let text = format!("{HEAD}{sentence}");
            assert!(text_findings("D106", &text).is_empty(), "{sentence}");
        }
    }

    #[test]
    fn passes_a_plan_beside_a_past_event() {
        let text = format!(
            "{HEAD}Personalen informerades den 14 november 2022 och förhandling ska hållas den 5 december 2022. Beslut kommer att fattas den 7 december 2022."
        );
        assert!(text_findings("D106", &text).is_empty());
    }

    #[test]
    fn passes_past_events_before_and_planned_events_after() {
        let text = format!(
            "{HEAD}Information lämnades den 14 november 2022. Förhandling ska hållas den 5 december 2022."
        );
        assert!(text_findings("D106", &text).is_empty());
    }
}
