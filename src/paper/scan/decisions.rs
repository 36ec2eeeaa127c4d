//! References to a body's earlier decision by date and paragraph:
//! "tidigare beslut i kommunstyrelsen 2024-01-15, § 4", "KF 24 oktober 2019
//! §75", "Kommunstyrelsen protokollsutdrag 2024-01-16 § 4.pdf",
//! "kommunfullmäktige beslutade den 20 maj 2019 (§ 45)".

use std::sync::LazyLock;

use chrono::NaiveDate;

use super::bodies::BodyMention;
use super::dates::DateMention;
use super::{Plain, Span, floor_char_boundary, tuned};

/// A cited decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionRef {
    /// From the body's name to the paragraph number.
    pub span: Span,
    pub date_span: Span,
    pub date: NaiveDate,
    /// The body: a body key ("Board:kommun") or an abbreviation ("KS");
    /// None when the text names none ("riktlinjer antagna 2021-06-16, § 57").
    pub body: Option<String>,
    /// The body as written, for messages; empty when none is named.
    pub body_text: String,
    /// The paragraph: "4", "2008/71".
    pub paragraph: String,
}

/// "§ 4" right after the date: ", § 4", " (§ 4)", " §75", and with the
/// body's abbreviation between: ", SN § 45".
static PARAGRAPH_AFTER: LazyLock<Plain> = LazyLock::new(|| {
    tuned(r"^[ \t]*,?[ \t]*\(?(?:([A-ZÅÄÖ]{2,6}(?:au)?)[ \t]+)?§[ \t]*(\d{1,4}(?:/\d{1,4})?)\b")
});
/// "§ 4" right before the date: "§ 4, 2024-01-15", "§ 4 den 15 januari
/// 2024", and with the body's abbreviation between: "§ 60 KS 2024-05-14".
static PARAGRAPH_BEFORE: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"§[ \t]*(\d{1,4}(?:/\d{1,4})?)[ \t]*,?[ \t]*(?:([A-ZÅÄÖ]{2,6}(?:au)?)[ \t]+)?(?:den[ \t]+)?$",
    )
});
/// A body's abbreviation: KS, KF, BUN, KSAU, SN.
static ABBREVIATION: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"\b([A-ZÅÄÖ]{2,6}(?:au)?)\b[^A-ZÅÄÖ]*$"));
/// Abbreviations that are laws or units, not bodies.
const NOT_BODIES: &[&str] = &[
    "MBL", "LOU", "LVU", "SOL", "OSL", "LSS", "AML", "SFS", "PDF", "KL", "FL", "EU", "AB", "HB",
    "KB", "SEK", "KR", "TKR", "MNKR", "DNR", "NR",
];

pub(super) fn find_decisions(
    text: &str,
    dates: &[DateMention],
    bodies: &[BodyMention],
) -> Vec<DecisionRef> {
    // A paper whose PDF font had no § lost every sign in extraction
    // ("protokoll den 24 mars 2010, 24"); its paragraphs are read without.
    let sign_lost = !text.contains('§');
    dates
        .iter()
        .filter_map(|d| {
            if sign_lost {
                decision_without_sign(text, d, bodies)
            } else {
                decision_at(text, d, bodies)
            }
        })
        .collect()
}

/// ", 24" right after a date, where extraction lost the §: then a sentence
/// or the line ends, or a capital begins the next item of a flattened list
/// (not ", 24,5", ", 14.00" or ", 24 personer").
fn paragraph_without_sign(after: &str) -> Option<(String, usize)> {
    let c = LOST_SIGN.captures(after)?;
    let end = c.get(0)?.end();
    let rest = &after[end..];
    let sentence_ends = rest
        .strip_prefix(['.', ';'])
        .is_some_and(|r| r.chars().next().is_none_or(char::is_whitespace));
    let next = rest.trim_start_matches([' ', '\t']).chars().next();
    let ends_or_capital = rest.starts_with([' ', '\t', '\n', '\r'])
        && next.is_none_or(|n| n == '\n' || n == '\r' || n.is_uppercase());
    (rest.is_empty() || sentence_ends || ends_or_capital).then(|| (c[1].to_owned(), end))
}

