use chrono::Datelike;

use crate::case::{AgeRange, age_range};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::about::{about_another_party, age_target, described_age_target, names_service};
use crate::paper::scan::AgeMention;
use crate::paper::target_group::{
    another_generation, denies, same_group_in_same_setting, states_target_group,
};

declare_rule! {
    /// A201 age-range-mismatch: samma tjänst eller målgrupp anges med två
    /// olika åldersspann.
    ///
    /// Spannet i "Förslag till beslut" (eller `contract.ages` i en ärendefil) är
    /// målet; varje annat omnämnande av samma tjänst med ett annat spann säger
    /// emot det. Andra tjänsters spann lämnas i fred. En grupp som anges med
    /// födelseår ("barn födda 2012–2021") är de åldrar den fyller det år
    /// handlingen är daterad (6–15 år 2027); ett år hit eller dit godtas,
    /// eftersom "6–15 år" kan betyda både åldern och det år man fyller.
    /// Samma grupp i samma sammanhang ("unga vuxna … i gymnasieskolan")
    /// med två spann i två avsnitt säger också emot sig själv, med eller
    /// utan mål, när spannen har en gräns gemensam och den andra skiljer ett
    /// till fyra år.
    ///
    /// Fel:  1. Avtalet avseende anhörigstöd till barn 4-20 år … förlängs.
    ///       … förslag att avtalet anhörigstöd barn 0-20 år förlängs …
    /// Rätt: … förslag att avtalet anhörigstöd barn 4-20 år förlängs …
    pub struct AgeRangeMismatch {
        code: "A201",
        name: "age-range-mismatch",
        severity: Error,
        summary: "samma insats eller målgrupp anges med olika åldersspann",
    }
}

impl Rule for AgeRangeMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let before = out.len();
        against_the_target(paper, out);
        let flagged: Vec<std::ops::Range<usize>> =
            out[before..].iter().map(|f| f.span.clone()).collect();
        one_group_told_twice(paper, &flagged, out);
    }
}

/// Each range of the target's service or group that differs from the
/// target's range.
fn against_the_target(paper: &crate::paper::Paper, out: &mut Vec<Finding>) {
    let Some(target) = age_target(paper).or_else(|| described_age_target(paper)) else {
        return;
    };
    // Years of birth as the ages they turn in the paper's year.
    let year = paper.facts.paper_date.as_ref().map(|d| d.value.year());
    let born: Vec<AgeMention> = paper
        .scan
        .birth_years
        .iter()
        .filter(|b| b.first < b.last)
        .filter_map(|b| b.ages_turned_in(year?))
        .filter(|age| !within_a_year(age, &target.range))
        .collect();
    // Each range with the year its group is born in when told so.
    let told = paper.scan.ages.iter().map(|age| (age, None));
    for (age, born_in) in told.chain(born.iter().map(|age| (age, year))) {
        if age.span == target.span
            || age.range() == target.range
            || age.subgroup
            || age.reversed()
            || denies(age)
            || another_generation(age, &target.label)
        {
            continue;
        }
        let about_service = || {
            target
                .key
                .as_deref()
                .is_some_and(|key| names_service(age, key))
        };
        let about_target = || states_target_group(age, target.key.as_deref());
        if !(about_service() || about_target())
            || about_another_party(paper, &target, age.span.start)
        {
            continue;
        }
        out.push(
            Finding::new(
                &AgeRangeMismatch::META,
                age.span.clone(),
                format!(
                    "{} ({}) skiljer sig från målgruppens {} ({}: ”{}”)",
                    told_as(paper, age, born_in),
                    paper.line_label(age.span.start),
                    age_range(target.range),
                    paper.line_label(target.span.start),
                    target.label
                ),
            )
            .related(target.span.clone(), "målgruppens åldersspann"),
        );
    }
}

