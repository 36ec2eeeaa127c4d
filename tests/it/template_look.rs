//! One look from one source: with a municipality's Word template, the PDF
//! follows the template's fonts (or a bundled font with their metrics),
//! heading colours and sizes, so the PDF and the Word file agree line by
//! line.

use beslut::builder::{Builder, Formats};
use beslut::compose::template::Templates;
use beslut::project::Config;
use beslut::render::pdf::PdfProfile;

use crate::common::*;

const PROJECT: &str = "examples/wordmall";
const CASE: &str = "examples/wordmall/cases/kostnader-hemtjanst.yaml";

fn built() -> (Vec<u8>, Vec<u8>) {
    let config = Config::load_with_assets(&repo().join(PROJECT).join("beslut.toml"), true)
        .unwrap_or_else(|e| panic!("{e}"));
    let builder = Builder::new(config, Templates::new(None));
    let file = beslut::case::load_case(&repo().join(CASE), &builder.config.sender)
        .unwrap_or_else(|e| panic!("{e}"));
    let rendered = builder
        .render(&file, Formats::default(), PdfProfile::Standard)
        .unwrap_or_else(|e| panic!("{e}"));
    let part = |ext: &str| rendered.iter().find(|(e, _)| *e == ext).unwrap().1.clone();
    (part("pdf"), part("docx"))
}

