//! The OOXML package around the document: parts, relationships, content
//! types, properties, and the zip.

use super::*;

pub(super) const REL_BASE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/// The parts of a package, written in the order added.
#[derive(Default)]
pub(super) struct Package {
    pub(super) parts: Vec<(String, Vec<u8>)>,
}

impl Package {
    pub(super) fn add(&mut self, name: &str, bytes: Vec<u8>) {
        self.parts.push((name.to_owned(), bytes));
    }

    /// A template's header or footer with its relationships and images.
    pub(super) fn add_header_part(&mut self, name: &str, part: &template::HeaderPart) {
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

    pub(super) fn has(&self, name: &str) -> bool {
        self.parts.iter().any(|(n, _)| n == name)
    }

    /// Adds content types and relationships, and zips everything.
    pub(super) fn finish(mut self) -> Result<Vec<u8>, DocxError> {
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

    pub(super) fn content_types(&self) -> String {
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

pub(super) fn media_type(extension: &str) -> &'static str {
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

pub(super) const PACKAGE_RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
    r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#,
    r#"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#,
    r#"</Relationships>"#
);

pub(super) const APP_XML: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#,
    r#"<Application>beslut</Application></Properties>"#
);

/// A `.rels` part; each entry is (id, relationship kind such as "styles",
/// target).
pub(super) fn relationships(rels: &[(&str, &str, &str)]) -> String {
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
pub(super) fn zip_parts(parts: &[(String, Vec<u8>)]) -> Result<Vec<u8>, DocxError> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        zip_cache::write_entry(&mut zip, name, bytes)?;
    }
    let zip = zip.finish().map_err(|e| DocxError(e.to_string()))?;
    Ok(zip.into_inner())
}

/// A root element around `content`, with the namespaces every part uses.
pub(super) fn wrap(root: &str, content: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{root} {NAMESPACES}>{content}</{root}>"#
    )
}

pub(super) fn document_xml(body: &str, page: &PageGeometry) -> String {
    let section = format!(
        concat!(
            r#"<w:sectPr><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>"#,
            r#"<w:footerReference w:type="default" r:id="rIdFooter"/>"#,
            r#"<w:footerReference w:type="first" r:id="rIdFooterFirst"/>"#,
            r#"<w:pgSz w:w="{width}" w:h="{height}"/>"#,
            r#"<w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" w:left="{left}" w:header="{header}" w:footer="{footer}" w:gutter="0"/>"#,
            r#"<w:titlePg/></w:sectPr>"#
        ),
        width = page.width,
        height = page.height,
        top = page.top,
        right = page.right,
        bottom = page.bottom,
        left = page.left,
        header = page.header,
        footer = page.footer,
    );
    wrap("w:document", &format!("<w:body>{body}{section}</w:body>"))
}

/// Title, subject and keywords; created and modified are the paper's date,
/// so rebuilds are byte-identical.
pub(super) fn core_properties(document: &Document) -> String {
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
