//! A process told in running text: "Upphandlingen annonserades den 3 juni
//! 2026 och anbuden öppnades 2026-05-20." Each date takes the words before
//! it (back to the previous date or the sentence's start) as its step; a
//! sentence with two or more dates whose steps belong to a process (see
//! [`super::process_steps`]) is a chronology told in words. Unlike a
//! timetable, its order of telling is free ("… började gälla 1 mars, sedan
//! det tecknats 1 februari"): only the process's own order can be wrong.

use chrono::Datelike;

use super::dates::DateMention;
use super::timetables::{Moment, Timetable, TimetableEntry};
use super::{Span, overlaps, process_steps, within};

/// Longest sentence read as a chronology: a longer "sentence" is a flat
/// text without full stops.
const MAX_SENTENCE: usize = 600;

/// Every sentence of `text` that tells two or more dated steps of a
/// process; dates already in a timetable are the timetable's.
pub(super) fn find_narrated(
    text: &str,
    sentences: &[Span],
    dates: &[DateMention],
    timetables: &[Timetable],
) -> Vec<Timetable> {
    let mut tabled: Vec<&Span> = timetables
        .iter()
        .flat_map(|t| t.entries.iter().map(|e| &e.when_span))
        .collect();
    tabled.sort_by_key(|s| s.start);
    let mut found = Vec::new();
    for sentence in sentences.iter().filter(|s| s.len() <= MAX_SENTENCE) {
        let mut from = sentence.start;
        let mut entries = Vec::new();
        for date in within(dates, sentence, |d| &d.span) {
            let step = trimmed(text, from..date.span.start);
            from = date.span.end;
            let Ok(day) = &date.date else { continue };
            if overlaps(&tabled, &date.span, |s| s) || process_steps(&text[step.clone()]).is_empty()
            {
                continue;
            }
            entries.push(TimetableEntry {
                when_span: date.span.clone(),
                when: Moment {
                    year: day.year(),
                    month: day.month(),
                    day: Some(day.day()),
                },
                step,
            });
        }
        if entries.len() >= 2 {
            found.push(Timetable { entries });
        }
    }
    found
}

/// `span` from its last line's start, without the white space at its
/// ends, the joining word that starts it ("och anbuden öppnades") and a
/// "den" before the date.
fn trimmed(text: &str, span: Span) -> Span {
    let piece = text[span.clone()].trim_end();
    let piece = piece
        .strip_suffix(" den")
        .or_else(|| piece.strip_suffix(" per"))
        .unwrap_or(piece);
    // From its line's start: a heading above the sentence is no step.
    let line = piece.rsplit_once('\n').map_or(piece, |(_, line)| line);
    let line = line.trim_start_matches([' ', ',', '\t']);
    let line = ["och ", "samt ", "men ", "medan ", "sedan ", "då "]
        .iter()
        .find_map(|joiner| line.strip_prefix(joiner))
        .unwrap_or(line);
    // `line` is the end of `piece`, which starts at `span.start`.
    let end = span.start + piece.len();
    end - line.len()..end
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn steps_told_in_a_sentence() {
        let text = "Upphandlingen annonserades den 3 juni 2026 och anbuden öppnades 2026-05-20. Förskolan öppnade 2020-01-01 och byggdes om 2024-05-01.";
        let found: Vec<Vec<&str>> = scan(text)
            .narrated
            .iter()
            .map(|t| t.entries.iter().map(|e| &text[e.step.clone()]).collect())
            .collect();
        assert_eq!(
            found,
            [vec!["Upphandlingen annonserades", "anbuden öppnades"]]
        );
    }
}
