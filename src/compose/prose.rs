//! Prose fields → blocks. The subset real papers use: paragraphs separated by
//! blank lines, bullet lists (`- `, `* `, `• `), numbered lists (`1. `,
//! `1) `), pipe tables (a header row, an alignment row `|---|--:|`, body
//! rows) and two kinds of emphasis: `**fet**` and `*kursiv*` / `_kursiv_`.
//! Nothing else is markup: links, escapes, `#`, `<` and `$` print exactly as
//! written, and a marker without its partner prints literally.
//!
//! A small hand-written parser rather than a Markdown crate, because
//! Markdown reads far more than this (headings from `#`, code blocks from
//! indentation, `2024.` as a list start, backslash escapes) and a case
//! must print what it says.

use std::borrow::Cow;

use crate::base::swedish::bind_numbers;
use crate::document::{Align, Block, Span, Table, Text};

/// Whether `*` and `_` are read as emphasis. Imported (verbatim) cases
/// print every character as written; their tables (which import writes as
/// pipe tables from the rows it read) are still tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Read,
    Literal,
}

/// Splits prose into paragraphs, lists and tables. Lines of a paragraph are
/// joined with a space (hard-wrapped text reflows); a list item's
/// continuation lines join the item.
pub fn parse_prose(text: &str, markup: Markup) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Pending> = None;
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.is_empty() {
            blocks.extend(current.take().map(|p| p.finish(markup)));
            i += 1;
            continue;
        }
        if let Some((table, used)) = pipe_table(&lines[i..], markup) {
            blocks.extend(current.take().map(|p| p.finish(markup)));
            blocks.push(Block::Table(table));
            i += used;
            continue;
        }
        match (list_item(line), &mut current) {
            (Some((kind, item)), Some(Pending::List(open, items))) if *open == kind => {
                items.push(item.to_owned());
            }
            (Some((kind, item)), _) => {
                blocks.extend(current.take().map(|p| p.finish(markup)));
                current = Some(Pending::List(kind, vec![item.to_owned()]));
            }
            (None, Some(pending)) => pending.append_line(line),
            (None, None) => current = Some(Pending::Paragraph(line.to_owned())),
        }
        i += 1;
    }
    blocks.extend(current.map(|p| p.finish(markup)));
    blocks
}

/// A block still collecting lines, as plain text until it is finished.
enum Pending {
    Paragraph(String),
    List(ListKind, Vec<String>),
}

impl Pending {
    fn append_line(&mut self, line: &str) {
        let target = match self {
            Pending::Paragraph(text) => text,
            Pending::List(_, items) => items.last_mut().expect("a list always has an item"),
        };
        target.push(' ');
        target.push_str(line);
    }

