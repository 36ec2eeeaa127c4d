//! Everyday use: completions, man pages, starting a project, sharding.

mod common;

use common::{beslut, repo};

#[test]
fn completions_generate_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = beslut(&repo(), &["completions", shell]);
        assert!(output.status.success(), "{shell}");
        let script = String::from_utf8_lossy(&output.stdout);
        assert!(
            script.contains("beslut") && script.contains("meeting"),
            "{shell}: {script}"
        );
    }
    let output = beslut(&repo(), &["completions", "tcsh"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn the_man_page_prints_and_writes_one_page_per_subcommand() {
    let output = beslut(&repo(), &["man"]);
    assert!(output.status.success());
    let page = String::from_utf8_lossy(&output.stdout);
    assert!(
        page.starts_with(".ie") || page.contains(".TH beslut"),
        "{page}"
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("man1");
    let output = beslut(&repo(), &["man", "--out", &out.display().to_string()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for page in [
        "beslut.1",
        "beslut-build.1",
        "beslut-lint.1",
        "beslut-meeting.1",
    ] {
        assert!(out.join(page).is_file(), "{page}");
    }
}

#[test]
fn init_makes_a_project_whose_example_builds() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("nytt");
    let output = beslut(dir.path(), &["init", "nytt"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for file in ["beslut.toml", ".gitignore", "cases/exempel.yaml"] {
        assert!(project.join(file).is_file(), "{file}");
    }
    assert!(project.join("output").is_dir());
    let output = beslut(&project, &["build"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        common::files_in(&project.join("output")),
        ["exempel.docx", "exempel.pdf"]
    );
    // A second init refuses to overwrite the project.
    let again = beslut(dir.path(), &["init", "nytt"]);
    assert_eq!(again.status.code(), Some(2));
}

#[test]
fn new_cases_take_the_sender_from_beslut_toml_and_build_without_findings() {
    let dir = tempfile::tempdir().unwrap();
    assert!(beslut(dir.path(), &["init"]).status.success());
    for template in ["tjansteskrivelse", "avtalsforlangning"] {
        let output = beslut(
            dir.path(),
            &[
                "new",
                template,
                &format!("ny-{template}"),
                "--date",
                "2026-12-01",
            ],
        );
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text =
            std::fs::read_to_string(dir.path().join(format!("cases/ny-{template}.yaml"))).unwrap();
        assert!(text.contains("date: 2026-12-01"), "{text}");
        assert!(
            text.contains("municipality: \"Exempelby kommun\""),
            "sender from beslut.toml: {text}"
        );
        let lint = beslut(
            dir.path(),
            &[
                "lint",
                &format!("cases/ny-{template}.yaml"),
                "--fail-on",
                "warning",
            ],
        );
        assert!(
            lint.status.success(),
            "{template}: {}{}",
            String::from_utf8_lossy(&lint.stdout),
            String::from_utf8_lossy(&lint.stderr)
        );
    }
    let output = beslut(dir.path(), &["build", "-q"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(dir.path().join("output/ny-avtalsforlangning.pdf").is_file());
    // An unknown template, an existing file: refused.
    assert_eq!(beslut(dir.path(), &["new", "okand"]).status.code(), Some(2));
    assert_eq!(
        beslut(
            dir.path(),
            &["new", "tjansteskrivelse", "ny-tjansteskrivelse"]
        )
        .status
        .code(),
        Some(1)
    );
}

#[test]
fn built_in_templates_print_and_export() {
    let output = beslut(&repo(), &["templates", "avtalsforlangning"]);
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        std::fs::read_to_string(repo().join("templates/avtalsforlangning.v2.j2")).unwrap(),
        "the newest version"
    );
    let output = beslut(&repo(), &["templates", "avtalsforlangning.v1"]);
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("{%"),
        "a template"
    );
    let output = beslut(&repo(), &["templates", "layout.v1.typ"]);
    assert!(String::from_utf8_lossy(&output.stdout).contains("json(\"/data.json\")"));
    let dir = tempfile::tempdir().unwrap();
    let output = beslut(dir.path(), &["templates", "--export", "mallar"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        common::files_in(&dir.path().join("mallar")),
        [
            "avtalsforlangning.v1.j2",
            "avtalsforlangning.v2.j2",
            "layout.v1.typ",
            "tjansteskrivelse.v1.j2"
        ]
    );
    assert_eq!(
        beslut(&repo(), &["templates", "finns-inte"]).status.code(),
        Some(2)
    );
}
