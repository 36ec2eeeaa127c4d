//! `beslut lint --annotate DIR`: a reviewed copy of each paper with the
//! findings where its reader reads them — Word comments around the
//! finding's own words, an HTML page for other papers — and the original
//! untouched.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use quick_xml::events::Event;

use crate::common::{beslut, docx_part, repo};

fn fixture() -> PathBuf {
    repo().join("tests/fixtures/annotate/hedeby-skolskjuts.docx")
}

/// Lints `papers` (copied into a scratch folder) with `--annotate out`.
fn annotate(papers: &[&Path]) -> (tempfile::TempDir, std::process::Output) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("beslut.toml"), "").unwrap();
    let mut args = vec!["lint".to_owned(), "--annotate".into(), "out".into()];
    for paper in papers {
        let name = paper.file_name().unwrap();
        std::fs::copy(paper, dir.path().join(name)).unwrap();
        args.push(name.to_string_lossy().into_owned());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = beslut(dir.path(), &args);
    (dir, output)
}

/// Comment id → the text its range covers (w:t in order, across runs).
fn commented_text(document: &str) -> BTreeMap<String, String> {
    let mut reader = quick_xml::Reader::from_str(document);
    let mut open: Vec<String> = Vec::new();
    let mut covered: BTreeMap<String, String> = BTreeMap::new();
    let mut in_text = false;
    loop {
        match reader.read_event().expect("well-formed document.xml") {
            Event::Empty(e) if e.name().as_ref() == b"w:commentRangeStart" => {
                let id = attr(&e, b"w:id");
                covered.entry(id.clone()).or_default();
                open.push(id);
            }
            Event::Empty(e) if e.name().as_ref() == b"w:commentRangeEnd" => {
                let id = attr(&e, b"w:id");
                open.retain(|o| *o != id);
            }
            Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            Event::Text(t) if in_text => {
                for id in &open {
                    covered
                        .get_mut(id)
                        .unwrap()
                        .push_str(&t.xml_content().unwrap());
                }
            }
            Event::GeneralRef(r) if in_text => {
                let name: &[u8] = &r;
                let c = match name {
                    b"amp" => "&",
                    b"lt" => "<",
                    b"gt" => ">",
                    _ => "?",
                };
                for id in &open {
                    covered.get_mut(id).unwrap().push_str(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    covered
}

fn attr(e: &quick_xml::events::BytesStart<'_>, name: &[u8]) -> String {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
        .unwrap_or_default()
}

/// Comment id → (author, text) from comments.xml.
fn comments(xml: &str) -> BTreeMap<String, (String, String)> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = BTreeMap::new();
    let mut current: Option<(String, String, String)> = None;
    loop {
        match reader.read_event().expect("well-formed comments.xml") {
            Event::Start(e) if e.name().as_ref() == b"w:comment" => {
                current = Some((attr(&e, b"w:id"), attr(&e, b"w:author"), String::new()));
            }
            Event::Text(t) => {
                if let Some((_, _, text)) = &mut current {
                    text.push_str(&t.xml_content().unwrap());
                    text.push('\n');
                }
            }
            Event::End(e) if e.name().as_ref() == b"w:comment" => {
                if let Some((id, author, text)) = current.take() {
                    out.insert(id, (author, text));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn json_findings(dir: &Path, paper: &str) -> Vec<serde_json::Value> {
    let out = beslut(dir, &["lint", "--format", "json", paper]);
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn every_warning_and_error_is_one_word_comment_around_its_own_words() {
    let original = std::fs::read(fixture()).unwrap();
    let (dir, output) = annotate(&[&fixture()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "findings: {stderr}");
    assert!(
        stderr.contains("granskad kopia: out/hedeby-skolskjuts.docx (5 kommentarer)"),
        "{stderr}"
    );
    // The original is untouched.
    assert_eq!(
        std::fs::read(dir.path().join("hedeby-skolskjuts.docx")).unwrap(),
        original
    );

    let copy = std::fs::read(dir.path().join("out/hedeby-skolskjuts.docx")).unwrap();
    let document = docx_part(&copy, "word/document.xml");
    let covered = commented_text(&document);
    let notes = comments(&docx_part(&copy, "word/comments.xml"));

    let source = beslut_text(&fixture());
    let findings: Vec<serde_json::Value> = json_findings(dir.path(), "hedeby-skolskjuts.docx")
        .into_iter()
        .filter(|f| f["severity"] != "info")
        .collect();
    assert_eq!(findings.len(), 5);
    let ours: Vec<(&String, &(String, String))> = notes
        .iter()
        .filter(|(_, (author, _))| author == "beslut")
        .collect();
    assert_eq!(ours.len(), findings.len(), "one comment per finding");
    for (finding, (id, (_, text))) in findings.iter().zip(ours) {
        let span = &finding["span"];
        let words = &source[span[0].as_u64().unwrap() as usize..span[1].as_u64().unwrap() as usize];
        assert_eq!(
            covered[id], words,
            "comment {id} covers the finding's words"
        );
        assert!(
            text.contains(finding["message"].as_str().unwrap()),
            "{text}"
        );
        assert!(text.contains(finding["code"].as_str().unwrap()), "{text}");
    }
    // The colleague's comment, the tracked changes and the field stay.
    assert_eq!(notes["0"].0, "Jonas Berg");
    assert_eq!(covered["0"], "Avtalet gäller");
    assert_eq!(document.matches("<w:ins ").count(), 1);
    assert_eq!(
        document.matches("<w:delText>Bolaget</w:delText>").count(),
        1
    );
    assert!(document.contains(r#"<w:fldSimple w:instr=" PAGE ">"#));
    // Formatting is kept on both halves of a split run.
    assert!(document.contains(r#"<w:r><w:rPr><w:i/></w:rPr><w:t>två år</w:t></w:r>"#));
}

/// The text our reader reads from a .docx: what the findings' spans index.
fn beslut_text(path: &Path) -> String {
    beslut::reader::read_paper(path).unwrap().text
}

#[test]
fn the_copy_reads_back_with_the_same_text_and_a_valid_package() {
    let (dir, _) = annotate(&[&fixture()]);
    let copy_path = dir.path().join("out/hedeby-skolskjuts.docx");
    assert_eq!(beslut_text(&copy_path), beslut_text(&fixture()));
    let copy = std::fs::read(&copy_path).unwrap();
    for part in [
        "word/document.xml",
        "word/comments.xml",
        "[Content_Types].xml",
        "word/_rels/document.xml.rels",
    ] {
        let xml = docx_part(&copy, part);
        let mut reader = quick_xml::Reader::from_str(&xml);
        while !matches!(reader.read_event().expect(part), Event::Eof) {}
    }
    let types = docx_part(&copy, "[Content_Types].xml");
    assert_eq!(types.matches("/word/comments.xml").count(), 1);
    let rels = docx_part(&copy, "word/_rels/document.xml.rels");
    assert_eq!(rels.matches("relationships/comments\"").count(), 1);
    // Comment ids are unique.
    let notes = comments(&docx_part(&copy, "word/comments.xml"));
    assert_eq!(notes.len(), 6);
    // Linting the copy finds the same.
    let again = beslut(
        dir.path(),
        &["lint", "--format", "json", "out/hedeby-skolskjuts.docx"],
    );
    let before = json_findings(dir.path(), "hedeby-skolskjuts.docx");
    let after: Vec<serde_json::Value> = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(before.len(), after.len());
}

#[test]
fn a_paper_without_comments_gets_the_comments_part_and_its_relationship() {
    // Our own import fixture has no comments part: one is added.
    let paper = repo().join("tests/fixtures/import/hedeby-hemtjanst.docx");
    let original = std::fs::read(&paper).unwrap();
    let source = beslut_text(&paper);
    let at = source.find("250 kronor").unwrap();
    let notes = vec![beslut::annotate::Note {
        span: at..at + "250 kronor".len(),
        text: "Beloppet & <annat>".into(),
    }];
    let furniture = beslut::reader::read_paper(&paper).unwrap().furniture_end;
    let annotated = beslut::annotate::annotate_docx(&original, &source, furniture, &notes).unwrap();
    assert_eq!(annotated.placed, 1);
    let document = docx_part(&annotated.bytes, "word/document.xml");
    assert_eq!(
        commented_text(&document).values().next().unwrap(),
        "250 kronor"
    );
    let xml = docx_part(&annotated.bytes, "word/comments.xml");
    assert!(xml.contains("Beloppet &amp; &lt;annat&gt;"));
    assert!(docx_part(&annotated.bytes, "[Content_Types].xml").contains("/word/comments.xml"));
    assert!(docx_part(&annotated.bytes, "word/_rels/document.xml.rels").contains("comments.xml"));
    // A note on the page header cannot sit there: it goes on the first
    // words and quotes its own.
    let header_notes = vec![beslut::annotate::Note {
        span: 0..5,
        text: "I sidhuvudet".into(),
    }];
    let annotated =
        beslut::annotate::annotate_docx(&original, &source, furniture, &header_notes).unwrap();
    assert_eq!(annotated.placed, 0);
    let xml = docx_part(&annotated.bytes, "word/comments.xml");
    assert!(xml.contains("(Gäller: ”HEDEB”)"), "{xml}");
}

#[test]
fn other_papers_get_an_html_page_and_the_original_folder_is_refused() {
    let text = repo().join("tests/fixtures/formats/windows-1252.txt");
    let (dir, output) = annotate(&[&text, &fixture()]);
    assert!(output.status.code().is_some_and(|c| c <= 1));
    let page = std::fs::read_to_string(dir.path().join("out/windows-1252.txt.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("lang=\"sv\""));
    // Writing the copies over the originals is refused, the originals kept.
    let original = std::fs::read(dir.path().join("hedeby-skolskjuts.docx")).unwrap();
    let out = beslut(
        dir.path(),
        &["lint", "--annotate", ".", "hedeby-skolskjuts.docx"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("skrivas över originalet"));
    assert_eq!(
        std::fs::read(dir.path().join("hedeby-skolskjuts.docx")).unwrap(),
        original
    );
}

#[test]
fn libreoffice_opens_the_annotated_copy_when_present() {
    let Ok(status) = std::process::Command::new("soffice")
        .arg("--version")
        .output()
    else {
        eprintln!("soffice not installed: skipped");
        return;
    };
    assert!(status.status.success());
    let (dir, _) = annotate(&[&fixture()]);
    let converted = std::process::Command::new("soffice")
        .args([
            "--headless",
            "--convert-to",
            r#"pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}"#,
            "--outdir",
            "pdf",
        ])
        .arg("out/hedeby-skolskjuts.docx")
        .current_dir(dir.path())
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert!(converted.status.success(), "{converted:?}");
    let pdf = std::fs::read(dir.path().join("pdf/hedeby-skolskjuts.pdf")).unwrap();
    let text = crate::common::pdf_text(&pdf);
    assert!(
        text.contains("Skolskjuts för barn med funktionsnedsättning"),
        "{text}"
    );
}
