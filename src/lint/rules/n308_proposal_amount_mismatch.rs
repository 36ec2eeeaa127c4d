use super::quote;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::SectionKind;
use crate::paper::scan::{AmountMention, CountMention, FigureClause, same_counted};

declare_rule! {
    /// N308 proposal-amount-mismatch: en summa eller ett antal i förslaget
    /// till beslut anges med ett annat tal där texten upprepar förslaget.
    ///
    /// Förslaget till beslut säger hur mycket som beviljas, anvisas eller får
    /// kosta. Står samma sak längre ned med ett annat belopp vet nämnden inte
    /// vilket den beslutar. Samma sak känns igen på ordet för pengarna
    /// ("bidrag", "kostnad", "hyra", "avgift"; "verksamhetsbidraget" är ett
    /// bidrag) och på att meningen lägger fram summan ("föreslår", "beviljas",
    /// "Föreslaget bidrag") eller syftar tillbaka på den ("Kostnaden …").
    /// Enheten spelar ingen roll: 250 tkr och 250 000 kronor är samma summa.
    /// Belopp per år eller månad, en summa som nämns mer än en gång med samma
    /// belopp, och ett förslag med flera olika summor för samma sak prövas
    /// inte. Ett antal jämförs på samma sätt: "24 platser för
    /// korttidsvistelse" i förslaget, "Förvaltningen föreslår att 42 platser
    /// inrättas" eller "De 42 platserna" längre ned ("korttidsplatser" är ett
    /// slags platser, "boendeplatser" ett annat). Varning: två summor med
    /// samma ord kan vara två saker.
    ///
    /// Fel:  1. Nämnden beviljar Ekby IF ett bidrag om 250 000 kronor. …
    ///       Förvaltningen föreslår att Ekby IF beviljas ett bidrag om 205 000 kronor.
    /// Rätt: … Förvaltningen föreslår att Ekby IF beviljas ett bidrag om 250 tkr.
    pub struct ProposalAmountMismatch {
        code: "N308",
        name: "proposal-amount-mismatch",
        severity: Warning,
        summary: "en summa eller ett antal i förslaget till beslut upprepas med ett annat tal (”250 000 kr” / ”205 000 kr”)",
    }
}

impl Rule for ProposalAmountMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let in_proposals =
            |a: &AmountMention| paper.section_at(a.span.start) == Some(&SectionKind::Proposals);
        let sums: Vec<&AmountMention> = paper
            .scan
            .amounts
            .iter()
            .filter(|a| a.thing.is_some() && !a.rate)
            .collect();
        for stated in sums.iter().filter(|a| !in_proposals(a)) {
            if !stated.proposing && !stated.definite {
                continue;
            }
            let same_thing = |a: &&&AmountMention| a.thing == stated.thing;
            let proposed: Vec<&&AmountMention> = sums
                .iter()
                .filter(|a| in_proposals(a))
                .filter(same_thing)
                .collect();
            // One sum proposed for the thing; this one told once.
            let Some(proposal) = proposed.first() else {
                continue;
            };
            let told = |kronor: u64| {
                sums.iter()
                    .filter(same_thing)
                    .filter(|a| a.kronor == kronor)
                    .count()
            };
            if proposed.iter().any(|p| p.kronor != proposal.kronor)
                || stated.kronor == proposal.kronor
                || told(stated.kronor) > 1
                || another_figure(&stated.clause, &proposal.clause)
            {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    stated.span.clone(),
                    format!(
                        "här står {}, men förslaget till beslut säger {} ({})",
                        sum(paper, stated),
                        sum(paper, proposal),
                        paper.line_label(proposal.span.start)
                    ),
                )
                .related(proposal.span.clone(), "förslaget till beslut"),
            );
        }
        counts_restated(cx, out);
    }
}

/// "24 platser" in the proposal, "42 platser" where the text puts it
/// forward again or refers back to it: as for sums.
fn counts_restated(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let paper = cx.paper;
    let in_proposals =
        |c: &CountMention| paper.section_at(c.span.start) == Some(&SectionKind::Proposals);
    let counts = &paper.scan.counts;
    for stated in counts
        .iter()
        .filter(|c| !in_proposals(c) && (c.proposing || c.definite))
    {
        let same_thing = |c: &&CountMention| same_counted(&c.thing, &stated.thing);
        let proposed: Vec<&CountMention> = counts
            .iter()
            .filter(|c| in_proposals(c))
            .filter(same_thing)
            .collect();
        let Some(proposal) = proposed.first() else {
            continue;
        };
        let told = counts
            .iter()
            .filter(same_thing)
            .filter(|c| c.count == stated.count)
            .count();
        if proposed.iter().any(|p| p.count != proposal.count)
            || stated.count == proposal.count
            || told > 1
            || another_figure(&stated.clause, &proposal.clause)
        {
            continue;
        }
        out.push(
            Finding::new(
                &ProposalAmountMismatch::META,
                stated.span.clone(),
                format!(
                    "här står {}, men förslaget till beslut säger {} ({})",
                    quote(paper, &stated.span),
                    quote(paper, &proposal.span),
                    paper.line_label(proposal.span.start)
                ),
            )
            .related(proposal.span.clone(), "förslaget till beslut"),
        );
    }
}

