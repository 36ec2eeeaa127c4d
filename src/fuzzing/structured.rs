//! Structure-aware fuzz targets: the fuzzer's bytes choose the *structure*
//! of a PDF (page tree, parents, form XObjects drawing each other, stacked
//! filters, text), a Word or OpenDocument package (numbering levels,
//! headers, styles, nesting) or a meeting file, which is then built with a
//! real writer and read back. Random bytes rarely get past a parser; these
//! reach the readers' logic — cycles, fan-out, depth, huge counts — where
//! the hostile files of issue 22 did.

use std::io::Write;
use std::path::Path;

use arbitrary::{Result, Unstructured};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, dictionary};

use crate::reader::Format;

/// Words the lint's recognisers look for, so a built paper has facts.
const WORDS: &[&str] = &[
    "Dnr SON 2026-118",
    "2026-03-02",
    "1 april 2026",
    "Socialnämnden",
    "socialnämden",
    "Förslag till beslut",
    "Ärende",
    "Bakgrund",
    "barn 4-20 år",
    "Solrosgruppen AB",
    "KS 2024-05-14 § 60",
    "onsdagen den 28 mars 2011",
    "Verksamhetsplan 2027",
    "§§ 12–19",
    "١٢٣",
    "Ａ",
    "(",
    ")",
    "\\",
];

fn word(u: &mut Unstructured<'_>) -> Result<String> {
    let mut text = String::new();
    for _ in 0..u.int_in_range(1..=4)? {
        text.push_str(u.choose(WORDS)?);
        text.push(' ');
    }
    Ok(text)
}

// --- PDF -----------------------------------------------------------------

/// A PDF whose structure the bytes choose, read as a paper and joined into
/// a meeting packet.
pub fn pdf_structure(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(pdf) = build_pdf(&mut u) else {
        return;
    };
    super::read_and_lint(&pdf, Format::Pdf);
    let part = |bytes| crate::meeting::packet::Part {
        bytes,
        title: "Bilaga".into(),
        parent: None,
        label: "s. ".into(),
    };
    let _ = crate::meeting::packet::join(&[part(&pdf)], "Handlingar");
}

fn build_pdf(u: &mut Unstructured<'_>) -> Result<Vec<u8>> {
    let mut doc = Document::with_version("1.7");
    let nodes: Vec<ObjectId> = (0..u.int_in_range(1..=3)?)
        .map(|_| doc.new_object_id())
        .collect();
    let pages: Vec<ObjectId> = (0..u.int_in_range(0..=5)?)
        .map(|_| doc.new_object_id())
        .collect();
    let forms: Vec<ObjectId> = (0..u.int_in_range(0..=5)?)
        .map(|_| doc.new_object_id())
        .collect();
    let any_node = |u: &mut Unstructured<'_>| -> Result<ObjectId> {
        // Mostly a proper node; sometimes a page, even the page itself.
        if u.ratio(1, 8)? && !pages.is_empty() {
            Ok(*u.choose(&pages)?)
        } else {
            Ok(*u.choose(&nodes)?)
        }
    };
    for (i, id) in nodes.iter().enumerate() {
        let mut kids: Vec<Object> = Vec::new();
        for _ in 0..u.int_in_range(0..=4)? {
            kids.push(if u.ratio(1, 6)? {
                any_node(u)?.into()
            } else if pages.is_empty() {
                Object::Null
            } else {
                (*u.choose(&pages)?).into()
            });
        }
        let mut node =
            dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => u.int_in_range(0..=9)? };
        if i > 0 || u.ratio(1, 8)? {
            node.set("Parent", any_node(u)?);
        }
        if u.ratio(1, 2)? {
            node.set("Resources", resources(u, &forms)?);
        }
        doc.objects.insert(*id, Object::Dictionary(node));
    }
    for id in &pages {
        let content = content_stream(u, &forms)?;
        let content_id = doc.add_object(content);
        let mut page = dictionary! { "Type" => "Page", "Contents" => content_id };
        if !u.ratio(1, 10)? {
            page.set("Parent", any_node(u)?);
        }
        if !u.ratio(1, 5)? {
            page.set("MediaBox", vec![0.into(), 0.into(), 595.into(), 842.into()]);
        }
        if u.ratio(3, 4)? {
            page.set("Resources", resources(u, &forms)?);
        }
        doc.objects.insert(*id, Object::Dictionary(page));
    }
    for id in &forms {
        let mut form = content_stream(u, &forms)?;
        form.dict.set("Type", "XObject");
        form.dict
            .set("Subtype", if u.ratio(1, 6)? { "Image" } else { "Form" });
        if u.ratio(3, 4)? {
            form.dict.set("Resources", resources(u, &forms)?);
        }
        doc.objects.insert(*id, Object::Stream(form));
    }
    let root = if u.ratio(1, 10)? && !pages.is_empty() {
        *u.choose(&pages)?
    } else {
        nodes[0]
    };
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => root });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes)
        .map_err(|_| arbitrary::Error::IncorrectFormat)?;
    // Sometimes cut short, or one byte changed.
    if u.ratio(1, 10)? && !bytes.is_empty() {
        let at = u.choose_index(bytes.len())?;
        bytes.truncate(at);
    } else if u.ratio(1, 10)? && !bytes.is_empty() {
        let at = u.choose_index(bytes.len())?;
        bytes[at] = u.arbitrary()?;
    }
    Ok(bytes)
}

