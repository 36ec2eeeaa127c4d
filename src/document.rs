//! The backend-neutral paper: what the PDF and DOCX backends render. It knows
//! nothing about YAML or templates; every string in it is literal text.

/// The default body font (bundled; see `render::fonts`).
pub const DEFAULT_FONT: &str = "Liberation Sans";

use serde::{Deserialize, Serialize};

/// A finished decision paper, ready for a backend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub meta: Meta,
    pub letterhead: Letterhead,
    pub title: String,
    pub body: Vec<Block>,
    pub signature: Signature,
    /// "Beslutet skickas till".
    pub send_to: Vec<String>,
    /// The list's label: "Beslutet skickas till:", or the paper's own.
    pub send_to_label: String,
    /// House style.
    pub style: DocumentStyle,
}

impl Document {
    /// Headings, paragraphs and list items in the body: what sets the time
    /// and memory a backend needs.
    pub fn parts(&self) -> usize {
        self.body
            .iter()
            .map(|block| match block {
                Block::NumberedList(items) | Block::BulletList(items) => items.len() + 1,
                Block::Labelled { items, .. } => items.len() + 1,
                Block::Table(table) => table.cells() + 1,
                _ => 1,
            })
            .sum()
    }
}

/// Document properties (PDF info / DOCX core properties).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub title: String,
    /// The förvaltning that writes the paper.
    pub author: String,
    /// The Dnr.
    pub subject: String,
    pub keywords: Vec<String>,
    /// BCP 47 tag, "sv-SE".
    pub language: String,
    /// The paper's date: creation date in both formats, so builds are reproducible.
    pub date: Date,
    /// Template name and version, e.g. "avtalsforlangning v1".
    pub template: String,
}

/// A calendar date in the forms the layouts print.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    /// "2024-01-01".
    pub iso: String,
    /// "1 januari 2024".
    pub long: String,
}

/// The block at the top of page 1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Letterhead {
    /// The logo image, when the project has one; else `logo_text` is printed.
    pub logo: Option<LogoRef>,
    pub logo_text: Option<String>,
    pub municipality: Option<String>,
    /// Förvaltning, avdelning, enhet, handläggare: the lines in print order.
    pub sender_lines: Vec<String>,
    pub contact: Option<String>,
    /// ISO date; empty for an undated historical paper.
    pub date: String,
    /// Empty when the paper has none.
    pub dnr: String,
    pub board: String,
}

/// Where a layout finds the logo and how it is printed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogoRef {
    /// The image as a file a Typst layout can read, e.g. `/logo.svg`.
    pub path: String,
    pub width_mm: f64,
    /// Alternative text for screen readers.
    pub alt: String,
}

/// A body element.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "content", rename_all = "snake_case")]
pub enum Block {
    /// Level 1 is a section heading ("Ärende"); level 2 a sub-heading.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(Text),
    NumberedList(Vec<Text>),
    BulletList(Vec<Text>),
    Table(Table),
    /// A labelled list, like "Beslutsunderlag:" followed by documents.
    Labelled {
        label: String,
        items: Vec<String>,
    },
}

/// Running text: spans of plain, strong (`**fet**`) or emphasised
/// (`*kursiv*`) text. Serialised as a list of spans, each
/// `{"text": …, "strong": true, "emph": true}` (the flags only when set).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub Vec<Span>);

/// A run of text in one style.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub text: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub strong: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub emph: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl Text {
    /// One plain span.
    pub fn plain(text: impl Into<String>) -> Self {
        Text(vec![Span {
            text: text.into(),
            ..Span::default()
        }])
    }

    /// The words without their styling.
    pub fn to_plain(&self) -> String {
        self.0.iter().map(|span| span.text.as_str()).collect()
    }

    /// Whether the text has no characters.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|span| span.text.is_empty())
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text::plain(text)
    }
}

/// A table: a header row and body rows, every row as wide as `columns`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub columns: Vec<Align>,
    /// Relative column widths (Typst `fr`, Word grid shares), from each
    /// column's longest cell, so both formats wrap the same cells.
    pub widths: Vec<u32>,
    pub header: Vec<Text>,
    pub rows: Vec<Vec<Text>>,
}

