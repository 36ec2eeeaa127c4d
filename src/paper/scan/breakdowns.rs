//! A whole told with its parts: "412 hushåll, varav 168 barnfamiljer och
//! 244 hushåll utan barn", "Investeringen fördelas med 18 miljoner kronor år
//! 2028 och 30 miljoner kronor år 2029", "Bidraget fördelas så att
//! föreningen får 310 000 kronor, fritidsgårdarna 520 000 kronor och
//! biblioteken 410 000 kronor".
//!
//! A breakdown is found by its cue in one sentence: a verb of dividing
//! ("fördelas", "fördelat på", "delas upp", "uppdelad", "består av",
//! "utgörs av") says the parts make up the whole; "varav" or "därav" says
//! they are some of it, and all of it only when they complement each other
//! ("med"/"utan" the same thing, "kvinnor"/"män", a last part of "övriga").
//! The parts are the figures of one kind (sums or counts) listed after the
//! cue, joined by commas, "och" or "samt". The whole is the figure of that
//! kind before the cue in the sentence, or for a sum, the one sum the paper
//! gives the cue's definite money noun ("Investeringen" → the paper's one
//! "investering"). A list with an approximate figure ("cirka", "drygt"), a
//! remainder left untold ("övriga", "bland annat") or a comparison inside
//! it is no breakdown a sum could be checked against.

use super::Span;
use super::amounts::{AmountMention, money_noun};
use super::counts::{CountMention, Word};
use super::cues::{lower_words, said_right_before};
use super::parts::is_a_year;
use super::summed;
use crate::base::swedish::lowercase;

/// A whole and the parts the text divides it into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    /// From the sentence's start to the last part; for a list summed
    /// after it, from its first part to the sum. A part before it (a
    /// budget's spent part) is a figure of its own too.
    pub span: Span,
    /// The whole, when it is told in the sentence or, for a sum named by
    /// its noun, once the whole paper is read (`resolve_named_wholes`).
    pub whole: Option<Told>,
    /// The definite money noun the sentence names its whole by
    /// ("Investeringen fördelas …": "investering"); for a list summed after
    /// it, the money noun before the list ("underskott två år i rad: …").
    pub named: Option<&'static str>,
    /// The parts' period when they are rates ("per år").
    pub per: Option<&'static str>,
    pub parts: Vec<Told>,
    /// The text says the parts make up the whole, not only some of it.
    pub complete: bool,
    /// Sums of money (in whole kronor), not counts.
    pub money: bool,
}

/// A figure as the text tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Told {
    pub span: Span,
    pub value: u64,
    /// The value of its last written digit when it is rounded ("1,2
    /// miljoner kronor": 100 000); 0 when it is exact (kronor, counts).
    pub rounding: u64,
}

impl Told {
    /// A figure told exactly: a count, a whole number, kronor.
    pub fn exact(span: Span, value: u64) -> Told {
        Told {
            span,
            value,
            rounding: 0,
        }
    }
}

/// A figure a breakdown may hold: a sum or a count, with a sum's period
/// and a count's noun.
#[derive(Clone)]
pub(super) struct Figure {
    pub(super) told: Told,
    pub(super) per: Option<&'static str>,
    pub(super) noun: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// "fördelas", "består av": the parts make up the whole.
    Divides,
    /// "varav", "därav": the parts are some of the whole.
    OfWhich,
}

/// Literals one of the cues contains ("Fördelas" and "fördelas" both
/// hold "rdela").
const CUES: [&str; 8] = [
    "varav",
    "därav",
    "rdela",
    "pdela",
    "delas upp",
    "står av",
    "tgörs av",
    "tgjordes av",
];

/// The most breakdowns read in one text: a paper has a few; a hostile text
/// of thousands stays linear.
const MAX_BREAKDOWNS: usize = 100;

/// How far the whole may stand before "varav", and a part after the cue or
/// the part before it.
pub(super) const REACH: usize = 80;

/// The most words between two listed parts ("kronor år 2028 och").
const MAX_GAP_WORDS: usize = 10;

