//! Broken case files give messages that say where (file:line:column), what
//! and how to fix it.

use crate::common::*;

fn build_error(yaml: &str) -> String {
    let project = scratch_project(&[("fel.yaml", yaml)]);
    let output = beslut(project.path(), &["build"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(files_in(&project.path().join("output")).is_empty());
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn unknown_key_is_named_with_position_and_suggestion() {
    let stderr = build_error(&MINIMAL_CASE.replace("title:", "titel:"));
    assert!(
        stderr.contains("cases/fel.yaml:5:1: fel: okänd nyckel `titel`"),
        "{stderr}"
    );
    assert!(stderr.contains("menade du `title`?"), "{stderr}");
    assert!(stderr.contains("5 | titel: Testärende"), "{stderr}");
}

#[test]
fn unknown_nested_key_suggests_within_its_section() {
    let stderr = build_error(&MINIMAL_CASE.replace(
        "mbl: { kind: ej_aktuellt }",
        "mbl: { kind: ej_aktuellt, datum: 2026-01-01 }",
    ));
    assert!(
        stderr.contains("okänd nyckel `datum`") && stderr.contains("menade du `date`?"),
        "{stderr}"
    );
}

#[test]
fn wrong_type_is_explained() {
    let stderr = build_error(
        &MINIMAL_CASE.replace("send_to: [Kommunstyrelsen]", "send_to: Kommunstyrelsen"),
    );
    assert!(stderr.contains("cases/fel.yaml:9:"), "{stderr}");
    assert!(stderr.contains("fel typ"), "{stderr}");
}

#[test]
fn invalid_date_says_why() {
    let stderr = build_error(&MINIMAL_CASE.replace("2026-01-15", "2023-02-30"));
    assert!(stderr.contains("cases/fel.yaml:3:"), "{stderr}");
    assert!(
        stderr.contains("ogiltigt datum `2023-02-30`: februari 2023 har bara 28 dagar"),
        "{stderr}"
    );
}

#[test]
fn missing_required_field_is_named() {
    let stderr = build_error(&MINIMAL_CASE.replace("board: Social- och omsorgsnämnden\n", ""));
    assert!(stderr.contains("nyckeln `board` saknas"), "{stderr}");
}

#[test]
fn unknown_enum_value_lists_the_choices() {
    let stderr = build_error(&MINIMAL_CASE.replace("ej_aktuellt", "informaton"));
    assert!(
        stderr.contains("okänt värde `informaton`") && stderr.contains("menade du `information`?"),
        "{stderr}"
    );
}

#[test]
fn missing_template_lists_what_exists() {
    let stderr = build_error(
        &MINIMAL_CASE.replace("template: tjansteskrivelse", "template: avtalsforlangnin"),
    );
    assert!(
        stderr.contains("mallen `avtalsforlangnin` finns inte"),
        "{stderr}"
    );
    assert!(stderr.contains("avtalsforlangning"), "{stderr}");
    let stderr = build_error(&format!("{MINIMAL_CASE}template_version: 7\n"));
    assert!(
        stderr.contains("finns inte i version 7") && stderr.contains("v1"),
        "{stderr}"
    );
}

#[test]
fn output_name_cannot_escape_the_output_folder() {
    let stderr = build_error(&format!("{MINIMAL_CASE}output_name: ../../utanfor\n"));
    assert!(stderr.contains("cases/fel.yaml:13:"), "{stderr}");
    assert!(
        stderr.contains("ogiltigt utfilnamn `../../utanfor`"),
        "{stderr}"
    );
}

#[test]
fn mbl_information_needs_a_date() {
    let stderr = build_error(&MINIMAL_CASE.replace("ej_aktuellt", "information"));
    assert!(
        stderr.contains("cases/fel.yaml:8:") && stderr.contains("saknar datum"),
        "{stderr}"
    );
}

#[test]
fn mbl_not_stated_is_for_imported_papers_only() {
    let stderr = build_error(&MINIMAL_CASE.replace("ej_aktuellt", "ej_angivet"));
    assert!(
        stderr.contains("cases/fel.yaml:8:") && stderr.contains("verbatim: true"),
        "{stderr}"
    );
}

#[test]
fn template_errors_in_prose_name_the_field() {
    let stderr = build_error(&MINIMAL_CASE.replace(
        "arende: Nämnden ska ta ställning till förslaget.",
        "arende: 'Avtal med {{ contract.supplier }}'",
    ));
    assert!(stderr.contains("sections.arende"), "{stderr}");
}

#[test]
fn invalid_utf8_and_binary_input_do_not_panic() {
    let project = scratch_project(&[]);
    std::fs::write(
        project.path().join("cases/binar.yaml"),
        [0xff, 0xfe, 0x00, 0x80],
    )
    .unwrap();
    let output = beslut(project.path(), &["build"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("inte UTF-8"), "{stderr}");
}

#[test]
fn a_closed_stderr_does_not_stop_the_run() {
    use std::process::{Command, Stdio};
    // The reader of stderr goes away at once (`beslut lint 2>&1 | head -1`).
    let mut child = Command::new(env!("CARGO_BIN_EXE_beslut"))
        .args(["lint", "tests/fixtures/papers", "tests/fixtures/cases"])
        .current_dir(repo())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("beslut runs");
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1), "findings, not a panic (101)");
}

#[test]
fn a_case_past_the_parsers_limits_names_the_limit_in_swedish() {
    let many_items = format!("{MINIMAL_CASE}basis:\n{}", "- a\n".repeat(250_001));
    let stderr = build_error(&many_items);
    assert!(
        stderr.contains(
            "fel: filen har för många värden (gräns 250000 listpunkter, tabeller och texter)"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("budget"), "no parser internals: {stderr}");
}

#[test]
fn every_error_of_a_case_file_is_reported_at_once() {
    let yaml = MINIMAL_CASE
        .replace("date: 2026-01-15", "date: 2026-13-15")
        .replace("mbl: { kind: ej_aktuellt }", "mbl: { kind: infomation }")
        .replace("sections:", "bakgrund: x\nsections:");
    let stderr = build_error(&yaml);
    let places: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("cases/fel.yaml:"))
        .collect();
    assert_eq!(places.len(), 3, "{stderr}");
    assert!(places[0].starts_with("cases/fel.yaml:3:"), "{stderr}");
    assert!(places[1].starts_with("cases/fel.yaml:8:"), "{stderr}");
    assert!(
        places[2].starts_with("cases/fel.yaml:10:1: fel: okänd nyckel `bakgrund`"),
        "{stderr}"
    );
    // A required key that is wrong is reported once, not again as missing.
    assert!(!stderr.contains("saknas"), "{stderr}");
}
