//! The handlingar: PDFs joined page by page into one file with an outline.
//!
//! Joined with lopdf (already read by the PDF reader) rather than through
//! Typst: Typst 0.15 cannot place PDF pages in a tagged export, and copying
//! pages keeps another tool's text, fonts and links exactly as they were.

use std::collections::HashSet;

use lopdf::{Bookmark, Dictionary, Document, Object, ObjectId};

use super::objects;
use crate::reader::load_pdf;

/// One PDF of the packet and where it sits in the outline.
pub struct Part<'a> {
    /// The PDF; empty for an outline entry that opens the next part.
    pub bytes: &'a [u8],
    /// The outline entry for the part's first page.
    pub title: String,
    /// Index of the part whose entry this one is nested under, if any.
    pub parent: Option<usize>,
    /// The page label's prefix for the part's pages ("Ärende 7, s. "): a
    /// viewer shows "Ärende 7, s. 12" for packet page 12, so the page
    /// numbers in the agenda stay the ones to type.
    pub label: String,
}

/// The PDF could not be read or joined.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct PacketError(pub String);

/// Pages in a PDF.
pub fn page_count(bytes: &[u8]) -> Result<usize, PacketError> {
    let document = load_pdf(bytes).map_err(PacketError)?;
    Ok(document.get_pages().len())
}

/// Pages in a PDF, and the title its document information gives (not a
/// word processor's placeholder such as "Microsoft Word - dok1.docx").
pub fn page_count_and_title(bytes: &[u8]) -> Result<(usize, Option<String>), PacketError> {
    let document = load_pdf(bytes).map_err(PacketError)?;
    let title = document
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|info| match info {
            Object::Reference(id) => document.get_dictionary(*id).ok(),
            Object::Dictionary(d) => Some(d),
            _ => None,
        })
        .and_then(|info| info.get(b"Title").ok())
        .and_then(|title| lopdf::decode_text_string(title).ok())
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| is_real_title(t));
    Ok((document.get_pages().len(), title))
}

/// Not empty, not a file name, not a program's placeholder.
fn is_real_title(title: &str) -> bool {
    let lower = title.to_lowercase();
    !title.is_empty()
        && title.chars().count() <= 200
        && !lower.starts_with("microsoft word")
        && !lower.starts_with("untitled")
        && !lower.starts_with("namnlös")
        && ![".pdf", ".doc", ".docx", ".odt", ".rtf"]
            .iter()
            .any(|e| lower.ends_with(e))
}

/// Joins `parts` in order; the outline has one entry per part. The result
/// depends only on the parts: the same parts give the same bytes.
pub fn join(parts: &[Part<'_>], title: &str) -> Result<Vec<u8>, PacketError> {
    let mut out = Document::with_version("1.7");
    let pages_id = out.new_object_id();
    let mut kids: Vec<Object> = Vec::new();
    let mut first_pages: Vec<Option<ObjectId>> = Vec::new();
    let mut labels: Vec<Object> = Vec::new();
    for (index, part) in parts.iter().enumerate() {
        if crate::base::interrupt::requested() {
            return Err(PacketError("avbrutet".into()));
        }
        if part.bytes.is_empty() {
            first_pages.push(None);
            continue;
        }
        let mut document = load_pdf(part.bytes).map_err(|e| {
            PacketError(format!(
                "del {} ({}) kunde inte läsas: {e}",
                index + 1,
                part.title
            ))
        })?;
        objects::renumber(&mut document, out.max_id + 1);
        let pages: Vec<ObjectId> = document.get_pages().into_values().collect();
        labels.push(Object::Integer(kids.len() as i64));
        labels.push(Object::Dictionary(Dictionary::from_iter([
            ("S", Object::Name(b"D".to_vec())),
            ("P", lopdf::text_string(&part.label)),
            ("St", Object::Integer(kids.len() as i64 + 1)),
        ])));
        let Some(&first) = pages.first() else {
            return Err(PacketError(format!(
                "del {} ({}) har inga sidor",
                index + 1,
                part.title
            )));
        };
        for &page in &pages {
            let inherited = inherited_attributes(&document, page);
            let dict = document
                .get_object_mut(page)
                .and_then(Object::as_dict_mut)
                .map_err(|_| PacketError(format!("en sida i del {} är trasig", index + 1)))?;
            for (key, value) in inherited {
                if !dict.has(&key) {
                    dict.set(key, value);
                }
            }
            dict.set("Parent", pages_id);
            // A page's place in the original's structure tree is gone.
            dict.remove(b"StructParents");
            kids.push(page.into());
        }
        first_pages.push(Some(first));
        let catalog_and_tree = structural_objects(&document);
        out.max_id = document.max_id;
        for (id, object) in document.objects {
            if !catalog_and_tree.contains(&id) {
                out.objects.insert(id, object);
            }
        }
    }
    let count = kids.len() as i64;
    out.objects.insert(
        pages_id,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"Pages".to_vec())),
            ("Kids", Object::Array(kids)),
            ("Count", Object::Integer(count)),
        ])),
    );
    // An entry without pages of its own opens the next part's first page.
    let mut next = None;
    for first in first_pages.iter_mut().rev() {
        match first {
            Some(page) => next = Some(*page),
            None => *first = next,
        }
    }
    let mut bookmark_ids: Vec<u32> = Vec::new();
    for (part, first) in parts.iter().zip(&first_pages) {
        let Some(first) = *first else {
            return Err(PacketError(format!("{} har inga sidor", part.title)));
        };
        let parent = part.parent.and_then(|p| bookmark_ids.get(p).copied());
        let id = out.add_bookmark(
            Bookmark::new(part.title.clone(), [0.0, 0.0, 0.0], 0, first),
            parent,
        );
        bookmark_ids.push(id);
    }
    let outline = out.build_outline();
    let info_id = out.add_object(Dictionary::from_iter([
        ("Title", lopdf::text_string(title)),
        (
            "Producer",
            Object::string_literal(format!("beslut {}", env!("CARGO_PKG_VERSION"))),
        ),
    ]));
    let mut catalog = Dictionary::from_iter([
        ("Type", Object::Name(b"Catalog".to_vec())),
        ("Pages", Object::Reference(pages_id)),
        ("PageMode", Object::Name(b"UseOutlines".to_vec())),
        ("Lang", Object::string_literal("sv-SE")),
        (
            "PageLabels",
            Object::Dictionary(Dictionary::from_iter([("Nums", Object::Array(labels))])),
        ),
    ]);
    if let Some(outline) = outline {
        catalog.set("Outlines", outline);
    }
    let catalog_id = out.add_object(catalog);
    out.trailer.set("Root", catalog_id);
    out.trailer.set("Info", info_id);
    objects::prune(&mut out);
    objects::renumber(&mut out, 1);
    let mut bytes = Vec::new();
    out.save_to(&mut bytes)
        .map_err(|_| PacketError("handlingarna kunde inte sättas ihop till en PDF".into()))?;
    Ok(bytes)
}

