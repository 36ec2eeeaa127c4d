use std::collections::BTreeMap;

use chrono::Datelike;

use super::{date, quote};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta, Severity};
use crate::paper::scan::{PlanKind, PlanMention, cues, within};
use crate::paper::{Paper, SectionKind};

declare_rule! {
    /// D108 plan-year-mismatch: en plan, ett schema, en budget eller en
    /// rapport för ett år som texten ger ett annat år.
    ///
    /// Handlingens plan är den som rubriken nämner ("Sammanträdesplan 2027").
    /// Samma plan med ett annat år i "Förslag till beslut" är fel; för en
    /// sammanträdesplan rapporteras också ett annat år någon annanstans i texten
    /// ("datum för nämndens sammanträden 2026") och sammanträdesdatum som alla
    /// ligger ett annat år. Andra planer kan mycket väl hänvisa till förra årets,
    /// så för dem räknas bara förslagen och beslutsunderlaget (bilagorna är
    /// planen själv). Vilken plan som helst räknas — sammansatta ord på -plan,
    /// -budget, -prognos, -taxa, -berättelse, -redovisning, -rapport
    /// (tillsynsplan, helårsprognos, nämnd- och förvaltningsplan). En
    /// verksamhetsberättelse ("för 2014")
    /// kan inte ha beretts innan året var slut: "bereddes … den 11 mars 2014"
    /// rapporteras.
    ///
    /// Fel:  # Sammanträdesplan 2027 … Förslag på datum för nämndens sammanträden 2026 …
    /// Rätt: # Sammanträdesplan 2027 … Förslag på datum för nämndens sammanträden 2027 …
    ///
    /// Fel:  Verksamhetsberättelsen för 2014 godkänns. Ärendet bereddes vid
    ///       utskottets sammanträde den 11 mars 2014.
    /// Rätt: … Ärendet bereddes vid utskottets sammanträde den 11 mars 2015.
    pub struct PlanYearMismatch {
        code: "D108",
        name: "plan-year-mismatch",
        severity: Error,
        summary: "en plan eller rapport för ett år som texten ger ett annat år",
    }
}

/// Most plan mentions looked at: a paper names a handful.
const MAX_PLANS: usize = 200;

/// How far after a report's name its preparation is looked for.
const REPORT_REACH: usize = 1200;

impl Rule for PlanYearMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        if let Some(subject) = subject(paper) {
            other_years(paper, subject, out);
            plan_for_a_closed_year(paper, subject, out);
            if subject.kind == PlanKind::Schedule {
                dates_in_another_year(paper, subject, out);
            }
        }
        attachments_of_another_year(paper, out);
        report_prepared_too_early(paper, out);
    }
}

/// The plan the paper is about: named in its title.
fn subject(paper: &Paper) -> Option<&PlanMention> {
    paper.named_in_title(&paper.scan.plans, |p| p.span.start)
}

fn other_years(paper: &Paper, subject: &PlanMention, out: &mut Vec<Finding>) {
    let mut seen: Vec<i32> = Vec::new();
    for plan in &paper.scan.plans {
        if plan.family != subject.family || plan.year == subject.year || seen.contains(&plan.year) {
            continue;
        }
        let section = paper.section_at(plan.span.start);
        let in_proposals = section == Some(&SectionKind::Proposals);
        // The attachments name the plan itself ("Bilaga: Tillsynsplan 2026").
        // … unless the attachment looks back ("Uppföljning av tillsynsplan 2025").
        let attached = section == Some(&SectionKind::Basis)
            && !cues::looks_back(paper.line_at(plan.span.start));
        if !in_proposals
            && !attached
            && (subject.kind != PlanKind::Schedule || is_another_plan(paper, plan))
        {
            continue;
        }
        seen.push(plan.year);
        let mut finding = Finding::new(
            &PlanYearMismatch::META,
            plan.year_span.clone(),
            format!(
                "”{}” anger året {}, men skrivelsen gäller {} ({}, {})",
                paper.text(&plan.span),
                plan.year,
                subject.year,
                paper.text(&subject.span),
                paper.line_label(subject.span.start)
            ),
        )
        .related(subject.span.clone(), "planens år");
        if !in_proposals {
            finding = finding.at_most(Severity::Warning);
        }
        out.push(finding);
    }
}

