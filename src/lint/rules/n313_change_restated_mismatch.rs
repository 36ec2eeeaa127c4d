use super::{ore_text, quote};
use crate::base::swedish::same_head;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::{ChangeMention, ChangeSize, rounding_of};

declare_rule! {
    /// N313 change-restated-mismatch: samma förändring av ett belopp
    /// återges med ett annat gammalt eller nytt belopp, eller med en annan
    /// storlek.
    ///
    /// Två förändringar gäller samma sak när pengaordet är detsamma och det
    /// som bestämmer det slutar likadant: "larmavgiften" och "avgiften för
    /// trygghetslarm" är samma avgift, "avgiften för matdistribution" en annan.
    /// Har de ena beloppet lika och det andra olika är samma förändring
    /// skriven två gånger, en gång fel. En förändring som redan är gjord
    /// ("höjdes 2021") prövas inte.
    ///
    /// Storleken som sägs efteråt med "höjningen" ("innebär höjningen 50
    /// kronor mer i månaden") måste vara skillnaden i någon av handlingens
    /// förändringar med samma takt (per månad, per år; tolv månader är ett år).
    /// Sägs storleken med ett verb efter det som ändras ("Egenavgiften höjs
    /// därmed med 6 kronor per resa") prövas den mot förändringen av samma
    /// sak; en förändring utan takt mot en storlek per styck ("per resa").
    /// Per sammansatt ord och per dess huvudord är samma takt ("per
    /// enkelresa" och "per resa").
    /// Ett belopp som något sätts till ("fastställer terminsavgiften … till
    /// 750 kronor", "Avgiften ska vara 20 kronor per timme") måste vara det
    /// nya beloppet i en förändring av samma sak i en annan mening.
    ///
    /// Fel:  1. … avgiften för trygghetslarm höjs från 250 till 300 kronor per månad …
    ///       Höjningen av larmavgiften från 250 kronor till 350 kronor …
    ///       För larmkunderna innebär höjningen 60 kronor mer i månaden.
    /// Rätt: Höjningen av larmavgiften från 250 kronor till 300 kronor …
    ///       För larmkunderna innebär höjningen 50 kronor mer i månaden.
    pub struct ChangeRestatedMismatch {
        code: "N313",
        name: "change-restated-mismatch",
        severity: Error,
        summary: "samma förändring av ett belopp återges med andra belopp (”från 250 till 300” / ”från 250 till 350”)",
    }
}

impl Rule for ChangeRestatedMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let changes: Vec<&ChangeMention> =
            cx.paper.scan.changes.iter().filter(|c| !c.done).collect();
        // Each change is held against those before it: a hostile text of
        // thousands stays bounded.
        if changes.len() > MAX_CHANGES {
            return;
        }
        restated_changes(cx, &changes, out);
        told_sizes(cx, &changes, out);
        values_set(cx, &changes, out);
    }
}

/// A sum the paper sets a thing to ("fastställer terminsavgiften … till
/// 700 kronor") that is not the new value of the thing's change told in
/// another sentence ("Terminsavgiften höjs från 600 kronor till 750
/// kronor"), at the same rate.
fn values_set(cx: &Context<'_>, changes: &[&ChangeMention], out: &mut Vec<Finding>) {
    let paper = cx.paper;
    for value in &paper.scan.set_values {
        let sentence = paper.scan.sentence_at(value.span.start);
        let of_the_thing: Vec<&&ChangeMention> = changes
            .iter()
            .filter(|c| c.thing.as_ref().is_some_and(|t| t.same(&value.thing)))
            .filter(|c| same_rate(c.per.as_deref(), value.per.as_deref()))
            .filter(|c| paper.scan.sentence_at(c.span.start) != sentence)
            .collect();
        let set = value.kronor.saturating_mul(100);
        let Some(first) = of_the_thing.first() else {
            continue;
        };
        if of_the_thing.iter().any(|c| c.to_ore.abs_diff(set) < 100) {
            continue;
        }
        out.push(
            Finding::new(
                &ChangeRestatedMismatch::META,
                value.span.clone(),
                format!(
                    "{} är inte det nya beloppet i förändringen {} ({}), {}",
                    quote(paper, &value.span),
                    quote(paper, &first.span),
                    paper.line_label(first.span.start),
                    ore_text(first.to_ore)
                ),
            )
            .related(first.span.clone(), "förändringen"),
        );
    }
}

/// More changes than any paper states: a register, not a paper.
const MAX_CHANGES: usize = 500;

