//! A contract's extension options, in the ways papers state them:
//! "möjlighet till förlängning 1+1 år", "förlängning vid två tillfällen med
//! ett år", "option på förlängning 2 × 1 år", "en förlängningsoption om två
//! år", "möjlighet till förlängning med ett år".

use std::sync::LazyLock;

use super::durations::number_value;
use super::{Plain, Span, tuned};

/// How many extensions a contract allows, and how long each is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtensionOption {
    pub span: Span,
    pub count: u32,
    pub years: u32,
}

impl ExtensionOption {
    /// Whether `day` is where a term ending `to` ends after one or more of
    /// these extensions.
    pub fn ends(&self, to: chrono::NaiveDate, day: chrono::NaiveDate) -> bool {
        (1..=self.count)
            .any(|k| to.checked_add_months(chrono::Months::new(12 * k * self.years)) == Some(day))
    }
}

const NUMBER: &str = r"(?:ett|en|två|tre|fyra|fem|\d{1,2})";

/// "förlängning 1+1 år", "option 1 + 1 + 1 år", "förlängning 2 × 1 år".
static SUM: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"\b(?:[Ff]örlängning|[Ff]örlängningsoption(?:er)?|[Oo]ption(?:er)?)\b[^.\n]{0,40}?\b(\d{1,2}(?:\s*\+\s*\d{1,2})+|(\d)\s*[x×]\s*\d{1,2})\s*år\b",
    )
});
/// "förlängning vid två tillfällen med ett år", "förlängning två gånger om ett år".
static TIMES: LazyLock<Plain> = LazyLock::new(|| {
    tuned(&format!(
        r"\b(?:[Ff]örlängning|[Ff]örlängningsoption(?:er)?|[Oo]ption(?:er)?)\b[^.\n]{{0,30}}?\b(?:vid\s+)?({NUMBER})\s+(?:tillfällen|tillfälle|gånger|gång)\s+(?:med|om|på)\s+(?:upp\s+till\s+)?({NUMBER})\s+år\b"
    ))
});
/// One extension: "förlängning med ett år", "en förlängningsoption om två
/// år", "möjlighet till förlängning i högst två år", and the passive verb
/// after a modal one ("Avtalet får därefter förlängas med högst två år"):
/// what may be done, not what the paper decides ("Avtalet förlängs med två
/// år").
static ONCE: LazyLock<Plain> = LazyLock::new(|| {
    tuned(&format!(
        r"\b(?:[Mm]öjlighet\s+till\s+förlängning|[Ff]örlängningsoption|[Oo]ption\s+på\s+förlängning|[Oo]ption\s+att\s+förlänga\s+avtalet|(?:[Ff]år|[Kk]an)\s+(?:\p{{L}}+\s+){{0,2}}?förlängas)\s+(?:med|om|på|i)\s+(?:ytterligare\s+)?(?:(?:upp\s+till|högst|maximalt|som\s+mest)\s+)?({NUMBER})\s+år\b"
    ))
});

/// "… ett år i taget" right after the length: a step, not the total, so the
/// number of extensions is not told.
static A_STEP: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"^\s+(?:i\s+taget|åt\s+gången|per\s+gång)"));

/// ", ett år i taget" / "ett år åt gången" right after a total.
static ONE_YEAR_AT_A_TIME: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"^,?\s+(?:med\s+)?ett\s+år\s+(?:i\s+taget|åt\s+gången|per\s+gång)"));

