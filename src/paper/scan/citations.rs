//! A paper of the administration's own kind cited by its date and Dnr —
//! "Tjänsteskrivelse 2026-03-02, dnr SON 2026-118", "Tjänsteskrivelse –
//! Anhörigstöd barn och unga, 2022-11-24", "tjänsteutlåtande daterad 2 mars
//! 2026" — most often in the basis list, where it is the paper itself.

use super::dates::DateMention;
use super::dnr::DnrMention;
use super::{Span, within};

/// A cited tjänsteskrivelse (or tjänsteutlåtande) with what identifies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaperCitation {
    /// The kind word: "Tjänsteskrivelse".
    pub span: Span,
    /// The date given with it, on its line.
    pub date: Option<DateMention>,
    /// The Dnr given with it, on its line.
    pub dnr: Option<DnrMention>,
    /// Named with a demonstrative: "Denna tjänsteskrivelse", "detta
    /// tjänsteutlåtande" — the paper itself, whatever its date and Dnr say.
    pub this: bool,
}

const KIND_WORDS: [&str; 2] = ["tjänsteskrivelse", "tjänsteutlåtande"];

/// How far along its line a citation's date and Dnr are looked for: a title
/// may stand between ("Tjänsteskrivelse – Anhörigstöd …, 2022-11-24").
const REACH: usize = 240;

/// Every cited paper in `text`; `dates` and `dnrs` are the text's own.
pub(super) fn find_paper_citations(
    text: &str,
    dates: &[DateMention],
    dnrs: &[DnrMention],
) -> Vec<PaperCitation> {
    let mut found = Vec::new();
    // Searched as written, capitalised or not: no lower-case copy of the
    // whole text.
    for kind in KIND_WORDS {
        let tail_of_kind = &kind[1..];
        for (at, _) in text.match_indices(tail_of_kind) {
            let Some(at) = at
                .checked_sub(1)
                .filter(|&a| matches!(text.as_bytes()[a], b't' | b'T'))
            else {
                continue;
            };
            let after = at + kind.len();
            // A whole word, or its definite form.
            let tail = &text[after..];
            let tail = tail.strip_prefix('n').unwrap_or(tail);
            if text[..at].ends_with(char::is_alphabetic) || tail.starts_with(char::is_alphabetic) {
                continue;
            }
            // The line, looked at no further than the reach: a hostile line
            // of megabytes stays linear.
            let window = super::floor_char_boundary(text, (after + REACH).min(text.len()));
            let reach = text[after..window].find('\n').map_or(window, |i| after + i);
            let next_citation = KIND_WORDS
                .iter()
                .filter_map(|k| text[after..reach].find(&k[1..]).map(|i| after + i))
                .min()
                .unwrap_or(reach);
            // Mentions are in source order: found by binary search.
            let ends_in = |span: &Span| span.end <= next_citation;
            let stretch = after..next_citation;
            found.push(PaperCitation {
                this: after_a_demonstrative(&text[..at]),
                span: at..after,
                date: within(dates, &stretch, |d| &d.span)
                    .iter()
                    .find(|d| ends_in(&d.span))
                    .cloned(),
                dnr: within(dnrs, &stretch, |d| &d.span)
                    .iter()
                    .find(|d| ends_in(&d.span))
                    .cloned(),
            });
        }
    }
    found.sort_by_key(|c| c.span.start);
    found
}

/// Whether `before` ends in "denna" or "detta" and a space.
fn after_a_demonstrative(before: &str) -> bool {
    let Some(word) = before.strip_suffix(' ') else {
        return false;
    };
    ["denna", "detta"].iter().any(|d| {
        word.len()
            .checked_sub(d.len())
            .and_then(|from| word.get(from..))
            .is_some_and(|w| w.eq_ignore_ascii_case(d))
            && !word[..word.len() - d.len()].ends_with(char::is_alphabetic)
    })
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn citations_with_their_date_and_dnr() {
        let s = scan(
            "Beslutsunderlag\nTjänsteskrivelse 2026-03-02, dnr SON 2026-119\nTjänsteskrivelse – Anhörigstöd barn, 2022-11-24\nProtokoll 2026-02-01",
        );
        let found: Vec<(Option<String>, Option<String>)> = s
            .paper_citations
            .iter()
            .map(|c| {
                (
                    c.date.as_ref().map(|d| format!("{:?}", d.date)),
                    c.dnr.as_ref().map(|d| d.text.clone()),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (Some("Ok(2026-03-02)".into()), Some("SON 2026-119".into())),
                (Some("Ok(2022-11-24)".into()), None),
            ]
        );
        let this: Vec<bool> = scan("Denna tjänsteskrivelse 2026-01-20\nTjänsteskrivelse 2025-01-20\nEn andra tjänsteskrivelse. Detta tjänsteutlåtande.")
            .paper_citations
            .iter()
            .map(|c| c.this)
            .collect();
        assert_eq!(this, [true, false, false, true]);
    }
}
