//! A reviewed copy of a Word file: one comment per finding, around the
//! finding's words, in the file's own review pane.
//!
//! The finding's words are found again in `word/document.xml` by their
//! text: the reader's text and the document's paragraphs hold the same
//! words in the same order, so the k-th occurrence of the words in the
//! reader's body text is the k-th in the paragraphs. A run is split where
//! a finding starts or ends (its properties copied to both halves), so no
//! letter and no formatting changes; tracked changes, fields and existing
//! comments stay as they were. A finding whose words cannot be found (in a
//! page header, or across table cells) gets its comment on the document's
//! first words, quoting them.

use std::collections::BTreeMap;
use std::ops::Range;

use quick_xml::events::Event;

use super::Note;
use super::layout::{Layout, NodeKind, Point, locate, read_layout, xml_offset};
use crate::base::ooxml::{Archive, attribute, rewrite};

const COMMENTS_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const COMMENTS_REL: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const MAIN_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// What an annotated copy holds.
#[derive(Debug)]
pub struct Annotated {
    pub bytes: Vec<u8>,
    /// Notes put around their own words (the rest sit on the first words).
    pub placed: usize,
}

/// A copy of the Word file `bytes` with one comment per note. `source` is
/// the reader's text of the file and `body_start` where its body begins
/// (page headers come first); the notes' spans point into `source`.
pub fn annotate_docx(
    bytes: &[u8],
    source: &str,
    body_start: usize,
    notes: &[Note],
) -> Result<Annotated, String> {
    let mut archive = Archive::open(bytes, ".docx")?;
    let document = archive.part("word/document.xml")?;
    let content_types = archive.part("[Content_Types].xml")?;
    let rels_name = "word/_rels/document.xml.rels";
    let rels = if archive.has(rels_name) {
        archive.part(rels_name)?
    } else {
        EMPTY_RELS.to_owned()
    };
    let comments_name = comments_part(&rels).unwrap_or_else(|| "word/comments.xml".to_owned());
    let existing_comments = if archive.has(&comments_name) {
        Some(archive.part(&comments_name)?)
    } else {
        None
    };
    let layout = read_layout(&document)?;
    let first_id = next_id(&document).max(existing_comments.as_deref().map_or(0, next_id));
    let mut edits = Edits::default();
    let mut comments = String::new();
    let mut placed = 0;
    for (i, note) in notes.iter().enumerate() {
        let id = first_id + i;
        let located = locate(&layout, source, body_start, &note.span);
        let (start, end) = match located {
            Some(points) => {
                placed += 1;
                points
            }
            None => layout
                .first_run()
                .ok_or("dokumentet har ingen text att sätta kommentarer på")?,
        };
        edits.mark(&layout, start, Marker::Start(id));
        edits.mark(&layout, end, Marker::End(id));
        let mut text = note.text.clone();
        if located.is_none() {
            text.push_str(&format!("\n(Gäller: ”{}”)", quote(source, &note.span)));
        }
        comments.push_str(&comment_xml(id, &text));
    }
    let document = edits.apply(&document, &layout);
    let comments_xml = match existing_comments {
        Some(old) => {
            let end = old
                .rfind("</w:comments>")
                .ok_or("kommentarsdelen har en form som inte känns igen")?;
            format!("{}{comments}{}", &old[..end], &old[end..])
        }
        None => format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{MAIN_NS}">{comments}</w:comments>"#
        ),
    };
    let part_name = format!("/{comments_name}");
    let content_types = if content_types.contains(&format!("PartName=\"{part_name}\"")) {
        content_types
    } else {
        insert_before(
            &content_types,
            "</Types>",
            &format!(r#"<Override PartName="{part_name}" ContentType="{COMMENTS_TYPE}"/>"#),
        )?
    };
    let rels = if comments_part(&rels).is_some() {
        rels
    } else {
        let target = comments_name.trim_start_matches("word/");
        insert_before(
            &rels,
            "</Relationships>",
            &format!(
                r#"<Relationship Id="{}" Type="{COMMENTS_REL}" Target="{target}"/>"#,
                unused_rel_id(&rels)
            ),
        )?
    };
    let bytes = rewrite(
        bytes,
        &[
            ("word/document.xml", document.into_bytes()),
            (comments_name.as_str(), comments_xml.into_bytes()),
            ("[Content_Types].xml", content_types.into_bytes()),
            (rels_name, rels.into_bytes()),
        ],
    )?;
    Ok(Annotated { bytes, placed })
}

const EMPTY_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>"#;

