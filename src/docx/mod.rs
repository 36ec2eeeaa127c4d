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

mod styles;
mod template;
pub mod xml;

use std::fmt::Write as _;
use std::io::Write as _;

pub use styles::fallback_font;
pub use template::WordTemplate;

use crate::assets::{Assets, Logo};
use crate::document::{Align, Block, Document, Table, Text};
use styles::{ListKind, StyleIds, StyleKind, page};
use xml::{ParaProps, RunProps, esc, line_break, paragraph, run};

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
    package.add("word/document.xml", document_xml(&body).into_bytes());
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
    let footer = wrap("w:ftr", &footer(document, &ids));
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

const REL_BASE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/// The parts of a package, written in the order added.
#[derive(Default)]
struct Package {
    parts: Vec<(String, Vec<u8>)>,
}

impl Package {
    fn add(&mut self, name: &str, bytes: Vec<u8>) {
        self.parts.push((name.to_owned(), bytes));
    }

    /// A template's header or footer with its relationships and images.
    fn add_header_part(&mut self, name: &str, part: &template::HeaderPart) {
        self.add(name, part.xml.clone().into_bytes());
        if let Some(rels) = &part.rels {
            let file = name.trim_start_matches("word/");
            self.add(
                &format!("word/_rels/{file}.rels"),
                rels.clone().into_bytes(),
            );
        }
        for (media, bytes) in &part.media {
            self.add(&format!("word/media/{media}"), bytes.clone());
        }
    }

    fn has(&self, name: &str) -> bool {
        self.parts.iter().any(|(n, _)| n == name)
    }

    /// Adds content types and relationships, and zips everything.
    fn finish(mut self) -> Result<Vec<u8>, DocxError> {
        let mut document_rels = vec![
            ("rIdStyles", "styles", "styles.xml"),
            ("rIdNumbering", "numbering", "numbering.xml"),
            ("rIdSettings", "settings", "settings.xml"),
            ("rIdFontTable", "fontTable", "fontTable.xml"),
            ("rIdHeaderFirst", "header", "header1.xml"),
            ("rIdFooterFirst", "footer", "footer1.xml"),
            ("rIdFooter", "footer", "footer2.xml"),
        ];
        if self.has("word/theme/theme1.xml") {
            document_rels.push(("rIdTheme", "theme", "theme/theme1.xml"));
        }
        let content_types = self.content_types();
        let mut parts = vec![
            ("[Content_Types].xml".to_owned(), content_types.into_bytes()),
            ("_rels/.rels".to_owned(), PACKAGE_RELS.as_bytes().to_vec()),
            (
                "word/_rels/document.xml.rels".to_owned(),
                relationships(&document_rels).into_bytes(),
            ),
        ];
        parts.append(&mut self.parts);
        zip_parts(&parts)
    }

    fn content_types(&self) -> String {
        let mut out = String::from(concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
            r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
            r#"<Default Extension="xml" ContentType="application/xml"/>"#
        ));
        let mut extensions: Vec<String> = self
            .parts
            .iter()
            .filter(|(name, _)| name.starts_with("word/media/"))
            .filter_map(|(name, _)| name.rsplit('.').next().map(str::to_ascii_lowercase))
            .collect();
        extensions.sort();
        extensions.dedup();
        for extension in extensions {
            let _ = write!(
                out,
                r#"<Default Extension="{}" ContentType="{}"/>"#,
                esc(&extension),
                media_type(&extension)
            );
        }
        const MAIN: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        for (name, _) in &self.parts {
            let kind = match name.as_str() {
                "word/document.xml" => format!("{MAIN}document.main+xml"),
                "word/styles.xml" => format!("{MAIN}styles+xml"),
                "word/numbering.xml" => format!("{MAIN}numbering+xml"),
                "word/settings.xml" => format!("{MAIN}settings+xml"),
                "word/fontTable.xml" => format!("{MAIN}fontTable+xml"),
                "word/theme/theme1.xml" => {
                    "application/vnd.openxmlformats-officedocument.theme+xml".to_owned()
                }
                "docProps/core.xml" => {
                    "application/vnd.openxmlformats-package.core-properties+xml".to_owned()
                }
                "docProps/app.xml" => {
                    "application/vnd.openxmlformats-officedocument.extended-properties+xml"
                        .to_owned()
                }
                n if n.starts_with("word/header") => format!("{MAIN}header+xml"),
                n if n.starts_with("word/footer") => format!("{MAIN}footer+xml"),
                _ => continue,
            };
            let _ = write!(
                out,
                r#"<Override PartName="/{name}" ContentType="{kind}"/>"#
            );
        }
        out.push_str("</Types>");
        out
    }
}

