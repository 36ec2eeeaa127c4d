//! Patterns whose long bounded repetitions are searched unbounded.
//!
//! A repetition such as `[^\d.;]{0,80}?` is compiled as eighty copies of
//! its class. The few label patterns that read the words before a date
//! that way took 0.4–0.7 ms each to compile, which a one-file
//! `beslut lint` pays on every run. [`reaching`] compiles a pattern with
//! each long repetition unbounded (`*?`) and checks each match: a match no
//! longer, in characters, than the smallest of those bounds cannot have
//! repeated anything more often than that. It is then the written
//! pattern's own match, groups included: the written pattern's ways of
//! matching are a subset of the unbounded one's, in the same order of
//! preference, and the one the unbounded pattern took is among them. A
//! longer match (rare: labels are short) is searched again with the pattern
//! as written, compiled then.

use std::sync::OnceLock;

use regex_syntax::hir::{Capture, Hir, HirKind, Repetition};

use super::plain::{Captures, Plain, plain_from_hir};

/// Repetitions bounded at this many or more are searched unbounded: a
/// small bound ("{0,3}") costs little to compile.
const LONG: u32 = 10;

/// A pattern searched with its long repetitions unbounded (see the module).
#[derive(Debug)]
pub(crate) struct Reaching {
    unbounded: Plain,
    /// The smallest bound of a repetition made unbounded.
    limit: usize,
    written: Hir,
    exact: OnceLock<Plain>,
}

/// Compiles a scanner pattern as [`super::plain::plain`] does, with its
/// long bounded repetitions unbounded.
pub(crate) fn reaching(pattern: &str) -> Reaching {
    let written = regex_automata::util::syntax::parse(&super::patterns::scanner_syntax(pattern))
        .expect("scanner patterns are valid");
    let mut limit = usize::MAX;
    let unbounded = plain_from_hir(&unbound(&written, &mut limit));
    Reaching {
        unbounded,
        limit,
        written,
        exact: OnceLock::new(),
    }
}

impl Reaching {
    pub(crate) fn is_match(&self, haystack: &str) -> bool {
        match self.unbounded.find(haystack) {
            None => false,
            Some(m) if self.within(m.as_str()) => true,
            Some(_) => self.exact().is_match(haystack),
        }
    }

    pub(crate) fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        let found = self.unbounded.captures(haystack)?;
        let whole = found.get(0).expect("the match");
        if self.within(whole.as_str()) {
            Some(found)
        } else {
            self.exact().captures(haystack)
        }
    }

    fn within(&self, matched: &str) -> bool {
        matched.len() <= self.limit || matched.chars().count() <= self.limit
    }

    fn exact(&self) -> &Plain {
        self.exact.get_or_init(|| plain_from_hir(&self.written))
    }
}

/// `hir` with every repetition of [`LONG`] or more unbounded, `limit`
/// lowered to the smallest of their bounds. A repetition of something that
/// can match empty stays: its count is not bounded by the match's length.
fn unbound(hir: &Hir, limit: &mut usize) -> Hir {
    match hir.kind() {
        HirKind::Repetition(repetition) => {
            let sub = unbound(&repetition.sub, limit);
            let mut max = repetition.max;
            if let Some(bound) = max.filter(|&m| m >= LONG)
                && sub.properties().minimum_len().is_some_and(|len| len > 0)
            {
                *limit = (*limit).min(bound as usize);
                max = None;
            }
            Hir::repetition(Repetition {
                min: repetition.min,
                max,
                greedy: repetition.greedy,
                sub: Box::new(sub),
            })
        }
        HirKind::Capture(capture) => Hir::capture(Capture {
            index: capture.index,
            name: capture.name.clone(),
            sub: Box::new(unbound(&capture.sub, limit)),
        }),
        HirKind::Concat(parts) => Hir::concat(parts.iter().map(|h| unbound(h, limit)).collect()),
        HirKind::Alternation(parts) => {
            Hir::alternation(parts.iter().map(|h| unbound(h, limit)).collect())
        }
        _ => hir.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::reaching;
    use crate::paper::scan::plain::plain;

    /// The same matches and groups as the pattern as written, for middles
    /// shorter and longer than the bound, and where only a later start
    /// keeps the middle within it.
    #[test]
    fn matches_as_the_pattern_as_written() {
        let pattern =
            r"(?i)(\p{L}+s\s+)?(?:datum\b[^\d.;]{0,12}?|plats(?P<rest>[^\n]{0,15}))\s*:?\s*$";
        let ours = reaching(pattern);
        assert_eq!(ours.limit, 12);
        let exact = plain(pattern);
        let texts = [
            "Sammanträdets datum: ",
            "Nämndens datum tisdagen den ",
            "Datum för det stora mötet i Ekbyhallen den ",
            "datum och datum i dag den ",
            "datum lång text här datum kort ",
            "Plats Ekby kommunhus sal 3 ",
            "plats plats plats plats plats plats ",
            "inget alls",
            "",
        ];
        for text in texts {
            for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                let window = &text[start..];
                assert_eq!(ours.is_match(window), exact.is_match(window), "{window:?}");
                let (a, b) = (ours.captures(window), exact.captures(window));
                assert_eq!(a.is_some(), b.is_some(), "{window:?}");
                if let (Some(a), Some(b)) = (a, b) {
                    for group in 0..3 {
                        assert_eq!(
                            a.get(group).map(|m| m.range()),
                            b.get(group).map(|m| m.range()),
                            "group {group} of {window:?}"
                        );
                    }
                    assert_eq!(
                        a.name("rest").map(|m| m.range()),
                        b.name("rest").map(|m| m.range())
                    );
                }
            }
        }
    }

    /// A repetition of what may match empty keeps its bound.
    #[test]
    fn a_repetition_that_may_match_empty_stays_bounded() {
        assert_eq!(reaching(r"(?:a?){0,20}b").limit, usize::MAX);
        assert_eq!(reaching(r"a{0,3}b").limit, usize::MAX);
    }
}
