//! Case facts in Swedish words, as papers print them and the lint compares them.

use super::{AgeRange, Period};
use crate::base::{calendar, swedish};

/// "4–20 år", with an en dash as Swedish typography prescribes; "65 år och
/// äldre" without an upper bound.
pub fn age_range(range: AgeRange) -> String {
    match range.to {
        Some(to) => format!("{}–{to} år", range.from),
        None => format!("{} år och äldre", range.from),
    }
}

/// The length of a period in words: "två år", "18 månader", or "45 dagar".
pub fn period_length(period: Period) -> String {
    match calendar::whole_months(period.from, period.to) {
        Some(months) => months_length(months),
        None => {
            let days = (period.to - period.from).num_days() + 1;
            format!("{days} {}", if days == 1 { "dag" } else { "dagar" })
        }
    }
}

/// Whole months in words: "två år", "en månad", "18 månader".
pub fn months_length(months: u32) -> String {
    match months {
        1 => "en månad".to_owned(),
        months if months % 12 == 0 => format!("{} år", swedish::number_word(months / 12)),
        months => format!("{} månader", swedish::number_word(months)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_range_uses_en_dash() {
        assert_eq!(
            age_range(AgeRange {
                from: 4,
                to: Some(20)
            }),
            "4–20 år"
        );
        assert_eq!(
            age_range(AgeRange { from: 65, to: None }),
            "65 år och äldre"
        );
    }

    fn period(from: (i32, u32, u32), to: (i32, u32, u32)) -> Period {
        Period {
            from: chrono::NaiveDate::from_ymd_opt(from.0, from.1, from.2).unwrap(),
            to: chrono::NaiveDate::from_ymd_opt(to.0, to.1, to.2).unwrap(),
        }
    }

    #[test]
    fn period_lengths_in_words() {
        assert_eq!(
            period_length(period((2024, 1, 1), (2025, 12, 31))),
            "två år"
        );
        assert_eq!(period_length(period((2020, 3, 1), (2022, 2, 28))), "två år");
        assert_eq!(
            period_length(period((2024, 1, 1), (2024, 1, 31))),
            "en månad"
        );
        assert_eq!(
            period_length(period((2024, 1, 1), (2025, 6, 30))),
            "18 månader"
        );
        assert_eq!(
            period_length(period((2024, 1, 1), (2024, 1, 10))),
            "10 dagar"
        );
    }
}
