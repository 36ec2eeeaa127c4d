//! Project commands: `init`, `new`, `templates`, `manifest merge`, `man`.

use super::*;

/// Writes `bytes` to `path` unless a file is there; says what it did.
pub(super) fn create_new(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if path.exists() {
        return Err(format!("{} finns redan; inget skrevs över", path.display()));
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| {
            format!(
                "kan inte skapa mappen {}: {}",
                parent.display(),
                swedish::io_error(&e)
            )
        })?;
    }
    crate::base::output::write_atomic(path, bytes).map_err(|e| {
        format!(
            "kan inte skriva {}: {}",
            path.display(),
            swedish::io_error(&e)
        )
    })?;
    eprintln!("skrev {}", path.display());
    Ok(())
}

pub(super) fn export_templates(dir: &Path) -> ExitCode {
    let mut failed = false;
    for (file, source) in crate::compose::template::builtin_files() {
        if let Err(e) = create_new(&dir.join(file), source.as_bytes()) {
            eprintln!("fel: {e}");
            failed = true;
        }
    }
    ExitCode::from(if failed { exit::FAILURES } else { exit::OK })
}

pub(super) fn print_template(templates: &Templates, name: &str) -> ExitCode {
    let file = if name.contains(".v")
        && name
            .rsplit_once('.')
            .is_some_and(|(_, ext)| ext == "j2" || ext == "typ")
    {
        name.to_owned()
    } else if let Some((base, version)) = name
        .rsplit_once(".v")
        .and_then(|(b, v)| Some((b, v.parse().ok()?)))
    {
        match templates.resolve(base, Some(version)) {
            Ok(found) => found.file(),
            Err(e) => {
                eprintln!("fel: {e}");
                return ExitCode::from(exit::USAGE);
            }
        }
    } else {
        match templates.resolve(name, None) {
            Ok(found) => found.file(),
            Err(e) => {
                eprintln!("fel: {e}");
                return ExitCode::from(exit::USAGE);
            }
        }
    };
    match templates.source(&file) {
        Ok(source) => {
            print_raw(&source);
            ExitCode::from(exit::OK)
        }
        Err(e) => {
            eprintln!("fel: {e}");
            ExitCode::from(exit::USAGE)
        }
    }
}

pub(super) fn init_project(dir: &Path) -> ExitCode {
    use crate::project::scaffold;
    if dir.join("beslut.toml").exists() {
        eprintln!(
            "fel: {} finns redan: här finns redan ett projekt",
            dir.join("beslut.toml").display()
        );
        return ExitCode::from(exit::USAGE);
    }
    let files: [(&str, &[u8]); 2] = [
        ("beslut.toml", scaffold::PROJECT_CONFIG.as_bytes()),
        (".gitignore", scaffold::GITIGNORE.as_bytes()),
    ];
    for (name, bytes) in files {
        if let Err(e) = create_new(&dir.join(name), bytes) {
            eprintln!("fel: {e}");
            return ExitCode::from(exit::FAILURES);
        }
    }
    // The example takes its sender from the new beslut.toml, as `new` does.
    let config = Config::load(&dir.join("beslut.toml"), true).unwrap_or_default();
    let example = scaffold::new_case("tjansteskrivelse", scaffold::today(), &config)
        .expect("a known template");
    if let Err(e) = create_new(&dir.join("cases/exempel.yaml"), example.as_bytes()) {
        eprintln!("fel: {e}");
        return ExitCode::from(exit::FAILURES);
    }
    if let Err(e) = std::fs::create_dir_all(dir.join("output")) {
        eprintln!(
            "fel: kan inte skapa {}: {}",
            dir.join("output").display(),
            swedish::io_error(&e)
        );
        return ExitCode::from(exit::FAILURES);
    }
    eprintln!(
        "klart: gå till {} och bygg exemplet med `beslut build`; ett nytt ärende får du med `beslut new tjansteskrivelse NAMN`",
        dir.display()
    );
    ExitCode::from(exit::OK)
}

pub(super) fn new_case(
    config: &Config,
    template: &str,
    name: Option<&str>,
    dir: &Path,
    date: Option<&str>,
) -> ExitCode {
    use crate::project::scaffold;
    let today = match date.map(crate::case::date::parse_iso_date) {
        Some(Ok(day)) => day,
        Some(Err(e)) => {
            eprintln!("fel: --date: {e}");
            return ExitCode::from(exit::USAGE);
        }
        None => scaffold::today(),
    };
    let Some(text) = scaffold::new_case(template, today, config) else {
        eprintln!(
            "fel: `beslut new` känner inte mallen `{template}`; välj en av: {}",
            scaffold::NEW_TEMPLATES.join(", ")
        );
        return ExitCode::from(exit::USAGE);
    };
    let name = name.unwrap_or(template);
    if let Err(e) = crate::builder::names::check_output_name(name) {
        eprintln!("fel: {e}");
        return ExitCode::from(exit::USAGE);
    }
    match create_new(&dir.join(format!("{name}.yaml")), text.as_bytes()) {
        Ok(()) => ExitCode::from(exit::OK),
        Err(e) => {
            eprintln!("fel: {e}");
            ExitCode::from(exit::FAILURES)
        }
    }
}

pub(super) fn merge_manifests(paths: &[PathBuf], out: &Path) -> ExitCode {
    let mut manifests = Vec::new();
    for path in paths {
        match crate::builder::manifest::read(path) {
            Ok(manifest) => manifests.push((path.display().to_string(), manifest)),
            Err(e) => {
                eprintln!("fel: {e}");
                return ExitCode::from(exit::USAGE);
            }
        }
    }
    let merged = match crate::builder::manifest::merge(&manifests) {
        Ok(merged) => merged,
        Err(e) => {
            eprintln!("fel: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    let cases = merged["cases"].as_array().map_or(0, Vec::len);
    if let Err(e) = crate::base::output::write_atomic(
        out,
        crate::builder::manifest::to_text(&merged).as_bytes(),
    ) {
        eprintln!(
            "fel: kan inte skriva {}: {}",
            out.display(),
            swedish::io_error(&e)
        );
        return ExitCode::from(exit::FAILURES);
    }
    eprintln!(
        "{} {} från {} manifest → {}",
        cases,
        if cases == 1 { "ärende" } else { "ärenden" },
        paths.len(),
        out.display()
    );
    ExitCode::from(exit::OK)
}

pub(super) fn man_pages(out: Option<&Path>) -> ExitCode {
    let command = command();
    let result = match out {
        Some(dir) => {
            std::fs::create_dir_all(dir).and_then(|()| clap_mangen::generate_to(command, dir))
        }
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(command)
                .render(&mut page)
                .map(|()| print_raw(&String::from_utf8_lossy(&page)))
        }
    };
    match result {
        Ok(()) => ExitCode::from(exit::OK),
        Err(e) => {
            eprintln!("fel: manualsidan kunde inte skrivas: {e}");
            ExitCode::from(exit::USAGE)
        }
    }
}