/// The number of [`paragraph_without_sign`].
static LOST_SIGN: LazyLock<Plain> = LazyLock::new(|| tuned(r"^,[ \t]*(\d{1,4})"));

fn decision_at(text: &str, d: &DateMention, bodies: &[BodyMention]) -> Option<DecisionRef> {
    let date = *d.date.as_ref().ok()?;
    // ", § 4" is a few bytes: looking no further keeps a hostile line linear.
    let window_end = floor_char_boundary(text, (d.span.end + 32).min(text.len()));
    let line_end = text[d.span.end..window_end]
        .find('\n')
        .map_or(window_end, |i| d.span.end + i);
    let (paragraph, end, lead_start, inner) =
        if let Some(c) = PARAGRAPH_AFTER.captures(&text[d.span.end..line_end]) {
            // "socialnämndens beslut 2025-11-20, SN § 45": the body is
            // named before; the abbreviation after only when it is not.
            let short = c.get(1).map(|m| m.as_str().to_owned());
            let named_before = matches!(body_before(text, d.span.start, bodies), Lead::Body(..));
            (
                c[2].to_owned(),
                d.span.end + c.get(0)?.end(),
                d.span.start,
                short.filter(|_| !named_before),
            )
        } else {
            let window = floor_char_boundary(text, d.span.start.saturating_sub(24));
            let c = PARAGRAPH_BEFORE.captures(&text[window..d.span.start])?;
            let inner = c.get(2).map(|m| m.as_str().to_owned());
            (
                c[1].to_owned(),
                d.span.end,
                window + c.get(0)?.start(),
                inner,
            )
        };
    let (body, body_text, start) = match inner {
        // "§ 60 KS 2024-05-14": the body stands between.
        Some(short) if !NOT_BODIES.contains(&short.to_uppercase().as_str()) => {
            (Some(short.clone()), short, lead_start)
        }
        Some(_) => return None,
        None => match body_before(text, lead_start, bodies) {
            Lead::Body(key, written, start) => (Some(key), written, start),
            Lead::Nothing => match body_after(text, end, bodies) {
                Some((key, written)) => (Some(key), written, lead_start),
                None => (None, String::new(), lead_start),
            },
            Lead::NotABody => return None,
        },
    };
    Some(DecisionRef {
        span: start..end,
        date_span: d.span.clone(),
        date,
        body,
        body_text,
        paragraph,
    })
}

/// A decision cited as "<body> … <date>, 24" in a paper without § signs:
/// only with a body named before it, since a bare ", 24" may be anything.
fn decision_without_sign(
    text: &str,
    d: &DateMention,
    bodies: &[BodyMention],
) -> Option<DecisionRef> {
    let date = *d.date.as_ref().ok()?;
    // ", 2024." is a few bytes: looking no further keeps a hostile line linear.
    let window_end = floor_char_boundary(text, (d.span.end + 16).min(text.len()));
    let (paragraph, length) = paragraph_without_sign(&text[d.span.end..window_end])?;
    let Lead::Body(body, body_text, start) = body_before(text, d.span.start, bodies) else {
        return None;
    };
    Some(DecisionRef {
        span: start..d.span.end + length,
        date_span: d.span.clone(),
        date,
        body: Some(body),
        body_text,
        paragraph,
    })
}

/// The body key of a citation of "nämnden" without a name: the board the
/// paper is addressed to, which the rule knows and the scanner does not.
pub const OWN_BOARD: &str = "own";

/// "nämnden", "styrelsen" as words of their own.
static THE_BOARD: LazyLock<Plain> = LazyLock::new(|| tuned(r"\b(?:nämnden|styrelsen)\b"));

/// "fullmäktige" as a word of its own, no "kommun-" or "region-" before it.
static ASSEMBLY: LazyLock<Plain> = LazyLock::new(|| tuned(r"(?i)\bfullmäktige\b"));

