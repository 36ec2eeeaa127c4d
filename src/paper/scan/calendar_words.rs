//! Words of the calendar told right beside a date: a week number
//! ("fredagen den 24 december (vecka 51)", "från måndagen den 30 augusti
//! till och med fredagen den 10 september 2027, dvs. under vecka 35 och
//! 36", "vecka 51 (20–26 december)") and a named holiday ("juldagen,
//! lördagen den 25 december", "den 24 december (julafton)").
//!
//! A word is tied to a date only by what stands between them: brackets, a
//! comma, "dvs."/"alltså" and "under"/"i" before weeks, a weekday and "den"
//! before a holiday's day, brackets after it. "Hämtningen på juldagen flyttas till måndagen
//! den 27 december" ties nothing; neither does "dagen före julafton, den 23
//! december" (the day is another's).

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

use super::dates::DateMention;
use super::periods::PeriodMention;
use super::weekdays::DayMonth;
use super::{Plain, Span, floor_char_boundary, tuned};
use crate::base::calendar::Holiday;
use crate::base::swedish::lowercase;

/// A day of a month, with its year when the text gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub day: u32,
    pub month: u32,
    pub year: Option<i32>,
}

impl Day {
    fn of(date: NaiveDate) -> Day {
        Day {
            day: date.day(),
            month: date.month(),
            year: Some(date.year()),
        }
    }

    /// The years the day may be in, in a paper of `paper`'s date: its own
    /// when written; else the paper's year, and the next when the month is
    /// well before the paper's ("den 6 januari" in a paper of November), or
    /// the one before when well after it ("den 20 december" in a paper of
    /// February). None when neither is known.
    pub fn years_to_try(self, paper: Option<NaiveDate>) -> Vec<i32> {
        match (self.year, paper) {
            (Some(year), _) => vec![year],
            (None, Some(paper)) => {
                let year = paper.year();
                match self.month as i32 - paper.month() as i32 {
                    ..=-6 => vec![year, year + 1],
                    6.. => vec![year, year - 1],
                    _ => vec![year],
                }
            }
            (None, None) => Vec::new(),
        }
    }

    /// The date in its own year, or else in `year`.
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year.unwrap_or(year), self.month, self.day)
    }
}

/// A date or a period as the text writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    pub span: Span,
    pub first: Day,
    /// The period's last day; the date itself for one day.
    pub last: Day,
}

impl Dated {
    pub fn is_period(&self) -> bool {
        self.first != self.last
    }
}

/// Weeks told for a date or a period: "(vecka 51)", "vecka 35 och 36".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekNumber {
    /// "vecka 35 och 36".
    pub span: Span,
    pub first: u32,
    pub last: u32,
    pub dated: Dated,
}

/// A holiday named with its date: "juldagen, lördagen den 25 december".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidayDate {
    /// "juldagen".
    pub span: Span,
    pub holiday: Holiday,
    pub dated: Dated,
}

/// Few papers number their weeks or name holidays: WEEKS, WEEKS_AFTER,
/// HOLIDAYS and HOLIDAY_THEN_DAY are compiled where first used, and only
/// for a text with a word they may match. "v." only with its dot ("V 12"
/// may be a party and a count).
static WEEKS: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)\b(?:vecka|veckorna|v\.)\s?(\d{1,2})(?:(?:\s*,\s*\d{1,2})*\s*(?:[–—−-]|och|till|t\.o\.m\.)\s*(\d{1,2}))?\b",
    )
});

/// What ties weeks to the date or period right before them.
static WEEKS_AFTER: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)(?:\(\s*|,\s*(?:(?:dvs\.?|d\.v\.s\.?|det\s+vill\s+säga|alltså)\s+)?(?:under\s+|i\s+)?)$",
    )
});

/// A holiday's name, its definite form too ("juldag", "juldagen").
static HOLIDAYS: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)\b(?:nyårsdag(?:en)?|trettonde?dag(?:en)?(?:\s+jul)?|skärtorsdag(?:en)?|långfredag(?:en)?|påskafton|påskdag(?:en)?|annandag(?:en)?\s+påsk|valborgsmässoafton|kristi\s+himmels?färds?\s?dag(?:en)?|pingstafton|pingstdag(?:en)?|nationaldag(?:en)?|midsommarafton|midsommardag(?:en)?|alla\s+helgons\s+(?:dag|afton)|allhelgonadag(?:en)?|julafton|juldag(?:en)?|annandag(?:en)?\s+jul|nyårsafton)\b",
    )
});

