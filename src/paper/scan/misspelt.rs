//! Body names with their kind word misspelt, as fast typing makes it
//! ("Socialnämden", "Socialnmnden", "Kommunstyrelssen", a kind word alone:
//! "styrelesn"), put right when that makes a body's name. Plurals, the verb
//! "nämna" and words that only look alike are spelt right.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::Span;
use super::bodies::BODY_WORD;

/// A body's name with its kind word misspelt, as fast typing makes it:
/// "Socialnämden", "Kommunstyrelssen", "Utbildningsförvaltnigen",
/// "Kommunstyrelsseförvaltningen". The kind
/// word one letter off (one left out, added, changed or two swapped) and the
/// name around it a body's name once it is put right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MisspeltBody {
    pub span: Span,
    /// The word put right: "Socialnämnden".
    pub corrected: String,
    /// A kind word alone ("styrelesn" for "styrelsen"): the short form of a
    /// body the paper names in full ("Kommunstyrelsen").
    pub bare: bool,
    /// Where the paper writes the corrected word as a word of its own, in
    /// any case ("förvaltningen" for "förvaltnigen"): the evidence that the
    /// paper spells it right elsewhere when no body is named with it.
    pub written_right: Option<Span>,
}

/// The longest word looked at for a misspelt kind word.
const MAX_NAME_BYTES: usize = 80;

/// The kind words, as their stems are spelt.
const KIND_STEMS: [&str; 5] = ["nämnd", "styrelse", "förvaltning", "utskott", "fullmäktige"];

/// A kind word's first letters, as running text writes them: the places
/// worth a closer look (a literal search, fast on any text).
/// A kind word's last letters find it when a first letter was left out
/// ("Socialnmnden", "Kommunstrelsen").
static KIND_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        "nä|Nä|NÄ|styr|Styr|STYR|förv|Förv|FÖRV|utsk|Utsk|UTSK|fullm|Fullm|FULLM\
         |mnd|MND|relse|RELSE|ltning|LTNING|kott|KOTT|äktig|ÄKTIG",
    )
    .expect("valid")
});

/// Every misspelt body name in `text`.
pub(super) fn find_misspelt_bodies(text: &str) -> Vec<MisspeltBody> {
    let mut found: Vec<MisspeltBody> = Vec::new();
    let in_word = |c: char| c.is_alphabetic() || c == '-';
    let mut looked_at: Option<usize> = None;
    let mut words: Option<HashMap<String, Span>> = None;
    for hit in KIND_START.find_iter(text) {
        let start = text[..hit.start()]
            .char_indices()
            .rev()
            .take_while(|(_, c)| in_word(*c))
            .last()
            .map_or(hit.start(), |(i, _)| i);
        // A word is looked at once, however many of its letters were hits.
        if looked_at == Some(start) {
            continue;
        }
        looked_at = Some(start);
        let end = text[hit.start()..]
            .char_indices()
            .find(|(_, c)| !in_word(*c))
            .map_or(text.len(), |(i, _)| hit.start() + i);
        let word = text[start..end].trim_matches('-');
        let start = start + text[start..end].find(word).unwrap_or(0);
        // A body's name is a word or two; a "word" of thousands of letters
        // (a hostile file) is none, and would make the search quadratic.
        if word.len() < 6 || word.len() > MAX_NAME_BYTES {
            continue;
        }
        if !may_be_misspelt(word) || in_an_address(text, start..end) {
            continue;
        }
        // A compound may carry a misspelt kind word before a right one
        // ("Kommunstyrelsseförvaltningen"): its correction must then spell
        // one more kind word right.
        let right_stems = |w: &str| {
            let lower = w.to_lowercase();
            KIND_STEMS
                .iter()
                .filter(|stem| lower.contains(*stem))
                .count()
        };
        // A word ending in a kind form or a word near one is right unless
        // the correction spells one more kind word right before its end.
        let corrected = corrected_body(word).filter(|c| {
            !ends_in_a_kind_form(word)
                || (right_stems(word) > 0 && right_stems(c) > right_stems(word))
        });
        let (corrected, bare) = match corrected {
            Some(c) => (Some(c), false),
            None => (bare_kind_word_swapped(word), true),
        };
        if let Some(corrected) = corrected {
            found.push(MisspeltBody {
                span: start..start + word.len(),
                written_right: words
                    .get_or_insert_with(|| first_written(text))
                    .get(&corrected.to_lowercase())
                    .cloned(),
                corrected,
                bare,
            });
        }
    }
    found
}

