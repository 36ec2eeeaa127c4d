use super::{grouped, percent_text, quote};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::Paper;
use crate::paper::scan::{ChangeMention, ChangePercent, DifferenceMention, StatedPercent};

declare_rule! {
    /// N312 change-percent-mismatch: en förändring från ett belopp till ett
    /// annat anges i samma mening som en procentsats den inte är.
    ///
    /// Procentsatsen räknas från det gamla beloppet: från 250 till 300 kronor
    /// är 20 procent. En avrundning till det antal decimaler som skrivs godtas,
    /// och med "cirka", "drygt", "knappt" och liknande en tiondel av
    /// förändringen (minst en procentenhet). En andel av något annat ("20
    /// procent av maxtaxan") prövas inte. En procentsats i en egen mening med
    /// ett verb efter det som ändras ("Egenavgiften höjs därmed med 15
    /// procent") prövas mot förändringen av samma sak före den, när den sakens
    /// förändringar är en och samma; inte en återkommande ("med 2 procent per
    /// år", "årligen"). Ett antal som ändras från ett tal till ett annat med
    /// förändringens storlek och en procentsats efter den ("från 4 150 år
    /// 2026 till 4 980 år 2030, en ökning med 830 personer eller 20 procent")
    /// prövas på samma sätt, och så en förändring som bara anges med ett
    /// belopp och sin storlek ("då bidraget var 130 kronor per medlem, har
    /// det höjts med 20 kronor, eller drygt 15 procent"): beloppet kan vara
    /// det gamla eller det nya, och procentsatsen godtas räknad från något
    /// av dem.
    ///
    /// Fel:  Höjningen av larmavgiften från 250 kronor till 300 kronor motsvarar 25 procent.
    /// Rätt: Höjningen av larmavgiften från 250 kronor till 300 kronor motsvarar 20 procent.
    pub struct ChangePercentMismatch {
        code: "N312",
        name: "change-percent-mismatch",
        severity: Error,
        summary: "procentsatsen stämmer inte med förändringen (”från 250 till 300 kronor … 25 procent”)",
    }
}

impl Rule for ChangePercentMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for change in &paper.scan.changes {
            let Some(percent) = &change.percent else {
                continue;
            };
            let Some(actual) = actual_hundredths(change) else {
                continue;
            };
            if within_what_is_written(percent, actual) || from_the_other_end(change, percent) {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    percent.span.clone(),
                    format!(
                        "{} stämmer inte med förändringen {}, som är {} procent",
                        quote(paper, &percent.span),
                        quote(paper, &change.span),
                        percent_text(actual)
                    ),
                )
                .related(change.span.clone(), "förändringen"),
            );
        }
        for change in &paper.scan.differences {
            if let Some(finding) = count_change_percent(paper, change) {
                out.push(finding);
            }
        }
        // Each percentage is held against the changes before it: a hostile
        // text of thousands stays bounded.
        if paper.scan.changes.len() > MAX_CHANGES {
            return;
        }
        for told in &paper.scan.change_percents {
            if let Some(finding) = percent_told_apart(paper, told) {
                out.push(finding);
            }
        }
    }
}

/// More changes than any paper tells: a register, not a paper.
const MAX_CHANGES: usize = 500;

/// A percentage told with a verb after its thing ("Egenavgiften höjs
/// därmed med 15 procent") that the change of that thing told before it is
/// not; only when every change of the thing before it is one and the same.
fn percent_told_apart(paper: &Paper, told: &ChangePercent) -> Option<Finding> {
    let of_thing: Vec<&ChangeMention> = paper
        .scan
        .changes
        .iter()
        .filter(|c| !c.done && c.span.end <= told.percent.span.start)
        .filter(|c| c.thing.as_ref().is_some_and(|t| t.same(&told.thing)))
        .collect();
    let change = of_thing.first()?;
    if of_thing
        .iter()
        .any(|c| (c.from_ore, c.to_ore) != (change.from_ore, change.to_ore))
    {
        return None;
    }
    let actual = actual_hundredths(change)?;
    if within_what_is_written(&told.percent, actual) {
        return None;
    }
    Some(
        Finding::new(
            &ChangePercentMismatch::META,
            told.percent.span.clone(),
            format!(
                "{} stämmer inte med förändringen {} ({}), som är {} procent",
                quote(paper, &told.percent.span),
                quote(paper, &change.span),
                paper.line_label(change.span.start),
                percent_text(actual)
            ),
        )
        .related(change.span.clone(), "förändringen"),
    )
}

