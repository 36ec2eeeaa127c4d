//! The command line: parsing (`args`), dispatch (here), one file per
//! command, and the terminal. The only part of beslut that prints.

use crate::base::swedish;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};

/// `eprintln!` that never panics: with stderr closed (`beslut build 2>&1 |
/// head -1`) the batch goes on and the exit code still says what happened.
macro_rules! eprintln {
    ($($arg:tt)+) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)+);
    }};
}
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::builder::{BuildOptions, Builder, CaseOutcome, Formats};
use crate::check::{Linted, lint_file};
use crate::compose::template::Templates;
use crate::lint::{Severity, registry, report};
use crate::project::Config;
use crate::render::pdf::PdfProfile;

mod args;
mod build;
mod import;
mod inspect;
mod lint;
mod meeting;
mod project;
mod terminal;
mod watch;

use args::*;
use build::*;
use import::*;
use inspect::*;
use lint::*;
use meeting::*;
use project::*;
use terminal::*;
use watch::*;

/// The paths whose project settings a command uses: its inputs; none (the
/// working folder) for a command that makes or lists things.
fn discovery_inputs(command: &Command) -> Vec<PathBuf> {
    match command {
        Command::Build { paths, .. } | Command::Lint { paths, .. } => paths.clone(),
        Command::Meeting { meeting, .. } => vec![meeting.clone()],
        Command::Inspect { papers, .. } => papers.clone(),
        _ => Vec::new(),
    }
}

/// The folder of a settings file: where its templates folder is.
fn project_folder(config: &Path) -> &Path {
    config.parent().unwrap_or(Path::new(""))
}

/// Says which settings a build uses (with -v), and that it uses none when
/// no beslut.toml was found: the letterhead then lacks the municipality.
fn report_config(command: &Command, config: Option<&Path>) {
    let (builds, verbose) = match command {
        Command::Build { verbose, .. } => (true, *verbose),
        Command::Meeting { .. } => (true, false),
        _ => (false, false),
    };
    match config {
        Some(path) if verbose => eprintln!("inställningar: {}", path.display()),
        None if builds => eprintln!(
            "obs: ingen beslut.toml i indatas mapp eller ovanför: byggs utan projektets inställningar (kommun, förvaltning, stil); ange --config FIL om den finns någon annanstans"
        ),
        _ => {}
    }
}

/// Exit codes: what happened, for scripts.
pub mod exit {
    /// Everything built (or no findings).
    pub const OK: u8 = 0;
    /// At least one case failed (or the lint found something).
    pub const FAILURES: u8 = 1;
    /// The command line, configuration or inputs could not be used.
    pub const USAGE: u8 = 2;
}

/// Parses the process's command line and runs it.
pub fn run() -> ExitCode {
    run_from(std::env::args_os().collect())
}

/// Runs a command line given as arguments (the first is the program name):
/// the whole CLI path, for benchmarks that measure it in a process of their own.
pub fn run_from(args: Vec<std::ffi::OsString>) -> ExitCode {
    let code = dispatch(args);
    if terminal::stdout_failed() {
        return ExitCode::from(exit::USAGE);
    }
    code
}

/// Starts compiling the lint's patterns for a command that lints or reads
/// papers (`lint::compile_patterns_ahead`); a directory may hold papers.
/// Not for `build`: its lint already runs beside the PDF and the Word file,
/// and a third thread measured no faster on two cores.
fn compile_patterns_ahead(command: &Command) {
    let reads_papers = |paths: &[PathBuf]| {
        !paths
            .iter()
            .all(|p| crate::paper::structure::is_case_file(p) && !p.is_dir())
    };
    // A directory or several files: a batch (`paper::expect_many_papers`).
    let many = |paths: &[PathBuf]| paths.len() > 1 || paths.iter().any(|p| p.is_dir());
    match command {
        Command::Lint { paths, .. } => {
            if many(paths) {
                crate::paper::expect_many_papers();
            }
            crate::lint::compile_patterns_ahead(reads_papers(paths))
        }
        Command::Import { papers, .. } => {
            if many(papers) {
                crate::paper::expect_many_papers();
            }
            crate::lint::compile_patterns_ahead(true)
        }
        Command::Inspect { .. } => crate::lint::compile_patterns_ahead(true),
        _ => {}
    }
}

