//! `beslut build`: a batch of cases to PDF and DOCX, with a progress bar,
//! a line per failure and a summary.

use super::*;

/// The configured body font must be one the PDF engine has: Typst would
/// otherwise fall back to another font without a word.
pub(super) fn check_font(config: &Config, builder: &Builder) -> Result<(), String> {
    let Some(font) = &config.style.font else {
        return Ok(());
    };
    let families = builder.engine.font_families();
    if families.iter().any(|f| f.eq_ignore_ascii_case(font)) {
        Ok(())
    } else {
        Err(format!(
            "typsnittet `{font}` i [style] finns inte; inbyggda typsnitt: {}",
            families.join(", ")
        ))
    }
}

/// How a build batch reports and what it splits off.
pub(super) struct BatchRun {
    pub(super) quiet: bool,
    pub(super) verbose: bool,
    pub(super) manifest: bool,
    pub(super) shard: Option<crate::base::shard::Shard>,
}

pub(super) fn build(
    config: Config,
    templates: Templates,
    paths: &[PathBuf],
    options: BuildOptions,
    run: BatchRun,
) -> ExitCode {
    let BatchRun {
        quiet,
        verbose,
        manifest,
        shard,
    } = run;
    let started = Instant::now();
    let (mut cases, unreadable) = match find_inputs(
        paths,
        shard,
        crate::paper::structure::is_case_file,
        "inga ärendefiler (.yaml) hittades",
    ) {
        Ok(found) => found,
        Err(code) => return code,
    };
    if let Err(e) = std::fs::create_dir_all(&options.out_dir) {
        eprintln!(
            "fel: kan inte skapa utmappen {}: {}",
            options.out_dir.display(),
            swedish::io_error(&e)
        );
        return ExitCode::from(exit::USAGE);
    }
    // The manifest lists cases by their path as text; building in that
    // order lets it be written as the batch goes.
    cases.sort_by_cached_key(|path| path.display().to_string());
    let builder = Builder::new(config, templates);
    if let Err(e) = check_font(&builder.config, &builder) {
        eprintln!("fel: {e}");
        return ExitCode::from(exit::USAGE);
    }
    let mut manifest = match manifest
        .then(|| {
            let name = shard.map_or_else(|| "manifest.json".to_owned(), |s| s.manifest_name());
            crate::builder::manifest::ManifestWriter::create(&options.out_dir, &name)
        })
        .transpose()
    {
        Ok(manifest) => manifest,
        Err(e) => {
            eprintln!(
                "fel: kan inte skriva manifest i {}: {}",
                options.out_dir.display(),
                swedish::io_error(&e)
            );
            return ExitCode::from(exit::USAGE);
        }
    };
    let mut manifest_error = None;
    let mut tally = BuildTally {
        failed: unreadable.len(),
        ..BuildTally::default()
    };
    let bar = progress_bar(cases.len() as u64, quiet);
    let done = builder.build_streaming(&cases, &options, |outcome: CaseOutcome| {
        bar.suspend(|| report_outcome(&outcome, verbose));
        if bar.position() + 1 == ETA_AFTER {
            bar.set_style(progress_style(true));
        }
        bar.inc(1);
        match &outcome.result {
            Ok(built) => {
                tally.built += 1;
                tally.files += built.files.len();
                if let Some(writer) = manifest.as_mut()
                    && manifest_error.is_none()
                    && let Err(e) = writer.add(&outcome.case_path, built)
                {
                    manifest_error = Some(e);
                }
            }
            Err(_) => tally.failed += 1,
        }
    });
    bar.finish_and_clear();
    if crate::base::interrupt::requested() {
        eprintln!(
            "avbrutet: {done} av {} ärenden behandlade ({} byggda, {} misslyckades); \
             inga halvskrivna filer, manifestet är inte uppdaterat",
            cases.len(),
            tally.built,
            tally.failed
        );
        return ExitCode::from(crate::base::interrupt::EXIT_INTERRUPTED);
    }
    if let Some(writer) = manifest {
        let path = options.out_dir.join("manifest.json");
        if let Some(e) = manifest_error {
            eprintln!(
                "fel: kan inte skriva {}: {}",
                path.display(),
                swedish::io_error(&e)
            );
            return ExitCode::from(exit::FAILURES);
        }
        if let Err(e) = writer.finish(&builder.config, &builder.templates) {
            eprintln!(
                "fel: kan inte skriva {}: {}",
                path.display(),
                swedish::io_error(&e)
            );
            return ExitCode::from(exit::FAILURES);
        }
    }
    eprintln!(
        "{} {} ({} i {}), {} misslyckades, {:.2} s",
        swedish::count(tally.built, "ärende", "ärenden"),
        if tally.built == 1 { "byggt" } else { "byggda" },
        swedish::count(tally.files, "fil", "filer"),
        options.out_dir.display(),
        tally.failed,
        started.elapsed().as_secs_f64()
    );
    ExitCode::from(if tally.failed == 0 {
        exit::OK
    } else {
        exit::FAILURES
    })
}

