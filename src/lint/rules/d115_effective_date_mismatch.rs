use super::date;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::SectionKind;
use crate::paper::scan::{EffectiveDate, Precision, effective_same_stem};
use chrono::Datelike;
use std::collections::HashSet;

declare_rule! {
    /// D115 effective-date-mismatch: det som föreslås får ett annat
    /// startdatum i texten än i förslaget till beslut.
    ///
    /// Förslaget till beslut säger från vilken dag riktlinjerna, taxan eller
    /// bestämmelserna ska gälla. Står samma sak med ett annat datum längre
    /// ned, eller i rubriken ("Reviderade riktlinjer för ekonomiskt bistånd
    /// från den 1 januari 2028"), vet nämnden inte vilket den beslutar. Samma sak känns igen på
    /// orden före verbet ("riktlinjer" och "riktlinjerna" är samma ord i
    /// olika former); något som sägs vara tidigare ("den nuvarande taxan",
    /// "gällande riktlinjer") och slutdatum ("upphör att gälla den …")
    /// prövas inte. "Ändringen träder i kraft …" och "Beslutet gäller från
    /// …" avser förslaget självt när allt i förslaget börjar gälla samma dag.
    /// Ett belopp som ändras ("höjs från 250 till 300 kronor per månad från
    /// och med den 1 februari 2027", "tas ut från och med …") börjar gälla
    /// den dagen, liksom ett belopp som fastställs ("fastställer
    /// egenavgiften för färdtjänst till 50 kronor … från och med den 1 juli
    /// 2027": egenavgiften för färdtjänst); en månad utan dag ("från och med februari 2027") stämmer
    /// med varje dag i den månaden, ett år utan dag ("från och med 2029")
    /// med varje dag det året. Ett substantiv av ett verb i förslaget
    /// ("Höjningen gäller från …" när förslaget säger "höjs") avser också
    /// förslaget självt.
    ///
    /// Fel:  1. Nämnden antar riktlinjer för skolskjuts att gälla från och
    ///       med 1 januari 2027. … De nya riktlinjerna föreslås gälla från den
    ///       1 januari 2028.
    /// Rätt: … De nya riktlinjerna föreslås gälla från den 1 januari 2027.
    pub struct EffectiveDateMismatch {
        code: "D115",
        name: "effective-date-mismatch",
        severity: Error,
        summary: "det som föreslås börjar gälla ett annat datum i texten än i förslaget",
    }
}

impl Rule for EffectiveDateMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let in_proposals =
            |e: &EffectiveDate| paper.section_at(e.span.start) == Some(&SectionKind::Proposals);
        let proposed: Vec<&EffectiveDate> = paper
            .scan
            .effective_dates
            .iter()
            .filter(|e| in_proposals(e) && !e.earlier)
            .collect();
        // The proposal's words, read once and only when a noun needs them.
        let proposal_words = std::cell::OnceCell::new();
        for stated in paper
            .scan
            .effective_dates
            .iter()
            .filter(|e| !in_proposals(e))
        {
            if stated.earlier {
                continue;
            }
            let same_thing = |p: &&&EffectiveDate| {
                p.subject
                    .iter()
                    .any(|a| stated.subject.iter().any(|b| effective_same_stem(a, b)))
            };
            // The proposal that names the same thing; none that agrees.
            // "Ändringen träder i kraft …" is the proposal's own start, when
            // the proposal has one.
            // "Höjningen gäller från …" after "Stödet höjs till …" in the
            // proposal: the noun of a proposed change is the decision's own.
            let the_decision = stated.the_decision
                || names_a_proposed_change(stated, || {
                    proposal_words.get_or_init(|| words_of_the_proposal(paper))
                });
            let Some(proposal) = proposed.iter().find(same_thing).or_else(|| {
                proposed
                    .first()
                    .filter(|_| the_decision && one_day(&proposed))
            }) else {
                continue;
            };
            if proposed
                .iter()
                .filter(|p| same_thing(p) || the_decision)
                .any(|p| same_day(p, stated))
            {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    stated.span.clone(),
                    format!(
                        "här ska det gälla från {}, men förslaget till beslut säger {} ({})",
                        day_or_month(stated),
                        day_or_month(proposal),
                        paper.line_label(proposal.span.start)
                    ),
                )
                .related(proposal.span.clone(), "förslaget till beslut"),
            );
        }
    }
}