pub(super) fn find_breakdowns(
    text: &str,
    sentences: &[Span],
    amounts: &[AmountMention],
    (counts, words): (&[CountMention], &[Word<'_>]),
) -> Vec<Breakdown> {
    // A cheap test first: most papers divide and sum nothing.
    let divides = CUES.iter().any(|cue| text.contains(cue));
    if !divides && !summed::has_a_cue(text) {
        return Vec::new();
    }
    let sums = sum_figures(text, amounts);
    let counted = count_figures(counts, amounts);
    let measured = super::measures::measure_figures(words);
    let mut found = Vec::new();
    for sentence in sentences {
        if found.len() >= MAX_BREAKDOWNS {
            break;
        }
        if summed::has_a_cue(&text[sentence.clone()]) {
            for (figures, money) in [(&sums, true), (&counted, false), (&measured, false)] {
                let within = within(figures, sentence);
                found.extend(summed::summed_in(text, sentence, within, money));
            }
        }
        if !CUES.iter().any(|cue| text[sentence.clone()].contains(cue)) {
            continue;
        }
        let Some((cue, cue_span)) = cue_in(text, sentence) else {
            continue;
        };
        for (figures, money) in [(&sums, true), (&counted, false)] {
            let within = within(figures, sentence);
            found.extend(breakdown_in(
                text,
                sentence,
                (cue, &cue_span),
                within,
                money,
            ));
        }
        let counts_within = within(&counted, sentence);
        let sums_within = within(&sums, sentence);
        found.extend(
            with_elided_parts(words, sentence, &cue_span, (counts_within, sums_within)).and_then(
                |figures| breakdown_in(text, sentence, (cue, &cue_span), &figures, false),
            ),
        );
    }
    found
}

/// A sentence's counts with the parts after the cue whose noun the whole
/// before it gives ("1 240 elever, varav 860 i musik och 380 i dans"),
/// when no part after the cue has a noun of its own and no sum stands
/// between the whole and the cue ("De 12 skolorna fick 1 240 000 kronor,
/// varav 860 000 i Ekby …" divides the sum, not the schools).
fn with_elided_parts(
    words: &[Word<'_>],
    sentence: &Span,
    cue_span: &Span,
    (within, sums): (&[Figure], &[Figure]),
) -> Option<Vec<Figure>> {
    let split = within.partition_point(|f| f.told.span.end <= cue_span.start);
    if split < within.len() {
        return None;
    }
    let whole = within[..split].last()?;
    let sum_between = sums
        .iter()
        .any(|s| s.told.span.start >= whole.told.span.end && s.told.span.start < cue_span.start);
    if sum_between {
        return None;
    }
    let parts = super::elided::elided_parts(words, &(cue_span.end..sentence.end), whole);
    (parts.len() >= 2).then(|| within[..split].iter().cloned().chain(parts).collect())
}

/// The breakdown of one kind of figure (`within`, the sentence's) around a
/// cue, if the sentence lists its parts.
fn breakdown_in(
    text: &str,
    sentence: &Span,
    (cue, cue_span): (Cue, &Span),
    within: &[Figure],
    money: bool,
) -> Option<Breakdown> {
    let split = within.partition_point(|f| f.told.span.end <= cue_span.start);
    let parts = listed(text, cue_span.end, &within[split..]);
    if parts.len() < 2 || parts.iter().any(|p| p.per != parts[0].per) {
        return None;
    }
    let last_part_end = parts.last()?.told.span.end;
    let before = within[..split].last().filter(|w| {
        cue == Cue::OfWhich || subject_of_the_cue(&text[w.told.span.end..cue_span.start])
    });
    let (whole, named) = match before {
        Some(w) if cue == Cue::OfWhich && cue_span.start - w.told.span.end > REACH => return None,
        Some(w) if w.per != parts[0].per || approximate(text, &w.told.span) => return None,
        Some(w) => (Some(w.told.clone()), None),
        None if cue == Cue::Divides && money => (
            None,
            Some(noun_named(text, sentence.start..cue_span.start)?),
        ),
        None => return None,
    };
    if parts.iter().any(|p| approximate(text, &p.told.span)) {
        return None;
    }
    let rest = &text[last_part_end..sentence.end];
    let complete = match cue {
        Cue::Divides => !leaves_a_remainder(&text[cue_span.end..sentence.end]),
        Cue::OfWhich => complementary(text, &parts, rest),
    };
    Some(Breakdown {
        span: sentence.start..last_part_end,
        whole,
        named,
        per: parts[0].per,
        parts: parts.into_iter().map(|p| p.told).collect(),
        complete,
        money,
    })
}

/// Whether the words between a figure and a verb of dividing leave the
/// figure the verb's subject: "Statsbidraget på 1 240 000 kronor fördelas",
/// "Projektet kostar 2,4 miljoner kronor och fördelas"; not "Budgeten är
/// 400 miljoner kronor och bidraget fördelas" (another subject between).
fn subject_of_the_cue(between: &str) -> bool {
    const JOINING: [&str; 14] = [
        "och",
        "som",
        "ska",
        "skall",
        "kommer",
        "att",
        "föreslås",
        "avses",
        "planeras",
        "kan",
        "sedan",
        "i",
        "sin",
        "tur",
    ];
    let words = lower_words(between);
    words.len() <= 4 && words.iter().all(|w| JOINING.contains(&w.as_str()))
}

/// The sums that may be parts or wholes: a sum, or a rate per year or
/// month.
pub(super) fn sum_figures(text: &str, amounts: &[AmountMention]) -> Vec<Figure> {
    amounts
        .iter()
        .filter(|a| !a.rate || a.per.is_some())
        .map(|a| Figure {
            told: told_sum(text, a),
            per: a.per,
            noun: None,
        })
        .collect()
}

/// The counts that may be parts or wholes: not a bound ("minst tre"), not
/// inside a sum.
pub(super) fn count_figures(counts: &[CountMention], amounts: &[AmountMention]) -> Vec<Figure> {
    counts
        .iter()
        .filter(|c| !c.bound)
        .filter(|c| {
            // The first sum that ends after the count starts overlaps it
            // if it starts before the count ends (both lists in text order).
            let next = amounts.partition_point(|a| a.span.end <= c.span.start);
            amounts.get(next).is_none_or(|a| a.span.start >= c.span.end)
        })
        .map(|c| Figure {
            told: Told::exact(c.span.clone(), c.count),
            per: None,
            noun: Some(c.thing.clone()),
        })
        .collect()
}

/// The figures inside a sentence, in order; none that runs on past its end.
pub(super) fn within<'f>(figures: &'f [Figure], sentence: &Span) -> &'f [Figure] {
    let starting = super::within(figures, sentence, |f| &f.told.span);
    let ends_inside = |f: &Figure| f.told.span.end <= sentence.end;
    &starting[..starting.iter().rposition(ends_inside).map_or(0, |i| i + 1)]
}

/// The value of a sum's last written digit when it is rounded: "48
/// miljoner kronor" 1 000 000, "1,2 mnkr" 100 000, "250 tkr" 1 000; 0 for
/// a sum in kronor.
pub fn rounding(sum: &str) -> u64 {
    let lower = lowercase(sum);
    let scale: u64 = if lower.contains("miljard") || lower.contains("mdkr") {
        1_000_000_000
    } else if lower.contains("milj") || lower.contains("mnkr") || lower.contains("mkr") {
        1_000_000
    } else if lower.contains("tkr") || lower.contains("tusen") || lower.contains("ksek") {
        1_000
    } else {
        return 0;
    };
    let decimals = sum.split_once(',').map_or(0, |(_, after)| {
        after.chars().take_while(char::is_ascii_digit).count()
    });
    scale / 10u64.pow(decimals.min(6) as u32)
}

/// The first cue of a breakdown in a sentence, and where it stands.
fn cue_in(text: &str, sentence: &Span) -> Option<(Cue, Span)> {
    let words: Vec<(usize, &str)> = words_at(text, sentence.clone()).collect();
    words.iter().enumerate().find_map(|(k, &(at, word))| {
        let lower = lowercase(word);
        let next = words.get(k + 1).map(|&(_, w)| w);
        let cue = if lower == "varav" || lower == "därav" {
            Cue::OfWhich
        } else if (lower.starts_with("fördela") && !lower.starts_with("fördelakt"))
            || lower.starts_with("uppdela")
            || (matches!(&*lower, "delas" | "delades" | "delats") && next == Some("upp"))
            || (matches!(&*lower, "består" | "bestod" | "utgörs" | "utgjordes")
                && next == Some("av"))
        {
            Cue::Divides
        } else {
            return None;
        };
        Some((cue, at..at + word.len()))
    })
}

/// The words (letters only) of `span` in `text`, with where each starts.
pub(super) fn words_at(text: &str, span: Span) -> impl Iterator<Item = (usize, &str)> {
    let start = span.start;
    text[span]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(move |w| {
            (
                start + (w.as_ptr() as usize - text[start..].as_ptr() as usize),
                w,
            )
        })
}

/// The parts listed after a cue that ends at `from`: the first figure
/// within reach, then each figure joined to the one before by a comma,
/// "och" or "samt" and a few words, up to a comparison or another number.
fn listed(text: &str, from: usize, after: &[Figure]) -> Vec<Figure> {
    let mut parts: Vec<Figure> = Vec::new();
    for figure in after {
        let gap_start = parts.last().map_or(from, |p| p.told.span.end);
        if figure.told.span.start < gap_start {
            break;
        }
        let gap = &text[gap_start..figure.told.span.start];
        let joined = parts.is_empty() || joins_a_list(gap);
        if !joined || gap.len() > REACH || breaks_the_list(gap) {
            break;
        }
        parts.push(figure.clone());
    }
    parts
}

/// Whether the text between two figures joins them as items of one list.
pub(super) fn joins_a_list(gap: &str) -> bool {
    let words = gap.split_whitespace().count();
    words <= MAX_GAP_WORDS && (gap.contains(',') || gap.contains(" och ") || gap.contains(" samt "))
}

/// Words that end a list of parts: a comparison or a new clause.
const NOT_A_PART: [&str; 12] = [
    "vilket",
    "vilka",
    "jämfört",
    "jämförelse",
    "än",
    "mot",
    "men",
    "medan",
    "då",
    "när",
    "eftersom",
    "procent",
];

/// Whether the text before a figure makes it no part: a comparison, a new
/// clause, or another number than a year.
pub(super) fn breaks_the_list(gap: &str) -> bool {
    gap.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| {
            NOT_A_PART.contains(&&*lowercase(w))
                || (w.bytes().all(|b| b.is_ascii_digit()) && !is_a_year(w))
        })
        || gap.contains('%')
}

