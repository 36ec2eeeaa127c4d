//! How the scanner's patterns are compiled: the letter classes narrowed to
//! the Latin range, `\d` and `\b` made ASCII.

#[cfg(test)]
use regex::Regex;

use super::plain::Plain;

/// A scanner pattern in the regex crate's syntax (the scanner compiles
/// it with [`super::plain::tuned`] or [`super::plain::plain`]). `\d` is
/// made ASCII `[0-9]`: numbers are parsed and sliced as ASCII digits, and a
/// Unicode digit (Arabic-Indic, full-width) inside a date-like number must
/// not match. `\b` is made an ASCII word boundary: the regex crate runs
/// Unicode `\b` on non-ASCII text (all Swedish text) in its slow NFA
/// engine, about five times slower. Every pattern here has ASCII letters or
/// digits at the edges where it uses `\b`; the few that can start with å,
/// ä or ö consume a non-letter instead (see [`super::NOT_LETTER`]). The letter
/// classes are narrowed to Latin ([`latin`]).
pub(crate) fn scanner_syntax(pattern: &str) -> String {
    latin(&pattern.replace(r"\b", r"(?-u:\b)").replace(r"\d", "[0-9]"))
}

/// A scanner pattern compiled by the regex crate itself, prefilter and
/// all: what the tests compare the scanner's own compilations with.
#[cfg(test)]
pub(crate) fn regex(pattern: &str) -> Regex {
    Regex::new(&scanner_syntax(pattern)).expect("scanner patterns are valid")
}

/// The text to search with `pattern`: `text` when `present`, else none.
/// `present` is a cheap test for a word every match of `pattern` contains
/// ("år" for an age range), so that most of a paper's sections, which have
/// no such word, are not searched at all: the same matches, without a pass
/// of the pattern over the text. The test suite runs with debug assertions,
/// which search anyway and fail when the test hid a match.
pub(crate) fn only_if<'t>(present: bool, text: &'t str, pattern: &Plain) -> &'t str {
    debug_assert!(
        present || !pattern.is_match(text),
        "the test before {pattern:?} hid a match in {text:?}"
    );
    if present { text } else { "" }
}

/// Compiles the patterns of the recognisers most papers use before their
/// first use, last used first: a thread running this while `scan` works
/// from the first meets it about half-way (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    for compile in [
        super::references::compile_patterns,
        super::split_years::compile_patterns,
        super::parts::compile_patterns,
        super::upcoming::compile_patterns,
        super::effective::compile_patterns,
        super::sessions::compile_patterns,
        super::headers::compile_patterns,
        super::judgments::compile_patterns,
        super::decisions::compile_patterns,
        super::periods::compile_patterns,
        super::meetings::compile_patterns,
        super::bodies::compile_patterns,
        super::changes::compile_patterns,
        super::amounts::compile_patterns,
        super::persons::compile_patterns,
        super::misspelt::compile_patterns,
        super::weekdays::compile_patterns,
        super::plans::compile_patterns,
        super::orgs::compile_patterns,
        super::laws::compile_patterns,
        super::open_ages::compile_patterns,
        super::ages::compile_patterns,
        super::durations::compile_patterns,
        super::events::compile_patterns,
        super::dnr::compile_patterns,
        super::dates::compile_patterns,
    ] {
        compile();
    }
}

/// Compiles the patterns the rules use after the scan, the last used first.
pub(crate) fn compile_rule_patterns() {
    super::officialese::compile_patterns();
    super::cues::compile_patterns();
}

/// `pattern` with its letter, digit and word classes (`\p{L}`, `\p{Lu}`,
/// `\p{Ll}`, `\p{N}`, `\w`) narrowed to the Latin letters of U+0000–U+024F,
/// where Swedish text and every name in it are written. A letter outside
/// the range (Greek, Cyrillic) is read as a non-letter.
///
/// The classes are written out as ranges because compiling them is most
/// of a one-file `beslut lint`: each process compiles the scanner's
/// patterns once. The full Unicode classes (some 650 ranges each) took
/// three times as long; an intersection with the range still built the
/// full class first; and Latin Extended-A and -B alternate upper and lower
/// case letter by letter, some 150 ranges in each of `\p{Lu}` and `\p{Ll}`.
/// So that block counts as both cases: "Łukasz" and "Çelik" still start
/// with a capital, and no Swedish word is misread.
pub(crate) fn latin(pattern: &str) -> String {
    pattern
        .replace(r"\p{Lu}", &format!("[{LATIN_UPPER}]"))
        .replace(r"\p{Ll}", &format!("[{LATIN_LOWER}]"))
        .replace(r"\p{L}", &format!("[{LATIN_LETTER}]"))
        .replace(r"\p{N}", &format!("[{LATIN_NUMBER}]"))
        .replace(r"\w", &format!("[{LATIN_WORD}]"))
}

