//! Where the text of a Word body stands in its XML: runs (with the
//! properties a split copies), their texts, tabs and breaks, and the
//! paragraphs they make, in the order the reader writes them; and where
//! a span of the reader's text is among them.

use std::ops::Range;

use quick_xml::events::{BytesStart, Event};

use crate::base::ooxml::{broken, entity, in_fallback, local_name as local};

/// A run (`w:r`): where it stands and the properties a split copies.
#[derive(Debug)]
pub(super) struct Run {
    pub(super) outer: Range<usize>,
    /// The run's qualified name ("w:r") and its prefix ("w").
    pub(super) name: String,
    pub(super) prefix: String,
    pub(super) properties: Option<Range<usize>>,
    pub(super) nodes: Range<usize>,
}

/// A run's text (`w:t`) or a tab or break in it.
#[derive(Debug)]
pub(super) struct Node {
    pub(super) run: usize,
    pub(super) text: String,
    /// Text bytes ↔ XML bytes: (offset in `text`, XML range, verbatim).
    /// A verbatim piece maps byte for byte; an entity is one character.
    pub(super) pieces: Vec<(usize, Range<usize>, bool)>,
    pub(super) kind: NodeKind,
}

#[derive(Debug)]
pub(super) enum NodeKind {
    /// `w:t`: its start tag and qualified name.
    Text {
        start_tag: Range<usize>,
        name: String,
    },
    /// `w:tab`, `w:br`: the element.
    Mark { element: Range<usize> },
}

/// A paragraph's text and where each node's text starts in it.
#[derive(Debug, Default)]
pub(super) struct Paragraph {
    pub(super) text: String,
    pub(super) nodes: Vec<(usize, usize)>,
}

#[derive(Debug, Default)]
pub(super) struct Layout {
    pub(super) runs: Vec<Run>,
    pub(super) nodes: Vec<Node>,
    /// In the order the reader writes them (by their end).
    pub(super) paragraphs: Vec<Paragraph>,
}

/// A place in the text: a node and a byte offset in its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Point {
    pub(super) node: usize,
    pub(super) offset: usize,
}

impl Layout {
    /// The first run with text: where a comment without a place sits.
    pub(super) fn first_run(&self) -> Option<(Point, Point)> {
        let node = self.nodes.iter().position(|n| !n.text.trim().is_empty())?;
        let last = self.runs[self.nodes[node].run].nodes.end - 1;
        Some((
            Point { node, offset: 0 },
            Point {
                node: last,
                offset: self.nodes[last].text.len(),
            },
        ))
    }
}

fn qualified(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.name().as_ref()).into_owned()
}

