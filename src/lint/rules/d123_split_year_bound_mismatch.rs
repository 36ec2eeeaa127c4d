use super::{date, quote};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use chrono::Datelike;

declare_rule! {
    /// D123 split-year-bound-mismatch: ett läsår, verksamhetsår eller en
    /// säsong över två kalenderår som sägs börja eller sluta ett annat år.
    ///
    /// "Läsåret 2026/2027" börjar 2026 och slutar 2027. Sägs det direkt efter
    /// året att det började, startade eller inleddes en dag, ska dagen vara
    /// det första årets; att det slutade eller avslutades, det andras.
    ///
    /// Fel:  Läsåret 2026/2027 började den 17 augusti 2025 och slutade den 11 juni 2027.
    /// Rätt: Läsåret 2026/2027 började den 17 augusti 2026 och slutade den 11 juni 2027.
    pub struct SplitYearBoundMismatch {
        code: "D123",
        name: "split-year-bound-mismatch",
        severity: Error,
        summary: "läsåret (verksamhetsåret, säsongen) sägs börja eller sluta ett annat år än sitt eget",
    }
}

impl Rule for SplitYearBoundMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for year in paper.scan.split_years.iter().filter(|y| y.is_a_year()) {
            // An end before the beginning is D102's finding (one slip, one
            // finding).
            if let [first, last] = year.bounds.as_slice()
                && first.begins
                && !last.begins
                && last.date < first.date
            {
                continue;
            }
            for bound in &year.bounds {
                let (own, what) = if bound.begins {
                    (year.first, "börjar")
                } else {
                    (year.second, "slutar")
                };
                if bound.date.year() == i32::from(own) {
                    continue;
                }
                out.push(
                    Finding::new(
                        &Self::META,
                        bound.span.clone(),
                        format!(
                            "{}/{} {what} {own}, inte {} ({})",
                            year.first,
                            year.second,
                            date(bound.date),
                            quote(paper, &bound.span)
                        ),
                    )
                    .related(year.span.clone(), "året"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_school_year_that_begins_or_ends_in_another_year() {
        for (sentence, flagged) in [
            (
                "Läsåret 2026/2027 började den 17 augusti 2025 och slutade den 11 juni 2027.",
                vec!["började den 17 augusti 2025"],
            ),
            (
                "Verksamhetsåret 2026/27 avslutas 2026-06-30.",
                vec!["avslutas 2026-06-30"],
            ),
            // The end before the beginning: D102's finding.
            (
                "Läsåret 2026/2027 började den 17 augusti 2026 och slutade den 11 juni 2026.",
                vec![],
            ),
            (
                "Läsåret 2026/2027 började den 17 augusti 2026 och slutade den 11 juni 2027.",
                vec![],
            ),
            (
                "Inför läsåret 2026/2027 började planeringen den 15 mars 2026.",
                vec![],
            ),
        ] {
            let text = format!("Ärende\n{sentence}\n");
            assert_eq!(text_findings("D123", &text), flagged, "{sentence}");
        }
    }
}
