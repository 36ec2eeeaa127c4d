//! The lint: consistency checks over case files and finished papers.
//!
//! A paper (see [`paper`]) is scanned once by the Swedish text scanner
//! ([`text`]); every rule in [`rules`] reads the paper and the scan and
//! reports findings with byte spans, which [`report`] turns into human,
//! JSON and SARIF output.

pub mod config;
pub mod input;
pub mod letterhead;
pub mod meeting;
pub mod paper;
pub mod report;
pub mod rules;
pub mod run;
pub mod sections;
pub mod suppress;
pub mod text;

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use serde::Serialize;

pub use config::LintConfig;
use paper::Paper;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    /// The Swedish word shown in human output.
    pub fn swedish(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "varning",
            Severity::Error => "fel",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

impl FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "info" => Ok(Severity::Info),
            "warning" => Ok(Severity::Warning),
            "error" => Ok(Severity::Error),
            other => Err(format!(
                "okänd allvarlighetsgrad `{other}`: välj info, warning eller error"
            )),
        }
    }
}

/// What a rule is: its stable code, name, default severity and documentation.
#[derive(Debug, Clone, Copy)]
pub struct RuleMeta {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    /// The rule's doc comment: what it finds, a bad and a good example.
    pub docs: &'static str,
}

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
}

impl Finding {
    pub fn new(meta: &RuleMeta, span: Range<usize>, message: impl Into<String>) -> Self {
        Self {
            code: meta.code,
            span,
            message: message.into(),
            related: Vec::new(),
            at_most: None,
        }
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
}

/// A related place, positioned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RelatedDiagnostic {
    pub message: String,
    pub line: usize,
    pub column: usize,
    pub span: [usize; 2],
}

/// Runs every enabled rule over `paper` and returns positioned, sorted,
/// unsuppressed diagnostics.
pub fn lint_paper(paper: &Paper, config: &LintConfig) -> Vec<Diagnostic> {
    let cx = Context { paper, config };
    let suppressions = suppress::parse(&paper.source, paper.kind);
    let mut diagnostics = Vec::new();
    for rule in rules::all() {
        let meta = rule.meta();
        let Some(severity) = config.severity_of(meta) else {
            continue;
        };
        let mut findings = Vec::new();
        rule.check(&cx, &mut findings);
        cap_findings(&mut findings);
        for finding in findings {
            let (line, _) = paper.line_col(finding.span.start);
            if suppressions.suppresses(meta.code, line) {
                continue;
            }
            let severity = finding.at_most.map_or(severity, |cap| cap.min(severity));
            diagnostics.push(position(paper, meta, severity, finding));
        }
    }
    diagnostics.sort_by(|a, b| (a.line, a.column, a.code).cmp(&(b.line, b.column, b.code)));
    diagnostics.dedup_by(|a, b| a.code == b.code && a.span == b.span && a.message == b.message);
    diagnostics
}

/// Most findings one rule reports in one file. A text of 10 000 sentences
/// that all break one rule says so in the last finding kept, not 10 000
/// times.
pub const MAX_FINDINGS_PER_RULE: usize = 100;

fn cap_findings(findings: &mut Vec<Finding>) {
    if findings.len() <= MAX_FINDINGS_PER_RULE {
        return;
    }
    findings.sort_by_key(|f| f.span.start);
    let dropped = findings.len() - MAX_FINDINGS_PER_RULE;
    findings.truncate(MAX_FINDINGS_PER_RULE);
    if let Some(last) = findings.last_mut() {
        last.message.push_str(&format!(
            " (och {dropped} fynd till av samma slag längre fram i filen, som inte visas)"
        ));
    }
}

fn position(paper: &Paper, meta: &RuleMeta, severity: Severity, finding: Finding) -> Diagnostic {
    let (line, column) = paper.line_col(finding.span.start);
    let (end_line, end_column) = paper.line_col(finding.span.end);
    Diagnostic {
        path: paper.path.display().to_string(),
        code: meta.code,
        name: meta.name,
        severity,
        message: finding.message,
        line,
        column,
        end_line,
        end_column,
        span: [finding.span.start, finding.span.end],
        related: finding
            .related
            .into_iter()
            .map(|r| {
                let (line, column) = paper.line_col(r.span.start);
                RelatedDiagnostic {
                    message: r.message,
                    line,
                    column,
                    span: [r.span.start, r.span.end],
                }
            })
            .collect(),
    }
}