/// A plan of another year that its sentence treats as a plan of its own:
/// made, adopted or replaced ("Sammanträdesplanen för 2027 fastställs i
/// november 2026", "… som antogs för 2025").
fn is_another_plan(paper: &Paper, plan: &PlanMention) -> bool {
    paper
        .scan
        .sentence_at(plan.span.start)
        .is_some_and(|sentence| cues::adopts_or_replaces_plan(paper.text(&sentence)))
}

/// A meeting schedule whose dates all lie in one other year.
fn dates_in_another_year(paper: &Paper, subject: &PlanMention, out: &mut Vec<Finding>) {
    let listed: Vec<(chrono::NaiveDate, &std::ops::Range<usize>)> = paper
        .scan
        .dates
        .iter()
        .filter(|d| d.span.start > subject.span.end && !paper.in_furniture(d.span.start))
        // The papers it was prepared from, and the paper's own day (a
        // repeated page header), are not the plan's dates.
        .filter(|d| {
            !matches!(
                paper.section_at(d.span.start),
                Some(SectionKind::Basis | SectionKind::Header | SectionKind::Distribution)
            )
        })
        .filter_map(|d| Some((*d.date.as_ref().ok()?, &d.span)))
        .filter(|(d, _)| {
            paper
                .facts
                .paper_date
                .as_ref()
                .is_none_or(|own| own.value != *d || own.span.start > subject.span.start)
        })
        .collect();
    if listed.iter().any(|(d, _)| d.year() == subject.year) {
        odd_meeting_dates(paper, subject, out);
        return;
    }
    let mut by_year: BTreeMap<i32, usize> = BTreeMap::new();
    for (d, _) in &listed {
        *by_year.entry(d.year()).or_default() += 1;
    }
    let Some((&year, &count)) = by_year.iter().max_by_key(|(_, n)| **n) else {
        return;
    };
    if count < 3 {
        return;
    }
    let (first, span) = listed
        .iter()
        .find(|(d, _)| d.year() == year)
        .expect("counted");
    out.push(
        Finding::new(
            &PlanYearMismatch::META,
            (*span).clone(),
            format!(
                "{} av datumen i planen ligger {year} (först {}), men planen gäller {}",
                count,
                date(*first),
                subject.year
            ),
        )
        .related(subject.span.clone(), "planens år"),
    );
}

/// In a sentence that lists the meetings ("sammanträda 2027-02-03,
/// 2027-03-10 …"), a date in another year among dates in the plan's year.
fn odd_meeting_dates(paper: &Paper, subject: &PlanMention, out: &mut Vec<Finding>) {
    for sentence in &paper.scan.sentences {
        let text = paper.text(sentence).to_lowercase();
        if !(text.contains("sammanträd") || text.contains("möte")) {
            continue;
        }
        let dates: Vec<_> = paper
            .scan
            .dates_in(sentence)
            .iter()
            .filter_map(|d| Some((*d.date.as_ref().ok()?, &d.span)))
            .collect();
        let in_year = dates
            .iter()
            .filter(|(d, _)| d.year() == subject.year)
            .count();
        if in_year < 3 || in_year * 2 <= dates.len() {
            continue;
        }
        for (d, span) in dates.iter().filter(|(d, _)| d.year() != subject.year) {
            out.push(
                Finding::new(
                    &PlanYearMismatch::META,
                    (*span).clone(),
                    format!(
                        "sammanträdet {} ligger inte i {}, som de andra sammanträdena i planen",
                        date(*d),
                        subject.year
                    ),
                )
                .related(subject.span.clone(), "planens år")
                .at_most(Severity::Warning),
            );
        }
    }
}

