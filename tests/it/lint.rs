//! Lint: exact rule codes and positions on fictional papers with the kinds of
//! defects real papers carry, in every input format and output format.

use std::io::Write;

use crate::common::*;
use serde_json::Value;

fn lint_json(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, Vec<Value>, String) {
    let mut full = vec!["lint", "--format", "json"];
    full.extend(args);
    let output = beslut(dir, &full);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let findings: Vec<Value> =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    (
        output.status.code(),
        findings,
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// (code, line, column) of each finding.
fn positions(findings: &[Value]) -> Vec<(String, u64, u64)> {
    findings
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn at(code: &str, line: u64, column: u64) -> (String, u64, u64) {
    (code.to_owned(), line, column)
}

#[test]
fn plain_text_paper_with_the_usual_defects() {
    let (code, findings, _) = lint_json(&repo(), &["tests/fixtures/papers/solros-defekt.txt"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        positions(&findings),
        [
            at("N304", 16, 56),  // Solrosgruppen AB is not on the distribution list
            at("A201", 22, 172), // 0-18 vs 6-18 år for the same service
            at("N301", 22, 185), // "Solrosgruppen – AB"
            at("N301", 28, 80),  // "Solrosgrupen"
            at("N302", 40, 20),  // "medstämmandelagen"
            at("D106", 40, 51),  // information after the paper's date
        ]
    );
    let source =
        std::fs::read_to_string(repo().join("tests/fixtures/papers/solros-defekt.txt")).unwrap();
    let span = |f: &Value| {
        &source[f["span"][0].as_u64().unwrap() as usize..f["span"][1].as_u64().unwrap() as usize]
    };
    let spans: Vec<&str> = findings.iter().map(span).collect();
    assert_eq!(
        spans,
        [
            "Solrosgruppen AB",
            "0-18 år",
            "Solrosgruppen – AB",
            "Solrosgrupen",
            "medstämmandelagen",
            "3 december 2025"
        ]
    );
    assert_eq!(
        findings[1]["message"],
        "åldersspannet 0–18 år (rad 22) skiljer sig från målgruppens 6–18 år (rad 16: ”anhörigstöd till barn”)"
    );
    assert_eq!(findings[1]["related"][0]["line"], 16);
    assert_eq!(findings[1]["severity"], "error");
    assert_eq!(findings[0]["severity"], "warning");
}

#[test]
fn consistent_hard_wrapped_paper_has_no_findings() {
    // Compact periods ("210401 – 230331"), split headings, sub-groups inside
    // the target range and term + extension arithmetic that adds up.
    let (code, findings, stderr) =
        lint_json(&repo(), &["tests/fixtures/papers/nejlikan-radbruten.txt"]);
    // Only the note that the paper states no date or Dnr of its own.
    assert_eq!(positions(&findings), [at("S403", 1, 1)], "{stderr}");
    assert_eq!(code, Some(0));
}

#[test]
fn case_file_structured_and_text_checks() {
    let (code, findings, _) = lint_json(&repo(), &["tests/fixtures/cases/defekt.yaml"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        positions(&findings),
        [
            at("N304", 9, 13),  // supplier not in send_to
            at("N301", 19, 5),  // "Solrosgrupen"
            at("A201", 20, 27), // 0-20 vs contract.ages 4-20
            at("D106", 21, 33), // MBL date after the paper's date
        ]
    );
}

#[test]
fn human_output_points_at_the_span() {
    let output = beslut(&repo(), &["lint", "tests/fixtures/cases/defekt.yaml"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("tests/fixtures/cases/defekt.yaml:20:27: A201 [fel] åldersspannet 0–20 år (rad 20) skiljer sig från målgruppens 4–20 år (rad 11: ”anhörigstöd till barn”)"), "{stdout}");
    assert!(stdout.contains("20 |     anhörigstöd till barn 0-20 år förlängs.\n   |                           ^^^^^^^"), "{stdout}");
    assert!(
        stdout.contains("  = rad 11: målgruppens åldersspann"),
        "{stdout}"
    );
}

#[test]
fn sarif_output_is_sarif_2_1_0() {
    let output = beslut(
        &repo(),
        &[
            "lint",
            "--format",
            "sarif",
            "tests/fixtures/papers/solros-defekt.txt",
        ],
    );
    // serde-sarif's types are generated from the SARIF 2.1.0 schema: the log
    // must deserialise into them (required properties, enums, nesting).
    let typed: serde_sarif::sarif::Sarif =
        serde_json::from_slice(&output.stdout).expect("SARIF 2.1.0 by its schema types");
    assert_eq!(typed.runs.len(), 1);
    let log: Value = serde_json::from_slice(&output.stdout).expect("SARIF is JSON");
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "beslut");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), beslut::lint::registry::all_meta().count());
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 6);
    let a201 = results.iter().find(|r| r["ruleId"] == "A201").unwrap();
    assert_eq!(
        rules[a201["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "A201"
    );
    assert_eq!(a201["level"], "error");
    let region = &a201["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(22), Some(172))
    );
    assert_eq!(
        a201["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "tests/fixtures/papers/solros-defekt.txt"
    );
    assert_eq!(
        a201["relatedLocations"][0]["physicalLocation"]["region"]["startLine"],
        16
    );
}

#[test]
fn docx_papers_are_read_paragraph_by_paragraph() {
    use docx_rs::{Docx, Paragraph, Run};
    let text =
        std::fs::read_to_string(repo().join("tests/fixtures/papers/solros-defekt.txt")).unwrap();
    let mut docx = Docx::new();
    for line in text.lines() {
        docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(line)));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("solros.docx");
    docx.build()
        .pack(std::fs::File::create(&path).unwrap())
        .unwrap();
    let (code, findings, _) = lint_json(dir.path(), &["solros.docx"]);
    assert_eq!(code, Some(1));
    let codes: Vec<String> = positions(&findings)
        .into_iter()
        .map(|(c, line, _)| format!("{c}@{line}"))
        .collect();
    // One paragraph per line, paragraphs separated by a blank line in the
    // extracted text (as `beslut inspect --text` shows it): the same
    // findings as the text version, at the extracted text's lines.
    assert_eq!(
        codes,
        [
            "N304@19", "A201@25", "N301@25", "N301@31", "N302@43", "D106@43"
        ]
    );
}

#[test]
fn unreadable_inputs_are_reported_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        repo().join("tests/fixtures/papers/solros-defekt.txt"),
        dir.path().join("a-ok.txt"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b-trasig.docx"),
        b"PK\x03\x04 this is not a zip",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("c-binar.txt"),
        [0xff, 0xfe, 0x00, 0xc3, 0x28],
    )
    .unwrap();
    // A zip bomb: 40 MB of zeros in a few kilobytes.
    let bomb = std::fs::File::create(dir.path().join("d-bomb.docx")).unwrap();
    let mut zip = zip::ZipWriter::new(bomb);
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated),
    )
    .unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..40 {
        zip.write_all(&zeros).unwrap();
    }
    zip.finish().unwrap();
    std::fs::write(dir.path().join("e-trasig.yaml"), "dnr: [\n").unwrap();

    let (code, findings, stderr) = lint_json(dir.path(), &["."]);
    assert_eq!(code, Some(2), "{stderr}");
    assert_eq!(findings.len(), 6, "the readable file is still linted");
    for name in [
        "b-trasig.docx: fel: filen är ingen giltig .docx",
        "c-binar.txt: fel: filen är inte giltig UTF-16LE",
        "d-bomb.docx: fel: dokumentet packas upp till",
        "e-trasig.yaml:1:6: fel:",
    ] {
        assert!(stderr.contains(name), "{name} in {stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn inline_suppression_in_case_files_and_text() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = std::fs::read_to_string(repo().join("tests/fixtures/cases/defekt.yaml")).unwrap();
    let yaml = yaml.replace(
        "sections:\n  arende:",
        "sections:\n  # beslut: ignore[A201, N301]\n  arende:",
    );
    std::fs::write(dir.path().join("defekt.yaml"), yaml).unwrap();
    let text =
        std::fs::read_to_string(repo().join("tests/fixtures/papers/solros-defekt.txt")).unwrap();
    let text = text.replace(
        "Information enligt medstämmandelagen",
        "<!-- beslut: ignore N302 D106 -->\nInformation enligt medstämmandelagen",
    );
    std::fs::write(dir.path().join("solros.txt"), text).unwrap();
    let (_, findings, _) = lint_json(dir.path(), &["."]);
    let codes: Vec<String> = positions(&findings)
        .into_iter()
        .map(|(c, _, _)| c)
        .collect();
    assert_eq!(codes, ["N304", "D106", "N304", "A201", "N301", "N301"]);
}

#[test]
fn beslut_toml_sets_severities_ignores_rules_and_knows_parties() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("beslut.toml"),
        "[lint]\nknown_parties = [\"Solrosgruppen AB\"]\nignore = [\"N304\"]\n[lint.severity]\nA201 = \"warning\"\nD106 = \"off\"\n",
    )
    .unwrap();
    std::fs::copy(
        repo().join("tests/fixtures/papers/solros-defekt.txt"),
        dir.path().join("solros.txt"),
    )
    .unwrap();
    let (code, findings, _) = lint_json(dir.path(), &["solros.txt"]);
    let codes: Vec<(String, String)> = findings
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        codes,
        [
            ("A201".into(), "warning".into()),
            ("N301".into(), "warning".into()),
            ("N301".into(), "warning".into()),
            ("N302".into(), "error".into())
        ]
    );
    assert_eq!(code, Some(1));
    let output = beslut(dir.path(), &["lint", "--fail-on", "never", "solros.txt"]);
    assert_eq!(output.status.code(), Some(0));

    std::fs::write(
        dir.path().join("beslut.toml"),
        "[lint.severity]\nX999 = \"off\"\n",
    )
    .unwrap();
    let output = beslut(dir.path(), &["lint", "solros.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("okänd regel `X999`"));
}

#[test]
fn build_stops_a_case_with_lint_errors_unless_allowed() {
    let yaml = std::fs::read_to_string(repo().join("tests/fixtures/cases/defekt.yaml")).unwrap();
    let project = scratch_project(&[("defekt.yaml", &yaml), ("ok.yaml", MINIMAL_CASE)]);
    let output = beslut(project.path(), &["build"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("A201 [fel]") && stderr.contains("lint hittade 2 fel"),
        "{stderr}"
    );
    assert_eq!(
        files_in(&project.path().join("output")),
        ["ok.docx", "ok.pdf"]
    );

    let output = beslut(project.path(), &["build", "--allow-lint-errors"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        files_in(&project.path().join("output")),
        ["defekt.docx", "defekt.pdf", "ok.docx", "ok.pdf"]
    );
}

#[test]
fn rules_are_listed_and_explained() {
    let output = beslut(&repo(), &["rules"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        stdout.lines().count(),
        beslut::lint::registry::all_meta().count()
    );
    for code in [
        "D101", "D107", "A203", "N304", "S402", "K502", "M601", "M607",
    ] {
        assert!(stdout.contains(code), "{code}");
    }
    let output = beslut(&repo(), &["rules", "D103"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with("D103 duration-mismatch [fel]"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Fel:") && stdout.contains("Rätt:"),
        "{stdout}"
    );
    // Every rule's documentation is Swedish, with a bad and a good example.
    for meta in beslut::lint::registry::all_meta() {
        let output = beslut(&repo(), &["rules", meta.code]);
        let text = String::from_utf8_lossy(&output.stdout).to_lowercase();
        assert!(
            text.contains("fel") && text.contains("rätt"),
            "{}: {text}",
            meta.code
        );
        for english in [
            " the ", " is ", " and ", " bad:", " good:", " when ", " which ",
        ] {
            assert!(
                !text.contains(english),
                "{}: `{english}` in\n{text}",
                meta.code
            );
        }
    }
    assert_eq!(beslut(&repo(), &["rules", "Z999"]).status.code(), Some(2));
}

#[test]
fn generated_papers_lint_clean() {
    let project = scratch_project(&[]);
    for example in [
        "avtalsforlangning-solrosgruppen",
        "behov-familjestod",
        "yttrande-motion",
    ] {
        let from = repo().join(format!("cases/{example}.yaml"));
        std::fs::copy(from, project.path().join(format!("cases/{example}.yaml"))).unwrap();
    }
    assert_eq!(
        beslut(project.path(), &["build", "-q"]).status.code(),
        Some(0)
    );
    let (code, findings, stderr) = lint_json(project.path(), &["cases", "output"]);
    assert_eq!(findings, Vec::<Value>::new(), "{stderr}");
    assert_eq!(code, Some(0));
}

#[test]
fn docx_heading_styles_mark_sections() {
    use docx_rs::{Docx, Paragraph, Run};
    let heading = |text: &str| {
        Paragraph::new()
            .style("Heading1")
            .add_run(Run::new().add_text(text))
    };
    let body = |text: &str| Paragraph::new().add_run(Run::new().add_text(text));
    let docx = Docx::new()
        .add_paragraph(heading("Förslag till beslut"))
        .add_paragraph(body("1. Avtalet med Solrosgruppen AB förlängs."))
        .add_paragraph(heading("Ärende"))
        .add_paragraph(body("Ärendet gäller förlängning."))
        // Not a heading the text finder knows by name; the style marks it.
        .add_paragraph(heading("Särskild prövning enligt avtalet"))
        .add_paragraph(body("Prövningen är gjord."))
        .add_paragraph(heading(
            "Information eller förhandling enligt lag (1976:580) om medbestämmande i arbetslivet",
        ))
        .add_paragraph(body("Information lämnades den 1 mars 2026."))
        .add_paragraph(body("Beslutet skickas till:"))
        .add_paragraph(body("Solrosgruppen AB"));
    let dir = tempfile::tempdir().unwrap();
    docx.build()
        .pack(std::fs::File::create(dir.path().join("p.docx")).unwrap())
        .unwrap();
    let (_, findings, _) = lint_json(dir.path(), &["p.docx"]);
    let messages: Vec<&str> = findings
        .iter()
        .filter(|f| f["code"] == "S401")
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(messages, ["avsnittet ”Ekonomiska konsekvenser” saknas"]);
}

/// A Word paper with its Dnr in the page header: the footer's other Dnr is
/// reported, another case cited in the body is not.
#[test]
fn docx_footer_dnr_that_differs_from_the_header() {
    use docx_rs::{Docx, Footer, Header, Paragraph, Run};
    let para = |text: &str| Paragraph::new().add_run(Run::new().add_text(text));
    let docx = Docx::new()
        .header(
            Header::new()
                .add_paragraph(para("Lövsjö kommun"))
                .add_paragraph(para("Datum 2026-03-02  Dnr SN 2026/140")),
        )
        .footer(Footer::new().add_paragraph(para("Dnr SN 2026/104")))
        .add_paragraph(para("Utökat stöd till föreningar"))
        .add_paragraph(para("Förslag till beslut"))
        .add_paragraph(para("Socialnämnden fördelar bidragen enligt bilaga."))
        .add_paragraph(para("Ärende"))
        .add_paragraph(para(
            "Kommunstyrelsen beslutade 2025-02-03 (Dnr KS 2024/77) om ramarna.",
        ));
    let dir = tempfile::tempdir().unwrap();
    docx.build()
        .pack(std::fs::File::create(dir.path().join("bidrag.docx")).unwrap())
        .unwrap();
    let (_, findings, _) = lint_json(dir.path(), &["bidrag.docx"]);
    let n303: Vec<&str> = findings
        .iter()
        .filter(|f| f["code"] == "N303")
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(n303.len(), 1, "{n303:?}");
    assert!(n303[0].contains("SN 2026/104"), "{}", n303[0]);
}

#[test]
fn the_rules_table_in_the_docs_is_the_registry() {
    // docs/lint.md lists every rule: code, name and default severity as
    // `beslut rules` gives them, in the same order.
    let docs = std::fs::read_to_string(repo().join("docs/lint.md")).unwrap();
    let table: Vec<(String, String, String)> = docs
        .lines()
        .filter(|l| l.starts_with("| ") && l.as_bytes().get(2).is_some_and(u8::is_ascii_uppercase))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            (
                cells[1].to_owned(),
                cells[2].to_owned(),
                cells[3].to_owned(),
            )
        })
        .filter(|(code, _, _)| code.len() == 4 && code[1..].chars().all(|c| c.is_ascii_digit()))
        .collect();
    let registry: Vec<(String, String, String)> = beslut::lint::registry::all_meta()
        .map(|m| (m.code.to_owned(), m.name.to_owned(), m.severity.to_string()))
        .collect();
    assert_eq!(
        table, registry,
        "docs/lint.md's rules table is not `beslut rules`"
    );
}
