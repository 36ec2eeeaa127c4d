//! From glyph lines to text: paragraphs, page furniture (running headers,
//! footers, page numbers) set apart, wrapped lines joined.

use super::*;
use std::collections::HashSet;

/// Lines, furniture and paragraphs for the whole document, and the page
/// numbers taken out.
pub(super) fn layout(mut pages: Vec<Page>) -> (Parts, Vec<String>) {
    let pages: Vec<Vec<Line>> = pages.iter_mut().map(|p| lines_of(p, false)).collect();
    let margin = |l: &Line| l.position < 0.12 || l.position > 0.88;
    // Shapes of margin lines that repeat on at least two pages (and on most).
    // Running headers and footers stand at the same place on every page:
    // a line's key is its shape and its height on the page.
    let key = |l: &Line| format!("{}@{}", shape(&l.text), (l.position * 100.0).round());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for page in &pages {
        let mut on_page: Vec<String> = page.iter().filter(|l| margin(l)).map(key).collect();
        on_page.sort();
        on_page.dedup();
        for s in on_page {
            *seen.entry(s).or_default() += 1;
        }
    }
    let repeated = |l: &Line| {
        pages.len() >= 2
            && margin(l)
            && seen
                .get(&key(l))
                .is_some_and(|&n| n >= 2 && n * 2 >= pages.len())
    };
    // A running header stands above everything else on its page, a running
    // footer below: a margin line that repeats but has body text between it
    // and the page's edge is body ("Avdelningen för stöd och omsorg" on
    // page 2 under "Beslutet skickas till:", at the height the letterhead
    // printed it on page 1).
    let furniture_lines: Vec<Vec<bool>> = pages
        .iter()
        .map(|page| {
            let candidate: Vec<bool> = page
                .iter()
                .map(|l| repeated(l) || (margin(l) && page_number_of(&l.text).is_some()))
                .collect();
            let top = candidate.iter().take_while(|c| **c).count();
            let bottom = candidate.iter().rev().take_while(|c| **c).count();
            (0..page.len())
                .map(|i| {
                    candidate[i]
                        && if page[i].position < 0.5 {
                            i < top
                        } else {
                            i >= page.len() - bottom
                        }
                })
                .collect()
        })
        .collect();
    let body_size = body_size(&pages);
    let mut furniture = String::new();
    let mut footer = String::new();
    let mut furniture_seen: HashSet<String> = HashSet::new();
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut page_numbers = Vec::new();
    for (number, page) in pages.iter().enumerate() {
        let spacing = line_spacing(page);
        let mut previous: Option<&Line> = None;
        for (index, line) in page.iter().enumerate() {
            let furniture_line = furniture_lines[number][index];
            // The first page's top is its letterhead, even where later pages
            // repeat a line of it as their running header.
            let letterhead = number == 0 && line.position < 0.12 && !is_page_number(&line.text);
            if letterhead && repeated(line) {
                furniture_seen.insert(shape(&line.text));
            } else if furniture_line {
                let s = shape(&line.text);
                if let Some(n) = page_number_of(&line.text) {
                    page_numbers.push(n.to_owned());
                }
                if !is_page_number(&line.text) && !furniture_seen.contains(&s) {
                    let target = if line.position > 0.5 {
                        &mut footer
                    } else {
                        &mut furniture
                    };
                    target.push_str(strip_page_number(&line.text).trim());
                    target.push('\n');
                    furniture_seen.insert(s);
                }
                continue;
            }
            let continues = previous.is_some_and(|prev| {
                let gap = prev.y - line.y;
                let size_changed = (prev.size - line.size).abs() > body_size * 0.05;
                gap <= spacing.max(line.size) * 1.35 && !size_changed
            });
            // A line in columns ("LÖVSJÖ KOMMUN⇥Dnr SCN": the letterhead's
            // emblem beside its Dnr) is a letterhead or table row, never a
            // heading, however large its first cell; nor is the rest of its
            // first cell wrapped onto the next line.
            let in_columns = |l: &Line| l.cells.len() > 1;
            let heading = line.size >= body_size * 1.08
                && line.text.chars().count() <= 120
                && !in_columns(line)
                && !(continues && previous.is_some_and(in_columns));
            match paragraphs.last_mut() {
                // A heading wrapped over two lines is one heading.
                Some(p) if continues && heading && p.heading => {
                    if let Some(last) = p.lines.last_mut() {
                        last.push(' ');
                        last.push_str(&line.text);
                    }
                }
                Some(p) if continues && !heading && !p.heading => {
                    p.lines.push(line.text.clone());
                    p.cells.push(line.cells.clone());
                }
                _ => paragraphs.push(Paragraph {
                    heading,
                    lines: vec![line.text.clone()],
                    cells: vec![line.cells.clone()],
                }),
            }
            previous = Some(line);
        }
    }
    let body = paragraphs
        .into_iter()
        .map(Paragraph::into_text)
        .collect::<Vec<_>>()
        .join("\n");
    (
        Parts {
            furniture,
            footer,
            body,
        },
        page_numbers,
    )
}

