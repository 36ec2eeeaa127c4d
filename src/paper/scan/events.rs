//! Past-tense event verbs: "lämnades", "har genomförts", "hölls", "inkom",
//! "har samverkats".

use super::plain::{Plain, plain};
use std::sync::LazyLock;

use super::Span;
use crate::base::verbs::ADVERBS;

/// A past-tense event verb: "lämnades", "har genomförts".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventMention {
    pub span: Span,
    pub verb: String,
}

/// Past tense (passive and active: "antogs", "beslutade") and perfect of
/// the verbs papers report events with, and the past of strong verbs,
/// which no ending tells ("gick ut", "kom in", "blev klar", "fick"). A
/// planned event ("ska lämnas", "kommer att hållas", "planeras") uses
/// other forms and is not matched.
static EVENT: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"\b((?:[Hh]ar|[Hh]ade)\s+(?:lämnats|genomförts|hållits|skett|samverkats|antagits|inkommit|kommit\s+in|skickats|informerats|förhandlats|beslutats|fattats|tecknats|undertecknats|presenterats|redovisats|behandlats|beretts|delgivits|godkänts|getts|givits)|lämnades|gavs|lämnats|genomfördes|genomförts|hölls|skedde|inkom|kom\s+in|informerades|förhandlades|samverkades|antogs|skickades|beslutades|fattades|tecknades|undertecknades|presenterades|redovisades|delgavs|godkändes|beslutade|beslöt|beslöts|behandlades|bereddes|antog|fastställde|remitterade|genomförde|informerade|godkände|tecknade|undertecknade|beviljade|ansökte|skickade\s+in|gick|kom|blev|fick|gav|tog|skrev|drog|lät|stod|bröt|sköt)\b",
    )
});

/// Words after which a past form is a participle ("det tecknade avtalet",
/// "den redovisade kostnaden"), not a verb telling an event.
const DETERMINERS: &[&str] = &[
    "den", "det", "de", "denna", "detta", "dessa", "en", "ett", "sin", "sitt", "sina", "vår",
    "vårt", "våra", "nya", "tidigare", "senast",
];

pub(super) fn find_events(text: &str) -> Vec<EventMention> {
    let listed = EVENT.find_iter(text).map(|m| m.range());
    let mut spans: Vec<Span> = listed
        .chain(passive_pasts(text))
        .chain(active_pasts(text))
        .chain(perfect_actives(text))
        .collect();
    spans.sort_by_key(|s| s.start);
    spans.dedup_by(|later, earlier| later.start < earlier.end);
    let joined = coordinated_pasts(text, &spans);
    if !joined.is_empty() {
        spans.extend(joined);
        spans.sort_by_key(|s| s.start);
        spans.dedup_by(|later, earlier| later.start < earlier.end);
    }
    spans
        .into_iter()
        .filter(|span| !after_a_determiner(text, span.start))
        .map(|span| EventMention {
            verb: text[span.clone()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            span,
        })
        .collect()
}

/// Any verb's past passive, by its ending: the past tense in "-ades" (1st
/// conjugation: "behandlades", "skickades") or "-des"/"-tes" after a
/// consonant (2nd: "gjordes", "ställdes", "köptes"), and the perfect, "har"
/// or "hade" before "-ats", "-its" or "-ts" after a consonant
/// ("har kompletterats", "har hållits", "har gjorts"). A vowel before
/// "-tes"/"-des" is a noun's ending ("hypotes", "diabetes"); without "har",
/// "-ats" may be a noun's genitive ("resultats"). No participle ends in
/// "-s", so these are verbs. "har inte lämnats" tells no event.
///
/// Read from each word that ends in "s", not by a pattern: the endings
/// have no literal start for a regex engine to search from.
fn passive_pasts(text: &str) -> impl Iterator<Item = Span> + '_ {
    // "-des", "-tes", "-ats", "-its", "-ts": the byte before the "s" is
    // an "e" or a "t".
    word_ends(text, [b"es", b"ts"]).filter_map(move |end| {
        let start = word_start(text, end)?;
        let word = &text[start..end];
        if past_ending(word) {
            return Some(start..end);
        }
        let auxiliary = perfect_auxiliary(&text[..start])?;
        supine_ending(word).then_some(auxiliary..end)
    })
}

/// Any verb's past tense, active, right after its subject: "-ade" (1st
/// conjugation: "Nämnden behandlade"), or "-de"/"-te" after a consonant
/// other than "n" (2nd: "Förvaltningen skickade", "Föreningen köpte").
/// Without a subject the form may be a participle ("planerade insatser
/// 2027"), so only after a noun in the definite form ("nämnden",
/// "styrelsen", "bolaget", "rådet") or "fullmäktige". "-nde" is left out:
/// it ends the present participle ("gällande").
fn active_pasts(text: &str) -> impl Iterator<Item = Span> + '_ {
    word_ends(text, [b"de", b"te"]).filter_map(move |end| {
        let start = word_start(text, end)?;
        let past = active_past_ending(&text[start..end]);
        (past && after_a_subject(&text[..start])).then_some(start..end)
    })
}

