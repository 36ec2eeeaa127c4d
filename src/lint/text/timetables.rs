//! Timetables and chronologies: runs of lines that each pair a date (or a
//! month) with a step, in either order —
//!
//! ```text
//! Tidplan
//! - 15 maj 2025 Annonsering
//! - juni 2025 Tilldelningsbeslut
//! Avtalsstart: 1 september 2025
//! ```
//!
//! Three such lines in a row make a timetable, two under a "Tidplan" line.

use chrono::Datelike;

use super::Span;
use super::dates::{DateMention, MonthMention};

/// A point in time as precise as it was written: a day, or a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    pub year: i32,
    pub month: u32,
    pub day: Option<u32>,
}

impl Moment {
    /// Whether `self` lies before `other` at the precision both have:
    /// "juni 2025" is not before "15 juni 2025".
    pub fn before(&self, other: &Moment) -> bool {
        let month = (self.year, self.month).cmp(&(other.year, other.month));
        match (self.day, other.day, month) {
            (Some(a), Some(b), std::cmp::Ordering::Equal) => a < b,
            (_, _, ordering) => ordering == std::cmp::Ordering::Less,
        }
    }
}

/// One line of a timetable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimetableEntry {
    pub when_span: Span,
    pub when: Moment,
    /// The step's words, without the date and list marks.
    pub step: Span,
}

/// A run of timetable lines, in the order written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timetable {
    pub entries: Vec<TimetableEntry>,
}

/// Most words a step takes; a longer line is running text.
const MAX_STEP_WORDS: usize = 10;

pub(super) fn find_timetables(
    text: &str,
    dates: &[DateMention],
    months: &[MonthMention],
) -> Vec<Timetable> {
    if dates.len() + months.len() < 2 {
        return Vec::new();
    }
    let mut moments: Vec<(Span, Moment)> = dates
        .iter()
        .filter_map(|d| {
            let date = d.date.as_ref().ok()?;
            Some((
                d.span.clone(),
                Moment {
                    year: date.year(),
                    month: date.month(),
                    day: Some(date.day()),
                },
            ))
        })
        .chain(months.iter().map(|m| {
            (
                m.span.clone(),
                Moment {
                    year: m.year,
                    month: m.month,
                    day: None,
                },
            )
        }))
        .collect();
    moments.sort_by_key(|(span, _)| span.start);

    // Only the lines that hold a date can be entries: visit those, not
    // every line of the paper.
    let mut tables = Vec::new();
    let mut run: Vec<TimetableEntry> = Vec::new();
    let mut headed = false;
    let mut run_end: Option<usize> = None;
    let mut visited_line = usize::MAX;
    for (span, _) in &moments {
        let Some(line) = short_line_around(text, span) else {
            close(&mut run, headed, &mut tables);
            run_end = None;
            continue;
        };
        if line.start == visited_line {
            continue;
        }
        visited_line = line.start;
        let Some(e) = entry(text, line.clone(), &moments) else {
            close(&mut run, headed, &mut tables);
            run_end = None;
            continue;
        };
        // Blank lines may stand between entries, nothing else.
        let continues = run_end.is_some_and(|end| text[end..line.start].trim().is_empty());
        if !continues {
            close(&mut run, headed, &mut tables);
            headed = under_heading(text, line.start);
        }
        run.push(e);
        run_end = Some(line.end);
    }
    close(&mut run, headed, &mut tables);
    tables
}

/// Longest line an entry can be: a date and a step of a few words.
const MAX_ENTRY_BYTES: usize = 300;

/// The line around a date (without its trailing white space), if it is
/// short enough to be a timetable entry.
fn short_line_around(text: &str, span: &Span) -> Option<Span> {
    let back = super::floor_char_boundary(text, span.start.saturating_sub(MAX_ENTRY_BYTES));
    let start = match text[back..span.start].rfind('\n') {
        Some(i) => back + i + 1,
        None if back == 0 => 0,
        None => return None,
    };
    let ahead = &text[span.end..];
    let end = match ahead.find('\n') {
        Some(i) if i <= MAX_ENTRY_BYTES => span.end + i,
        None if ahead.len() <= MAX_ENTRY_BYTES => text.len(),
        _ => return None,
    };
    Some(start..start + text[start..end].trim_end().len())
}

