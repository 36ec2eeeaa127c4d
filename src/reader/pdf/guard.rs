//! A PDF from outside is read within a budget. The PDF libraries trust the
//! file: they inflate every stream without a limit, follow a page's
//! `/Parent` until it has none, and draw a form XObject that draws itself
//! until the stack runs out. So before they see a file, this module
//!
//! - inflates every stream the loader will inflate (object streams, fonts,
//!   content) through a counter, layer by layer as its `/Filter` says, and
//!   refuses a file that unpacks to more than [`MAX_DECODED_BYTES`];
//! - after loading, blanks image XObjects (they carry no text, and the text
//!   extractor would otherwise inflate and parse their pixels as content);
//! - walks every page's `/Parent` chain with a visited set;
//! - walks the form XObjects every page draws, with a depth bound and a
//!   visited set, counting how many times a form is drawn and how many
//!   bytes that decodes, within [`MAX_FORM_DRAWS`] and [`MAX_DRAWN_BYTES`].
//!
//! A file over budget is an error for that file, in Swedish, naming the
//! limit; a folder run goes on with the next file.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::filters::{Filter, decoded_len};

/// Most bytes the streams of one PDF may unpack to before loading.
pub const MAX_DECODED_BYTES: u64 = 512 * 1024 * 1024;
/// Most bytes of content the text extractor may decode and run per PDF
/// (every drawing of a form counts).
pub const MAX_DRAWN_BYTES: u64 = 256 * 1024 * 1024;
/// Largest content stream (page or form) run at once: the extractor holds
/// a stream's parsed operators in memory, some 80 bytes per content byte.
/// A page of dense text is some 50 kB.
pub const MAX_CONTENT_BYTES: u64 = 8 * 1024 * 1024;
/// Most form XObjects drawn per PDF, all pages together.
pub const MAX_FORM_DRAWS: u64 = 20_000;
/// Deepest nesting of forms drawing forms.
pub const MAX_FORM_DEPTH: usize = 32;
/// Longest chain of `/Parent` links from a page to the root.
pub const MAX_TREE_DEPTH: usize = 64;
/// Widest row a predictor may declare (`/Columns`): the loader allocates
/// rows of that width before it reads a byte.
pub const MAX_COLUMNS: u64 = 1_000_000;
/// Largest object stream unpacked: the loader parses it whole.
pub const MAX_OBJECT_STREAM_BYTES: u64 = 32 * 1024 * 1024;
/// Most objects one PDF may declare (in the file and in its object
/// streams): the loader holds each in memory. A 500-page paper has some
/// tens of thousands.
pub const MAX_OBJECTS: u64 = 1_000_000;
/// Most filters stacked on one stream.
const MAX_FILTERS: usize = 8;

/// Loads a PDF within the budget: the streams are measured before the
/// loader inflates any of them.
pub fn load(bytes: &[u8]) -> Result<Document, String> {
    check_streams(bytes)?;
    // lopdf's messages are English and about its parser, not the file.
    let mut doc = Document::load_mem(bytes)
        .map_err(|_| "PDF:en är trasig eller ofullständig och kan inte läsas".to_owned())?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err("PDF:en är krypterad med lösenord och kan inte läsas".into());
    }
    check_page_tree(&doc)?;
    Ok(doc)
}

/// Prepares a loaded PDF for text extraction: images blanked, the forms
/// each page draws measured. Gives whether the pages draw anything at all
/// (an image, a path): a page that draws but has no text is a scan or text
/// turned into curves; one that draws nothing is empty or broken.
pub fn prepare_for_text(doc: &mut Document) -> Result<bool, String> {
    let images = blank_images(doc);
    let drawn = check_forms(doc)?;
    Ok(images > 0 || drawn.bytes > 0)
}

// --- streams, before loading -------------------------------------------

