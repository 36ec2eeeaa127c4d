use super::{date, odd_days};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// D118 justering-date-mismatch: protokollet anger justeringens dag
    /// olika på två ställen.
    ///
    /// Ett protokoll skriver justeringens dag under sin rubrik på första
    /// sidan ("Justeringens plats och tid", "Plats/tid för justering") och
    /// ofta igen i paragrafen om val av justerare ("Justering äger rum
    /// torsdagen den 26 mars 2026"). Det är samma dag, så ett datum som
    /// skiljer sig är en felskrivning; veckodagen hjälper inte, om datumet
    /// flyttats en vecka. Dagen som de flesta ställena anger räknas som den
    /// rätta, vid lika den första. Bara ställen nära varandra jämförs (ett
    /// protokoll, inte nästa i en bunt).
    ///
    /// Fel:  Justeringens plats och tid: Kommunhuset, torsdag 26 mars 2026 …
    ///       § 1 … Justering äger rum torsdagen den 2 april 2026.
    /// Rätt: … Justering äger rum torsdagen den 26 mars 2026.
    pub struct JusteringDateMismatch {
        code: "D118",
        name: "justering-date-mismatch",
        severity: Error,
        summary: "protokollet anger justeringens dag olika på två ställen",
    }
}

/// How far after the first justering day the others must stand to be the
/// same protocol's.
const SAME_PAPER_REACH: usize = 4000;

impl Rule for JusteringDateMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (odd, usual) in odd_days(&cx.paper.scan.justering_dates, SAME_PAPER_REACH) {
            out.push(
                Finding::new(
                    &Self::META,
                    odd.span.clone(),
                    format!(
                        "justeringens dag anges här som {}, men som {} på {}",
                        date(odd.date),
                        date(usual.date),
                        cx.paper.line_label(usual.span.start)
                    ),
                )
                .related(usual.span.clone(), "justeringens dag"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_the_justering_day_told_otherwise() {
        let text = "PROTOKOLL\nJusteringens plats och tid: Kommunhuset, torsdag 26 mars 2026 kl 15\n\n§ 1 Val av justerare\nKim Ek utses att justera protokollet. Justering äger rum torsdagen den 2 april 2026.\n";
        assert_eq!(text_findings("D118", text), ["2 april 2026"]);
    }

    #[test]
    fn is_silent_on_one_day_and_on_the_meeting() {
        let text = "PROTOKOLL\nSammanträdesdatum 2026-03-19\nJusteringens plats och tid: Kommunhuset, 2026-03-26\n\n§ 1 Val av justerare\nJustering äger rum den 26 mars 2026.\n";
        assert!(text_findings("D118", text).is_empty());
    }
}
