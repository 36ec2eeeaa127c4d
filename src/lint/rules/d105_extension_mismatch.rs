use super::date;
use crate::base::calendar::{months_after, term_end, whole_months};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::SectionKind;
use crate::paper::about::{agreement_term, proposal_period, says_extended};
use crate::paper::scan::cues;
use crate::paper::scan::{Span, TermMention, floor_char_boundary};
use chrono::NaiveDate;

declare_rule! {
    /// D105 extension-mismatch: en förlängning som inte börjar dagen efter att
    /// den nuvarande avtalstiden slutar, eller som slutar efter avtalets längsta
    /// möjliga tid.
    ///
    /// En förlängning ska fortsätta avtalet utan glapp eller överlapp, och hålla
    /// sig inom "som längst till och med …".
    ///
    /// Fel:  Avtalstiden är två år från 1 januari 2022 … kan gälla som längst till och med
    ///       31 december 2025. Avtalet förlängs från och med den 1 februari 2024 till och
    ///       med den 31 januari 2026.
    /// Rätt: … Avtalet förlängs från och med den 1 januari 2024 till och med den 31 december 2025.
    pub struct ExtensionMismatch {
        code: "D105",
        name: "extension-mismatch",
        severity: Error,
        summary: "förlängningen börjar inte dagen efter avtalstiden eller slutar efter det längsta möjliga",
    }
}

impl Rule for ExtensionMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        // The stated maximum is checked whatever the proposal says
        // ("förlängs t.o.m. 2027-04-30" states no period).
        stated_latest_arithmetic(cx, out);
        let Some((from, to, span)) = proposal_period(paper) else {
            return;
        };
        if paper.facts.contract.is_none() && is_new_contract_term(paper, &span) {
            return;
        }
        let term = match &paper.facts.contract {
            Some(c) => contract_term(c),
            None => term_for_extension(cx, from, to),
        };
        if let Some(term) = term {
            let option = paper.scan.options.first();
            let step = paper
                .facts
                .contract
                .as_ref()
                .and_then(|c| c.extension_years.map(|y| y * 12))
                .or_else(|| option.map(|o| o.years * 12))
                .or_else(|| whole_months(from, to))
                .unwrap_or(12);
            let allowed = paper
                .facts
                .contract
                .as_ref()
                .and_then(|c| c.max_extensions)
                .or_else(|| option.map(|o| o.count))
                .unwrap_or(3)
                .max(1);
            let first_start = term.end.succ_opt();
            let starts: Vec<NaiveDate> = (0..allowed)
                .filter_map(|k| months_after(first_start?, k * step))
                .collect();
            if !starts.is_empty() && !starts.contains(&from) {
                out.push(
                    Finding::new(
                        &Self::META,
                        span.clone(),
                        format!(
                            "förlängningen börjar {}, men avtalstiden ({}) slutar {}; förlängningen ska börja {}",
                            date(from),
                            term.describe(date),
                            date(term.end),
                            date(starts[0])
                        ),
                    )
                    .related(term.span, "avtalstiden"),
                );
            }
        }
        if let Some((latest, latest_span)) = latest_end(cx).filter(|(latest, _)| to > *latest) {
            out.push(
                Finding::new(
                    &Self::META,
                    span,
                    format!(
                        "förlängningen slutar {}, efter det längsta möjliga {}",
                        date(to),
                        date(latest)
                    ),
                )
                .related(latest_span, "avtalet gäller som längst hit"),
            );
        }
    }
}

/// A text that states its term, its options and "som längst till och med
/// X": X must be what they add up to.
fn stated_latest_arithmetic(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let paper = cx.paper;
    if paper.facts.contract.is_some() {
        return; // A case's latest end is computed, never stated.
    }
    // A new agreement's proposed period is its term ("upphandla skolskjuts
    // för perioden …, med möjlighet till förlängning i högst två år").
    let proposed_term = || {
        agreement_term(paper).map(|(start, end, span)| TermMention {
            span,
            start,
            end,
            years: None,
        })
    };
    let (Some(term), Some(option), Some((stated, stated_span))) = (
        paper.scan.terms.first().cloned().or_else(proposed_term),
        paper.scan.options.first(),
        latest_end(cx),
    ) else {
        return;
    };
    // A latest end before the term ends is another agreement's ("Nuvarande
    // avtal kan som längst gälla till och med …" beside a new one's term).
    if stated <= term.end {
        return;
    }
    // The term's end plus every extension: "två år från 1 maj 2024" or
    // "2024-05-01–2026-04-30", and 2 × 1 år, end 30 april 2028.
    let extensions = option.count * option.years * 12;
    let Some(computed) = term
        .end
        .succ_opt()
        .and_then(|after| term_end(after, extensions))
        .filter(|c| *c != stated)
    else {
        return;
    };
    out.push(
        Finding::new(
            &ExtensionMismatch::META,
            stated_span,
            format!(
                "avtalet kan gälla som längst till och med {}, inte {}: avtalstiden ({}) och {} förlängning{} om {} år slutar {}",
                date(computed),
                date(stated),
                term.describe(date),
                option.count,
                if option.count == 1 { "" } else { "ar" },
                option.years,
                date(computed)
            ),
        )
        .related(option.span.clone(), "förlängningsmöjligheten")
        .related(term.span.clone(), "avtalstiden"),
    );
}