/// Lines set close together.
pub(super) struct Paragraph {
    pub(super) heading: bool,
    pub(super) lines: Vec<String>,
    /// Each line's cells and where they start across the page.
    pub(super) cells: Vec<Vec<(f64, String)>>,
}

impl Paragraph {
    /// Lines that are rows of a table: every line has the same cells, three
    /// or more, or two where the right one is an amount. A letterhead's
    /// columns have lines of one cell among them.
    pub(super) fn is_table(&self) -> bool {
        let Some(first) = self.cells.first() else {
            return false;
        };
        let width = first.len();
        let same = self.cells.iter().all(|row| row.len() == width);
        let amounts = self.cells.iter().skip(1).all(|row| {
            row.last()
                .is_some_and(|(_, t)| t.trim().starts_with(|c: char| c.is_ascii_digit()))
        });
        same && (width >= 3 || (width == 2 && self.cells.len() >= 3 && amounts))
            || self.column_starts().is_some()
    }

    /// The columns of a table whose rows leave cells empty (an agenda: a
    /// procedural item has no Dnr): three or more lines, two of them with
    /// three cells or more, every cell of every line starting where one of
    /// the first such line's cells does (a number may stand right-aligned).
    fn column_starts(&self) -> Option<Vec<f64>> {
        const ALIGNED: f64 = 0.02;
        // The first widest line: a header row, left-aligned.
        let widest = self.cells.iter().rev().max_by_key(|row| row.len())?;
        // Two lines of three cells or more: a letterhead's one line of
        // "KOMMUN | Datum | 2026-03-02" over lines of one cell is no table.
        let wide_rows = self.cells.iter().filter(|row| row.len() >= 3).count();
        // A table has a few columns; a hostile line of a million cells is
        // no table (and would make the alignment check quadratic).
        const MAX_COLUMNS: usize = 64;
        if self.cells.len() < 3 || widest.len() < 3 || wide_rows < 2 || widest.len() > MAX_COLUMNS {
            return None;
        }
        let columns: Vec<f64> = widest.iter().map(|(x, _)| *x).collect();
        // A number may stand right-aligned in its column ("Sida": 2).
        let in_column = |x: f64, text: &str| {
            columns.iter().any(|c| (c - x).abs() < ALIGNED)
                || (text.trim().chars().all(|c| c.is_ascii_digit())
                    && columns.windows(2).any(|w| x > w[0] && x < w[1] - ALIGNED)
                    || columns.last().is_some_and(|last| x > *last))
        };
        let aligned = self
            .cells
            .iter()
            .all(|row| row.iter().all(|(x, text)| in_column(*x, text)));
        aligned.then_some(columns)
    }

    /// A table's rows with every cell in its column (empty cells kept, so
    /// every row is as wide), a line whose first cell is empty continuing
    /// the row above (a cell's text wrapped onto a second line) unless it
    /// puts a number under a number: a number does not wrap, so that line
    /// is a row of its own (a bilaga under its item, with its own page).
    fn table_rows(&self, columns: &[f64]) -> Vec<String> {
        let mut rows: Vec<Vec<String>> = Vec::new();
        for line in &self.cells {
            let mut row = vec![String::new(); columns.len()];
            for (x, text) in line {
                let column = columns
                    .iter()
                    .enumerate()
                    .min_by(|a, b| (a.1 - x).abs().total_cmp(&(b.1 - x).abs()))
                    .map_or(0, |(i, _)| i);
                if !row[column].is_empty() {
                    row[column].push(' ');
                }
                row[column].push_str(text.trim());
            }
            let is_number = |cell: &str| {
                !cell.is_empty() && cell.chars().all(|c| c.is_ascii_digit() || c == ' ')
            };
            let continues = row[0].is_empty()
                && rows.len() > 1
                && !rows.last().is_some_and(|above| {
                    above
                        .iter()
                        .zip(&row)
                        .any(|(old, new)| is_number(old) && is_number(new))
                });
            match rows.last_mut() {
                Some(above) if continues => {
                    for (cell, more) in above.iter_mut().zip(row) {
                        if !more.is_empty() {
                            cell.push(' ');
                            cell.push_str(&more);
                        }
                    }
                }
                _ => rows.push(row),
            }
        }
        rows.into_iter().map(|row| row.join("\t")).collect()
    }