/// One group in one setting told with two ranges in two sections ("unga
/// vuxna mellan 18 och 21 år som går i gymnasieskolan" / "unga vuxna 18–24
/// år i gymnasieskolan"), whatever the target: reported where the later
/// stands, when the ranges share one bound and the other is a few years off
/// (a sub-group is usually further off, "elever 13–15 år" among "elever
/// 7–15 år", or named beside the others in one paragraph).
fn one_group_told_twice(
    paper: &crate::paper::Paper,
    flagged: &[std::ops::Range<usize>],
    out: &mut Vec<Finding>,
) {
    let ages: Vec<&AgeMention> = paper
        .scan
        .ages
        .iter()
        .filter(|a| !a.subgroup && !a.reversed() && !denies(a) && a.to.is_some())
        .collect();
    // A paper states a few; a hostile text of thousands is not paired.
    if ages.len() > MAX_AGES_PAIRED {
        return;
    }
    for (k, later) in ages.iter().enumerate() {
        if flagged.contains(&later.span) {
            continue;
        }
        // A paragraph that splits a group by age names its parts together;
        // a fact restated stands in another section.
        let apart = |earlier: &AgeMention| {
            paper.section_at(earlier.span.start) != paper.section_at(later.span.start)
        };
        let Some(earlier) = ages[..k].iter().find(|earlier| {
            apart(earlier)
                && a_bound_slipped(earlier, later)
                && same_group_in_same_setting(earlier, later)
        }) else {
            continue;
        };
        out.push(
            Finding::new(
                &AgeRangeMismatch::META,
                later.span.clone(),
                format!(
                    "åldersspannet {} ({}) skiljer sig från {} för samma grupp ({})",
                    age_range(later.range()),
                    paper.line_label(later.span.start),
                    age_range(earlier.range()),
                    paper.line_label(earlier.span.start)
                ),
            )
            .related(earlier.span.clone(), "samma grupp"),
        );
    }
}

/// The most age ranges paired with each other.
const MAX_AGES_PAIRED: usize = 200;

/// Two ranges with one bound the same and the other one to four years off.
fn a_bound_slipped(a: &AgeMention, b: &AgeMention) -> bool {
    let (Some(a_to), Some(b_to)) = (a.to, b.to) else {
        return false;
    };
    let near = |x: u32, y: u32| (1..=4).contains(&x.abs_diff(y));
    (a.from == b.from && near(a_to, b_to)) || (a_to == b_to && near(a.from, b.from))
}

/// An age range as the message names it: "åldersspannet 0–20 år", or for
/// years of birth, with the year they are turned in, "födelseåren i ”födda
/// 2010–2021” (de fyller 6–17 år 2027)".
fn told_as(paper: &crate::paper::Paper, age: &AgeMention, born_in: Option<i32>) -> String {
    match born_in {
        Some(year) => format!(
            "födelseåren i ”{}” (de fyller {} {year})",
            paper.text(&age.span),
            age_range(age.range())
        ),
        None => format!("åldersspannet {}", age_range(age.range())),
    }
}