fn dispatch(args: Vec<std::ffi::OsString>) -> ExitCode {
    let cli = match parse(&args) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    report::set_colour(cli.color.enabled());
    // The pool's threads first: `configure_threads` waits until each has
    // started, which takes milliseconds when another thread holds a core.
    // Not for `lint`, which never renders: its batch starts the pool when it
    // has more than one file (`base::batch::ordered_windows`).
    if !matches!(cli.command, Command::Lint { .. }) {
        crate::builder::configure_threads();
    }
    compile_patterns_ahead(&cli.command);
    crate::base::interrupt::install();
    let given = |flag: &str| {
        args.iter()
            .any(|a| a == flag || a.to_string_lossy().starts_with(&format!("{flag}=")))
    };
    let config_given = given("--config");
    // Without --config, the nearest beslut.toml at or above the inputs,
    // whatever the working folder (as cargo and ruff find theirs).
    let discovered = if config_given {
        Some(cli.config.clone())
    } else {
        match crate::project::discover::find_config(&discovery_inputs(&cli.command)) {
            Ok(found) => found,
            Err(e) => {
                eprintln!("fel: {e}");
                return ExitCode::from(exit::USAGE);
            }
        }
    };
    let config_path = discovered.clone().unwrap_or_else(|| cli.config.clone());
    let templates_dir = if given("--templates") {
        cli.templates.clone()
    } else {
        project_folder(&config_path).join(&cli.templates)
    };
    report_config(&cli.command, discovered.as_deref());
    // Only the commands that render read the logo and the Word template:
    // `schema`, `rules`, `lint` and the rest never touch them.
    let renders = matches!(
        cli.command,
        Command::Build { .. } | Command::Meeting { .. } | Command::Import { check: true, .. }
    );
    let loaded = if renders {
        Config::load_with_assets(&config_path, config_given)
    } else {
        Config::load(&config_path, config_given)
    };
    let config = match loaded {
        Ok(config) => config,
        Err(e) => {
            eprintln!("fel: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    if let Some(template) = &config.assets.word_template
        && template.dropped_links() > 0
    {
        eprintln!(
            "obs: Word-mallens sidhuvud eller sidfot har {} länkar ut ur filen (webbadresser, nätverkssökvägar); de följer inte med i skrivelserna",
            template.dropped_links()
        );
    }
    if let Some(template) = &config.assets.word_template {
        for font in template.look.unmatched_fonts() {
            eprintln!(
                "obs: Word-mallens typsnitt ”{font}” finns inte inbyggt och har inget med samma mått; PDF:en sätts med {} där mallen använder det (Word-filen använder mallens)",
                config
                    .style
                    .font
                    .as_deref()
                    .unwrap_or(crate::document::DEFAULT_FONT)
            );
        }
    }
    let codes: Vec<&str> = registry::all_meta().map(|m| m.code).collect();
    if let Err(e) = config.lint.validate(&codes) {
        eprintln!("fel: {}: {e}", config_path.display());
        return ExitCode::from(exit::USAGE);
    }
    let templates = Templates::new(Some(&templates_dir));
    match cli.command {
        Command::Lint {
            paths,
            format,
            fail_on,
            annotate,
            fix,
            shard,
        } => lint(
            &config,
            &templates,
            &paths,
            LintOutput {
                format,
                fail_on,
                annotate,
                fix,
            },
            shard.shard,
        ),
        Command::Rules { code } => explain_rules(code.as_deref()),
        Command::Lsp => match crate::lsp::serve_stdio(config, templates) {
            Ok(()) => ExitCode::from(exit::OK),
            Err(e) => {
                eprintln!("fel: {e}");
                ExitCode::from(exit::FAILURES)
            }
        },
        Command::Inspect {
            papers,
            format,
            text,
            scan,
        } => inspect(&config, &papers, format, (text, scan)),
        Command::Import {
            papers,
            out,
            force,
            check,
            shard,
        } => import(config, templates, &papers, &out, force, check, shard.shard),
        Command::Build {
            paths,
            out,
            format,
            archive,
            quiet,
            verbose,
            watch,
            allow_lint_errors,
            manifest,
            shard,
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
            let options = BuildOptions {
                out_dir: out.out,
                formats,
                profile,
                allow_lint_errors,
            };
            let run = BatchRun {
                quiet,
                verbose,
                manifest,
                shard: shard.shard,
            };
            if watch {
                let sources = WatchSources {
                    config: config_path.clone(),
                    config_given,
                    templates: templates_dir.clone(),
                };
                return watch_build(&sources, &paths, options, run);
            }
            build(config, templates, &paths, options, run)
        }
        Command::Meeting {
            meeting,
            out,
            format,
            archive,
            manifest,
            allow_lint_errors,
        } => {
            let formats = Formats {
                pdf: true,
                docx: format.contains(&Format::Docx),
            };
            let profile = if archive {
                PdfProfile::Archive
            } else {
                PdfProfile::Standard
            };
            build_meeting(
                Builder::new(config, templates),
                &meeting,
                &out.out,
                formats,
                profile,
                manifest,
                allow_lint_errors,
            )
        }
        Command::Completions { shell } => {
            let mut command = command();
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut command, "beslut", &mut out);
            print_raw(&String::from_utf8_lossy(&out));
            ExitCode::from(exit::OK)
        }
        Command::Man { out } => man_pages(out.as_deref()),
        Command::Schema { meeting } => {
            let schema = if meeting {
                crate::lsp::schema::meeting_schema()
            } else {
                // The templates this project knows: built in and its own.
                crate::lsp::schema::case_schema(&templates)
            };
            print_out(&serde_json::to_string_pretty(&schema).expect("schema serialises"));
            ExitCode::from(exit::OK)
        }
        Command::Templates { name, export } => match (name, export) {
            (_, Some(dir)) => export_templates(&dir),
            (Some(name), None) => print_template(&templates, &name),
            (None, None) => {
                for (name, versions) in templates.list() {
                    let versions: Vec<String> = versions.iter().map(|v| format!("v{v}")).collect();
                    print_out(&format!("{name}\t{}", versions.join(", ")));
                }
                ExitCode::from(exit::OK)
            }
        },
        Command::Init { dir } => init_project(&dir),
        Command::Manifest {
            action: ManifestAction::Merge { manifests, out },
        } => merge_manifests(&manifests, &out),
        Command::New {
            template,
            name,
            dir,
            date,
        } => new_case(&config, &template, name.as_deref(), &dir, date.as_deref()),
    }
}

/// The input files of a batch, and the entries that could not be read
/// (each reported here); no files at all is a usage error.
fn find_inputs(
    paths: &[PathBuf],
    shard: Option<crate::base::shard::Shard>,
    accept: impl Fn(&Path) -> bool,
    none_found: &str,
) -> Result<(Vec<PathBuf>, Vec<crate::project::discover::Unreadable>), ExitCode> {
    match crate::project::discover::discover_files(paths, accept) {
        Ok(mut found) => {
            if let Some(shard) = shard {
                found.files.retain(|path| shard.contains(path));
                // An empty share is not an error: the inputs went to others.
                if found.files.is_empty() {
                    eprintln!(
                        "andel {}/{}: inga av filerna hör till den här andelen",
                        shard.index, shard.count
                    );
                    return Ok((found.files, found.unreadable));
                }
            }
            for problem in &found.unreadable {
                eprintln!("fel: {problem}");
            }
            // Said, not silent: an alias is the same file, built once.
            for (alias, file) in &found.aliases {
                eprintln!(
                    "obs: {} är samma fil som {} (en symbolisk länk) och tas en gång, med det namnet",
                    alias.display(),
                    file.display()
                );
            }
            if found.files.is_empty() {
                eprintln!("fel: {none_found} i {}", display_paths(paths));
                return Err(ExitCode::from(exit::USAGE));
            }
            Ok((found.files, found.unreadable))
        }
        Err(e) => {
            eprintln!("fel: {e}");
            Err(ExitCode::from(exit::USAGE))
        }
    }
}
