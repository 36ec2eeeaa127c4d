//! The backend-neutral paper: what the PDF and DOCX backends render. It knows
//! nothing about YAML or templates; every string in it is literal text.

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
                Block::NumberedList(items)
                | Block::BulletList(items)
                | Block::Labelled { items, .. } => items.len() + 1,
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

/// A body element.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "content", rename_all = "snake_case")]
pub enum Block {
    /// Level 1 is a section heading ("Ärende"); level 2 a sub-heading.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(String),
    NumberedList(Vec<String>),
    BulletList(Vec<String>),
    /// A labelled list, like "Beslutsunderlag:" followed by documents.
    Labelled {
        label: String,
        items: Vec<String>,
    },
}

/// The signature block: the förvaltning, then each signatory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signature {
    pub administration: Option<String>,
    pub signatories: Vec<Signatory>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signatory {
    pub name: String,
    pub role: Option<String>,
}

/// Layout choices a backend needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentStyle {
    pub font: String,
}

impl Document {
    /// Every text the paper prints, in reading order: used by tests and the
    /// lint to compare backends with the model.
    pub fn texts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        out.push(&self.title);
        for block in &self.body {
            match block {
                Block::Heading { text, .. } | Block::Paragraph(text) => out.push(text),
                Block::NumberedList(items) | Block::BulletList(items) => {
                    out.extend(items.iter().map(String::as_str))
                }
                Block::Labelled { label, items } => {
                    out.push(label);
                    out.extend(items.iter().map(String::as_str));
                }
            }
        }
        out.extend(self.send_to.iter().map(String::as_str));
        out
    }
}
