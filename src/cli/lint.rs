//! `beslut lint` and `beslut rules`.

use super::*;
use crate::lint::html::PaperReport;

/// How `beslut lint` reports: the format, the exit threshold, and the
/// folder for reviewed copies.
pub(super) struct LintOutput {
    pub format: LintFormat,
    pub fail_on: FailOn,
    pub annotate: Option<PathBuf>,
    /// Write the certain fixes into the files.
    pub fix: bool,
}

pub(super) fn lint(
    config: &Config,
    templates: &Templates,
    paths: &[PathBuf],
    output: LintOutput,
    shard: Option<crate::base::shard::Shard>,
) -> ExitCode {
    let LintOutput {
        format,
        fail_on,
        annotate,
        fix,
    } = output;
    if let Some(dir) = &annotate
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        eprintln!(
            "fel: kan inte skapa mappen {} för --annotate: {e}",
            dir.display()
        );
        return ExitCode::from(exit::USAGE);
    }
    let (files, unreadable) = match find_inputs(
        paths,
        shard,
        crate::paper::structure::is_lintable,
        "inga filer att granska (.yaml, .pdf, .docx, .odt, .txt, .md)",
    ) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let files = with_meeting_cases(files);
    // Findings stream out file by file in path order; only SARIF, which
    // puts them in the middle of one JSON document, keeps them all.
    let mut counts = [0usize; 3];
    let mut per_rule: std::collections::BTreeMap<&'static str, usize> = Default::default();
    let mut failing = false;
    let mut copies_failed = false;
    let mut fixes_made = 0usize;
    let mut fixes_failed = false;
    // Reviewed copies go to disk together at the end (one flush for all).
    let mut copies = crate::base::output::Batch::default();
    let mut staged_copies: Vec<crate::annotate::Written> = Vec::new();
    let mut sarif_findings = Vec::new();
    // The HTML page shows every paper's text, so it keeps them all too.
    let mut kept: Vec<Linted> = Vec::new();
    let mut file_errors = Vec::new();
    let mut json = report::JsonStream::default();
    let threshold = fail_on.threshold();
    file_errors.extend(
        unreadable
            .into_iter()
            .map(|u| (u.path.display().to_string(), u.reason)),
    );
    // One file is linted without the pool, which asking its size would start.
    let window = match files.len() {
        0 | 1 => 1,
        _ => crate::base::batch::default_window(),
    };
    let done = crate::base::batch::ordered_windows(
        &files,
        window,
        |path| {
            // The copy is written by the worker that linted the paper, so a
            // batch annotates on every core.
            lint_file(path, config, templates).map(|linted| {
                let (linted, fixed) = if fix {
                    crate::check::fix_file(linted, config, templates)
                } else {
                    (linted, Ok(Vec::new()))
                };
                let copy = annotate.as_deref().map(|dir| {
                    crate::annotate::stage(
                        crate::annotate::Reviewed {
                            path,
                            source: &linted.source,
                            body_start: linted.body_start,
                            diagnostics: &linted.diagnostics,
                        },
                        dir,
                    )
                });
                (linted, fixed, copy)
            })
        },
        |result: Result<Linted3, crate::check::InputError>| match result {
            Ok((linted, fixed, copy)) => {
                match fixed {
                    Ok(fixed) => {
                        fixes_made += fixed.len();
                        fixed.iter().for_each(|f| report_fix(&linted.path, f));
                    }
                    Err(e) => {
                        eprintln!("fel: kan inte rätta {}: {e}", linted.path.display());
                        fixes_failed = true;
                    }
                }
                match copy {
                    Some(Ok(staged)) => staged_copies.push(staged.into_batch(&mut copies)),
                    Some(Err(e)) => {
                        eprintln!("fel: {e}");
                        copies_failed = true;
                    }
                    None => {}
                }
                for d in &linted.diagnostics {
                    counts[d.severity as usize] += 1;
                    *per_rule.entry(d.code).or_default() += 1;
                    failing |= threshold.is_some_and(|t| d.severity >= t);
                    match format {
                        LintFormat::Human => print_out(&report::human(d, &linted.source)),
                        LintFormat::Json => print_raw(&json.item(d)),
                        LintFormat::Sarif | LintFormat::Html => {}
                    }
                }
                match format {
                    LintFormat::Sarif => sarif_findings.extend(linted.diagnostics),
                    LintFormat::Html => kept.push(linted),
                    LintFormat::Human | LintFormat::Json => {}
                }
            }
            Err(e) => {
                eprintln!("{e}");
                file_errors.push((e.path().display().to_string(), e.message()));
            }
        },
    );
    if crate::base::interrupt::requested() {
        // The staged copies are removed with the batch.
        eprintln!("avbrutet: {done} av {} filer granskade", files.len());
        return ExitCode::from(crate::base::interrupt::EXIT_INTERRUPTED);
    }
    for (written, (_, result)) in staged_copies.iter().zip(copies.finish()) {
        match result {
            Ok(()) => report_copy(written),
            Err(source) => {
                let e = crate::annotate::AnnotateError::Write {
                    path: written.path.clone(),
                    source,
                };
                eprintln!("fel: {e}");
                copies_failed = true;
            }
        }
    }
    if fix {
        eprintln!(
            "{} gjorda",
            swedish::count(fixes_made, "rättelse", "rättelser")
        );
    }
    match format {
        LintFormat::Human => {
            // Per rule, as ruff's --statistics: where to start fixing.
            if per_rule.len() > 1 {
                let _ = std::io::Write::write_all(
                    &mut std::io::stderr(),
                    report::by_rule(&per_rule).as_bytes(),
                );
            }
            eprintln!(
                "{} {}: {} fel, {}, {} info{}",
                swedish::count(files.len(), "fil", "filer"),
                if files.len() == 1 {
                    "granskad"
                } else {
                    "granskade"
                },
                counts[Severity::Error as usize],
                swedish::count(counts[Severity::Warning as usize], "varning", "varningar"),
                counts[Severity::Info as usize],
                if file_errors.is_empty() {
                    String::new()
                } else {
                    format!(
                        ", {} kunde inte läsas",
                        swedish::count(file_errors.len(), "fil", "filer")
                    )
                }
            );
        }
        LintFormat::Json => print_out(json.finish()),
        LintFormat::Sarif => print_out(&report::sarif(&sarif_findings, &file_errors)),
        LintFormat::Html => {
            let paths: Vec<String> = kept.iter().map(|l| l.path.display().to_string()).collect();
            let papers: Vec<PaperReport> = kept
                .iter()
                .zip(&paths)
                .map(|(l, path)| PaperReport {
                    path,
                    source: &l.source,
                    diagnostics: &l.diagnostics,
                })
                .collect();
            print_out(&crate::lint::html::html(&papers, &file_errors));
        }
    }
    if !file_errors.is_empty() {
        return ExitCode::from(exit::USAGE);
    }
    ExitCode::from(if failing || copies_failed || fixes_failed {
        exit::FAILURES
    } else {
        exit::OK
    })
}

