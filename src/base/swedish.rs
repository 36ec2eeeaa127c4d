//! Swedish text conventions used when generating prose: dates, number words
//! and age ranges.

use chrono::{Datelike, NaiveDate};

/// An operating-system error in Swedish, with the system's own words
/// after it: "filen eller mappen finns inte (No such file or directory
/// (os error 2))".
pub fn io_error(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let what = match error.kind() {
        ErrorKind::NotFound => "filen eller mappen finns inte",
        ErrorKind::PermissionDenied => "åtkomst nekad",
        ErrorKind::AlreadyExists => "finns redan",
        ErrorKind::IsADirectory => "är en mapp, inte en fil",
        ErrorKind::NotADirectory => "en del av sökvägen är inte en mapp",
        ErrorKind::StorageFull => "disken är full",
        ErrorKind::ReadOnlyFilesystem => "filsystemet är skrivskyddat",
        ErrorKind::DirectoryNotEmpty => "mappen är inte tom",
        ErrorKind::InvalidData => "ogiltiga data",
        ErrorKind::Interrupted => "avbrutet",
        ErrorKind::FileTooLarge => "filen är för stor",
        ErrorKind::CrossesDevices => "kan inte flyttas mellan filsystem",
        _ => "in- eller utmatningsfel",
    };
    format!("{what} ({error})")
}

/// A count with its noun in the right number: `count(1, "ärende",
/// "ärenden")` is "1 ärende", `count(3, …)` "3 ärenden".
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// "1 januari 2024".
pub fn long_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

/// "2024-01-01".
pub fn iso_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The Swedish month names in lower case, January first. chrono's sv_SE
/// locale has the same names; a table avoids formatting through a locale on
/// the hot path and keeps output independent of it.
pub const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// Swedish month name in lower case, as written in running text.
pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month as usize).clamp(1, 12) - 1]
}

/// The month a Swedish month name (in any case) names, 1 to 12.
pub fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    MONTHS
        .iter()
        .position(|m| *m == lower)
        .map(|i| i as u32 + 1)
}

/// The Swedish weekday names in lower case, Monday first (ISO order).
pub const WEEKDAYS: [&str; 7] = [
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
];

/// The Swedish name of a weekday, in lower case.
pub fn weekday_name(day: chrono::Weekday) -> &'static str {
    WEEKDAYS[day.num_days_from_monday() as usize]
}

/// The weekday a Swedish weekday name (in any case) names.
pub fn weekday_number(name: &str) -> Option<chrono::Weekday> {
    let lower = name.to_lowercase();
    let index = WEEKDAYS.iter().position(|d| *d == lower)?;
    chrono::Weekday::try_from(index as u8).ok()
}

/// Number in words for counts in running text ("två år"). Swedish style
/// writes one to twelve in words and larger numbers in digits.
pub fn number_word(n: u32) -> String {
    const WORDS: [&str; 13] = [
        "noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva",
        "tolv",
    ];
    WORDS
        .get(n as usize)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// Words a number is printed together with: a line may not break between
/// "185 000" and "kronor", or inside "185 000".
const UNITS: &[&str] = &[
    "kr",
    "kronor",
    "tkr",
    "mnkr",
    "mkr",
    "miljoner",
    "miljarder",
    "procent",
    "st",
    "år",
    "månader",
    "månad",
    "veckor",
    "vecka",
    "dagar",
    "dag",
    "timmar",
    "timme",
    "minuter",
    "kvm",
    "km",
    "m",
];

/// `text` in lower case, borrowed when lower-casing changes nothing (most
/// words of a paper): the same string as `str::to_lowercase` without its
/// allocation.
pub fn lowercase(text: &str) -> std::borrow::Cow<'_, str> {
    let unchanged = |c: char| {
        if c.is_ascii() {
            return !c.is_ascii_uppercase();
        }
        let mut lower = c.to_lowercase();
        lower.next() == Some(c) && lower.next().is_none()
    };
    let ascii_lower = |b: u8| b.is_ascii() && !b.is_ascii_uppercase();
    if text.bytes().all(ascii_lower) || text.chars().all(unchanged) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.to_lowercase())
    }
}

/// Whether two nouns in their base form name one kind of thing: the same
/// word, or a compound and its head ("enkelresa" and "resa", "hemtjänsttimme"
/// and "timme"). Swedish compounds put the head last; a head of fewer than
/// four letters is too short to tell ("tur" in "retur").
pub fn same_head(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long || (short.chars().count() >= 4 && long.ends_with(short))
}

/// A no-break space where Swedish typography forbids a line break: between
/// digit groups ("185 000"), between a number and its unit ("000 kronor",
/// "12 %", "1 januari": month names count as units) and after "§" ("§ 4"). Other spaces are kept.
pub fn bind_numbers(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let binds = |i: usize| {
        let before = text[..i].chars().next_back();
        let after = &text[i + 1..];
        match before {
            Some('§') => after.starts_with(|c: char| c.is_ascii_digit()),
            Some(c) if c.is_ascii_digit() => digit_group(after) || unit_follows(after),
            _ => false,
        }
    };
    let spaces: Vec<usize> = bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b' ' && binds(i))
        .map(|(i, _)| i)
        .collect();
    if spaces.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + spaces.len());
    let mut from = 0;
    for at in spaces {
        out.push_str(&text[from..at]);
        out.push('\u{a0}');
        from = at + 1;
    }
    out.push_str(&text[from..]);
    std::borrow::Cow::Owned(out)
}

