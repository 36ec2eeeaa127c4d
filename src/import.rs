//! Import: a historical paper (.txt, .md, .docx) back into a draft case file.
//!
//! The prose is kept word for word (hard line breaks, hyphenation and page
//! artefacts removed): the rebuilt paper says what the original said,
//! historical mistakes included. Facts the lint recognises (supplier,
//! service, ages, term, extension) are added as data beside the text.
//! Whatever cannot be placed is kept in `unplaced`, never dropped.

use std::path::Path;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::case::{
    Case, Contract, Mbl, MblKind, NamedSection, Period, Sections, Sender, Signatory,
};
use crate::lint::LintConfig;
use crate::lint::input::{InputError, paper_from_raw, paper_from_text};
use crate::lint::paper::{Paper, Region, SectionKind};
use crate::lint::rules::targets::{age_target, decision_party, proposal_period, service_key};
use crate::lint::text::number_value;
use crate::reader::{Format, RawPaper};

pub use crate::reader::pdf_text;

/// A draft case and what the import could not do.
#[derive(Debug, Clone)]
pub struct Imported {
    pub case: Case,
    /// Notes for the archivist (a missing date, a guessed field).
    pub notes: Vec<String>,
    /// The paper's text as read (for a .docx, its paragraphs).
    pub original: String,
    /// The paper as the reader read it (format, furniture), for the lint.
    pub raw: RawPaper,
}

/// Reads and imports one paper.
pub fn import_file(path: &Path) -> Result<Imported, InputError> {
    Ok(import_raw(path, crate::reader::read_paper(path)?))
}

/// Imports a paper's plain text.
pub fn import_text(path: &Path, text: &str) -> Imported {
    import_raw(
        path,
        RawPaper {
            text: text.to_owned(),
            format: Format::Text,
            encoding: "UTF-8",
            furniture_end: 0,
            header_end: 0,
        },
    )
}

/// Imports a paper as the reader read it.
pub fn import_raw(path: &Path, raw: RawPaper) -> Imported {
    let original = raw.reading_order();
    let text = original.as_str();
    let raw_copy = raw.clone();
    let (furniture, body) = raw.text.split_at(raw.furniture_end);
    let cleaned = format!("{furniture}{}", remove_page_artefacts(body));
    let furniture_end = furniture.len();
    let paper = paper_from_raw(
        path.to_owned(),
        RawPaper {
            text: cleaned,
            ..raw
        },
        &LintConfig::default(),
    );
    debug_assert!(
        paper
            .read
            .as_ref()
            .is_some_and(|r| r.furniture_end == furniture_end)
    );
    let mut notes = Vec::new();
    let mut unplaced = Vec::new();
    let mut case = empty_case();

    for region in &paper.regions {
        let body = region_body(&paper, region);
        match &region.kind {
            SectionKind::Header => read_header(&paper, region, &mut case, &mut unplaced),
            SectionKind::Title => {}
            SectionKind::Proposals if case.proposals.is_none() => {
                case.proposals_heading = Some(heading_text(&paper, region));
                case.proposals = Some(proposals(&paper, region, &mut unplaced));
            }
            SectionKind::Proposals => {
                // A second proposals section (an agenda's next item): kept, not merged.
                unplaced.extend(body.iter().map(|l| clean_line(l)).filter(|l| !l.is_empty()));
            }
            SectionKind::Arende => append(&mut case.sections.arende, prose(&body)),
            SectionKind::Basis => case.basis.extend(basis_items(&body)),
            SectionKind::Bakgrund => append(&mut case.sections.bakgrund, prose(&body)),
            SectionKind::Ekonomi => append(&mut case.sections.ekonomi, prose(&body)),
            SectionKind::Mbl => read_mbl(&body, &mut case),
            SectionKind::Distribution => {
                case.send_to = body
                    .iter()
                    .map(|l| clean_line(l))
                    .filter(|l| !l.is_empty())
                    .collect();
            }
            SectionKind::Other(heading)
                if case.title.is_empty()
                    && is_markdown_heading(&paper, region)
                    && case.proposals.is_none() =>
            {
                case.title = heading.clone();
                unplaced.extend(body.iter().map(|l| clean_line(l)).filter(|l| !l.is_empty()));
            }
            SectionKind::Other(heading) => case.sections.other.push(NamedSection {
                heading: heading.clone(),
                text: prose(&body),
            }),
        }
    }
    take_letterhead_facts(&paper, &mut case, &mut unplaced);
    add_facts(&mut case, &mut notes);
    finish_dates(&paper, &mut case, &mut notes);
    if case.title.is_empty() {
        notes.push("ingen rubrik hittades".into());
    }
    case.unplaced = unplaced;
    Imported {
        case,
        notes,
        original: text.to_owned(),
        raw: raw_copy,
    }
}

