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

use super::figure_clause::{FigureClause, clause_before, figure_clause};
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

static AMOUNT: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"(?i)(?:^|[^\p{L}\p{N},.])(\d{1,3}(?:[ \u{a0}.]\d{3})+|\d+)(?:,(\d{1,3}))?[ \u{a0}]*(miljoner kronor|miljoner kr|miljon kronor|miljon kr\b|miljarder kronor|miljard kronor|mdkr|mnkr|mkr|msek|tusen kronor|tkr|ksek|kronor|kr\b|sek\b|:-)",
    )
});

/// Money nouns, as the last part of a compound and without endings.
/// Not "ram" ("program") nor "medel" ("livsmedel"). A result is a sum
/// too: "underskottet på 6,4 miljoner kronor", "budgetöverskottet".
const MONEY_NOUNS: [&str; 14] = [
    "bidrag",
    "stipendi",
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
    "underskott",
    "överskott",
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

/// Words after a sum that make it a rate ("/år", "/månad" too): per a
/// period or a unit, and for each thing ("20 000 kronor vardera").
const RATE: [&str; 7] = [
    "per",
    "årligen",
    "årlig",
    "månadsvis",
    "vardera",
    "styck",
    "stycket",
];

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
            // "Årshyran blir 1,8 miljoner kronor": the noun right before
            // the sum tells its period.
            let per_in_noun = joined.then(|| period_in_noun(&words)).flatten();
            let rate = tells_a_rate(&after) || per_in_noun.is_some();
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
                per: rate
                    .then(|| period_of_rate(&after).or(per_in_noun))
                    .flatten(),
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
    let scale: u64 = if unit.starts_with("miljard") || unit.starts_with("md") {
        1_000_000_000
    } else if unit.starts_with("milj") || unit.starts_with('m') {
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
            // A definite plural names a set ("Avgifterna omfattas av
            // maxtaxan, som … är 2 576 kronor"), one sum only right before
            // it: "Stipendierna på sammanlagt 60 000 kronor".
            let sum_of_the_set = between.len() <= 3
                && between
                    .iter()
                    .all(|w| JOINS.contains(&w.as_str()) || TOTAL.contains(&w.as_str()))
                && w.ends_with("na");
            let definite =
                (w.len() > noun.len() + 1 && is_definite(w)) || after_genitive || sum_of_the_set;
            Some((noun, definite, joined))
        })
        .or(named_after)
    {
        return (Some(noun), definite, joined);
    }
    let sets_aside = words.iter().any(|w| w.starts_with("anvis"));
    (sets_aside.then_some("anvisa"), false, false)
}

/// The period a money noun's compound tells, when the noun stands among
/// the last words before the sum: "årshyran", "årskostnaden" → "år";
/// "månadshyran", "månadsavgiften" → "månad".
fn period_in_noun(words: &[String]) -> Option<&'static str> {
    let noun = words
        .iter()
        .rev()
        .take(3)
        .find(|w| money_noun(w).is_some())?;
    if noun.starts_with("års") {
        Some("år")
    } else if noun.starts_with("månads") {
        Some("månad")
    } else {
        None
    }
}

/// The money noun `word` ends in ("verksamhetsbidraget" → "bidrag"), with
/// at most a definite or plural ending after it.
pub(super) fn money_noun(word: &str) -> Option<&'static str> {
    // "um": "stipendium".
    const ENDINGS: [&str; 10] = ["", "et", "en", "n", "a", "an", "er", "erna", "na", "um"];
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
    fn a_definite_plural_names_one_sum_only_right_before_it_and_each_is_a_rate() {
        let sums = find_amounts(
            "Tre stipendier om 20 000 kronor vardera. Stipendierna på sammanlagt 60 000 kronor ryms. Avgifterna omfattas av maxtaxan, som är 2 576 kronor.",
        );
        let read: Vec<(u64, bool, bool, Option<&str>)> = sums
            .iter()
            .map(|a| (a.kronor, a.definite, a.rate, a.thing))
            .collect();
        assert_eq!(
            read,
            [
                (20_000, false, true, Some("stipendi")),
                (60_000, true, false, Some("stipendi")),
                (2_576, false, false, Some("avgift")),
            ]
        );
        assert!(sums[1].clause.only_total);
    }

    #[test]
    fn sums_in_every_unit_are_whole_kronor() {
        let text = "ett bidrag om 250 000 kronor, 250 tkr, 0,25 mnkr, 2,5 miljoner kronor, 1.200.000 kr, 300 000:-";
        let singular = find_amounts(
            "en kostnad på 1 miljon kronor och en budget på 1,2 miljarder kronor, 3 mdkr",
        );
        let values: Vec<u64> = singular.iter().map(|a| a.kronor).collect();
        assert_eq!(values, [1_000_000, 1_200_000_000, 3_000_000_000]);
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
        assert_eq!(
            found("Utan åtgärder bedöms underskottet för 2027 bli 6,4 miljoner kronor."),
            [(6_400_000, Some("underskott"), false, true, false)]
        );
        assert_eq!(
            found("Ekonomiskt bistånd visar ett budgetöverskott på 2,7 mnkr."),
            [(2_700_000, Some("överskott"), false, false, false)]
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
        // The noun's compound tells the period when it stands right before.
        assert_eq!(per("Årshyran blir 1,8 miljoner kronor."), Some("år"));
        assert_eq!(per("Månadshyran är 90 000 kronor."), Some("månad"));
        assert_eq!(
            per("Årskostnaden för lokaler och städning i huset blir 40 000 kronor."),
            None
        );
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
        assert!(clause("Den sammanlagda hyran blir 5,4 miljoner kronor.").whole_or_part);
        assert!(clause("Den sammantagna kostnaden är 5 400 000 kronor.").whole_or_part);
    }

    /// A difference, and the figure on the other side of a comparison,
    /// are other figures than the one compared.
    #[test]
    fn a_comparisons_figures_are_compared() {
        let compared = |text: &str| -> Vec<bool> {
            find_amounts(text)
                .into_iter()
                .map(|a| a.clause.compared)
                .collect()
        };
        assert_eq!(
            compared(
                "Årshyran på 1 080 000 kronor är 230 000 kronor högre än hyran i Västerskolan, 850 000 kronor."
            ),
            [false, true, true]
        );
        assert_eq!(compared("Kostnaden blir dyrare med 5 000 kronor."), [true]);
        assert_eq!(compared("Bidraget är mer än 500 000 kronor."), [true]);
        assert_eq!(
            compared(
                "Hyran blir 90 000 kronor per månad, vilket motsvarar 1 688 kronor per kvadratmeter."
            ),
            [false, false]
        );
    }

    #[test]
    fn a_hostile_number_does_not_overflow() {
        assert!(found("99999999999999999999999 mnkr").is_empty());
        assert!(found("18446744073709552 mnkr").is_empty());
    }
}