    /// The paragraph's text. Side-by-side columns (a letterhead with the
    /// sender on the left and Datum/Dnr on the right) are read column by
    /// column: the left cells of every line, then the right ones.
    pub(super) fn into_text(self) -> String {
        if self.heading {
            return format!("## {}\n", self.lines.join(" "));
        }
        // A cell starting past the middle of the page is the right column.
        let right_column = |cells: &[(f64, String)]| cells.iter().any(|(x, _)| *x >= 0.45);
        let two_columns = self.lines.len() > 1
            && !self.is_table()
            && self.cells.iter().any(|c| right_column(c))
            && self
                .cells
                .iter()
                .any(|c| c.first().is_some_and(|(x, _)| *x < 0.45));
        let lines: Vec<String> = if let Some(columns) = self.column_starts() {
            self.table_rows(&columns)
        } else if two_columns {
            let side = |right: bool| {
                self.cells
                    .iter()
                    .map(move |row| {
                        row.iter()
                            .filter(|(x, _)| (*x >= 0.45) == right)
                            .map(|(_, t)| t.trim())
                            .collect::<Vec<_>>()
                            .join("\t")
                    })
                    .filter(|l| !l.trim().is_empty())
            };
            side(false).chain(side(true)).collect()
        } else {
            self.lines
        };
        let mut text = join_wrapped(&lines);
        text.push('\n');
        text
    }
}

/// A paragraph's lines, one per line, except that a number broken after a
/// hyphen ("2029-04-" / "30.", as LibreOffice and Word wrap an ISO date or
/// a Dnr) is joined whole again.
pub(super) fn join_wrapped(lines: &[String]) -> String {
    let mut text = String::new();
    for line in lines {
        let broken_number = text
            .strip_suffix('-')
            .is_some_and(|head| head.ends_with(|c: char| c.is_ascii_digit()))
            && line.starts_with(|c: char| c.is_ascii_digit());
        if !text.is_empty() && !broken_number {
            text.push('\n');
        }
        text.push_str(line);
    }
    text
}

/// The page number in a furniture line: "Sida 1 av 2" in "Dnr X\tSida 1 av 2".
pub(super) fn page_number_of(text: &str) -> Option<&str> {
    if is_page_number(text) {
        return Some(text.trim());
    }
    let stripped = strip_page_number(text);
    (stripped.len() < text.len()).then(|| text[stripped.len()..].trim())
}

/// "Dnr SON 2026-118\tSida 1 av 2" → "Dnr SON 2026-118".
pub(in crate::reader) fn strip_page_number(text: &str) -> &str {
    static TRAILING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)[\t ]+(?:sida|sid)\s*\d+\s*(?:av\s+\d+|\(\s*\d+\s*\))?\s*$|[\t ]+\d+\s*\(\s*\d+\s*\)\s*$")
            .expect("valid")
    });
    TRAILING.find(text).map_or(text, |m| &text[..m.start()])
}

/// The size most characters are set in, counting running lines only: a
/// letterhead or table row in columns is often set smaller, and in a paper
/// with little text (a letterhead, the board, a title) it would make the
/// board's line look like a heading.
pub(super) fn body_size(pages: &[Vec<Line>]) -> f64 {
    let mut weight: HashMap<i64, usize> = HashMap::new();
    let running: Vec<&Line> = pages
        .iter()
        .flatten()
        .filter(|l| l.cells.len() <= 1)
        .collect();
    let lines: Vec<&Line> = if running.is_empty() {
        pages.iter().flatten().collect()
    } else {
        running
    };
    for line in lines {
        *weight.entry((line.size * 2.0).round() as i64).or_default() += line.text.chars().count();
    }
    weight
        .into_iter()
        .max_by_key(|&(size, count)| (count, -size))
        .map_or(10.0, |(size, _)| size as f64 / 2.0)
}

/// The usual distance between baselines on a page: the most common one.
pub(super) fn line_spacing(page: &[Line]) -> f64 {
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for pair in page.windows(2) {
        let gap = pair[0].y - pair[1].y;
        if gap > 0.0 && (pair[0].size - pair[1].size).abs() < 0.5 {
            *counts.entry((gap * 2.0).round() as i64).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(gap, count)| (count, -gap))
        .map_or_else(
            || page.first().map_or(12.0, |l| l.size * 1.3),
            |(gap, _)| gap as f64 / 2.0,
        )
}