type AnnotateResult = Result<crate::annotate::Staged, crate::annotate::AnnotateError>;
/// A file's findings (after fixing), the fixes made, and its reviewed copy.
type Linted3 = (
    Linted,
    std::io::Result<Vec<crate::lint::DiagnosticFix>>,
    Option<AnnotateResult>,
);

/// "rättat: cases/avtal.yaml:12:9 ”medstämmandelagen” → ”medbestämmandelagen”".
fn report_fix(path: &Path, fix: &crate::lint::DiagnosticFix) {
    eprintln!(
        "rättat: {}:{}:{} ”{}” → ”{}”",
        path.display(),
        fix.line,
        fix.column,
        fix.original,
        fix.replacement
    );
}

/// "granskad kopia: granskat/avtal.docx (3 kommentarer)".
fn report_copy(written: &crate::annotate::Written) {
    let what = match written.path.extension().and_then(|e| e.to_str()) {
        Some("html") => swedish::count(written.notes, "fynd", "fynd"),
        Some("pdf") => swedish::count(written.notes, "markering", "markeringar"),
        _ => swedish::count(written.notes, "kommentar", "kommentarer"),
    };
    let unplaced = if written.unplaced > 0 {
        format!(
            "; {} på dokumentets första {} (platsen hittades inte)",
            written.unplaced,
            if written.path.extension().is_some_and(|e| e == "pdf") {
                "rad"
            } else {
                "ord"
            }
        )
    } else {
        String::new()
    };
    eprintln!(
        "granskad kopia: {} ({what}{unplaced})",
        written.path.display()
    );
}

pub(super) fn explain_rules(code: Option<&str>) -> ExitCode {
    match code {
        None => {
            for m in registry::all_meta() {
                print_out(&format!(
                    "{}  {:<32} {:<8} {}",
                    m.code,
                    m.name,
                    m.severity.swedish(),
                    m.summary
                ));
            }
            ExitCode::from(exit::OK)
        }
        Some(code) => match registry::find(code) {
            Some(m) => {
                print_out(&format!(
                    "{} {} [{}]\n",
                    m.code,
                    m.name,
                    m.severity.swedish()
                ));
                print_out(
                    m.docs
                        .lines()
                        .map(|l| l.strip_prefix(' ').unwrap_or(l))
                        .collect::<Vec<_>>()
                        .join("\n")
                        .trim(),
                );
                ExitCode::from(exit::OK)
            }
            None => {
                eprintln!("fel: okänd regel `{code}`; `beslut rules` listar alla");
                ExitCode::from(exit::USAGE)
            }
        },
    }
}
