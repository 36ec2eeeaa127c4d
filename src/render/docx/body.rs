//! The body of the Word file: headings, paragraphs, lists and tables.

use super::*;

/// Writes the body and counts the lists it numbers.
pub(super) struct BodyWriter<'a> {
    pub(super) ids: &'a StyleIds,
    pub(super) out: String,
    pub(super) lists: Vec<ListKind>,
    /// The size tables are set in (a Word template's body size may be
    /// larger than the layout's 10 pt), for their column widths.
    pub(super) table_pt: f32,
    /// The width text may use on the document's page, in twips.
    pub(super) text_width: u32,
}

/// Twips for the vertical gaps the layout leaves (the layout's value less
/// the 5.5 pt every Word paragraph has after it).
pub(super) mod gap {
    /// 1.2 cm between the letterhead and the board.
    pub const BOARD: u32 = 570;
    /// 1.4 em above a labelled list.
    pub const LABELLED: u32 = 170;
    /// 2.5 em above the signature.
    pub const SIGNATURE: u32 = 414;
    /// 2.2 em between the administration and the first signatory.
    pub const SIGNATORY: u32 = 590;
    /// 1.6 em between signatories.
    pub const NEXT_SIGNATORY: u32 = 242;
    /// 2 em above "Beslutet skickas till".
    pub const DISTRIBUTION: u32 = 304;
    /// 1.1 em below a table (Word adds nothing after one).
    pub const AFTER_TABLE: u32 = 190;
}

