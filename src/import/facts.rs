//! Facts an imported paper states, added as data beside its text, and its
//! dates finished.

use super::*;
use chrono::Datelike;

pub(super) static EXTENSIONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)förlängning\s+vid\s+(ett|två|tre)\s+tillf[äa]llen?\s+med\s+(ett|två|tre|fyra|\d+)\s+år").expect("valid")
});

/// Contract facts the text states, beside the verbatim prose.
pub(super) fn add_facts(case: &mut Case, notes: &mut Vec<String>) {
    // Re-read the imported case as a paper so facts come from the cleaned text.
    let rendered = case_text(case);
    let paper = paper_from_text("import".into(), rendered);
    let Some((supplier, _)) = decision_party(&paper) else {
        return;
    };
    let target = age_target(&paper);
    let service = target
        .as_ref()
        .map(|t| t.label.trim_end_matches(',').trim().to_owned())
        .filter(|s| service_key(s).is_some());
    let term = paper
        .scan
        .terms
        .iter()
        .find_map(|t| Some((t.start, t.years?)));
    let (Some(service), Some((start, term_years))) = (service, term) else {
        notes.push("avtalsfakta (tjänst, avtalstid) kunde inte läsas; `contract` utelämnad".into());
        return;
    };
    let extensions = EXTENSIONS.captures(&paper.source);
    case.contract = Some(Contract {
        supplier,
        service,
        ages: target.map(|t| t.range),
        start,
        term_years,
        max_extensions: extensions.as_ref().and_then(|c| number_value(&c[1])),
        extension_years: extensions.as_ref().and_then(|c| number_value(&c[2])),
        extension: proposal_period(&paper).map(|(from, to, _)| Period { from, to }),
    });
}

/// The case's text in paper order, with headings the lint recognises.
pub(super) fn case_text(case: &Case) -> String {
    let mut out = String::new();
    let mut section = |heading: &str, text: &str| {
        out.push_str(&format!("### {heading}\n{text}\n\n"));
    };
    if let Some(intro) = &case.sections.intro {
        section(&case.title, intro);
    }
    section(
        "Förslag till beslut",
        &case
            .proposals
            .clone()
            .unwrap_or_default()
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{}. {p}", i + 1))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    section("Ärende", case.sections.arende.as_deref().unwrap_or(""));
    section("Bakgrund", case.sections.bakgrund.as_deref().unwrap_or(""));
    for other in &case.sections.other {
        section(&other.heading, &other.text);
    }
    out
}

/// A paper dated by a weekday date whose year the weekday decided
/// ("Onsdagen den 28 mars, 2011" falls on a Wednesday in 2012): the
/// archivist is told which year the metadata carries, and why.
fn note_year_by_weekday(paper: &Paper, notes: &mut Vec<String>) {
    let Some(date) = &paper.facts.paper_date else {
        return;
    };
    let printed = paper.text(&date.span);
    let year = date.value.year().to_string();
    if printed.contains(&year) || !printed.contains(|c: char| c.is_alphabetic()) {
        return;
    }
    let written = if printed.chars().filter(char::is_ascii_digit).count() > 2 {
        "med ett år då veckodagen inte stämmer"
    } else {
        "utan år"
    };
    notes.push(format!(
        "datumet ”{printed}” står {written}; metadata dateras {}, det enda närliggande år då veckodagen stämmer",
        date.value
    ));
}

/// The paper's date, or (for an undated paper) the latest date it mentions,
/// marked `undated` so the letterhead prints none.
pub(super) fn finish_dates(paper: &Paper, case: &mut Case, notes: &mut Vec<String>) {
    if case.date != NaiveDate::default() {
        note_year_by_weekday(paper, notes);
        return;
    }
    let latest = paper
        .scan
        .dates
        .iter()
        .filter_map(|d| d.date.clone().ok())
        .max();
    case.undated = true;
    match latest {
        Some(date) => {
            case.date = date;
            notes.push(format!("handlingen saknar datum; metadata dateras {date} (senaste datum i texten), brevhuvudet visar inget datum"));
        }
        None => {
            case.date = NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid");
            notes.push(
                "handlingen saknar datum och nämner inget; metadata dateras 1970-01-01".into(),
            );
        }
    }
}