pub(super) fn find_options(text: &str) -> Vec<ExtensionOption> {
    if !(text.contains("förläng") || text.contains("ption")) {
        return Vec::new();
    }
    let mut found: Vec<ExtensionOption> = Vec::new();
    for c in SUM.captures_iter(text) {
        let span = c.get(0).expect("match").range();
        let written = &c[1];
        let option = if let Some(count) = c.get(2) {
            let years = written
                .rsplit(['x', '×'])
                .next()
                .and_then(|y| y.trim().parse().ok());
            count.as_str().parse().ok().zip(years)
        } else {
            let parts: Vec<u32> = written
                .split('+')
                .filter_map(|p| p.trim().parse().ok())
                .collect();
            // "1+1 år": two extensions of a year; unequal parts ("2+1")
            // name a term and its extension, which the term states.
            let first = *parts.first().unwrap_or(&0);
            parts
                .iter()
                .all(|p| *p == first)
                .then_some((parts.len() as u32, first))
        };
        if let Some((count, years)) = option.filter(|(c, y)| *c > 0 && *y > 0) {
            found.push(ExtensionOption { span, count, years });
        }
    }
    for c in TIMES.captures_iter(text) {
        let span = c.get(0).expect("match").range();
        if let (Some(count), Some(years)) = (number_value(&c[1]), number_value(&c[2])) {
            found.push(ExtensionOption { span, count, years });
        }
    }
    found.sort_by_key(|o| o.span.start);
    let mut once = Vec::new();
    for c in ONCE.captures_iter(text) {
        let span = c.get(0).expect("match").range();
        if super::overlaps(&found, &span, |o| &o.span) {
            continue;
        }
        let Some(years) = number_value(&c[1]) else {
            continue;
        };
        if A_STEP.is_match(&text[span.end..]) {
            continue;
        }
        // "i två år, ett år i taget": two extensions of a year each.
        let one_at_a_time = ONE_YEAR_AT_A_TIME.find(&text[span.end..]);
        let option = match one_at_a_time {
            Some(m) => ExtensionOption {
                span: span.start..span.end + m.end(),
                count: years,
                years: 1,
            },
            None => ExtensionOption {
                span,
                count: 1,
                years,
            },
        };
        once.push(option);
    }
    found.extend(once);
    found.sort_by_key(|o| o.span.start);
    found
}

// Few papers tell an option's length (3 of the 68 real papers and the
// example cases): SUM, TIMES, ONCE, ONE_YEAR_AT_A_TIME and A_STEP are each
// compiled where first used.

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn options_in_usual_phrasings() {
        for (text, count, years) in [
            ("Avtalet löper med möjlighet till förlängning 1+1 år.", 2, 1),
            ("med option på förlängning 1 + 1 + 1 år.", 3, 1),
            (
                "med möjlighet till förlängning vid två tillfällen med ett år.",
                2,
                1,
            ),
            ("med förlängningsoption 2 × 1 år.", 2, 1),
            ("med en förlängningsoption om två år.", 1, 2),
            (
                "med möjlighet till förlängning i två år, ett år i taget.",
                2,
                1,
            ),
            (
                "med möjlighet till förlängning med ytterligare ett år.",
                1,
                1,
            ),
            (
                "för perioden 1 juli 2027–30 juni 2031, med möjlighet till förlängning i högst två år.",
                1,
                2,
            ),
            (
                "Avtalet får därefter förlängas med högst två år, till den 30 juni 2033.",
                1,
                2,
            ),
            ("Ramavtalet kan förlängas med ett år.", 1, 1),
        ] {
            let options = scan(text).options;
            assert_eq!(options.len(), 1, "{text}");
            assert_eq!(
                (options[0].count, options[0].years),
                (count, years),
                "{text}"
            );
        }
    }

    #[test]
    fn a_decided_extension_or_a_step_is_no_option() {
        for text in [
            "Avtalet förlängs med två år.",
            "Avtalet får därefter förlängas med ett år i taget, som längst till den 30 juni 2033.",
        ] {
            assert!(scan(text).options.is_empty(), "{text}");
        }
    }

    #[test]
    fn sums_that_are_no_options() {
        assert!(
            scan("Kostnaden är 2+3 miljoner kronor. Avtalstid 2+1 år.")
                .options
                .is_empty()
        );
    }
}
