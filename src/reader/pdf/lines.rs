//! Glyphs into lines: rows by baseline, a word gap a space, a column gap a
//! tab, and a table's narrow column gaps found by the lines around them.

use super::*;

/// A rebuilt line of text.
#[derive(Debug, Clone)]
pub(super) struct Line {
    pub(super) y: f64,
    pub(super) size: f64,
    pub(super) text: String,
    /// Where on the page, from 0 (top) to 1 (bottom).
    pub(super) position: f64,
    /// The tab-separated cells of `text` with where each starts, from 0
    /// (left edge) to 1 (right edge).
    pub(super) cells: Vec<(f64, String)>,
    /// Where each character of `text` but white space stands, when asked
    /// for (the annotator's highlights); empty otherwise.
    pub(super) boxes: Vec<CharBox>,
    /// Measured word gaps, where a table's narrow column gap may be: each
    /// may become a cell break (see [`split_at_columns`]).
    pub(super) word_gaps: Vec<WordGap>,
}

/// A measured word gap in a line's text.
#[derive(Debug, Clone, Copy)]
pub(super) struct WordGap {
    /// Byte offset of the space in the line's text.
    at: usize,
    /// The cell it stands in, and its byte offset in the cell's text.
    cell: usize,
    in_cell: usize,
    /// Where the word after it starts, from 0 (left edge) to 1.
    x: f64,
}

/// Glyphs into lines: grouped by baseline, top to bottom, each line in
/// the order the PDF draws it (glyph positions inside a text run are not
/// exact enough to sort by); a word gap becomes a space, a column gap a tab.
pub(super) fn lines_of(page: &mut Page, with_boxes: bool) -> Vec<Line> {
    let mut rows: Vec<Vec<Glyph>> = Vec::new();
    // Rows by baseline, so that a glyph finds its row among the few near
    // it (a scan of every row made a page of a million runs quadratic).
    let mut by_baseline: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
    let key = |y: f64| (y * 16.0).round() as i64;
    let mut largest = 0.0f64;
    for glyph in page.glyphs.drain(..) {
        let tolerance = |row: &Vec<Glyph>| row[0].size.max(glyph.size) * 0.4;
        let reach = largest.max(glyph.size) * 0.4;
        // The latest row within its tolerance, as a scan from the last row
        // back would find it; at most a few hundred rows are looked at.
        let row = by_baseline
            .range(key(glyph.y - reach).saturating_sub(1)..=key(glyph.y + reach).saturating_add(1))
            .flat_map(|(_, indices)| indices.iter().copied())
            .take(256)
            .filter(|&i| (rows[i][0].y - glyph.y).abs() <= tolerance(&rows[i]))
            .max();
        match row {
            Some(i) => rows[i].push(glyph),
            None => {
                largest = largest.max(glyph.size);
                by_baseline
                    .entry(key(glyph.y))
                    .or_default()
                    .push(rows.len());
                rows.push(vec![glyph]);
            }
        }
    }
    rows.sort_by(|a, b| b[0].y.total_cmp(&a[0].y));
    for row in &mut rows {
        if drawn_out_of_order(row) {
            row.sort_by(|a, b| a.x.total_cmp(&b.x));
        }
    }
    let mut lines: Vec<Line> = rows
        .into_iter()
        .map(|row| {
            let size = median(row.iter().filter(|g| g.text != " ").map(|g| g.size));
            let mut text = String::new();
            let mut last_end: Option<f64> = None;
            let mut space = false;
            let mut cells: Vec<(f64, String)> = Vec::new();
            let mut boxes: Vec<CharBox> = Vec::new();
            let mut word_gaps: Vec<WordGap> = Vec::new();
            let across = |x: f64| ((x - page.left) / page.width).clamp(0.0, 1.0);
            // Some PDFs give every glyph of a text run the run's start and
            // no width (pdf-extract misreads the widths of the CID fonts
            // Typst writes): the run's end is then estimated from Arial's
            // advance widths, so that a run in another font (a bold word)
            // continues its line instead of looking like the next column.
            let mut run_start = f64::NAN;
            let mut run_width = 0.0;
            let mut estimated_end = false;
            for glyph in &row {
                let new_run = glyph.x != run_start;
                if new_run {
                    run_start = glyph.x;
                    run_width = 0.0;
                }
                let run_before = run_start + run_width;
                run_width += glyph.text.chars().map(advance_em).sum::<f64>() * glyph.size;
                let zero_width = glyph.end - glyph.x <= 1e-6;
                let (start, end) = if zero_width {
                    (run_before, run_start + run_width)
                } else {
                    (glyph.x, glyph.end)
                };
                if glyph.text == " " {
                    space = true;
                    if zero_width {
                        last_end = Some(end);
                        estimated_end = true;
                    }
                    continue;
                }
                let gap = last_end.map(|previous| glyph.x - previous);
                let join = match gap {
                    None => Join::Cell,
                    // An estimated end says only "same line": a space is a
                    // space glyph, or a clear gap.
                    // A new run past a clear gap with no space before it is
                    // the next cell of a table (Typst sets each cell as a
                    // run of its own, a column gutter apart).
                    Some(gap) if estimated_end && new_run && !space && gap > size * 0.6 => {
                        Join::Cell
                    }
                    Some(gap) if estimated_end && gap <= size * 2.5 => {
                        if space || gap > size * 0.3 {
                            Join::Space
                        } else {
                            Join::Adjacent
                        }
                    }
                    Some(gap) if gap > size * 2.5 => Join::Cell,
                    Some(gap) if space || gap > size * 0.1 || gap < -size => Join::Space,
                    Some(_) => Join::Adjacent,
                };
                match join {
                    Join::Cell => {
                        if last_end.is_some() {
                            text.push('\t');
                        }
                        cells.push((across(glyph.x), String::new()));
                    }
                    Join::Space => {
                        // A measured gap: a table's column gutter may be
                        // as narrow as a word space. A new run starts where
                        // it is drawn, so its gap counts even after an
                        // estimated end (a Typst cell beside a long word).
                        if (!estimated_end || new_run) && !cells.is_empty() {
                            word_gaps.push(WordGap {
                                at: text.len(),
                                cell: cells.len() - 1,
                                in_cell: cells.last().map_or(0, |(_, c)| c.len()),
                                x: across(glyph.x),
                            });
                        }
                        text.push(' ');
                        if let Some((_, cell)) = cells.last_mut() {
                            cell.push(' ');
                        }
                    }
                    Join::Adjacent => {}
                }
                space = false;
                if with_boxes {
                    push_boxes(&mut boxes, glyph, start..end);
                }
                text.push_str(&glyph.text);
                if let Some((_, cell)) = cells.last_mut() {
                    cell.push_str(&glyph.text);
                }
                last_end = Some(end);
                estimated_end = zero_width;
            }
            let y = row[0].y;
            Line {
                y,
                size,
                text,
                position: 1.0 - ((y - page.bottom) / page.height).clamp(0.0, 1.0),
                cells,
                boxes,
                word_gaps,
            }
        })
        .collect();
    split_at_columns(&mut lines, 1.0 / page.width.max(1.0));
    lines
}

