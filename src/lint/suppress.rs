//! Inline suppression: `# beslut: ignore[A201, N301]` in case files (applies
//! to the next YAML entry, including a whole block of prose), and
//! `<!-- beslut: ignore A201 N301 -->` in text (applies to the next
//! paragraph). A comment on the same line as the finding also applies.

use std::ops::{Range, RangeInclusive};
use std::sync::LazyLock;

use regex::Regex;

use crate::paper::PaperKind;

static YAML_IGNORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"#\s*beslut:\s*ignore\[([A-Za-z0-9,\s]+)\]").expect("valid"));
static TEXT_IGNORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*beslut:\s*ignore\s+([A-Za-z0-9,\s]+?)\s*-->").expect("valid")
});

/// A comment that mentions a suppression but not in the form that works
/// ("# beslut: ignore N301" without brackets in a case file).
static LOOSE_IGNORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)beslut\s*:?\s*ignore").expect("valid"));

/// One suppression comment: its codes, the lines (1-based) it covers, and
/// where the comment is (bytes of the source).
#[derive(Debug, Clone)]
pub struct Suppression {
    pub codes: Vec<String>,
    pub lines: RangeInclusive<usize>,
    pub comment: Range<usize>,
}

/// Suppression comments, and those written in a form that does nothing.
#[derive(Debug, Clone, Default)]
pub struct Suppressions {
    pub entries: Vec<Suppression>,
    /// Comments that mention `beslut: ignore` in a form that is not read.
    pub malformed: Vec<Range<usize>>,
}

impl Suppressions {
    pub fn suppresses(&self, code: &str, line: usize) -> bool {
        self.suppressing(code, line).is_some()
    }

    /// The suppression (index into `entries`, and of the code in its list)
    /// that takes a finding of `code` on `line`.
    pub fn suppressing(&self, code: &str, line: usize) -> Option<(usize, usize)> {
        self.entries.iter().enumerate().find_map(|(i, entry)| {
            let at = entry
                .codes
                .iter()
                .position(|c| c.eq_ignore_ascii_case(code))?;
            entry.lines.contains(&line).then_some((i, at))
        })
    }
}

/// Finds every suppression comment in `source`.
pub fn parse(source: &str, kind: PaperKind) -> Suppressions {
    // Every comment, working or not, says "ignore" (in ASCII letters, in
    // any case): a paper without one (nearly all) is not read line by line.
    if !source.to_ascii_lowercase().contains("ignore") {
        return Suppressions::default();
    }
    let lines: Vec<&str> = source.lines().collect();
    let pattern = match kind {
        PaperKind::Case => &*YAML_IGNORE,
        PaperKind::Text => &*TEXT_IGNORE,
    };
    let mut found = Suppressions::default();
    let offsets = source.split_inclusive('\n').scan(0, |at, raw| {
        let start = *at;
        *at += raw.len();
        Some(start)
    });
    for ((index, line), offset) in lines.iter().enumerate().zip(offsets) {
        let Some(captures) = pattern.captures(line) else {
            if let Some(loose) = LOOSE_IGNORE.find(line) {
                found
                    .malformed
                    .push(offset + loose.start()..offset + line.trim_end().len());
            }
            continue;
        };
        let codes = captures[1]
            .split([',', ' '])
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect();
        let first = index + 1;
        let last = match kind {
            PaperKind::Case => yaml_entry_end(&lines, index),
            PaperKind::Text => paragraph_end(&lines, index),
        };
        let whole = captures.get(0).expect("the match").range();
        found.entries.push(Suppression {
            codes,
            lines: first..=last,
            comment: offset + whole.start..offset + whole.end,
        });
    }
    found
}

/// The last line (1-based) of the YAML entry after the comment on `index`:
/// the next line and every following line indented deeper than it.
fn yaml_entry_end(lines: &[&str], index: usize) -> usize {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let Some(next) = (index + 1..lines.len()).find(|&i| !lines[i].trim().is_empty()) else {
        return index + 1;
    };
    let base = indent(lines[next]);
    let mut last = next;
    for (i, line) in lines.iter().enumerate().skip(next + 1) {
        if line.trim().is_empty() || indent(line) > base {
            last = i;
        } else {
            break;
        }
    }
    last + 1
}

/// The last line (1-based) of the paragraph after the comment on `index`.
fn paragraph_end(lines: &[&str], index: usize) -> usize {
    let mut i = index + 1;
    while i < lines.len() && lines[i].trim().is_empty() {
        i += 1;
    }
    while i < lines.len() && !lines[i].trim().is_empty() {
        i += 1;
    }
    i.max(index + 1)
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    std::sync::LazyLock::force(&YAML_IGNORE);
    std::sync::LazyLock::force(&TEXT_IGNORE);
    std::sync::LazyLock::force(&LOOSE_IGNORE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loose_comment_in_any_case_is_malformed_and_a_paper_without_one_has_none() {
        let source = "Stycke ett.\n<!-- BeSlUt IgNoRe A201 -->\nStycke två.\n";
        assert_eq!(parse(source, PaperKind::Text).malformed.len(), 1);
        let plain = parse("Stycke ett.\nBeslut om ignorans.\n", PaperKind::Text);
        assert!(plain.entries.is_empty() && plain.malformed.is_empty());
    }

    #[test]
    fn yaml_comment_covers_the_next_entry() {
        let source = "a: 1\n# beslut: ignore[A201, N301]\narende: |\n  rad ett\n  rad två\nb: 2\n";
        let s = parse(source, PaperKind::Case);
        assert!(s.suppresses("A201", 4) && s.suppresses("N301", 5));
        assert!(!s.suppresses("A201", 6) && !s.suppresses("D101", 4));
    }

    #[test]
    fn text_comment_covers_the_next_paragraph() {
        let source =
            "Ett.\n\n<!-- beslut: ignore A201 -->\nBarn 0-20 år\nfortsätter.\n\nNästa stycke.";
        let s = parse(source, PaperKind::Text);
        assert!(s.suppresses("A201", 4) && s.suppresses("A201", 5));
        assert!(!s.suppresses("A201", 7));
    }
}
