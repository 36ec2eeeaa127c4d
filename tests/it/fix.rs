//! `beslut lint --fix` and SARIF fixes: only the certain corrections, written
//! atomically into case and text files whose bytes are the text linted.

use crate::common::*;
use serde_json::Value;

/// The example contract case with three certain slips in its prose.
fn case_with_slips() -> String {
    std::fs::read_to_string(repo().join("cases/avtalsforlangning-solrosgruppen.yaml"))
        .unwrap()
        .replace(
            "    {{ contract.supplier }} följer avtalet väl.\n",
            "    {{ contract.supplier }} följer avtalet väl. Solrosgrupen har lämnat\n    sin rapport enligt LOU (1976:580) och medstämmandelagen.\n",
        )
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn codes(dir: &std::path::Path, path: &str) -> Vec<String> {
    let output = beslut(
        dir,
        &["lint", "--format", "json", "--fail-on", "never", path],
    );
    let findings: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
    findings
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn fix_writes_the_certain_fixes_into_a_case_file_and_nothing_else() {
    let original = case_with_slips();
    let project = scratch_project(&[("avtal.yaml", &original)]);
    let dir = project.path();
    let before = codes(dir, "cases/avtal.yaml");
    assert_eq!(
        before
            .iter()
            .filter(|c| *c == "N301" || *c == "N302")
            .count(),
        3,
        "{before:?}"
    );

    let output = beslut(
        dir,
        &["lint", "--fix", "--fail-on", "never", "cases/avtal.yaml"],
    );
    let log = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{log}");
    assert_eq!(log.matches("rättat: cases/avtal.yaml:").count(), 3, "{log}");
    assert!(log.contains("”Solrosgrupen” → ”Solrosgruppen”"), "{log}");
    assert!(log.contains("3 rättelser gjorda"), "{log}");

    let fixed = std::fs::read_to_string(dir.join("cases/avtal.yaml")).unwrap();
    let expected = original
        .replace("Solrosgrupen har", "Solrosgruppen har")
        .replace("LOU (1976:580)", "MBL (1976:580)")
        .replace("medstämmandelagen", "medbestämmandelagen");
    assert_eq!(fixed, expected);
    let after = codes(dir, "cases/avtal.yaml");
    assert!(
        !after.iter().any(|c| c == "N301" || c == "N302"),
        "{after:?}"
    );
    // Nothing else in the folder: no temporary file left behind.
    assert_eq!(files_in(&dir.join("cases")), ["avtal.yaml"]);
}

#[test]
fn fix_leaves_a_file_whose_bytes_are_not_the_text_alone() {
    let project = scratch_project(&[]);
    let dir = project.path();
    let text = "Ärende\nInformation enligt medstämmandelagen har lämnats.\n";
    // Windows-1252: the reader decodes it, so the linted text is not its bytes.
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    std::fs::write(dir.join("gammal.txt"), &latin).unwrap();
    std::fs::write(dir.join("ny.txt"), text).unwrap();

    let output = beslut(dir, &["lint", "--fix", "gammal.txt", "ny.txt"]);
    let log = stderr(&output);
    assert_eq!(
        std::fs::read(dir.join("gammal.txt")).unwrap(),
        latin.as_ref()
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("ny.txt")).unwrap(),
        text.replace("medstämmandelagen", "medbestämmandelagen")
    );
    assert_eq!(log.matches("rättat:").count(), 1, "{log}");
    // The old file's finding is still reported, and fails the run.
    assert_eq!(output.status.code(), Some(1), "{log}");
}

#[test]
fn sarif_results_carry_the_fixes_as_replacements() {
    let project = scratch_project(&[]);
    let dir = project.path();
    let text = "Ärende\nUpphandlat enligt LOU (1976:580) och socialtjänstlagen (2001:435).\n";
    std::fs::write(dir.join("papper med å.txt"), text).unwrap();
    let output = beslut(dir, &["lint", "--format", "sarif", "papper med å.txt"]);
    let _typed: serde_sarif::sarif::Sarif =
        serde_json::from_slice(&output.stdout).expect("SARIF 2.1.0 by its schema types");
    let log: Value = serde_json::from_slice(&output.stdout).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    let mut fixed = text.to_owned();
    let mut replacements: Vec<(usize, usize, String)> = Vec::new();
    for result in results {
        for fix in result["fixes"].as_array().into_iter().flatten() {
            let change = &fix["artifactChanges"][0];
            assert_eq!(
                change["artifactLocation"]["uri"],
                "papper%20med%20%C3%A5.txt"
            );
            let r = &change["replacements"][0];
            let at = r["deletedRegion"]["byteOffset"].as_u64().unwrap() as usize;
            let len = r["deletedRegion"]["byteLength"].as_u64().unwrap() as usize;
            let new = r["insertedContent"]["text"].as_str().unwrap().to_owned();
            replacements.push((at, len, new));
        }
    }
    replacements.sort_by_key(|r| std::cmp::Reverse(r.0));
    for (at, len, new) in replacements {
        fixed.replace_range(at..at + len, &new);
    }
    assert_eq!(
        fixed,
        "Ärende\nUpphandlat enligt MBL (1976:580) och socialtjänstlagen (2001:453).\n"
    );
}
