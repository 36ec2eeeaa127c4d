use super::period;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::Rounds;

declare_rule! {
    /// D121 listed-periods-mismatch: "N perioder om M veckor" följt av en
    /// lista med ett annat antal perioder, eller en period i listan som
    /// inte är M veckor lång.
    ///
    /// Ett antal perioder av samma längd skrivs ofta med perioderna direkt
    /// efter, och årtalet bara efter den sista: "tre perioder om tre
    /// veckor: 14 juni–2 juli, 5–23 juli och 26 juli–13 augusti 2027".
    /// Antalet ska stämma med listan, och varje period vara så många veckor
    /// lång; en period som börjar en måndag och slutar en fredag räknas
    /// som hela veckor (tre veckor är 19 till 22 dagar räknat med första
    /// och sista dagen). Ett antal utan lista lämnas i fred.
    ///
    /// Fel:  Feriearbetet pågår i tre perioder om tre veckor: 14 juni–2
    ///       juli, 5–30 juli och 26 juli–13 augusti 2027.
    /// Rätt: … 14 juni–2 juli, 5–23 juli och 26 juli–13 augusti 2027.
    pub struct ListedPeriodsMismatch {
        code: "D121",
        name: "listed-periods-mismatch",
        severity: Error,
        summary: "antalet eller längden på uppräknade perioder stämmer inte med texten",
    }
}

/// A period of whole weeks may end on the Friday of its last week (two days
/// short) or start a day late after a holiday; a day more is a count slip.
const DAYS_SHORT: i64 = 3;
const DAYS_OVER: i64 = 1;

impl Rule for ListedPeriodsMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for rounds in &cx.paper.scan.rounds {
            check_rounds(rounds, out);
        }
    }
}

fn check_rounds(rounds: &Rounds, out: &mut Vec<Finding>) {
    if rounds.listed.is_empty() {
        return;
    }
    if rounds.listed.len() as u32 != rounds.count {
        out.push(
            Finding::new(
                &ListedPeriodsMismatch::META,
                rounds.count_span.clone(),
                format!(
                    "texten anger {} perioder, men räknar upp {}",
                    rounds.count,
                    rounds.listed.len()
                ),
            )
            .related(
                rounds.listed[0].span.start..rounds.listed[rounds.listed.len() - 1].span.end,
                "de uppräknade perioderna",
            ),
        );
    }
    let weeks = rounds.days / 7;
    let whole = i64::from(rounds.days);
    for listed in &rounds.listed {
        let days = (listed.to - listed.from).num_days() + 1;
        if days < whole - DAYS_SHORT || days > whole + DAYS_OVER {
            out.push(
                Finding::new(
                    &ListedPeriodsMismatch::META,
                    listed.span.clone(),
                    format!(
                        "perioden {} är {days} dagar, inte {weeks} {} som texten anger",
                        period(listed.from, listed.to),
                        if weeks == 1 { "vecka" } else { "veckor" }
                    ),
                )
                .related(rounds.span.clone(), "periodernas längd"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const LIST: &str = "14 juni–2 juli, 5–23 juli och 26 juli–13 augusti 2027";

    #[test]
    fn flags_a_count_or_a_length_the_list_does_not_have() {
        for (sentence, flagged) in [
            (
                format!("Arbetet pågår i tre perioder om tre veckor: {LIST}."),
                vec![],
            ),
            (
                format!("Arbetet pågår i två perioder om tre veckor: {LIST}."),
                vec!["två"],
            ),
            (
                format!("Arbetet pågår i tre perioder om fyra veckor: {LIST}."),
                vec!["14 juni–2 juli", "5–23 juli", "26 juli–13 augusti 2027"],
            ),
            (
                format!(
                    "Arbetet pågår i tre perioder om tre veckor: {}.",
                    LIST.replace("5–23", "5–30")
                ),
                vec!["5–30 juli"],
            ),
            // Monday to Sunday is three whole weeks too; no list, no check.
            (
                "Tre perioder om tre veckor: 14 juni–4 juli och 5–25 juli 2027.".into(),
                vec!["Tre"],
            ),
            (
                "Arbetet pågår i tre perioder om tre veckor under sommaren.".into(),
                vec![],
            ),
        ] {
            let text = format!("Ärende\n{sentence}\n");
            assert_eq!(text_findings("D121", &text), flagged, "{sentence}");
        }
    }
}