/// Words right before a figure that make it approximate.
const APPROXIMATE: [&str; 15] = [
    "cirka", "ca", "drygt", "knappt", "omkring", "ungefär", "närmare", "nästan", "runt", "över",
    "under", "minst", "högst", "uppemot", "bortåt",
];

/// Whether the word right before a figure makes it approximate ("cirka
/// 1,2 miljoner").
pub fn approximate(text: &str, span: &Span) -> bool {
    said_right_before(text, span.start, &APPROXIMATE, 1)
}

/// Words that leave a part untold: the list names some parts, not all.
const REMAINDER: [&str; 9] = [
    "övriga",
    "övrigt",
    "resten",
    "återstoden",
    "återstående",
    "resterande",
    "bland",
    "exempelvis",
    "främst",
];

fn leaves_a_remainder(after_cue: &str) -> bool {
    after_cue
        .split(|c: char| !c.is_alphabetic())
        .any(|w| REMAINDER.contains(&&*lowercase(w)))
}

/// Whether the parts after "varav" are all of the whole: two parts, one
/// "utan" what the other has ("barnfamiljer" / "hushåll utan barn") or
/// with "med"/"utan" the same word, a pair that divides people
/// ("kvinnor"/"män", "flickor"/"pojkar"), or a last part of "övriga" or
/// "andra" with nothing left untold after it.
fn complementary(text: &str, parts: &[Figure], rest: &str) -> bool {
    let phrases: Vec<Vec<String>> = parts
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let end = parts
                .get(k + 1)
                .map_or(p.told.span.end + rest.len(), |n| n.told.span.start);
            phrase_words(&text[p.told.span.start..end])
        })
        .collect();
    let last_is_the_rest = phrases
        .last()
        .and_then(|p| p.first())
        .is_some_and(|w| w == "övriga" || w == "andra");
    if last_is_the_rest {
        return true;
    }
    let [first, second] = &phrases[..] else {
        return false;
    };
    !leaves_a_remainder(rest) && without_what_the_other_has(first, second)
        || without_what_the_other_has(second, first)
        || divides_people(first, second)
}

