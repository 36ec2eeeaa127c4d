//! A list of lines closed by a line that sums them: "IK Stjärnan, 560
//! medlemmar: 84 000 kronor" … "Summa: 1 200 medlemmar, 180 000 kronor".
//! Each is a complete [`Breakdown`] (N318): the sums column by column, and
//! the counts of the sum line's noun. A price per the counted thing told
//! in the text is held against the list's totals (N323).
//!
//! The sum line starts with a word of a sum ("Summa", "Totalt", "S:a") and
//! has its first figure within a few words. The items are the lines right
//! above it, up to a blank line, a line that ends with a colon, a line
//! without digits (a heading or a table's rule) or another sum line. Every item must have as
//! many sums as the sum line, and one count of each counted noun; a line
//! with digits but other figures makes the list unread, since a list read
//! in part would not add up. Long lines are prose, not items; approximate
//! figures are not read.

use super::breakdowns::{Breakdown, Told, approximate, told_sum};
use super::counts::{CountMention, same_counted};
use super::unit_products::UnitProduct;
use super::{AmountMention, Span, within};
use crate::base::swedish::lowercase;

/// Words a sum line starts with.
const SUM_WORDS: [&str; 6] = [
    "summa",
    "totalt",
    "total",
    "s:a",
    "sammanlagt",
    "sammantaget",
];

/// Most words between the sum word and the line's first figure ("Summa
/// bidrag 2028:").
const MOST_WORDS_BEFORE: usize = 3;

/// A sum line longer than this is a sentence, and so is an item.
const LONGEST_SUM_LINE: usize = 90;
const LONGEST_ITEM: usize = 140;

/// Most items of one list, and most sums per line (columns).
const MOST_ITEMS: usize = 60;
const MOST_COLUMNS: usize = 4;

/// The most lists read in one text: a paper has one or two.
const MAX_READ: usize = 50;

/// The lists summed by a sum line, and for a list that adds up, the
/// product of a price per the counted thing told in the text and the
/// list's total count ("150 kronor per medlem" × "1 200 medlemmar" against
/// "180 000 kronor").
pub(super) fn find_summa_lines(
    text: &str,
    amounts: &[AmountMention],
    counts: &[CountMention],
) -> (Vec<Breakdown>, Vec<UnitProduct>) {
    let mut found = Vec::new();
    let mut products = Vec::new();
    let lower = text.to_ascii_lowercase();
    if !["summa", "total", "s:a", "sammanla"]
        .iter()
        .any(|word| lower.contains(word))
    {
        return (found, products);
    }
    let lines = lines_of(text);
    for (at, line) in lines.iter().enumerate() {
        if found.len() >= MAX_READ {
            break;
        }
        let Some(figures_from) = figures_after_sum_word(text, line) else {
            continue;
        };
        let Some(items) = items_above(text, &lines[..at]) else {
            continue;
        };
        let sum_line = figures_from..line.end;
        let sums = within(amounts, &sum_line, |a| &a.span);
        let columns = summed_columns(text, &items, sums, amounts, line);
        for count in within(counts, &sum_line, |c| &c.span) {
            let Some(counted) = summed_counts(text, &items, count, counts, line) else {
                continue;
            };
            if let ([money], [sum]) = (columns.as_slice(), sums) {
                products.extend(priced_total(text, amounts, (&counted, count), (money, sum)));
            }
            found.push(counted);
        }
        found.extend(columns);
    }
    (found, products)
}

/// The one price per the thing `count` counts that the text tells ("150
/// kronor per medlem"), times the list's total count, against its total
/// sum — when both columns add up: a slip in an item is N318's.
fn priced_total(
    text: &str,
    amounts: &[AmountMention],
    (counted, count): (&Breakdown, &CountMention),
    (money, sum): (&Breakdown, &AmountMention),
) -> Option<UnitProduct> {
    let adds_up = |b: &Breakdown| {
        b.whole
            .as_ref()
            .is_some_and(|w| w.value == b.parts.iter().map(|p| p.value).sum::<u64>())
    };
    if !adds_up(counted) || !adds_up(money) {
        return None;
    }
    let mut prices = amounts
        .iter()
        .filter_map(|a| Some((a, price_per(text, a.span.end, &count.thing)?)));
    let (price, unit_end) = prices.next()?;
    if prices.any(|(other, _)| other.kronor != price.kronor) || approximate(text, &price.span) {
        return None;
    }
    let mut each = told_sum(text, price);
    each.span.end = unit_end;
    Some(UnitProduct {
        each,
        units: Told::exact(count.span.clone(), count.count),
        result: told_sum(text, sum),
        money: true,
        thing: None,
        divided: false,
    })
}