fn resources(u: &mut Unstructured<'_>, forms: &[ObjectId]) -> Result<Dictionary> {
    let mut xobjects = Dictionary::new();
    if !forms.is_empty() {
        for i in 0..u.int_in_range(0..=3)? {
            xobjects.set(format!("X{i}"), *u.choose(forms)?);
        }
    }
    Ok(dictionary! {
        "Font" => dictionary! {
            "F1" => dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" },
        },
        "XObject" => xobjects,
    })
}

/// Text runs, form drawings and transforms, under 0–3 layers of deflate
/// (sometimes with a predictor).
fn content_stream(u: &mut Unstructured<'_>, forms: &[ObjectId]) -> Result<Stream> {
    let mut content = String::new();
    for _ in 0..u.int_in_range(0..=12)? {
        match u.int_in_range(0..=3)? {
            0 | 1 => {
                let size = u.int_in_range(1..=40)?;
                let (x, y) = (u.int_in_range(0..=600)?, u.int_in_range(0..=850)?);
                let text = word(u)?.replace(['(', ')', '\\'], " ");
                content.push_str(&format!("BT /F1 {size} Tf {x} {y} Td ({text}) Tj ET\n"));
            }
            2 if !forms.is_empty() => {
                let name = u.int_in_range(0..=3)?;
                let times = u.int_in_range(1..=4)?;
                content.push_str(&format!("/X{name} Do\n").repeat(times));
            }
            _ => content.push_str("q 1 0 0 1 5 5 cm Q\n"),
        }
    }
    let mut bytes = content.into_bytes();
    let layers = u.int_in_range(0..=3)?;
    let mut filters = Vec::new();
    for _ in 0..layers {
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder
            .write_all(&bytes)
            .map_err(|_| arbitrary::Error::IncorrectFormat)?;
        bytes = encoder
            .finish()
            .map_err(|_| arbitrary::Error::IncorrectFormat)?;
        filters.push(Object::from("FlateDecode"));
    }
    let mut dict = Dictionary::new();
    if !filters.is_empty() {
        dict.set("Filter", filters);
        if u.ratio(1, 8)? {
            let columns: i64 = u.int_in_range(0..=2_000_000)?;
            dict.set(
                "DecodeParms",
                dictionary! { "Predictor" => 12, "Columns" => columns },
            );
        }
    }
    Ok(Stream::new(dict, bytes).with_compression(false))
}

// --- Word and OpenDocument -----------------------------------------------

