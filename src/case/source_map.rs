//! Where each value of a case file stands in its YAML source, so errors found
//! after parsing (and lint findings) can point at file:line:column.

use std::collections::{HashMap, HashSet};

use granit_parser::{Event, Parser, ScalarStyle, Span};

/// A position in a source file, 1-based like editors show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Where a value stands: its position and its byte range in the source.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Placed {
    position: Position,
    bytes: Option<std::ops::Range<usize>>,
}

/// Maps value paths such as `mbl.date`, `proposals[0]` or
/// `sections.other[1].text` to the position of the value.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    positions: HashMap<String, Placed>,
}

impl SourceMap {
    /// Builds the map from YAML source; an unparsable source gives an empty map
    /// (the typed parse reports the error).
    ///
    /// One pass over the parser's events, without the typed parse's scalar
    /// resolution: reading the YAML was 40 % of a case file's lint while the
    /// map was built from a second full deserialisation. A node reached
    /// through an alias is placed at the alias; what lies under it is not
    /// placed, so it takes the alias's position (see [`Self::position`]).
    pub fn new(source: &str) -> Self {
        Self {
            positions: walk(source).unwrap_or_default(),
        }
    }

    /// The position of the value at `path`, or of its nearest ancestor.
    pub fn position(&self, path: &str) -> Position {
        let mut path = path;
        loop {
            if let Some(placed) = self.positions.get(path) {
                return placed.position;
            }
            match path.rfind(['.', '[']) {
                Some(cut) => path = &path[..cut],
                None => return Position { line: 1, column: 1 },
            }
        }
    }

    /// The byte range of the scalar value at `path`.
    pub fn bytes(&self, path: &str) -> Option<std::ops::Range<usize>> {
        self.positions.get(path)?.bytes.clone()
    }
}

/// Where the walk stands inside a collection.
enum Frame {
    /// In a mapping, after the key `Some(key)` or before a key (`None`),
    /// with the keys it has given.
    Map {
        path: String,
        key: Option<String>,
        keys: HashSet<String>,
    },
    /// In a sequence, before item `next`.
    Seq { path: String, next: usize },
}

/// Every node's path and place, or `None` where the YAML does not parse,
/// gives a key twice, or has a key that is not a scalar (no case file
/// does).
fn walk(source: &str) -> Option<HashMap<String, Placed>> {
    let mut positions = HashMap::new();
    let mut stack: Vec<Frame> = Vec::new();
    // Scalars defined with an anchor, for an alias used as a key.
    let mut anchored: HashMap<usize, String> = HashMap::new();
    let mut root_done = false;
    for event in Parser::new_from_str(source) {
        let (event, span) = event.ok()?;
        let opens = match &event {
            Event::Scalar(value, _, anchor, _) => {
                if *anchor != 0 {
                    anchored.insert(*anchor, value.to_string());
                }
                None
            }
            Event::Alias(_) => None,
            Event::MappingStart(..) => Some(true),
            Event::SequenceStart(..) => Some(false),
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                continue;
            }
            Event::DocumentEnd if root_done => break,
            // A file without a node is one null, where the stream ends.
            Event::StreamEnd if !root_done => {
                positions.insert(String::new(), placed(&span));
                break;
            }
            _ => continue,
        };
        // A key is not a value: it only names the next one. A key given
        // twice is an error to serde-saphyr, as it is here.
        if let Some(Frame::Map {
            key: key @ None,
            keys,
            ..
        }) = stack.last_mut()
        {
            let text = key_text(&event, &anchored)?;
            if !keys.insert(text.clone()) {
                return None;
            }
            *key = Some(text);
            continue;
        }
        let path = match stack.last_mut() {
            None => {
                root_done = true;
                String::new()
            }
            Some(Frame::Map { path, key, .. }) => child_key(path, &key.take()?),
            Some(Frame::Seq { path, next }) => {
                *next += 1;
                format!("{path}[{}]", *next - 1)
            }
        };
        positions.insert(path.clone(), placed(&span));
        match opens {
            Some(true) => stack.push(Frame::Map {
                path,
                key: None,
                keys: HashSet::new(),
            }),
            Some(false) => stack.push(Frame::Seq { path, next: 0 }),
            None => {}
        }
    }
    Some(positions)
}

