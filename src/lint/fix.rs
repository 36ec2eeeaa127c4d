//! Applying certain fixes to a text: `beslut lint --fix` and the editor
//! server's code actions.

use super::{Diagnostic, DiagnosticFix};

/// `source` with every fix applied that still fits: a fix whose span no
/// longer holds its original text, or that overlaps one applied before it,
/// is left out. Returns the new text and the fixes applied, in file order.
pub fn apply<'a>(source: &str, diagnostics: &'a [Diagnostic]) -> (String, Vec<&'a DiagnosticFix>) {
    let mut fixes: Vec<&DiagnosticFix> =
        diagnostics.iter().filter_map(|d| d.fix.as_ref()).collect();
    fixes.sort_by_key(|f| f.span);
    fixes.dedup_by_key(|f| f.span);
    let mut fixed = String::with_capacity(source.len());
    let mut applied = Vec::new();
    let mut at = 0;
    for fix in fixes {
        let [start, end] = fix.span;
        if start < at || source.get(start..end) != Some(fix.original.as_str()) {
            continue;
        }
        fixed.push_str(&source[at..start]);
        fixed.push_str(&fix.replacement);
        at = end;
        applied.push(fix);
    }
    fixed.push_str(&source[at..]);
    (fixed, applied)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Severity;

    fn with_fix(span: [usize; 2], original: &str, replacement: &str) -> Diagnostic {
        Diagnostic {
            path: "x.txt".into(),
            code: "N302",
            name: "law-reference-mismatch",
            severity: Severity::Error,
            message: String::new(),
            line: 1,
            column: span[0] + 1,
            end_line: 1,
            end_column: span[1] + 1,
            span,
            related: Vec::new(),
            fix: Some(DiagnosticFix {
                original: original.into(),
                replacement: replacement.into(),
                line: 1,
                column: span[0] + 1,
                end_line: 1,
                end_column: span[1] + 1,
                span,
            }),
        }
    }

    #[test]
    fn applies_fixes_in_order_and_skips_overlaps_and_stale_ones() {
        let source = "enligt LOU (1976:580) och medstämmandelagen.";
        let diagnostics = [
            with_fix([26, 44], "medstämmandelagen", "medbestämmandelagen"),
            with_fix([7, 10], "LOU", "MBL"),
            with_fix([7, 21], "LOU (1976:580)", "MBL (1976:580)"),
            with_fix([0, 6], "enlig", "x"),
        ];
        let (fixed, applied) = apply(source, &diagnostics);
        assert_eq!(fixed, "enligt MBL (1976:580) och medbestämmandelagen.");
        assert_eq!(applied.len(), 2);
    }
}
