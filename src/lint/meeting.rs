//! Cross-paper checks over a meeting (family M): what no single paper can
//! know — the meeting's date and board, the kallelse, the other items.

use super::LintConfig;
use super::registry;
use super::rule::{
    Diagnostic, ItemFacts, MeetingContext, MeetingFacts, MeetingFinding, RuleMeta, Severity,
};

/// Runs every enabled meeting rule; diagnostics point into the meeting file.
pub fn lint_meeting(
    meeting: &MeetingFacts<'_>,
    items: &[ItemFacts],
    config: &LintConfig,
) -> Vec<Diagnostic> {
    let cx = MeetingContext { meeting, items };
    let mut diagnostics = Vec::new();
    for rule in registry::meeting() {
        let meta = rule.meta();
        let Some(severity) = config.severity_of(meta) else {
            continue;
        };
        let mut findings = Vec::new();
        rule.check(&cx, &mut findings);
        diagnostics.extend(
            findings
                .into_iter()
                .map(|f| position(meeting, meta, severity, f)),
        );
    }
    diagnostics.sort_by(|a, b| (a.line, a.column, a.code).cmp(&(b.line, b.column, b.code)));
    diagnostics
}

fn position(
    file: &MeetingFacts<'_>,
    meta: &RuleMeta,
    severity: Severity,
    finding: MeetingFinding,
) -> Diagnostic {
    let at = file.source_map.position(&finding.field);
    let start = byte_offset(file.source, at.line, at.column);
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
        fix: None,
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

    use std::path::Path;

    use chrono::NaiveDate;

    use super::*;
    use crate::case::{Case, SourceMap, parse_case};

    /// A meeting on 2026-03-18 (kallelse 2026-03-06) for Socialnämnden with
    /// `items` appended (YAML list entries, indented two spaces).
    pub fn meeting(items: &str) -> FixtureMeeting {
        let source = format!(
            "board: Socialnämnden\ndate: 2026-03-18\ntime: \"13.00\"\nplace: Kommunhuset\nchair: Anna Ek\nsecretary: Bo Lind\nkallelse: 2026-03-06\nitems:\n{items}"
        );
        let source_map = SourceMap::new(&source);
        FixtureMeeting { source, source_map }
    }

    /// A fixture meeting file's text; [`FixtureMeeting::facts`] are its facts.
    pub struct FixtureMeeting {
        source: String,
        source_map: SourceMap,
    }

    impl FixtureMeeting {
        pub fn facts(&self) -> MeetingFacts<'_> {
            MeetingFacts {
                path: Path::new("m.yaml"),
                source: &self.source,
                source_map: &self.source_map,
                board: "Socialnämnden",
                date: NaiveDate::from_ymd_opt(2026, 3, 18).unwrap(),
                kallelse: NaiveDate::from_ymd_opt(2026, 3, 6).unwrap(),
            }
        }
    }

    /// A case for the fixture's items: `extra` lines are added to a minimal case.
    pub fn case(extra: &str) -> Case {
        let yaml = format!(
            "template: tjansteskrivelse\ndnr: SN 2026/1\ndate: 2026-03-02\nmeeting: 2026-03-18\nboard: Socialnämnden\ntitle: Titel\nmbl: {{ kind: ej_aktuellt }}\n{extra}"
        );
        let yaml = dedupe_keys(&yaml);
        parse_case("c.yaml".as_ref(), yaml, &Default::default())
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
    pub fn findings(code: &str, file: &FixtureMeeting, items: &[ItemFacts]) -> Vec<String> {
        lint_meeting(&file.facts(), items, &LintConfig::default())
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
