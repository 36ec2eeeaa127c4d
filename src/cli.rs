//! The command line: `beslut build`, `beslut schema`, `beslut templates`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::build::{BuildOptions, Builder, CaseOutcome, Formats, discover_cases};
use crate::case::{Case, Config};
use crate::pdf::PdfProfile;
use crate::template::Templates;

/// Exit codes: what happened, for scripts.
pub mod exit {
    /// Everything built (or no findings).
    pub const OK: u8 = 0;
    /// At least one case failed (or the lint found something).
    pub const FAILURES: u8 = 1;
    /// The command line, configuration or inputs could not be used.
    pub const USAGE: u8 = 2;
}

#[derive(Debug, Parser)]
#[command(
    name = "beslut",
    version,
    about = "Generate, lint and rebuild Swedish municipal decision papers (tjänsteskrivelser).",
    long_about = "Generate, lint and rebuild Swedish municipal decision papers (tjänsteskrivelser).\n\n\
        Case files (YAML) hold the facts of a paper; `beslut build` renders them as PDF and DOCX \
        with every date, period, age range and party generated from the data.\n\n\
        Exit codes: 0 all went well, 1 a case failed, 2 usage or configuration error."
)]
struct Cli {
    /// Project configuration with defaults for every case.
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        default_value = "beslut.toml"
    )]
    config: PathBuf,
    /// Folder with templates (`<name>.v<N>.j2`) and layouts (`layout.v<N>.typ`).
    /// Built-in templates are used for names not found there.
    #[arg(long, global = true, value_name = "DIR", default_value = "templates")]
    templates: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Render case files as PDF and DOCX.
    ///
    /// Each case is built in parallel; a broken case is reported and skipped,
    /// the others are still built. Files are written atomically.
    Build {
        /// Case files or folders (searched recursively for .yaml/.yml).
        #[arg(default_value = "cases")]
        paths: Vec<PathBuf>,
        /// Output folder, created if missing.
        #[arg(short, long, value_name = "DIR", default_value = "output")]
        out: PathBuf,
        /// Formats to write, comma separated.
        #[arg(long, value_delimiter = ',', default_value = "pdf,docx")]
        format: Vec<Format>,
        /// Write PDF/A-2b for long-term archiving.
        #[arg(long)]
        archive: bool,
        /// No progress bar and no per-case lines, only errors and the summary.
        #[arg(short, long)]
        quiet: bool,
    },
    /// Print the JSON Schema of case files (for editor completion and validation).
    Schema,
    /// List the available templates and their versions.
    Templates,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Pdf,
    Docx,
}

/// Parses the command line and runs it.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let config_given = std::env::args_os()
        .any(|a| a == "--config" || a.to_string_lossy().starts_with("--config="));
    let config = match Config::load(&cli.config, config_given) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("fel: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    let templates = Templates::new(Some(&cli.templates));
    match cli.command {
        Command::Build {
            paths,
            out,
            format,
            archive,
            quiet,
        } => {
            let formats = Formats {
                pdf: format.contains(&Format::Pdf),
                docx: format.contains(&Format::Docx),
            };
            let profile = if archive {
                PdfProfile::Archive
            } else {
                PdfProfile::Standard
            };
            build(
                config,
                templates,
                &paths,
                BuildOptions {
                    out_dir: out,
                    formats,
                    profile,
                },
                quiet,
            )
        }
        Command::Schema => {
            let schema = schemars::schema_for!(Case);
            print_out(&serde_json::to_string_pretty(&schema).expect("schema serialises"));
            ExitCode::from(exit::OK)
        }
        Command::Templates => {
            for (name, versions) in templates.list() {
                let versions: Vec<String> = versions.iter().map(|v| format!("v{v}")).collect();
                print_out(&format!("{name}\t{}", versions.join(", ")));
            }
            ExitCode::from(exit::OK)
        }
    }
}

fn build(
    config: Config,
    templates: Templates,
    paths: &[PathBuf],
    options: BuildOptions,
    quiet: bool,
) -> ExitCode {
    let started = Instant::now();
    let cases = match discover_cases(paths) {
        Ok(cases) if cases.is_empty() => {
            eprintln!(
                "fel: inga ärendefiler (.yaml) hittades i {}",
                display_paths(paths)
            );
            return ExitCode::from(exit::USAGE);
        }
        Ok(cases) => cases,
        Err(e) => {
            eprintln!("fel: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    if let Err(e) = std::fs::create_dir_all(&options.out_dir) {
        eprintln!(
            "fel: kan inte skapa utmappen {}: {e}",
            options.out_dir.display()
        );
        return ExitCode::from(exit::USAGE);
    }
    let builder = Builder::new(config, templates);
    let bar = progress_bar(cases.len() as u64, quiet);
    let report = |outcome: &CaseOutcome| {
        match &outcome.result {
            Ok(files) if !quiet => bar.suspend(|| {
                let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
                eprintln!(
                    "byggde {} → {}",
                    outcome.case_path.display(),
                    names.join(", ")
                );
            }),
            Ok(_) => {}
            Err(e) => bar.suspend(|| eprintln!("{e}\n")),
        }
        bar.inc(1);
    };
    let outcomes = builder.build_all(&cases, &options, &report);
    bar.finish_and_clear();
    let failed = outcomes.iter().filter(|o| o.result.is_err()).count();
    let built = outcomes.len() - failed;
    let files: usize = outcomes
        .iter()
        .filter_map(|o| o.result.as_ref().ok())
        .map(Vec::len)
        .sum();
    eprintln!(
        "{built} ärenden byggda ({files} filer i {}), {failed} misslyckades, {:.2} s",
        options.out_dir.display(),
        started.elapsed().as_secs_f64()
    );
    ExitCode::from(if failed == 0 {
        exit::OK
    } else {
        exit::FAILURES
    })
}

fn progress_bar(len: u64, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} ärenden ({per_sec}, {eta})")
            .expect("valid progress template"),
    );
    bar
}

/// Prints a line to stdout; a closed pipe (`beslut schema | head`) is not an error.
fn print_out(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

fn display_paths(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p: &PathBuf| Path::display(p).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
