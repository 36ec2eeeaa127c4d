//! The handläggare a letterhead names: after a label ("Handläggare: Kim
//! Exempelsson"), alone on a line, or with a title after the name ("Ulf
//! Linderoth Utredare") — the forms letterheads without labels take.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::Located;
use super::letterhead::{LABEL_WORD, is_label_or_board};
use super::model::line_around;
use super::scan::{Plain, latin, tuned};

static HANDLAGGARE: LazyLock<Plain> = LazyLock::new(|| {
    tuned(r"(?i)\b(?:handläggare|kontaktperson|ansvarig tjänsteperson|vår referens)\b\s*:?\s*")
});

/// A person's name: two capitalised words (also "Söderquist, Mari"); a
/// third would as often be the next person's first name.
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(r"^\p{Lu}[\p{L}'-]+,?[ \t]+\p{Lu}[\p{L}'-]+")).expect("valid")
});

/// "Handläggare: Amira Hassan", also after further labels in a label row;
/// else a letterhead line that is only a person's name.
pub(super) fn officer(source: &str, zones: &[Range<usize>]) -> Option<Located<String>> {
    labelled_officer(source, zones)
        .or_else(|| name_line(source, zones))
        .or_else(|| name_with_title(source, zones))
}

/// A two-part name and the word after it (a title, or not).
static NAME_THEN_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(
        r"(?:^|[^\p{L}])(\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{Ll}'-]+),?[ \t]+(\p{L}+)",
    ))
    .expect("valid")
});

/// A name followed by a title, the title known by its ending: "Ulf
/// Linderoth Utredare", "Åsa Nylander, Controller", "Agneta Johansson
/// nämndsekreterare" — the handläggare of a letterhead without a label.
fn name_with_title(source: &str, zones: &[Range<usize>]) -> Option<Located<String>> {
    for zone in zones {
        let text = &source[zone.clone()];
        let mut at = 0;
        // Overlapping tries: "Stab Åsa Nyström, Controller" is "Stab Åsa"
        // (no title after it), then "Åsa Nyström".
        while let Some(c) = NAME_THEN_WORD.captures_at(text, at) {
            let name = c.get(1).expect("group");
            at = name.start() + name.as_str().find(' ').unwrap_or(name.len()).max(1);
            // A chair or a member ("Mona Modin Tjulin, ordförande", "Egon
            // Ek ersättare") sits in the meeting; they do not handle the case.
            let title = c[2].to_lowercase();
            let member = ["ordförande", "ersättare", "ledamot", "justerare"]
                .iter()
                .any(|m| title.ends_with(m));
            // "Justerande Niklas Frykman": a participle is a role, not a
            // given name, and a capitalised "-man" is as often a surname.
            let first = name.as_str().split_whitespace().next().unwrap_or("");
            let participle = first.ends_with("ande") || first.ends_with("ende");
            let surname_after = c[2].starts_with(char::is_uppercase) && title.ends_with("man");
            if super::signature::is_role(&c[2])
                && !member
                && !participle
                && !surname_after
                && !in_a_list_of_people(text, name.start())
                && !is_label_or_board(name.as_str())
                && !ORG_WORD.is_match(name.as_str())
                && !super::signature::is_role(name.as_str().split_whitespace().next().unwrap_or(""))
            {
                return Some(Located {
                    value: name
                        .as_str()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                    span: zone.start + name.start()..zone.start + name.end(),
                });
            }
        }
    }
    None
}

/// Whether the line at `at` names two people or more, each with a title
/// ("Anna Olofsson Carstedt, skolchef förskolan Hans Ringström, skolchef
/// grundskolan"): a protocol's list of those present, not a letterhead.
fn in_a_list_of_people(text: &str, at: usize) -> bool {
    let titles = line_around(text, at)
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| w.starts_with(char::is_lowercase) && super::signature::is_role(w))
        .count();
    titles >= 2
}

