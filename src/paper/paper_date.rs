//! The paper's own date in its letterhead: after a label ("Datum",
//! "Vårt datum", "Sammanträdesdatum" at a line's start), a web page's
//! "Publicerad", alone on a line or at the very top, a protocol's meeting
//! day, else the first date near the top that refers to no other event.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;

use super::Located;
use super::letterhead::BOARD;
use super::model::line_around;
use super::scan::{DateMention, NOT_LETTER, Plain, Scan, floor_char_boundary, tuned};

/// Labels after which the paper's own date follows, at most a few other
/// labels or names between ("Datum Diarienummer Eiderbrant Ulf 2015-05-26").
static DATE_LABEL: LazyLock<Plain> = LazyLock::new(|| {
    tuned(&format!(
        r"(?i){NOT_LETTER}(vårt datum|datum|sammanträdesdatum|sammanträde|mötesdatum|upprättad|dokumentdatum)\b\s*:?"
    ))
});

/// Labels of dates that are not the paper's own ("Er datum", "Ert datum").
static FOREIGN_DATE_LABEL: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"(?i)\b(?:er|ert|ert brev|deras)\s+$"));

/// Words before a date that make it a reference to something else
/// ("protokoll den 19 mars 2003", "beslut 2024-01-15").
static REFERENCE_BEFORE: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)(?:\bden|\bdaterad|\bfrån|\bbeslut|\bbeslutade|\bprotokoll|§\s*\d*|\bdom|\btill och med|\bt\.o\.m\.|\bfr\.o\.m\.|\binkom|\binkommen|\bsenast|\bgäller|\bmed start|\bbeslöt|\bskrivelse|\bremiss|\bmotion)[\s,]*$",
    )
});

fn valid_date(d: &DateMention) -> Option<NaiveDate> {
    d.date.as_ref().ok().copied()
}

fn located_date(d: &DateMention) -> Option<Located<NaiveDate>> {
    Some(Located {
        value: valid_date(d)?,
        span: d.span.clone(),
    })
}

/// The paper's date: labelled; alone on a line; at the very top; else the
/// first date in the letterhead that is not a reference to another event.
pub(super) fn paper_date(
    source: &str,
    zones: &[Range<usize>],
    scan: &Scan,
    in_zone: &dyn Fn(usize) -> bool,
) -> Option<Located<NaiveDate>> {
    let dates: Vec<&DateMention> = scan
        .dates
        .iter()
        .filter(|d| in_zone(d.span.start) && valid_date(d).is_some())
        .collect();
    // Labelled: the first date within a short, sentence-free stretch after a label.
    for zone in zones {
        for label in DATE_LABEL.captures_iter(&source[zone.clone()]) {
            let whole = label.get(0).expect("match");
            let label_start = zone.start + label.get(1).expect("group").start();
            let before =
                &source[floor_char_boundary(source, label_start.saturating_sub(12))..label_start];
            if FOREIGN_DATE_LABEL.is_match(before) {
                continue;
            }
            // "vid ett extra sammanträde 2004-07-08" is an event, not a label:
            // "Sammanträde" labels only at the start of a line.
            let word = label.get(1).expect("group").as_str().to_lowercase();
            if word.starts_with("sammanträde")
                && !line_before(source, label_start).trim().is_empty()
            {
                continue;
            }
            // "Socialnämnden⏎Sammanträdesdatum 2026-03-16" under a
            // tjänsteskrivelse's own date dates the meeting it goes to.
            let meeting_label = word.starts_with("sammanträde") || word == "mötesdatum";
            if meeting_label && under_the_addressee(source, label_start) {
                continue;
            }
            let after = zone.start + whole.end();
            let date = dates.iter().find(|d| {
                d.span.start >= after
                    && d.span.start - after <= 120
                    && !source[after..d.span.start].contains(['.', '?', '!'])
                    && !has_heading_between(&source[after..d.span.start])
            });
            if let Some(date) = date {
                return located_date(date);
            }
        }
    }
    if let Some(date) = page_date(source, scan) {
        return Some(date);
    }
    // A date alone on its line, or at the very top of the paper.
    let standalone = dates.iter().find(|d| {
        let line = line_around(source, d.span.start);
        line.trim() == &source[d.span.clone()]
            || source[..d.span.start].split_whitespace().count() <= 1
                && source[..d.span.start]
                    .trim()
                    .chars()
                    .all(|c| c.is_ascii_digit())
    });
    if let Some(date) = standalone {
        return located_date(date);
    }
    // A protocol's or kallelse's meeting day under its label.
    if let Some(day) = super::meeting_day::labelled_meeting_day(source, scan) {
        return Some(day);
    }
    // The first date in the letterhead that is no reference to another event.
    let first = dates.iter().find(|d| {
        let window =
            &source[floor_char_boundary(source, d.span.start.saturating_sub(40))..d.span.start];
        // Only near the top: further down, a date is more likely an event's.
        !REFERENCE_BEFORE.is_match(window)
            && !super::meeting_day::is_justering_day(source, d.span.start)
            && zones
                .first()
                .is_some_and(|z| z.contains(&d.span.start) && d.span.start - z.start < 300)
    });
    if let Some(date) = first.and_then(|d| located_date(d)) {
        return Some(date);
    }
    super::meeting_day::meeting_day_at_the_top(source, scan)
}

/// A web page's own date, on a line of its own wherever it stands
/// ("Publicerad 17 november 2021", "Senast uppdaterad: 24 november 2022"):
/// a municipality's news page has no letterhead, and the dates in its
/// text are the meetings and papers it links to.
fn page_date(source: &str, scan: &Scan) -> Option<Located<NaiveDate>> {
    scan.dates.iter().find_map(|d| {
        let line = line_around(source, d.span.start);
        let label = line.trim().strip_suffix(&source[d.span.clone()])?;
        PAGE_DATE_LABEL.is_match(label).then(|| located_date(d))?
    })
}

/// The whole text before a page's date on its line.
static PAGE_DATE_LABEL: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)^(?:publicerad|senast uppdaterad|uppdaterad|senast ändrad|ändrad)(?:\s+den)?\s*:?\s*$",
    )
});

/// Whether the last line with text before the one at `at` is a board's
/// name and nothing else (a Word paper has a blank line between its
/// paragraphs).
fn under_the_addressee(source: &str, at: usize) -> bool {
    // A board's name is short: a line looked at is a few hundred bytes.
    let window = floor_char_boundary(source, at.saturating_sub(240));
    let Some(line_start) = source[window..at].rfind('\n').map(|i| window + i + 1) else {
        return false;
    };
    let before_line = source[window..line_start].trim_end();
    let previous = match before_line.rfind('\n') {
        Some(i) => &before_line[i + 1..],
        None if window == 0 => before_line,
        None => return false, // A line longer than any board's name.
    }
    .trim();
    BOARD
        .captures(previous)
        .and_then(|c| c.get(1))
        .is_some_and(|m| m.as_str().len() + 1 >= previous.len())
}

fn line_before(source: &str, at: usize) -> &str {
    let start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    &source[start..at]
}

fn has_heading_between(text: &str) -> bool {
    text.contains("\n\n") || text.to_lowercase().contains("förslag till")
}

/// Compiles the patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need REFERENCE_BEFORE, PAGE_DATE_LABEL: each is compiled where first used.
    DATE_LABEL.compile_now();
    FOREIGN_DATE_LABEL.compile_now();
}
