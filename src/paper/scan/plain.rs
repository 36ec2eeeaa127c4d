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
//! A pattern that has a literal worth searching for (a label, a month, a
//! weekday) is given by [`tuned`]: it starts without the prefilter too, and
//! builds it once the process has searched a few papers with it. A one-file
//! lint never pays for the prefilter; a batch pays once and then searches
//! by the literal.
//!
//! Before either, a pattern of a one-paper process is compiled without the
//! lazy DFA, which needs the pattern compiled a second time, backwards: the
//! NFA's own engines search one paper for less than that costs (see
//! [`LAZY_DFA_AFTER_BYTES`]). A batch says so first
//! ([`expect_many_papers`]) and compiles the lazy DFA at once.
//!
//! [`Plain`] is the same engine (`regex-automata`'s meta regex, which the
//! `regex` crate wraps) configured as `regex::Regex::new` configures it but
//! without the prefilter, with the part of `regex::Regex`'s interface the
//! scanner uses, so a pattern moves between the two by its constructor.

use std::ops::{Index, Range};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};

use regex_automata::meta;
use regex_automata::util::captures::Captures as Slots;
use regex_automata::{Input, Span};
use regex_syntax::hir::Hir;

/// A pattern without the literal prefilter (see the module), compiled when
/// it first searches some text, or ahead of that by [`Plain::compile_now`].
///
/// A recogniser searches nothing (`""`) when a cheap test found that the
/// text cannot hold its fact ([`super::patterns::only_if`]); such a search
/// compiles nothing, so a paper pays only for the patterns its text can
/// match (a case file of the examples left 19 of its 62 patterns unused, a
/// short one 45 of 59). An empty search still finds what the pattern would:
/// the pattern is parsed to tell whether it can match nothing at all.
///
/// A pattern is compiled in stages, each built once the process has
/// searched enough text with the one before to repay it (see
/// [`LAZY_DFA_AFTER_BYTES`]): first its NFA alone, then with the lazy DFA,
/// and for a [`tuned`] pattern at last with the prefilter. Every stage
/// finds the same matches.
#[derive(Debug)]
pub(crate) struct Plain {
    /// The pattern in scanner syntax (empty for [`plain_from_hir`]).
    syntax: String,
    /// The parsed pattern, kept for the stages still to be compiled.
    parsed: Mutex<Option<Hir>>,
    /// Whether the pattern matches the empty text.
    matches_empty: OnceLock<bool>,
    /// Bytes searched so far, which decide when the next stage is built.
    read: AtomicUsize,
    /// The NFA alone, searched by the backtracker or the PikeVM.
    first: OnceLock<meta::Regex>,
    /// The NFA and the lazy DFA.
    lazy_dfa: OnceLock<meta::Regex>,
    /// For a pattern from [`tuned`]: the lazy DFA and the prefilter.
    filtered: Option<OnceLock<meta::Regex>>,
}

/// How much text a pattern searches with its NFA alone before it builds
/// the lazy DFA. The lazy DFA needs the pattern compiled a second time,
/// backwards (to find where a match starts), and a cache of states: about
/// 40 % of a pattern's compile time. A one-file lint searches each pattern
/// over a few kB, where the NFA's engines (the bounded backtracker on short
/// texts) cost less than that compilation; a batch searches far more, where
/// the lazy DFA is several times faster (1 020 text papers, one core: 0.60 s
/// with it, 1.5 s without). Measured, one core, median of 40 alternate
/// runs: a one-file lint of an example case 18.9 → 16.1 ms, of a real
/// paper 20.2 → 17.8 ms; one case built (PDF, Word, lint) 30.2 → 26.5 ms.
const LAZY_DFA_AFTER_BYTES: usize = 16 * 1024;

/// Whether the process is to read many papers (a batch): its patterns are
/// then compiled with the lazy DFA from the first, which the batch repays
/// within a paper or two, and never with the NFA alone, which would be
/// compiled and searched in vain. Measured over 1 020 text papers, one
/// core: starting with the NFA alone cost the batch 25–60 ms.
static MANY_PAPERS: AtomicBool = AtomicBool::new(false);

