//! Reading what reviewers lint: case files (.yaml), Word files (.docx) and
//! plain text (.txt, .md). Every reader is bounded and total: bad input is
//! an error for that file, never a panic.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::paper::{Facts, Located, Paper, PaperKind, Region, SectionKind};
use super::text::Span;
use crate::read::{read_bounded, utf8};

/// Largest text or case file read (bytes).
const MAX_TEXT_BYTES: u64 = 8 * 1024 * 1024;
/// Largest uncompressed `word/document.xml` read: a guard against zip bombs.
const MAX_DOCX_XML_BYTES: u64 = 32 * 1024 * 1024;

/// A file that could not be read as a paper.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{path}: fel: {message}")]
pub struct InputError {
    pub path: PathBuf,
    pub message: String,
}

/// Whether `path` names a case file.
pub fn is_case_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// Reads a finished paper (.docx, .txt, .md) by its extension.
pub fn read_text_paper(path: &Path) -> Result<Paper, InputError> {
    Ok(paper_from_text(path.to_owned(), read_paper_text(path)?))
}

/// The text of a finished paper: a .docx's paragraphs (page headers first),
/// or a .txt/.md file as UTF-8. Size-bounded like every reader here.
pub fn read_paper_text(path: &Path) -> Result<String, InputError> {
    let error = |message: String| InputError {
        path: path.to_owned(),
        message,
    };
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_lowercase();
    match extension.as_str() {
        "docx" => docx_text(&read_bounded(path, MAX_TEXT_BYTES).map_err(error)?).map_err(error),
        "txt" | "md" | "text" => read_bounded(path, MAX_TEXT_BYTES)
            .and_then(utf8)
            .map_err(error),
        other => Err(error(format!(
            "okänd filtyp `.{other}`: en färdig skrivelse är .docx, .txt eller .md"
        ))),
    }
}

/// Whether `path` is a file the lint reads when walking a folder.
pub fn is_lintable(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["yaml", "yml", "docx", "txt", "md"].contains(&e.to_lowercase().as_str()))
}

/// The text of a .docx, one line per paragraph (`w:p`), tabs and breaks kept.
pub fn docx_text(bytes: &[u8]) -> Result<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("filen är ingen giltig .docx (zip): {e}"))?;
    if zip.index_for_name("word/document.xml").is_none() {
        return Err("filen saknar word/document.xml och är ingen Word-fil".to_owned());
    }
    // The letterhead often lives in the page header: read headers first.
    let mut headers: Vec<String> = zip
        .file_names()
        .filter(|n| n.starts_with("word/header") && n.ends_with(".xml"))
        .map(str::to_owned)
        .collect();
    headers.sort();
    let mut text = String::new();
    for part in headers
        .iter()
        .map(String::as_str)
        .chain(["word/document.xml"])
    {
        text.push_str(&paragraphs_from_document_xml(&read_part(&mut zip, part)?)?);
    }
    Ok(text)
}

