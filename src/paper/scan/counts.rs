//! Counts: a number and the noun it counts, "24 platser för
//! korttidsvistelse", "40 nya lägenheter", "fem enheter", "de tre
//! geografiska områdena". Found by form, for any noun: a number in digits
//! or in words, at most two adjectives ("nya", "geografiska"), then a noun
//! that is no unit, time or measure ("år", "procent", "kvadratmeter").
//! After a number above one the noun is plural, so its form tells only
//! whether it is definite ("enheterna", "områdena"): what is counted is
//! keyed by the indefinite plural with its compound ("korttidsplatser" is
//! a kind of "platser", "boendeplatser" another kind). Its clause is read
//! as a sum's is (see [`super::amounts`]): does it put the count forward
//! ("föreslår", "inrätta"), or refer back to it ("De 24 platserna")?

use super::Span;
use super::amounts::{clause_words, puts_forward};
use super::figure_clause::{FigureClause, figure_clause};
use crate::base::swedish::{WEEKDAYS, month_number};

/// A count of things.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountMention {
    /// From the number to the noun.
    pub span: Span,
    pub count: u64,
    /// The noun in its indefinite plural, with its compound:
    /// "korttidsplatser", "enheter", "områden".
    pub thing: String,
    /// Its clause puts the count forward.
    pub proposing: bool,
    /// The noun is definite ("platserna"): the count already named.
    pub definite: bool,
    /// No adjective, and "de"/"dessa" before the number with the noun
    /// definite ("de fem enheterna", "sex av de 26 förskolorna"), or
    /// "samtliga"/"alla" ("samtliga fem rekommendationer"): the count
    /// refers back to things already counted.
    pub referring: bool,
    /// A bound, not a number of things: "efter 10 besök", "minst tre
    /// anbud", "fler än 20 deltagare".
    pub bound: bool,
    /// A preposition or "som" right after the noun may make the things a
    /// part of those counted before ("de två enheterna i norr").
    pub qualified: bool,
    /// The same number stands earlier in the text, counting anything or
    /// nothing ("slås samman till tre."): a referring count may refer to it.
    pub number_said_before: bool,
    /// The adjective "nya" says the things are new ("de 24 nya
    /// platserna"): those added, not all there are after a change.
    pub added: bool,
    /// What the clause around it says of the count.
    pub clause: FigureClause,
    /// Whose whole set is counted, in its definite form: a genitive right
    /// before the number ("kommunens fem bibliotek") or the subject of
    /// "har" ("Kommunen har sex bibliotek") — both "kommunen".
    pub owner: Option<String>,
}

/// Nouns after a number that measure or date rather than count things.
pub(super) const NOT_COUNTED: [&str; 44] = [
    "år",
    "års",
    "åren",
    "månader",
    "månaderna",
    "månad",
    "veckor",
    "veckorna",
    "dagar",
    "dagarna",
    "timmar",
    "timmarna",
    "minuter",
    "sekunder",
    "kvartal",
    "terminer",
    "gånger",
    "procent",
    "procentenheter",
    "kronor",
    "kr",
    "tkr",
    "mnkr",
    "miljoner",
    "miljarder",
    "tusen",
    "hundra",
    "kvadratmeter",
    "kvm",
    "meter",
    "kilometer",
    "km",
    "mil",
    "ton",
    "liter",
    "st",
    "stycken",
    "grader",
    "poäng",
    "sidor",
    "bilagor",
    "punkter",
    "paragrafer",
    "kapitel",
];

/// Words that end a count's phrase: prepositions, conjunctions, pronouns.
const NOT_NOUNS: [&str; 24] = [
    "av", "i", "på", "till", "för", "från", "med", "om", "och", "eller", "samt", "som", "vid",
    "under", "över", "efter", "inom", "per", "mot", "än", "är", "var", "den", "det",
];

/// Words after the noun that may make its things a part of others.
const QUALIFYING: [&str; 12] = [
    "i", "på", "inom", "vid", "med", "som", "där", "från", "utanför", "av", "för", "under",
];

/// Verbs of providing, for a count: "inrätta 24 platser" puts it forward
/// as "föreslår" does.
const PROVIDING: [&str; 8] = [
    "inrätta",
    "inrättas",
    "inrättar",
    "bygga",
    "byggs",
    "utöka",
    "utökas",
    "utökar",
];

/// Words before a number that make it a bound on things, not their number.
const BOUNDS: [&str; 10] = [
    "efter", "minst", "högst", "max", "maximalt", "än", "över", "under", "upp", "intill",
];

