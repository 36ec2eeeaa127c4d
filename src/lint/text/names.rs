//! Proper names in running text: capitalised words inside a sentence
//! ("lönesystemet (Heroma)", "i Procapita och Heroma"), where Swedish
//! capitalises only names. A word at the start of a sentence, a line or a
//! list item is capitalised anyway and is left out, and so is a word in
//! capitals ("POSTADRESS").

use super::Span;

/// A capitalised word inside a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMention {
    pub span: Span,
    /// Next to another capitalised word: part of a person's or a
    /// multi-word name ("Åsa Brunkvist", "Region Gotland").
    pub in_group: bool,
}

/// Shortest name worth comparing: shorter ones are too often two names.
const MIN_CHARS: usize = 5;

pub(super) fn find_names(text: &str) -> Vec<NameMention> {
    let words = words(text);
    let capitalised = |w: &(usize, &str, bool)| {
        let mut chars = w.1.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    };
    let mut names = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let (start, w, sentence_start) = *word;
        if sentence_start || !capitalised(word) || w.chars().count() < MIN_CHARS {
            continue;
        }
        let neighbour = |j: Option<usize>| {
            j.and_then(|j| words.get(j))
                .is_some_and(|n| capitalised(n) && adjacent(text, word, n))
        };
        let in_group = neighbour(i.checked_sub(1)) || neighbour(Some(i + 1));
        names.push(NameMention {
            span: start..start + w.len(),
            in_group,
        });
    }
    names
}

/// Only white space between two words.
fn adjacent(text: &str, a: &(usize, &str, bool), b: &(usize, &str, bool)) -> bool {
    let (first, second) = if a.0 < b.0 { (a, b) } else { (b, a) };
    text[first.0 + first.1.len()..second.0]
        .chars()
        .all(|c| c == ' ' || c == '\t')
}

/// Words (letters, inner hyphens) with their offsets, and whether each
/// starts a sentence, a line or a list item.
fn words(text: &str) -> Vec<(usize, &str, bool)> {
    let mut out = Vec::new();
    let mut sentence_start = true;
    let mut word_start: Option<usize> = None;
    let mut after_break = true;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphabetic() || (c == '-' && word_start.is_some()) {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = word_start.take() {
            let word = text[start..i].trim_end_matches('-');
            out.push((start, word, sentence_start));
            sentence_start = false;
            after_break = false;
        }
        match c {
            '.' | '!' | '?' | ':' | '•' | '*' | '#' => sentence_start = true,
            '\n' => {
                after_break = true;
                sentence_start = true;
            }
            '-' | '–' | '—' if after_break => sentence_start = true,
            c if c.is_ascii_digit() => sentence_start = false,
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(&str, bool)> {
        find_names(text)
            .into_iter()
            .map(|n| (&text[n.span], n.in_group))
            .collect()
    }

    #[test]
    fn capitalised_words_inside_sentences() {
        assert_eq!(
            names(
                "Betalning via lönesystemet (Heroma) och Procapita. Dessa system.\n- Kommunstyrelsen bör se över Heroma. Kontakt: Åsa Brunkvist, Region Gotland."
            ),
            [
                ("Heroma", false),
                ("Procapita", false),
                ("Heroma", false),
                ("Brunkvist", true),
                ("Region", true),
                ("Gotland", true)
            ]
        );
    }

    #[test]
    fn short_words_capitals_and_sentence_starts_are_left_out() {
        assert!(names("POSTADRESS Box 1. Anna och Per. Detta gäller.\nKommunen").is_empty());
    }
}