/// Tells the patterns that this process is to read many papers (see
/// [`MANY_PAPERS`]); before the first search, for the patterns compiled
/// ahead to be compiled as the batch will search them.
pub(crate) fn expect_many_papers() {
    MANY_PAPERS.store(true, Ordering::Relaxed);
}

/// What a search costs beyond its text, in bytes of text: the NFA's
/// engines clear their state for every search, so a pattern searched often
/// over a few words (those before each date) gains from the lazy DFA too.
const SEARCH_COST_BYTES: usize = 256;

/// How much text a [`tuned`] pattern searches before it builds its
/// prefilter: a few papers. A pattern's prefilter costs 0.05–0.3 ms to
/// build, as much as the lazy DFA takes for 25–150 kB, so a one-file lint
/// (a paper is 5–30 kB) never builds it and a batch builds it once.
const FILTER_AFTER_BYTES: usize = 128 * 1024;

/// A scanner pattern ([`super::patterns::scanner_syntax`]), to be compiled
/// as `regex::Regex::new` would, without the literal prefilter, at its first
/// search of some text.
pub(crate) fn plain(pattern: &str) -> Plain {
    Plain::new(super::patterns::scanner_syntax(pattern), None)
}

/// A scanner pattern compiled (at its first search) without the literal
/// prefilter, and with it once the process has searched
/// [`FILTER_AFTER_BYTES`] with it: a pattern with a literal worth searching
/// for (a label, a month, a weekday) is then found by the literal, not by
/// passing the automaton over every byte. Both find the same matches; the first is ~half the compile time,
/// which a one-file lint pays for every pattern it uses.
pub(crate) fn tuned(pattern: &str) -> Plain {
    Plain::new(
        super::patterns::scanner_syntax(pattern),
        Some(OnceLock::new()),
    )
}

/// A parsed pattern (in scanner syntax), compiled as [`plain`] compiles.
pub(crate) fn plain_from_hir(hir: &Hir) -> Plain {
    let plain = Plain::new(String::new(), None);
    if let Ok(mut parsed) = plain.parsed.lock() {
        *parsed = Some(hir.clone());
    }
    plain
}

/// The stages a pattern is compiled in (see [`Plain`]).
#[derive(Clone, Copy)]
enum Stage {
    First,
    LazyDfa,
    Filtered,
}

/// `regex::Regex::new`'s configuration, less what `stage` has not reached
/// yet, and without the two engines that are built ahead of any search: a
/// full DFA (determinised for every pattern of up to 30 NFA states, forward
/// and reverse) and a one-pass DFA (for anchored patterns). The lazy DFA
/// builds the states a search meets, and the scanner's matches are the
/// same; without them the 93 patterns of the example cases and the real
/// papers compile in 10.9 ms instead of 12.3 ms, and a batch lints as fast
/// (text 2 580–2 597 papers/s against 2 443–2 503, one core, alternately).
fn builder(stage: Stage) -> meta::Builder {
    let config = meta::Config::new()
        .auto_prefilter(matches!(stage, Stage::Filtered))
        .hybrid(!matches!(stage, Stage::First))
        // The limits and the empty-match rule `regex::Regex::new` sets.
        .nfa_size_limit(Some(10 * (1 << 20)))
        .hybrid_cache_capacity(2 * (1 << 20))
        .utf8_empty(true)
        .dfa(false)
        .onepass(false);
    let mut builder = meta::Builder::new();
    builder.configure(config);
    builder
}

impl Plain {
    fn new(syntax: String, filtered: Option<OnceLock<meta::Regex>>) -> Self {
        Plain {
            syntax,
            parsed: Mutex::new(None),
            matches_empty: OnceLock::new(),
            read: AtomicUsize::new(0),
            first: OnceLock::new(),
            lazy_dfa: OnceLock::new(),
            filtered,
        }
    }

    /// Compiles the pattern's first stage now, before its first search (a
    /// thread that compiles patterns ahead, `lint::compile_patterns_ahead`).
    pub(crate) fn compile_now(&self) {
        if MANY_PAPERS.load(Ordering::Relaxed) {
            self.lazy_dfa();
        } else {
            self.first();
        }
    }

