//! Acceptance over the real papers in `../shared/seeds/` (beside the
//! repository, never copied into it). Skipped with a note when absent.

use std::path::PathBuf;

use crate::common::*;
use serde_json::Value;

fn seed(name: &str) -> Option<PathBuf> {
    let path = repo().join("../shared/seeds").join(name);
    if path.is_file() {
        Some(path)
    } else {
        eprintln!(
            "note: {} is not here; seed acceptance skipped",
            path.display()
        );
        None
    }
}

fn findings(path: &std::path::Path) -> Vec<(String, String)> {
    let output = beslut(
        &repo(),
        &["lint", "--format", "json", path.to_str().unwrap()],
    );
    let findings: Vec<Value> = serde_json::from_slice(&output.stdout).expect("JSON");
    let source = std::fs::read_to_string(path).unwrap();
    findings
        .iter()
        .map(|f| {
            let span = &source
                [f["span"][0].as_u64().unwrap() as usize..f["span"][1].as_u64().unwrap() as usize];
            (f["code"].as_str().unwrap().to_owned(), span.to_owned())
        })
        .collect()
}

#[test]
fn seed_000_contradictions_are_found() {
    let Some(path) = seed("000_3c35fc7a06afcb87.txt") else {
        return;
    };
    let found = findings(&path);
    let has = |code: &str, text: &str| found.iter().any(|(c, t)| c == code && t == text);
    assert!(has("A201", "0-20 år"), "{found:?}");
    assert!(has("D106", "5 december 2022"), "{found:?}");
    assert!(has("N301", "Eleonorgruppen"), "{found:?}");
    assert!(has("N301", "Eleonoragruppen – AB"), "{found:?}");
    assert!(has("N302", "medstämmandelagen"), "{found:?}");
    assert!(has("N304", "Eleonoragruppen AB"), "{found:?}");
}

#[test]
fn seed_002_consistent_periods_and_ages_are_not_flagged() {
    let Some(path) = seed("002_aca59f4587cdd7a0.txt") else {
        return;
    };
    let found = findings(&path);
    let wrong: Vec<&(String, String)> = found
        .iter()
        .filter(|(code, _)| {
            ["D103", "D104", "D105"].contains(&code.as_str()) || code.starts_with('A')
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}
