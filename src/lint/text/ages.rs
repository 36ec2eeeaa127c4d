//! Age ranges with the phrase they qualify: "barn 4-20 år", "i åldrarna 0–20 år".

use std::sync::LazyLock;

use regex::Regex;

use super::{Span, regex};

/// "barn 4-20 år", "i åldrarna 0–20 år".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgeMention {
    /// The numbers and "år".
    pub span: Span,
    pub from: u32,
    pub to: u32,
    /// The words before the range in the same clause, lower case, without
    /// "i åldern"/"i åldrarna": the service or group the range qualifies.
    pub phrase: String,
    /// Marked as a part of a larger group ("65 % av barn i åldern 4-9 år",
    /// "de äldre barnen").
    pub subgroup: bool,
}

static AGE: LazyLock<Regex> = LazyLock::new(|| regex(r"\b(\d{1,3})\s*[-–—]\s*(\d{1,3})\s+år\b"));
static AGE_INTRO: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)(?:^|\s+)i\s+(?:åldern|åldrarna|åldersgruppen|ålder)\s*$"));
static SUBGROUP: LazyLock<Regex> =
    // Unicode boundaries (äldre): the haystack is a clause of a few words.
    LazyLock::new(|| {
        Regex::new(r"(?i)(?:\bav\b|\byngre\b|\bäldre\b|\bdelgrupp|%|\bprocent\b)").expect("valid")
    });

pub(super) fn find_ages(text: &str) -> Vec<AgeMention> {
    AGE.captures_iter(text)
        .filter_map(|c| {
            let span = c.get(0).unwrap().range();
            let (from, to) = (c[1].parse().ok()?, c[2].parse().ok()?);
            let clause = clause_before(text, span.start);
            let phrase_text = AGE_INTRO.replace(clause, "");
            let phrase = phrase_text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            let subgroup = SUBGROUP.is_match(clause);
            Some(AgeMention {
                span,
                from,
                to,
                phrase,
                subgroup,
            })
        })
        .collect()
}

/// The words before `at` in the same clause: back to punctuation or at most
/// six words.
fn clause_before(text: &str, at: usize) -> &str {
    let before = &text[..at];
    let clause_start = before
        .rfind(['.', ',', ';', ':', '(', ')', '\n'])
        .map_or(0, |i| i + 1);
    // A line break inside a hard-wrapped paragraph does not end a clause.
    let clause_start = if before[..clause_start].ends_with('\n')
        && !before[..clause_start].trim_end().ends_with(['.', ':'])
    {
        before[..clause_start.saturating_sub(1)]
            .rfind(['.', ',', ';', ':', '(', ')'])
            .map_or(0, |i| i + 1)
    } else {
        clause_start
    };
    let clause = &before[clause_start..];
    let words: Vec<(usize, &str)> = clause
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - clause.as_ptr() as usize, w))
        .collect();
    match words.len().checked_sub(6) {
        Some(skip) if skip > 0 => &clause[words[skip].0..],
        _ => clause,
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::text::scan;

    #[test]
    fn age_ranges_with_their_phrase() {
        let s = scan(
            "Avtalet avseende anhörigstöd till barn 4-20 år, med X AB. Barn och unga i åldrarna 0 – 20 år.",
        );
        let found: Vec<(u32, u32, &str, bool)> = s
            .ages
            .iter()
            .map(|a| (a.from, a.to, a.phrase.as_str(), a.subgroup))
            .collect();
        assert_eq!(
            found,
            vec![
                (4, 20, "avtalet avseende anhörigstöd till barn", false),
                (0, 20, "barn och unga", false)
            ]
        );
        assert_eq!(scan("i åldern 10–15 år").ages[0].phrase, "");
    }

    #[test]
    fn sub_groups_are_marked() {
        let s = scan(
            "Under 2018 uppger 65% av barn i åldern 4-9 år att de vet. Av de äldre barnen i åldern 10 – 15 år svarar 69%.",
        );
        assert!(s.ages.iter().all(|a| a.subgroup), "{:?}", s.ages);
    }
}
