//! PDF: the text layer, with lines and paragraphs rebuilt from glyph
//! positions (pdf-extract gives every glyph with its transform; its own
//! plain-text output looks only at the first glyph of a text run and glues
//! headings to paragraphs). Lines larger than the body text are headings;
//! lines that repeat at the top or bottom of every page, and page numbers,
//! are page furniture: taken out of the body, read once for the Dnr and
//! date. A PDF without a text layer (a scan) is an error that says so.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{LazyLock, Once};
use std::time::Instant;

use regex::Regex;

use super::Parts;

mod filters;
pub mod guard;
pub(super) mod layout;
mod lines;
use layout::*;
use lines::*;

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
    let (pages, draws) = quietly(|| glyph_pages(bytes, false))
        .ok_or("PDF:en kunde inte tolkas (trasig eller ofullständig fil)")??;
    if pages.is_empty() {
        return Err("PDF:en har inga sidor (trasig eller ofullständig fil)".into());
    }
    if pages.iter().all(|p| p.glyphs.is_empty()) {
        // Drawing and no text is a scan (or text as curves); nothing drawn
        // is an empty or broken file, which OCR would not help.
        return Err(if draws {
            "PDF:en har inget textlager (inskannad bild?); kör textigenkänning (OCR) först".into()
        } else {
            "PDF:en har ingen text att läsa: sidorna är tomma, eller filen är trasig".into()
        });
    }
    Ok(layout(pages))
}

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, turning a panic inside the PDF library into `None` without
/// printing it (the library panics on some malformed files).
pub fn quietly<T>(f: impl FnOnce() -> T) -> Option<T> {
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

/// The pages' glyphs, and whether the pages draw anything; with
/// `exact_widths`, every CID font's widths read (see
/// [`guard::expand_cid_widths`]).
fn glyph_pages(bytes: &[u8], exact_widths: bool) -> Result<(Vec<Page>, bool), String> {
    let mut doc = guard::load(bytes)?;
    let draws = guard::prepare_for_text(&mut doc)?;
    if exact_widths {
        guard::expand_cid_widths(&mut doc);
    }
    let mut collector = Collector {
        pages: Vec::new(),
        glyphs: 0,
        started: Instant::now(),
        stopped: None,
    };
    let result = pdf_extract::output_doc(&doc, &mut collector);
    if let Some(stop) = collector.stopped {
        return Err(stop.message());
    }
    // The library's own words are English and about its internals.
    result.map_err(|_| "PDF:ens text kunde inte läsas (filen är trasig)".to_owned())?;
    Ok((collector.pages, draws))
}

/// Most glyphs read from one PDF: a long paper has a few hundred thousand.
pub const MAX_GLYPHS: usize = 2_000_000;
/// Longest time spent extracting one PDF's text.
pub const MAX_SECONDS: u64 = 15;

/// Why the text extraction was stopped part way.
#[derive(Debug, Clone, Copy)]
enum Stop {
    Glyphs,
    Time,
    Interrupted,
}

impl Stop {
    fn message(self) -> String {
        match self {
            Stop::Glyphs => format!(
                "PDF:en har fler än {MAX_GLYPHS} tecken, gränsen för en handling: dela upp den"
            ),
            Stop::Time => format!(
                "PDF:ens text tog mer än {MAX_SECONDS} sekunder att läsa, gränsen för en handling: filen är trasig eller byggd för att binda tiden"
            ),
            Stop::Interrupted => "avbruten".into(),
        }
    }
}

struct Collector {
    pages: Vec<Page>,
    glyphs: usize,
    started: Instant,
    stopped: Option<Stop>,
}

impl Collector {
    /// Counts a glyph; every few thousand, looks at the clock and for Ctrl-C.
    fn within_budget(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.glyphs += 1;
        let stop = if self.glyphs > MAX_GLYPHS {
            Some(Stop::Glyphs)
        } else if !self.glyphs.is_multiple_of(4096) {
            None
        } else if self.started.elapsed().as_secs() >= MAX_SECONDS {
            Some(Stop::Time)
        } else if crate::base::interrupt::requested() {
            Some(Stop::Interrupted)
        } else {
            None
        };
        match stop {
            Some(stop) => {
                self.stopped = Some(stop);
                Err(pdf_extract::OutputError::FormatError(std::fmt::Error))
            }
            None => Ok(()),
        }
    }
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
        self.within_budget()?;
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

/// Where a character stands on its page, in PDF user space (points, y up).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CharBox {
    pub ch: char,
    /// Left and right edge.
    pub x0: f64,
    pub x1: f64,
    /// Baseline.
    pub y: f64,
    /// Font size.
    pub size: f64,
}

/// The characters of each page, white space left out, in the order the
/// reader reads them (line by line, top to bottom), with where each
/// stands: what a highlight over a span of the reader's text needs.
pub fn char_boxes(bytes: &[u8]) -> Result<Vec<Vec<CharBox>>, String> {
    let (mut pages, _) = quietly(|| glyph_pages(bytes, true))
        .ok_or("PDF:en kunde inte tolkas (trasig eller ofullständig fil)")??;
    Ok(pages
        .iter_mut()
        .map(|page| {
            lines_of(page, true)
                .into_iter()
                .flat_map(|line| line.boxes)
                .collect()
        })
        .collect())
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
    fn glyphs_drawn_out_of_order_are_read_left_to_right() {
        let glyph = |x: f64, text: &str| Glyph {
            x,
            y: 700.0,
            end: x + 6.0,
            size: 10.0,
            text: text.into(),
        };
        // "Nämnden" drawn in the order 5, 0, 3, 6, 1, 4, 2.
        let order = [5, 0, 3, 6, 1, 4, 2];
        let letters: Vec<char> = "Nämnden".chars().collect();
        let mut page = Page {
            height: 842.0,
            width: 595.0,
            glyphs: order
                .iter()
                .map(|&i| glyph(72.0 + 6.0 * i as f64, &letters[i].to_string()))
                .collect(),
            ..Page::default()
        };
        assert_eq!(lines_of(&mut page, false)[0].text, "Nämnden");
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
