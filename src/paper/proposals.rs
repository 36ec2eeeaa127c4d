//! The proposals of a finished paper ("Förslag till beslut"): numbered,
//! bulleted, or att-satser on lines or in one paragraph, and the words that
//! lead into them ("Socialnämnden beslutar").

use crate::paper::scan::latin;
use std::sync::LazyLock;

use regex::Regex;

use super::sections::{SectionNames, classify_heading};
use super::{Located, Paper, SectionKind};

/// The numbered (or bulleted, or att-sats) proposals of a paper.
pub fn proposals(paper: &Paper) -> Vec<Located<String>> {
    proposals_with_lead(paper).1
}

/// The proposals and the words that lead into them ("Socialnämnden
/// beslutar", before the first numbered item or att-sats), if any.
pub fn proposals_with_lead(paper: &Paper) -> (Option<Located<String>>, Vec<Located<String>>) {
    let Some(region) = paper
        .regions
        .iter()
        .find(|r| r.kind == SectionKind::Proposals)
    else {
        return (None, Vec::new());
    };
    let text = &paper.source[region.range.clone()];
    // Skip the heading itself: its line, or in flat text (the heading runs
    // on into the proposals) the words up to "beslut".
    let first_line = text.find('\n').unwrap_or(text.len());
    let heading_line = classify_heading(&text[..first_line], &SectionNames::new()).is_some();
    let body_start = if heading_line {
        (first_line + 1).min(text.len())
    } else {
        let lower = &text[..crate::paper::scan::floor_char_boundary(text, 120)].to_lowercase();
        lower
            .find("beslut")
            .map_or(0, |i| i + "beslut".len())
            .min(first_line)
    };
    let body_start = if text.is_char_boundary(body_start) {
        body_start
    } else {
        0
    };
    let body = &text[body_start..];
    let offset = region.range.start + body_start;
    let mut items: Vec<usize> = Vec::new();
    let mut at = 0;
    let mut previous = "";
    for piece in body.split_inclusive('\n') {
        let trimmed = piece.trim_start();
        let lead = piece.len() - trimmed.len();
        let wrapped_range = continues_a_numbered_item(previous, trimmed, &items, paper);
        // A paragraph of att-satser wrapped over lines: "…, samt att …" on
        // the next line is one more.
        let in_att_paragraph = !previous.trim().is_empty()
            && items
                .last()
                .is_some_and(|&i| paper.source[i..].starts_with("att"));
        if in_att_paragraph {
            items.extend(
                more_att_clauses(trimmed)
                    .into_iter()
                    .map(|start| offset + at + lead + start),
            );
        }
        items.extend(
            item_starts(trimmed)
                .into_iter()
                .filter(|&start| !(wrapped_range && start == 0))
                .map(|start| offset + at + lead + start),
        );
        previous = piece;
        at += piece.len();
    }
    if items.is_empty() {
        let trimmed = body.trim();
        if trimmed.is_empty() {
            return (None, Vec::new());
        }
        let start = offset + (body.len() - body.trim_start().len());
        return (
            None,
            vec![Located {
                value: join(trimmed),
                span: start..start + trimmed.len(),
            }],
        );
    }
    let lead_text = &paper.source[offset..items[0]];
    let lead = (!lead_text.trim().is_empty()).then(|| {
        let start = offset + (lead_text.len() - lead_text.trim_start().len());
        Located {
            value: join(lead_text.trim()),
            span: start..start + lead_text.trim().len(),
        }
    });
    let end = offset + body.len();
    let mut found = Vec::new();
    for (i, &start) in items.iter().enumerate() {
        let stop = items.get(i + 1).copied().unwrap_or(end);
        let raw = &paper.source[start..stop];
        let value = strip_marker(raw.trim());
        if !value.is_empty() {
            found.push(Located {
                value: join(value),
                span: start..start + raw.trim_end().len(),
            });
        }
    }
    (lead, found)
}

