//! Word (.docx): paragraphs, heading styles, automatic numbering (`w:numPr`
//! directly or through the paragraph style), tables as rows, text boxes,
//! tracked insertions (deletions are `w:delText` and drop out), page
//! headers and footers as page furniture.

use std::collections::{HashMap, HashSet};

use quick_xml::events::Event;

use super::Parts;
use crate::base::ooxml::{Archive, attribute, broken, entity, in_fallback, local_name as local};

/// The text of a .docx in reading order: page headers (where the
/// letterhead lives), the body, page footers.
pub fn docx_text(bytes: &[u8]) -> Result<String, String> {
    let parts = read(bytes)?;
    Ok(parts.furniture + &parts.body + &parts.footer)
}

pub(super) fn read(bytes: &[u8]) -> Result<Parts, String> {
    let mut archive = Archive::open(bytes, ".docx")?;
    if !archive.has("word/document.xml") {
        return Err("filen saknar word/document.xml och är ingen Word-fil".to_owned());
    }
    let numbering = if archive.has("word/numbering.xml") {
        list_formats(&archive.part("word/numbering.xml")?)?
    } else {
        ListFormats::default()
    };
    let styles = if archive.has("word/styles.xml") {
        paragraph_styles(&archive.part("word/styles.xml")?)?
    } else {
        HashMap::new()
    };
    let context = Context { numbering, styles };
    let mut parts = Parts::default();
    let names = archive.names();
    // Headers before footers, first page's before the others' (by number);
    // a line repeated in several headers is kept once (a set, not a scan of
    // what is kept: a header of 50 000 lines was quadratic).
    for prefix in ["word/header", "word/footer"] {
        let mut kept = String::new();
        let mut seen: HashSet<String> = HashSet::new();
        for name in names
            .iter()
            .filter(|n| n.starts_with(prefix) && n.ends_with(".xml"))
        {
            let text = paragraphs(&archive.part(name)?, &context)?;
            for line in text.lines() {
                let line = super::pdf::layout::strip_page_number(line).trim();
                if !line.is_empty()
                    && !super::pdf::is_page_number(line)
                    && seen.insert(line.to_owned())
                {
                    kept.push_str(line);
                    kept.push('\n');
                }
            }
        }
        if prefix == "word/header" {
            parts.furniture = kept;
        } else {
            parts.footer = kept;
        }
    }
    parts.body = paragraphs(&archive.part("word/document.xml")?, &context)?;
    Ok(parts)
}

/// What a paragraph style means for the reader.
#[derive(Debug, Clone, Default)]
struct StyleInfo {
    heading: bool,
    numbering: Option<(String, u32)>,
}

/// Deepest list level counted (Word's levels are 0–8).
const MAX_LIST_LEVEL: usize = 8;

/// numId → level → (format, start).
#[derive(Debug, Default)]
struct ListFormats {
    levels: HashMap<String, HashMap<u32, (String, u32)>>,
}

struct Context {
    numbering: ListFormats,
    styles: HashMap<String, StyleInfo>,
}

