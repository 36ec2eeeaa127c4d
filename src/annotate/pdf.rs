//! A reviewed PDF: one highlight annotation per finding over the glyphs of
//! its words, with the note as the annotation's text. The original's bytes
//! are kept whole and the annotations appended as an incremental update,
//! so its tags, metadata, existing annotations and PDF/A identification
//! stay as they were.
//!
//! The reader's text is not the page's: page headers are read once, lines
//! are joined. A finding is found on the page by its characters (white
//! space left out), and where its words stand more than once (a Dnr in
//! every page header), by the most text around it that matches.

use lopdf::{Dictionary, IncrementalDocument, Object, ObjectId, Stream, text_string};
use unicode_normalization::char::{compose, is_combining_mark};

use super::Note;
use crate::reader::CharBox;

/// Characters of context compared on each side to choose between places
/// where a finding's words stand more than once.
const CONTEXT: usize = 60;

/// A note placed on a page: its page (0-based) and one box per line of
/// its words, as (left, bottom, right, top).
#[derive(Debug, Clone, PartialEq)]
struct Placed {
    page: usize,
    boxes: Vec<[f64; 4]>,
}

/// The annotated copy's bytes, and how many notes sit on their own words
/// (the others are on the first line of the first page).
pub struct AnnotatedPdf {
    pub bytes: Vec<u8>,
    pub placed: usize,
}

/// Annotates `original` (a PDF the reader read as `source`) with `notes`.
pub fn annotate_pdf(
    original: &[u8],
    source: &str,
    pages: &[Vec<CharBox>],
    notes: &[Note],
) -> Result<AnnotatedPdf, String> {
    let text = SourceChars::new(source);
    let stream = page_stream(pages);
    let first_line = first_line(&stream);
    let mut placed = 0;
    let mut annotations = Vec::new();
    for note in notes {
        let place = locate(&text, &stream, note.span.clone());
        placed += usize::from(place.is_some());
        let (place, prefix) = match place {
            Some(place) => (place, ""),
            None => (
                first_line
                    .clone()
                    .ok_or("PDF:en har ingen text att fästa anteckningar vid")?,
                "(Platsen hittades inte i PDF:en.)\n",
            ),
        };
        annotations.push((place, format!("{prefix}{}", note.text)));
    }
    // The PDF library panics on some malformed files.
    let bytes = crate::reader::quietly(|| write_highlights(original, &annotations))
        .ok_or("PDF:en kan inte öppnas för anteckningar (trasig fil)")??;
    Ok(AnnotatedPdf { bytes, placed })
}

/// The source's characters but white space, with their byte offsets.
struct SourceChars {
    chars: Vec<char>,
    offsets: Vec<usize>,
}

impl SourceChars {
    fn new(source: &str) -> Self {
        let (offsets, chars) = source
            .char_indices()
            .filter(|(_, c)| !c.is_whitespace())
            .unzip();
        Self { chars, offsets }
    }

    /// Indices of the characters inside the byte span.
    fn range(&self, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let start = self.offsets.partition_point(|&o| o < span.start);
        let end = self.offsets.partition_point(|&o| o < span.end);
        start..end.max(start)
    }
}

/// Every page's characters in one sequence, each with its page; a
/// combining mark drawn as a glyph of its own joins the letter before it
/// ("a" + "¨" is the reader's "ä").
fn page_stream(pages: &[Vec<CharBox>]) -> Vec<(usize, CharBox)> {
    let mut stream: Vec<(usize, CharBox)> = Vec::new();
    for (page, chars) in pages.iter().enumerate() {
        for &glyph in chars {
            if is_combining_mark(glyph.ch)
                && let Some((_, last)) = stream.last_mut()
                && let Some(joined) = compose(last.ch, glyph.ch)
            {
                last.ch = joined;
                last.x1 = last.x1.max(glyph.x1);
                continue;
            }
            stream.push((page, glyph));
        }
    }
    stream
}

/// Where the span's words stand on the pages.
fn locate(
    text: &SourceChars,
    stream: &[(usize, CharBox)],
    span: std::ops::Range<usize>,
) -> Option<Placed> {
    let wanted = text.range(span);
    let pattern = &text.chars[wanted.clone()];
    let first = *pattern.first()?;
    let matches_at = |i: usize| {
        stream.len() - i >= pattern.len()
            && pattern
                .iter()
                .zip(&stream[i..])
                .all(|(c, (_, glyph))| *c == glyph.ch)
    };
    let context = |i: usize| {
        let before = (1..=CONTEXT)
            .take_while(|&k| {
                k <= wanted.start && k <= i && text.chars[wanted.start - k] == stream[i - k].1.ch
            })
            .count();
        let after = (0..CONTEXT)
            .take_while(|&k| {
                let (s, p) = (wanted.end + k, i + pattern.len() + k);
                s < text.chars.len() && p < stream.len() && text.chars[s] == stream[p].1.ch
            })
            .count();
        before + after
    };
    let best = (0..stream.len())
        .filter(|&i| stream[i].1.ch == first && matches_at(i))
        .max_by_key(|&i| (context(i), std::cmp::Reverse(i)))?;
    Some(boxes_of(&stream[best..best + pattern.len()]))
}