/// Where " per medlem" ends right after `at`, when its noun is the
/// singular of `plural` (or the same word): "medlem" for "medlemmar",
/// "elev" for "elever", "barn" for "barn".
fn price_per(text: &str, at: usize, plural: &str) -> Option<usize> {
    let rest = text[at..].strip_prefix(" per ")?;
    let word_len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = lowercase(&rest[..word_len]);
    let ending = plural.strip_prefix(word.as_ref())?;
    (word.chars().count() >= 3 && ["", "ar", "er", "or", "mar", "nar", "n"].contains(&ending))
        .then_some(at + " per ".len() + word_len)
}

/// The lines of `text` without their line breaks.
fn lines_of(text: &str) -> Vec<Span> {
    let mut start = 0;
    text.split_inclusive('\n')
        .map(|line| {
            let span = start..start + line.trim_end_matches(['\n', '\r']).len();
            start += line.len();
            span
        })
        .collect()
}

/// Where the figures of a sum line start: after its sum word and at most
/// [`MOST_WORDS_BEFORE`] words.
fn figures_after_sum_word(text: &str, line: &Span) -> Option<usize> {
    let body = &text[line.clone()];
    if body.len() > LONGEST_SUM_LINE {
        return None;
    }
    let trimmed = body.trim_start_matches(['|', ' ', '\t']);
    // "S:a" keeps its colon; "Summa:" ends at it.
    let abbreviated = trimmed.to_ascii_lowercase().starts_with("s:a");
    let first_end = trimmed
        .find(|c: char| c.is_whitespace() || c == '|' || (c == ':' && !abbreviated))
        .unwrap_or(trimmed.len());
    let first = lowercase(&trimmed[..first_end]);
    if !SUM_WORDS.contains(&first.trim_end_matches(':')) {
        return None;
    }
    let rest = &trimmed[first_end..];
    let digit = rest.find(|c: char| c.is_ascii_digit())?;
    let words_between = rest[..digit]
        .split(|c: char| c.is_whitespace() || c == ':' || c == '|')
        .filter(|w| !w.is_empty())
        .count();
    (words_between <= MOST_WORDS_BEFORE).then(|| line.end - rest.len() + digit)
}

/// The item lines right above a sum line, in text order: at least two.
/// None when a line among them is too long to be an item.
fn items_above(text: &str, above: &[Span]) -> Option<Vec<Span>> {
    let mut items = Vec::new();
    for line in above.iter().rev() {
        let body = text[line.clone()].trim();
        // Another list's sum line above ends this list too.
        if body.is_empty()
            || body.ends_with(':')
            || !body.contains(|c: char| c.is_ascii_digit())
            || figures_after_sum_word(text, line).is_some()
        {
            break;
        }
        if body.len() > LONGEST_ITEM || items.len() == MOST_ITEMS {
            return None;
        }
        items.push(line.clone());
    }
    items.reverse();
    (items.len() >= 2).then_some(items)
}

/// A breakdown per column of sums: each item's sum in the column of the
/// sum line's.
fn summed_columns(
    text: &str,
    items: &[Span],
    sums: &[AmountMention],
    amounts: &[AmountMention],
    sum_line: &Span,
) -> Vec<Breakdown> {
    if sums.is_empty() || sums.len() > MOST_COLUMNS {
        return Vec::new();
    }
    let rows: Vec<&[AmountMention]> = items
        .iter()
        .map(|item| within(amounts, item, |a| &a.span))
        .collect();
    let all_figures = rows.iter().flat_map(|row| row.iter()).chain(sums);
    if rows.iter().any(|row| row.len() != sums.len())
        || all_figures.clone().any(|a| approximate(text, &a.span))
        || all_figures
            .map(|a| a.per)
            .collect::<std::collections::BTreeSet<_>>()
            .len()
            > 1
    {
        return Vec::new();
    }
    (0..sums.len())
        .map(|column| Breakdown {
            span: items[0].start..sum_line.end,
            whole: Some(told_sum(text, &sums[column])),
            named: None,
            per: None,
            parts: rows
                .iter()
                .map(|row| told_sum(text, &row[column]))
                .collect(),
            complete: true,
            money: true,
        })
        .collect()
}

