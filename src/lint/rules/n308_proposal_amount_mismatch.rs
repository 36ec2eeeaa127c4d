use super::{kronor, quote};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::Paper;
use crate::paper::SectionKind;
use crate::paper::scan::{AmountMention, CountMention, FigureClause, Span, same_counted};
use std::cell::OnceCell;

declare_rule! {
    /// N308 proposal-amount-mismatch: en summa eller ett antal i förslaget
    /// till beslut anges med ett annat tal där texten upprepar förslaget.
    ///
    /// Förslaget till beslut säger hur mycket som beviljas, anvisas eller får
    /// kosta. Står samma sak längre ned med ett annat belopp vet nämnden inte
    /// vilket den beslutar. Samma sak känns igen på ordet för pengarna
    /// ("bidrag", "kostnad", "hyra", "avgift", "underskott"; "verksamhetsbidraget"
    /// är ett bidrag) och på att meningen lägger fram summan ("föreslår", "beviljas",
    /// "erbjuder",
    /// "Föreslaget bidrag") eller syftar tillbaka på den ("Kostnaden …").
    /// Enheten spelar ingen roll: 250 tkr och 250 000 kronor är samma summa.
    /// Ett belopp per år jämförs med belopp per år, per månad med per månad;
    /// andra takter ("per timme") inte. En summa som nämns mer än en gång med samma
    /// belopp, dagens eller ett tidigare belopp ("Timavgiften är i dag 1 290
    /// kronor"), en förändring ("höjs med 60 kronor"), en summa av flera
    /// ("den sammanlagda hyran") om inte förslaget också anger en summa av
    /// flera ("totalt 60 000 kronor" / "Stipendierna på sammanlagt 40 000
    /// kronor"), ett belopp för var och en ("20 000 kronor vardera"), en
    /// skillnad ("230 000 kronor högre än …")
    /// och det den jämförs med ("än hyran i fjol, 850 000 kronor") och ett förslag med
    /// flera olika summor för samma sak prövas inte. Ett antal jämförs på samma sätt: "24 platser för
    /// korttidsvistelse" i förslaget, "Förvaltningen föreslår att 42 platser
    /// inrättas" eller "De 42 platserna" längre ned ("korttidsplatser" är ett
    /// slags platser, "boendeplatser" ett annat; "de 24 nya platserna" är
    /// inte antalet "utöka antalet platser … till 120 platser" når), och hela antalet som någon
    /// har: "kommunens fem bibliotek" i förslaget, "Kommunen har sex
    /// bibliotek" i texten. Varning: två summor med
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
        // A part of a breakdown ("Investeringen fördelas med 18 miljoner
        // kronor 2028 och …") is no figure of the whole thing; a part told
        // before the breakdown's span (what is spent of a budget, told in
        // the sentence before "återstår") is a figure of its own.
        let a_part =
            |span: &Span| {
                paper.scan.breakdowns.iter().any(|b| {
                    b.span.contains(&span.start) && b.parts.iter().any(|p| p.span == *span)
                })
            };
        let sums: Vec<&AmountMention> = paper
            .scan
            .amounts
            .iter()
            .filter(|a| a.thing.is_some() && (!a.rate || a.per.is_some()) && !a_part(&a.span))
            .collect();
        // The proposals' years, read once and only when a figure needs them.
        let decided = OnceCell::new();
        restated_otherwise(cx, &sums, &decided, out);
        let counts: Vec<&CountMention> = paper
            .scan
            .counts
            .iter()
            .filter(|c| !a_part(&c.span))
            .collect();
        restated_otherwise(cx, &counts, &decided, out);
    }
}

/// A sum or a count, as N308 compares them.
trait Figure {
    fn span(&self) -> &Span;
    fn value(&self) -> u64;
    fn same_thing(&self, other: &Self) -> bool;
    fn puts_forward_or_refers_back(&self) -> bool;
    fn clause(&self) -> &FigureClause;
    /// The things added ("de 24 nya platserna"), not all there are.
    fn added(&self) -> bool {
        false
    }
    /// As a message writes it.
    fn shown(&self, paper: &Paper) -> String;
}

impl Figure for AmountMention {
    fn span(&self) -> &Span {
        &self.span
    }
    fn value(&self) -> u64 {
        self.kronor
    }
    fn same_thing(&self, other: &Self) -> bool {
        // A yearly sum is compared with yearly sums, a monthly with monthly.
        self.thing == other.thing && self.per == other.per
    }
    fn puts_forward_or_refers_back(&self) -> bool {
        self.proposing || self.definite
    }
    fn clause(&self) -> &FigureClause {
        &self.clause
    }
    fn shown(&self, paper: &Paper) -> String {
        sum(paper, self)
    }
}

