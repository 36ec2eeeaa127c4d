//! References to the state's papers: a government inquiry or bill by its
//! series and number with the title before it ("betänkandet Ett tryggare
//! boende för äldre (SOU 2026:58)"), and a ministry's own reference with
//! the ministry it belongs to ("Socialdepartementet (dnr S2026/04122)").
//!
//! The title is read after the word that names the kind of paper, in any of
//! its forms ("betänkandet", "delbetänkande", "promemorian"); the ministry
//! is the word before that ends in "departement(et)".

use std::sync::LazyLock;

use super::plain::{Plain, tuned};
use super::{Span, floor_char_boundary};

/// An inquiry, memorandum or bill by its number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicationRef {
    /// The series and number.
    pub span: Span,
    /// "SOU 2026:58", one space after the series.
    pub id: String,
    /// The title written before it, white space collapsed
    /// ("Ett tryggare boende för äldre").
    pub title: Option<String>,
}

/// A ministry's reference ("S2026/04122") and the ministry named before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinistryRef {
    pub span: Span,
    /// As written.
    pub reference: String,
    /// The letters before the year: the ministry's own ("S", "Fi").
    pub prefix: String,
    /// The ministry's name, lower case ("socialdepartementet"), without a
    /// genitive "s".
    pub ministry: Option<String>,
}

// Few papers cite the state's papers: PUBLICATION is compiled where first
// used, after a cheap test of the text. MINISTRY_REF's test passes in most
// papers (53 of the 68 real papers and the example cases): it is compiled
// ahead (`compile_patterns`).
static PUBLICATION: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"\b(SOU|Ds|[Pp]rop\.|[Ss]kr\.)\s?(\d{4}(?:/\d{2})?:\d{1,4})\b"));

/// The ministries' prefixes (the government offices' own series).
static MINISTRY_REF: LazyLock<Plain> = LazyLock::new(|| {
    tuned(r"\b(S|Fi|U|Ju|Ku|A|Fö|UD|KN|LI|N|I|M|Jo|SB|L)(\d{4})/(\d{2,6})(?:/[A-ZÅÄÖ]{1,4})?\b")
});

/// The kinds of the state's papers, as the first part of the word that
/// names one ("betänkandet", "slutbetänkande").
const PAPER_KINDS: [&str; 6] = [
    "betänkande",
    "promemoria",
    "proposition",
    "rapport",
    "skrivelse",
    "utredning",
];

/// How far before a reference its title or ministry is read.
const REACH: usize = 160;

pub(super) fn find_publication_refs(text: &str) -> Vec<PublicationRef> {
    if !(text.contains("SOU")
        || text.contains("Ds")
        || text.contains("rop.")
        || text.contains("kr."))
    {
        return Vec::new();
    }
    PUBLICATION
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let series = match c.get(1)?.as_str().to_lowercase().as_str() {
                "sou" => "SOU",
                "ds" => "Ds",
                "prop." => "prop.",
                _ => "skr.",
            };
            Some(PublicationRef {
                span: whole.start()..whole.end(),
                id: format!("{series} {}", &c[2]),
                title: title_before(text, whole.start()),
            })
        })
        .collect()
}

/// "betänkandet Ett tryggare boende för äldre (" → "Ett tryggare boende
/// för äldre": the capitalised words after the kind word, up to the
/// parenthesis the reference stands in.
fn title_before(text: &str, at: usize) -> Option<String> {
    let before = text[floor_char_boundary(text, at.saturating_sub(REACH))..at].trim_end();
    let before = before.strip_suffix('(')?;
    let clause = before
        .rfind(['.', ';', '\n', ')'])
        .map_or(before, |i| &before[i + 1..]);
    let words: Vec<&str> = clause.split_whitespace().collect();
    let kind = words.iter().rposition(|w| {
        let w = w.to_lowercase();
        PAPER_KINDS.iter().any(|k| w.contains(k))
    })?;
    let title = &words[kind + 1..];
    let first = title.first()?;
    (first.starts_with(char::is_uppercase) && title.len() <= 14).then(|| title.join(" "))
}

