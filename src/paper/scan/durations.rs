//! Durations: "två år", "ytterligare två år", "24 månader".

use std::sync::LazyLock;

use regex::Regex;

use super::{NOT_LETTER, Span, regex};

/// "två år", "ytterligare två år", "24 månader".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DurationMention {
    pub span: Span,
    pub months: u32,
    /// Introduced by "ytterligare".
    pub additional: bool,
}

const NUMBER_WORDS: [(&str, u32); 13] = [
    ("ett", 1),
    ("en", 1),
    ("två", 2),
    ("tre", 3),
    ("fyra", 4),
    ("fem", 5),
    ("sex", 6),
    ("sju", 7),
    ("åtta", 8),
    ("nio", 9),
    ("tio", 10),
    ("elva", 11),
    ("tolv", 12),
];

/// "två" → 2, "12" → 12.
pub fn number_value(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    word.parse().ok().or_else(|| {
        NUMBER_WORDS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, n)| *n)
    })
}

static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"{NOT_LETTER}([Yy]tterligare\s+)?([Ee]tt|[Ee]n|[Tt]vå|[Tt]re|[Ff]yra|[Ff]em|[Ss]ex|[Ss]ju|[Åå]tta|[Nn]io|[Tt]io|[Ee]lva|[Tt]olv|\d{{1,3}})\s+(år|månader|månad)\b"
    ))
});

pub(super) fn find_durations(text: &str) -> Vec<DurationMention> {
    DURATION
        .captures_iter(text)
        .filter_map(|c| {
            let count = number_value(&c[2])?;
            let months = if c[3].eq_ignore_ascii_case("år") {
                count * 12
            } else {
                count
            };
            // "4-20 år" is an age range, not a duration.
            let start = c.get(1).or(c.get(2))?.start();
            if text[..start].trim_end().ends_with(['-', '–', '—']) {
                return None;
            }
            Some(DurationMention {
                span: start..c.get(0)?.end(),
                months,
                additional: c.get(1).is_some(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn durations() {
        let s = scan("förlängs ytterligare två år, 24 månader, ett år och en månad. Barn 4-20 år.");
        let found: Vec<(u32, bool)> = s
            .durations
            .iter()
            .map(|d| (d.months, d.additional))
            .collect();
        assert_eq!(
            found,
            vec![(24, true), (24, false), (12, false), (1, false)]
        );
    }
}