/// Resources, MediaBox, CropBox and Rotate that `page` inherits from its
/// page tree: the tree is not copied, so the page must carry them itself.
fn inherited_attributes(document: &Document, page: ObjectId) -> Vec<(Vec<u8>, Object)> {
    const KEYS: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];
    let mut found: Vec<(Vec<u8>, Object)> = Vec::new();
    let mut node = document
        .get_dictionary(page)
        .ok()
        .and_then(|d| d.get(b"Parent").ok()?.as_reference().ok());
    let mut depth = 0;
    while let Some(id) = node {
        let Ok(dict) = document.get_dictionary(id) else {
            break;
        };
        for key in KEYS {
            if !found.iter().any(|(k, _)| k == key)
                && let Ok(value) = dict.get(key)
            {
                found.push((key.to_vec(), value.clone()));
            }
        }
        node = dict.get(b"Parent").ok().and_then(|p| p.as_reference().ok());
        depth += 1;
        if depth > 64 {
            break;
        }
    }
    found
}

/// The catalog, the page tree's inner nodes and the structure tree: left
/// behind when the pages are copied.
pub(super) fn structural_objects(document: &Document) -> HashSet<ObjectId> {
    let mut ids = HashSet::new();
    if let Ok(root) = document.trailer.get(b"Root").and_then(Object::as_reference) {
        ids.insert(root);
        if let Ok(catalog) = document.get_dictionary(root) {
            for key in [&b"StructTreeRoot"[..], b"Outlines", b"Pages"] {
                if let Ok(id) = catalog.get(key).and_then(Object::as_reference) {
                    ids.insert(id);
                }
            }
        }
    }
    for (id, object) in &document.objects {
        if let Ok(dict) = object.as_dict()
            && dict
                .get(b"Type")
                .and_then(Object::as_name)
                .is_ok_and(|n| n == b"Pages")
        {
            ids.insert(*id);
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pdfs_own_title_is_taken_unless_it_is_a_placeholder() {
        let utf16 = |t: &str| {
            let mut bytes = vec![0xFE, 0xFF];
            bytes.extend(t.encode_utf16().flat_map(u16::to_be_bytes));
            Object::String(bytes, lopdf::StringFormat::Hexadecimal)
        };
        let decoded = |o: &Object| lopdf::decode_text_string(o).ok();
        assert_eq!(
            decoded(&utf16("Uppföljning 2025")).as_deref(),
            Some("Uppföljning 2025")
        );
        assert_eq!(
            decoded(&Object::string_literal(b"Budget \xe5r 2026".to_vec())).as_deref(),
            Some("Budget år 2026")
        );
        assert!(is_real_title(
            "Uppföljningsrapport Solrosgruppen AB, hösten 2025"
        ));
        for junk in [
            "",
            "Microsoft Word - rapport.docx",
            "Untitled",
            "rapport.pdf",
        ] {
            assert!(!is_real_title(junk), "{junk}");
        }
    }
}