/// Whether ages turned in a year are the target's, give or take a year at
/// each end ("6–15 år" may be the ages or the ages turned).
fn within_a_year(age: &AgeMention, target: &AgeRange) -> bool {
    let near = |a: u32, b: u32| a.abs_diff(b) <= 1;
    near(age.from, target.from)
        && match (age.to, target.to) {
            (Some(a), Some(b)) => near(a, b),
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const PAPER: &str = "### Förslag till beslut\n1. Avtalet avseende anhörigstöd till barn 4-20 år, med Solrosgruppen AB förlängs.\n### Ärende\n";

    #[test]
    fn groups_split_by_age_in_one_section_are_not_one_group_restated() {
        let text = "Förslag till beslut\n1. Nämnden godkänner avtalet.\n\nÄrende\nBarn 1–3 år i förskolan har en egen grupp. Barn 1–5 år i förskolan äter lunch klockan elva.\n";
        assert!(text_findings("A201", text).is_empty());
    }

    #[test]
    fn one_group_in_one_setting_told_twice_without_a_target() {
        let paper = |second: &str| {
            format!(
                "Förslag till beslut\n1. Socialnämnden antar reviderade riktlinjer för ekonomiskt bistånd.\n\nÄrende\nRiktlinjerna gäller unga vuxna mellan 18 och 21 år som går i gymnasieskolan tydligare.\n\nBakgrund\n{second}\n"
            )
        };
        assert_eq!(
            text_findings(
                "A201",
                &paper("För unga vuxna 18–24 år i gymnasieskolan har bedömningen skilt sig.")
            ),
            ["18–24 år"]
        );
        for second in [
            "För unga vuxna 18–21 år i gymnasieskolan har bedömningen skilt sig.",
            // Another setting, another group.
            "För unga vuxna 18–24 år som arbetar har bedömningen skilt sig.",
            // Both bounds another: another group.
            "För unga vuxna 19–20 år i gymnasieskolan har bedömningen skilt sig.",
        ] {
            assert!(text_findings("A201", &paper(second)).is_empty(), "{second}");
        }
    }

    #[test]
    fn years_of_birth_are_the_ages_turned_in_the_papers_year() {
        let paper = |said: &str| {
            format!(
                "Kultur- och fritidsförvaltningen\n2027-04-12\nDnr KFN 2027/88\n\nKultur- och fritidsnämnden\n\nSommarlovsaktiviteter 2027\n\nFörslag till beslut\n1. Bidraget används till aktiviteter för barn och unga i åldern 6–15 år.\n\nÄrende\n{said}\n"
            )
        };
        assert_eq!(
            text_findings(
                "A201",
                &paper("Aktiviteterna ska vara öppna för alla barn födda 2010–2021.")
            ),
            ["födda 2010–2021"]
        );
        for said in [
            "Aktiviteterna ska vara öppna för alla barn födda 2012–2021.",
            // A year off at an end: the ages, or the ages turned.
            "Aktiviteterna ska vara öppna för alla barn födda 2011–2021.",
            // One year of birth is a part of the group.
            "Aktiviteterna ska vara öppna för alla barn födda 2015.",
        ] {
            assert!(text_findings("A201", &paper(said)).is_empty(), "{said}");
        }
    }

    #[test]
    fn flags_the_same_service_with_another_range() {
        let text =
            format!("{PAPER}Förvaltningen föreslår att avtalet anhörigstöd barn 0-20 år förlängs.");
        assert_eq!(text_findings("A201", &text), ["0-20 år"]);
        let yaml = contract_case(
            CONTRACT,
            "sections:\n  arende: Anhörigstöd till barn 0–20 år.\n",
        );
        assert_eq!(case_findings("A201", &yaml).len(), 1);
    }

    #[test]
    fn the_service_after_the_deciding_board_and_its_verb() {
        let text = "### Förslag till beslut\nSocialnämnden beslutar att erbjuda feriearbete till ungdomar mellan 15 och 18 år.\n### Ärende\nFeriearbete erbjuds ungdomar i åldern 16–18 år.\n";
        assert_eq!(text_findings("A201", text), ["16–18 år"]);
    }

    #[test]
    fn the_service_after_a_party_and_before_a_joined_group() {
        let proposal = "Förslag till beslut\n1. Socialnämnden ingår ett partnerskap med Stiftelsen Ljusglimten om stödgrupper för barn och unga i åldern 7–17 år.\n\nÄrende\n";
        for (sentence, flagged) in [
            (
                "Stiftelsen har sedan 2019 drivit stödgrupper för barn och unga 6–17 år.",
                true,
            ),
            ("Stödgrupperna vänder sig till barn 7–18 år.", true),
            (
                "Stiftelsen har sedan 2019 drivit stödgrupper för barn och unga 7–17 år.",
                false,
            ),
            (
                "Stiftelsen driver också läxhjälp för barn och unga 6–15 år.",
                false,
            ),
        ] {
            let found = text_findings("A201", &format!("{proposal}{sentence}\n"));
            assert_eq!(found.len(), usize::from(flagged), "{sentence}");
        }
    }

    #[test]
    fn passes_other_services_and_sub_groups() {
        let text = format!(
            "{PAPER}Anhörigstöd till barn och unga i åldrarna 4-20 år. Familjestödjande insatser för familjer med barn 0-20 år. Av barn i åldern 4-9 år svarar 65 %."
        );
        assert!(text_findings("A201", &text).is_empty());
    }

    const YOUTH: &str = "  supplier: Fritidsgården Lyktan AB\n  service: öppen fritidsverksamhet för ungdomar\n  ages: 13-17\n  start: 2024-05-01\n  term_years: 2\n  max_extensions: 1\n  extension_years: 2\n  extension: { from: 2026-05-01, to: 2028-04-30 }";

    #[test]
    fn the_target_group_in_other_phrasings() {
        for (sentence, flagged) in [
            ("Verksamheten riktar sig till ungdomar 13-19 år.", true),
            ("Den vänder sig till ungdomar i åldern 13 till 19 år.", true),
            (
                "Öppen fritidsverksamhet för ungdomar mellan 13 och 19 år.",
                true,
            ),
            ("Öppen fritidsverksamhet för ungdomar 13–17 år.", false),
            ("Ungdomens hus riktar sig till unga 16-25 år.", false),
            ("Verksamheten erbjuds ungdomar 13-19 år.", true),
            ("Avtalet omfattar ungdomar i åldern 13–19 år.", true),
            ("Insatsen ges till ungdomar 12-17 år.", true),
            // Said of anything, not of the service: statistics.
            ("Det gäller ungdomar 13-15 år.", false),
            ("Skolan omfattar elever 13-15 år.", false),
            // The group before its passive verb.
            ("Ungdomar i åldern 13 till 19 år omfattas.", true),
            ("Ungdomar 13–19 år erbjuds verksamheten.", true),
            (
                "Ungdomar från 12 upp till 17 år omfattas av insatsen.",
                true,
            ),
            ("Ungdomar 13-15 år omfattas av skolans läxhjälp.", false),
        ] {
            let yaml = contract_case(YOUTH, &format!("sections:\n  arende: {sentence}\n"));
            assert_eq!(
                case_findings("A201", &yaml).len(),
                usize::from(flagged),
                "{sentence}"
            );
        }
    }

    #[test]
    fn the_service_by_its_verb_forms_not_its_sentences() {
        // The proposal names the party before the service: the key is the
        // service ("anhörigstöd"), not the party.
        let proposal = "Förslag till beslut\n1. Socialnämnden beslutar att förlänga avtalet med Solrosgruppen AB om anhörigstöd till barn 4–20 år.\n\nÄrende\n";
        for (sentence, flagged) in [
            ("Anhörigstödet vänder sig till barn 4–18 år.", true),
            (
                "Stödet kommer även fortsättningsvis att riktas till barn 4–18 år.",
                true,
            ),
            ("Stödet kommer fortsatt att riktas till barn 4–18 år.", true),
            ("Sedan 2024 riktar sig stödet till barn 4–18 år.", true),
            ("Insatsen ska även omfatta barn 4–18 år.", true),
            ("Barn 4–18 år kan ta del av stödet.", true),
            // What the service was, and another service.
            ("Insatsen omfattade tidigare barn 4–18 år.", false),
            ("Familjestödet vänder sig till barn 0–18 år.", false),
            ("Anhörigstödet vänder sig inte till barn 0–3 år.", false),
            (
                "Kommunen erbjuder också anhörigstöd till vuxna 18–64 år.",
                false,
            ),
            (
                "Sedan 2024 riktar sig familjestödet till barn 0–18 år.",
                false,
            ),
        ] {
            let text = format!("{proposal}{sentence}\n");
            assert_eq!(
                text_findings("A201", &text).len(),
                usize::from(flagged),
                "{sentence}"
            );
        }
    }

    #[test]
    fn the_service_in_its_definite_and_indefinite_forms() {
        // "Skolskjutsen" first, "Skolskjuts" later; the later range restated
        // after "det vill säga".
        let text = "Förslag till beslut\n1. Nämnden tilldelar Norrvägens Buss AB avtalet.\n\nSammanfattning\nSkolskjutsen är till för elever mellan 6 och 16 år.\n\nÄrendet\nSkolskjuts ges till elever i förskoleklass till och med årskurs 9, det vill säga elever i åldern 6–15 år.\n";
        assert_eq!(text_findings("A201", text), ["6–15 år"]);
        let same = text.replace("6–15", "6–16");
        assert!(text_findings("A201", &same).is_empty());
    }

    #[test]
    fn the_target_group_stated_after_a_heading() {
        // The heading "Ärende" is no part of the sentence that follows it.
        let text = "Förslag till beslut\n1. Socialnämnden beslutar att erbjuda familjestöd till barn 4-20 år.\n\nÄrende\nStödet riktar sig till barn 0-20 år och deras familjer.\n";
        assert_eq!(text_findings("A201", text), ["0-20 år"]);
    }

    #[test]
    fn open_ranges_in_case_and_text() {
        let contract = CONTRACT
            .replace("ages: 4-20", "ages: 65+")
            .replace("anhörigstöd till barn", "anhörigstöd till äldre");
        let yaml = contract_case(
            &contract,
            "sections:\n  arende: Anhörigstöd till äldre från 70 år. Insatsen riktar sig till personer från 65 år.\n",
        );
        let found = case_findings("A201", &yaml);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("70 år och äldre") && found[0].contains("65 år och äldre"),
            "{}",
            found[0]
        );
    }

    #[test]
    fn another_partys_contract_for_the_same_service_has_its_own_range() {
        let text = "### Förslag till beslut\n1. Avtalet med Fyrbåken Stödboende AB om stödboende för unga 18–20 år förlängs.\n2. Avtalet med Solgläntan Omsorg AB om stödboende för ungdomar 16–17 år förlängs inte.\n### Ärende\nSolgläntan Omsorg AB erbjuder stödboende för ungdomar 16–17 år. Fyrbåken Stödboende AB erbjuder stödboende för unga 18–21 år.\n";
        assert_eq!(text_findings("A201", text), ["18–21 år"]);
        // The same party misspelt is the same contract.
        let misspelt = text.replace(
            "Fyrbåken Stödboende AB erbjuder",
            "Fyrbåkens Stödboende AB erbjuder",
        );
        assert_eq!(text_findings("A201", &misspelt), ["18–21 år"]);
    }

    #[test]
    fn without_ages_in_the_proposals_the_text_states_the_target() {
        let text = "### Förslag till beslut\n1. Nämnden nyttjar option om förlängning av avtalet med Lindängens Familjeteam AB med ett år.\n### Ärende\nNämnden tecknade avtal om familjebehandling för familjer med barn 0–17 år. Insatserna riktar sig till familjer med barn i åldern 0–18 år. Föräldrar till barn 6–12 år deltar i grupper. Fritidsklubben vänder sig till barn 10–12 år.\n";
        assert_eq!(text_findings("A201", text), ["0–18 år"]);
    }

    #[test]
    fn the_service_is_the_noun_the_group_is_joined_to() {
        let text = "### Förslag till beslut\n1. Nämnden godkänner investeringen.\n### Ärende\nFörskolan ska ha åtta avdelningar med plats för 160 barn i åldern 1–5 år. Paviljongernas 120 platser ersätts av 160 nya platser för barn 1–6 år. Öppna förskolan tar emot barn 0–6 år.\n";
        assert_eq!(text_findings("A201", text), ["1–6 år"]);
    }

    #[test]
    fn the_message_names_the_service_without_stray_words() {
        let text = "### Förslag till beslut\n1. Avtalet om öppen fritidsverksamhet för ungdomar 13-17 år förlängs.\n### Ärende\nAvtalet om öppen fritidsverksamhet för ungdomar 13-19 år.";
        let messages = text_messages("A201", text);
        assert_eq!(messages.len(), 1);
        assert!(
            messages[0]
                .ends_with("målgruppens 13–17 år (rad 2: ”öppen fritidsverksamhet för ungdomar”)"),
            "{}",
            messages[0]
        );
    }
}
