//! Every rule's fixture, like ruff's: `tests/fixtures/rules/<CODE>.txt` (a
//! finished paper) or `<CODE>.yaml` (a case or a meeting file), in parts
//! headed `=== fires: …` and `=== silent: …`. Each part is linted as the
//! command line lints a file, named `<CODE>.txt#N` for its N-th part (lines
//! and columns count from the part's first line); a `fires` part must give the rule a finding, a
//! `silent` part none, and the rule's findings in human form are pinned in a
//! snapshot (`tests/fixtures/rules/snapshots/`), so messages and positions
//! change only on purpose.

use std::path::{Path, PathBuf};

use beslut::case::parse_case;
use beslut::lint::{Diagnostic, lint_paper, registry, report};
use beslut::paper::structure::paper_from_text;

use crate::common::{builder, repo};

fn fixtures() -> PathBuf {
    repo().join("tests/fixtures/rules")
}

/// The fixture of `code`, if it has one.
fn fixture_of(code: &str) -> Option<PathBuf> {
    ["txt", "yaml"]
        .iter()
        .map(|ext| fixtures().join(format!("{code}.{ext}")))
        .find(|p| p.is_file())
}

/// (fires?, label, text) of each part.
fn parts(text: &str) -> Vec<(bool, String, String)> {
    let mut parts: Vec<(bool, String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        if let Some(head) = line.strip_prefix("=== ") {
            let (kind, label) = head
                .trim_end()
                .split_once(": ")
                .expect("`=== fires: label`");
            assert!(kind == "fires" || kind == "silent", "part kind `{kind}`");
            parts.push((kind == "fires", label.to_owned(), String::new()));
        } else {
            parts
                .last_mut()
                .expect("a fixture starts with `=== `")
                .2
                .push_str(line);
        }
    }
    parts
}

/// The findings for one part of the fixture `fixture`, as `beslut lint`
/// would give them for a file at `path`.
fn lint_part(fixture: &Path, path: &Path, text: &str) -> Vec<Diagnostic> {
    let builder = builder();
    if fixture.extension().is_some_and(|e| e == "txt") {
        let paper = paper_from_text(path.to_owned(), text.to_owned());
        return lint_paper(&paper, &builder.config.lint);
    }
    if beslut::meeting::looks_like_meeting(text) {
        let file = beslut::meeting::parse_meeting(path, text.to_owned()).expect("meeting parses");
        return beslut::meeting::build::lint(&file, &builder.config, &builder.templates)
            .into_iter()
            .filter(|d| d.path == path.display().to_string())
            .collect();
    }
    let file = parse_case(path, text.to_owned(), &builder.config.sender).expect("case parses");
    beslut::builder::check::check_case(&file, &builder.config, &builder.templates)
}

#[test]
fn every_rule_fires_and_stays_silent_as_its_fixture_says() {
    report::set_colour(false);
    let mut missing = Vec::new();
    for meta in registry::all_meta() {
        let Some(path) = fixture_of(meta.code) else {
            missing.push(meta.code);
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap();
        let mut snapshot = String::new();
        for (n, (fires, label, part)) in parts(&text).into_iter().enumerate() {
            // In the fixture's folder: a meeting's items are found from it.
            let name = format!("{}#{}", path.file_name().unwrap().to_string_lossy(), n + 1);
            let found: Vec<Diagnostic> = lint_part(&path, &path.with_file_name(name), &part)
                .into_iter()
                .filter(|d| d.code == meta.code)
                .collect();
            assert_eq!(
                !found.is_empty(),
                fires,
                "{}: part `{label}` should {}",
                meta.code,
                if fires { "fire" } else { "stay silent" }
            );
            snapshot.push_str(&format!(
                "=== {}: {label}\n",
                if fires { "fires" } else { "silent" }
            ));
            for d in &found {
                let human = report::human(d, &part);
                // Paths relative to the repository, as a reviewer runs it.
                let root = format!("{}/", repo().display());
                snapshot.push_str(&human.replace(&root, ""));
            }
        }
        insta::with_settings!({
            snapshot_path => repo().join("tests/fixtures/rules/snapshots"),
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(meta.code, snapshot);
        });
    }
    assert!(
        missing.is_empty(),
        "rules without a fixture in tests/fixtures/rules/: {missing:?}"
    );
}

#[test]
fn fixture_parts_are_read_as_written() {
    let text = "=== fires: one\na\nb\n=== silent: two\nc\n";
    assert_eq!(
        parts(text),
        vec![
            (true, "one".to_owned(), "a\nb\n".to_owned()),
            (false, "two".to_owned(), "c\n".to_owned())
        ]
    );
}