/// A change of the same thing as an earlier one, with one value the same
/// and the other not.
fn restated_changes(cx: &Context<'_>, changes: &[&ChangeMention], out: &mut Vec<Finding>) {
    let paper = cx.paper;
    for (i, later) in changes.iter().enumerate() {
        let Some(earlier) = changes[..i].iter().find(|e| one_change(e, later)) else {
            continue;
        };
        out.push(
            Finding::new(
                &ChangeRestatedMismatch::META,
                later.span.clone(),
                format!(
                    "{} återger förändringen {} ({}) med ett annat {}",
                    quote(paper, &later.span),
                    quote(paper, &earlier.span),
                    paper.line_label(earlier.span.start),
                    which_value_differs(earlier, later)
                ),
            )
            .related(earlier.span.clone(), "förändringen nämns här"),
        );
    }
}

/// "nytt belopp: 350 kronor mot 300 kronor", or the old one's.
fn which_value_differs(earlier: &ChangeMention, later: &ChangeMention) -> String {
    let (what, said, before) = if earlier.from_ore == later.from_ore {
        ("nytt", later.to_ore, earlier.to_ore)
    } else {
        ("gammalt", later.from_ore, earlier.from_ore)
    };
    format!("{what} belopp: {} mot {}", ore_text(said), ore_text(before))
}

/// The same thing, at the same rate, one value equal and the other not.
fn one_change(a: &ChangeMention, b: &ChangeMention) -> bool {
    let same_thing = match (&a.thing, &b.thing) {
        (Some(x), Some(y)) => x.same(y),
        _ => false,
    };
    let same_rate = a.per.is_none() || b.per.is_none() || a.per == b.per;
    same_thing && same_rate && ((a.from_ore == b.from_ore) != (a.to_ore == b.to_ore))
}

/// A size told after the changes that none of them has at its rate.
fn told_sizes(cx: &Context<'_>, changes: &[&ChangeMention], out: &mut Vec<Finding>) {
    let paper = cx.paper;
    for size in &paper.scan.change_sizes {
        // "1,4 miljoner kronor" may be off by half its last digit.
        let rounding = rounding_of(paper.text(&size.span));
        let before: Vec<&&ChangeMention> = changes
            .iter()
            // A size told right after its change, or right before it ("1,4
            // miljoner kronor mer per år, från 4,2 till 5,6 miljoner"), is
            // that change's.
            .filter(|c| match &size.told_with {
                Some(with) => *with == c.span,
                None => c.span.end <= size.span.start,
            })
            .filter(|c| of_the_thing(c, size))
            .filter(|c| difference_at(c, size).is_some())
            .collect();
        let Some(nearest) = before.last() else {
            continue;
        };
        if before
            .iter()
            .any(|c| difference_at(c, size).is_some_and(|d| is_the_size(c, d, (size, rounding))))
        {
            continue;
        }
        out.push(
            Finding::new(
                &ChangeRestatedMismatch::META,
                size.span.clone(),
                format!(
                    "{} stämmer inte med förändringen {} ({}), som är {}",
                    quote(paper, &size.span),
                    quote(paper, &nearest.span),
                    paper.line_label(nearest.span.start),
                    ore_text(difference_at(nearest, size).unwrap_or_default())
                ),
            )
            .related(nearest.span.clone(), "förändringen"),
        );
    }
}

/// Whether `change` is of the thing `size` names: any change for a noun
/// of change ("höjningen", the change just told), the same money noun and
/// qualifier for a verb's subject ("Egenavgiften höjs med …").
fn of_the_thing(change: &ChangeMention, size: &ChangeSize) -> bool {
    match (&size.thing, &change.thing) {
        (None, _) => true,
        (Some(named), Some(changed)) => named.same(changed),
        (Some(_), None) => false,
    }
}

/// Whether a change of `difference` öre is the size told: the size is read
/// in whole kronor, so it may be up to a krona less, and a rounded size
/// (`rounding` kronor: "1,4 miljoner") half its last digit either way.
/// A size told without a rate of a monthly change may be its year's.
fn is_the_size(
    change: &ChangeMention,
    difference: u64,
    (size, rounding): (&ChangeSize, u64),
) -> bool {
    let told = size.kronor.saturating_mul(100);
    let slack = rounding.saturating_mul(50);
    let is = |d: u64| (d >= told && d - told < 100) || d.abs_diff(told) <= slack;
    is(difference)
        || (size.per.is_none()
            && change.per.as_deref() == Some("månad")
            && is(difference.saturating_mul(12)))
}

