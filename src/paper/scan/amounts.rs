//! Sums of money with what they are a sum of: "ett bidrag om 250 000
//! kronor", "verksamhetsbidrag på 250 tkr", "0,25 mnkr i bidrag",
//! "Kostnaden beräknas till 2,5 miljoner kronor". The value is in whole
//! kronor whatever the unit, so "250 tkr" and "250 000 kr" are one sum.
//!
//! What the sum is comes from Swedish word formation: the money noun the
//! clause names before it, or "i bidrag" after it; a compound's last part
//! is its head ("verksamhetsbidraget" is a "bidrag"). A clause that puts the
//! sum forward ("föreslår", "beviljas", "Föreslaget bidrag") is told from
//! one that reports it ("beviljades", "ansöker om").

use super::patterns::only_if;
use super::plain::{Plain, plain};
use std::sync::LazyLock;

use super::{Span, floor_char_boundary};

/// A sum of money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmountMention {
    /// From the number to the unit.
    pub span: Span,
    /// In whole kronor.
    pub kronor: u64,
    /// The money noun it is a sum of ("bidrag", "kostnad"), or "anvisa"
    /// for money set aside without one ("anvisa 250 tkr till …").
    pub thing: Option<&'static str>,
    /// Its clause puts the sum forward: a present or infinitive verb of
    /// proposing or granting, or "föreslaget"/"föreslagna".
    pub proposing: bool,
    /// The noun is in its definite form ("Kostnaden", "Bidraget"): the
    /// sum already named.
    pub definite: bool,
    /// The definite noun stands right before the sum, joined by at most two
    /// of "på", "om", "är", "var", "blir", "uppgår", "till", "av":
    /// "Avgiften på 15 000 kronor", "Kostnaden är 2 mnkr" — the sum of
    /// the thing already named, not of a qualified one ("Kostnaden för
    /// personal är …").
    pub referring: bool,
    /// A rate, not a sum: "per år", "per månad", "/år", "årligen".
    pub rate: bool,
    /// A rate's period when it is a year or a month ("år", "månad"): two
    /// yearly sums of one thing compare as two sums do.
    pub per: Option<&'static str>,
    /// A total: "sammanlagt 1 350 000 kronor", "totalt 2 mnkr", "1,35
    /// miljoner kronor i alt".
    pub total: bool,
    /// What the clause around it says of the figure.
    pub clause: FigureClause,
}

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
    /// A figure of now or of before ("är i dag 1 290 kronor", "nuvarande
    /// hyra", "tidigare"): the value a proposal changes, not the new one.
    pub now_or_before: bool,
}

/// Whether the figure after `words` is a change by an amount, not the
/// amount: "med" right before it and a verb of change in the clause
/// ("höjs med 60 kronor", "ökar med", "sänks med", "räknas upp med").
fn changed_by(words: &[String]) -> bool {
    const CHANGE: [&str; 7] = ["höj", "sänk", "ök", "minsk", "förändr", "justera", "räkna"];
    words.last().is_some_and(|w| w == "med")
        && words
            .iter()
            .any(|w| CHANGE.iter().any(|c| w.starts_with(c)))
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
            let of_year = before.is_some_and(|b| OF_YEAR.contains(&b.as_str()) || a_years_noun(&b))
                || words.get(i + 1).is_some_and(|a| *a == "års");
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
    let whole_or_part = words
        .iter()
        .chain(&own_after_words)
        .chain(&words_of(rest_after))
        .any(|w| WHOLE_OR_PART.contains(&w.as_str()) || w.starts_with("total"))
        || changed_by(words);
    FigureClause {
        years,
        whole_or_part,
        now_or_before: now_or_before(dated.map(String::as_str)),
    }
}

static AMOUNT: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"(?i)(?:^|[^\p{L}\p{N},.])(\d{1,3}(?:[ \u{a0}.]\d{3})+|\d+)(?:,(\d{1,3}))?[ \u{a0}]*(miljoner kronor|miljoner kr|mnkr|mkr|msek|tusen kronor|tkr|ksek|kronor|kr\b|sek\b|:-)",
    )
});

/// Money nouns, as the last part of a compound and without endings.
/// Not "ram" ("program") nor "medel" ("livsmedel").
const MONEY_NOUNS: [&str; 11] = [
    "bidrag",
    "kostnad",
    "hyr",
    "avgift",
    "ersättning",
    "belopp",
    "anslag",
    "investering",
    "summ",
    "budget",
    "utgift",
];

