//! PDF: the text layer, with lines and paragraphs rebuilt from glyph
//! positions (pdf-extract gives every glyph with its transform; its own
//! plain-text output looks only at the first glyph of a text run and glues
//! headings to paragraphs). Lines larger than the body text are headings;
//! lines that repeat at the top or bottom of every page, and page numbers,
//! are page furniture: taken out of the body, read once for the Dnr and
//! date. A PDF without a text layer (a scan) is an error that says so.

use std::cell::Cell;
use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{LazyLock, Once};

use regex::Regex;

use super::Parts;

/// The text of a PDF in reading order: running headers (once), the body
/// (one line per line, blank lines between paragraphs), running footers
/// (once), and the page numbers taken out of them.
pub fn pdf_text(pdf: &[u8]) -> Result<String, String> {
    let (parts, page_numbers) = read_with_page_numbers(pdf)?;
    Ok(parts.furniture + &parts.body + &parts.footer + &page_numbers.join("\n"))
}

pub(super) fn read(bytes: &[u8]) -> Result<Parts, String> {
    read_with_page_numbers(bytes).map(|(parts, _)| parts)
}

/// The paper's parts and its page-number lines ("Sida 1 av 2").
fn read_with_page_numbers(bytes: &[u8]) -> Result<(Parts, Vec<String>), String> {
    if !bytes.starts_with(b"%PDF")
        && !bytes[..bytes.len().min(1024)]
            .windows(4)
            .any(|w| w == b"%PDF")
    {
        return Err("filen är ingen PDF (saknar %PDF-huvud)".into());
    }
    let pages = quietly(|| glyph_pages(bytes))
        .ok_or("PDF:en kunde inte tolkas (trasig eller ofullständig fil)")??;
    if pages.iter().all(|p| p.glyphs.is_empty()) {
        return Err(
            "PDF:en har inget textlager (inskannad bild?); kör textigenkänning (OCR) först".into(),
        );
    }
    Ok(layout(pages))
}

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, turning a panic inside the PDF library into `None` without
/// printing it (the library panics on some malformed files).
fn quietly<T>(f: impl FnOnce() -> T) -> Option<T> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                default(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    result.ok()
}

/// One glyph: baseline position, end of its advance, size, text.
#[derive(Debug, Clone)]
struct Glyph {
    x: f64,
    y: f64,
    end: f64,
    size: f64,
    text: String,
}

#[derive(Debug, Default)]
struct Page {
    height: f64,
    bottom: f64,
    left: f64,
    width: f64,
    glyphs: Vec<Glyph>,
}

fn glyph_pages(bytes: &[u8]) -> Result<Vec<Page>, String> {
    let mut doc = pdf_extract::Document::load_mem(bytes)
        .map_err(|e| format!("PDF:en kunde inte läsas: {e}"))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err("PDF:en är krypterad med lösenord och kan inte läsas".into());
    }
    let mut collector = Collector::default();
    pdf_extract::output_doc(&doc, &mut collector)
        .map_err(|e| format!("PDF:ens text kunde inte läsas: {e}"))?;
    Ok(collector.pages)
}

#[derive(Default)]
struct Collector {
    pages: Vec<Page>,
}