/// The fonts the PDF embeds, by base name without the subset prefix.
fn fonts(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let mut names: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| {
            d.get(b"Type")
                .and_then(|t| t.as_name())
                .is_ok_and(|n| n == b"Font")
        })
        .filter_map(|d| d.get(b"BaseFont").and_then(|b| b.as_name()).ok())
        .map(|n| {
            let n = String::from_utf8_lossy(n).into_owned();
            n.split_once('+').map_or(n.clone(), |(_, f)| f.to_owned())
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Whether a page draws in the colour `rgb` (0–255 each).
fn fills_with(pdf: &[u8], rgb: [u8; 3]) -> bool {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    doc.get_pages().values().any(|&page| {
        let content = doc.get_page_content(page).unwrap();
        let ops = lopdf::content::Content::decode(&content)
            .unwrap()
            .operations;
        ops.iter().any(|op| {
            // Typst sets colour in a colour space (`scn`); others use `rg`.
            matches!(op.operator.as_str(), "rg" | "sc" | "scn")
                && op.operands.len() == 3
                && op.operands.iter().zip(rgb).all(|(v, want)| {
                    v.as_float()
                        .is_ok_and(|v| (v - f32::from(want) / 255.0).abs() < 0.01)
                })
        })
    })
}

#[test]
fn the_pdf_takes_the_templates_fonts_and_heading_colour() {
    let (pdf, _) = built();
    let fonts = fonts(&pdf);
    // The template's body is Liberation Serif: set with Tinos, its metrics.
    assert!(fonts.iter().any(|f| f.starts_with("Tinos")), "{fonts:?}");
    // Its headings are Liberation Sans in 1D4F91.
    assert!(
        fonts.iter().any(|f| f.starts_with("LiberationSans-Bold")),
        "{fonts:?}"
    );
    assert!(fills_with(&pdf, [0x1D, 0x4F, 0x91]), "the headings' blue");
}

/// When LibreOffice is installed: the Word file, converted, and the PDF
/// have the same lines from the title on (the letterhead differs: the
/// Word file uses the template's own first-page header).
#[test]
fn the_pdf_and_the_word_file_break_their_lines_alike() {
    let (pdf, docx) = built();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("w.docx"), &docx).unwrap();
    let converted = std::process::Command::new("soffice")
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(dir.path().join("w.docx"))
        .env("HOME", dir.path())
        .output();
    let Ok(output) = converted else {
        eprintln!("note: soffice is not installed; skipped");
        return;
    };
    assert!(output.status.success());
    let word = std::fs::read(dir.path().join("w.pdf")).unwrap();
    let lines = |pdf: &[u8]| -> Vec<String> {
        let text = pdf_lines(pdf);
        let start = text
            .iter()
            .position(|l| l.starts_with("Utökad hemtjänst i Norrby"))
            .expect("the title");
        text[start..].to_vec()
    };
    assert_eq!(lines(&pdf), lines(&word));
}

/// The PDF's text lines as poppler reads them, white space collapsed.
fn pdf_lines(pdf: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler) comes with LibreOffice's test set-up");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

/// A template whose footer style has Word's default tab stops (centre at
/// 4536): beslut's footer clears them, so "Sida N av M" stands right.
#[test]
fn the_footer_clears_the_templates_centre_tab() {
    use std::io::{Read, Write};
    let original = std::fs::read(repo().join(PROJECT).join("mall.dotx")).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(original)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let name = file.name().to_owned();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).unwrap();
        if name == "word/styles.xml" {
            let text = String::from_utf8(bytes).unwrap().replace(
                "</w:styles>",
                r#"<w:style w:type="paragraph" w:styleId="Sidfot"><w:name w:val="footer"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs></w:pPr></w:style></w:styles>"#,
            );
            bytes = text.into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&bytes).unwrap();
    }
    let template = out.finish().unwrap().into_inner();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mall.dotx"), template).unwrap();
    std::fs::write(
        dir.path().join("beslut.toml"),
        "[style]\nword_template = \"mall.dotx\"\n",
    )
    .unwrap();
    let config = Config::load_with_assets(&dir.path().join("beslut.toml"), true).unwrap();
    let builder = Builder::new(config, Templates::new(None));
    let file = beslut::case::load_case(&repo().join(CASE), &builder.config.sender).unwrap();
    let rendered = builder
        .render(&file, Formats::default(), PdfProfile::Standard)
        .unwrap();
    let docx = &rendered.iter().find(|(e, _)| *e == "docx").unwrap().1;
    // The template brings a first-page footer; pages 2 on use beslut's.
    let parts: Vec<String> = (1..=2)
        .map(|n| docx_part(docx, &format!("word/footer{n}.xml")))
        .collect();
    let ours = parts
        .iter()
        .find(|p| p.contains("Sida "))
        .expect("beslut's footer");
    assert!(
        ours.contains(r#"<w:tab w:val="clear" w:pos="4536"/>"#),
        "{ours}"
    );
    // The right edge of the template's page (15.5 cm of text), not beslut's.
    assert!(
        ours.contains(r#"<w:tab w:val="clear" w:pos="9072"/>"#),
        "{ours}"
    );
    assert!(
        ours.contains(r#"<w:tab w:val="right" w:pos="8787"/>"#),
        "{ours}"
    );
}

/// The template's page (3.5 cm left for binding, 2 cm right): the Word file
/// has its section, and the PDF sets its text between the same edges.
#[test]
fn both_formats_take_the_templates_margins() {
    let (pdf, docx) = built();
    let document = docx_part(&docx, "word/document.xml");
    assert!(
        document.contains(r#"<w:pgMar w:top="1247" w:right="1134" w:bottom="1474" w:left="1985" w:header="709" w:footer="709" w:gutter="0"/>"#),
        "{document}"
    );
    let pages = beslut::reader::char_boxes(&pdf).unwrap();
    let (left, right) = pages
        .iter()
        .flatten()
        .fold((f64::MAX, 0f64), |(l, r), b| (l.min(b.x0), r.max(b.x1)));
    // 1985 twips = 99.25 pt from the left edge; 595.3 − 56.7 pt on the right.
    assert!((left - 99.25).abs() < 1.0, "text starts at {left} pt");
    assert!(right <= 538.6 + 0.5, "text ends at {right} pt");
    assert!(
        right > 500.0,
        "a justified or full line reaches the edge: {right} pt"
    );
}

/// Every family a Word font is mapped to is one the PDF engine has.
#[test]
fn every_mapped_font_is_bundled() {
    let families = beslut::render::pdf::PdfEngine::new().font_families();
    for word_font in [
        "Times New Roman",
        "Times",
        "Liberation Serif",
        "Tinos",
        "Arial",
        "Helvetica",
        "Liberation Sans",
        "Arimo",
        "Libertinus Serif",
        "New Computer Modern",
    ] {
        let family = beslut::base::look::bundled_font_for(word_font).unwrap();
        assert!(
            families.iter().any(|f| f == family),
            "{word_font} → {family}: {families:?}"
        );
    }
}
