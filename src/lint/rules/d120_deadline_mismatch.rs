use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::{date, period};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::Deadline;
use crate::paper::{Paper, SectionKind};

declare_rule! {
    /// D120 deadline-mismatch: sista dagen för samma sak anges med två
    /// olika datum.
    ///
    /// Sista dagen för en ansökan, ett yttrande eller ett anbud skrivs ofta
    /// två gånger: "yttrandet ska lämnas senast den 5 mars" och
    /// "remisstiden går ut den 5 mars", "Ansökan är öppen 1–28 februari" och
    /// "Sista ansökningsdag är den 28 februari", eller senast-dagen vid
    /// mottagaren under "Beslutet skickas till". Saken känns igen på ordets
    /// stam, ensamt eller först i ett sammansatt ord ("ansökan",
    /// "ansökningsdag", "ansökningsperioden"; "yttrandet", "remisstiden",
    /// "svarstid"). Det första datumet räknas som det rätta. Två ansökningar
    /// om olika saker ("ansökan om bidrag", "ansökan om lokal"), en dag som
    /// en förlängning ersatt, ett annat år ("förra året skulle ansökan …")
    /// och datum mer än fyra månader isär lämnas i fred. I en dagordning
    /// eller ett protokoll jämförs bara dagar inom samma stycke.
    ///
    /// Fel:  Remissen kom in den 8 december och yttrandet ska lämnas senast
    ///       den 5 mars 2027. … Remisstiden går ut den 12 mars 2027.
    /// Rätt: … Remisstiden går ut den 5 mars 2027.
    pub struct DeadlineMismatch {
        code: "D120",
        name: "deadline-mismatch",
        severity: Error,
        summary: "sista dagen för samma sak anges med två olika datum",
    }
}

/// Last days further apart than this are of two rounds (this year's and
/// next year's application), not one written twice.
const SAME_ROUND_DAYS: i64 = 122;

/// In an agenda or minutes, two last days in one paragraph at most this far
/// apart are told of one matter.
const ONE_MATTER_BYTES: usize = 600;

impl Rule for DeadlineMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let stated = stated_deadlines(paper);
        let mut activities: Vec<&str> = stated.iter().map(|(a, _)| *a).collect();
        activities.sort_unstable();
        activities.dedup();
        for activity in activities {
            let one: Vec<&Deadline> = stated
                .iter()
                .filter(|(a, _)| *a == activity)
                .map(|(_, d)| *d)
                .collect();
            check_one_activity(paper, activity, &one, out);
        }
    }
}

/// Each last day with its activity; a last day beside a recipient in
/// "Beslutet skickas till" ("Socialdepartementet, senast den 5 mars") is
/// the day the answer is due, when the paper has a last day for one.
fn stated_deadlines(paper: &Paper) -> Vec<(&'static str, &Deadline)> {
    let answers = paper
        .scan
        .deadlines
        .iter()
        .any(|d| d.activity == Some("yttrande"));
    paper
        .scan
        .deadlines
        .iter()
        .filter(|d| !paper.in_furniture(d.span.start))
        .filter_map(|d| {
            let sent_with =
                || answers && paper.section_at(d.span.start) == Some(&SectionKind::Distribution);
            match d.activity {
                Some(activity) => Some((activity, d)),
                None if sent_with() => Some(("yttrande", d)),
                None => None,
            }
        })
        .collect()
}

/// Compares an activity's later last days with its first. When the
/// activity is qualified two ways ("ansökan om bidrag", "ansökan om
/// lokal"), only last days with the same qualifier are one activity's.
fn check_one_activity(paper: &Paper, activity: &str, stated: &[&Deadline], out: &mut Vec<Finding>) {
    let mut qualifiers: Vec<&str> = stated
        .iter()
        .filter_map(|d| d.qualifier.as_deref())
        .collect();
    qualifiers.sort_unstable();
    qualifiers.dedup();
    let replaced: BTreeSet<NaiveDate> = stated.iter().filter_map(|d| d.replaced).collect();
    let first_of_all = stated.iter().find(|d| !replaced.contains(&d.date));
    // An agenda or minutes hold many matters: there the last day told just
    // before, in the same item, is the one to agree with.
    let collection = paper.is_collection();
    let reference = |at: usize| -> Option<&Deadline> {
        if !collection {
            return first_of_all.copied();
        }
        let later = stated[at];
        stated[..at]
            .iter()
            .rev()
            .take_while(|d| later.span.start - d.span.start <= ONE_MATTER_BYTES)
            .find(|d| {
                one_paragraph(&paper.source[d.span.end..later.span.start])
                    && !replaced.contains(&d.date)
            })
            .copied()
    };
    let mut reported: BTreeSet<NaiveDate> = BTreeSet::new();
    for (at, later) in stated.iter().enumerate() {
        let Some(first) = reference(at) else {
            continue;
        };
        let same_thing = qualifiers.len() <= 1 || later.qualifier == first.qualifier;
        let near = (later.date - first.date).num_days().abs() <= SAME_ROUND_DAYS;
        if later.span.start <= first.span.start
            || later.date == first.date
            || replaced.contains(&later.date)
            || !same_thing
            || !near
            || reported.contains(&later.date)
        {
            continue;
        }
        reported.insert(later.date);
        out.push(
            Finding::new(
                &DeadlineMismatch::META,
                later.span.clone(),
                message(paper, activity, first, later),
            )
            .related(first.span.clone(), "samma sista dag"),
        );
    }
}

