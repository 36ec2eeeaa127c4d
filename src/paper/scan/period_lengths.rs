//! A period told with its length in weeks or days beside it: "Höstterminen
//! pågår från den 23 augusti till den 17 december 2027, 17 veckor",
//! "Samråd hölls under tre veckor, från den 3 maj till den 24 maj 2027",
//! "tio dagar (1–10 maj 2027)". Lengths in months and years are
//! [`super::durations`]'; a week or a day is read here, where a period
//! stands right beside it.

use chrono::NaiveDate;

use super::Span;
use super::durations::number_value;
use super::periods::PeriodMention;

/// A length in weeks or days and the period it is told of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodLength {
    /// The length: "17 veckor", "tre veckor".
    pub span: Span,
    pub count: u32,
    pub unit: LengthUnit,
    pub period: Span,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LengthUnit {
    Weeks,
    Days,
}

/// The words that join a period to a length after it.
const AFTER_A_PERIOD: [&str; 7] = [
    ", ",
    " (",
    ", alltså ",
    ", det vill säga ",
    ", dvs. ",
    ", totalt ",
    ", sammanlagt ",
];

/// How far before a period a length told before it may start ("under tre
/// veckor, ").
const REACH_BEFORE: usize = 40;

pub(super) fn find_period_lengths(text: &str, periods: &[PeriodMention]) -> Vec<PeriodLength> {
    periods
        .iter()
        .filter(|p| !p.whole_years && p.from <= p.to)
        .filter_map(|p| length_after(text, p).or_else(|| length_before(text, p)))
        .collect()
}

/// "… till den 17 december 2027, 17 veckor." The length must end its
/// phrase: "…, 17 veckor per termin" is a rate.
fn length_after(text: &str, period: &PeriodMention) -> Option<PeriodLength> {
    let rest = &text[period.span.end..];
    // Each joiner that begins the rest: ", " begins ", dvs. " too.
    let (start, (count, unit, end)) = AFTER_A_PERIOD
        .iter()
        .filter(|j| rest.starts_with(*j))
        .find_map(|joiner| {
            let start = period.span.end + joiner.len();
            Some((start, length_at(text, start)?))
        })?;
    let closes = text[end..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';' | ')' | '\n'));
    closes.then(|| told(period, start..end, count, unit))
}

/// "under tre veckor, från den 3 maj till den 24 maj 2027", "tio dagar
/// (1–10 maj 2027)": the length, then only punctuation or "under
/// perioden" before the period.
fn length_before(text: &str, period: &PeriodMention) -> Option<PeriodLength> {
    let from = crate::paper::scan::floor_char_boundary(
        text,
        period.span.start.saturating_sub(REACH_BEFORE),
    );
    let before = &text[from..period.span.start];
    let mut words: Vec<(usize, &str)> = before
        .split(' ')
        .scan(from, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        // The window may start inside a word ("21" read as "1").
        .skip(usize::from(cut_inside_a_word(text, from)))
        .collect();
    // The joining words, from the period back to the unit.
    while let Some(&(_, w)) = words.last() {
        let bare = w.trim_matches([',', '(', ':', '–', '-']);
        if bare.is_empty() || matches!(bare, "under" | "perioden" | "tiden") && words.len() > 2 {
            words.pop();
        } else {
            break;
        }
    }
    let &[.., (number_at, _), (_, unit_word)] = words.as_slice() else {
        return None;
    };
    // "tre perioder om tre veckor mellan den 14 juni och …": the length of
    // each part, not of the period.
    let before_number = words.len().checked_sub(3).map(|k| words[k].1);
    if before_number.is_some_and(|w| matches!(w, "om" | "à" | "á" | "per" | "varje" | "av")) {
        return None;
    }
    let unit_word = unit_word.trim_end_matches([',', '(', ':']);
    let (count, unit, end) = length_at(text, number_at)?;
    (text[number_at..end].ends_with(unit_word)).then(|| told(period, number_at..end, count, unit))
}

/// Whether `at` is inside a word: a look-back window starting there cut it.
fn cut_inside_a_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace())
}