/// One XML part, refusing parts that unpack beyond the limit.
fn read_part(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<String, String> {
    let mut part = zip
        .by_name(name)
        .map_err(|e| format!("kan inte läsa {name}: {e}"))?;
    if part.size() > MAX_DOCX_XML_BYTES {
        return Err(format!(
            "dokumentet packas upp till {} byte; högst {MAX_DOCX_XML_BYTES} byte läses",
            part.size()
        ));
    }
    let mut xml = String::new();
    part.by_ref()
        .take(MAX_DOCX_XML_BYTES + 1)
        .read_to_string(&mut xml)
        .map_err(|e| format!("kan inte packa upp dokumentet: {e}"))?;
    if xml.len() as u64 > MAX_DOCX_XML_BYTES {
        return Err("dokumentet är för stort".into());
    }
    Ok(xml)
}

/// One line per paragraph. A paragraph in a heading style (Heading 1,
/// Rubrik 1, Title …) is written as a Markdown heading, so the section
/// finder sees Word's own structure.
fn paragraphs_from_document_xml(xml: &str) -> Result<String, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = String::new();
    let mut paragraph = String::new();
    let mut heading = false;
    let mut in_text = false;
    loop {
        match reader
            .read_event()
            .map_err(|e| format!("trasig XML i dokumentet: {e}"))?
        {
            Event::Start(e) if e.local_name().as_ref() == b"t" => in_text = true,
            Event::End(e) if e.local_name().as_ref() == b"t" => in_text = false,
            Event::Text(t) if in_text => paragraph.push_str(
                &t.xml_content()
                    .map_err(|e| format!("trasig text i dokumentet: {e}"))?,
            ),
            Event::GeneralRef(r) if in_text => {
                paragraph.push_str(match String::from_utf8_lossy(&r).as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                })
            }
            Event::Empty(e) if e.local_name().as_ref() == b"pStyle" => {
                let style = e
                    .attributes()
                    .filter_map(Result::ok)
                    .find(|a| a.key.local_name().as_ref() == b"val")
                    .map(|a| String::from_utf8_lossy(&a.value).to_lowercase())
                    .unwrap_or_default();
                heading = ["heading", "rubrik", "title"]
                    .iter()
                    .any(|h| style.starts_with(h));
            }
            Event::Empty(e) if e.local_name().as_ref() == b"tab" => paragraph.push('\t'),
            Event::Empty(e) if e.local_name().as_ref() == b"br" => paragraph.push('\n'),
            Event::End(e) if e.local_name().as_ref() == b"p" => {
                if heading && !paragraph.trim().is_empty() {
                    out.push_str("## ");
                }
                out.push_str(&paragraph);
                out.push('\n');
                paragraph.clear();
                heading = false;
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out.push_str(&paragraph);
    Ok(out)
}

/// Recognises a section heading line.
pub fn classify_heading(line: &str) -> Option<SectionKind> {
    // Headings are short; most lines are prose and skip the work below.
    if line.len() > 160 {
        return None;
    }
    let clean = clean_heading(line);
    let lower = clean.to_lowercase();
    if lower.starts_with("förslag till") && lower.ends_with("beslut") {
        Some(SectionKind::Proposals)
    } else if lower == "ärende" || lower == "ärendet" || lower == "sammanfattning av ärendet" {
        Some(SectionKind::Arende)
    } else if lower.starts_with("beslutsunderlag") && clean.len() < 20 {
        Some(SectionKind::Basis)
    } else if lower == "bakgrund" {
        Some(SectionKind::Bakgrund)
    } else if lower.starts_with("ekonomiska konsekvenser") {
        Some(SectionKind::Ekonomi)
    } else if lower.starts_with("information eller förhandling")
        || lower.starts_with("information och förhandling")
    {
        Some(SectionKind::Mbl)
    } else if lower.starts_with("beslutet skickas till")
        || lower.starts_with("beslutet ska skickas till")
    {
        Some(SectionKind::Distribution)
    } else if looks_like_other_heading(line, clean) {
        Some(SectionKind::Other(clean.to_owned()))
    } else {
        None
    }
}

fn clean_heading(line: &str) -> &str {
    line.trim()
        .trim_start_matches('#')
        .trim()
        .trim_matches(['*', '_'])
        .trim()
        .trim_end_matches(':')
        .trim()
}

/// A short capitalised line without sentence punctuation, written as a
/// Markdown heading or standing alone: "Uppföljning", "## Barnrättsperspektiv".
fn looks_like_other_heading(line: &str, clean: &str) -> bool {
    let markdown = line.trim_start().starts_with('#');
    let words = clean.split_whitespace().count();
    let capital = clean.chars().next().is_some_and(char::is_uppercase);
    let known = [
        "uppföljning",
        "utvecklingsarbete",
        "barnrättsperspektiv",
        "barnperspektiv",
        "jämställdhetsperspektiv",
        "miljöperspektiv",
        "konsekvenser",
        "bedömning",
        "förvaltningens bedömning",
        "överväganden",
        "samverkan",
        "juridiska konsekvenser",
    ];
    (markdown && words > 0 && words <= 8)
        || (capital && known.contains(&clean.to_lowercase().as_str()))
}

/// A finished paper: sections by their headings, date and Dnr from the
/// letterhead, the distribution list from its section.
pub fn paper_from_text(path: PathBuf, source: String) -> Paper {
    let mut regions: Vec<Region> = Vec::new();
    let mut current = Region {
        range: 0..0,
        kind: SectionKind::Header,
    };
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if let Some(kind) = classify_heading(line) {
            let continues_mbl_heading = current.kind == SectionKind::Mbl
                && kind == SectionKind::Other(clean_heading(line).to_owned())
                && current.range.start + 200 > offset;
            if !continues_mbl_heading {
                current.range.end = offset;
                regions.push(std::mem::replace(
                    &mut current,
                    Region {
                        range: offset..offset,
                        kind,
                    },
                ));
            }
        }
        offset += line.len();
    }
    current.range.end = source.len();
    regions.push(current);
    regions.retain(|r| !r.range.is_empty());

    let mut paper = Paper::new(path, PaperKind::Text, source, regions, Facts::default());
    paper.facts = text_facts(&paper);
    paper
}

/// Date and Dnr from the letterhead (the paper's scan, limited to the
/// header), the distribution list from its section.
fn text_facts(paper: &Paper) -> Facts {
    let (source, regions, scan) = (&paper.source, &paper.regions, &paper.scan);
    let header = regions
        .iter()
        .find(|r| r.kind == SectionKind::Header)
        .map(|r| r.range.clone());
    let mut facts = Facts::default();
    if let Some(header) = header {
        let in_header = |span: &Span| header.contains(&span.start);
        facts.paper_date = scan
            .dates
            .iter()
            .filter(|d| in_header(&d.span))
            .filter_map(|d| Some((d.span.clone(), *d.date.as_ref().ok()?)))
            .find(|(span, _)| {
                let line = line_around(source, span.start);
                let rest = line
                    .trim()
                    .trim_start_matches("Datum")
                    .trim_start_matches(':')
                    .trim();
                rest == &source[span.clone()]
            })
            .map(|(span, value)| Located { value, span });
        facts.dnr = scan
            .dnrs
            .iter()
            .find(|d| d.well_formed && in_header(&d.span))
            .map(|d| Located {
                value: d.text.clone(),
                span: d.span.clone(),
            });
    }
    facts.send_to = regions
        .iter()
        .find(|r| r.kind == SectionKind::Distribution)
        .map(|r| {
            let mut names = Vec::new();
            let mut offset = r.range.start;
            for (index, line) in source[r.range.clone()].split_inclusive('\n').enumerate() {
                let trimmed = line.trim().trim_start_matches(['-', '*', '•']).trim();
                if index > 0 && !trimmed.is_empty() {
                    let start = offset + line.find(trimmed).unwrap_or(0);
                    names.push(Located {
                        value: trimmed.to_owned(),
                        span: start..start + trimmed.len(),
                    });
                }
                offset += line.len();
            }
            names
        });
    facts
}

fn line_around(source: &str, at: usize) -> &str {
    let start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    &source[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_in_markdown_and_plain_text() {
        assert_eq!(
            classify_heading("### **Förslag till social- och omsorgsnämndens beslut**"),
            Some(SectionKind::Proposals)
        );
        assert_eq!(
            classify_heading("Förslag till beslut"),
            Some(SectionKind::Proposals)
        );
        assert_eq!(classify_heading(" Bakgrund"), Some(SectionKind::Bakgrund));
        assert_eq!(
            classify_heading("Beslutet skickas till:  "),
            Some(SectionKind::Distribution)
        );
        assert_eq!(
            classify_heading("Information eller förhandling enligt lag (1976:580) om "),
            Some(SectionKind::Mbl)
        );
        assert_eq!(
            classify_heading(" Uppföljning"),
            Some(SectionKind::Other("Uppföljning".into()))
        );
        assert_eq!(
            classify_heading("Eleonoragruppen arbetar aktivt med barnrättsperspektivet."),
            None
        );
    }

    #[test]
    fn sections_date_dnr_and_distribution_from_text() {
        let text = "Lövsjö kommun\nSocial- och omsorgsförvaltningen\n\n2026-03-02\n\nDnr SON 2026-118\n\n## Titel\n\n### Förslag till beslut\n\n1. Förslag.\n\n### Ärende\n\nText.\n\nBeslutet skickas till:\nSolrosgruppen AB\nKim Exempelsson\n";
        let paper = paper_from_text("x.txt".into(), text.to_owned());
        let kinds: Vec<&SectionKind> = paper.regions.iter().map(|r| &r.kind).collect();
        assert_eq!(kinds[0], &SectionKind::Header);
        assert!(
            kinds.contains(&&SectionKind::Proposals) && kinds.contains(&&SectionKind::Distribution)
        );
        assert_eq!(
            paper.facts.paper_date.as_ref().unwrap().value.to_string(),
            "2026-03-02"
        );
        assert_eq!(paper.facts.dnr.as_ref().unwrap().value, "SON 2026-118");
        let send_to: Vec<&str> = paper
            .facts
            .send_to
            .as_ref()
            .unwrap()
            .iter()
            .map(|l| l.value.as_str())
            .collect();
        assert_eq!(send_to, ["Solrosgruppen AB", "Kim Exempelsson"]);
    }

    #[test]
    fn broken_docx_is_an_error_not_a_panic() {
        assert!(docx_text(b"not a zip").is_err());
        assert!(docx_text(&[0x50, 0x4b, 0x03, 0x04, 0, 0]).is_err());
    }
}