/// A Word or OpenDocument package whose structure the bytes choose.
pub fn office_structure(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let odt = u.ratio(1, 3).unwrap_or(false);
    let built = if odt {
        build_odt(&mut u)
    } else {
        build_docx(&mut u)
    };
    if let Ok(bytes) = built {
        super::read_and_lint(&bytes, if odt { Format::Odt } else { Format::Docx });
    }
}

fn zip(parts: &[(String, String)]) -> Result<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(name.as_str(), options)
            .map_err(|_| arbitrary::Error::IncorrectFormat)?;
        zip.write_all(text.as_bytes())
            .map_err(|_| arbitrary::Error::IncorrectFormat)?;
    }
    zip.finish()
        .map(|c| c.into_inner())
        .map_err(|_| arbitrary::Error::IncorrectFormat)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

fn docx_paragraph(u: &mut Unstructured<'_>) -> Result<String> {
    let styles = [
        "Heading1",
        "Rubrik1",
        "Title",
        "ListParagraph",
        "Normal",
        "S1",
        "",
    ];
    let style = u.choose(&styles)?;
    let mut properties = format!(r#"<w:pStyle w:val="{style}"/>"#);
    if u.ratio(1, 3)? {
        let level: u32 = u.arbitrary()?;
        let level = if u.ratio(3, 4)? { level % 9 } else { level };
        let id = u.int_in_range(0..=3)?;
        properties.push_str(&format!(
            r#"<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{id}"/></w:numPr>"#
        ));
    }
    Ok(format!(
        "<w:p><w:pPr>{properties}</w:pPr><w:r><w:t>{}</w:t></w:r></w:p>",
        escape(&word(u)?)
    ))
}

fn build_docx(u: &mut Unstructured<'_>) -> Result<Vec<u8>> {
    let mut body = String::new();
    for _ in 0..u.int_in_range(0..=20)? {
        if u.ratio(1, 8)? {
            let cells: String = (0..u.int_in_range(1..=4)?)
                .map(|_| Ok(format!("<w:tc>{}</w:tc>", docx_paragraph(u)?)))
                .collect::<Result<_>>()?;
            body.push_str(&format!("<w:tbl><w:tr>{cells}</w:tr></w:tbl>"));
        } else {
            body.push_str(&docx_paragraph(u)?);
        }
    }
    let mut parts = vec![(
        "word/document.xml".to_owned(),
        format!("<w:document {W}><w:body>{body}</w:body></w:document>"),
    )];
    let mut levels = String::new();
    for _ in 0..u.int_in_range(0..=4)? {
        let level: u32 = u.arbitrary()?;
        let start: u32 = u.arbitrary()?;
        let format = u.choose(&["decimal", "bullet", "lowerLetter", "upperLetter", "x"])?;
        levels.push_str(&format!(
            r#"<w:lvl w:ilvl="{level}"><w:start w:val="{start}"/><w:numFmt w:val="{format}"/></w:lvl>"#
        ));
    }
    parts.push((
        "word/numbering.xml".to_owned(),
        format!(
            r#"<w:numbering {W}><w:abstractNum w:abstractNumId="1">{levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>"#
        ),
    ));
    // Styles based on each other, cycles included.
    let mut styles = String::new();
    for i in 0..u.int_in_range(0..=4)? {
        let based = u.int_in_range(0..=4)?;
        styles.push_str(&format!(
            r#"<w:style w:type="paragraph" w:styleId="S{i}"><w:name w:val="heading {i}"/><w:basedOn w:val="S{based}"/></w:style>"#
        ));
    }
    parts.push((
        "word/styles.xml".to_owned(),
        format!("<w:styles {W}>{styles}</w:styles>"),
    ));
    for i in 0..u.int_in_range(0..=3)? {
        let lines: String = (0..u.int_in_range(0..=6)?)
            .map(|_| docx_paragraph(u))
            .collect::<Result<_>>()?;
        let kind = if u.ratio(1, 2)? { "header" } else { "footer" };
        let root = if kind == "header" { "hdr" } else { "ftr" };
        parts.push((
            format!("word/{kind}{i}.xml"),
            format!("<w:{root} {W}>{lines}</w:{root}>"),
        ));
    }
    zip(&parts)
}

fn build_odt(u: &mut Unstructured<'_>) -> Result<Vec<u8>> {
    let mut body = String::new();
    let mut open_lists = 0;
    for _ in 0..u.int_in_range(0..=30)? {
        match u.int_in_range(0..=5)? {
            0 => {
                let level: i64 = u.arbitrary()?;
                body.push_str(&format!(
                    r#"<text:h text:outline-level="{level}">{}</text:h>"#,
                    escape(&word(u)?)
                ));
            }
            1 => {
                body.push_str(r#"<text:list text:style-name="L1"><text:list-item>"#);
                open_lists += 1;
            }
            2 if open_lists > 0 => {
                body.push_str("</text:list-item></text:list>");
                open_lists -= 1;
            }
            3 => {
                let spaces: u64 = u.arbitrary()?;
                body.push_str(&format!(
                    r#"<text:p>a<text:s text:c="{spaces}"/>b</text:p>"#
                ));
            }
            4 => {
                let repeated: u32 = u.arbitrary()?;
                body.push_str(&format!(
                    r#"<table:table><table:table-row><table:table-cell table:number-columns-repeated="{repeated}"><text:p>{}</text:p></table:table-cell></table:table-row></table:table>"#,
                    escape(&word(u)?)
                ));
            }
            _ => body.push_str(&format!("<text:p>{}</text:p>", escape(&word(u)?))),
        }
    }
    body.push_str(&"</text:list-item></text:list>".repeat(open_lists));
    let content = format!(
        r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-number text:level="1"/></text:list-style></office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
    );
    zip(&[
        (
            "mimetype".to_owned(),
            "application/vnd.oasis.opendocument.text".to_owned(),
        ),
        ("content.xml".to_owned(), content),
    ])
}

// --- meeting files -------------------------------------------------------

/// A meeting file whose items, dates and references the bytes choose:
/// parsed and linted (its cases and bilagor mostly do not exist).
pub fn meeting_structure(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(text) = build_meeting(&mut u) else {
        return;
    };
    if let Ok(file) = crate::meeting::parse_meeting(Path::new("fuzz/meeting.yaml"), text) {
        let _ = crate::meeting::build::lint(&file, super::config(), super::templates());
    }
}

fn date(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(format!(
        "{}-{:02}-{:02}",
        u.int_in_range(1990..=2040)?,
        u.int_in_range(0..=13)?,
        u.int_in_range(0..=32)?
    ))
}

fn build_meeting(u: &mut Unstructured<'_>) -> Result<String> {
    let mut text = format!(
        "board: {}\ndate: {}\nkallelse: {}\n",
        u.choose(&[
            "Socialnämnden",
            "Kommunstyrelsen",
            "\"\"",
            "'#read(\"/etc/passwd\")'"
        ])?,
        date(u)?,
        date(u)?
    );
    if u.ratio(1, 2)? {
        text.push_str("opening_items: true\n");
    }
    text.push_str("items:\n");
    for _ in 0..u.int_in_range(0..=8)? {
        match u.int_in_range(0..=3)? {
            0 => text.push_str(&format!("  - info: {}\n", word(u)?.trim())),
            1 => text.push_str("  - case: ../cases/finns-inte.yaml\n"),
            2 => text.push_str(&format!(
                "  - paper: handling.pdf\n    title: {}\n    dnr: {}\n",
                word(u)?.trim(),
                u.choose(&["SON 2026-118", "KS 2021/123", "x", "SON 2026-118"])?
            )),
            _ => text.push_str(&format!(
                "  - title: Punkt\n    bilagor: [{}]\n",
                u.choose(&["a.pdf", "../../etc/passwd", "/dev/zero", "b.pdf, b.pdf"])?
            )),
        }
    }
    Ok(text)
}