/// "-ade", or "-de"/"-te" after a consonant other than "n", five letters
/// or more (see [`active_pasts`]).
fn active_past_ending(word: &str) -> bool {
    let past = (word.ends_with("ade") && lower_before(word, 3))
        || (word.len() >= 4
            && CONSONANTS.contains(&word.as_bytes()[word.len() - 3])
            && word.as_bytes()[word.len() - 3] != b'n'
            && lower_before(word, 3));
    past && word.chars().count() >= 5
}

/// An active past joined by "och" to an event's verb before it, the
/// subject left out: "Rådet fick förslaget den 16 augusti och lämnade sitt
/// yttrande den 13 september". Only within a clause's reach of that verb
/// (`events`, sorted), no sentence or clause end between.
fn coordinated_pasts(text: &str, events: &[Span]) -> Vec<Span> {
    word_ends(text, [b"de", b"te"])
        .filter_map(|end| {
            let start = word_start(text, end)?;
            if !active_past_ending(&text[start..end]) {
                return None;
            }
            let at = text[..start].strip_suffix(" och ")?.len();
            let before = events.partition_point(|e| e.end <= at);
            let verb = events.get(before.checked_sub(1)?)?;
            let gap = &text[verb.end..at];
            (gap.len() <= JOINED_REACH && !gap.contains(['.', '\n', ';', ':']))
                .then_some(start..end)
        })
        .collect()
}

/// How far a verb joined by "och" may stand from the event verb before it.
const JOINED_REACH: usize = 160;

/// Any verb's perfect, active: "har" or "hade" before a supine in "-at"
/// (1st conjugation: "har yttrat sig"), "-it" (strong: "har skrivit") or
/// "-t" after a consonant (2nd: "har köpt", "har gjort", "har fått"), one
/// adverb allowed between ("har också lämnat"). Nouns a clause "has" that
/// end like a supine are left out ("har rätt", "har mandat"), and so is
/// "varit", which tells a state. "har haft" tells an event when a day is
/// told with it ("har haft dialog med leverantörerna den 19 april"); a
/// state's end ("till och med den …") is a bound, which `event_date` does
/// not take for an event's day, and a state said to have held since a day
/// after the paper is as wrong as an event on it.
fn perfect_actives(text: &str) -> impl Iterator<Item = Span> + '_ {
    // One SIMD pass for the auxiliaries' first letter, then "ar" or "ade".
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'h', b'H', bytes).filter_map(move |start| {
        let tail = &bytes[start + 1..];
        let aux_len = if tail.starts_with(b"ar") {
            3
        } else if tail.starts_with(b"ade") {
            4
        } else {
            return None;
        };
        let alone = !text[..start].chars().next_back().is_some_and(is_word_char);
        let rest = &text[start + aux_len..];
        if !alone || !rest.starts_with(char::is_whitespace) {
            return None;
        }
        let mut words = rest.split_whitespace();
        let mut word = words.next()?;
        if ADVERBS.contains(&word) {
            word = words.next()?;
        }
        let supine = word.trim_end_matches([',', '.', ';', ':']);
        let end = supine.as_ptr() as usize - text.as_ptr() as usize + supine.len();
        active_supine(supine).then_some(start..end)
    })
}

/// "-at", "-it", or "-t" after a consonant, lower-case letters only.
fn active_supine(word: &str) -> bool {
    let b = word.as_bytes();
    let ending = word.ends_with("at")
        || word.ends_with("it")
        || (b.len() >= 2 && b[b.len() - 1] == b't' && CONSONANTS.contains(&b[b.len() - 2]));
    ending
        && word.chars().count() >= 4
        && word.chars().all(char::is_lowercase)
        && !NO_SUPINES.contains(&word)
}

/// Words after "har" that end like a supine and tell no event.
const NO_SUPINES: &[&str] = &[
    "varit",
    "rätt",
    "mandat",
    "resultat",
    "kontakt",
    "kontrakt",
    "projekt",
    "uppsikt",
    "insikt",
    "underskott",
    "överskott",
    "makt",
    "tjänst",
];

