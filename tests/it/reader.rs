//! The paper reader: our own PDF and DOCX output reads back into the same
//! facts (round trip through `import`), every format and encoding has a
//! fixture, bad input is a clear error, and the real papers in
//! `../shared/realpapers/` (when present) give the dates and Dnr a careful
//! reader finds, without false alarms.

use std::path::{Path, PathBuf};

use crate::common::*;
use beslut::compose::compose;
use beslut::document::Block;
use beslut::import::{import_file, to_yaml, word_fidelity};
use beslut::reader::{Format, read_bytes, read_paper};
use lopdf::dictionary;
use serde_json::Value;

/// Every example case and case fixture.
fn all_cases() -> Vec<PathBuf> {
    let mut cases = Vec::new();
    for dir in ["cases", "tests/fixtures/cases"] {
        for entry in std::fs::read_dir(repo().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "yaml") {
                cases.push(path);
            }
        }
    }
    cases.sort();
    cases
}

/// The numbered proposals as the composed document states them.
fn composed_proposals(file: &beslut::case::CaseFile) -> Vec<String> {
    let composed = compose(file, &builder().config.house(), &builder().templates).unwrap();
    let mut after_heading = false;
    for block in &composed.document.body {
        match block {
            Block::Heading { .. } => after_heading = true,
            Block::NumberedList(items) if after_heading => {
                return items
                    .iter()
                    .map(|i| i.to_plain().replace('\u{a0}', " "))
                    .collect();
            }
            _ => {}
        }
    }
    Vec::new()
}

#[test]
fn own_pdf_and_docx_import_back_into_the_same_facts() {
    let dir = tempfile::tempdir().unwrap();
    for case_path in all_cases() {
        let file = load(&case_path);
        let case = &file.case;
        let (pdf, docx) = render(&file);
        let expected_proposals = composed_proposals(&file);
        for (extension, bytes) in [("pdf", &pdf), ("docx", &docx)] {
            let path = dir.path().join(format!("paper.{extension}"));
            std::fs::write(&path, bytes).unwrap();
            let imported = import_file(&path).unwrap();
            let got = &imported.case;
            let what = format!("{} as {extension}", case_path.display());
            assert_eq!(got.date, case.date, "{what}: date");
            assert_eq!(got.dnr, case.dnr, "{what}: dnr");
            assert_eq!(got.board, case.board, "{what}: board");
            assert_eq!(got.title, case.title, "{what}: title");
            assert_eq!(got.sender.officer, case.sender.officer, "{what}: officer");
            assert_eq!(
                got.proposals.clone().unwrap_or_default(),
                expected_proposals,
                "{what}: proposals"
            );
            assert_eq!(got.mbl.kind, case.mbl.kind, "{what}: mbl.kind");
            assert_eq!(got.mbl.date, case.mbl.date, "{what}: mbl.date");
            assert_eq!(got.send_to, case.send_to, "{what}: send_to");
            let signatories = |c: &beslut::case::Case| -> Vec<(String, Option<String>)> {
                c.signed_by
                    .iter()
                    .map(|s| (s.name.clone(), s.role.clone()))
                    .collect()
            };
            assert_eq!(signatories(got), signatories(case), "{what}: signed_by");
            assert_eq!(got.signed_for, case.signed_for, "{what}: signed_for");
            let sender = |c: &beslut::case::Case| {
                (
                    c.sender.administration.clone(),
                    c.sender.department.clone(),
                    c.sender.unit.clone(),
                )
            };
            assert_eq!(sender(got), sender(case), "{what}: sender");
            // Tables come back cell for cell (a case's own tables are
            // Markdown; the import writes them so again).
            let tables = |c: &beslut::case::Case| {
                let s = &c.sections;
                let mut text = [&s.arende, &s.bakgrund, &s.ekonomi]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect::<Vec<_>>();
                text.extend(s.other.iter().map(|o| o.text.clone()));
                beslut::import::tables(&text.join("\n\n"))
            };
            assert_eq!(tables(got), tables(case), "{what}: tables");
            assert_eq!(
                got.proposals_lead, case.proposals_lead,
                "{what}: proposals_lead"
            );
            // Rebuilt from the imported case, the paper keeps its words.
            let yaml = to_yaml(got, &path, &imported.notes);
            let rebuilt =
                beslut::case::parse_case(Path::new("x.yaml"), yaml, &builder().config.sender)
                    .unwrap_or_else(|e| panic!("{what}: imported case parses: {e}"));
            let (pdf2, docx2) = render(&rebuilt);
            let again = |b: &[u8], f: Format| read_bytes(b, f).unwrap().reading_order();
            for (score, format) in [
                (
                    word_fidelity(&imported.original, &again(&pdf2, Format::Pdf)),
                    "PDF",
                ),
                (
                    word_fidelity(&imported.original, &again(&docx2, Format::Docx)),
                    "DOCX",
                ),
            ] {
                assert!(score >= 0.99, "{what} → {format}: fidelity {score}");
            }
        }
    }
}

