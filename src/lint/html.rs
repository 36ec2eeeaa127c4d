//! The HTML report (`beslut lint --format html`): one self-contained,
//! offline page for one or many papers — each paper's text as read with
//! every finding highlighted, the findings beside it with their hint, a
//! summary per rule and severity, and a filter by severity. In Swedish,
//! keyboard-usable, and the same bytes for the same input (no clock, no
//! random ids).
//!
//! The page is a minijinja template with HTML auto-escaping, so no text of
//! a paper is ever read as markup; this module only prepares the data.

use std::collections::BTreeMap;
use std::ops::Range;

use minijinja::{AutoEscape, Environment, Value, context};
use serde::Serialize;

use super::registry;
use super::rule::{Diagnostic, Severity};

const TEMPLATE: &str = include_str!("report.html");

/// One paper's findings, as the report shows them.
#[derive(Debug, Clone, Copy)]
pub struct PaperReport<'a> {
    pub path: &'a str,
    /// The text the findings' spans point into.
    pub source: &'a str,
    pub diagnostics: &'a [Diagnostic],
}

/// The whole page for `papers` (in the order given) and the files that
/// could not be read.
pub fn html(papers: &[PaperReport<'_>], file_errors: &[(String, String)]) -> String {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    env.add_template("report.html", TEMPLATE)
        .expect("the report template parses");
    let shown: Vec<PaperView> = papers
        .iter()
        .enumerate()
        .map(|(i, p)| paper_view(i + 1, p))
        .collect();
    let all: Vec<&Diagnostic> = papers.iter().flat_map(|p| p.diagnostics).collect();
    let mut per_severity = [0usize; 3];
    for d in &all {
        per_severity[d.severity as usize] += 1;
    }
    env.get_template("report.html")
        .expect("added above")
        .render(context! {
            papers => Value::from(minijinja::value::Serde(&shown)),
            rules => Value::from(minijinja::value::Serde(rule_summary(&all))),
            errors => per_severity[Severity::Error as usize],
            warnings => per_severity[Severity::Warning as usize],
            infos => per_severity[Severity::Info as usize],
            total => all.len(),
            file_errors => Value::from(minijinja::value::Serde(file_errors)),
        })
        .expect("the report template renders")
}

/// A rule's example of the right form: the "Rätt:" line of its doc.
pub fn hint(code: &str) -> Option<String> {
    let meta = registry::find(code)?;
    meta.docs.lines().find_map(|line| {
        line.trim()
            .strip_prefix("Rätt:")
            .map(|rest| rest.trim().to_owned())
    })
}

#[derive(Debug, Serialize)]
struct PaperView {
    number: usize,
    path: String,
    segments: Vec<Segment>,
    findings: Vec<FindingView>,
}

#[derive(Debug, Serialize)]
struct FindingView {
    id: String,
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    severity_class: &'static str,
    message: String,
    line: usize,
    column: usize,
    quote: String,
    hint: Option<String>,
    related: Vec<RelatedView>,
}

#[derive(Debug, Serialize)]
struct RelatedView {
    id: String,
    line: usize,
    message: String,
}

/// A stretch of the text: plain, or covered by findings (a link to the
/// first of them), with the anchors of the spans that start here.
#[derive(Debug, Serialize)]
struct Segment {
    text: String,
    anchors: Vec<String>,
    /// The finding this stretch links to (the most severe covering it).
    target: Option<String>,
    class: &'static str,
    title: String,
}

#[derive(Debug, Serialize)]
struct RuleRow {
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    count: usize,
}

/// A span marked in the text: a finding's own or a related place.
struct Mark {
    range: Range<usize>,
    anchor: String,
    finding: String,
    severity: Severity,
    related: bool,
    title: String,
}

fn paper_view(number: usize, paper: &PaperReport<'_>) -> PaperView {
    let mut marks = Vec::new();
    let findings = paper
        .diagnostics
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let id = format!("h{number}-f{}", i + 1);
            let range = char_range(paper.source, d.span[0], d.span[1]);
            let related = d
                .related
                .iter()
                .enumerate()
                .map(|(j, r)| {
                    let related_id = format!("{id}-r{}", j + 1);
                    marks.push(Mark {
                        range: char_range(paper.source, r.span[0], r.span[1]),
                        anchor: related_id.clone(),
                        finding: id.clone(),
                        severity: d.severity,
                        related: true,
                        title: format!("{} (hör till {})", r.message, d.code),
                    });
                    RelatedView {
                        id: related_id,
                        line: r.line,
                        message: r.message.clone(),
                    }
                })
                .collect();
            marks.push(Mark {
                range: range.clone(),
                anchor: format!("{id}-t"),
                finding: id.clone(),
                severity: d.severity,
                related: false,
                title: format!("{} {}", d.code, d.message),
            });
            FindingView {
                id,
                code: d.code,
                name: d.name,
                severity: d.severity.swedish(),
                severity_class: severity_class(d.severity),
                message: d.message.clone(),
                line: d.line,
                column: d.column,
                quote: paper.source[range].to_owned(),
                hint: hint(d.code),
                related,
            }
        })
        .collect();
    PaperView {
        number,
        path: paper.path.to_owned(),
        segments: segments(paper.source, &marks),
        findings,
    }
}

/// `start..end` inside `source`, on character boundaries, never empty when
/// the text has a character there (an empty span still gets a mark).
fn char_range(source: &str, start: usize, end: usize) -> Range<usize> {
    let start = source.floor_char_boundary(start);
    let mut end = source.floor_char_boundary(end.max(start));
    if end == start {
        end = source[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8());
    }
    start..end
}