/// Every `stream … endstream` in the file, inflated through a counter.
fn check_streams(bytes: &[u8]) -> Result<(), String> {
    static STREAM: LazyLock<regex::bytes::Regex> =
        LazyLock::new(|| regex::bytes::Regex::new(r"stream\r?\n").expect("valid"));
    static OBJ: LazyLock<regex::bytes::Regex> =
        LazyLock::new(|| regex::bytes::Regex::new(r"\d\s+\d+\s+obj\b").expect("valid"));
    let mut objects = OBJ.find_iter(bytes).count() as u64;
    let mut total: u64 = 0;
    let mut at = 0;
    while let Some(found) = STREAM.find_at(bytes, at) {
        at = found.end();
        if found.start() >= 3 && &bytes[found.start() - 3..found.start()] == b"end" {
            continue;
        }
        let end = find(bytes, b"endstream", at).unwrap_or(bytes.len());
        let dict = dictionary_before(bytes, found.start());
        if too_wide(&dict) {
            return Err(format!(
                "PDF:en anger en bildrad bredare än {MAX_COLUMNS} bildpunkter (/Columns): filen är trasig"
            ));
        }
        objects = objects.saturating_add(objects_in_stream(&dict));
        if objects > MAX_OBJECTS {
            return Err(format!(
                "PDF:en har fler än {MAX_OBJECTS} objekt, gränsen för en handling: filen är trasig eller byggd för att binda minnet"
            ));
        }
        let filters = filters_named(&dict);
        if !filters.is_empty() && !looks_like_image(&dict) {
            let left = MAX_DECODED_BYTES - total;
            let size = decoded_len(&bytes[at..end], &filters, left);
            total += size;
            if total >= MAX_DECODED_BYTES {
                return Err(over_budget("packar upp", MAX_DECODED_BYTES));
            }
            // The loader parses an object stream whole into objects, some
            // ten times its size in memory.
            if size > MAX_OBJECT_STREAM_BYTES && contains(&dict, b"ObjStm") {
                return Err(over_budget(
                    "har en objektström som packar upp",
                    MAX_OBJECT_STREAM_BYTES,
                ));
            }
        }
        at = end.max(at);
    }
    Ok(())
}

/// How many objects an object stream says it holds (`/N`).
fn objects_in_stream(dict: &[u8]) -> u64 {
    static N: LazyLock<regex::bytes::Regex> =
        LazyLock::new(|| regex::bytes::Regex::new(r"/N\s+([0-9]+)").expect("valid"));
    if !contains(dict, b"ObjStm") {
        return 0;
    }
    N.captures(dict)
        .and_then(|c| std::str::from_utf8(&c[1]).ok()?.parse().ok())
        .unwrap_or(u64::MAX)
}

fn too_wide(dict: &[u8]) -> bool {
    static COLUMNS: LazyLock<regex::bytes::Regex> =
        LazyLock::new(|| regex::bytes::Regex::new(r"/Columns\s+([0-9]+)").expect("valid"));
    COLUMNS.captures_iter(dict).any(|c| {
        std::str::from_utf8(&c[1])
            .ok()
            .and_then(|n| n.parse::<u64>().ok())
            .is_none_or(|n| n > MAX_COLUMNS)
    })
}

fn over_budget(what: &str, limit: u64) -> String {
    format!(
        "PDF:en {what} till mer än {} MiB, gränsen för en handling: filen är trasig eller byggd för att binda minnet",
        limit / (1024 * 1024)
    )
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

/// The stream's dictionary: the text since its object's `obj` keyword (at
/// most 4 kB back), with `#xx` escapes in names decoded, so that
/// `/Fl#61teDecode` reads as the loader reads it.
fn dictionary_before(bytes: &[u8], stream_at: usize) -> Vec<u8> {
    let from = stream_at.saturating_sub(4096);
    let window = &bytes[from..stream_at];
    let start = window
        .windows(3)
        .rposition(|w| w == b"obj")
        .map_or(0, |i| i + 3);
    unescape_names(&window[start..])
}

fn unescape_names(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if text[i] == b'#'
            && let (Some(h), Some(l)) = (
                text.get(i + 1).copied().and_then(hex),
                text.get(i + 2).copied().and_then(hex),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(text[i]);
        i += 1;
    }
    out
}

/// The filters a dictionary names, in order. Names outside a `/Filter`
/// entry only make the count stricter.
fn filters_named(dict: &[u8]) -> Vec<Filter> {
    static NAME: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
        regex::bytes::Regex::new(r"/(FlateDecode|Fl|LZWDecode|LZW|ASCII85Decode|A85)\b")
            .expect("valid")
    });
    NAME.captures_iter(dict)
        .take(MAX_FILTERS)
        .filter_map(|c| Filter::named(&c[1]))
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    find(haystack, needle, 0).is_some()
}

