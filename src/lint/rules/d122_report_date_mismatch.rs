use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::ReportDate;
use crate::paper::{Paper, SectionKind};

declare_rule! {
    /// D122 report-date-mismatch: rubriken och förslaget till beslut anger
    /// rapporten per olika datum.
    ///
    /// En delårsrapport, månadsrapport eller uppföljning görs upp per en dag
    /// ("Delårsrapport per den 31 augusti 2027"). Nämnden godkänner just den
    /// rapporten, så rubriken och förslaget till beslut ska ange samma dag.
    /// Skiljer de sig åt är handlingen ofta skriven på förra rapportens mall.
    /// Samma rapport känns igen på ordet ("delårsrapporten" är en
    /// delårsrapport); "per augusti" och "per den 31 augusti 2027" kan vara
    /// samma dag, "per den 31 juli" inte. Övrig text prövas inte: där jämförs
    /// ofta med en tidigare rapport ("jämfört med delårsrapporten per 30
    /// april").
    ///
    /// Fel:  Delårsrapport per den 31 augusti 2027 … 1. Socialnämnden godkänner
    ///       delårsrapporten per den 31 juli 2027.
    /// Rätt: … 1. Socialnämnden godkänner delårsrapporten per den 31 augusti 2027.
    pub struct ReportDateMismatch {
        code: "D122",
        name: "report-date-mismatch",
        severity: Error,
        summary: "rubriken och förslaget till beslut anger rapporten per olika datum",
    }
}

impl Rule for ReportDateMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let Some(titled) = titled(paper) else {
            return;
        };
        for proposed in paper.scan.report_dates.iter().filter(|r| {
            paper.section_at(r.span.start) == Some(&SectionKind::Proposals)
                && r.family == titled.family
                && !r.may_be_same_day(titled)
        }) {
            out.push(
                Finding::new(
                    &Self::META,
                    proposed.date_span.clone(),
                    format!(
                        "förslaget till beslut gäller {} per {}, men rubriken säger per {} ({})",
                        proposed.family,
                        paper.text(&proposed.date_span),
                        paper.text(&titled.date_span),
                        paper.line_label(titled.date_span.start)
                    ),
                )
                .related(titled.date_span.clone(), "rubrikens datum"),
            );
        }
    }
}

/// The report the title names with its day.
fn titled(paper: &Paper) -> Option<&ReportDate> {
    paper.named_in_title(&paper.scan.report_dates, |r| r.span.start)
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    fn report(title: &str, proposal: &str) -> String {
        format!(
            "Socialförvaltningen\nTJÄNSTESKRIVELSE\n2027-09-20\nDnr SN 2027/301\n\nSocialnämnden\n\n{title}\n\nFörslag till beslut\n1. Socialnämnden godkänner {proposal}.\n\nÄrende\nDelårsrapporten per den 30 april visade ett underskott.\n"
        )
    }

    #[test]
    fn flags_a_proposal_with_another_day_than_the_title() {
        assert_eq!(
            text_findings(
                "D122",
                &report(
                    "Delårsrapport per den 31 augusti 2027",
                    "delårsrapporten per den 31 juli 2027"
                )
            ),
            ["31 juli 2027"]
        );
        assert_eq!(
            text_findings(
                "D122",
                &report(
                    "Månadsrapport per oktober 2027",
                    "månadsrapporten per september"
                )
            ),
            ["september"]
        );
    }

    #[test]
    fn is_silent_on_the_same_day_told_otherwise_and_on_other_reports() {
        for (title, proposal) in [
            (
                "Delårsrapport per den 31 augusti 2027",
                "delårsrapporten per 2027-08-31",
            ),
            (
                "Delårsrapport per den 31 augusti 2027",
                "delårsrapporten per augusti",
            ),
            ("Delårsrapport per den 31 augusti 2027", "delårsrapporten"),
            (
                "Delårsrapport per den 31 augusti 2027",
                "delårsrapporten och noterar månadsrapporten per juli",
            ),
        ] {
            assert!(
                text_findings("D122", &report(title, proposal)).is_empty(),
                "{proposal}"
            );
        }
    }
}