/// Exactly three digits and then no digit: a thousands group.
fn digit_group(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    digits == 3
}

fn unit_follows(text: &str) -> bool {
    if text.starts_with('%') {
        return true;
    }
    let word_end = text
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(i, _)| i);
    let word = &text[..word_end];
    word_end > 0 && (UNITS.contains(&word) || (1..=12).any(|m| month_name(m) == word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_is_to_lowercase_and_borrows_what_it_need_not_change() {
        for text in [
            "avtalet",
            "Avtalet",
            "ÅÄÖ åäö",
            "19,35",
            "§",
            "ǅemal",
            "ΟΔΟΣ",
            "İstanbul",
            "straße",
            "",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
        assert!(matches!(
            lowercase("hyreskostnad"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert!(matches!(lowercase("åldern"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn numbers_and_units_do_not_break() {
        assert_eq!(
            bind_numbers("kostar 185 000 kronor, 12 % mer"),
            "kostar 185\u{a0}000\u{a0}kronor, 12\u{a0}% mer"
        );
        assert_eq!(
            bind_numbers("den 1 januari 2024, § 4"),
            "den 1\u{a0}januari 2024, §\u{a0}4"
        );
        // A year and a four-digit number, or a number and an ordinary word,
        // may break.
        assert_eq!(bind_numbers("år 2024 2025 barn"), "år 2024 2025 barn");
        assert_eq!(bind_numbers("inga siffror"), "inga siffror");
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn long_dates_match_chrono_swedish_locale() {
        for m in 1..=12 {
            let date = d(2024, m, 1);
            let chrono = date
                .format_localized("%-d %B %Y", chrono::Locale::sv_SE)
                .to_string();
            assert_eq!(long_date(date), chrono);
        }
        assert_eq!(long_date(d(2025, 12, 31)), "31 december 2025");
    }

    #[test]
    fn iso() {
        assert_eq!(iso_date(d(2024, 3, 1)), "2024-03-01");
    }

    #[test]
    fn numbers_in_words_up_to_twelve() {
        assert_eq!(number_word(1), "ett");
        assert_eq!(number_word(2), "två");
        assert_eq!(number_word(12), "tolv");
        assert_eq!(number_word(13), "13");
    }
}

#[cfg(test)]
mod head_tests {
    use super::same_head;

    #[test]
    fn a_compound_and_its_head() {
        assert!(same_head("enkelresa", "resa"));
        assert!(same_head("resa", "enkelresa"));
        assert!(same_head("portion", "portion"));
        assert!(!same_head("retur", "tur"));
        assert!(!same_head("resa", "timme"));
    }
}

#[cfg(test)]
mod count_tests {
    use super::{count, io_error};

    #[test]
    fn os_errors_are_said_in_swedish_with_the_original_as_detail() {
        let missing = std::fs::read("/finns/inte").unwrap_err();
        let text = io_error(&missing);
        assert!(
            text.starts_with("filen eller mappen finns inte ("),
            "{text}"
        );
        assert!(text.contains("os error 2"), "{text}");
    }

    #[test]
    fn one_is_singular_everything_else_plural() {
        assert_eq!(count(1, "ärende", "ärenden"), "1 ärende");
        assert_eq!(count(0, "ärende", "ärenden"), "0 ärenden");
        assert_eq!(count(2, "fil", "filer"), "2 filer");
    }
}

/// The zero of every block of ten decimal digits (Unicode category Nd)
/// outside ASCII: Arabic-Indic, Devanagari, Thai, fullwidth, mathematical …
const DIGIT_ZEROS: [u32; 64] = [
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950,
];

/// The value of a decimal digit of any script ('٣' and '３' are 3); None
/// for anything else, also for numbers that are no digits ('½', '²').
pub fn decimal_digit(c: char) -> Option<u8> {
    if let Some(d) = c.to_digit(10) {
        return u8::try_from(d).ok();
    }
    let code = u32::from(c);
    let zero = DIGIT_ZEROS.partition_point(|&z| z <= code).checked_sub(1)?;
    let offset = code - DIGIT_ZEROS[zero];
    (offset < 10).then_some(offset as u8)
}

#[cfg(test)]
mod digit_tests {
    use super::decimal_digit;

    #[test]
    fn digits_of_every_script_and_nothing_else() {
        for (c, d) in [
            ('7', 7),
            ('٣', 3),
            ('۵', 5),
            ('३', 3),
            ('๙', 9),
            ('３', 3),
            ('𝟘', 0),
            ('𝟿', 9),
        ] {
            assert_eq!(decimal_digit(c), Some(d), "{c}");
        }
        for c in ['½', '²', 'Ⅳ', 'a', '\u{066A}'] {
            assert_eq!(decimal_digit(c), None, "{c}");
        }
    }
}
