//! Lint throughput: `cargo bench --bench lint [-- N] [text|yaml|pdf]`
//! (the kinds named, or all).
//!
//! Generates N fictional papers as text, N as case files and N PDF papers
//! (default 1 000 each; the PDFs are 50 distinct papers rendered by beslut,
//! read in turn) in memory and reports papers per second, single-threaded
//! and in parallel, reading included (text → paper model, YAML → typed
//! case, PDF → text layer → paper model).

use std::path::Path;
use std::time::Instant;

use beslut::builder::check::check_case;
use beslut::builder::{Builder, Formats};
use beslut::case::parse_case;
use beslut::compose::template::Templates;
use beslut::lint::{LintConfig, lint_paper};
use beslut::paper::structure::paper_from_text;
use beslut::project::Config;
use beslut::reader::{Format, read_bytes};
use beslut::render::pdf::PdfProfile;
use rayon::prelude::*;

// The same allocator as the `beslut` binary, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1000);
    let kinds: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| ["text", "yaml", "pdf"].contains(&a.as_str()))
        .collect();
    let run = |kind: &str| kinds.is_empty() || kinds.iter().any(|k| k == kind);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = Config::load(&root.join("beslut.toml"), true).expect("beslut.toml");
    let templates = Templates::new(Some(&root.join("templates")));
    let texts: Vec<String> = (0..n).map(text_paper).collect();
    let yamls: Vec<String> = (0..n).map(case_yaml).collect();
    let lint_config = LintConfig::default();

    let lint_text = |i: usize, text: &String| {
        let paper = paper_from_text(format!("paper-{i}.txt").into(), text.clone());
        lint_paper(&paper, &lint_config).len()
    };
    let lint_case = |i: usize, yaml: &String| {
        let file = parse_case(
            Path::new(&format!("case-{i}.yaml")),
            yaml.clone(),
            &config.sender,
        )
        .expect("valid");
        check_case(&file, &config, &templates).len()
    };

    println!(
        "beslut lint benchmark: {n} text papers and {n} case files, {} threads",
        rayon::current_num_threads()
    );
    let report = |label: &str, start: Instant, findings: usize| {
        let seconds = start.elapsed().as_secs_f64();
        println!(
            "{label:<22} {:>9.0} papers/s  ({findings} findings)",
            n as f64 / seconds
        );
    };
    if run("text") {
        let start = Instant::now();
        let findings: usize = texts.iter().enumerate().map(|(i, t)| lint_text(i, t)).sum();
        report("text, 1 thread:", start, findings);
        let start = Instant::now();
        let findings: usize = texts
            .par_iter()
            .enumerate()
            .map(|(i, t)| lint_text(i, t))
            .sum();
        report("text, parallel:", start, findings);
    }
    if run("yaml") {
        let start = Instant::now();
        let findings: usize = yamls.iter().enumerate().map(|(i, y)| lint_case(i, y)).sum();
        report("yaml, 1 thread:", start, findings);
        let start = Instant::now();
        let findings: usize = yamls
            .par_iter()
            .enumerate()
            .map(|(i, y)| lint_case(i, y))
            .sum();
        report("yaml, parallel:", start, findings);
    }
    if !run("pdf") {
        return;
    }

    let builder = Builder::new(
        config.clone(),
        Templates::new(Some(&root.join("templates"))),
    );
    let pdfs: Vec<Vec<u8>> = yamls
        .iter()
        .take(50)
        .enumerate()
        .map(|(i, yaml)| {
            let file = parse_case(
                Path::new(&format!("case-{i}.yaml")),
                yaml.clone(),
                &config.sender,
            )
            .expect("valid");
            let formats = Formats {
                pdf: true,
                docx: false,
            };
            let rendered = builder
                .render(&file, formats, PdfProfile::Standard)
                .expect("renders");
            rendered.into_iter().next().expect("a PDF").1
        })
        .collect();
    let lint_pdf = |i: usize| {
        let raw = read_bytes(&pdfs[i % pdfs.len()], Format::Pdf).expect("readable PDF");
        let paper = beslut::paper::structure::paper_from_raw(
            format!("paper-{i}.pdf").into(),
            raw,
            &lint_config.section_names,
        );
        lint_paper(&paper, &lint_config).len()
    };
    let start = Instant::now();
    let findings: usize = (0..n).map(lint_pdf).sum();
    report("pdf, 1 thread:", start, findings);
    let start = Instant::now();
    let findings: usize = (0..n).into_par_iter().map(lint_pdf).sum();
    report("pdf, parallel:", start, findings);
}

/// A paper of realistic length (about 600 words) in the shape of a real one.
fn text_paper(i: usize) -> String {
    let year = 2020 + (i % 5) as i32;
    let filler =
        "Verksamheten erbjuder stöd i grupp och enskilt till barn och unga som är anhöriga. "
            .repeat(20);
    format!(
        "Social- och omsorgsförvaltningen\nAvdelning {i}\n\n{year}-02-10\n\nDnr SON {year}-{i}\n\nSocial- och omsorgsnämnden\n\n## Leverantör {i} AB – förlängning\n\n### Förslag till beslut\n\n1. Avtalet avseende anhörigstöd till barn 4-20 år, med Leverantör {i} AB förlängs två år från och med den 1 april {year} till och med den 31 mars {end}.\n\n### Ärende\n\nNämnden har att ta ställning till förlängning av avtal med Leverantör {i} AB avseende anhörigstöd för barn och unga i åldrarna 4-20 år. Uppdraget har en avtalstid på två år från 1 april {start} med möjlighet till förlängning vid ett tillfälle med två år.\n\n{filler}\n\n## Bakgrund\n\n{filler}\n\n### Ekonomiska konsekvenser\n\nMedel finns i nämndens budget.\n\n### Information eller förhandling enligt lag (1976:580) om medbestämmande i arbetslivet\n\nInformation lämnades den 1 februari {year}.\n\nBeslutet skickas till:\nLeverantör {i} AB\n",
        start = year - 2,
        end = year + 2,
    )
}

fn case_yaml(i: usize) -> String {
    let year = 2024 + (i % 3) as i32;
    format!(
        "template: avtalsforlangning\ndnr: SON {year}-{i}\ndate: {year}-02-10\nmeeting: {year}-02-25\nboard: Social- och omsorgsnämnden\ntitle: Leverantör {i} AB – förlängning\ncontract:\n  supplier: Leverantör {i} AB\n  service: anhörigstöd till barn\n  ages: 4-20\n  start: {start}-05-01\n  term_years: 2\n  max_extensions: 1\n  extension_years: 2\n  extension: {{ from: {year}-05-01, to: {end}-04-30 }}\nsections:\n  arende: |\n    {filler}\n  bakgrund: |\n    {filler}\n  ekonomi: Medel finns i nämndens budget.\nmbl: {{ kind: information, date: {year}-02-01 }}\nsend_to: [Leverantör {i} AB]\n",
        start = year - 2,
        end = year + 2,
        filler =
            "Verksamheten erbjuder stöd i grupp och enskilt till barn och unga som är anhöriga. "
                .repeat(10),
    )
}
