use std::collections::HashMap;

use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::Paper;
use crate::paper::scan::{MinistryRef, PublicationRef, Span, ministry_of_prefix};

declare_rule! {
    /// N314 state-reference-mismatch: samma betänkande eller samma
    /// departements diarienummer anges med två olika nummer, eller ett
    /// departements diarienummer har ett annat departements bokstäver.
    ///
    /// Ett yttrande över en remiss skriver betänkandets titel och nummer
    /// flera gånger (i rubriken, i förslaget och i ärendet) och
    /// departementets diarienummer två gånger (i ärendet och under
    /// "Beslutet skickas till"). Samma titel med ett annat nummer, eller
    /// samma departement med ett annat diarienummer, är en felskrivning:
    /// det första räknas som det rätta. Regeringskansliets diarienummer
    /// börjar med departementets bokstäver (S Socialdepartementet, Fi
    /// Finansdepartementet, U Utbildningsdepartementet, Ju, Ku, A, Fö, UD,
    /// KN, LI); ett nummer som står vid ett annat departement rapporteras.
    /// Olika betänkanden, ett nummer utan titel och bokstäver vars
    /// departement bytt namn (N, I, M) lämnas i fred.
    ///
    /// Fel:  Yttrande över betänkandet Tryggare boende (SOU 2026:58) … Kommunen
    ///       har fått betänkandet Tryggare boende (SOU 2026:85) på remiss från
    ///       Finansdepartementet (dnr S2026/04122).
    /// Rätt: … betänkandet Tryggare boende (SOU 2026:58) på remiss från
    ///       Socialdepartementet (dnr S2026/04122).
    pub struct StateReferenceMismatch {
        code: "N314",
        name: "state-reference-mismatch",
        severity: Error,
        summary: "samma betänkande eller departementsdiarienummer anges med två olika nummer",
    }
}

impl Rule for StateReferenceMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        check_publications(paper, &paper.scan.publications, out);
        check_ministry_refs(paper, &paper.scan.ministry_refs, out);
    }
}

/// One title with two numbers.
fn check_publications(paper: &Paper, refs: &[PublicationRef], out: &mut Vec<Finding>) {
    // The first of each title, by a map: a text of thousands of titles is
    // not each held against all before it.
    let mut firsts: HashMap<String, &PublicationRef> = HashMap::new();
    for later in refs {
        let Some(title) = later.title.as_deref() else {
            continue;
        };
        let first = *firsts.entry(title.to_lowercase()).or_insert(later);
        if first.id != later.id {
            out.push(mismatch(
                paper,
                later.span.clone(),
                format!(
                    "{} ”{title}” anges här som {}",
                    kind_of(&later.id),
                    later.id
                ),
                &first.id,
                first.span.clone(),
            ));
        }
    }
}

/// What a series' paper is called: "betänkandet" for an SOU.
fn kind_of(id: &str) -> &'static str {
    match id.split(' ').next() {
        Some("Ds") => "promemorian",
        Some("prop.") => "propositionen",
        Some("skr.") => "skrivelsen",
        _ => "betänkandet",
    }
}

/// One ministry with two references, or a reference of another ministry's.
fn check_ministry_refs(paper: &Paper, refs: &[MinistryRef], out: &mut Vec<Finding>) {
    let mut firsts: HashMap<&str, &MinistryRef> = HashMap::new();
    for later in refs {
        let Some(ministry) = later.ministry.as_deref() else {
            continue;
        };
        if let Some((stem, name)) = ministry_of_prefix(&later.prefix)
            && !ministry.starts_with(stem)
        {
            out.push(Finding::new(
                &StateReferenceMismatch::META,
                later.span.clone(),
                format!(
                    "diarienumret {} har {}s bokstäver ({}), men står vid {}",
                    later.reference,
                    name,
                    later.prefix,
                    capitalised(ministry)
                ),
            ));
            continue;
        }
        let earlier = *firsts.entry(ministry).or_insert(later);
        let slip = |f: &&MinistryRef| {
            f.reference != later.reference
                && same_series(f, later)
                && near_twins(&f.reference, &later.reference)
        };
        if let Some(first) = Some(earlier).filter(slip) {
            out.push(mismatch(
                paper,
                later.span.clone(),
                format!(
                    "{}s diarienummer anges här som {}",
                    capitalised(ministry),
                    later.reference
                ),
                &first.reference,
                first.span.clone(),
            ));
        }
    }
}