/// Words before a number that make it a time or a year, not a count
/// (a place in the paper, "§ 71", "sida 2", is `restated::NUMBERING`'s).
const NOT_BEFORE: [&str; 3] = ["kl", "klockan", "år"];

/// A word of the text: where it is, and its letters or digits.
#[derive(Clone, Copy)]
pub(super) struct Word<'t> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: &'t str,
    /// Punctuation right after it ends the phrase.
    pub(super) closed: bool,
}

/// The counts of `text` alone (tests and the timing of readers).
#[cfg(test)]
pub(super) fn find_counts(text: &str) -> Vec<CountMention> {
    find_counts_in(text, &words(text))
}

/// The counts among `words`, the words of `text` ([`words`]): the scanner
/// splits a text into words once for every reader of numbers.
pub(super) fn find_counts_in(text: &str, words: &[Word<'_>]) -> Vec<CountMention> {
    // Every word is read: a number word has no literal a search could
    // start from, and most papers hold both kinds of number.
    let mut counts = Vec::new();
    // A set: a hostile text of numbers alone stays linear.
    let mut numbers_seen: std::collections::HashSet<u64> = std::collections::HashSet::new();
    let mut i = 0;
    while i < words.len() {
        if let Some((count, after_number)) = number_at(words, i) {
            let said_before = numbers_seen.contains(&count);
            counts.extend(count_from(
                text,
                words,
                i,
                (count, after_number),
                said_before,
            ));
            numbers_seen.insert(count);
            i = after_number;
        } else {
            i += 1;
        }
    }
    counts
}

/// The words of `text`: runs between white space (ASCII or a no-break
/// space, which groups thousands: "2\u{a0}400"), punctuation around them
/// trimmed (an inner hyphen, stop or slash stays: "2026-03-02", "13.00").
/// Read byte by byte: every paper's every word passes here.
pub(super) fn words(text: &str) -> Vec<Word<'_>> {
    let bytes = text.as_bytes();
    let space_at = |i: usize| -> usize {
        match bytes[i] {
            b' ' | b'\n' | b'\r' | b'\t' | 0x0c => 1,
            0xc2 if bytes.get(i + 1) == Some(&0xa0) => 2,
            _ => 0,
        }
    };
    let mut out = Vec::with_capacity(bytes.len() / 7);
    let mut i = 0;
    while i < bytes.len() {
        let space = space_at(i);
        if space > 0 {
            i += space;
            continue;
        }
        let start = i;
        while i < bytes.len() && space_at(i) == 0 {
            i += 1;
        }
        // Both ends are at ASCII bytes or the text's ends: char boundaries.
        let bare = &text[start..i];
        let core_start = bare.len() - bare.trim_start_matches(['(', '"', '”', '\'']).len();
        let core =
            bare[core_start..].trim_end_matches(['.', ',', ';', ':', ')', '"', '”', '!', '?']);
        if core.is_empty() {
            continue;
        }
        out.push(Word {
            start: start + core_start,
            end: start + core_start + core.len(),
            text: core,
            closed: core_start + core.len() < bare.len(),
        });
    }
    out
}

