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
