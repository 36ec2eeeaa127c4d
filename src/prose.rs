//! Prose fields → blocks. The subset real papers use: paragraphs separated by
//! blank lines, bullet lists (`- `, `* `, `• `) and numbered lists (`1. `,
//! `1) `). Inline text is always literal: no emphasis, links or escapes, so
//! whatever a case says is printed exactly as written.

use crate::document::Block;

/// Splits prose into paragraphs and lists. Lines of a paragraph are joined
/// with a space (hard-wrapped text reflows); a list item's continuation lines
/// join the item.
pub fn parse_prose(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blocks.extend(current.take());
            continue;
        }
        match (list_item(trimmed), &mut current) {
            (Some((kind, item)), Some(block)) if block_kind(block) == Some(kind) => {
                push_item(block, item);
            }
            (Some((kind, item)), _) => {
                blocks.extend(current.take());
                let mut block = kind.empty();
                push_item(&mut block, item);
                current = Some(block);
            }
            (None, Some(block)) => append_line(block, trimmed),
            (None, None) => current = Some(Block::Paragraph(trimmed.to_owned())),
        }
    }
    blocks.extend(current);
    blocks
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListKind {
    Bullet,
    Numbered,
}

impl ListKind {
    fn empty(self) -> Block {
        match self {
            ListKind::Bullet => Block::BulletList(Vec::new()),
            ListKind::Numbered => Block::NumberedList(Vec::new()),
        }
    }
}

fn block_kind(block: &Block) -> Option<ListKind> {
    match block {
        Block::BulletList(_) => Some(ListKind::Bullet),
        Block::NumberedList(_) => Some(ListKind::Numbered),
        _ => None,
    }
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

fn push_item(block: &mut Block, item: &str) {
    if let Block::BulletList(items) | Block::NumberedList(items) = block {
        items.push(item.to_owned());
    }
}

fn append_line(block: &mut Block, line: &str) {
    let target = match block {
        Block::Paragraph(text) => text,
        Block::BulletList(items) | Block::NumberedList(items) => {
            items.last_mut().expect("a list block always has an item")
        }
        _ => return,
    };
    target.push(' ');
    target.push_str(line);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_reflow_and_split_on_blank_lines() {
        let blocks = parse_prose("Första raden\nfortsätter här.\n\nAndra stycket.\n");
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph("Första raden fortsätter här.".into()),
                Block::Paragraph("Andra stycket.".into())
            ]
        );
    }

    #[test]
    fn bullet_and_numbered_lists_with_continuations() {
        let blocks = parse_prose("Inledning:\n- ett\n  fortsatt\n- två\n\n1. första\n2) andra\n");
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph("Inledning:".into()),
                Block::BulletList(vec!["ett fortsatt".into(), "två".into()]),
                Block::NumberedList(vec!["första".into(), "andra".into()]),
            ]
        );
    }

    #[test]
    fn inline_markup_stays_literal() {
        let text = r#"*fet* _kursiv_ #read("/etc/passwd") $x^2$ <label> @ref \ ]"#;
        assert_eq!(parse_prose(text), vec![Block::Paragraph(text.into())]);
    }

    #[test]
    fn years_and_amounts_are_not_list_markers() {
        assert_eq!(
            parse_prose("2024. Året då allt hände."),
            vec![Block::Paragraph("2024. Året då allt hände.".into())]
        );
    }
}