/// The holidays' names without their first letter, which may be a capital:
/// a text with none of them names no holiday.
const HOLIDAY_STEMS: [&str; 16] = [
    "yårsdag",
    "yårsafton",
    "rettond",
    "kärtorsdag",
    "ångfredag",
    "åskafton",
    "åskdag",
    "nnandag",
    "alborg",
    "imme",
    "ingst",
    "ationaldag",
    "idsommar",
    "elgon",
    "ulafton",
    "uldag",
];

/// What may stand between a holiday and its day: "juldagen, lördagen den 25".
static HOLIDAY_THEN_DAY: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)^\s*,?\s*(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s*,?\s+)?(?:den\s+)?",
    )
});

/// Words before a holiday that make the day another's: "dagen före
/// julafton, den 23 december", "veckan efter påskdagen".
const NOT_THE_DAY: [&str; 14] = [
    "före", "efter", "innan", "inför", "dagen", "dagarna", "veckan", "helgen", "kring", "runt",
    "omkring", "sedan", "mellan", "inpå",
];

/// The most read in one text: a paper has a few.
const MAX_READ: usize = 200;

/// How far back a tie is looked for, in bytes.
const TIE_REACH: usize = 40;

/// Every date and period, sorted by where they end; a period before a
/// date that ends where it does (the period's last day).
fn dated_things(
    periods: &[PeriodMention],
    dates: &[DateMention],
    day_months: &[DayMonth],
) -> Vec<Dated> {
    let mut all: Vec<Dated> = periods
        .iter()
        .map(|p| Dated {
            span: p.span.clone(),
            first: Day::of(p.from),
            last: Day::of(p.to),
        })
        .collect();
    let one = |span: Span, day: Day| Dated {
        span,
        first: day,
        last: day,
    };
    all.extend(
        dates
            .iter()
            .filter_map(|d| Some(one(d.span.clone(), Day::of(*d.date.as_ref().ok()?)))),
    );
    all.extend(day_months.iter().map(|d| {
        let day = Day {
            day: d.day,
            month: d.month,
            year: d.year,
        };
        one(d.span.clone(), day)
    }));
    all.sort_by_key(|d| (d.span.end, std::cmp::Reverse(d.span.len())));
    all
}

/// The date or period that ends at `end`, the longest.
fn ending_at(dated: &[Dated], end: usize) -> Option<&Dated> {
    let i = dated.partition_point(|d| d.span.end < end);
    dated.get(i).filter(|d| d.span.end == end)
}

/// How long a date or period in brackets may be, in bytes.
const DATED_REACH: usize = 96;

/// The dates and periods that start at `start`: found among those ending
/// a little after it, as the list is sorted by ends.
fn starting_at(dated: &[Dated], start: usize) -> impl Iterator<Item = &Dated> {
    let from = dated.partition_point(|d| d.span.end <= start);
    dated[from..]
        .iter()
        .take_while(move |d| d.span.end <= start + DATED_REACH)
        .filter(move |d| d.span.start == start)
}

/// The one day that starts at `start` (a period starting there is no one
/// day).
fn date_starting_at(dated: &[Dated], start: usize) -> Option<&Dated> {
    if starting_at(dated, start).any(Dated::is_period) {
        return None;
    }
    starting_at(dated, start).next()
}

