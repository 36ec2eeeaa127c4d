//! Everyday use: completions, man pages, starting a project, sharding.

use crate::common::{beslut, repo};

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
    // `beslut new <TAB>` offers the templates, `beslut rules <TAB>` the codes.
    let output = beslut(&repo(), &["completions", "bash"]);
    let script = String::from_utf8_lossy(&output.stdout);
    for word in [
        "avtalsforlangning",
        "tjansteskrivelse",
        "D103",
        "duration-mismatch",
    ] {
        assert!(script.contains(word), "{word} not offered");
    }
    // Offered, not required: a project's own template is still taken.
    let output = beslut(&repo(), &["rules", "d103"]);
    assert!(output.status.success());
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
        crate::common::files_in(&project.join("output")),
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
        std::fs::read_to_string(repo().join("templates/avtalsforlangning.v3.j2")).unwrap(),
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
        crate::common::files_in(&dir.path().join("mallar")),
        [
            "avtalsforlangning.v1.j2",
            "avtalsforlangning.v2.j2",
            "avtalsforlangning.v3.j2",
            "layout.v1.typ",
            "layout.v2.typ",
            "tjansteskrivelse.v1.j2",
            "tjansteskrivelse.v2.j2"
        ]
    );
    assert_eq!(
        beslut(&repo(), &["templates", "finns-inte"]).status.code(),
        Some(2)
    );
}

/// A scratch project with `n` small cases.
fn project_with_cases(n: usize) -> tempfile::TempDir {
    let cases: Vec<(String, String)> = (0..n)
        .map(|i| {
            (
                format!("c{i}.yaml"),
                crate::common::MINIMAL_CASE
                    .replace("dnr: SON 2026-001", &format!("dnr: SON 2026-{:03}", i + 1)),
            )
        })
        .collect();
    let refs: Vec<(&str, &str)> = cases
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    crate::common::scratch_project(&refs)
}

