//! The lint rules, one per file. Each has a stable code, a kebab-case name,
//! a default severity and a doc comment with a bad and a good example, which
//! `beslut rules CODE` prints.

use chrono::NaiveDate;

use super::paper::Paper;
use super::{Rule, RuleMeta};
use crate::swedish::long_date;

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
            pub const META: $crate::lint::RuleMeta = $crate::lint::RuleMeta {
                code: $code,
                name: $kebab,
                severity: $crate::lint::Severity::$severity,
                summary: $summary,
                docs: concat!($($doc, "\n"),*),
            };
        }
    };
}

mod a201_age_range_mismatch;
mod a202_age_range_outside_target;
mod a203_age_range_reversed;
mod d101_invalid_date;
mod d102_period_end_before_start;
mod d103_duration_mismatch;
mod d104_period_forms_disagree;
mod d105_extension_mismatch;
mod d106_event_after_paper_date;
mod d107_paper_after_meeting;
mod d108_plan_year_mismatch;
mod d109_chronology_order;
mod d110_decision_date_mismatch;
mod k501_officialese;
mod k502_long_sentence;
mod m601_meeting_date_mismatch;
mod m602_paper_after_kallelse;
mod m603_duplicate_dnr;
mod m604_other_board;
mod m605_basis_not_attached;
mod m606_missing_bilaga;
mod m607_item_has_lint_errors;
mod n301_party_name_variant;
mod n302_law_reference_mismatch;
mod n303_dnr_mismatch;
mod n304_party_not_in_distribution;
mod n305_body_name_mismatch;
mod s401_missing_section;
mod s402_proposal_restatement_mismatch;
mod s403_facts_not_found;
pub(crate) mod targets;

/// Every rule, in code order.
pub fn all() -> &'static [&'static dyn Rule] {
    &[
        &d101_invalid_date::InvalidDate,
        &d102_period_end_before_start::PeriodEndBeforeStart,
        &d103_duration_mismatch::DurationMismatch,
        &d104_period_forms_disagree::PeriodFormsDisagree,
        &d105_extension_mismatch::ExtensionMismatch,
        &d106_event_after_paper_date::EventAfterPaperDate,
        &d107_paper_after_meeting::PaperAfterMeeting,
        &d108_plan_year_mismatch::PlanYearMismatch,
        &d109_chronology_order::ChronologyOrder,
        &d110_decision_date_mismatch::DecisionDateMismatch,
        &a201_age_range_mismatch::AgeRangeMismatch,
        &a202_age_range_outside_target::AgeRangeOutsideTarget,
        &a203_age_range_reversed::AgeRangeReversed,
        &n301_party_name_variant::PartyNameVariant,
        &n302_law_reference_mismatch::LawReferenceMismatch,
        &n303_dnr_mismatch::DnrMismatch,
        &n304_party_not_in_distribution::PartyNotInDistribution,
        &n305_body_name_mismatch::BodyNameMismatch,
        &s401_missing_section::MissingSection,
        &s402_proposal_restatement_mismatch::ProposalRestatementMismatch,
        &s403_facts_not_found::FactsNotFound,
        &k501_officialese::Officialese,
        &k502_long_sentence::LongSentence,
    ]
}

/// The cross-paper rules that run over a meeting (family M), in code order.
pub fn meeting() -> &'static [&'static dyn crate::lint::meeting::MeetingRule] {
    &[
        &m601_meeting_date_mismatch::MeetingDateMismatch,
        &m602_paper_after_kallelse::PaperAfterKallelse,
        &m603_duplicate_dnr::DuplicateDnr,
        &m604_other_board::OtherBoard,
        &m605_basis_not_attached::BasisNotAttached,
        &m606_missing_bilaga::MissingBilaga,
        &m607_item_has_lint_errors::ItemHasLintErrors,
    ]
}

/// Every rule's description: the paper rules, then the meeting rules.
pub fn all_meta() -> impl Iterator<Item = &'static RuleMeta> {
    all()
        .iter()
        .map(|r| r.meta())
        .chain(meeting().iter().map(|r| r.meta()))
}

/// The rule with this code (case-insensitive), or by its name.
pub fn find(code_or_name: &str) -> Option<&'static RuleMeta> {
    all_meta().find(|m| m.code.eq_ignore_ascii_case(code_or_name) || m.name == code_or_name)
}

/// A quoted excerpt of the source with white space collapsed: ”…”.
pub(crate) fn quote(paper: &Paper, span: &std::ops::Range<usize>) -> String {
    let text: Vec<&str> = paper.text(span).split_whitespace().collect();
    format!("”{}”", text.join(" "))
}

/// "1 januari 2024".
pub(crate) fn date(d: NaiveDate) -> String {
    long_date(d)
}

#[cfg(test)]
pub(crate) mod testing {
    //! Fixture helpers: lint a text or a case and list (code, excerpt) pairs.

    use crate::case::{Config, parse_case};
    use crate::lint::input::paper_from_text;
    use crate::lint::paper::paper_from_case;
    use crate::lint::{LintConfig, lint_paper};

    /// (code, quoted source text) of every finding of `code` in `text`.
    pub fn text_findings(code: &str, text: &str) -> Vec<String> {
        text_findings_with(code, text, &LintConfig::default())
    }

    /// The same with a project's `[lint]` settings.
    pub fn text_findings_with(code: &str, text: &str, config: &LintConfig) -> Vec<String> {
        let paper = paper_from_text("fixture.txt".into(), text.to_owned());
        lint_paper(&paper, config)
            .into_iter()
            .filter(|d| d.code == code)
            .map(|d| text[d.span[0]..d.span[1]].to_owned())
            .collect()
    }

    /// Messages of every finding of `code` in case YAML.
    pub fn case_findings(code: &str, yaml: &str) -> Vec<String> {
        let file = parse_case("fixture.yaml".as_ref(), yaml.to_owned(), &Config::default())
            .expect("fixture case parses");
        let paper = paper_from_case(&file);
        lint_paper(&paper, &LintConfig::default())
            .into_iter()
            .filter(|d| d.code == code)
            .map(|d| d.message)
            .collect()
    }

    /// A case with a contract; `extra` is appended.
    pub fn contract_case(contract: &str, extra: &str) -> String {
        format!(
            "template: avtalsforlangning\ndnr: SON 2026-118\ndate: 2026-03-02\nmeeting: 2026-03-18\nboard: Nämnden\ntitle: Titel\ncontract:\n{contract}\nmbl: {{ kind: information, date: 2026-02-20 }}\nsend_to: [Solrosgruppen AB]\n{extra}"
        )
    }

    pub const CONTRACT: &str = "  supplier: Solrosgruppen AB\n  service: anhörigstöd till barn\n  ages: 4-20\n  start: 2024-05-01\n  term_years: 2\n  max_extensions: 1\n  extension_years: 2\n  extension: { from: 2026-05-01, to: 2028-04-30 }";
}
