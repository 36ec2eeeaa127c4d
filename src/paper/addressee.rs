//! The board a paper goes to, when its letterhead does not say: read from
//! the roles the paper gives the bodies it names, by Swedish morphology
//! rather than by whole sentences.
//!
//! A board that *decides* or *proposes* is the paper's board:
//! - the genitive before a proposal or a decision ("Kommunstyrelsens
//!   förslag till beslut", "Barn- och utbildningsnämndens beslut");
//! - the subject of a decision verb in the present or past tense
//!   ("Socialnämnden beslutar", "Kultur- och fritidsnämnden noterar",
//!   "nämnden informeras"), also as an abbreviation ("KSAU noterar");
//! - the object of "föreslå" that is to decide ("föreslår kommunstyrelsen
//!   besluta", "föreslås kommunstyrelsen besluta att");
//! - a board named by an adjective that decides or proposes ("Tekniska
//!   nämnden föreslår"), and a beredning that decides ("Beredningen för
//!   skolfrågor beslutar").
//!
//! Each role is a vote; a mention in the letterhead one more. The board
//! with the most votes wins, the first named on a tie. An administration
//! (förvaltning) never goes to a meeting, so it never wins.

use crate::paper::scan::latin;
use std::collections::HashMap;
use std::ops::Range;

use super::Located;
use super::letterhead::as_written_in_text;
use super::scan::{BodyKind, BodyMention, Scan};

/// Verbs whose subject is the deciding body, in the forms a proposal or
/// minute uses them.
const DECISION_VERBS: &[&str] = &[
    "beslutar",
    "beslöt",
    "beslutade",
    "föreslås",
    "noterar",
    "godkänner",
    "fastställer",
    "antar",
    "tillstyrker",
    "avstyrker",
    "avslår",
    "uppdrar",
    "informeras",
    "lägger",
    "anser",
    "föreslår",
    "ger",
    "tar",
    "överlämnar",
    "hemställer",
    "delegerar",
    "återremitterar",
    "ansöker",
];

/// What a board's genitive owns when the paper is that board's: its
/// proposal or decision ("Kommunstyrelsens förslag till beslut") …
pub(super) const OWN_PROPOSAL: [&str; 2] = ["förslag", "beslut"];
/// … or its meeting ("Socialnämndens sammanträde 2026-03-16").
pub(super) const OWN_MEETING: [&str; 3] = ["sammanträde", "protokoll", "sammanträdesprotokoll"];

/// Infinitives after "föreslå X": X is to decide.
const DECIDE_INFINITIVES: &[&str] = &[
    "besluta",
    "att",
    "godkänna",
    "fastställa",
    "anta",
    "notera",
    "tillstyrka",
    "avslå",
    "ge",
];

/// The board the paper goes to, read from the roles of the bodies it names;
/// None when no board has a role.
pub fn inferred_board(
    source: &str,
    scan: &Scan,
    letterhead: &[Range<usize>],
) -> Option<Located<String>> {
    let mut votes: HashMap<String, (usize, &BodyMention)> = HashMap::new();
    for mention in scan
        .bodies
        .iter()
        .filter(|m| m.kind != BodyKind::Administration && !m.is_state_authority())
    {
        let mut weight = role_weight(source, mention);
        if weight == 0 {
            continue;
        }
        if letterhead.iter().any(|z| z.contains(&mention.span.start)) {
            weight += 1;
        }
        votes
            .entry(mention.key())
            .and_modify(|(w, _)| *w += weight)
            .or_insert((weight, mention));
    }
    // "Tekniska nämnden föreslår …": a board named by an adjective, which
    // the body scanner leaves to the letterhead, deciding or proposing. It
    // weighs as a genitive before a proposal, and wins a tie.
    let adjective_board = ADJECTIVE_BOARD.captures_iter(source).find_map(|c| {
        let verb = c[2].to_lowercase();
        DECISION_VERBS
            .contains(&verb.as_str())
            .then(|| (3, c.get(1).expect("group").range()))
    });
    // "Beredningen för skolfrågor beslutar": a beredning that decides
    // (one that only proposes prepares for a board) weighs the same.
    let deciding_beredning = DECIDING_BEREDNING
        .captures(source)
        .map(|c| (3, c.get(1).expect("group").range()));
    // "KSAU noterar informationen": an abbreviated board that decides,
    // at the start of a sentence. It weighs as a named board's role and
    // loses a tie to one.
    let acronym_board = ACRONYM_BOARD.captures_iter(source).find_map(|c| {
        let acronym = c.get(1).expect("group");
        let verb = c[2].to_lowercase();
        (DECISION_VERBS.contains(&verb.as_str()) && !NOT_BOARD_ACRONYMS.contains(&acronym.as_str()))
            .then(|| (2, acronym.range()))
    });
    let best_mention = votes
        .into_values()
        .max_by(|(a, ma), (b, mb)| a.cmp(b).then(mb.span.start.cmp(&ma.span.start)))
        .map(|(weight, mention)| (weight, mention.span.clone()));
    // The last of equal maxima: a named board on a tie.
    let (_, span) = [
        acronym_board,
        best_mention,
        adjective_board,
        deciding_beredning,
    ]
    .into_iter()
    .flatten()
    .max_by_key(|(weight, _)| *weight)?;
    let name = &source[span.clone()];
    // An abbreviation stays in capitals; a name is written as in running text.
    let value = if name.len() <= 6 && name.chars().all(char::is_uppercase) {
        name.to_owned()
    } else {
        as_written_in_text(&definite(name))
    };
    Some(Located { value, span })
}

