//! A list of figures summed after it in its sentence: "1,8 miljoner kronor
//! 2025 och 2,3 miljoner kronor 2026, sammanlagt 4,1 miljoner kronor", "12
//! platser i Åby och 8 platser i Näs, totalt 20 platser".
//!
//! The cue is a word of summing ("sammanlagt", "totalt", "tillsammans",
//! "sammantaget") right after a comma or dash that closes the list, with
//! the sum as the first figure after it. The parts are read back from the
//! cue: figures of the sum's kind joined by commas, "och" or "samt", each
//! told the same way (all with a label after them, such as a year or "i
//! Åby", or none), so that a figure the sentence tells before its list
//! ("Budgeten är 10 miljoner kronor, 2 miljoner kronor till …") is no
//! part. Counts are summed only when they count one noun. The result is a
//! [`Breakdown`] whose parts make up its whole.

use super::Span;
use super::amounts::money_noun;
use super::breakdowns::{
    Breakdown, Figure, REACH, approximate, breaks_the_list, joins_a_list, words_at,
};
use super::cues::lower_words;
use super::shares::bracketed_percent;
use crate::base::swedish::lowercase;

/// Words of summing, as the cue.
const CUES: [&str; 4] = ["sammanlagt", "totalt", "tillsammans", "sammantaget"];

/// Whether `text` may hold a cue ("Totalt" and "totalt" both hold
/// "otalt"): a cheap test before any sentence is read.
pub(super) fn has_a_cue(text: &str) -> bool {
    ["ammanlagt", "otalt", "illsammans", "ammantaget"]
        .iter()
        .any(|cue| text.contains(cue))
}

/// The list summed after it in `sentence`, of one kind of figure (`within`,
/// the sentence's, in text order).
pub(super) fn summed_in(
    text: &str,
    sentence: &Span,
    within: &[Figure],
    money: bool,
) -> Option<Breakdown> {
    let (cue_at, cue) =
        words_at(text, sentence.clone()).find(|(_, w)| CUES.contains(&&*lowercase(w)))?;
    let cue_end = cue_at + cue.len();
    let split = within.partition_point(|f| f.told.span.end <= cue_at);
    let whole = within.get(split)?;
    if !leads_to_the_sum(&text[cue_end..whole.told.span.start])
        || approximate(text, &whole.told.span)
    {
        return None;
    }
    let before = &within[..split];
    let last = before.last()?;
    let closing = after_a_share(&text[last.told.span.end..cue_at]);
    if !closes_the_list(closing) {
        return None;
    }
    let parts = read_back(text, before, labelled(closing));
    let same_kind = parts.iter().all(|p| {
        p.per == whole.per && (money || p.noun == whole.noun) && !approximate(text, &p.told.span)
    });
    if parts.len() < 2 || !same_kind {
        return None;
    }
    let named = money
        .then(|| noun_before(text, sentence.start..parts[0].told.span.start))
        .flatten();
    Some(Breakdown {
        span: parts[0].told.span.start..whole.told.span.end,
        whole: Some(whole.told.clone()),
        named,
        per: whole.per,
        parts: parts.into_iter().map(|p| p.told.clone()).collect(),
        complete: true,
        money,
    })
}

/// The money noun nearest before a summed list of sums in its sentence,
/// in any form ("har gått med underskott två år i rad: …" → "underskott"):
/// what the sum is a sum of, for a later "underskottet på …".
fn noun_before(text: &str, before_list: Span) -> Option<&'static str> {
    words_at(text, before_list)
        .filter_map(|(_, w)| money_noun(&lowercase(w)))
        .last()
}

/// The parts before the cue, from the last back: each joined to the next
/// as items of a list and told like the last (`label`: with words after
/// it or none).
fn read_back<'f>(text: &str, before: &'f [Figure], label: bool) -> Vec<&'f Figure> {
    let mut parts: Vec<&Figure> = Vec::new();
    for figure in before.iter().rev() {
        if let Some(next) = parts.last() {
            if figure.told.span.end > next.told.span.start {
                break;
            }
            let gap = after_a_share(&text[figure.told.span.end..next.told.span.start]);
            let joined = joins_a_list(gap) && gap.len() <= REACH && !breaks_the_list(gap);
            if !joined || labelled(gap) != label {
                break;
            }
        }
        parts.push(figure);
    }
    parts.reverse();
    parts
}

