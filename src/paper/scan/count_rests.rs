//! A count, some of it after "varav", and the rest counted with a word of
//! remainder: "Sex anbud kom in, varav två förkastades … De fyra
//! återstående anbuden utvärderades". Together the part and the rest make
//! the whole, a complete breakdown (N318).
//!
//! The whole is the last count of its sentence before "varav"; the part
//! the number right after "varav" ("varav två", "varav 12"); the rest the
//! number right before a word of remainder ("fyra återstående", "12
//! övriga", "de resterande 40"), later in the sentence or in the next
//! sentence. In the next sentence the rest must name the whole's noun
//! ("återstående anbuden"), since another count may be left of something
//! else. Approximate figures are not read.

use super::Span;
use super::breakdowns::{Breakdown, Told, approximate};
use super::counts::{CountMention, number_at, words};
use crate::base::swedish::{lowercase, same_head};

/// Words that tell the rest of a whole.
const REST: [&str; 5] = [
    "återstående",
    "resterande",
    "övriga",
    "kvarvarande",
    "kvarstående",
];

/// The most rests read in one text: a paper tells one or two.
const MAX_READ: usize = 50;

pub(super) fn find_count_rests(
    text: &str,
    sentences: &[Span],
    counts: &[CountMention],
) -> Vec<Breakdown> {
    let mut found = Vec::new();
    if !text.contains("varav") {
        return found;
    }
    for (at, sentence) in sentences.iter().enumerate() {
        if found.len() >= MAX_READ {
            break;
        }
        let body = &text[sentence.clone()];
        let Some(varav) = body.find(" varav ").map(|i| sentence.start + i + 1) else {
            continue;
        };
        // The sentence's counts before "varav", found by binary search
        // (both lists are in text order).
        let from = counts.partition_point(|c| c.span.start < sentence.start);
        let to = counts.partition_point(|c| c.span.end <= varav).max(from);
        let Some(whole) = counts[from..to].iter().rev().find(|c| !c.bound) else {
            continue;
        };
        let Some((part, part_end)) = number_after(text, varav + "varav".len()) else {
            continue;
        };
        let here = part_end..sentence.end;
        let rest = rest_in(text, &here, None).or_else(|| {
            let next = sentences.get(at + 1)?;
            rest_in(text, next, Some(&whole.thing))
        });
        let Some(rest) = rest else {
            continue;
        };
        if [&whole.span, &part.span, &rest.span]
            .iter()
            .any(|span| approximate(text, span))
            || part.value >= whole.count
        {
            continue;
        }
        found.push(Breakdown {
            span: sentence.start..rest.span.end,
            whole: Some(Told::exact(whole.span.clone(), whole.count)),
            named: None,
            per: None,
            parts: vec![part, rest],
            complete: true,
            money: false,
        });
    }
    found
}

/// The number right after `at` ("varav två", "varav 1 240"), and where it
/// ends.
fn number_after(text: &str, at: usize) -> Option<(Told, usize)> {
    let window = &text[at..super::floor_char_boundary(text, at + 40)];
    let words = words(window);
    let (value, after) = number_at(&words, 0)?;
    let span = at + words[0].start..at + words[after - 1].end;
    let end = span.end;
    Some((Told::exact(span, value), end))
}

/// The number right before the first word of remainder in `span`, when
/// the noun after the word (if `noun` is given) is the whole's: "fyra
/// återstående anbuden" for "anbud".
fn rest_in(text: &str, span: &Span, noun: Option<&str>) -> Option<Told> {
    let words = words(&text[span.clone()]);
    let at = words
        .iter()
        .position(|w| REST.contains(&&*lowercase(w.text)))?;
    // The longest number that ends right before the word ("1 240 övriga").
    let (start, value) = (1..=3).rev().find_map(|back| {
        let start = at.checked_sub(back)?;
        let (value, after) = number_at(&words, start)?;
        (after == at).then_some((start, value))
    })?;
    if let Some(noun) = noun {
        let after = words.get(at + 1)?.text;
        if !names_the_noun(&lowercase(after), noun) {
            return None;
        }
    }
    let told = span.start + words[start].start..span.start + words[at - 1].end;
    Some(Told::exact(told, value))
}

/// Whether `word` is `noun` in another form ("anbuden" for "anbud",
/// "skolorna" for "skolor") or a compound of it.
fn names_the_noun(word: &str, noun: &str) -> bool {
    let stem = noun
        .strip_suffix("or")
        .or_else(|| noun.strip_suffix("ar"))
        .or_else(|| noun.strip_suffix("er"))
        .unwrap_or(noun);
    stem.chars().count() >= 3 && (word.starts_with(stem) || same_head(word, noun))
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn found(text: &str) -> Vec<(Option<u64>, Vec<u64>)> {
        scan(text)
            .breakdowns
            .iter()
            .filter(|b| !b.money && b.complete)
            .map(|b| {
                (
                    b.whole.as_ref().map(|w| w.value),
                    b.parts.iter().map(|p| p.value).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn a_count_some_of_it_and_the_rest() {
        assert_eq!(
            found(
                "Sex anbud kom in, varav två förkastades. De fyra återstående anbuden utvärderades."
            ),
            [(Some(6), vec![2, 4])]
        );
        assert_eq!(
            found("Vi fick 40 ansökningar, varav 12 från skolor och 28 övriga."),
            [(Some(40), vec![12, 28])]
        );
        assert_eq!(
            found("Kön har 2 400 sökande, varav 1 240 med förtur och 1 160 övriga."),
            [(Some(2400), vec![1240, 1160])]
        );
    }

    #[test]
    fn no_rest_of_another_noun_or_without_a_number() {
        for text in [
            "Sex anbud kom in, varav två förkastades. De fyra återstående platserna fördelas.",
            "Sex anbud kom in, varav två förkastades. De återstående anbuden utvärderades.",
            "Sex anbud kom in, varav två förkastades.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
