use super::quote;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::SectionKind;
use crate::paper::scan::AmountMention;

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
            // Nothing named before.
            "Avgiften på 15 000 kronor avräknas.",
        ] {
            assert!(text_findings("N311", text).is_empty(), "{text}");
        }
    }

    #[test]
    fn leaves_the_proposals_sums_to_n308() {
        let text = "### Förslag till beslut\n1. Nämnden beviljar ett bidrag om 250 000 kronor.\n### Ärende\nFöreningen söker ett bidrag om 250 000 kronor. Bidraget på 205 000 kronor betalas ut i mars.\n";
        assert!(text_findings("N311", text).is_empty());
    }
}