fn media_type(extension: &str) -> &'static str {
    match extension {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "bmp" => "image/bmp",
        "tif" | "tiff" => "image/tiff",
        "svg" => "image/svg+xml",
        "emf" => "image/x-emf",
        "wmf" => "image/x-wmf",
        _ => "application/octet-stream",
    }
}

const PACKAGE_RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
    r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#,
    r#"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#,
    r#"</Relationships>"#
);

const APP_XML: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#,
    r#"<Application>beslut</Application></Properties>"#
);

/// A `.rels` part; each entry is (id, relationship kind such as "styles",
/// target).
fn relationships(rels: &[(&str, &str, &str)]) -> String {
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    ));
    for (id, kind, target) in rels {
        let _ = write!(
            out,
            r#"<Relationship Id="{id}" Type="{REL_BASE}{kind}" Target="{}"/>"#,
            esc(target)
        );
    }
    out.push_str("</Relationships>");
    out
}

/// Zips `parts` with fixed timestamps, so equal input gives equal bytes.
fn zip_parts(parts: &[(String, Vec<u8>)]) -> Result<Vec<u8>, DocxError> {
    let error = |e: zip::result::ZipError| DocxError(e.to_string());
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, bytes) in parts {
        zip.start_file(name.as_str(), options).map_err(error)?;
        zip.write_all(bytes).map_err(|e| DocxError(e.to_string()))?;
    }
    Ok(zip.finish().map_err(error)?.into_inner())
}

/// A root element around `content`, with the namespaces every part uses.
fn wrap(root: &str, content: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{root} {NAMESPACES}>{content}</{root}>"#
    )
}

fn document_xml(body: &str) -> String {
    let section = format!(
        concat!(
            r#"<w:sectPr><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>"#,
            r#"<w:footerReference w:type="default" r:id="rIdFooter"/>"#,
            r#"<w:footerReference w:type="first" r:id="rIdFooterFirst"/>"#,
            r#"<w:pgSz w:w="{width}" w:h="{height}"/>"#,
            r#"<w:pgMar w:top="{top}" w:right="{side}" w:bottom="{bottom}" w:left="{side}" w:header="{header}" w:footer="{footer}" w:gutter="0"/>"#,
            r#"<w:titlePg/></w:sectPr>"#
        ),
        width = page::WIDTH,
        height = page::HEIGHT,
        top = page::TOP,
        side = page::SIDE,
        bottom = page::BOTTOM,
        header = page::HEADER,
        footer = page::FOOTER,
    );
    wrap("w:document", &format!("<w:body>{body}{section}</w:body>"))
}

/// Width of the Datum/Dnr column of the letterhead.
const LETTERHEAD_RIGHT: u32 = 2835;

/// What heads the letterhead's sender column.
#[derive(Clone, Copy)]
enum Emblem<'a> {
    Logo(&'a Logo),
    /// `logo_text`, when the paper has one.
    Text,
    /// Nothing: the Word template's own header carries the emblem.
    None,
}

