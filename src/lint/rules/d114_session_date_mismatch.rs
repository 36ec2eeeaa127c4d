use super::{date, odd_days};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// D114 session-date-mismatch: ett protokoll eller en kallelse anger
    /// sammanträdets dag olika under sina rubriker.
    ///
    /// Ett protokoll skriver sammanträdets dag flera gånger: på första sidan
    /// ("Plats och tid", "Sammanträdesdatum"), i sidhuvudet och i anslaget.
    /// Det är samma dag överallt, så ett datum som skiljer sig är en
    /// felskrivning. Justeringens dag ("Justeringens plats och tid") och ett
    /// annat organs ("Kommunstyrelsens sammanträdesdatum") prövas inte,
    /// inte heller en rubrik som följs av en lista med datum (en
    /// sammanträdesplan). Regeln jämför bara rubriker nära varandra
    /// (samma handling, inte en bifogad handling längre fram i en bunt);
    /// dagen som de flesta rubrikerna har räknas som den rätta, vid lika den
    /// första.
    ///
    /// Fel:  Tid och plats 23 mars 2016, Stadshuset … ANSLAG/BEVIS
    ///       Sammanträdesdatum 24 mars 2016
    /// Rätt: Tid och plats 23 mars 2016, Stadshuset … ANSLAG/BEVIS
    ///       Sammanträdesdatum 23 mars 2016
    pub struct SessionDateMismatch {
        code: "D114",
        name: "session-date-mismatch",
        severity: Error,
        summary: "protokollet anger sammanträdets dag olika på två ställen",
    }
}

/// How far after the first labelled day the others must stand to be the
/// same paper's: a protocol's first page and its anslag, not a protocol
/// attached pages later in a kallelse.
const SAME_PAPER_REACH: usize = 4000;

impl Rule for SessionDateMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (odd, usual) in odd_days(&cx.paper.scan.session_dates, SAME_PAPER_REACH) {
            out.push(
                Finding::new(
                    &Self::META,
                    odd.span.clone(),
                    format!(
                        "sammanträdets dag anges här som {}, men som {} på {}",
                        date(odd.date),
                        date(usual.date),
                        cx.paper.line_label(usual.span.start)
                    ),
                )
                .related(usual.span.clone(), "sammanträdets dag"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_the_labelled_day_that_differs() {
        let text = "PROTOKOLL\nTid och plats 23 mars 2026, Stadshuset\nJusterare Kim Ek\n\nANSLAG/BEVIS\nSammanträdesdatum 24 mars 2026\n";
        assert_eq!(text_findings("D114", text), ["24 mars 2026"]);
        let text = "Sammanträdesdatum 2026-06-09 Plats och tid Ivern, tisdagen den 9 juni 2026 kl 08:30\nAnslag Sammanträdesdatum 2026-06-10\n";
        assert_eq!(text_findings("D114", text), ["2026-06-10"]);
    }

    #[test]
    fn is_silent_on_the_justering_a_timetable_and_a_later_attached_protocol() {
        let text = "Tid och plats 23 mars 2026\nJusteringens tid och plats Kontoret den 30 mars 2026\nSammanträdesdatum 23 mars 2026\n";
        assert!(text_findings("D114", text).is_empty());
        let text =
            "Sammanträdesdatum 2026-01-25, 2026-02-22, 2026-03-29\nSammanträdesdatum 2026-04-26\n";
        assert!(text_findings("D114", text).is_empty());
        let attached = format!(
            "KALLELSE\nTid och plats 18 juni 2026, Stadshuset\n{}\nArbetsutskottets protokoll\nSammanträdesdatum 4 juni 2026\n",
            "Ärende om förskolan.\n".repeat(300)
        );
        assert!(text_findings("D114", &attached).is_empty());
    }
}