/// The term a case file's contract states.
fn contract_term(contract: &crate::paper::ContractFacts) -> Option<TermMention> {
    let start = contract.start.value;
    Some(TermMention {
        span: contract.start.span.clone(),
        start,
        end: term_end(start, contract.term_years.checked_mul(12)?)?,
        years: Some(contract.term_years),
    })
}

/// The term a text paper states for the contract its proposal extends: the
/// first "avtalstid på två år från …", or else a period the contract is
/// said to run for that ends before the extension does, when the proposal
/// speaks of an extension or an option (a new contract may start later).
fn term_for_extension(cx: &Context<'_>, from: NaiveDate, to: NaiveDate) -> Option<TermMention> {
    let terms = &cx.paper.scan.terms;
    if let Some(stated) = terms.iter().find(|t| t.years.is_some()) {
        return Some(stated.clone());
    }
    if !proposal_extends(cx) {
        return None;
    }
    terms
        .iter()
        .find(|t| {
            cx.paper.section_at(t.span.start) != Some(&SectionKind::Proposals)
                && t.start < from
                && t.end < to
        })
        .cloned()
}

/// Whether the proposal that states the period speaks of an extension:
/// its sentence before the period does (a PDF's wrapped line may not).
fn proposal_extends(cx: &Context<'_>) -> bool {
    let Some((_, _, span)) = proposal_period(cx.paper) else {
        return false;
    };
    let source = &cx.paper.source;
    let start = cx.paper.scan.sentence_at(span.start).map_or_else(
        || source[..span.start].rfind('\n').map_or(0, |i| i + 1),
        |s| s.start,
    );
    says_extended(&source[start..span.start])
}

/// "som längst till och med 31 december 2025" in the case's text, or the
/// contract's arithmetic.
fn latest_end(cx: &Context<'_>) -> Option<(NaiveDate, Span)> {
    let paper = cx.paper;
    if let Some(c) = &paper.facts.contract {
        let total = c.term_years + c.max_extensions? * c.extension_years?;
        let latest = term_end(c.start.value, total * 12)?;
        return Some((latest, c.start.span.clone()));
    }
    paper.scan.dates.iter().find_map(|d| {
        let window_start = floor_char_boundary(&paper.source, d.span.start.saturating_sub(40));
        let in_proposals = paper.section_at(d.span.start) == Some(&SectionKind::Proposals);
        let lead = &paper.source[window_start..d.span.start];
        let latest = cues::ends_with_latest_lead(lead) || ends_an_option(paper, d.span.start);
        (!in_proposals && latest)
            .then(|| Some((*d.date.as_ref().ok()?, d.span.clone())))
            .flatten()
    })
}

/// Whether the date at `at` is the end an extension option reaches: "får
/// förlängas med högst två år, till den 30 juni 2033".
fn ends_an_option(paper: &crate::paper::Paper, at: usize) -> bool {
    paper
        .scan
        .options
        .iter()
        .filter(|o| o.span.end <= at && at - o.span.end <= 40)
        .any(|o| cues::joins_an_end(&paper.source[o.span.end..at]))
}

