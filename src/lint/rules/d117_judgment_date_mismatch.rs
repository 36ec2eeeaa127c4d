use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{date, usual};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::Paper;
use crate::paper::scan::JudgmentMention;

declare_rule! {
    /// D117 judgment-date-mismatch: samma dom anges med två olika datum.
    ///
    /// Ett ärende om ett överklagande citerar domstolens dom flera gånger:
    /// i rubriken ("Länsrättens dom 2008-11-07, mål 31-08"), när domskälen
    /// återges ("Länsrätten anför i sin dom …") och när domslutet citeras.
    /// En domstol meddelar en dom i ett mål, så samma domstol med olika
    /// datum är en felskrivning. Datumet som står flest gånger räknas som det
    /// rätta, vid lika det första. Har texten domar i flera mål från samma
    /// domstol (olika målnummer) lämnas den i fred, liksom olika domstolar
    /// ("Kammarrätten ändrade länsrättens dom …") och citat långt isär (en
    /// bunt av handlingar).
    ///
    /// Fel:  Länsrättens dom 2008-11-07, mål 31-08 … Länsrätten anför i sin
    ///       dom 2008-11-14 bl.a. följande.
    /// Rätt: Länsrättens dom 2008-11-07, mål 31-08 … Länsrätten anför i sin
    ///       dom 2008-11-07 bl.a. följande.
    pub struct JudgmentDateMismatch {
        code: "D117",
        name: "judgment-date-mismatch",
        severity: Error,
        summary: "samma domstols dom i samma mål anges med olika datum",
    }
}

/// Citations of one judgment stand within this many bytes of the first:
/// one paper, not a bundle of them.
const SAME_PAPER_REACH: usize = 6000;

impl Rule for JudgmentDateMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for citations in by_court(&cx.paper.scan.judgments).values() {
            if one_case(citations) {
                report_odd_dates(cx.paper, citations, out);
            }
        }
    }
}

/// Citations grouped by court. A court named without its seat joins the one
/// seat the text gives it; with two seats ("Förvaltningsrätten i Malmö",
/// "… i Göteborg") the seatless ones are left out.
fn by_court(judgments: &[JudgmentMention]) -> BTreeMap<String, Vec<&JudgmentMention>> {
    let mut seats: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for j in judgments {
        if let Some(seat) = &j.seat {
            let known = seats.entry(j.court.as_str()).or_default();
            if !known.contains(&seat.as_str()) {
                known.push(seat);
            }
        }
    }
    let mut groups: BTreeMap<String, Vec<&JudgmentMention>> = BTreeMap::new();
    for j in judgments {
        let seat = match (&j.seat, seats.get(j.court.as_str()).map(Vec::as_slice)) {
            (Some(seat), _) => seat.as_str(),
            (None, None) => "",
            (None, Some([only])) => only,
            (None, Some(_)) => continue,
        };
        groups
            .entry(format!("{} {seat}", j.court))
            .or_default()
            .push(j);
    }
    groups
}

/// Whether the citations are of one case: at most one case number, all
/// within one paper's reach of the first.
fn one_case(citations: &[&JudgmentMention]) -> bool {
    let mut cases: Vec<&str> = citations.iter().filter_map(|j| j.case.as_deref()).collect();
    cases.sort_unstable();
    cases.dedup();
    let first = citations.first().map_or(0, |j| j.span.start);
    cases.len() <= 1
        && citations
            .iter()
            .all(|j| j.span.start - first <= SAME_PAPER_REACH)
}

/// A finding for each date fewer citations give than the most given one.
fn report_odd_dates(paper: &Paper, citations: &[&JudgmentMention], out: &mut Vec<Finding>) {
    let Some(day) = usual(citations.iter().map(|j| j.date)) else {
        return;
    };
    let right = citations.iter().find(|j| j.date == day).expect("given");
    let mut reported: Vec<NaiveDate> = Vec::new();
    for j in citations.iter().filter(|j| j.date != right.date) {
        if reported.contains(&j.date) {
            continue;
        }
        reported.push(j.date);
        out.push(
            Finding::new(
                &JudgmentDateMismatch::META,
                j.date_span.clone(),
                format!(
                    "{}s dom anges här med datumet {}, men annars med {} ({}); en domstol meddelar en dom i ett mål",
                    j.court_text,
                    date(j.date),
                    date(right.date),
                    paper.line_label(right.date_span.start),
                ),
            )
            .related(right.date_span.clone(), "samma dom med annat datum"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_the_date_fewer_citations_give() {
        let text = "Länsrättens dom 2026-11-07, mål 31-26\n\nLänsrätten anför i sin dom 2026-11-14 bl.a. följande domskäl. Länsrätten avgjorde målet 2026-11-07 med följande domslut (mål 31-26).";
        assert_eq!(text_findings("D117", text), ["2026-11-14"]);
    }

    #[test]
    fn is_silent_on_two_cases_two_courts_and_one_date() {
        for text in [
            "Länsrättens dom 2026-11-07, mål 31-26. Länsrättens dom 2026-12-01, mål 44-26.",
            "Länsrättens dom 2026-11-07. Kammarrätten meddelade dom 2027-01-14.",
            "Länsrättens dom 2026-11-07. Länsrätten anför i sin dom 2026-11-07 följande.",
            "Förvaltningsrätten i Malmö meddelade dom 2026-11-07. Förvaltningsrätten i Lund meddelade dom 2026-12-07.",
        ] {
            assert!(text_findings("D117", text).is_empty(), "{text}");
        }
    }
}