/// Where the paper writes each misspelt name's right spelling, for those
/// whose own section does not: looked up in the whole of `source` once.
pub(super) fn find_written_right(source: &str, misspelt: &mut [MisspeltBody]) {
    if misspelt.iter().all(|m| m.written_right.is_some()) {
        return;
    }
    let words = first_written(source);
    for body in misspelt.iter_mut().filter(|m| m.written_right.is_none()) {
        body.written_right = words.get(&body.corrected.to_lowercase()).cloned();
    }
}

/// Each word of `text`, lower case, with where it is first written: built
/// once, and only for a paper with a misspelt name, so that looking up the
/// right spelling of each stays linear however many there are.
fn first_written(text: &str) -> HashMap<String, Span> {
    let mut index = HashMap::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            index.entry(text[s..i].to_lowercase()).or_insert(s..i);
        }
    }
    index
}

/// Whether the word at `span` is part of an e-mail or web address
/// ("socialforvaltningen@kommun.se", "www.socialnamnden.se"), which spells
/// a body's name without its å, ä and ö.
fn in_an_address(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    matches!(before, Some('@' | '.' | '/' | '_'))
        || matches!(after, Some('@' | '_'))
        || (after == Some('.')
            && text[span.end + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric))
}

/// Whether `word` may hold a misspelt kind word: not when it contains a
/// kind word spelt right with nothing before it that starts like another
/// ("Socialnämnden", "Utbildningsförvaltningen" are passed over at once;
/// "Kommunstyrelsseförvaltningen" is looked at). The edit-distance search is
/// the scanner's dearest work, and most body names are spelt right.
fn may_be_misspelt(word: &str) -> bool {
    const STARTS: [&str; 5] = ["nä", "styr", "förv", "utsk", "fullm"];
    let lower = word.to_lowercase();
    let Some(first_right) = KIND_STEMS.iter().filter_map(|stem| lower.find(stem)).min() else {
        return true;
    };
    // "Socialnämndn": the kind word right, its ending not.
    !ends_in_a_kind_form(word) || STARTS.iter().any(|s| lower[..first_right].contains(s))
}

/// Whether `word` ends in a kind word and one of its forms ("…nämnden"),
/// or in a word a letter from one that is spelt right: a plural
/// ("stadsdelsnämnder"), a verb ("ovannämnde", "nämndes"), an adjective
/// ("fullmäktig").
fn ends_in_a_kind_form(word: &str) -> bool {
    let lower = word.to_lowercase();
    FULL_FORMS.iter().any(|form| lower.ends_with(&form.text))
        || WORDS_NEAR_A_KIND_FORM.iter().any(|w| lower.ends_with(w))
}

/// A kind word in one of its forms ("nämnden"), spelt out once.
struct FullForm {
    text: String,
    /// Its place in its stem's forms: the definite form first.
    rank: usize,
    chars: usize,
}

static FULL_FORMS: LazyLock<Vec<FullForm>> = LazyLock::new(|| {
    KIND_FORMS
        .iter()
        .flat_map(|(stem, forms)| {
            forms.iter().enumerate().map(move |(rank, suffix)| {
                let text = format!("{stem}{suffix}");
                FullForm {
                    rank,
                    chars: text.chars().count(),
                    text,
                }
            })
        })
        .collect()
});

