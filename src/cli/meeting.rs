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
    let built = match crate::meeting::build::build(&file, &builder, formats, profile) {
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
        .map(|(name, bytes)| (out.join(name), bytes.as_slice()))
        .collect();
    let manifest_text =
        manifest.then(|| crate::builder::manifest::meeting_manifest(path, &files, out));
    if let Some(text) = &manifest_text {
        files.push((out.join("manifest.json"), text.as_bytes()));
    }
    if let Err(e) = crate::base::output::write_set_atomic(&files) {
        eprintln!(
            "fel: {}: kunde inte skriva handlingarna i {}: {e}",
            path.display(),
            out.display()
        );
        return ExitCode::from(exit::FAILURES);
    }
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