/// The text cut at every mark's ends; each piece knows the marks over it.
fn segments(source: &str, marks: &[Mark]) -> Vec<Segment> {
    let mut cuts: Vec<usize> = vec![0, source.len()];
    for m in marks {
        cuts.push(m.range.start);
        cuts.push(m.range.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| {
            let piece = w[0]..w[1];
            let over: Vec<&Mark> = marks
                .iter()
                .filter(|m| m.range.start <= piece.start && piece.end <= m.range.end)
                .collect();
            // The finding's own span before a related one, then the most severe.
            let top = over
                .iter()
                .max_by_key(|m| (!m.related, m.severity))
                .copied();
            Segment {
                text: source[piece.clone()].to_owned(),
                anchors: marks
                    .iter()
                    .filter(|m| m.range.start == piece.start)
                    .map(|m| m.anchor.clone())
                    .collect(),
                target: top.map(|m| m.finding.clone()),
                class: top.map_or("", |m| {
                    if m.related {
                        "related"
                    } else {
                        severity_class(m.severity)
                    }
                }),
                title: over
                    .iter()
                    .map(|m| m.title.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"),
            }
        })
        .collect()
}

fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "sev-error",
        Severity::Warning => "sev-warning",
        Severity::Info => "sev-info",
    }
}

/// Findings per rule, most frequent first, then by code.
fn rule_summary(all: &[&Diagnostic]) -> Vec<RuleRow> {
    let mut counts: BTreeMap<&'static str, (usize, &Diagnostic)> = BTreeMap::new();
    for d in all {
        counts.entry(d.code).or_insert((0, d)).0 += 1;
    }
    let mut rows: Vec<RuleRow> = counts
        .into_iter()
        .map(|(code, (count, d))| RuleRow {
            code,
            name: d.name,
            severity: d.severity.swedish(),
            count,
        })
        .collect();
    rows.sort_by(|a, b| b.count.cmp(&a.count).then(a.code.cmp(b.code)));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rule::RelatedDiagnostic;

    fn diagnostic(code: &'static str, span: [usize; 2], related: Option<[usize; 2]>) -> Diagnostic {
        let meta = registry::find(code).expect("known rule");
        Diagnostic {
            path: "skrivelse.txt".into(),
            code,
            name: meta.name,
            severity: meta.severity,
            message: "perioden skiljer sig <b>".into(),
            line: 1,
            column: span[0] + 1,
            end_line: 1,
            end_column: span[1] + 1,
            span,
            related: related
                .map(|span| RelatedDiagnostic {
                    message: "här står den andra".into(),
                    line: 1,
                    column: span[0] + 1,
                    span,
                })
                .into_iter()
                .collect(),
            fix: None,
        }
    }

    #[test]
    fn paper_text_is_escaped_and_every_finding_is_marked_once() {
        let source = "Barn 4-20 år <script>alert(1)</script> och barn 0-20 år.";
        let diagnostics = vec![
            diagnostic("A201", [48, 54], Some([5, 9])),
            diagnostic("K502", [0, 4], None),
        ];
        let page = html(
            &[PaperReport {
                path: "skrivelse.txt",
                source,
                diagnostics: &diagnostics,
            }],
            &[],
        );
        assert!(!page.contains("<script>alert"), "paper text is escaped");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"));
        assert!(!page.contains("<b>"), "messages are escaped");
        assert_eq!(page.matches("class=\"finding ").count(), 2);
        assert_eq!(page.matches("id=\"h1-f1-t\"").count(), 1);
        assert_eq!(page.matches("id=\"h1-f1-r1\"").count(), 1);
        assert_eq!(page.matches("id=\"h1-f2-t\"").count(), 1);
        assert!(page.contains("lang=\"sv\""));
    }

    #[test]
    fn the_same_input_gives_the_same_bytes() {
        let source = "Avtalet gäller 1 januari 2024 till 31 december 2025.";
        let diagnostics = vec![diagnostic("D103", [15, 29], None)];
        let paper = PaperReport {
            path: "a.txt",
            source,
            diagnostics: &diagnostics,
        };
        assert_eq!(html(&[paper], &[]), html(&[paper], &[]));
    }

    #[test]
    fn overlapping_spans_cut_the_text_without_losing_any() {
        let source = "abcdefghij";
        let marks = vec![
            Mark {
                range: 2..6,
                anchor: "a".into(),
                finding: "f1".into(),
                severity: Severity::Warning,
                related: false,
                title: String::new(),
            },
            Mark {
                range: 4..8,
                anchor: "b".into(),
                finding: "f2".into(),
                severity: Severity::Error,
                related: false,
                title: String::new(),
            },
        ];
        let pieces = segments(source, &marks);
        let text: String = pieces.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(text, source);
        let texts: Vec<&str> = pieces.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["ab", "cd", "ef", "gh", "ij"]);
        assert_eq!(pieces[2].target.as_deref(), Some("f2"), "the more severe");
    }

    #[test]
    fn a_span_inside_a_character_or_past_the_end_is_clamped() {
        let source = "åäö";
        assert_eq!(char_range(source, 1, 3), 0..2);
        assert_eq!(char_range(source, 10, 12), 6..6);
        assert_eq!(char_range(source, 2, 2), 2..4);
    }

    #[test]
    fn hints_come_from_the_rules_docs() {
        assert!(hint("D103").is_some_and(|h| h.contains("31 december 2025")));
        assert_eq!(hint("XXXX"), None);
    }
}
