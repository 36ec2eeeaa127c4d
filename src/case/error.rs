//! Errors in case files, located at file:line:column with a fix suggestion.

use std::fmt;
use std::path::PathBuf;

use super::source_map::Position;

/// Something wrong with one case file. Displays like a compiler message:
/// `path:line:col: message`, the source line with a caret, and a hint.
#[derive(Debug, Clone, thiserror::Error)]
pub struct CaseError {
    pub path: PathBuf,
    pub position: Option<Position>,
    pub message: String,
    pub help: Option<String>,
    /// The offending source line, when known.
    pub line_text: Option<String>,
}

impl CaseError {
    pub fn new(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            position: None,
            message: message.into(),
            help: None,
            line_text: None,
        }
    }

    /// Places the error at `position` and quotes that line of `source`.
    pub fn at(mut self, source: &str, position: Position) -> Self {
        self.line_text = source
            .lines()
            .nth(position.line.saturating_sub(1))
            .map(str::to_owned);
        self.position = Some(position);
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(Position { line, column }) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": fel: {}", self.message)?;
        if let (Some(text), Some(Position { line, column })) = (&self.line_text, self.position) {
            let gutter = line.to_string().len();
            let caret_pad: String = text
                .chars()
                .take(column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            write!(
                f,
                "\n{:gutter$} |\n{line} | {text}\n{:gutter$} | {caret_pad}^",
                "", ""
            )?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  = hjälp: {help}")?;
        }
        Ok(())
    }
}