/// Whether a change and a sum are at one rate: the same, or one without
/// a rate and the other per item ("750 kronor per ämne" of a fee that
/// "höjs från 600 kronor till 750 kronor"), not per a time.
fn same_rate(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (a, b) if a == b => true,
        (None, Some(item)) | (Some(item), None) => !TIMES.contains(&item),
        _ => false,
    }
}

/// The periods a rate may be per.
const TIMES: [&str; 6] = ["år", "månad", "vecka", "dag", "timme", "kvartal"];

/// The change's size (in öre) at the rate of `size`: the same rate, or a month's
/// change told for a year (twelve times), or a change told without a rate
/// held against a size per item ("per resa"; not per month or year, which
/// a change without a rate may be either). None when the rates differ
/// otherwise.
fn difference_at(change: &ChangeMention, size: &ChangeSize) -> Option<u64> {
    let difference = change.from_ore.abs_diff(change.to_ore);
    match (change.per.as_deref(), size.per.as_deref()) {
        (a, b) if a == b => Some(difference),
        // "per enkelresa" and "per resa": a compound and its head.
        (Some(a), Some(b)) if !TIMES.contains(&a) && same_head(a, b) => Some(difference),
        (Some("månad"), Some("år")) => difference.checked_mul(12),
        (None, Some(item)) if !TIMES.contains(&item) => Some(difference),
        // "Den fasta avgiften höjs med 240 kronor": its thing's change at
        // the change's rate.
        (Some(_), None) if size.thing.is_some() => Some(difference),
        // A size in apposition to its change gives the change its rate.
        (None, Some(_)) if size.told_with.as_ref() == Some(&change.span) => Some(difference),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const PROPOSAL: &str = "### Förslag till beslut\n1. Nämnden föreslår kommunfullmäktige att avgiften för trygghetslarm höjs från 250 till 300 kronor per månad.\n2. Avgiften för matdistribution höjs från 65 till 70 kronor per portion.\n### Ärende\n";

    #[test]
    fn flags_the_same_change_with_another_value() {
        for (said, found) in [
            (
                "Höjningen av larmavgiften från 250 kronor till 350 kronor per månad.",
                "från 250 kronor till 350 kronor",
            ),
            (
                "Höjningen av larmavgiften från 200 kronor till 300 kronor per månad.",
                "från 200 kronor till 300 kronor",
            ),
            (
                "För larmkunderna innebär höjningen 60 kronor mer i månaden.",
                "60 kronor",
            ),
        ] {
            assert_eq!(
                text_findings("N313", &format!("{PROPOSAL}{said}\n")),
                [found],
                "{said}"
            );
        }
    }

    #[test]
    fn passes_other_things_earlier_changes_and_sizes_that_agree() {
        for said in [
            "Höjningen av larmavgiften från 250 kronor till 300 kronor per månad.",
            "Portionspriset för matdistribution höjs från 65 till 75 kronor per portion 2028.",
            "Larmavgiften höjdes 2021 från 200 till 250 kronor per månad.",
            "Hyran för lokalen höjs från 250 till 400 kronor per månad.",
            "För larmkunderna innebär höjningen 50 kronor mer i månaden.",
            "För larmkunderna innebär höjningen 600 kronor mer per år.",
            "För matgästerna innebär höjningen 5 kronor mer per portion.",
        ] {
            assert!(
                text_findings("N313", &format!("{PROPOSAL}{said}\n")).is_empty(),
                "{said}"
            );
        }
    }

    /// A size told with a verb of change after its thing: held against the
    /// change of the same thing only.
    #[test]
    fn a_size_told_with_a_verb_is_held_against_its_things_change() {
        const FEE: &str = "### Förslag till beslut\n1. Egenavgiften för en resa inom kommunen höjs från 40 till 45 kronor.\n### Ärende\n";
        for (said, found) in [
            (
                "Egenavgiften höjs därmed med 6 kronor per resa.",
                vec!["6 kronor"],
            ),
            ("Egenavgiften höjs med 6 kronor.", vec!["6 kronor"]),
            ("Egenavgiften höjs därmed med 5 kronor per resa.", vec![]),
            ("Avgiften för riksfärdtjänst höjs med 10 kronor.", vec![]),
            ("Egenavgiften höjdes med 6 kronor 2020.", vec![]),
            ("Egenavgiften höjs med 60 kronor per år.", vec![]),
        ] {
            assert_eq!(
                text_findings("N313", &format!("{FEE}{said}\n")),
                found,
                "{said}"
            );
        }
    }
}