/// A letterhead line (or a cell of one) holding only two capitalised words
/// that name no organisation: the handläggare in a letterhead without labels.
fn name_line(source: &str, zones: &[Range<usize>]) -> Option<Located<String>> {
    for zone in zones {
        let mut offset = zone.start;
        // Each cell of a line laid out in columns ("Lena Ek⇥Datum⇥2016-12-15").
        for line in source[zone.clone()].split_inclusive(['\n', '\t']) {
            let trimmed = line.trim();
            let start = offset + line.find(trimmed).unwrap_or(0);
            offset += line.len();
            let whole_name = NAME
                .find(trimmed)
                .is_some_and(|m| m.as_str().len() == trimmed.len());
            let words = trimmed.split_whitespace().count();
            if whole_name
                && words == 2
                && !is_label_or_board(trimmed)
                && !ORG_WORD.is_match(trimmed)
                && !trimmed.chars().any(|c| c.is_ascii_digit())
                && trimmed.chars().any(char::is_lowercase)
                && !trimmed.split_whitespace().any(glued_to_a_label)
            {
                return Some(Located {
                    value: trimmed.to_owned(),
                    span: start..start + trimmed.len(),
                });
            }
        }
    }
    None
}

/// A word that is a label run into a name, as a PDF's columns come out of
/// some converters ("UnderskriftLaila"): a capital after four or more
/// lower-case letters. A name's own inner capital comes early ("McDonald",
/// "DeLuca").
fn glued_to_a_label(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars
        .windows(2)
        .enumerate()
        .any(|(i, pair)| i >= 3 && pair[0].is_lowercase() && pair[1].is_uppercase())
}

/// Words that make a line an organisation, not a person.
static ORG_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(r"(?i)(avdelning|enhet|förvaltning|kontor|kommun|region|nämnd|styrelse|sektion|staben|AB$|sammanträde|tjänsteskrivelse|tjänsteutlåtande|protokoll|datum|plats)")).expect("valid")
});

fn labelled_officer(source: &str, zones: &[Range<usize>]) -> Option<Located<String>> {
    for zone in zones {
        let text = &source[zone.clone()];
        for label in HANDLAGGARE.find_iter(text) {
            let mut at = label.end();
            while let Some(more) = LABEL_WORD.find(&text[at..]) {
                at += more.end();
            }
            // "Kontaktperson trafikkontoret Cecilia Dahlin": the office the
            // contact answers for, in lower case, stands between.
            at = past_word_if(text, at, |w| {
                w.starts_with(char::is_lowercase) && ORG_WORD.is_match(w)
            });
            // "Handläggare: Personalchef Margareta Hamrén": the title first.
            at = past_word_if(text, at, |w| {
                super::signature::is_role(w.trim_end_matches(','))
            });
            let rest = &text[at..];
            if let Some(name) = NAME.find(rest) {
                let value = cut_at_label(name.as_str()).trim_end_matches(',');
                if is_label_or_board(value) {
                    continue;
                }
                let start = zone.start + at;
                return Some(Located {
                    value: value.split_whitespace().collect::<Vec<_>>().join(" "),
                    span: start..start + value.len(),
                });
            }
        }
    }
    None
}

/// Where the text after `at` goes on past its first word and the white
/// space after it, when `skip` says that word is to be skipped; else `at`.
fn past_word_if(text: &str, at: usize, skip: impl Fn(&str) -> bool) -> usize {
    let rest = &text[at..];
    let Some(word) = rest.split_whitespace().next().filter(|w| skip(w)) else {
        return at;
    };
    let end = at + rest.find(word).unwrap_or(0) + word.len();
    end + (text[end..].len() - text[end..].trim_start().len())
}

/// "Sara Ek Till" → "Sara Ek": a name ends at the next label word.
fn cut_at_label(name: &str) -> &str {
    const STOP: [&str; 10] = [
        "Till",
        "Telefon",
        "Tel",
        "Datum",
        "Diarienummer",
        "Dnr",
        "Sida",
        "Sid",
        "E-post",
        "Mobil",
    ];
    let mut end = name.len();
    for (i, _) in name.match_indices(' ') {
        let next = name[i + 1..].split([' ', ',', ':']).next().unwrap_or("");
        if STOP.iter().any(|s| s.eq_ignore_ascii_case(next)) {
            end = i;
            break;
        }
    }
    &name[..end]
}

/// Compiles the patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need ORG_WORD: each is compiled where first used.
    HANDLAGGARE.compile_now();
    std::sync::LazyLock::force(&NAME);
    std::sync::LazyLock::force(&NAME_THEN_WORD);
}
