//! Dates in case files: ISO `YYYY-MM-DD`, with Swedish error messages that
//! say why a date does not exist.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

use crate::base::swedish::month_name;

/// Parses an ISO date, explaining what is wrong when it is not a real day.
pub fn parse_iso_date(text: &str) -> Result<NaiveDate, String> {
    let format_hint =
        || format!("ogiltigt datum `{text}`: skriv datum som ÅÅÅÅ-MM-DD, till exempel 2024-01-31");
    let mut parts = text.trim().splitn(3, '-');
    let mut number = |len: usize| {
        parts
            .next()
            .filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let (Some(year), Some(month), Some(day)) = (number(4), number(2), number(2)) else {
        return Err(format_hint());
    };
    if !(1..=12).contains(&month) {
        return Err(format!(
            "ogiltigt datum `{text}`: månaden {month} finns inte"
        ));
    }
    let year = year as i32;
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        let days = days_in_month(year, month);
        format!(
            "ogiltigt datum `{text}`: {} {year} har bara {days} dagar",
            month_name(month)
        )
    })
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let first = NaiveDate::from_ymd_opt(year, month, 1).expect("month is 1..=12");
    let next = first
        .checked_add_months(chrono::Months::new(1))
        .expect("in range");
    next.signed_duration_since(first).num_days() as u32
}

/// `deserialize_with` for a required date.
pub fn de<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_iso_date(&text).map_err(serde::de::Error::custom)
}

/// `deserialize_with` for an optional date.
pub fn de_opt<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<String>::deserialize(deserializer)? {
        None => Ok(None),
        Some(text) => parse_iso_date(&text)
            .map(Some)
            .map_err(serde::de::Error::custom),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_dates() {
        assert_eq!(
            parse_iso_date("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
    }

    #[test]
    fn explains_days_that_do_not_exist() {
        assert_eq!(
            parse_iso_date("2023-02-30").unwrap_err(),
            "ogiltigt datum `2023-02-30`: februari 2023 har bara 28 dagar"
        );
        assert_eq!(
            parse_iso_date("2024-04-31").unwrap_err(),
            "ogiltigt datum `2024-04-31`: april 2024 har bara 30 dagar"
        );
        assert!(
            parse_iso_date("2024-13-01")
                .unwrap_err()
                .contains("månaden 13")
        );
    }

    #[test]
    fn explains_the_format() {
        for text in ["1 januari 2024", "2024-1-1", "20240101", ""] {
            assert!(
                parse_iso_date(text).unwrap_err().contains("ÅÅÅÅ-MM-DD"),
                "{text}"
            );
        }
    }
}