    /// `read` applied to the parsed pattern, which is kept for the stage
    /// to come unless `last` (a pattern given parsed, without its syntax,
    /// keeps it always): a batch holds no parse it may never use.
    fn with_parsed<R>(&self, last: bool, read: impl FnOnce(&Hir) -> R) -> R {
        let mut parsed = self.parsed.lock().unwrap_or_else(PoisonError::into_inner);
        let hir = parsed.take().unwrap_or_else(|| {
            regex_automata::util::syntax::parse(&self.syntax).expect("scanner patterns are valid")
        });
        let result = read(&hir);
        if !last || self.syntax.is_empty() {
            *parsed = Some(hir);
        }
        result
    }

    fn compiled(&self, stage: Stage) -> meta::Regex {
        // The prefilter stage, built by a batch's busiest patterns only,
        // parses its pattern again rather than every pattern keeping it.
        let last = !matches!(stage, Stage::First);
        self.with_parsed(last, |hir| {
            builder(stage)
                .build_from_hir(hir)
                .expect("scanner patterns are valid")
        })
    }

    fn first(&self) -> &meta::Regex {
        self.first.get_or_init(|| self.compiled(Stage::First))
    }

    fn lazy_dfa(&self) -> &meta::Regex {
        self.lazy_dfa.get_or_init(|| self.compiled(Stage::LazyDfa))
    }

    /// Can the pattern match the empty text? Parsed, not compiled.
    fn matches_empty(&self) -> bool {
        *self.matches_empty.get_or_init(|| {
            self.with_parsed(false, |hir| hir.properties().minimum_len() == Some(0))
        })
    }

    /// The engine to search `len` bytes with: the latest stage built or due;
    /// none for an empty search the pattern cannot match (nothing is
    /// compiled for it).
    fn engine(&self, len: usize) -> Option<&meta::Regex> {
        if let Some(regex) = self.filtered.as_ref().and_then(OnceLock::get) {
            return Some(regex);
        }
        if len == 0
            && self.first.get().is_none()
            && self.lazy_dfa.get().is_none()
            && !self.matches_empty()
        {
            return None;
        }
        let cost = len + SEARCH_COST_BYTES;
        let read = self.read.fetch_add(cost, Ordering::Relaxed) + cost;
        if let Some(filtered) = &self.filtered
            && read >= FILTER_AFTER_BYTES
        {
            return Some(filtered.get_or_init(|| self.compiled(Stage::Filtered)));
        }
        if read >= LAZY_DFA_AFTER_BYTES
            || self.lazy_dfa.get().is_some()
            || MANY_PAPERS.load(Ordering::Relaxed)
        {
            return Some(self.lazy_dfa());
        }
        Some(self.first())
    }

    pub(crate) fn is_match(&self, haystack: &str) -> bool {
        self.engine(haystack.len())
            .is_some_and(|regex| regex.is_match(haystack))
    }

