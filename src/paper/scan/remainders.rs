//! A sum told as the rest of a whole the sentence before gives: "Ridhuset
//! beräknas kosta 8,5 miljoner kronor. Klubben betalar 2,5 miljoner kronor
//! med egna medel och resten, 6 miljoner kronor, med ett banklån."
//!
//! The rest is the sum right after a noun or adjective of remainder
//! ("resten", "resterande", "återstoden", "återstående"), with at most a few
//! words and no number between ("resten av beloppet, 6 miljoner"). The part
//! is the one sum before it in its sentence; the whole is the one sum of
//! the sentence right before (a price per unit aside). Together they are a
//! complete breakdown (N318). A share told right before the part ("en
//! handpenning om 10 % av köpeskillingen, 434 tkr") is the part's share of
//! that whole (N322). An approximate figure ("cirka"), figures of different
//! periods, or a whole no larger than the part is not read. A rest told
//! by a verb of remaining after a budget and the part spent of it is read
//! too ("… ryms i nämndens budget, som är 250 000 kronor. Efter
//! fördelningen återstår 70 000 kronor.").

use super::Span;
use super::amounts::AmountMention;
use super::breakdowns::{Breakdown, Figure, approximate, sum_figures, within, words_at};
use super::changes::hundredths;
use super::shares::ShareOf;
use crate::base::swedish::lowercase;

/// Words that tell a remainder, in their inflected forms.
const REST: [&str; 6] = [
    "resten",
    "resterande",
    "återstoden",
    "återstående",
    "restbeloppet",
    "restbelopp",
];

/// The most words between the remainder's word and its sum ("av det
/// totala beloppet").
const MAX_WORDS_TO_SUM: usize = 4;

/// The most remainders read in one text: a paper tells one or two.
const MAX_REMAINDERS: usize = 50;

/// The breakdowns (whole = part + rest) and the shares told of their parts.
pub(super) fn find_remainders(
    text: &str,
    sentences: &[Span],
    amounts: &[AmountMention],
) -> (Vec<Breakdown>, Vec<ShareOf>) {
    let (mut breakdowns, mut shares) = (Vec::new(), Vec::new());
    if !["rest", "Rest", "återst", "Återst", "kvar"]
        .iter()
        .any(|cue| text.contains(cue))
    {
        return (breakdowns, shares);
    }
    let sums = sum_figures(text, amounts);
    for (at, sentence) in sentences.iter().enumerate().skip(1) {
        if breakdowns.len() >= MAX_REMAINDERS {
            break;
        }
        let pair = (&sentences[at - 1], sentence);
        let read = match rest_word(text, sentence) {
            Some(cue) => whole_part_rest(text, pair, &cue, &sums),
            None => left_of_a_budget(text, pair, &sums),
        };
        let Some((whole, part, rest)) = read else {
            continue;
        };
        shares.extend(
            share_before(text, sentence, &part).map(|(span, (hundredths, decimals))| ShareOf {
                span,
                hundredths,
                decimals,
                part: part.told.clone(),
                whole: whole.told.clone(),
                money: true,
            }),
        );
        breakdowns.push(Breakdown {
            span: sentence.start..rest.told.span.end,
            whole: Some(whole.told),
            named: None,
            per: part.per,
            parts: vec![part.told, rest.told],
            complete: true,
            money: true,
        });
    }
    (breakdowns, shares)
}

/// Where the sentence's first word of remainder stands.
fn rest_word(text: &str, sentence: &Span) -> Option<Span> {
    words_at(text, sentence.clone())
        .find(|(_, word)| REST.contains(&&*lowercase(word)))
        .map(|(at, word)| at..at + word.len())
}

