//! Plans, schedules, budgets and reports named with their year:
//! "Sammanträdesplan 2027", "verksamhetsplan för 2017", "Verksamhetsberättelse
//! miljö- och samhällsbyggnadsutskottet 2014", "datum för nämndens
//! sammanträden 2026", "Årsredovisning för Lövsjö kommun 2025".
//!
//! Found by Swedish word formation, not by a list of names: any compound
//! that ends in a plan word (-plan, -budget, -prognos, -program, -taxa),
//! a report word (-berättelse, -redovisning, -rapport, -bokslut,
//! -uppföljning) or a schedule word (sammanträdes-, möten), in any of its
//! forms (definite, plural, genitive), with its own hyphenated first part
//! ("Nämnd- och förvaltningsplan"): tillsynsplan, internkontrollplan,
//! helårsprognos, delårsrapport, avfallstaxa.

use super::patterns::only_if;
use super::plain::{Match, Plain, plain};
use std::sync::LazyLock;

use super::Span;

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

static PLAN: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"((?:\p{L}+-(?:,?[ \t]+\p{L}+-)*[ \t]+(?:och|samt)[ \t]+)?\p{L}*(?:[Ss]ammanträdesplan|[Ss]ammanträdestider|[Ss]ammanträdesdagar|[Ss]ammanträdesdatum|[Ss]ammanträden|[Mm]ötesplan|[Mm]ötestider|plan|[Bb]udget|prognos|program|taxa|berättelse|redovisning|rapport|bokslut))(?:en|et|s|ens|ets|er|ar|arna|erna|n|ns)?((?:[ \t]+[\p{L}-]+){0,4}?)[ \t]+(?:för[ \t]+)?(?:år[ \t]+)?((?:19|20)\d{2})\b",
    )
});

/// Words that end like a plan word but name none ("explan" is rare; these
/// are common).
const NOT_PLANS: &[&str] = &["plan", "program", "rapport", "taxa", "prognos"];

pub(super) fn find_plans(text: &str) -> Vec<PlanMention> {
    let mut found = Vec::new();
    // Every plan is named with its year: a text without one is not
    // searched (see `only_if`).
    if only_if(super::has_year(text), text, &PLAN).is_empty() {
        return found;
    }
    let mut at = 0;
    while let Some(c) = PLAN.captures_at(text, at) {
        let (Some(word), Some(middle), Some(year)) = (c.get(1), c.get(2), c.get(3)) else {
            break;
        };
        at = year.end();
        // A plan word between the word and the year names a plan of its
        // own ("budget med verksamhetsplan för 2017"): look again from it.
        if let Some(inner) = middle
            .as_str()
            .split_whitespace()
            .position(|w| PLAN.is_match(&format!("{w} 2000")))
        {
            let skip: usize = middle
                .as_str()
                .split_whitespace()
                .take(inner)
                .map(str::len)
                .sum();
            at = middle.start() + skip.max(1);
            continue;
        }
        if let Some(plan) = mention(text, word, year) {
            found.push(plan);
        }
    }
    found
}

fn mention(text: &str, word: Match<'_>, year: Match<'_>) -> Option<PlanMention> {
    // A whole word (checked here: a pattern that starts with a non-letter
    // class loses the engine's literal search).
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
    if NOT_PLANS.contains(&lower.as_str()) {
        return None;
    }
    let (family, kind) = family(&lower);
    Some(PlanMention {
        span: word.start()..year.end(),
        year_span: year.range(),
        year: year.as_str().parse().ok()?,
        family,
        kind,
    })
}

fn family(word: &str) -> (String, PlanKind) {
    if word.starts_with("sammanträde") || word.starts_with("möte") {
        return ("sammanträdesplan".into(), PlanKind::Schedule);
    }
    // Reports on a year that has ended; a delårsrapport or a
    // månadsrapport is written during it, a plan for it before.
    let during = ["delårs", "månads", "kvartals", "tertial", "uppföljnings"];
    let kind = if ["berättelse", "redovisning", "bokslut", "rapport"]
        .iter()
        .any(|w| word.ends_with(w))
        && !during.iter().any(|d| word.contains(d))
    {
        PlanKind::Report
    } else {
        PlanKind::Plan
    };
    (word.to_owned(), kind)
}