pub(super) fn find_ministry_refs(text: &str) -> Vec<MinistryRef> {
    if !text.contains('/') || !super::has_digits(text, 4) {
        return Vec::new();
    }
    MINISTRY_REF
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            // "KS2026/1234", "DS2026/1": a municipality's own series.
            if text[..whole.start()].ends_with(|ch: char| ch.is_alphanumeric() || ch == '-') {
                return None;
            }
            Some(MinistryRef {
                span: whole.start()..whole.end(),
                reference: whole.as_str().to_owned(),
                prefix: c[1].to_owned(),
                ministry: ministry_before(text, whole.start()),
            })
        })
        .collect()
}

/// The last word before `at` in its clause that names a ministry.
fn ministry_before(text: &str, at: usize) -> Option<String> {
    let before = &text[floor_char_boundary(text, at.saturating_sub(REACH))..at];
    let clause = before
        .rfind(['.', ';', '\n'])
        .map_or(before, |i| &before[i + 1..]);
    let name = clause
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .rev()
        .map(str::to_lowercase)
        .find_map(|w| {
            let w = w
                .strip_suffix('s')
                .filter(|n| n.ends_with("departementet"))
                .map_or(w.clone(), str::to_owned);
            (w.ends_with("departementet") || w.ends_with("departement")).then_some(w)
        })?;
    // "departementet" alone names no ministry, or the one named before.
    (!matches!(name.as_str(), "departementet" | "departement")).then_some(name)
}

/// The ministry a prefix is the series of: its name's first part, lower
/// case, and its name. None for a prefix whose ministry has changed names
/// too often to say (N, I, M, Jo).
pub fn ministry_of_prefix(prefix: &str) -> Option<(&'static str, &'static str)> {
    Some(match prefix {
        "S" => ("social", "Socialdepartementet"),
        "Fi" => ("finans", "Finansdepartementet"),
        "U" => ("utbildning", "Utbildningsdepartementet"),
        "Ju" => ("justitie", "Justitiedepartementet"),
        "Ku" => ("kultur", "Kulturdepartementet"),
        "A" => ("arbetsmarknad", "Arbetsmarknadsdepartementet"),
        "Fö" => ("försvar", "Försvarsdepartementet"),
        "UD" => ("utrikes", "Utrikesdepartementet"),
        "KN" => ("klimat", "Klimat- och näringslivsdepartementet"),
        "LI" => ("landsbygd", "Landsbygds- och infrastrukturdepartementet"),
        _ => return None,
    })
}

/// Compiles this module's patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    MINISTRY_REF.compile_now();
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn publications_with_their_titles() {
        let s = scan(
            "Yttrande över betänkandet Ett tryggare boende för äldre (SOU 2026:58). Se även betänkandet (SOU 2025:12) och prop. 2027/28:1. Slutbetänkandet Välfärd i hela landet (SOU 2024:7).",
        );
        let found: Vec<(&str, Option<&str>)> = s
            .publications
            .iter()
            .map(|p| (p.id.as_str(), p.title.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                ("SOU 2026:58", Some("Ett tryggare boende för äldre")),
                ("SOU 2025:12", None),
                ("prop. 2027/28:1", None),
                ("SOU 2024:7", Some("Välfärd i hela landet")),
            ]
        );
    }

    #[test]
    fn ministry_references_with_their_ministry() {
        let s = scan(
            "Remiss från Socialdepartementet (dnr S2026/04122). Finansdepartementets beteckning Fi2026/00311. Dnr KS2026/1234. Svar till S2026/00001. Från Socialdepartementet till departementet (S2026/00002).",
        );
        let found: Vec<(&str, &str, Option<&str>)> = s
            .ministry_refs
            .iter()
            .map(|r| {
                (
                    r.reference.as_str(),
                    r.prefix.as_str(),
                    r.ministry.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("S2026/04122", "S", Some("socialdepartementet")),
                ("Fi2026/00311", "Fi", Some("finansdepartementet")),
                ("S2026/00001", "S", None),
                ("S2026/00002", "S", None),
            ]
        );
    }
}
