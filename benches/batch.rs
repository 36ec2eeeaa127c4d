//! Archive-scale batches through the CLI path: `cargo bench --bench batch
//! [-- SIZES…]`.
//!
//! For each size (default 1 000 and 20 000) it writes that many generated
//! case files (one example contract case with a distinct Dnr, officer and
//! supplier each) to a scratch folder and runs `beslut build cases -o out
//! -q --manifest` in a process of its own, through `beslut::cli::run_from`,
//! so the figures include discovery, loading, lint, PDF and DOCX rendering,
//! atomic writes and the manifest. Then `beslut lint` over as many text
//! papers and `beslut import` over as many (at most 5 000). Each run prints
//! papers/s and the process's peak resident memory (VmHWM).
//!
//! `-- --only build` (or lint, import) runs one kind.

use std::path::Path;

// The same allocator as the `beslut` binary, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::Command;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        return child(&args[1..]);
    }
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let mut sizes: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    if sizes.is_empty() {
        sizes = vec![1_000, 20_000];
    }
    println!(
        "beslut archive-scale batch benchmark ({} threads); sizes {sizes:?}",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!(
        "{:<8} {:>7} {:>9} {:>10} {:>10}",
        "command", "papers", "wall s", "papers/s", "peak MiB"
    );
    for kind in ["build", "lint", "import"] {
        if only.as_deref().is_some_and(|o| o != kind) {
            continue;
        }
        for &size in &sizes {
            // Import is measured up to 5 000 papers (issue 13's figure).
            let size = if kind == "import" {
                size.min(5_000)
            } else {
                size
            };
            measure(kind, size);
        }
    }
}