/// Whether the thing said to take effect is one noun made of a verb the
/// proposal uses: "Höjningen" after "höjs", "Justeringen" after "justeras",
/// "Sänkningen" after "sänks". A verb's noun in "-ing" or "-ning" names the
/// change the proposal makes, as "Ändringen" does.
fn names_a_proposed_change<'w>(
    stated: &EffectiveDate,
    proposal_words: impl FnOnce() -> &'w HashSet<String>,
) -> bool {
    let [noun] = stated.subject.as_slice() else {
        return false;
    };
    let Some(base) = noun.strip_suffix("ing") else {
        return false;
    };
    let words = proposal_words();
    // "höjn-ing" is "höj" + "ning"; "ändr-ing", "juster-ing" are the stem.
    [Some(base), base.strip_suffix('n')]
        .into_iter()
        .flatten()
        .filter(|stem| stem.chars().count() >= 3)
        .any(|stem| {
            VERB_ENDINGS
                .iter()
                .any(|ending| words.contains(&format!("{stem}{ending}")))
        })
}

/// The words of "Förslag till beslut", lower case.
fn words_of_the_proposal(paper: &crate::paper::Paper) -> HashSet<String> {
    paper
        .regions
        .iter()
        .filter(|r| r.kind == SectionKind::Proposals)
        .flat_map(|r| {
            paper.source[r.range.clone()]
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .take(MAX_PROPOSAL_WORDS)
                .map(str::to_lowercase)
        })
        .collect()
}

/// The endings of a verb's present, passive, infinitive and past.
const VERB_ENDINGS: [&str; 10] = ["s", "as", "a", "er", "ar", "es", "ts", "des", "ades", "tes"];

/// How many of the proposal's words are read for a verb: a proposal, not a
/// one-line text of a megabyte.
const MAX_PROPOSAL_WORDS: usize = 2000;

/// Whether everything proposed takes effect on one day.
fn one_day(proposed: &[&EffectiveDate]) -> bool {
    proposed.windows(2).all(|w| same_day(w[0], w[1]))
}

/// The same day, or the same month or year when either gives only that.
fn same_day(a: &EffectiveDate, b: &EffectiveDate) -> bool {
    match a.precision.max(b.precision) {
        Precision::Year => a.date.year() == b.date.year(),
        Precision::Month => (a.date.year(), a.date.month()) == (b.date.year(), b.date.month()),
        Precision::Day => a.date == b.date,
    }
}