fn manifest_cases(path: &std::path::Path) -> Vec<String> {
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    manifest["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["case"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn shards_cover_every_case_exactly_once_and_their_manifests_merge() {
    let project = project_with_cases(9);
    let mut seen = Vec::new();
    for i in 1..=3 {
        let shard = format!("{i}/3");
        let output = beslut(
            project.path(),
            &["build", "-q", "--manifest", "--shard", &shard],
        );
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        seen.extend(manifest_cases(
            &project
                .path()
                .join(format!("output/manifest-{i}-av-3.json")),
        ));
    }
    seen.sort();
    let all: Vec<String> = (0..9).map(|i| format!("cases/c{i}.yaml")).collect();
    let mut expected = all.clone();
    expected.sort();
    assert_eq!(seen, expected, "each case in exactly one share");
    let output = beslut(
        project.path(),
        &[
            "manifest",
            "merge",
            "output/manifest-1-av-3.json",
            "output/manifest-2-av-3.json",
            "output/manifest-3-av-3.json",
            "-o",
            "output/manifest.json",
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        manifest_cases(&project.path().join("output/manifest.json")),
        expected
    );
    // The lint's shares cover the same files once each.
    let mut linted = Vec::new();
    for i in 1..=3 {
        let output = beslut(project.path(), &["lint", "--shard", &format!("{i}/3")]);
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        // "3 filer granskade: …" ends the run.
        let summary = stderr.lines().last().unwrap_or_default();
        let count: usize = summary
            .split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        linted.push(count);
    }
    assert_eq!(linted.iter().sum::<usize>(), 9, "{linted:?}");
    assert_eq!(
        beslut(project.path(), &["build", "--shard", "4/3"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_partial_build_merges_into_the_manifest_instead_of_replacing_it() {
    let project = project_with_cases(3);
    assert!(
        beslut(project.path(), &["build", "-q", "--manifest"])
            .status
            .success()
    );
    let output = beslut(
        project.path(),
        &["build", "-q", "--manifest", "cases/c1.yaml"],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let manifest_path = project.path().join("output/manifest.json");
    assert_eq!(
        manifest_cases(&manifest_path),
        ["cases/c0.yaml", "cases/c1.yaml", "cases/c2.yaml"]
    );
    // The merged manifest keeps what the build depended on…
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&manifest_path).unwrap()).unwrap();
    let inputs = manifest["inputs"].as_array().expect("inputs kept");
    assert!(
        inputs
            .iter()
            .any(|i| i["file"].as_str().unwrap().ends_with("beslut.toml")),
        "{manifest}"
    );
    // …and says what is on disk: a case whose files are gone drops out.
    for extension in ["pdf", "docx"] {
        std::fs::remove_file(project.path().join(format!("output/c2.{extension}"))).unwrap();
    }
    assert!(
        beslut(
            project.path(),
            &["build", "-q", "--manifest", "cases/c1.yaml"]
        )
        .status
        .success()
    );
    assert_eq!(
        manifest_cases(&manifest_path),
        ["cases/c0.yaml", "cases/c1.yaml"]
    );
}

#[test]
fn manifest_merge_refuses_entries_outside_the_output_folder() {
    let dir = tempfile::tempdir().unwrap();
    for (name, file) in [("a.json", "../../etc/passwd"), ("b.json", "/etc/passwd")] {
        let manifest = serde_json::json!({
            "cases": [{ "case": "cases/x.yaml", "files": [{ "file": file, "sha256": "00" }] }],
            "tool": "beslut",
        });
        std::fs::write(dir.path().join(name), manifest.to_string()).unwrap();
        let output = beslut(
            dir.path(),
            &["manifest", "merge", name, "-o", "merged.json"],
        );
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_ne!(output.status.code(), Some(0), "{stderr}");
        assert!(stderr.contains("utanför utmappen"), "{stderr}");
    }
    assert!(!dir.path().join("merged.json").exists());
}

#[test]
fn the_case_schema_checks_dates_ages_output_names_and_templates() {
    let output = beslut(&repo(), &["schema"]);
    let schema: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles");
    let example =
        std::fs::read_to_string(repo().join("cases/avtalsforlangning-solrosgruppen.yaml")).unwrap();
    let as_json = |yaml: &str| -> serde_json::Value { serde_saphyr::from_str(yaml).unwrap() };
    let errors = |yaml: &str| {
        validator
            .iter_errors(&as_json(yaml))
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
    };
    assert!(errors(&example).is_empty(), "{:?}", errors(&example));
    for (from, to) in [
        ("date: 2026-03-02", "date: 3 mars 2026"),
        ("date: 2026-03-02", "date: 2026-13-02"),
        ("ages: 4-20", "ages: 4 till 20"),
        ("template: avtalsforlangning", "template: okand"),
        ("title:", "output_name: CON\ntitle:"),
        ("title:", "output_name: ../ut\ntitle:"),
    ] {
        let bad = example.replacen(from, to, 1);
        assert_ne!(bad, example, "{from}");
        assert!(!errors(&bad).is_empty(), "`{to}` passed the schema");
    }
    let named = example.replacen("title:", "output_name: dnr\ntitle:", 1);
    assert!(errors(&named).is_empty(), "{:?}", errors(&named));
}

#[test]
fn the_manifest_records_config_project_templates_and_the_imported_paper() {
    let project = project_with_cases(1);
    // A project template: the built-in one, exported.
    assert!(
        beslut(project.path(), &["templates", "--export", "templates"])
            .status
            .success()
    );
    let paper = "Lövsjö kommun\nSocialförvaltningen\nDatum 2026-01-15\nDnr SON 2026-900\n\nSocialnämnden\n\n# Importerat ärende\n\nFörslag till beslut\n1. Nämnden godkänner.\n\nÄrende\nEtt ärende att importera.\n";
    std::fs::write(project.path().join("gammal.txt"), paper).unwrap();
    let output = beslut(
        project.path(),
        &["import", "gammal.txt", "-o", "cases", "--check"],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let output = beslut(
        project.path(),
        &["build", "-q", "--manifest", "--allow-lint-errors"],
    );
    assert!(
        output.status.code().is_some_and(|c| c <= 1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let manifest: serde_json::Value = serde_json::from_slice(
        &std::fs::read(project.path().join("output/manifest.json")).unwrap(),
    )
    .unwrap();
    let inputs: Vec<&str> = manifest["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["file"].as_str().unwrap())
        .collect();
    assert!(
        inputs.iter().any(|f| f.ends_with("beslut.toml")),
        "{inputs:?}"
    );
    assert!(
        inputs
            .iter()
            .any(|f| f.ends_with("templates/tjansteskrivelse.v1.j2")),
        "{inputs:?}"
    );
    assert!(
        inputs
            .iter()
            .any(|f| f.ends_with("templates/layout.v1.typ")),
        "{inputs:?}"
    );
    let imported = manifest["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["case"] == "cases/gammal.yaml")
        .expect("the imported case was built");
    let sha = beslut::base::hash::sha256_hex(paper.as_bytes());
    assert_eq!(imported["source"]["paper"], "gammal.txt");
    assert_eq!(imported["source"]["sha256"], sha.as_str());
    // import --check measured the rebuild's fidelity and the case keeps it.
    let pdf = imported["source"]["fidelity"]["pdf"]
        .as_f64()
        .unwrap_or_else(|| {
            panic!(
                "no fidelity in {imported}\ncase file:\n{}",
                std::fs::read_to_string(project.path().join("cases/gammal.yaml")).unwrap()
            )
        });
    assert!(pdf >= 0.98, "{pdf}");
}

#[test]
fn watch_rebuilds_a_changed_case_within_two_seconds_and_nothing_for_reads() {
    use std::time::{Duration, Instant};
    let project = crate::common::scratch_project(&[("ett.yaml", crate::common::MINIMAL_CASE)]);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_beslut"))
        .args(["build", "--watch"])
        .current_dir(project.path())
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pdf = project.path().join("output/ett.pdf");
    let text = |pdf: &std::path::Path| {
        std::fs::read(pdf)
            .ok()
            .and_then(|b| pdf_extract::extract_text_from_mem(&b).ok())
    };
    let started = Instant::now();
    while text(&pdf).is_none() && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(text(&pdf).unwrap().contains("Testärende"));
    // Let the watcher settle on its folders, then edit the case.
    std::thread::sleep(Duration::from_millis(500));
    let case = project.path().join("cases/ett.yaml");
    std::fs::write(
        &case,
        crate::common::MINIMAL_CASE.replace("title: Testärende", "title: Ändrad rubrik"),
    )
    .unwrap();
    let edited = Instant::now();
    let mut seen = false;
    while edited.elapsed() < Duration::from_secs(2) {
        if text(&pdf).is_some_and(|t| t.contains("Ändrad rubrik")) {
            seen = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // Reading the cases is no change: nothing more is built.
    std::thread::sleep(Duration::from_millis(1500));
    for _ in 0..20 {
        let _ = std::fs::read(&case).unwrap();
    }
    std::thread::sleep(Duration::from_millis(2500));
    // A folder made after the watch began, and a case in it, are followed.
    let late = project.path().join("cases/sen");
    std::fs::create_dir(&late).unwrap();
    std::fs::write(late.join("tva.yaml"), crate::common::MINIMAL_CASE).unwrap();
    let waiting = Instant::now();
    let late_pdf = project.path().join("output/tva.pdf");
    while text(&late_pdf).is_none() && waiting.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let late_built = text(&late_pdf).is_some();
    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(seen, "no new PDF within 2 s of the edit:\n{stderr}");
    assert!(
        late_built,
        "a case in a folder made later was not built:\n{stderr}"
    );
    assert_eq!(
        stderr.matches("ändrat: ").count(),
        2,
        "one rebuild per change, none for reads:\n{stderr}"
    );
    assert_eq!(
        status.code(),
        Some(0),
        "Ctrl-C ends a watch normally: {stderr}"
    );
}

#[test]
fn help_is_swedish_for_every_command() {
    const ENGLISH: [&str; 24] = [
        "the",
        "and",
        "of",
        "to",
        "for",
        "with",
        "print",
        "usage",
        "options",
        "default",
        "possible",
        "values",
        "arguments",
        "commands",
        "file",
        "folder",
        "write",
        "show",
        "case",
        "paper",
        "papers",
        "when",
        "or",
        "into",
    ];
    let commands: [&[&str]; 15] = [
        &[],
        &["build"],
        &["meeting"],
        &["lint"],
        &["import"],
        &["inspect"],
        &["rules"],
        &["completions"],
        &["man"],
        &["schema"],
        &["templates"],
        &["manifest"],
        &["manifest", "merge"],
        &["init"],
        &["new"],
    ];
    for command in commands {
        let mut args = command.to_vec();
        args.push("--help");
        let output = beslut(&repo(), &args);
        assert!(output.status.success(), "{args:?}");
        let help = String::from_utf8_lossy(&output.stdout).to_lowercase();
        // Flags and file names are code, not prose.
        let prose: String = help
            .split_whitespace()
            .filter(|w| {
                !w.starts_with('-') && !w.starts_with('`') && !w.contains('/') && !w.contains('.')
            })
            .collect::<Vec<_>>()
            .join(" ");
        for word in prose.split(|c: char| !c.is_alphanumeric()) {
            assert!(
                !ENGLISH.contains(&word),
                "`{word}` in `beslut {} --help`:\n{help}",
                command.join(" ")
            );
        }
    }
    // A wrong command line is said in Swedish too.
    for (args, said) in [
        (
            &["build", "--okand-flagga"][..],
            "fel: okänt argument `--okand-flagga`",
        ),
        (&["bygg"], "fel: okänt kommando `bygg`"),
        (
            &["lint", "--format", "xml"],
            "fel: ogiltigt värde `xml` för `--format <FORMAT>` (möjliga: `human`, `json`, `sarif`, `html`)",
        ),
        (
            &["build", "--quiet", "--verbose"],
            "fel: `--quiet` går inte att kombinera med `--verbose`",
        ),
    ] {
        let output = beslut(&repo(), args);
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.starts_with(said), "{args:?}: {stderr}");
    }
}

/// The first ```yaml block of a page of the docs.
fn first_yaml_block(page: &str) -> String {
    let text = std::fs::read_to_string(repo().join(page)).unwrap();
    let start = text.find("```yaml\n").expect("a yaml block") + "```yaml\n".len();
    let end = start + text[start..].find("```").unwrap();
    text[start..end].to_owned()
}

#[test]
fn the_annotated_examples_in_the_docs_are_valid_as_written() {
    // The case file, with every key: it parses and composes.
    let yaml = first_yaml_block("docs/case-file.md");
    let file = crate::common::load_str("docs-exempel.yaml", &yaml);
    beslut::compose::compose(
        &file,
        &crate::common::builder().config.house(),
        &beslut::compose::template::Templates::new(Some(&repo().join("templates"))),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    // The meeting file.
    let yaml = first_yaml_block("docs/meeting-packet.md");
    beslut::meeting::parse_meeting(&repo().join("meetings/docs-exempel.yaml"), yaml)
        .unwrap_or_else(|e| panic!("{e}"));
}