/// Whether `before` ends in a subject a finite verb may follow directly:
/// a definite noun of five letters or more, "fullmäktige", or a name (a
/// capital inside the sentence: "Kommunal och Vision förhandlade"; at its
/// start a capital only tells where the sentence begins: "Tidigare
/// planerade insatser"), one space between.
fn after_a_subject(before: &str) -> bool {
    let Some(subject) = before.strip_suffix(' ') else {
        return false;
    };
    let word = subject
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    (lower.chars().count() >= 5 && ["en", "et", "na"].iter().any(|e| lower.ends_with(e)))
        || lower.ends_with("fullmäktige")
        || is_a_name_inside_a_sentence(subject, word)
        || after_a_definite_genitive(subject, word)
}

/// Whether `word`, which ends `before`, is a noun made definite by the
/// genitive before it: "Kommunstyrelsens arbetsutskott behandlade",
/// "kommunens revisorer granskade". Not an adjective ("kommunens nya
/// planerade förskola", "nämndens tidigare fattade beslut"): the noun has
/// five letters or more and ends in neither "-a" nor "-re".
fn after_a_definite_genitive(before: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    if lower.chars().count() < 5 || lower.ends_with('a') || lower.ends_with("re") {
        return false;
    }
    let Some(earlier) = before[..before.len() - word.len()].strip_suffix(' ') else {
        return false;
    };
    let genitive = earlier
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    genitive.chars().count() >= 5 && ["ens", "ets", "ans"].iter().any(|e| genitive.ends_with(e))
}

/// Whether `word`, which ends `before`, is capitalised and has a word of
/// its sentence before it on its line.
fn is_a_name_inside_a_sentence(before: &str, word: &str) -> bool {
    // A genitive is no subject: "Trafikverkets planerade väg".
    if !word.chars().next().is_some_and(char::is_uppercase) || word.ends_with('s') {
        return false;
    }
    let earlier = before[..before.len() - word.len()].trim_end_matches([' ', '\u{a0}']);
    earlier
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',')
}

/// The ends of the words that end in one of `endings` (two bytes each):
/// the candidates found by SIMD search (memchr's memmem), in text order,
/// each checked for a word's end ("det" does not end at its "de").
fn word_ends<'t>(
    text: &'t str,
    endings: [&'static [u8; 2]; 2],
) -> impl Iterator<Item = usize> + 't {
    let bytes = text.as_bytes();
    let mut ends: Vec<usize> = endings
        .iter()
        .flat_map(|ending| memchr::memmem::find_iter(bytes, *ending))
        .map(|at| at + 2)
        .filter(|&end| !text[end..].chars().next().is_some_and(is_word_char))
        .collect();
    ends.sort_unstable();
    ends.into_iter()
}

