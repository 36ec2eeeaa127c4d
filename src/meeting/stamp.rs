//! Packet page numbers: every page of the handlingar gets "Handlingar N av
//! M" at its top, the number the agenda cites. The numbers are small pages
//! Typst set in the bundled font (so the glyphs are embedded); each is put
//! on its packet page as a form, drawn after the page's own content and
//! apart from its graphics state.

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::objects;
use super::packet::{PacketError, structural_objects};
use crate::reader::load_pdf;

/// The form's name in a page's resources.
const FORM: &[u8] = b"BeslutSidnummer";
/// Points from the page's top edge to the number's box.
const FROM_TOP: f64 = 8.0;

/// `packet` with page N of the numbers drawn at the top of its page N;
/// `numbers_for(pages)` sets the numbers for the packet's page count (read
/// here, from the packet as loaded once).
pub fn stamp(
    packet: &[u8],
    numbers_for: impl FnOnce(usize) -> Result<Vec<u8>, PacketError>,
) -> Result<Vec<u8>, PacketError> {
    let broken = |what: &str| PacketError(format!("sidnumren kunde inte sättas: {what}"));
    let mut out = load_pdf(packet).map_err(PacketError)?;
    let numbers = numbers_for(out.get_pages().len())?;
    let mut stamps = load_pdf(&numbers).map_err(PacketError)?;
    objects::renumber(&mut stamps, out.max_id + 1);
    let pages: Vec<ObjectId> = out.get_pages().into_values().collect();
    let stamp_pages: Vec<ObjectId> = stamps.get_pages().into_values().collect();
    if pages.len() != stamp_pages.len() {
        return Err(broken("fel antal sidnummer"));
    }
    let forms: Vec<Stream> = stamp_pages
        .iter()
        .map(|&page| form_of(&stamps, page))
        .collect::<Option<_>>()
        .ok_or_else(|| broken("sidnumrets sida är trasig"))?;
    let leave = structural_objects(&stamps);
    out.max_id = stamps.max_id;
    for (id, object) in std::mem::take(&mut stamps.objects) {
        if !leave.contains(&id) {
            out.objects.insert(id, object);
        }
    }
    for (page, form) in pages.into_iter().zip(forms) {
        let width = form_width(&form);
        let form = out.add_object(form);
        put_on_page(&mut out, page, form, width).ok_or_else(|| broken("en sida är trasig"))?;
    }
    objects::prune(&mut out);
    objects::renumber(&mut out, 1);
    let mut bytes = Vec::new();
    out.save_to(&mut bytes)
        .map_err(|_| broken("PDF:en kunde inte skrivas"))?;
    Ok(bytes)
}

/// A stamp page as a form: its content, resources and box. Its resource
/// names get a prefix of their own: the page it is drawn on names its own
/// font `/f0` too, and some readers (pdf-extract, which our reader uses)
/// take a font by its name alone.
fn form_of(doc: &Document, page: ObjectId) -> Option<Stream> {
    let content = doc.get_page_content(page).ok()?;
    let dict = doc.get_dictionary(page).ok()?;
    let resources = doc
        .dereference(dict.get(b"Resources").ok()?)
        .ok()?
        .1
        .as_dict()
        .ok()?
        .clone();
    let (resources, content) = prefixed(doc, resources, &content)?;
    let media = dict.get(b"MediaBox").ok()?.clone();
    let mut form = Stream::new(
        Dictionary::from_iter([
            ("Type", Object::Name(b"XObject".to_vec())),
            ("Subtype", Object::Name(b"Form".to_vec())),
            ("BBox", media),
            ("Resources", Object::Dictionary(resources)),
        ]),
        content,
    );
    let _ = form.compress();
    Some(form)
}

/// The prefix given to the stamp's resource names.
const PREFIX: &[u8] = b"beslut";

