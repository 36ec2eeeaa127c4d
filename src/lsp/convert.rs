//! Between the lint's places (byte offsets, 1-based lines and character
//! columns) and the protocol's (0-based lines, UTF-16 columns), and between
//! `file:` URIs and paths.

use std::path::PathBuf;

use lsp_types::{
    DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Position, Range,
    Uri,
};

use crate::check::InputError;
use crate::lint::{Diagnostic, Severity};

/// Where each line of a text starts, to turn byte offsets into positions.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { text, starts }
    }

    /// The position of byte `offset` (clamped to the text, and to a
    /// character boundary).
    pub fn position(&self, offset: usize) -> Position {
        let offset = self.text.floor_char_boundary(offset.min(self.text.len()));
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character = self.text[start..offset].encode_utf16().count();
        Position::new(line as u32, character as u32)
    }

    /// The byte offset of `position`; past a line's end is its end.
    pub fn offset(&self, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return self.text.len();
        };
        let line = &self.text[start..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let mut units = 0;
        for (i, c) in line.char_indices() {
            if units >= position.character as usize {
                return start + i;
            }
            units += c.len_utf16();
        }
        start + line.len()
    }

    pub fn range(&self, span: [usize; 2]) -> Range {
        Range::new(self.position(span[0]), self.position(span[1]))
    }
}

/// A lint finding as the protocol's diagnostic.
pub fn diagnostic(uri: &Uri, lines: &LineIndex<'_>, d: &Diagnostic) -> lsp_types::Diagnostic {
    let related = d
        .related
        .iter()
        .map(|r| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), lines.range(r.span)),
            message: r.message.clone(),
        })
        .collect::<Vec<_>>();
    lsp_types::Diagnostic {
        range: lines.range(d.span),
        severity: Some(match d.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Info => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(d.code.to_owned())),
        source: Some("beslut".to_owned()),
        message: d.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        ..Default::default()
    }
}

/// A file that could not be checked, as diagnostics at their places (the
/// start of the file when the place is not known): every error of a case
/// file.
pub fn input_errors(error: &InputError) -> Vec<lsp_types::Diagnostic> {
    match error {
        InputError::Case(e) => std::iter::once(e)
            .chain(e.others())
            .map(|e| {
                let at = e.position.map_or(Position::new(0, 0), |p| {
                    Position::new(
                        p.line.saturating_sub(1) as u32,
                        p.column.saturating_sub(1) as u32,
                    )
                });
                let message = match &e.help {
                    Some(help) => format!("{}\n{help}", e.message),
                    None => e.message.clone(),
                };
                error_at(at, message)
            })
            .collect(),
        InputError::Read(e) => vec![error_at(Position::new(0, 0), e.message.clone())],
    }
}

fn error_at(at: Position, message: String) -> lsp_types::Diagnostic {
    lsp_types::Diagnostic {
        range: Range::new(at, Position::new(at.line, at.character + 1)),
        severity: Some(DiagnosticSeverity::ERROR),
        source: Some("beslut".to_owned()),
        message,
        ..Default::default()
    }
}

/// The path a `file:` URI names; `None` for another scheme. The URI's
/// own parser (fluent-uri, under lsp-types) splits and percent-decodes it.
pub fn path_of(uri: &Uri) -> Option<PathBuf> {
    let scheme = uri.scheme()?.as_str();
    if !scheme.eq_ignore_ascii_case("file") {
        return None;
    }
    let path = uri
        .path()
        .as_estr()
        .decode()
        .into_string()
        .ok()?
        .into_owned();
    // "file:///C:/x" on Windows is the path "C:/x".
    let path = match path.as_bytes() {
        [b'/', drive, b':', ..] if drive.is_ascii_alphabetic() => path[1..].to_owned(),
        _ => path,
    };
    Some(PathBuf::from(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_units_and_round_trip() {
        let text = "Ärende\nå 😀 medstämmandelagen\n";
        let lines = LineIndex::new(text);
        let at = text.find("med").unwrap();
        assert_eq!(lines.position(at), Position::new(1, 5));
        assert_eq!(lines.offset(Position::new(1, 5)), at);
        assert_eq!(lines.offset(Position::new(1, 99)), text.len() - 1);
        assert_eq!(lines.offset(Position::new(9, 0)), text.len());
    }

    #[test]
    fn file_uris_become_paths() {
        let uri: Uri = "file:///hem/kim/%C3%A4rende%201.yaml".parse().unwrap();
        assert_eq!(path_of(&uri), Some(PathBuf::from("/hem/kim/ärende 1.yaml")));
        let uri: Uri = "untitled:Untitled-1".parse().unwrap();
        assert_eq!(path_of(&uri), None);
    }
}
