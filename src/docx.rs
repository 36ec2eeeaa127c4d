//! DOCX backend: the document model as an editable Word file with Word's own
//! styles (Title, Heading 1/2, List Number, List Bullet, Normal).

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, Header, IndentLevel, Level, LevelJc,
    LevelOverride, LevelText, NumPages, NumberFormat, Numbering, NumberingId, PageMargin, PageNum,
    Paragraph, Run, RunFonts, SpecialIndentType, Start, Style, StyleType,
};

use crate::document::{Block, Document};

/// Word font for the body: Arial is metric-compatible with the bundled
/// Liberation Sans, so Word and PDF break lines alike.
const WORD_FONT: &str = "Arial";
const NUMBERED_ABSTRACT: usize = 1;
const BULLET_ABSTRACT: usize = 2;

/// Whether XML 1.0 can carry `c`.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r')
        || ('\u{20}'..='\u{D7FF}').contains(&c)
        || ('\u{E000}'..='\u{FFFD}').contains(&c)
        || c >= '\u{10000}'
}

/// A copy of `document` without the characters XML cannot carry, or None
/// when it has none (the common case: no copy).
fn xml_safe(document: &Document) -> Result<Option<Document>, DocxError> {
    fn clean(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::String(s) => s.retain(xml_char),
            serde_json::Value::Array(items) => items.iter_mut().for_each(clean),
            serde_json::Value::Object(map) => map.values_mut().for_each(clean),
            _ => {}
        }
    }
    fn has_bad(value: &serde_json::Value) -> bool {
        match value {
            serde_json::Value::String(s) => !s.chars().all(xml_char),
            serde_json::Value::Array(items) => items.iter().any(has_bad),
            serde_json::Value::Object(map) => map.values().any(has_bad),
            _ => false,
        }
    }
    let mut value = serde_json::to_value(document).map_err(|e| DocxError(e.to_string()))?;
    if !has_bad(&value) {
        return Ok(None);
    }
    clean(&mut value);
    serde_json::from_value(value)
        .map(Some)
        .map_err(|e| DocxError(e.to_string()))
}

/// Writing the DOCX failed.
#[derive(Debug, Clone, thiserror::Error)]
#[error("DOCX-exporten misslyckades: {0}")]
pub struct DocxError(String);

/// Renders `document` to DOCX bytes. Output is byte-deterministic.
/// Characters XML 1.0 cannot carry (most C0 controls, U+FFFE, U+FFFF) are
/// left out: Word refuses a file that holds them.
pub fn render(document: &Document) -> Result<Vec<u8>, DocxError> {
    let cleaned = xml_safe(document)?;
    let document = cleaned.as_ref().unwrap_or(document);
    let mut docx = base(document);
    let mut next_numbering = 1;
    for block in &document.body {
        docx = add_block(docx, block, &mut next_numbering);
    }
    docx = add_signature(docx, document);
    docx = add_distribution(docx, document);

    let mut xml = docx.build();
    xml.doc_props.core = core_properties(document).into_bytes();
    xml.styles = with_language(&xml.styles, &document.meta.language);
    let mut out = Cursor::new(Vec::new());
    xml.pack(&mut out).map_err(|e| DocxError(e.to_string()))?;
    Ok(out.into_inner())
}

fn base(document: &Document) -> Docx {
    let font = RunFonts::new()
        .ascii(WORD_FONT)
        .hi_ansi(WORD_FONT)
        .cs(WORD_FONT)
        .east_asia(WORD_FONT);
    Docx::new()
        .page_size(11906, 16838) // A4 in twips
        .page_margin(PageMargin {
            top: 1247,
            left: 1418,
            bottom: 1474,
            right: 1418,
            header: 567,
            footer: 567,
            gutter: 0,
        })
        .default_fonts(font)
        .default_size(22) // 11 pt
        .add_style(Style::new("Normal", StyleType::Paragraph).name("Normal"))
        .add_style(paragraph_style("Title", "Title", 30).bold())
        .add_style(heading_style("Heading1", "heading 1", 24, 0))
        .add_style(heading_style("Heading2", "heading 2", 22, 1))
        .add_style(paragraph_style("ListNumber", "List Number", 22))
        .add_style(paragraph_style("ListBullet", "List Bullet", 22))
        .add_abstract_numbering(list_levels(NUMBERED_ABSTRACT, "decimal", "%1."))
        .add_abstract_numbering(list_levels(BULLET_ABSTRACT, "bullet", "•"))
        .header(letterhead(document))
        .footer(footer(document))
        .add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Right)
                .add_run(Run::new().bold().add_text(&document.letterhead.board)),
        )
        .add_paragraph(
            Paragraph::new()
                .style("Title")
                .add_run(Run::new().add_text(&document.title)),
        )
}

fn paragraph_style(id: &str, name: &str, half_points: usize) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
        .size(half_points)
}

fn heading_style(id: &str, name: &str, half_points: usize, outline_level: usize) -> Style {
    paragraph_style(id, name, half_points)
        .bold()
        .outline_lvl(outline_level)
}

fn list_levels(id: usize, format: &str, text: &str) -> AbstractNumbering {
    AbstractNumbering::new(id).add_level(
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(Some(426), Some(SpecialIndentType::Hanging(426)), None, None),
    )
}

