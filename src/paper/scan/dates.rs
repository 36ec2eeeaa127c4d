//! Dates in every usual form: `2024-01-01`, `1 januari 2024`, `1 jan. 2024`,
//! `1/1 2024`, `20240101` and (inside periods only) `240101`.

use super::patterns::only_if;
use super::plain::{Plain, plain, tuned};
use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

use super::Span;

/// How a date was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateForm {
    /// `2024-01-01`
    Iso,
    /// `1 januari 2024`, `1 jan. 2024`
    Long,
    /// `240101` (only inside a period)
    Compact6,
    /// `20240101`
    Compact8,
    /// `1/1 2024`, `1/1-2024`
    Slash,
    /// `1.1.2024`
    Dotted,
}

/// A date, or a date-shaped text that names no real day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    pub form: DateForm,
    pub date: Result<NaiveDate, String>,
}

/// A month of a year without a day: "juni 2025", "sep. 2025".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthMention {
    pub span: Span,
    pub year: i32,
    pub month: u32,
}

const MONTHS: [(&str, u32); 24] = [
    ("januari", 1),
    ("februari", 2),
    ("mars", 3),
    ("april", 4),
    ("maj", 5),
    ("juni", 6),
    ("juli", 7),
    ("augusti", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("okt", 10),
    ("nov", 11),
    ("dec", 12),
];

/// The month a name in full or shortened ("sept", "apr") names, any case.
pub(super) fn month_number(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == name).map(|(_, n)| *n)
}

pub(crate) static ISO: LazyLock<Plain> = LazyLock::new(|| tuned(r"\b(\d{4})-(\d{2})-(\d{2})\b"));
/// An ISO date run into the label before it, as some converters write a
/// form's cells ("Sammanträdesdatum2019-01-28", "Datum2025-03-14"): after a
/// lower-case letter, the end of a word, never a code's capitals.
/// An ISO date with spaces for dashes, as some papers type it ("2008 05
/// 13"): an amount groups its digits in threes, so it is none.
static SPACED_ISO: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"\b((?:19|20)\d{2}) (\d{2}) (\d{2})\b"));
static GLUED_ISO: LazyLock<Plain> = LazyLock::new(|| plain(r"\p{Ll}(\d{4})-(\d{2})-(\d{2})\b"));
/// A month in full or shortened ("apr", "sept"), as one group: the names
/// [`month_number`] reads.
pub(super) const MONTH_OR_SHORT: &str = "(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)";
static LONG: LazyLock<Plain> = LazyLock::new(|| {
    tuned(&format!(
        r"(?i)\b(\d{{1,2}})(?::[ae])?\s+{MONTH_OR_SHORT}\.?\s+(\d{{4}})\b"
    ))
});
/// "1/3 2026" and "1/3-2026", the day first as Swedish writes it.
static SLASH: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"\b(\d{1,2})/(\d{1,2})(?:\s+|\s*-\s*)(\d{4})\b"));
/// "1.3.2026": the day first; a year of four digits, so that a section
/// number ("3.1.2") is none.
static DOTTED: LazyLock<Plain> = LazyLock::new(|| tuned(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"));
static COMPACT: LazyLock<Plain> = LazyLock::new(|| tuned(r"\b(\d{6}|\d{8})\b"));

static MONTH_YEAR: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        // First letter either case, the rest as written: a literal set the
        // engine searches for quickly, where (?i) made it scan every byte.
        r"\b([Jj]anuari|[Ff]ebruari|[Mm]ars|[Aa]pril|[Mm]aj|[Jj]uni|[Jj]uli|[Aa]ugusti|[Ss]eptember|[Oo]ktober|[Nn]ovember|[Dd]ecember|[Jj]an|[Ff]eb|[Aa]pr|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept|[Ss]ep|[Oo]kt|[Nn]ov|[Dd]ec)\.?\s+(\d{4})\b",
    )
});