impl<'a> BodyWriter<'a> {
    pub(super) fn style(&self, kind: StyleKind) -> Option<&'a str> {
        Some(self.ids.get(kind))
    }

    pub(super) fn opening(&mut self, document: &Document) {
        let board = ParaProps {
            before: Some(gap::BOARD),
            align: Some("right"),
            keep_next: true,
            ..ParaProps::default()
        };
        paragraph(&mut self.out, &board, |p| {
            run(p, &document.letterhead.board, RunProps::bold())
        });
        let title = ParaProps {
            style: self.style(StyleKind::Title),
            ..ParaProps::default()
        };
        paragraph(&mut self.out, &title, |p| {
            run(p, &document.title, RunProps::PLAIN)
        });
    }

    pub(super) fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, text } => {
                let kind = match level {
                    0 | 1 => StyleKind::Heading1,
                    2 => StyleKind::Heading2,
                    _ => StyleKind::Heading3,
                };
                let props = ParaProps {
                    style: self.style(kind),
                    ..ParaProps::default()
                };
                paragraph(&mut self.out, &props, |p| run(p, text, RunProps::PLAIN));
            }
            Block::Paragraph(text) => {
                paragraph(&mut self.out, &ParaProps::default(), |p| spans(p, text));
            }
            Block::NumberedList(items) => self.list(items, ListKind::Numbered),
            Block::BulletList(items) => self.list(items, ListKind::Bullet),
            Block::Labelled { label, items } => {
                let props = ParaProps {
                    before: Some(gap::LABELLED),
                    ..ParaProps::default()
                };
                paragraph(&mut self.out, &props, |p| {
                    run(p, label, RunProps::bold());
                    for item in items {
                        line_break(p);
                        run(p, item, RunProps::PLAIN);
                    }
                });
            }
            Block::Table(table) => self.table(table),
        }
    }

    /// Each list gets its own numbering instance so numbering restarts at 1.
    pub(super) fn list(&mut self, items: &[Text], kind: ListKind) {
        self.lists.push(kind);
        let id = self.lists.len();
        let style = match kind {
            ListKind::Numbered => StyleKind::ListNumber,
            ListKind::Bullet => StyleKind::ListBullet,
        };
        let props = ParaProps {
            style: self.style(style),
            numbering: Some((id, 0)),
            ..ParaProps::default()
        };
        for item in items {
            paragraph(&mut self.out, &props, |p| spans(p, item));
        }
    }

    /// A Word table in the Table Grid style; the header row repeats on
    /// every page the table runs over.
    pub(super) fn table(&mut self, table: &Table) {
        let widths = fitted_widths(table, self.table_pt, self.text_width);
        let _ = write!(
            self.out,
            concat!(
                r#"<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{total}" w:type="dxa"/>"#,
                r#"<w:tblLayout w:type="fixed"/>"#,
                r#"<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>"#,
                r#"</w:tblPr><w:tblGrid>"#
            ),
            style = esc(self.ids.get(StyleKind::Table)),
            total = self.text_width,
        );
        for width in &widths {
            let _ = write!(self.out, r#"<w:gridCol w:w="{width}"/>"#);
        }
        self.out.push_str("</w:tblGrid>");
        let rows =
            std::iter::once((true, &table.header)).chain(table.rows.iter().map(|r| (false, r)));
        for (is_header, row) in rows {
            self.out.push_str("<w:tr>");
            self.out.push_str(if is_header {
                "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
            } else {
                "<w:trPr><w:cantSplit/></w:trPr>"
            });
            for ((cell, align), width) in row.iter().zip(&table.columns).zip(&widths) {
                let _ = write!(
                    self.out,
                    r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>"#
                );
                let props = ParaProps {
                    keep_next: is_header,
                    align: match align {
                        Align::Left => None,
                        Align::Center => Some("center"),
                        Align::Right => Some("right"),
                    },
                    ..ParaProps::default()
                };
                paragraph(&mut self.out, &props, |p| {
                    if is_header {
                        for span in &cell.0 {
                            run(
                                p,
                                &span.text,
                                RunProps {
                                    bold: true,
                                    italic: span.emph,
                                    size: None,
                                },
                            );
                        }
                    } else {
                        spans(p, cell);
                    }
                });
                self.out.push_str("</w:tc>");
            }
            self.out.push_str("</w:tr>");
        }
        self.out.push_str("</w:tbl>");
        let spacer = ParaProps {
            after: Some(0),
            exact_line: Some(gap::AFTER_TABLE),
            ..ParaProps::default()
        };
        paragraph(&mut self.out, &spacer, |_| {});
    }

    pub(super) fn signature(&mut self, document: &Document) {
        let signature = &document.signature;
        let people = &signature.signatories;
        // "För socialförvaltningen" stands where the administration would.
        let over = signature
            .lead
            .as_ref()
            .or(signature.administration.as_ref());
        if let Some(line) = over {
            let props = ParaProps {
                before: Some(gap::SIGNATURE),
                keep_next: !people.is_empty(),
                keep_lines: true,
                ..ParaProps::default()
            };
            paragraph(&mut self.out, &props, |p| run(p, line, RunProps::PLAIN));
        }
        for (i, person) in people.iter().enumerate() {
            let before = match (i, over) {
                (0, Some(_)) => gap::SIGNATORY,
                (0, None) => gap::SIGNATURE,
                _ => gap::NEXT_SIGNATORY,
            };
            let props = ParaProps {
                before: Some(before),
                keep_next: i + 1 < people.len(),
                keep_lines: true,
                ..ParaProps::default()
            };
            paragraph(&mut self.out, &props, |p| {
                run(p, &person.name, RunProps::PLAIN);
                if let Some(role) = &person.role {
                    line_break(p);
                    run(p, role, RunProps::PLAIN);
                }
            });
        }
    }

    pub(super) fn distribution(&mut self, document: &Document) {
        if document.send_to.is_empty() {
            return;
        }
        let props = ParaProps {
            before: Some(gap::DISTRIBUTION),
            keep_lines: true,
            ..ParaProps::default()
        };
        paragraph(&mut self.out, &props, |p| {
            run(p, &document.send_to_label, RunProps::bold());
            for name in &document.send_to {
                line_break(p);
                run(p, name, RunProps::PLAIN);
            }
        });
    }
}

/// The runs of a text, bold and italic where it says so.
pub(super) fn spans(out: &mut String, text: &Text) {
    for span in &text.0 {
        let props = RunProps {
            bold: span.strong,
            italic: span.emph,
            size: None,
        };
        run(out, &span.text, props);
    }
}

/// Twips of cell padding Word's Table Grid puts on each side (0.08 in).
const CELL_PADDING: u32 = 115;

