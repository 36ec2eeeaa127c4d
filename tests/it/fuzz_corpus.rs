//! The fuzz targets in `cargo test`: every file of the committed corpus
//! (`fuzz/corpus/<target>/`, seeded from the fixtures and grown by
//! cargo-fuzz, every crash it found kept as a file) runs through its target,
//! and then a short, deterministic mutation run over the same corpus. The
//! coverage-guided runs themselves need nightly and cargo-fuzz; see the
//! *Fuzzing* section of CONTRIBUTING.md.

use std::path::{Path, PathBuf};

use beslut::fuzzing;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus")
}

#[test]
fn the_committed_corpus_runs_clean() {
    let count = fuzzing::replay_corpus(&corpus());
    assert!(count >= 15, "the corpus is there ({count} files)");
}

/// xorshift64*: a fixed seed, so a failure here repeats exactly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces that steer mutations towards what the scanners look for.
const TOKENS: &[&str] = &[
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "Dnr ",
    "SON 2026-",
    "2026-02-",
    "٣",
    "０",
    "\r",
    "\u{c}",
    "\u{0}",
    "## ",
    "### Ärende\n",
    "4-20 år",
    " från och med den 1 april 2026",
    "1.",
    "\n\n",
    "Datum\t",
    "AB",
    "ages: 65+",
    "term_years: ",
    "- ",
    "\u{202e}",
    "&amp;",
    "<w:p>",
];

fn mutate(rng: &mut Rng, data: &[u8]) -> Vec<u8> {
    let mut out = data.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(5) {
            0 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
            1 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                out.splice(at..at, token.iter().copied());
            }
            2 if !out.is_empty() => {
                let end = (at + rng.below(64)).min(out.len());
                out.drain(at.min(end)..end);
            }
            3 if !out.is_empty() => {
                let start = rng.below(out.len());
                let end = (start + rng.below(256)).min(out.len());
                let chunk = out[start..end].to_vec();
                out.splice(at..at, chunk);
            }
            _ => out.truncate(at),
        }
    }
    out
}

fn smoke(target: &str, run: fn(&[u8]), rounds: usize) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus().join(target))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let seeds: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ target.len() as u64);
    for _ in 0..rounds {
        let seed = &seeds[rng.below(seeds.len())];
        run(&mutate(&mut rng, seed));
    }
}

#[test]
fn mutated_case_files() {
    smoke("case_loader", fuzzing::case_loader, 2_000);
}

#[test]
fn mutated_text_papers() {
    smoke("text_lint", fuzzing::text_lint, 2_000);
}

#[test]
fn mutated_papers_in_every_format() {
    smoke("paper_reader", fuzzing::paper_reader, 1_000);
}

#[test]
fn mutated_case_text_through_the_templates() {
    smoke("template_renderer", fuzzing::template_renderer, 1_000);
}

/// The structure-aware targets from plain pseudo-random bytes: the bytes
/// choose a structure, so every run builds a file and reads it.
fn structured(run: fn(&[u8]), rounds: usize, seed: u64) {
    let mut rng = Rng(seed);
    for _ in 0..rounds {
        let len = 16 + rng.below(2048);
        let data: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        run(&data);
    }
}

#[test]
fn structured_pdfs() {
    structured(fuzzing::pdf_structure, 300, 1);
}

#[test]
fn structured_word_and_opendocument_packages() {
    structured(fuzzing::office_structure, 300, 2);
}

#[test]
fn structured_meeting_files() {
    structured(fuzzing::meeting_structure, 300, 3);
}