fn empty_case() -> Case {
    Case {
        template: "tjansteskrivelse".into(),
        template_version: Some(1),
        output_name: None,
        dnr: String::new(),
        date: NaiveDate::default(),
        undated: false,
        meeting: None,
        retroactive: false,
        verbatim: true,
        board: String::new(),
        sender: Sender::default(),
        title: String::new(),
        proposals_heading: None,
        contract: None,
        proposals: None,
        sections: Sections::default(),
        basis: Vec::new(),
        mbl: Mbl {
            kind: MblKind::EjAktuellt,
            date: None,
            text: None,
        },
        signed_by: Vec::new(),
        send_to: Vec::new(),
        unplaced: Vec::new(),
        source: None,
    }
}

static PAGE_ARTEFACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^[ \t]*(?:sida[ \t]+\d+[ \t]*(?:av|\()[ \t]*\d+\)?|\d+[ \t]*\(\d+\)|\d+[ \t]*/[ \t]*\d+)[ \t]*\r?$").expect("valid")
});

/// Removes page numbers ("Sida 2 av 5", "2 (5)") and form feeds.
fn remove_page_artefacts(text: &str) -> String {
    PAGE_ARTEFACT
        .replace_all(&text.replace('\u{c}', "\n").replace('\r', ""), "")
        .into_owned()
}

/// The lines of a region after its heading line(s).
fn region_body<'a>(paper: &'a Paper, region: &Region) -> Vec<&'a str> {
    let mut lines: Vec<&str> = paper.text(&region.range).lines().collect();
    // Flat text: the heading runs on into the section's text on one line;
    // only the heading itself is taken off.
    if region.kind != SectionKind::Header
        && let Some(first) = lines.first_mut()
        && let Some(end) = inline_heading_end(first, &region.kind)
    {
        *first = first[end..].trim_start_matches([' ', ':']);
        return lines;
    }
    let skip = match &region.kind {
        SectionKind::Header => 0,
        // A heading broken over two lines: "… lag (1976:580) om" / "medbestämmande i arbetslivet".
        SectionKind::Mbl
            if !lines.first().is_some_and(|l| l.contains("arbetslivet"))
                && lines.get(1).is_some_and(|l| l.contains("arbetslivet")) =>
        {
            2
        }
        _ => 1,
    };
    lines.into_iter().skip(skip).collect()
}

/// Where the heading ends in a line that runs on past it ("Sammanfattning
/// Kommunens revisorer har …"), or None for a line that is only a heading.
fn inline_heading_end(line: &str, kind: &SectionKind) -> Option<usize> {
    if line.len() <= 160 {
        return None;
    }
    let lower = line.to_lowercase();
    let phrase = crate::lint::sections::INLINE
        .iter()
        .filter(|(key, _)| *key == kind.key())
        .find_map(|(_, heading)| {
            let at = lower.find(&heading.to_lowercase())?;
            (at < 60).then_some(at + heading.len())
        })?;
    line.is_char_boundary(phrase).then_some(phrase)
}

fn heading_text(paper: &Paper, region: &Region) -> String {
    let first = paper.text(&region.range).lines().next().unwrap_or("");
    match inline_heading_end(first, &region.kind) {
        Some(end) => clean_line(&first[..end]),
        None => clean_line(first).trim_end_matches(':').trim().to_owned(),
    }
}

fn is_markdown_heading(paper: &Paper, region: &Region) -> bool {
    paper.text(&region.range).trim_start().starts_with('#')
}