fn letterhead(document: &Document) -> Header {
    let head = &document.letterhead;
    let mut header = Header::new();
    if let Some(logo) = &head.logo_text {
        header = header
            .add_paragraph(Paragraph::new().add_run(Run::new().bold().size(28).add_text(logo)));
    }
    for line in head.sender_lines.iter().chain(head.contact.iter()) {
        header = header.add_paragraph(Paragraph::new().add_run(Run::new().size(18).add_text(line)));
    }
    for (label, value) in [("Datum", &head.date), ("Dnr", &head.dnr)] {
        if !value.is_empty() {
            let line = format!("{label} {value}");
            header = header.add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Right)
                    .add_run(Run::new().size(18).add_text(line)),
            );
        }
    }
    header
}

fn footer(document: &Document) -> Footer {
    let text = |t: String| Run::new().size(16).add_text(t);
    Footer::new().add_paragraph(
        Paragraph::new()
            .add_run(text(match document.letterhead.dnr.as_str() {
                "" => "Sida ".to_owned(),
                dnr => format!("Dnr {dnr}    Sida "),
            }))
            .add_page_num(PageNum::new())
            .add_run(text(" av ".into()))
            .add_num_pages(NumPages::new()),
    )
}

fn add_block(docx: Docx, block: &Block, next_numbering: &mut usize) -> Docx {
    match block {
        Block::Heading { level, text } => {
            let style = if *level <= 1 { "Heading1" } else { "Heading2" };
            docx.add_paragraph(
                Paragraph::new()
                    .style(style)
                    .keep_next(true)
                    .add_run(Run::new().add_text(text)),
            )
        }
        Block::Paragraph(text) => {
            docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(text)))
        }
        Block::NumberedList(items) => {
            add_list(docx, items, "ListNumber", NUMBERED_ABSTRACT, next_numbering)
        }
        Block::BulletList(items) => {
            add_list(docx, items, "ListBullet", BULLET_ABSTRACT, next_numbering)
        }
        Block::Labelled { label, items } => {
            let mut paragraph = Paragraph::new().add_run(Run::new().bold().add_text(label));
            for item in items {
                paragraph =
                    paragraph.add_run(Run::new().add_break(BreakType::TextWrapping).add_text(item));
            }
            docx.add_paragraph(paragraph)
        }
    }
}

/// Each list gets its own numbering instance so numbering restarts at 1.
fn add_list(
    mut docx: Docx,
    items: &[String],
    style: &str,
    abstract_id: usize,
    next: &mut usize,
) -> Docx {
    let id = *next;
    *next += 1;
    docx = docx.add_numbering(
        Numbering::new(id, abstract_id).add_override(LevelOverride::new(0).start(1)),
    );
    for item in items {
        docx = docx.add_paragraph(
            Paragraph::new()
                .style(style)
                .numbering(NumberingId::new(id), IndentLevel::new(0))
                .add_run(Run::new().add_text(item)),
        );
    }
    docx
}

fn add_signature(mut docx: Docx, document: &Document) -> Docx {
    let signature = &document.signature;
    docx = docx.add_paragraph(Paragraph::new());
    if let Some(administration) = &signature.administration {
        docx = docx.add_paragraph(
            Paragraph::new()
                .keep_next(true)
                .add_run(Run::new().add_text(administration)),
        );
        docx = docx.add_paragraph(Paragraph::new().keep_next(true));
    }
    for person in &signature.signatories {
        let mut run = Run::new().add_text(&person.name);
        if let Some(role) = &person.role {
            run = run.add_break(BreakType::TextWrapping).add_text(role);
        }
        docx = docx.add_paragraph(Paragraph::new().keep_lines(true).add_run(run));
    }
    docx
}

fn add_distribution(mut docx: Docx, document: &Document) -> Docx {
    if document.send_to.is_empty() {
        return docx;
    }
    docx = docx.add_paragraph(
        Paragraph::new()
            .keep_next(true)
            .add_run(Run::new().bold().add_text("Beslutet skickas till:")),
    );
    for name in &document.send_to {
        docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(name)));
    }
    docx
}

/// docx-rs has no setter for title, subject or keywords: write core.xml here.
/// Created and modified are the paper's date, so rebuilds are byte-identical.
fn core_properties(document: &Document) -> String {
    let meta = &document.meta;
    let esc = |s: &str| quick_xml::escape::escape(s).into_owned();
    let stamp = format!("{}T00:00:00Z", meta.date.iso);
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
            r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><dc:creator>{creator}</dc:creator>",
            "<cp:keywords>{keywords}</cp:keywords><dc:language>{language}</dc:language>",
            "<cp:lastModifiedBy>{creator}</cp:lastModifiedBy><cp:revision>1</cp:revision>",
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>"#,
            r#"<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>"#,
            "</cp:coreProperties>"
        ),
        title = esc(&meta.title),
        subject = esc(&meta.subject),
        creator = esc(&meta.author),
        keywords = esc(&meta.keywords.join(", ")),
        language = esc(&meta.language),
        stamp = stamp,
    )
}

/// docx-rs cannot set the document language: add `<w:lang>` to the default
/// run properties, where Word looks for it (last in `w:rPr` by the schema).
fn with_language(styles: &[u8], language: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(styles);
    let lang = format!(r#"<w:lang w:val="{language}" w:eastAsia="{language}" w:bidi="ar-SA" />"#);
    let Some(defaults) = text.find("<w:rPrDefault>") else {
        return styles.to_vec();
    };
    match text[defaults..].find("</w:rPr>") {
        Some(end) => {
            let at = defaults + end;
            format!("{}{}{}", &text[..at], lang, &text[at..]).into_bytes()
        }
        None => styles.to_vec(),
    }
}