/// The number that starts at word `i`, and the index of the word after
/// it: digits ("160", "2 400"), or a number word from two up ("fem",
/// "tjugotre"; "en" and "ett" are articles too).
pub(super) fn number_at(words: &[Word<'_>], i: usize) -> Option<(u64, usize)> {
    let word = *words.get(i)?;
    let found = if word.text.bytes().all(|b| b.is_ascii_digit()) {
        digits_at(words, i)?
    } else {
        // Most words are no number: the longest number word ("sjuttiosju")
        // has twelve bytes, and a word is lower-cased only when it must be.
        let initial = word.text.chars().next()?.to_ascii_lowercase();
        if word.text.len() > 12
            || !NUMBER_INITIALS.contains(initial)
            || !word.text.chars().all(char::is_alphabetic)
        {
            return None;
        }
        let value = spelled_number(&crate::base::swedish::lowercase(word.text))?;
        (u64::from(value), i + 1)
    };
    let before = i.checked_sub(1).map(|b| words[b]);
    let placed = before.is_some_and(|b| {
        let lower = b.text.to_lowercase();
        let word = lower.trim_end_matches('.');
        !b.closed && (NOT_BEFORE.contains(&word) || super::restated::NUMBERING.contains(&word))
    });
    (!placed).then_some(found)
}

/// The number whose words end right before word `end`: one word, or
/// groups of thousands ("1 200", "1 200 000"), and the index of its first
/// word.
pub(super) fn number_ending_before(words: &[Word<'_>], end: usize) -> Option<(u64, usize)> {
    (end.saturating_sub(3)..end).find_map(|start| {
        number_at(words, start)
            .filter(|(_, next)| *next == end)
            .map(|(value, _)| (value, start))
    })
}

/// The first letters of the number words from two up: "två", "fem", "sex",
/// "åtta", "nio", "elva", "arton", … (and "Å" of a sentence's "Åtta").
const NUMBER_INITIALS: &str = "tfsåÅnea";

/// A number word from two up ("fem", "tjugotre"); "en" and "ett" are
/// articles too.
fn spelled_number(lower: &str) -> Option<u32> {
    super::durations::spelled(lower).filter(|n| *n >= 2)
}

/// A number in digits with its groups of thousands ("2 400"); not a year
/// ("2027") nor a run too long to count things.
fn digits_at(words: &[Word<'_>], i: usize) -> Option<(u64, usize)> {
    let first = words[i];
    if first.text.len() > 6 {
        return None;
    }
    let mut digits = first.text.to_owned();
    let mut next = i + 1;
    while first.text.len() <= 3 && !words[next - 1].closed {
        match words.get(next) {
            Some(group)
                if group.text.len() == 3
                    && group.text.bytes().all(|b| b.is_ascii_digit())
                    && group.start - words[next - 1].end == 1 =>
            {
                digits.push_str(group.text);
                next += 1;
            }
            _ => break,
        }
    }
    let value: u64 = digits.parse().ok()?;
    let a_year = next == i + 1 && (1900..=2099).contains(&value) && first.text.len() == 4;
    (!a_year).then_some((value, next))
}

/// The count whose number is words `i..after_number`: the noun after at
/// most two adjectives, and what its clause says; `said_before` whether
/// the number stood earlier in the text.
fn count_from(
    text: &str,
    words: &[Word<'_>],
    i: usize,
    (count, after_number): (u64, usize),
    said_before: bool,
) -> Option<CountMention> {
    if words[after_number - 1].closed {
        return None;
    }
    let mut n = after_number;
    let mut adjectives = 0;
    let mut added = false;
    while adjectives < 2
        && words
            .get(n)
            .is_some_and(|w| is_adjective(w) || is_participle_before_a_noun(words, n))
    {
        added |= words[n].text == "nya";
        n += 1;
        adjectives += 1;
    }
    let noun = *words.get(n)?;
    let lower = noun.text.to_lowercase();
    if !is_counted_noun(&lower) {
        return None;
    }
    let before = i
        .checked_sub(1)
        .map(|b| words[b])
        .filter(|b| !b.closed)
        .map(|b| b.text.to_lowercase());
    let before = before.as_deref();
    let determiner = matches!(before, Some("de" | "dessa"));
    // "samtliga fem rekommendationer", "alla tre områdena": the whole set.
    let all_of = matches!(before, Some("samtliga" | "alla"));
    let (thing, definite_form) = indefinite_plural(&lower, determiner);
    let clause = clause_words(text, words[i].start);
    Some(CountMention {
        span: words[i].start..noun.end,
        count,
        thing,
        proposing: puts_forward(&clause) || clause.iter().any(|w| PROVIDING.contains(&w.as_str())),
        definite: definite_form,
        referring: adjectives == 0 && ((determiner && definite_form) || all_of),
        bound: before.is_some_and(|w| BOUNDS.contains(&w)),
        qualified: !noun.closed
            && words
                .get(n + 1)
                .is_some_and(|w| QUALIFYING.contains(&w.text.to_lowercase().as_str())),
        number_said_before: said_before,
        added,
        clause: figure_clause(text, words[i].start, noun.end, &clause),
        owner: owner_of(before, words, i),
    })
}

/// The owner of the things counted from word `i`: "kommunens fem" →
/// "kommunen", "Förvaltningen har 26" → "förvaltningen". A definite noun
/// in the singular ("-en", "-et", "-an"), not a time ("dagens", "årets").
/// `before` is the word before the number, lower case, when no punctuation
/// ends it.
fn owner_of(before: Option<&str>, words: &[Word<'_>], i: usize) -> Option<String> {
    let before = before?;
    let owner = match before.strip_suffix('s') {
        Some(genitive) => genitive.to_owned(),
        None if before == "har" => {
            let subject = words[i.checked_sub(2)?];
            (!subject.closed).then(|| subject.text.to_lowercase())?
        }
        None => return None,
    };
    // Times, and adverbs that end like a definite noun.
    const NOT_OWNERS: [&str; 10] = [
        "dagen", "året", "veckan", "månaden", "sedan", "medan", "redan", "nedan", "sådan", "annan",
    ];
    let definite = owner.chars().count() > 4
        && ["en", "et", "an"].iter().any(|end| owner.ends_with(end))
        && owner.chars().all(char::is_alphabetic);
    (definite && !NOT_OWNERS.contains(&owner.as_str())).then_some(owner)
}

/// An adjective between a number and its noun: "nya", "fler",
/// "geografiska", "allmänna" — a lower-case word in "-a" (not a definite
/// plural's "-na" after a vowel or an "r": "områdena", "enheterna"), or
/// one of a few that count more.
fn is_adjective(word: &Word<'_>) -> bool {
    if word.closed {
        return false;
    }
    let w = word.text;
    matches!(w, "fler" | "ytterligare" | "extra")
        || (w.ends_with('a')
            && !definite_plural_ending(w)
            && w.chars().count() >= 3
            && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()))
}

/// A present participle before the noun it describes ("fyra återstående
/// anbuden", "40 deltagande barn"). Alone, or before a verb, it is the
/// noun itself ("tre sökande", "40 boende har flyttat").
fn is_participle_before_a_noun(words: &[Word<'_>], n: usize) -> bool {
    const VERBS: [&str; 12] = [
        "har", "hade", "ska", "skall", "kan", "kunde", "får", "fick", "blir", "bor", "kommer",
        "måste",
    ];
    let word = words[n];
    let participle = (word.text.ends_with("ande") || word.text.ends_with("ende"))
        && word
            .text
            .chars()
            .all(|c| c.is_alphabetic() && c.is_lowercase());
    participle
        && !word.closed
        && words.get(n + 1).is_some_and(|next| {
            let next = next.text.to_lowercase();
            is_counted_noun(&next) && !VERBS.contains(&next.as_str())
        })
}

/// A verb's passive past ("förkastades", "godkändes", "avslutades"): no
/// thing counted ("varav två förkastades").
fn is_past_passive(word: &str) -> bool {
    word.ends_with("ades")
        || (word.chars().count() >= 7 && (word.ends_with("des") || word.ends_with("tes")))
}

/// "-na" after a vowel or an "r" ("områdena", "enheterna"): a noun's
/// definite plural; after another consonant ("allmänna", "egna", "öppna")
/// an adjective's ending.
fn definite_plural_ending(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("na") else {
        return false;
    };
    stem.chars()
        .last()
        .is_none_or(|c| c == 'r' || "aeiouyåäö".contains(c))
}

/// Whether a lower-case word after a number is a noun that counts things.
fn is_counted_noun(word: &str) -> bool {
    word.chars().count() >= 3
        && !is_past_passive(word)
        && word.chars().all(char::is_alphabetic)
        && !NOT_COUNTED.contains(&word)
        && !NOT_NOUNS.contains(&word)
        && month_number(word).is_none()
        && !WEEKDAYS.contains(&word)
}

/// A plural noun's indefinite form, and whether it was definite:
/// "enheterna" → "enheter", "områdena" → "områden", and after "de" the
/// definite "-en" of a neuter ("de tre anbuden" → "anbud").
fn indefinite_plural(word: &str, determiner: bool) -> (String, bool) {
    if let Some(stem) = word.strip_suffix("na").filter(|s| s.ends_with('r')) {
        return (stem.to_owned(), true);
    }
    if let Some(stem) = word.strip_suffix("ena") {
        return (format!("{stem}en"), true);
    }
    if determiner && let Some(stem) = word.strip_suffix("en").filter(|s| s.chars().count() >= 3) {
        return (stem.to_owned(), true);
    }
    (word.to_owned(), false)
}

/// Whether two counted things are one: the same, or one a kind of the
/// other ("korttidsplatser" and "platser"), not two kinds ("boendeplatser"
/// and "korttidsplatser"). A noun in "-are" ("fritidsledare") is read
/// from its definite plural as "-ar" ("fritidsledarna" → "fritidsledar",
/// as "dagarna" → "dagar"): without its "e" the two are one.
pub fn same_counted(a: &str, b: &str) -> bool {
    let (a, b) = (without_doers_e(a), without_doers_e(b));
    a.ends_with(b) || b.ends_with(a)
}

/// "fritidsledare" → "fritidsledar" (see [`same_counted`]).
fn without_doers_e(word: &str) -> &str {
    word.strip_suffix('e')
        .filter(|stem| stem.ends_with("ar"))
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(u64, String, bool, bool)> {
        find_counts(text)
            .into_iter()
            .map(|c| (c.count, c.thing, c.proposing, c.definite))
            .collect()
    }

    #[test]
    fn counts_of_what_a_decision_provides() {
        let text = "Nämnden inrättar 24 korttidsplatser. Förvaltningen föreslår 40 nya lägenheter. De 24 platserna blir klara 2027. Det bor 300 personer här, 2026-03-02, 12 år.";
        assert_eq!(
            found(text),
            [
                (24, "korttidsplatser".to_owned(), true, false),
                (40, "lägenheter".to_owned(), true, false),
                (24, "platser".to_owned(), false, true),
                (300, "personer".to_owned(), false, false),
            ]
        );
        assert!(same_counted("korttidsplatser", "platser"));
        assert!(same_counted("fritidsledar", "fritidsledare"));
        assert!(!same_counted("ledare", "ledamöter"));
        assert!(!same_counted("korttidsplatser", "boendeplatser"));
    }

    #[test]
    fn a_participle_before_its_noun_and_no_passive_verb() {
        let text = "Sex anbud kom in, varav två förkastades. De fyra återstående anbuden utvärderades. Här finns tre sökande och 40 boende har flyttat, och 300 deltagande barn.";
        assert_eq!(
            found(text),
            [
                (6, "anbud".to_owned(), false, false),
                (4, "anbud".to_owned(), false, true),
                (3, "sökande".to_owned(), false, false),
                (40, "boende".to_owned(), false, false),
                (300, "barn".to_owned(), false, false),
            ]
        );
    }

    #[test]
    fn any_noun_in_digits_or_words_by_its_form() {
        let text = "Hemtjänsten har fem enheter. De fem enheterna blir tre geografiska områden. De tre områdena och de två anbuden. Byggnaden på 2 400 kvadratmeter har plats för 2 400 besökare.";
        assert_eq!(
            found(text),
            [
                (5, "enheter".to_owned(), false, false),
                (5, "enheter".to_owned(), false, true),
                (3, "områden".to_owned(), false, false),
                (3, "områden".to_owned(), false, true),
                (2, "anbud".to_owned(), false, true),
                (2400, "besökare".to_owned(), false, false),
            ]
        );
        let referring: Vec<bool> = find_counts(text).iter().map(|c| c.referring).collect();
        assert_eq!(referring, [false, true, false, true, true, false]);
    }

    #[test]
    fn an_adjective_in_na_stands_before_the_noun() {
        let text =
            "Det finns 1 420 allmänna parkeringsplatser och 12 egna lokaler. De tre områdena.";
        let things: Vec<String> = find_counts(text).into_iter().map(|c| c.thing).collect();
        assert_eq!(things, ["parkeringsplatser", "lokaler", "områden"]);
    }

    #[test]
    fn numbers_that_date_measure_or_place_are_no_counts() {
        let text = "Den 1 januari 2027, kl. 13.00, § 71, 19 § MBL, 2026-03-02, barn 1–5 år, i två år, 3,5 procent, sida 2, år 2027 och 2027 platser, en plats, ett anbud.";
        assert_eq!(found(text), []);
    }

    #[test]
    fn the_owner_of_a_whole_set() {
        let owners: Vec<Option<String>> = find_counts(
            "kommunens fem bibliotek. Förvaltningen har 26 enheter. Dagens fem enheter. Vi har tre skolor. Förskolan har 12 platser",
        )
        .into_iter()
        .map(|c| c.owner)
        .collect();
        let owner = |o: &str| Some(o.to_owned());
        assert_eq!(
            owners,
            [
                owner("kommunen"),
                owner("förvaltningen"),
                None,
                None,
                owner("förskolan")
            ]
        );
    }

    #[test]
    fn a_qualified_count_may_be_a_part() {
        let counts = find_counts("De två enheterna i norr. De två enheterna slås samman.");
        assert!(counts[0].qualified);
        assert!(!counts[1].qualified);
        assert!(counts[1].number_said_before);
        assert!(!counts[0].number_said_before);
        let whole =
            find_counts("Efter 10 besök inträder skyddet. 300 av de 2200 besöken var fria.");
        assert!(whole[0].bound);
        assert!(whole[1].referring);
        let all = find_counts(
            "Revisorerna lämnar fyra rekommendationer. Hur samtliga fem rekommendationer hanteras.",
        );
        assert!(!all[0].referring && all[1].referring);
    }
}
