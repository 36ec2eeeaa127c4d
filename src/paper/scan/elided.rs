//! Parts of a count whose noun is left out because the whole names it:
//! "1 240 elever, varav 860 i musik, 230 i dans och 150 i teater", "1 420
//! platser, varav 620 på gatumark och 800 i garaget". Swedish drops the
//! noun after a number when the number's own phrase follows at once: a
//! number right before a preposition counts what the whole counts.

use super::Span;
use super::breakdowns::{Figure, Told};
use super::counts::{Word, number_at};
use crate::base::swedish::lowercase;

/// Prepositions that open a part's phrase right after its number.
const PREPOSITIONS: [&str; 10] = [
    "i", "på", "inom", "vid", "hos", "till", "från", "för", "med", "utan",
];

/// The most parts read after one cue: a list in a paper has a few.
const MAX_PARTS: usize = 12;

/// The numbers in `span` (after a cue of parts) that stand right before a
/// preposition, as counts of `whole`'s noun: the parts of a list whose
/// noun the whole gives. A number with a noun of its own is the counts'
/// reader's; a year, a decimal or a sum is no such part.
pub(super) fn elided_parts(words: &[Word<'_>], span: &Span, whole: &Figure) -> Vec<Figure> {
    let mut parts = Vec::new();
    let mut i = words.partition_point(|w| w.start < span.start);
    while i < words.len() && words[i].start < span.end && parts.len() < MAX_PARTS {
        let Some((value, next)) = number_at(words, i) else {
            i += 1;
            continue;
        };
        let preposition = words
            .get(next)
            .filter(|_| !words[next - 1].closed)
            .is_some_and(|w| PREPOSITIONS.contains(&&*lowercase(w.text)));
        if preposition {
            parts.push(Figure {
                told: Told::exact(words[i].start..words[next - 1].end, value),
                per: None,
                noun: whole.noun.clone(),
            });
        }
        i = next.max(i + 1);
    }
    parts
}

#[cfg(test)]
mod tests {
    /// Each breakdown as (whole, parts).
    fn read(text: &str) -> Vec<(u64, Vec<u64>)> {
        crate::paper::scan::scan(text)
            .breakdowns
            .iter()
            .map(|b| {
                let whole = b.whole.as_ref().map_or(0, |w| w.value);
                (whole, b.parts.iter().map(|p| p.value).collect())
            })
            .collect()
    }

    #[test]
    fn parts_before_a_preposition_count_the_wholes_noun() {
        assert_eq!(
            read("Kulturskolan har 1 240 elever, varav 860 i musik, 230 i dans och 150 i teater."),
            [(1240, vec![860, 230, 150])]
        );
        assert_eq!(
            read(
                "Det finns 1 420 allmänna parkeringsplatser, varav 620 på gatumark och 800 i garaget."
            ),
            [(1420, vec![620, 800])]
        );
    }

    #[test]
    fn parts_with_nouns_of_their_own_or_alone_are_not_elided() {
        // The counts' reader has these; one part is no list.
        assert_eq!(
            read("Nämnden har 120 anställda, varav 80 kvinnor och 40 män."),
            [(120, vec![80, 40])]
        );
        assert!(read("Kulturskolan har 1 240 elever, varav 860 i musik.").is_empty());
        // A sum between the whole and the cue is what the parts divide.
        assert!(
            read("De 12 skolorna fick 1 240 000 kronor, varav 860 000 i Ekby och 380 000 i Åby.")
                .iter()
                .all(|(whole, _)| *whole != 12)
        );
        // A year is no part.
        assert!(
            read("Kulturskolan har 1 240 elever, varav 2025 i musik och 2026 i dans.").is_empty()
        );
    }
}
