//! DOCX backend: the document model as an editable Word file that sets like
//! the PDF: the same page, margins, font, sizes and spacing; the letterhead
//! (sender left, Datum/Dnr right, contact line) on the first page only; a
//! footer with the Dnr on the left and "Sida N av M" on the right; Word's
//! own styles (Title, Heading 1–3, List Number, List Bullet, Table Grid) so
//! the paper edits like any other Word document.
//!
//! WordprocessingML is written here rather than through docx-rs: that crate
//! always emits its own `Normal` style and numbering id 1 (so every file had
//! them twice), orders properties against the schema, cannot mark a
//! repeating table header row, and has no way to carry a municipality's own
//! `styles.xml` and header parts — which is what a Word template is.
//! Output is byte-deterministic: fixed part order, fixed zip timestamps.

mod look;
mod styles;
pub mod template;
pub mod xml;

use std::fmt::Write as _;

pub use styles::fallback_font;
pub use template::WordTemplate;

use crate::base::look::PageGeometry;
use crate::document::{Align, Block, Document, Table, Text};
use crate::render::assets::Assets;
use crate::render::logo::Logo;
use styles::{ListKind, StyleIds, StyleKind};
use xml::{ParaProps, RunProps, esc, line_break, paragraph, run};

mod body;
mod letterhead;
mod package;
mod zip_cache;
use body::*;
use letterhead::*;
use package::*;

/// Writing the DOCX failed.
#[derive(Debug, Clone, thiserror::Error)]
#[error("DOCX-exporten misslyckades: {0}")]
pub struct DocxError(String);

const NAMESPACES: &str = concat!(
    r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
    r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#,
    r#"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#,
    r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#,
    r#"xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture""#
);

/// The page the document is set on: the Word template's, else beslut's.
fn page_of(document: &Document) -> PageGeometry {
    document.style.page.unwrap_or(PageGeometry::BESLUT)
}

/// Renders `document` to DOCX bytes, with the logo and Word template of
/// `assets` when the project has them.
pub fn render(document: &Document, assets: &Assets) -> Result<Vec<u8>, DocxError> {
    let template = assets.word_template.as_deref();
    let ids = template.map(|t| t.ids.clone()).unwrap_or_default();
    let template_header = template.and_then(|t| t.first_header.as_ref());
    let mut body = BodyWriter {
        ids: &ids,
        out: String::new(),
        lists: Vec::new(),
        table_pt: document.style.size_pt.unwrap_or(10.0).max(10.0),
        text_width: page_of(document).text_width(),
    };
    // With the template's own first-page header, the letterhead facts
    // (sender, Datum, Dnr) open the body instead; the template brings the
    // municipality's emblem.
    if template_header.is_some() {
        letterhead(&mut body.out, document, Emblem::None, &ids);
    }
    body.opening(document);
    for block in &document.body {
        body.block(block);
    }
    body.signature(document);
    body.distribution(document);
    let BodyWriter {
        out: body, lists, ..
    } = body;

    let logo = assets.logo.as_ref();
    let mut package = Package::default();
    package.add(
        "word/document.xml",
        document_xml(&body, &page_of(document)).into_bytes(),
    );
    let styles = match template {
        Some(t) => t.styles.clone(),
        None => styles::styles_xml(&document.style.font, &document.meta.language),
    };
    package.add("word/styles.xml", styles.into_bytes());
    package.add(
        "word/numbering.xml",
        styles::numbering_xml(&lists).into_bytes(),
    );
    package.add(
        "word/settings.xml",
        styles::SETTINGS_XML.as_bytes().to_vec(),
    );
    package.add(
        "word/fontTable.xml",
        styles::font_table_xml(&document.style.font).into_bytes(),
    );
    match template_header {
        Some(part) => package.add_header_part("word/header1.xml", part),
        None => {
            let mut header = String::new();
            let emblem = logo.map_or(Emblem::Text, Emblem::Logo);
            letterhead(&mut header, document, emblem, &ids);
            package.add("word/header1.xml", wrap("w:hdr", &header).into_bytes());
            if let Some(logo) = logo {
                let media = format!("media/logo.{}", logo.raster_format.extension());
                package.add(&format!("word/{media}"), logo.raster.to_vec());
                package.add(
                    "word/_rels/header1.xml.rels",
                    relationships(&[("rIdLogo", "image", &media)]).into_bytes(),
                );
            }
        }
    }
    let clear = template.map_or(&[][..], |t| &t.footer_tabs[..]);
    let footer = wrap("w:ftr", &footer(document, &ids, clear));
    match template.and_then(|t| t.first_footer.as_ref()) {
        Some(part) => package.add_header_part("word/footer1.xml", part),
        None => package.add("word/footer1.xml", footer.clone().into_bytes()),
    }
    package.add("word/footer2.xml", footer.into_bytes());
    if let Some(theme) = template.and_then(|t| t.theme.as_ref()) {
        package.add("word/theme/theme1.xml", theme.clone());
    }
    package.add("docProps/core.xml", core_properties(document).into_bytes());
    package.add("docProps/app.xml", APP_XML.as_bytes().to_vec());
    package.finish()
}
