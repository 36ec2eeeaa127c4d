//! Hostile Word files (issue 22): small packages that once asked for a
//! 16 GB list counter or took minutes to take repeated header lines out.
//! Read through the library: each must come back (text or error) quickly
//! and without a panic; `hostile_pdf.rs` runs the binary under limits.

use std::io::Write;

use beslut::reader::{Format, read_bytes};

fn docx(parts: &[(&str, String)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

fn paragraph(text: &str, numbering: &str) -> String {
    format!("<w:p><w:pPr>{numbering}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")
}

#[test]
fn a_list_level_of_four_billion_is_read_as_the_deepest_level() {
    let numbering = format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="4000000000"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
    );
    let item = paragraph(
        "Avtalet förlängs.",
        r#"<w:numPr><w:ilvl w:val="4000000000"/><w:numId w:val="1"/></w:numPr>"#,
    );
    let document = format!("<w:document {W}><w:body>{item}{item}</w:body></w:document>");
    let bytes = docx(&[
        ("word/document.xml", document),
        ("word/numbering.xml", numbering),
    ]);
    let paper = read_bytes(&bytes, Format::Docx).unwrap();
    assert!(
        paper.text.contains("2. Avtalet förlängs."),
        "{}",
        paper.text
    );
}

#[test]
fn a_header_of_fifty_thousand_lines_is_kept_once_per_line() {
    let lines: String = (0..50_000)
        .map(|i| paragraph(&format!("Rad {i}"), ""))
        .collect();
    let header = format!("<w:hdr {W}>{lines}</w:hdr>");
    let document = format!(
        "<w:document {W}><w:body>{}</w:body></w:document>",
        paragraph("Ärende", "")
    );
    let bytes = docx(&[
        ("word/document.xml", document),
        ("word/header1.xml", header.clone()),
        ("word/header2.xml", header),
    ]);
    let paper = read_bytes(&bytes, Format::Docx).unwrap();
    assert_eq!(paper.text.matches("Rad 49999\n").count(), 1);
    assert_eq!(paper.text.lines().count(), 50_001);
}

/// The example Word template with `edit` applied to each part's text.
fn edited_template(edit: impl Fn(&str, String) -> String) -> Vec<u8> {
    let bytes = std::fs::read(crate::common::repo().join("examples/wordmall/mall.dotx")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut parts = Vec::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut data).unwrap();
        let name = file.name().to_owned();
        let data = match String::from_utf8(data) {
            Ok(text) => edit(&name, text).into_bytes(),
            Err(e) => e.into_bytes(),
        };
        parts.push((name, data));
    }
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in parts {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(&data).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_word_templates_links_out_of_the_file_never_reach_a_docx() {
    use beslut::render::docx::WordTemplate;
    let template = edited_template(|name, text| {
        match name {
        "word/_rels/header1.xml.rels" => text.replace(
            "</Relationships>",
            concat!(
                r#"<Relationship Id="rIdPixel" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://spara.example/pixel.gif" TargetMode="External"/>"#,
                r#"<Relationship Id="rIdUnc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="\\server\share\x" TargetMode="External"/>"#,
                r#"<Relationship Id="rIdJs" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>"#,
                "</Relationships>"
            ),
        ),
        "word/header1.xml" => text.replace(
            "</w:hdr>",
            r#"<w:p><w:hyperlink r:id="rIdJs"><w:r><w:t>Länk</w:t></w:r></w:hyperlink></w:p></w:hdr>"#,
        ),
        _ => text,
    }
    });
    let parsed = WordTemplate::from_bytes(&template).unwrap();
    let header = parsed.first_header.unwrap();
    let rels = header.rels.unwrap();
    assert!(
        !rels.contains("External") && !rels.contains("http://spara"),
        "{rels}"
    );
    assert!(
        !rels.contains("javascript") && !rels.contains("server"),
        "{rels}"
    );
    assert!(rels.contains(r#"Target="media/mall-1.png""#), "{rels}");
    assert!(
        !header.xml.contains("rIdJs") && header.xml.contains("Länk"),
        "{}",
        header.xml
    );
    assert_eq!(header.dropped_links, 3);
}

#[test]
fn a_word_template_image_of_an_unknown_kind_or_outside_media_is_refused() {
    use beslut::render::docx::WordTemplate;
    for target in [
        "media/../../x.png",
        "media/bild.exe",
        "../customXml/item1.xml",
    ] {
        let template = edited_template(|name, text| match name {
            "word/_rels/header1.xml.rels" => text.replace("media/image1.png", target),
            _ => text,
        });
        let error = WordTemplate::from_bytes(&template).unwrap_err();
        assert!(error.contains("bara bilder i mallen"), "{target}: {error}");
    }
}