/// The table's column widths in twips: the model's proportions, but never
/// narrower than the longest word a column holds at `pt` in Word (a Dnr
/// such as "KS 2026/079" is one word), when the table can hold them all.
/// The proportions come from the text, not from a font; a word is measured
/// with an estimate of a proportional font's advances.
fn fitted_widths(table: &Table, pt: f32, text_width: u32) -> Vec<u32> {
    let total: u32 = table.widths.iter().sum::<u32>().max(1);
    let proportional: Vec<u32> = table
        .widths
        .iter()
        .map(|w| text_width * w / total)
        .collect();
    let longest_word = |column: usize| -> u32 {
        let cells = std::iter::once((true, &table.header))
            .chain(table.rows.iter().map(|r| (false, r)))
            .filter_map(|(bold, row)| row.get(column).map(|cell| (bold, cell)));
        cells
            .flat_map(|(bold, cell)| {
                let text = cell.to_plain();
                let bold = bold || cell.0.iter().any(|s| s.strong);
                text.split([' ', '\n', '\t'])
                    .map(|word| word_twips(word, pt, bold))
                    .collect::<Vec<_>>()
            })
            .max()
            .unwrap_or(0)
            + 2 * CELL_PADDING
    };
    let least: Vec<u32> = (0..proportional.len()).map(longest_word).collect();
    if least.iter().sum::<u32>() > text_width {
        return proportional;
    }
    // Widen the columns that need it; take the room from those with slack,
    // in proportion to their slack.
    let short: u32 = proportional
        .iter()
        .zip(&least)
        .map(|(p, l)| l.saturating_sub(*p))
        .sum();
    let slack: u32 = proportional
        .iter()
        .zip(&least)
        .map(|(p, l)| p.saturating_sub(*l))
        .sum();
    if short == 0 || slack == 0 {
        return proportional;
    }
    proportional
        .iter()
        .zip(&least)
        .map(|(&p, &l)| {
            if l >= p {
                l
            } else {
                let spare = p - l;
                p - (u64::from(spare) * u64::from(short) / u64::from(slack)) as u32
            }
        })
        .collect()
}

/// A word's width in twips at `pt`, by a proportional font's typical
/// advances (Arial's and Times' are within a few per cent of these).
fn word_twips(word: &str, pt: f32, bold: bool) -> u32 {
    let em: f32 = word
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.28,
            'f' | 't' | 'r' | '/' | '(' | ')' | '-' | ' ' | '\u{a0}' => 0.36,
            'm' | 'w' | 'M' | 'W' | '%' => 0.85,
            c if c.is_uppercase() => 0.70,
            c if c.is_ascii_digit() => 0.56,
            _ => 0.54,
        })
        .sum();
    let bold = if bold { 1.08 } else { 1.0 };
    (em * pt * 20.0 * bold).ceil() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(widths: Vec<u32>, rows: &[[&str; 3]]) -> Table {
        Table {
            columns: vec![Align::Left; 3],
            widths,
            header: ["Nr", "Ärende", "Dnr"].map(Text::plain).to_vec(),
            rows: rows.iter().map(|r| r.map(Text::plain).to_vec()).collect(),
        }
    }

    #[test]
    fn a_column_is_as_wide_as_its_longest_word_when_the_table_has_room() {
        // Proportions from characters would give the Dnr column too little
        // for "KS\u{a0}2026/079" in an 11.5 pt serif.
        let t = table(
            vec![4, 40, 8],
            &[[
                "7",
                "Ett ärende med en lång mening som bryts",
                "KS\u{a0}2026/079",
            ]],
        );
        let text_width = PageGeometry::BESLUT.text_width();
        let widths = fitted_widths(&t, 11.5, text_width);
        assert!(widths[2] >= word_twips("KS\u{a0}2026/079", 11.5, false) + 2 * CELL_PADDING);
        assert!(widths.iter().sum::<u32>() <= text_width + 3);
        assert!(
            widths[1] < text_width * 40 / 52,
            "the room came from the wide column"
        );
    }
}
