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
