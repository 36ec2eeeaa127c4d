//! Patterns compiled without the regex engine's literal prefilter.
//!
//! The `regex` crate builds, for every pattern, a prefilter from the
//! literals a match must contain, and no switch turns it off. For a pattern
//! with no literal worth searching for (one that starts with a letter class,
//! or is only ever matched against the few words before a date) that is
//! ~40 % of its compile time for a search no faster: measured over the 68
//! real papers, each pattern given a [`plain`] here searched them in the
//! same time either way. Each process compiles its patterns once, so this is
//! time a one-file `beslut lint` spends on every run.
//!
//! [`Plain`] is the same engine (`regex-automata`'s meta regex, which the
//! `regex` crate wraps) configured as `regex::Regex::new` configures it but
//! without the prefilter, with the part of `regex::Regex`'s interface the
//! scanner uses, so a pattern moves between the two by its constructor.

use std::ops::{Index, Range};

use regex_automata::meta;
use regex_automata::util::captures::Captures as Slots;
use regex_automata::{Input, Span};
use regex_syntax::hir::Hir;

/// A compiled pattern without the literal prefilter (see the module).
#[derive(Debug)]
pub(crate) struct Plain {
    regex: meta::Regex,
}

/// Compiles a scanner pattern as [`super::patterns::regex`] does, without
/// the literal prefilter.
pub(crate) fn plain(pattern: &str) -> Plain {
    let regex = builder()
        .build(&super::patterns::scanner_syntax(pattern))
        .expect("scanner patterns are valid");
    Plain { regex }
}

/// Compiles a parsed pattern (in scanner syntax) as [`plain`] does.
pub(crate) fn plain_from_hir(hir: &Hir) -> Plain {
    let regex = builder()
        .build_from_hir(hir)
        .expect("scanner patterns are valid");
    Plain { regex }
}

fn builder() -> meta::Builder {
    let config = meta::Config::new()
        .auto_prefilter(false)
        // The limits and the empty-match rule `regex::Regex::new` sets.
        .nfa_size_limit(Some(10 * (1 << 20)))
        .hybrid_cache_capacity(2 * (1 << 20))
        .utf8_empty(true);
    let mut builder = meta::Builder::new();
    builder.configure(config);
    builder
}

impl Plain {
    pub(crate) fn is_match(&self, haystack: &str) -> bool {
        self.regex.is_match(haystack)
    }

    pub(crate) fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.regex
            .find(haystack)
            .map(|m| Match::new(haystack, m.span()))
    }

    pub(crate) fn find_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Match<'h>> + 'r
    where
        'h: 'r,
    {
        self.regex
            .find_iter(haystack)
            .map(move |m| Match::new(haystack, m.span()))
    }

    pub(crate) fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.captures_at(haystack, 0)
    }

    /// Captures of the first match at or after `start`, the text before
    /// `start` still read for `^` and word boundaries.
    pub(crate) fn captures_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Captures<'h>> {
        let mut slots = self.regex.create_captures();
        let input = Input::new(haystack).span(start..haystack.len());
        self.regex.search_captures(&input, &mut slots);
        slots.is_match().then_some(Captures { haystack, slots })
    }

    pub(crate) fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + 'r
    where
        'h: 'r,
    {
        self.regex
            .captures_iter(haystack)
            .map(move |slots| Captures { haystack, slots })
    }
}

/// One match: its span in the haystack and its text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    fn new(haystack: &'h str, span: Span) -> Self {
        Match {
            haystack,
            start: span.start,
            end: span.end,
        }
    }

    pub(crate) fn start(&self) -> usize {
        self.start
    }

    pub(crate) fn end(&self) -> usize {
        self.end
    }

    pub(crate) fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub(crate) fn as_str(&self) -> &'h str {
        &self.haystack[self.range()]
    }
}

/// The groups of one match.
#[derive(Debug)]
pub(crate) struct Captures<'h> {
    haystack: &'h str,
    slots: Slots,
}

impl<'h> Captures<'h> {
    /// Group `index` (0 is the whole match), if it took part in the match.
    pub(crate) fn get(&self, index: usize) -> Option<Match<'h>> {
        self.slots
            .get_group(index)
            .map(|span| Match::new(self.haystack, span))
    }

    /// The group called `name`, if it took part in the match.
    pub(crate) fn name(&self, name: &str) -> Option<Match<'h>> {
        self.slots
            .get_group_by_name(name)
            .map(|span| Match::new(self.haystack, span))
    }
}

impl<'h> Index<usize> for Captures<'h> {
    type Output = str;

    /// Group `index`'s text; panics if it took no part, as `regex` does.
    fn index(&self, index: usize) -> &str {
        self.get(index)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group at index {index}"))
    }
}

#[cfg(test)]
mod tests {
    use super::plain;
    use crate::paper::scan::patterns::regex;

    /// The same pattern finds the same groups either way, including a
    /// search from inside the text, where `^` and `\b` still see what is
    /// before the start.
    #[test]
    fn a_plain_pattern_matches_as_the_regex_crate_does() {
        let pattern = r"(?:^|[^\p{L}])(?P<word>\p{Lu}\p{Ll}+)\s+(\d{4})?\b";
        let text = "Bodil 2024 och Åsa Öberg i Ekby 1999, ingen";
        let ours = plain(pattern);
        let theirs = regex(pattern);
        for start in 0..text.len() {
            if !text.is_char_boundary(start) {
                continue;
            }
            let a = ours.captures_at(text, start);
            let b = theirs.captures_at(text, start);
            assert_eq!(a.is_some(), b.is_some(), "from {start}");
            if let (Some(a), Some(b)) = (a, b) {
                for group in 0..3 {
                    assert_eq!(
                        a.get(group).map(|m| m.range()),
                        b.get(group).map(|m| m.range()),
                        "group {group} from {start}"
                    );
                }
                assert_eq!(
                    a.name("word").map(|m| m.as_str()),
                    b.name("word").map(|m| m.as_str())
                );
            }
        }
        let all: Vec<_> = ours.captures_iter(text).map(|c| c[1].to_string()).collect();
        let expected: Vec<_> = theirs
            .captures_iter(text)
            .map(|c| c[1].to_string())
            .collect();
        assert_eq!(all, expected);
        assert_eq!(
            ours.find(text).map(|m| m.range()),
            theirs.find(text).map(|m| m.range())
        );
        assert!(ours.is_match(text));
    }
}