/// Word forms that put a sum forward (not "beviljades", "föreslog"), and
/// the proposal itself ("Förslaget innebär …").
const PROPOSING: [&str; 28] = [
    "erbjuda",
    "erbjuder",
    "erbjuds",
    "erbjudit",
    "förslaget",
    "föreslår",
    "föreslås",
    "föreslaget",
    "föreslagen",
    "föreslagna",
    "bevilja",
    "beviljar",
    "beviljas",
    "anvisa",
    "anvisar",
    "anvisas",
    "godkänna",
    "godkänner",
    "godkänns",
    "avsätta",
    "avsätter",
    "avsätts",
    "tilldela",
    "tilldelar",
    "tilldelas",
    "beslutar",
    "besluta",
    "beslutas",
];

/// Words right before a sum that make it a total.
const TOTAL: [&str; 4] = ["sammanlagt", "totalt", "sammantaget", "inalles"];

/// Words after a sum that make it a rate ("/år", "/månad" too).
const RATE: [&str; 4] = ["per", "årligen", "årlig", "månadsvis"];

/// Whether the words after a sum make it a rate: "per …", "/år",
/// "årligen", or "i månaden", "om året", "i året", "om månaden".
fn tells_a_rate(after: &[String]) -> bool {
    match after {
        [first, ..] if RATE.contains(&first.as_str()) || first.starts_with('/') => true,
        [prep, unit, ..] => {
            matches!(prep.as_str(), "i" | "om") && matches!(unit.as_str(), "året" | "månaden")
        }
        _ => false,
    }
}

/// A rate's period from the words after its sum: "per år", "/år",
/// "årligen", "om året" → "år"; "per månad", "/mån", "månadsvis", "i
/// månaden" → "månad"; another ("per timme", "per plats") → None.
fn period_of_rate(after: &[String]) -> Option<&'static str> {
    let word = match after {
        [per, unit, ..] if matches!(per.as_str(), "per" | "i" | "om") => unit.as_str(),
        [first, ..] => first.trim_start_matches('/'),
        [] => return None,
    };
    if word.starts_with("år") {
        Some("år")
    } else if word.starts_with("mån") {
        Some("månad")
    } else {
        None
    }
}

/// How far back the clause of a sum is read.
const CLAUSE_REACH: usize = 120;

pub(super) fn find_amounts(text: &str) -> Vec<AmountMention> {
    // A sum is written in digits: a text without one is not searched.
    let digits = super::has_digits(text, 1);
    AMOUNT
        .captures_iter(only_if(digits, text, &AMOUNT))
        .filter_map(|c| {
            let number = c.get(1)?;
            let unit = c.get(3)?;
            let kronor = value(number.as_str(), c.get(2).map(|m| m.as_str()), unit.as_str())?;
            let words = clause_words(text, number.start());
            let after_text =
                &text[unit.end()..floor_char_boundary(text, (unit.end() + 40).min(text.len()))];
            let after: Vec<String> = after_text
                .split(|ch: char| !ch.is_alphabetic() && ch != '/')
                .filter(|w| !w.is_empty())
                .take(2)
                .map(str::to_lowercase)
                .collect();
            let (thing, definite, joined) = thing_of(&words, &after);
            let rate = tells_a_rate(&after);
            let total = words.last().is_some_and(|w| TOTAL.contains(&w.as_str()))
                || after.iter().map(String::as_str).eq(["i", "alt"]);
            Some(AmountMention {
                span: number.start()..unit.end(),
                kronor,
                thing,
                proposing: puts_forward(&words),
                definite,
                referring: definite && joined,
                rate,
                per: rate.then(|| period_of_rate(&after)).flatten(),
                total,
                clause: figure_clause(text, number.start(), unit.end(), &words),
            })
        })
        .collect()
}

/// Whether a clause's words (lower case) put a figure forward.
pub(super) fn puts_forward(words: &[String]) -> bool {
    words.iter().any(|w| PROPOSING.contains(&w.as_str()))
}