/// The letterhead as a borderless two-column table (sender left, Datum and
/// Dnr right) followed by the paragraph a header or cell must end with.
fn letterhead(out: &mut String, document: &Document, emblem: Emblem, ids: &StyleIds) {
    let head = &document.letterhead;
    let left_width = page::TEXT_WIDTH - LETTERHEAD_RIGHT;
    let _ = write!(
        out,
        concat!(
            r#"<w:tbl><w:tblPr><w:tblW w:w="{total}" w:type="dxa"/><w:tblLayout w:type="fixed"/>"#,
            r#"<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>"#,
            r#"<w:tblLook w:val="0000"/></w:tblPr>"#,
            r#"<w:tblGrid><w:gridCol w:w="{left}"/><w:gridCol w:w="{right}"/></w:tblGrid><w:tr>"#,
            r#"<w:tc><w:tcPr><w:tcW w:w="{left}" w:type="dxa"/></w:tcPr>"#
        ),
        total = page::TEXT_WIDTH,
        left = left_width,
        right = LETTERHEAD_RIGHT,
    );
    // Lines of 9 pt at the layout's 12.8 pt, Datum and Dnr 10.9 pt apart.
    let header = ParaProps {
        style: Some(ids.get(StyleKind::Header)),
        after: Some(0),
        exact_line: Some(256),
        ..ParaProps::default()
    };
    let cell_start = out.len();
    let emblem_props = emblem_props(&header);
    match (emblem, &head.logo, &head.logo_text) {
        (Emblem::Logo(logo), Some(reference), _) => paragraph(out, &emblem_props, |p| {
            image(p, logo, reference.width_mm, &reference.alt);
        }),
        (Emblem::Logo(_) | Emblem::Text, _, Some(text)) => paragraph(out, &emblem_props, |p| {
            run(
                p,
                text,
                RunProps {
                    bold: true,
                    size: Some(28),
                    ..RunProps::PLAIN
                },
            );
        }),
        _ => {}
    }
    for line in head.sender_lines.iter().chain(&head.contact) {
        paragraph(out, &header, |p| run(p, line, RunProps::sized(18)));
    }
    // A table cell must hold a paragraph.
    if !out[cell_start..].contains("<w:p>") {
        paragraph(out, &header, |_| {});
    }
    let _ = write!(
        out,
        r#"</w:tc><w:tc><w:tcPr><w:tcW w:w="{LETTERHEAD_RIGHT}" w:type="dxa"/></w:tcPr>"#
    );
    let facts = ParaProps {
        style: Some(ids.get(StyleKind::Header)),
        tabs: vec![("left", 680)],
        after: Some(0),
        exact_line: Some(218),
        ..ParaProps::default()
    };
    let mut any = false;
    for (label, value) in [("Datum", &head.date), ("Dnr", &head.dnr)] {
        if !value.is_empty() {
            any = true;
            paragraph(out, &facts, |p| {
                run(p, &format!("{label}\t{value}"), RunProps::sized(18))
            });
        }
    }
    if !any {
        paragraph(out, &facts, |_| {});
    }
    out.push_str("</w:tc></w:tr></w:tbl>");
    paragraph(out, &header, |_| {});
}

/// The emblem's line: as tall as the logo or the 14 pt name needs.
fn emblem_props<'a>(header: &ParaProps<'a>) -> ParaProps<'a> {
    ParaProps {
        exact_line: None,
        ..header.clone()
    }
}

/// An inline picture, `width_mm` wide, with its alternative text.
fn image(out: &mut String, logo: &Logo, width_mm: f64, alt: &str) {
    const EMU_PER_MM: f64 = 36_000.0;
    let cx = (width_mm * EMU_PER_MM).round() as u64;
    let cy = (width_mm / logo.aspect * EMU_PER_MM).round() as u64;
    let alt = esc(alt);
    let _ = write!(
        out,
        concat!(
            r#"<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">"#,
            r#"<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="1" name="Logotyp" descr="{alt}"/>"#,
            r#"<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>"#,
            r#"<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">"#,
            r#"<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="logo" descr="{alt}"/><pic:cNvPicPr/></pic:nvPicPr>"#,
            r#"<pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"#,
            r#"<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>"#,
            r#"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"#,
            r#"</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"#
        ),
        cx = cx,
        cy = cy,
        alt = alt,
    );
}

/// "Dnr …" on the left, "Sida N av M" on the right, all in the footer size.
fn footer(document: &Document, ids: &StyleIds) -> String {
    let mut out = String::new();
    let props = ParaProps {
        style: Some(ids.get(StyleKind::Footer)),
        tabs: vec![("right", page::TEXT_WIDTH)],
        ..ParaProps::default()
    };
    let size = RunProps::sized(16);
    paragraph(&mut out, &props, |p| {
        if !document.letterhead.dnr.is_empty() {
            run(p, &format!("Dnr {}", document.letterhead.dnr), size);
        }
        run(p, "\tSida ", size);
        xml::field(p, "PAGE", "1", size);
        run(p, " av ", size);
        xml::field(p, "NUMPAGES", "1", size);
    });
    out
}

