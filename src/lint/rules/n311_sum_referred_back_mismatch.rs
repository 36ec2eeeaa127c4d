use super::quote;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::SectionKind;
use crate::paper::scan::{AmountMention, Told, rounding_of};

declare_rule! {
    /// N311 sum-referred-back-mismatch: texten syftar tillbaka på en summa
    /// den har nämnt ("Avgiften på 15 000 kronor") med ett annat belopp än
    /// när den nämndes ("en markanvisningsavgift på 150 000 kronor").
    ///
    /// Pengaordet i bestämd form direkt före beloppet ("Avgiften på", "Kostnaden
    /// är", "Bidraget om", och efter en genitiv: "2025 års kostnad på") säger
    /// att läsaren redan vet vilken summa det är.
    /// Har texten tidigare nämnt samma slags summa ("markanvisningsavgift" är
    /// en avgift) med ett enda annat belopp, och står beloppet inte tidigare i
    /// texten alls, har ett av beloppen ändrats utan det andra. En summa med
    /// bestämning ("Kostnaden för personal är …"), en del eller ett totalbelopp
    /// ("varav", "totalt"), dagens eller ett tidigare belopp, en förändring
    /// ("höjs med"), summor för olika år och olika takter prövas inte; summor
    /// som förslaget till beslut anger är N308:s.
    ///
    /// En summa som räknats samman efter en uppräkning ("underskott två år i
    /// rad: 1,8 miljoner kronor 2025 och 2,3 miljoner kronor 2026,
    /// sammanlagt 4,1 miljoner kronor") är den summa ett senare
    /// "underskottet på …" syftar på, när texten inte nämnt någon annan;
    /// avrundade belopp får avvika med en halv enhet.
    ///
    /// Fel:  Bolaget betalar en markanvisningsavgift på 150 000 kronor. …
    ///       Avgiften på 15 000 kronor avräknas mot köpeskillingen.
    /// Rätt: … Avgiften på 150 000 kronor avräknas mot köpeskillingen.
    pub struct SumReferredBackMismatch {
        code: "N311",
        name: "sum-referred-back-mismatch",
        severity: Warning,
        summary: "texten syftar tillbaka på en summa den nämnt med ett annat belopp (”avgift på 150 000 kronor” / ”Avgiften på 15 000 kronor”)",
    }
}

impl Rule for SumReferredBackMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let sums = &paper.scan.amounts;
        // Each sum referred back is held against those before it: a hostile
        // text of thousands stays bounded.
        if sums.len() > MAX_SUMS {
            return;
        }
        totals_referred_back(cx, out);
        let in_proposals =
            |s: &AmountMention| paper.section_at(s.span.start) == Some(&SectionKind::Proposals);
        for (i, back) in sums.iter().enumerate() {
            if !back.referring
                || back.clause.now_or_before
                || back.clause.whole_or_part
                || back.clause.compared
                || in_proposals(back)
                || sums[..i].iter().any(|s| s.kronor == back.kronor)
                || sums.iter().any(|s| in_proposals(s) && same_sum(s, back))
            {
                continue;
            }
            let Some(named) = named_once_before(&sums[..i], back) else {
                continue;
            };
            out.push(
                Finding::new(
                    &Self::META,
                    back.span.clone(),
                    format!(
                        "{} ({}) syftar tillbaka på {} ({}), men med ett annat belopp",
                        quote(paper, &back.span),
                        back.thing.unwrap_or("summa"),
                        quote(paper, &named.span),
                        paper.line_label(named.span.start)
                    ),
                )
                .related(named.span.clone(), "där summan nämndes"),
            );
        }
    }
}

