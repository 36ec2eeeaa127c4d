//! Output: human (like rustc and ruff), JSON and SARIF 2.1.0.

use serde_json::{Value, json};

use super::registry;
use super::rule::{Diagnostic, Severity};
use crate::base::place::place;

static COLOUR: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Colours human output from now on (the command line decides, once:
/// `--color`, `NO_COLOR`, a terminal).
pub fn set_colour(on: bool) {
    COLOUR.store(on, std::sync::atomic::Ordering::Relaxed);
}

fn colour() -> bool {
    COLOUR.load(std::sync::atomic::Ordering::Relaxed)
}

/// `text` in `style` when colour is on.
fn paint(text: &str, style: anstyle::Style) -> String {
    if colour() {
        format!("{}{text}{}", style.render(), style.render_reset())
    } else {
        text.to_owned()
    }
}

fn severity_style(severity: Severity) -> anstyle::Style {
    use anstyle::AnsiColor;
    let colour = match severity {
        Severity::Error => AnsiColor::Red,
        Severity::Warning => AnsiColor::Yellow,
        Severity::Info => AnsiColor::Cyan,
    };
    anstyle::Style::new().bold().fg_color(Some(colour.into()))
}

/// `path:line:col: CODE [fel] message`, the source line with the span
/// underlined, and each related place.
pub fn human(diagnostic: &Diagnostic, source: &str) -> String {
    let d = diagnostic;
    let style = severity_style(d.severity);
    let mut out = format!(
        "{}: {} {} {}\n",
        paint(
            &place(std::path::Path::new(&d.path), Some((d.line, d.column))).to_string(),
            anstyle::Style::new().bold()
        ),
        paint(d.code, style),
        paint(&format!("[{}]", d.severity.swedish()), style),
        d.message
    );
    out.push_str(&snippet(source, d));
    for related in &d.related {
        out.push_str(&format!("  = rad {}: {}\n", related.line, related.message));
        let (text, _) = window_around(source, related.span[0]);
        out.push_str(&format!("    {}\n", text.trim()));
    }
    out
}

/// Characters of context quoted on each side of a finding.
const CONTEXT_CHARS: usize = 60;

/// The text around byte `offset` on its line: at most [`CONTEXT_CHARS`]
/// characters before it and twice that after, with `…` where the line goes
/// on. Found from the offset itself, so a finding on a line of megabytes
/// costs no more than one on a short line. Returns the text and the
/// caret's place in it, in characters.
fn window_around(source: &str, offset: usize) -> (String, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before: Vec<(usize, char)> = source[..offset]
        .char_indices()
        .rev()
        .take_while(|(_, c)| !matches!(c, '\n' | '\r'))
        .take(CONTEXT_CHARS + 1)
        .collect();
    let cut_before = before.len() > CONTEXT_CHARS;
    let start = if cut_before {
        before[CONTEXT_CHARS - 1].0
    } else {
        before.last().map_or(offset, |(i, _)| *i)
    };
    let mut end = offset;
    let mut cut_after = false;
    for (count, (i, c)) in source[offset..].char_indices().enumerate() {
        if matches!(c, '\n' | '\r') {
            break;
        }
        if count == 2 * CONTEXT_CHARS {
            cut_after = true;
            break;
        }
        end = offset + i + c.len_utf8();
    }
    let mut text = String::new();
    if cut_before {
        text.push('…');
    }
    text.push_str(&source[start..end]);
    if cut_after {
        text.push('…');
    }
    let caret = source[start..offset].chars().count() + usize::from(cut_before);
    (text, caret)
}

fn snippet(source: &str, d: &Diagnostic) -> String {
    let line = d.line;
    let (text, caret) = window_around(source, d.span[0]);
    let width = text.chars().count();
    let span_chars = if d.end_line == line {
        d.end_column.saturating_sub(d.column).max(1)
    } else {
        usize::MAX
    };
    let underline = span_chars.min(width.saturating_sub(caret)).max(1);
    let gutter = line.to_string().len();
    let pad: String = text
        .chars()
        .take(caret)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    format!(
        "{:gutter$} |\n{line} | {text}\n{:gutter$} | {pad}{}\n",
        "",
        "",
        paint(&"^".repeat(underline), severity_style(d.severity))
    )
}

/// One JSON array of findings.
pub fn json(diagnostics: &[Diagnostic]) -> String {
    serde_json::to_string_pretty(diagnostics).expect("diagnostics serialise")
}

/// The same JSON array as [`json`], produced one finding at a time so a
/// batch need not keep its findings: concatenate every [`JsonStream::item`]
/// and then [`JsonStream::finish`].
#[derive(Debug, Default)]
pub struct JsonStream {
    items: usize,
}

impl JsonStream {
    /// The text that adds `diagnostic` to the array.
    pub fn item(&mut self, diagnostic: &Diagnostic) -> String {
        let text = serde_json::to_string_pretty(diagnostic).expect("diagnostic serialises");
        let mut out = String::from(if self.items == 0 { "[\n" } else { ",\n" });
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str("  ");
            out.push_str(line);
        }
        self.items += 1;
        out
    }

    /// The text that closes the array.
    pub fn finish(&self) -> &'static str {
        if self.items == 0 { "[]" } else { "\n]" }
    }
}