/// Writes the body and counts the lists it numbers.
struct BodyWriter<'a> {
    ids: &'a StyleIds,
    out: String,
    lists: Vec<ListKind>,
}

/// Twips for the vertical gaps the layout leaves (the layout's value less
/// the 5.5 pt every Word paragraph has after it).
mod gap {
    /// 1.2 cm between the letterhead and the board.
    pub const BOARD: u32 = 570;
    /// 1.4 em above a labelled list.
    pub const LABELLED: u32 = 170;
    /// 2.5 em above the signature.
    pub const SIGNATURE: u32 = 414;
    /// 2.2 em between the administration and the first signatory.
    pub const SIGNATORY: u32 = 590;
    /// 1.6 em between signatories.
    pub const NEXT_SIGNATORY: u32 = 242;
    /// 2 em above "Beslutet skickas till".
    pub const DISTRIBUTION: u32 = 304;
    /// 1.1 em below a table (Word adds nothing after one).
    pub const AFTER_TABLE: u32 = 190;
}

impl<'a> BodyWriter<'a> {
    fn style(&self, kind: StyleKind) -> Option<&'a str> {
        Some(self.ids.get(kind))
    }

    fn opening(&mut self, document: &Document) {
        let board = ParaProps {
            before: Some(gap::BOARD),
            align: Some("right"),
            keep_next: true,
            ..ParaProps::default()
        };
        paragraph(&mut self.out, &board, |p| {
            run(p, &document.letterhead.board, RunProps::bold())
        });
        let title = ParaProps {
            style: self.style(StyleKind::Title),
            ..ParaProps::default()
        };
        paragraph(&mut self.out, &title, |p| {
            run(p, &document.title, RunProps::PLAIN)
        });
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, text } => {
                let kind = match level {
                    0 | 1 => StyleKind::Heading1,
                    2 => StyleKind::Heading2,
                    _ => StyleKind::Heading3,
                };
                let props = ParaProps {
                    style: self.style(kind),
                    ..ParaProps::default()
                };
                paragraph(&mut self.out, &props, |p| run(p, text, RunProps::PLAIN));
            }
            Block::Paragraph(text) => {
                paragraph(&mut self.out, &ParaProps::default(), |p| spans(p, text));
            }
            Block::NumberedList(items) => self.list(items, ListKind::Numbered),
            Block::BulletList(items) => self.list(items, ListKind::Bullet),
            Block::Labelled { label, items } => {
                let props = ParaProps {
                    before: Some(gap::LABELLED),
                    ..ParaProps::default()
                };
                paragraph(&mut self.out, &props, |p| {
                    run(p, label, RunProps::bold());
                    for item in items {
                        line_break(p);
                        run(p, item, RunProps::PLAIN);
                    }
                });
            }
            Block::Table(table) => self.table(table),
        }
    }

    /// Each list gets its own numbering instance so numbering restarts at 1.
    fn list(&mut self, items: &[Text], kind: ListKind) {
        self.lists.push(kind);
        let id = self.lists.len();
        let style = match kind {
            ListKind::Numbered => StyleKind::ListNumber,
            ListKind::Bullet => StyleKind::ListBullet,
        };
        let props = ParaProps {
            style: self.style(style),
            numbering: Some((id, 0)),
            ..ParaProps::default()
        };
        for item in items {
            paragraph(&mut self.out, &props, |p| spans(p, item));
        }
    }

    /// A Word table in the Table Grid style; the header row repeats on
    /// every page the table runs over.
    fn table(&mut self, table: &Table) {
        let total: u32 = table.widths.iter().sum::<u32>().max(1);
        let widths: Vec<u32> = table
            .widths
            .iter()
            .map(|w| page::TEXT_WIDTH * w / total)
            .collect();
        let _ = write!(
            self.out,
            concat!(
                r#"<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{total}" w:type="dxa"/>"#,
                r#"<w:tblLayout w:type="fixed"/>"#,
                r#"<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>"#,
                r#"</w:tblPr><w:tblGrid>"#
            ),
            style = esc(self.ids.get(StyleKind::Table)),
            total = page::TEXT_WIDTH,
        );
        for width in &widths {
            let _ = write!(self.out, r#"<w:gridCol w:w="{width}"/>"#);
        }
        self.out.push_str("</w:tblGrid>");
        let rows =
            std::iter::once((true, &table.header)).chain(table.rows.iter().map(|r| (false, r)));
        for (is_header, row) in rows {
            self.out.push_str("<w:tr>");
            self.out.push_str(if is_header {
                "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
            } else {
                "<w:trPr><w:cantSplit/></w:trPr>"
            });
            for ((cell, align), width) in row.iter().zip(&table.columns).zip(&widths) {
                let _ = write!(
                    self.out,
                    r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>"#
                );
                let props = ParaProps {
                    keep_next: is_header,
                    align: match align {
                        Align::Left => None,
                        Align::Center => Some("center"),
                        Align::Right => Some("right"),
                    },
                    ..ParaProps::default()
                };
                paragraph(&mut self.out, &props, |p| {
                    if is_header {
                        for span in &cell.0 {
                            run(
                                p,
                                &span.text,
                                RunProps {
                                    bold: true,
                                    italic: span.emph,
                                    size: None,
                                },
                            );
                        }
                    } else {
                        spans(p, cell);
                    }
                });
                self.out.push_str("</w:tc>");
            }
            self.out.push_str("</w:tr>");
        }
        self.out.push_str("</w:tbl>");
        let spacer = ParaProps {
            after: Some(0),
            exact_line: Some(gap::AFTER_TABLE),
            ..ParaProps::default()
        };
        paragraph(&mut self.out, &spacer, |_| {});
    }

    fn signature(&mut self, document: &Document) {
        let signature = &document.signature;
        let people = &signature.signatories;
        if let Some(administration) = &signature.administration {
            let props = ParaProps {
                before: Some(gap::SIGNATURE),
                keep_next: !people.is_empty(),
                keep_lines: true,
                ..ParaProps::default()
            };
            paragraph(&mut self.out, &props, |p| {
                run(p, administration, RunProps::PLAIN)
            });
        }
        for (i, person) in people.iter().enumerate() {
            let before = match (i, &signature.administration) {
                (0, Some(_)) => gap::SIGNATORY,
                (0, None) => gap::SIGNATURE,
                _ => gap::NEXT_SIGNATORY,
            };
            let props = ParaProps {
                before: Some(before),
                keep_next: i + 1 < people.len(),
                keep_lines: true,
                ..ParaProps::default()
            };
            paragraph(&mut self.out, &props, |p| {
                run(p, &person.name, RunProps::PLAIN);
                if let Some(role) = &person.role {
                    line_break(p);
                    run(p, role, RunProps::PLAIN);
                }
            });
        }
    }

    fn distribution(&mut self, document: &Document) {
        if document.send_to.is_empty() {
            return;
        }
        let props = ParaProps {
            before: Some(gap::DISTRIBUTION),
            keep_lines: true,
            ..ParaProps::default()
        };
        paragraph(&mut self.out, &props, |p| {
            run(p, "Beslutet skickas till:", RunProps::bold());
            for name in &document.send_to {
                line_break(p);
                run(p, name, RunProps::PLAIN);
            }
        });
    }
}

