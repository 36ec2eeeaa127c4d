//! The integration tests, as one binary: typst and the other dependencies
//! are linked once, not once per file (CI time and disk).

#[allow(dead_code)] // each module uses its own part of the helpers
mod common;

mod annotate;
mod annotate_pdf;
mod architecture;
mod config_discovery;
mod corpus;
mod docx;
mod errors;
mod everyday;
mod fix;
mod fuzz_corpus;
mod generate;
mod hostile;
mod hostile_assets;
mod hostile_office;
mod hostile_pdf;
mod html_report;
mod import_old;
mod lint;
mod lsp;
mod meeting;
mod reader;
mod rebuild;
mod rule_fixtures;
mod safety;
mod seeds;
mod template_look;