/// The lower-case words of a part's phrase (its number left out), up to
/// the list's joint.
fn phrase_words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| lowercase(w).into_owned())
        .take_while(|w| w != "och" && w != "samt")
        .take(5)
        .collect()
}

/// "hushåll utan barn" against "barnfamiljer" or "hushåll med barn".
fn without_what_the_other_has(without: &[String], other: &[String]) -> bool {
    let Some(k) = without.iter().position(|w| w == "utan") else {
        return false;
    };
    let Some(lacked) = without.get(k + 1) else {
        return false;
    };
    let stem = lacked.trim_end_matches("en").trim_end_matches("et");
    stem.chars().count() >= 3
        && !other.iter().any(|w| w == "utan")
        && other.iter().any(|w| w.contains(stem))
}

/// Two parts that divide people by sex.
fn divides_people(first: &[String], second: &[String]) -> bool {
    const PAIRS: [[&str; 2]; 2] = [["kvinnor", "män"], ["flickor", "pojkar"]];
    let names = |phrase: &[String], word: &str| phrase.first().is_some_and(|w| w == word);
    PAIRS.iter().any(|[a, b]| {
        (names(first, a) && names(second, b)) || (names(first, b) && names(second, a))
    })
}

/// The definite money noun a dividing sentence's words before its cue
/// name the whole by ("Investeringen fördelas …"; not "en investering").
pub(super) fn noun_named(text: &str, before_cue: Span) -> Option<&'static str> {
    // The nearest: "Nämndens budget är … och bidraget fördelas" divides
    // the grant, not the budget.
    let (_, subject) = words_at(text, before_cue)
        .filter(|(_, w)| w.chars().count() > 4 && money_noun(&lowercase(w)).is_some())
        .last()?;
    let lower = lowercase(subject);
    let definite = lower.ends_with("en") || lower.ends_with("et") || lower.ends_with("an");
    definite.then(|| money_noun(&lower)).flatten()
}

