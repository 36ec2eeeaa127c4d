//! A part's share of its whole in brackets right after it: "nämnden bidrar
//! med 160 tkr (20 %), sammanlagt 800 tkr", "1 240 elever, varav 860 (69
//! procent) i musik". The part and the whole are a breakdown's (a list
//! summed after it, or a whole divided), so the share is read only where
//! the sentence already says what it is a share of.

use super::ShareOf;
use crate::paper::scan::Span;
use crate::paper::scan::breakdowns::Breakdown;
use crate::paper::scan::changes::hundredths;

/// A percentage in brackets at the start of `after`: its span (relative
/// to `after`, without the brackets), its hundredths and decimals, and
/// where the text after the closing bracket begins.
pub(in crate::paper::scan) struct Bracketed {
    pub span: Span,
    pub hundredths: u64,
    pub decimals: u32,
    pub rest: usize,
}

/// "(20 %)", "( 12,5 procent )" right at the start of `after` (spaces
/// before the bracket allowed); nothing else in the brackets.
pub(in crate::paper::scan) fn bracketed_percent(after: &str) -> Option<Bracketed> {
    let open = after.len() - after.trim_start().len();
    let inside_start = open + after[open..].strip_prefix('(').map(|_| 1)?;
    let close = inside_start + after[inside_start..].find(')')?;
    let inside = &after[inside_start..close];
    let figure = inside
        .trim_end()
        .strip_suffix('%')
        .or_else(|| inside.trim_end().strip_suffix("procent"))?;
    let figure = figure.trim();
    let (whole, decimals) = match figure.split_once(',') {
        Some((whole, decimals)) => (whole, Some(decimals)),
        None => (figure, None),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !decimals.is_none_or(|d| digits(d) && d.len() <= 2) {
        return None;
    }
    let (hundredths, decimals) = hundredths(whole, decimals)?;
    let start = inside_start + (inside.len() - inside.trim_start().len());
    Some(Bracketed {
        span: start..start + inside.trim().len(),
        hundredths,
        decimals,
        rest: close + 1,
    })
}

/// Each share in brackets right after a part of a breakdown with a whole.
pub(in crate::paper::scan) fn bracketed_shares(
    text: &str,
    breakdowns: &[Breakdown],
) -> Vec<ShareOf> {
    let mut found = Vec::new();
    for breakdown in breakdowns.iter().filter(|b| b.complete) {
        let Some(whole) = &breakdown.whole else {
            continue;
        };
        for part in &breakdown.parts {
            let Some(share) = text.get(part.span.end..).and_then(bracketed_percent) else {
                continue;
            };
            let at = part.span.end;
            found.push(ShareOf {
                span: at + share.span.start..at + share.span.end,
                hundredths: share.hundredths,
                decimals: share.decimals,
                part: part.clone(),
                whole: whole.clone(),
                money: breakdown.money,
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::bracketed_percent;

    #[test]
    fn a_percentage_in_brackets_and_nothing_else() {
        fn read(text: &str) -> Option<(u64, u32, &str, usize)> {
            bracketed_percent(text).map(|b| (b.hundredths, b.decimals, &text[b.span], b.rest))
        }
        assert_eq!(read(" (20 %), totalt"), Some((2000, 0, "20 %", 7)));
        assert_eq!(read("(12,5 procent)"), Some((1250, 1, "12,5 procent", 14)));
        assert_eq!(read(" (2026), totalt"), None);
        assert_eq!(read(" (cirka 20 %)"), None);
        assert_eq!(read(", (20 %)"), None);
        assert_eq!(read(" (20 % av budgeten)"), None);
    }

    #[test]
    fn a_parts_share_of_the_whole_it_is_summed_to() {
        let scan = crate::paper::scan::scan(
            "Statsbidraget beräknas till 640 tkr och nämnden bidrar med 160 tkr (25 %), sammanlagt 800 tkr.",
        );
        let shares: Vec<_> = scan
            .shares
            .iter()
            .map(|s| (s.hundredths, s.part.value, s.whole.value))
            .collect();
        assert_eq!(shares, [(2500, 160_000, 800_000)]);
    }
}
