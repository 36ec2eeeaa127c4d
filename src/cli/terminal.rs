//! What the terminal shows: progress bars, diagnostics, and output that
//! never panics on a closed pipe.

use super::*;

/// Prints findings to stderr with their source lines; returns the errors.
pub(super) fn print_diagnostics(diagnostics: &[crate::lint::Diagnostic]) -> usize {
    let mut sources: std::collections::BTreeMap<String, String> = Default::default();
    for d in diagnostics {
        let source = sources.entry(d.path.clone()).or_insert_with(|| {
            crate::base::read::read_bounded(
                std::path::Path::new(&d.path),
                crate::reader::MAX_FILE_BYTES,
            )
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .unwrap_or_default()
        });
        eprintln!("{}", report::human(d, source));
    }
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count()
}

pub(super) fn progress_bar(len: u64, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(len);
    bar.set_style(progress_style(false));
    bar
}

/// Cases done before the bar shows a time left: the first cases warm the
/// caches, and an estimate from them said "23m" for a 6-second job.
pub(super) const ETA_AFTER: u64 = 8;

pub(super) fn progress_style(with_eta: bool) -> ProgressStyle {
    let template = if with_eta {
        "{bar:40} {pos}/{len} ärenden ({per_sec}, {eta} kvar)"
    } else {
        "{bar:40} {pos}/{len} ärenden"
    };
    ProgressStyle::with_template(template).expect("valid progress template")
}

/// Prints text to stdout as it is; a closed pipe is not an error.
pub(super) fn print_raw(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// Prints a line to stdout; a closed pipe (`beslut schema | head`) is not an error.
pub(super) fn print_out(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

pub(super) fn display_paths(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p: &PathBuf| Path::display(p).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
