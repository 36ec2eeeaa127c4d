//! People's names: a given name and a surname, both capitalised, side by
//! side ("Kim Exempelsson", "Louice Mac Donald", "Lari Pitkä-Kangas"). What
//! looks like one may be two capitalised words of another kind ("Beslutande
//! Ledamöter"); rules compare names only with each other, so such a pair
//! only ever meets itself.

use std::sync::LazyLock;

use super::patterns::only_if;
use super::{Plain, Span, tuned};

/// A person's name as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    pub span: Span,
    /// The first word.
    pub given: String,
    /// The rest, as written ("Mac Donald", "Pitkä-Kangas").
    pub surname: String,
}

impl PersonName {
    /// The surname without a genitive -s: "Lindqvists bedömning" is
    /// Lindqvist's. Swedish adds no -s after s, x or z, so "Claes" keeps
    /// its own ("Claes bedömning"), read as "Clae" the same every time.
    pub fn surname_base(&self) -> &str {
        match self.surname.strip_suffix('s') {
            Some(stem) if !stem.ends_with(['s', 'x', 'z']) && stem.chars().count() >= 2 => stem,
            _ => &self.surname,
        }
    }
}

static PERSON: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?:^|[^\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) ((?:(?:von|af|de|Mac|Mc) )?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?)(?:[^\p{L}\p{N}]|$)",
    )
});

/// Whether a space in `text` has a letter before it and a letter that is
/// not a small ASCII one after it: where every name [`PERSON`] finds has
/// its surname (or "von", "af", "de", "Mac", "Mc" before it, and then its
/// surname after the next space).
fn capital_after_word(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(at, &b)| {
        b == b' '
            && bytes
                .get(at + 1)
                .is_some_and(|&next| !next.is_ascii() || next.is_ascii_uppercase())
            && text[at + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() && !c.is_ascii_lowercase())
            && text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
    })
}

/// Every person's name in `text`.
pub(super) fn find_persons(text: &str) -> Vec<PersonName> {
    let mut found = Vec::new();
    // A surname is a capital after a space after a letter: running prose
    // without one is not searched (see `only_if`).
    if only_if(capital_after_word(text), text, &PERSON).is_empty() {
        return found;
    }
    let mut at = 0;
    while let Some(c) = PERSON.captures_at(text, at) {
        let (Some(given), Some(surname)) = (c.get(1), c.get(2)) else {
            break;
        };
        // "Matkassen Norr AB" is a company.
        let after = text[surname.end()..].trim_start_matches([' ', '\u{a0}']);
        let company = ["AB", "HB", "KB", "ek."].iter().any(|form| {
            after.starts_with(form)
                && !after[form.len()..].starts_with(|c: char| c.is_alphanumeric())
        });
        if !company && !names_an_organisation(given.as_str()) {
            found.push(PersonName {
                span: given.start()..surname.end(),
                given: given.as_str().to_owned(),
                surname: surname.as_str().to_owned(),
            });
        }
        // The surname may be the next name's given name in a list
        // ("Anna Berg Olof Stål"): go on from the space before it.
        at = if surname.as_str().contains(' ') {
            surname.end() // "Mac Donald" is one surname, not a name of its own
        } else {
            given.end()
        };
    }
    found
}

/// Whether a capitalised first word is the definite noun of an
/// organisation ("Föräldraföreningen Kulturskolans vänner", "Stiftelsen
/// Ljusglimten", "Socialnämnden Ekby"), not a given name.
fn names_an_organisation(word: &str) -> bool {
    const KINDS: [&str; 12] = [
        "föreningen",
        "förbundet",
        "stiftelsen",
        "bolaget",
        "sällskapet",
        "klubben",
        "gruppen",
        "rådet",
        "kommunen",
        "regionen",
        "församlingen",
        "skolan",
    ];
    let lower = crate::base::swedish::lowercase(word);
    KINDS.iter().any(|kind| lower.ends_with(kind)) || super::ends_like_an_office(&lower)
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    PERSON.compile_now();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_people() {
        let found: Vec<(String, String)> = find_persons(
            "Föredragande: Louice Mac Donald, utvecklingsstrateg, och Lari Pitkä-Kangas (S).",
        )
        .into_iter()
        .map(|p| (p.given, p.surname))
        .collect();
        assert_eq!(
            found,
            [
                ("Louice".to_owned(), "Mac Donald".to_owned()),
                ("Lari".to_owned(), "Pitkä-Kangas".to_owned())
            ]
        );
    }

    #[test]
    fn an_organisations_noun_is_no_given_name() {
        let names: Vec<String> = find_persons(
            "Föräldraföreningen Kulturskolans vänner och Stiftelsen Ljusglimten skrev till Karen Lund.",
        )
        .into_iter()
        .map(|p| format!("{} {}", p.given, p.surname))
        .collect();
        assert_eq!(names, ["Karen Lund"]);
    }

    #[test]
    fn a_genitive_has_the_names_base() {
        let bases: Vec<String> =
            find_persons("Karin Lindqvists bedömning, Karin Lindqvist, Anna Claes, Ola Fox")
                .iter()
                .map(|p| p.surname_base().to_owned())
                .collect();
        assert_eq!(bases, ["Lindqvist", "Lindqvist", "Clae", "Fox"]);
    }
}