/// The characters' boxes merged line by line, on the page of the first
/// (a span that runs onto the next page is marked on its first).
fn boxes_of(chars: &[(usize, CharBox)]) -> Placed {
    let page = chars[0].0;
    let mut boxes: Vec<[f64; 4]> = Vec::new();
    let mut last: Option<CharBox> = None;
    for (_, glyph) in chars.iter().filter(|(p, _)| *p == page) {
        let (bottom, top) = (glyph.y - 0.25 * glyph.size, glyph.y + 0.85 * glyph.size);
        let same_line = last.is_some_and(|l| {
            (l.y - glyph.y).abs() < 0.3 * l.size.max(glyph.size) && glyph.x0 >= l.x0 - l.size
        });
        match boxes.last_mut() {
            Some(b) if same_line => {
                *b = [
                    b[0].min(glyph.x0),
                    b[1].min(bottom),
                    b[2].max(glyph.x1),
                    b[3].max(top),
                ];
            }
            _ => boxes.push([glyph.x0, bottom, glyph.x1, top]),
        }
        last = Some(*glyph);
    }
    Placed { page, boxes }
}

/// The first line of the first page with text: where a note whose words
/// were not found is put.
fn first_line(stream: &[(usize, CharBox)]) -> Option<Placed> {
    let (page, first) = *stream.first()?;
    let line: Vec<(usize, CharBox)> = stream
        .iter()
        .take_while(|(p, g)| *p == page && (g.y - first.y).abs() < 0.3 * first.size)
        .copied()
        .collect();
    Some(boxes_of(&line))
}

/// Appends the highlights to `original` as an incremental update.
fn write_highlights(original: &[u8], notes: &[(Placed, String)]) -> Result<Vec<u8>, String> {
    let unreadable = |_| "PDF:en kan inte öppnas för anteckningar (trasig fil)".to_owned();
    let mut pdf: IncrementalDocument = original.try_into().map_err(unreadable)?;
    if pdf.get_prev_documents().is_encrypted() {
        return Err("PDF:en är krypterad; anteckningar skrivs inte i en krypterad fil".into());
    }
    pdf.new_document.version = pdf.get_prev_documents().version.clone();
    let pages = pdf.get_prev_documents().get_pages();
    for (place, text) in notes {
        let Some(&page_id) = pages.get(&(place.page as u32 + 1)) else {
            return Err(format!("PDF:en har ingen sida {}", place.page + 1));
        };
        let appearance = pdf.new_document.add_object(appearance(&place.boxes));
        let annotation = pdf.new_document.new_object_id();
        let dict = highlight(place, text, annotation, page_id, appearance);
        pdf.new_document.set_object(annotation, dict);
        add_to_page(&mut pdf, page_id, annotation).map_err(unreadable)?;
    }
    let mut bytes = Vec::with_capacity(original.len() + 1024 * notes.len());
    pdf.save_to(&mut bytes)
        .map_err(|e| format!("kan inte skriva PDF:en: {e}"))?;
    Ok(bytes)
}

/// The smallest rectangle around the boxes.
fn bounds(boxes: &[[f64; 4]]) -> [f64; 4] {
    boxes
        .iter()
        .fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |a, b| {
            [
                a[0].min(b[0]),
                a[1].min(b[1]),
                a[2].max(b[2]),
                a[3].max(b[3]),
            ]
        })
}

fn reals(values: impl IntoIterator<Item = f64>) -> Object {
    // Two decimals: a hundredth of a point, and the same bytes every run.
    Object::Array(
        values
            .into_iter()
            .map(|v| Object::Real(((v * 100.0).round() / 100.0) as f32))
            .collect(),
    )
}

/// The highlight's look, drawn by every viewer alike (and required of an
/// annotation in PDF/A): yellow rectangles multiplied over the text.
fn appearance(boxes: &[[f64; 4]]) -> Stream {
    let mut content = String::from("/beslutGS gs 1 0.86 0.2 rg\n");
    for [x0, y0, x1, y1] in boxes {
        content.push_str(&format!(
            "{:.2} {:.2} {:.2} {:.2} re f\n",
            x0,
            y0,
            x1 - x0,
            y1 - y0
        ));
    }
    let mut state = Dictionary::new();
    state.set("Type", Object::Name(b"ExtGState".to_vec()));
    state.set("BM", Object::Name(b"Multiply".to_vec()));
    let mut states = Dictionary::new();
    states.set("beslutGS", Object::Dictionary(state));
    let mut resources = Dictionary::new();
    resources.set("ExtGState", Object::Dictionary(states));
    let mut form = Dictionary::new();
    form.set("Type", Object::Name(b"XObject".to_vec()));
    form.set("Subtype", Object::Name(b"Form".to_vec()));
    form.set("BBox", reals(bounds(boxes)));
    form.set("Resources", Object::Dictionary(resources));
    Stream::new(form, content.into_bytes())
}