/// Findings per rule, most frequent first: `  3  D103  duration-mismatch`.
pub fn by_rule(counts: &std::collections::BTreeMap<&'static str, usize>) -> String {
    let mut rows: Vec<(&str, usize)> = counts.iter().map(|(code, n)| (*code, *n)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let width = rows.first().map_or(1, |r| r.1.to_string().len());
    rows.iter()
        .map(|(code, n)| {
            let name = registry::find(code).map_or("", |m| m.name);
            format!("{n:>width$}  {code}  {name}\n")
        })
        .collect()
}

/// A SARIF 2.1.0 log with one run: the rules as the driver's rules, the
/// findings as results, unreadable files as notifications.
pub fn sarif(diagnostics: &[Diagnostic], file_errors: &[(String, String)]) -> String {
    let all: Vec<&crate::lint::RuleMeta> = registry::all_meta().collect();
    let rule_index = |code: &str| all.iter().position(|m| m.code == code).unwrap_or(0);
    let rules: Vec<Value> = all
        .iter()
        .map(|m| {
            json!({
                "id": m.code,
                "name": m.name,
                "shortDescription": { "text": m.summary },
                "fullDescription": { "text": m.docs.trim() },
                "defaultConfiguration": { "level": level(m.severity) },
            })
        })
        .collect();
    let results: Vec<Value> = diagnostics
        .iter()
        .map(|d| {
            let related: Vec<Value> = d
                .related
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    json!({
                        "id": i,
                        "message": { "text": r.message },
                        "physicalLocation": {
                            "artifactLocation": { "uri": uri(&d.path) },
                            "region": { "startLine": r.line, "startColumn": r.column },
                        },
                    })
                })
                .collect();
            let mut result = json!({
                "ruleId": d.code,
                "ruleIndex": rule_index(d.code),
                "level": level(d.severity),
                "message": { "text": d.message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&d.path) },
                        "region": region([d.line, d.column, d.end_line, d.end_column], d.span),
                    },
                }],
                "relatedLocations": related,
            });
            if let Some(fix) = &d.fix {
                result["fixes"] = json!([sarif_fix(&d.path, fix)]);
            }
            result
        })
        .collect();
    let notifications: Vec<Value> = file_errors
        .iter()
        .map(|(path, message)| {
            json!({
                "level": "error",
                "message": { "text": message },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(path) } } }],
            })
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "beslut",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            // Our columns count characters, as the human output's do.
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": file_errors.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&log).expect("SARIF serialises")
}

/// A SARIF region: [start line, start column, end line, end column] and
/// the byte span.
fn region([line, column, end_line, end_column]: [usize; 4], span: [usize; 2]) -> Value {
    json!({
        "startLine": line,
        "startColumn": column,
        "endLine": end_line,
        "endColumn": end_column,
        "byteOffset": span[0],
        "byteLength": span[1] - span[0],
    })
}

/// A SARIF fix: one replacement in the finding's own file.
fn sarif_fix(path: &str, fix: &crate::lint::DiagnosticFix) -> Value {
    json!({
        "description": { "text": fix.title() },
        "artifactChanges": [{
            "artifactLocation": { "uri": uri(path) },
            "replacements": [{
                "deletedRegion": region([fix.line, fix.column, fix.end_line, fix.end_column], fix.span),
                "insertedContent": { "text": fix.replacement },
            }],
        }],
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative URI reference: forward slashes, and every byte that is not
/// an RFC 3986 unreserved character (or a slash) percent-encoded, so that
/// "nämnd/avtal 2026.docx" is "n%C3%A4mnd/avtal%202026.docx".
fn uri(path: &str) -> String {
    let mut uri = String::with_capacity(path.len());
    for byte in path.replace('\\', "/").bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                uri.push(byte as char)
            }
            _ => uri.push_str(&format!("%{byte:02X}")),
        }
    }
    uri
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::RelatedDiagnostic;

    fn finding(i: usize) -> Diagnostic {
        Diagnostic {
            path: format!("papper {i}.txt"),
            code: "D103",
            name: "period-mismatch",
            severity: Severity::Error,
            message: "perioden \"x\"\nstämmer inte".into(),
            line: i,
            column: 2,
            end_line: i,
            end_column: 9,
            span: [i, i + 7],
            related: vec![RelatedDiagnostic {
                message: "här".into(),
                line: 1,
                column: 1,
                span: [0, 3],
            }],
            fix: None,
        }
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(
            uri("nämnd\\avtal 2026#1.docx"),
            "n%C3%A4mnd/avtal%202026%231.docx"
        );
    }

    #[test]
    fn streamed_json_is_byte_identical_to_the_one_piece_array() {
        for count in [0, 1, 4] {
            let findings: Vec<Diagnostic> = (1..=count).map(finding).collect();
            let mut stream = JsonStream::default();
            let mut text: String = findings.iter().map(|d| stream.item(d)).collect();
            text.push_str(stream.finish());
            assert_eq!(text, json(&findings), "{count} findings");
        }
    }
}