/// Reads the runs, texts and paragraphs of document.xml with their places.
pub(super) fn read_layout(xml: &str) -> Result<Layout, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut layout = Layout::default();
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut runs: Vec<usize> = Vec::new();
    let mut in_text = false;
    let mut properties_start: Option<usize> = None;
    let mut fallback_depth = 0usize;
    loop {
        let before = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(broken)?;
        let after = reader.buffer_position() as usize;
        if matches!(event, Event::Eof) {
            break;
        }
        if in_fallback(&event, &mut fallback_depth) {
            continue;
        }
        let in_run = runs.last().copied();
        match event {
            Event::Start(e) => match local(&e).as_slice() {
                b"p" => paragraphs.push(Paragraph::default()),
                b"r" => {
                    let name = qualified(&e);
                    let prefix = name.rsplit_once(':').map_or("", |(p, _)| p).to_owned();
                    layout.runs.push(Run {
                        outer: before..after,
                        name,
                        prefix,
                        properties: None,
                        nodes: layout.nodes.len()..layout.nodes.len(),
                    });
                    runs.push(layout.runs.len() - 1);
                }
                b"rPr" if in_run.is_some() && !in_text => properties_start = Some(before),
                b"t" if in_run.is_some() => {
                    in_text = true;
                    layout.nodes.push(Node {
                        run: in_run.expect("checked"),
                        text: String::new(),
                        pieces: Vec::new(),
                        kind: NodeKind::Text {
                            start_tag: before..after,
                            name: qualified(&e),
                        },
                    });
                }
                _ => {}
            },
            Event::Empty(e) => match local(&e).as_slice() {
                b"rPr" if in_run.is_some() => {
                    if let Some(run) = in_run {
                        layout.runs[run].properties.get_or_insert(before..after);
                    }
                }
                name @ (b"tab" | b"br" | b"cr") if in_run.is_some() && !in_text => {
                    let mark = if name == b"tab" { "\t" } else { "\n" };
                    layout.nodes.push(Node {
                        run: in_run.expect("checked"),
                        text: mark.to_owned(),
                        pieces: Vec::new(),
                        kind: NodeKind::Mark {
                            element: before..after,
                        },
                    });
                    add_to_paragraph(&mut paragraphs, &layout.nodes);
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                let node = layout.nodes.last_mut().expect("a text node is open");
                let raw = std::str::from_utf8(&t).map_err(broken)?;
                node.pieces.push((node.text.len(), before..after, true));
                node.text.push_str(raw);
            }
            Event::GeneralRef(r) if in_text => {
                if let Some(c) = entity(&r) {
                    let node = layout.nodes.last_mut().expect("a text node is open");
                    node.pieces.push((node.text.len(), before..after, false));
                    node.text.push(c);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"t" if in_text => {
                    in_text = false;
                    add_to_paragraph(&mut paragraphs, &layout.nodes);
                }
                b"rPr" => {
                    if let (Some(run), Some(start)) = (in_run, properties_start.take()) {
                        layout.runs[run].properties.get_or_insert(start..after);
                    }
                }
                b"r" => {
                    if let Some(run) = runs.pop() {
                        layout.runs[run].outer.end = after;
                        layout.runs[run].nodes.end = layout.nodes.len();
                    }
                }
                b"p" => {
                    if let Some(p) = paragraphs.pop() {
                        layout.paragraphs.push(p);
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    // A part cut short leaves a run or a paragraph open: its places are
    // unknown, so the copy is refused rather than guessed.
    if !runs.is_empty() || !paragraphs.is_empty() || in_text {
        return Err("word/document.xml slutar mitt i ett stycke".to_owned());
    }
    Ok(layout)
}

/// Adds the last node to the open paragraph's text.
fn add_to_paragraph(paragraphs: &mut [Paragraph], nodes: &[Node]) {
    if let (Some(p), Some(node)) = (paragraphs.last_mut(), nodes.last()) {
        p.nodes.push((nodes.len() - 1, p.text.len()));
        p.text.push_str(&node.text);
    }
}

/// Where the words at `span` of the reader's text stand in the document:
/// the same occurrence of the same words among the paragraphs.
pub(super) fn locate(
    layout: &Layout,
    source: &str,
    body_start: usize,
    span: &Range<usize>,
) -> Option<(Point, Point)> {
    let range = super::clamp(source, span);
    if range.start < body_start {
        return None;
    }
    let words = source[range.clone()].lines().next()?;
    if words.is_empty() {
        return None;
    }
    let occurrence = source[body_start..range.start].matches(words).count();
    let (paragraph, at) = layout
        .paragraphs
        .iter()
        .flat_map(|p| p.text.match_indices(words).map(move |(at, _)| (p, at)))
        .nth(occurrence)?;
    let start = point_at(paragraph, layout, at, false)?;
    let end = point_at(paragraph, layout, at + words.len(), true)?;
    Some((start, end))
}

/// The node and offset at byte `at` of the paragraph's text; an end point
/// belongs to the node it ends in.
fn point_at(paragraph: &Paragraph, layout: &Layout, at: usize, is_end: bool) -> Option<Point> {
    paragraph.nodes.iter().find_map(|&(node, start)| {
        let len = layout.nodes[node].text.len();
        let inside = if is_end {
            start < at && at <= start + len
        } else {
            start <= at && at < start + len
        };
        inside.then_some(Point {
            node,
            offset: at - start,
        })
    })
}

/// The XML offset of byte `offset` of a node's text.
pub(super) fn xml_offset(node: &Node, offset: usize) -> usize {
    let mut position = match &node.kind {
        NodeKind::Text { start_tag, .. } => start_tag.end,
        NodeKind::Mark { element } => element.start,
    };
    for (start, xml, verbatim) in &node.pieces {
        if offset < *start {
            break;
        }
        position = if *verbatim {
            xml.start + (offset - start).min(xml.len())
        } else if offset == *start {
            xml.start
        } else {
            xml.end
        };
    }
    position
}
