//! A municipality's own Word file (`[style] word_template`) as the source of
//! the DOCX's look, the way pandoc's `--reference-doc` works: its
//! `styles.xml` (and the theme it refers to) replaces beslut's, styles are
//! found by their built-in names whatever their ids ("Rubrik1" in a Swedish
//! Word), styles it lacks are added from beslut's, and its first-page
//! header and footer, when it has them, are used on page 1.

use std::collections::HashMap;
use std::path::Path;

use quick_xml::events::Event;

use super::styles::{StyleIds, StyleKind, style_xml};
use crate::base::ooxml::{Archive, attribute};
use crate::render::logo::AssetError;

/// Largest Word template read.
pub const MAX_WORD_TEMPLATE_BYTES: u64 = 20 << 20;

/// What a DOCX takes from the template.
#[derive(Debug, Clone)]
pub struct WordTemplate {
    /// The template's styles with the missing ones added.
    pub styles: String,
    /// Ids of the styles the body uses.
    pub ids: StyleIds,
    pub theme: Option<Vec<u8>>,
    pub first_header: Option<HeaderPart>,
    pub first_footer: Option<HeaderPart>,
    /// SHA-256 of the file as read, for the manifest.
    pub sha256: String,
    /// How it sets its text, for the PDF to follow.
    pub look: crate::base::look::TemplateLook,
    /// The tab stops its footer style sets, which beslut's footer clears.
    pub footer_tabs: Vec<u32>,
}

/// A header or footer part with the relationships and media it needs.
#[derive(Debug, Clone)]
pub struct HeaderPart {
    pub xml: String,
    /// The part's `.rels`, media targets renamed to `media/mall-N.ext`.
    pub rels: Option<String>,
    /// (name under `word/media/`, bytes).
    pub media: Vec<(String, Vec<u8>)>,
    /// Links out of the file the template's part had, dropped.
    pub dropped_links: usize,
}

impl WordTemplate {
    /// Links out of the file (web addresses, network paths) the template's
    /// header and footer had: dropped, never copied into a DOCX.
    pub fn dropped_links(&self) -> usize {
        [&self.first_header, &self.first_footer]
            .into_iter()
            .flatten()
            .map(|p| p.dropped_links)
            .sum()
    }