/// Words spelt right that are a letter from a form of a kind word: the
/// kind words' plurals, the verb "nämna" ("ovannämnda", "utnämns"), the
/// noun "fullmäktig" (a delegate), and nouns that merely look alike
/// ("hämnd", "ämnen", "ände", "förstörelse"). Found by putting every word
/// of a Swedish dictionary (hunspell sv_SE) through the search.
const WORDS_NEAR_A_KIND_FORM: [&str; 45] = [
    "nämnder",
    "nämnderna",
    "nämndernas",
    "nämnders",
    "nämnde",
    "nämndes",
    "nämnda",
    "nämndas",
    "nämnt",
    "nämnts",
    "nämna",
    "nämnas",
    "nämnes",
    "nämns",
    "nämn",
    "hämnd",
    "hämnds",
    "hämnden",
    "hämndens",
    "ämne",
    "ämnen",
    "ämnes",
    "ämnet",
    "ämnets",
    "ämnens",
    "änden",
    "ändens",
    "styrelser",
    "styrelserna",
    "styrelsernas",
    "styrelsers",
    "störelse",
    "störelsen",
    "störelses",
    "störelsens",
    "förvaltningar",
    "förvaltningarna",
    "förvaltningarnas",
    "förvaltningars",
    "utskotten",
    "utskottens",
    "fullmäktig",
    "fullmäktigs",
    "fullmäktiga",
    "fullmäktigas",
];

/// `word` put right when it is a kind word alone, in one of its forms, with
/// two letters next to each other swapped or one left out: "styrelesn" and
/// "styrlsen" are "styrelsen", "fullmäktgie" and "fullmäktge" "fullmäktige".
/// Not a letter changed or added, and not a word spelt right a letter from
/// a kind word: those make real words ("nämnder", "nämnde", "fullmäktig").
fn bare_kind_word_swapped(word: &str) -> Option<String> {
    let lower: Vec<char> = word.to_lowercase().chars().collect();
    let written: Vec<char> = word.chars().collect();
    if lower.len() != written.len() || ends_in_a_kind_form(word) {
        return None;
    }
    KIND_FORMS.iter().find_map(|(stem, forms)| {
        forms.iter().find_map(|form| {
            let right: Vec<char> = format!("{stem}{form}").chars().collect();
            let swapped = right.len() == lower.len()
                && (1..right.len()).any(|i| {
                    right[i - 1] != right[i]
                        && lower[i - 1] == right[i]
                        && lower[i] == right[i - 1]
                        && lower[..i - 1] == right[..i - 1]
                        && lower[i + 1..] == right[i + 1..]
                });
            let left_out = right.len() == lower.len() + 1
                && (0..right.len())
                    .any(|i| lower[..i] == right[..i] && lower[i..] == right[i + 1..]);
            (swapped || left_out).then(|| in_the_case_written(&right, &written))
        })
    })
}

/// `right` with each letter in the case of the letter written in its place
/// (the first letters, for a word one letter shorter).
fn in_the_case_written(right: &[char], written: &[char]) -> String {
    let first_upper = written.first().is_some_and(|c| c.is_uppercase());
    let all_upper = written.iter().all(|c| c.is_uppercase());
    right
        .iter()
        .enumerate()
        .map(|(i, r)| {
            if all_upper || (i == 0 && first_upper) {
                r.to_uppercase().next().unwrap_or(*r)
            } else {
                *r
            }
        })
        .collect()
}

/// Whether `word` is a body's name spelt right.
fn is_body_word(word: &str) -> bool {
    BODY_WORD
        .captures(word)
        .and_then(|c| c.get(0))
        .is_some_and(|m| m.as_str().trim_matches(|c: char| !c.is_alphabetic()) == word)
}

/// `word` with its kind word one edit off put right, when that makes it a
/// body's name: the whole ending first, then a kind word inside a compound;
/// of several ways, the shortest ("Kommunstyrelssen" is "Kommunstyrelsen",
/// not "Kommunstyrelseen").
fn corrected_body(word: &str) -> Option<String> {
    whole_ending_put_right(word).or_else(|| kind_word_put_right(word))
}

/// The forms a kind word ends a body's name in.
/// The definite form first: a paper names a body that way.
const KIND_FORMS: [(&str, &[&str]); 5] = [
    ("nämnd", &["en", "", "ens", "s"]),
    ("styrelse", &["n", "", "ns", "s"]),
    ("förvaltning", &["en", "", "ens", "s"]),
    ("utskott", &["et", "", "ets", "s"]),
    ("fullmäktige", &["", "s"]),
];

