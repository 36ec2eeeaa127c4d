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
    write_stdout(text.as_bytes());
}

/// Prints a line to stdout; a closed pipe (`beslut schema | head`) is not an error.
pub(super) fn print_out(text: &str) {
    write_stdout(format!("{text}\n").as_bytes());
}

static STDOUT_FAILED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Writes and flushes stdout. A closed pipe is quiet (the reader has seen
/// enough); any other failure — a full disk, an I/O error — is said once
/// and makes the run exit 2, so a report that was not written is never
/// taken for a clean one.
fn write_stdout(bytes: &[u8]) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let result = out.write_all(bytes).and_then(|()| out.flush());
    if let Err(e) = result
        && e.kind() != std::io::ErrorKind::BrokenPipe
        && !STDOUT_FAILED.swap(true, std::sync::atomic::Ordering::SeqCst)
    {
        eprintln!(
            "fel: kunde inte skriva utdata: {}",
            crate::base::swedish::io_error(&e)
        );
    }
}

/// Whether writing to stdout failed (other than a closed pipe).
pub(super) fn stdout_failed() -> bool {
    STDOUT_FAILED.load(std::sync::atomic::Ordering::SeqCst)
}

pub(super) fn display_paths(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p: &PathBuf| Path::display(p).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
