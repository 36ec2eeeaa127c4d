//! Plans, schedules, budgets and reports named with their year:
//! "Sammanträdesplan 2027", "verksamhetsplan för 2017", "Verksamhetsberättelse
//! miljö- och samhällsbyggnadsutskottet 2014", "datum för nämndens
//! sammanträden 2026", "Årsredovisning för Lövsjö kommun 2025".

use std::sync::LazyLock;

use regex::Regex;

use super::{Span, regex};

/// What a plan is, which says how its year may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanKind {
    /// Meeting dates: everything in the paper concerns the planned year.
    Schedule,
    /// A plan or budget for a coming year.
    Plan,
    /// An annual report on a year that has ended.
    Report,
}

/// A plan and the year it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanMention {
    /// From the plan word to the year.
    pub span: Span,
    pub year_span: Span,
    pub year: i32,
    /// One word per plan family: "sammanträdesplan" for every way of
    /// naming a meeting schedule, else the word itself in lower case.
    pub family: String,
    pub kind: PlanKind,
}

static PLAN: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"([Ss]ammanträdesplan|[Ss]ammanträdestider|[Ss]ammanträdesdagar|[Ss]ammanträdesdatum|[Ss]ammanträden|[Mm]ötesplan|[Mm]ötestider|[Vv]erksamhetsplan|[Nn]ämndplan|[Ii]nternkontrollplan|[Bb]udget|[Vv]erksamhetsberättelse|[Åå]rsredovisning|[Åå]rsbokslut|[Åå]rsrapport)(?:en|et|s|ens|ar|arna)?((?:[ \t]+[\p{L}-]+){0,4}?)[ \t]+(?:för[ \t]+)?(?:år[ \t]+)?((?:19|20)\d{2})\b",
    )
});

pub(super) fn find_plans(text: &str) -> Vec<PlanMention> {
    PLAN.captures_iter(text)
        .filter_map(|c| {
            let word = c.get(1)?;
            let year = c.get(3)?;
            // A whole word (checked here: a pattern that starts with a
            // non-letter class loses the engine's literal search).
            if text[..word.start()].ends_with(char::is_alphabetic) {
                return None;
            }
            // "Budget 2025–2027" and "läsåret 2009/10" are spans, not one year.
            let rest = text[year.end()..].trim_start_matches([' ', '\t']);
            let after_dash = rest.strip_prefix(['-', '–', '—', '/']).map(str::trim_start);
            if after_dash.is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit())) {
                return None;
            }
            let lower = word.as_str().to_lowercase();
            let (family, kind) = family(&lower);
            Some(PlanMention {
                span: word.start()..year.end(),
                year_span: year.range(),
                year: year.as_str().parse().ok()?,
                family,
                kind,
            })
        })
        .collect()
}

fn family(word: &str) -> (String, PlanKind) {
    if word.starts_with("sammanträde") || word.starts_with("möte") {
        return ("sammanträdesplan".into(), PlanKind::Schedule);
    }
    let kind = match word {
        "verksamhetsberättelse" | "årsredovisning" | "årsbokslut" | "årsrapport" => {
            PlanKind::Report
        }
        _ => PlanKind::Plan,
    };
    (word.to_owned(), kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plans(text: &str) -> Vec<(String, i32, PlanKind)> {
        find_plans(text)
            .into_iter()
            .map(|p| (p.family, p.year, p.kind))
            .collect()
    }

    #[test]
    fn plans_with_their_year() {
        assert_eq!(
            plans(
                "Sammanträdesplan för kultur- och fritidsnämnden 2027. Förslag på datum för nämndens sammanträden 2026. Verksamhetsberättelse miljö- och samhällsbyggnadsutskottet 2014 och årsredovisningen för 2014."
            ),
            [
                ("sammanträdesplan".into(), 2027, PlanKind::Schedule),
                ("sammanträdesplan".into(), 2026, PlanKind::Schedule),
                ("verksamhetsberättelse".into(), 2014, PlanKind::Report),
                ("årsredovisning".into(), 2014, PlanKind::Report),
            ]
        );
    }

    #[test]
    fn year_spans_are_no_plan_year() {
        assert!(plans("Budget 2025–2027 och budget 2025-2027 och kommunplan 2021-2024").is_empty());
    }
}
