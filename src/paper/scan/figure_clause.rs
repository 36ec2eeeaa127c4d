//! The clause around a sum or a count: what it says of the figure beyond
//! its noun (a year, a total or a part, now or before, a comparison), so
//! that two figures for one thing may still be two facts.

use super::floor_char_boundary;

/// What the clause around a sum or a count says of it, beyond the noun:
/// two figures for one thing may still be two facts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FigureClause {
    /// Years the clause names as the figure's ("för 2027", "2027 års"):
    /// the cost of 2027 is not the cost of 2026.
    pub years: Vec<u16>,
    /// A total, a part or a figure with or without VAT ("totalt",
    /// "varav", "ytterligare", "inkl. moms"): another figure than the
    /// proposal's own.
    pub whole_or_part: bool,
    /// Of [`FigureClause::whole_or_part`], only a total ("totalt",
    /// "sammanlagt", "den sammanlagda"): a total may restate a total.
    pub only_total: bool,
    /// A figure of now or of before ("är i dag 1 290 kronor", "nuvarande
    /// hyra", "tidigare"): the value a proposal changes, not the new one.
    pub now_or_before: bool,
    /// A difference or the other side of a comparison ("230 000 kronor
    /// högre än …", "högre än hyran i Västerskolan, 850 000 kronor", "mer
    /// än 500 000 kronor"): another figure than the one compared.
    pub compared: bool,
    /// The value a change arrives at: "till" right before it and a verb of
    /// change in the clause ("utöka antalet platser … till 120 platser").
    /// The things added to reach it ("de 24 nya platserna") are another
    /// figure.
    pub changed_to: bool,
}

/// Comparatives a difference is told with: "230 000 kronor högre",
/// "fem platser fler", "dyrare med 5 kronor".
const COMPARATIVES: [&str; 10] = [
    "högre",
    "lägre",
    "mer",
    "mera",
    "mindre",
    "dyrare",
    "billigare",
    "större",
    "fler",
    "färre",
];

/// Whether the figure between `before` (its clause's words since the last
/// figure) and `own_after` (its words to the next comma) is a difference
/// or the other side of a comparison: a comparative right after it ("230
/// 000 kronor högre"), "med" after a comparative ("dyrare med 5 kronor"),
/// or "än" before it ("högre än hyran i fjol, 850 000 kronor").
fn compared(before: &[String], own_after: &[String]) -> bool {
    let comparative = |w: &String| COMPARATIVES.contains(&w.as_str());
    own_after.first().is_some_and(comparative)
        || (before.last().is_some_and(|w| w == "med") && before.iter().any(comparative))
        || before.iter().any(|w| w == "än")
}

/// Whether the figure after `words` is a change by an amount, not the
/// amount: "med" right before it and a verb of change in the clause
/// ("höjs med 60 kronor", "ökar med", "sänks med", "räknas upp med").
fn changed_by(words: &[String]) -> bool {
    words.last().is_some_and(|w| w == "med") && a_change(words, &CHANGE)
}

/// Stems of the verbs of change: "höjs", "sänks", "ökar", "minskar",
/// "förändras", "justeras", "räknas upp".
const CHANGE: [&str; 7] = ["höj", "sänk", "ök", "minsk", "förändr", "justera", "räkna"];

fn a_change(words: &[String], stems: &[&str]) -> bool {
    words.iter().any(|w| stems.iter().any(|c| w.starts_with(c)))
}

/// Whether the figure after `words` is the value a change arrives at:
/// "till" right before it and a verb of change in the clause ("utöka
/// antalet platser från 96 till 120 platser", "höjs till 300 kronor").
fn changed_to(words: &[String]) -> bool {
    words.last().is_some_and(|w| w == "till")
        && (a_change(words, &CHANGE) || a_change(words, &["utök"]))
}

/// Words that date a figure to now or to before a proposed change.
const NOW_OR_BEFORE: [&str; 10] = [
    "idag",
    "dagens",
    "nuvarande",
    "hittills",
    "närvarande",
    "nuläget",
    "dagsläget",
    "tidigare",
    "förra",
    "fjolårets",
];

/// Whether `words` date a figure to now or before: one of
/// [`NOW_OR_BEFORE`], or "i dag".
fn now_or_before<'w>(mut words: impl Iterator<Item = &'w str>) -> bool {
    let mut previous = "";
    words.any(|w| {
        let dated = NOW_OR_BEFORE.contains(&w) || (previous == "i" && w == "dag");
        previous = w;
        dated
    })
}

/// Words that make a figure a total, a part or another reckoning.
const WHOLE_OR_PART: [&str; 16] = [
    "totalt",
    "sammanlagt",
    "total",
    "totala",
    "varav",
    "ytterligare",
    "återstående",
    "resterande",
    "delvis",
    "hälften",
    "utöver",
    "inklusive",
    "exklusive",
    "inkl",
    "exkl",
    "moms",
];

/// A word of a total in any inflection: "total", "totala", "sammanlagd",
/// "sammanlagda", "sammantagna" ("den sammanlagda hyran blir 5,4 miljoner
/// kronor").
fn is_total(word: &str) -> bool {
    ["total", "sammanlag", "sammantag"]
        .iter()
        .any(|stem| word.starts_with(stem))
}

/// How far after a figure its clause is read for years and totals.
const CLAUSE_AFTER: usize = 80;