/// `word` whose ending (kind word and inflection) is one edit from a form
/// of a kind word, put right: "Socialnämnedn" (two letters swapped across
/// the stem's end) is "Socialnämnden", "Arbetsutskotett" "Arbetsutskottet".
/// Of several forms, the definite one ("Kulturnämndn" is "Kulturnämnden",
/// not "Kulturnämnd"), then the shortest.
fn whole_ending_put_right(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    // Byte positions are shared between the two spellings below; a letter
    // whose lower case is longer ("İ") leaves the word as it is.
    if lower.len() != word.len() {
        return None;
    }
    // A word that ends in a kind word spelt right is not put right here
    // ("…förvaltningen" is no slip of "…förvaltningens").
    if ends_in_a_kind_form(word) {
        return None;
    }
    let starts: Vec<usize> = lower.char_indices().map(|(i, _)| i).collect();
    let n = starts.len();
    let mut best: Option<(usize, String)> = None;
    for form in FULL_FORMS.iter() {
        // One letter left out, added, changed, or two swapped, anywhere in
        // the ending: its first letters too ("Socialnmnden"). At least two
        // letters of the name stand before it.
        for take in [form.chars - 1, form.chars, form.chars + 1] {
            if take + 2 > n {
                continue;
            }
            let from = starts[n - take];
            if !one_edit_apart(&lower[from..], &form.text) {
                continue;
            }
            let corrected = format!("{}{}", &word[..from], form.text);
            let better = best
                .as_ref()
                .is_none_or(|(r, b)| (form.rank, corrected.len()) < (*r, b.len()));
            if better && is_body_word(&corrected) {
                best = Some((form.rank, corrected));
            }
        }
    }
    best.map(|(_, corrected)| corrected)
}

/// Whether `a` and `b` are one letter left out, added or changed, or two
/// swapped, apart. One edit leaves their first two letters or their last
/// two alike (the kind words are five letters or more), a cheap test that
/// spares most edit distances: each word's endings are tried against every
/// form.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let first_two = |s: &str| {
        let mut letters = s.chars();
        (letters.next(), letters.next())
    };
    let last_two = |s: &str| {
        let mut letters = s.chars();
        (letters.next_back(), letters.next_back())
    };
    (first_two(a) == first_two(b) || last_two(a) == last_two(b))
        && a != b
        && strsim::damerau_levenshtein(a, b) == 1
}

/// `word` with a kind word inside it one edit off put right, when that
/// makes it a body's name ("Kommunstyrelsseförvaltningen").
fn kind_word_put_right(word: &str) -> Option<String> {
    let starts: Vec<usize> = word.char_indices().map(|(i, _)| i).skip(2).collect();
    let mut best: Option<String> = None;
    for stem in KIND_STEMS {
        let len = stem.chars().count();
        for &from in &starts {
            for take in [len - 1, len, len + 1] {
                let Some((end, _)) = word[from..].char_indices().nth(take).or((word[from..]
                    .chars()
                    .count()
                    == take)
                    .then_some((word.len() - from, ' ')))
                else {
                    continue;
                };
                let piece = word[from..from + end].to_lowercase();
                if !one_edit_apart(&piece, stem) {
                    continue;
                }
                let corrected = format!("{}{stem}{}", &word[..from], &word[from + end..]);
                if is_body_word(&corrected)
                    && best.as_ref().is_none_or(|b| corrected.len() < b.len())
                {
                    best = Some(corrected);
                }
            }
        }
    }
    best
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    std::sync::LazyLock::force(&KIND_START);
    std::sync::LazyLock::force(&FULL_FORMS);
}

#[cfg(test)]
mod misspelt_tests {
    use super::find_misspelt_bodies;

    /// (as written, put right, a kind word alone) of each misspelt name.
    fn put_right(text: &str) -> Vec<(String, String, bool)> {
        find_misspelt_bodies(text)
            .into_iter()
            .map(|m| (text[m.span].to_owned(), m.corrected, m.bare))
            .collect()
    }

    /// (as written, put right) of each misspelt name.
    fn written_and_right(text: &str) -> Vec<(String, String)> {
        put_right(text)
            .into_iter()
            .map(|(w, c, _)| (w, c))
            .collect()
    }

