//! Officialese (myndighetsord): stiff words with a plainer alternative, as
//! klarspråk and språklagen (2009:600) ask of public bodies.

use super::plain::{Plain, plain};
use std::ops::Range;
use std::sync::LazyLock;

/// (word forms, plainer alternative).
const WORDS: &[(&str, &str)] = &[
    ("föreligger|föreligga|förelåg|förelegat", "finns"),
    ("erhålla|erhåller|erhöll|erhållit|erhållits|erhålls", "få"),
    ("tillse|tillser|tillsett", "se till"),
    ("varvid", "och då"),
    ("därvid", "då"),
    ("inkomma|inkommer|inkommit|inkomna", "komma in, skicka in"),
    (
        "erforderlig|erforderliga|erforderligt",
        "nödvändig, som behövs",
    ),
    ("torde", "bör, kan"),
    ("icke", "inte"),
    ("emedan", "eftersom"),
    ("huruvida", "om"),
    ("därest", "om"),
    ("åligger|åligga|ålåg", "ska, är skyldig att"),
    (
        "tillhandahålla|tillhandahåller|tillhandahållit",
        "ge, erbjuda",
    ),
    ("delgiva|delge|delges", "meddela"),
    ("beträffande", "om, när det gäller"),
    ("innevarande", "detta, nuvarande"),
];

static PATTERN: LazyLock<Plain> = LazyLock::new(|| {
    let alternatives: Vec<&str> = WORDS.iter().map(|(forms, _)| *forms).collect();
    // Words may start with å (åligger): consume a non-letter instead of a
    // Unicode \b, which the regex crate runs slowly on Swedish text.
    let not_letter = super::NOT_LETTER;
    plain(&format!(r"(?i){not_letter}({})\b", alternatives.join("|")))
});

/// Every officialese word in `text`: its span and the plainer alternative.
pub fn find_officialese(text: &str) -> impl Iterator<Item = (Range<usize>, &'static str)> + '_ {
    PATTERN
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .filter_map(|m| {
            let lower = m.as_str().to_lowercase();
            let (_, plain) = WORDS
                .iter()
                .find(|(forms, _)| forms.split('|').any(|f| f == lower))?;
            Some((m.range(), *plain))
        })
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    PATTERN.compile_now();
}
