//! The lint over a corpus of fictional papers of the kinds administrators
//! write (option use, association grants, meeting schedules, guideline
//! revisions, procurements, referral answers, motions, interim reports,
//! fees, leases), each as written and as flat text (line breaks lost, as
//! text from a web page or many PDFs reads).
//!
//! `pdf/` holds each of them as LibreOffice made a PDF of it
//! (`scripts/corpus-pdfs.sh`): wrapped lines, dates broken at a hyphen.
//!
//! `clean/` papers are consistent: not one finding at warning or error may
//! come from them. `defective/` papers are clean ones with one defect put
//! in; their file names carry the rule codes that must report it, and
//! nothing else may be reported at warning or error.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::common::{beslut, repo};
use serde_json::Value;

fn corpus(kind: &str) -> Vec<PathBuf> {
    let dir = repo().join("tests/fixtures/corpus").join(kind);
    let mut papers: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    papers.sort();
    assert!(papers.len() >= 10, "{}", dir.display());
    papers
}

/// The PDFs of the papers of `kind`.
fn pdfs(kind: &str) -> Vec<PathBuf> {
    corpus(kind)
        .iter()
        .map(|text| {
            let name = text.file_stem().unwrap().to_str().unwrap();
            let pdf = repo().join(format!("tests/fixtures/corpus/pdf/{name}.pdf"));
            assert!(
                pdf.is_file(),
                "{}: run scripts/corpus-pdfs.sh",
                pdf.display()
            );
            pdf
        })
        .collect()
}

/// Each paper as written and as one flat line, in a scratch folder.
fn as_written_and_flat(papers: &[PathBuf], dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for paper in papers {
        let text = std::fs::read_to_string(paper).unwrap();
        let name = paper.file_stem().unwrap().to_str().unwrap();
        let written = dir.join(format!("{name}.txt"));
        let flat = dir.join(format!("{name}.flat.txt"));
        std::fs::write(&written, &text).unwrap();
        std::fs::write(&flat, text.split_whitespace().collect::<Vec<_>>().join(" ")).unwrap();
        out.extend([written, flat]);
    }
    out
}

/// (file name, rule code, message) of every finding at warning or error.
fn serious_findings(papers: &[PathBuf]) -> Vec<(String, String, String)> {
    let mut args = vec!["lint".to_owned(), "--format".into(), "json".into()];
    args.extend(papers.iter().map(|p| p.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = beslut(&repo(), &args);
    let findings: Vec<Value> = serde_json::from_slice(&output.stdout).expect("JSON");
    findings
        .iter()
        .filter(|f| f["severity"] != "info")
        .map(|f| {
            let path = Path::new(f["path"].as_str().unwrap());
            (
                path.file_name().unwrap().to_str().unwrap().to_owned(),
                f["code"].as_str().unwrap().to_owned(),
                f["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn clean_papers_raise_no_false_alarms() {
    let dir = tempfile::tempdir().unwrap();
    let mut papers = as_written_and_flat(&corpus("clean"), dir.path());
    papers.extend(pdfs("clean"));
    let found = serious_findings(&papers);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn each_defect_is_found_by_its_rule_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let mut papers = as_written_and_flat(&corpus("defective"), dir.path());
    papers.extend(pdfs("defective"));
    let found = serious_findings(&papers);
    for paper in &papers {
        let name = paper.file_name().unwrap().to_str().unwrap();
        let expected: BTreeSet<&str> = name
            .split(['-', '.'])
            .filter(|part| {
                part.len() == 4
                    && part.starts_with(|c: char| c.is_ascii_uppercase())
                    && part[1..].bytes().all(|b| b.is_ascii_digit())
            })
            .collect();
        let mut got: Vec<&str> = found
            .iter()
            .filter(|(file, _, _)| file == name)
            .map(|(_, code, _)| code.as_str())
            .collect();
        got.sort_unstable();
        // One defect, one finding per rule that sees it.
        assert_eq!(
            got,
            expected.iter().copied().collect::<Vec<_>>(),
            "{name}: {found:#?}"
        );
    }
}
