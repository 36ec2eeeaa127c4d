//! Errors in case files, located at file:line:column with a fix suggestion.

use std::fmt;
use std::path::PathBuf;

use super::source_map::Position;
use crate::base::place::place;

/// Something wrong with one case file. Displays like a compiler message:
/// `path:line:col: message`, the source line with a caret, and a hint.
#[derive(Debug, Clone, thiserror::Error)]
pub struct CaseError {
    pub path: PathBuf,
    pub position: Option<Position>,
    pub message: String,
    pub help: Option<Box<str>>,
    /// The offending source line, when known; a long line is cut to a
    /// window around the error.
    pub line_text: Option<Box<str>>,
    /// Where the caret goes in `line_text`, in characters.
    pub caret: usize,
    /// Further errors found in the same file, each at its own place: a
    /// case file's errors are reported together, not one per run. (Boxed:
    /// an error stays small in the many `Result`s that carry one: one
    /// pointer, where a `Vec` would be three.)
    #[allow(clippy::box_collection)]
    also: Option<Box<Vec<CaseError>>>,
}

/// Longest source line quoted whole in an error message.
const MAX_QUOTED_CHARS: usize = 120;

impl CaseError {
    pub fn new(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            position: None,
            message: message.into(),
            help: None,
            line_text: None,
            caret: 0,
            also: None,
        }
    }

    /// This error followed by `others` (the same file's further errors).
    pub fn with_others(mut self, others: Vec<CaseError>) -> Self {
        if !others.is_empty() {
            self.also.get_or_insert_default().extend(others);
        }
        self
    }

    /// The same file's further errors.
    pub fn others(&self) -> &[CaseError] {
        self.also.as_deref().map_or(&[], Vec::as_slice)
    }

    /// Places the error at `position` and quotes that line of `source`.
    pub fn at(mut self, source: &str, position: Position) -> Self {
        let column = position.column.saturating_sub(1);
        if let Some(line) = nth_line(source, position.line.saturating_sub(1)) {
            let (text, caret) = quote_window(line, column);
            self.line_text = Some(text.into_boxed_str());
            self.caret = caret;
        }
        self.position = Some(position);
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into().into_boxed_str());
        self
    }
}

impl CaseError {
    /// What is wrong, without the place: the message, the source line with
    /// a caret, and the hint.
    pub fn detail(&self) -> String {
        let mut out = self.message.clone();
        if let (Some(text), Some(Position { line, .. })) = (&self.line_text, self.position) {
            let gutter = line.to_string().len();
            let caret_pad: String = text
                .chars()
                .take(self.caret)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            out.push_str(&format!(
                "\n{:gutter$} |\n{line} | {text}\n{:gutter$} | {caret_pad}^",
                "", ""
            ));
        }
        if let Some(help) = &self.help {
            out.push_str(&format!("\n  = hjälp: {help}"));
        }
        out
    }
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line_column = self.position.map(|p| (p.line, p.column));
        write!(
            f,
            "{}: fel: {}",
            place(&self.path, line_column),
            self.detail()
        )?;
        for other in self.others() {
            write!(f, "\n{other}")?;
        }
        Ok(())
    }
}

/// Line `index` (0-based) of `source`, where a line ends at LF, CR LF or a
/// lone CR, as YAML counts them.
fn nth_line(source: &str, index: usize) -> Option<&str> {
    source
        .split('\n')
        .flat_map(|line| {
            let line = line.strip_suffix('\r').unwrap_or(line);
            line.split('\r')
        })
        .nth(index)
}

/// A line cut to at most [`MAX_QUOTED_CHARS`] characters around `column`
/// (marked with `…` where cut), and the caret's place in the cut line.
pub fn quote_window(line: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= MAX_QUOTED_CHARS {
        return (line.to_owned(), column);
    }
    let start = column
        .saturating_sub(MAX_QUOTED_CHARS / 2)
        .min(chars.len() - MAX_QUOTED_CHARS);
    let end = start + MAX_QUOTED_CHARS;
    let mut text = String::new();
    if start > 0 {
        text.push('…');
    }
    text.extend(&chars[start..end]);
    if end < chars.len() {
        text.push('…');
    }
    (text, column - start + usize::from(start > 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_quoted_around_the_error() {
        let line = format!("{}FEL{}", "a".repeat(5000), "b".repeat(5000));
        let error = CaseError::new("x.yaml", "m").at(
            &line,
            Position {
                line: 1,
                column: 5001,
            },
        );
        let text = error.line_text.as_deref().unwrap();
        assert!(text.chars().count() <= MAX_QUOTED_CHARS + 2, "{text}");
        assert_eq!(
            text.chars().skip(error.caret).take(3).collect::<String>(),
            "FEL"
        );
        assert!(error.to_string().len() < 1000);
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        let error =
            CaseError::new("x.yaml", "m").at("a: 1\rb: 2\r\nc: 3", Position { line: 2, column: 1 });
        assert_eq!(error.line_text.as_deref(), Some("b: 2"));
        let error =
            CaseError::new("x.yaml", "m").at("a: 1\rb: 2\r\nc: 3", Position { line: 3, column: 1 });
        assert_eq!(error.line_text.as_deref(), Some("c: 3"));
    }
}