/// The one board a paper names, when it names no other and names it more
/// than once ("Uppföljning av internkontrollplan för äldre- och
/// omsorgsnämnden", "Farsta stadsdelsnämnds styrning"): an agenda or a
/// register that gives no board a role is that board's.
pub fn sole_board(source: &str, scan: &Scan) -> Option<Located<String>> {
    let mut boards = scan
        .bodies
        .iter()
        .filter(|m| matches!(m.kind, BodyKind::Board | BodyKind::Assembly))
        .filter(|m| !m.is_state_authority());
    let first = boards.next()?;
    let mut count = 1;
    for other in boards {
        if other.key() != first.key() {
            return None;
        }
        count += 1;
    }
    let name = &source[first.span.clone()];
    (count >= 2).then(|| Located {
        value: as_written_in_text(&definite(name)),
        span: first.span.clone(),
    })
}

/// "KSAU noterar", "BUN beslutar": capitals at the start of a line or a
/// sentence, then a lower-case word (checked against the decision verbs).
static ACRONYM_BOARD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&latin(
        r"(?m)(?:^|[.!?:][ \t]+)(\p{Lu}{2,6})[ \t]+(\p{Ll}+)",
    ))
    .expect("valid")
});

/// Capitals that decide or propose without being the paper's board: a
/// company form, a company's chief, and the authorities a paper reports on
/// ("IVO beslutar", "EU beslutar").
const NOT_BOARD_ACRONYMS: &[&str] = &[
    "AB", "HB", "KB", "VD", "EU", "IVO", "JO", "SKR", "MSB", "SCB", "AF", "FK",
];

/// "Tekniska nämnden beslutar", "Sociala utskottet föreslår".
static ADJECTIVE_BOARD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&latin(
        r"(?:^|[^\p{L}])(\p{Lu}\p{Ll}+a\s+(?:nämnden|utskottet))\s+(\p{Ll}+)",
    ))
    .expect("valid")
});

/// "Beredningen för skolfrågor beslutar", "Personalberedningen beslöt".
static DECIDING_BEREDNING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        &latin(r"(?:^|[^\p{L}])((?:\p{Lu}\p{Ll}*b|B)eredningen(?:\s+för\s+\p{Ll}+)?)\s+(?:beslutar|beslöt|beslutade)(?:[^\p{L}]|$)"),
    )
    .expect("valid")
});

