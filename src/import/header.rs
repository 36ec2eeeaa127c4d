//! The header region of an imported paper, block by block: the sender's
//! lines to their fields, the title, and what is the paper's text after
//! all — running text, an agenda's numbered items, a kallelse's time and
//! place — under the title or in Ärende.

use super::*;

/// Letterhead: sender lines, the date, the Dnr, the board, and the title
/// when it is not a Markdown heading.
pub(super) fn read_header(
    paper: &Paper,
    region: &Region,
    case: &mut Case,
    unplaced: &mut Vec<String>,
) {
    let blocks = paragraphs(&region_body(paper, region));
    let mut leftover: Vec<Vec<String>> = Vec::new();
    for block in blocks {
        let mut rest = Vec::new();
        for line in block.iter().flat_map(|l| letterhead_cells(l)) {
            // "TJÄNSTESKRIVELSE": the form the case's template prints.
            if line.to_lowercase() == "tjänsteskrivelse" {
                continue;
            }
            // A line that states the paper's own date or Dnr ("Vår
            // beteckning MBN 2025-145", "Tjänsteskrivelse 2025-10-01")
            // is a fact the case has a field for; only other words remain.
            let Some(line) = without_own_facts(paper, &line) else {
                continue;
            };
            if let Some(dnr) = line
                .strip_prefix("Dnr")
                .or_else(|| line.strip_prefix("Diarienummer"))
            {
                case.dnr = dnr
                    .trim_start()
                    .trim_start_matches([':', '.'])
                    .trim()
                    .to_owned();
            } else if let Some(date) = standalone_date(&line) {
                case.date = date;
            } else if is_board(&line) && case.board.is_empty() {
                case.board = board_in_line(paper, &line);
            } else {
                rest.push(line);
            }
        }
        if !rest.is_empty() {
            leftover.push(rest);
        }
    }
    // Running text before any heading (minutes and papers without
    // headings) is the paper's text, not its letterhead: from the first
    // block of sentences on, everything goes under the title when sections
    // follow, else to Ärende. A short block that ends a sentence is text
    // too, after a block that can be the title: no title ends in a full stop.
    // An agenda's numbered items ("1 Val av justerare", "2 Anmälningsärenden
    // …") are its text too, from the first of two in a row.
    let prose_from = leftover.iter().enumerate().position(|(i, block)| {
        is_running_text(block)
            || (i > 0 && ends_a_sentence(block))
            || leftover.get(i + 1).is_some_and(|next| {
                item_number(block)
                    .zip(item_number(next))
                    .is_some_and(|(a, b)| b == a + 1)
            })
    });
    if let Some(at) = prose_from {
        let mut owned: Vec<String> = Vec::new();
        for block in leftover.drain(at..) {
            owned.extend(block);
            owned.push(String::new());
        }
        let lines: Vec<&str> = owned.iter().map(String::as_str).collect();
        let sections_follow = paper
            .regions
            .iter()
            .any(|r| !matches!(r.kind, SectionKind::Header | SectionKind::Title));
        if sections_follow {
            append(&mut case.sections.intro, prose(&lines));
        } else {
            append(&mut case.sections.arende, prose(&lines));
        }
    }
    // A kallelse's or an agenda's time and place ("Klockan⏎18:00⏎Plats⏎
    // Medborgarkontoret …") is the paper's text, printed under the title,
    // not a sender line.
    let title_block = leftover.pop();
    // A protocol's front page (those present, its justering, signatures
    // and posting) is its text from its first label on, in its order: a
    // label's value often stands in a block of its own.
    let front_page = leftover
        .iter()
        .position(|block| is_protocol_front_page(block))
        .map_or(Vec::new(), |at| leftover.split_off(at));
    let (mut meeting, rest): (Vec<Vec<String>>, Vec<Vec<String>>) = leftover
        .into_iter()
        .partition(|block| is_time_and_place(block));
    meeting.extend(front_page);
    leftover = rest;
    if !meeting.is_empty() {
        let lines: Vec<&str> = meeting
            .iter()
            .flat_map(|block| block.iter().map(String::as_str).chain([""]))
            .collect();
        let text = prose(&lines);
        case.sections.intro = Some(match case.sections.intro.take() {
            Some(after) => format!("{text}\n\n{after}"),
            None => text,
        });
    }
    for block in leftover.iter() {
        for line in block {
            if !place_sender_line(line, &mut case.sender) {
                unplaced.push(line.clone());
            }
        }
    }
    if let Some(block) = title_block {
        // A contact line or the form's name is no title ("Tel 0123-456 78",
        // "TJÄNSTESKRIVELSE"); they go where sender lines go.
        let (noise, block): (Vec<String>, Vec<String>) =
            block.into_iter().partition(|l| is_contact_or_form_name(l));
        for line in &noise {
            if !place_sender_line(line, &mut case.sender) {
                unplaced.push(line.clone());
            }
        }
        let looks_like_sender = block.iter().any(|l| is_sender_keyword(l))
            && block.iter().all(|l| l.split_whitespace().count() <= 6);
        if block.is_empty() {
        } else if looks_like_sender {
            let mut left: Vec<String> = block
                .iter()
                .filter(|line| !place_sender_line(line, &mut case.sender))
                .cloned()
                .collect();
            // A letterhead without blank lines (a PDF's) runs on into the
            // title: its last line, when no sender part, is the title.
            let last_is_left = block.last().is_some_and(|l| left.last() == Some(l));
            if case.title.is_empty() && last_is_left && block.len() > 1 {
                case.title = left.pop().unwrap_or_default();
            }
            unplaced.extend(left);
        } else {
            // A sender line in the title's block (a Word header table's
            // "HEDEBY KOMMUN", "Vård- och omsorgsförvaltningen") goes to its
            // field; the other lines are the title.
            let title: Vec<String> = block
                .into_iter()
                .filter(|line| {
                    !(is_sender_keyword(line)
                        && line.split_whitespace().count() <= 6
                        && place_sender_line(line, &mut case.sender))
                })
                .collect();
            if !title.is_empty() {
                case.title = join_lines(&title);
            }
        }
    }
}