    fn finish(self, markup: Markup) -> Block {
        match self {
            Pending::Paragraph(text) => Block::Paragraph(inline(&text, markup)),
            Pending::List(kind, items) => {
                let items = items.iter().map(|item| inline(item, markup)).collect();
                match kind {
                    ListKind::Bullet => Block::BulletList(items),
                    ListKind::Numbered => Block::NumberedList(items),
                }
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListKind {
    Bullet,
    Numbered,
}

/// Recognises a list marker and returns the item text after it.
fn list_item(line: &str) -> Option<(ListKind, &str)> {
    for marker in ["- ", "* ", "• ", "– "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return Some((ListKind::Bullet, rest.trim_start()));
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &line[digits..];
        for marker in [". ", ") "] {
            if let Some(item) = rest.strip_prefix(marker) {
                return Some((ListKind::Numbered, item.trim_start()));
            }
        }
    }
    None
}

/// Inline text with numbers bound to their units, and emphasis read when
/// `markup` says so.
pub fn inline(text: &str, markup: Markup) -> Text {
    let spans = match markup {
        Markup::Read => emphasis(text),
        Markup::Literal => vec![plain_span(text)],
    };
    Text(
        spans
            .into_iter()
            .map(|span| {
                // A span with nothing to bind keeps its own text.
                let bound = match bind_numbers(&span.text) {
                    Cow::Owned(bound) => Some(bound),
                    Cow::Borrowed(_) => None,
                };
                Span {
                    text: bound.unwrap_or(span.text),
                    ..span
                }
            })
            .collect(),
    )
}

fn plain_span(text: &str) -> Span {
    Span {
        text: text.to_owned(),
        ..Span::default()
    }
}

/// Splits `text` into spans at balanced `**…**`, `*…*` and `_…_` pairs.
/// An opening marker must be followed, and a closing one preceded, by a
/// non-space; neither may touch a letter or digit on its outer side, so
/// `5*3*2`, `fil_namn_x` and `**` alone stay literal. Strong text may hold
/// emphasised text.
fn emphasis(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    push_styled(&mut spans, text, false, false);
    merge_adjacent(spans)
}

fn push_styled(spans: &mut Vec<Span>, text: &str, strong: bool, emph: bool) {
    // Whether a closing marker could follow depends only on the closer's
    // own neighbours, so once a search for a marker fails no later opener
    // of it can succeed: remembering that keeps the scan linear.
    let mut exhausted = [false; 3];
    let mut plain_from = 0;
    let mut at = 0;
    // Only a `*` or `_` can start a marker: jump from one to the next.
    while let Some(next) = text[at..].find(['*', '_']) {
        at += next;
        let rest = &text[at..];
        let candidate = if !strong && rest.starts_with("**") {
            Some((0, "**"))
        } else if !emph && rest.starts_with('*') {
            Some((1, "*"))
        } else if !emph && rest.starts_with('_') {
            Some((2, "_"))
        } else {
            None
        };
        let found = candidate.and_then(|(kind, marker)| {
            if exhausted[kind] {
                return None;
            }
            let end = closing(text, at, marker);
            if end.is_none() && may_open(text, at, marker) {
                exhausted[kind] = true;
            }
            end.map(|end| (end, marker))
        });
        match found {
            Some((end, marker)) => {
                push_plain(spans, &text[plain_from..at], strong, emph);
                let inner = &text[at + marker.len()..end];
                if marker == "**" {
                    push_styled(spans, inner, true, emph);
                } else {
                    push_styled(spans, inner, strong, true);
                }
                at = end + marker.len();
                plain_from = at;
            }
            None => at += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    push_plain(spans, &text[plain_from..], strong, emph);
}

fn push_plain(spans: &mut Vec<Span>, text: &str, strong: bool, emph: bool) {
    if !text.is_empty() {
        spans.push(Span {
            text: text.to_owned(),
            strong,
            emph,
        });
    }
}

/// Whether `marker` at `open` may open emphasis: it does not touch a
/// letter or digit before it, and a non-space follows it.
fn may_open(text: &str, open: usize, marker: &str) -> bool {
    let before = text[..open].chars().next_back();
    let first = text[open + marker.len()..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && first.is_some_and(|c| !c.is_whitespace())
}

/// Where the marker opened at `open` closes, if it may open there at all.
fn closing(text: &str, open: usize, marker: &str) -> Option<usize> {
    if !may_open(text, open, marker) {
        return None;
    }
    let first = text[open + marker.len()..].chars().next()?;
    let mut from = open + marker.len() + first.len_utf8();
    while let Some(found) = text[from..].find(marker) {
        let mut end = from + found;
        // In `***`, strong closes on the last two stars (`**a *b***`).
        while marker == "**" && text[end + 2..].starts_with('*') {
            end += 1;
        }
        let last = text[..end].chars().next_back();
        let after = text[end + marker.len()..].chars().next();
        let doubled = marker.len() == 1 && after == marker.chars().next();
        if last.is_some_and(|c| !c.is_whitespace())
            && !after.is_some_and(char::is_alphanumeric)
            && !doubled
        {
            return Some(end);
        }
        from = end + marker.len();
    }
    None
}

fn merge_adjacent(spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        match out.last_mut() {
            Some(last) if last.strong == span.strong && last.emph == span.emph => {
                last.text.push_str(&span.text)
            }
            _ => out.push(span),
        }
    }
    out
}

/// A pipe table at the start of `lines`: a header row, an alignment row and
/// any body rows, each starting with `|`. Returns the table and how many
/// lines it used; without an alignment row the lines are not a table.
fn pipe_table(lines: &[&str], markup: Markup) -> Option<(Table, usize)> {
    let header = cells(lines.first()?)?;
    let alignments = alignment_row(lines.get(1)?)?;
    let mut rows: Vec<Vec<&str>> = Vec::new();
    for line in &lines[2..] {
        match cells(line) {
            Some(row) => rows.push(row),
            None => break,
        }
    }
    let width = rows
        .iter()
        .map(Vec::len)
        .chain([header.len(), alignments.len()])
        .max()
        .unwrap_or(1);
    let text_row = |row: &[&str]| -> Vec<Text> {
        (0..width)
            .map(|i| inline(row.get(i).copied().unwrap_or(""), markup))
            .collect()
    };
    let columns = (0..width)
        .map(|i| match alignments.get(i).copied().flatten() {
            Some(align) => align,
            None if rows
                .iter()
                .all(|row| numeric(row.get(i).copied().unwrap_or(""))) =>
            {
                Align::Right
            }
            None => Align::Left,
        })
        .collect();
    let longest = |i: usize| {
        std::iter::once(&header)
            .chain(&rows)
            .map(|row| row.get(i).map_or(0, |cell| cell.chars().count()))
            .max()
            .unwrap_or(0)
    };
    let widths = (0..width).map(|i| longest(i).clamp(4, 40) as u32).collect();
    let table = Table {
        columns,
        widths,
        header: text_row(&header),
        rows: rows.iter().map(|row| text_row(row)).collect(),
    };
    Some((table, rows.len() + 2))
}

/// The cells of a `| a | b |` row; the outer pipes are optional at the end.
fn cells(line: &str) -> Option<Vec<&str>> {
    let inner = line.strip_prefix('|')?;
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    Some(inner.split('|').map(str::trim).collect())
}

/// `|---|:--|--:|:-:|`: None for a column without colons (aligned by its
/// content), else its alignment.
fn alignment_row(line: &str) -> Option<Vec<Option<Align>>> {
    cells(line)?
        .into_iter()
        .map(|cell| {
            let left = cell.starts_with(':');
            let right = cell.ends_with(':') && cell.len() > 1;
            let dashes = cell.trim_start_matches(':').trim_end_matches(':');
            if dashes.is_empty() || !dashes.bytes().all(|b| b == b'-') {
                return None;
            }
            Some(match (left, right) {
                (true, true) => Some(Align::Center),
                (false, true) => Some(Align::Right),
                (true, false) => Some(Align::Left),
                (false, false) => None,
            })
        })
        .collect()
}

/// A cell that holds an amount or a count ("185 000", "−2,5 %", "12 tkr"):
/// such columns are right-aligned. An empty cell does not decide.
fn numeric(cell: &str) -> bool {
    // Emphasis does not change what a cell holds: "**1 220 500 kr**".
    let cell = cell.trim().trim_matches(['*', '_']).trim();
    if cell.is_empty() {
        return true;
    }
    // A sign only in front: "2026–2027" is a period, not an amount.
    let unsigned = cell.trim_start_matches(['-', '−', '–', '+']);
    let number_end = unsigned
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || " \u{a0}\u{202f},.:%".contains(c)))
        .map_or(unsigned.len(), |(i, _)| i);
    let (number, unit) = unsigned.split_at(number_end);
    number.starts_with(|c: char| c.is_ascii_digit())
        && matches!(
            unit.trim().trim_end_matches('.'),
            "" | "kr"
                | "kronor"
                | "tkr"
                | "mnkr"
                | "mkr"
                | "st"
                | "år"
                | "timmar"
                | "h"
                | "procent"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<Block> {
        parse_prose(text, Markup::Read)
    }

    fn para(text: &str) -> Block {
        Block::Paragraph(Text::plain(text))
    }

    fn span(text: &str, strong: bool, emph: bool) -> Span {
        Span {
            text: text.into(),
            strong,
            emph,
        }
    }

    #[test]
    fn paragraphs_reflow_and_split_on_blank_lines() {
        let blocks = read("Första raden\nfortsätter här.\n\nAndra stycket.\n");
        assert_eq!(
            blocks,
            vec![para("Första raden fortsätter här."), para("Andra stycket.")]
        );
    }

    #[test]
    fn bullet_and_numbered_lists_with_continuations() {
        let blocks = read("Inledning:\n- ett\n  fortsatt\n- två\n\n1. första\n2) andra\n");
        assert_eq!(
            blocks,
            vec![
                para("Inledning:"),
                Block::BulletList(vec!["ett fortsatt".into(), "två".into()]),
                Block::NumberedList(vec!["första".into(), "andra".into()]),
            ]
        );
    }

    #[test]
    fn markup_other_than_emphasis_stays_literal() {
        let text = r#"#read("/etc/passwd") $x^2$ <label> @ref \ ] [x](y) `kod`"#;
        assert_eq!(read(text), vec![para(text)]);
        // Imported papers print every marker as written.
        let text = "*fet* _kursiv_ | a | b |";
        assert_eq!(parse_prose(text, Markup::Literal), vec![para(text)]);
    }

    #[test]
    fn years_and_amounts_are_not_list_markers() {
        assert_eq!(
            read("2024. Året då allt hände."),
            vec![para("2024. Året då allt hände.")]
        );
    }

    #[test]
    fn strong_and_emphasis_become_spans() {
        let blocks = read("Det är **viktigt** och *bråttom*, _mycket_ **så *här***.");
        assert_eq!(
            blocks,
            vec![Block::Paragraph(Text(vec![
                span("Det är ", false, false),
                span("viktigt", true, false),
                span(" och ", false, false),
                span("bråttom", false, true),
                span(", ", false, false),
                span("mycket", false, true),
                span(" ", false, false),
                span("så ", true, false),
                span("här", true, true),
                span(".", false, false),
            ]))]
        );
    }

    #[test]
    fn unbalanced_and_inner_word_markers_print_literally() {
        for text in [
            "**inte stängd",
            "en * stjärna * med mellanrum",
            "5*3*2 och fil_namn_x",
            "* ",
            "**",
            "***",
            "_",
        ] {
            let blocks = read(text);
            let plain: Vec<String> = blocks
                .iter()
                .map(|b| match b {
                    Block::Paragraph(t) => t.to_plain(),
                    Block::BulletList(items) => items[0].to_plain(),
                    other => panic!("{other:?}"),
                })
                .collect();
            assert!(
                blocks.iter().all(|b| match b {
                    Block::Paragraph(t) => t.0.iter().all(|s| !s.strong && !s.emph),
                    _ => true,
                }),
                "{text}: {blocks:?}"
            );
            if !text.starts_with("* ") {
                assert_eq!(plain, vec![text.to_owned()], "{text}");
            }
        }
    }

    #[test]
    fn emphasis_scan_is_linear_in_unmatched_markers() {
        let text = "*a ".repeat(200_000);
        let started = std::time::Instant::now();
        let blocks = read(&text);
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        assert_eq!(blocks.len(), 1);
    }

    #[test]
    fn pipe_table_with_header_alignment_and_numeric_columns() {
        // A bold amount is still an amount: its column stays right-aligned.
        let text = "Kostnader:\n\n| Post | 2026 | Not | År |\n|---|---|:-:|---|\n| Personal | 185 000 kr | a | 2026–2027 |\n| **Lokaler** | **−40 000** | | 2027 |\nEfter tabellen.";
        let blocks = read(text);
        assert_eq!(blocks.len(), 3, "{blocks:?}");
        let Block::Table(table) = &blocks[1] else {
            panic!("{blocks:?}")
        };
        assert_eq!(
            table.columns,
            vec![Align::Left, Align::Right, Align::Center, Align::Left]
        );
        assert_eq!(
            table.header,
            vec![
                Text::plain("Post"),
                "2026".into(),
                "Not".into(),
                "År".into()
            ]
        );
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0][1], Text::plain("185\u{a0}000\u{a0}kr"));
        assert_eq!(table.rows[1][0].0, vec![span("Lokaler", true, false)]);
        assert_eq!(table.rows[1][2], Text::default());
        assert_eq!(blocks[2], para("Efter tabellen."));
    }

    #[test]
    fn pipes_without_an_alignment_row_are_text() {
        let text = "| inte | en tabell |\n| bara | text |";
        assert_eq!(
            read(text),
            vec![para("| inte | en tabell | | bara | text |")]
        );
    }

    #[test]
    fn table_cells_with_markup_payloads_stay_literal() {
        let text = "| A | B |\n|---|---|\n| #read(\"/etc/passwd\") | <w:t>x</w:t>]] |";
        let Block::Table(table) = &read(text)[0] else {
            panic!()
        };
        assert_eq!(table.rows[0][0].to_plain(), "#read(\"/etc/passwd\")");
        assert_eq!(table.rows[0][1].to_plain(), "<w:t>x</w:t>]]");
    }
}
