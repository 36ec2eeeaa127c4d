//! Calendar arithmetic: periods shared by the templates' facts and the
//! lint (so a generated paper and its check count months the same way),
//! and the Swedish working days (`beslut new` proposes a meeting on one).

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

/// The first day of a term of `months` months that ends on `end`: ten
/// years to 28 February 2038 start on 1 March 2028.
pub fn term_start(end: NaiveDate, months: u32) -> Option<NaiveDate> {
    end.succ_opt()?.checked_sub_months(Months::new(months))
}

/// The day `months` months after `start`.
pub fn months_after(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(months))
}

/// Easter Sunday of `year` (the Gregorian computus of Meeus, Jones and
/// Butcher).
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// A named day of the Swedish calendar (lagen (1989:253) om allmänna
/// helgdagar, and the eves kept as holidays).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    NewYearsDay,
    Epiphany,
    MaundyThursday,
    GoodFriday,
    EasterEve,
    EasterDay,
    EasterMonday,
    Walpurgis,
    Ascension,
    WhitsunEve,
    Whitsunday,
    NationalDay,
    MidsummerEve,
    MidsummerDay,
    AllSaintsEve,
    AllSaintsDay,
    ChristmasEve,
    ChristmasDay,
    BoxingDay,
    NewYearsEve,
}

impl Holiday {
    /// The day in `year`: fixed, counted from Easter, or the weekday in a
    /// span of days (midsommarafton is the Friday of 19–25 June).
    pub fn date(self, year: i32) -> Option<NaiveDate> {
        use Holiday::*;
        use chrono::Weekday::{Fri, Sat};
        let fixed = |month, day| NaiveDate::from_ymd_opt(year, month, day);
        let from_easter = |days| easter(year).map(|e| e + chrono::TimeDelta::days(days));
        let weekday_from = |month, day, weekday| {
            let first = NaiveDate::from_ymd_opt(year, month, day)?;
            first.iter_days().take(7).find(|d| d.weekday() == weekday)
        };
        match self {
            NewYearsDay => fixed(1, 1),
            Epiphany => fixed(1, 6),
            MaundyThursday => from_easter(-3),
            GoodFriday => from_easter(-2),
            EasterEve => from_easter(-1),
            EasterDay => from_easter(0),
            EasterMonday => from_easter(1),
            Walpurgis => fixed(4, 30),
            Ascension => from_easter(39),
            WhitsunEve => from_easter(48),
            Whitsunday => from_easter(49),
            NationalDay => fixed(6, 6),
            MidsummerEve => weekday_from(6, 19, Fri),
            MidsummerDay => weekday_from(6, 20, Sat),
            AllSaintsEve => weekday_from(10, 30, Fri),
            AllSaintsDay => weekday_from(10, 31, Sat),
            ChristmasEve => fixed(12, 24),
            ChristmasDay => fixed(12, 25),
            BoxingDay => fixed(12, 26),
            NewYearsEve => fixed(12, 31),
        }
    }

    /// Whether the day is the same in every year.
    pub fn fixed(self) -> bool {
        use Holiday::*;
        matches!(
            self,
            NewYearsDay
                | Epiphany
                | Walpurgis
                | NationalDay
                | ChristmasEve
                | ChristmasDay
                | BoxingDay
                | NewYearsEve
        )
    }

    /// Its name as a paper writes it, for messages.
    pub fn name(self) -> &'static str {
        use Holiday::*;
        match self {
            NewYearsDay => "nyårsdagen",
            Epiphany => "trettondedag jul",
            MaundyThursday => "skärtorsdagen",
            GoodFriday => "långfredagen",
            EasterEve => "påskafton",
            EasterDay => "påskdagen",
            EasterMonday => "annandag påsk",
            Walpurgis => "valborgsmässoafton",
            Ascension => "Kristi himmelsfärds dag",
            WhitsunEve => "pingstafton",
            Whitsunday => "pingstdagen",
            NationalDay => "nationaldagen",
            MidsummerEve => "midsommarafton",
            MidsummerDay => "midsommardagen",
            AllSaintsEve => "alla helgons afton",
            AllSaintsDay => "alla helgons dag",
            ChristmasEve => "julafton",
            ChristmasDay => "juldagen",
            BoxingDay => "annandag jul",
            NewYearsEve => "nyårsafton",
        }
    }
}

