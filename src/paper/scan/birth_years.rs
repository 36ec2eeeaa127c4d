//! An age group told by its years of birth: "barn födda 2012–2021",
//! "ungdomar födda 2008 till 2010", "elever födda år 2015–2017".
//!
//! Read by the participle ("född", "födda") before a year or a span of
//! years. Which ages the years are depends on the year the group is for,
//! which the scan does not know: the rules turn them into ages (A201 with
//! the paper's year).

use super::patterns::only_if;
use super::plain::{Plain, tuned};
use std::sync::LazyLock;

use super::Span;
use super::ages::{AgeMention, mention};

/// Years of birth that name an age group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BirthYears {
    /// From "födda" to the last year.
    pub span: Span,
    /// The earliest year of birth (the oldest).
    pub first: i32,
    /// The latest year of birth (the youngest).
    pub last: i32,
    /// The group the years qualify, as an age range would: its words
    /// before, whether it is part of a larger group, the words after.
    pub group: AgeMention,
}

impl BirthYears {
    /// The ages the group turns in `year`: born 2012–2021, in 2027 they turn
    /// 6–15. Ages that are no age (born after the year) are none.
    pub fn ages_turned_in(&self, year: i32) -> Option<AgeMention> {
        let youngest = u32::try_from(year.checked_sub(self.last)?).ok()?;
        let oldest = u32::try_from(year.checked_sub(self.first)?).ok()?;
        Some(AgeMention {
            from: youngest,
            to: Some(oldest),
            ..self.group.clone()
        })
    }
}

/// "född"/"födda", perhaps "år", a year, and perhaps a second year after a
/// dash, "till (och med)" or "och". Few papers tell ages so: BIRTH_YEARS is
/// compiled where first used.
static BIRTH_YEARS: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)\bfödda?\s+(?:år\s+)?((?:19|20)\d{2})(?:\s*(?:[-–—]|till\s+och\s+med|till|t\.\s?o\.\s?m\.?|och)\s*((?:19|20)\d{2}))?\b",
    )
});

pub(super) fn find_birth_years(text: &str) -> Vec<BirthYears> {
    // Every such group is "född…" ("föd" as any writer capitalises it): a
    // text without it is not searched (see `only_if`).
    let born = ["föd", "Föd", "FÖD"].iter().any(|w| text.contains(w));
    BIRTH_YEARS
        .captures_iter(only_if(born, text, &BIRTH_YEARS))
        .filter_map(|c| {
            let first: i32 = c.get(1)?.as_str().parse().ok()?;
            let last: i32 = c.get(2).map_or(Some(first), |y| y.as_str().parse().ok())?;
            let span = c.get(0)?.range();
            Some(BirthYears {
                first: first.min(last),
                last: first.max(last),
                group: mention(text, span.clone(), 0, None),
                span,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn groups_told_by_their_years_of_birth() {
        let found: Vec<(i32, i32, String)> = scan(
            "Öppet för alla barn födda 2012–2021. Ungdomar födda år 2008 till 2010 får feriearbete. Elever Födda 2015 och 2016.",
        )
        .birth_years
        .into_iter()
        .map(|b| (b.first, b.last, b.group.phrase))
        .collect();
        assert_eq!(
            found,
            [
                (2012, 2021, "öppet för alla barn".to_owned()),
                (2008, 2010, "ungdomar".to_owned()),
                (2015, 2016, "elever".to_owned()),
            ]
        );
    }

    #[test]
    fn the_ages_a_group_turns_in_a_year() {
        let years = &scan("alla barn födda 2012–2021").birth_years[0];
        let ages = years.ages_turned_in(2027).expect("ages");
        assert_eq!((ages.from, ages.to), (6, Some(15)));
        assert!(years.ages_turned_in(2011).is_none());
    }
}