/// Markdown markers and white space off a line.
fn clean_line(line: &str) -> String {
    line.trim()
        .trim_start_matches('#')
        .trim()
        .trim_matches(['*', '_'])
        .trim()
        .to_owned()
}

fn is_separator(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3
        && t.chars()
            .all(|c| matches!(c, '-' | '_' | '*' | '=' | '—' | '–'))
}

/// Paragraphs: runs of non-empty lines, separators dropped.
fn paragraphs(lines: &[&str]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in lines {
        if line.trim().is_empty() || is_separator(line) {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(clean_line(line));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn bullet_item(line: &str) -> Option<&str> {
    crate::lint::input::bullet_len(line).map(|n| line[n..].trim())
}

/// Joins hard-wrapped lines; a word broken with a hyphen at the line end is
/// joined again, unless the hyphen is real ("Social- och").
pub fn join_lines(lines: &[String]) -> String {
    let mut out = String::new();
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if out.is_empty() {
            out.push_str(line);
            continue;
        }
        let next_word = line.split_whitespace().next().unwrap_or("");
        let broken_word = out.ends_with('-')
            && out[..out.len() - 1]
                .chars()
                .last()
                .is_some_and(char::is_lowercase)
            && line.starts_with(char::is_lowercase)
            && !["och", "eller", "samt", "respektive", "till"].contains(&next_word);
        if broken_word {
            out.pop();
        } else {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

/// Prose for a case field: paragraphs separated by blank lines, bullet
/// lines as `- ` list items.
fn prose(lines: &[&str]) -> String {
    let mut blocks: Vec<String> = Vec::new();
    for paragraph in paragraphs(lines) {
        if let Some(table) = pipe_table(&paragraph) {
            blocks.push(table);
            continue;
        }
        let mut text_lines: Vec<String> = Vec::new();
        let mut items: Vec<Vec<String>> = Vec::new();
        for line in paragraph {
            if let Some(item) = bullet_item(&line) {
                if !text_lines.is_empty() {
                    blocks.push(join_lines(&std::mem::take(&mut text_lines)));
                }
                items.push(vec![item.to_owned()]);
            } else if let Some(last) = items.last_mut() {
                last.push(line);
            } else {
                text_lines.push(line);
            }
        }
        if !text_lines.is_empty() {
            blocks.push(join_lines(&text_lines));
        }
        if !items.is_empty() {
            blocks.push(
                items
                    .iter()
                    .map(|i| format!("- {}", join_lines(i)))
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
        }
    }
    blocks.join("\n\n")
}

/// Rows the reader found (cells separated by tabs, every row as wide, two
/// rows or more) as a pipe table, the first row its header.
fn pipe_table(paragraph: &[String]) -> Option<String> {
    let rows: Vec<Vec<&str>> = paragraph
        .iter()
        .map(|line| line.split('\t').map(str::trim).collect())
        .collect();
    let width = rows.first()?.len();
    let is_table = rows.len() >= 2
        && width >= 2
        && rows.iter().all(|row| row.len() == width)
        && !paragraph.iter().any(|line| line.contains('|'));
    if !is_table {
        return None;
    }
    let line = |cells: &[&str]| format!("| {} |", cells.join(" | "));
    let mut out = vec![line(&rows[0]), format!("|{}", "---|".repeat(width))];
    out.extend(rows[1..].iter().map(|row| line(row)));
    Some(out.join("\n"))
}

fn non_empty(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}

/// The proposals as the paper numbers them (numbered, bulleted or
/// att-satser); lines continue the current one, even after a page break.
fn proposals(paper: &Paper, region: &Region, unplaced: &mut Vec<String>) -> Vec<String> {
    let items: Vec<String> = crate::lint::input::proposals(paper)
        .into_iter()
        .filter(|p| region.range.contains(&p.span.start))
        .map(|p| p.value)
        .collect();
    if items.is_empty() {
        unplaced.push("(förslaget till beslut var tomt)".into());
    }
    items
}

/// Adds a section's text to what an earlier section of the same kind gave
/// (a heading written twice), never replacing it.
fn append(slot: &mut Option<String>, text: String) {
    if text.trim().is_empty() {
        return;
    }
    match slot {
        Some(existing) => {
            existing.push_str("\n\n");
            existing.push_str(&text);
        }
        None => *slot = Some(text),
    }
}

/// Beslutsunderlag: one item per line that starts with a capital or a
/// bullet; other lines (a wrapped title, a trailing date) continue it.
fn basis_items(lines: &[&str]) -> Vec<String> {
    let mut items: Vec<Vec<String>> = Vec::new();
    for line in lines {
        let line = clean_line(line);
        if line.is_empty() || is_separator(&line) {
            continue;
        }
        let item = bullet_item(&line).map(str::to_owned);
        let previous_open = items
            .last()
            .and_then(|i| i.last())
            .is_some_and(|l| ends_open(l));
        let starts = item.is_some() || (line.starts_with(char::is_uppercase) && !previous_open);
        match (starts, items.last_mut()) {
            (false, Some(last)) => last.push(line),
            _ => items.push(vec![item.unwrap_or(line)]),
        }
    }
    items.iter().map(|i| join_lines(i)).collect()
}

/// A line that cannot end an item: it ends with a comma, a dash or a word
/// that needs a continuation ("… förlängning av avtal med").
fn ends_open(line: &str) -> bool {
    const OPEN: [&str; 16] = [
        "med", "och", "av", "för", "till", "i", "om", "på", "från", "samt", "inom", "mellan",
        "vid", "enligt", "över", "under",
    ];
    let last = line.trim_end();
    last.ends_with([',', '–', '-', '—'])
        || last
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| OPEN.contains(&w))
}

/// Date, Dnr, board and handläggare as the letterhead reader found them
/// (in the body letterhead or in page headers and footers).
fn take_letterhead_facts(paper: &Paper, case: &mut Case, unplaced: &mut Vec<String>) {
    let facts = &paper.facts;
    if let Some(dnr) = &facts.dnr {
        case.dnr = dnr.value.clone();
    }
    if let Some(date) = &facts.paper_date {
        case.date = date.value;
    }
    if let Some(board) = &facts.board
        && case.board.is_empty()
    {
        case.board = board.value.clone();
    }
    if let Some(officer) = &facts.officer {
        let name = officer.value.clone();
        if case.sender.officer.as_deref() != Some(name.as_str())
            && let Some(previous) = case.sender.officer.replace(name.clone())
        {
            unplaced.push(previous);
        }
        unplaced.retain(|l| l != &name);
    }
}

/// Letterhead: sender lines, the date, the Dnr, the board, and the title
/// when it is not a Markdown heading.
fn read_header(paper: &Paper, region: &Region, case: &mut Case, unplaced: &mut Vec<String>) {
    let blocks = paragraphs(&region_body(paper, region));
    let mut leftover: Vec<Vec<String>> = Vec::new();
    for block in blocks {
        let mut rest = Vec::new();
        for line in block {
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
                case.dnr = dnr.trim_start_matches([':', '.']).trim().to_owned();
            } else if let Some(date) = standalone_date(&line) {
                case.date = date;
            } else if is_board(&line) && case.board.is_empty() {
                case.board = line
                    .strip_prefix("Till ")
                    .map_or(line.clone(), |board| board.trim().to_owned());
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
    // block of sentences on, everything goes to Ärende.
    let prose_from = leftover.iter().position(|block| {
        block.iter().any(|l| {
            l.split_whitespace().count() > 12 && (l.trim_end().ends_with('.') || l.contains(". "))
        })
    });
    if let Some(at) = prose_from.filter(|&at| at > 0) {
        let mut owned: Vec<String> = Vec::new();
        for block in leftover.drain(at..) {
            owned.extend(block);
            owned.push(String::new());
        }
        let lines: Vec<&str> = owned.iter().map(String::as_str).collect();
        append(&mut case.sections.arende, prose(&lines));
    }
    // The first block of short lines is the sender; the last block, if no
    // Markdown title follows, is the title.
    let title_block = leftover.pop();
    for block in leftover.iter() {
        for line in block {
            if !place_sender_line(line, &mut case.sender) {
                unplaced.push(line.clone());
            }
        }
    }
    if let Some(block) = title_block {
        let looks_like_sender = block.iter().any(|l| is_sender_keyword(l))
            && block.iter().all(|l| l.split_whitespace().count() <= 6);
        if looks_like_sender {
            for line in &block {
                if !place_sender_line(line, &mut case.sender) {
                    unplaced.push(line.clone());
                }
            }
        } else {
            case.title = join_lines(&block);
        }
    }
}

/// Labels that stand before the date, the Dnr or the handläggare in a
/// letterhead, and say nothing once the fact is in its field.
const FACT_LABELS: &[&str] = &[
    "Datum",
    "Vårt datum",
    "Dnr",
    "Diarienummer",
    "Diarienr",
    "Vår beteckning",
    "Vår referens",
    "Ärendenummer",
    "Sammanträdesdatum",
    "Handläggare",
];

/// `line` without the paper's own date and Dnr and their labels; None when
/// nothing else is left. A handläggare line whose name the letterhead
/// reader found is all fact too.
fn without_own_facts(paper: &Paper, line: &str) -> Option<String> {
    // A flat text's whole letterhead on one line is no fact line: its words
    // stay in their order.
    if line.split_whitespace().count() > 8 {
        return Some(line.to_owned());
    }
    let facts = &paper.facts;
    let mut rest = line.to_owned();
    let mut took = false;
    if let Some(dnr) = facts.dnr.as_ref().filter(|d| rest.contains(&d.value)) {
        rest = rest.replacen(&dnr.value, " ", 1);
        took = true;
    }
    if let Some(date) = &facts.paper_date {
        let scan = crate::lint::text::scan(&rest);
        if let Some(own) = scan
            .dates
            .iter()
            .find(|d| d.date.as_ref().is_ok_and(|d| *d == date.value))
        {
            rest.replace_range(own.span.clone(), " ");
            took = true;
        }
    }
    if let Some(officer) = facts
        .officer
        .as_ref()
        .filter(|o| rest.trim_start().starts_with("Handläggare") && rest.contains(&o.value))
    {
        // "Handläggare: Karin Öberg, utvecklingsledare": the title goes too.
        let after = rest
            .find(&officer.value)
            .map_or(0, |i| i + officer.value.len());
        rest.replace_range(..after, " ");
        if rest.trim_start().starts_with(',') {
            rest.clear();
        }
        took = true;
    }
    if !took {
        // A label alone on its line ("Handläggare", the name under it).
        let bare = line.trim().trim_end_matches(':').trim();
        return (!FACT_LABELS.contains(&bare)).then(|| line.to_owned());
    }
    let mut words = rest.trim().trim_matches([':', ',', ';']).trim().to_owned();
    for label in FACT_LABELS {
        words = words
            .split('\t')
            .map(|part| {
                let part = part.trim();
                part.strip_prefix(label)
                    .filter(|after| after.is_empty() || after.starts_with([' ', ':', '.']))
                    .map_or(part, |after| after.trim_start_matches([':', '.']).trim())
                    .to_owned()
            })
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("\t");
    }
    let words = words.trim().trim_matches([':', ',']).trim();
    (!words.is_empty()).then(|| words.to_owned())
}

fn standalone_date(line: &str) -> Option<NaiveDate> {
    let line = line
        .trim()
        .trim_start_matches("Datum")
        .trim_start_matches(':')
        .trim();
    let scan = crate::lint::text::scan(line);
    let date = scan.dates.first()?;
    (date.span == (0..line.len()))
        .then(|| date.date.clone().ok())
        .flatten()
}

fn is_board(line: &str) -> bool {
    let lower = line.to_lowercase();
    [
        "nämnden",
        "styrelsen",
        "fullmäktige",
        "nämnd",
        "utskott",
        "utskottet",
    ]
    .iter()
    .any(|s| lower.ends_with(s))
        && line.split_whitespace().count() <= 6
}

fn is_sender_keyword(line: &str) -> bool {
    let lower = line.to_lowercase();
    // "kommun" as a word: "Sammanträdesplan för kommunstyrelsen" and
    // "Interkommunal ersättning" are titles.
    lower.ends_with("förvaltningen")
        || lower.starts_with("avdelning")
        || lower.starts_with("enhet")
        || lower.split_whitespace().any(|w| w == "kommun")
}

/// Two or three capitalised words, not all capitals: "Kim Exempelsson".
fn looks_like_a_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// An e-mail address or a telephone number ("Telefon: 08-123 456 78"),
/// not another office's reference ("Er beteckning KS 2025/77").
fn is_contact(line: &str) -> bool {
    let lower = line.to_lowercase();
    let digits = line.chars().filter(char::is_ascii_digit).count();
    line.contains('@')
        || (digits >= 6
            && (["telefon", "tel", "tfn", "mobil", "växel"]
                .iter()
                .any(|label| lower.starts_with(label))
                || line
                    .chars()
                    .all(|c| c.is_ascii_digit() || " -+()".contains(c))))
}

fn place_sender_line(line: &str, sender: &mut Sender) -> bool {
    let lower = line.to_lowercase();
    let one_name = line.split_whitespace().count() <= 5;
    let slot = if lower.ends_with(" kommun") || lower == "kommun" {
        &mut sender.municipality
    } else if one_name && (lower.ends_with("förvaltningen") || lower.ends_with("kontoret")) {
        &mut sender.administration
    } else if lower.starts_with("avdelning") || (one_name && lower.ends_with("avdelningen")) {
        &mut sender.department
    } else if lower.starts_with("enhet") || (one_name && lower.ends_with("enheten")) {
        &mut sender.unit
    } else if is_contact(line) {
        &mut sender.contact
    } else if looks_like_a_name(line) {
        &mut sender.officer
    } else {
        // "SAMMANTRÄDESPROTOKOLL", "Tjänsteskrivelse", "MN § 31": kept
        // under `unplaced`, never taken for a person.
        return false;
    };
    if slot.is_some() {
        return false;
    }
    *slot = Some(line.to_owned());
    true
}

fn read_mbl(lines: &[&str], case: &mut Case) {
    // The signature: the run of short lines at the end, kept line by line
    // so that a name and the title under it stay apart.
    let mut split = lines.len();
    while split > 1 {
        let line = lines[split - 1].trim();
        let short = line.split_whitespace().count() <= 6
            && !line.ends_with(['.', ':', ','])
            && bullet_item(line).is_none();
        if !line.is_empty() && !short {
            break;
        }
        split -= 1;
    }
    if lines[..split].iter().all(|l| l.trim().is_empty()) {
        split = lines.len();
    }
    let signature: Vec<String> = lines[split..]
        .iter()
        .map(|l| clean_line(l))
        .filter(|l| !l.is_empty())
        .collect();
    place_signature(signature, case);
    let text = prose(&lines[..split]);
    let lower = text.to_lowercase();
    case.mbl.kind = if lower.contains("ej aktuell") || lower.contains("inte aktuell") {
        MblKind::EjAktuellt
    } else if lower.starts_with("förhandl") {
        MblKind::Forhandling
    } else {
        MblKind::Information
    };
    case.mbl.date = crate::lint::text::scan(&text)
        .dates
        .iter()
        .find_map(|d| d.date.clone().ok());
    case.mbl.text = non_empty(text);
    if case.mbl.date.is_none() && case.mbl.text.is_none() {
        // A heading with nothing under it states no information or
        // negotiation; a case must then say that MBL does not apply.
        case.mbl.kind = MblKind::EjAktuellt;
    }
}

/// Signature lines: the förvaltning, names, and titles under names.
fn place_signature(lines: Vec<String>, case: &mut Case) {
    for line in lines {
        let administration = line.to_lowercase().ends_with("förvaltningen");
        if administration
            && case
                .sender
                .administration
                .as_deref()
                .is_none_or(|a| a == line)
        {
            case.sender.administration = Some(line);
        } else if administration {
            case.unplaced.push(line);
        } else if let Some(last) = case.signed_by.last_mut().filter(|s| s.role.is_none())
            && is_role(&line)
        {
            last.role = Some(line);
        } else {
            case.signed_by.push(Signatory {
                name: line,
                role: None,
            });
        }
    }
}

/// "Förvaltningschef", "Biträdande avdelningschef", "Kommundirektör": a
/// title under a signature's name.
fn is_role(line: &str) -> bool {
    const TITLES: [&str; 14] = [
        "chef",
        "direktör",
        "handläggare",
        "sekreterare",
        "samordnare",
        "strateg",
        "utredare",
        "controller",
        "ansvarig",
        "ekonom",
        "jurist",
        "ordförande",
        "föreståndare",
        "rektor",
    ];
    let words: Vec<&str> = line.split_whitespace().collect();
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    (1..=4).contains(&words.len())
        && (TITLES.iter().any(|t| first.ends_with(t))
            || ["biträdande", "t.f.", "tf", "tillförordnad", "enhetschef"]
                .contains(&first.as_str()))
}

static EXTENSIONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)förlängning\s+vid\s+(ett|två|tre)\s+tillf[äa]llen?\s+med\s+(ett|två|tre|fyra|\d+)\s+år").expect("valid")
});

/// Contract facts the text states, beside the verbatim prose.
fn add_facts(case: &mut Case, notes: &mut Vec<String>) {
    // Re-read the imported case as a paper so facts come from the cleaned text.
    let rendered = case_text(case);
    let paper = paper_from_text("import".into(), rendered);
    let Some((supplier, _)) = decision_party(&paper) else {
        return;
    };
    let target = age_target(&paper);
    let service = target
        .as_ref()
        .map(|t| t.label.trim_end_matches(',').trim().to_owned())
        .filter(|s| service_key(s).is_some());
    let term = paper
        .scan
        .terms
        .iter()
        .find_map(|t| Some((t.start, t.years?)));
    let (Some(service), Some((start, term_years))) = (service, term) else {
        notes.push("avtalsfakta (tjänst, avtalstid) kunde inte läsas; `contract` utelämnad".into());
        return;
    };
    let extensions = EXTENSIONS.captures(&paper.source);
    case.contract = Some(Contract {
        supplier,
        service,
        ages: target.map(|t| t.range),
        start,
        term_years,
        max_extensions: extensions.as_ref().and_then(|c| number_value(&c[1])),
        extension_years: extensions.as_ref().and_then(|c| number_value(&c[2])),
        extension: proposal_period(&paper).map(|(from, to, _)| Period { from, to }),
    });
}

/// The case's text in paper order, with headings the lint recognises.
fn case_text(case: &Case) -> String {
    let mut out = String::new();
    let mut section = |heading: &str, text: &str| {
        out.push_str(&format!("### {heading}\n{text}\n\n"));
    };
    section(
        "Förslag till beslut",
        &case
            .proposals
            .clone()
            .unwrap_or_default()
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{}. {p}", i + 1))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    section("Ärende", case.sections.arende.as_deref().unwrap_or(""));
    section("Bakgrund", case.sections.bakgrund.as_deref().unwrap_or(""));
    for other in &case.sections.other {
        section(&other.heading, &other.text);
    }
    out
}

/// The paper's date, or (for an undated paper) the latest date it mentions,
/// marked `undated` so the letterhead prints none.
fn finish_dates(paper: &Paper, case: &mut Case, notes: &mut Vec<String>) {
    if case.date != NaiveDate::default() {
        return;
    }
    let latest = paper
        .scan
        .dates
        .iter()
        .filter_map(|d| d.date.clone().ok())
        .max();
    case.undated = true;
    match latest {
        Some(date) => {
            case.date = date;
            notes.push(format!("handlingen saknar datum; metadata dateras {date} (senaste datum i texten), brevhuvudet visar inget datum"));
        }
        None => {
            case.date = NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid");
            notes.push(
                "handlingen saknar datum och nämner inget; metadata dateras 1970-01-01".into(),
            );
        }
    }
}

/// Word-level fidelity: the share of the original's words that come back,
/// in order (the longest common subsequence over word tokens).
///
/// Myers' diff finds it in O((N + M) · D) for D differing words: linear for
/// a faithful rebuild of any length, where the textbook table was
/// quadratic (minutes for a 3 MB paper).
pub fn word_fidelity(original: &str, rebuilt: &str) -> f64 {
    let a = words(original);
    let b = words(rebuilt);
    if a.is_empty() {
        return 1.0;
    }
    let common: usize = similar::capture_diff_slices(similar::Algorithm::Myers, &a, &b)
        .iter()
        .map(|op| match op {
            similar::DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    common as f64 / a.len() as f64
}

/// Up to `n` of the original's words that the rebuilt text lacks (counted
/// with repetition), in the original's order: what a failed check lost.
pub fn missing_words(original: &str, rebuilt: &str, n: usize) -> Vec<String> {
    let mut available: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for word in words(rebuilt) {
        *available.entry(word).or_default() += 1;
    }
    let mut missing = Vec::new();
    for word in words(original) {
        match available.get_mut(&word) {
            Some(count) if *count > 0 => *count -= 1,
            _ if missing.len() < n => missing.push(word),
            _ => {}
        }
    }
    missing
}

/// Word tokens: alphanumeric runs (hyphenated compounds split), lower case.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Renders `case` as YAML with a header that says where it came from.
pub fn to_yaml(case: &Case, source: &Path, notes: &[String]) -> String {
    let mut out = format!(
        "# Importerad av beslut {} från {}.\n# Texten är ordagrann; fakta under `contract` är tolkade. Granska `unplaced`.\n",
        env!("CARGO_PKG_VERSION"),
        source.display()
    );
    for note in notes {
        out.push_str(&format!("# OBS: {note}\n"));
    }
    out.push_str(&serde_saphyr::to_string(case).expect("a case serialises"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_wrapped_lines_join_and_hyphenation_goes() {
        let lines: Vec<String> = [
            "Avtalet gäller för verk-",
            "samheten och Social-",
            "och omsorgsförvaltningen.",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            join_lines(&lines),
            "Avtalet gäller för verksamheten och Social- och omsorgsförvaltningen."
        );
    }

    #[test]
    fn a_heading_written_twice_keeps_both_sections() {
        let text = "Dnr SN 2026/140\n\nFörslag till beslut\n1. Godkänna.\n\nÄrende\nFörsta delen.\n\nÄrende\nAndra delen.\n";
        let imported = import_text(Path::new("x.txt"), text);
        let arende = imported.case.sections.arende.unwrap();
        assert!(
            arende.contains("Första delen.") && arende.contains("Andra delen."),
            "{arende}"
        );
    }

    #[test]
    fn signature_name_and_title_stay_apart() {
        let text = "Dnr SN 2026/140\n\nFörslag till beslut\n1. Godkänna.\n\nSamverkan\nInformation lämnades den 3 mars 2026.\n\nVera Ek\nFörvaltningschef\n\nBeslutet skickas till\nKS\n";
        let imported = import_text(Path::new("x.txt"), text);
        let signed = &imported.case.signed_by;
        assert_eq!(signed.len(), 1, "{signed:?}");
        assert_eq!(signed[0].name, "Vera Ek");
        assert_eq!(signed[0].role.as_deref(), Some("Förvaltningschef"));
        assert_eq!(imported.case.mbl.kind, MblKind::Information);
    }

    #[test]
    fn imported_text_is_never_a_template() {
        let text = "Dnr SN 2026/140\n\nFörslag till beslut\n1. Godkänna {{ 7 * 7 }} och {% for i in range(9) %}x{% endfor %} {# c #}.\n\nÄrende\nText.\n";
        let imported = import_text(Path::new("x.txt"), text);
        assert!(imported.case.verbatim);
        let yaml = to_yaml(&imported.case, Path::new("x.txt"), &imported.notes);
        assert!(yaml.contains("verbatim: true"), "{yaml}");
    }

    #[test]
    fn page_numbers_are_removed() {
        assert_eq!(
            remove_page_artefacts("text\nSida 2 av 5\nmer\n3 (5)\nslut"),
            "text\n\nmer\n\nslut"
        );
    }

    #[test]
    fn fidelity_counts_words_in_order() {
        assert_eq!(word_fidelity("ett två tre", "ett två tre"), 1.0);
        assert!((word_fidelity("ett två tre fyra", "ett tre två") - 0.5).abs() < 1e-9);
        assert_eq!(word_fidelity("Social- och", "social och extra"), 1.0);
    }
}