/// An image's pixels are never inflated by the loader (they are blanked
/// before text extraction), so a large scan does not count. An object
/// stream that also claims to be an image does.
fn looks_like_image(dict: &[u8]) -> bool {
    contains(dict, b"/Image") && !contains(dict, b"ObjStm")
}

// --- the page tree, after loading --------------------------------------

/// Every page's `/Parent` chain ends, within [`MAX_TREE_DEPTH`] links.
fn check_page_tree(doc: &Document) -> Result<(), String> {
    for page in doc.page_iter() {
        let mut seen = HashSet::new();
        let mut at = page;
        while let Ok(parent) = doc
            .get_dictionary(at)
            .and_then(|d| d.get(b"Parent"))
            .and_then(Object::as_reference)
        {
            if !seen.insert(parent) || seen.len() > MAX_TREE_DEPTH {
                return Err(
                    "PDF:ens sidträd går i cirkel (en sida är sin egen förälder): filen är trasig"
                        .into(),
                );
            }
            at = parent;
        }
    }
    Ok(())
}

// --- images and forms, before text extraction --------------------------

/// Image XObjects lose their pixels: they hold no text, and the text
/// extractor would inflate them and parse them as content at every draw.
/// Most widths one font's /W may list once its ranges are written out: a
/// font has at most 65 536 glyphs.
const MAX_CID_WIDTHS: usize = 65_536;

/// pdf-extract reads only the `c [w1 w2 …]` form of a CID font's widths
/// (/W); the `c_first c_last w` form, which Typst writes, leaves every glyph
/// without width, so the glyphs of a line all stand at its start. Written
/// out in the first form, each glyph stands where it is drawn: what the
/// annotator's highlights need. (The reader's line and cell joining is
/// tuned to the widths as pdf-extract reads them, and keeps them.)
pub fn expand_cid_widths(doc: &mut Document) {
    let fonts: Vec<(lopdf::ObjectId, Vec<Object>)> = doc
        .objects
        .iter()
        .filter_map(|(&id, object)| {
            let dict = object.as_dict().ok()?;
            let subtype = dict.get(b"Subtype").and_then(Object::as_name).ok()?;
            if subtype != b"CIDFontType2" && subtype != b"CIDFontType0" {
                return None;
            }
            let widths = match dict.get(b"W").ok()? {
                Object::Reference(r) => doc.objects.get(r)?.as_array().ok()?,
                Object::Array(a) => a,
                _ => return None,
            };
            Some((id, expanded_widths(widths)?))
        })
        .collect();
    for (id, widths) in fonts {
        if let Some(Object::Dictionary(dict)) = doc.objects.get_mut(&id) {
            dict.set("W", Object::Array(widths));
        }
    }
}

/// A /W array with every `c_first c_last w` written as `c_first [w …]`;
/// `None` when it has no such range, or is malformed or too long.
fn expanded_widths(widths: &[Object]) -> Option<Vec<Object>> {
    let mut out = Vec::with_capacity(widths.len());
    let (mut i, mut total, mut ranges) = (0, 0usize, 0);
    while i < widths.len() {
        let first = widths[i].as_i64().ok()?;
        match widths.get(i + 1)? {
            Object::Array(list) => {
                total += list.len();
                out.extend([Object::Integer(first), Object::Array(list.clone())]);
                i += 2;
            }
            last => {
                let last = last.as_i64().ok()?;
                let width = widths.get(i + 2)?;
                let count = usize::try_from(last.checked_sub(first)?).ok()? + 1;
                total += count;
                if total > MAX_CID_WIDTHS {
                    return None;
                }
                out.extend([
                    Object::Integer(first),
                    Object::Array(vec![width.clone(); count]),
                ]);
                ranges += 1;
                i += 3;
            }
        }
        if total > MAX_CID_WIDTHS {
            return None;
        }
    }
    (ranges > 0).then_some(out)
}