/// The number a block starts with when it is an agenda's item: digits, a
/// space and a capital ("3 BORDLAGT ÄRENDE", "12 Val av justerare").
fn item_number(block: &[String]) -> Option<u32> {
    let first = block.first()?;
    let (number, rest) = first.split_once(' ')?;
    let number: u32 = number.trim_end_matches('.').parse().ok()?;
    (number < 200 && rest.starts_with(char::is_uppercase)).then_some(number)
}

/// A block that labels a meeting's time and place: a line "Klockan",
/// "Plats", "Tid", "Lokal", "Tid och plats" (with its value on it or under
/// it).
fn is_time_and_place(block: &[String]) -> bool {
    const LABELS: [&str; 6] = [
        "klockan",
        "plats",
        "tid",
        "lokal",
        "tid och plats",
        "plats och tid",
    ];
    // A whole word: "Tidigare" is no label.
    let is_label = |rest: &str| rest.is_empty() || rest.starts_with([' ', ':', '\t']);
    has_label_line(block, &LABELS, is_label)
}

/// A block that begins a protocol's front page: a line that starts with
/// one of its labels ("Beslutande", "Övriga närvarande", "Utses att
/// justera", "Justeringens plats och tid", "Underskrifter", "Anslag/Bevis").
fn is_protocol_front_page(block: &[String]) -> bool {
    const LABELS: [&str; 10] = [
        "beslutande",
        "övriga närvarande",
        "övriga deltagare",
        "utses att justera",
        "justeringens plats och tid",
        "underskrifter",
        "anslag/bevis",
        "protokollet är justerat",
        "anslaget sätts upp",
        "förvaringsplats för protokollet",
    ];
    // Long labels: a value run into one ("Utses att justeraIsabel Hildén",
    // as a PDF's table gives it) is still its label's.
    has_label_line(block, &LABELS, |_| true)
}

/// Whether a line of `block` starts with one of `labels` (lower case) and
/// what follows it passes `then`.
fn has_label_line(block: &[String], labels: &[&str], then: impl Fn(&str) -> bool) -> bool {
    block.iter().any(|line| {
        let lower = line.to_lowercase();
        labels
            .iter()
            .any(|label| lower.strip_prefix(label).is_some_and(&then))
    })
}

/// A block with a long line of sentences.
fn is_running_text(block: &[String]) -> bool {
    block.iter().any(|l| {
        l.split_whitespace().count() > 12 && (l.trim_end().ends_with('.') || l.contains(". "))
    })
}

/// A block of six words or more whose last one ends a sentence
/// ("… som sammanfattar ärendet.", "… Samreseutredningen (Kf § 2001/166)."),
/// not an abbreviation ("m.fl."): a full stop after a closing bracket ends
/// a sentence whatever the bracket holds.
fn ends_a_sentence(block: &[String]) -> bool {
    let words: Vec<&str> = block.iter().flat_map(|l| l.split_whitespace()).collect();
    let Some(last) = words.last().and_then(|w| w.strip_suffix('.')) else {
        return false;
    };
    let after_bracket = last.ends_with(')');
    words.len() >= 6
        && (after_bracket
            || (last.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !last.contains('.')))
}
