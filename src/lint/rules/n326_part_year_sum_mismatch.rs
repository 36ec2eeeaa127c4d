use super::{kronor, quote};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::Paper;
use crate::paper::scan::{AmountMention, DurationMention, approximate, rounding_of, within};

declare_rule! {
    /// N326 part-year-sum-mismatch: ett års summa för de månader något
    /// pågår det året, som inte är beloppet per år gånger månaderna.
    ///
    /// En summa som gäller ett år ("För 2027", "2027 års") och står ensam i
    /// en mening med en längd under ett år i månader ("när teamet arbetar i
    /// tio månader") ska vara textens enda belopp per år av samma slag
    /// ("Kostnaden, 2 360 000 kronor per år", "Lönekostnaden är 2 360 000
    /// kronor per år") gånger månaderna delat med tolv. En avrundning till
    /// summans sista siffra som inte är noll godtas, och en halv procent;
    /// med "cirka", "drygt" och liknande fem procent. Har texten flera
    /// belopp per år av slaget, eller flera summor eller längder i meningen,
    /// eller är summan större än beloppet per år (ett belopp per plats),
    /// prövas inget.
    ///
    /// Fel:  Kostnaden är 2 360 000 kronor per år. För 2027, när teamet arbetar i tio månader, blir kostnaden 2 170 000 kronor.
    /// Rätt: Kostnaden är 2 360 000 kronor per år. För 2027, när teamet arbetar i tio månader, blir kostnaden 1 970 000 kronor.
    pub struct PartYearSumMismatch {
        code: "N326",
        name: "part-year-sum-mismatch",
        severity: Warning,
        summary: "ett års summa för några månader är inte beloppet per år gånger månaderna (”2 360 000 kronor per år … i tio månader … 2 170 000 kronor”)",
    }
}

/// More sums than any paper states: a register, not a paper.
const MAX_SUMS: usize = 2000;

impl Rule for PartYearSumMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let amounts = &paper.scan.amounts;
        if amounts.len() > MAX_SUMS {
            return;
        }
        for sum in amounts {
            let Some((yearly, months)) = part_of_a_years_sum(paper, sum) else {
                continue;
            };
            let expected = (yearly.kronor * u64::from(months.months) + 6) / 12;
            if agrees(paper, sum, expected) {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    sum.span.clone(),
                    format!(
                        "{} för {} stämmer inte med {} per år ({}), som för {} blir {}",
                        quote(paper, &sum.span),
                        quote(paper, &months.span),
                        quote(paper, &yearly.span),
                        paper.line_label(yearly.span.start),
                        paper.text(&months.span),
                        kronor(expected)
                    ),
                )
                .related(yearly.span.clone(), "beloppet per år")
                .related(months.span.clone(), "månaderna"),
            );
        }
    }
}

/// The text's one sum per year of `sum`'s kind and the months of the
/// year `sum` is for: `sum` is a year's ("För 2027"), not a rate, the one
/// sum of its sentence, beside the sentence's one length under a year.
fn part_of_a_years_sum<'p>(
    paper: &'p Paper,
    sum: &AmountMention,
) -> Option<(&'p AmountMention, &'p DurationMention)> {
    let thing = sum.thing?;
    if sum.rate || sum.clause.years.len() != 1 {
        return None;
    }
    let sentence = paper.scan.sentence_at(sum.span.start)?;
    if within(&paper.scan.amounts, &sentence, |a| &a.span).len() != 1 {
        return None;
    }
    let [months] = within(&paper.scan.durations, &sentence, |d| &d.span) else {
        return None;
    };
    if !(1..12).contains(&months.months) || months.attributive || months.agreement_length {
        return None;
    }
    let mut yearly = paper
        .scan
        .amounts
        .iter()
        .filter(|a| a.rate && a.per == Some("år") && a.thing == Some(thing));
    let first = yearly.next()?;
    // A part of a year is no more than the year: a larger sum is of more
    // than this yearly sum ("Kostnaden för en plats är 920 000 kronor per
    // år" beside the cost of all the places).
    let within_the_year = sum.kronor <= first.kronor;
    (within_the_year && yearly.all(|a| a.kronor == first.kronor)).then_some((first, months))
}

/// Whether the written sum is the expected one: rounded to its last
/// non-zero digit (and within five percent) or within half a percent, or
/// with "cirka" within five percent.
fn agrees(paper: &Paper, sum: &AmountMention, expected: u64) -> bool {
    let off = sum.kronor.abs_diff(expected);
    if approximate(&paper.source, &sum.span) {
        return off * 20 <= expected;
    }
    let mut step = 1;
    while sum.kronor.is_multiple_of(step * 10) && step < sum.kronor {
        step *= 10;
    }
    // "2 000 000" counts to the million, but is no rounding of 1 600 000.
    let rounding = rounding_of(paper.text(&sum.span)).max(step);
    (off * 2 <= rounding && off * 20 <= expected) || off * 200 <= expected
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const YEARLY: &str = "### Ärende\nKostnaden är 2 360 000 kronor per år.\n";

    #[test]
    fn flags_a_part_years_sum_the_months_do_not_make() {
        let text = format!(
            "{YEARLY}För 2027, när teamet arbetar i tio månader, blir kostnaden 2 170 000 kronor.\n"
        );
        assert_eq!(text_findings("N326", &text), ["2 170 000 kronor"]);
        let about = format!(
            "{YEARLY}För 2027, när teamet arbetar i tio månader, blir kostnaden cirka 2 170 000 kronor.\n"
        );
        assert_eq!(text_findings("N326", &about), ["2 170 000 kronor"]);
        // Counted to the million, but no rounding of 1 966 667.
        let round = format!(
            "{YEARLY}För 2027, när teamet arbetar i tio månader, blir kostnaden 1 000 000 kronor.\n"
        );
        assert_eq!(text_findings("N326", &round), ["1 000 000 kronor"]);
    }

    #[test]
    fn passes_rounding_and_other_sums() {
        for told in [
            "För 2027, när teamet arbetar i tio månader, blir kostnaden 1 966 667 kronor.",
            "För 2027, när teamet arbetar i tio månader, blir kostnaden 1 970 000 kronor.",
            "För 2027, när teamet arbetar i tio månader, blir kostnaden cirka 2 miljoner kronor.",
            "För 2027, när teamet arbetar i tio månader, blir kostnaden 2 000 000 kronor.",
            // No year: a sum of another kind of time.
            "När teamet arbetar i tio månader blir kostnaden 2 170 000 kronor.",
            // Two sums in the sentence.
            "För 2027 blir kostnaden 2 170 000 kronor i tio månader och 300 000 kronor för lokaler.",
            // Another kind of sum.
            "För 2027, när teamet arbetar i tio månader, blir hyran 500 000 kronor.",
        ] {
            assert!(
                text_findings("N326", &format!("{YEARLY}{told}\n")).is_empty(),
                "{told}"
            );
        }
        // A yearly sum per place: the part-year's sum is of all places.
        let per_place = "### Ärende\nKostnaden för en plats är 920 000 kronor per år. För 2028, när platserna är öppna i tio månader, blir kostnaden 18,4 miljoner kronor.\n";
        assert!(text_findings("N326", per_place).is_empty());
        // Two yearly sums of the kind: which one is meant is unknown.
        let two = "### Ärende\nKostnaden är 2 360 000 kronor per år. Kostnaden för lokaler är 400 000 kronor per år. För 2027, när teamet arbetar i tio månader, blir kostnaden 2 170 000 kronor.\n";
        assert!(text_findings("N326", two).is_empty());
    }
}
