//! Cue words: short phrases that tell the rules how to take a nearby fact —
//! a stated maximum ("som längst till och med"), a restated proposal
//! ("föreslås"), a body deciding ("Socialnämnden beslutar"), a plan rather
//! than a report ("ska", "planeras"). Each is one question a rule asks of a
//! piece of the paper's text.

use crate::paper::scan::latin;
use std::sync::LazyLock;

use regex::Regex;

use super::plain::{Plain, tuned};

static LATEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(r"(?i)som\s+längst\s+(?:gälla\s+|löpa\s+|pågå\s+)?(?:till\s+och\s+med|t\.o\.m\.|till)\s+(?:den\s+)?$"))
        .expect("valid")
});

static ENDS_AN_OPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(
        r"(?i)^[\s,]*(?:(?:dvs\.?|d\.v\.s\.|alltså|det\s+vill\s+säga)\s+)?(?:(?:som\s+)?längst\s+)?(?:till\s+och\s+med|t\.o\.m\.|till)\s+(?:den\s+)?$",
    ))
    .expect("valid")
});

static RESTATES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(
        r"(?i)(?-u:\b)(föreslår|föreslås|förslag\s+att)(?-u:\b)",
    ))
    .expect("valid")
});

static DECIDES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &latin(r"^s?\s+(?:beslutar|beslöt|beslutade|har\s+beslutat|föreslås(?:\s+att)?\s+besluta|fattar\s+beslut|föreslår\s+(?:\p{L}+\s+){1,2}(?:att\s+)?besluta)\b"),
    )
    .expect("valid")
});

static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(
        r"(?i)(?-u:\b)(ska|skall|kommer\s+att|planeras|beräknas|avses|preliminärt|senast)(?-u:\b)",
    ))
    .expect("valid")
});

static PREPARED: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)\b(bereddes|behandlades|har beretts|har behandlats|beredde ärendet|behandlade ärendet)\b",
    )
});

static OWN_PLAN_VERB: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)\b(?:fastställ|antas\b|antogs|antagen|antagits|tas\s+fram|togs\s+fram|tagits\s+fram|upprättas|upprättades|ersätt|ersatt|gällde|gäller\s+till)",
    )
});

static TERM_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(r"(?i)avtals(?:tid|period)(?:en)?\b[^.;]{0,40}$")).expect("valid")
});

static EXTENDS_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(r"(?i)\bförläng(?:s|a|as|er|t|ts|des|de)\b|\b(?:nyttja|utnyttja|avropa)\w*\s+(?:\w+\s+){0,3}option")).expect("valid")
});

static LOOKS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(r"(?i)uppföljning|återrapport|redovisning|utvärdering|rapport|bokslut|avstämning|resultat|utfall")).expect("valid")
});

static PROCURES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(r"(?i)\bupphandl|\bnytt\s+avtal|\bteckna[rs]?\s+(?:ett\s+)?(?:nytt\s+)?avtal|\bavtal\s+tecknas")).expect("valid")
});

/// Does `before` end in the lead of a stated maximum, so that the date
/// after it is the latest end ("… kan som längst gälla till och med")?
pub fn ends_with_latest_lead(before: &str) -> bool {
    LATEST.is_match(before)
}

/// Does the text restate what is proposed ("föreslår", "föreslås",
/// "förslag att")?
pub fn restates_proposal(text: &str) -> bool {
    RESTATES.is_match(text)
}

/// Does the text right after a body's name say that the body decides
/// ("Socialnämnden beslutar", "… har beslutat", "föreslås besluta"), or
/// proposes the decision to the body above it ("föreslår
/// kommunfullmäktige besluta")?
pub fn decides_after(after_name: &str) -> bool {
    DECIDES.is_match(after_name)
}

/// Does the text between an extension option and a date only join the
/// date as the end the option reaches (", till den", ", som längst till och
/// med")?
pub fn joins_an_end(between: &str) -> bool {
    ENDS_AN_OPTION.is_match(between)
}