/// Months of a year written without a day, outside the full `dates`.
pub(super) fn find_months(text: &str, dates: &[DateMention]) -> Vec<MonthMention> {
    let year = super::has_digits(text, 4);
    MONTH_YEAR
        .captures_iter(only_if(year, text, &MONTH_YEAR))
        .filter_map(|c| {
            let span = c.get(0)?.range();
            if super::overlaps(dates, &span, |d| &d.span) {
                return None; // The month of "15 sep 2025".
            }
            let year: i32 = c[2].parse().ok()?;
            (1900..=2100).contains(&year).then_some(())?;
            Some(MonthMention {
                span,
                year,
                month: month_number(&c[1])?,
            })
        })
        .collect()
}

fn make_date(year: i32, month: u32, day: u32, text: &str) -> Result<NaiveDate, String> {
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| format!("datumet {text} finns inte"))
}

/// Every date candidate in `text`, in order; overlapping matches keep the first.
pub(super) fn find_dates(text: &str) -> Vec<DateMention> {
    let mut found: Vec<DateMention> = Vec::new();
    // Every form has a year or is six or eight digits: a text without four
    // digits in a row is not searched (see `only_if`).
    let year = super::has_digits(text, 4);
    for c in ISO.captures_iter(only_if(year, text, &ISO)) {
        let (y, m, d) = (
            c[1].parse().unwrap_or(0),
            c[2].parse().unwrap_or(0),
            c[3].parse().unwrap_or(0),
        );
        // "2024-2025" style ranges are not dates; a real ISO date has a month 1-12.
        if !(1..=12).contains(&m) {
            continue;
        }
        found.push(DateMention {
            span: c.get(0).unwrap().range(),
            form: DateForm::Iso,
            date: make_date(y, m, d, &c[0]),
        });
    }
    for c in GLUED_ISO.captures_iter(only_if(year, text, &GLUED_ISO)) {
        let (y, m, d) = (
            c[1].parse().unwrap_or(0),
            c[2].parse().unwrap_or(0),
            c[3].parse().unwrap_or(0),
        );
        let span = c.get(1).expect("group").start()..c.get(0).expect("match").end();
        if (1..=12).contains(&m) {
            found.push(DateMention {
                date: make_date(y, m, d, &text[span.clone()]),
                span,
                form: DateForm::Iso,
            });
        }
    }
    for c in LONG.captures_iter(only_if(year, text, &LONG)) {
        let month = month_number(&c[2]).unwrap_or(0);
        let (d, y) = (c[1].parse().unwrap_or(0), c[3].parse().unwrap_or(0));
        found.push(DateMention {
            span: c.get(0).unwrap().range(),
            form: DateForm::Long,
            date: make_date(y, month, d, &c[0]),
        });
    }
    // The forms kept only when they name a real day: "31.13.2020" and
    // "2010 12 34" are other numbers. Their groups: year, month, day.
    let real_days: [(&Plain, DateForm, [usize; 3]); 3] = [
        (&SPACED_ISO, DateForm::Iso, [1, 2, 3]),
        (&SLASH, DateForm::Slash, [3, 2, 1]),
        (&DOTTED, DateForm::Dotted, [3, 2, 1]),
    ];
    for (pattern, form, [year_at, month_at, day_at]) in real_days {
        for c in pattern.captures_iter(only_if(year, text, pattern)) {
            let (y, m, d) = (
                c[year_at].parse().unwrap_or(0),
                c[month_at].parse().unwrap_or(0),
                c[day_at].parse().unwrap_or(0),
            );
            if let Ok(date) = make_date(y, m, d, &c[0]) {
                found.push(DateMention {
                    span: c.get(0).unwrap().range(),
                    form,
                    date: Ok(date),
                });
            }
        }
    }
    for c in COMPACT.captures_iter(only_if(year, text, &COMPACT)) {
        let digits = &c[1];
        let n = |r: Range<usize>| digits[r].parse::<u32>().unwrap_or(0);
        let (form, date) = if digits.len() == 8 {
            (
                DateForm::Compact8,
                make_date(n(0..4) as i32, n(4..6), n(6..8), digits),
            )
        } else {
            (
                DateForm::Compact6,
                make_date(2000 + n(0..2) as i32, n(2..4), n(4..6), digits),
            )
        };
        // A compact number that is no real day is just a number.
        if let Ok(date) = date {
            if digits.len() == 8 && !(1900..=2100).contains(&date.year()) {
                continue;
            }
            found.push(DateMention {
                span: c.get(0).unwrap().range(),
                form,
                date: Ok(date),
            });
        }
    }
    found.sort_by_key(|d| (d.span.start, std::cmp::Reverse(d.span.end)));
    let mut kept: Vec<DateMention> = Vec::new();
    for date in found {
        if kept
            .last()
            .is_none_or(|last| date.span.start >= last.span.end)
        {
            kept.push(date);
        }
    }
    kept
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    ISO.compile_now();
    GLUED_ISO.compile_now();
    SPACED_ISO.compile_now();
    LONG.compile_now();
    SLASH.compile_now();
    DOTTED.compile_now();
    COMPACT.compile_now();
    MONTH_YEAR.compile_now();
}