impl pdf_extract::OutputDev for Collector {
    fn begin_page(
        &mut self,
        _: u32,
        media_box: &pdf_extract::MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), pdf_extract::OutputError> {
        self.pages.push(Page {
            height: (media_box.ury - media_box.lly).abs().max(1.0),
            bottom: media_box.lly.min(media_box.ury),
            left: media_box.llx.min(media_box.urx),
            width: (media_box.urx - media_box.llx).abs().max(1.0),
            glyphs: Vec::new(),
        });
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &pdf_extract::Transform,
        width: f64,
        _: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), pdf_extract::OutputError> {
        let size = (font_size * (trm.m11 * trm.m22).abs().sqrt()).abs();
        let (x, y) = (trm.m31, trm.m32);
        if !(x.is_finite() && y.is_finite() && size.is_finite()) || char.is_empty() {
            return Ok(());
        }
        // A space glyph is kept as a word break (many PDFs draw spaces).
        let char = if char.trim().is_empty() { " " } else { char };
        if let Some(page) = self.pages.last_mut() {
            page.glyphs.push(Glyph {
                x,
                y,
                end: x + width * size,
                size,
                text: char.to_owned(),
            });
        }
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
}

/// A rebuilt line of text.
#[derive(Debug, Clone)]
struct Line {
    y: f64,
    size: f64,
    text: String,
    /// Where on the page, from 0 (top) to 1 (bottom).
    position: f64,
    /// The tab-separated cells of `text` with where each starts, from 0
    /// (left edge) to 1 (right edge).
    cells: Vec<(f64, String)>,
}

/// Glyphs into lines: grouped by baseline, top to bottom, each line in
/// the order the PDF draws it (glyph positions inside a text run are not
/// exact enough to sort by); a word gap becomes a space, a column gap a tab.
fn lines_of(page: &mut Page) -> Vec<Line> {
    let mut rows: Vec<Vec<Glyph>> = Vec::new();
    for glyph in page.glyphs.drain(..) {
        let tolerance = |row: &Vec<Glyph>| row[0].size.max(glyph.size) * 0.4;
        match rows
            .iter_mut()
            .rev()
            .find(|row| (row[0].y - glyph.y).abs() <= tolerance(row))
        {
            Some(row) => row.push(glyph),
            None => rows.push(vec![glyph]),
        }
    }
    rows.sort_by(|a, b| b[0].y.total_cmp(&a[0].y));
    rows.into_iter()
        .map(|row| {
            let size = median(row.iter().filter(|g| g.text != " ").map(|g| g.size));
            let mut text = String::new();
            let mut last_end: Option<f64> = None;
            let mut space = false;
            let mut cells: Vec<(f64, String)> = Vec::new();
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
                if glyph.x != run_start {
                    run_start = glyph.x;
                    run_width = 0.0;
                }
                run_width += glyph.text.chars().map(advance_em).sum::<f64>() * glyph.size;
                let zero_width = glyph.end - glyph.x <= 1e-6;
                let end = if zero_width {
                    run_start + run_width
                } else {
                    glyph.end
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
                        text.push(' ');
                        if let Some((_, cell)) = cells.last_mut() {
                            cell.push(' ');
                        }
                    }
                    Join::Adjacent => {}
                }
                space = false;
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
            }
        })
        .collect()
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
fn advance_em(c: char) -> f64 {
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

fn median(values: impl Iterator<Item = f64>) -> f64 {
    let mut v: Vec<f64> = values.collect();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(10.0)
}

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:sida|sid|s\.)?\s*\d+\s*(?:\(\s*\d+\s*\)|av\s+\d+|/\s*\d+)?$")
        .expect("valid")
});

/// Whether a line is only a page number ("Sida 2 av 5", "2 (5)", "3").
pub(super) fn is_page_number(text: &str) -> bool {
    PAGE_NUMBER.is_match(text.trim())
}

