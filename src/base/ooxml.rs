//! Zipped XML documents (.docx, .odt): parts read under one budget for the
//! whole archive, so that neither one huge part nor a hundred large ones
//! can unpack beyond [`MAX_UNPACKED_BYTES`].

use std::io::Read;

use quick_xml::events::{BytesStart, Event};

/// Largest total of uncompressed XML read from one .docx or .odt: a guard
/// against zip bombs.
pub const MAX_UNPACKED_BYTES: u64 = 32 * 1024 * 1024;

/// An opened archive and what is left of its unpack budget.
pub struct Archive<'a> {
    zip: zip::ZipArchive<std::io::Cursor<&'a [u8]>>,
    budget: u64,
}

impl<'a> Archive<'a> {
    /// Opens `bytes` as a zip archive; `kind` names the format in errors.
    pub fn open(bytes: &'a [u8], kind: &str) -> Result<Self, String> {
        let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
            .map_err(|_| format!("filen är ingen giltig {kind} (zip-arkivet är trasigt)"))?;
        Ok(Self {
            zip,
            budget: MAX_UNPACKED_BYTES,
        })
    }

    pub fn has(&self, name: &str) -> bool {
        self.zip.index_for_name(name).is_some()
    }

    /// Names of the parts, sorted.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.zip.file_names().map(str::to_owned).collect();
        names.sort();
        names
    }

    /// One part as bytes (an image), charged to the budget.
    pub fn part_bytes(&mut self, name: &str) -> Result<Vec<u8>, String> {
        let mut part = self
            .zip
            .by_name(name)
            .map_err(|_| format!("kan inte läsa {name}: delen är trasig"))?;
        if part.size() > self.budget {
            return Err(too_large());
        }
        let mut bytes = Vec::new();
        part.by_ref()
            .take(self.budget + 1)
            .read_to_end(&mut bytes)
            .map_err(|_| format!("kan inte packa upp {name}: delen är trasig"))?;
        if bytes.len() as u64 > self.budget {
            return Err(too_large());
        }
        self.budget -= bytes.len() as u64;
        Ok(bytes)
    }

    /// One part as text, charged to the budget.
    pub fn part(&mut self, name: &str) -> Result<String, String> {
        String::from_utf8(self.part_bytes(name)?).map_err(|_| format!("{name} är inte UTF-8-text"))
    }
}

/// An element's local name ("p" for `w:p`).
pub fn local_name(e: &BytesStart<'_>) -> Vec<u8> {
    e.local_name().as_ref().to_vec()
}

/// Whether a Word part's reader skips `event`: an `mc:Fallback` repeats a
/// text box's content for old readers, so it and everything in it are
/// skipped. `depth` counts the Fallback elements open; end of file is
/// never skipped.
pub fn in_fallback(event: &Event<'_>, depth: &mut usize) -> bool {
    match event {
        Event::Start(e) if e.local_name().as_ref() == b"Fallback" => {
            *depth += 1;
            true
        }
        Event::End(e) if e.local_name().as_ref() == b"Fallback" => {
            *depth = depth.saturating_sub(1);
            true
        }
        Event::Eof => false,
        _ => *depth > 0,
    }
}

/// Options of a zip entry beslut writes: deflated, with a fixed timestamp,
/// so equal input gives equal bytes.
pub fn fixed_entry_options() -> zip::write::SimpleFileOptions {
    zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
}

/// `bytes` (a zip archive) with the parts in `changed` put in or replaced;
/// every other part is copied as it was, compressed bytes and all, so an
/// annotated copy keeps everything the annotation did not touch. New and
/// changed parts get a fixed timestamp: the same input gives the same bytes.
pub fn rewrite(bytes: &[u8], changed: &[(&str, Vec<u8>)]) -> Result<Vec<u8>, String> {
    use std::io::Write;
    let error = |e: zip::result::ZipError| format!("kan inte skriva om zip-arkivet: {e}");
    let mut source = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(error)?;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = fixed_entry_options();
    for i in 0..source.len() {
        let part = source.by_index_raw(i).map_err(error)?;
        let name = part.name().to_owned();
        match changed.iter().find(|(n, _)| *n == name) {
            Some((_, new)) => {
                drop(part);
                zip.start_file(name.as_str(), options).map_err(error)?;
                zip.write_all(new).map_err(|e| e.to_string())?;
            }
            None => zip.raw_copy_file(part).map_err(error)?,
        }
    }
    for (name, new) in changed {
        if source.index_for_name(name).is_none() {
            zip.start_file(*name, options).map_err(error)?;
            zip.write_all(new).map_err(|e| e.to_string())?;
        }
    }
    Ok(zip.finish().map_err(error)?.into_inner())
}

fn too_large() -> String {
    format!("dokumentet packas upp till mer än {MAX_UNPACKED_BYTES} byte, gränsen för en skrivelse")
}

/// The value of an attribute by its local name (`w:val` → `val`).
pub fn attribute(element: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    element
        .attributes()
        .filter_map(Result::ok)
        .find(|a| a.key.local_name().as_ref() == local)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// The text of a predefined or numeric entity reference (`amp`, `#229`).
/// DTD-declared entities are never expanded (no XXE, no entity bombs).
pub fn entity(name: &[u8]) -> Option<char> {
    match name {
        b"amp" => Some('&'),
        b"lt" => Some('<'),
        b"gt" => Some('>'),
        b"quot" => Some('"'),
        b"apos" => Some('\''),
        [b'#', b'x' | b'X', hex @ ..] => std::str::from_utf8(hex)
            .ok()
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32),
        [b'#', decimal @ ..] => std::str::from_utf8(decimal)
            .ok()
            .and_then(|d| d.parse().ok())
            .and_then(char::from_u32),
        _ => None,
    }
}

/// XML error text for users.
pub fn broken(error: impl std::fmt::Display) -> String {
    format!("trasig XML i dokumentet: {error}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_are_predefined_or_numeric_only() {
        assert_eq!(entity(b"amp"), Some('&'));
        assert_eq!(entity(b"#229"), Some('å'));
        assert_eq!(entity(b"#xE4"), Some('ä'));
        assert_eq!(entity(b"lol9"), None);
        assert_eq!(entity(b"#xFFFFFFFF"), None);
    }
}
