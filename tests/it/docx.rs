//! The Word file sets like the PDF and carries tables, emphasis, the logo
//! and the municipality's Word template; the PDF declares PDF/UA-1.

use std::collections::HashSet;
use std::path::Path;

use crate::common::*;
use beslut::builder::{Builder, Formats};
use beslut::compose::template::Templates;
use beslut::project::Config;
use beslut::render::pdf::PdfProfile;

const TABLE_CASE: &str = "cases/avtalsforlangning-solrosgruppen.yaml";
const EXAMPLE: &str = "examples/logotyp/cases/kostnader-hemtjanst.yaml";

/// A builder for one of the example projects under `examples/`.
fn example_builder(project: &str) -> Builder {
    let config = Config::load_with_assets(&repo().join(project).join("beslut.toml"), true)
        .unwrap_or_else(|e| panic!("{e}"));
    Builder::new(config, Templates::new(None))
}

fn render_in(builder: &Builder, case: &Path, profile: PdfProfile) -> (Vec<u8>, Vec<u8>) {
    let file =
        beslut::case::load_case(case, &builder.config.sender).unwrap_or_else(|e| panic!("{e}"));
    let rendered = builder
        .render(&file, Formats::default(), profile)
        .unwrap_or_else(|e| panic!("{e}"));
    let part = |ext: &str| {
        rendered
            .iter()
            .find(|(e, _)| *e == ext)
            .map(|(_, b)| b.clone())
            .unwrap()
    };
    (part("pdf"), part("docx"))
}

fn part_names(docx: &[u8]) -> Vec<String> {
    let zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    zip.file_names().map(str::to_owned).collect()
}