/// Where the word of letters that ends at `end` begins, when no digit or
/// underscore runs into it ("1ades", "x_ades").
fn word_start(text: &str, end: usize) -> Option<usize> {
    let start = text[..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()?
        .0;
    let joined = text[..start].chars().next_back().is_some_and(is_word_char);
    (!joined).then_some(start)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// 2nd-conjugation stems end in these before "-de(s)"/"-te(s)", "-t(s)".
const CONSONANTS: &[u8] = b"bdfgklmnprstv";

/// "-ades", or "-des"/"-tes" after a consonant, with a lower-case letter
/// before that.
fn past_ending(word: &str) -> bool {
    let b = word.as_bytes();
    if word.ends_with("ades") {
        return lower_before(word, 4);
    }
    (word.ends_with("des") || word.ends_with("tes"))
        && b.len() >= 4
        && CONSONANTS.contains(&b[b.len() - 4])
        && lower_before(word, 4)
}

/// "-ats", "-its", or "-ts" after a consonant, with a lower-case letter
/// before that.
fn supine_ending(word: &str) -> bool {
    let b = word.as_bytes();
    if word.ends_with("ats") || word.ends_with("its") {
        return lower_before(word, 3);
    }
    word.ends_with("ts")
        && b.len() >= 3
        && CONSONANTS.contains(&b[b.len() - 3])
        && lower_before(word, 3)
}

/// Whether the letter before the word's last `n` bytes is lower case.
fn lower_before(word: &str, n: usize) -> bool {
    word[..word.len() - n]
        .chars()
        .next_back()
        .is_some_and(char::is_lowercase)
}

/// Where "har" or "hade" begins when it stands right before `before`'s end,
/// whitespace between.
fn perfect_auxiliary(before: &str) -> Option<usize> {
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() {
        return None;
    }
    ["har", "Har", "hade", "Hade"].iter().find_map(|aux| {
        let start = trimmed.strip_suffix(aux).map(str::len)?;
        let alone = !trimmed[..start]
            .chars()
            .next_back()
            .is_some_and(is_word_char);
        alone.then_some(start)
    })
}

/// Whether the word before `at` is a determiner: the form at `at` is then
/// a participle.
fn after_a_determiner(text: &str, at: usize) -> bool {
    text[..at]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    EVENT.compile_now();
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn any_verbs_past_passive_by_its_ending() {
        let s = scan(
            "Ärendet behandlades i april. Avtalet förlängdes, utredningen gjordes och lokalen köptes. Åtgärden ställdes in. Ansökan har kompletterats och mötet har hållits. En hypotes om diabetes. Dessa förslag ska behandlas. Resultats värde. Det har inte kompletterats.",
        );
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(
            verbs,
            [
                "behandlades",
                "förlängdes",
                "gjordes",
                "köptes",
                "ställdes",
                "har kompletterats",
                "har hållits"
            ]
        );
    }

    #[test]
    fn the_perfect_active_and_strong_pasts() {
        let s = scan(
            "Förvaltningen har yttrat sig. Bolaget hade också lämnat anbud. Nämnden har köpt in och har fått svar. Hon har skrivit. Anbudstiden gick ut och anbuden kom in. Arbetet blev klart. Föreningen har rätt till bidrag, har haft stöd och har mandat. Har Ekby 312 medlemmar. Det har 3 delar.",
        );
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(
            verbs,
            [
                "har yttrat",
                "hade också lämnat",
                "har köpt",
                "har fått",
                "har skrivit",
                "gick",
                "kom in",
                "blev",
                "har haft"
            ]
        );
    }

    #[test]
    fn an_active_past_joined_by_och_to_an_event() {
        let s = scan(
            "Rådet fick förslaget i maj och lämnade sitt yttrande i juni. Planen är klar och reviderade mål gäller. Rådet fick förslaget. Och lämnade det.",
        );
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(verbs, ["fick", "lämnade", "fick"]);
    }

    #[test]
    fn endings_inside_longer_runs_are_no_verbs() {
        for text in [
            "1ades x_ades kompletteradesö",
            "s",
            "ås s-s ädes",
            "har\u{a0}s",
            "Hade",
        ] {
            assert!(scan(text).events.is_empty(), "{text}");
        }
        let s = scan("Planen\nhade\n  ändrats.");
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(verbs, ["hade ändrats"]);
    }

    #[test]
    fn any_verbs_active_past_right_after_its_subject() {
        let s = scan(
            "Kultur- och fritidsnämnden behandlade ansökan. Förvaltningen skickade svar och föreningen köpte in. Kommunfullmäktige fastställde taxan. Planerade insatser 2027. Tidigare planerade insatser. Ärendet gällande bidrag. Även planerade. Nämnden inte. Kommunal och Vision förhandlade. Trafikverkets planerade väg. Kommunal planerade. Kommunstyrelsens arbetsutskott behandlade ärendet. Kommunens nya planerade förskola. Nämndens tidigare fattade beslut.",
        );
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(
            verbs,
            [
                "behandlade",
                "skickade",
                "köpte",
                "fastställde",
                "förhandlade",
                "behandlade"
            ]
        );
    }

    #[test]
    fn a_perfect_passive_in_a_text_without_a_past_tense() {
        let s = scan("Ansökan har kompletterats.");
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(verbs, ["har kompletterats"]);
    }

    #[test]
    fn a_past_form_after_a_determiner_is_a_participle() {
        let s = scan("Det tecknade avtalet gäller. Nämnden tecknade avtalet.");
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(verbs, ["tecknade"]);
        assert_eq!(s.events[0].span.start, 39);
    }

    #[test]
    fn past_tense_events() {
        let s = scan(
            "Information lämnades den 5 december 2022. MBL-information har lämnats 2019-02-11. Uppföljning ska genomföras.",
        );
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(verbs, ["lämnades", "har lämnats"]);
    }

    #[test]
    fn active_past_tense() {
        let s = scan(
            "Kommunfullmäktige beslutade den 3 februari och remitterade motionen. Nämnden antog planen och fastställde taxan. Föreningen ansökte och skickade in en redovisning. Nämnden ska besluta.",
        );
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(
            verbs,
            [
                "beslutade",
                "remitterade",
                "antog",
                "fastställde",
                "ansökte",
                "skickade in"
            ]
        );
    }

    #[test]
    fn other_verbs_of_past_events_and_not_planned_ones() {
        let s = scan(
            "Frågan har samverkats den 3 mars. Mötet hölls, planen antogs, ansökan inkom och kom in, kallelsen skickades, personalen informerades. Information gavs och underlag har getts. Beslut kommer att fattas. Information planeras. Förhandling ska hållas. Information ges senare.",
        );
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(
            verbs,
            [
                "har samverkats",
                "hölls",
                "antogs",
                "inkom",
                "kom in",
                "skickades",
                "informerades",
                "gavs",
                "har getts"
            ]
        );
    }
}
