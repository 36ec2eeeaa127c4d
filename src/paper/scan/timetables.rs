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
    // A flat timetable may be a line-based one read again (its gaps may
    // hold single line breaks, as a PDF wraps a paragraph): keep one.
    let flat: Vec<Timetable> = flat_timetables(text, &moments)
        .into_iter()
        .filter(|f| {
            !f.entries.iter().any(|e| {
                tables
                    .iter()
                    .flat_map(|t| &t.entries)
                    .any(|l| l.when_span == e.when_span)
            })
        })
        .collect();
    tables.extend(flat);
    tables
}

/// "Tidplan" as a word inside a line: a flat text's timetable heading.
static FLAT_HEADING: std::sync::LazyLock<super::Plain> = std::sync::LazyLock::new(|| {
    super::tuned(r"\b(?:Preliminär tidplan|[Tt]idplan|[Tt]idsplan)\b:?[ \t]+\S")
});

/// Most bytes between two entries of a flat timetable.
const MAX_FLAT_GAP: usize = 120;

/// Timetables in flat text, where one paragraph holds everything ("Tidplan
/// Annonsering 2025-03-01 Sista dag för anbud 2025-04-04 Tilldelningsbeslut
/// 2025-05-16 …"): after a "Tidplan" heading, a run of at least three
/// moments each with a few words of step before it, up to the first
/// sentence end.
fn flat_timetables(text: &str, moments: &[(Span, Moment)]) -> Vec<Timetable> {
    if !text.contains("idplan") && !text.contains("idsplan") {
        return Vec::new();
    }
    FLAT_HEADING
        .find_iter(text)
        .filter_map(|heading| {
            let after = heading.end() - 1;
            let first = moments.partition_point(|(span, _)| span.start < after);
            let mut entries = Vec::new();
            let mut cursor = after;
            for (span, when) in &moments[first..] {
                let Some(step) = flat_step(text, cursor..span.start) else {
                    break;
                };
                entries.push(TimetableEntry {
                    when_span: span.clone(),
                    when: *when,
                    step,
                });
                cursor = span.end;
            }
            (entries.len() >= 3).then_some(Timetable { entries })
        })
        .collect()
}

/// The step before a flat timetable's date: the words after the last
/// number or comma of the gap ("Annonsering vecka 9, 2025 Sista dag för
/// anbud" → "Sista dag för anbud"), if the gap is short and ends no
/// sentence.
fn flat_step(text: &str, gap: Span) -> Option<Span> {
    let between = text.get(gap.clone())?;
    // A wrapped line is one paragraph still; a blank line or a sentence end
    // is not.
    if between.len() > MAX_FLAT_GAP
        || between.contains(". ")
        || between.contains(".\n")
        || between.contains("\n\n")
    {
        return None;
    }
    let cut = between
        .rfind(|c: char| c.is_ascii_digit() || c == ',')
        .map_or(0, |i| i + 1);
    let words = &between[cut..];
    let trimmed = words.trim_matches(|c: char| c.is_whitespace() || "-–—•*|:;()".contains(c));
    let count = trimmed.split_whitespace().count();
    if trimmed.is_empty() || count > MAX_STEP_WORDS {
        return None;
    }
    let start = gap.start
        + cut
        + (words.len()
            - words
                .trim_start_matches(|c: char| c.is_whitespace() || "-–—•*|:;()".contains(c))
                .len());
    Some(start..start + trimmed.len())
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

// Few papers need this module's patterns (FLAT_HEADING), so `lint::compile_patterns_ahead` leaves
// each to be compiled where first used.

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

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
    fn a_flat_texts_timetable_after_its_heading() {
        let text = "Avtalstiden är fyra år. Tidplan Annonsering vecka 9, 2025 Sista dag för anbud 2025-04-04 Tilldelningsbeslut 2025-05-16 Avtalstecknande juni 2025 Avtalsstart 2025-10-15 Ekonomiska konsekvenser Kostnaden är 6 mnkr. Samverkan skedde den 28 januari 2025.";
        assert_eq!(
            tables(text),
            [[
                ("2025-04-04", "Sista dag för anbud"),
                ("2025-05-16", "Tilldelningsbeslut"),
                ("juni 2025", "Avtalstecknande"),
                ("2025-10-15", "Avtalsstart")
            ]]
        );
        // A PDF's wrapped paragraph is the same timetable.
        let wrapped = text
            .replace(" Tilldelningsbeslut", "\nTilldelningsbeslut")
            .replace(" Avtalsstart", "\nAvtalsstart");
        assert_eq!(tables(&wrapped).len(), 1);
        assert_eq!(tables(&wrapped)[0].len(), 4);
        // "Tidplanen" in a sentence, and two dated steps only, are none.
        assert!(tables("Tidplanen ändrades 2025-04-04 och 2025-05-16 och 2025-06-01.").is_empty());
        assert!(tables("Tidplan Annonsering 2025-04-04 Tilldelningsbeslut 2025-05-16. Sedan avtal 2025-06-01.").is_empty());
    }

    #[test]
    fn running_text_and_lone_dated_lines_are_no_timetable() {
        assert!(tables("Nämnden beslöt 2006-11-15 att ge styrgruppen i uppdrag att utarbeta ett underlag.\nBeslut 2007-01-30.\n").is_empty());
        assert!(tables("- 15 maj 2025 Annonsering\n- juni 2025 Tilldelning\nSedan kommer mer text här som inte är datum.").is_empty());
        let text = "- april 2026 Annonsering\n- 15 maj 2026 Sista anbudsdag\nNämnden beslutar om tilldelning. Tekniska nämnden informerades den 20 februari 2026.\n";
        assert!(tables(text).is_empty(), "{:?}", tables(text));
    }
}