/// A plan or forecast the paper adopts for a year that had closed before
/// the paper was written ("Verksamhetsplan 2025 godkänns" in October 2026).
/// A follow-up of the plan ("Uppföljning av internkontrollplan 2025") looks
/// back on purpose and is left alone.
fn plan_for_a_closed_year(paper: &Paper, subject: &PlanMention, out: &mut Vec<Finding>) {
    let Some(written) = &paper.facts.paper_date else {
        return;
    };
    let forward = subject.family.ends_with("plan") || subject.family.ends_with("prognos");
    if subject.kind != PlanKind::Plan || !forward || subject.year >= written.value.year() {
        return;
    }
    // The sentence a plan is named in (its title line) looks back?
    let looks_back = |plan: &PlanMention| {
        let sentence = paper.scan.sentence_at(plan.span.start);
        cues::looks_back(paper.text(sentence.as_ref().unwrap_or(&plan.span)))
    };
    if looks_back(subject) {
        return;
    }
    let adopted = paper.scan.plans.iter().any(|p| {
        p.family == subject.family
            && p.year == subject.year
            && paper.section_at(p.span.start) == Some(&SectionKind::Proposals)
            && !looks_back(p)
    });
    if adopted {
        out.push(
            Finding::new(
                &PlanYearMismatch::META,
                subject.year_span.clone(),
                format!(
                    "{} gäller ett år som redan var slut när skrivelsen skrevs ({}): är årtalet fel?",
                    quote(paper, &subject.span),
                    date(written.value)
                ),
            )
            .related(written.span.clone(), "skrivelsens datum")
            .at_most(Severity::Warning),
        );
    }
}

/// Each item's attachments name the plan its proposals adopt by the same
/// year: "Nämnd- och förvaltningsplan 2021 … antas" with the attachment
/// "nämnd- och förvaltningsplan 2022 BUN.docx" is one of them mistyped. An
/// item is a "Förslag till beslut" and what follows until the next, so an
/// agenda's items are checked one by one.
fn attachments_of_another_year(paper: &Paper, out: &mut Vec<Finding>) {
    let proposals: Vec<&std::ops::Range<usize>> = paper
        .regions
        .iter()
        .filter(|r| r.kind == SectionKind::Proposals)
        .map(|r| &r.range)
        .collect();
    for (i, adopting) in proposals.iter().enumerate() {
        let item_end = proposals.get(i + 1).map_or(paper.source.len(), |r| r.start);
        let plans = |range: std::ops::Range<usize>| within(&paper.scan.plans, &range, |p| &p.span);
        let adopted: Vec<&PlanMention> = plans((*adopting).clone())
            .iter()
            .filter(|p| !is_a_span_of_years(paper, p))
            .collect();
        if adopted.is_empty() {
            continue;
        }
        let attached = plans(adopting.end..item_end).iter().filter(|p| {
            paper.section_at(p.span.start) == Some(&SectionKind::Basis)
                && !is_a_span_of_years(paper, p)
                && !cues::looks_back(paper.line_at(p.span.start))
        });
        for plan in attached {
            let same_family: Vec<&&PlanMention> =
                adopted.iter().filter(|a| a.family == plan.family).collect();
            let Some(first) = same_family.first() else {
                continue;
            };
            if same_family.iter().any(|a| a.year == plan.year)
                || out.iter().any(|f| f.span == plan.year_span)
            {
                continue;
            }
            out.push(
                Finding::new(
                    &PlanYearMismatch::META,
                    plan.year_span.clone(),
                    format!(
                        "bilagan {} anger året {}, men förslaget antar {} ({})",
                        quote(paper, &plan.span),
                        plan.year,
                        quote(paper, &first.span),
                        paper.line_label(first.span.start)
                    ),
                )
                .related(first.span.clone(), "planen i förslaget")
                .at_most(Severity::Warning),
            );
        }
    }
}

