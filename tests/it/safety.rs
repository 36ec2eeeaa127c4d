//! Case data is data: it never runs as Typst markup, never reads files, and
//! a failing case leaves no file behind. Builds are byte-reproducible.

use crate::common::*;

const HOSTILE: &str =
    r##"#read("/etc/passwd") $x^2$ *bold* _it_ <label> @ref \ \\ ] [ #{1+1} ` ``` {{ '{{' }}"##;

fn hostile_case() -> String {
    MINIMAL_CASE
        .replace("title: Testärende", "title: 'Titel #set page(width: 1cm) ]'")
        .replace(
            "  arende: Nämnden ska ta ställning till förslaget.\n",
            &format!(
                "  arende: '{}'\n  bakgrund: |\n    #import \"/etc/passwd\"\n    #include \"../../Cargo.toml\"\n",
                HOSTILE.replace('\'', "''")
            ),
        )
}

#[test]
fn markup_in_case_data_prints_literally_in_pdf_and_docx() {
    let file = load_str("hostile.yaml", &hostile_case());
    let (pdf, docx) = render(&file);
    let text = pdf_text(&pdf);
    // `*bold*` and `_it_` are emphasis (and print without their markers);
    // everything else prints as written.
    let literal = r##"#read("/etc/passwd") $x^2$ bold it <label> @ref \ \\ ] [ #{1+1} ` ``` {{"##;
    assert!(
        text.contains(literal),
        "literal prose missing from PDF:\n{text}"
    );
    assert!(text.contains("Titel #set page(width: 1cm) ]"));
    assert!(
        text.contains(r#"#import "/etc/passwd" #include "../../Cargo.toml""#),
        "{text}"
    );
    assert!(!text.contains("root:"), "a file was read into the PDF");
    assert!(
        !text.contains("[package]"),
        "Cargo.toml was read into the PDF"
    );

    let paragraphs = docx_paragraphs(&docx);
    assert!(
        paragraphs.iter().any(|p| p.text == literal),
        "literal prose missing from DOCX: {paragraphs:#?}"
    );
    let document = docx_part(&docx, "word/document.xml");
    assert!(document.contains(
        r#"<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">bold</w:t></w:r>"#
    ));
    assert!(
        document.contains(
            r#"<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">it</w:t></w:r>"#
        )
    );
}

#[test]
fn control_characters_never_corrupt_the_docx() {
    // YAML escapes: bell, NUL, escape, form feed, U+FFFE in title and prose.
    let yaml = MINIMAL_CASE
        .replace(
            "title: Testärende",
            "title: \"Rubrik\\u0007med\\u0000klocka\\u001B\\u000C\\uFFFE\"",
        )
        .replace(
            "  arende: Nämnden ska ta ställning till förslaget.\n",
            "  arende: \"Text\\u0001 med\\u0008 kontrolltecken.\"\n",
        );
    let file = load_str("kontroll.yaml", &yaml);
    let (_, docx) = render(&file);
    let xml = docx_part(&docx, "word/document.xml");
    // Well-formed: an XML parser reads every event to the end.
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("document.xml is not well-formed: {e}"),
        }
    }
    assert!(!xml.contains([
        '\u{7}', '\u{0}', '\u{1b}', '\u{c}', '\u{fffe}', '\u{1}', '\u{8}'
    ]));
    assert!(
        xml.contains("Rubrikmedklocka"),
        "the text stays, without the controls"
    );
    assert!(xml.contains("Text med kontrolltecken."));
}

#[test]
fn a_loop_in_case_text_runs_out_of_fuel() {
    let yaml = MINIMAL_CASE.replace(
        "  arende: Nämnden ska ta ställning till förslaget.\n",
        "  arende: \"{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\"\n",
    );
    let file = load_str("loop.yaml", &yaml);
    let started = std::time::Instant::now();
    let result = builder().render(
        &file,
        beslut::builder::Formats::default(),
        beslut::render::pdf::PdfProfile::Standard,
    );
    let error = result.expect_err("the loop is refused").to_string();
    assert!(
        error.contains("fuel") || error.contains("bränsle") || error.contains("out of"),
        "{error}"
    );
    assert!(started.elapsed().as_secs() < 20);
}