/// The message: each last day as the text tells it, a period open for the
/// activity as its period ("Ansökan är öppen 1–21 februari").
fn message(paper: &Paper, activity: &str, first: &Deadline, later: &Deadline) -> String {
    let here = match later.opens {
        Some(opens) => format!(
            "perioden för {} anges här som {}",
            label(activity),
            period(opens, later.date)
        ),
        None => format!(
            "sista dagen för {} anges här som {}",
            label(activity),
            date(later.date)
        ),
    };
    let there = match (first.opens, later.opens) {
        (Some(opens), _) => format!("perioden anges som {}", period(opens, first.date)),
        (None, Some(_)) => format!("sista dagen anges som {}", date(first.date)),
        (None, None) => format!("som {}", date(first.date)),
    };
    format!(
        "{here}, men {there} ({})",
        paper.line_label(first.span.start)
    )
}

/// Whether text between two places keeps to one paragraph: no blank line,
/// no item's "§".
fn one_paragraph(between: &str) -> bool {
    !between.contains("\n\n") && !between.contains('§')
}

/// The activity as a message names it.
fn label(activity: &str) -> &str {
    match activity {
        "yttrande" => "yttrandet",
        "anbud" => "anbuden",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const CONSULTATION: &str = "Tjänsteskrivelse\n2027-02-03\n\nKommunstyrelsen\n\nYttrande över betänkandet Ett tryggare boende (SOU 2026:58)\n\nFörslag till beslut\n1. Kommunstyrelsen antar förslaget till yttrande.\n\nÄrende\nRemissen kom in den 8 december 2026 och yttrandet ska lämnas senast den 5 mars 2027.\n";

    #[test]
    fn flags_a_last_day_told_again_otherwise() {
        for (sentence, flagged) in [
            ("Remisstiden går ut den 12 mars 2027.", Some("12 mars 2027")),
            (
                "Svaret ska vara departementet till handa senast den 15 mars 2027.",
                Some("15 mars 2027"),
            ),
            ("Remisstiden går ut fredagen den 5 mars 2027.", None),
            ("Yttrandet ska lämnas senast 2027-03-05.", None),
            // Another year's round, and a day a change replaced.
            (
                "Förra året skulle yttrandet ha lämnats senast den 12 mars 2026.",
                None,
            ),
            (
                "Remisstiden har förlängts från 5 mars till 19 mars 2027.",
                None,
            ),
        ] {
            let text = format!("{CONSULTATION}{sentence}\n");
            assert_eq!(
                text_findings("D120", &text),
                flagged.into_iter().collect::<Vec<_>>(),
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_last_day_beside_the_recipient_is_the_answers() {
        let text = format!(
            "{CONSULTATION}\nBeslutet skickas till\nSocialdepartementet (S2026/04122), senast den 15 mars 2027\n"
        );
        assert_eq!(text_findings("D120", &text), ["15 mars 2027"]);
        let same = text.replace("15 mars", "5 mars");
        assert!(text_findings("D120", &same).is_empty());
    }

    #[test]
    fn an_application_period_and_its_last_day() {
        let paper = "Förslag till beslut\n1. Nämnden erbjuder feriearbete.\n\nÄrende\nAnsökan är öppen 1–28 februari 2027. Sista ansökningsdag är den 28 februari 2027.\n";
        assert!(text_findings("D120", paper).is_empty());
        let later = paper.replace("den 28 februari", "den 28 mars");
        assert_eq!(text_findings("D120", &later), ["28 mars 2027"]);
        let shorter = paper.replace("1–28 februari", "1–21 februari");
        assert_eq!(text_findings("D120", &shorter), ["28 februari 2027"]);
        // Minutes: the same item only.
        let minutes = "PROTOKOLL\nSammanträdesdatum 2005-03-01\n\n§ 4 Yttrande\nKammarrätten har anmodat kommunen att inkomma med yttrande senast den 20 april 2005. (Förlängd svarstid från 18 mars till 13 april 2005 enligt telefonbesked.)\n\n§ 5 Remiss\nNämnden ska yttra sig senast den 2 maj 2005.\n";
        assert_eq!(text_findings("D120", minutes), ["13 april 2005"]);
        // Applications for two things.
        let two = "Ärende\nAnsökan om bidrag ska ha kommit in senast den 1 mars 2027. Ansökan om lokal ska ha kommit in senast den 1 april 2027.\n";
        assert!(text_findings("D120", two).is_empty());
    }
}
