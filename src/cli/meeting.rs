//! `beslut meeting`: a board meeting's kallelse, agenda and packet.

use super::*;

pub(super) fn build_meeting(
    builder: Builder,
    path: &Path,
    out: &Path,
    formats: Formats,
    profile: PdfProfile,
    manifest: bool,
    allow_lint_errors: bool,
) -> ExitCode {
    let file = match crate::meeting::load_meeting(path) {
        Ok(file) => file,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(exit::FAILURES);
        }
    };
    let diagnostics = crate::meeting::build::lint(&file, &builder.config, &builder.templates);
    let errors = print_diagnostics(&diagnostics);
    if errors > 0 && !allow_lint_errors {
        eprintln!(
            "fel: {}: byggs inte: lint hittade {errors} fel (rätta dem, eller bygg med --allow-lint-errors)",
            path.display()
        );
        return ExitCode::from(exit::FAILURES);
    }
    let interrupted = || {
        eprintln!("avbrutet: {}: inget skrevs", path.display());
        ExitCode::from(crate::base::interrupt::EXIT_INTERRUPTED)
    };
    let built = crate::meeting::build::build(&file, &builder, formats, profile);
    if crate::base::interrupt::requested() {
        return interrupted();
    }
    let built = match built {
        Ok(built) => built,
        Err(e) => {
            eprintln!("fel: {e}");
            return ExitCode::from(exit::FAILURES);
        }
    };
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!(
            "fel: kan inte skapa utmappen {}: {}",
            out.display(),
            swedish::io_error(&e)
        );
        return ExitCode::from(exit::USAGE);
    }
    let mut files: Vec<(PathBuf, &[u8])> = built
        .files
        .iter()
        .map(|(name, bytes)| (out.join(name), &bytes[..]))
        .collect();
    let manifest_text =
        manifest.then(|| crate::builder::manifest::meeting_manifest(path, &files, out));
    if let Some(text) = &manifest_text {
        files.push((out.join("manifest.json"), text.as_bytes()));
    }
    if crate::base::interrupt::requested() {
        return interrupted();
    }
    if let Err(e) = crate::base::output::write_set_atomic(&files) {
        eprintln!(
            "fel: {}: kunde inte skriva handlingarna i {}: {e}",
            path.display(),
            out.display()
        );
        return ExitCode::from(exit::FAILURES);
    }
    remove_stale_item_files(out, &files);
    let items = built.agenda.len();
    eprintln!(
        "{}: {items} {} på föredragningslistan, handlingar {} {} ({} filer i {})",
        path.display(),
        if items == 1 { "punkt" } else { "punkter" },
        built.packet_pages,
        if built.packet_pages == 1 {
            "sida"
        } else {
            "sidor"
        },
        files.len(),
        out.display()
    );
    ExitCode::from(if errors > 0 { exit::FAILURES } else { exit::OK })
}

/// The item files of an earlier build of a meeting into the same folder
/// that this build did not write (an item or a bilaga since removed):
/// removed once the new set is in place, so the folder holds one meeting.
fn remove_stale_item_files(out: &Path, written: &[(PathBuf, &[u8])]) {
    let Ok(entries) = std::fs::read_dir(out) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_item_file = crate::meeting::build::is_item_file_name(&name);
        if is_item_file && !written.iter().any(|(p, _)| *p == path) {
            let _ = std::fs::remove_file(&path);
        }
    }
}