/// A count changed from one number to another with a percentage after its
/// size ("från 4 150 till 4 980 år 2030, en ökning med 830 personer eller
/// 20 procent") that the two numbers do not make.
fn count_change_percent(paper: &Paper, change: &DifferenceMention) -> Option<Finding> {
    let percent = change.percent.as_ref()?;
    let [(from, from_span), (to, to_span)] = &change.between;
    let actual = percent_of_change(*from, *to)?;
    if within_what_is_written(percent, actual) {
        return None;
    }
    let told = from_span.start..to_span.end;
    Some(
        Finding::new(
            &ChangePercentMismatch::META,
            percent.span.clone(),
            format!(
                "{} stämmer inte med förändringen från {} till {}, som är {} procent",
                quote(paper, &percent.span),
                grouped(*from),
                grouped(*to),
                percent_text(actual)
            ),
        )
        .related(told, "förändringen"),
    )
}

/// Whether a change read from one value and its size ("då bidraget var
/// 130 kronor, har det höjts med 20 kronor") has the percentage when the
/// value is the new one.
fn from_the_other_end(change: &ChangeMention, percent: &StatedPercent) -> bool {
    let size = change.from_ore.abs_diff(change.to_ore);
    let old = if change.to_ore >= change.from_ore {
        change.from_ore.checked_sub(size)
    } else {
        Some(change.from_ore + size)
    };
    change.from_either_end
        && old
            .and_then(|old| percent_of_change(old, change.from_ore))
            .is_some_and(|actual| within_what_is_written(percent, actual))
}

/// The change in hundredths of a percent of the old value, rounded.
fn actual_hundredths(change: &ChangeMention) -> Option<u64> {
    percent_of_change(change.from_ore, change.to_ore)
}

/// The change from `from` to `to` in hundredths of a percent of `from`,
/// rounded.
fn percent_of_change(from: u64, to: u64) -> Option<u64> {
    if from == 0 {
        return None;
    }
    let scaled = from.abs_diff(to).checked_mul(10_000)?;
    Some((scaled + from / 2) / from)
}

