//! How faithfully a paper comes back: the share of its words, in order,
//! that a rebuild prints again.

use std::collections::HashMap;
use std::path::Path;

use crate::builder::{Builder, Formats};
use crate::render::pdf::PdfProfile;

/// Word-level fidelity: the share of the original's words that come back,
/// in order (the longest common subsequence over word tokens).
///
/// Myers' diff finds it in O((N + M) · D) for D differing words: linear for
/// a faithful rebuild of any length, where the textbook table was
/// quadratic (minutes for a 3 MB paper).
pub fn word_fidelity(original: &str, rebuilt: &str) -> f64 {
    let mut ids = WordIds::default();
    let a = ids.of(words(original));
    let b = ids.of(words(rebuilt));
    if a.is_empty() {
        return 1.0;
    }
    let common: usize = similar::capture_diff_slices(similar::Algorithm::Myers, &a, &b)
        .iter()
        .map(|op| match op {
            similar::DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    common as f64 / a.len() as f64
}

/// Word fidelity of a rebuild, which prints the paper in its own order:
/// the original's words (its letterhead, then each section) are aligned
/// with the rebuilt text in order, and a word the alignment leaves out
/// still counts when the rebuild prints it elsewhere, in a place the
/// alignment left over (a letterhead set in other columns, Beslutsunderlag
/// or the signature where the layout has them). A word lost still counts;
/// a section moved does not.
///
/// The alignment (Myers) is linear for a faithful rebuild; a paper rebuilt
/// in a very different order gets a quick approximate alignment after two
/// seconds, and the words it misses are found in what is left over.
pub fn sectioned_fidelity(letterhead: &str, sections: &[String], rebuilt: &str) -> f64 {
    let mut ids = WordIds::default();
    let mut a = ids.of(words(letterhead));
    for section in sections {
        a.extend(ids.of(words(section)));
    }
    if a.is_empty() {
        return 1.0;
    }
    let b = ids.of(words(rebuilt));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    let ops =
        similar::capture_diff_slices_deadline(similar::Algorithm::Myers, &a, &b, Some(deadline));
    let mut in_order = 0;
    let mut left_out: HashMap<u32, usize> = HashMap::new();
    let mut left_over: HashMap<u32, usize> = HashMap::new();
    for op in &ops {
        let (tag, old, new) = op.as_tag_tuple();
        if tag == similar::DiffTag::Equal {
            in_order += old.len();
            continue;
        }
        for word in &a[old] {
            *left_out.entry(*word).or_default() += 1;
        }
        for word in &b[new] {
            *left_over.entry(*word).or_default() += 1;
        }
    }
    let elsewhere: usize = left_out
        .iter()
        .map(|(word, n)| (*n).min(left_over.get(word).copied().unwrap_or(0)))
        .sum();
    (in_order + elsewhere) as f64 / a.len() as f64
}

/// Words as numbers, one per distinct word: the alignment compares
/// numbers, not strings (string comparison was half its time on a long
/// paper).
#[derive(Default)]
struct WordIds(HashMap<String, u32>);

impl WordIds {
    fn of(&mut self, words: Vec<String>) -> Vec<u32> {
        words
            .into_iter()
            .map(|word| {
                let next = u32::try_from(self.0.len()).unwrap_or(u32::MAX);
                *self.0.entry(word).or_insert(next)
            })
            .collect()
    }
}

/// Up to `n` of the original's words that the rebuilt text lacks (counted
/// with repetition), in the original's order: what a failed check lost.
pub fn missing_words(original: &str, rebuilt: &str, n: usize) -> Vec<String> {
    let mut available: HashMap<String, usize> = HashMap::new();
    for word in words(rebuilt) {
        *available.entry(word).or_default() += 1;
    }
    let mut missing = Vec::new();
    for word in words(original) {
        match available.get_mut(&word) {
            Some(count) if *count > 0 => *count -= 1,
            _ if missing.len() < n => missing.push(word),
            _ => {}
        }
    }
    missing
}

/// Word tokens: alphanumeric runs (hyphenated compounds split), lower case,
/// without the letterhead's labels and the form's own name: "Diarienummer"
/// over "Dnr", "Vårt datum" over "Datum" say the same, and a rebuild
/// prints its own.
pub(super) fn words(text: &str) -> Vec<String> {
    const FURNITURE: &[&str] = &[
        "handläggare",
        "diarienummer",
        "diarienr",
        "dnr",
        "datum",
        "vårt",
        "vår",
        "beteckning",
        "referens",
        "ärendenummer",
        "sammanträdesdatum",
        "expedieras",
        "tjänsteskrivelse",
        "tjänsteutlåtande",
        "sida",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !FURNITURE.contains(&w.as_str()))
        .collect()
}

/// A format's fidelity: the share of the original's words that come back in
/// order, and the rebuilt text.
pub type Score = (f64, String);

/// What a rebuild in memory kept: each format's word fidelity, and the
/// original's facts that the rebuilt PDF or DOCX does not state alike.
#[derive(Debug, Clone)]
pub struct Rebuild {
    pub pdf: Score,
    pub docx: Score,
    /// "PDF: titel: ”A” ≠ ”B”"; empty when every fact came back.
    pub differing: Vec<String>,
}

/// Rebuilds an imported case in memory, scores the PDF and the DOCX
/// against the original's words, and compares the facts each states with
/// the original's.
pub fn rebuild_fidelity(
    builder: &Builder,
    imported: &super::Imported,
    case_path: &Path,
    yaml: &str,
) -> Result<Rebuild, String> {
    let file = crate::case::parse_case(case_path, yaml.to_owned(), &builder.config.sender)
        .map_err(|e| e.to_string())?;
    let rendered = builder
        .render(&file, Formats::default(), PdfProfile::Standard)
        .map_err(|e| e.to_string())?;
    let original_paper = crate::paper::structure::paper_from_raw(
        case_path.to_owned(),
        imported.raw.clone(),
        &Default::default(),
    );
    let original_facts = super::stated_facts(&original_paper, &imported.case);
    let (letterhead, sections) = original_parts(&original_paper, imported.raw.header_end);
    let mut rebuild = Rebuild {
        pdf: (0.0, String::new()),
        docx: (0.0, String::new()),
        differing: Vec::new(),
    };
    for (extension, bytes) in rendered {
        let (format, name) = match extension {
            "pdf" => (crate::reader::Format::Pdf, "PDF"),
            _ => (crate::reader::Format::Docx, "DOCX"),
        };
        let raw = crate::reader::read_bytes(&bytes, format)?;
        let text = raw.reading_order();
        let again = super::import_raw(case_path, raw.clone());
        let paper =
            crate::paper::structure::paper_from_raw(case_path.to_owned(), raw, &Default::default());
        let facts = super::stated_facts(&paper, &again.case);
        rebuild.differing.extend(
            super::differing_facts(&original_facts, &facts)
                .into_iter()
                .map(|d| format!("{name}: {d}")),
        );
        let score = (sectioned_fidelity(&letterhead, &sections, &text), text);
        match format {
            crate::reader::Format::Pdf => rebuild.pdf = score,
            _ => rebuild.docx = score,
        }
    }
    Ok(rebuild)
}

/// The original's letterhead (with its running headers) and each section's
/// text, in paper order. Running footers are left out: a Word template's
/// footer (the municipality's address) is the house's furniture, which a
/// rebuild prints from the project's own settings.
fn original_parts(paper: &crate::paper::Paper, footer_start: usize) -> (String, Vec<String>) {
    use crate::paper::SectionKind;
    let furniture_end = paper.read.as_ref().map_or(0, |r| r.furniture_end);
    let footer_start = footer_start.min(furniture_end);
    let header_end = super::check::letterhead_end(paper);
    // A known section's heading is a label the template prints in its own
    // words ("Sammanfattning" as "Ärende", "Expedieras till" as "Beslutet
    // skickas till"): its text counts, its heading does not. The proposals'
    // heading and other sections' headings are kept as written, so they count.
    let sections = paper
        .regions
        .iter()
        .filter(|r| r.kind != SectionKind::Header)
        .map(|r| match r.kind {
            SectionKind::Proposals | SectionKind::Other(_) | SectionKind::Title => {
                paper.text(&r.range).to_owned()
            }
            _ => super::prose::region_body(paper, r).join("\n"),
        })
        .collect();
    let letterhead = format!(
        "{}\n{}",
        &paper.source[..footer_start],
        &paper.source[furniture_end..header_end]
    );
    (letterhead, sections)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moved_section_keeps_its_words_and_a_lost_word_counts() {
        let sections = vec![
            "Ärende text om taxan".to_owned(),
            "Beslutsunderlag Tjänsteskrivelse Bilaga ett".to_owned(),
        ];
        // The rebuild prints Beslutsunderlag first and the letterhead last.
        let rebuilt =
            "beslutsunderlag tjänsteskrivelse bilaga ett ärende text om taxan hedeby kommun";
        assert_eq!(sectioned_fidelity("Hedeby kommun", &sections, rebuilt), 1.0);
        let lost_one = "beslutsunderlag tjänsteskrivelse bilaga ärende text om taxan hedeby kommun";
        let score = sectioned_fidelity("Hedeby kommun", &sections, lost_one);
        // Nine words ("Tjänsteskrivelse" is the form's name), eight back.
        assert!((score - 8.0 / 9.0).abs() < 1e-9, "{score}");
    }

    #[test]
    fn a_long_paper_rebuilt_in_another_order_is_measured() {
        // 60 000 words against their reverse: the alignment is cut short
        // after two seconds and every word is still found.
        let original: Vec<String> = (0..60_000).map(|i| format!("ord{i}")).collect();
        let rebuilt: Vec<&str> = original.iter().rev().map(String::as_str).collect();
        let score = sectioned_fidelity("", &[original.join(" ")], &rebuilt.join(" "));
        assert_eq!(score, 1.0);
    }
}
