//! `beslut lint --annotate DIR` on PDFs: a copy with one highlight per
//! finding over the glyphs of its words, the note as its text; the
//! original's bytes, pages, text, tags and PDF/A identity kept.

use std::path::{Path, PathBuf};

use beslut::annotate::{Reviewed, annotate};
use beslut::check::lint_file;
use beslut::compose::template::Templates;
use beslut::lint::{Diagnostic, Severity};
use beslut::render::pdf::PdfProfile;
use lopdf::{Document, Object};

use crate::common::*;

struct Highlight {
    page: u32,
    quads: Vec<f64>,
    contents: String,
}

fn text_of(object: &Object) -> String {
    match object {
        Object::String(bytes, _) if bytes.starts_with(&[0xFE, 0xFF]) => {
            let units: Vec<u16> = bytes[2..]
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16(&units).unwrap()
        }
        Object::String(bytes, _) => String::from_utf8_lossy(bytes).into_owned(),
        _ => String::new(),
    }
}

/// Every highlight beslut wrote, page by page, in /Annots order.
fn highlights(pdf: &[u8]) -> Vec<Highlight> {
    let doc = Document::load_mem(pdf).expect("the copy parses");
    let mut found = Vec::new();
    for (number, page_id) in doc.get_pages() {
        let page = doc.get_dictionary(page_id).unwrap();
        let annots = match page.get(b"Annots") {
            Ok(Object::Reference(id)) => doc.get_object(*id).unwrap().as_array().unwrap().clone(),
            Ok(Object::Array(a)) => a.clone(),
            _ => Vec::new(),
        };
        for annot in annots {
            let dict = doc.get_dictionary(annot.as_reference().unwrap()).unwrap();
            if dict.get(b"Subtype").unwrap().as_name().unwrap() != b"Highlight"
                || text_of(dict.get(b"T").unwrap()) != "beslut"
            {
                continue;
            }
            assert!(dict.get(b"AP").is_ok(), "an appearance stream");
            let quads = dict
                .get(b"QuadPoints")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_float().unwrap() as f64)
                .collect();
            found.push(Highlight {
                page: number,
                quads,
                contents: text_of(dict.get(b"Contents").unwrap()),
            });
        }
    }
    found
}

/// The characters (white space left out) whose centres lie under the
/// highlight's quadrilaterals, read from the copy by the reader.
fn text_under(pdf: &[u8], highlight: &Highlight) -> String {
    let pages = beslut::reader::char_boxes(pdf).unwrap();
    let quads: Vec<[f64; 4]> = highlight
        .quads
        .chunks(8)
        .map(|q| [q[0], q[5], q[2], q[1]])
        .collect();
    pages[highlight.page as usize - 1]
        .iter()
        .filter(|c| {
            let (x, y) = ((c.x0 + c.x1) / 2.0, c.y + 0.3 * c.size);
            quads
                .iter()
                .any(|[x0, y0, x1, y1]| *x0 <= x && x <= *x1 && *y0 <= y && y <= *y1)
        })
        .map(|c| c.ch)
        .collect()
}

