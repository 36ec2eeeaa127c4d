//! The body of an imported paper: paragraphs, lists, tables and proposals
//! kept word for word, with page artefacts and hard line breaks removed.

use super::*;

pub(super) static PAGE_ARTEFACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^[ \t]*(?:sida[ \t]+\d+[ \t]*(?:av|\()[ \t]*\d+\)?|\d+[ \t]*\(\d+\)|\d+[ \t]*/[ \t]*\d+)[ \t]*\r?$").expect("valid")
});

/// Removes page numbers ("Sida 2 av 5", "2 (5)") and form feeds.
pub(super) fn remove_page_artefacts(text: &str) -> String {
    PAGE_ARTEFACT
        .replace_all(&text.replace('\u{c}', "\n").replace('\r', ""), "")
        .into_owned()
}

/// The lines of a region after its heading line(s).
pub(super) fn region_body<'a>(paper: &'a Paper, region: &Region) -> Vec<&'a str> {
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
pub(super) fn inline_heading_end(line: &str, kind: &SectionKind) -> Option<usize> {
    if line.len() <= 160 {
        return None;
    }
    let lower = line.to_lowercase();
    let phrase = crate::paper::sections::INLINE
        .iter()
        .filter(|(key, _)| *key == kind.key())
        .find_map(|(_, heading)| {
            let at = lower.find(&heading.to_lowercase())?;
            (at < 60).then_some(at + heading.len())
        })?;
    line.is_char_boundary(phrase).then_some(phrase)
}

/// A region kept as a section of its own, under its heading as written.
pub(super) fn own_section(paper: &Paper, region: &Region, body: &[&str]) -> NamedSection {
    NamedSection {
        heading: heading_text(paper, region),
        text: prose(body),
    }
}

pub(super) fn heading_text(paper: &Paper, region: &Region) -> String {
    let first = paper.text(&region.range).lines().next().unwrap_or("");
    match inline_heading_end(first, &region.kind) {
        Some(end) => clean_line(&first[..end]),
        None => clean_line(first).trim_end_matches(':').trim().to_owned(),
    }
}

/// The region's heading when the paper words it otherwise than `standard`
/// ("Samverkan" for the MBL section); None for the standard one, also when
/// a PDF wrapped it and only its first line is read.
pub(super) fn own_heading(paper: &Paper, region: &Region, standard: &str) -> Option<String> {
    let heading = heading_text(paper, region)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let standard_cut = heading.chars().count() >= 20 && standard.starts_with(&heading);
    (!heading.is_empty() && heading != standard && !standard_cut).then_some(heading)
}

pub(super) fn is_markdown_heading(paper: &Paper, region: &Region) -> bool {
    paper.text(&region.range).trim_start().starts_with('#')
}

/// Markdown markers and white space off a line. A table row keeps the
/// tabs of its empty cells at either end ("1⇥Upprop⇥⇥⇥", "⇥Bilaga 1⇥⇥⇥5"),
/// so that every row stays as wide as the table.
pub(super) fn clean_line(line: &str) -> String {
    if is_table_row(line) {
        return trim_row(line).to_owned();
    }
    line.trim()
        .trim_start_matches('#')
        .trim()
        .trim_matches(['*', '_'])
        .trim()
        .to_owned()
}

/// A line with a tab between two cells of text: a table row as the reader
/// writes it. A line only indented with a tab is none.
fn is_table_row(line: &str) -> bool {
    line.trim().contains('\t')
}

/// A line trimmed, a table row's empty cells at either end kept.
pub(super) fn trim_row(line: &str) -> &str {
    if is_table_row(line) {
        line.trim_matches(|c: char| c.is_whitespace() && c != '\t')
    } else {
        line.trim()
    }
}

pub(super) fn is_separator(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3
        && t.chars()
            .all(|c| matches!(c, '-' | '_' | '*' | '=' | '—' | '–'))
}

/// Paragraphs: runs of non-empty lines, separators dropped.
pub(super) fn paragraphs(lines: &[&str]) -> Vec<Vec<String>> {
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

pub(super) fn bullet_item(line: &str) -> Option<&str> {
    crate::paper::structure::bullet_len(line).map(|n| line[n..].trim())
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
pub(super) fn prose(lines: &[&str]) -> String {
    let mut blocks: Vec<String> = Vec::new();
    for paragraph in table_rows_joined(paragraphs(lines)) {
        if let Some(table) = markdown_table(&paragraph).or_else(|| pipe_table(&paragraph)) {
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

/// A table whose rows a PDF set apart with space (LibreOffice pads its
/// cells) comes as one-line paragraphs of as many tab-separated cells:
/// those are one paragraph again, so that they become one table.
fn table_rows_joined(paragraphs: Vec<Vec<String>>) -> Vec<Vec<String>> {
    let width = |p: &[String]| match p {
        [line] if line.contains('\t') && !line.contains('|') => line.split('\t').count(),
        _ => 0,
    };
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut run_width = 0;
    for paragraph in paragraphs {
        let w = width(&paragraph);
        // The paragraph before was a row as wide: it is the last one out.
        if w >= 2
            && w == run_width
            && let Some(last) = out.last_mut()
        {
            last.extend(paragraph);
        } else {
            out.push(paragraph);
        }
        run_width = w;
    }
    out
}

/// Rows the reader found (cells separated by tabs, every row as wide, two
/// rows or more) as a pipe table, the first row its header.
pub(super) fn pipe_table(paragraph: &[String]) -> Option<String> {
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

/// A Markdown (pipe) table as written: every line between pipes, a rule
/// of dashes under the first. Kept row by row, never joined into one line.
pub(super) fn markdown_table(paragraph: &[String]) -> Option<String> {
    let rule = paragraph.get(1)?;
    (paragraph.iter().all(|l| is_pipe_row(l)) && is_markdown_rule(rule.trim())).then(|| {
        paragraph
            .iter()
            .map(|l| l.trim())
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// A line between pipes: "| Post | 2025 |".
pub(super) fn is_pipe_row(line: &str) -> bool {
    let line = line.trim();
    line.len() >= 3 && line.starts_with('|') && line.ends_with('|')
}

/// A Markdown table's rule row: "|---|:--:|".
pub(super) fn is_markdown_rule(line: &str) -> bool {
    line.starts_with('|')
        && line.contains('-')
        && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

pub(super) fn non_empty(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}

/// The proposals as the paper numbers them (numbered, bulleted or
/// att-satser), and the words that lead into them; lines continue the
/// current one, even after a page break.
pub(super) fn proposals(
    paper: &Paper,
    region: &Region,
    unplaced: &mut Vec<String>,
) -> (Option<String>, Vec<String>) {
    let (lead, items) = crate::paper::structure::proposals_with_lead(paper);
    let items: Vec<String> = items
        .into_iter()
        .filter(|p| region.range.contains(&p.span.start))
        .map(|p| p.value)
        .collect();
    if items.is_empty() {
        unplaced.push("(förslaget till beslut var tomt)".into());
    }
    let lead = lead
        .filter(|l| region.range.contains(&l.span.start))
        .map(|l| l.value);
    (lead, items)
}

/// Adds a section's text to what an earlier section of the same kind gave
/// (a heading written twice), never replacing it.
pub(super) fn append(slot: &mut Option<String>, text: String) {
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
pub(super) fn basis_items(lines: &[&str]) -> Vec<String> {
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
pub(super) fn ends_open(line: &str) -> bool {
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
