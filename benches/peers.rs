//! Inputs for the peer comparison (`scripts/bench-vs-peers.sh`): for each
//! case in `DIR/cases`, what the typst CLI and pandoc need to make the same
//! paper — `DIR/peers/NAME/main.typ` (beslut's own layout) with the data it
//! reads (`data.json`, the composed paper as beslut passes it to Typst),
//! and `DIR/peers/NAME.md`, the same paper as Markdown for pandoc.
//!
//! `cargo bench --bench peers -- DIR` (nothing is timed here).

use std::path::{Path, PathBuf};

use beslut::builder::Builder;
use beslut::case::load_case;
use beslut::compose::template::Templates;
use beslut::document::{Block, Document, Text};
use beslut::project::Config;

fn main() {
    let Some(dir) = std::env::args().skip(1).find(|a| !a.starts_with('-')) else {
        eprintln!("usage: cargo bench --bench peers -- DIR");
        std::process::exit(2);
    };
    let dir = PathBuf::from(dir);
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let config = Config::load_with_assets(&repo.join("beslut.toml"), true).expect("beslut.toml");
    let templates = Templates::new(Some(&repo.join("templates")));
    let builder = Builder::new(config, templates);
    let mut cases: Vec<PathBuf> = std::fs::read_dir(dir.join("cases"))
        .expect("DIR/cases")
        .map(|e| e.expect("entry").path())
        .collect();
    cases.sort();
    for case in &cases {
        write_peer_inputs(&builder, case, &dir.join("peers"));
    }
    println!(
        "{} papers' peer inputs in {}",
        cases.len(),
        dir.join("peers").display()
    );
}

fn write_peer_inputs(builder: &Builder, case: &Path, out: &Path) {
    let file = load_case(case, &builder.config.sender).expect("case loads");
    let composed = builder.compose(&file).expect("case composes");
    let name = case
        .file_stem()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let paper = out.join(&name);
    std::fs::create_dir_all(&paper).expect("peer folder");
    let layout = builder.templates.source(&composed.layout).expect("layout");
    std::fs::write(paper.join("main.typ"), layout).expect("main.typ");
    let data = serde_json::to_vec(composed.document.printable().as_ref()).expect("JSON");
    std::fs::write(paper.join("data.json"), data).expect("data.json");
    std::fs::write(out.join(format!("{name}.md")), markdown(&composed.document)).expect("md");
}

/// The paper as Markdown: the letterhead's lines, the title, the body, the
/// signature and the distribution list.
fn markdown(document: &Document) -> String {
    let mut md = String::new();
    let head = &document.letterhead;
    for line in head.municipality.iter().chain(&head.sender_lines) {
        md.push_str(&format!("{line}\\\n"));
    }
    md.push_str(&format!(
        "Datum {}\\\nDnr {}\n\n{}\n",
        head.date, head.dnr, head.board
    ));
    md.push_str(&format!("\n# {}\n\n", document.title));
    for block in &document.body {
        match block {
            Block::Heading { level, text } => md.push_str(&format!(
                "{} {text}\n\n",
                "#".repeat(usize::from(*level) + 1)
            )),
            Block::Paragraph(text) => md.push_str(&format!("{}\n\n", inline(text))),
            Block::NumberedList(items) => {
                for (i, item) in items.iter().enumerate() {
                    md.push_str(&format!("{}. {}\n", i + 1, inline(item)));
                }
                md.push('\n');
            }
            Block::BulletList(items) => {
                for item in items {
                    md.push_str(&format!("- {}\n", inline(item)));
                }
                md.push('\n');
            }
            Block::Labelled { label, items } => {
                md.push_str(&format!("{label}\n\n"));
                for item in items {
                    md.push_str(&format!("- {item}\n"));
                }
                md.push('\n');
            }
            Block::Table(table) => {
                let row = |cells: &[Text]| {
                    let cells: Vec<String> = cells.iter().map(inline).collect();
                    format!("| {} |\n", cells.join(" | "))
                };
                md.push_str(&row(&table.header));
                md.push_str(&format!("|{}\n", "---|".repeat(table.header.len())));
                for cells in &table.rows {
                    md.push_str(&row(cells));
                }
                md.push('\n');
            }
        }
    }
    for signatory in &document.signature.signatories {
        md.push_str(&format!(
            "{}\\\n{}\n\n",
            signatory.name,
            signatory.role.as_deref().unwrap_or("")
        ));
    }
    if !document.send_to.is_empty() {
        md.push_str("Beslutet skickas till\n\n");
        for to in &document.send_to {
            md.push_str(&format!("- {to}\n"));
        }
    }
    md
}

fn inline(text: &Text) -> String {
    text.0
        .iter()
        .map(|span| match (span.strong, span.emph) {
            (true, _) => format!("**{}**", span.text),
            (false, true) => format!("*{}*", span.text),
            _ => span.text.clone(),
        })
        .collect()
}
