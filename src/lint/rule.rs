//! What a rule is and what it works with: the rule traits, their context
//! and findings, severities and positioned diagnostics. Rules import only
//! this file, the paper model and lower floors; the registry and the
//! runners stand above the rules.

use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

use super::config::LintConfig;
pub use super::meta::{RuleMeta, Severity};
use crate::case::{Case, SourceMap};
use crate::paper::Paper;

/// One lint rule.
pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>);
}

/// What a rule sees.
pub struct Context<'a> {
    pub paper: &'a Paper,
    pub config: &'a LintConfig,
}

/// A second place a finding refers to ("the other form is here").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub span: Range<usize>,
    pub message: String,
}

/// A correction that is certain: the bytes at `span` replaced by
/// `replacement` give the text the rule asks for. Only rules that know the
/// right form from an authority (the law's own name, the case's supplier,
/// `known_parties`) offer one; a guess is a finding without a fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub span: Range<usize>,
    pub replacement: String,
}

/// A finding before severity and position are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: &'static str,
    pub span: Range<usize>,
    pub message: String,
    pub related: Vec<Related>,
    /// A lower severity than the rule's for this finding (S401 on a
    /// finished paper without a configured list of required sections).
    pub at_most: Option<Severity>,
    /// The certain correction, when there is one.
    pub fix: Option<Fix>,
}

impl Finding {
    pub fn new(meta: &RuleMeta, span: Range<usize>, message: impl Into<String>) -> Self {
        Self {
            code: meta.code,
            span,
            message: message.into(),
            related: Vec::new(),
            at_most: None,
            fix: None,
        }
    }

    /// Offers a certain correction: `span` (within the paper) becomes
    /// `replacement`.
    pub fn fix(mut self, span: Range<usize>, replacement: impl Into<String>) -> Self {
        self.fix = Some(Fix {
            span,
            replacement: replacement.into(),
        });
        self
    }

    /// Caps the finding's severity.
    pub fn at_most(mut self, severity: Severity) -> Self {
        self.at_most = Some(severity);
        self
    }

    pub fn related(mut self, span: Range<usize>, message: impl Into<String>) -> Self {
        self.related.push(Related {
            span,
            message: message.into(),
        });
        self
    }
}

/// A finding placed in its file, ready for output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub path: String,
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub message: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// Byte offsets into the file (for .docx: into its extracted text).
    pub span: [usize; 2],
    pub related: Vec<RelatedDiagnostic>,
    /// The certain correction, positioned; only where the file's bytes are
    /// the text that was linted (a case file, a UTF-8 text paper), so that
    /// it can be applied to the file as it stands.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<DiagnosticFix>,
}

/// A certain correction placed in its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiagnosticFix {
    /// What is written there now.
    pub original: String,
    pub replacement: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// Byte offsets into the file.
    pub span: [usize; 2],
}

impl DiagnosticFix {
    /// "Ersätt ”medstämmandelagen” med ”medbestämmandelagen”".
    pub fn title(&self) -> String {
        format!("Ersätt ”{}” med ”{}”", self.original, self.replacement)
    }
}

/// A related place, positioned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RelatedDiagnostic {
    pub message: String,
    pub line: usize,
    pub column: usize,
    pub span: [usize; 2],
}

/// The meeting as the lint sees it: plain facts the meeting module fills
/// from a meeting file, with the file's text to place findings in.
#[derive(Debug, Clone, Copy)]
pub struct MeetingFacts<'a> {
    pub path: &'a Path,
    pub source: &'a str,
    pub source_map: &'a SourceMap,
    /// The board that meets.
    pub board: &'a str,
    /// The meeting's date.
    pub date: NaiveDate,
    /// The kallelse's date.
    pub kallelse: NaiveDate,
}

/// What a meeting rule sees: the meeting and what was found of each item.
pub struct MeetingContext<'a> {
    pub meeting: &'a MeetingFacts<'a>,
    pub items: &'a [ItemFacts],
}

/// One item of the meeting file, as far as it could be read.
#[derive(Debug, Clone, Default)]
pub struct ItemFacts {
    /// Index into the meeting file's `items`.
    pub index: usize,
    /// Its number on the agenda.
    pub number: usize,
    /// The case behind the item's paper (a case file, or a Word paper read
    /// like `beslut import`); `None` for a PDF or an information item.
    pub case: Option<Case>,
    /// The Dnr on the agenda.
    pub dnr: Option<String>,
    /// The item's bilagor: resolved path and whether the file exists.
    pub bilagor: Vec<(PathBuf, bool)>,
    /// Errors the lint found in the item's own paper.
    pub lint_errors: usize,
}

/// A meeting finding before it is positioned: `field` is a value path in
/// the meeting file, such as `items[3].case`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingFinding {
    pub code: &'static str,
    pub field: String,
    pub message: String,
}

impl MeetingFinding {
    pub fn new(meta: &RuleMeta, field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code: meta.code,
            field: field.into(),
            message: message.into(),
        }
    }
}

/// One cross-paper rule.
pub trait MeetingRule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, cx: &MeetingContext<'_>, out: &mut Vec<MeetingFinding>);
}
