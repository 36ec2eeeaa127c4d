use std::collections::HashMap;

use super::date;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::HeaderDate;

declare_rule! {
    /// D113 header-date-mismatch: sidhuvudet har ett annat datum på en sida
    /// än på handlingens övriga sidor.
    ///
    /// Ett sidhuvud är samma rad överst på varje sida av en handling, med
    /// sidans nummer ("Datum 2017-12-13 3 (16)"); i en handling som blivit
    /// löptext står raderna kvar där sidorna möttes. Raderna är kopior, så
    /// ett datum som skiljer sig är en felskrivning — oftast i den sida som
    /// skrevs om sist. Regeln prövar bara sidhuvuden med samma ordalydelse och
    /// samma antal sidor, där varje sidnummer förekommer en gång: en bunt av
    /// flera handlingar (en kallelse med bifogade tjänsteskrivelser, var och
    /// en med sitt eget datum) lämnas i fred. Datumet som de flesta sidorna
    /// har räknas som det rätta.
    ///
    /// Fel:  Socialnämnden KALLELSE Datum 2017-12-13 1 (3) … Socialnämnden
    ///       KALLELSE Datum 2017-12-13 2 (3) … Socialnämnden KALLELSE Datum
    ///       2017-12-14 3 (3)
    /// Rätt: … Socialnämnden KALLELSE Datum 2017-12-13 3 (3)
    pub struct HeaderDateMismatch {
        code: "D113",
        name: "header-date-mismatch",
        severity: Error,
        summary: "sidhuvudet har ett annat datum på en sida än på de andra",
    }
}

impl Rule for HeaderDateMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let mut documents: HashMap<(&str, u32), Vec<&HeaderDate>> = HashMap::new();
        for header in &cx.paper.scan.header_dates {
            documents
                .entry((header.wording.as_str(), header.pages))
                .or_default()
                .push(header);
        }
        let mut found: Vec<Finding> = documents
            .into_values()
            .filter(|headers| one_document(headers))
            .flat_map(|headers| odd_pages(&headers))
            .collect();
        found.sort_by_key(|f| f.span.start);
        out.extend(found);
    }
}

/// Whether `headers` are the pages of one document: two or more, and no
/// page number twice.
fn one_document(headers: &[&HeaderDate]) -> bool {
    let mut pages: Vec<u32> = headers.iter().map(|h| h.page).collect();
    pages.sort_unstable();
    pages.dedup();
    headers.len() >= 2 && pages.len() == headers.len()
}

/// A finding for each page whose date is not the one most pages have (on a
/// tie, the first page's).
fn odd_pages(headers: &[&HeaderDate]) -> Vec<Finding> {
    let count = |d: chrono::NaiveDate| headers.iter().filter(|h| h.date == d).count();
    // The first page with the date most pages have.
    let Some(example) = headers.iter().copied().reduce(|best, h| {
        if count(h.date) > count(best.date) {
            h
        } else {
            best
        }
    }) else {
        return Vec::new();
    };
    let usual = example.date;
    headers
        .iter()
        .filter(|h| h.date != usual)
        .map(|h| {
            Finding::new(
                &HeaderDateMismatch::META,
                h.span.clone(),
                format!(
                    "sidhuvudet på sida {} av {} har datumet {}, men de andra sidornas sidhuvud har {}",
                    h.page,
                    h.pages,
                    date(h.date),
                    date(usual)
                ),
            )
            .related(
                example.span.clone(),
                format!("sidhuvudet på sida {}", example.page),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const HEAD: &str = "Socialnämnden KALLELSE Datum";

    fn pages(dates: &[&str], pages: u32) -> String {
        dates
            .iter()
            .enumerate()
            .map(|(i, d)| format!("{HEAD} {d} {} ({pages}) Sid\nÄrende {}.\n", i + 1, i + 1))
            .collect()
    }

    #[test]
    fn flags_the_page_whose_header_has_another_date() {
        let text = pages(&["2026-12-13", "2026-12-13", "2026-12-14"], 3);
        assert_eq!(text_findings("D113", &text), ["2026-12-14"]);
        let messages = text_messages("D113", &text);
        assert!(
            messages[0].starts_with(
                "sidhuvudet på sida 3 av 3 har datumet 14 december 2026, men de andra sidornas sidhuvud har 13 december 2026"
            ),
            "{}",
            messages[0]
        );
    }

    #[test]
    fn is_silent_on_agreeing_headers_and_on_a_bundle_of_papers() {
        assert!(text_findings("D113", &pages(&["2026-12-13", "2026-12-13"], 2)).is_empty());
        // Two papers of two pages each, with their own dates: page 1 twice.
        let bundle =
            pages(&["2026-11-20", "2026-11-20"], 2) + &pages(&["2026-11-28", "2026-11-28"], 2);
        assert!(text_findings("D113", &bundle).is_empty());
        // Different wording or page count: different documents.
        let text = "Tjänsteskrivelse Datum 2026-11-20 1 (2)\nx\nKallelse Datum 2026-12-01 2 (2)\n";
        assert!(text_findings("D113", text).is_empty());
    }
}