/// The line with digits blanked: running headers differ only in page numbers.
fn shape(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Lines, furniture and paragraphs for the whole document, and the page
/// numbers taken out.
fn layout(mut pages: Vec<Page>) -> (Parts, Vec<String>) {
    let pages: Vec<Vec<Line>> = pages.iter_mut().map(lines_of).collect();
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
    let body_size = body_size(&pages);
    let mut furniture = String::new();
    let mut footer = String::new();
    let mut furniture_seen: Vec<String> = Vec::new();
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut page_numbers = Vec::new();
    for (number, page) in pages.iter().enumerate() {
        let spacing = line_spacing(page);
        let mut previous: Option<&Line> = None;
        for line in page {
            // The first page's top is its letterhead, even where later pages
            // repeat a line of it as their running header.
            let letterhead = number == 0 && line.position < 0.12 && !is_page_number(&line.text);
            if letterhead && repeated(line) {
                furniture_seen.push(shape(&line.text));
            } else if (margin(line) && page_number_of(&line.text).is_some()) || repeated(line) {
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
                    furniture_seen.push(s);
                }
                continue;
            }
            let heading = line.size >= body_size * 1.08 && line.text.chars().count() <= 120;
            let continues = previous.is_some_and(|prev| {
                let gap = prev.y - line.y;
                let size_changed = (prev.size - line.size).abs() > body_size * 0.05;
                gap <= spacing.max(line.size) * 1.35 && !size_changed
            });
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
struct Paragraph {
    heading: bool,
    lines: Vec<String>,
    /// Each line's cells and where they start across the page.
    cells: Vec<Vec<(f64, String)>>,
}

impl Paragraph {
    /// Lines that are rows of a table: every line has the same cells, three
    /// or more, or two where the right one is an amount. A letterhead's
    /// columns have lines of one cell among them.
    fn is_table(&self) -> bool {
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
    }

    /// The paragraph's text. Side-by-side columns (a letterhead with the
    /// sender on the left and Datum/Dnr on the right) are read column by
    /// column: the left cells of every line, then the right ones.
    fn into_text(self) -> String {
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
        let lines: Vec<String> = if two_columns {
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
fn join_wrapped(lines: &[String]) -> String {
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
fn page_number_of(text: &str) -> Option<&str> {
    if is_page_number(text) {
        return Some(text.trim());
    }
    let stripped = strip_page_number(text);
    (stripped.len() < text.len()).then(|| text[stripped.len()..].trim())
}

/// "Dnr SON 2026-118\tSida 1 av 2" → "Dnr SON 2026-118".
pub(super) fn strip_page_number(text: &str) -> &str {
    static TRAILING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)[\t ]+(?:sida|sid)\s*\d+\s*(?:av\s+\d+|\(\s*\d+\s*\))?\s*$|[\t ]+\d+\s*\(\s*\d+\s*\)\s*$")
            .expect("valid")
    });
    TRAILING.find(text).map_or(text, |m| &text[..m.start()])
}

/// The size most characters are set in.
fn body_size(pages: &[Vec<Line>]) -> f64 {
    let mut weight: HashMap<i64, usize> = HashMap::new();
    for line in pages.iter().flatten() {
        *weight.entry((line.size * 2.0).round() as i64).or_default() += line.text.chars().count();
    }
    weight
        .into_iter()
        .max_by_key(|&(size, count)| (count, -size))
        .map_or(10.0, |(size, _)| size as f64 / 2.0)
}

/// The usual distance between baselines on a page: the most common one.
fn line_spacing(page: &[Line]) -> f64 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_wrapped_at_its_hyphen_is_joined() {
        let lines: Vec<String> = [
            "Avtalet kan som längst gälla till och med 2029-04-",
            "30. Ett avtal med Sjö-",
            "vik AB.",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            join_wrapped(&lines),
            "Avtalet kan som längst gälla till och med 2029-04-30. Ett avtal med Sjö-\nvik AB."
        );
    }

    #[test]
    fn page_numbers() {
        for text in ["Sida 2 av 5", "2 (5)", "3", "sid 1/3"] {
            assert!(is_page_number(text), "{text}");
        }
        assert!(!is_page_number("Dnr SON 2026-118"));
        assert_eq!(
            strip_page_number("Dnr SON 2026-118\tSida 1 av 2"),
            "Dnr SON 2026-118"
        );
    }

    #[test]
    fn broken_pdfs_are_errors_not_panics() {
        assert!(read(b"not a pdf").is_err());
        assert!(read(b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF").is_err());
        assert!(read(b"%PDF-1.4\n").is_err());
    }
}