/// Does the text speak of the future, making a date in it a plan rather
/// than a report ("ska", "kommer att", "planeras", "senast")?
pub fn plans_ahead(text: &str) -> bool {
    FUTURE.is_match(text)
}

/// Does the sentence tell of a report's own preparation ("Ärendet
/// bereddes", "har behandlats")?
pub fn reports_preparation(sentence: &str) -> bool {
    PREPARED.is_match(sentence)
}

/// Does the sentence adopt, draw up or replace a plan ("fastställs",
/// "antogs", "tas fram", "ersätter", "gällde")?
pub fn adopts_or_replaces_plan(sentence: &str) -> bool {
    OWN_PLAN_VERB.is_match(sentence)
}

/// Does `before` end in the lead of a contract's term ("med en avtalstid
/// om två år", "avtalsperioden är"), so that the period after it is the term
/// of a contract, not an extension of one?
pub fn leads_a_contract_term(before: &str) -> bool {
    TERM_LEAD.is_match(before)
}

/// Does the sentence extend something with a verb ("förlängs", "förlänga",
/// "nyttjar optionen") — not only name an extension as a possibility ("med
/// möjlighet till förlängning")?
pub fn extends_with_a_verb(sentence: &str) -> bool {
    EXTENDS_VERB.is_match(sentence)
}

/// Does the text look back on something done ("uppföljning",
/// "återrapportering", "utvärdering", "utfall") rather than set it?
pub fn looks_back(text: &str) -> bool {
    LOOKS_BACK.is_match(text)
}

/// Does the sentence procure or sign a new contract ("upphandla",
/// "upphandlingen", "ett nytt avtal tecknas")?
pub fn procures(sentence: &str) -> bool {
    PROCURES.is_match(sentence)
}

/// Compiles the patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need ENDS_AN_OPTION, TERM_LEAD, PREPARED, FUTURE, LOOKS_BACK, PROCURES, OWN_PLAN_VERB,
    // EXTENDS_VERB: each is compiled where first used.
    std::sync::LazyLock::force(&LATEST);
    std::sync::LazyLock::force(&RESTATES);
    std::sync::LazyLock::force(&DECIDES);
}

/// The words of `text`, letters only, in lower case: "Sammanlagt, blir
/// det" is `["sammanlagt", "blir", "det"]` (numbers and punctuation fall
/// away). The readers' tests of "only these words between" use it.
pub(crate) fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| crate::base::swedish::lowercase(w).into_owned())
        .collect()
}

/// Whether one of the `last` words right before `at` (white-space apart,
/// punctuation trimmed, lower case) is one of `words`: "cirka" before "1,2
/// miljoner", "genomsnitt" in "i genomsnitt 33 år"; not "Under" in "Under
/// 2026 fick 412" (a number is a word too).
pub(crate) fn said_right_before(text: &str, at: usize, words: &[&str], last: usize) -> bool {
    let from = super::floor_char_boundary(text, at.saturating_sub(8 * last + 16));
    text[from..at]
        .split_whitespace()
        .rev()
        .take(last)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| words.contains(&&*crate::base::swedish::lowercase(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_are_found_in_their_phrasings() {
        assert!(ends_with_latest_lead(
            "Avtalet kan som längst gälla till och med "
        ));
        assert!(!ends_with_latest_lead("Avtalet gäller till och med "));
        assert!(restates_proposal(
            "Förvaltningen föreslår att avtalet förlängs"
        ));
        assert!(decides_after("s beslutar att"));
        assert!(decides_after(" har beslutat att"));
        assert!(!decides_after(" och förvaltningen"));
        assert!(plans_ahead("beslut ska fattas"));
        assert!(leads_a_contract_term(
            "upphandla boende med en avtalstid om två år "
        ));
        assert!(extends_with_a_verb("Avtalet förlängs ett år."));
        assert!(extends_with_a_verb("Nämnden nyttjar den första optionen."));
        assert!(!extends_with_a_verb(
            "med möjlighet till förlängning ett år i taget"
        ));
        assert!(!plans_ahead("beslut fattades"));
    }
}