/// Whether `line`, starting with a dash, is the rest of a numbered item
/// whose line broke before a range's dash ("… 1 april 2026⏎– 31 mars
/// 2027."): the item before is numbered and its line ends in no sentence
/// or clause mark.
fn continues_a_numbered_item(previous: &str, line: &str, items: &[usize], paper: &Paper) -> bool {
    let dash = line.starts_with("– ") || line.starts_with("- ");
    let open = !previous
        .trim_end()
        .ends_with(['.', '!', '?', ':', ';', ','])
        && !previous.trim().is_empty();
    let numbered = items
        .last()
        .is_some_and(|&i| paper.source[i..].starts_with(|c: char| c.is_ascii_digit()));
    dash && open && numbered
}

/// Byte offsets in `line` where a proposal item starts: "1. ", "1) ",
/// "- ", "• ", or "att " at the start of the line; in a flat line, each
/// "N. " followed by a capital.
fn item_starts(line: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    if marker_len(line).is_some() {
        starts.push(0);
    }
    // Flat text: "… beslut 1. Godkänna … 2. Överlämna …".
    let bytes = line.as_bytes();
    for (i, _) in line.match_indices(". ") {
        let digits_start = line[..i]
            .rfind(|c: char| !c.is_ascii_digit())
            .map_or(0, |p| p + 1);
        if digits_start == 0 || i - digits_start == 0 || i - digits_start > 2 {
            continue;
        }
        let before_ok = bytes[digits_start - 1] == b' ';
        if before_ok && line[i + 2..].starts_with(char::is_uppercase) {
            starts.push(digits_start);
        }
    }
    starts.extend(att_clauses(line));
    starts.sort();
    starts.dedup();
    starts
}

/// The first of several att-satser: after a decision verb, or at the start.
static FIRST_ATT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(
        r"(?:^|\b(?:beslutar|besluta|beslöt|föreslår|föreslås|föreslå|hemställer)\s+)(att\s)",
    ))
    .expect("valid")
});

/// Att-satser written in one paragraph: "Socialnämnden beslutar att anta
/// riktlinjen, att den gäller från 1 maj, samt att …" is three proposals,
/// each starting at its "att". The first must follow a decision verb (or
/// start the line), and there must be two or more.
fn att_clauses(line: &str) -> Vec<usize> {
    let Some(first) = FIRST_ATT.captures(line).and_then(|c| c.get(1)) else {
        return Vec::new();
    };
    let mut starts = vec![first.start()];
    starts.extend(
        more_att_clauses(&line[first.end()..])
            .into_iter()
            .map(|start| first.end() + start),
    );
    if starts.len() < 2 {
        return Vec::new();
    }
    starts
}

/// A further att-sats: after a comma, a semicolon, "samt" or "och".
static NEXT_ATT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&latin(
        r"(?:[,;]\s*(?:samt\s+|och\s+)?|\s(?:samt|och)\s+)(att\s)",
    ))
    .expect("valid")
});

/// Where further att-satser start in `text`: after a comma or semicolon,
/// or after "samt" or "och" (", att …", ", samt att …", " och att …").
fn more_att_clauses(text: &str) -> Vec<usize> {
    NEXT_ATT
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .map(|m| m.start())
        .collect()
}

fn marker_len(line: &str) -> Option<usize> {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits)
        && line[digits..].starts_with([')', '.'])
        && line[digits + 1..].starts_with(' ')
    {
        return Some(digits + 2);
    }
    // "1.Kultur- och fritidsnämnden …": a list LibreOffice wrote without a space.
    if (1..=2).contains(&digits)
        && line[digits..].starts_with('.')
        && line[digits + 1..].starts_with(char::is_uppercase)
    {
        return Some(digits + 1);
    }
    if let Some(n) = bullet_len(line) {
        return Some(n);
    }
    if line.starts_with("att ") {
        return Some(0);
    }
    None
}

/// List bullets papers use (Word's Symbol-font bullet U+F0B7 included).
const BULLETS: [&str; 5] = ["\u{f0b7}", "•", "- ", "* ", "– "];