/// An undated paper (as an archived one comes back): the letterhead's
/// right column has only the Dnr, beside the municipality's name, and the
/// reader still reads the sender column — that line is no heading.
#[test]
fn an_undated_papers_letterhead_comes_back() {
    let file = load_str(
        "odaterad.yaml",
        "template: tjansteskrivelse\ndnr: SON\ndate: 1970-01-01\nundated: true\nverbatim: true\nboard: Social- och omsorgsnämnden\nsender:\n  officer: Exempelsson Kim\ntitle: Syftet med partnerskap\nproposals: [Nämnden antar riktlinjerna.]\nmbl: { kind: ej_aktuellt }\n",
    );
    let (pdf, _) = render(&file);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("odaterad.pdf");
    std::fs::write(&path, pdf).unwrap();
    let imported = import_file(&path).unwrap().case;
    assert_eq!(imported.sender.officer.as_deref(), Some("Exempelsson Kim"));
    assert_eq!(imported.title, "Syftet med partnerskap");
}

fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures/formats").join(name)
}

fn inspect_json(paths: &[&Path]) -> Vec<Value> {
    let mut args = vec!["inspect", "--format", "json"];
    let strings: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    args.extend(strings.iter().map(String::as_str));
    let output = beslut(&repo(), &args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("inspect prints JSON")
}

#[test]
fn every_format_and_encoding_reads_into_the_same_facts() {
    let names = [
        ("libreoffice.pdf", "pdf"),
        ("libreoffice.odt", "odt"),
        ("word-numrering.docx", "docx"),
        ("windows-1252.txt", "txt"),
        ("utf16le.txt", "txt"),
        ("utf16be.txt", "txt"),
    ];
    let paths: Vec<PathBuf> = names.iter().map(|(n, _)| fixture(n)).collect();
    let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    let found = inspect_json(&refs);
    for ((name, format), paper) in names.iter().zip(&found) {
        assert_eq!(paper["format"], *format, "{name}");
        assert_eq!(paper["date"], "2026-05-04", "{name}: {paper:#}");
        assert_eq!(paper["dnr"], "SN 2026/140", "{name}: {paper:#}");
        assert_eq!(paper["officer"], "Amira Hassan", "{name}: {paper:#}");
        assert_eq!(paper["board"], "Socialnämnden", "{name}: {paper:#}");
        let proposals: Vec<&str> = paper["proposals"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap())
            .collect();
        assert_eq!(
            proposals,
            [
                "Socialnämnden godkänner redovisningen av fältarbetet.",
                "Uppdraget förlängs till och med den 31 december 2027."
            ],
            "{name}"
        );
        let kinds: Vec<&str> = paper["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["kind"].as_str().unwrap())
            .collect();
        for kind in ["proposals", "arende", "ekonomi", "mbl", "distribution"] {
            assert!(kinds.contains(&kind), "{name}: {kind} in {kinds:?}");
        }
        assert_eq!(paper["send_to"][0], "Fältgruppen Norr", "{name}");
        for key in [
            "path",
            "format",
            "encoding",
            "date",
            "dnr",
            "board",
            "officer",
            "sections",
            "proposals",
            "send_to",
            "parties",
        ] {
            assert!(paper.get(key).is_some(), "{name}: key {key}");
        }
    }
    assert_eq!(found[3]["encoding"], "windows-1252");
    assert_eq!(found[4]["encoding"], "UTF-16LE (BOM)");
    assert_eq!(found[5]["encoding"], "UTF-16BE (BOM)");
}

#[test]
fn word_header_dnr_is_read() {
    let paper = read_paper(&fixture("word-numrering.docx")).unwrap();
    let (furniture, _) = paper.text.split_at(paper.furniture_end);
    assert!(furniture.contains("Dnr SN 2026/140"), "{furniture}");
}

#[test]
fn bad_input_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let pdf = std::fs::read(fixture("libreoffice.pdf")).unwrap();
    let cases = [
        (write("trunkerad.pdf", &pdf[..pdf.len() / 3]), "PDF"),
        (write("skrap.pdf", b"%PDF-1.7\n%%EOF"), "PDF"),
        (write("inte.pdf", b"hello"), "ingen PDF"),
        (write("inte.odt", b"not a zip"), "ingen giltig .odt"),
        (write("skannad.pdf", &image_only_pdf()), "textlager"),
        (write("krypterad.pdf", &encrypted_pdf()), "krypterad"),
        (write("bomb.odt", &odt_bomb()), "packas upp"),
        (write("entiteter.docx", &entity_bomb_docx()), ""),
    ];
    for (path, message) in &cases {
        let output = beslut(dir.path(), &["inspect", path.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{}: {stderr}", path.display());
        if message.is_empty() {
            // Entities are never expanded: read, with the entity text gone.
            assert!(output.status.code() == Some(0) || output.status.code() == Some(2));
            assert!(String::from_utf8_lossy(&output.stdout).len() < 10_000);
        } else {
            assert_eq!(
                output.status.code(),
                Some(2),
                "{}: {stderr}",
                path.display()
            );
            assert!(
                stderr.contains(message),
                "{}: {message} in {stderr}",
                path.display()
            );
        }
    }
    // A 50 MB text is refused by size, quickly, with the limit named.
    let big = dir.path().join("stor.txt");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(51 * 1024 * 1024).unwrap();
    let output = beslut(dir.path(), &["lint", big.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("byte"), "{stderr}");
}

/// A one-page PDF whose only content is an image (a scan).
fn image_only_pdf() -> Vec<u8> {
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let content = lopdf::content::Content {
        operations: vec![
            lopdf::content::Operation::new("re", vec![0.into(), 0.into(), 100.into(), 100.into()]),
            lopdf::content::Operation::new("f", vec![]),
        ],
    };
    let content_id = doc.add_object(lopdf::Stream::new(
        dictionary! {},
        content.encode().unwrap(),
    ));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        lopdf::Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page_id.into()],
            "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

/// The LibreOffice fixture with an /Encrypt entry in its trailer and a user
/// password set.
fn encrypted_pdf() -> Vec<u8> {
    let mut doc = lopdf::Document::load(fixture("libreoffice.pdf")).unwrap();
    let encrypt = doc.add_object(dictionary! {
        "Filter" => "Standard",
        "V" => 2,
        "R" => 3,
        "Length" => 128,
        "O" => lopdf::Object::string_literal(vec![1u8; 32]),
        "U" => lopdf::Object::string_literal(vec![2u8; 32]),
        "P" => -4,
    });
    doc.trailer.set("Encrypt", encrypt);
    doc.trailer.set(
        "ID",
        vec![
            lopdf::Object::string_literal(vec![3u8; 16]),
            lopdf::Object::string_literal(vec![3u8; 16]),
        ],
    );
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

fn zip_with(parts: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

/// content.xml of 40 MB: over the unpack budget.
fn odt_bomb() -> Vec<u8> {
    let big = vec![b' '; 40 * 1024 * 1024];
    zip_with(&[("content.xml", &big)])
}

/// A billion-laughs DTD in word/document.xml.
fn entity_bomb_docx() -> Vec<u8> {
    let xml = br#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&lol4;</w:t></w:r></w:p></w:body></w:document>"#;
    zip_with(&[("word/document.xml", xml)])
}

/// The development sets of real papers beside the project, when present.
fn realpaper_sets() -> Vec<PathBuf> {
    let sets: Vec<PathBuf> = ["realpapers", "realpapers-2"]
        .iter()
        .map(|name| repo().join("../shared").join(name))
        .filter(|dir| dir.join("FACTS.json").is_file())
        .collect();
    if sets.is_empty() {
        eprintln!("note: ../shared/realpapers* is not here; real-paper acceptance skipped");
    }
    sets
}

fn json_file(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Labelled slips a rule does not find yet, with the reason. Every other
/// clear slip must be found.
const KNOWN_MISSES: &[(&str, &str)] = &[];

/// (path, findings at warning or error) for every labelled paper of a set.
fn serious_findings(dir: &Path) -> Vec<(String, String, Vec<Value>)> {
    let labels = json_file(&dir.join("LABELS.json"));
    let names: Vec<&String> = labels
        .as_object()
        .unwrap()
        .keys()
        .filter(|n| dir.join(n).is_file())
        .collect();
    let mut args = vec!["lint".to_owned(), "--format".into(), "json".into()];
    args.extend(names.iter().map(|n| dir.join(n).display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = beslut(&repo(), &args);
    let findings: Vec<Value> = serde_json::from_slice(&output.stdout).expect("JSON");
    names
        .iter()
        .map(|name| {
            let path = dir.join(name).display().to_string();
            let text = std::fs::read_to_string(dir.join(name)).unwrap();
            let mine = findings
                .iter()
                .filter(|f| f["path"] == path.as_str() && f["severity"] != "info")
                .cloned()
                .collect();
            ((*name).clone(), text, mine)
        })
        .collect()
}

/// Byte spans of a labelled defect's two quotes in `text`.
fn quote_spans(text: &str, defect: &Value) -> Vec<std::ops::Range<usize>> {
    ["quote_a", "quote_b"]
        .iter()
        .filter_map(|q| {
            let quote = defect[*q].as_str().filter(|q| !q.is_empty())?;
            let start = text.find(quote)?;
            Some(start..start + quote.len())
        })
        .collect()
}

fn touches(finding: &Value, spans: &[std::ops::Range<usize>]) -> bool {
    let start = finding["span"][0].as_u64().unwrap() as usize;
    let end = finding["span"][1].as_u64().unwrap() as usize;
    spans.iter().any(|q| start < q.end && end > q.start)
}

/// The share of dates, own Dnr and boards the reader must find, per
/// development set, in per cent: the first set is held to nine in ten
/// (boards: 22 of 25, read from the roles the text gives them); the second,
/// of kallelser and protocols that state their date only as the meeting's
/// and their board seldom, to what it reads today (24 of 31 dates, 2 of 6
/// Dnr, 27 of 40 boards, 7 of 8 handläggare), so it cannot slip back.
const FACT_FLOORS: &[(&str, [usize; 4])] = &[
    ("realpapers", [90, 90, 88, 0]),
    ("realpapers-2", [77, 33, 67, 87]),
];

/// Whether the handläggare found is the first one FACTS.json names
/// ("Agneta Johansson (nämndsekreterare)": the name counts).
fn officer_matches(expected: &str, found: &Value) -> bool {
    let found = found.as_str().unwrap_or("");
    let name = expected.split(['(', ';']).next().unwrap_or("").trim();
    !found.is_empty() && name == found
}

/// Whether the board found is the one FACTS.json names: it may name two
/// ("A; B") and add a remark in brackets ("Kommunstyrelsen (beredande)").
fn board_matches(expected: &str, found: &Value) -> bool {
    let found = found.as_str().unwrap_or("").to_lowercase();
    expected.split(';').any(|board| {
        let without_remark = board.split('(').next().unwrap_or("").trim().to_lowercase();
        !found.is_empty() && without_remark == found
    })
}

#[test]
fn real_papers_dates_dnr_and_boards_are_found() {
    for dir in realpaper_sets() {
        let set = dir.file_name().unwrap().to_string_lossy().into_owned();
        let Some(&(_, floors)) = FACT_FLOORS.iter().find(|(s, _)| *s == set) else {
            continue;
        };
        let facts = json_file(&dir.join("FACTS.json"));
        let facts = facts.as_object().unwrap();
        let paths: Vec<PathBuf> = facts.keys().map(|k| dir.join(k)).collect();
        let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
        let found = inspect_json(&refs);
        // (expected, found) per fact kind, and what was missed.
        let mut tally = [(0, 0); 4];
        let mut misses = Vec::new();
        for ((name, expected), paper) in facts.iter().zip(&found) {
            for (slot, key) in ["date", "dnr", "board", "officer"].iter().enumerate() {
                if let Some(value) = expected[*key].as_str() {
                    tally[slot].0 += 1;
                    let matches = match *key {
                        "board" => board_matches(value, &paper[*key]),
                        "officer" => officer_matches(value, &paper[*key]),
                        _ => paper[*key] == value,
                    };
                    if matches {
                        tally[slot].1 += 1;
                    } else {
                        misses.push(format!("{name}: {key} {value} ≠ {}", paper[*key]));
                    }
                }
            }
        }
        for (kind, ((expected, found), floor)) in ["dates", "dnr", "boards", "handläggare"]
            .iter()
            .zip(tally.iter().zip(floors))
        {
            assert!(
                found * 100 >= expected * floor,
                "{set}: {kind} {found}/{expected}: {misses:?}"
            );
        }
    }
}

/// No finding at warning or error touches anything but a labelled slip, in
/// either development set (what `../shared/tools/score-realpapers` counts).
#[test]
fn real_papers_raise_no_false_alarms() {
    let mut false_alarms = Vec::new();
    for dir in realpaper_sets() {
        let labels = json_file(&dir.join("LABELS.json"));
        for (name, text, findings) in serious_findings(&dir) {
            let spans: Vec<std::ops::Range<usize>> = labels[&name]["genuine_defects"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|d| quote_spans(&text, d))
                .collect();
            false_alarms.extend(
                findings
                    .iter()
                    .filter(|f| !touches(f, &spans))
                    .map(|f| format!("{name}: {} {}", f["code"], f["message"])),
            );
        }
    }
    assert!(false_alarms.is_empty(), "false alarms: {false_alarms:#?}");
}

/// Every clear slip a careful reader labelled in the real papers is found
/// by some rule at warning or error on one of its two quotes.
#[test]
fn real_papers_labelled_defects_are_found() {
    let mut missed = Vec::new();
    for dir in realpaper_sets() {
        let set = dir.file_name().unwrap().to_string_lossy().into_owned();
        let labels = json_file(&dir.join("LABELS.json"));
        for (name, text, findings) in serious_findings(&dir) {
            for defect in labels[&name]["genuine_defects"]
                .as_array()
                .into_iter()
                .flatten()
            {
                let minor = defect["why"].as_str().is_some_and(|w| w.contains("MINOR"));
                let known = KNOWN_MISSES
                    .iter()
                    .any(|(p, _)| *p == format!("{set}/{name}"));
                let spans = quote_spans(&text, defect);
                if !minor && !known && !findings.iter().any(|f| touches(f, &spans)) {
                    missed.push(format!("{set}/{name}: {}", defect["kind"]));
                }
            }
        }
    }
    assert!(missed.is_empty(), "labelled slips not found: {missed:?}");
}

/// `inspect --scan` prints what the scanner found, for a reviewer asking
/// why a rule did or did not fire; it refuses `--text` beside it.
#[test]
fn inspect_scan_prints_what_the_scanner_found() {
    let dir = tempfile::tempdir().unwrap();
    let paper = dir.path().join("handling.txt");
    std::fs::write(
        &paper,
        "### Ärende\nBidraget är 150 000 kronor och gäller barn 6–15 år.\n",
    )
    .unwrap();
    let output = beslut(dir.path(), &["inspect", "--scan", "handling.txt"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.starts_with("handling.txt\n"), "{stdout}");
    assert!(stdout.contains("kronor: 150000"), "{stdout}");
    assert!(stdout.contains("from: 6"), "{stdout}");
    let both = beslut(dir.path(), &["inspect", "--scan", "--text", "handling.txt"]);
    assert_eq!(both.status.code(), Some(2));
    let missing = beslut(dir.path(), &["inspect", "--scan", "saknas.txt"]);
    assert_eq!(missing.status.code(), Some(2));
}
