//! Years that straddle two calendar years: "läsåret 2021/22",
//! "verksamhetsåret 2026/2027", "säsongen 2027/28" — the year after a noun
//! of a year or a season, written with a slash. Such a year is two years in
//! a row; "läsåret 2021/23" is none.

use std::sync::LazyLock;

use super::Span;
use super::plain::{Plain, tuned};

/// A year told across two calendar years.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitYear {
    /// From the first year's first digit to the second's last.
    pub span: Span,
    pub first: u16,
    /// The second year in full ("22" after 2021 is 2022).
    pub second: u16,
}

impl SplitYear {
    /// Whether the second year follows the first.
    pub fn is_a_year(&self) -> bool {
        self.second == self.first + 1
    }
}

// The cheap test before SPLIT_YEAR passes in most papers (55 of the 68 real
// papers and the example cases): it is compiled ahead (`compile_patterns`).
/// A noun of a year or a season ("läsåret", "verksamhetsår", "läsåren",
/// "säsongen") and a year with a slash after it.
static SPLIT_YEAR: LazyLock<Plain> = LazyLock::new(|| {
    tuned(r"(?i)\b\p{L}*(?:år|året|åren|års|säsong|säsongen)\s+((?:19|20)\d\d)/(\d\d(?:\d\d)?)\b")
});

pub(super) fn find_split_years(text: &str) -> Vec<SplitYear> {
    if !text.contains('/') {
        return Vec::new();
    }
    SPLIT_YEAR
        .captures_iter(text)
        .filter_map(|c| {
            let (first, second) = (c.get(1)?, c.get(2)?);
            let first_year: u16 = first.as_str().parse().ok()?;
            let written: u16 = second.as_str().parse().ok()?;
            let second_year = if second.as_str().len() == 2 {
                first_year / 100 * 100 + written
            } else {
                written
            };
            Some(SplitYear {
                span: first.start()..second.end(),
                first: first_year,
                second: second_year,
            })
        })
        .collect()
}

/// Compiles this module's patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    SPLIT_YEAR.compile_now();
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn years(text: &str) -> Vec<(u16, u16, bool)> {
        scan(text)
            .split_years
            .iter()
            .map(|y| (y.first, y.second, y.is_a_year()))
            .collect()
    }

    #[test]
    fn years_across_two_calendar_years() {
        assert_eq!(
            years("Elevantalet läsåret 2021/22 och verksamhetsåret 2026/2027."),
            [(2021, 2022, true), (2026, 2027, true)]
        );
        assert_eq!(years("läsåret 2021/23"), [(2021, 2023, false)]);
        assert_eq!(
            years("Säsongen 2027/28 börjar i september."),
            [(2027, 2028, true)]
        );
        // A Dnr or a date is no such year.
        assert_eq!(years("Dnr KS 2021/23, beslut 2021/22."), []);
        assert_eq!(years("läsåren 2021/22–2023/24"), [(2021, 2022, true)]);
    }
}