/// Generates the inputs for `kind` × `size` in a scratch folder, runs the
/// command in a child process and prints its figures.
fn measure(kind: &str, size: usize) {
    let scratch = tempfile::tempdir().expect("scratch folder");
    let dir = scratch.path();
    std::fs::create_dir(dir.join("in")).unwrap();
    for i in 0..size {
        match kind {
            "build" => std::fs::write(dir.join(format!("in/c{i:06}.yaml")), case_yaml(i)),
            _ => std::fs::write(dir.join(format!("in/p{i:06}.txt")), text_paper(i)),
        }
        .expect("input written");
    }
    let output = Command::new(std::env::current_exe().unwrap())
        .args(["--child", kind, &dir.display().to_string()])
        .output()
        .expect("child runs");
    let report = String::from_utf8_lossy(&output.stdout);
    let Some(line) = report.lines().find(|l| l.starts_with("figures ")) else {
        panic!(
            "{kind} {size}: no figures\n{report}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    };
    let mut fields = line.split_whitespace().skip(1);
    let seconds: f64 = fields.next().unwrap().parse().unwrap();
    let peak_kib: f64 = fields.next().unwrap().parse().unwrap();
    println!(
        "{kind:<8} {size:>7} {seconds:>9.2} {:>10.1} {:>10.1}",
        size as f64 / seconds,
        peak_kib / 1024.0
    );
}

/// In the child: run the command through the CLI and print wall time and
/// peak memory.
fn child(args: &[String]) {
    let (kind, dir) = (args[0].as_str(), Path::new(&args[1]));
    std::env::set_current_dir(dir).unwrap();
    // No beslut.toml in the scratch folder: the defaults apply.
    let mut argv: Vec<&str> = vec!["beslut"];
    match kind {
        "build" => argv.extend(["build", "in", "-o", "out", "-q", "--manifest"]),
        "lint" => argv.extend(["lint", "in", "--format", "json"]),
        _ => argv.extend(["import", "in", "-o", "cases"]),
    }
    let started = Instant::now();
    // Exit code 1 is expected (the lint has findings; some imports fall
    // short of a full paper): the figures are what is measured here.
    let _ = beslut::cli::run_from(argv.iter().map(Into::into).collect());
    let seconds = started.elapsed().as_secs_f64();
    println!("\nfigures {seconds} {}", peak_kib());
}

fn peak_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Case `i`: the example contract extension with its own Dnr, officer and
/// supplier, so no two papers are alike, and a cost table with emphasis.
fn case_yaml(i: usize) -> String {
    let year = 2024 + (i % 3) as i32;
    let yaml = format!(
        "template: avtalsforlangning
dnr: SON {year}-{i:05}
date: {year}-02-{day:02}
meeting: {year}-03-18
board: Social- och omsorgsnämnden
sender:
  department: Avdelning Barn och unga
  unit: Enheten för kvalitet och utveckling
  officer: Handläggare {i}
title: Leverantör {i} AB anhörigstöd – ställningstagande till förlängning
contract:
  supplier: Leverantör {i} AB
  service: anhörigstöd till barn
  ages: 4-20
  start: {start}-05-01
  term_years: 2
  max_extensions: 1
  extension_years: 2
  extension: {{ from: {year}-05-01, to: {end}-04-30 }}
sections:
  arende: |
    Verksamheten erbjuder stöd i grupp och enskilt till barn och unga som är
    anhöriga till en förälder med missbruk, psykisk ohälsa eller allvarlig sjukdom.

    Under hösten {prev} genomfördes en uppföljning av avtalet. Bedömningen är att
    leverantören följer avtalet väl.
  bakgrund: |
    Nämnden upphandlade anhörigstöd till barn. Målet med insatsen är att stärka
    barnens självkänsla, avlasta dem skuld och ge dem möjlighet att möta andra i
    liknande situation.
  ekonomi: |
    Förlängningen ryms i nämndens budget. Kostnaden per avtalsår är **preliminär**:

    | Avtalsår | Platser | Kostnad |
    |---|---|---|
    | {year}–{next} | {places} | {cost} 000 kr |
    | {next}–{end} | {places} | {cost2} 000 kr |
mbl: {{ kind: information, date: {year}-02-01 }}
basis:
  - Tjänsteskrivelse {year}-02-{day:02}
signed_by:
  - {{ name: Alex Förvaltningschef, role: Förvaltningschef }}
send_to:
  - Leverantör {i} AB
  - Handläggare {i}
",
        day = 2 + i % 26,
        next = year + 1,
        places = 10 + i % 30,
        cost = 900 + i % 400,
        cost2 = 950 + i % 400,
        start = year - 2,
        end = year + 2,
        prev = year - 1,
    );
    // BESLUT_BENCH_PLAIN=1: without the cost table, to measure what it costs.
    if std::env::var_os("BESLUT_BENCH_PLAIN").is_some() {
        let start = yaml.find("  ekonomi: |").expect("the case has a table");
        let end = yaml.find("mbl:").expect("and an MBL line");
        return format!("{}{}", &yaml[..start], &yaml[end..]);
    }
    yaml
}

/// A finished paper as text, shaped like a real tjänsteskrivelse.
fn text_paper(i: usize) -> String {
    let year = 2020 + (i % 5) as i32;
    let filler =
        "Verksamheten erbjuder stöd i grupp och enskilt till barn och unga som är anhöriga. "
            .repeat(12);
    format!(
        "Social- och omsorgsförvaltningen\nAvdelning {i}\n\nDatum {year}-02-10\nDnr SON {year}-{i}\n\nSocial- och omsorgsnämnden\n\nLeverantör {i} AB – förlängning\n\nFörslag till beslut\n\n1. Avtalet avseende anhörigstöd till barn 4-20 år, med Leverantör {i} AB förlängs två år från och med den 1 april {year} till och med den 31 mars {end}.\n\nÄrende\n\nNämnden har att ta ställning till förlängning av avtal med Leverantör {i} AB avseende anhörigstöd för barn och unga i åldrarna 4-20 år. Uppdraget har en avtalstid på två år från 1 april {start} med möjlighet till förlängning vid ett tillfälle med två år.\n\n{filler}\n\nBakgrund\n\n{filler}\n\nEkonomiska konsekvenser\n\nMedel finns i nämndens budget.\n\nInformation eller förhandling enligt lag (1976:580) om medbestämmande i arbetslivet\n\nInformation lämnades den 1 februari {year}.\n\nHandläggare {i}\nEnhetschef\n\nBeslutet skickas till:\nLeverantör {i} AB\n",
        start = year - 2,
        end = year + 2,
    )
}
