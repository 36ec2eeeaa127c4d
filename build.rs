//! Links the `beslut` executable as a classic (non-position-independent)
//! executable on Linux with glibc.
//!
//! Why: a position-independent executable is relocated by the dynamic
//! loader at every start. Typst's, syntect's and the Unicode tables hold
//! some 124 000 pointers (2 MiB of `.data.rel.ro`), and the loader writes
//! every one of those pages: ~580 of the ~850 page faults of
//! `beslut --version`, about 1.6 ms of a 4 ms start on the CI machine kind
//! (`perf stat -r 40`). Linked at a fixed address, the pages are mapped from
//! the file as they are, and every command — a one-file `beslut lint` from an
//! editor or a pre-commit hook above all — starts that much sooner.
//!
//! What it costs: the executable's own code and data are not placed at a
//! random address (its libraries, heap and stacks still are). Set
//! `BESLUT_PIE=1` when building to keep the default position-independent
//! executable. Only the binaries are affected: the library, tests and
//! benchmarks link as before.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=BESLUT_PIE");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let keep_pie = std::env::var_os("BESLUT_PIE").is_some_and(|v| v != "0");
    if os == "linux" && env == "gnu" && !keep_pie {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
