//! The lint: consistency checks over case files and finished papers.
//!
//! A paper (see [`crate::paper`]) is scanned once by the recognisers of
//! [`crate::paper::scan`]; every rule in [`rules`] reads the paper and the
//! facts found and reports findings with byte spans, which [`report`] turns
//! into human, JSON and SARIF output. Rules never recognise text themselves.

pub mod config;
mod echoes;
pub mod fix;
pub mod html;
pub mod meeting;
pub mod meta;
pub mod registry;
pub mod report;
pub mod rule;
pub mod rules;
pub mod suppress;

use crate::paper::Paper;
pub use config::LintConfig;
pub use rule::{
    Context, Diagnostic, DiagnosticFix, Finding, Fix, Related, RelatedDiagnostic, Rule, RuleMeta,
    Severity,
};

/// Starts compiling the lint's patterns on a thread of its own, for a
/// command about to lint or read papers.
///
/// Compiling the scanner's patterns is most of a one-file lint: each process
/// compiles them once. While the command loads its configuration and case
/// and the scan uses the patterns from the first, this thread compiles them
/// from the last, so on two cores the process waits for about half of them.
/// Each pattern is still compiled once (a `LazyLock` the two threads share),
/// and the thread is detached. It compiles only the patterns most papers
/// use (measured over the real papers and the example cases); the others,
/// and any it has not reached, are compiled where first used.
/// `reading_papers`: whether the command reads finished papers (text, Word,
/// PDF), whose parts have patterns of their own, rather than case files.
pub fn compile_patterns_ahead(reading_papers: bool) {
    // Without a thread (the system refused one) each pattern is compiled
    // where it is first used, as it would be anyway.
    let _ = std::thread::Builder::new()
        .name("beslut-patterns".into())
        .spawn(move || {
            suppress::compile_patterns();
            crate::paper::compile_patterns(reading_papers);
        });
}

/// Runs every enabled rule over `paper` and returns positioned, sorted,
/// unsuppressed diagnostics.
pub fn lint_paper(paper: &Paper, config: &LintConfig) -> Vec<Diagnostic> {
    let cx = Context { paper, config };
    let suppressions = suppress::parse(&paper.source, paper.kind);
    // For each suppression comment, which of its codes took a finding.
    let mut took: Vec<Vec<bool>> = suppressions
        .entries
        .iter()
        .map(|e| vec![false; e.codes.len()])
        .collect();
    let mut diagnostics = Vec::new();
    for rule in registry::all() {
        let meta = rule.meta();
        let Some(severity) = config.severity_of(meta) else {
            continue;
        };
        let mut findings = Vec::new();
        rule.check(&cx, &mut findings);
        cap_findings(&mut findings);
        for finding in findings {
            let (line, _) = paper.line_col(finding.span.start);
            if let Some((entry, code)) = suppressions.suppressing(meta.code, line) {
                took[entry][code] = true;
                continue;
            }
            let severity = finding.at_most.map_or(severity, |cap| cap.min(severity));
            diagnostics.push(position(paper, meta, severity, finding));
        }
    }
    diagnostics.extend(unused_suppressions(paper, config, &suppressions, &took));
    diagnostics.sort_by(|a, b| (a.line, a.column, a.code).cmp(&(b.line, b.column, b.code)));
    diagnostics.dedup_by(|a, b| a.code == b.code && a.span == b.span && a.message == b.message);
    echoes::drop_backstop_echoes(&mut diagnostics);
    echoes::drop_one_pair_told_twice(&mut diagnostics);
    diagnostics
}

/// S405: the suppressions that took nothing, and those written wrong.
fn unused_suppressions(
    paper: &Paper,
    config: &LintConfig,
    suppressions: &suppress::Suppressions,
    took: &[Vec<bool>],
) -> Vec<Diagnostic> {
    use rules::s405_unused_suppression::{Code, UnusedSuppression, Used, findings};
    let meta = &UnusedSuppression::META;
    let Some(severity) = config.severity_of(meta) else {
        return Vec::new();
    };
    let used: Vec<Used<'_>> = suppressions
        .entries
        .iter()
        .zip(took)
        .map(|(entry, took)| Used {
            comment: entry.comment.clone(),
            codes: &entry.codes,
            took,
        })
        .collect();
    let code = |written: &str| match registry::find(written) {
        None => Code::Unknown,
        Some(rule) if config.severity_of(rule).is_none() => Code::Off,
        // A meeting rule's finding is never in a paper; S405 on itself
        // cannot be known yet.
        Some(rule) if rule.code.starts_with('M') || rule.code == meta.code => Code::Off,
        Some(_) => Code::Active,
    };
    findings(&used, &suppressions.malformed, code)
        .into_iter()
        .map(|finding| position(paper, meta, severity, finding))
        .collect()
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
    let fix = finding.fix.and_then(|fix| place_fix(paper, fix));
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
        fix,
    }
}

/// Positions a fix; a span that is not text of the paper is dropped.
fn place_fix(paper: &Paper, fix: Fix) -> Option<DiagnosticFix> {
    let original = paper.source.get(fix.span.clone())?.to_owned();
    let (line, column) = paper.line_col(fix.span.start);
    let (end_line, end_column) = paper.line_col(fix.span.end);
    Some(DiagnosticFix {
        original,
        replacement: fix.replacement,
        line,
        column,
        end_line,
        end_column,
        span: [fix.span.start, fix.span.end],
    })
}