/// Reads numbering.xml: abstract list definitions and the list instances
/// that use them.
fn list_formats(xml: &str) -> Result<ListFormats, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut abstracts: HashMap<String, HashMap<u32, (String, u32)>> = HashMap::new();
    let mut instances: Vec<(String, String)> = Vec::new();
    let (mut abstract_id, mut level, mut num_id) = (None::<String>, None::<u32>, None::<String>);
    loop {
        match reader.read_event().map_err(broken)? {
            Event::Start(e) | Event::Empty(e) => match local(&e).as_slice() {
                b"abstractNum" => abstract_id = attribute(&e, b"abstractNumId"),
                b"lvl" => level = attribute(&e, b"ilvl").and_then(|l| l.parse().ok()),
                b"numFmt" | b"start" => {
                    if let (Some(id), Some(lvl), Some(value)) =
                        (&abstract_id, level, attribute(&e, b"val"))
                    {
                        let entry = abstracts
                            .entry(id.clone())
                            .or_default()
                            .entry(lvl)
                            .or_insert(("decimal".into(), 1));
                        if local(&e) == b"numFmt" {
                            entry.0 = value;
                        } else {
                            entry.1 = value.parse().unwrap_or(1);
                        }
                    }
                }
                b"num" => num_id = attribute(&e, b"numId"),
                b"abstractNumId" => {
                    if let (Some(num), Some(value)) = (&num_id, attribute(&e, b"val")) {
                        instances.push((num.clone(), value));
                    }
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == b"abstractNum" => abstract_id = None,
            Event::End(e) if e.local_name().as_ref() == b"num" => num_id = None,
            Event::Eof => break,
            _ => {}
        }
    }
    let levels = instances
        .into_iter()
        .filter_map(|(num, abstract_id)| Some((num, abstracts.get(&abstract_id)?.clone())))
        .collect();
    Ok(ListFormats { levels })
}

/// Reads styles.xml: which paragraph styles are headings or numbered.
fn paragraph_styles(xml: &str) -> Result<HashMap<String, StyleInfo>, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut styles = HashMap::new();
    let mut current: Option<(String, StyleInfo)> = None;
    let mut num: (Option<String>, u32) = (None, 0);
    loop {
        match reader.read_event().map_err(broken)? {
            Event::Start(e) | Event::Empty(e) => match local(&e).as_slice() {
                b"style" => {
                    current = attribute(&e, b"styleId").map(|id| {
                        let heading = is_heading_style(&id);
                        (
                            id,
                            StyleInfo {
                                heading,
                                numbering: None,
                            },
                        )
                    });
                    num = (None, 0);
                }
                b"name" => {
                    if let (Some((_, info)), Some(name)) = (&mut current, attribute(&e, b"val")) {
                        info.heading |= is_heading_style(&name);
                    }
                }
                b"outlineLvl" => {
                    if let Some((_, info)) = &mut current {
                        info.heading |= attribute(&e, b"val").is_some_and(|v| v != "9");
                    }
                }
                b"numId" => num.0 = attribute(&e, b"val"),
                b"ilvl" => {
                    num.1 = attribute(&e, b"val")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0)
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == b"style" => {
                if let Some((id, mut info)) = current.take() {
                    info.numbering = num.0.take().filter(|n| n != "0").map(|n| (n, num.1));
                    styles.insert(id, info);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(styles)
}

fn is_heading_style(name: &str) -> bool {
    let lower = name.to_lowercase();
    ["heading", "rubrik", "title", "überschrift"]
        .iter()
        .any(|h| lower.starts_with(h))
        && !lower.contains("char")
}

/// A paragraph being read.
#[derive(Default)]
struct Paragraph {
    text: String,
    style: Option<String>,
    numbering: Option<(String, u32)>,
    /// numPr with numId 0: numbering switched off.
    numbering_off: bool,
}

/// One line per paragraph; table rows become one line with cells joined by
/// tabs; list items get their number or a dash.
fn paragraphs(xml: &str, context: &Context) -> Result<String, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = String::new();
    let mut stack: Vec<Paragraph> = Vec::new();
    let mut counters: HashMap<String, Vec<u32>> = HashMap::new();
    let mut in_text = false;
    // w:tab also defines tab stops in w:pPr; only a run's w:tab is text.
    let mut in_run = false;
    let mut fallback_depth = 0usize;
    let mut cell_depth = 0usize;
    let mut row: Option<Vec<Vec<String>>> = None;
    let mut cell: Vec<String> = Vec::new();
    let mut num: (Option<String>, u32) = (None, 0);
    let mut last = Block::None;
    loop {
        let event = reader.read_event().map_err(broken)?;
        if matches!(event, Event::Eof) {
            break;
        }
        if in_fallback(&event, &mut fallback_depth) {
            continue;
        }
        match event {
            Event::Start(e) => match local(&e).as_slice() {
                b"p" => stack.push(Paragraph::default()),
                b"t" => in_text = true,
                b"r" => in_run = true,
                b"tr" => row = Some(Vec::new()),
                b"tc" => {
                    cell_depth += 1;
                    cell.clear();
                }
                b"numPr" => num = (None, 0),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"r" => in_run = false,
                b"numPr" => {
                    if let Some(p) = stack.last_mut() {
                        match num.0.take() {
                            Some(id) if id == "0" => p.numbering_off = true,
                            Some(id) => p.numbering = Some((id, num.1)),
                            None => {}
                        }
                    }
                }
                b"p" => {
                    if let Some(p) = stack.pop() {
                        let line = render(p, context, &mut counters);
                        if cell_depth > 0 && row.is_some() {
                            if !line.trim().is_empty() {
                                cell.push(line.trim().to_owned());
                            }
                        } else if !line.trim().is_empty() {
                            // A text box inside a paragraph gets its own line.
                            let kind = if is_list_item(&line) {
                                Block::Item
                            } else {
                                Block::Paragraph
                            };
                            emit(&mut out, &mut last, kind, &line);
                        }
                    }
                }
                b"tc" => {
                    cell_depth = cell_depth.saturating_sub(1);
                    if let Some(row) = &mut row {
                        row.push(std::mem::take(&mut cell));
                    }
                }
                b"tr" => {
                    if let Some(cells) = row.take() {
                        emit_row(&mut out, &mut last, &cells);
                    }
                }
                _ => {}
            },
            Event::Empty(e) => match local(&e).as_slice() {
                b"pStyle" => {
                    if let Some(p) = stack.last_mut() {
                        p.style = attribute(&e, b"val");
                    }
                }
                b"numId" => num.0 = attribute(&e, b"val"),
                b"ilvl" => {
                    num.1 = attribute(&e, b"val")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0)
                }
                b"tab" if in_run => push(&mut stack, "\t"),
                b"br" | b"cr" if in_run => push(&mut stack, "\n"),
                _ => {}
            },
            Event::Text(t) if in_text => {
                let text = t.xml_content().map_err(broken)?;
                push(&mut stack, &text);
            }
            Event::GeneralRef(r) if in_text => {
                if let Some(c) = entity(&r) {
                    push(&mut stack, c.encode_utf8(&mut [0; 4]));
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

/// A table row: cells joined by tabs, one line — unless a cell holds
/// several paragraphs, which makes it a layout table (a letterhead with the
/// sender in one cell and Datum/Dnr in the other): then every paragraph
/// keeps its own line.
fn emit_row(out: &mut String, last: &mut Block, cells: &[Vec<String>]) {
    if cells.iter().any(|cell| cell.len() > 1) {
        for line in cells.iter().flatten() {
            emit(out, last, Block::Item, line);
        }
        return;
    }
    let cells: Vec<&str> = cells
        .iter()
        .map(|cell| cell.first().map_or("", |line| line.trim()))
        .collect();
    if cells.iter().any(|c| !c.is_empty()) {
        emit(out, last, Block::Row, &cells.join("\t"));
    }
}

/// What the previous line of output was: paragraphs are separated by a
/// blank line (as in Markdown), list items and table rows follow each other.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Block {
    None,
    Paragraph,
    Item,
    Row,
}

pub(super) fn emit(out: &mut String, last: &mut Block, kind: Block, line: &str) {
    let adjacent = kind == *last && matches!(kind, Block::Item | Block::Row);
    if *last != Block::None && !adjacent {
        out.push('\n');
    }
    out.push_str(line);
    out.push('\n');
    *last = kind;
}

fn is_list_item(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    line.starts_with("- ")
        || (1..=3).contains(&digits) && line[digits..].starts_with(". ")
        || line.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && line[1..].starts_with(") ")
}

fn push(stack: &mut [Paragraph], text: &str) {
    if let Some(p) = stack.last_mut() {
        p.text.push_str(text);
    }
}

/// The paragraph's line: `## ` for headings, the list marker for items.
fn render(p: Paragraph, context: &Context, counters: &mut HashMap<String, Vec<u32>>) -> String {
    let style = p.style.as_deref().and_then(|s| context.styles.get(s));
    let heading =
        style.is_some_and(|s| s.heading) || p.style.as_deref().is_some_and(is_heading_style);
    if p.text.trim().is_empty() {
        return String::new();
    }
    if heading {
        return format!("## {}", p.text.trim());
    }
    let numbering = if p.numbering_off {
        None
    } else {
        p.numbering
            .clone()
            .or_else(|| style.and_then(|s| s.numbering.clone()))
    };
    let Some((num_id, level)) = numbering else {
        return p.text;
    };
    let Some((format, start)) = context
        .numbering
        .levels
        .get(&num_id)
        .and_then(|levels| levels.get(&level))
        .cloned()
    else {
        return p.text;
    };
    let counter = counters.entry(num_id).or_default();
    // Word has nine list levels (0–8); a file that claims level 4 000 000 000
    // must not make the counter that long.
    let level = (level as usize).min(MAX_LIST_LEVEL);
    counter.resize(level + 1, 0);
    counter.truncate(level + 1);
    // A list that claims to start at 4 294 967 295 stops there.
    let n = if counter[level] == 0 {
        start
    } else {
        counter[level].saturating_add(1)
    };
    counter[level] = n;
    let marker = match format.as_str() {
        "bullet" | "none" => "-".to_owned(),
        "lowerLetter" => format!("{})", letter(n, false)),
        "upperLetter" => format!("{})", letter(n, true)),
        _ => format!("{n}."),
    };
    format!("{marker} {}", p.text.trim_start())
}

fn letter(n: u32, upper: bool) -> char {
    let base = if upper { b'A' } else { b'a' };
    char::from(base + ((n.saturating_sub(1)) % 26) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context() -> Context {
        let numbering = list_formats(
            r#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>"#,
        )
        .unwrap();
        let styles = paragraph_styles(
            r#"<w:styles xmlns:w="w"><w:style w:styleId="Rubrik2"><w:name w:val="heading 2"/></w:style><w:style w:styleId="Att"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>"#,
        )
        .unwrap();
        Context { numbering, styles }
    }

    fn p(inner: &str) -> String {
        format!("<w:p>{inner}</w:p>")
    }

    #[test]
    fn numbered_and_bulleted_paragraphs_keep_their_markers() {
        let num = |id: &str| {
            format!(
                r#"<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{id}"/></w:numPr></w:pPr>"#
            )
        };
        let xml = format!(
            "<w:document xmlns:w=\"w\"><w:body>{}{}{}{}{}</w:body></w:document>",
            p(&format!(
                "{}<w:r><w:t>Avtalet förlängs.</w:t></w:r>",
                num("1")
            )),
            p(&format!(
                "{}<w:r><w:t>Beslutet justeras.</w:t></w:r>",
                num("1")
            )),
            p(&format!("{}<w:r><w:t>Punkt</w:t></w:r>", num("2"))),
            p(r#"<w:pPr><w:pStyle w:val="Rubrik2"/></w:pPr><w:r><w:t>Ärende</w:t></w:r>"#),
            p(r#"<w:pPr><w:pStyle w:val="Att"/></w:pPr><w:r><w:t>Tredje</w:t></w:r>"#),
        );
        assert_eq!(
            paragraphs(&xml, &context()).unwrap(),
            "1. Avtalet förlängs.\n2. Beslutet justeras.\n- Punkt\n\n## Ärende\n\n3. Tredje\n"
        );
    }

    #[test]
    fn a_list_starting_at_the_largest_number_does_not_overflow() {
        // Found by the office_structure fuzzer.
        let numbering = list_formats(
            r#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="4294967295"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#,
        )
        .unwrap();
        let context = Context {
            numbering,
            styles: context().styles,
        };
        let item = p(
            r#"<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Punkt</w:t></w:r>"#,
        );
        let xml = format!("<w:document xmlns:w=\"w\"><w:body>{item}{item}</w:body></w:document>");
        let text = paragraphs(&xml, &context).unwrap();
        assert_eq!(text.matches("4294967295. Punkt").count(), 2, "{text}");
    }

    #[test]
    fn tables_are_rows_and_deletions_drop_out() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Datum</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2026-05-04</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:ins><w:r><w:t>Nytt</w:t></w:r></w:ins><w:del><w:r><w:delText>Gammalt</w:delText></w:r></w:del><w:r><w:tab/><w:t>A &amp; B</w:t></w:r></w:p></w:body></w:document>"#;
        assert_eq!(
            paragraphs(xml, &context()).unwrap(),
            "Datum\t2026-05-04\n\nNytt\tA & B\n"
        );
    }

    #[test]
    fn broken_docx_is_an_error_not_a_panic() {
        assert!(docx_text(b"not a zip").is_err());
        assert!(docx_text(&[0x50, 0x4b, 0x03, 0x04, 0, 0]).is_err());
    }
}