fn blank_images(doc: &mut Document) -> usize {
    let mut images = 0;
    for object in doc.objects.values_mut() {
        if let Object::Stream(stream) = object
            && stream
                .dict
                .get(b"Subtype")
                .and_then(Object::as_name)
                .is_ok_and(|n| n == b"Image")
        {
            stream.dict.remove(b"Filter");
            stream.dict.remove(b"DecodeParms");
            stream.set_content(Vec::new());
            images += 1;
        }
    }
    images
}

/// What drawing a form costs: how many forms it draws in all (itself
/// included) and how many content bytes that decodes.
#[derive(Debug, Clone, Copy, Default)]
struct Cost {
    draws: u64,
    bytes: u64,
}

impl Cost {
    fn add(self, other: Cost, times: u64) -> Cost {
        Cost {
            draws: self.draws.saturating_add(other.draws.saturating_mul(times)),
            bytes: self.bytes.saturating_add(other.bytes.saturating_mul(times)),
        }
    }
}

struct FormWalk<'a> {
    doc: &'a Document,
    /// Cost per form (and the resources it was drawn with, which decide
    /// what its names mean when it has none of its own).
    known: HashMap<(ObjectId, usize), Cost>,
    drawing: HashSet<ObjectId>,
}

/// Every page's content and the forms it draws, within the budget.
fn check_forms(doc: &Document) -> Result<Cost, String> {
    let mut walk = FormWalk {
        doc,
        known: HashMap::new(),
        drawing: HashSet::new(),
    };
    let mut total = Cost::default();
    for page in doc.page_iter() {
        let Ok(dict) = doc.get_dictionary(page) else {
            continue;
        };
        let resources = inherited_resources(doc, dict);
        for id in doc.get_page_contents(page) {
            let Ok(Object::Stream(stream)) = doc.get_object(id) else {
                continue;
            };
            let cost = walk.content(stream, resources, 0)?;
            total = total.add(cost, 1);
            within_budget(total)?;
        }
    }
    Ok(total)
}

fn within_budget(cost: Cost) -> Result<(), String> {
    if cost.draws > MAX_FORM_DRAWS {
        return Err(format!(
            "PDF:en ritar sina formulärobjekt (XObject) mer än {MAX_FORM_DRAWS} gånger, gränsen för en handling: filen är trasig eller byggd för att binda tiden"
        ));
    }
    if cost.bytes > MAX_DRAWN_BYTES {
        return Err(over_budget("ritar innehåll", MAX_DRAWN_BYTES));
    }
    Ok(())
}

fn inherited_resources<'a>(doc: &'a Document, page: &'a Dictionary) -> Option<&'a Dictionary> {
    let mut at = page;
    for _ in 0..MAX_TREE_DEPTH {
        if let Ok(resources) = at.get(b"Resources") {
            return deref(doc, resources).as_dict().ok();
        }
        at = at
            .get(b"Parent")
            .and_then(Object::as_reference)
            .and_then(|id| doc.get_dictionary(id))
            .ok()?;
    }
    None
}

fn deref<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(object),
        _ => object,
    }
}

