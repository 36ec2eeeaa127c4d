//! Figures restated: one passage written twice, word for word, with one
//! number different. Copy and paste is how a paper restates its proposal in
//! its decision, its summary in its background: "till en maximal
//! hyreskostnad om 19,35 mnkr under det första året" in one place and "om
//! 29,35 mnkr under det första året" in the other is one figure, changed
//! in one copy only.
//!
//! Found by form, not by sentence: four words or numbers on each side of
//! the figure are the same, in the same order, in both places (case and
//! punctuation aside), and only the figure differs. On 68 real papers and
//! the seeds no two passages agree like that and differ in a figure; a
//! repeated fact in a copied passage is common (26 in 9 of the papers).
//! Left alone: numbers that count places rather than state facts (a page,
//! a § or an appendix number: "sida 2", "§ 14", "bilaga 3"), and a
//! passage that carries three figures or more (a list written to one
//! pattern).

use std::borrow::Cow;
use std::collections::HashMap;

use super::Span;
use crate::base::swedish::{WEEKDAYS, lowercase, month_number};

/// Words on each side of a figure that must be the same in both places.
const CONTEXT: usize = 4;

/// Words of some length, not a month's or a weekday's name, that the words
/// around a figure must hold: "från och med den 1 maj 2024 till och med den"
/// is a formula two periods share, "en maximal hyreskostnad om 19,35 mnkr
/// under det första året" a passage.
const CONTENT_WORDS: usize = 2;

/// Words before a number that make it a place in the paper, not a fact.
pub(super) const NUMBERING: [&str; 16] = [
    "sida", "sid", "s", "bilaga", "bilagor", "§", "§§", "paragraf", "punkt", "kap", "kapitel",
    "avsnitt", "tabell", "figur", "diagram", "nr",
];

/// A figure that differs from the one in the same words elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestatedFigure {
    /// The figure as the fewer copies write it (the later of two).
    pub span: Span,
    /// The same place in a copy that writes the other figure.
    pub other: Span,
}

/// The words before and after a figure.
type Passage<'a> = (Vec<&'a str>, Vec<&'a str>);

/// A word, a number or a § sign.
struct Token<'a> {
    span: Span,
    /// Lower case near a figure (see [`tokens`]); borrowed from the source
    /// when it is already.
    text: Cow<'a, str>,
    number: bool,
}

/// Every figure in `ranges` of `source` (the paper's regions) that a copy of
/// its passage elsewhere writes otherwise. A passage does not run from one
/// region into the next.
pub fn find_restated_figures(source: &str, ranges: &[Span]) -> Vec<RestatedFigure> {
    // The places of each figure by the words around it.
    let mut by_context: HashMap<Passage, Vec<(usize, usize)>> = HashMap::new();
    let tokens: Vec<Vec<Token>> = ranges.iter().map(|r| tokens(source, r.clone())).collect();
    for (region, tokens) in tokens.iter().enumerate() {
        for i in CONTEXT..tokens.len().saturating_sub(CONTEXT) {
            let token = &tokens[i];
            if !token.number
                || NUMBERING.contains(&tokens[i - 1].text.as_ref())
                || is_page_number(&source[token.span.end..])
                || is_page_total(&source[..token.span.start])
            {
                continue;
            }
            let words = |range: std::ops::Range<usize>| -> Vec<&str> {
                tokens[range].iter().map(|t| t.text.as_ref()).collect()
            };
            let passage = (words(i - CONTEXT..i), words(i + 1..i + 1 + CONTEXT));
            if content_words(&passage) < CONTENT_WORDS {
                continue;
            }
            by_context.entry(passage).or_default().push((region, i));
        }
    }
    let mut found = Vec::new();
    for places in by_context.values().filter(|p| p.len() >= 2) {
        let text = |&(region, i): &(usize, usize)| tokens[region][i].text.as_ref();
        let span = |&(region, i): &(usize, usize)| tokens[region][i].span.clone();
        // The figure most copies write is the right one; of equals, the first.
        // (copies, first copy) of each figure; a map, so that a hostile
        // file of many figures in one passage stays linear.
        let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
        for (order, place) in places.iter().enumerate() {
            counts.entry(text(place)).or_insert((0, order)).0 += 1;
        }
        // Three figures or more in the same words are a list or a table
        // written to one pattern, not copies of one passage.
        if counts.len() != 2 {
            continue;
        }
        let right = counts
            .iter()
            .max_by_key(|(_, (n, order))| (*n, std::cmp::Reverse(*order)))
            .map(|(t, _)| *t)
            .expect("two figures");
        let right_place = places.iter().find(|p| text(p) == right).expect("a place");
        for place in places.iter().filter(|p| text(p) != right) {
            found.push(RestatedFigure {
                span: span(place),
                other: span(right_place),
            });
        }
    }
    found.sort_by_key(|f| f.span.start);
    found
}

/// The words of five letters or more around a figure that name no month
/// or weekday (in any form: "fredagen", "måndagar").
fn content_words((before, after): &Passage) -> usize {
    let calendar = |w: &str| month_number(w).is_some() || WEEKDAYS.iter().any(|d| w.starts_with(d));
    before
        .iter()
        .chain(after)
        .filter(|w| w.chars().count() >= 5 && w.chars().all(char::is_alphabetic))
        .filter(|w| !calendar(w))
        .count()
}

/// Whether the text after a number makes it a page's: "2 (16)", "2(16)".
fn is_page_number(after: &str) -> bool {
    let Some(rest) = after.trim_start_matches([' ', '\u{a0}']).strip_prefix('(') else {
        return false;
    };
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && rest[digits..].starts_with(')')
}