/// How strongly the text around `mention` makes it the deciding board.
fn role_weight(source: &str, mention: &BodyMention) -> usize {
    let after_end = if mention.genitive {
        mention.span.end + 1
    } else {
        mention.span.end
    };
    let after = words(source.get(after_end..).unwrap_or(""), 3);
    let mut before = words_before(&source[..mention.span.start], 3);
    // A municipality's name before its board ("Organ Åtvidabergs
    // kommunstyrelse", "sammanträde med Malmö kommunstyrelse") is skipped.
    let place_before = source[..mention.span.start]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| {
            w.starts_with(char::is_uppercase) && mention_starts_lower(source, mention)
        });
    if place_before {
        before.pop();
    } else if before.len() == 3 {
        before.remove(0);
    }
    let first_after = after.first().map(String::as_str).unwrap_or("");
    // A protocol's or kallelse's own label: "Nämnd: X", "Organ och
    // sammanträdesdatum X", "sammanträde med X", "Kallelse till X".
    let last_before = before.last().map(String::as_str).unwrap_or("");
    if matches!(
        last_before,
        "nämnd" | "organ" | "sammanträdesdatum" | "beslutsorgan"
    ) || (before.first().is_some_and(|w| w == "sammanträde") && last_before == "med")
        || (before.first().is_some_and(|w| w == "kallelse") && last_before == "till")
    {
        return 4;
    }
    if mention.genitive {
        // "Kommunstyrelsens förslag till beslut", "Socialnämndens beslut",
        // "Barn- och utbildningsnämndens sammanträde".
        return if OWN_PROPOSAL.contains(&first_after) {
            3
        } else if OWN_MEETING.contains(&first_after) {
            2
        } else {
            0
        };
    }
    if DECISION_VERBS.contains(&first_after) {
        return 2;
    }
    // "föreslår kommunstyrelsen besluta", "föreslås kommunstyrelsen att besluta".
    let proposed_to = before
        .last()
        .is_some_and(|w| w == "föreslår" || w == "föreslås" || w == "föreslå");
    if proposed_to && DECIDE_INFINITIVES.contains(&first_after) {
        return 2;
    }
    0
}

/// Whether the body's name is written in lower case ("kommunstyrelse"),
/// as after a municipality's name.
pub(super) fn mention_starts_lower(source: &str, mention: &BodyMention) -> bool {
    source[mention.span.clone()].starts_with(char::is_lowercase)
}

/// "kommunstyrelse" → "kommunstyrelsen": the board's name in its definite
/// form, as a paper addresses it ("Malmö kommunstyrelse" is Malmö's
/// Kommunstyrelsen).
fn definite(name: &str) -> String {
    if name.to_lowercase().ends_with("styrelse") {
        format!("{name}n")
    } else {
        name.to_owned()
    }
}