/// The gap after a part without the part's share of the whole in brackets
/// right after it ("160 tkr (20 %), sammanlagt 800 tkr"): the share says
/// what the part is, it neither ends the list nor labels the part.
fn after_a_share(gap: &str) -> &str {
    bracketed_percent(gap).map_or(gap, |share| &gap[share.rest..])
}

/// Whether a part has words of its own after it before the list's next
/// joint ("2025 och", "i Åby,"), not only the joint (", ", " och ").
fn labelled(gap: &str) -> bool {
    gap.trim_start()
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()
        .is_some_and(|w| !w.is_empty() && w != "och" && w != "samt" && !w.starts_with(['–', '-']))
}

/// Whether the text between the last part and the cue closes the list:
/// a label of a few words, then a comma or a dash (", sammanlagt", "2026,
/// alltså totalt"), and nothing that breaks a list.
fn closes_the_list(gap: &str) -> bool {
    let Some(joint) = gap.rfind([',', '–', ':']) else {
        return false;
    };
    let after = &gap[joint..];
    let label = &gap[..joint];
    lower_words(after)
        .iter()
        .all(|w| ["alltså", "dvs", "d", "v", "s", "det", "vill", "säga"].contains(&w.as_str()))
        && label.split_whitespace().count() <= 6
        && !breaks_the_list(label)
        && gap.len() <= REACH
}

/// Whether the words between the cue and the sum only lead to it: "totalt
/// 4,1", "sammanlagt blir det", "tillsammans är det".
fn leads_to_the_sum(gap: &str) -> bool {
    let words = lower_words(gap);
    words.len() <= 3
        && words
            .iter()
            .all(|w| ["blir", "är", "det", "alltså"].contains(&w.as_str()))
        && !gap.contains(['.', ';', '\n'])
}

#[cfg(test)]
mod tests {
    /// Each summed list as (whole, parts).
    fn read(text: &str) -> Vec<(u64, Vec<u64>)> {
        crate::paper::scan::scan(text)
            .breakdowns
            .iter()
            .map(|b| {
                (
                    b.whole.as_ref().map_or(0, |w| w.value),
                    b.parts.iter().map(|p| p.value).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn a_parts_share_in_brackets_is_read_past() {
        let text = "Statsbidraget beräknas till 640 tkr och nämnden bidrar med 160 tkr (20 %), sammanlagt 800 tkr.";
        assert_eq!(read(text), [(800_000, vec![640_000, 160_000])]);
        let both = "Staten ger 640 tkr (80 procent) och nämnden 160 tkr (20 %), totalt 800 tkr.";
        assert_eq!(read(both), [(800_000, vec![640_000, 160_000])]);
        // Not a share: a figure of another kind in the brackets ends the list.
        let other = "Staten ger 640 tkr och nämnden 160 tkr (2026), totalt 800 tkr.";
        assert!(read(other).is_empty(), "{:?}", read(other));
    }

    #[test]
    fn reads_a_list_summed_after_it() {
        assert_eq!(
            read(
                "Underskotten var 1,8 miljoner kronor 2025 och 2,3 miljoner kronor 2026, sammanlagt 4,1 miljoner kronor."
            ),
            [(4_100_000, vec![1_800_000, 2_300_000])]
        );
        assert_eq!(
            read(
                "Bidragen blir 300 000 kronor, 200 000 kronor och 100 000 kronor, totalt 600 000 kronor."
            ),
            [(600_000, vec![300_000, 200_000, 100_000])]
        );
        assert_eq!(
            read("Vi har 12 platser i Åby och 8 platser i Näs, totalt 20 platser."),
            [(20, vec![12, 8])]
        );
    }

    #[test]
    fn leaves_a_figure_before_the_list_other_nouns_and_approximations() {
        for text in [
            // The budget is told before its list, unlabelled; the parts have labels.
            "Budgeten är 10 miljoner kronor, 2 miljoner kronor till fritid och 3 miljoner kronor till kultur, totalt 5 miljoner kronor.",
            "Kommunen har 12 förskolor och 8 skolor, totalt 3 400 barn.",
            "Kostnaden är 2 miljoner kronor 2027 och 3 miljoner kronor 2028, totalt cirka 5 miljoner kronor.",
            "Kostnaden är 2 miljoner kronor 2027 och 3 miljoner kronor 2028 men totalt 9 miljoner kronor.",
            "Totalt 40 000 kronor.",
        ] {
            let read = read(text);
            assert!(
                read.iter()
                    .all(|(whole, parts)| parts.iter().sum::<u64>() == *whole),
                "{text}: {read:?}"
            );
        }
    }
}
