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
    let mut names = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    // A byte loop that decodes only at non-ASCII lead bytes: walking every
    // character (or a Unicode-class regex) cost more than most recognisers.
    while i < bytes.len() {
        let b = bytes[i];
        let upper = b.is_ascii_uppercase()
            || (b >= 0xC0 && text[i..].chars().next().is_some_and(char::is_uppercase));
        if !upper {
            i += 1;
            continue;
        }
        let start = i;
        let end = start
            + text[start..]
                .char_indices()
                .find(|(_, c)| !(c.is_alphabetic() || *c == '-'))
                .map_or(text.len() - start, |(j, _)| j);
        i = end.max(start + 1);
        let word = text[start..end].trim_end_matches('-');
        if text[..start].ends_with(char::is_alphabetic)
            || word.chars().count() < MIN_CHARS
            || !word.chars().skip(1).any(char::is_lowercase)
            || starts_sentence(text, start)
        {
            continue;
        }
        let end = start + word.len();
        let in_group = capitalised_before(text, start) || capitalised_after(text, end);
        names.push(NameMention {
            span: start..end,
            in_group,
        });
    }
    names
}

/// Whether the word at `at` starts a sentence, a line or a list item.
fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t']);
    match before.chars().next_back() {
        None | Some('.' | '!' | '?' | ':' | '•' | '*' | '#' | '\n' | '\r') => true,
        // A list dash at the start of a line.
        Some('-' | '–' | '—') => {
            let rest = before
                [..before.len() - before.chars().next_back().map_or(1, char::len_utf8)]
                .trim_end_matches([' ', '\t']);
            rest.is_empty() || rest.ends_with('\n')
        }
        _ => false,
    }
}

/// A capitalised word (first letter upper case, some lower case after it).
fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// The word just before `at`, with only spaces between, is capitalised.
fn capitalised_before(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let trimmed = before.trim_end_matches([' ', '\t']);
    if trimmed.len() == before.len() {
        return false;
    }
    let word_start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || *c == '-')
        .last()
        .map_or(trimmed.len(), |(i, _)| i);
    is_capitalised(&trimmed[word_start..])
}

/// The word just after `at`, with only spaces between, is capitalised.
fn capitalised_after(text: &str, at: usize) -> bool {
    let after = &text[at..];
    let trimmed = after.trim_start_matches([' ', '\t']);
    if trimmed.len() == after.len() {
        return false;
    }
    let word_end = trimmed
        .char_indices()
        .find(|(_, c)| !(c.is_alphabetic() || *c == '-'))
        .map_or(trimmed.len(), |(i, _)| i);
    is_capitalised(&trimmed[..word_end])
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