impl Table {
    /// Header and body cells.
    pub fn cells(&self) -> usize {
        self.columns.len() * (self.rows.len() + 1)
    }
}

/// How a column's cells are aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    Left,
    Center,
    Right,
}

/// The signature block: the förvaltning, then each signatory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signature {
    /// "För socialförvaltningen", "Enligt uppdrag": printed over the names
    /// instead of the administration.
    pub lead: Option<String>,
    pub administration: Option<String>,
    pub signatories: Vec<Signatory>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signatory {
    pub name: String,
    pub role: Option<String>,
}

/// Layout choices a backend needs. Beyond the body font, what a Word
/// template sets (the PDF follows it; the DOCX takes the template itself):
/// absent fields keep the layout's own look.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentStyle {
    pub font: String,
    /// Body text size in points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_pt: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<HeadingStyle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading1: Option<HeadingStyle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading2: Option<HeadingStyle>,
    /// The page's size and margins; absent, beslut's own A4 page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<crate::base::look::PageGeometry>,
}

/// A title's or heading's font, colour (`RRGGBB`) and size in points.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HeadingStyle {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub font: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_pt: Option<f32>,
}

/// Characters no paper can print: C0 and C1 controls other than tab and
/// line feed, and the code points Unicode reserves as never being
/// characters (U+FFFE, U+FDD0…). XML cannot carry most of them and no font
/// has them.
pub fn is_unprintable(c: char) -> bool {
    let code = u32::from(c);
    (c.is_control() && c != '\t' && c != '\n')
        || (0xFDD0..=0xFDEF).contains(&code)
        || code & 0xFFFE == 0xFFFE
}

/// Every unprintable character in the strings of `value`, sorted, each once.
fn unprintable_in(value: &serde_json::Value) -> Vec<char> {
    fn collect(value: &serde_json::Value, found: &mut Vec<char>) {
        match value {
            serde_json::Value::String(s) => found.extend(s.chars().filter(|&c| is_unprintable(c))),
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, found)),
            serde_json::Value::Object(map) => map.values().for_each(|v| collect(v, found)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    collect(value, &mut found);
    found.sort_unstable();
    found.dedup();
    found
}

impl Document {
    /// The document without unprintable characters; borrowed when it has
    /// none (the common case: no copy).
    pub fn printable(&self) -> std::borrow::Cow<'_, Document> {
        fn clean(value: &mut serde_json::Value) {
            match value {
                serde_json::Value::String(s) => s.retain(|c| !is_unprintable(c)),
                serde_json::Value::Array(items) => items.iter_mut().for_each(clean),
                serde_json::Value::Object(map) => map.values_mut().for_each(clean),
                _ => {}
            }
        }
        let mut value = serde_json::to_value(self).expect("the document model serialises");
        if unprintable_in(&value).is_empty() {
            return std::borrow::Cow::Borrowed(self);
        }
        clean(&mut value);
        std::borrow::Cow::Owned(
            serde_json::from_value(value).expect("a cleaned model deserialises"),
        )
    }

    /// The unprintable characters the paper holds, each once, in code
    /// point order: the backends leave them out, and the batch says so.
    pub fn unprintable_chars(&self) -> Vec<char> {
        unprintable_in(&serde_json::to_value(self).expect("the document model serialises"))
    }

    /// Every text the paper prints, in reading order: used by tests and the
    /// lint to compare backends with the model.
    pub fn texts(&self) -> Vec<String> {
        let mut out = vec![self.title.clone()];
        for block in &self.body {
            match block {
                Block::Heading { text, .. } => out.push(text.clone()),
                Block::Paragraph(text) => out.push(text.to_plain()),
                Block::NumberedList(items) | Block::BulletList(items) => {
                    out.extend(items.iter().map(Text::to_plain))
                }
                Block::Labelled { label, items } => {
                    out.push(label.clone());
                    out.extend(items.iter().cloned());
                }
                Block::Table(table) => {
                    let rows = std::iter::once(&table.header).chain(&table.rows);
                    out.extend(rows.flatten().map(Text::to_plain));
                }
            }
        }
        out.extend(self.send_to.iter().cloned());
        out
    }
}
