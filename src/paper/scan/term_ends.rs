//! The last day an agreement is said to run to, told alone: "Avtalet löper
//! till och med den 30 juni 2029", "Avtalet gäller till 2029-06-30",
//! "Avtalet löper ut den 30 juni 2029".
//!
//! Only "Avtalet" opening its sentence, bare (not "Avtalet med X AB", which
//! may be another agreement than the paper's new one), with a present verb
//! of lasting and the date right after its preposition. What the day is
//! held against is the rule's to decide.

use std::sync::LazyLock;

use chrono::NaiveDate;

use super::plain::{Plain, tuned};
use super::{DateMention, Span};

/// The last day an agreement runs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermEnd {
    /// The date.
    pub span: Span,
    pub date: NaiveDate,
}

/// "Avtalet löper till och med (den)", "Avtalet gäller t.o.m.", "Avtalet
/// löper ut (den)" at a sentence's start. Few papers tell an agreement's
/// end alone: TERM_END is compiled where first used.
static TERM_END: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?:^|[.!?]\s+|\n\s*)Avtalet\s+(?:löper|gäller)\s+(?:till\s+och\s+med|t\.\s?o\.\s?m\.|fram\s+till|till|ut)\s+(?:den\s+)?$",
    )
});

/// The agreements' last days told alone, each a date of `dates` (the
/// text's, in order).
pub(super) fn find_term_ends(text: &str, dates: &[DateMention]) -> Vec<TermEnd> {
    if !text.contains("Avtalet ") {
        return Vec::new();
    }
    dates
        .iter()
        .filter_map(|d| {
            let date = *d.date.as_ref().ok()?;
            // The words before the date, from at most 60 bytes back.
            let from = super::floor_char_boundary(text, d.span.start.saturating_sub(60));
            let before = &text[from..d.span.start];
            if !before.contains("Avtalet") || !TERM_END.is_match(before) {
                return None;
            }
            Some(TermEnd {
                span: d.span.clone(),
                date,
            })
        })
        .take(MAX_ENDS)
        .collect()
}

/// The most read in one text: a paper tells one or two.
const MAX_ENDS: usize = 50;

#[cfg(test)]
mod tests {
    #[test]
    fn reads_an_agreements_last_day_told_alone() {
        let scan = crate::paper::scan::scan(
            "Avtalet löper till och med den 30 juni 2029 och kan förlängas. Avtalet med Mälarkost AB löper till och med den 30 juni 2027. Det nuvarande avtalet gäller till den 30 juni 2027. Avtalet gällde till den 1 maj 2020.\nAvtalet löper ut 2031-06-30.",
        );
        let ends: Vec<String> = scan.term_ends.iter().map(|e| e.date.to_string()).collect();
        assert_eq!(ends, ["2029-06-30", "2031-06-30"]);
    }
}