/// Whether the clauses make the stated figure another than the
/// proposal's: a total or a part, or a year the proposal does not name.
fn another_figure(stated: &FigureClause, proposal: &FigureClause) -> bool {
    stated.whole_or_part
        || proposal.whole_or_part
        || stated.years.iter().any(|y| !proposal.years.contains(y))
}

/// The sum as written, and in kronor when written in another unit:
/// ”0,205 mnkr” (205 000 kronor).
fn sum(paper: &crate::paper::Paper, amount: &AmountMention) -> String {
    let written = quote(paper, &amount.span);
    let value = kronor(amount.kronor);
    if written.trim_matches(['”', '’']) == value {
        written
    } else {
        format!("{written} ({value})")
    }
}

/// "205 000 kronor": whole kronor with a space between thousands.
fn kronor(value: u64) -> String {
    let digits = value.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(' ');
        }
        grouped.push(digit);
    }
    format!("{grouped} kronor")
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const PROPOSAL: &str = "### Förslag till beslut\n1. Nämnden beviljar Ekby IF ett bidrag om 250 000 kronor.\n### Ärende\n";

    #[test]
    fn flags_the_proposals_sum_restated_otherwise() {
        for (said, found) in [
            (
                "Förvaltningen föreslår att Ekby IF beviljas ett bidrag om 205 000 kronor.",
                vec!["205 000 kronor"],
            ),
            (
                "Föreslaget verksamhetsbidrag uppgår till 0,205 mnkr.",
                vec!["0,205 mnkr"],
            ),
            ("Förvaltningen föreslår ett bidrag på 250 tkr.", vec![]),
        ] {
            assert_eq!(
                text_findings("N308", &format!("{PROPOSAL}{said}\n")),
                found,
                "{said}"
            );
        }
    }

    #[test]
    fn is_silent_on_reports_rates_and_other_things() {
        for said in [
            "Föreningen ansöker om bidrag om 300 000 kronor.",
            "Föreningen beviljades 200 000 kr i bidrag förra året.",
            "Förvaltningen föreslår bidrag om 20 000 kronor per månad.",
            "Kostnaden för lokalerna föreslås bli 90 000 kronor.",
            // Another year, a total, another reckoning.
            "Bidraget för 2027 föreslås bli 270 000 kronor.",
            "Förvaltningen föreslår bidrag om totalt 750 000 kronor till tre föreningar.",
            "Det föreslagna bidraget är 312 500 kronor inklusive moms.",
            // Told twice the same: a second sum, not a slip.
            "Bidraget föreslås bli 300 000 kr. Bidraget om 300 000 kr delas ut i mars.",
        ] {
            assert!(
                text_findings("N308", &format!("{PROPOSAL}{said}\n")).is_empty(),
                "{said}"
            );
        }
        let two = "### Förslag till beslut\n1. Nämnden beviljar Ekby IF bidrag om 250 000 kronor.\n2. Nämnden beviljar Ekby FF bidrag om 100 000 kronor.\n### Ärende\nFörvaltningen föreslår ett bidrag om 150 000 kr.\n";
        assert!(text_findings("N308", two).is_empty());
    }

    #[test]
    fn flags_the_proposals_count_restated_otherwise() {
        let proposal = "### Förslag till beslut\n1. Nämnden inrättar 24 korttidsplatser på Björkhagen.\n### Ärende\n";
        for (said, found) in [
            (
                "Förvaltningen föreslår att 42 platser inrättas.",
                vec!["42 platser"],
            ),
            ("De 42 platserna ska vara klara 2027.", vec!["42 platserna"]),
            ("Förvaltningen föreslår att 24 platser inrättas.", vec![]),
            ("Förvaltningen föreslår också 10 boendeplatser.", vec![]),
            ("I dag finns 42 platser i kommunen.", vec![]),
        ] {
            assert_eq!(
                text_findings("N308", &format!("{proposal}{said}\n")),
                found,
                "{said}"
            );
        }
    }

    #[test]
    fn kronor_in_thousands() {
        assert_eq!(super::kronor(205_000), "205 000 kronor");
        assert_eq!(super::kronor(1_200_000), "1 200 000 kronor");
        assert_eq!(super::kronor(950), "950 kronor");
    }
}