/// The breakdown of a count on the sum line ("1 200 medlemmar"): each item
/// counts the same noun once.
fn summed_counts(
    text: &str,
    items: &[Span],
    whole: &CountMention,
    counts: &[CountMention],
    sum_line: &Span,
) -> Option<Breakdown> {
    let parts: Vec<Told> = items
        .iter()
        .map(|item| {
            let row = within(counts, item, |c| &c.span);
            match row {
                [one] if same_counted(&one.thing, &whole.thing) => {
                    Some(Told::exact(one.span.clone(), one.count))
                }
                _ => None,
            }
        })
        .collect::<Option<_>>()?;
    if parts
        .iter()
        .map(|p| &p.span)
        .chain([&whole.span])
        .any(|span| approximate(text, span))
    {
        return None;
    }
    Some(Breakdown {
        span: items[0].start..sum_line.end,
        whole: Some(Told::exact(whole.span.clone(), whole.count)),
        named: None,
        per: None,
        parts,
        complete: true,
        money: false,
    })
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn found(text: &str) -> Vec<(bool, u64, Vec<u64>)> {
        let mut found: Vec<_> = scan(text)
            .breakdowns
            .iter()
            .map(|b| {
                (
                    b.money,
                    b.whole.as_ref().map_or(0, |w| w.value),
                    b.parts.iter().map(|p| p.value).collect(),
                )
            })
            .collect();
        found.sort();
        found
    }

    const GRANTS: &str = "Förvaltningen föreslår följande fördelning:\n\nIK Stjärnan, 560 medlemmar: 84 000 kronor\nEkby scoutkår, 240 medlemmar: 36 000 kronor\nNorrby schacksällskap, 80 medlemmar: 12 000 kronor\nSumma: 880 medlemmar, 132 000 kronor\n";

    #[test]
    fn a_list_summed_by_its_last_line() {
        assert_eq!(
            found(GRANTS),
            [
                (false, 880, vec![560, 240, 80]),
                (true, 132_000, vec![84_000, 36_000, 12_000]),
            ]
        );
        let table = "Kostnader:\n| Personal | 2 160 000 kr | 2 200 000 kr |\n| Lokaler | 320 000 kr | 330 000 kr |\n| Summa | 2 480 000 kr | 2 530 000 kr |\n";
        assert_eq!(
            found(table),
            [
                (true, 2_480_000, vec![2_160_000, 320_000]),
                (true, 2_530_000, vec![2_200_000, 330_000]),
            ]
        );
    }

    #[test]
    fn a_price_per_the_counted_thing_times_the_total() {
        let products = |price: &str| {
            let text = format!("Bidraget är {price} kronor per medlem.\n{GRANTS}");
            crate::paper::scan::scan(&text)
                .unit_products
                .iter()
                .map(|p| (p.each.value, p.units.value, p.result.value))
                .collect::<Vec<_>>()
        };
        assert_eq!(products("150"), [(150, 880, 132_000)]);
        assert_eq!(products("160"), [(160, 880, 132_000)]);
        // A list that does not add up is N318's: no product.
        let text = format!(
            "Bidraget är 150 kronor per medlem.\n{}",
            GRANTS.replace("84 000", "86 000")
        );
        assert!(crate::paper::scan::scan(&text).unit_products.is_empty());
    }

    #[test]
    fn no_list_read_in_part_nor_from_prose() {
        for text in [
            // A row with another number of sums.
            "Lista:\nLokaler 200 000 kr (varav hyra 150 000 kr)\nPersonal 300 000 kr\nIT 50 000 kr\nSumma 550 000 kr\n",
            // One item only.
            "Lista:\nPersonal 300 000 kr\nSumma 300 000 kr\n",
            // A sentence that starts with "Totalt".
            "Solceller 109 mnkr och batterier 120 mnkr.\nSmart styrning 3 mnkr.\nTotalt investeringsbelopp är 232 mnkr, vilket inkluderar 109 mnkr för solceller och 120 mnkr för batterier.\n",
            // Approximate figures.
            "Lista:\nPersonal cirka 300 000 kr\nIT cirka 50 000 kr\nSumma 360 000 kr\n",
        ] {
            assert!(
                found(text).iter().all(|(_, whole, _)| *whole != 550_000
                    && *whole != 300_000
                    && *whole != 232_000_000
                    && *whole != 360_000),
                "{text}: {:?}",
                found(text)
            );
        }
    }
}