/// Whether the non-blank line before `line_start` is a "Tidplan" heading.
fn under_heading(text: &str, line_start: usize) -> bool {
    let before = text[..line_start].trim_end();
    let heading = before.rsplit('\n').next().unwrap_or("");
    let lower = heading
        .trim()
        .trim_start_matches('#')
        .trim()
        .trim_end_matches(':')
        .to_lowercase();
    ["tidplan", "tidsplan", "tidslinje", "preliminär tidplan"].contains(&lower.as_str())
}

fn close(run: &mut Vec<TimetableEntry>, headed: bool, tables: &mut Vec<Timetable>) {
    if run.len() >= 3 || (headed && run.len() >= 2) {
        tables.push(Timetable {
            entries: std::mem::take(run),
        });
    }
    run.clear();
}

/// A line that is a date and a step: the date first or last, nothing else
/// dated on the line.
fn entry(text: &str, line: Span, moments: &[(Span, Moment)]) -> Option<TimetableEntry> {
    let on_line: Vec<&(Span, Moment)> = super::within(moments, &line, |(s, _)| s)
        .iter()
        .filter(|(s, _)| s.end <= line.end)
        .collect();
    let [(when_span, when)] = on_line.as_slice() else {
        return None;
    };
    let marks = |c: char| c.is_whitespace() || "-–—•*|:,.;()".contains(c);
    let before = &text[line.start..when_span.start];
    let after = &text[when_span.end..line.end];
    let (step_start, step_text) = if before.trim_matches(marks).is_empty() {
        (when_span.end, after)
    } else if after.trim_matches(marks).is_empty() {
        (line.start, before)
    } else {
        return None;
    };
    let words = step_text.split_whitespace().count();
    let trimmed = step_text.trim_matches(marks);
    // Running text ends in a preposition before its date ("informerades
    // den 20 februari") or holds a sentence end; a step does neither.
    let date_last = step_start == line.start;
    let last_word = trimmed.rsplit(' ').next().unwrap_or("").to_lowercase();
    let running = trimmed.contains(". ")
        || (date_last
            && (words > MAX_STEP_WORDS / 2
                || [
                    "den", "på", "i", "från", "till", "med", "efter", "före", "senast", "om",
                ]
                .contains(&last_word.as_str())));
    if trimmed.is_empty() || words > MAX_STEP_WORDS || running {
        return None;
    }
    let lead = step_text.len() - step_text.trim_start_matches(marks).len();
    Some(TimetableEntry {
        when_span: when_span.clone(),
        when: *when,
        step: step_start + lead..step_start + lead + trimmed.len(),
    })
}

#[cfg(test)]
mod tests {
    use crate::lint::text::scan;

    fn tables(text: &str) -> Vec<Vec<(&str, &str)>> {
        scan(text)
            .timetables
            .iter()
            .map(|t| {
                t.entries
                    .iter()
                    .map(|e| (&text[e.when_span.clone()], &text[e.step.clone()]))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn date_and_step_lines_in_either_order() {
        let text = "Tidplan\n- 15 maj 2025 Annonsering\n- juni 2025: Tilldelningsbeslut\n\nAvtalsstart: 1 september 2025\n\nÖvrigt om upphandlingen.";
        assert_eq!(
            tables(text),
            [[
                ("15 maj 2025", "Annonsering"),
                ("juni 2025", "Tilldelningsbeslut"),
                ("1 september 2025", "Avtalsstart")
            ]]
        );
        let text = "Tidplan\n2025-05-15\tAnnonsering\n2025-06-20\tTilldelningsbeslut\n";
        assert_eq!(tables(text).len(), 1);
    }

    #[test]
    fn running_text_and_lone_dated_lines_are_no_timetable() {
        assert!(tables("Nämnden beslöt 2006-11-15 att ge styrgruppen i uppdrag att utarbeta ett underlag.\nBeslut 2007-01-30.\n").is_empty());
        assert!(tables("- 15 maj 2025 Annonsering\n- juni 2025 Tilldelning\nSedan kommer mer text här som inte är datum.").is_empty());
        let text = "- april 2026 Annonsering\n- 15 maj 2026 Sista anbudsdag\nNämnden beslutar om tilldelning. Tekniska nämnden informerades den 20 februari 2026.\n";
        assert!(tables(text).is_empty(), "{:?}", tables(text));
    }
}
