//! How faithfully a paper comes back: the share of its words, in order,
//! that a rebuild prints again.

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
    let a = words(original);
    let b = words(rebuilt);
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

/// Up to `n` of the original's words that the rebuilt text lacks (counted
/// with repetition), in the original's order: what a failed check lost.
pub fn missing_words(original: &str, rebuilt: &str, n: usize) -> Vec<String> {
    let mut available: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
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

/// Word tokens: alphanumeric runs (hyphenated compounds split), lower case.
pub(super) fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A format's fidelity: the share of the original's words that come back in
/// order, and the rebuilt text.
pub type Score = (f64, String);

/// Rebuilds an imported case in memory and scores the PDF and the DOCX
/// against the original's text.
pub fn rebuild_fidelity(
    builder: &Builder,
    original: &str,
    case_path: &Path,
    yaml: &str,
) -> Result<(Score, Score), String> {
    let file = crate::case::parse_case(case_path, yaml.to_owned(), &builder.config.sender)
        .map_err(|e| e.to_string())?;
    let rendered = builder
        .render(&file, Formats::default(), PdfProfile::Standard)
        .map_err(|e| e.to_string())?;
    let mut scores = ((0.0, String::new()), (0.0, String::new()));
    for (extension, bytes) in rendered {
        match extension {
            "pdf" => {
                let text = crate::reader::pdf_text(&bytes)?;
                scores.0 = (word_fidelity(original, &text), text);
            }
            _ => {
                let text = crate::paper::structure::docx_text(&bytes)?;
                scores.1 = (word_fidelity(original, &text), text);
            }
        }
    }
    Ok(scores)
}
