//! The paper reader: any finished paper — PDF, Word (.docx), OpenDocument
//! (.odt), plain text or Markdown in any usual encoding — as one text that
//! the lint, `import` and `inspect` share.
//!
//! Every format is turned into the same plain shape: one line per
//! paragraph, headings as Markdown `## ` lines, list items as `- ` or
//! `1. `, table rows as cells joined by tabs. Page furniture (running page
//! headers and footers, where the letterhead and the Dnr often live) comes
//! first, once, before the body. Every reader is bounded and total: bad
//! input is an error for that file, never a panic.

mod docx;
mod encoding;
mod odt;
mod pdf;
pub use pdf::{CharBox, char_boxes, quietly};

use std::path::{Path, PathBuf};

use crate::base::place::place;

pub use docx::docx_text;
pub use pdf::guard::load as load_pdf;
pub use pdf::pdf_text;

/// Largest file read (bytes).
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;
/// Largest text kept from one paper (bytes): longer papers are refused, so
/// that the lint's time and memory stay bounded.
pub const MAX_TEXT_BYTES: usize = 8 * 1024 * 1024;
pub use crate::base::ooxml::MAX_UNPACKED_BYTES;

/// The format a paper was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Docx,
    Odt,
    Text,
    Markdown,
}

impl Format {
    /// The name used in `inspect` output.
    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Text => "txt",
            Format::Markdown => "md",
        }
    }

    /// The format a file name says, if it is one the reader knows.
    pub fn of(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_lowercase();
        Some(match extension.as_str() {
            "pdf" => Format::Pdf,
            "docx" => Format::Docx,
            "odt" => Format::Odt,
            "txt" | "text" => Format::Text,
            "md" => Format::Markdown,
            _ => return None,
        })
    }
}

/// A paper as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPaper {
    /// The text, page furniture first.
    pub text: String,
    pub format: Format,
    /// The character encoding assumed for a text file ("UTF-8",
    /// "UTF-16LE", "windows-1252"); for PDF, Word and ODT the encoding the
    /// format itself defines.
    pub encoding: &'static str,
    /// `text[..furniture_end]` is page furniture (running headers and
    /// footers), not body text.
    pub furniture_end: usize,
    /// `text[header_end..furniture_end]` is the footers' part of it.
    pub header_end: usize,
}

impl RawPaper {
    /// The text in reading order — page headers, body, page footers — for
    /// comparing papers word by word.
    pub fn reading_order(&self) -> String {
        let (header, rest) = self.text.split_at(self.header_end);
        let (footer, body) = rest.split_at(self.furniture_end - self.header_end);
        format!("{header}{body}{footer}")
    }
}

/// A file that could not be read as a paper.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}: fel: {message}", place(path, None))]
pub struct ReadError {
    pub path: PathBuf,
    pub message: String,
}

/// Whether the reader knows this file's format.
pub fn is_paper(path: &Path) -> bool {
    Format::of(path).is_some()
}

/// Reads a finished paper by its file name's extension.
pub fn read_paper(path: &Path) -> Result<RawPaper, ReadError> {
    read_paper_keeping_bytes(path).map(|(paper, _)| paper)
}

/// Reads a finished paper and keeps the file's bytes too (the import
/// records their SHA-256): the file is read once.
pub fn read_paper_keeping_bytes(path: &Path) -> Result<(RawPaper, Vec<u8>), ReadError> {
    let error = |message: String| ReadError {
        path: path.to_owned(),
        message,
    };
    let Some(format) = Format::of(path) else {
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        return Err(error(format!(
            "okänd filtyp `.{extension}`: en färdig skrivelse är .pdf, .docx, .odt, .txt eller .md"
        )));
    };
    let bytes = crate::base::read::read_bounded(path, MAX_FILE_BYTES).map_err(error)?;
    let paper = read_bytes(&bytes, format).map_err(error)?;
    Ok((paper, bytes))
}