impl<'a> FormWalk<'a> {
    /// The cost of running one content stream with `resources`.
    fn content(
        &mut self,
        stream: &'a lopdf::Stream,
        resources: Option<&'a Dictionary>,
        depth: usize,
    ) -> Result<Cost, String> {
        let filters = stream_filters(&stream.dict);
        // Counted only up to the limit: a larger stream is refused anyway.
        let size = decoded_len(&stream.content, &filters, MAX_CONTENT_BYTES + 1);
        if size > MAX_CONTENT_BYTES {
            return Err(format!(
                "en sida eller ett formulärobjekt i PDF:en har mer än {} MiB innehåll, gränsen för en handling: dela upp filen",
                MAX_CONTENT_BYTES / (1024 * 1024)
            ));
        }
        let mut cost = Cost {
            draws: 1,
            bytes: size,
        };
        within_budget(cost)?;
        let Some(xobjects) = resources
            .and_then(|r| r.get(b"XObject").ok())
            .and_then(|x| deref(self.doc, x).as_dict().ok())
        else {
            return Ok(cost);
        };
        // Measured above, so safe to unpack; unpacked by lopdf, as the
        // extractor will, so that its `Do`s are the ones counted (a
        // predictor applies here that the counter leaves out).
        let content = stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone());
        for (name, times) in drawn_names(&content) {
            let Some(Object::Reference(id)) = xobjects.get(&name).ok() else {
                continue;
            };
            let Ok(Object::Stream(form)) = self.doc.get_object(*id) else {
                continue;
            };
            if self.drawing.contains(id) || depth >= MAX_FORM_DEPTH {
                return Err(
                    "PDF:en har ett formulärobjekt (XObject) som ritar sig självt: filen är trasig eller byggd för att binda minnet"
                        .into(),
                );
            }
            let own = form
                .dict
                .get(b"Resources")
                .ok()
                .and_then(|r| deref(self.doc, r).as_dict().ok());
            let used = own.or(resources);
            let key = (*id, used.map_or(0, |d| std::ptr::from_ref(d) as usize));
            let form_cost = match self.known.get(&key) {
                Some(known) => *known,
                None => {
                    self.drawing.insert(*id);
                    let measured = self.content(form, used, depth + 1);
                    self.drawing.remove(id);
                    let measured = measured?;
                    self.known.insert(key, measured);
                    measured
                }
            };
            cost = cost.add(form_cost, times);
            within_budget(cost)?;
        }
        Ok(cost)
    }
}

fn stream_filters(dict: &Dictionary) -> Vec<Filter> {
    let names: Vec<&[u8]> = match dict.get(b"Filter") {
        Ok(Object::Name(name)) => vec![name.as_slice()],
        Ok(Object::Array(items)) => items.iter().filter_map(|o| o.as_name().ok()).collect(),
        _ => Vec::new(),
    };
    names
        .into_iter()
        .take(MAX_FILTERS)
        .filter_map(Filter::named)
        .collect()
}

/// The names a content stream draws with `Do`, and how often each.
fn drawn_names(content: &[u8]) -> Vec<(Vec<u8>, u64)> {
    static DO: LazyLock<regex::bytes::Regex> =
        LazyLock::new(|| regex::bytes::Regex::new(r"/([^\s/\[\]()<>{}%]+)\s*Do\b").expect("valid"));
    let mut times: HashMap<Vec<u8>, u64> = HashMap::new();
    for c in DO.captures_iter(content) {
        *times.entry(unescape_names(&c[1])).or_default() += 1;
    }
    times.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cid_width_ranges_are_written_out() {
        let w = |v: i64| Object::Integer(v);
        let widths = [
            w(0),
            w(1),
            w(750),
            w(3),
            Object::Array(vec![w(500), w(600)]),
        ];
        let expanded = expanded_widths(&widths).unwrap();
        assert_eq!(
            expanded,
            [
                w(0),
                Object::Array(vec![w(750), w(750)]),
                w(3),
                Object::Array(vec![w(500), w(600)])
            ]
        );
        // Already in the readable form, reversed, huge or malformed: left alone.
        assert_eq!(expanded_widths(&[w(3), Object::Array(vec![w(500)])]), None);
        assert_eq!(expanded_widths(&[w(5), w(1), w(750)]), None);
        assert_eq!(expanded_widths(&[w(0), w(i64::MAX), w(750)]), None);
        assert_eq!(expanded_widths(&[w(0), w(1)]), None);
    }

    #[test]
    fn filter_names_are_read_as_the_loader_reads_them() {
        assert_eq!(
            filters_named(&unescape_names(
                b"<< /Filter [/Fl#61teDecode /FlateDecode] >>"
            )),
            [Filter::Flate, Filter::Flate]
        );
        assert!(looks_like_image(b"<< /Subtype /Image >>"));
        assert!(!looks_like_image(b"<< /Subtype /Image /Type /ObjStm >>"));
    }
}
