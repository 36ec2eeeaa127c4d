//! Where each value of a case file stands in its YAML source, so errors found
//! after parsing (and lint findings) can point at file:line:column.

use std::collections::HashMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

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
    pub fn new(source: &str) -> Self {
        let mut positions = HashMap::new();
        if let Ok(root) = serde_saphyr::from_str::<Spanned<Node>>(source) {
            collect(&root, String::new(), &mut positions);
        }
        Self { positions }
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

fn collect(node: &Spanned<Node>, path: String, out: &mut HashMap<String, Placed>) {
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
enum Node {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
