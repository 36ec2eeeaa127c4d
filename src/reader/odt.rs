//! OpenDocument text (.odt): headings (`text:h`), paragraphs, numbered and
//! bulleted lists, tables as rows, frames; tracked deletions, comments and
//! notes left out; page headers and footers (in styles.xml) as furniture.

use std::collections::HashMap;

use quick_xml::events::Event;

use super::Parts;
use super::docx::{Block, emit};
use crate::base::ooxml::{Archive, attribute, broken, entity};

pub(super) fn read(bytes: &[u8]) -> Result<Parts, String> {
    let mut archive = Archive::open(bytes, ".odt")?;
    if !archive.has("content.xml") {
        return Err("filen saknar content.xml och är ingen OpenDocument-text".to_owned());
    }
    let content = archive.part("content.xml")?;
    let styles = if archive.has("styles.xml") {
        archive.part("styles.xml")?
    } else {
        String::new()
    };
    let mut numbered = list_styles(&styles)?;
    numbered.extend(list_styles(&content)?);
    Ok(Parts {
        furniture: text(&styles, &numbered, Scope::PageFurniture)?,
        body: text(&content, &numbered, Scope::Body)?,
        footer: String::new(),
    })
}

/// List style name → whether level 1 is numbered (else bulleted).
fn list_styles(xml: &str) -> Result<HashMap<String, bool>, String> {
    let mut styles = HashMap::new();
    if xml.is_empty() {
        return Ok(styles);
    }
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut current: Option<String> = None;
    loop {
        match reader.read_event().map_err(broken)? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"list-style" => current = attribute(&e, b"name"),
                b"list-level-style-number" | b"list-level-style-bullet" => {
                    let level = attribute(&e, b"level").unwrap_or_else(|| "1".into());
                    if let (Some(name), "1") = (&current, level.as_str()) {
                        let numbered = e.local_name().as_ref() == b"list-level-style-number"
                            && attribute(&e, b"num-format").is_none_or(|f| !f.is_empty());
                        styles.insert(name.clone(), numbered);
                    }
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == b"list-style" => current = None,
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(styles)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// content.xml's `office:body`.
    Body,
    /// styles.xml's `style:header` / `style:footer`.
    PageFurniture,
}

/// One open list: whether it is numbered, and its counter.
struct List {
    numbered: bool,
    count: u32,
}

fn text(xml: &str, numbered: &HashMap<String, bool>, scope: Scope) -> Result<String, String> {
    let mut out = String::new();
    if xml.is_empty() {
        return Ok(out);
    }
    let mut reader = quick_xml::Reader::from_str(xml);
    // Paragraphs being read (a frame's paragraphs nest in another one).
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut lists: Vec<List> = Vec::new();
    let mut item_pending = false;
    let mut skip_depth = 0usize;
    let mut scope_depth = 0usize;
    let mut row: Option<Vec<String>> = None;
    let mut cell: Option<String> = None;
    let mut last = Block::None;
    loop {
        let event = reader.read_event().map_err(broken)?;
        let name = match &event {
            Event::Start(e) | Event::Empty(e) => Some(e.local_name().as_ref().to_vec()),
            Event::End(e) => Some(e.local_name().as_ref().to_vec()),
            _ => None,
        };
        let name = name.as_deref().unwrap_or(b"");
        let skipped = matches!(
            name,
            b"tracked-changes" | b"annotation" | b"note" | b"deletion"
        );
        let in_scope = match scope {
            Scope::Body => matches!(name, b"body"),
            Scope::PageFurniture => matches!(
                name,
                b"header" | b"footer" | b"header-first" | b"footer-first"
            ),
        };
        match &event {
            Event::Start(_) if skipped => {
                skip_depth += 1;
                continue;
            }
            Event::End(_) if skipped => {
                skip_depth = skip_depth.saturating_sub(1);
                continue;
            }
            Event::Start(_) if in_scope => {
                scope_depth += 1;
                continue;
            }
            Event::End(_) if in_scope => {
                scope_depth = scope_depth.saturating_sub(1);
                continue;
            }
            Event::Eof => break,
            _ if skip_depth > 0 || scope_depth == 0 => continue,
            _ => {}
        }
        match event {
            Event::Start(e) => match name {
                b"p" => stack.push((String::new(), false)),
                b"h" => stack.push((String::new(), true)),
                b"list" => {
                    let style_numbered = attribute(&e, b"style-name")
                        .and_then(|s| numbered.get(&s).copied())
                        .or_else(|| lists.last().map(|l| l.numbered))
                        .unwrap_or(false);
                    lists.push(List {
                        numbered: style_numbered,
                        count: 0,
                    });
                }
                b"list-item" => item_pending = true,
                b"table-row" => row = Some(Vec::new()),
                b"table-cell" => cell = Some(String::new()),
                _ => {}
            },
            Event::End(_) => match name {
                b"p" | b"h" => {
                    let Some((text, heading)) = stack.pop() else {
                        continue;
                    };
                    let text = text.trim_end().to_owned();
                    if let Some(cell) = &mut cell {
                        if !cell.is_empty() && !text.is_empty() {
                            cell.push(' ');
                        }
                        cell.push_str(text.trim());
                        continue;
                    }
                    if text.trim().is_empty() {
                        continue;
                    }
                    let mut line = String::new();
                    let mut kind = Block::Paragraph;
                    if heading {
                        line.push_str("## ");
                    } else if item_pending && let Some(list) = lists.last_mut() {
                        list.count += 1;
                        kind = Block::Item;
                        if list.numbered {
                            line.push_str(&format!("{}. ", list.count));
                        } else {
                            line.push_str("- ");
                        }
                    }
                    item_pending = false;
                    line.push_str(&text);
                    emit(&mut out, &mut last, kind, &line);
                }
                b"list" => {
                    lists.pop();
                }
                b"table-cell" => {
                    if let (Some(row), Some(cell)) = (&mut row, cell.take()) {
                        row.push(cell);
                    }
                }
                b"table-row" => {
                    if let Some(cells) = row.take()
                        && cells.iter().any(|c| !c.trim().is_empty())
                    {
                        emit(&mut out, &mut last, Block::Row, &cells.join("\t"));
                    }
                }
                _ => {}
            },
            Event::Empty(e) => {
                let Some((text, _)) = stack.last_mut() else {
                    continue;
                };
                match name {
                    b"s" => {
                        let count: usize = attribute(&e, b"c")
                            .and_then(|c| c.parse().ok())
                            .unwrap_or(1)
                            .min(100);
                        text.push_str(&" ".repeat(count));
                    }
                    b"tab" => text.push('\t'),
                    b"line-break" => text.push('\n'),
                    _ => {}
                }
            }
            Event::Text(t) => {
                if let Some((text, _)) = stack.last_mut() {
                    text.push_str(&t.xml_content().map_err(broken)?);
                }
            }
            Event::GeneralRef(r) => {
                if let (Some((text, _)), Some(c)) = (stack.last_mut(), entity(&r)) {
                    text.push(c);
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_lists_tables_and_changes() {
        let content = r#"<office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="tb"><office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style></office:automatic-styles><office:body><office:text><text:tracked-changes><text:changed-region><text:deletion><text:p>Bort</text:p></text:deletion></text:changed-region></text:tracked-changes><text:h text:outline-level="2">Förslag till beslut</text:h><text:list text:style-name="L1"><text:list-item><text:p>Avtalet förlängs.</text:p></text:list-item><text:list-item><text:p>Beslutet<text:s text:c="2"/>justeras.</text:p></text:list-item></text:list><text:list><text:list-item><text:p>Punkt</text:p></text:list-item></text:list><table:table><table:table-row><table:table-cell><text:p>År</text:p></table:table-cell><table:table-cell><text:p>2027</text:p></table:table-cell></table:table-row></table:table><text:p>A &amp; B<text:tab/>C</text:p></office:text></office:body></office:document-content>"#;
        let styles = list_styles(content).unwrap();
        assert_eq!(
            text(content, &styles, Scope::Body).unwrap(),
            "## Förslag till beslut\n\n1. Avtalet förlängs.\n2. Beslutet  justeras.\n- Punkt\n\nÅr\t2027\n\nA & B\tC\n"
        );
    }

    #[test]
    fn page_header_is_furniture() {
        let styles = r#"<office:document-styles xmlns:office="o" xmlns:style="s" xmlns:text="t"><office:master-styles><style:master-page><style:header><text:p>Dnr SN 2026/140</text:p></style:header></style:master-page></office:master-styles></office:document-styles>"#;
        assert_eq!(
            text(styles, &HashMap::new(), Scope::PageFurniture).unwrap(),
            "Dnr SN 2026/140\n"
        );
    }

    #[test]
    fn not_a_zip_is_an_error() {
        assert!(read(b"PK\x03\x04broken").is_err());
        assert!(read(b"plain text").is_err());
    }
}
