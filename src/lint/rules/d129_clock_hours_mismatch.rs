use super::quote;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// D129 clock-hours-mismatch: tiden mellan två klockslag anges med en
    /// annan längd ("kl. 10.00–18.00, sju timmar": det är åtta timmar).
    ///
    /// Längden prövas när den står direkt efter klockslagen, efter ett
    /// kommatecken eller inom parentes, kanske efter "dvs.", "alltså" eller
    /// "totalt" ("kl. 8–16.30, dvs. 8,5 timmar", "sju och en halv timme").
    /// En längd per vecka eller månad ("kl. 8–17, 40 timmar per vecka"), en
    /// längd med eller utan lunch eller rast ("åtta timmar exklusive
    /// lunch"), en del ("varav …") och ett pass över midnatt prövas inte.
    ///
    /// Fel:  Lokalerna har öppet kl. 10.00–18.00, sju timmar per dag.
    /// Rätt: Lokalerna har öppet kl. 10.00–18.00, åtta timmar per dag.
    pub struct ClockHoursMismatch {
        code: "D129",
        name: "clock-hours-mismatch",
        severity: Warning,
        summary: "tiden mellan klockslagen anges med en annan längd (”kl. 10.00–18.00, sju timmar”)",
    }
}

impl Rule for ClockHoursMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for hours in &paper.scan.clock_hours {
            if hours.minutes == hours.told_minutes {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    hours.told_span.clone(),
                    format!(
                        "{} är {}, inte {}",
                        quote(paper, &hours.span),
                        length(hours.minutes),
                        quote(paper, &hours.told_span),
                    ),
                )
                .related(hours.span.clone(), "klockslagen"),
            );
        }
    }
}

/// "8 timmar", "7 timmar och 30 minuter", "1 timme".
fn length(minutes: u32) -> String {
    let (hours, rest) = (minutes / 60, minutes % 60);
    let hours = if hours == 1 {
        "1 timme".to_owned()
    } else {
        format!("{hours} timmar")
    };
    match rest {
        0 => hours,
        _ => format!("{hours} och {rest} minuter"),
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    fn paper(text: &str) -> String {
        format!(
            "Kommunledningsförvaltningen\nTJÄNSTESKRIVELSE\n2027-03-09\nDnr KS 2027/118\n\nValnämnden\n\nFörtidsröstning\n\nÄrende\n{text}\n"
        )
    }

    #[test]
    fn flags_a_length_that_is_not_the_hours() {
        assert_eq!(
            text_findings(
                "D129",
                &paper("Lokalerna har öppet kl. 10.00–18.00, sju timmar per dag.")
            ),
            ["sju timmar"]
        );
        for text in [
            "Lokalerna har öppet kl. 10.00–18.00, åtta timmar per dag.",
            "Lokalerna har öppet kl. 8.00–17.00, åtta timmar exklusive lunch.",
            "Lokalerna har öppet kl. 8.00–17.00, 45 timmar per vecka.",
        ] {
            assert!(text_findings("D129", &paper(text)).is_empty(), "{text}");
        }
    }
}
