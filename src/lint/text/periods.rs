//! Periods (`från och med X till och med Y`, `X – Y`) and contract terms
//! (`avtalstid på två år från X`).

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::dates::{DateForm, DateMention};
use super::durations::number_value;
use super::{Span, floor_char_boundary, regex};

/// `från och med X till och med Y`, `X – Y` and the like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodMention {
    /// From the introducing word ("från", "fr.o.m.") or the first date.
    pub span: Span,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub from_span: Span,
    pub to_span: Span,
    /// Written with compact dates (`200301 – 220228`).
    pub compact: bool,
}

/// A contract term: "avtalstid på två år från 1 januari 2022".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermMention {
    pub span: Span,
    pub years: u32,
    pub start: NaiveDate,
}

static PERIOD_GAP: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)^[\s,]*(?:till\s+och\s+med|t\.\s?o\.\s?m\.?|tom|till|[–—-])\s*(?:den\s+)?$")
});
static PERIOD_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|fr\.o\.m|from|från|med\s+start)\s+(?:den\s+)?$",
    )
});

/// Pairs of consecutive dates joined by "till och med", "t.o.m." or a dash.
pub(super) fn find_periods(text: &str, dates: &[DateMention]) -> Vec<PeriodMention> {
    let mut periods = Vec::new();
    for pair in dates.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (Ok(from), Ok(to)) = (&a.date, &b.date) else {
            continue;
        };
        let gap = &text[a.span.end..b.span.start];
        if !PERIOD_GAP.is_match(gap) {
            continue;
        }
        let compact = a.form == DateForm::Compact6 || b.form == DateForm::Compact6;
        if (a.form == DateForm::Compact6) != (b.form == DateForm::Compact6) {
            continue;
        }
        let lead_window_start = floor_char_boundary(text, a.span.start.saturating_sub(30));
        let lead = PERIOD_LEAD.find(&text[lead_window_start..a.span.start]);
        let start = lead.map_or(a.span.start, |m| lead_window_start + m.start());
        periods.push(PeriodMention {
            span: start..b.span.end,
            from: *from,
            to: *to,
            from_span: a.span.clone(),
            to_span: b.span.clone(),
            compact,
        });
    }
    periods
}

static TERM: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)avtalstid\s+(?:på|om)\s+(ett|två|tre|fyra|fem|\d{1,2})\s+år\s+(?:från\s+och\s+med|fr\.o\.m\.|från|med\s+start(?:\s+från)?)\s+(?:den\s+)?$",
    )
});

/// "avtalstid på två år från (och med) (den) DATE": the phrase must end
/// right where the date begins.
pub(super) fn find_terms(text: &str, dates: &[DateMention]) -> Vec<TermMention> {
    dates
        .iter()
        .filter_map(|d| {
            let window = floor_char_boundary(text, d.span.start.saturating_sub(80));
            let m = TERM.captures(&text[window..d.span.start])?;
            Some(TermMention {
                span: window + m.get(0)?.start()..d.span.end,
                years: number_value(&m[1])?,
                start: *d.date.as_ref().ok()?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::lint::text::scan;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn compact_six_digits_are_dates_only_in_a_period() {
        let s = scan("Kostnaden är 150000 kronor och avtalet gäller 200301 – 220228.");
        assert!(s.dates.is_empty(), "{:?}", s.dates);
        assert_eq!(s.periods.len(), 1);
        assert_eq!(
            (s.periods[0].from, s.periods[0].to),
            (d(2020, 3, 1), d(2022, 2, 28))
        );
        assert!(s.periods[0].compact);
    }

    #[test]
    fn periods_in_words_abbreviations_and_dashes() {
        let cases = [
            "förlängs från och med den 1 mars 2020 till och med den 28 februari 2022.",
            "gäller fr.o.m. 2020-03-01 t.o.m. 2022-02-28.",
            "gäller 2020-03-01 – 2022-02-28.",
            "gäller 2020-03-01–2022-02-28.",
            "gäller från 1 mars 2020 till och med 28 februari 2022.",
            "förlängs ytterligare två år från 200301 till och med 220228.",
        ];
        for text in cases {
            let s = scan(text);
            assert_eq!(s.periods.len(), 1, "{text}");
            assert_eq!(
                (s.periods[0].from, s.periods[0].to),
                (d(2020, 3, 1), d(2022, 2, 28)),
                "{text}"
            );
        }
        let s = scan(cases[0]);
        assert_eq!(
            &cases[0][s.periods[0].span.clone()],
            "från och med den 1 mars 2020 till och med den 28 februari 2022"
        );
    }

    #[test]
    fn dates_with_other_words_between_are_no_period() {
        let s = scan(
            "en avtalstid på två år från 2018-03-01 med möjlighet till förlängning, till och med 2022-02-28.",
        );
        assert!(s.periods.is_empty());
    }

    #[test]
    fn contract_terms() {
        let s = scan(
            "Uppdraget har en avtalstid på två år från och med den 1 januari 2022 med möjlighet till förlängning. Avtalstid om 3 år med start 2018-03-01.",
        );
        let found: Vec<(u32, NaiveDate)> = s.terms.iter().map(|t| (t.years, t.start)).collect();
        assert_eq!(found, vec![(2, d(2022, 1, 1)), (3, d(2018, 3, 1))]);
    }
}
