//! A board's full name where the paper gives it: a committee with its
//! owner ("Socialnämndens arbetsutskott"), a district's board with its
//! district, after it ("Socialnämnden Centrum") or before it ("Farsta
//! stadsdelsnämnd").

use crate::paper::scan::latin;

use super::Located;
use super::addressee::mention_starts_lower;
use super::letterhead::as_written_in_text;
use super::scan::Scan;

/// A committee named bare ("Arbetsutskottet") with its owner's name where
/// the paper writes it in full ("Socialnämndens arbetsutskott"), when the
/// paper names exactly one owner of such a committee; else `board` as it is.
pub fn qualified_committee(source: &str, board: Located<String>) -> Located<String> {
    let name = board.value.to_lowercase();
    let Some(stem) = name
        .strip_suffix("et")
        .filter(|s| s.ends_with("utskott") && !s.contains(' '))
    else {
        return board;
    };
    let mut owners = OWNED_COMMITTEE
        .captures_iter(source)
        .filter(|c| c[2].eq_ignore_ascii_case(stem))
        .map(|c| (as_written_in_text(&c[1]), c.get(0).expect("match").range()));
    let Some((owner, span)) = owners.next() else {
        return board;
    };
    if owners.any(|(other, _)| other.to_lowercase() != owner.to_lowercase()) {
        return board;
    }
    Located {
        value: format!("{owner} {stem}"),
        span,
    }
}

/// A board of one district, with the district's name after it where the
/// paper writes it so ("Nu har socialnämnden Centrum fastställt …",
/// "Socialnämnden Centrum sammanträder …"). Flattened text runs a heading
/// into the board's line ("Kommunstyrelsen Granskning av …"), so the
/// district must follow the board at least twice, once where the board is
/// written in lower case: inside a sentence, where a capital is a name.
pub fn with_district(source: &str, scan: &Scan, board: Located<String>) -> Located<String> {
    let Some(mention) = scan
        .bodies
        .iter()
        .find(|m| board.span.contains(&m.span.start))
    else {
        return board;
    };
    let key = mention.key();
    if mention.is_of_a_district() {
        return match district_before(source, scan, &key) {
            Some(value) => Located {
                value,
                span: board.span,
            },
            None => board,
        };
    }
    let mut seen: Vec<(&str, bool)> = Vec::new();
    for mention in scan.bodies.iter().filter(|m| m.key() == key && !m.genitive) {
        let after = source.get(mention.span.end..).unwrap_or("");
        let Some(c) = DISTRICT.captures(after) else {
            continue;
        };
        // "Socialnämnden Ekby kommun": the municipality, not a district.
        if ["kommun", "kommuns", "stad", "stads", "region", "regions"].contains(&&c[2]) {
            continue;
        }
        let lower = source[mention.span.clone()].starts_with(char::is_lowercase);
        seen.push((c.get(1).expect("group").as_str(), lower));
    }
    let district = seen.iter().find(|(name, lower)| {
        *lower && seen.iter().filter(|(other, _)| other == name).count() >= 2
    });
    match district {
        Some((name, _)) if board.value.split_whitespace().count() < 4 => Located {
            value: format!("{} {name}", board.value),
            span: board.span,
        },
        _ => board,
    }
}

/// "Farsta stadsdelsnämnd": a district's board by its district's name
/// before it, the way Stockholm names them. Every mention with a
/// capitalised word before it must have the same one, at least twice;
/// a paper that names several districts' boards names no one of them.
fn district_before(source: &str, scan: &Scan, key: &str) -> Option<String> {
    let mut named = scan
        .bodies
        .iter()
        .filter(|m| m.key() == key && mention_starts_lower(source, m))
        .filter_map(|m| {
            let word = source[..m.span.start]
                .strip_suffix(' ')?
                .rsplit([' ', '\n', '\t', '('])
                .next()?;
            let proper = word.starts_with(char::is_uppercase)
                && word.chars().all(|c| c.is_alphabetic() || c == '-')
                && !NOT_DISTRICTS.contains(&word.to_lowercase().as_str());
            proper.then(|| (word, &source[m.span.clone()]))
        });
    let (district, board) = named.next()?;
    let mut count = 1;
    for (other, _) in named {
        if other != district {
            return None;
        }
        count += 1;
    }
    (count >= 2).then(|| format!("{district} {board}"))
}

