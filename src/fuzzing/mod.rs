//! Entry points for the fuzz targets in `fuzz/` (cargo-fuzz), and for the
//! test that replays their committed corpus in `cargo test`. Each takes
//! arbitrary bytes and must return without panicking, in time and memory
//! linear in the input.

mod structured;

pub use structured::{meeting_structure, office_structure, pdf_structure};

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::case::parse_case;
use crate::compose::template::Templates;
use crate::lint::{LintConfig, lint_paper};
use crate::project::Config;
use crate::reader::{Format, read_bytes};

/// The case file the template target puts fuzzed text into.
const BASE_CASE: &str = "template: avtalsforlangning
dnr: SON 2026-118
date: 2026-03-02
meeting: 2026-03-18
board: Social- och omsorgsnämnden
sender: { department: Avdelning A, unit: Enhet B, officer: Kim Exempelsson }
title: Rubrik
contract:
  supplier: Solrosgruppen AB
  service: anhörigstöd till barn
  ages: 4-20
  start: 2024-05-01
  term_years: 2
  max_extensions: 1
  extension_years: 2
  extension: { from: 2026-05-01, to: 2028-04-30 }
mbl: { kind: information, date: 2026-02-20 }
";

fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(Config::default)
}

fn templates() -> &'static Templates {
    static TEMPLATES: OnceLock<Templates> = OnceLock::new();
    TEMPLATES.get_or_init(|| Templates::new(None))
}

/// Bytes as a case file: parsed, validated, composed and linted.
pub fn case_loader(data: &[u8]) {
    let Ok(source) = String::from_utf8(data.to_vec()) else {
        return;
    };
    if let Ok(file) = parse_case(Path::new("fuzz.yaml"), source, &config().sender) {
        let _ = crate::builder::check::check_case(&file, config(), templates());
    }
}

/// Bytes as a finished paper in plain text: decoded, read and linted.
pub fn text_lint(data: &[u8]) {
    read_and_lint(data, Format::Text);
}

/// Bytes as a paper in the format the first byte chooses.
pub fn paper_reader(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let format = match selector % 4 {
        0 => Format::Pdf,
        1 => Format::Docx,
        2 => Format::Odt,
        _ => Format::Markdown,
    };
    read_and_lint(rest, format);
}

fn read_and_lint(data: &[u8], format: Format) {
    if let Ok(raw) = read_bytes(data, format) {
        let lint = LintConfig::default();
        let paper = crate::paper::structure::paper_from_raw(
            PathBuf::from("fuzz"),
            raw,
            &lint.section_names,
        );
        let _ = lint_paper(&paper, &lint);
    }
}

/// Text as the title, the sections and the proposals of a case (split at
/// NUL bytes), with and without `verbatim`: composed through the templates
/// and rendered as DOCX, which must then be well-formed XML.
pub fn template_renderer(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\0').map(str::to_owned);
    let Ok(mut file) = parse_case(
        Path::new("fuzz.yaml"),
        BASE_CASE.to_owned(),
        &config().sender,
    ) else {
        unreachable!("the base case is valid");
    };
    let case = &mut file.case;
    case.verbatim = data.first().is_some_and(|b| b & 1 == 1);
    case.title = parts.next().unwrap_or_default();
    case.sections.arende = parts.next();
    case.sections.bakgrund = parts.next();
    case.proposals = Some(parts.collect());
    if let Ok(composed) = crate::compose::compose(&file, &config().house(), templates()) {
        let docx = crate::render::docx::render(&composed.document, &Default::default())
            .expect("the DOCX backend renders");
        crate::reader::read_bytes(&docx, Format::Docx).expect("our own DOCX reads back");
    }
}

type Target = fn(&[u8]);

/// Runs every file of the committed corpus (`fuzz/corpus/<target>/`)
/// through its target; used by `cargo test` so each crash found stays fixed.
pub fn replay_corpus(root: &Path) -> usize {
    let targets: [(&str, Target); 7] = [
        ("case_loader", case_loader),
        ("text_lint", text_lint),
        ("paper_reader", paper_reader),
        ("template_renderer", template_renderer),
        ("pdf_structure", pdf_structure),
        ("office_structure", office_structure),
        ("meeting_structure", meeting_structure),
    ];
    let mut count = 0;
    for (name, target) in targets {
        let Ok(entries) = std::fs::read_dir(root.join(name)) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        files.sort();
        for file in files {
            let data = std::fs::read(&file).expect("corpus file reads");
            target(&data);
            count += 1;
        }
    }
    count
}