/// The finding's words on their first line, for a comment that cannot sit
/// on them.
fn quote(source: &str, span: &Range<usize>) -> String {
    let range = super::clamp(source, span);
    source[range].lines().next().unwrap_or("").trim().to_owned()
}

fn insert_before(xml: &str, closing: &str, what: &str) -> Result<String, String> {
    let at = xml
        .rfind(closing)
        .ok_or_else(|| format!("paketet saknar {closing}"))?;
    Ok(format!("{}{what}{}", &xml[..at], &xml[at..]))
}

/// The comments part the document's relationships name, if any.
fn comments_part(rels: &str) -> Option<String> {
    let mut reader = quick_xml::Reader::from_str(rels);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e))
                if e.local_name().as_ref() == b"Relationship"
                    && attribute(&e, b"Type").as_deref() == Some(COMMENTS_REL) =>
            {
                let target = attribute(&e, b"Target")?;
                return Some(match target.strip_prefix('/') {
                    Some(absolute) => absolute.to_owned(),
                    None => format!("word/{target}"),
                });
            }
            Ok(Event::Eof) | Err(_) => return None,
            _ => {}
        }
    }
}

fn unused_rel_id(rels: &str) -> String {
    (0..)
        .map(|n| {
            if n == 0 {
                "rIdBeslutComments".to_owned()
            } else {
                format!("rIdBeslutComments{n}")
            }
        })
        .find(|id| !rels.contains(&format!("\"{id}\"")))
        .expect("an unused id")
}

/// One past the largest `w:id` the part uses: comment ids must not meet
/// the ones already there.
fn next_id(xml: &str) -> usize {
    xml.match_indices(":id=\"")
        .filter_map(|(at, m)| {
            let rest = &xml[at + m.len()..];
            rest[..rest.find('"')?].parse::<usize>().ok()
        })
        .max()
        .map_or(0, |n| n + 1)
}

fn comment_xml(id: usize, text: &str) -> String {
    let paragraphs: String = text
        .lines()
        .map(|line| {
            format!(
                r#"<w:p><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
                quick_xml::escape::escape(line)
            )
        })
        .collect();
    format!(r#"<w:comment w:id="{id}" w:author="beslut" w:initials="b">{paragraphs}</w:comment>"#)
}

#[derive(Debug, Clone, Copy)]
enum Marker {
    Start(usize),
    End(usize),
}

/// How a place in the XML is reached: outside any run, between two
/// children of a run, or inside a run's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cut {
    Outside,
    BetweenChildren { run: usize },
    InText { node: usize },
}

#[derive(Debug, Default)]
struct Edits {
    at: BTreeMap<usize, (Cut, Vec<Marker>)>,
}

impl Edits {
    fn mark(&mut self, layout: &Layout, point: Point, marker: Marker) {
        let node = &layout.nodes[point.node];
        let run = &layout.runs[node.run];
        let is_end = matches!(marker, Marker::End(_));
        let (position, cut) = if !is_end && point.offset == 0 && point.node == run.nodes.start {
            (run.outer.start, Cut::Outside)
        } else if is_end && point.offset == node.text.len() && point.node + 1 == run.nodes.end {
            (run.outer.end, Cut::Outside)
        } else {
            match &node.kind {
                NodeKind::Text { .. } => (
                    xml_offset(node, point.offset),
                    Cut::InText { node: point.node },
                ),
                NodeKind::Mark { element } => (
                    if point.offset == 0 {
                        element.start
                    } else {
                        element.end
                    },
                    Cut::BetweenChildren { run: node.run },
                ),
            }
        };
        self.at
            .entry(position)
            .or_insert((cut, Vec::new()))
            .1
            .push(marker);
    }

