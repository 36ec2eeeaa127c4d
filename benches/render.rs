//! Renderer throughput: `cargo bench --bench render [-- N]`.
//!
//! Generates N fictional contract-extension cases (default 1 000) in memory
//! and reports papers per second for PDF, DOCX and both, cold (fonts and
//! library loaded, first paper) and warm (parallel over all cores), plus the
//! process's peak memory. Files are rendered but not written, so the figures
//! measure the renderer, not the disk.

use std::path::Path;
use std::time::Instant;

use beslut::builder::{Builder, Formats};
use beslut::case::{CaseFile, parse_case};
use beslut::compose::template::Templates;
use beslut::project::Config;
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
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = Config::load_with_assets(&root.join("beslut.toml"), true).expect("beslut.toml");

    beslut::builder::configure_threads();
    let cold_start = Instant::now();
    let builder = Builder::new(config, Templates::new(Some(&root.join("templates"))));
    let cases: Vec<CaseFile> = (0..n).map(|i| case(i, &builder.config)).collect();
    let first = builder
        .render(&cases[0], Formats::default(), PdfProfile::Standard)
        .expect("first paper");
    let cold = cold_start.elapsed();
    let pdf_bytes = first[0].1.len();

    println!(
        "beslut batch benchmark: {n} papers, {} threads",
        rayon::current_num_threads()
    );
    println!(
        "cold (engine + first PDF+DOCX): {:.1} ms",
        cold.as_secs_f64() * 1e3
    );
    for (label, formats) in [
        (
            "pdf",
            Formats {
                pdf: true,
                docx: false,
            },
        ),
        (
            "docx",
            Formats {
                pdf: false,
                docx: true,
            },
        ),
        ("pdf+docx", Formats::default()),
    ] {
        // Start from an empty memo cache so no pass reuses another's layouts.
        comemo::evict(0);
        let start = Instant::now();
        cases.par_iter().for_each(|file| {
            builder
                .render(file, formats, PdfProfile::Standard)
                .expect("renders");
        });
        let seconds = start.elapsed().as_secs_f64();
        println!(
            "warm {label:>8}: {:>8.1} papers/s ({:.2} ms per paper per core)",
            n as f64 / seconds,
            seconds * 1e3 * rayon::current_num_threads() as f64 / n as f64
        );
    }
    println!("first PDF size: {} KiB", pdf_bytes / 1024);
    println!(
        "peak memory (VmHWM): {}",
        peak_memory().unwrap_or_else(|| "unknown".into())
    );
}

/// Case `i`: every paper different (supplier, dates, prose) so no cache
/// serves a whole document twice.
fn case(i: usize, config: &Config) -> CaseFile {
    let year = 2024 + (i % 3) as i32;
    let yaml = format!(
        "template: avtalsforlangning
dnr: SON {year}-{i:04}
date: {year}-02-{day:02}
meeting: {year}-03-18
board: Social- och omsorgsnämnden
sender: {{ department: Avdelning {i}, unit: Enhet {i}, officer: Handläggare {i} }}
title: Leverantör {i} AB – ställningstagande till förlängning
contract:
  supplier: Leverantör {i} AB
  service: stödinsats nummer {i}
  ages: {lo}-{hi}
  start: {start}-05-01
  term_years: 2
  max_extensions: 1
  extension_years: 2
  extension: {{ from: {year}-05-01, to: {end}-04-30 }}
sections:
  arende: |
    Ärende {i}. Verksamheten erbjuder stöd i grupp och enskilt till barn och unga.
    Uppföljningen visar att leverantören följer avtalet.
  bakgrund: |
    Nämnden upphandlade insatsen. {filler}
mbl: {{ kind: information, date: {year}-02-01 }}
signed_by: [ {{ name: Chef {i}, role: Förvaltningschef }} ]
send_to: [ Leverantör {i} AB, Handläggare {i} ]
",
        day = 2 + i % 26,
        lo = i % 5,
        hi = 15 + i % 6,
        start = year - 2,
        end = year + 2,
        filler = "Målet med insatsen är att stärka barnens självkänsla. ".repeat(1 + i % 8),
    );
    parse_case(Path::new(&format!("bench-{i}.yaml")), yaml, &config.sender)
        .expect("generated case is valid")
}

fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.trim_start_matches("VmHWM:").trim().to_owned())
}
