use chrono::Datelike;

use crate::lint::rule::{Context, Finding, Rule, RuleMeta, Severity};
use crate::paper::scan::{DnrMention, find_dnrs};
use crate::paper::{Paper, PaperKind, SectionKind};

declare_rule! {
    /// N303 dnr-mismatch: ett felformat Dnr, en felskriven kopia av
    /// handlingens eget Dnr, ett sidhuvud eller en sidfot med ett annat Dnr än
    /// brevhuvudet, eller ett Dnr vars år ligger efter handlingens år.
    ///
    /// beslut känner de diarieformer kommunerna använder — `SON 2026-118`,
    /// `KS 2021/123`, `2023/BUN 0214`, `KS 67/16`, `KSN-2016-1422`,
    /// `BUN 2009/99:62`, `KS-2014/742.912`, `1.3.1-585/2016`, `040-207/2002`,
    /// `2016/IN159`, `TN 2005/2230 53` — och `[lint] dnr_pattern` lägger till en
    /// kommuns egen. Ett värde efter "Dnr" med siffror som inte passar någon av
    /// dem är felformat. Andra ärendens nummer i texten ("beslut KS 2021/123"),
    /// listor med relaterade Dnr, dagordningar med ett Dnr per punkt och samma
    /// nummer skrivet med andra skiljetecken (`KS-2014/742.912`,
    /// `KS 2014/742.912`) är i sin ordning; det som textutvinningen lämnat kvar
    /// av ett nummer (`Dnr KS-2013/`) bedöms inte. Ett nummer ett tangenttryck
    /// från handlingens eget (samma serie och år) rapporteras som varning: det
    /// är troligen det egna numret felskrivet, men kan vara ett annat ärendes.
    ///
    /// Fel:  (handlingen daterad 2026-03-02) Dnr SON 2027-118 … Dnr SON 2026-181
    /// Rätt: (handlingen daterad 2026-03-02) Dnr SON 2026-118
    pub struct DnrMismatch {
        code: "N303",
        name: "dnr-mismatch",
        severity: Error,
        summary: "felaktigt diarienummer, felskrivet eget nummer, eller årtal efter skrivelsens",
    }
}

impl Rule for DnrMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let pattern = cx.config.dnr_regex().ok().flatten();
        let custom = |text: &str| pattern.as_ref().is_some_and(|p| p.is_match(text.trim()));
        let own = match own_dnr(paper) {
            Own::Missing(span) => {
                out.push(Finding::new(
                    &Self::META,
                    span,
                    "diarienummer saknas; ange t.ex. `dnr: SON 2026-118`",
                ));
                return;
            }
            Own::Malformed(text, span) => {
                if !custom(&text) {
                    out.push(Finding::new(
                        &Self::META,
                        span,
                        format!("”{text}” är inget diarienummer; skriv t.ex. ”SON 2026-118”"),
                    ));
                }
                None
            }
            Own::Found(mention) => Some(mention),
            Own::Unknown => None,
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
        for dnr in &paper.scan.dnrs {
            if !dnr.well_formed {
                if !custom(&dnr.text) {
                    out.push(Finding::new(
                        &Self::META,
                        dnr.span.clone(),
                        format!(
                            "”{}” är inget diarienummer; skriv t.ex. ”Dnr SON 2026-118”",
                            dnr.text
                        ),
                    ));
                }
                continue;
            }
            let Some(own) = &own else { continue };
            if dnr.span == own.span || !dnr.complete || dnr.key() == own.key() {
                continue;
            }
            if let Some(why) = claims_to_be_own(paper, dnr, own) {
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

const MISTYPED: &str = "felskrivet?";

enum Own {
    Found(DnrMention),
    Malformed(String, std::ops::Range<usize>),
    Missing(std::ops::Range<usize>),
    Unknown,
}

/// The paper's own Dnr: the case's field, or what the letterhead says.
fn own_dnr(paper: &Paper) -> Own {
    let Some(dnr) = &paper.facts.dnr else {
        return Own::Unknown;
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
            .map_or(Own::Unknown, Own::Found);
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
        _ => Own::Malformed(dnr.value.trim().to_owned(), dnr.span.clone()),
    }
}

/// Why a Dnr that differs from the paper's own is a mistake, if it is one:
/// it is the own number mistyped (same series and year, one digit wrong or
/// two swapped), it stands in a running header or footer, or (in a case
/// file) in the title. Other numbers are citations of other cases.
fn claims_to_be_own(paper: &Paper, dnr: &DnrMention, own: &DnrMention) -> Option<&'static str> {
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
    if (paper.in_furniture(dnr.span.start) && in_letterhead(own))
        || (paper.in_furniture(own.span.start) && in_letterhead(dnr))
    {
        return Some("sidhuvudet eller sidfoten har ett annat nummer");
    }
    if paper.kind == PaperKind::Case
        && paper.section_at(dnr.span.start) == Some(&SectionKind::Title)
    {
        return Some("rubriken har ett annat nummer");
    }
    let (a, b) = (dnr.number(), own.number());
    let mistyped = dnr.series == own.series
        && dnr.year == own.year
        && a.len() >= 3
        && b.len() >= 3
        && strsim::damerau_levenshtein(&a, &b) == 1;
    (mistyped && !paper.is_collection()).then_some(MISTYPED)
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_malformed_different_and_future_dnr() {
        let text = "Lövsjö kommun\n\n2026-03-02\n\nDnr SON 2027-118\n\n### Ärende\nSe Dnr SON 2027-181 och Dnr SON-27-18x.";
        // Future year, a mistyped number of the same series, a malformed Dnr.
        assert_eq!(
            text_findings("N303", text),
            ["SON 2027-118", "SON 2027-181", "SON-27-18x"]
        );
        let yaml = contract_case(CONTRACT, "").replace("dnr: SON 2026-118", "dnr: ärende 7");
        assert_eq!(case_findings("N303", &yaml).len(), 1);
    }

    #[test]
    fn a_configured_form_is_not_malformed() {
        let text = "Lövsjö kommun\n\n2026-03-02\n\nDnr SOC.2026.018\n\n### Ärende\nText.";
        assert_eq!(text_findings("N303", text), ["SOC.2026.018"]);
        let paper = crate::paper::structure::paper_from_text("x.txt".into(), text.to_owned());
        let config = crate::lint::LintConfig {
            dnr_pattern: Some(r"SOC\.\d{4}\.\d{3}".into()),
            ..Default::default()
        };
        assert!(
            crate::lint::lint_paper(&paper, &config)
                .iter()
                .all(|d| d.code != "N303")
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