/// The years a clause names the figure's: "för 2027", "år 2027",
/// "under 2027", "2027 års", and after any noun of a year ("budgetåret
/// 2027", "läsåret 2021/22", "verksamhetsår 2026") — not a year that says
/// when ("klara 2027", "från och med 2027-01-01").
fn years_of(clause: &str) -> Vec<u16> {
    const OF_YEAR: [&str; 3] = ["för", "under", "inför"];
    // A verb may end like a year's noun: "pågår 2027–2029", "består".
    const VERB_ENDINGS: [&str; 3] = ["går", "står", "får"];
    let a_years_noun = |w: &str| {
        (w.ends_with("år") || w.ends_with("året"))
            && !VERB_ENDINGS.iter().any(|ending| w.ends_with(ending))
    };
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| {
            let year: u16 = w.parse().ok().filter(|y| (1900..=2099).contains(y))?;
            let before = i.checked_sub(1).map(|b| words[b].to_lowercase());
            // "jämfört med 2027, då bidraget var …": the year compared
            // with, and the clause "då" opens, are the figure's.
            let compared_with = before.as_deref() == Some("med")
                && i.checked_sub(2)
                    .is_some_and(|b| words[b].to_lowercase().starts_with("jämför"));
            let of_year = before.is_some_and(|b| OF_YEAR.contains(&b.as_str()) || a_years_noun(&b))
                || compared_with
                || words.get(i + 1).is_some_and(|a| *a == "års" || *a == "då");
            of_year.then_some(year)
        })
        .collect()
}

/// A year that is the first word after a figure.
fn year_right_after(after: &str) -> Option<u16> {
    let first = after.split_whitespace().next()?;
    let bare = first.trim_end_matches([',', '.', ';', ':', ')']);
    bare.parse()
        .ok()
        .filter(|y| (1900..=2099).contains(y) && bare.len() == 4)
}

/// The part of a clause after its last figure (a number in digits or a
/// number word and the word it counts), or all of it.
fn after_last_figure(clause: &str) -> &str {
    let mut cut = 0;
    let mut words = clause.split_inclusive(char::is_whitespace).peekable();
    let mut at = 0;
    while let Some(word) = words.next() {
        at += word.len();
        let bare = word.trim_end().trim_end_matches([',', '.']);
        let a_number = bare.starts_with(|c: char| c.is_ascii_digit())
            || super::durations::number_value(bare).is_some_and(|n| n >= 2);
        if a_number {
            // The counted word goes with it.
            cut = at + words.peek().map_or(0, |w| w.len());
        }
    }
    &clause[cut.min(clause.len())..]
}

/// Where the clause that follows a figure ends: at a word that joins
/// another clause ("och", "samt", "men", "vilket"). An apposition after a
/// comma is still the figure's ("50 tkr, 2027 års nivå").
fn own_clause_end(after: &str) -> usize {
    [" och ", " samt ", " men ", " vilket "]
        .iter()
        .filter_map(|joint| after.find(joint))
        .fold(after.len(), usize::min)
}

/// The clause of a figure from `start` to `end` in `text`: `words` are
/// the clause's words before it.
pub(super) fn figure_clause(
    text: &str,
    start: usize,
    end: usize,
    words: &[String],
) -> FigureClause {
    let after_end = floor_char_boundary(text, (end + CLAUSE_AFTER).min(text.len()));
    let after = &text[end..after_end];
    let after = &after[..after.find(['.', ';', '\n']).unwrap_or(after.len())];
    let before = clause_before(text, start);
    // A year after the figure is its own up to a new clause: "92 miljoner
    // kronor och ryms i budgeten för 2027–2028" budgets, it dates no sum.
    let own_clause_after = &after[..own_clause_end(after)];
    let mut years: Vec<u16> = [before, own_clause_after]
        .iter()
        .flat_map(|part| years_of(part))
        .collect();
    // A year right after the figure is its year: "var 11,4 miljoner
    // kronor 2025".
    years.extend(year_right_after(own_clause_after));
    let words_of = |part: &str| -> Vec<String> {
        part.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    // Only the figure's own clause, to the next comma, dates it: "1 420 000
    // kronor, vilket är 60 000 kronor mer än i dag" compares it with
    // today's; and before it, only the words since the last figure:
    // "dagens fem enheter blir fyra områden" dates the five. Totals and
    // parts are read to the sentence's end.
    let (own_after, rest_after) = after.split_at(after.find(',').unwrap_or(after.len()));
    let own_after_words = words_of(own_after);
    let since_last_figure = words_of(after_last_figure(before));
    let dated = since_last_figure.iter().chain(&own_after_words);
    let rest_after_words = words_of(rest_after);
    let clause_words = || {
        words
            .iter()
            .chain(&own_after_words)
            .chain(&rest_after_words)
    };
    // "totalt", "sammanlagt", "den totala": each a form of a total.
    let total = clause_words().any(|w| is_total(w));
    let part = clause_words().any(|w| WHOLE_OR_PART.contains(&w.as_str()) && !is_total(w))
        || changed_by(words);
    let whole_or_part = total || part;
    FigureClause {
        years,
        whole_or_part,
        only_total: total && !part,
        compared: compared(&since_last_figure, &own_after_words),
        changed_to: changed_to(words),
        now_or_before: now_or_before(dated.map(String::as_str)),
    }
}

/// How far back the clause of a sum is read.
const CLAUSE_REACH: usize = 120;

/// The clause that ends at `at`: back to a sentence end, a semicolon, a
/// colon or a line break.
pub(super) fn clause_before(text: &str, at: usize) -> &str {
    let from = floor_char_boundary(text, at.saturating_sub(CLAUSE_REACH));
    let before = &text[from..at];
    let start = before.rfind(['.', ';', '\n', ':']).map_or(0, |i| i + 1);
    &before[start..]
}
