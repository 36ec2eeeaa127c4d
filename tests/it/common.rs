//! Helpers shared by the integration tests: build cases through the library
//! or the binary, and read PDF and DOCX output back as text.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use beslut::builder::{Builder, Formats};
use beslut::case::{CaseFile, load_case, parse_case};
use beslut::compose::template::Templates;
use beslut::project::Config;
use beslut::render::pdf::PdfProfile;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn project_config() -> Config {
    Config::load_with_assets(&repo().join("beslut.toml"), true).expect("beslut.toml parses")
}

/// One builder for the whole test binary: fonts and library load once.
pub fn builder() -> &'static Builder {
    static BUILDER: OnceLock<Builder> = OnceLock::new();
    BUILDER.get_or_init(|| {
        Builder::new(
            project_config(),
            Templates::new(Some(&repo().join("templates"))),
        )
    })
}

pub fn load(path: &Path) -> CaseFile {
    load_case(path, &builder().config.sender).unwrap_or_else(|e| panic!("{e}"))
}

pub fn load_str(name: &str, yaml: &str) -> CaseFile {
    parse_case(Path::new(name), yaml.to_owned(), &builder().config.sender)
        .unwrap_or_else(|e| panic!("{e}"))
}

/// (pdf bytes, docx bytes) for a loaded case.
pub fn render(file: &CaseFile) -> (Vec<u8>, Vec<u8>) {
    render_with(file, PdfProfile::Standard)
}

pub fn render_with(file: &CaseFile, profile: PdfProfile) -> (Vec<u8>, Vec<u8>) {
    let rendered = builder()
        .render(file, Formats::default(), profile)
        .unwrap_or_else(|e| panic!("{e}"));
    let mut pdf = None;
    let mut docx = None;
    for (extension, bytes) in rendered {
        match extension {
            "pdf" => pdf = Some(bytes),
            "docx" => docx = Some(bytes),
            other => panic!("unexpected format {other}"),
        }
    }
    (pdf.expect("pdf"), docx.expect("docx"))
}

/// Whitespace collapsed to single spaces, so wrapped lines compare equal.
pub fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The PDF's text (beslut's line-aware extractor over pdf-extract), with
/// white space collapsed.
pub fn pdf_text(pdf: &[u8]) -> String {
    normalize(&beslut::import::pdf_text(pdf).expect("PDF text extracts"))
}

/// A paragraph of a DOCX body: its style id (if any) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocxParagraph {
    pub style: Option<String>,
    pub text: String,
}

pub fn docx_part(docx: &[u8], part: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("DOCX is a zip");
    let mut file = zip
        .by_name(part)
        .unwrap_or_else(|_| panic!("{part} in DOCX"));
    let mut xml = String::new();
    file.read_to_string(&mut xml).expect("UTF-8 XML");
    xml
}

/// The paragraphs of `word/document.xml`, read with an XML parser. Line
/// breaks inside a paragraph (`w:br`) read as a newline.
pub fn docx_paragraphs(docx: &[u8]) -> Vec<DocxParagraph> {
    use quick_xml::events::Event;
    let xml = docx_part(docx, "word/document.xml");
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut paragraphs = Vec::new();
    let mut current: Option<DocxParagraph> = None;
    let mut in_text = false;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) if e.name().as_ref() == b"w:p" => {
                current = Some(DocxParagraph {
                    style: None,
                    text: String::new(),
                });
            }
            Event::Empty(e) if e.name().as_ref() == b"w:p" => {
                paragraphs.push(DocxParagraph {
                    style: None,
                    text: String::new(),
                });
            }
            Event::Empty(e) if e.name().as_ref() == b"w:pStyle" => {
                if let (Some(p), Some(attr)) = (
                    current.as_mut(),
                    e.try_get_attribute("w:val").ok().flatten(),
                ) {
                    p.style = Some(attr.unescape_value().unwrap().into_owned());
                }
            }
            Event::Empty(e) if e.name().as_ref() == b"w:br" => {
                if let Some(p) = current.as_mut() {
                    p.text.push('\n');
                }
            }
            Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            Event::Text(t) if in_text => {
                if let Some(p) = current.as_mut() {
                    p.text.push_str(&t.xml_content().unwrap());
                }
            }
            Event::GeneralRef(r) if in_text => {
                if let Some(p) = current.as_mut() {
                    let name = String::from_utf8_lossy(&r).into_owned();
                    p.text.push_str(match name.as_str() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "?",
                    });
                }
            }
            Event::End(e) if e.name().as_ref() == b"w:p" => paragraphs.extend(current.take()),
            Event::Eof => break,
            _ => {}
        }
    }
    paragraphs
}

/// Runs the built binary in `dir` with `args`.
pub fn beslut(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_beslut"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("beslut runs")
}

/// A scratch project: beslut.toml copied from the repo, cases written from strings.
pub fn scratch_project(cases: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(repo().join("beslut.toml"), dir.path().join("beslut.toml")).unwrap();
    std::fs::create_dir(dir.path().join("cases")).unwrap();
    for (name, yaml) in cases {
        std::fs::write(dir.path().join("cases").join(name), yaml).unwrap();
    }
    dir
}

pub fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// A minimal valid generic case; tests vary one thing at a time.
pub const MINIMAL_CASE: &str = "\
template: tjansteskrivelse
dnr: SON 2026-001
date: 2026-01-15
board: Social- och omsorgsnämnden
title: Testärende
proposals:
  - Nämnden beslutar enligt förslaget.
mbl: { kind: ej_aktuellt }
send_to: [Kommunstyrelsen]
sections:
  arende: Nämnden ska ta ställning till förslaget.
  ekonomi: Beslutet har inga ekonomiska konsekvenser.
";
