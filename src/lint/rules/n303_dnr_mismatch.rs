use std::collections::HashSet;

use chrono::Datelike;

use crate::lint::rule::{Context, Finding, Rule, RuleMeta, Severity};
use crate::paper::scan::{DnrMention, find_dnrs};
use crate::paper::{Paper, PaperKind, SectionKind};

declare_rule! {
    /// N303 dnr-mismatch: handlingens eget Dnr skrivet på två sätt — ett
    /// sidhuvud eller en sidfot med ett annat nummer än brevhuvudet, en
    /// felskriven kopia av det egna numret — eller ett eget Dnr vars år ligger
    /// efter handlingens år.
    ///
    /// Varje kommun har sin egen diarieform, och de flesta känner beslut
    /// (`SON 2026-118`, `KS 2021/123`, `2023/BUN 0214`, `KS 67/16`,
    /// `1.3.1-585/2016`, `T2012-050-05828`, `239-2006-105` …). Ett nummer i en
    /// form som beslut inte känner är ändå en hänvisning, inget fel. Först när
    /// projektet anger sin form i `[lint] dnr_pattern` varnar regeln för ett
    /// Dnr som varken följer den eller en känd form. Andra ärendens nummer i
    /// texten ("beslut KS 2021/123"), listor med relaterade Dnr och
    /// dagordningar med ett Dnr per punkt är i sin ordning; det som
    /// textutvinningen lämnat kvar av ett nummer (`Dnr KS-2013/`) bedöms inte.
    /// Ett nummer ett tangenttryck från handlingens eget (samma serie och år)
    /// rapporteras som varning: det är troligen det egna numret felskrivet,
    /// men kan vara ett annat ärendes.
    ///
    /// Fel:  (handlingen daterad 2026-03-02) Dnr SON 2027-118 … Dnr SON 2026-181
    /// Rätt: (handlingen daterad 2026-03-02) Dnr SON 2026-118
    pub struct DnrMismatch {
        code: "N303",
        name: "dnr-mismatch",
        severity: Error,
        summary: "handlingens eget diarienummer på två sätt, eller med årtal efter skrivelsens",
    }
}

impl Rule for DnrMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        // Only a project that states its own form can say a number is not
        // a Dnr: every municipality has forms beslut has never seen.
        let pattern = cx.config.dnr_regex().ok().flatten();
        // A warning for a number that fits neither the project's pattern
        // nor a known form; none without a pattern.
        let off_form = |text: &str, span: std::ops::Range<usize>| {
            pattern
                .as_ref()
                .is_some_and(|p| !p.is_match(text.trim()))
                .then(|| {
                    Finding::new(
                        &Self::META,
                        span,
                        format!(
                            "”{text}” följer inte projektets form för diarienummer (`[lint] dnr_pattern`)"
                        ),
                    )
                    .at_most(Severity::Warning)
                })
        };
        let own = match own_dnr(paper) {
            Own::Missing(span) => {
                out.push(Finding::new(
                    &Self::META,
                    span,
                    "diarienummer saknas: ange ärendets diarienummer i `dnr:`",
                ));
                return;
            }
            Own::Unknown(text, span) => {
                out.extend(off_form(&text, span));
                None
            }
            Own::Found(mention) => Some(mention),
            Own::None => None,
        };
        let paper_year = paper.facts.paper_date.as_ref().map(|d| d.value.year());
        if let Some(own) = &own
            && let (Some(year), Some(paper_year)) = (own.year, paper_year)
            && year > paper_year
        {
            out.push(Finding::new(
                &Self::META,
                own.span.clone(),
                format!(
                    "diarienumret {} har årtalet {year}, efter skrivelsens år {paper_year}",
                    own.text
                ),
            ));
        }
        let stated_twice = in_letterhead_and_furniture(paper);
        for dnr in &paper.scan.dnrs {
            if !dnr.well_formed
                && dnr.complete
                && let Some(finding) = off_form(&dnr.text, dnr.span.clone())
            {
                out.push(finding);
                continue;
            }
            let Some(own) = &own else { continue };
            if dnr.span == own.span || !dnr.complete || dnr.key() == own.key() {
                continue;
            }
            if let Some(why) = claims_to_be_own(paper, dnr, own, &stated_twice) {
                // A number one keystroke from the paper's own may still be
                // another case's: a warning, not an error.
                let cap = if why == MISTYPED {
                    Severity::Warning
                } else {
                    Severity::Error
                };
                out.push(
                    Finding::new(
                        &Self::META,
                        dnr.span.clone(),
                        format!(
                            "diarienumret {} skiljer sig från skrivelsens {} ({why})",
                            dnr.text, own.text
                        ),
                    )
                    .related(own.span.clone(), "skrivelsens diarienummer")
                    .at_most(cap),
                );
            }
        }
    }
}

/// The numbers the letterhead states and a running header or footer
/// repeats: the paper's own, however many it has.
fn in_letterhead_and_furniture(paper: &Paper) -> HashSet<String> {
    let keys = |keep: &dyn Fn(&DnrMention) -> bool| -> HashSet<String> {
        paper
            .scan
            .dnrs
            .iter()
            .filter(|m| keep(m))
            .map(DnrMention::key)
            .collect()
    };
    let letterhead = keys(&|m| paper.section_at(m.span.start) == Some(&SectionKind::Header));
    let furniture = keys(&|m| paper.in_furniture(m.span.start));
    letterhead.intersection(&furniture).cloned().collect()
}

const MISTYPED: &str = "felskrivet?";

enum Own {
    Found(DnrMention),
    /// A case's own number in a form beslut does not know.
    Unknown(String, std::ops::Range<usize>),
    Missing(std::ops::Range<usize>),
    None,
}

