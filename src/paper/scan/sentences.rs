//! Sentence spans.

use super::Span;

/// Sentence spans: ends at `.`, `!` or `?` before white space and a capital
/// letter or digit, at a blank line, and around a table row (a pipe-table
/// line, or cells the reader separated with tabs): a row is never part of a
/// sentence.
pub(super) fn find_sentences(text: &str) -> Vec<Span> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut line_start = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let boundary = match c {
            b'.' | b'!' | b'?' => {
                let rest = &text[i + 1..];
                let next = rest.trim_start();
                (rest.is_empty() || rest.starts_with(char::is_whitespace))
                    && (next.is_empty()
                        || next.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit()))
                    && !ends_with_abbreviation(&text[start..=i])
            }
            b'\n' => {
                let next_line = text[i + 1..].split('\n').next().unwrap_or("");
                let blank_follows = text[i + 1..].starts_with('\n')
                    || text[i + 1..]
                        .trim_start_matches([' ', '\t'])
                        .starts_with('\n');
                let boundary = blank_follows || is_row(&text[line_start..i]) || is_row(next_line);
                line_start = i + 1;
                boundary
            }
            _ => false,
        };
        if boundary {
            push_sentence(text, start, i + 1, &mut sentences);
            start = i + 1;
        }
        i += 1;
    }
    push_sentence(text, start, text.len(), &mut sentences);
    sentences
}

/// A table row: `| a | b |`, or cells separated by tabs.
fn is_row(line: &str) -> bool {
    let line = line.trim_matches(' ');
    line.starts_with('|') || line.trim().contains('\t')
}

fn ends_with_abbreviation(text: &str) -> bool {
    let last =
        crate::base::swedish::lowercase(text.rsplit(char::is_whitespace).next().unwrap_or(""));
    [
        "t.ex.", "bl.a.", "p.g.a.", "fr.o.m.", "t.o.m.", "s.k.", "ca.", "m.m.", "o.s.v.", "jfr.",
        "nr.", "kap.",
    ]
    .contains(&last.as_ref())
}

fn push_sentence(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start().len();
    let trailing = slice.len() - slice.trim_end().len();
    if slice.trim().is_empty() {
        return;
    }
    out.push(start + leading..end - trailing);
}

/// Whether the line that `before` ends with (its break included) is a
/// line of running text, wrapped: not blank, and more than a heading's few
/// words.
pub(super) fn wrapped_line_before(before: &str) -> bool {
    // A heading is short: looking further back than this is never needed,
    // and keeps a hostile line of megabytes linear.
    const HEADING_BYTES: usize = 160;
    let end = before.len().saturating_sub(1);
    let from = super::floor_char_boundary(before, end.saturating_sub(HEADING_BYTES));
    let tail = &before[from..end];
    match tail.rfind('\n') {
        Some(i) => tail[i + 1..].split_whitespace().count() > 4,
        None => from > 0 || tail.split_whitespace().count() > 4,
    }
}

/// `text` with each line break inside a wrapped paragraph made a space, so
/// that a name or a sum a PDF wrapped over two lines ("Karin⏎Lindqvist",
/// "250 000⏎kronor") is read whole. Byte for byte as long as `text`, so
/// spans found in it are spans of `text`. A break stays when the line
/// before is no running text (see [`wrapped_line_before`]) or ends a
/// sentence or a clause, when it is a table row, and when the next line is
/// blank or begins a list item.
pub(super) fn flowed(text: &str) -> std::borrow::Cow<'_, str> {
    let soft: Vec<usize> = text
        .match_indices('\n')
        .map(|(i, _)| i)
        .filter(|&i| is_soft_break(text, i))
        .collect();
    if soft.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for i in soft {
        bytes[i] = b' ';
    }
    // An ASCII byte replaced by another: still UTF-8.
    std::borrow::Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_owned()))
}

/// Whether the line break at `at` wraps a paragraph.
fn is_soft_break(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[super::floor_char_boundary(text, line_start.max(at.saturating_sub(160)))..at];
    let next = text[at + 1..].lines().next().unwrap_or("");
    let ends_clause = line.trim_end().ends_with(['.', '!', '?', ':', ';']);
    let row = line.contains('\t') || line.trim_start().starts_with('|');
    let next_item = next.trim().is_empty()
        || next.trim_start().starts_with(['-', '•', '*', '|', '–'])
        || next
            .trim_start()
            .split_once(['.', ')'])
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    !ends_clause && !row && !next_item && wrapped_line_before(&text[..=at])
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn wrapped_lines_flow_and_others_stay() {
        use super::flowed;
        let text = "Utredningen har gjorts av Karin Lindqvist. Frågor besvaras av Karin\nLindkvist.\nAnna Berg\nSocialchef\nBidraget som beviljas föreningen är 250 000\nkronor\n\nEn lista med fem ord här\n- punkt\nRaden i tabellen\t12\t13 14\nNästa";
        let flowed = flowed(text);
        assert_eq!(flowed.len(), text.len());
        assert_eq!(
            flowed,
            "Utredningen har gjorts av Karin Lindqvist. Frågor besvaras av Karin Lindkvist.\nAnna Berg\nSocialchef\nBidraget som beviljas föreningen är 250 000 kronor\n\nEn lista med fem ord här\n- punkt\nRaden i tabellen\t12\t13 14\nNästa"
        );
    }

    #[test]
    fn table_rows_are_not_sentences() {
        let text = "Kostnaden framgår av tabellen:\n| Post | 2027 |\n|---|---|\n| Personal | 2 160 000 kr |\nSumma\t2 480 000 kr\nSista raden.";
        let s = scan(text);
        let found: Vec<&str> = s.sentences.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            found,
            [
                "Kostnaden framgår av tabellen:",
                "| Post | 2027 |",
                "|---|---|",
                "| Personal | 2 160 000 kr |",
                "Summa\t2 480 000 kr",
                "Sista raden."
            ]
        );
    }

    #[test]
    fn sentences_respect_abbreviations_and_paragraphs() {
        let text = "Första meningen gäller fr.o.m. den 1 mars. Andra t.ex. här.\n\nRubrik\nTredje";
        let s = scan(text);
        let found: Vec<&str> = s.sentences.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            found,
            [
                "Första meningen gäller fr.o.m. den 1 mars.",
                "Andra t.ex. här.",
                "Rubrik\nTredje"
            ]
        );
    }
}
