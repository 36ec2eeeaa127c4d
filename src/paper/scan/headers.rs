//! Dates in a running page header: the same line at the top of every page
//! of one document, with its page number — "Socialnämnden KALLELSE Datum
//! 2017-12-13 3 (16)", "PROTOKOLL Sida 2(16) Sammanträdesdatum 2020-06-09".
//! Flat text keeps these lines where the pages met; they are copies of one
//! line, so their dates must agree.

use super::plain::{Captures, Plain, plain};
use std::sync::LazyLock;

use chrono::NaiveDate;

use super::dates::DateMention;
use super::{Span, floor_char_boundary};

/// A date in a running header, with the header's wording and its page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderDate {
    /// The date.
    pub span: Span,
    pub date: NaiveDate,
    /// The words before the date, lower case, digits as `#`: the same for
    /// every page of one document.
    pub wording: String,
    /// Page `page` of `pages`.
    pub page: u32,
    pub pages: u32,
}

/// A page number right after the date: "3 (16)", "3(16)", "Sida 3 av 16".
static PAGE_AFTER: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"^[ \t]*(?:[Ss]ida[ \t]+|[Ss]id[ \t]+)?(\d{1,3})[ \t]?(?:\((\d{1,3})\)|av[ \t]+(\d{1,3})(?-u:\b))",
    )
});

/// A page number just before the date, one or two label words between:
/// "Sida 2(16) Sammanträdesdatum ", "Sida 2 av 16 Datum ".
static PAGE_BEFORE: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"(?:[Ss]ida|[Ss]id)[ \t]+(\d{1,3})[ \t]?(?:\((\d{1,3})\)|av[ \t]+(\d{1,3}))[ \t]+(?:\p{L}+:?[ \t]*){0,2}$",
    )
});

/// How many words before the date make the header's wording.
const WORDING_WORDS: usize = 4;

/// How far back from a date its header's wording is looked for.
const WINDOW: usize = 160;

/// Every date in `text` written in a running header; `dates` are the
/// text's own.
pub(super) fn find_header_dates(text: &str, dates: &[DateMention]) -> Vec<HeaderDate> {
    dates
        .iter()
        .filter_map(|mention| {
            let date = *mention.date.as_ref().ok()?;
            // Only the stretch just before the date is looked at: a text of
            // one endless line with many dates stays linear.
            let window = floor_char_boundary(text, mention.span.start.saturating_sub(WINDOW));
            let line_start = text[window..mention.span.start]
                .rfind('\n')
                .map_or(window, |i| window + i + 1);
            let before = &text[floor_char_boundary(
                text,
                mention.span.start.saturating_sub(60).max(line_start),
            )..mention.span.start];
            let (page, pages) = page_of(PAGE_AFTER.captures(&text[mention.span.end..]))
                .or_else(|| page_of(PAGE_BEFORE.captures(before)))?;
            (page >= 1 && page <= pages && pages >= 2).then(|| HeaderDate {
                span: mention.span.clone(),
                date,
                wording: wording(&text[line_start..mention.span.start]),
                page,
                pages,
            })
        })
        .collect()
}

/// (page, pages) from a page-number match.
fn page_of(captures: Option<Captures<'_>>) -> Option<(u32, u32)> {
    let c = captures?;
    let page = c[1].parse().ok()?;
    let pages = c.get(2).or(c.get(3))?.as_str().parse().ok()?;
    Some((page, pages))
}

/// The last words of `line_before`, lower case, digits masked.
fn wording(line_before: &str) -> String {
    let words: Vec<&str> = line_before.split_whitespace().collect();
    words[words.len().saturating_sub(WORDING_WORDS)..]
        .iter()
        .map(|w| {
            w.chars()
                .map(|c| if c.is_ascii_digit() { '#' } else { c })
                .collect::<String>()
                .to_lowercase()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    PAGE_AFTER.compile_now();
    PAGE_BEFORE.compile_now();
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn found(text: &str) -> Vec<(String, String, u32, u32)> {
        scan(text)
            .header_dates
            .into_iter()
            .map(|h| (h.date.to_string(), h.wording, h.page, h.pages))
            .collect()
    }

    #[test]
    fn finds_the_date_and_page_of_a_running_header() {
        let text = "Lövsjö kommun KALLELSE Datum 2026-12-13 1 (16) Sid\nText om 2026-11-01.\nLövsjö kommun KALLELSE Datum 2026-12-13 2 (16) Sid\n";
        assert_eq!(
            found(text),
            [
                (
                    "2026-12-13".into(),
                    "lövsjö kommun kallelse datum".into(),
                    1,
                    16
                ),
                (
                    "2026-12-13".into(),
                    "lövsjö kommun kallelse datum".into(),
                    2,
                    16
                ),
            ]
        );
        let text =
            "Barn- och utbildningsnämnden PROTOKOLL Sida 2(16) Sammanträdesdatum 2026-06-09 Plats";
        assert_eq!(
            found(text),
            [(
                "2026-06-09".into(),
                "protokoll sida #(##) sammanträdesdatum".into(),
                2,
                16
            )]
        );
    }

    #[test]
    fn a_date_without_a_page_number_is_no_header() {
        assert!(found("Avtalet gäller 2026-01-01 till 2026-12-31 (2 år).").is_empty());
        assert!(found("Beslut 2026-03-02 § 14 (2026:12)").is_empty());
        // "Sida 3 av 2" is no page of its document.
        assert!(found("Datum 2026-03-02 Sida 3 av 2").is_empty());
    }
}