/// The first `n` words of `text`, lower case, punctuation off.
pub(super) fn words(text: &str, n: usize) -> Vec<String> {
    text.split_whitespace()
        .take(n)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// The last `n` words of `text`, lower case, in order.
fn words_before(text: &str, n: usize) -> Vec<String> {
    let mut out: Vec<String> = text
        .split_whitespace()
        .rev()
        .take(n)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    out.reverse();
    out
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    std::sync::LazyLock::force(&ACRONYM_BOARD);
    std::sync::LazyLock::force(&ADJECTIVE_BOARD);
    std::sync::LazyLock::force(&DECIDING_BEREDNING);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paper::scan::scan;

    fn board(text: &str) -> Option<String> {
        inferred_board(text, &scan(text), &[]).map(|b| b.value)
    }

    #[test]
    fn the_one_board_an_agenda_names_is_its_board() {
        let sole = |text: &str| sole_board(text, &scan(text)).map(|b| b.value);
        let register = "14 Revidering av delegeringsordning för äldre- och omsorgsnämnden 15 Uppföljning av internkontrollplan för äldre- och omsorgsnämnden 2018";
        assert_eq!(sole(register).as_deref(), Some("Äldre- och omsorgsnämnden"));
        // A state authority is no municipal board ("Länsstyrelsen kartlägger").
        let agenda = "Yttrande över delrapport för Farsta stadsdelsnämnd. Revisionen har granskat Farsta stadsdelsnämnds styrning. Länsstyrelsen kartlägger vården.";
        assert_eq!(sole(agenda).as_deref(), Some("Stadsdelsnämnd"));
        // Named once, or beside another board: no guess.
        assert_eq!(sole("Yttrande till socialnämnden om boendet"), None);
        assert_eq!(
            sole("Socialnämnden yttrar sig. Socialnämnden och kommunstyrelsen samråder."),
            None
        );
    }

    #[test]
    fn a_board_that_applies_is_the_board() {
        assert_eq!(
            board("Servicenämnden ansöker hos kommunfullmäktige om objektsgodkännande.").as_deref(),
            Some("Servicenämnden")
        );
    }

    #[test]
    fn the_genitive_before_a_proposal_is_the_board() {
        assert_eq!(
            board("1 Rapport\nBarn- och utbildningsnämndens förslag till beslut\n- Noteras.")
                .as_deref(),
            Some("Barn- och utbildningsnämnden")
        );
        assert_eq!(
            board("Förslag till beslut\nKommunstyrelsens beslut\n- Informationen noteras")
                .as_deref(),
            Some("Kommunstyrelsen")
        );
    }

    #[test]
    fn the_subject_of_a_decision_verb_is_the_board() {
        assert_eq!(
            board("Förslag till beslut. Socialnämnden beslutar att godkänna avtalet.").as_deref(),
            Some("Socialnämnden")
        );
        assert_eq!(
            board("Beskrivning. kultur- och fritidsnämnden informeras om läget.").as_deref(),
            Some("Kultur- och fritidsnämnden")
        );
    }

    #[test]
    fn the_body_asked_to_decide_is_the_board() {
        assert_eq!(
            board("Borgarrådsberedningen föreslår kommunstyrelsen besluta följande").as_deref(),
            Some("Kommunstyrelsen")
        );
    }

    #[test]
    fn a_protocols_label_names_the_board() {
        assert_eq!(
            board("Nämnd:Arbetsmarknads- och socialnämnden Titel: Protokoll").as_deref(),
            Some("Arbetsmarknads- och socialnämnden")
        );
        assert_eq!(
            board("anslag Organ och sammanträdesdatum Barn- och utbildningsnämnden 2026-09-15")
                .as_deref(),
            Some("Barn- och utbildningsnämnden")
        );
        assert_eq!(
            board("Protokoll fört vid sammanträde med miljönämnden den 15 januari").as_deref(),
            Some("Miljönämnden")
        );
    }

    #[test]
    fn a_board_named_by_an_adjective_that_proposes_is_the_board() {
        assert_eq!(
            board("Förslag till beslut\nTekniska nämnden föreslår kommunfullmäktige besluta\n1. Taxan antas.").as_deref(),
            Some("Tekniska nämnden")
        );
    }

    #[test]
    fn a_beredning_that_decides_is_the_board() {
        assert_eq!(
            board(
                "Förslag till beslut Beredningen för skolfrågor beslutar Att godkänna utredningen."
            )
            .as_deref(),
            Some("Beredningen för skolfrågor")
        );
        // One that proposes prepares for the board it proposes to.
        assert_eq!(
            board("Personalberedningen föreslår kommunstyrelsen besluta att anta planen.")
                .as_deref(),
            Some("Kommunstyrelsen")
        );
    }

    #[test]
    fn a_municipalitys_board_after_a_label() {
        assert_eq!(
            board("anslag. Organ Hedeby kommunstyrelse Datum för anslag").as_deref(),
            Some("Kommunstyrelsen")
        );
        assert_eq!(
            board("Protokoll fört vid sammanträde med Hedeby kommunstyrelse den 15 januari")
                .as_deref(),
            Some("Kommunstyrelsen")
        );
    }

    #[test]
    fn a_body_only_mentioned_is_no_board() {
        assert_eq!(
            board("Ärendet har beretts av socialnämnden och skickats till kommunstyrelsen."),
            None
        );
        // An administration never goes to a meeting.
        assert_eq!(
            board("Socialförvaltningen föreslår att ärendet noteras."),
            None
        );
    }

    #[test]
    fn an_abbreviated_board_that_decides_is_the_board() {
        assert_eq!(
            board("Tjänsteskrivelse\nKSAU\nFörslag till beslut\nKSAU noterar informationen.")
                .as_deref(),
            Some("KSAU")
        );
        // A named board wins a tie; a company's chief is no board.
        assert_eq!(
            board("BUN beslutar att anta planen. Socialnämnden beslutar att anta planen.")
                .as_deref(),
            Some("Socialnämnden")
        );
        assert_eq!(board("VD beslutar om inköpen."), None);
        assert_eq!(board("Tillsyn. IVO beslutar att avsluta ärendet."), None);
    }

    #[test]
    fn the_most_named_deciding_board_wins() {
        let text = "Socialnämndens förslag till beslut. Socialnämnden beslutar att föreslå kommunfullmäktige att anta planen. Kommunfullmäktige beslutar senare.";
        assert_eq!(board(text).as_deref(), Some("Socialnämnden"));
    }
}