/// The length of the bullet a list item starts with, if it starts with one.
pub fn bullet_len(line: &str) -> Option<usize> {
    BULLETS
        .iter()
        .find(|b| line.starts_with(*b))
        .map(|b| b.len())
}

fn strip_marker(item: &str) -> &str {
    match marker_len(item) {
        Some(n) => item[n..].trim(),
        None => item,
    }
}

fn join(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

// Few papers need this module's patterns (FIRST_ATT, NEXT_ATT), so `lint::compile_patterns_ahead`
// leaves each to be compiled where first used.

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paper::structure::paper_from_text;

    fn read(proposals: &str) -> (Option<String>, Vec<String>) {
        let text = format!("Dnr SN 2026/1\n\nFörslag till beslut\n{proposals}\n\nÄrende\nText.\n");
        let paper = paper_from_text("x.txt".into(), text);
        let (lead, items) = proposals_with_lead(&paper);
        (
            lead.map(|l| l.value),
            items.into_iter().map(|i| i.value).collect(),
        )
    }

    #[test]
    fn att_satser_in_one_paragraph_are_one_proposal_each() {
        let (lead, items) = read(
            "Socialnämnden beslutar att anta riktlinjen, att riktlinjen gäller från och med den 1 maj 2026, samt att ge förvaltningen i uppdrag att följa upp den.",
        );
        assert_eq!(lead.as_deref(), Some("Socialnämnden beslutar"));
        assert_eq!(
            items,
            [
                "att anta riktlinjen,",
                "att riktlinjen gäller från och med den 1 maj 2026, samt",
                "att ge förvaltningen i uppdrag att följa upp den."
            ]
        );
    }

    #[test]
    fn att_satser_in_a_wrapped_paragraph_are_one_proposal_each() {
        let (lead, items) = read(
            "Nämnden beslutar att förelägga ägaren att riva förrådet senast 2022-03-31, att\nföreläggandet förenas med ett vite om 20 000 kronor, samt att beslutet gäller omedelbart.",
        );
        assert_eq!(lead.as_deref(), Some("Nämnden beslutar"));
        assert_eq!(
            items,
            [
                "att förelägga ägaren att riva förrådet senast 2022-03-31,",
                "att föreläggandet förenas med ett vite om 20 000 kronor, samt",
                "att beslutet gäller omedelbart."
            ]
        );
    }

    #[test]
    fn a_range_wrapped_before_its_dash_is_one_item() {
        let (_, items) = read(
            "1. Socialnämnden godkänner avtalet för perioden 1 april 2026\n– 31 mars 2027.\n2. Beslutet justeras.",
        );
        assert_eq!(
            items,
            [
                "Socialnämnden godkänner avtalet för perioden 1 april 2026 – 31 mars 2027.",
                "Beslutet justeras."
            ]
        );
        // After a finished item a dash begins an item of its own.
        let (_, items) = read("1. Avtalet godkänns.\n- Beslutet justeras.");
        assert_eq!(items.len(), 2, "{items:?}");
    }

    #[test]
    fn one_att_sats_stays_whole() {
        let (lead, items) = read("Socialnämnden beslutar att godkänna avtalet.");
        assert_eq!(lead, None);
        assert_eq!(items, ["Socialnämnden beslutar att godkänna avtalet."]);
    }

    #[test]
    fn a_lead_in_before_numbered_proposals_is_kept() {
        let (lead, items) =
            read("Kultur- och fritidsnämnden beslutar\n1. Planen antas.\n2.Taxan höjs.");
        assert_eq!(lead.as_deref(), Some("Kultur- och fritidsnämnden beslutar"));
        assert_eq!(items, ["Planen antas.", "Taxan höjs."]);
    }

    #[test]
    fn att_lines_stay_one_each() {
        let (lead, items) =
            read("Nämnden föreslås besluta\natt anta planen, samt\natt ge uppdrag.");
        assert_eq!(lead.as_deref(), Some("Nämnden föreslås besluta"));
        assert_eq!(items, ["att anta planen, samt", "att ge uppdrag."]);
    }
}