pub(super) fn find_week_numbers(
    text: &str,
    periods: &[PeriodMention],
    dates: &[DateMention],
    day_months: &[DayMonth],
) -> Vec<WeekNumber> {
    if !(text.contains("ecka") || text.contains("eckorna") || text.contains("v.")) {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut dated: Option<Vec<Dated>> = None;
    for c in WEEKS.captures_iter(text).take(MAX_READ) {
        let (Some(whole), Some(first)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let Ok(first) = first.as_str().parse::<u32>() else {
            continue;
        };
        let last = c
            .get(2)
            .and_then(|l| l.as_str().parse().ok())
            .unwrap_or(first);
        if !(1..=53).contains(&first) || !(1..=53).contains(&last) {
            continue;
        }
        let dated = dated.get_or_insert_with(|| dated_things(periods, dates, day_months));
        if let Some(thing) = dated_for_weeks(text, whole.range(), dated) {
            found.push(WeekNumber {
                span: whole.range(),
                first,
                last,
                dated: thing.clone(),
            });
        }
    }
    found
}

/// The date or period weeks are told for: the one right before them
/// ("…den 24 december (vecka 51)", "…2027, dvs. under vecka 35 och 36"),
/// or one in brackets right after ("vecka 51 (20–26 december)").
fn dated_for_weeks<'d>(text: &str, weeks: Span, dated: &'d [Dated]) -> Option<&'d Dated> {
    let window = floor_char_boundary(text, weeks.start.saturating_sub(TIE_REACH));
    if let Some(tie) = WEEKS_AFTER.find(&text[window..weeks.start]) {
        let bracket = tie.as_str().starts_with('(');
        let closed = !bracket || text[weeks.end..].trim_start().starts_with(')');
        let end = window + tie.start();
        let end = window + text[window..end].trim_end().len();
        if closed && let Some(thing) = ending_at(dated, end) {
            return Some(thing);
        }
    }
    let after = &text[weeks.end..];
    let inside = after.trim_start().strip_prefix('(')?;
    let inside_trimmed = inside.trim_start();
    let inside_trimmed = inside_trimmed
        .strip_prefix("den ")
        .unwrap_or(inside_trimmed);
    let inner = text.len() - inside_trimmed.len();
    starting_at(dated, inner)
        .filter(|d| text[d.span.end..].trim_start().starts_with(')'))
        .max_by_key(|d| d.span.len())
}

pub(super) fn find_holiday_dates(
    text: &str,
    periods: &[PeriodMention],
    dates: &[DateMention],
    day_months: &[DayMonth],
) -> Vec<HolidayDate> {
    if !HOLIDAY_STEMS.iter().any(|w| text.contains(w)) {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut dated: Option<Vec<Dated>> = None;
    for m in HOLIDAYS.find_iter(text).take(MAX_READ) {
        let Some(holiday) = holiday_named(m.as_str()) else {
            continue;
        };
        let dated = dated.get_or_insert_with(|| dated_things(periods, dates, day_months));
        if let Some(thing) = dated_for_holiday(text, m.range(), dated) {
            found.push(HolidayDate {
                span: m.range(),
                holiday,
                dated: thing.clone(),
            });
        }
    }
    found
}

/// The day a holiday is named with: right after it ("juldagen, lördagen
/// den 25 december"), or right before it in brackets ("den 24 december
/// (julafton)").
fn dated_for_holiday<'d>(text: &str, name: Span, dated: &'d [Dated]) -> Option<&'d Dated> {
    let before = &text[floor_char_boundary(text, name.start.saturating_sub(TIE_REACH))..name.start];
    let word_before = before
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .map(lowercase);
    let other_day = word_before
        .as_deref()
        .is_some_and(|w| NOT_THE_DAY.contains(&w));
    let after = &text[name.end..];
    let near = &after[..floor_char_boundary(after, TIE_REACH.min(after.len()))];
    if !other_day
        && let Some(gap) = HOLIDAY_THEN_DAY.find(near)
        && let Some(thing) = date_starting_at(dated, name.end + gap.end())
    {
        return Some(thing);
    }
    // Between commas a holiday may be an item of a list of days ("23
    // december, julafton, juldagen och 31 december"): only brackets tie.
    let trimmed = before.trim_end();
    if !trimmed.ends_with('(') {
        return None;
    }
    let closed = after.trim_start().starts_with(')');
    let end = name.start - (before.len() - trimmed.len()) - 1;
    let end = end - (text[..end].len() - text[..end].trim_end().len());
    ending_at(dated, end).filter(|d| closed && !d.is_period())
}

