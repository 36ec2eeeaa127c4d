use chrono::Datelike;

use crate::lint::paper::{Paper, SectionKind};
use crate::lint::text::{DnrMention, scan};
use crate::lint::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// N303 dnr-mismatch: a malformed Dnr, two different Dnr in one paper, or
    /// a Dnr whose year is after the paper's year.
    ///
    /// A Dnr is a prefix, a year and a number: `SON 2026-118`, `KS 2021/123`.
    /// A second Dnr counts when it stands in the letterhead or title, or has
    /// the paper's own series and year with another number; other cases'
    /// numbers cited in the text ("beslut KS 2021/123") are fine.
    ///
    /// Bad:  (paper dated 2026-03-02) Dnr SON 2027-118 … Dnr SON 2026-181
    /// Good: (paper dated 2026-03-02) Dnr SON 2026-118
    pub struct DnrMismatch {
        code: "N303",
        name: "dnr-mismatch",
        severity: Error,
        summary: "felaktigt diarienummer, två olika i samma skrivelse, eller årtal efter skrivelsens",
    }
}

impl Rule for DnrMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let paper_year = paper.facts.paper_date.as_ref().map(|d| d.value.year());
        // The paper's own Dnr: the case's field, or the first one written.
        if let Some(dnr) = paper
            .facts
            .dnr
            .as_ref()
            .filter(|d| d.value.trim().is_empty())
        {
            out.push(Finding::new(
                &Self::META,
                dnr.span.clone(),
                "diarienummer saknas; ange t.ex. `dnr: SON 2026-118`",
            ));
            return;
        }
        let own = match &paper.facts.dnr {
            Some(dnr) if paper.text(&dnr.span).trim() == dnr.value.trim() => {
                let parsed = scan(&format!("Dnr {}", dnr.value)).dnrs.into_iter().next();
                match parsed {
                    Some(p) if p.well_formed => Some((p.text, p.year, dnr.span.clone())),
                    _ => {
                        out.push(Finding::new(
                            &Self::META,
                            dnr.span.clone(),
                            format!(
                                "”{}” är inget diarienummer; skriv t.ex. ”SON 2026-118”",
                                dnr.value
                            ),
                        ));
                        None
                    }
                }
            }
            Some(dnr) => scan(&format!("Dnr {}", dnr.value))
                .dnrs
                .into_iter()
                .next()
                .map(|p| (p.text, p.year, dnr.span.clone())),
            None => None,
        };
        let own = own.or_else(|| {
            paper
                .scan
                .dnrs
                .iter()
                .find(|d| d.well_formed)
                .map(|d| (d.text.clone(), d.year, d.span.clone()))
        });
        if let Some((text, Some(year), span)) = &own
            && paper_year.is_some_and(|py| *year > py)
        {
            out.push(Finding::new(
                &Self::META,
                span.clone(),
                format!(
                    "diarienumret {text} har årtalet {year}, efter skrivelsens år {}",
                    paper_year.unwrap_or_default()
                ),
            ));
        }
        for dnr in &paper.scan.dnrs {
            if !dnr.well_formed {
                out.push(Finding::new(
                    &Self::META,
                    dnr.span.clone(),
                    format!(
                        "”{}” är inget diarienummer; skriv t.ex. ”Dnr SON 2026-118”",
                        dnr.text
                    ),
                ));
            } else if let Some((text, _, span)) = own.as_ref().filter(|(t, _, s)| {
                *t != dnr.text && *s != dnr.span && claims_to_be_own(paper, dnr, t)
            }) {
                out.push(
                    Finding::new(
                        &Self::META,
                        dnr.span.clone(),
                        format!(
                            "diarienumret {} skiljer sig från skrivelsens {text}",
                            dnr.text
                        ),
                    )
                    .related(span.clone(), "skrivelsens diarienummer"),
                );
            }
        }
    }
}

/// A Dnr that differs from the paper's own is a mistake when it stands in
/// the letterhead or title, or has the same series and year (a mistyped
/// number, "SON 2026-181" for "SON 2026-118"). Others are citations of
/// other cases ("beslut KS 2021/123") and fine.
fn claims_to_be_own(paper: &Paper, dnr: &DnrMention, own: &str) -> bool {
    let in_letterhead = matches!(
        paper.section_at(dnr.span.start),
        Some(SectionKind::Header | SectionKind::Title)
    );
    let series = |text: &str| {
        text.rsplit_once(['-', '/'])
            .map(|(head, _)| head.to_owned())
    };
    in_letterhead || series(&dnr.text) == series(own)
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
    fn passes_one_consistent_dnr() {
        // Another case's Dnr cited in the text is not this paper's number.
        let text = "Lövsjö kommun\n\n2026-03-02\n\nDnr SON 2026-118\n\n### Ärende\nSe Dnr SON 2026-118 och beslut KS 2021/123.";
        assert!(text_findings("N303", text).is_empty());
        assert!(case_findings("N303", &contract_case(CONTRACT, "")).is_empty());
    }
}
