//! The lint rules, one per file. Each has a stable code, a kebab-case name,
//! a default severity and a doc comment with a bad and a good example, which
//! `beslut rules CODE` prints.

use chrono::NaiveDate;

use crate::base::swedish::long_date;
use crate::paper::Paper;

/// Declares a rule struct whose doc comment is also its documentation at run
/// time (like clippy's `declare_lint!`).
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            code: $code:literal,
            name: $kebab:literal,
            severity: $severity:ident,
            summary: $summary:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            pub const META: $crate::lint::rule::RuleMeta = $crate::lint::rule::RuleMeta {
                code: $code,
                name: $kebab,
                severity: $crate::lint::rule::Severity::$severity,
                summary: $summary,
                docs: concat!($($doc, "\n"),*),
            };
        }
    };
}

pub(super) mod a201_age_range_mismatch;
pub(super) mod a202_age_range_outside_target;
pub(super) mod a203_age_range_reversed;
pub(super) mod d101_invalid_date;
pub(super) mod d102_period_end_before_start;
pub(super) mod d103_duration_mismatch;
pub(super) mod d104_period_forms_disagree;
pub(super) mod d105_extension_mismatch;
pub(super) mod d106_event_after_paper_date;
pub(super) mod d107_paper_after_meeting;
pub(super) mod d108_plan_year_mismatch;
pub(super) mod d109_chronology_order;
pub(super) mod d110_decision_date_mismatch;
pub(super) mod d111_weekday_mismatch;
pub(super) mod d112_meeting_called_for_another_date;
pub(super) mod d113_header_date_mismatch;
pub(super) mod d114_session_date_mismatch;
pub(super) mod d115_effective_date_mismatch;
pub(super) mod d116_meeting_date_restated;
pub(super) mod d117_judgment_date_mismatch;
pub(super) mod d118_justering_date_mismatch;
pub(super) mod d119_justering_before_meeting;
pub(super) mod d120_deadline_mismatch;
pub(super) mod d121_listed_periods_mismatch;
pub(super) mod d122_report_date_mismatch;
pub(super) mod d123_split_year_bound_mismatch;
pub(super) mod d124_interval_mismatch;
pub(super) mod d125_built_year_mismatch;
pub(super) mod d126_term_end_mismatch;
pub(super) mod d127_week_number_mismatch;
pub(super) mod d128_holiday_date_mismatch;
pub(super) mod d129_clock_hours_mismatch;
pub(super) mod k501_officialese;
pub(super) mod k502_long_sentence;
pub(super) mod m601_meeting_date_mismatch;
pub(super) mod m602_paper_after_kallelse;
pub(super) mod m603_duplicate_dnr;
pub(super) mod m604_other_board;
pub(super) mod m605_basis_not_attached;
pub(super) mod m606_missing_bilaga;
pub(super) mod m607_item_has_lint_errors;
pub(super) mod n301_party_name_variant;
pub(super) mod n302_law_reference_mismatch;
pub(super) mod n303_dnr_mismatch;
pub(super) mod n304_party_not_in_distribution;
pub(super) mod n305_body_name_mismatch;
pub(super) mod n306_person_name_variant;
pub(super) mod n307_restated_figure_mismatch;
pub(super) mod n308_proposal_amount_mismatch;
pub(super) mod n309_dnr_year_mismatch;
pub(super) mod n310_count_referred_back_mismatch;
pub(super) mod n311_sum_referred_back_mismatch;
pub(super) mod n312_change_percent_mismatch;
pub(super) mod n313_change_restated_mismatch;
pub(super) mod n314_state_reference_mismatch;
pub(super) mod n315_part_exceeds_whole;
pub(super) mod n316_total_rate_mismatch;
pub(super) mod n317_count_difference_mismatch;
pub(super) mod n318_parts_sum_mismatch;
pub(super) mod n319_depreciation_mismatch;
pub(super) mod n320_rate_product_mismatch;
pub(super) mod n321_point_change_mismatch;
pub(super) mod n322_share_mismatch;
pub(super) mod n323_unit_product_mismatch;
pub(super) mod n324_listed_count_mismatch;
pub(super) mod n325_sum_difference_mismatch;
pub(super) mod n326_part_year_sum_mismatch;
pub(super) mod s401_missing_section;
pub(super) mod s402_proposal_restatement_mismatch;
pub(super) mod s403_facts_not_found;
pub(super) mod s404_own_paper_in_basis;
pub(super) mod s405_unused_suppression;

/// A quoted excerpt of the source with white space collapsed: ”…”.
pub(crate) fn quote(paper: &Paper, span: &std::ops::Range<usize>) -> String {
    let text: Vec<&str> = paper.text(span).split_whitespace().collect();
    format!("”{}”", text.join(" "))
}