/// A past verb and then its subject after a cited decision, the clause
/// inverted after an adverbial: "Vid sitt sammanträde den 16 december
/// 2025, § 212, beslutade kommunfullmäktige".
static VERB_THEN_SUBJECT: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"^[ \t]*[,)]?[ \t]*(?:beslöt|antog|fastställde|\p{Ll}+ade)[ \t]+"));

/// The body a cited decision's inverted clause names right after it.
fn body_after(text: &str, end: usize, bodies: &[BodyMention]) -> Option<(String, String)> {
    let window = floor_char_boundary(text, (end + 40).min(text.len()));
    let verb = VERB_THEN_SUBJECT.find(&text[end..window])?;
    let subject = end + verb.end();
    if let Some(body) = super::within(bodies, &(subject..subject + 1), |b| &b.span).first() {
        return Some((body.key(), text[body.span.clone()].to_owned()));
    }
    // A dozen letters say whether it is "fullmäktige": a hostile endless
    // word is not copied.
    let word: String = text[subject..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .take(12)
        .collect();
    match word.to_lowercase().as_str() {
        "nämnden" | "styrelsen" => Some((OWN_BOARD.into(), word)),
        "fullmäktige" => Some(("KF".into(), word)),
        _ => None,
    }
}

/// What stands before a date and paragraph.
enum Lead {
    /// A body: its key, its name as written, where it starts.
    Body(String, String, usize),
    /// No body is named.
    Nothing,
    /// A law or a unit ("MBL 2024-01-15, § 11"): no decision at all.
    NotABody,
}

/// The body named shortly before `at` in the same sentence.
fn body_before(text: &str, at: usize, bodies: &[BodyMention]) -> Lead {
    let window = floor_char_boundary(text, at.saturating_sub(60));
    let lead = &text[window..at];
    // A sentence end between the body and the date cuts the link.
    let cut = lead
        .rfind(". ")
        .or_else(|| lead.rfind(".\n"))
        .map_or(window, |i| window + i + 1);
    // The nearer of a body's name and an abbreviation ("…nämnden 2024-05-14
    // § 60, KF 2024-02-01 § 5": the second is the KF's).
    let abbreviation_start = ABBREVIATION
        .captures(&text[cut..at])
        .and_then(|c| c.get(1))
        .map(|m| cut + m.start());
    if let Some(body) = super::within(bodies, &(cut..at), |b| &b.span)
        .iter()
        .rev()
        .find(|b| b.span.end <= at)
        .filter(|b| abbreviation_start.is_none_or(|a| a < b.span.start))
    {
        return Lead::Body(
            body.key(),
            text[body.span.clone()].to_owned(),
            body.span.start,
        );
    }
    let Some(abbreviation) = ABBREVIATION.captures(&text[cut..at]).and_then(|c| c.get(1)) else {
        // "antogs av nämnden den 12 mars 2019, § 30": the paper's own board;
        // "Fullmäktige remitterade den …": the municipality's, as "KF".
        return match THE_BOARD.find(&text[cut..at]) {
            Some(m) => Lead::Body(OWN_BOARD.into(), m.as_str().to_owned(), cut + m.start()),
            None => match ASSEMBLY.find(&text[cut..at]) {
                Some(m) => Lead::Body("KF".into(), m.as_str().to_owned(), cut + m.start()),
                None => Lead::Nothing,
            },
        };
    };
    if NOT_BODIES.contains(&abbreviation.as_str().to_uppercase().as_str()) {
        return Lead::NotABody;
    }
    Lead::Body(
        abbreviation.as_str().to_owned(),
        abbreviation.as_str().to_owned(),
        cut + abbreviation.start(),
    )
}

/// Abbreviations every municipality uses, as the bodies they stand for.
static COMMON: LazyLock<Vec<(&'static str, String)>> = LazyLock::new(|| {
    [
        ("KF", "Kommunfullmäktige"),
        ("KS", "Kommunstyrelsen"),
        ("KSAU", "Kommunstyrelsens arbetsutskott"),
    ]
    .into_iter()
    .filter_map(|(short, name)| Some((short, super::bodies::find_bodies(name).last()?.key())))
    .collect()
});