/// Whether the written percentage is the change rounded to its decimals
/// (or, when said to be about so, within a tenth of it).
fn within_what_is_written(percent: &StatedPercent, actual: u64) -> bool {
    let off = percent.hundredths.abs_diff(actual);
    if percent.approximate {
        return off <= (actual / 10).max(100);
    }
    // One whole unit of the last decimal written: 20 for 19,5 % or 20,4 %.
    let unit = 100 / 10u64.pow(percent.decimals.min(2));
    off < unit
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_percentage_the_change_is_not() {
        let text = "### Ärende\nHöjningen av larmavgiften från 250 kronor till 300 kronor per månad motsvarar 25 procent.\n";
        assert_eq!(text_findings("N312", text), ["25 procent"]);
        let fall =
            "### Ärende\nHyran sänks från 10 000 till 9 000 kronor, en minskning med 15 %.\n";
        assert_eq!(text_findings("N312", fall), ["15 %"]);
    }

    #[test]
    fn passes_rounding_an_approximation_and_a_share() {
        for text in [
            "Höjningen av larmavgiften från 250 kronor till 300 kronor motsvarar 20 procent.",
            "Avgiften höjs från 300 till 350 kronor, vilket är 17 procent.",
            "Avgiften höjs från 300 till 350 kronor, vilket är 16,7 procent.",
            "Avgiften höjs från 300 till 350 kronor, vilket är cirka 15 procent.",
            "Taxan ändras från 1 000 till 1 100 kr, vilket är 20 procent av maxtaxan.",
            "Avgiften höjs från 0 till 50 kronor, med 20 procent rabatt.",
            // Öre count: 9,50 → 10,50 is 10,5 procent (9 → 10 would be 11,1).
            "Avgiften höjs från 9,50 till 10,50 kronor, vilket är 10,5 procent.",
        ] {
            assert!(
                text_findings("N312", &format!("### Ärende\n{text}\n")).is_empty(),
                "{text}"
            );
        }
    }

    /// A value and a change's size in one sentence, with a percentage
    /// after the size: the value may be the old or the new one.
    #[test]
    fn a_value_and_a_size_with_its_percentage() {
        let told = |text: &str| text_findings("N312", &format!("### Ärende\n{text}\n"));
        assert_eq!(
            told(
                "Jämfört med 2027, då bidraget var 130 kronor per medlem, har det höjts med 20 kronor, eller drygt 25 procent."
            ),
            ["25 procent"]
        );
        for fine in [
            "Jämfört med 2027, då bidraget var 130 kronor per medlem, har det höjts med 20 kronor, eller drygt 15 procent.",
            // The value told is the new one.
            "Kostnaden för lokalen, 40 000 kronor, har ökat med 5 000 kronor eller 14 procent.",
            "Avgiften blir 150 kronor, den har alltså höjts till 150 kronor med 20 kronor eller 15 procent.",
            // Two sums before the size: which one changed is unknown.
            "Av budgeten på 2 mnkr har 300 000 kronor använts, och kostnaden har ökat med 50 000 kronor, eller 20 procent.",
        ] {
            assert!(told(fine).is_empty(), "{fine}: {:?}", told(fine));
        }
    }

    /// A count changed with its size and a percentage after it.
    #[test]
    fn a_counts_change_and_its_percentage() {
        let growth = |percent: &str| {
            format!(
                "### Ärende\nAntalet invånare väntas öka från 4 150 år 2026 till 4 980 år 2030, en ökning med 830 personer eller {percent}.\n"
            )
        };
        assert_eq!(text_findings("N312", &growth("25 procent")), ["25 procent"]);
        for fine in ["20 procent", "drygt 20 procent", "20,0 %"] {
            assert!(text_findings("N312", &growth(fine)).is_empty(), "{fine}");
        }
    }

    /// A percentage told with a verb after the same fee, in a sentence of
    /// its own.
    #[test]
    fn a_percentage_told_apart_is_held_against_its_things_change() {
        const FEE: &str = "### Förslag till beslut\n1. Egenavgiften för en resa inom kommunen höjs från 40 till 45 kronor.\n### Ärende\n";
        for (said, found) in [
            (
                "Egenavgiften höjs därmed med 15 procent.",
                vec!["15 procent"],
            ),
            ("Egenavgiften höjs därmed med 12,5 procent.", vec![]),
            (
                "Egenavgiften ökar alltså med 20 procent.",
                vec!["20 procent"],
            ),
            ("Egenavgiften höjs med cirka 12 procent.", vec![]),
            ("Egenavgiften höjs därefter med 2 procent per år.", vec![]),
            ("Därefter höjs egenavgiften årligen med 2 procent.", vec![]),
            ("Avgiften för riksfärdtjänst höjs med 15 procent.", vec![]),
            (
                "Egenavgiften höjs med 15 procent av prisbasbeloppet.",
                vec![],
            ),
        ] {
            assert_eq!(
                text_findings("N312", &format!("{FEE}{said}\n")),
                found,
                "{said}"
            );
        }
    }
}