/// The whole (the one sum of the sentence before), the part (the one sum
/// before the cue) and the rest (the sum right after it).
fn whole_part_rest(
    text: &str,
    (before, sentence): (&Span, &Span),
    cue: &Span,
    sums: &[Figure],
) -> Option<(Figure, Figure, Figure)> {
    let here = within(sums, sentence);
    let split = here.partition_point(|f| f.told.span.start < cue.start);
    let [part] = &here[..split] else {
        return None;
    };
    let rest = here.get(split)?;
    let to_rest = &text[cue.end..rest.told.span.start];
    if to_rest.split_whitespace().count() > MAX_WORDS_TO_SUM || to_rest.contains(char::is_numeric) {
        return None;
    }
    let [whole] = within(sums, before) else {
        return None;
    };
    let figures = [whole, part, rest];
    let same_period = figures.iter().all(|f| f.per == whole.per);
    let exact = figures.iter().all(|f| !approximate(text, &f.told.span));
    (same_period && exact && whole.told.value > part.told.value)
        .then(|| (whole.clone(), part.clone(), rest.clone()))
}

/// Verbs that tell what is left: "Efter fördelningen återstår 70 000
/// kronor", "kvarstår", "finns kvar".
const LEFT: [&str; 3] = ["återstår", "kvarstår", "kvar"];

/// Nouns of a budget, as stems: "budget", "ramen", "anslaget".
const BUDGETS: [&str; 3] = ["budget", "ram", "anslag"];

/// The rest told by a verb of remaining as its sentence's one sum, after a
/// sentence that names a budget and two sums, no change between them: the
/// larger is the budget, the smaller the part spent ("Bidragen på 180 000
/// kronor ryms i nämndens budget, som är 250 000 kronor. Efter fördelningen
/// återstår 70 000 kronor.").
fn left_of_a_budget(
    text: &str,
    (before, sentence): (&Span, &Span),
    sums: &[Figure],
) -> Option<(Figure, Figure, Figure)> {
    let [rest] = within(sums, sentence) else {
        return None;
    };
    let says_left = words_at(text, sentence.start..rest.told.span.start)
        .any(|(_, w)| LEFT.contains(&&*lowercase(w)));
    let [first, second] = within(sums, before) else {
        return None;
    };
    let before_words: Vec<String> = words_at(text, before.clone())
        .map(|(_, w)| lowercase(w).into_owned())
        .collect();
    let names_budget = before_words.iter().any(|w| {
        BUDGETS
            .iter()
            .any(|b| w.starts_with(b) && w.len() <= b.len() + 3)
    });
    let changes =
        before_words.iter().any(|w| w == "från") && before_words.iter().any(|w| w == "till");
    let (whole, part) = if first.told.value > second.told.value {
        (first, second)
    } else {
        (second, first)
    };
    let figures = [whole, part, rest];
    let same_period = figures.iter().all(|f| f.per == whole.per);
    let exact = figures.iter().all(|f| !approximate(text, &f.told.span));
    (says_left
        && names_budget
        && !changes
        && same_period
        && exact
        && whole.told.value > part.told.value)
        .then(|| (whole.clone(), part.clone(), rest.clone()))
}

