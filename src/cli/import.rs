//! `beslut import`: historical papers back to case files.

use super::*;

/// Lowest word fidelity `import --check` accepts.
pub(super) const MIN_FIDELITY: f64 = 0.98;

pub(super) fn import(
    config: Config,
    templates: Templates,
    papers: &[PathBuf],
    out: &Path,
    force: bool,
    check: bool,
    shard: Option<crate::base::shard::Shard>,
) -> ExitCode {
    let (papers, unreadable) = match find_inputs(
        papers,
        shard,
        crate::reader::is_paper,
        "inga papper att importera (.pdf, .docx, .odt, .txt, .md)",
    ) {
        Ok(found) => found,
        Err(code) => return code,
    };
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!(
            "fel: kan inte skapa {}: {}",
            out.display(),
            swedish::io_error(&e)
        );
        return ExitCode::from(exit::USAGE);
    }
    let builder = check.then(|| Builder::new(config.clone(), templates));
    let targets = plan_import_targets(&papers, out);
    let work: Vec<(&PathBuf, &Result<PathBuf, String>)> = papers.iter().zip(&targets).collect();
    let mut failed = !unreadable.is_empty();
    let done = crate::base::batch::ordered_windows(
        &work,
        crate::base::batch::default_window(),
        |(paper, target)| {
            let mut report = ImportReport::default();
            match target {
                Ok(target) => {
                    import_one(paper, target, force, &config, builder.as_ref(), &mut report)
                }
                Err(e) => report.fail(e.clone()),
            }
            report
        },
        |report: ImportReport| {
            for line in &report.lines {
                match line {
                    ReportLine::Out(text) => print_out(text),
                    ReportLine::Err(text) => eprintln!("{text}"),
                }
            }
            failed |= report.failed;
        },
    );
    if crate::base::interrupt::requested() {
        eprintln!("avbrutet: {done} av {} papper behandlade", papers.len());
        return ExitCode::from(crate::base::interrupt::EXIT_INTERRUPTED);
    }
    ExitCode::from(if failed { exit::FAILURES } else { exit::OK })
}

/// The case file each paper becomes; two papers that would become the same
/// case file are both refused, even with `--force`.
pub(super) fn plan_import_targets(papers: &[PathBuf], out: &Path) -> Vec<Result<PathBuf, String>> {
    let stems: Vec<String> = papers
        .iter()
        .map(|p| crate::builder::names::default_output_name(p))
        .collect();
    let names: Vec<Option<&str>> = stems.iter().map(|s| Some(s.as_str())).collect();
    let clashes = crate::builder::names::name_clashes(papers, &names);
    papers
        .iter()
        .zip(&stems)
        .zip(clashes)
        .map(|((paper, stem), others)| {
            let target = out.join(format!("{stem}.yaml"));
            if !others.is_empty() {
                let others: Vec<String> = others.iter().map(|p| p.display().to_string()).collect();
                return Err(format!(
                    "fel: {}: blir samma ärendefil {} som {}; importera dem i olika mappar",
                    paper.display(),
                    target.display(),
                    others.join(", ")
                ));
            }
            Ok(target)
        })
        .collect()
}

/// What importing one paper printed, kept until its turn in the output.
#[derive(Default)]
pub(super) struct ImportReport {
    pub(super) lines: Vec<ReportLine>,
    pub(super) failed: bool,
}

pub(super) enum ReportLine {
    Out(String),
    Err(String),
}

impl ImportReport {
    fn err(&mut self, text: impl Into<String>) {
        self.lines.push(ReportLine::Err(text.into()));
    }

    fn fail(&mut self, text: impl Into<String>) {
        self.err(text);
        self.failed = true;
    }
}

/// Imports one paper into `target` and reports what happened: the case
/// written, the notes and unplaced lines, the lint's findings, and with
/// `--check` the word fidelity of the rebuilt PDF and DOCX.
pub(super) fn import_one(
    paper: &Path,
    target: &Path,
    force: bool,
    config: &Config,
    builder: Option<&Builder>,
    report: &mut ImportReport,
) {
    let done = match crate::import::import_to_case(paper, target, force, config, builder) {
        Ok(done) => done,
        Err(e) => return report.fail(e.to_string()),
    };
    report.err(format!(
        "importerade {} → {}",
        paper.display(),
        target.display()
    ));
    for note in &done.notes {
        report.err(format!("  obs: {note}"));
    }
    for line in &done.unplaced {
        report.err(format!("  ej placerad: {line}"));
    }
    for d in &done.findings {
        report.err(report::human(d, &done.read_text));
    }
    let Some(measured) = done.fidelity else {
        return;
    };
    match measured {
        Ok(rebuild) => {
            let (pdf, pdf_text) = &rebuild.pdf;
            let (docx, docx_text) = &rebuild.docx;
            let facts = if rebuild.differing.is_empty() {
                "alla fakta lika".to_owned()
            } else {
                format!("{} fakta skiljer", rebuild.differing.len())
            };
            report.lines.push(ReportLine::Out(format!(
                "{}: ordtrohet PDF {:.1} %, DOCX {:.1} % (gräns {:.0} %); {facts}",
                paper.display(),
                pdf * 100.0,
                docx * 100.0,
                MIN_FIDELITY * 100.0
            )));
            for (format, score, text) in [("PDF", *pdf, pdf_text), ("DOCX", *docx, docx_text)] {
                if score < MIN_FIDELITY {
                    let missing = crate::import::missing_words(&done.original, text, 12);
                    report.err(format!(
                        "  {format} under gränsen {:.0} %; först saknade ord: {}",
                        MIN_FIDELITY * 100.0,
                        if missing.is_empty() {
                            "(ordföljden skiljer sig)".to_owned()
                        } else {
                            missing.join(" ")
                        }
                    ));
                }
            }
            for difference in &rebuild.differing {
                report.err(format!("  skiljer: {difference}"));
            }
            report.failed |=
                *pdf < MIN_FIDELITY || *docx < MIN_FIDELITY || !rebuild.differing.is_empty();
        }
        Err(e) => report.fail(format!("fel: {}: kan inte byggas om: {e}", paper.display())),
    }
}