#[test]
fn layouts_cannot_read_outside_the_template_root() {
    use beslut::render::pdf::{PdfEngine, PdfProfile};
    let file = load(&repo().join("cases/yttrande-motion.yaml"));
    let composed =
        beslut::compose::compose(&file, &builder().config.house(), &builder().templates).unwrap();
    let engine = PdfEngine::new();
    let root = tempfile::tempdir().unwrap();
    std::fs::write(root.path().join("logo.txt"), "inside").unwrap();
    // PDF/UA-1 needs a title; the layouts here only try to read files.
    let render = |source: &str| {
        engine.render(
            &composed.document,
            "evil.typ",
            &format!("#set document(title: \"t\")\n{source}"),
            Some(root.path()),
            None,
            PdfProfile::Standard,
        )
    };
    assert!(
        render(r#"#read("logo.txt")"#).is_ok(),
        "files under the root are readable"
    );
    for source in [
        r#"#read("/etc/passwd")"#,
        r#"#read("../../../../etc/passwd")"#,
        r#"#import "@preview/x:0.1.0""#,
    ] {
        let error = render(source).expect_err(source).to_string();
        assert!(!error.contains("root:"), "{error}");
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("/etc/passwd", root.path().join("link")).unwrap();
        assert!(
            render(r#"#read("link")"#).is_err(),
            "symlink out of the root is refused"
        );
    }
}

#[test]
fn two_builds_are_byte_identical() {
    for example in [
        "cases/avtalsforlangning-solrosgruppen.yaml",
        "cases/behov-familjestod.yaml",
    ] {
        let file = load(&repo().join(example));
        let first = render(&file);
        let second = render(&file);
        assert!(
            first.0 == second.0,
            "PDF differs between builds of {example}"
        );
        assert!(
            first.1 == second.1,
            "DOCX differs between builds of {example}"
        );
    }
}

#[test]
fn a_failing_case_leaves_no_file_and_the_batch_goes_on() {
    let broken_layout = MINIMAL_CASE.replace("template: tjansteskrivelse", "template: trasig");
    let project = scratch_project(&[
        ("a-ok.yaml", MINIMAL_CASE),
        ("b-broken.yaml", &broken_layout),
        ("c-bad.yaml", "dnr: ["),
    ]);
    // A template whose layout fails at PDF time: the DOCX would succeed, but
    // the case must leave nothing behind.
    std::fs::create_dir(project.path().join("templates")).unwrap();
    std::fs::write(
        project.path().join("templates/trasig.v1.j2"),
        "{% block layout %}trasig.v1.typ{% endblock %}",
    )
    .unwrap();
    std::fs::write(
        project.path().join("templates/trasig.v1.typ"),
        "#panic(\"trasig layout\")",
    )
    .unwrap();

    let output = beslut(
        project.path(),
        &["build", "cases", "-o", "out", "--allow-lint-errors"],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(
        files_in(&project.path().join("out")),
        ["a-ok.docx", "a-ok.pdf"],
        "{stderr}"
    );
    assert!(
        stderr.contains("b-broken.yaml") && stderr.contains("trasig layout"),
        "{stderr}"
    );
    assert!(stderr.contains("c-bad.yaml:"), "{stderr}");
    assert!(
        stderr.contains("1 ärende byggt") && stderr.contains("2 misslyckades"),
        "{stderr}"
    );
}

#[test]
fn successful_batch_exits_zero_and_writes_both_formats() {
    let project = scratch_project(&[("one.yaml", MINIMAL_CASE)]);
    let output = beslut(project.path(), &["build"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        files_in(&project.path().join("output")),
        ["one.docx", "one.pdf"]
    );

    let output = beslut(
        project.path(),
        &["build", "--format", "docx", "-o", "docx-only"],
    );
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(files_in(&project.path().join("docx-only")), ["one.docx"]);
}

#[test]
fn usage_errors_exit_two() {
    let project = scratch_project(&[]);
    assert_eq!(
        beslut(project.path(), &["build", "finns-inte"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        beslut(project.path(), &["build", "--format", "odt"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        beslut(project.path(), &["build"]).status.code(),
        Some(2),
        "no cases found"
    );
    assert_eq!(
        beslut(project.path(), &["--config", "saknas.toml", "build"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn cases_cannot_collide_on_output_names() {
    let named = |name: &str| format!("{MINIMAL_CASE}output_name: {name}\n");
    let project = scratch_project(&[("a.yaml", &named("samma")), ("b.yaml", &named("SAMMA"))]);
    let output = beslut(project.path(), &["build"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("skrivs också av"), "{stderr}");
    assert!(files_in(&project.path().join("output")).is_empty());
}

#[test]
fn an_unknown_font_is_a_usage_error() {
    let project = scratch_project(&[("one.yaml", MINIMAL_CASE)]);
    std::fs::write(
        project.path().join("beslut.toml"),
        "[style]\nfont = \"Comic Sans\"\n",
    )
    .unwrap();
    let output = beslut(project.path(), &["build"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("typsnittet `Comic Sans`") && stderr.contains("Liberation Sans"),
        "{stderr}"
    );
}

#[test]
fn a_batch_reports_and_writes_the_same_bytes_in_every_run() {
    // More cases than one window, several threads: the order of the report
    // and the manifest must not depend on which case finishes first.
    let cases: Vec<(String, String)> = (0..70)
        .map(|i| {
            (
                format!("c{i:02}.yaml"),
                MINIMAL_CASE
                    .replace("SON 2026-001", &format!("SON 2026-{i:03}"))
                    .replace(
                        "Testärende",
                        &format!("Testärende {}", "lång ".repeat(i % 7)),
                    ),
            )
        })
        .collect();
    let refs: Vec<(&str, &str)> = cases
        .iter()
        .map(|(n, y)| (n.as_str(), y.as_str()))
        .collect();
    let project = scratch_project(&refs);
    let run = |out: &str| {
        let output = beslut(
            project.path(),
            &["build", "cases", "-o", out, "--manifest", "-v"],
        );
        assert!(output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        let report: Vec<String> = stderr
            .lines()
            .filter(|l| !l.contains(" ärenden byggda "))
            .map(|l| l.replace(out, "OUT"))
            .collect();
        let manifest = std::fs::read_to_string(project.path().join(out).join("manifest.json"))
            .unwrap()
            .replace(out, "OUT");
        (report, manifest)
    };
    let (first_report, first_manifest) = run("ut1");
    let (second_report, second_manifest) = run("ut2");
    assert_eq!(first_report, second_report);
    assert_eq!(first_manifest, second_manifest);
    let built: Vec<&String> = first_report
        .iter()
        .filter(|l| l.starts_with("byggde"))
        .collect();
    assert_eq!(built.len(), 70);
    assert!(
        built.windows(2).all(|w| w[0] < w[1]),
        "reported in path order"
    );
    for i in 0..70 {
        let pdf = |out: &str| std::fs::read(project.path().join(out).join(format!("c{i:02}.pdf")));
        assert_eq!(pdf("ut1").unwrap(), pdf("ut2").unwrap());
    }
}

#[test]
fn output_name_dnr_names_the_files_after_the_dnr() {
    let case = MINIMAL_CASE.replace("dnr: SON 2026-001", "dnr: SN 2026/140");
    let named = format!("{case}output_name: dnr\n");
    let project = scratch_project(&[("a.yaml", &named)]);
    let output = beslut(project.path(), &["build"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        files_in(&project.path().join("output")),
        ["SN-2026-140.docx", "SN-2026-140.pdf"]
    );
}