/// Capitalised words before a body that name no district ("Varje
/// stadsdelsnämnd ska …", "Berörd stadsdelsnämnd").
const NOT_DISTRICTS: &[&str] = &[
    "varje",
    "respektive",
    "berörd",
    "berörda",
    "den",
    "denna",
    "en",
    "ett",
    "vår",
    "samma",
    "alla",
    "någon",
    "annan",
    "egen",
    "ny",
    "nya",
    "stockholms",
];

/// " Centrum fastställt": one space, a capitalised word, a lower-case word.
static DISTRICT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&latin(r"^ (\p{Lu}\p{Ll}{2,}) (\p{Ll}+)")).expect("valid")
});

/// "Socialnämndens arbetsutskott", "Kommunstyrelsens personalutskott".
static OWNED_COMMITTEE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        &latin(r"(\p{Lu}[\p{L}-]*(?:\s+(?:och|samt)\s+\p{Ll}+)?(?:nämndens|styrelsens))\s+(\p{Ll}*utskott)\b"),
    )
    .expect("valid")
});

/// Compiles the patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need OWNED_COMMITTEE: each is compiled where first used.
    std::sync::LazyLock::force(&DISTRICT);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paper::addressee::sole_board;
    use crate::paper::scan::scan;

    #[test]
    fn a_district_after_the_board_is_part_of_its_name() {
        let at = |text: &str| {
            let scan = scan(text);
            let first = scan.bodies.first().unwrap().span.clone();
            let board = Located {
                value: as_written_in_text(&text[first.clone()]),
                span: first,
            };
            with_district(text, &scan, board).value
        };
        let page = "Nu har socialnämnden Centrum fastställt mötesplanen. Socialnämnden Centrum sammanträder på tisdagar.";
        assert_eq!(at(page), "Socialnämnden Centrum");
        for text in [
            // Once only: it may be a heading run into the board's line.
            "Nu har socialnämnden Centrum fastställt mötesplanen.",
            // Twice, never inside a sentence: page headers.
            "Kommunstyrelsen Datum 2026-03-02 Kommunstyrelsen Datum 2026-03-02 sida två",
            "Till socialnämnden Ekby kommun och Socialnämnden Ekby kommun",
        ] {
            assert_eq!(at(text).split_whitespace().count(), 1, "{text}");
        }
    }

    #[test]
    fn a_district_before_a_district_board_is_part_of_its_name() {
        let named = |text: &str| {
            let scan = scan(text);
            let board = sole_board(text, &scan).expect("one board");
            with_district(text, &scan, board).value
        };
        let agenda = "Yttrande över delrapport för Farsta stadsdelsnämnd. Revisionen har granskat Farsta stadsdelsnämnds styrning.";
        assert_eq!(named(agenda), "Farsta stadsdelsnämnd");
        let genitive =
            "Remiss till Skärholmens stadsdelsnämnd. Svar från Skärholmens stadsdelsnämnd.";
        assert_eq!(named(genitive), "Skärholmens stadsdelsnämnd");
        for text in [
            // Several districts' boards: none of them is the paper's.
            "Remitterat till Älvsjö stadsdelsnämnd och Farsta stadsdelsnämnd.",
            // Once only, or a word that names no district.
            "Yttrande från Farsta stadsdelsnämnd. Stadsdelsnämnden beslutar.",
            "Varje stadsdelsnämnd ska svara. Varje stadsdelsnämnd ska rapportera.",
        ] {
            assert_eq!(named(text).split_whitespace().count(), 1, "{text}");
        }
    }

    #[test]
    fn a_bare_committee_takes_its_owners_name() {
        let qualified = |board: &str, text: &str| {
            qualified_committee(
                text,
                Located {
                    value: board.to_owned(),
                    span: 0..0,
                },
            )
            .value
        };
        assert_eq!(
            qualified(
                "Arbetsutskottet",
                "Beslutsinstans: Arbetsutskottet. Socialnämndens arbetsutskott tar bort punkten."
            ),
            "Socialnämndens arbetsutskott"
        );
        // Two owners: the paper does not say which.
        assert_eq!(
            qualified(
                "Arbetsutskottet",
                "Socialnämndens arbetsutskott och Kommunstyrelsens arbetsutskott."
            ),
            "Arbetsutskottet"
        );
        assert_eq!(
            qualified("Socialnämnden", "Socialnämndens arbetsutskott"),
            "Socialnämnden"
        );
    }
}