/// Whether the text before a number makes it a page total: "2 (16)".
fn is_page_total(before: &str) -> bool {
    before
        .strip_suffix('(')
        .map(|b| b.trim_end_matches([' ', '\u{a0}']))
        .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
}

/// The words, numbers and § signs of `source[range]` with their spans,
/// lower case within a passage's reach of a number. A number runs on through one separator between digits
/// ("19,35", "2020-06-09", "130/2014", "8.15"). None for a text without
/// digits: it has no figure, and a passage does not leave its region.
fn tokens(source: &str, range: Span) -> Vec<Token<'_>> {
    let text = &source[range.clone()];
    let mut out = Vec::new();
    if !super::has_digits(text, 1) {
        return out;
    }
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let number = c.is_ascii_digit();
        if !(number || c.is_alphabetic() || c == '§') {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(at, next)) = chars.peek() {
            let continues = if number {
                next.is_ascii_digit()
                    || (matches!(next, ',' | '.' | ':' | '/' | '-' | '–')
                        && text[at + next.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(|d| d.is_ascii_digit()))
            } else {
                c != '§' && next.is_alphabetic()
            };
            if !continues {
                break;
            }
            end = at + next.len_utf8();
            chars.next();
        }
        out.push(Token {
            span: range.start + start..range.start + end,
            text: Cow::Borrowed(&text[start..end]),
            number,
        });
    }
    // Only the words a figure's passage reaches are compared: those are
    // lower-cased, the others left as written.
    let mut near_figure = vec![false; out.len()];
    for (i, _) in out.iter().enumerate().filter(|(_, t)| t.number) {
        near_figure[i.saturating_sub(CONTEXT)..(i + CONTEXT + 1).min(out.len())].fill(true);
    }
    for (token, near) in out.iter_mut().zip(near_figure) {
        if let (true, Cow::Borrowed(written)) = (near, &token.text) {
            token.text = lowercase(written);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn restated(text: &str) -> Vec<(String, String)> {
        find_restated_figures(text, std::slice::from_ref(&(0..text.len())))
            .into_iter()
            .map(|f| (text[f.span].to_owned(), text[f.other].to_owned()))
            .collect()
    }

    #[test]
    fn a_figure_changed_in_one_copy_of_a_passage() {
        let text = "1. Nämnden tecknar ett hyresavtal till en maximal hyreskostnad om 19,35 mnkr under det första året. Ärende: Förvaltningen föreslår ett hyresavtal till en maximal hyreskostnad om 29,35 mnkr under det första året.";
        assert_eq!(restated(text), [("29,35".into(), "19,35".into())]);
        // Case and punctuation aside; the copy written most often is right.
        let text = "Avgiften är 350 kr per månad och barn. Avgiften är 350 kr per månad och barn! AVGIFTEN ÄR 300 KR PER MÅNAD OCH BARN.";
        assert_eq!(restated(text), [("300".into(), "350".into())]);
    }

    #[test]
    fn the_same_figure_different_words_or_a_numbering_are_no_restatement() {
        for text in [
            // The same figure twice.
            "en maximal hyreskostnad om 19,35 mnkr under det första året och en maximal hyreskostnad om 19,35 mnkr under det första året",
            // Two periods in the same formula are two facts.
            "Avtalet förlängs från och med den 1 maj 2026 till och med den 30 april 2028. Avtalet gäller från och med den 1 maj 2024 till och med den 30 april 2026.",
            // A pattern with many figures is a list, not a copy.
            "Förening i kommunen. Bidrag om 100 tkr till förening i kommunen. Bidrag om 200 tkr till förening i kommunen. Bidrag om 300 tkr till förening i kommunen.",
            // Three words alike on a side are too few.
            "Kommunen beviljar bidrag om 300 tkr till föreningen Norr. Regionen beviljar bidrag om 400 tkr till föreningen Norr.",
            // A page, a § and an appendix count places.
            "KALLELSE Datum 2026-12-13 1 (3) Sid Kallelse till sammanträde 20 december. KALLELSE Datum 2026-12-13 1 (2) Sid Kallelse till sammanträde 20 december.",
            "Socialnämnden Protokoll 2020-06-09 2 (16) Justerandes signatur Utdragsbestyrkande Socialnämnden Protokoll 2020-06-09 3 (16) Justerandes signatur Utdragsbestyrkande",
            "Socialnämnden Sammanträdesprotokoll 2020-06-09 Sida 2 (16) Justerandes signatur Utdragsbestyrkande Socialnämnden Sammanträdesprotokoll 2020-06-09 Sida 3 (16) Justerandes signatur Utdragsbestyrkande",
            "att anta riktlinjerna enligt bilaga 1 till detta protokoll och att anta riktlinjerna enligt bilaga 2 till detta protokoll",
            "Ärendet har beretts av arbetsutskottet § 5 och beslutet justeras omedelbart. Ärendet har beretts av arbetsutskottet § 6 och beslutet justeras omedelbart.",
        ] {
            assert!(restated(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_passage_does_not_run_from_one_region_into_the_next() {
        let text = "alpha bravo charlie delta 5 echos foxtrot golfs hotel. alpha bravo charlie delta 6 echos foxtrot golfs hotel";
        let whole = 0..text.len();
        assert_eq!(
            find_restated_figures(text, std::slice::from_ref(&whole)).len(),
            1
        );
        // The second copy's last words stand in a region of their own.
        let split = text.rfind(" echos").unwrap();
        assert!(find_restated_figures(text, &[0..split, split..text.len()]).is_empty());
    }
}