/// A period the text gives as a contract's term ("… med en avtalstid om två
/// år från och med …"), or in a sentence that procures or signs a new
/// contract, when that sentence extends nothing: a new contract, not an
/// extension.
fn is_new_contract_term(paper: &crate::paper::Paper, span: &Span) -> bool {
    let Some(sentence) = paper.scan.sentence_at(span.start) else {
        return false;
    };
    let before = &paper.source[sentence.start..span.start];
    let text = paper.text(&sentence);
    (cues::leads_a_contract_term(before) || cues::procures(text))
        && !cues::extends_with_a_verb(text)
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const TERM: &str = "### Ärende\nUppdraget har en avtalstid på två år från 1 januari 2022 med möjlighet till förlängning vid ett tillfälle med två år. Detta innebär att avtalet kan gälla som längst till och med 31 december 2025.\n";

    #[test]
    fn flags_a_gap_and_an_end_beyond_the_maximum() {
        let text = format!(
            "### Förslag till beslut\n1. Avtalet förlängs från och med den 1 februari 2024 till och med den 31 januari 2026.\n{TERM}"
        );
        assert_eq!(text_findings("D105", &text).len(), 2);
        let yaml = contract_case(
            &CONTRACT.replace(
                "from: 2026-05-01, to: 2028-04-30",
                "from: 2026-06-01, to: 2028-05-31",
            ),
            "",
        );
        assert_eq!(case_findings("D105", &yaml).len(), 2);
    }

    #[test]
    fn passes_a_contiguous_extension_within_the_maximum() {
        let text = format!(
            "### Förslag till beslut\n1. Avtalet förlängs två år från och med den 1 januari 2024 till och med den 31 december 2025.\n{TERM}"
        );
        assert!(text_findings("D105", &text).is_empty());
        assert!(case_findings("D105", &contract_case(CONTRACT, "")).is_empty());
    }

    #[test]
    fn flags_wrong_som_langst_arithmetic_in_text() {
        let text = "### Förslag till beslut\n1. Avtalet förlängs från och med den 1 januari 2024 till och med den 31 december 2024.\n### Ärende\nAvtalet har en avtalstid på två år från 1 januari 2022 med möjlighet till förlängning 1+1 år. Avtalet kan gälla som längst till och med 31 december 2026.\n";
        let found = text_findings("D105", text);
        assert_eq!(found, ["31 december 2026"]);
        let right = text.replace(
            "som längst till och med 31 december 2026",
            "som längst till och med 31 december 2025",
        );
        assert!(text_findings("D105", &right).is_empty());
    }

    #[test]
    fn the_end_a_new_agreements_option_reaches() {
        let text = "### Förslag till beslut\n1. Nämnden beslutar att upphandla skolskjuts för perioden 1 juli 2027–30 juni 2031, med möjlighet till förlängning i högst två år.\n### Ärende\nAvtalet får därefter förlängas med högst två år, till den 30 juni 2034.\n";
        assert_eq!(text_findings("D105", text), ["30 juni 2034"]);
        let right = text.replace("2034", "2033");
        assert!(text_findings("D105", &right).is_empty());
        // The old agreement's latest end is not the new one's.
        let old = text.replace(
            "Avtalet får därefter förlängas med högst två år, till den 30 juni 2034.",
            "Nuvarande avtal kan som längst gälla till och med den 30 juni 2027.",
        );
        assert!(text_findings("D105", &old).is_empty());
        // A step says nothing of the total; a date further on is no end.
        for other in [
            "Avtalet får därefter förlängas med ett år i taget, som längst till den 30 juni 2033.",
            "Avtalet får förlängas med högst två år. Till den 30 juni 2034 gäller garantin.",
        ] {
            let text = text.replace(
                "Avtalet får därefter förlängas med högst två år, till den 30 juni 2034.",
                other,
            );
            assert!(text_findings("D105", &text).is_empty(), "{other}");
        }
    }

    #[test]
    fn a_term_stated_as_a_period_or_a_running_time() {
        let option = "### Förslag till beslut\n1. Socialnämnden beslutar att nyttja option om förlängning med ett år, från och med 2026-05-01 till och med 2027-04-30.\n### Ärende\nAvtalet gäller från och med 1 april 2023 till och med 31 mars 2026, med möjlighet till förlängning 1+1 år.\n";
        assert_eq!(
            text_findings("D105", option),
            ["från och med 2026-05-01 till och med 2027-04-30"]
        );
        let right = option.replace(
            "2026-05-01 till och med 2027-04-30",
            "2026-04-01 till och med 2027-03-31",
        );
        assert!(text_findings("D105", &right).is_empty());
        // A new contract after the old one is no extension: a gap is allowed.
        let new_contract = "### Förslag till beslut\n1. Nytt avtal tecknas för perioden 2026-06-01 – 2028-05-31.\n### Ärende\nAvtalet gäller från och med 1 april 2023 till och med 31 mars 2026.\n";
        assert!(text_findings("D105", new_contract).is_empty());
        let running = "### Förslag till beslut\n1. Ramavtalet förlängs t.o.m. 2027-04-30.\n### Ärende\nRamavtalet har en löptid om två år, 2024-05-01–2026-04-30, med möjlighet till förlängning i två år, ett år i taget. Avtalet kan som längst gälla till och med 2029-04-30.\n";
        assert_eq!(text_findings("D105", running), ["2029-04-30"]);
        // The term as the period the contract runs for, options 1+1 år.
        let period = option.replace(
            "31 mars 2026, med",
            "31 mars 2026. Avtalet kan som längst gälla till och med 31 mars 2029, med",
        );
        assert!(text_findings("D105", &period).contains(&"31 mars 2029".to_owned()));
        let right = period.replace("31 mars 2029", "31 mars 2028");
        assert!(!text_findings("D105", &right).contains(&"31 mars 2028".to_owned()));
    }
}