/// A plan named at the head of a title with its year at the title's end,
/// however many words between ("Taxa för prövning och tillsyn inom
/// miljöbalkens område 2027"), or adopted in a proposal ("att anta taxa
/// för prövning … 2028 enligt bilaga"). The plain word ("Taxa", "Plan") is
/// a plan here: the title or the verb says so.
static HEADED: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"(?i)(?:^[ \t]*|\b(?:anta|antar|fastställa|fastställer|godkänna|godkänner|revidera|reviderar)[ \t]+(?:en[ \t]+|ny[ \t]+|reviderad[ \t]+)?)(\p{L}*(?:plan|budget|prognos|program|taxa|berättelse|redovisning|rapport|bokslut))(?:en|et|n)?((?:[ \t]+[\p{L}-]+){0,10}?)[ \t]+(?:för[ \t]+)?(?:år[ \t]+)?((?:19|20)\d{2})\b",
    )
});

/// The plans [`HEADED`] finds in `line`, one line of a title or of the
/// proposals, with their spans in the paper (`offset` is the line's).
pub fn find_headed_plans(line: &str, offset: usize) -> Vec<PlanMention> {
    HEADED
        .captures_iter(line)
        .filter_map(|c| {
            let (word, year) = (c.get(1)?, c.get(3)?);
            // At a title's head the year ends the line; after a verb it
            // may not ("… 2028 enligt bilaga").
            let at_head = line[..word.start()].trim().is_empty();
            if at_head && !line[year.end()..].trim().is_empty() {
                return None;
            }
            let lower = word.as_str().to_lowercase();
            let (family, kind) = family(&lower);
            Some(PlanMention {
                span: offset + word.start()..offset + year.end(),
                year_span: offset + year.start()..offset + year.end(),
                year: year.as_str().parse().ok()?,
                family,
                kind,
            })
        })
        .collect()
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    PLAN.compile_now();
    HEADED.compile_now();
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
    fn a_plan_at_a_titles_head_or_adopted_in_a_proposal() {
        let found = |line: &str| -> Vec<(String, i32)> {
            find_headed_plans(line, 0)
                .into_iter()
                .map(|p| (p.family, p.year))
                .collect()
        };
        assert_eq!(
            found("Taxa för prövning och tillsyn inom miljöbalkens område 2027"),
            [("taxa".to_owned(), 2027)]
        );
        assert_eq!(
            found(
                "1. att anta taxa för prövning och tillsyn inom miljöbalkens område 2028 enligt bilaga,"
            ),
            [("taxa".to_owned(), 2028)]
        );
        // At a title's head the year must end it; a plan word inside a
        // sentence is PLAN's to read.
        assert!(found("Taxa för tillsyn enligt beslut 2027 om avgifter").is_empty());
        assert!(found("Förvaltningen har en plan för arbetet sedan 2019").is_empty());
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
    fn compounds_of_any_plan_word() {
        assert_eq!(
            plans(
                "Tillsynsplan 2026, helårsprognos 2025, delårsrapporten 2025, avfallstaxa 2027, budget med verksamhetsplan för 2017 och Nämnd- och förvaltningsplan 2021."
            ),
            [
                ("tillsynsplan".into(), 2026, PlanKind::Plan),
                ("helårsprognos".into(), 2025, PlanKind::Plan),
                ("delårsrapport".into(), 2025, PlanKind::Plan),
                ("avfallstaxa".into(), 2027, PlanKind::Plan),
                ("verksamhetsplan".into(), 2017, PlanKind::Plan),
                ("nämnd- och förvaltningsplan".into(), 2021, PlanKind::Plan),
            ]
        );
    }

    #[test]
    fn year_spans_are_no_plan_year() {
        assert!(plans("Budget 2025–2027 och budget 2025-2027 och kommunplan 2021-2024").is_empty());
    }
}