/// The runs of a text, bold and italic where it says so.
fn spans(out: &mut String, text: &Text) {
    for span in &text.0 {
        let props = RunProps {
            bold: span.strong,
            italic: span.emph,
            size: None,
        };
        run(out, &span.text, props);
    }
}

/// Title, subject and keywords; created and modified are the paper's date,
/// so rebuilds are byte-identical.
fn core_properties(document: &Document) -> String {
    let meta = &document.meta;
    let clean = |s: &str| -> String { s.chars().filter(|&c| xml::xml_char(c)).collect() };
    let esc = |s: &str| esc(&clean(s)).into_owned();
    let stamp = format!("{}T00:00:00Z", meta.date.iso);
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
            r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><dc:creator>{creator}</dc:creator>",
            "<cp:keywords>{keywords}</cp:keywords><dc:language>{language}</dc:language>",
            "<cp:lastModifiedBy>{creator}</cp:lastModifiedBy><cp:revision>1</cp:revision>",
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>"#,
            r#"<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>"#,
            "</cp:coreProperties>"
        ),
        title = esc(&meta.title),
        subject = esc(&meta.subject),
        creator = esc(&meta.author),
        keywords = esc(&meta.keywords.join(", ")),
        language = esc(&meta.language),
        stamp = stamp,
    )
}