/// The abbreviation a body's name makes: the first letter of each name part
/// and of the kind word ("Barn- och utbildningsnämnden" → BUN,
/// "Socialnämnden" → SN, "Kommunstyrelsen" → KS).
fn initials(body: &BodyMention, written: &str) -> String {
    let lower = written.to_lowercase();
    let kind = ["nämnd", "styrelse", "förvaltning", "fullmäktige", "utskott"]
        .iter()
        .find(|k| lower.contains(*k))
        .and_then(|k| k.chars().next())
        .unwrap_or('?');
    body.parts
        .iter()
        .filter_map(|p| p.chars().next())
        .chain([kind])
        .flat_map(char::to_uppercase)
        .collect()
}

/// Puts the bodies' own keys on citations that name a body by its
/// abbreviation — one every municipality uses (KF, KS, KSAU) or one the
/// paper's own bodies make (BUN for "Barn- och utbildningsnämnden") — so
/// that "KF 2024-05-14 § 60" and "kommunfullmäktige den 14 maj 2024, § 60"
/// are one body's decision.
pub(super) fn resolve_abbreviations(
    decisions: &mut [DecisionRef],
    bodies: &[BodyMention],
    source: &str,
) {
    // The paper's own bodies' initials, made only when a citation needs them
    // (this runs for every paper).
    let mut own: Option<Vec<(String, String)>> = None;
    for decision in decisions {
        let Some(short) = decision
            .body
            .as_deref()
            .filter(|b| !b.contains(':') && *b != OWN_BOARD)
        else {
            continue;
        };
        let short = short.to_uppercase();
        let key = COMMON
            .iter()
            .find(|(s, _)| *s == short)
            .map(|(_, k)| k.clone())
            .or_else(|| {
                own.get_or_insert_with(|| {
                    bodies
                        .iter()
                        .filter_map(|b| Some((initials(b, source.get(b.span.clone())?), b.key())))
                        .collect()
                })
                .iter()
                .find(|(s, _)| *s == short)
                .map(|(_, k)| k.clone())
            });
        if let Some(key) = key {
            decision.body = Some(key);
        }
    }
}