/// Counts of a build, kept as the batch streams by.
#[derive(Default)]
pub(super) struct BuildTally {
    pub(super) built: usize,
    pub(super) failed: usize,
    pub(super) files: usize,
}

/// Prints one case's findings and what became of it.
pub(super) fn report_outcome(outcome: &CaseOutcome, verbose: bool) {
    if let Some((source, diagnostics)) = &outcome.lint {
        for d in diagnostics {
            eprintln!("{}", report::human(d, source));
        }
    }
    for warning in &outcome.warnings {
        eprintln!("{}: {warning}", outcome.case_path.display());
    }
    match &outcome.result {
        Ok(built) if verbose => {
            let names: Vec<String> = built
                .files
                .iter()
                .map(|f| f.path.display().to_string())
                .collect();
            eprintln!(
                "byggde {} → {}",
                outcome.case_path.display(),
                names.join(", ")
            );
        }
        Ok(_) => {}
        Err(e) => eprintln!("{e}\n"),
    }
}

/// `files` with the case files of every meeting file among them, each
/// right after its meeting (once): linting a meeting lints its papers, so
/// M607's "see the paper's findings" has them beside it.
pub(super) fn with_meeting_cases(files: Vec<PathBuf>) -> Vec<PathBuf> {
    let key = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_owned());
    let mut seen: std::collections::HashSet<PathBuf> = files.iter().map(|p| key(p)).collect();
    let mut out = Vec::with_capacity(files.len());
    for path in files {
        let cases = meeting_cases(&path);
        out.push(path);
        out.extend(cases.into_iter().filter(|c| seen.insert(key(c))));
    }
    out
}

/// The case files a meeting file puts on its agenda; none for anything else.
pub(super) fn meeting_cases(path: &Path) -> Vec<PathBuf> {
    if !crate::paper::structure::is_case_file(path) {
        return Vec::new();
    }
    // Cheap first: a meeting file says `kallelse:` near its top, a case
    // never does; only then is the whole file read (a lint of 20 000 cases
    // reads each case once more, but only its first few kilobytes).
    let mut head = Vec::new();
    let opened = std::fs::File::open(path).and_then(|file| {
        std::io::Read::read_to_end(&mut std::io::Read::take(file, 8192), &mut head)
    });
    if opened.is_err() || !head.windows(9).any(|w| w == b"kallelse:") {
        return Vec::new();
    }
    let Ok(source) = crate::case::load::read_source(path) else {
        return Vec::new();
    };
    if !crate::meeting::looks_like_meeting(&source) {
        return Vec::new();
    }
    let Ok(file) = crate::meeting::parse_meeting(path, source) else {
        return Vec::new();
    };
    file.meeting
        .items
        .iter()
        .filter_map(|item| item.case.as_ref())
        .map(|case| file.resolve(case))
        .filter(|case| case.is_file())
        .collect()
}