/// Two references of one ministry's series and year: another year's is
/// another matter.
fn same_series(a: &MinistryRef, b: &MinistryRef) -> bool {
    a.prefix == b.prefix
        && a.reference.get(..a.prefix.len() + 4) == b.reference.get(..b.prefix.len() + 4)
}

/// Two numbers of the same length that differ in at most two places (a
/// digit miswritten, two swapped): one number written twice. A ministry
/// sends many remisses a year; numbers further apart are other matters.
fn near_twins(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).count() <= 2
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn mismatch(paper: &Paper, span: Span, told: String, right: &str, right_span: Span) -> Finding {
    Finding::new(
        &StateReferenceMismatch::META,
        span,
        format!(
            "{told}, men som {right} ({})",
            paper.line_label(right_span.start)
        ),
    )
    .related(right_span, "samma hänvisning")
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const PAPER: &str = "Kommunstyrelsen\n\nYttrande över betänkandet Ett tryggare boende för äldre (SOU 2026:58)\n\nFörslag till beslut\n1. Kommunstyrelsen antar yttrandet över betänkandet Ett tryggare boende för äldre (SOU 2026:58).\n\nÄrende\n";

    /// Each sentence after the paper's proposals, with what N314 flags in it.
    fn assert_each_after_paper(cases: &[(&str, Option<&str>)]) {
        for (sentence, flagged) in cases {
            let text = format!("{PAPER}{sentence}\n");
            assert_eq!(
                text_findings("N314", &text),
                flagged.iter().copied().collect::<Vec<_>>(),
                "{sentence}"
            );
        }
    }

    #[test]
    fn one_title_with_two_numbers() {
        assert_each_after_paper(&[
            (
                "Kommunen har fått betänkandet Ett tryggare boende för äldre (SOU 2026:85) på remiss.",
                Some("SOU 2026:85"),
            ),
            (
                "Kommunen har fått betänkandet Ett tryggare boende för äldre (SOU 2026:58) på remiss.",
                None,
            ),
            (
                "Kommunen har fått betänkandet (SOU 2026:85) på remiss.",
                None,
            ),
            (
                "Se även betänkandet Äldres boende i dag (SOU 2025:11).",
                None,
            ),
        ]);
    }

    #[test]
    fn one_ministry_with_two_references_or_anothers_letters() {
        assert_each_after_paper(&[
            (
                "Remissen kom från Socialdepartementet (dnr S2026/04122). Svaret skickas till Socialdepartementet (S2026/04212).",
                Some("S2026/04212"),
            ),
            (
                "Remissen kom från Socialdepartementet (dnr S2026/04122). Svaret skickas till Socialdepartementet (S2026/04122).",
                None,
            ),
            (
                "Remissen kom från Finansdepartementet (dnr S2026/04122).",
                Some("S2026/04122"),
            ),
            // Another matter of the same year, another year's, and a
            // ministry whose letters changed.
            (
                "Remissen kom från Socialdepartementet (dnr S2026/04122). Jämför Socialdepartementets remiss S2026/01500.",
                None,
            ),
            (
                "Remissen kom från Socialdepartementet (dnr S2026/04122). Jämför Socialdepartementets remiss S2019/01234.",
                None,
            ),
            (
                "Remissen kom från Näringsdepartementet (dnr N2018/01234).",
                None,
            ),
        ]);
    }
}