/// A clause's words, lower case.
pub(super) fn clause_words(text: &str, at: usize) -> Vec<String> {
    clause_before(text, at)
        .split(|ch: char| !ch.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The sum in whole kronor: "250 000" kr, "0,205" mnkr, "2,5" miljoner.
pub(super) fn value(whole: &str, decimals: Option<&str>, unit: &str) -> Option<u64> {
    let whole: u64 = whole
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .ok()?;
    let unit = unit.to_lowercase();
    let scale: u64 = if unit.starts_with("milj") || unit.starts_with('m') {
        1_000_000
    } else if unit.starts_with("tusen") || unit.starts_with('t') || unit == "ksek" {
        1_000
    } else {
        1
    };
    let (fraction, places) = decimals.map_or((0, 0), |d| (d.parse::<u64>().unwrap_or(0), d.len()));
    let fraction_kronor = fraction.checked_mul(scale)? / 10u64.pow(places as u32);
    whole.checked_mul(scale)?.checked_add(fraction_kronor)
}

/// The money noun of a clause (`words`, lower case) or of the words after
/// the sum (`after`: "i bidrag"), whether it is definite, and whether it
/// stands right before the sum (see [`AmountMention::referring`]).
fn thing_of(words: &[String], after: &[String]) -> (Option<&'static str>, bool, bool) {
    const JOINS: [&str; 8] = ["på", "om", "är", "var", "blir", "uppgår", "till", "av"];
    let named_after = match after {
        [i, noun, ..] if i == "i" => money_noun(noun).map(|n| (n, false, false)),
        _ => None,
    };
    if let Some((noun, definite, joined)) = words
        .iter()
        .enumerate()
        .rev()
        .take(8)
        .find_map(|(k, w)| {
            let noun = money_noun(w)?;
            let between = &words[k + 1..];
            let joined = between.len() <= 2 && between.iter().all(|w| JOINS.contains(&w.as_str()));
            // After a genitive the noun is definite in meaning, bare in
            // form: "2025 års kostnad", "kommunens kostnad".
            let after_genitive = k.checked_sub(1).is_some_and(|g| is_genitive(&words[g]));
            let definite = (w.len() > noun.len() + 1 && is_definite(w)) || after_genitive;
            Some((noun, definite, joined))
        })
        .or(named_after)
    {
        return (Some(noun), definite, joined);
    }
    let sets_aside = words.iter().any(|w| w.starts_with("anvis"));
    (sets_aside.then_some("anvisa"), false, false)
}

/// The money noun `word` ends in ("verksamhetsbidraget" → "bidrag"), with
/// at most a definite or plural ending after it.
pub(super) fn money_noun(word: &str) -> Option<&'static str> {
    const ENDINGS: [&str; 9] = ["", "et", "en", "n", "a", "an", "er", "erna", "na"];
    noun_ending(word, &MONEY_NOUNS, &ENDINGS)
}

/// The noun of `nouns` that `word` ends in, with at most one of `endings`
/// after it ("verksamhetsbidraget" → "bidrag").
pub(super) fn noun_ending(
    word: &str,
    nouns: &[&'static str],
    endings: &[&str],
) -> Option<&'static str> {
    nouns.iter().copied().find(|noun| {
        word.rfind(noun)
            .is_some_and(|at| endings.contains(&&word[at + noun.len()..]))
    })
}

/// "års" (after a year: "2025 års"), "kommunens", "projektets",
/// "nämndernas": a genitive that makes the noun after it definite.
fn is_genitive(word: &str) -> bool {
    word == "års"
        || ["ens", "ets", "ans", "nas"]
            .iter()
            .any(|ending| word.len() > ending.len() + 2 && word.ends_with(ending))
}

/// "bidraget", "kostnaden", "hyran": the definite singular.
fn is_definite(word: &str) -> bool {
    word.ends_with("et") || word.ends_with("en") || word.ends_with("an")
}

/// The clause that ends at `at`: back to a sentence end, a semicolon, a
/// colon or a line break.
fn clause_before(text: &str, at: usize) -> &str {
    let from = floor_char_boundary(text, at.saturating_sub(CLAUSE_REACH));
    let before = &text[from..at];
    let start = before.rfind(['.', ';', '\n', ':']).map_or(0, |i| i + 1);
    &before[start..]
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    AMOUNT.compile_now();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(u64, Option<&'static str>, bool, bool, bool)> {
        find_amounts(text)
            .into_iter()
            .map(|a| (a.kronor, a.thing, a.proposing, a.definite, a.rate))
            .collect()
    }

    #[test]
    fn a_genitive_makes_the_noun_definite_and_a_year_after_dates_the_sum() {
        let sums = find_amounts(
            "Kostnaden var 11,4 miljoner kronor 2025. Mer än 2024 års kostnad på 10 mnkr. Kommunens kostnad på 2 mnkr.",
        );
        let read: Vec<(bool, Vec<u16>)> = sums
            .iter()
            .map(|a| (a.definite, a.clause.years.clone()))
            .collect();
        assert_eq!(
            read,
            [(true, vec![2025]), (true, vec![2024]), (true, vec![])]
        );
        let bare = find_amounts("En kostnad på 2 mnkr, 2025–2026 i budget.");
        assert!(!bare[0].definite && bare[0].clause.years.is_empty());
    }

    #[test]
    fn sums_in_every_unit_are_whole_kronor() {
        let text = "ett bidrag om 250 000 kronor, 250 tkr, 0,25 mnkr, 2,5 miljoner kronor, 1.200.000 kr, 300 000:-";
        let values: Vec<u64> = find_amounts(text).iter().map(|a| a.kronor).collect();
        assert_eq!(
            values,
            [250_000, 250_000, 250_000, 2_500_000, 1_200_000, 300_000]
        );
    }

    #[test]
    fn what_the_sum_is_and_how_its_clause_puts_it() {
        assert_eq!(
            found(
                "Förvaltningen föreslår att Ekby IF beviljas ett verksamhetsbidrag om 250 000 kronor."
            ),
            [(250_000, Some("bidrag"), true, false, false)]
        );
        assert_eq!(
            found("Kostnaden för stödet beräknas till 250 tkr per år."),
            [(250_000, Some("kostnad"), false, true, true)]
        );
        assert_eq!(
            found("Föreningen beviljades 200 000 kr i bidrag."),
            [(200_000, Some("bidrag"), false, false, false)]
        );
        assert_eq!(
            found("Nämnden beslutar att anvisa 250 tkr till stödet."),
            [(250_000, Some("anvisa"), true, false, false)]
        );
        // A year or a count is not a sum; a number's decimals are its own.
        assert!(found("år 2026 kom 300 personer, 12,5 procent").is_empty());
    }

    #[test]
    fn the_clause_tells_a_years_figure_and_a_total() {
        let clause = |text: &str| find_amounts(text).remove(0).clause;
        assert_eq!(
            clause("Kostnaden för 2027 beräknas till 1,4 mnkr.").years,
            [2027]
        );
        assert_eq!(
            clause("Bidraget om 50 tkr betalas ut 2026-03-02 och klart 2027.").years,
            Vec::<u16>::new()
        );
        assert_eq!(clause("Bidraget är 50 tkr, 2027 års nivå.").years, [2027]);
        let per = |text: &str| find_amounts(text).remove(0).per;
        assert_eq!(per("Hyran är 1,8 mnkr per år."), Some("år"));
        assert_eq!(per("Hyran är 1,8 mnkr årligen."), Some("år"));
        assert_eq!(per("Hyran är 12 000 kr/mån."), Some("månad"));
        assert_eq!(per("Avgiften är 1 350 kronor per timme."), None);
        assert!(clause("Timavgiften är i dag 1 290 kronor.").now_or_before);
        assert_eq!(
            clause("Kostnaden läsåret 2027/28 är 1 290 kronor.").years,
            [2027]
        );
        assert_eq!(
            clause("Projektet pågår 2027–2029 och kostar 1 290 kronor.").years,
            Vec::<u16>::new()
        );
        let second = |text: &str| find_amounts(text).remove(1).clause;
        assert!(
            !second("Hyran är i dag 1 180 000 kronor och höjs till 1 240 000 kronor.")
                .now_or_before
        );
        assert_eq!(
            clause("Utgiften är 92 mnkr och ryms i budgeten för 2027–2028.").years,
            Vec::<u16>::new()
        );
        assert!(clause("Förvaltningen föreslår totalt 750 000 kronor.").whole_or_part);
        assert!(clause("Kostnaden är 312 500 kr inkl. moms.").whole_or_part);
        assert!(!clause("Kostnaden är 312 500 kr.").whole_or_part);
    }

    #[test]
    fn a_hostile_number_does_not_overflow() {
        assert!(found("99999999999999999999999 mnkr").is_empty());
        assert!(found("18446744073709552 mnkr").is_empty());
    }
}