/// Whether offices are closed on `date` in Sweden: a Saturday or Sunday, a
/// public holiday (lagen (1989:253) om allmänna helgdagar), or one of the
/// eves that are kept as holidays (midsommarafton, julafton, nyårsafton).
/// Computed for any year, not listed per year.
pub fn is_swedish_holiday(date: NaiveDate) -> bool {
    use chrono::Weekday::{Fri, Sat, Sun};
    let weekday = date.weekday();
    if matches!(weekday, Sat | Sun) {
        return true;
    }
    let (month, day) = (date.month(), date.day());
    let fixed = matches!(
        (month, day),
        (1, 1) | (1, 6) | (5, 1) | (6, 6) | (12, 24) | (12, 25) | (12, 26) | (12, 31)
    );
    // Midsommarafton: the Friday between 19 and 25 June.
    let midsummer_eve = month == 6 && (19..=25).contains(&day) && weekday == Fri;
    let from_easter = easter(date.year()).is_some_and(|easter| {
        // Långfredagen, annandag påsk, Kristi himmelsfärds dag.
        [-2, 1, 39].contains(&(date - easter).num_days())
    });
    fixed || midsummer_eve || from_easter
}

/// The first day at or after `date` on which offices are open.
pub fn next_working_day(date: NaiveDate) -> NaiveDate {
    let mut day = date;
    // At most a few days: the longest closed run is a week at Christmas.
    while is_swedish_holiday(day) {
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_term_counted_back_from_its_last_day() {
        assert_eq!(term_start(d(2038, 2, 28), 120), Some(d(2028, 3, 1)));
        assert_eq!(term_start(d(2039, 2, 28), 120), Some(d(2029, 3, 1)));
        assert_eq!(term_start(d(2025, 12, 31), 12), Some(d(2025, 1, 1)));
        assert_eq!(term_start(d(2040, 2, 29), 12), Some(d(2039, 3, 1)));
        for (from, months) in [(d(2028, 3, 1), 120), (d(2024, 5, 1), 24)] {
            let end = term_end(from, months).unwrap();
            assert_eq!(term_start(end, months), Some(from));
        }
    }

    #[test]
    fn easter_and_the_holidays_that_follow_it() {
        assert_eq!(easter(2024), Some(d(2024, 3, 31)));
        assert_eq!(easter(2025), Some(d(2025, 4, 20)));
        assert_eq!(easter(2026), Some(d(2026, 4, 5)));
        assert_eq!(easter(2038), Some(d(2038, 4, 25)));
        for holiday in [
            d(2026, 4, 3),   // långfredagen
            d(2026, 4, 6),   // annandag påsk
            d(2026, 5, 14),  // Kristi himmelsfärds dag
            d(2026, 6, 19),  // midsommarafton
            d(2026, 12, 24), // julafton
            d(2027, 1, 6),   // trettondedag jul
        ] {
            assert!(is_swedish_holiday(holiday), "{holiday}");
        }
        for working in [
            d(2026, 4, 7),
            d(2026, 6, 18),
            d(2026, 12, 23),
            d(2026, 6, 26),
        ] {
            assert!(!is_swedish_holiday(working), "{working}");
        }
    }

    #[test]
    fn holidays_in_a_year() {
        use Holiday::*;
        for (holiday, date) in [
            (ChristmasDay, d(2027, 12, 25)),
            (Epiphany, d(2028, 1, 6)),
            (GoodFriday, d(2026, 4, 3)),
            (Ascension, d(2026, 5, 14)),
            (Whitsunday, d(2026, 5, 24)),
            (MidsummerEve, d(2026, 6, 19)),
            (MidsummerDay, d(2027, 6, 26)),
            (AllSaintsDay, d(2026, 10, 31)),
            (AllSaintsDay, d(2027, 11, 6)),
        ] {
            assert_eq!(holiday.date(date.year()), Some(date), "{holiday:?}");
        }
    }

    #[test]
    fn the_next_working_day_skips_christmas_and_weekends() {
        assert_eq!(next_working_day(d(2026, 12, 24)), d(2026, 12, 28));
        assert_eq!(next_working_day(d(2026, 12, 31)), d(2027, 1, 4));
        assert_eq!(next_working_day(d(2026, 12, 3)), d(2026, 12, 3));
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