/// A number and a unit of weeks or days starting at `at`: the count, the
/// unit and where the unit ends.
fn length_at(text: &str, at: usize) -> Option<(u32, LengthUnit, usize)> {
    let rest = &text[at..];
    let (number, after) = rest.split_once(' ')?;
    let count = number_value(number).filter(|&n| n > 0)?;
    let unit_word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    let unit = match unit_word.as_str() {
        "vecka" | "veckor" => LengthUnit::Weeks,
        "dag" | "dagar" => LengthUnit::Days,
        _ => return None,
    };
    Some((count, unit, at + number.len() + 1 + unit_word.len()))
}

fn told(period: &PeriodMention, span: Span, count: u32, unit: LengthUnit) -> PeriodLength {
    PeriodLength {
        span,
        count,
        unit,
        period: period.span.clone(),
        from: period.from,
        to: period.to,
    }
}

impl PeriodLength {
    /// Whether the told length may be the period's: days counted with or
    /// without the last; weeks from the whole weeks between the days to
    /// the calendar weeks the period touches ("23 augusti–17 december",
    /// 116 days, is 16 or 17 weeks).
    pub fn fits(&self) -> bool {
        let days = (self.to - self.from).num_days();
        let count = i64::from(self.count);
        match self.unit {
            LengthUnit::Days => count == days || count == days + 1,
            LengthUnit::Weeks => self.weeks().contains(&count),
        }
    }

    /// The week counts the period's days may be told as: whole weeks
    /// between its days up to the calendar weeks it touches.
    pub fn weeks(&self) -> std::ops::RangeInclusive<i64> {
        let days = (self.to - self.from).num_days();
        let monday = |d: NaiveDate| {
            d - chrono::Duration::days(i64::from(
                chrono::Datelike::weekday(&d).num_days_from_monday(),
            ))
        };
        let touched = (monday(self.to) - monday(self.from)).num_days() / 7 + 1;
        days / 7..=touched.max((days + 1 + 6) / 7)
    }
}

#[cfg(test)]
mod tests {
    /// Each length as (count, fits).
    fn read(text: &str) -> Vec<(u32, bool)> {
        crate::paper::scan::scan(text)
            .period_lengths
            .iter()
            .map(|l| (l.count, l.fits()))
            .collect()
    }

    #[test]
    fn a_length_after_its_period() {
        let text = "Höstterminen pågår från den 23 augusti till den 17 december 2027, 17 veckor.";
        assert_eq!(read(text), [(17, true)]);
        assert_eq!(read(&text.replace("17 veckor", "14 veckor")), [(14, false)]);
        assert_eq!(
            read(&text.replace("17 december", "19 november")),
            [(17, false)]
        );
        assert_eq!(
            read("Lägret pågår 1–10 juli 2027, tio dagar."),
            [(10, true)]
        );
        // A joiner longer than the comma.
        let told = "Aktiviteterna pågår från måndagen den 28 juni till fredagen den 13 augusti 2027, dvs. sju veckor.";
        assert_eq!(read(told), [(7, true)]);
        assert_eq!(
            read(&told.replace("13 augusti", "27 augusti")),
            [(7, false)]
        );
        assert_eq!(
            read(&told.replace("sju veckor", "fem veckor")),
            [(5, false)]
        );
    }

    #[test]
    fn a_length_before_its_period() {
        let text = "Samråd hölls under tre veckor, från den 3 maj till den 24 maj 2027.";
        assert_eq!(read(text), [(3, true)]);
        assert_eq!(
            read(&text.replace("tre veckor", "fem veckor")),
            [(5, false)]
        );
        assert_eq!(
            read("Granskningen pågår i två veckor (4–18 oktober 2027)."),
            [(2, true)]
        );
    }

    #[test]
    fn a_rate_or_a_length_apart_is_no_periods_length() {
        assert!(read("Kursen pågår 1 juni–31 augusti 2027, 6 veckor per deltagare.").is_empty());
        assert!(read("Det tar 14 dagar. Perioden är 1 juni–31 augusti 2027.").is_empty());
        assert!(read("Kursen pågår 1 juni–31 augusti 2027, 6 veckors kurs.").is_empty());
        let rounds = "Feriearbetet pågår i tre perioder om tre veckor mellan den 14 juni och den 13 augusti 2027.";
        assert!(read(rounds).is_empty());
        // A number the look-back cuts ("121" read as "21") is not read.
        let cut = format!(
            "pågick 121 veckor,{}från den 3 maj 2025 till den 27 augusti 2027.",
            " ".repeat(30)
        );
        assert!(read(&cut).is_empty());
    }
}