impl Figure for CountMention {
    fn span(&self) -> &Span {
        &self.span
    }
    fn value(&self) -> u64 {
        self.count
    }
    fn same_thing(&self, other: &Self) -> bool {
        // "Kommunen har sex bibliotek" restates only the count of the same
        // owner's whole set ("kommunens fem bibliotek").
        let whole_only = |c: &CountMention| c.owner.is_some() && !c.proposing && !c.definite;
        same_counted(&self.thing, &other.thing)
            && (!(whole_only(self) || whole_only(other)) || self.owner == other.owner)
    }
    fn puts_forward_or_refers_back(&self) -> bool {
        self.proposing || self.definite || self.owner.is_some()
    }
    fn added(&self) -> bool {
        self.added
    }
    fn clause(&self) -> &FigureClause {
        &self.clause
    }
    fn shown(&self, paper: &Paper) -> String {
        quote(paper, &self.span)
    }
}

/// Each figure outside the proposals that puts a proposed figure forward
/// again, or refers back to it, with another value: the proposal names one
/// value for the thing, the stated value is told once, and neither clause
/// makes it another figure (a total, a part, another year).
fn restated_otherwise<F: Figure>(
    cx: &Context<'_>,
    figures: &[&F],
    decided: &OnceCell<Vec<u16>>,
    out: &mut Vec<Finding>,
) {
    let paper = cx.paper;
    // Each figure is held against the others of its thing: a hostile text
    // of thousands stays bounded (60 000 counts once took a minute).
    if figures.len() > MAX_FIGURES {
        return;
    }
    let in_proposals = |f: &F| paper.section_at(f.span().start) == Some(&SectionKind::Proposals);
    let all_proposed: Vec<&&F> = figures.iter().filter(|f| in_proposals(f)).collect();
    if all_proposed.is_empty() {
        return;
    }
    for stated in figures
        .iter()
        .filter(|f| !in_proposals(f) && f.puts_forward_or_refers_back())
    {
        let proposed: Vec<&&F> = all_proposed
            .iter()
            .copied()
            .filter(|f| f.same_thing(stated))
            .collect();
        let Some(proposal) = proposed.first() else {
            continue;
        };
        let told = figures
            .iter()
            .filter(|f| f.same_thing(stated) && f.value() == stated.value())
            .count();
        if proposed.iter().any(|p| p.value() != proposal.value())
            || stated.value() == proposal.value()
            || told > 1
            || added_against_reached(*stated, proposal)
            || another_figure(
                stated.clause(),
                proposal.clause(),
                decided.get_or_init(|| decided_years(paper)),
            )
        {
            continue;
        }
        out.push(
            Finding::new(
                &ProposalAmountMismatch::META,
                stated.span().clone(),
                format!(
                    "här står {}, men förslaget till beslut säger {} ({})",
                    stated.shown(paper),
                    proposal.shown(paper),
                    paper.line_label(proposal.span().start)
                ),
            )
            .related(proposal.span().clone(), "förslaget till beslut"),
        );
    }
}

/// More sums or counts than any paper states: a register, not a paper.
const MAX_FIGURES: usize = 2000;

/// Whether the clauses make the stated figure another than the
/// proposal's: a total or a part, a difference or the other side of a
/// comparison, a figure of now or before the change, or
/// a year neither the proposal's clause nor the proposals and title name
/// (`decided_years`: "taxa … 2027" in the title makes "inför 2027" the
/// proposal's year).
fn another_figure(stated: &FigureClause, proposal: &FigureClause, decided_years: &[u16]) -> bool {
    // A total restates a total ("totalt 60 000 kronor" / "Stipendierna på
    // sammanlagt 60 000 kronor"); against a single figure it is another.
    let totals = stated.only_total && proposal.only_total;
    (!totals && (stated.whole_or_part || proposal.whole_or_part))
        || stated.compared
        || proposal.compared
        || stated.now_or_before
        || proposal.now_or_before
        || stated
            .years
            .iter()
            .any(|y| !proposal.years.contains(y) && !decided_years.contains(y))
}

/// Whether one figure counts the things added ("de 24 nya platserna") and
/// the other the number a change arrives at ("utöka … till 120 platser").
fn added_against_reached<F: Figure>(one: &F, other: &F) -> bool {
    (one.added() && other.clause().changed_to) || (other.added() && one.clause().changed_to)
}

/// The years the title and the proposals name.
fn decided_years(paper: &Paper) -> Vec<u16> {
    paper
        .scan
        .years
        .iter()
        .filter(|y| {
            matches!(
                paper.section_at(y.span.start),
                Some(SectionKind::Title | SectionKind::Proposals)
            )
        })
        .filter_map(|y| u16::try_from(y.year).ok())
        .collect()
}