    /// The document with every marker in, runs split where needed.
    fn apply(&self, xml: &str, layout: &Layout) -> String {
        let mut out = String::with_capacity(xml.len() + self.at.len() * 160);
        // A text split reopens its w:t with xml:space="preserve", so the
        // first half's trailing space survives: its start tag is rewritten.
        let mut retagged: BTreeMap<usize, (usize, String)> = BTreeMap::new();
        for (cut, _) in self.at.values() {
            if let Cut::InText { node } = cut
                && let NodeKind::Text { start_tag, name } = &layout.nodes[*node].kind
            {
                retagged.insert(
                    start_tag.start,
                    (start_tag.end, format!(r#"<{name} xml:space="preserve">"#)),
                );
            }
        }
        let mut edits: Vec<(usize, usize, String)> = retagged
            .into_iter()
            .map(|(start, (end, tag))| (start, end, tag))
            .collect();
        for (&position, (cut, markers)) in &self.at {
            edits.push((
                position,
                position,
                self.insertion(xml, layout, *cut, markers),
            ));
        }
        edits.sort_by_key(|(start, end, _)| (*start, *end));
        let mut done = 0;
        for (start, end, text) in edits {
            out.push_str(&xml[done..start]);
            out.push_str(&text);
            done = end;
        }
        out.push_str(&xml[done..]);
        out
    }

    fn insertion(&self, xml: &str, layout: &Layout, cut: Cut, markers: &[Marker]) -> String {
        let run_of = |cut: Cut| match cut {
            Cut::InText { node } => Some(&layout.runs[layout.nodes[node].run]),
            Cut::BetweenChildren { run } => Some(&layout.runs[run]),
            Cut::Outside => None,
        };
        let prefix = run_of(cut).map_or_else(|| "w".to_owned(), |r| r.prefix.clone());
        let p = if prefix.is_empty() {
            String::new()
        } else {
            format!("{prefix}:")
        };
        // Ends first: a finding that ends where the next begins.
        let mut middle = String::new();
        for marker in markers.iter().filter(|m| matches!(m, Marker::End(_))) {
            if let Marker::End(id) = marker {
                middle.push_str(&format!(
                    r#"<{p}commentRangeEnd {p}id="{id}"/><{p}r><{p}commentReference {p}id="{id}"/></{p}r>"#
                ));
            }
        }
        for marker in markers {
            if let Marker::Start(id) = marker {
                middle.push_str(&format!(r#"<{p}commentRangeStart {p}id="{id}"/>"#));
            }
        }
        let Some(run) = run_of(cut) else {
            return middle;
        };
        let properties = run.properties.clone().map_or("", |r| &xml[r]);
        let name = &run.name;
        match cut {
            Cut::InText { node } => {
                let NodeKind::Text { name: t, .. } = &layout.nodes[node].kind else {
                    unreachable!("a text cut is in a text node")
                };
                format!(r#"</{t}></{name}>{middle}<{name}>{properties}<{t} xml:space="preserve">"#)
            }
            _ => format!("</{name}>{middle}<{name}>{properties}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCUMENT: &str = r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Barn 0-20 år </w:t><w:tab/><w:t>&amp; mer</w:t></w:r><w:ins><w:r><w:t>Norrtag AB</w:t></w:r></w:ins></w:p><w:p><w:r><w:t>Slut.</w:t></w:r></w:p></w:body></w:document>"#;

    fn edited(xml: &str, source: &str, spans: &[std::ops::Range<usize>]) -> Option<String> {
        let layout = read_layout(xml).ok()?;
        let mut edits = Edits::default();
        for (id, span) in spans.iter().enumerate() {
            let Some((start, end)) =
                locate(&layout, source, 0, span).or_else(|| layout.first_run())
            else {
                continue;
            };
            edits.mark(&layout, start, Marker::Start(id));
            edits.mark(&layout, end, Marker::End(id));
        }
        Some(edits.apply(xml, &layout))
    }

    #[test]
    fn a_span_across_a_tab_and_an_entity_splits_its_run_and_keeps_its_bold() {
        let source = "Barn 0-20 år \t& mer";
        let spans = [std::ops::Range {
            start: 5,
            end: source.len(),
        }];
        let out = edited(DOCUMENT, source, &spans).unwrap();
        assert!(out.contains(r#"<w:t xml:space="preserve">Barn </w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">0-20 år </w:t>"#), "{out}");
        assert!(
            out.contains(r#"<w:t>&amp; mer</w:t></w:r><w:commentRangeEnd w:id="0"/>"#),
            "{out}"
        );
    }

    #[test]
    fn every_prefix_of_a_document_is_an_error_or_a_copy_never_a_panic() {
        let source = "Barn 0-20 år \t& mer Norrtag AB\nSlut.";
        for cut in 0..DOCUMENT.len() {
            if DOCUMENT.is_char_boundary(cut) {
                let _ = edited(&DOCUMENT[..cut], source, &[0..4, 5..9, 20..27, 30..35]);
            }
        }
        // The whole document gives well-formed XML.
        let out = edited(DOCUMENT, source, &[0..4, 5..9, 20..27, 30..35]).unwrap();
        let mut reader = quick_xml::Reader::from_str(&out);
        while !matches!(reader.read_event().unwrap(), Event::Eof) {}
    }
}