    #[test]
    fn misspelt_kind_words_are_put_right() {
        // A misspelt kind word before a right one is put right too; a
        // compound with all its kind words right is left alone.
        let text = "Socialnämden, Kommunstyrelssen och Kommunstyrelsseförvaltningen; Utbildningsförvaltnigen. Socialnämnedn, Arbetsutskotett, Kulturnämndn. Socialnämnden, nämnden och Kommunstyrelseförvaltningen rätt stavade.";
        let found = written_and_right(text);
        assert_eq!(
            found,
            [
                ("Socialnämden".to_owned(), "Socialnämnden".to_owned()),
                ("Kommunstyrelssen".to_owned(), "Kommunstyrelsen".to_owned()),
                (
                    "Kommunstyrelsseförvaltningen".to_owned(),
                    "Kommunstyrelseförvaltningen".to_owned()
                ),
                (
                    "Utbildningsförvaltnigen".to_owned(),
                    "Utbildningsförvaltningen".to_owned()
                ),
                ("Socialnämnedn".to_owned(), "Socialnämnden".to_owned()),
                ("Arbetsutskotett".to_owned(), "Arbetsutskottet".to_owned()),
                ("Kulturnämndn".to_owned(), "Kulturnämnden".to_owned()),
            ]
        );
    }

    #[test]
    fn a_kind_word_missing_one_of_its_first_letters() {
        // Found by the kind word's last letters; plurals, verbs and the
        // adjective a letter from a kind word are words of their own.
        let text = "Socialnmnden och Kommunstrelsen, Utbildningsfrvaltningen. Rätt: stadsdelsnämnder, styrelserna, förvaltningar, utskotten, ovannämnde, omnämndes, kommunstyrelsers, arbetsutskottens, förstörelsen, kärnämnen, garnänden, blodshämnden, benämnda, utnämns, kyrkofullmäktig, befullmäktiga.";
        let found = written_and_right(text);
        assert_eq!(
            found,
            [
                ("Socialnmnden".to_owned(), "Socialnämnden".to_owned()),
                ("Kommunstrelsen".to_owned(), "Kommunstyrelsen".to_owned()),
                (
                    "Utbildningsfrvaltningen".to_owned(),
                    "Utbildningsförvaltningen".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn a_kind_word_alone_with_a_letter_left_out() {
        let text = "Styrlsen, fullmäktge och FÖRVALTNNGEN. Adresser: socialforvaltningen@kommun.se, www.socialnamnden.se. Rätt: nämnde, nämndes, nämns, fullmäktig, styrelse, nämnder.";
        let found = put_right(text);
        assert_eq!(
            found,
            [
                ("Styrlsen".to_owned(), "Styrelsen".to_owned(), true),
                ("fullmäktge".to_owned(), "fullmäktige".to_owned(), true),
                ("FÖRVALTNNGEN".to_owned(), "FÖRVALTNINGEN".to_owned(), true),
            ]
        );
    }

    #[test]
    fn a_kind_word_alone_with_two_letters_swapped() {
        let text = "Styrelesn och fullmäktgie, förvaltninegn. Rätt: styrelsen, styrelser, nämnde, fullmäktig, förvaltningar.";
        let found = put_right(text);
        assert_eq!(
            found,
            [
                ("Styrelesn".to_owned(), "Styrelsen".to_owned(), true),
                ("fullmäktgie".to_owned(), "fullmäktige".to_owned(), true),
                ("förvaltninegn".to_owned(), "förvaltningen".to_owned(), true),
            ]
        );
    }
}
#[cfg(test)]
mod dictionary_tests {
    use super::find_misspelt_bodies;
    use std::collections::HashSet;

    /// No word of a Swedish word list is put right into another word of it
    /// ("kommunstyrelsers" into "kommunstyrelsens" would be a false alarm
    /// wherever a paper has both). Needs a list of every inflected form, one
    /// per line, in `BESLUT_WORDLIST` (CONTRIBUTING.md says how to make one
    /// from hunspell's sv_SE); skipped without it.
    #[test]
    fn no_dictionary_word_is_put_right_into_another() {
        let Ok(path) = std::env::var("BESLUT_WORDLIST") else {
            return;
        };
        let list = std::fs::read_to_string(path).expect("BESLUT_WORDLIST is readable");
        let words: HashSet<String> = list.lines().map(str::to_lowercase).collect();
        let wrong: Vec<String> = list
            .lines()
            .flat_map(|word| {
                find_misspelt_bodies(word)
                    .into_iter()
                    .filter(|m| words.contains(&m.corrected.to_lowercase()))
                    .map(move |m| format!("{word} → {}", m.corrected))
            })
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