/// Letters of Latin-1 and Latin Extended-A and -B.
const LATIN_LETTER: &str = r"A-Za-z\x{AA}\x{B5}\x{BA}\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}";
/// Capitals of Latin-1, and every letter of Latin Extended-A and -B.
const LATIN_UPPER: &str = r"A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}";
/// Small letters of Latin-1, and every letter of Latin Extended-A and -B.
const LATIN_LOWER: &str = r"a-z\x{B5}\x{DF}-\x{F6}\x{F8}-\x{FF}\x{100}-\x{24F}";
/// Digits, superscripts and vulgar fractions of Latin-1.
const LATIN_NUMBER: &str = r"0-9\x{B2}\x{B3}\x{B9}\x{BC}-\x{BE}";
/// `\w` in the range: letters, digits and the underscore.
const LATIN_WORD: &str = r"0-9A-Z_a-z\x{AA}\x{B5}\x{BA}\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}";

#[cfg(test)]
mod gates {
    use super::only_if;
    use crate::paper::scan::plain::plain;
    use crate::paper::scan::{has_digits, has_year};

    #[test]
    fn the_cheap_tests_find_what_they_name() {
        assert!(has_digits("Dnr 2024-17", 4) && !has_digits("Dnr 202-17", 4));
        assert!(has_digits("barn 4 år", 1) && !has_digits("barn och unga", 1));
        assert!(has_year("budget 2026.") && has_year("1999") && !has_year("2100 kronor"));
        assert!(!has_year("199") && !has_year(""));
    }

    #[test]
    fn a_present_word_searches_the_text_and_an_absent_one_nothing() {
        let years = plain(r"\d+ år");
        assert_eq!(only_if(true, "i 2 år", &years), "i 2 år");
        assert_eq!(only_if(false, "inga siffror", &years), "");
    }

    /// The test suite's safety net: a test that hides a match fails.
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "hid a match")]
    fn a_test_that_hides_a_match_fails_under_debug_assertions() {
        only_if(false, "i 2 år", &plain(r"\d+ år"));
    }
}

#[cfg(test)]
mod latin_classes {
    use super::latin;
    use regex::Regex;

    /// Whether `class` matches `c`, as a whole-string pattern.
    fn matches(class: &str, c: char) -> bool {
        Regex::new(&format!("^{class}$"))
            .expect("valid")
            .is_match(&c.to_string())
    }

    #[test]
    fn the_written_out_classes_are_unicodes_within_the_range() {
        for (class, exact) in [
            (r"\p{L}", r"[\p{L}&&\x00-\x{24F}]"),
            (r"\p{N}", r"[\p{N}&&\x00-\x{24F}]"),
            (r"\w", r"[\w&&\x00-\x{24F}]"),
        ] {
            let ours = Regex::new(&format!("^{}$", latin(class))).expect("valid");
            let exact = Regex::new(&format!("^{exact}$")).expect("valid");
            for c in (0..0x300u32).filter_map(char::from_u32) {
                let c = c.to_string();
                assert_eq!(ours.is_match(&c), exact.is_match(&c), "{class} {c:?}");
            }
        }
    }

    #[test]
    fn cases_are_exact_in_latin_1_and_both_beyond() {
        for (class, exact) in [(r"\p{Lu}", r"\p{Lu}"), (r"\p{Ll}", r"\p{Ll}")] {
            let ours = latin(class);
            for c in (0..0x300u32).filter_map(char::from_u32) {
                let want = match c as u32 {
                    ..0x100 => matches(exact, c),
                    0x100..0x250 => c.is_alphabetic(),
                    _ => false,
                };
                assert_eq!(matches(&ours, c), want, "{class} {c:?}");
            }
        }
        assert!(
            Regex::new(&latin(r"^\p{Lu}\p{Ll}+$"))
                .unwrap()
                .is_match("Łukasz")
        );
    }
}

#[cfg(test)]
mod latin_tests {
    #[test]
    fn narrowed_letter_classes_keep_every_swedish_and_latin_letter() {
        let name = super::regex(r"^\p{Lu}\p{Ll}+$");
        for word in [
            "Åsa", "Örjan", "Ägren", "Éric", "Müller", "Øystein", "Ærø", "Straße",
        ] {
            assert!(name.is_match(word), "{word}");
        }
        assert!(super::regex(r"^\w+[^\p{L}\p{N}_]\p{N}$").is_match("ärende-1"));
        // Outside the Latin range a letter reads as a non-letter.
        assert!(!super::regex(r"^\p{L}+$").is_match("Ωmega"));
    }
}
