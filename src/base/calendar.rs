//! Period arithmetic shared by the templates' facts and the lint, so a
//! generated paper and its check count months the same way.

use chrono::{Datelike, Months, NaiveDate};

/// The length of `from`–`to` (both included) in whole months, when it is
/// whole months long: 1 March 2020 – 28 February 2022 is 24.
pub fn whole_months(from: NaiveDate, to: NaiveDate) -> Option<u32> {
    let after = to.succ_opt()?;
    let months = (after.year() - from.year()) * 12 + after.month() as i32 - from.month() as i32;
    (after.day() == from.day() && months > 0).then_some(months as u32)
}

/// The last day of a term of `months` months that starts on `start`.
pub fn term_end(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(months))?.pred_opt()
}

/// The day `months` months after `start`.
pub fn months_after(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(months))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn whole_month_periods() {
        assert_eq!(whole_months(d(2024, 1, 1), d(2025, 12, 31)), Some(24));
        assert_eq!(whole_months(d(2020, 3, 1), d(2022, 2, 28)), Some(24));
        assert_eq!(whole_months(d(2024, 1, 1), d(2024, 1, 15)), None);
    }

    #[test]
    fn term_ends() {
        assert_eq!(term_end(d(2024, 5, 1), 24), Some(d(2026, 4, 30)));
        assert_eq!(term_end(d(2026, 3, 1), 24), Some(d(2028, 2, 29)));
    }
}
