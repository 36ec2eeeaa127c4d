//! Cross-paper checks over a meeting (family M): what no single paper can
//! know — the meeting's date and board, the kallelse, the other items.

use std::path::PathBuf;

use super::{Diagnostic, LintConfig, RuleMeta, Severity, rules};
use crate::case::Case;
use crate::meeting::load::MeetingFile;

/// What a meeting rule sees: the meeting and what was found of each item.
pub struct MeetingContext<'a> {
    pub file: &'a MeetingFile,
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

/// Runs every enabled meeting rule; diagnostics point into the meeting file.
pub fn lint_meeting(
    file: &MeetingFile,
    items: &[ItemFacts],
    config: &LintConfig,
) -> Vec<Diagnostic> {
    let cx = MeetingContext { file, items };
    let mut diagnostics = Vec::new();
    for rule in rules::meeting() {
        let meta = rule.meta();
        let Some(severity) = config.severity_of(meta) else {
            continue;
        };
        let mut findings = Vec::new();
        rule.check(&cx, &mut findings);
        diagnostics.extend(
            findings
                .into_iter()
                .map(|f| position(file, meta, severity, f)),
        );
    }
    diagnostics.sort_by(|a, b| (a.line, a.column, a.code).cmp(&(b.line, b.column, b.code)));
    diagnostics
}

fn position(
    file: &MeetingFile,
    meta: &RuleMeta,
    severity: Severity,
    finding: MeetingFinding,
) -> Diagnostic {
    let at = file.source_map.position(&finding.field);
    let start = byte_offset(&file.source, at.line, at.column);
    let line_end = file.source[start..]
        .find('\n')
        .map_or(file.source.len(), |n| start + n);
    let end = start + file.source[start..line_end].trim_end().len();
    let end_column = at.column + file.source[start..end].chars().count();
    Diagnostic {
        path: file.path.display().to_string(),
        code: meta.code,
        name: meta.name,
        severity,
        message: finding.message,
        line: at.line,
        column: at.column,
        end_line: at.line,
        end_column,
        span: [start, end],
        related: Vec::new(),
    }
}

/// The byte offset of a 1-based line and character column.
fn byte_offset(source: &str, line: usize, column: usize) -> usize {
    let line_start: usize = source
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = &source[line_start.min(source.len())..];
    line_start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

#[cfg(test)]
pub(crate) mod testing {
    //! Fixture helpers for meeting rules.

    use super::*;
    use crate::case::{Config, parse_case};
    use crate::meeting::load::parse_meeting;

    /// A meeting on 2026-03-18 (kallelse 2026-03-06) for Socialnämnden with
    /// `items` appended (YAML list entries, indented two spaces).
    pub fn meeting(items: &str) -> MeetingFile {
        let text = format!(
            "board: Socialnämnden\ndate: 2026-03-18\ntime: \"13.00\"\nplace: Kommunhuset\nchair: Anna Ek\nsecretary: Bo Lind\nkallelse: 2026-03-06\nitems:\n{items}"
        );
        parse_meeting("m.yaml".as_ref(), text).expect("fixture meeting parses")
    }

    /// A case for the fixture's items: `extra` lines are added to a minimal case.
    pub fn case(extra: &str) -> Case {
        let yaml = format!(
            "template: tjansteskrivelse\ndnr: SN 2026/1\ndate: 2026-03-02\nmeeting: 2026-03-18\nboard: Socialnämnden\ntitle: Titel\nmbl: {{ kind: ej_aktuellt }}\n{extra}"
        );
        let yaml = dedupe_keys(&yaml);
        parse_case("c.yaml".as_ref(), yaml, &Config::default())
            .expect("fixture case parses")
            .case
    }

    /// Later keys win: lets a fixture override `date:` and friends.
    fn dedupe_keys(yaml: &str) -> String {
        let mut lines: Vec<&str> = Vec::new();
        for line in yaml.lines() {
            let key = line.split(':').next().unwrap_or("");
            if !line.starts_with(' ') && !key.is_empty() {
                lines.retain(|l| l.starts_with(' ') || l.split(':').next() != Some(key));
            }
            lines.push(line);
        }
        lines.join("\n") + "\n"
    }

    /// Codes and messages of `code`'s findings.
    pub fn findings(code: &str, file: &MeetingFile, items: &[ItemFacts]) -> Vec<String> {
        lint_meeting(file, items, &LintConfig::default())
            .into_iter()
            .filter(|d| d.code == code)
            .map(|d| format!("{}:{} {}", d.line, d.column, d.message))
            .collect()
    }

    /// The facts of item `index` holding `case`.
    pub fn with_case(index: usize, case: Case) -> ItemFacts {
        ItemFacts {
            index,
            number: index + 5,
            dnr: Some(case.dnr.clone()),
            case: Some(case),
            ..ItemFacts::default()
        }
    }
}
