//! Project settings are found as cargo and ruff find theirs: the nearest
//! `beslut.toml` at or above the inputs, whatever the working folder.

use std::path::Path;

use crate::common::*;

fn example_case() -> String {
    std::fs::read_to_string(repo().join("cases/avtalsforlangning-solrosgruppen.yaml")).unwrap()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn built(out: &Path) -> (Vec<u8>, Vec<u8>) {
    let read = |ext: &str| std::fs::read(out.join(format!("avtal.{ext}"))).unwrap();
    (read("pdf"), read("docx"))
}

#[test]
fn a_case_built_from_another_folder_uses_its_projects_settings() {
    let project = scratch_project(&[("avtal.yaml", &example_case())]);
    let elsewhere = tempfile::tempdir().unwrap();
    let case = project.path().join("cases/avtal.yaml");
    let from_project = beslut(project.path(), &["build", "cases/avtal.yaml", "-o", "ut"]);
    assert_eq!(
        from_project.status.code(),
        Some(0),
        "{}",
        stderr(&from_project)
    );
    let out = elsewhere.path().join("ut");
    let from_elsewhere = beslut(
        elsewhere.path(),
        &[
            "build",
            "-v",
            case.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    let log = stderr(&from_elsewhere);
    assert_eq!(from_elsewhere.status.code(), Some(0), "{log}");
    assert!(
        log.contains(&format!(
            "inställningar: {}",
            project
                .path()
                .canonicalize()
                .unwrap()
                .join("beslut.toml")
                .display()
        )),
        "{log}"
    );
    assert!(!log.contains("ingen beslut.toml"), "{log}");
    assert!(
        built(&out) == built(&project.path().join("ut")),
        "same bytes"
    );
    assert!(pdf_text(&built(&out).0).contains("LÖVSJÖ KOMMUN"));
}

#[test]
fn a_case_with_no_settings_anywhere_says_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("avtal.yaml"), example_case()).unwrap();
    let output = beslut(dir.path(), &["build", "avtal.yaml", "-o", "ut"]);
    let log = stderr(&output);
    // Unless a folder above the temporary folder has one (not in CI).
    if Path::new("/tmp/beslut.toml").exists() {
        return;
    }
    assert!(log.contains("ingen beslut.toml"), "{log}");
}

#[test]
fn inputs_of_two_projects_are_refused_and_config_overrides() {
    let first = scratch_project(&[("a.yaml", &example_case())]);
    let second = scratch_project(&[("b.yaml", &example_case())]);
    let a = first.path().join("cases/a.yaml");
    let b = second.path().join("cases/b.yaml");
    let output = beslut(
        first.path(),
        &["lint", a.to_str().unwrap(), b.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("kör dem var för sig"),
        "{}",
        stderr(&output)
    );
    // --config decides for both.
    let config = first.path().join("beslut.toml");
    let output = beslut(
        first.path(),
        &[
            "lint",
            "--config",
            config.to_str().unwrap(),
            a.to_str().unwrap(),
            b.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn a_command_without_inputs_finds_the_project_above_the_working_folder() {
    let project = scratch_project(&[]);
    let templates = project.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    std::fs::copy(
        repo().join("templates/tjansteskrivelse.v1.j2"),
        templates.join("egen.v1.j2"),
    )
    .unwrap();
    // From cases/, the project's own templates are listed: its settings and
    // templates folder were found above.
    let schema = beslut(&project.path().join("cases"), &["schema"]);
    let text = String::from_utf8_lossy(&schema.stdout);
    assert!(text.contains("\"egen\""), "{text}");
}
