//! Zip entries of the parts that recur from paper to paper, compressed once
//! per thread.
//!
//! Most of a Word file's thirteen parts are the same in every paper of a
//! batch (styles, settings, font table, relationships, content types, the
//! logo). Their text is tiny; what compressing them costs is the deflate
//! encoder itself, which allocates and clears a few hundred kilobytes for
//! every entry. So each such part is compressed the first time a thread
//! meets it, kept as a one-entry archive, and later copied into a paper's
//! zip as it is — the same bytes the encoder would have written again.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{Cursor, Write as _};

use zip::ZipArchive;
use zip::write::ZipWriter;

use super::DocxError;
use crate::base::ooxml::fixed_entry_options;

/// Distinct recurring parts kept per thread. A batch has a handful (one
/// set per font, language and Word template); the bound only keeps a
/// stream of ever-changing parts from growing the cache.
const MAX_ENTRIES: usize = 64;

/// A recurring part's text and its entry, compressed.
struct Cached {
    text: Vec<u8>,
    archive: Vec<u8>,
}

thread_local! {
    /// Per part name, the texts met so far (a name usually has one).
    static ENTRIES: RefCell<HashMap<String, Vec<Cached>>> = RefCell::new(HashMap::new());
}

/// Whether a part's text is the paper's own (its body, letterhead, footer
/// with the Dnr, its properties) rather than one recurring in every paper.
fn is_per_paper(name: &str) -> bool {
    name == "word/document.xml"
        || name == "docProps/core.xml"
        || name.starts_with("word/header")
        || name.starts_with("word/footer")
}

/// Writes `bytes` as the entry `name`: a recurring part is copied from this
/// thread's cache, compressed first if it is not there yet.
pub(super) fn write_entry<W: std::io::Write + std::io::Seek>(
    zip: &mut ZipWriter<W>,
    name: &str,
    bytes: &[u8],
) -> Result<(), DocxError> {
    if is_per_paper(name) {
        return write_compressed(zip, name, bytes);
    }
    ENTRIES.with_borrow_mut(|entries| {
        let mut known = entries.get(name).into_iter().flatten();
        if let Some(cached) = known.find(|c| c.text == bytes) {
            return copy_entry(zip, &cached.archive);
        }
        if entries.values().map(Vec::len).sum::<usize>() >= MAX_ENTRIES {
            return write_compressed(zip, name, bytes);
        }
        let archive = one_entry_archive(name, bytes)?;
        copy_entry(zip, &archive)?;
        let text = bytes.to_vec();
        let cached = Cached { text, archive };
        entries.entry(name.to_owned()).or_default().push(cached);
        Ok(())
    })
}

fn write_compressed<W: std::io::Write + std::io::Seek>(
    zip: &mut ZipWriter<W>,
    name: &str,
    bytes: &[u8],
) -> Result<(), DocxError> {
    zip.start_file(name, fixed_entry_options())
        .map_err(zip_error)?;
    zip.write_all(bytes).map_err(|e| DocxError(e.to_string()))
}

fn one_entry_archive(name: &str, bytes: &[u8]) -> Result<Vec<u8>, DocxError> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    write_compressed(&mut zip, name, bytes)?;
    Ok(zip.finish().map_err(zip_error)?.into_inner())
}

/// Copies the one entry of `archive` into `zip` without inflating it.
fn copy_entry<W: std::io::Write + std::io::Seek>(
    zip: &mut ZipWriter<W>,
    archive: &[u8],
) -> Result<(), DocxError> {
    let mut archive = ZipArchive::new(Cursor::new(archive)).map_err(zip_error)?;
    let entry = archive.by_index_raw(0).map_err(zip_error)?;
    zip.raw_copy_file(entry).map_err(zip_error)
}

fn zip_error(e: zip::result::ZipError) -> DocxError {
    DocxError(e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zipped(parts: &[(&str, &[u8])], cached: bool) -> Vec<u8> {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        for (name, bytes) in parts {
            if cached {
                write_entry(&mut zip, name, bytes).unwrap();
            } else {
                write_compressed(&mut zip, name, bytes).unwrap();
            }
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn a_copied_entry_gives_the_bytes_a_fresh_one_does() {
        let styles = "<w:styles>".repeat(200);
        let parts: &[(&str, &[u8])] = &[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<w:document>Hej</w:document>"),
            ("word/styles.xml", styles.as_bytes()),
        ];
        let fresh = zipped(parts, false);
        assert_eq!(zipped(parts, true), fresh, "first time, compressed");
        assert_eq!(zipped(parts, true), fresh, "second time, copied");
    }

    #[test]
    fn a_part_that_changes_is_not_served_from_the_cache() {
        let first = zipped(&[("word/styles.xml", b"<a/>")], true);
        let second = zipped(&[("word/styles.xml", b"<b/>")], true);
        assert_ne!(first, second);
        let mut archive = ZipArchive::new(Cursor::new(second)).unwrap();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut archive.by_index(0).unwrap(), &mut text).unwrap();
        assert_eq!(text, "<b/>");
    }
}