/// The text of a mapping key: a scalar's (an anchored one's, for an
/// alias), but not a collection's or a null's.
fn key_text(event: &Event, anchored: &HashMap<usize, String>) -> Option<String> {
    match event {
        Event::Scalar(value, style, _, _) => {
            let null = *style == ScalarStyle::Plain && is_null(value);
            (!null).then(|| value.to_string())
        }
        Event::Alias(id) => anchored.get(id).cloned(),
        _ => None,
    }
}

/// A plain scalar YAML reads as null, which is no key.
fn is_null(value: &str) -> bool {
    matches!(value, "" | "~" | "null" | "Null" | "NULL")
}

fn child_key(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

/// A node's place as serde-saphyr reports it: line and column 1-based, the
/// byte range from the event's span.
fn placed(span: &Span) -> Placed {
    let bytes = span
        .start
        .byte_offset()
        .zip(span.end.byte_offset())
        .map(|(start, end)| start..end.max(start));
    Placed {
        position: Position {
            line: span.start.line(),
            column: span.start.col() + 1,
        },
        bytes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The map as it was built before: a second, typed parse into
    /// `Spanned` nodes. The walk must place every node as this did.
    mod typed {
        use std::collections::HashMap;
        use std::fmt;

        use serde::Deserialize;
        use serde::de::{MapAccess, SeqAccess, Visitor};
        use serde_saphyr::Spanned;

        use super::super::{Placed, Position};

        pub(super) fn positions(source: &str) -> Option<HashMap<String, Placed>> {
            let root = serde_saphyr::from_str::<Spanned<Node>>(source).ok()?;
            let mut out = HashMap::new();
            collect(&root, String::new(), &mut out);
            Some(out)
        }

        pub(super) fn collect(
            node: &Spanned<Node>,
            path: String,
            out: &mut HashMap<String, Placed>,
        ) {
            let location = node.referenced;
            let span = location.span();
            let bytes = span
                .byte_offset()
                .zip(span.byte_len())
                .map(|(start, len)| start as usize..(start + len) as usize);
            let position = Position {
                line: location.line() as usize,
                column: location.column() as usize,
            };
            out.insert(path.clone(), Placed { position, bytes });
            match &node.value {
                Node::Map(entries) => {
                    for (key, child) in entries {
                        let child_path = if path.is_empty() {
                            key.clone()
                        } else {
                            format!("{path}.{key}")
                        };
                        collect(child, child_path, out);
                    }
                }
                Node::Seq(items) => {
                    for (index, child) in items.iter().enumerate() {
                        collect(child, format!("{path}[{index}]"), out);
                    }
                }
                Node::Scalar => {}
            }
        }

        /// A YAML value reduced to its shape.
        pub(super) enum Node {
            Map(Vec<(String, Spanned<Node>)>),
            Seq(Vec<Spanned<Node>>),
            Scalar,
        }

        impl<'de> Deserialize<'de> for Node {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_any(NodeVisitor)
            }
        }

        struct NodeVisitor;

        impl<'de> Visitor<'de> for NodeVisitor {
            type Value = Node;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any YAML value")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut entries = Vec::new();
                while let Some((key, value)) = map.next_entry::<String, Spanned<Node>>()? {
                    entries.push((key, value));
                }
                Ok(Node::Map(entries))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Spanned<Node>>()? {
                    items.push(item);
                }
                Ok(Node::Seq(items))
            }

            fn visit_bool<E>(self, _: bool) -> Result<Node, E> {
                Ok(Node::Scalar)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Node, E> {
                Ok(Node::Scalar)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Node, E> {
                Ok(Node::Scalar)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Node, E> {
                Ok(Node::Scalar)
            }
            fn visit_str<E>(self, _: &str) -> Result<Node, E> {
                Ok(Node::Scalar)
            }
            fn visit_unit<E>(self) -> Result<Node, E> {
                Ok(Node::Scalar)
            }
            fn visit_none<E>(self) -> Result<Node, E> {
                Ok(Node::Scalar)
            }
        }
    }

    #[test]
    fn finds_nested_values_and_list_items() {
        let map = SourceMap::new(
            "dnr: X 1\nmbl:\n  kind: information\n  date: 2024-01-01\nsend_to:\n  - A\n  - B\n",
        );
        assert_eq!(map.position("dnr"), Position { line: 1, column: 6 });
        assert_eq!(map.position("mbl.date").line, 4);
        assert_eq!(map.position("send_to[1]").line, 7);
        // Unknown paths fall back to the nearest ancestor.
        assert_eq!(map.position("mbl.nothing").line, map.position("mbl").line);
    }

    #[test]
    fn byte_ranges_cover_plain_quoted_and_block_scalars() {
        let source = "a: plain text\nb: 'quoted'\nc: |\n  block line one\n  line two\nd: x\n";
        let map = SourceMap::new(source);
        let text = |path: &str| &source[map.bytes(path).unwrap()];
        assert_eq!(text("a"), "plain text");
        assert!(text("b").contains("quoted"));
        assert!(
            text("c").contains("block line one") && text("c").contains("line two"),
            "{:?}",
            text("c")
        );
    }

    /// The walk places every node where the typed parse placed it, over
    /// the project's own case and meeting files and YAML written to try
    /// its corners (styles of scalar, flow collections, comments, keys
    /// quoted or numeric, documents marked, non-ASCII text).
    #[test]
    fn the_walk_places_nodes_as_the_typed_parse_did() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut sources: Vec<(String, String)> =
            ["cases", "meetings", "tests/fixtures", "examples"]
                .iter()
                .flat_map(|dir| walkdir::WalkDir::new(root.join(dir)))
                .filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "yaml"))
                .map(|e| {
                    let text = std::fs::read_to_string(e.path()).expect("readable");
                    (e.path().display().to_string(), text)
                })
                .collect();
        assert!(sources.len() >= 20, "found {} files", sources.len());
        for (i, corner) in CORNERS.iter().enumerate() {
            sources.push((format!("corner {i}"), corner.to_string()));
        }
        for (name, source) in &sources {
            assert_eq!(walk(source), typed::positions(source), "{name}");
        }
    }

    const CORNERS: &[&str] = &[
        "a: plain\n  continued\nb: 'single ''q'''\nc: \"dq \\u00e5\"\n",
        "text: >-\n  folded\n  lines\n\nnext: |+\n  kept\n\n",
        "# comment\n---\nlist: [a, b, {c: d}]\nmap: {x: 1, y: [2, 3]}\n...\n",
        "\"quoted key\": 1\n2024: year\ntrue: yes\nnull_value:\n",
        "~: tilde\n",
        "'~': quoted tilde\n",
        "send_to:\n- Åsa Öberg\n-   Kommunstyrelsen  # kommentar\n- - nested\n  - list\n",
        "sections:\n  other:\n    - heading: Ä\n      text: |\n        rad ett\n        rad två\n",
        "empty_map: {}\nempty_list: []\nlast: slut",
        "root",
        "- a\n- b: c\n",
        "a:\n  b:\n    c:\n      d: djup\n",
    ];

    #[test]
    fn an_unparsable_source_gives_an_empty_map() {
        for source in [
            "a: [unclosed",
            "a: b\n c: d\n  - e",
            "{[]: x}",
            "a: *unknown",
        ] {
            let map = SourceMap::new(source);
            assert!(map.positions.is_empty(), "{source:?}: {:?}", map.positions);
        }
    }

    /// The same comparison over the fuzz corpora's YAML (thousands of
    /// hostile and half-broken files): `cargo test --lib
    /// walk_matches_typed_over_fuzz -- --ignored`.
    #[test]
    #[ignore = "reads the fuzz corpora; seconds"]
    fn walk_matches_typed_over_fuzz_corpora() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
        let mut compared = 0;
        for dir in ["case_loader", "meeting_structure"] {
            for entry in std::fs::read_dir(root.join(dir)).expect("corpus").flatten() {
                let Ok(source) = std::fs::read_to_string(entry.path()) else {
                    continue;
                };
                let typed = typed::positions(&source);
                let walked = walk(&source);
                // Where the typed parse gave up, the lint has no case to
                // place anything in; only a map both built must agree.
                if typed.is_some() {
                    assert_eq!(walked, typed, "{}", entry.path().display());
                    compared += 1;
                }
            }
        }
        assert!(compared > 100, "compared {compared}");
    }
}