/// Reads a paper's bytes in the given format.
pub fn read_bytes(bytes: &[u8], format: Format) -> Result<RawPaper, String> {
    let (parts, encoding) = match format {
        Format::Pdf => (pdf::read(bytes)?, "PDF"),
        Format::Docx => (docx::read(bytes)?, "UTF-8 (Word)"),
        Format::Odt => (odt::read(bytes)?, "UTF-8 (OpenDocument)"),
        Format::Text | Format::Markdown => {
            let (text, encoding) = encoding::decode(bytes)?;
            (
                Parts {
                    body: text,
                    ..Parts::default()
                },
                encoding,
            )
        }
    };
    let body = normalise_line_ends(&parts.body);
    let mut furniture = normalise_line_ends(&parts.furniture);
    if !furniture.is_empty() && !furniture.ends_with('\n') {
        furniture.push('\n');
    }
    let header_end = furniture.len();
    furniture.push_str(&normalise_line_ends(&parts.footer));
    if body.len() + furniture.len() > MAX_TEXT_BYTES {
        return Err(format!(
            "texten är {} byte; högst {MAX_TEXT_BYTES} byte granskas",
            body.len() + furniture.len()
        ));
    }
    let mut text = furniture;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    let furniture_end = text.len();
    text.push_str(&body);
    Ok(RawPaper {
        text,
        format,
        encoding,
        furniture_end,
        header_end: header_end.min(furniture_end),
    })
}

/// CR LF and lone CR become LF; no-break spaces become spaces; characters no paper holds (NUL and other C0
/// controls but tab and line feed) go. A form feed (a page break in text
/// exported from a PDF or Word) at the start of a line goes too, so that
/// reported line numbers are the ones an editor shows; one inside a line
/// is a space, for the same reason.
fn normalise_line_ends(text: &str) -> String {
    // Composed form (NFC): macOS saves "ä" as "a" + a combining diaeresis,
    // which no word list matches.
    let composed: std::borrow::Cow<'_, str> =
        match unicode_normalization::is_nfc_quick(text.chars()) {
            unicode_normalization::IsNormalized::Yes => text.into(),
            _ => unicode_normalization::UnicodeNormalization::nfc(text)
                .collect::<String>()
                .into(),
        };
    let text = composed.as_ref();
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{c}' if out.is_empty() || out.ends_with('\n') => {}
            // Inside a line an editor shows it in the line (^L), so it is
            // a space here: line numbers stay the editor's.
            '\u{c}' => out.push(' '),
            // Unicode's line and paragraph separators, and NEL.
            '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            '\u{feff}' => {}
            // No-break spaces (beslut binds numbers to units with them, and
            // Word users type them) read as spaces: the lint and import
            // compare words.
            '\u{a0}' | '\u{202f}' | '\u{2007}' => out.push(' '),
            // A date or Dnr typed with fullwidth or another script's
            // digits reads as the same number.
            c if !c.is_ascii() && c.is_numeric() => match crate::base::swedish::decimal_digit(c) {
                Some(d) => out.push(char::from(b'0' + d)),
                None => out.push(c),
            },
            c => out.push(c),
        }
    }
    out
}

/// Text from one or more parts, headed by page furniture.
#[derive(Debug, Default)]
struct Parts {
    /// Running page headers.
    furniture: String,
    /// Running page footers.
    footer: String,
    body: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_and_controls_are_normalised() {
        assert_eq!(
            normalise_line_ends("a\r\nb\rc\u{c}d\u{7}e\u{feff}"),
            "a\nb\nc de"
        );
        // A page break at the start of a line keeps the line numbers.
        assert_eq!(normalise_line_ends("a\n\u{c}b\nc"), "a\nb\nc");
    }

    #[test]
    fn decomposed_letters_separators_and_other_digits_are_normalised() {
        assert_eq!(
            normalise_line_ends("Socialna\u{308}mnden\u{2028}Dnr SON ２０２６-١١٨\u{2029}slut"),
            "Socialnämnden\nDnr SON 2026-118\nslut"
        );
        // Other numeric characters stay.
        assert_eq!(normalise_line_ends("½ ² Ⅳ"), "½ ² Ⅳ");
    }

    #[test]
    fn unknown_extension_is_a_clear_error() {
        let error = read_paper(Path::new("x.rtf")).unwrap_err();
        assert!(error.message.contains("okänd filtyp `.rtf`"), "{error}");
    }
}
