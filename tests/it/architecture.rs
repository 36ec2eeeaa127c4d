//! The house rules (ARCHITECTURE.md): every file imports only floors below
//! its own (or its own room), a few floors are narrower still, rules never
//! recognise text themselves, only the command line prints, and no source
//! file grows past 600 lines. Read from the source text, so it needs no
//! build of anything.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The floors, lowest first. A room is a top-level module of `src/`.
const FLOORS: &[&[&str]] = &[
    &["base"],
    &["case", "document"],
    &["compose", "render", "reader"],
    &["paper"],
    &["lint"],
    &["project"],
    &["builder"],
    &["import", "inspect", "annotate"],
    &["meeting"],
    &["check", "fuzzing"],
    &["lsp"],
    &["cli"],
    &["lib", "main"],
];

/// Rooms narrower than their floor: the only rooms they may import.
const ONLY: &[(&str, &[&str])] = &[
    ("reader", &["base"]),
    ("paper", &["reader", "case", "base"]),
    ("lint", &["paper", "case", "base"]),
    ("compose", &["case", "document", "base"]),
    ("render", &["document", "base"]),
];

const MAX_LINES: usize = 600;

fn floor_of(room: &str) -> Option<usize> {
    FLOORS.iter().position(|rooms| rooms.contains(&room))
}

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/paper/scan/dates.rs` → ["paper", "scan", "dates"].
fn module_path(file: &Path, src: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The code of a file without comments (doc links name other floors).
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let code = line.split("//").next().unwrap_or("");
        (!code.trim().is_empty()).then_some((i + 1, code))
    })
}

/// The code before the file's test module.
fn without_tests(text: &str) -> &str {
    // A file that is a test module as a whole (timing tables print).
    if text.lines().any(|line| line.trim() == "#![cfg(test)]") {
        return "";
    }
    text.find("\n#[cfg(test)]\nmod ")
        .or_else(|| text.find("\n#[cfg(test)]\npub(crate) mod "))
        .map_or(text, |at| &text[..at])
}

/// Every `crate::room` a file names, with its line.
fn imported_rooms(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (line, code) in code_lines(text) {
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let before = rest[..at].chars().last();
            rest = &rest[at + "crate::".len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // `beslut_crate::`, not ours
            }
            let room: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !room.is_empty() {
                found.push((line, room));
            }
        }
    }
    found
}

struct House {
    src: PathBuf,
    files: Vec<(Vec<String>, PathBuf, String)>,
}

fn house() -> House {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    source_files(&src, &mut paths);
    paths.sort();
    let files = paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (module_path(&path, &src), path, text)
        })
        .collect();
    House { src, files }
}

/// What is wrong with one import, if anything.
fn forbidden(from: &[String], room: &str) -> Option<String> {
    let own = from[0].as_str();
    if room == own {
        return None; // within a room; render's two backends: `pdf_and_docx_never_meet`
    }
    let Some(to_floor) = floor_of(room) else {
        return Some(format!("`crate::{room}` is no room of the house"));
    };
    let from_floor = floor_of(own).expect("every room has a floor");
    if to_floor > from_floor {
        return Some(format!(
            "{own} (floor {}) imports {room}, a higher floor ({})",
            from_floor + 1,
            to_floor + 1
        ));
    }
    if to_floor == from_floor {
        return Some(format!("{own} imports {room}, a room on its own floor"));
    }
    if let Some((_, allowed)) = ONLY.iter().find(|(r, _)| *r == own)
        && !allowed.contains(&room)
    {
        return Some(format!("{own} may import only {}", allowed.join(", ")));
    }
    None
}

fn violations(house: &House) -> Vec<String> {
    let mut found = Vec::new();
    for (module, path, text) in &house.files {
        for (line, room) in imported_rooms(text) {
            if let Some(why) = forbidden(module, &room) {
                let shown = path.strip_prefix(&house.src).unwrap().display();
                found.push(format!("src/{shown}:{line}: {why}"));
            }
        }
    }
    found
}

#[test]
fn every_import_goes_down_a_floor() {
    let found = violations(&house());
    assert!(
        found.is_empty(),
        "imports against the house rules:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_catches_a_forbidden_import() {
    // A paper file reaching up into the lint, and a backend reaching a case.
    let up = vec!["paper".to_owned(), "structure".to_owned()];
    assert!(forbidden(&up, "lint").is_some());
    let render = vec!["render".to_owned(), "pdf".to_owned()];
    assert!(forbidden(&render, "case").is_some());
    let sibling = vec!["compose".to_owned()];
    assert!(forbidden(&sibling, "reader").is_some());
    assert!(forbidden(&["cli".to_owned()], "lint").is_none());
    assert_eq!(
        imported_rooms("use crate::lint::Diagnostic; // crate::cli\n"),
        vec![(1, "lint".to_owned())]
    );
    assert!(calls("let s = scan(text);", "scan"));
    assert!(!calls("iter.scan(0, f)", "scan"));
    assert!(!calls("cx.config.dnr_regex()", "regex"));
}

#[test]
fn pdf_and_docx_never_meet() {
    let house = house();
    for (module, path, text) in &house.files {
        if module.first().is_none_or(|m| m != "render") || module.len() < 2 {
            continue;
        }
        let other = match module[1].as_str() {
            "pdf" => "render::docx",
            "docx" => "render::pdf",
            _ => continue,
        };
        for (line, code) in code_lines(text) {
            assert!(
                !code.contains(other) && !code.contains(&format!("super::{}", &other[8..])),
                "{}:{line}: the PDF and DOCX backends import each other",
                path.display()
            );
        }
    }
}

/// Does `code` call the free function `name` (not a method, not a longer
/// name that ends in it)?
fn calls(code: &str, name: &str) -> bool {
    let call = format!("{name}(");
    code.match_indices(&call).any(|(at, _)| {
        code[..at]
            .chars()
            .last()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '.'))
    })
}

#[test]
fn rules_recognise_no_text_themselves() {
    let house = house();
    for (module, path, text) in &house.files {
        let is_rule = module.len() == 3 && module[0] == "lint" && module[1] == "rules";
        if !is_rule {
            continue;
        }
        for (line, code) in code_lines(without_tests(text)) {
            let runs_scanner = calls(code, "scan") || code.contains("scan::scan");
            let compiles_pattern = code.contains("Regex") || calls(code, "regex");
            assert!(
                !compiles_pattern && !runs_scanner,
                "{}:{line}: a rule recognises text itself; put the recogniser in paper/scan/",
                path.display()
            );
        }
    }
}

#[test]
fn only_the_command_line_prints() {
    let house = house();
    for (module, path, text) in &house.files {
        if module[0] == "cli" || module[0] == "main" {
            continue;
        }
        for (line, code) in code_lines(without_tests(text)) {
            for printer in [
                "println!",
                "print!",
                "eprintln!",
                "eprint!",
                "dbg!",
                "stdout()",
                "stderr()",
            ] {
                assert!(
                    !code.contains(printer),
                    "{}:{line}: `{printer}` outside cli/",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn no_source_file_is_too_long() {
    let house = house();
    let long: BTreeMap<String, usize> = house
        .files
        .iter()
        .map(|(_, path, text)| (path.display().to_string(), text.lines().count()))
        .filter(|(_, lines)| *lines > MAX_LINES)
        .collect();
    assert!(long.is_empty(), "files over {MAX_LINES} lines: {long:?}");
}

/// The names of the `LazyLock` statics in `code`, and whether each is at
/// the module's top level.
fn lazy_statics(code: &str) -> Vec<(String, bool)> {
    code.lines()
        .filter(|line| line.contains("LazyLock<") && line.contains("static "))
        .filter_map(|line| {
            let name = line.split("static ").nth(1)?.split(':').next()?.trim();
            let top_level = !line.starts_with(char::is_whitespace);
            Some((name.to_string(), top_level))
        })
        .collect()
}

/// The comments that name patterns left to be compiled where first used.
fn left_to_first_use(code: &str) -> String {
    let comments: Vec<&str> = code
        .lines()
        .map(str::trim)
        .filter_map(|line| line.strip_prefix("//"))
        .map(|comment| comment.trim_start_matches('/').trim())
        .collect();
    let joined = comments.join(" ");
    if joined.contains("compiled where first used") {
        joined
    } else {
        String::new()
    }
}

/// Is the static `name` compiled in `code` ahead of its first use: forced
/// (`force(&NAME)`, a `regex::Regex`), or compiled now (`NAME.compile_now()`,
/// a scanner pattern that would otherwise wait for its first search; for a
/// tuple or an array of them, each of its patterns)?
fn compiled_ahead(code: &str, name: &str) -> bool {
    [
        format!("force(&{name})"),
        format!("{name}.compile_now()"),
        format!("{name}.0.compile_now()"),
        format!("in {name}.iter()"),
    ]
    .iter()
    .any(|form| code.contains(form.as_str()))
}

/// Every pattern the lint uses is either compiled ahead by
/// `lint::compile_patterns_ahead` (a `LazyLock` at module level, forced in
/// its module's `compile_patterns`, which its parent's list calls) or named
/// in a comment as compiled where first used, since few papers need it. A
/// pattern in neither is only slower, so only this test notices.
#[test]
fn every_lint_pattern_is_compiled_ahead_or_named_as_rare() {
    let house = house();
    let text_of = |file: &str| {
        house
            .files
            .iter()
            .find(|(_, path, _)| path.ends_with(file))
            .map(|(_, _, text)| text.as_str())
            .unwrap_or_else(|| panic!("{file} not found"))
    };
    let mut missing = Vec::new();
    for (_, path, text) in &house.files {
        let shown = path.display().to_string();
        let in_lint = shown.contains("src/paper/") || shown.ends_with("src/lint/suppress.rs");
        let code = without_tests(text);
        let statics = lazy_statics(code);
        if !in_lint || statics.is_empty() {
            continue;
        }
        let rare = left_to_first_use(code);
        for (name, top_level) in statics {
            if !top_level {
                missing.push(format!("{shown}: {name} is inside a function"));
            } else if !compiled_ahead(code, &name) && !rare.contains(&name) {
                missing.push(format!(
                    "{shown}: {name} is neither compiled ahead nor named as rare"
                ));
            }
        }
        if !code.contains("force(&") && !code.contains(".compile_now()") {
            continue;
        }
        let module = path.file_stem().unwrap().to_string_lossy().into_owned();
        let parent = if shown.contains("src/paper/scan/") {
            "src/paper/scan/patterns.rs"
        } else if shown.contains("src/paper/") {
            "src/paper/mod.rs"
        } else {
            "src/lint/mod.rs"
        };
        if !text_of(parent).contains(&format!("{module}::compile_patterns")) {
            missing.push(format!(
                "{shown}: {parent} does not call its compile_patterns"
            ));
        }
    }
    assert!(
        missing.is_empty(),
        "patterns not compiled ahead: {missing:#?}"
    );
}