#[cfg(test)]
mod month_tests {
    use crate::paper::scan::scan;

    #[test]
    fn months_without_a_day() {
        let text = "juni 2025 Avtalsstart, 15 sep 2025 Tilldelning, i sept. 2026 och maj 2027.";
        let found: Vec<(&str, i32, u32)> = scan(text)
            .months
            .iter()
            .map(|m| (&text[m.span.clone()], m.year, m.month))
            .collect();
        assert_eq!(
            found,
            [
                ("juni 2025", 2025, 6),
                ("sept. 2026", 2026, 9),
                ("maj 2027", 2027, 5)
            ]
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn dates(text: &str) -> Vec<(String, Result<NaiveDate, String>)> {
        scan(text)
            .dates
            .into_iter()
            .map(|m| (text[m.span].to_owned(), m.date))
            .collect()
    }

    #[test]
    fn an_iso_date_run_into_its_label() {
        let found = dates("Sammanträdesdatum2019-01-28 Tid för anslag2019-02-05 KS2019-01-28");
        let written: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(written, ["2019-01-28", "2019-02-05"]);
    }

    #[test]
    fn dates_in_every_form() {
        let found =
            dates("Beslut 2024-01-01, den 1 januari 2024, den 2 jan. 2024, 20240103 och 4/1 2024.");
        assert_eq!(
            found,
            vec![
                ("2024-01-01".into(), Ok(d(2024, 1, 1))),
                ("1 januari 2024".into(), Ok(d(2024, 1, 1))),
                ("2 jan. 2024".into(), Ok(d(2024, 1, 2))),
                ("20240103".into(), Ok(d(2024, 1, 3))),
                ("4/1 2024".into(), Ok(d(2024, 1, 4))),
            ]
        );
        let found = dates(
            "den 5/1-2024, den 6.1.2024, den 7:e januari 2024, den 8:a jan 2024 och 2024 01 09.",
        );
        assert_eq!(
            found,
            vec![
                ("5/1-2024".into(), Ok(d(2024, 1, 5))),
                ("6.1.2024".into(), Ok(d(2024, 1, 6))),
                ("7:e januari 2024".into(), Ok(d(2024, 1, 7))),
                ("8:a jan 2024".into(), Ok(d(2024, 1, 8))),
                ("2024 01 09".into(), Ok(d(2024, 1, 9))),
            ]
        );
    }

    #[test]
    fn section_numbers_and_impossible_dotted_days_are_no_dates() {
        assert!(dates("Se avsnitt 3.1.2 och 31.13.2020 samt 1.2.20").is_empty());
        assert!(dates("Kostnad 2010 12 34 kronor, 2 010 120 kronor").is_empty());
    }

    #[test]
    fn impossible_dates_are_reported_not_dropped() {
        let found = dates("den 31 april 2024 och 2023-02-29");
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|(_, date)| date.is_err()));
    }

    #[test]
    fn unicode_digits_are_no_date_and_no_panic() {
        // Arabic-Indic and full-width digits beside ASCII ones (a panic once).
        for text in [
            "0١٢٣65",
            "２０２４-01-01",
            "20٢4-01-01 och 1 januari ２０２４",
            "٢٠٢٤0101",
        ] {
            let s = scan(text);
            assert!(s.dates.iter().all(|d| d.date.is_ok()), "{text}");
        }
    }
}