/// Compiles the patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need THE_BOARD, ABBREVIATION, PARAGRAPH_BEFORE, PARAGRAPH_AFTER, ASSEMBLY,
    // VERB_THEN_SUBJECT: each is compiled where first used.
    LOST_SIGN.compile_now();
    std::sync::LazyLock::force(&COMMON);
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    fn refs(text: &str) -> Vec<(String, String, String)> {
        scan(text)
            .decisions
            .into_iter()
            .map(|r| (r.body_text, r.date.to_string(), r.paragraph))
            .collect()
    }

    #[test]
    fn the_assembly_alone_and_a_body_after_its_verb() {
        let text = "Kommunfullmäktiges beslut 2025-12-15 § 212. Fullmäktige remitterade den 16 december 2025 (§ 212) förslaget. Vid sitt sammanträde den 17 december 2025, § 212, beslutade kommunfullmäktige att remittera. Den 18 december 2025, § 212, beslutade nämnden.";
        let mut s = scan(text);
        s.resolve_abbreviations(text);
        let bodies: Vec<Option<String>> = s.decisions.iter().map(|d| d.body.clone()).collect();
        assert_eq!(bodies.len(), 4, "{bodies:?}");
        assert!(
            bodies[..3].iter().all(|b| b == &bodies[0] && b.is_some()),
            "{bodies:?}"
        );
        assert_eq!(bodies[3].as_deref(), Some(crate::paper::scan::OWN_BOARD));
    }

    #[test]
    fn abbreviations_are_the_bodies_they_stand_for() {
        let text = "Barn- och utbildningsnämnden beslutade. Se BUN 2024-05-14 § 60, barn- och utbildningsnämnden 2024-05-14 § 60, § 5 KF 2024-02-01 och kommunfullmäktige den 1 februari 2024, § 5. Se KSau 2024-03-01 § 9.";
        let mut s = scan(text);
        s.resolve_abbreviations(text);
        let bodies: Vec<String> = s.decisions.iter().filter_map(|d| d.body.clone()).collect();
        assert_eq!(bodies[0], bodies[1], "{bodies:?}");
        assert_eq!(bodies[2], bodies[3], "{bodies:?}");
        assert!(bodies[4].starts_with("Committee:"), "{bodies:?}");
    }

    #[test]
    fn decision_references_in_usual_forms() {
        let found = refs(
            "Beslut 1 och 2 ersätter tidigare beslut i kommunstyrelsen 2024-01-15, § 4. När kommunstyrelsen beredde ärendet 2024-01-16, § 4, stod det fel.\nKommunstyrelsen protokollsutdrag 2024-01-16 § 4.pdf\nBeslut i KF 24 oktober 2019 §75. Kommunfullmäktige antog riktlinjen § 45, den 20 maj 2019.",
        );
        assert_eq!(
            found,
            vec![
                ("kommunstyrelsen".into(), "2024-01-15".into(), "4".into()),
                ("kommunstyrelsen".into(), "2024-01-16".into(), "4".into()),
                ("Kommunstyrelsen".into(), "2024-01-16".into(), "4".into()),
                ("KF".into(), "2019-10-24".into(), "75".into()),
                ("Kommunfullmäktige".into(), "2019-05-20".into(), "45".into()),
            ]
        );
    }

    #[test]
    fn an_abbreviation_between_the_date_and_the_sign() {
        let found = refs(
            "Genom socialnämndens beslut 2025-11-20, SN § 45, fick förvaltningen uppdraget. Se protokollet 2025-12-01, KS § 7.",
        );
        assert_eq!(
            found,
            vec![
                ("socialnämnden".into(), "2025-11-20".into(), "45".into()),
                ("KS".into(), "2025-12-01".into(), "7".into()),
            ]
        );
    }

    #[test]
    fn a_paper_without_section_signs_cites_a_paragraph_after_a_comma() {
        // The PDF's font had no §: extraction wrote every citation without.
        let found = refs(
            "Kultur- och föreningsnämndens protokoll den 24 mars 2010, 24 Mall checklista\nKommunfullmäktiges protokoll den 11 oktober 2011, 202\nantagen av kommunfullmäktige 28 september 2009, 143. Nämnden beslutade den 5 maj 2020, 14.00 var mötet.",
        );
        assert_eq!(
            found,
            vec![
                (
                    "Kultur- och föreningsnämnden".into(),
                    "2010-03-24".into(),
                    "24".into()
                ),
                (
                    "Kommunfullmäktige".into(),
                    "2011-10-11".into(),
                    "202".into()
                ),
                (
                    "kommunfullmäktige".into(),
                    "2009-09-28".into(),
                    "143".into()
                ),
            ]
        );
        // A count, a decimal, a time, or no body: no paragraph.
        for text in [
            "Kommunstyrelsen sammanträdde den 5 maj 2020, 24 personer deltog.",
            "Kommunstyrelsen 2020-05-05, 24,5 miljoner.",
            "Kommunstyrelsen 2020-05-05, 14.00.",
            "Protokoll den 24 mars 2010, 24.",
        ] {
            assert!(refs(text).is_empty(), "{text}");
        }
        // A paper with § signs keeps to them.
        assert!(refs("Kommunstyrelsen 2020-05-05, 24. Se § 3.").is_empty());
    }

    #[test]
    fn the_board_without_a_name_is_the_own_board() {
        let found = scan("Riktlinjen antogs av nämnden den 12 mars 2019, § 30.").decisions;
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].body.as_deref(), Some(super::OWN_BOARD));
    }

    #[test]
    fn a_reference_without_a_body_has_none_and_a_law_is_no_reference() {
        assert!(refs("Enligt MBL 2024-01-15, § 11 ska information lämnas.").is_empty());
        for text in [
            "Protokollet 2024-01-15, § 4.",
            "Kommunstyrelsen sammanträdde. Den 2024-01-15, § 4 gäller.",
            "Riktlinjerna ersätter riktlinjer antagna 2024-01-15, § 4.",
        ] {
            let found = scan(text).decisions;
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(
                (found[0].body.as_deref(), found[0].paragraph.as_str()),
                (None, "4")
            );
        }
    }
}