/// `resources` and `content` with every resource name prefixed.
fn prefixed(
    doc: &Document,
    mut resources: Dictionary,
    content: &[u8],
) -> Option<(Dictionary, Vec<u8>)> {
    const KINDS: [&[u8]; 6] = [
        b"Font",
        b"ColorSpace",
        b"ExtGState",
        b"XObject",
        b"Pattern",
        b"Shading",
    ];
    let mut names: Vec<Vec<u8>> = Vec::new();
    for kind in KINDS {
        let Ok(sub) = resources.get(kind) else {
            continue;
        };
        let sub = doc.dereference(sub).ok()?.1.as_dict().ok()?;
        let renamed: Dictionary = sub
            .iter()
            .map(|(name, value)| {
                names.push(name.clone());
                ([PREFIX, name].concat(), value.clone())
            })
            .collect();
        resources.set(kind, Object::Dictionary(renamed));
    }
    let mut ops = lopdf::content::Content::decode(content).ok()?;
    for op in &mut ops.operations {
        for operand in &mut op.operands {
            if let Object::Name(name) = operand
                && names.contains(name)
            {
                *name = [PREFIX, name].concat();
            }
        }
    }
    Some((resources, ops.encode().ok()?))
}

fn form_width(form: &Stream) -> f64 {
    rect(form.dict.get(b"BBox").ok()).map_or(0.0, |[x0, _, x1, _]| x1 - x0)
}

/// Draws `form` centred at the top of `page`, after the page's content.
fn put_on_page(doc: &mut Document, page: ObjectId, form: ObjectId, width: f64) -> Option<()> {
    let dict = doc.get_dictionary(page).ok()?.clone();
    let [x0, _, x1, y1] =
        rect(dict.get(b"CropBox").ok()).or_else(|| rect(dict.get(b"MediaBox").ok()))?;
    let (x, y) = ((x0 + x1 - width) / 2.0, y1 - FROM_TOP - 14.0);
    // The page's own resources, copied so that no other page shares the
    // form's name.
    let mut resources = match dict.get(b"Resources") {
        Ok(r) => doc.dereference(r).ok()?.1.as_dict().ok()?.clone(),
        Err(_) => Dictionary::new(),
    };
    let mut xobjects = match resources.get(b"XObject") {
        Ok(x) => doc.dereference(x).ok()?.1.as_dict().ok()?.clone(),
        Err(_) => Dictionary::new(),
    };
    xobjects.set(FORM, Object::Reference(form));
    resources.set("XObject", Object::Dictionary(xobjects));
    let before = doc.add_object(Stream::new(Dictionary::new(), b"q\n".to_vec()));
    let draw = format!(
        "Q\nq 1 0 0 1 {x:.2} {y:.2} cm /{} Do Q\n",
        String::from_utf8_lossy(FORM)
    );
    let after = doc.add_object(Stream::new(Dictionary::new(), draw.into_bytes()));
    let mut contents = vec![Object::Reference(before)];
    match dict.get(b"Contents") {
        Ok(Object::Array(parts)) => contents.extend(parts.iter().cloned()),
        // A reference may name an array of streams rather than a stream.
        Ok(Object::Reference(id)) => match doc.get_object(*id).ok()? {
            Object::Array(parts) => contents.extend(parts.iter().cloned()),
            _ => contents.push(Object::Reference(*id)),
        },
        Ok(part) => contents.push(part.clone()),
        Err(_) => {}
    }
    contents.push(Object::Reference(after));
    let page = doc.get_object_mut(page).ok()?.as_dict_mut().ok()?;
    page.set("Resources", Object::Dictionary(resources));
    page.set("Contents", Object::Array(contents));
    Some(())
}

/// A rectangle's four numbers, ordered (x0, y0, x1, y1).
fn rect(object: Option<&Object>) -> Option<[f64; 4]> {
    let numbers: Vec<f64> = object?
        .as_array()
        .ok()?
        .iter()
        .map(|n| {
            n.as_float()
                .map(f64::from)
                .ok()
                .or_else(|| n.as_i64().ok().map(|i| i as f64))
        })
        .collect::<Option<_>>()?;
    let [a, b, c, d] = numbers.try_into().ok()?;
    Some([a.min(c), b.min(d), a.max(c), b.max(d)])
}