/// The holiday a name (any case, either form) stands for.
fn holiday_named(name: &str) -> Option<Holiday> {
    use Holiday::*;
    let name = lowercase(name);
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words.first()?.trim_end_matches("en");
    let stem = |s: &str| first.starts_with(s);
    let last = words.last().copied().unwrap_or_default();
    Some(match () {
        _ if stem("nyårsdag") => NewYearsDay,
        _ if stem("trettond") => Epiphany,
        _ if stem("skärtorsdag") => MaundyThursday,
        _ if stem("långfredag") => GoodFriday,
        _ if stem("påskafton") => EasterEve,
        _ if stem("påskdag") => EasterDay,
        _ if stem("annandag") && last == "påsk" => EasterMonday,
        _ if stem("annandag") && last == "jul" => BoxingDay,
        _ if stem("valborg") => Walpurgis,
        _ if stem("kristi") => Ascension,
        _ if stem("pingstafton") => WhitsunEve,
        _ if stem("pingstdag") => Whitsunday,
        _ if stem("nationaldag") => NationalDay,
        _ if stem("midsommarafton") => MidsummerEve,
        _ if stem("midsommardag") => MidsummerDay,
        _ if stem("alla") && last == "afton" => AllSaintsEve,
        _ if stem("alla") || stem("allhelgona") => AllSaintsDay,
        _ if stem("julafton") => ChristmasEve,
        _ if stem("juldag") => ChristmasDay,
        _ if stem("nyårsafton") => NewYearsEve,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::base::calendar::Holiday;
    use crate::paper::scan::scan;

    fn weeks(text: &str) -> Vec<(u32, u32, &str)> {
        scan(text)
            .week_numbers
            .iter()
            .map(|w| (w.first, w.last, &text[w.dated.span.clone()]))
            .collect()
    }

    fn holidays(text: &str) -> Vec<(Holiday, &str)> {
        scan(text)
            .holiday_dates
            .iter()
            .map(|h| (h.holiday, &text[h.dated.span.clone()]))
            .collect()
    }

    #[test]
    fn weeks_told_with_a_date_or_a_period() {
        assert_eq!(
            weeks("Hämtningen fredagen den 24 december (vecka 51) flyttas."),
            [(51, 51, "24 december")]
        );
        assert_eq!(
            weeks(
                "Röstningen pågår från måndagen den 30 augusti till och med fredagen den 10 september 2027, dvs. under vecka 35 och 36."
            ),
            [(
                35,
                36,
                "från måndagen den 30 augusti till och med fredagen den 10 september 2027"
            )]
        );
        assert_eq!(
            weeks("Biblioteket är stängt vecka 52 (27–31 december 2027)."),
            [(52, 52, "27–31 december 2027")]
        );
        assert_eq!(
            weeks("Mötet är den 3 mars 2027, v. 9, i stadshuset."),
            [(9, 9, "3 mars 2027")]
        );
    }

    #[test]
    fn weeks_not_tied_to_a_date() {
        for text in [
            "Den 24 december stänger biblioteket och vecka 52 är det stängt.",
            "Under vecka 35 och 36 pågår förtidsröstningen.",
            "Den 24 december (vecka 51 enligt planen, men det kan ändras) flyttas hämtningen.",
            "V 12 röster mot 3.",
        ] {
            assert!(weeks(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn holidays_named_with_their_day() {
        use Holiday::*;
        assert_eq!(
            holidays(
                "Juldagen, lördagen den 25 december 2027, och nyårsdagen, lördagen den 1 januari 2028, sker ingen hämtning."
            ),
            [
                (ChristmasDay, "25 december 2027"),
                (NewYearsDay, "1 januari 2028")
            ]
        );
        assert_eq!(
            holidays("Biblioteket stänger kl. 12 den 24 december (julafton)."),
            [(ChristmasEve, "24 december")]
        );
        assert_eq!(
            holidays("Trettondedag jul, torsdagen den 6 januari 2028, är kontoret stängt."),
            [(Epiphany, "6 januari 2028")]
        );
        assert_eq!(
            holidays("Midsommarafton den 25 juni 2027 är stängt."),
            [(MidsummerEve, "25 juni 2027")]
        );
    }

    #[test]
    fn holidays_whose_day_is_another() {
        for text in [
            "Dagen före julafton, den 23 december, är öppet.",
            "Hämtningen på juldagen flyttas till måndagen den 27 december.",
            "Julafton och juldagen den 24–25 december är stängt.",
            "Veckan efter påskdagen, den 6 april, börjar kursen.",
            "Stängt: 23 december, julafton, juldagen och 31 december.",
        ] {
            assert!(holidays(text).is_empty(), "{text}");
        }
    }
}