/// The paper's own Dnr: the case's field, or what the letterhead says.
fn own_dnr(paper: &Paper) -> Own {
    let Some(dnr) = &paper.facts.dnr else {
        return Own::None;
    };
    if paper.kind == PaperKind::Case && dnr.value.trim().is_empty() {
        return Own::Missing(dnr.span.clone());
    }
    if paper.kind == PaperKind::Text {
        return paper
            .scan
            .dnrs
            .iter()
            .find(|d| d.span == dnr.span)
            .cloned()
            .map_or(Own::None, Own::Found);
    }
    // A case file's field: the whole value must be one Dnr.
    let label = "Dnr ";
    let parsed = find_dnrs(&format!("{label}{}", dnr.value.trim()));
    match parsed.first() {
        Some(p) if p.well_formed && p.text.len() == dnr.value.trim().len() => {
            let mut mention = p.clone();
            mention.span = dnr.span.clone();
            Own::Found(mention)
        }
        _ => Own::Unknown(dnr.value.trim().to_owned(), dnr.span.clone()),
    }
}

/// Why a Dnr that differs from the paper's own is a mistake, if it is one:
/// it is the own number mistyped (same series and year, one digit wrong or
/// two swapped), it stands in a running header or footer, or (in a case
/// file) in the title. Other numbers are citations of other cases.
fn claims_to_be_own(
    paper: &Paper,
    dnr: &DnrMention,
    own: &DnrMention,
    stated_twice: &HashSet<String>,
) -> Option<&'static str> {
    if dnr.list.is_some() && dnr.list == own.list {
        return None;
    }
    // A running header or footer names the paper's own number; so does the
    // letterhead. A number cited in the body is another case's, even when
    // the own number stands in the header.
    let in_letterhead = |m: &DnrMention| {
        paper.in_furniture(m.span.start)
            || paper.section_at(m.span.start) == Some(&SectionKind::Header)
    };
    // A paper of two offices carries two own numbers side by side ("DNR
    // T2012-050-05828 DNR E2012-050-01758"): a number both the letterhead
    // and a running header state is not a header's slip.
    let stated_in_letterhead = stated_twice.contains(&dnr.key());
    if !stated_in_letterhead
        && ((paper.in_furniture(dnr.span.start) && in_letterhead(own))
            || (paper.in_furniture(own.span.start) && in_letterhead(dnr)))
    {
        return Some("sidhuvudet eller sidfoten har ett annat nummer");
    }
    if paper.kind == PaperKind::Case
        && paper.section_at(dnr.span.start) == Some(&SectionKind::Title)
    {
        return Some("rubriken har ett annat nummer");
    }
    let (a, b) = (dnr.number(), own.number());
    let known_forms = dnr.well_formed
        && own.well_formed
        && dnr.series == own.series
        && dnr.year == own.year
        && a.len() >= 3
        && b.len() >= 3
        && strsim::damerau_levenshtein(&a, &b) == 1;
    // A number of a form beslut does not know is compared whole, and only
    // with one of the same shape ("T2012-050-05828" / "T2012-050-05829").
    let shape = |text: &str| -> String {
        text.chars()
            .map(|c| {
                if c.is_ascii_digit() {
                    '9'
                } else if c.is_alphabetic() {
                    'A'
                } else {
                    c
                }
            })
            .collect()
    };
    let unknown_form = !dnr.well_formed
        && !own.well_formed
        && dnr.text.len() >= 8
        && shape(&dnr.text) == shape(&own.text)
        && strsim::damerau_levenshtein(&dnr.text, &own.text) == 1;
    let mistyped = known_forms || unknown_form;
    (mistyped && !paper.is_collection()).then_some(MISTYPED)
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_malformed_different_and_future_dnr() {
        let text = "Lövsjö kommun\n\n2026-03-02\n\nDnr SON 2027-118\n\n### Ärende\nSe Dnr SON 2027-181 och Dnr SON-27-18x.";
        // Future year and a mistyped number of the same series; a number of
        // a form beslut does not know is a reference, not a finding.
        assert_eq!(
            text_findings("N303", text),
            ["SON 2027-118", "SON 2027-181"]
        );
        let yaml = contract_case(CONTRACT, "").replace("dnr: SON 2026-118", "dnr: ärende 7");
        assert!(case_findings("N303", &yaml).is_empty());
    }

    #[test]
    fn unknown_forms_are_references_until_the_project_states_its_form() {
        let text = "Lövsjö kommun\n\n2026-03-02\n\nDnr SOC.2026.018\n\n### Ärende\nSe Dnr 239-2006-105, Dnr T2012-050-05828, Dnr 1.5.1-135-2012, Dnr 31/16 och Dnr 2015/";
        assert!(text_findings("N303", text).is_empty());
        let config = crate::lint::LintConfig {
            dnr_pattern: Some(r"SOC\.\d{4}\.\d{3}".into()),
            ..Default::default()
        };
        // The project's own form passes; the others are warned about, except
        // what extraction cut short.
        assert_eq!(
            text_findings_with("N303", text, &config),
            ["239-2006-105", "T2012-050-05828", "1.5.1-135-2012", "31/16"]
        );
    }

    #[test]
    fn passes_one_consistent_dnr() {
        // Another case's Dnr cited in the text is not this paper's number.
        let text = "Lövsjö kommun\n\n2026-03-02\n\nDnr SON 2026-118\n\n### Ärende\nSe Dnr SON 2026-118 och beslut KS 2021/123.";
        assert!(text_findings("N303", text).is_empty());
        assert!(case_findings("N303", &contract_case(CONTRACT, "")).is_empty());
    }
}