    pub fn load(path: &Path) -> Result<WordTemplate, AssetError> {
        let error = |message: String| AssetError {
            path: path.to_owned(),
            message: format!("Word-mallen kan inte användas: {message}"),
        };
        let bytes =
            crate::base::read::read_bounded(path, MAX_WORD_TEMPLATE_BYTES).map_err(error)?;
        WordTemplate::from_bytes(&bytes).map_err(error)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<WordTemplate, String> {
        let mut archive = Archive::open(bytes, ".docx eller .dotx")?;
        if !archive.has("word/styles.xml") {
            return Err("filen saknar word/styles.xml".into());
        }
        let (styles, ids) = merged_styles(&archive.part("word/styles.xml")?)?;
        let theme = if archive.has("word/theme/theme1.xml") {
            Some(archive.part_bytes("word/theme/theme1.xml")?)
        } else {
            None
        };
        let mut page = None;
        let (first_header, first_footer) = if archive.has("word/document.xml") {
            let document = archive.part("word/document.xml")?;
            page = super::look::page_geometry(&document);
            let rels = if archive.has("word/_rels/document.xml.rels") {
                relationships(&archive.part("word/_rels/document.xml.rels")?)?
            } else {
                HashMap::new()
            };
            let mut media_count = 0;
            let mut part = |kind: &str| -> Result<Option<HeaderPart>, String> {
                match first_page_reference(&document, kind)?.and_then(|id| rels.get(&id)) {
                    Some(target) => header_part(&mut archive, target, &mut media_count).map(Some),
                    None => Ok(None),
                }
            };
            (part("headerReference")?, part("footerReference")?)
        } else {
            (None, None)
        };
        let look = crate::base::look::TemplateLook {
            page,
            ..super::look::look_of(&styles, theme.as_deref())
        };
        let footer_tabs = super::look::footer_tabs(&styles);
        Ok(WordTemplate {
            look,
            footer_tabs,
            sha256: crate::base::hash::sha256_hex(bytes),
            styles,
            ids,
            theme,
            first_header,
            first_footer,
        })
    }
}

/// The template's styles.xml with beslut's definitions added for the kinds
/// it lacks, and the id of every kind.
fn merged_styles(xml: &str) -> Result<(String, StyleIds), String> {
    let declared = declared_styles(xml)?;
    let mut ids = StyleIds::default();
    let mut missing = Vec::new();
    for kind in StyleKind::ALL {
        let found = declared
            .iter()
            .find(|(_, name)| name.eq_ignore_ascii_case(kind.name()));
        match found {
            Some((id, _)) => ids.set(kind, id.clone()),
            None => {
                let mut id = kind.default_id().to_owned();
                while declared.iter().any(|(taken, _)| *taken == id) {
                    id.insert_str(0, "Beslut");
                }
                ids.set(kind, id);
                missing.push(kind);
            }
        }
    }
    let end = xml
        .rfind("</w:styles>")
        .ok_or("word/styles.xml saknar </w:styles>")?;
    let mut merged = String::with_capacity(xml.len() + missing.len() * 400);
    merged.push_str(&xml[..end]);
    for kind in missing {
        merged.push_str(&style_xml(kind, ids.get(kind), &ids));
    }
    merged.push_str(&xml[end..]);
    Ok((merged, ids))
}

/// (styleId, name) of every style.
fn declared_styles(xml: &str) -> Result<Vec<(String, String)>, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    loop {
        match reader.read_event().map_err(crate::base::ooxml::broken)? {
            Event::Start(e) if e.local_name().as_ref() == b"style" => {
                current = attribute(&e, b"styleId");
            }
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"name" => {
                if let (Some(id), Some(name)) = (current.take(), attribute(&e, b"val")) {
                    out.push((id, name));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Relationship id → target of a `.rels` part.
fn relationships(xml: &str) -> Result<HashMap<String, String>, String> {
    Ok(relationship_list(xml)?
        .into_iter()
        .map(|r| (r.id, r.target))
        .collect())
}

/// One entry of a `.rels` part.
struct Relationship {
    id: String,
    target: String,
    external: bool,
}

fn relationship_list(xml: &str) -> Result<Vec<Relationship>, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event().map_err(crate::base::ooxml::broken)? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"Relationship" => {
                if let (Some(id), Some(target)) = (attribute(&e, b"Id"), attribute(&e, b"Target")) {
                    let external = attribute(&e, b"TargetMode")
                        .is_some_and(|m| m.eq_ignore_ascii_case("External"));
                    out.push(Relationship {
                        id,
                        target,
                        external,
                    });
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The relationship id of the first-page header or footer in the document's
/// last section.
fn first_page_reference(document: &str, element: &str) -> Result<Option<String>, String> {
    let mut reader = quick_xml::Reader::from_str(document);
    let mut found = None;
    loop {
        match reader.read_event().map_err(crate::base::ooxml::broken)? {
            Event::Start(e) | Event::Empty(e)
                if e.local_name().as_ref() == element.as_bytes()
                    && attribute(&e, b"type").as_deref() == Some("first") =>
            {
                found = attribute(&e, b"id");
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(found)
}

/// Reads `word/<target>`, its relationships and the images they name.
/// Only images inside the template come along, renamed `mall-N.<ext>` with
/// an extension Word knows; links out of the file (a web address, a
/// network path, `javascript:`, a tracking pixel) are dropped with the
/// attributes that refer to them, so no DOCX built from the template
/// carries them.
fn header_part(
    archive: &mut Archive,
    target: &str,
    media_count: &mut usize,
) -> Result<HeaderPart, String> {
    let name = format!("word/{}", target.trim_start_matches('/'));
    let mut xml = archive.part(&name)?;
    let file = target.rsplit('/').next().unwrap_or(target);
    let rels_name = format!("word/_rels/{file}.rels");
    let mut media = Vec::new();
    let mut dropped = 0;
    let rels = if archive.has(&rels_name) {
        let mut kept = Vec::new();
        let list = relationship_list(&archive.part(&rels_name)?)?;
        if list.len() > MAX_RELATIONSHIPS {
            return Err(format!(
                "sidhuvudet eller sidfoten har {} relationer; högst {MAX_RELATIONSHIPS}",
                list.len()
            ));
        }
        for relationship in list {
            if relationship.external {
                xml = without_references_to(&xml, &relationship.id);
                dropped += 1;
                continue;
            }
            let target = &relationship.target;
            let extension = target
                .strip_prefix("media/")
                .filter(|image| !image.contains(['/', '\\']))
                .and_then(|image| image.rsplit_once('.'))
                .map(|(_, extension)| extension.to_ascii_lowercase())
                .filter(|extension| IMAGE_EXTENSIONS.contains(&extension.as_str()));
            let Some(extension) = extension else {
                return Err(format!(
                    "sidhuvudet eller sidfoten hänvisar till {target}; bara bilder i mallen (PNG, JPEG, GIF, BMP, TIFF, EMF, WMF, SVG) kan följa med"
                ));
            };
            *media_count += 1;
            let renamed = format!("mall-{media_count}.{extension}");
            media.push((
                renamed.clone(),
                archive.part_bytes(&format!("word/{target}"))?,
            ));
            kept.push((relationship.id, format!("media/{renamed}")));
        }
        let entries: Vec<(&str, &str, &str)> = kept
            .iter()
            .map(|(id, target)| (id.as_str(), "image", target.as_str()))
            .collect();
        Some(super::package::relationships(&entries))
    } else {
        None
    };
    Ok(HeaderPart {
        xml,
        rels,
        media,
        dropped_links: dropped,
    })
}

/// Most relationships a template's header or footer may have.
const MAX_RELATIONSHIPS: usize = 1000;

/// Image formats a header may carry into a DOCX.
const IMAGE_EXTENSIONS: [&str; 10] = [
    "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "emf", "wmf", "svg",
];

/// The part without the attributes that name relationship `id`
/// (`r:id`, `r:link`, `r:embed` …): a hyperlink keeps its text, a linked
/// picture its frame.
fn without_references_to(xml: &str, id: &str) -> String {
    let pattern = format!(
        r#"\s[A-Za-z_][\w.-]*:(?:id|link|embed|pict|href|dm|lo|qs|cs)="{}""#,
        regex::escape(id)
    );
    match regex::Regex::new(&pattern) {
        Ok(re) => re.replace_all(xml, "").into_owned(),
        Err(_) => xml.to_owned(),
    }
}