/// A sum referred back ("underskottet på 4,6 miljoner kronor") that the
/// one list summed before it of that noun ("underskott två år i rad: 1,8
/// och 2,3 miljoner kronor, sammanlagt 4,1 miljoner kronor") is not, when
/// no sum of the noun before it says otherwise.
fn totals_referred_back(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let paper = cx.paper;
    let summed: Vec<(&'static str, &Told)> = paper
        .scan
        .breakdowns
        .iter()
        .filter(|b| b.money && b.complete)
        .filter_map(|b| Some((b.named?, b.whole.as_ref()?)))
        .collect();
    if summed.is_empty() || summed.len() > MAX_SUMMED {
        return;
    }
    let sums = &paper.scan.amounts;
    for (i, back) in sums.iter().enumerate() {
        let Some(thing) = back.thing else {
            continue;
        };
        if !back.referring
            || back.rate
            || back.clause.now_or_before
            || back.clause.whole_or_part
            || back.clause.compared
            || paper.section_at(back.span.start) == Some(&SectionKind::Proposals)
            || sums[..i]
                .iter()
                .any(|s| s.kronor == back.kronor || s.thing == Some(thing))
        {
            continue;
        }
        let mut totals = summed
            .iter()
            .filter(|(named, total)| *named == thing && total.span.end <= back.span.start);
        let Some((_, total)) = totals.next() else {
            continue;
        };
        // Each rounded sum may be off by half its last written digit.
        let slack = total.rounding + rounding_of(paper.text(&back.span));
        if totals.any(|(_, t)| t.value != total.value)
            || total.value.abs_diff(back.kronor) * 2 <= slack
        {
            continue;
        }
        out.push(
            Finding::new(
                &SumReferredBackMismatch::META,
                back.span.clone(),
                format!(
                    "{} ({thing}) syftar tillbaka på summan {} ({}), men med ett annat belopp",
                    quote(paper, &back.span),
                    quote(paper, &total.span),
                    paper.line_label(total.span.start)
                ),
            )
            .related(total.span.clone(), "där summan nämndes"),
        );
    }
}

/// More lists summed than any paper has.
const MAX_SUMMED: usize = 100;

/// More sums than any paper states: a register, not a paper.
const MAX_SUMS: usize = 2000;

/// The same kind of sum at the same rate ("avgift", per year or once).
fn same_sum(a: &AmountMention, b: &AmountMention) -> bool {
    a.thing.is_some() && a.thing == b.thing && a.rate == b.rate && a.per == b.per
}

/// The sum before `back` of the same kind, when every such sum before it
/// gives one value, of the same years, and that value differs from `back`'s.
fn named_once_before<'s>(
    before: &'s [AmountMention],
    back: &AmountMention,
) -> Option<&'s AmountMention> {
    let mut same = before.iter().filter(|s| same_sum(s, back));
    let first = same.next()?;
    let one_value = same.all(|s| s.kronor == first.kronor);
    let of_its_own =
        !first.clause.whole_or_part && !first.clause.compared && !first.clause.now_or_before;
    let same_years = first.clause.years == back.clause.years;
    (one_value && of_its_own && same_years && first.kronor != back.kronor).then_some(first)
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_sum_referred_back_with_another_amount() {
        let text = "### Ärende\nBolaget betalar en markanvisningsavgift på 150 000 kronor. Avgiften på 15 000 kronor avräknas mot köpeskillingen.\n";
        assert_eq!(text_findings("N311", text), ["15 000 kronor"]);
        let cost = "### Ärende\nProjektet beräknas få en kostnad om 2,4 mnkr. Kostnaden är 4,2 mnkr och ryms i budgeten.\n";
        assert_eq!(text_findings("N311", cost), ["4,2 mnkr"]);
    }

    #[test]
    fn a_sum_after_a_genitive_refers_back_to_the_same_years_sum() {
        let text = "### Ärende\nKostnaden för skolskjuts var 11,4 miljoner kronor 2025. Det nya avtalet kostar 0,6 miljoner kronor mer än 2025 års kostnad på 11,8 miljoner kronor.\n";
        assert_eq!(text_findings("N311", text), ["11,8 miljoner kronor"]);
    }

    #[test]
    fn passes_the_same_sum_a_qualified_one_a_change_and_another_year() {
        for text in [
            // The same amount, in other units.
            "Bolaget betalar en avgift på 150 000 kronor. Avgiften på 150 tkr avräknas.",
            // A qualified cost, not the one named.
            "En kostnad på 500 000 kronor för lokalen. Kostnaden för personal är 1,2 mnkr.",
            // A change, a part, today's.
            "Avgiften är 1 200 kronor. Avgiften höjs med 100 kronor.",
            "Kostnaden blir 2 mnkr. Kostnaden är totalt 3 mnkr.",
            "En avgift på 900 kronor föreslås. Avgiften är i dag 850 kronor.",
            // Two sums before: which one is meant is unknown.
            "Ett bidrag på 50 000 kronor och ett bidrag på 80 000 kronor. Bidraget på 70 000 kronor betalas ut i mars.",
            // Different years.
            "Kostnaden för 2026 är 2 mnkr. Kostnaden för 2027 är 3 mnkr.",
            "Kostnaden var 11,4 miljoner kronor 2025. Det är mer än 2024 års kostnad på 10,9 miljoner kronor.",
            "Bidraget är 150 kronor per medlem. Jämfört med 2027, då bidraget var 130 kronor per medlem, har det höjts med 20 kronor.",
            // Nothing named before.
            "Avgiften på 15 000 kronor avräknas.",
        ] {
            assert!(text_findings("N311", text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_sum_referred_back_to_a_list_summed_before_it() {
        let paper = |back: &str| {
            format!(
                "### Ärende\nVerksamheten har gått med underskott två år i rad: 1,8 miljoner kronor 2025 och 2,3 miljoner kronor 2026, sammanlagt 4,1 miljoner kronor.\nHöjningen ska täcka underskottet på {back} inom tre år.\n"
            )
        };
        assert_eq!(
            text_findings("N311", &paper("4,6 miljoner kronor")),
            ["4,6 miljoner kronor"]
        );
        for back in [
            "4,1 miljoner kronor",
            "4 100 000 kronor",
            "drygt 4 miljoner kronor",
            "4 miljoner kronor",
        ] {
            assert!(text_findings("N311", &paper(back)).is_empty(), "{back}");
        }
    }

    #[test]
    fn leaves_the_proposals_sums_to_n308() {
        let text = "### Förslag till beslut\n1. Nämnden beviljar ett bidrag om 250 000 kronor.\n### Ärende\nFöreningen söker ett bidrag om 250 000 kronor. Bidraget på 205 000 kronor betalas ut i mars.\n";
        assert!(text_findings("N311", text).is_empty());
    }
}