/// A table whose columns stand close: LibreOffice sets a cell's text a
/// few points from the next column ("Anmälan inkom 2021-05-03"), so the gap
/// reads as a word space. A word gap where the line above or below starts a
/// cell (within `tolerance`, a point) is that column's gap:
/// the word after it starts a cell. Only next to a line that has the cell,
/// so that a justified paragraph's word that happens to stand where some
/// column starts on the page stays a word.
fn split_at_columns(lines: &mut [Line], tolerance: f64) {
    let starts: Vec<Vec<f64>> = lines
        .iter()
        .map(|l| l.cells.iter().skip(1).map(|(x, _)| *x).collect())
        .collect();
    for (i, line) in lines.iter_mut().enumerate() {
        let neighbours = [i.checked_sub(1), Some(i + 1)];
        let aligned = |x: f64| {
            neighbours
                .iter()
                .flatten()
                .filter_map(|&n| starts.get(n))
                .any(|cells| cells.iter().any(|c| (c - x).abs() <= tolerance))
        };
        let spaces = std::mem::take(&mut line.word_gaps);
        // From the right, so that earlier offsets and cell indices hold.
        for space in spaces.iter().rev().filter(|s| aligned(s.x)) {
            line.text.replace_range(space.at..space.at + 1, "\t");
            let Some((_, cell)) = line.cells.get_mut(space.cell) else {
                continue;
            };
            let after = cell.split_off(space.in_cell);
            line.cells
                .insert(space.cell + 1, (space.x, after.trim_start().to_owned()));
        }
    }
}

/// A glyph's characters (a ligature has several) sharing its advance
/// (`across`: as drawn, or as estimated for a glyph drawn without width).
fn push_boxes(boxes: &mut Vec<CharBox>, glyph: &Glyph, across: std::ops::Range<f64>) {
    let chars: Vec<char> = glyph.text.chars().filter(|c| !c.is_whitespace()).collect();
    let step = (across.end - across.start) / chars.len().max(1) as f64;
    for (i, ch) in chars.into_iter().enumerate() {
        let x0 = across.start + step * i as f64;
        boxes.push(CharBox {
            ch,
            x0,
            x1: x0 + step,
            y: glyph.y,
            size: glyph.size,
        });
    }
}

/// Whether a row's glyphs were drawn in no reading order: a writer may
/// draw the letters of a line in any order, and read in drawing order they
/// are garbage. Most steps jumping back by more than a letter's width is
/// that; ordinary text (kerning, a run's glyphs sharing its start) never
/// does it, so its drawing order, which is exact, is kept.
fn drawn_out_of_order(row: &[Glyph]) -> bool {
    if row.len() < 4 {
        return false;
    }
    let back = row
        .windows(2)
        .filter(|w| w[1].x < w[0].x - w[0].size.max(1.0))
        .count();
    back * 3 > row.len()
}

/// How a glyph follows the one before it on its line.
enum Join {
    /// It starts a cell: the line's first glyph, or one after a column gap.
    Cell,
    Space,
    Adjacent,
}

/// Arial's advance width of `c` in em (Liberation Sans has the same
/// metrics); 0.556 for characters not listed.
pub(super) fn advance_em(c: char) -> f64 {
    let thousandths = match c {
        ' ' | 'f' | 't' | 'I' | '.' | ',' | ':' | ';' | '/' | '!' => 278,
        'i' | 'j' | 'l' => 222,
        'r' | '-' | '(' | ')' => 333,
        'c' | 'k' | 's' | 'v' | 'x' | 'y' | 'z' | 'J' => 500,
        'm' | 'M' => 833,
        'w' | 'C' | 'D' | 'H' | 'N' | 'R' | 'U' => 722,
        'A' | 'B' | 'E' | 'K' | 'P' | 'S' | 'V' | 'X' | 'Y' | 'Å' | 'Ä' => 667,
        'F' | 'T' | 'Z' => 611,
        'G' | 'O' | 'Q' | 'Ö' => 778,
        'W' => 944,
        '%' => 889,
        '—' => 1000,
        '\'' => 191,
        '"' => 355,
        _ => 556,
    };
    f64::from(thousandths) / 1000.0
}