/// "1 februari 2027", or "februari 2027" for a month.
fn day_or_month(effective: &EffectiveDate) -> String {
    let written = date(effective.date);
    match effective.precision {
        Precision::Year => effective.date.year().to_string(),
        Precision::Month => written.trim_start_matches("1 ").to_owned(),
        Precision::Day => written,
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const PROPOSAL: &str = "### Förslag till beslut\n1. Nämnden antar reviderade riktlinjer för skolskjuts att gälla från och med 1 januari 2027.\n### Ärende\n";

    #[test]
    fn flags_the_same_thing_starting_another_day() {
        let text =
            format!("{PROPOSAL}De nya riktlinjerna föreslås gälla från den 1 januari 2028.\n");
        assert_eq!(text_findings("D115", &text), ["1 januari 2028"]);
    }

    #[test]
    fn a_title_names_its_subjects_start() {
        let paper = |title: &str| {
            format!(
                "Socialförvaltningen\nTJÄNSTESKRIVELSE\n2027-11-08\nDnr SN 2027/301\n\nSocialnämnden\n\n{title}\n\nFörslag till beslut\n1. Socialnämnden antar reviderade riktlinjer för ekonomiskt bistånd att gälla från den 1 februari 2028.\n\nÄrende\nRiktlinjerna beskriver hur nämnden bedömer ansökningar.\n"
            )
        };
        assert_eq!(
            text_findings(
                "D115",
                &paper("Reviderade riktlinjer för ekonomiskt bistånd från den 1 januari 2028")
            ),
            ["1 januari 2028"]
        );
        for title in [
            "Reviderade riktlinjer för ekonomiskt bistånd från den 1 februari 2028",
            // A period, not a start.
            "Uppföljning av ekonomiskt bistånd från den 1 januari 2027 till den 30 juni 2027",
        ] {
            assert!(text_findings("D115", &paper(title)).is_empty(), "{title}");
        }
    }

    #[test]
    fn a_changed_fee_and_a_month_without_a_day() {
        let fee = "### Förslag till beslut\n1. Nämnden föreslår kommunfullmäktige att avgiften för trygghetslarm höjs från 250 till 300 kronor per månad från och med den 1 mars 2027.\n### Ärende\n";
        let said = |s: &str| text_findings("D115", &format!("{fee}{s}\n"));
        assert_eq!(
            said("De nya avgifterna tas ut från och med februari 2027."),
            ["februari 2027"]
        );
        assert!(said("De nya avgifterna tas ut från och med mars 2027.").is_empty());
        assert!(said("De nya avgifterna tas ut från den 1 mars 2027.").is_empty());
        assert_eq!(
            said("Avgiften höjs från och med den 1 april 2027."),
            ["1 april 2027"]
        );
    }

    #[test]
    fn flags_the_decision_itself_starting_another_day() {
        let text = format!("{PROPOSAL}Ändringen träder i kraft den 1 februari 2027.\n");
        assert_eq!(text_findings("D115", &text), ["1 februari 2027"]);
        let right = format!("{PROPOSAL}Ändringen träder i kraft den 1 januari 2027.\n");
        assert!(text_findings("D115", &right).is_empty());
        // Two things starting on two days: which one "Beslutet" means is not known.
        let two = "### Förslag till beslut\n1. Taxan gäller från 1 januari 2027.\n2. Riktlinjerna gäller från 1 juli 2027.\n### Ärende\nBeslutet gäller från 1 mars 2027.\n";
        assert!(text_findings("D115", two).is_empty());
    }

    #[test]
    fn the_noun_of_a_proposed_change_is_the_decisions() {
        let proposal = "### Förslag till beslut\n1. Reglerna gäller från och med den 1 januari 2028.\n2. Stödet höjs till 14 kronor per deltagare.\n### Ärende\n";
        let said = |s: &str| text_findings("D115", &format!("{proposal}{s}\n"));
        assert_eq!(
            said("Höjningen gäller från den 1 juli 2028."),
            ["1 juli 2028"]
        );
        assert!(said("Höjningen gäller från den 1 januari 2028.").is_empty());
        assert_eq!(said("Höjningen gäller från och med 2029."), ["2029"]);
        assert!(said("Höjningen gäller från och med 2028.").is_empty());
        // A change the proposal does not make is another thing.
        assert!(said("Sänkningen gäller från den 1 juli 2028.").is_empty());
        assert!(said("Utbetalningen sker från den 1 juli 2028.").is_empty());
    }

    #[test]
    fn is_silent_on_agreement_other_things_and_earlier_ones() {
        let text = format!(
            "{PROPOSAL}Riktlinjerna ska gälla från 2027-01-01. Taxan gäller från 1 juli 2027. De nuvarande riktlinjerna gäller från 1 juli 2019. Riktlinjerna från 2019 upphör att gälla den 31 december 2026.\n"
        );
        assert!(text_findings("D115", &text).is_empty());
    }
}