/// A percentage told of the whole right before the part: "10 % av
/// köpeskillingen, 434 tkr" (its span, and the share in hundredths with its
/// decimals).
fn share_before(text: &str, sentence: &Span, part: &Figure) -> Option<(Span, (u64, u32))> {
    // A part in the sentence before (a budget's) has no share here.
    let before = text.get(sentence.start..part.told.span.start)?.trim_end();
    let before = before.strip_suffix(',')?;
    let words: Vec<(usize, &str)> = before
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let [.., (at, number), (_, sign), (_, av), (_, noun)] = words[..] else {
        return None;
    };
    let is_sign = sign == "%" || lowercase(sign) == "procent";
    if !is_sign || av != "av" || !noun.chars().all(char::is_alphabetic) {
        return None;
    }
    let (whole, decimals) = match number.split_once(',') {
        Some((whole, decimals)) => (whole, Some(decimals)),
        None => (number, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || decimals.is_some_and(|d| !digits(d)) {
        return None;
    }
    let end = at + number.len() + text[at + number.len()..].find(sign)? + sign.len();
    Some((at..end, hundredths(whole, decimals)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paper::scan::amounts::find_amounts;
    use crate::paper::scan::sentences::find_sentences;

    fn remainders(text: &str) -> (Vec<Breakdown>, Vec<ShareOf>) {
        let sentences = find_sentences(text);
        find_remainders(text, &sentences, &find_amounts(text))
    }

    fn values(breakdown: &Breakdown) -> (u64, Vec<u64>) {
        let whole = breakdown.whole.as_ref().map_or(0, |w| w.value);
        (whole, breakdown.parts.iter().map(|p| p.value).collect())
    }

    #[test]
    fn a_rest_after_a_part_makes_the_whole_of_the_sentence_before() {
        let (found, shares) = remainders(
            "Ridhuset beräknas kosta 8,5 miljoner kronor. Klubben betalar 2,5 miljoner kronor \
             med egna medel och resten, 6 miljoner kronor, med ett banklån.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(values(&found[0]), (8_500_000, vec![2_500_000, 6_000_000]));
        assert!(found[0].complete && found[0].money);
        assert!(shares.is_empty());
    }

    #[test]
    fn what_is_left_of_a_budget() {
        let (found, _) = remainders(
            "Bidragen på 180 000 kronor ryms i nämndens budget för föreningsstöd 2028, som är \
             250 000 kronor. Efter fördelningen återstår 70 000 kronor.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(values(&found[0]), (250_000, vec![180_000, 70_000]));
        for other in [
            // No budget named.
            "Hyran är 180 000 kronor och avgiften 250 000 kronor. Efter det återstår 70 000 kronor.",
            // A change, not a budget and a part.
            "Budgeten höjs från 200 000 till 250 000 kronor. Därefter återstår 70 000 kronor.",
            // No verb of remaining.
            "Bidragen på 180 000 kronor ryms i budgeten på 250 000 kronor. Lokalen kostar 70 000 kronor.",
        ] {
            assert!(remainders(other).0.is_empty(), "{other}");
        }
    }

    #[test]
    fn a_share_right_before_the_part_is_its_share_of_the_whole() {
        let text = "Priset är 350 kr/kvm, totalt 4 340 tkr. Köparen betalar en handpenning om \
                    10 % av köpeskillingen, 434 tkr, vid undertecknandet och resterande 3 906 tkr \
                    på tillträdesdagen.";
        let (found, shares) = remainders(text);
        assert_eq!(values(&found[0]), (4_340_000, vec![434_000, 3_906_000]));
        assert_eq!(shares.len(), 1);
        assert_eq!(&text[shares[0].span.clone()], "10 %");
        assert_eq!(shares[0].hundredths, 1_000);
        assert_eq!(
            (shares[0].part.value, shares[0].whole.value),
            (434_000, 4_340_000)
        );
    }

    #[test]
    fn no_remainder_without_one_part_one_whole_and_a_rest_close_by() {
        for text in [
            // Two sums in the sentence before: which is the whole is unknown.
            "Bygget kostar 8,5 miljoner kronor och driften 1,2 miljoner kronor. Klubben betalar \
             2,5 miljoner kronor och resten, 6 miljoner kronor, lånas.",
            // Two sums before the cue.
            "Ridhuset kostar 8,5 miljoner kronor. Ridhuset kostar 8,5 miljoner kronor, klubben \
             betalar 2,5 miljoner kronor och resten, 6 miljoner kronor, lånas.",
            // The sum is far from the cue.
            "Ridhuset kostar 8,5 miljoner kronor. Klubben betalar 2,5 miljoner kronor och resten \
             betalas enligt den plan som styrelsen antog med 6 miljoner kronor.",
            // An approximate part.
            "Ridhuset kostar 8,5 miljoner kronor. Klubben betalar cirka 2,5 miljoner kronor och \
             resten, 6 miljoner kronor, lånas.",
            // A whole no larger than the part.
            "Bidraget är 2 miljoner kronor. Klubben betalar 2,5 miljoner kronor och resten, \
             6 miljoner kronor, lånas.",
            // No remainder at all.
            "Kommunfullmäktige har att besluta om resterande sammanträdesdagar för hösten 2018.",
        ] {
            assert!(remainders(text).0.is_empty(), "{text}");
        }
    }
}