/// How far apart, in days, two ends of what is told as one period may lie
/// and still be one period written twice (a slip of a year or of a day):
/// further apart they are two (D103, D104).
pub(crate) const A_YEAR_AND_A_MONTH_IN_DAYS: i64 = 400;

/// "205 000 kronor": whole kronor with a space between thousands.
pub(crate) fn kronor(value: u64) -> String {
    format!("{} kronor", grouped(value))
}

/// "569 600": a number with a space between thousands.
pub(crate) fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(' ');
        }
        grouped.push(digit);
    }
    grouped
}

/// Whether a told count is a made one, rounded to its last digit that is
/// not zero ("570 000" for 569 600; "569 600" exact to the hundred).
pub(super) fn within_last_digit(told: u64, made: u64) -> bool {
    let mut unit = 1u64;
    while told > 0 && (told / unit).is_multiple_of(10) {
        unit *= 10;
    }
    told.abs_diff(made).saturating_mul(2) <= unit
}

/// A percentage in hundredths as Swedish writes it: "20", "19,5",
/// "16,67".
pub(crate) fn percent_text(hundredths: u64) -> String {
    let (whole, fraction) = (hundredths / 100, hundredths % 100);
    match fraction {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole},{}", f / 10),
        f => format!("{whole},{f:02}"),
    }
}

/// "27 kronor", "27,50 kronor": a sum in öre, its öre written only when
/// it has any.
pub(crate) fn ore_text(ore: u64) -> String {
    match ore % 100 {
        0 => kronor(ore / 100),
        rest => kronor(ore / 100).replacen(" kronor", &format!(",{rest:02} kronor"), 1),
    }
}

/// The key of the board the paper is addressed to, as its bodies are keyed.
pub(crate) fn own_board_key(paper: &Paper) -> Option<String> {
    let board = paper.facts.board.as_ref()?;
    Some(
        crate::paper::scan::bodies_named(&board.value)
            .first()?
            .key(),
    )
}

/// Days stated for one thing (a meeting, a justering) in one paper: those
/// within `reach` bytes of the first. Each that differs from the day most of
/// them give (the first such on a tie) comes with that usual one.
pub(crate) fn odd_days(
    days: &[crate::paper::scan::SessionDate],
    reach: usize,
) -> Vec<(
    &crate::paper::scan::SessionDate,
    &crate::paper::scan::SessionDate,
)> {
    let Some(first) = days.first() else {
        return Vec::new();
    };
    let near: Vec<_> = days
        .iter()
        .take_while(|d| d.span.start - first.span.start <= reach)
        .collect();
    let Some(day) = usual(near.iter().map(|d| d.date)) else {
        return Vec::new();
    };
    let usual = *near.iter().find(|d| d.date == day).expect("given");
    near.into_iter()
        .filter(|d| d.date != day)
        .map(|odd| (odd, usual))
        .collect()
}

/// The value most of `values` give, the first given on a tie; None when
/// they give fewer than two different values (nothing to compare). A date
/// stated for one thing in several places, a year written with one case
/// number: the usual one is taken as right.
pub(crate) fn usual<T: PartialEq + Copy>(values: impl IntoIterator<Item = T>) -> Option<T> {
    let mut counts: Vec<(T, usize)> = Vec::new();
    for value in values {
        match counts.iter_mut().find(|(seen, _)| *seen == value) {
            Some((_, n)) => *n += 1,
            None => counts.push((value, 1)),
        }
    }
    if counts.len() < 2 {
        return None;
    }
    // max_by_key keeps the last of equal maxima: reversed, the first.
    counts.iter().rev().max_by_key(|(_, n)| *n).map(|(v, _)| *v)
}

/// "1 januari 2024".
pub(crate) fn date(d: NaiveDate) -> String {
    long_date(d)
}

/// A period as a paper writes it, the shared month and year once: "5–23
/// juli 2027", "14 juni–2 juli 2027", "1 december 2026–31 januari 2027".
pub(crate) fn period(from: NaiveDate, to: NaiveDate) -> String {
    use chrono::Datelike;
    let end = long_date(to);
    if from.year() != to.year() {
        return format!("{}–{end}", long_date(from));
    }
    if from.month() != to.month() {
        let month = crate::base::swedish::month_name(from.month());
        return format!("{} {month}–{end}", from.day());
    }
    format!("{}–{end}", from.day())
}

#[cfg(test)]
pub(crate) mod testing {
    //! Fixture helpers: lint a text or a case and list (code, excerpt) pairs.