/// The sum as written, and in kronor when written in another unit:
/// ”0,205 mnkr” (205 000 kronor).
fn sum(paper: &Paper, amount: &AmountMention) -> String {
    let written = quote(paper, &amount.span);
    let value = kronor(amount.kronor);
    if written.trim_matches(['”', '’']) == value {
        written
    } else {
        format!("{written} ({value})")
    }
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
    fn a_deficit_in_the_proposal_restated_otherwise() {
        let report = |said: &str| {
            format!(
                "### Förslag till beslut\n3. Nämnden ger förvaltningen i uppdrag att minska underskottet på 6,4 miljoner kronor.\n### Ärende\nPrognosen är ett underskott på 6,4 miljoner kronor. Ekonomiskt bistånd visar ett överskott på 2,7 miljoner kronor.\n{said}\n"
            )
        };
        assert_eq!(
            text_findings(
                "N308",
                &report("Utan åtgärder bedöms underskottet bli 6,8 mnkr.")
            ),
            ["6,8 mnkr"]
        );
        for said in [
            "Utan åtgärder bedöms underskottet bli 6 400 tkr.",
            // A part's deficit is told indefinite: another sum.
            "Individ- och familjeomsorgen redovisar ett underskott på 9,1 mnkr.",
            "Förra årets underskott var 3,2 mnkr.",
        ] {
            assert!(text_findings("N308", &report(said)).is_empty(), "{said}");
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
    fn a_yearly_sum_against_the_proposals_yearly_sum() {
        let text = |said: &str| {
            format!(
                "### Förslag till beslut\n2. att kommunens andel av kostnaden, 1,8 miljoner kronor per år, finansieras inom budgeten.\n### Ärende\n{said}\n"
            )
        };
        assert_eq!(
            text_findings(
                "N308",
                &text("Kommunens del av kostnaden, 2,1 mnkr per år, ryms.")
            ),
            ["2,1 mnkr"]
        );
        for said in [
            "Kommunens del av kostnaden, 1 800 tkr per år, ryms.",
            "Kostnaden blir 150 000 kronor per månad.",
            "Den totala kostnaden är 3,6 miljoner kronor per år.",
        ] {
            assert!(text_findings("N308", &text(said)).is_empty(), "{said}");
        }
    }

    #[test]
    fn an_offer_restates_the_sum_and_only_its_own_clause_dates_it() {
        let lease = |said: &str| {
            format!(
                "### Förslag till beslut\n1. Den årliga hyran, 1 240 000 kronor, finansieras inom budgetramen.\n### Ärende\n{said}\n"
            )
        };
        assert_eq!(
            text_findings(
                "N308",
                &lease(
                    "Hyresvärden har erbjudit en hyra om 1 420 000 kronor, vilket är 60 000 kronor mer än i dag."
                )
            ),
            ["1 420 000 kronor"]
        );
        for said in [
            "Hyresvärden har erbjudit en hyra om 1 240 000 kronor, vilket är 60 000 kronor mer än i dag.",
            "Hyran är i dag 1 180 000 kronor.",
        ] {
            assert!(text_findings("N308", &lease(said)).is_empty(), "{said}");
        }
    }

    #[test]
    fn the_fee_of_now_a_change_by_and_the_years_of_the_proposal() {
        let fees = |said: &str| {
            format!(
                "### Förslag till beslut\n1. att anta taxa 2027,\n2. att timavgiften fastställs till 1 350 kronor.\n### Ärende\n{said}\n"
            )
        };
        for said in [
            "Timavgiften är i dag 1 290 kronor.",
            "Den nuvarande timavgiften är 1 290 kronor.",
            "Timavgiften höjs med 60 kronor till 1 350 kronor inför 2027.",
        ] {
            assert!(text_findings("N308", &fees(said)).is_empty(), "{said}");
        }
        // A year the proposals name is the proposal's: the slip is read.
        assert_eq!(
            text_findings(
                "N308",
                &fees("Timavgiften höjs med 60 kronor till 1 530 kronor inför 2027.")
            ),
            ["1 530 kronor"]
        );
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
    fn the_whole_set_an_owner_has() {
        let proposal = "### Förslag till beslut\n1. Nämnden beslutar att kommunens fem bibliotek har samma öppettider.\n### Ärende\n";
        for (said, found) in [
            ("Kommunen har sex bibliotek.", vec!["sex bibliotek"]),
            ("Kommunen har fem bibliotek.", vec![]),
            // Another owner's, today's, or a set without an owner.
            ("Regionen har sex bibliotek.", vec![]),
            ("Kommunen har i dag sex bibliotek, men ett stängs.", vec![]),
            ("Sex bibliotek har meröppet.", vec![]),
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