fn highlight(
    place: &Placed,
    text: &str,
    id: ObjectId,
    page: ObjectId,
    appearance: ObjectId,
) -> Dictionary {
    let quads = place
        .boxes
        .iter()
        .flat_map(|&[x0, y0, x1, y1]| [x0, y1, x1, y1, x0, y0, x1, y0]);
    let mut ap = Dictionary::new();
    ap.set("N", Object::Reference(appearance));
    let mut annotation = Dictionary::new();
    annotation.set("Type", Object::Name(b"Annot".to_vec()));
    annotation.set("Subtype", Object::Name(b"Highlight".to_vec()));
    annotation.set("Rect", reals(bounds(&place.boxes)));
    annotation.set("QuadPoints", reals(quads));
    annotation.set("C", reals([1.0, 0.86, 0.2]));
    annotation.set("Contents", text_string(text));
    annotation.set("T", text_string("beslut"));
    // Unique in the file, also when a reviewed copy is reviewed again.
    annotation.set("NM", text_string(&format!("beslut-{}", id.0)));
    // Printed, as a reviewer expects of a note on paper (and PDF/A asks).
    annotation.set("F", Object::Integer(4));
    annotation.set("P", Object::Reference(page));
    annotation.set("AP", Object::Dictionary(ap));
    annotation
}

/// Adds the annotation to the page's /Annots, wherever the array is kept.
fn add_to_page(
    pdf: &mut IncrementalDocument,
    page_id: ObjectId,
    annotation: ObjectId,
) -> lopdf::Result<()> {
    pdf.opt_clone_object_to_new_document(page_id)?;
    let annots = pdf
        .new_document
        .get_object(page_id)?
        .as_dict()?
        .get(b"Annots")
        .ok()
        .cloned();
    match annots {
        Some(Object::Reference(array_id)) => {
            pdf.opt_clone_object_to_new_document(array_id)?;
            match pdf.new_document.get_object_mut(array_id)? {
                Object::Array(array) => array.push(Object::Reference(annotation)),
                _ => {
                    return Err(lopdf::Error::ObjectType {
                        expected: "Array",
                        found: "another type",
                    });
                }
            }
        }
        Some(Object::Array(mut array)) => {
            array.push(Object::Reference(annotation));
            page_dict(pdf, page_id)?.set("Annots", Object::Array(array));
        }
        _ => page_dict(pdf, page_id)?.set("Annots", vec![Object::Reference(annotation)]),
    }
    Ok(())
}

fn page_dict(pdf: &mut IncrementalDocument, page_id: ObjectId) -> lopdf::Result<&mut Dictionary> {
    pdf.new_document.get_object_mut(page_id)?.as_dict_mut()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, y: f64, page: usize) -> Vec<(usize, CharBox)> {
        text.chars()
            .enumerate()
            .filter(|(_, c)| !c.is_whitespace())
            .map(|(i, ch)| {
                let x0 = 72.0 + 6.0 * i as f64;
                let glyph = CharBox {
                    ch,
                    x0,
                    x1: x0 + 6.0,
                    y,
                    size: 10.0,
                };
                (page, glyph)
            })
            .collect()
    }

    #[test]
    fn a_repeated_word_is_found_by_the_text_around_it() {
        // The Dnr stands in the header of both pages; the finding is the one
        // in the body of page 2.
        let mut stream = line("Dnr SON 2026-118", 800.0, 0);
        stream.extend(line("Avtalet löper ut.", 700.0, 0));
        stream.extend(line("Dnr SON 2026-118", 800.0, 1));
        stream.extend(line("Ärendet har Dnr SON 2026-118 och", 700.0, 1));
        stream.extend(line("gäller avtalet.", 688.0, 1));
        let source = "Dnr SON 2026-118\nAvtalet löper ut.\nÄrendet har Dnr SON 2026-118 och\ngäller avtalet.";
        let at = source.rfind("SON").unwrap();
        let placed = locate(&SourceChars::new(source), &stream, at..at + 12).unwrap();
        assert_eq!(placed.page, 1);
        assert_eq!(placed.boxes.len(), 1);
        assert_eq!(placed.boxes[0][0], 72.0 + 6.0 * 16.0);
    }

    #[test]
    fn a_span_over_two_lines_gets_a_box_per_line() {
        let mut stream = line("med Solros-", 700.0, 0);
        stream.extend(line("gruppen AB", 688.0, 0));
        let source = "med Solros-\ngruppen AB";
        let placed = locate(&SourceChars::new(source), &stream, 4..source.len()).unwrap();
        assert_eq!(placed.boxes.len(), 2);
    }

    #[test]
    fn words_not_on_the_page_are_not_placed() {
        let stream = line("Avtalet löper ut.", 700.0, 0);
        let source = "Något helt annat.";
        assert_eq!(locate(&SourceChars::new(source), &stream, 0..5), None);
    }
}