    use crate::case::parse_case;
    use crate::lint::{Diagnostic, LintConfig, lint_paper};
    use crate::paper::paper_from_case;
    use crate::paper::structure::paper_from_text;

    /// The findings of `code` in the text paper `text`.
    fn in_text(code: &str, text: &str, config: &LintConfig) -> Vec<Diagnostic> {
        let paper = paper_from_text("fixture.txt".into(), text.to_owned());
        let mut found = lint_paper(&paper, config);
        found.retain(|d| d.code == code);
        found
    }

    /// The findings of `code` in the case file `yaml`.
    fn in_case(code: &str, yaml: &str) -> Vec<Diagnostic> {
        let file = parse_case(
            "fixture.yaml".as_ref(),
            yaml.to_owned(),
            &Default::default(),
        )
        .expect("fixture case parses");
        let mut found = lint_paper(&paper_from_case(&file), &LintConfig::default());
        found.retain(|d| d.code == code);
        found
    }

    /// (code, quoted source text) of every finding of `code` in `text`.
    pub fn text_findings(code: &str, text: &str) -> Vec<String> {
        text_findings_with(code, text, &LintConfig::default())
    }

    /// The same with a project's `[lint]` settings.
    pub fn text_findings_with(code: &str, text: &str, config: &LintConfig) -> Vec<String> {
        in_text(code, text, config)
            .into_iter()
            .map(|d| text[d.span[0]..d.span[1]].to_owned())
            .collect()
    }

    /// Messages of every finding of `code` in `text`.
    pub fn text_messages(code: &str, text: &str) -> Vec<String> {
        in_text(code, text, &LintConfig::default())
            .into_iter()
            .map(|d| d.message)
            .collect()
    }

    /// (written, replacement) of every fix of `code` in `text`.
    pub fn text_fixes(code: &str, text: &str) -> Vec<(String, String)> {
        text_fixes_with(code, text, &LintConfig::default())
    }

    /// The same with a project's `[lint]` settings.
    pub fn text_fixes_with(code: &str, text: &str, config: &LintConfig) -> Vec<(String, String)> {
        in_text(code, text, config)
            .into_iter()
            .filter_map(|d| d.fix)
            .map(|f| {
                assert_eq!(text[f.span[0]..f.span[1]], f.original);
                (f.original, f.replacement)
            })
            .collect()
    }

    /// Fixes of `code` in case YAML, as (written, replacement).
    pub fn case_fixes(code: &str, yaml: &str) -> Vec<(String, String)> {
        in_case(code, yaml)
            .into_iter()
            .filter_map(|d| d.fix)
            .map(|f| (f.original, f.replacement))
            .collect()
    }

    /// Messages of every finding of `code` in case YAML.
    pub fn case_findings(code: &str, yaml: &str) -> Vec<String> {
        in_case(code, yaml).into_iter().map(|d| d.message).collect()
    }

    /// A case with a contract; `extra` is appended.
    pub fn contract_case(contract: &str, extra: &str) -> String {
        format!(
            "template: avtalsforlangning\ndnr: SON 2026-118\ndate: 2026-03-02\nmeeting: 2026-03-18\nboard: Nämnden\ntitle: Titel\ncontract:\n{contract}\nmbl: {{ kind: information, date: 2026-02-20 }}\nsend_to: [Solrosgruppen AB]\n{extra}"
        )
    }

    pub const CONTRACT: &str = "  supplier: Solrosgruppen AB\n  service: anhörigstöd till barn\n  ages: 4-20\n  start: 2024-05-01\n  term_years: 2\n  max_extensions: 1\n  extension_years: 2\n  extension: { from: 2026-05-01, to: 2028-04-30 }";
}

#[cfg(test)]
mod tests {
    use super::usual;

    #[test]
    fn the_usual_value_is_the_most_given_the_first_on_a_tie() {
        assert_eq!(usual([2014, 2015, 2015]), Some(2015));
        assert_eq!(usual([2015, 2014, 2014, 2015]), Some(2015));
        assert_eq!(usual([2014, 2014]), None);
        assert_eq!(usual(Vec::<i32>::new()), None);
    }
}

#[cfg(test)]
mod period_tests {
    use super::period;
    use chrono::NaiveDate;

    #[test]
    fn a_period_writes_its_shared_month_and_year_once() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(period(d(2027, 7, 5), d(2027, 7, 23)), "5–23 juli 2027");
        assert_eq!(period(d(2027, 6, 14), d(2027, 7, 2)), "14 juni–2 juli 2027");
        assert_eq!(
            period(d(2026, 12, 1), d(2027, 1, 31)),
            "1 december 2026–31 januari 2027"
        );
    }
}