/// "kommunplan 2021-2024": a plan for several years, not one.
fn is_a_span_of_years(paper: &Paper, plan: &PlanMention) -> bool {
    let after = &paper.source[plan.year_span.end..];
    let after = after.trim_start_matches([' ', '\t']);
    after
        .strip_prefix(['-', '–', '/'])
        .is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// An annual report for year Y prepared on a date in year Y or earlier.
fn report_prepared_too_early(paper: &Paper, out: &mut Vec<Finding>) {
    let plans = &paper.scan.plans;
    for (i, report) in plans.iter().enumerate().take(MAX_PLANS) {
        if report.kind != PlanKind::Report {
            continue;
        }
        // Up to the next plan of another year, or the reach.
        let reach_end = plans[i + 1..]
            .iter()
            .find(|p| p.year != report.year)
            .map_or(report.span.end + REPORT_REACH, |p| p.span.start)
            .min(report.span.end + REPORT_REACH);
        for sentence in within(&paper.scan.sentences, &(report.span.end..reach_end), |s| s) {
            if !cues::reports_preparation(paper.text(sentence)) {
                continue;
            }
            let early = paper
                .scan
                .dates_in(sentence)
                .iter()
                .find(|d| d.date.as_ref().is_ok_and(|d| d.year() <= report.year));
            let Some(early) = early else { continue };
            if out.iter().any(|f| f.span == early.span) {
                continue;
            }
            let when = *early.date.as_ref().expect("valid");
            out.push(
                Finding::new(
                    &PlanYearMismatch::META,
                    early.span.clone(),
                    format!(
                        "{} kan inte ha beretts {}, innan {} var slut: är årtalet fel?",
                        quote(paper, &report.span),
                        date(when),
                        report.year
                    ),
                )
                .related(report.span.clone(), "rapportens år")
                .at_most(Severity::Warning),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_schedule_with_another_year() {
        let text = "Lövsjö kommun\n# Sammanträdesplan 2027 för kultur- och fritidsnämnden\n### Förslag till beslut\n1. Sammanträdesplan 2027 fastställs.\n### Ärende\nFörslag på datum för nämndens sammanträden 2026 finns i bilagan.\n";
        assert_eq!(text_findings("D108", text), ["2026"]);
        let text = "# Sammanträdesplan 2027\n### Förslag till beslut\n1. Planen fastställs.\n### Ärende\nNämnden sammanträder 2026-02-04, 2026-03-11, 2026-04-15 och 2026-05-20.\n";
        assert_eq!(text_findings("D108", text), ["2026-02-04"]);
    }

    #[test]
    fn flags_a_long_titled_plan_adopted_for_another_year() {
        let paper = |year: &str| {
            format!(
                "Miljö- och byggförvaltningen\nTjänsteskrivelse\n2026-09-30\n\nMiljö- och byggnämnden\n\nTaxa för prövning och tillsyn inom miljöbalkens område 2027\n\nFörslag till beslut\n1. att anta taxa för prövning och tillsyn inom miljöbalkens område {year} enligt bilaga.\n\nÄrendet\nTaxan höjs.\n"
            )
        };
        assert_eq!(text_findings("D108", &paper("2028")), ["2028"]);
        assert!(text_findings("D108", &paper("2027")).is_empty());
    }

    #[test]
    fn a_plan_read_twice_is_one_mention() {
        // The header's long title is read line by line, the proposal's plan
        // by both readers: each plan once, in text order.
        let text = "Kultur- och fritidsförvaltningen\nTjänsteskrivelse\n2026-09-30\n\nVerksamhetsplan för kultur och fritid i Ekby kommun 2027\n\nFörslag till beslut\n1. att fastställa verksamhetsplan 2027.\n\nÄrendet\nVerksamhetsplan 2027 bygger på budgeten.\n";
        let paper = crate::paper::structure::paper_from_text("x.txt".into(), text.into());
        let spans: Vec<_> = paper.scan.plans.iter().map(|p| p.span.clone()).collect();
        assert_eq!(spans.len(), 3, "{spans:?}");
        assert!(
            spans.windows(2).all(|w| w[0].end <= w[1].start),
            "{spans:?}"
        );
    }

    #[test]
    fn passes_the_basis_and_the_own_day_of_a_schedule_decided_in_minutes() {
        // Minutes of 2019 deciding the plan for 2020: its dates are
        // year-less, the basis and the repeated page header are of 2019.
        let text = "Kultur- och fritidsnämnden 2019-10-17\n\nPlan för sammanträden 2020\n\nBeslut\nNämnden beslutar att ha 9 sammanträden under 2020.\n\nÄrendet\nDatum: 23 januari, 20 februari och 19 mars.\n\nBeslutsunderlag\nBeredningens protokoll 2019-10-03\nTjänsteskrivelse 2019-09-17\n\nKultur- och fritidsnämnden 2019-10-17\n";
        assert!(text_findings("D108", text).is_empty());
    }

    #[test]
    fn flags_one_meeting_date_in_another_year() {
        let text = "# Sammanträdesplan 2027\n### Förslag till beslut\n1. Planen fastställs.\n### Ärende\nNämnden sammanträder 2027-02-03, 2026-03-10, 2027-04-14 och 2027-05-19. Planen följer fullmäktiges, som antogs 2026-09-21.\n";
        assert_eq!(text_findings("D108", text), ["2026-03-10"]);
    }

    #[test]
    fn flags_another_year_in_the_proposals() {
        let text = "# Verksamhetsplan 2027 för socialnämnden\n### Förslag till beslut\n1. Verksamhetsplan 2026 för socialnämnden godkänns.\n";
        assert_eq!(text_findings("D108", text), ["2026"]);
    }

    #[test]
    fn flags_a_report_prepared_before_its_year_ended() {
        let text = "Sammanträde 2026-03-24\n\n2 Verksamhetsberättelse kultur- och fritidsutskottet 2025\n\nKommunstyrelsens förslag till beslut\n- Utskottets verksamhetsberättelse för 2025 godkänns.\n\nBeskrivning av ärendet\nÄrendet bereddes vid utskottets sammanträde den 10 mars 2025. Utskottet föreslår att den godkänns.\n";
        assert_eq!(text_findings("D108", text), ["10 mars 2025"]);
    }

    #[test]
    fn passes_last_years_plan_cited_and_reports_prepared_after() {
        let text = "# Verksamhetsplan 2027 för socialnämnden\n### Förslag till beslut\n1. Verksamhetsplan 2027 godkänns.\n### Ärende\nJämfört med verksamhetsplan 2026 ökar ramen. Budget 2026 visade ett överskott.\n";
        assert!(text_findings("D108", text).is_empty());
        let text = "### Ärende\nVerksamhetsberättelse för 2025. Ärendet bereddes vid utskottets sammanträde den 10 mars 2026.\n";
        assert!(text_findings("D108", text).is_empty());
        let text = "# Sammanträdesplan 2027\n### Ärende\nUnder 2026 hölls tio sammanträden. Nämnden sammanträder 2027-02-03 och 2027-03-10; planen beslutades 2026-11-18.\n";
        assert!(text_findings("D108", text).is_empty());
        let text = "# Sammanträdesplan 2026 – ändring\n### Förslag till beslut\n1. Sammanträdet den 14 maj flyttas.\n### Ärende\nSammanträdesplanen för 2027 fastställs i november 2026. Sammanträdesplanen för 2025 ersattes av denna.\n";
        assert!(text_findings("D108", text).is_empty());
    }

    #[test]
    fn a_plan_adopted_for_a_year_already_closed() {
        let text = "Lövsjö kommun\n2026-10-05\nDnr MN 2026-140\n\n# Tillsynsplan 2025 för miljönämnden\n\n### Förslag till beslut\n1. Tillsynsplan 2025 antas.\n";
        assert_eq!(text_findings("D108", text), ["2025"]);
        let follow_up = "Lövsjö kommun\n2026-02-05\nDnr MN 2026-14\n\n# Uppföljning av tillsynsplan 2025\n\n### Förslag till beslut\n1. Uppföljningen av tillsynsplan 2025 godkänns.\n";
        assert!(text_findings("D108", follow_up).is_empty());
    }
}
