//! The registry: every rule, in code order, for the runners and for
//! `beslut rules`. It stands above the rules; they never import it.

use super::rule::{MeetingRule, Rule, RuleMeta};
use super::rules;

/// Every rule, in code order.
pub fn all() -> &'static [&'static dyn Rule] {
    &[
        &rules::d101_invalid_date::InvalidDate,
        &rules::d102_period_end_before_start::PeriodEndBeforeStart,
        &rules::d103_duration_mismatch::DurationMismatch,
        &rules::d104_period_forms_disagree::PeriodFormsDisagree,
        &rules::d105_extension_mismatch::ExtensionMismatch,
        &rules::d106_event_after_paper_date::EventAfterPaperDate,
        &rules::d107_paper_after_meeting::PaperAfterMeeting,
        &rules::d108_plan_year_mismatch::PlanYearMismatch,
        &rules::d109_chronology_order::ChronologyOrder,
        &rules::d110_decision_date_mismatch::DecisionDateMismatch,
        &rules::d111_weekday_mismatch::WeekdayMismatch,
        &rules::d112_meeting_called_for_another_date::MeetingCalledForAnotherDate,
        &rules::d113_header_date_mismatch::HeaderDateMismatch,
        &rules::d114_session_date_mismatch::SessionDateMismatch,
        &rules::d115_effective_date_mismatch::EffectiveDateMismatch,
        &rules::d116_meeting_date_restated::MeetingDateRestated,
        &rules::d117_judgment_date_mismatch::JudgmentDateMismatch,
        &rules::d118_justering_date_mismatch::JusteringDateMismatch,
        &rules::d119_justering_before_meeting::JusteringBeforeMeeting,
        &rules::d120_deadline_mismatch::DeadlineMismatch,
        &rules::d121_listed_periods_mismatch::ListedPeriodsMismatch,
        &rules::d122_report_date_mismatch::ReportDateMismatch,
        &rules::d123_split_year_bound_mismatch::SplitYearBoundMismatch,
        &rules::d124_interval_mismatch::IntervalMismatch,
        &rules::d125_built_year_mismatch::BuiltYearMismatch,
        &rules::d126_term_end_mismatch::TermEndMismatch,
        &rules::d127_week_number_mismatch::WeekNumberMismatch,
        &rules::d128_holiday_date_mismatch::HolidayDateMismatch,
        &rules::d129_clock_hours_mismatch::ClockHoursMismatch,
        &rules::a201_age_range_mismatch::AgeRangeMismatch,
        &rules::a202_age_range_outside_target::AgeRangeOutsideTarget,
        &rules::a203_age_range_reversed::AgeRangeReversed,
        &rules::n301_party_name_variant::PartyNameVariant,
        &rules::n302_law_reference_mismatch::LawReferenceMismatch,
        &rules::n303_dnr_mismatch::DnrMismatch,
        &rules::n304_party_not_in_distribution::PartyNotInDistribution,
        &rules::n305_body_name_mismatch::BodyNameMismatch,
        &rules::n306_person_name_variant::PersonNameVariant,
        &rules::n307_restated_figure_mismatch::RestatedFigureMismatch,
        &rules::n308_proposal_amount_mismatch::ProposalAmountMismatch,
        &rules::n309_dnr_year_mismatch::DnrYearMismatch,
        &rules::n310_count_referred_back_mismatch::CountReferredBackMismatch,
        &rules::n311_sum_referred_back_mismatch::SumReferredBackMismatch,
        &rules::n312_change_percent_mismatch::ChangePercentMismatch,
        &rules::n313_change_restated_mismatch::ChangeRestatedMismatch,
        &rules::n314_state_reference_mismatch::StateReferenceMismatch,
        &rules::n315_part_exceeds_whole::PartExceedsWhole,
        &rules::n316_total_rate_mismatch::TotalRateMismatch,
        &rules::n317_count_difference_mismatch::CountDifferenceMismatch,
        &rules::n318_parts_sum_mismatch::PartsSumMismatch,
        &rules::n319_depreciation_mismatch::DepreciationMismatch,
        &rules::n320_rate_product_mismatch::RateProductMismatch,
        &rules::n321_point_change_mismatch::PointChangeMismatch,
        &rules::n322_share_mismatch::ShareMismatch,
        &rules::n323_unit_product_mismatch::UnitProductMismatch,
        &rules::n324_listed_count_mismatch::ListedCountMismatch,
        &rules::n325_sum_difference_mismatch::SumDifferenceMismatch,
        &rules::n326_part_year_sum_mismatch::PartYearSumMismatch,
        &rules::s401_missing_section::MissingSection,
        &rules::s402_proposal_restatement_mismatch::ProposalRestatementMismatch,
        &rules::s403_facts_not_found::FactsNotFound,
        &rules::s404_own_paper_in_basis::OwnPaperInBasis,
        &rules::s405_unused_suppression::UnusedSuppression,
        &rules::k501_officialese::Officialese,
        &rules::k502_long_sentence::LongSentence,
    ]
}

/// The cross-paper rules that run over a meeting (family M), in code order.
pub fn meeting() -> &'static [&'static dyn MeetingRule] {
    &[
        &rules::m601_meeting_date_mismatch::MeetingDateMismatch,
        &rules::m602_paper_after_kallelse::PaperAfterKallelse,
        &rules::m603_duplicate_dnr::DuplicateDnr,
        &rules::m604_other_board::OtherBoard,
        &rules::m605_basis_not_attached::BasisNotAttached,
        &rules::m606_missing_bilaga::MissingBilaga,
        &rules::m607_item_has_lint_errors::ItemHasLintErrors,
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