fn without_space(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn templates() -> Templates {
    Templates::new(Some(&repo().join("templates")))
}

/// Lints `paper` and writes its reviewed copy into `dir`.
fn review(paper: &Path, dir: &Path) -> (PathBuf, Vec<Diagnostic>) {
    let linted = lint_file(paper, &project_config(), &templates()).unwrap();
    let written = annotate(
        Reviewed {
            path: paper,
            source: &linted.source,
            body_start: linted.body_start,
            diagnostics: &linted.diagnostics,
        },
        dir,
    )
    .unwrap();
    assert_eq!(written.unplaced, 0);
    let kept: Vec<Diagnostic> = linted
        .diagnostics
        .into_iter()
        .filter(|d| d.severity >= Severity::Warning)
        .map(|mut d| {
            let words = &linted.source[d.span[0]..d.span[1]];
            d.message = format!("{}\u{0}{words}", d.message);
            d
        })
        .collect();
    (written.path, kept)
}

#[test]
fn each_finding_is_one_highlight_over_its_own_words() {
    let out = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for name in [
        "corpus/pdf/08-D103-D104-duration.pdf",
        "corpus/pdf/24-N302-sfs.pdf",
        "corpus/pdf/27-N301-leverantor.pdf",
        "corpus/pdf/12-N305-board.pdf",
        "corpus/pdf/19-S402-restated.pdf",
        // Exported by LibreOffice: a tracked insertion, bold and italic runs.
        "annotate/hedeby-skolskjuts.pdf",
    ] {
        let original = repo().join("tests/fixtures").join(name);
        let (copy, findings) = review(&original, out.path());
        let bytes = std::fs::read(&copy).unwrap();
        let before = std::fs::read(&original).unwrap();
        // The original's bytes come first, whole: an incremental update.
        assert!(bytes.starts_with(&before), "{name}");
        let marks = highlights(&bytes);
        assert_eq!(marks.len(), findings.len(), "{name}");
        for (mark, finding) in marks.iter().zip(&findings) {
            let (message, words) = finding.message.split_once('\u{0}').unwrap();
            assert!(
                mark.contents.starts_with(message),
                "{name}: {}",
                mark.contents
            );
            assert!(mark.contents.contains(finding.code));
            assert_eq!(text_under(&bytes, mark), without_space(words), "{name}");
            checked += 1;
        }
        // Pages and text as they were.
        let pages = |pdf: &[u8]| Document::load_mem(pdf).unwrap().get_pages().len();
        assert_eq!(pages(&bytes), pages(&before));
        assert_eq!(
            beslut::reader::pdf_text(&bytes).unwrap(),
            beslut::reader::pdf_text(&before).unwrap()
        );
        poppler_reads_the_same_text(&original, &copy);
    }
    assert!(checked >= 10, "{checked} findings checked");
}

/// When poppler is installed: the copy opens and its text is the original's.
fn poppler_reads_the_same_text(original: &Path, copy: &Path) {
    let text = |pdf: &Path| {
        std::process::Command::new("pdftotext")
            .arg(pdf)
            .arg("-")
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| o.stdout)
    };
    if let Some(before) = text(original) {
        assert_eq!(text(copy), Some(before), "{}", copy.display());
    }
}

#[test]
fn a_reviewed_copy_reviewed_again_keeps_the_earlier_notes() {
    let first = tempfile::tempdir().unwrap();
    let second = tempfile::tempdir().unwrap();
    let original = repo().join("tests/fixtures/corpus/pdf/08-D103-D104-duration.pdf");
    let (copy, findings) = review(&original, first.path());
    let (again, _) = review(&copy, second.path());
    let bytes = std::fs::read(&again).unwrap();
    let marks = highlights(&bytes);
    assert_eq!(marks.len(), 2 * findings.len());
    // Same input, same bytes.
    let third = tempfile::tempdir().unwrap();
    let (copy_again, _) = review(&original, third.path());
    assert_eq!(
        std::fs::read(copy_again).unwrap(),
        std::fs::read(copy).unwrap()
    );
}

#[test]
fn our_own_archive_pdf_keeps_its_pdfa_identity_and_tags() {
    let case = std::fs::read_to_string(repo().join("cases/avtalsforlangning-solrosgruppen.yaml"))
        .unwrap()
        .replace(
            "    {{ contract.supplier }} följer avtalet väl.\n",
            "    {{ contract.supplier }} följer avtalet väl. Solrosgrupen har lämnat\n    sin rapport enligt LOU (1976:580) och medstämmandelagen.\n",
        );
    let (pdf, _) = render_with(&load_str("avtal.yaml", &case), PdfProfile::Archive);
    let dir = tempfile::tempdir().unwrap();
    let paper = dir.path().join("avtal.pdf");
    std::fs::write(&paper, &pdf).unwrap();
    let out = dir.path().join("granskat");
    std::fs::create_dir(&out).unwrap();
    let (copy, findings) = review(&paper, &out);
    let bytes = std::fs::read(copy).unwrap();
    assert!(bytes.starts_with(&pdf));
    let marks = highlights(&bytes);
    assert_eq!(marks.len(), findings.len());
    assert!(findings.len() >= 3, "{}", findings.len());
    for (mark, finding) in marks.iter().zip(&findings) {
        let (_, words) = finding.message.split_once('\u{0}').unwrap();
        assert_eq!(text_under(&bytes, mark), without_space(words));
    }
    let doc = Document::load_mem(&bytes).unwrap();
    let catalog = doc.catalog().unwrap();
    assert!(catalog.get(b"StructTreeRoot").is_ok(), "tags kept");
    assert!(
        catalog.get(b"Metadata").is_ok(),
        "XMP (PDF/A identification) kept"
    );
}
