//! Counts of what a decision provides: "24 platser för korttidsvistelse",
//! "40 nya lägenheter", "3 årsarbetare". What is counted is the noun after
//! the number, by its stem and with its compound ("korttidsplatser" is a
//! kind of "platser", "boendeplatser" another kind). Its clause is read as
//! a sum's is (see [`super::amounts`]): does it put the count forward
//! ("föreslår", "inrätta"), or refer back to it ("De 24 platserna")?

use super::patterns::only_if;
use super::plain::{Plain, plain};
use std::sync::LazyLock;

use super::Span;
use super::amounts::{FigureClause, clause_words, figure_clause, puts_forward};

/// A count of things a decision provides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountMention {
    /// From the number to the noun.
    pub span: Span,
    pub count: u64,
    /// The noun's stem with its compound: "korttidsplats", "lägenhet".
    pub thing: String,
    /// Its clause puts the count forward.
    pub proposing: bool,
    /// The noun is definite ("platserna"): the count already named.
    pub definite: bool,
    /// What the clause around it says of the count.
    pub clause: FigureClause,
}

/// Nouns a decision provides a number of, as (plural, definite plural,
/// stem); a compound's first part may stand before them.
const COUNTED: [(&str, &str, &str); 6] = [
    ("platser", "platserna", "plats"),
    ("lägenheter", "lägenheterna", "lägenhet"),
    ("bostäder", "bostäderna", "bostad"),
    ("tjänster", "tjänsterna", "tjänst"),
    ("årsarbetare", "årsarbetarna", "årsarbetare"),
    ("avdelningar", "avdelningarna", "avdelning"),
];

/// A number, perhaps "nya" or "fler", then a word ending in a noun of
/// [`COUNTED`] (the nouns in the pattern let the engine look for them
/// first; the word is split by hand).
static COUNT: LazyLock<Plain> = LazyLock::new(|| {
    let nouns: Vec<&str> = COUNTED.iter().flat_map(|(p, d, _)| [*d, *p]).collect();
    plain(&format!(
        r"(?:^|[^\p{{L}}\p{{N}},.:/-])(\d{{1,5}})[ \u{{a0}}]+(?:(?:nya|fler|ytterligare|extra)[ \u{{a0}}]+)?(\p{{Ll}}{{0,24}}(?:{}))(?:[^\p{{L}}]|$)",
        nouns.join("|")
    ))
});

/// Verbs of providing, for a count: "inrätta 24 platser" puts it forward
/// as "föreslår" does.
const PROVIDING: [&str; 8] = [
    "inrätta",
    "inrättas",
    "inrättar",
    "bygga",
    "byggs",
    "utöka",
    "utökas",
    "utökar",
];

pub(super) fn find_counts(text: &str) -> Vec<CountMention> {
    // A count is written in digits: a text without one is not searched.
    let digits = super::has_digits(text, 1);
    COUNT
        .captures_iter(only_if(digits, text, &COUNT))
        .filter_map(|c| {
            let number = c.get(1)?;
            let noun = c.get(2)?;
            let (stem, definite) = counted(noun.as_str())?;
            let words = clause_words(text, number.start());
            Some(CountMention {
                span: number.start()..noun.end(),
                count: number.as_str().parse().ok()?,
                thing: stem,
                proposing: puts_forward(&words)
                    || words.iter().any(|w| PROVIDING.contains(&w.as_str())),
                definite,
                clause: figure_clause(text, number.start(), noun.end(), &words),
            })
        })
        .collect()
}

/// The stem of a counted noun with its compound, and whether it is
/// definite: "korttidsplatser" → ("korttidsplats", false).
fn counted(word: &str) -> Option<(String, bool)> {
    COUNTED.iter().find_map(|(plural, definite, stem)| {
        let (head, is_definite) = match word.strip_suffix(definite) {
            Some(head) => (head, true),
            None => (word.strip_suffix(plural)?, false),
        };
        Some((format!("{head}{stem}"), is_definite))
    })
}

/// Whether two counted things are one: the same, or one a kind of the
/// other ("korttidsplats" and "plats"), not two kinds ("boendeplats" and
/// "korttidsplats").
pub fn same_counted(a: &str, b: &str) -> bool {
    a.ends_with(b) || b.ends_with(a)
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    std::sync::LazyLock::force(&COUNT);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_of_what_a_decision_provides() {
        let text = "Nämnden inrättar 24 korttidsplatser. Förvaltningen föreslår 40 nya lägenheter. De 24 platserna blir klara 2027. Det bor 300 personer här, 2026-03-02, 12 år.";
        let found: Vec<(u64, String, bool, bool)> = find_counts(text)
            .into_iter()
            .map(|c| (c.count, c.thing, c.proposing, c.definite))
            .collect();
        assert_eq!(
            found,
            [
                (24, "korttidsplats".to_owned(), true, false),
                (40, "lägenhet".to_owned(), true, false),
                (24, "plats".to_owned(), false, true),
            ]
        );
        assert!(same_counted("korttidsplats", "plats"));
        assert!(!same_counted("korttidsplats", "boendeplats"));
    }
}