    pub(crate) fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.engine(haystack.len())?
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
        self.engine(haystack.len())
            .into_iter()
            .flat_map(move |regex| regex.find_iter(haystack))
            .map(move |m| Match::new(haystack, m.span()))
    }

    pub(crate) fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.captures_at(haystack, 0)
    }

    /// Captures of the first match at or after `start`, the text before
    /// `start` still read for `^` and word boundaries.
    pub(crate) fn captures_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Captures<'h>> {
        let regex = self.engine(haystack.len().saturating_sub(start))?;
        let mut slots = regex.create_captures();
        let input = Input::new(haystack).span(start..haystack.len());
        regex.search_captures(&input, &mut slots);
        slots.is_match().then_some(Captures { haystack, slots })
    }

    pub(crate) fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + 'r
    where
        'h: 'r,
    {
        self.engine(haystack.len())
            .into_iter()
            .flat_map(move |regex| regex.captures_iter(haystack))
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
    use std::sync::atomic::Ordering::Relaxed;

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

    /// An empty search (a recogniser whose cheap test failed) compiles
    /// nothing, and finds what the compiled pattern would.
    #[test]
    fn an_empty_search_compiles_nothing_and_finds_the_same() {
        let years = plain(r"\d+ år");
        assert!(years.find("").is_none() && !years.is_match(""));
        assert_eq!(years.captures_iter("").count(), 0);
        assert!(years.captures_at("i 2 år", 8).is_none());
        assert!(years.first.get().is_none(), "compiled for an empty search");
        assert!(years.is_match("i 2 år"));
        // A pattern that matches the empty text does so on an empty search.
        let blank = plain(r"^\s*$");
        assert!(blank.is_match(""));
        assert_eq!(blank.find("").map(|m| m.range()), Some(0..0));
        assert_eq!(blank.captures_iter("").count(), 1);
        let tail = plain(r"\d*$");
        assert_eq!(
            tail.captures_at("ab", 2)
                .and_then(|c| c.get(0))
                .map(|m| m.range()),
            Some(2..2)
        );
    }

    #[test]
    fn compile_now_compiles_before_any_search() {
        let years = plain(r"\d+ år");
        years.compile_now();
        assert!(years.first.get().is_some() || years.lazy_dfa.get().is_some());
        assert!(years.find("").is_none());
    }

    /// A tuned pattern finds the same matches before its prefilter is
    /// built and after, when it has searched a batch's worth of text.
    #[test]
    fn a_tuned_pattern_finds_the_same_before_and_after_its_prefilter() {
        let pattern = r"(?i)\b(\d{1,2})\s+(januari|februari|mars)\s+(\d{4})\b";
        let paper = "Avtalet gäller från den 1 januari 2024 till 31 MARS 2026. ".repeat(40);
        let theirs = regex(pattern);
        let expected: Vec<_> = theirs
            .captures_iter(&paper)
            .map(|c| (c.get(0).unwrap().range(), c[2].to_string()))
            .collect();
        let ours = super::tuned(pattern);
        let found = |p: &super::Plain| -> Vec<_> {
            p.captures_iter(&paper)
                .map(|c| (c.get(0).unwrap().range(), c[2].to_string()))
                .collect()
        };
        let filtered = |p: &super::Plain| p.filtered.as_ref().unwrap().get().is_some();
        let mut searched = 0;
        let mut rounds = 0;
        while !filtered(&ours) {
            assert_eq!(found(&ours), expected, "round {rounds}");
            searched += paper.len() + super::SEARCH_COST_BYTES;
            rounds += 1;
        }
        assert!(searched >= super::FILTER_AFTER_BYTES);
        assert!(ours.lazy_dfa.get().is_some(), "the lazy DFA came between");
        assert_eq!(found(&ours), expected, "with the prefilter");
        assert_eq!(
            ours.find(&paper).map(|m| m.range()),
            theirs.find(&paper).map(|m| m.range())
        );
        // A plain pattern never builds one.
        assert!(super::plain(pattern).filtered.is_none());
    }

    /// A plain pattern searches with its NFA alone until it has read
    /// enough text to build the lazy DFA, and finds the same with both.
    #[test]
    fn a_plain_pattern_finds_the_same_with_and_without_the_lazy_dfa() {
        let pattern = r"(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) (\d{1,2}) år\b";
        let paper = "Till Åsa 7 år och Örjan 12 år, inte Bo 3 åren. ".repeat(50);
        let theirs = regex(pattern);
        let expected: Vec<_> = theirs
            .captures_iter(&paper)
            .map(|c| (c.get(0).unwrap().range(), c[1].to_string()))
            .collect();
        assert_eq!(expected.len(), 100);
        let ours = plain(pattern);
        // Searched text and each search's own cost, as `engine` counts.
        let mut searched = 0;
        while ours.lazy_dfa.get().is_none() {
            let found: Vec<_> = ours
                .captures_iter(&paper)
                .map(|c| (c.get(0).unwrap().range(), c[1].to_string()))
                .collect();
            assert_eq!(found, expected, "after {searched} bytes");
            searched += paper.len() + super::SEARCH_COST_BYTES;
        }
        // Unless a test of this process announced a batch, when every
        // pattern starts with the lazy DFA.
        assert!(searched >= super::LAZY_DFA_AFTER_BYTES || super::MANY_PAPERS.load(Relaxed));
        let found: Vec<_> = ours
            .captures_iter(&paper)
            .map(|c| (c.get(0).unwrap().range(), c[1].to_string()))
            .collect();
        assert_eq!(found, expected, "with the lazy DFA");
    }
}