/// Values of `attribute` on every `<element …>` in `xml`.
fn attributes(xml: &str, element: &str, attribute: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)
                if e.name().as_ref() == element.as_bytes() =>
            {
                if let Some(value) = e.try_get_attribute(attribute).unwrap() {
                    out.push(value.unescape_value().unwrap().into_owned());
                }
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn assert_unique(values: &[String], what: &str) {
    let mut seen = HashSet::new();
    for value in values {
        assert!(seen.insert(value), "{what} {value} is defined twice");
    }
}

#[test]
fn docx_spacing_font_and_no_duplicate_definitions() {
    let (_, docx) = render(&load(&repo().join(TABLE_CASE)));
    let styles = docx_part(&docx, "word/styles.xml");
    let defaults = &styles[styles.find("<w:pPrDefault>").unwrap()..];
    assert!(
        defaults.starts_with(
            r#"<w:pPrDefault><w:pPr><w:spacing w:after="110" w:line="275" w:lineRule="auto"/>"#
        ),
        "{defaults}"
    );
    let heading = &styles[styles.find(r#"w:styleId="Heading1""#).unwrap()..];
    let heading = &heading[..heading.find("</w:style>").unwrap()];
    assert!(heading.contains(r#"<w:spacing w:before="200" w:after="20"/>"#));
    assert!(heading.contains("<w:keepNext/>"));
    // The configured font, with Word's fallback named in the font table.
    assert!(styles.contains(r#"<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans""#));
    let fonts = docx_part(&docx, "word/fontTable.xml");
    assert!(fonts.contains(r#"<w:font w:name="Liberation Sans"><w:altName w:val="Arial"/>"#));

    assert_unique(&attributes(&styles, "w:style", "w:styleId"), "style");
    let numbering = docx_part(&docx, "word/numbering.xml");
    assert_unique(
        &attributes(&numbering, "w:abstractNum", "w:abstractNumId"),
        "abstract numbering",
    );
    assert_unique(&attributes(&numbering, "w:num", "w:numId"), "numbering");
    let used = attributes(&docx_part(&docx, "word/document.xml"), "w:numId", "w:val");
    let defined = attributes(&numbering, "w:num", "w:numId");
    assert!(used.iter().all(|id| defined.contains(id)), "{used:?}");
}

#[test]
fn docx_letterhead_on_the_first_page_and_footer_in_one_size() {
    let (_, docx) = render(&load(&repo().join(TABLE_CASE)));
    let document = docx_part(&docx, "word/document.xml");
    let section = &document[document.find("<w:sectPr>").unwrap()..];
    assert!(section.contains(r#"<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>"#));
    assert!(!section.contains(r#"<w:headerReference w:type="default""#));
    assert!(section.contains(r#"<w:footerReference w:type="default" r:id="rIdFooter"/>"#));
    assert!(section.contains("<w:titlePg/>"));

    let header = docx_part(&docx, "word/header1.xml");
    // Sender on the left, Datum and Dnr on the right, the contact line too.
    let sender = header.find("Social- och omsorgsförvaltningen").unwrap();
    let contact = header.find("kim.exempelsson@lovsjo.example").unwrap();
    let split = header.find("</w:tc><w:tc>").unwrap();
    let date = header.find("Datum").unwrap();
    assert!(
        sender < split && contact < split && split < date,
        "{header}"
    );
    assert!(header.contains("SON 2026-118"));

    for footer in ["word/footer1.xml", "word/footer2.xml"] {
        let footer = docx_part(&docx, footer);
        assert!(footer.contains("Dnr SON 2026-118"));
        assert!(footer.contains(r#"<w:tab w:val="right" w:pos="9072"/>"#));
        // Every run, the page-number fields included, is 8 pt.
        let runs = footer.matches("<w:r>").count();
        let sized = footer
            .matches(r#"<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>"#)
            .count();
        assert_eq!(runs, sized, "{footer}");
        assert!(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "));
    }
}

#[test]
fn tables_and_emphasis_in_both_formats() {
    let (pdf, docx) = render(&load(&repo().join(TABLE_CASE)));
    let document = docx_part(&docx, "word/document.xml");
    let table = &document[document.find("<w:tbl>").expect("a Word table")..];
    let table = &table[..table.find("</w:tbl>").unwrap()];
    assert!(table.contains(r#"<w:tblStyle w:val="TableGrid"/>"#));
    assert!(table.contains("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"));
    assert_eq!(table.matches("<w:tr>").count(), 3);
    assert!(
        table.contains(
            r#"<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">1 185 000 kr"#
        ) || table.contains("1\u{a0}185\u{a0}000\u{a0}kr")
    );
    let styles = docx_part(&docx, "word/styles.xml");
    assert!(
        styles.contains(
            r#"<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>"#
        )
    );
    assert!(document.contains(
        r#"<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">2026–2028</w:t></w:r>"#
    ));
    assert!(document.contains(
        r#"<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">preliminära</w:t></w:r>"#
    ));

    // The PDF has the cells in reading order, row by row.
    let text = pdf_text(&pdf);
    assert!(
        text.contains(
            "Avtalsår Platser Kostnad 2026–2027 24 1 185 000 kr 2027–2028 24 1 220 500 kr"
        ),
        "{text}"
    );
    assert!(
        text.contains("budget för 2026–2028. Priset per plats"),
        "{text}"
    );
    // The reader gives the table back as rows.
    let raw = beslut::import::pdf_text(&pdf)
        .unwrap()
        .replace('\u{a0}', " ");
    assert!(
        raw.contains("Avtalsår\tPlatser\tKostnad\n2026–2027\t24\t1 185 000 kr\n"),
        "{raw}"
    );
    let word = beslut::reader::docx_text(&docx)
        .unwrap()
        .replace('\u{a0}', " ");
    assert!(
        word.contains("Avtalsår\tPlatser\tKostnad\n2026–2027\t24\t1 185 000 kr\n"),
        "{word}"
    );
}

#[test]
fn a_table_cell_with_typst_or_xml_prints_literally() {
    let yaml = MINIMAL_CASE.replace(
        "  arende: Nämnden ska ta ställning till förslaget.\n",
        "  arende: |\n    Tabell:\n\n    | Fält | Värde |\n    |---|---|\n    | #read(\"/etc/passwd\") | </w:t></w:r><w:r><w:t>]] $x$ |\n",
    );
    let (pdf, docx) = render(&load_str("cells.yaml", &yaml));
    let text = pdf_text(&pdf);
    assert!(
        text.contains(r#"#read("/etc/passwd") </w:t></w:r><w:r><w:t>]] $x$"#),
        "{text}"
    );
    assert!(!text.contains("root:"));
    let document = docx_part(&docx, "word/document.xml");
    assert!(document.contains("&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:t&gt;]] $x$"));
}

#[test]
fn pdf_declares_pdf_ua_and_shows_its_title() {
    let file = load(&repo().join(TABLE_CASE));
    let (pdf, _) = render(&file);
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let xmp = String::from_utf8_lossy(&pdf).into_owned();
    assert!(
        xmp.contains("<pdfuaid:part>1</pdfuaid:part>") || xmp.contains(r#"pdfuaid:part="1""#),
        "PDF/UA-1 in the XMP"
    );
    let catalog = doc.catalog().unwrap();
    let prefs = catalog
        .get(b"ViewerPreferences")
        .and_then(|o| match o {
            lopdf::Object::Reference(id) => doc.get_dictionary(*id),
            lopdf::Object::Dictionary(d) => Ok(d),
            _ => Err(lopdf::Error::DictKey("ViewerPreferences".into())),
        })
        .expect("viewer preferences");
    assert_eq!(
        prefs.get(b"DisplayDocTitle").unwrap(),
        &lopdf::Object::Boolean(true)
    );

    let (archive, _) = render_with(&file, PdfProfile::Archive);
    let xmp = String::from_utf8_lossy(&archive).into_owned();
    assert!(xmp.contains("<pdfaid:part>2</pdfaid:part>") || xmp.contains(r#"pdfaid:part="2""#));
    assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>") || xmp.contains(r#"pdfuaid:part="1""#));
}

#[test]
fn logo_in_both_formats_with_alternative_text() {
    let builder = example_builder("examples/logotyp");
    let (pdf, docx) = render_in(&builder, &repo().join(EXAMPLE), PdfProfile::Standard);
    let parts = part_names(&docx);
    assert!(
        parts.contains(&"word/media/logo.png".to_owned()),
        "{parts:?}"
    );
    let rels = docx_part(&docx, "word/_rels/header1.xml.rels");
    assert!(rels.contains(r#"Id="rIdLogo""#) && rels.contains(r#"Target="media/logo.png""#));
    let header = docx_part(&docx, "word/header1.xml");
    assert!(header.contains(r#"<wp:docPr id="1" name="Logotyp" descr="Lövsjö kommun"/>"#));
    // 45 mm wide, the height from the SVG's 4:1.
    assert!(
        header.contains(r#"<wp:extent cx="1620000" cy="405000"/>"#),
        "{header}"
    );
    let types = docx_part(&docx, "[Content_Types].xml");
    assert!(types.contains(r#"<Default Extension="png" ContentType="image/png"/>"#));

    // The PDF draws the SVG (as vector graphics) and tags it with its
    // alternative text; logo_text is not printed beside it.
    let bytes = String::from_utf8_lossy(&pdf);
    assert!(bytes.contains("/Alt (Lövsjö kommun)") || pdf_has_alt(&pdf, "Lövsjö kommun"));
    assert!(!pdf_text(&pdf).contains("LÖVSJÖ KOMMUN Social"));
}

/// Whether a structure element of the PDF carries `alt` as /Alt.
fn pdf_has_alt(pdf: &[u8], alt: &str) -> bool {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    doc.objects.values().any(|object| {
        object
            .as_dict()
            .ok()
            .and_then(|d| d.get(b"Alt").ok())
            .and_then(|a| a.as_str().ok())
            .is_some_and(|a| {
                lopdf::decode_text_string(&lopdf::Object::String(
                    a.to_vec(),
                    lopdf::StringFormat::Literal,
                ))
                .is_ok_and(|s| s == alt)
            })
    })
}

#[test]
fn png_logo_is_an_image_in_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let logo =
        beslut::render::logo::Logo::load(&repo().join("examples/logotyp/logo.svg"), 40.0).unwrap();
    std::fs::write(dir.path().join("logo.png"), &*logo.raster).unwrap();
    std::fs::write(
        dir.path().join("beslut.toml"),
        "[style]\nlogo = \"logo.png\"\nlogo_alt = \"Lövsjö kommun\"\n",
    )
    .unwrap();
    let config = Config::load_with_assets(&dir.path().join("beslut.toml"), true).unwrap();
    let builder = Builder::new(config, Templates::new(None));
    let file = beslut::case::parse_case(
        Path::new("x.yaml"),
        MINIMAL_CASE.to_owned(),
        &builder.config.sender,
    )
    .unwrap();
    let rendered = builder
        .render(&file, Formats::default(), PdfProfile::Standard)
        .unwrap();
    let pdf = &rendered.iter().find(|(e, _)| *e == "pdf").unwrap().1;
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let images = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").ok() == Some(&lopdf::Object::Name(b"Image".to_vec())))
        .count();
    assert!(images >= 1, "the logo is an image XObject");
    assert!(pdf_has_alt(pdf, "Lövsjö kommun"));
}

#[test]
fn missing_or_broken_logo_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("beslut.toml");
    std::fs::write(&config, "[style]\nlogo = \"finns-inte.svg\"\n").unwrap();
    let error = Config::load_with_assets(&config, true)
        .unwrap_err()
        .to_string();
    assert!(error.contains("finns-inte.svg"), "{error}");
    std::fs::write(dir.path().join("logo.gif"), b"GIF89a").unwrap();
    std::fs::write(&config, "[style]\nlogo = \"logo.gif\"\n").unwrap();
    let error = Config::load_with_assets(&config, true)
        .unwrap_err()
        .to_string();
    assert!(error.contains("SVG-, PNG- eller JPEG-fil"), "{error}");
}

#[test]
fn word_template_styles_and_first_page_header_are_used() {
    let builder = example_builder("examples/wordmall");
    let case = repo().join("examples/wordmall/cases/kostnader-hemtjanst.yaml");
    let (_, docx) = render_in(&builder, &case, PdfProfile::Standard);
    let styles = docx_part(&docx, "word/styles.xml");
    // The template's own definitions, found by name…
    assert!(styles.contains(
        r#"<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/>"#
    ));
    assert!(styles.contains(r#"w:ascii="Liberation Serif""#));
    // …and beslut's for what it lacks, each id once.
    assert!(styles.contains(r#"w:styleId="ListNumber"><w:name w:val="List Number"/>"#));
    assert!(styles.contains(r#"w:styleId="TableGrid"><w:name w:val="Table Grid"/>"#));
    assert_unique(&attributes(&styles, "w:style", "w:styleId"), "style");

    let paragraphs = docx_paragraphs(&docx);
    let style_of = |text: &str| {
        paragraphs
            .iter()
            .find(|p| p.text == text)
            .and_then(|p| p.style.clone())
    };
    assert_eq!(style_of("Förslag till beslut").as_deref(), Some("Rubrik1"));
    assert_eq!(
        style_of("Utökad hemtjänst i Norrby – kostnader 2027–2028").as_deref(),
        Some("Rubrik")
    );

    // Page 1 has the template's header with its image; the letterhead facts
    // open the body.
    let header = docx_part(&docx, "word/header1.xml");
    assert!(header.contains(r#"<pic:cNvPr id="1" name="logo.png" descr="Lövsjö kommun"/>"#));
    let rels = docx_part(&docx, "word/_rels/header1.xml.rels");
    assert!(rels.contains(r#"Target="media/mall-1.png""#), "{rels}");
    assert!(part_names(&docx).contains(&"word/media/mall-1.png".to_owned()));
    let document = docx_part(&docx, "word/document.xml");
    let body = &document[document.find("<w:body>").unwrap()..];
    assert!(body.starts_with("<w:body><w:tbl>"), "letterhead first");
    assert!(body.find("SON 2026-301").unwrap() < body.find("Förslag till beslut").unwrap());
    assert!(
        !body.contains("LÖVSJÖ KOMMUN"),
        "the template brings the emblem"
    );
}

#[test]
fn a_file_that_is_no_word_template_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mall.docx"), b"not a zip").unwrap();
    std::fs::write(
        dir.path().join("beslut.toml"),
        "[style]\nword_template = \"mall.docx\"\n",
    )
    .unwrap();
    let error = Config::load_with_assets(&dir.path().join("beslut.toml"), true)
        .unwrap_err()
        .to_string();
    assert!(error.contains("Word-mallen kan inte användas"), "{error}");
}