/// A sum as a breakdown tells it.
pub(super) fn told_sum(text: &str, amount: &AmountMention) -> Told {
    Told {
        span: amount.span.clone(),
        value: amount.kronor,
        rounding: rounding(&text[amount.span.clone()]),
    }
}

/// Gives each breakdown whose whole is named by its noun the one value the
/// paper gives sums of that noun outside the breakdown's sentence, when
/// they all agree; run once the whole paper is scanned (`source` is the
/// text the spans point into), since the sum is often in another section.
pub(super) fn resolve_named_wholes(
    source: &str,
    breakdowns: &mut [Breakdown],
    amounts: &[AmountMention],
) {
    for breakdown in breakdowns.iter_mut().filter(|b| b.whole.is_none()) {
        let Some(noun) = breakdown.named else {
            continue;
        };
        if let Some(sum) = one_sum_named(noun, breakdown.per, amounts, &breakdown.span) {
            breakdown.whole = Some(told_sum(source, sum));
        }
    }
}

/// The paper's one sum of a money noun (per a period, or none) outside
/// `outside`: a sum told, not a total, a comparison or an earlier sum, and
/// only when every such sum of the noun has one value.
pub(super) fn one_sum_named<'a>(
    noun: &str,
    per: Option<&str>,
    amounts: &'a [AmountMention],
    outside: &Span,
) -> Option<&'a AmountMention> {
    let mut named = amounts.iter().filter(|a| {
        a.thing == Some(noun)
            && a.per == per
            && (!a.rate || a.per.is_some())
            && !a.total
            && !a.clause.compared
            && !a.clause.now_or_before
            && !outside.contains(&a.span.start)
    });
    let first = named.next()?;
    named.all(|a| a.kronor == first.kronor).then_some(first)
}

#[cfg(test)]
mod tests {
    /// Each breakdown as (whole, parts, complete).
    fn read(text: &str) -> Vec<(u64, Vec<u64>, bool)> {
        crate::paper::scan::scan(text)
            .breakdowns
            .iter()
            .map(|b| {
                (
                    b.whole.as_ref().map_or(0, |w| w.value),
                    b.parts.iter().map(|p| p.value).collect(),
                    b.complete,
                )
            })
            .collect()
    }

    #[test]
    fn reads_a_whole_and_the_parts_listed_after_its_cue() {
        assert_eq!(
            read(
                "Under 2026 fick 412 hushåll bistånd, varav 168 barnfamiljer och 254 hushåll utan barn."
            ),
            [(412, vec![168, 254], true)]
        );
    }
}
