//! The command line: `beslut build`, `beslut schema`, `beslut templates`.

use crate::swedish;
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

use crate::build::{BuildOptions, Builder, CaseOutcome, Formats};
use crate::case::{Case, Config};
use crate::lint::run::{Linted, lint_file};
use crate::lint::{Severity, report, rules};
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
    about = "Skriv, granska och bygg om tjänsteskrivelser.",
    long_about = "Skriv, granska och bygg om tjänsteskrivelser.\n\n\
        Ärendefiler (YAML) håller en handlings fakta; `beslut build` gör PDF och DOCX av dem, \
        med varje datum, period, åldersspann och part skapade från uppgifterna.\n\n\
        Slutkoder: 0 allt gick bra; 1 ett ärende misslyckades, granskningen hittade något på \
        eller över --fail-on, eller en import nådde inte 98 % ordtrohet; 2 fel i kommandoraden, \
        inställningarna eller indata som inte kunde läsas."
)]
struct Cli {
    /// Projektets inställningar med standardvärden för alla ärenden (standard: beslut.toml).
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        default_value = "beslut.toml"
    )]
    config: PathBuf,
    /// Mapp med mallar (`<namn>.v<N>.j2`) och layouter (`layout.v<N>.typ`) (standard: templates).
    /// Inbyggda mallar används för namn som inte finns där.
    #[arg(long, global = true, value_name = "DIR", default_value = "templates")]
    templates: PathBuf,
    /// Färg i fynden: auto (i en terminal, om inte NO_COLOR är satt),
    /// always (alltid) eller never (aldrig).
    #[arg(long, global = true, value_enum, default_value = "auto")]
    color: ColorChoice,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour: `NO_COLOR` (any value) turns auto off, as does
    /// output that is not a terminal.
    fn enabled(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
                    && std::io::stderr().is_terminal()
            }
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Bygg ärendefiler till PDF och DOCX.
    ///
    /// Ärendena byggs parallellt; ett trasigt ärende rapporteras och hoppas över,
    /// de andra byggs ändå. Filerna skrivs atomärt: hela eller inte alls.
    Build {
        /// Ärendefiler eller mappar (söks igenom efter .yaml/.yml) (standard: cases).
        #[arg(default_value = "cases")]
        paths: Vec<PathBuf>,
        /// Utmapp, skapas om den saknas (standard: output).
        #[arg(short, long, value_name = "DIR", default_value = "output")]
        out: PathBuf,
        /// Format att skriva, kommaseparerade: pdf, docx (standard: båda).
        #[arg(long, value_delimiter = ',', default_value = "pdf,docx")]
        format: Vec<Format>,
        /// Skriv PDF/A-2a (taggad, tillgänglig) för långtidsarkivering.
        #[arg(long)]
        archive: bool,
        /// Skriv också MAPP/manifest.json: varje utfils SHA-256, ärendets
        /// SHA-256, mallversionen och verktygets version.
        #[arg(long)]
        manifest: bool,
        /// Ingen förloppsindikator: bara fynd, misslyckanden och sammanfattningen.
        #[arg(short, long)]
        quiet: bool,
        /// Även en rad för varje byggt ärende, med dess filer.
        #[arg(short, long, conflicts_with = "quiet")]
        verbose: bool,
        /// Bevaka efter bygget ärendena, mallmappen och beslut.toml
        /// och bygg om det som ändras (Ctrl-C avslutar).
        #[arg(long)]
        watch: bool,
        /// Bygg ärenden även när granskningen hittar fel i dem (fynden skrivs ändå ut).
        #[arg(long)]
        allow_lint_errors: bool,
        /// Ta bara andel I av N av indata (t.ex. `--shard 2/8`): en stabil
        /// uppdelning efter sökväg, för att köra en körning på flera datorer.
        #[arg(long, value_name = "I/N")]
        shard: Option<crate::shard::Shard>,
    },
    /// Bygg ett sammanträde: kallelsen med föredragningslistan,
    /// handlingarna som en PDF med bokmärken, och varje ärendes filer var för sig.
    ///
    /// Granskar först sammanträdet (reglerna M601–M607) och varje ärende;
    /// vid fel skrivs inget utan --allow-lint-errors.
    /// Alla filer skrivs som en helhet: ett ärende som fallerar lämnar inget efter sig.
    Meeting {
        /// Sammanträdesfilen (.yaml).
        meeting: PathBuf,
        /// Utmapp, skapas om den saknas (standard: output).
        #[arg(short, long, value_name = "DIR", default_value = "output")]
        out: PathBuf,
        /// Format för kallelsen och ärendenas handlingar, kommaseparerade
        /// (handlingarna är alltid en PDF) (standard: pdf,docx).
        #[arg(long, value_delimiter = ',', default_value = "pdf,docx")]
        format: Vec<Format>,
        /// Skriv handlingarna som PDF/A-2a för långtidsarkivering.
        #[arg(long)]
        archive: bool,
        /// Skriv också MAPP/manifest.json med varje fils SHA-256.
        #[arg(long)]
        manifest: bool,
        /// Bygg även när granskningen hittar fel (fynden skrivs ändå ut).
        #[arg(long)]
        allow_lint_errors: bool,
    },
    /// Granska ärendefiler och färdiga handlingar (.yaml, .pdf, .docx, .odt, .txt, .md)
    /// efter motsägelser: datum, perioder, åldersspann, namn, lagrum.
    ///
    /// Slutkod 0 när inget på eller över --fail-on hittades, annars 1;
    /// 2 när en fil inte kunde läsas eller kommandoraden är fel.
    Lint {
        /// Filer eller mappar (söks igenom) (standard: cases).
        #[arg(default_value = "cases")]
        paths: Vec<PathBuf>,
        /// Utdataformat: human (läsbar), json eller sarif (standard: human).
        #[arg(long, value_enum, default_value = "human")]
        format: LintFormat,
        /// Lägsta allvarlighetsgrad som ger slutkod 1: error, warning, info eller never (standard: error).
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
        /// Ta bara andel I av N av indata (t.ex. `--shard 2/8`): en stabil
        /// uppdelning efter sökväg, för att köra en körning på flera datorer.
        #[arg(long, value_name = "I/N")]
        shard: Option<crate::shard::Shard>,
    },
    /// Gör om historiska handlingar (.pdf, .docx, .odt, .txt, .md) till utkast till ärendefiler.
    ///
    /// Texten behålls ordagrant; igenkända fakta läggs till bredvid;
    /// rader som inte passar någonstans hamnar under `unplaced`. Skriver ut det som inte
    /// kunde placeras och granskningens fynd för varje handling.
    Import {
        /// Handlingar att importera, eller mappar att söka i (.pdf, .docx,
        /// .odt, .txt, .md).
        #[arg(required = true)]
        papers: Vec<PathBuf>,
        /// Mapp för ärendefilerna, skapas om den saknas (standard: cases).
        #[arg(short, long, value_name = "DIR", default_value = "cases")]
        out: PathBuf,
        /// Skriv över befintliga ärendefiler.
        #[arg(long)]
        force: bool,
        /// Bygg också om varje handling i minnet och skriv ut hur stor del av
        /// originalets ord som kommer tillbaka i ordning, i PDF:en och DOCX:en
        /// (slutkod 1 under 98 %).
        #[arg(long)]
        check: bool,
        /// Ta bara andel I av N av indata (t.ex. `--shard 2/8`): en stabil
        /// uppdelning efter sökväg, för att köra en körning på flera datorer.
        #[arg(long, value_name = "I/N")]
        shard: Option<crate::shard::Shard>,
    },
    /// Visa vad läsaren förstod av handlingar: format, teckenkodning, datum,
    /// Dnr, nämnd, handläggare, avsnitt, förslag, sändlista,
    /// parter och vilka kontroller som fick hoppas över.
    ///
    /// Läser .pdf, .docx, .odt, .txt och .md (alla vanliga teckenkodningar). Slutkod
    /// 0 när varje handling lästes, 2 när någon inte kunde läsas.
    Inspect {
        /// Handlingar att visa.
        #[arg(required = true)]
        papers: Vec<PathBuf>,
        /// Utdataformat: human (läsbar) eller json (en lista, ett objekt per handling) (standard: human).
        #[arg(long, value_enum, default_value = "human")]
        format: InspectFormat,
        /// Skriv i stället ut texten som läsaren läste den (sidhuvud och sidfot
        /// först, rubriker som `## `, listpunkter, tabellrader med tabbar).
        #[arg(long)]
        text: bool,
    },
    /// Lista granskningsreglerna, eller visa en regels beskrivning.
    Rules {
        /// En regelkod (D103) eller ett regelnamn (duration-mismatch).
        code: Option<String>,
    },
    /// Skriv ut ett kompletteringsskript för ett skal: `beslut completions bash >
    /// ~/.local/share/bash-completion/completions/beslut`.
    Completions {
        /// bash, zsh, fish, powershell eller elvish.
        shell: clap_complete::Shell,
    },
    /// Skriv ut manualsidan (roff), eller skriv en sida per kommando till MAPP.
    Man {
        /// Mapp för beslut.1, beslut-build.1 … (skapas om den saknas).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Skriv ut JSON-schemat för ärendefiler (för komplettering och kontroll i editorn).
    Schema {
        /// Schemat för sammanträdesfiler (`beslut meeting`) i stället.
        #[arg(long)]
        meeting: bool,
    },
    /// Lista tillgängliga mallar och deras versioner.
    Templates {
        /// Skriv ut mallen eller layouten: ett namn (`avtalsforlangning`, den
        /// senaste versionen), en version (`avtalsforlangning.v1`) eller en fil
        /// (`layout.v1.typ`).
        name: Option<String>,
        /// Skriv alla inbyggda mallar och layouter till MAPP, att utgå från
        /// för egna (befintliga filer skrivs inte över).
        #[arg(long, value_name = "DIR")]
        export: Option<PathBuf>,
    },
    /// Arbeta med manifest (`--manifest`).
    Manifest {
        #[command(subcommand)]
        action: ManifestAction,
    },
    /// Starta ett projekt i MAPP (standard: här): en kommenterad beslut.toml,
    /// cases/ med ett exempel, output/ och .gitignore.
    Init {
        /// Projektmappen, skapas om den saknas.
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Skriv en ny ärendefil för MALL med alla nycklar, kommenterade:
    /// avsändaren från beslut.toml och dagens datum (det enda ställe där beslut
    /// läser klockan).
    New {
        /// tjansteskrivelse eller avtalsforlangning.
        template: String,
        /// Ärendets namn (filen cases/NAMN.yaml); standard är mallens namn.
        name: Option<String>,
        /// Mapp för ärendefilen (standard: cases).
        #[arg(long, value_name = "DIR", default_value = "cases")]
        dir: PathBuf,
        /// Datera ärendet med den här dagen (ÅÅÅÅ-MM-DD) i stället för i dag.
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum ManifestAction {
    /// Slå ihop manifest (andelarna av en `--shard`-körning, eller äldre körningar)
    /// till ett: en post per ärende, senare filer vinner, sorterat efter sökväg.
    Merge {
        /// Manifest att slå ihop, i ordning.
        #[arg(required = true)]
        manifests: Vec<PathBuf>,
        /// Vart det sammanslagna manifestet skrivs (standard: manifest.json).
        #[arg(short, long, value_name = "FILE", default_value = "manifest.json")]
        out: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LintFormat {
    /// `sökväg:rad:kolumn: KOD [grad] meddelande` med källraden.
    Human,
    /// En JSON-lista med fynden.
    Json,
    /// SARIF 2.1.0, för kodgranskningsverktyg.
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InspectFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    /// Aldrig slutkod 1 på grund av fynd.
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Pdf,
    Docx,
}

/// The command line in Swedish: clap's own headings, usage words, help and
/// version flags are replaced, and defaults and possible values, which clap
/// would print in English, are left to each option's own text.
fn command() -> clap::Command {
    let command = <Cli as clap::CommandFactory>::command()
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .global(true)
                .help("Visa den här hjälpen"),
        )
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help("Visa versionen"),
        );
    swedish_command(command)
}

fn swedish_command(command: clap::Command) -> clap::Command {
    let mut command = command
        .disable_help_subcommand(true)
        .subcommand_help_heading("Kommandon")
        .subcommand_value_name("KOMMANDO")
        .help_template("{about-with-newline}\nAnvändning: {usage}\n\n{all-args}{after-help}")
        .mut_args(|arg| {
            let heading = if arg.is_positional() {
                "Argument"
            } else {
                "Flaggor"
            };
            let name = swedish_value_name(&arg);
            let arg = arg.help_heading(heading);
            let arg = match name {
                Some(name) => arg.value_name(name),
                None => arg,
            };
            if arg.get_action().takes_values() {
                arg.hide_default_value(true).hide_possible_values(true)
            } else {
                arg
            }
        });
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, swedish_command);
    }
    command
}

/// The placeholder an option's value is shown with, in Swedish.
fn swedish_value_name(arg: &clap::Arg) -> Option<&'static str> {
    if !arg.get_action().takes_values() {
        return None;
    }
    let given = arg
        .get_value_names()
        .and_then(|names| names.first())
        .map(|n| n.as_str().to_owned());
    let by_name = match given.as_deref() {
        Some("FILE") => Some("FIL"),
        Some("DIR") => Some("MAPP"),
        Some("DATE") => Some("DATUM"),
        Some("I/N") => Some("I/N"),
        _ => None,
    };
    by_name.or(match arg.get_id().as_str() {
        "paths" => Some("SÖKVÄGAR"),
        "meeting" => Some("SAMMANTRÄDESFIL"),
        "papers" => Some("HANDLINGAR"),
        "code" => Some("KOD"),
        "shell" => Some("SKAL"),
        "template" => Some("MALL"),
        "name" => Some("NAMN"),
        "manifests" => Some("MANIFEST"),
        "dir" => Some("MAPP"),
        "color" => Some("FÄRG"),
        "format" => Some("FORMAT"),
        "fail_on" => Some("GRAD"),
        _ => None,
    })
}

/// Parses the command line; help and version are printed here, and a
/// wrong command line is said in Swedish with clap's own words as detail.
fn parse(args: &[std::ffi::OsString]) -> Result<Cli, ExitCode> {
    use clap::FromArgMatches;
    use clap::error::ErrorKind;
    // The usage line's placeholders are clap's words; the rest is ours.
    let swedish = |text: String| {
        text.replace("[OPTIONS]", "[FLAGGOR]")
            .replace("<COMMAND>", "<KOMMANDO>")
    };
    let matches = command().try_get_matches_from(args).map_err(|e| match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            print_raw(&swedish(e.to_string()));
            ExitCode::from(exit::OK)
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            eprintln!("{}", swedish(e.to_string()));
            ExitCode::from(exit::USAGE)
        }
        _ => {
            let detail = e.to_string();
            let first = detail.lines().next().unwrap_or_default().trim_start_matches("error: ");
            eprintln!("fel: kommandoraden går inte att använda ({first})\nSe `beslut --help`, eller `beslut KOMMANDO --help`.");
            ExitCode::from(exit::USAGE)
        }
    })?;
    Cli::from_arg_matches(&matches).map_err(|e| {
        eprintln!("fel: kommandoraden går inte att använda ({e})");
        ExitCode::from(exit::USAGE)
    })
}

/// Parses the process's command line and runs it.
pub fn run() -> ExitCode {
    run_from(std::env::args_os().collect())
}

/// Runs a command line given as arguments (the first is the program name):
/// the whole CLI path, for benchmarks that measure it in a process of their own.
pub fn run_from(args: Vec<std::ffi::OsString>) -> ExitCode {
    let cli = match parse(&args) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    report::set_colour(cli.color.enabled());
    crate::build::configure_threads();
    crate::interrupt::install();
    let config_given = args
        .iter()
        .any(|a| a == "--config" || a.to_string_lossy().starts_with("--config="));
    let config = match Config::load(&cli.config, config_given) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("fel: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    let codes: Vec<&str> = rules::all_meta().map(|m| m.code).collect();
    if let Err(e) = config.lint.validate(&codes) {
        eprintln!("fel: {}: {e}", cli.config.display());
        return ExitCode::from(exit::USAGE);
    }
    let templates = Templates::new(Some(&cli.templates));
    match cli.command {
        Command::Lint {
            paths,
            format,
            fail_on,
            shard,
        } => lint(&config, &templates, &paths, format, fail_on, shard),
        Command::Rules { code } => explain_rules(code.as_deref()),
        Command::Inspect {
            papers,
            format,
            text,
        } => inspect(&config, &papers, format, text),
        Command::Import {
            papers,
            out,
            force,
            check,
            shard,
        } => import(config, templates, &papers, &out, force, check, shard),
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
                out_dir: out,
                formats,
                profile,
                allow_lint_errors,
            };
            let run = BatchRun {
                quiet,
                verbose,
                manifest,
                shard,
            };
            if watch {
                let sources = WatchSources {
                    config: cli.config.clone(),
                    config_given,
                    templates: cli.templates.clone(),
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
                &out,
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
                schemars::schema_for!(crate::meeting::Meeting)
            } else {
                let mut schema = schemars::schema_for!(Case);
                // The templates this project knows: built in and its own.
                let names: Vec<&str> = templates.list().map(|(name, _)| name).collect();
                if let Some(template) = schema
                    .get_mut("properties")
                    .and_then(|p| p.get_mut("template"))
                    .and_then(|t| t.as_object_mut())
                {
                    template.insert("enum".into(), serde_json::json!(names));
                }
                schema
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

fn inspect(config: &Config, papers: &[PathBuf], format: InspectFormat, text: bool) -> ExitCode {
    let mut inspections = Vec::new();
    let mut failed = false;
    if text {
        for path in papers {
            match crate::reader::read_paper(path) {
                Ok(raw) => print_out(&raw.text),
                Err(e) => {
                    eprintln!("{e}");
                    failed = true;
                }
            }
        }
        return ExitCode::from(if failed { exit::USAGE } else { exit::OK });
    }
    for path in papers {
        match crate::inspect::inspect_file(path, &config.lint) {
            Ok(i) => inspections.push(i),
            Err(e) => {
                eprintln!("{e}");
                failed = true;
            }
        }
    }
    match format {
        InspectFormat::Human => {
            for i in &inspections {
                print_out(&crate::inspect::human(i));
            }
        }
        InspectFormat::Json => {
            print_out(&serde_json::to_string_pretty(&inspections).expect("inspection serialises"))
        }
    }
    ExitCode::from(if failed { exit::USAGE } else { exit::OK })
}

/// The configured body font must be one the PDF engine has: Typst would
/// otherwise fall back to another font without a word.
fn check_font(config: &Config, builder: &Builder) -> Result<(), String> {
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

/// Writes `bytes` to `path` unless a file is there; says what it did.
fn create_new(path: &Path, bytes: &[u8]) -> Result<(), String> {
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
    crate::output::write_atomic(path, bytes).map_err(|e| {
        format!(
            "kan inte skriva {}: {}",
            path.display(),
            swedish::io_error(&e)
        )
    })?;
    eprintln!("skrev {}", path.display());
    Ok(())
}

fn export_templates(dir: &Path) -> ExitCode {
    let mut failed = false;
    for (file, source) in crate::template::builtin_files() {
        if let Err(e) = create_new(&dir.join(file), source.as_bytes()) {
            eprintln!("fel: {e}");
            failed = true;
        }
    }
    ExitCode::from(if failed { exit::FAILURES } else { exit::OK })
}

fn print_template(templates: &Templates, name: &str) -> ExitCode {
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

fn init_project(dir: &Path) -> ExitCode {
    use crate::scaffold;
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

fn new_case(
    config: &Config,
    template: &str,
    name: Option<&str>,
    dir: &Path,
    date: Option<&str>,
) -> ExitCode {
    use crate::scaffold;
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
    if let Err(e) = crate::output::check_output_name(name) {
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

fn merge_manifests(paths: &[PathBuf], out: &Path) -> ExitCode {
    let mut manifests = Vec::new();
    for path in paths {
        match crate::manifest::read(path) {
            Ok(manifest) => manifests.push((path.display().to_string(), manifest)),
            Err(e) => {
                eprintln!("fel: {e}");
                return ExitCode::from(exit::USAGE);
            }
        }
    }
    let merged = match crate::manifest::merge(&manifests) {
        Ok(merged) => merged,
        Err(e) => {
            eprintln!("fel: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    let cases = merged["cases"].as_array().map_or(0, Vec::len);
    if let Err(e) = crate::output::write_atomic(out, crate::manifest::to_text(&merged).as_bytes()) {
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

fn man_pages(out: Option<&Path>) -> ExitCode {
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

fn build_meeting(
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
    let manifest_text = manifest.then(|| meeting_manifest(path, &files, out));
    if let Some(text) = &manifest_text {
        files.push((out.join("manifest.json"), text.as_bytes()));
    }
    if let Err(e) = crate::output::write_set_atomic(&files) {
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

/// Prints findings to stderr with their source lines; returns the errors.
fn print_diagnostics(diagnostics: &[crate::lint::Diagnostic]) -> usize {
    let mut sources: std::collections::BTreeMap<String, String> = Default::default();
    for d in diagnostics {
        let source = sources
            .entry(d.path.clone())
            .or_insert_with(|| std::fs::read_to_string(&d.path).unwrap_or_default());
        eprintln!("{}", report::human(d, source));
    }
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count()
}

fn meeting_manifest(meeting: &Path, files: &[(PathBuf, &[u8])], out: &Path) -> String {
    let entries: Vec<serde_json::Value> = files
        .iter()
        .map(|(path, bytes)| {
            let name = path.strip_prefix(out).unwrap_or(path);
            serde_json::json!({ "file": name.display().to_string(), "sha256": crate::build::sha256_hex(bytes) })
        })
        .collect();
    let source = std::fs::read(meeting).unwrap_or_default();
    let value = serde_json::json!({
        "meeting": meeting.display().to_string(),
        "meeting_sha256": crate::build::sha256_hex(&source),
        "files": entries,
        "tool": "beslut",
        "tool_version": env!("CARGO_PKG_VERSION"),
    });
    serde_json::to_string_pretty(&value).expect("manifest serialises") + "\n"
}

/// What `build --watch` reloads when it changes.
struct WatchSources {
    config: PathBuf,
    config_given: bool,
    templates: PathBuf,
}

/// How long a burst of changes (an editor saving through a temporary
/// file) may last before the rebuild starts.
const WATCH_DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(200);

/// Builds `paths`, then rebuilds whatever changes until Ctrl-C: a changed
/// case alone, everything when beslut.toml or a template changes.
fn watch_build(
    sources: &WatchSources,
    paths: &[PathBuf],
    options: BuildOptions,
    run: BatchRun,
) -> ExitCode {
    use notify_debouncer_mini::notify::RecursiveMode;
    let rebuild = |only: &[PathBuf]| {
        let config = match Config::load(&sources.config, sources.config_given) {
            Ok(config) => config,
            Err(e) => {
                eprintln!("fel: {e}");
                return;
            }
        };
        let templates = Templates::new(Some(&sources.templates));
        let run = BatchRun {
            manifest: run.manifest,
            quiet: true,
            verbose: run.verbose,
            shard: run.shard,
        };
        let _ = build(config, templates, only, options.clone(), run);
    };
    rebuild(paths);
    let (sender, events) = std::sync::mpsc::channel();
    let mut debouncer = match notify_debouncer_mini::new_debouncer(WATCH_DEBOUNCE, sender) {
        Ok(debouncer) => debouncer,
        Err(e) => {
            eprintln!("fel: kan inte bevaka filerna: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    let config_dir = sources
        .config
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_owned();
    let mut watched = Vec::new();
    for path in paths.iter().chain([&sources.templates]) {
        if path.exists()
            && debouncer
                .watcher()
                .watch(path, RecursiveMode::Recursive)
                .is_ok()
        {
            watched.push(path.display().to_string());
        }
    }
    let _ = debouncer
        .watcher()
        .watch(&config_dir, RecursiveMode::NonRecursive);
    eprintln!(
        "bevakar {} och {} (avsluta med Ctrl-C)",
        watched.join(", "),
        sources.config.display()
    );
    let key = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_owned());
    let out_dir = key(&options.out_dir);
    let config_file = key(&sources.config);
    let templates_dir = key(&sources.templates);
    while !crate::interrupt::requested() {
        let Ok(Ok(batch)) = events.recv_timeout(std::time::Duration::from_millis(200)) else {
            continue;
        };
        let changed: Vec<PathBuf> = batch
            .into_iter()
            .map(|event| event.path)
            .filter(|path| {
                let name = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default();
                !name.starts_with(".beslut-") && !key(path).starts_with(&out_dir)
            })
            .collect();
        let everything = changed
            .iter()
            .any(|p| key(p) == config_file || key(p).starts_with(&templates_dir));
        let cases: Vec<PathBuf> = if everything {
            paths.to_vec()
        } else {
            let mut cases: Vec<PathBuf> = changed
                .into_iter()
                .filter(|p| p.is_file() && crate::lint::input::is_case_file(p))
                .collect();
            cases.sort();
            cases.dedup();
            cases
        };
        if cases.is_empty() {
            continue;
        }
        let names: Vec<String> = cases.iter().map(|p| p.display().to_string()).collect();
        eprintln!("ändrat: {} – bygger om", names.join(", "));
        rebuild(&cases);
    }
    ExitCode::from(exit::OK)
}

/// How a build batch reports and what it splits off.
struct BatchRun {
    quiet: bool,
    verbose: bool,
    manifest: bool,
    shard: Option<crate::shard::Shard>,
}

fn build(
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
        crate::lint::input::is_case_file,
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
            crate::build::ManifestWriter::create(&options.out_dir, &name)
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
    if crate::interrupt::requested() {
        eprintln!(
            "avbrutet: {done} av {} ärenden behandlade ({} byggda, {} misslyckades); \
             inga halvskrivna filer, manifestet är inte uppdaterat",
            cases.len(),
            tally.built,
            tally.failed
        );
        return ExitCode::from(crate::interrupt::EXIT_INTERRUPTED);
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
struct BuildTally {
    built: usize,
    failed: usize,
    files: usize,
}

/// Prints one case's findings and what became of it.
fn report_outcome(outcome: &CaseOutcome, verbose: bool) {
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
fn with_meeting_cases(files: Vec<PathBuf>) -> Vec<PathBuf> {
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
fn meeting_cases(path: &Path) -> Vec<PathBuf> {
    if !crate::lint::input::is_case_file(path) {
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

fn lint(
    config: &Config,
    templates: &Templates,
    paths: &[PathBuf],
    format: LintFormat,
    fail_on: FailOn,
    shard: Option<crate::shard::Shard>,
) -> ExitCode {
    let (files, unreadable) = match find_inputs(
        paths,
        shard,
        crate::lint::input::is_lintable,
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
    let mut sarif_findings = Vec::new();
    let mut file_errors = Vec::new();
    let mut json = report::JsonStream::default();
    let threshold = fail_on.threshold();
    file_errors.extend(
        unreadable
            .into_iter()
            .map(|u| (u.path.display().to_string(), u.reason)),
    );
    let done = crate::batch::ordered_windows(
        &files,
        crate::batch::default_window(),
        |path| lint_file(path, config, templates),
        |result: Result<Linted, crate::lint::input::InputError>| match result {
            Ok(linted) => {
                for d in &linted.diagnostics {
                    counts[d.severity as usize] += 1;
                    *per_rule.entry(d.code).or_default() += 1;
                    failing |= threshold.is_some_and(|t| d.severity >= t);
                    match format {
                        LintFormat::Human => print_out(&report::human(d, &linted.source)),
                        LintFormat::Json => print_raw(&json.item(d)),
                        LintFormat::Sarif => {}
                    }
                }
                if format == LintFormat::Sarif {
                    sarif_findings.extend(linted.diagnostics);
                }
            }
            Err(e) => {
                eprintln!("{e}");
                file_errors.push((e.path.display().to_string(), e.message.clone()));
            }
        },
    );
    if crate::interrupt::requested() {
        eprintln!("avbrutet: {done} av {} filer granskade", files.len());
        return ExitCode::from(crate::interrupt::EXIT_INTERRUPTED);
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
    }
    if !file_errors.is_empty() {
        return ExitCode::from(exit::USAGE);
    }
    ExitCode::from(if failing { exit::FAILURES } else { exit::OK })
}

/// Lowest word fidelity `import --check` accepts.
const MIN_FIDELITY: f64 = 0.98;

fn import(
    config: Config,
    templates: Templates,
    papers: &[PathBuf],
    out: &Path,
    force: bool,
    check: bool,
    shard: Option<crate::shard::Shard>,
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
    let done = crate::batch::ordered_windows(
        &work,
        crate::batch::default_window(),
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
    if crate::interrupt::requested() {
        eprintln!("avbrutet: {done} av {} papper behandlade", papers.len());
        return ExitCode::from(crate::interrupt::EXIT_INTERRUPTED);
    }
    ExitCode::from(if failed { exit::FAILURES } else { exit::OK })
}

/// The case file each paper becomes; two papers that would become the same
/// case file are both refused, even with `--force`.
fn plan_import_targets(papers: &[PathBuf], out: &Path) -> Vec<Result<PathBuf, String>> {
    let stems: Vec<String> = papers
        .iter()
        .map(|p| crate::output::default_output_name(p))
        .collect();
    let mut owners: std::collections::HashMap<String, Vec<&Path>> = Default::default();
    for (paper, stem) in papers.iter().zip(&stems) {
        owners.entry(stem.to_lowercase()).or_default().push(paper);
    }
    papers
        .iter()
        .zip(&stems)
        .map(|(paper, stem)| {
            let target = out.join(format!("{stem}.yaml"));
            let sharing = &owners[&stem.to_lowercase()];
            if sharing.len() > 1 {
                let others: Vec<String> = sharing
                    .iter()
                    .filter(|p| **p != paper)
                    .map(|p| p.display().to_string())
                    .collect();
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
struct ImportReport {
    lines: Vec<ReportLine>,
    failed: bool,
}

enum ReportLine {
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

/// Imports one paper into `target`, lints it, and with `--check` rebuilds it
/// and measures its word fidelity.
fn import_one(
    paper: &Path,
    target: &Path,
    force: bool,
    config: &Config,
    builder: Option<&Builder>,
    report: &mut ImportReport,
) {
    use crate::import::{import_file, to_yaml};
    let mut imported = match import_file(paper) {
        Ok(imported) => imported,
        Err(e) => return report.fail(e.to_string()),
    };
    // Provenance: which file, exactly, the case was read from.
    if let Ok(bytes) = std::fs::read(paper) {
        imported.case.source = Some(crate::case::Source {
            paper: paper.display().to_string(),
            sha256: crate::build::sha256_hex(&bytes),
            fidelity: None,
        });
    }
    if target.exists() && !force {
        return report.fail(format!(
            "fel: {} finns redan; använd --force för att skriva över",
            target.display()
        ));
    }
    let mut yaml = to_yaml(&imported.case, paper, &imported.notes);
    // Never write a case file that `build` would refuse.
    if let Err(e) = crate::case::parse_case(target, yaml.clone(), config) {
        return report.fail(format!(
            "fel: {}: importen gav ett ärende som inte går att bygga; inget skrevs:\n{e}",
            paper.display()
        ));
    }
    // With --check the fidelity is measured before writing, so the case
    // records it beside its source (the figure does not depend on it).
    let measured = builder.map(|builder| fidelity(builder, &imported.original, target, &yaml));
    if let (Some(Ok(((pdf, _), (docx, _)))), Some(source)) =
        (&measured, imported.case.source.as_mut())
    {
        source.fidelity = Some(crate::case::Fidelity {
            pdf: *pdf,
            docx: *docx,
        });
        yaml = to_yaml(&imported.case, paper, &imported.notes);
    }
    if let Err(e) = crate::output::write_atomic(target, yaml.as_bytes()) {
        return report.fail(format!(
            "fel: kan inte skriva {}: {}",
            target.display(),
            swedish::io_error(&e)
        ));
    }
    report.err(format!(
        "importerade {} → {}",
        paper.display(),
        target.display()
    ));
    for note in &imported.notes {
        report.err(format!("  obs: {note}"));
    }
    for line in &imported.case.unplaced {
        report.err(format!("  ej placerad: {line}"));
    }
    let text_paper =
        crate::lint::input::paper_from_raw(paper.to_owned(), imported.raw.clone(), &config.lint);
    for d in crate::lint::lint_paper(&text_paper, &config.lint) {
        report.err(report::human(&d, &text_paper.source));
    }
    let Some(measured) = measured else {
        return;
    };
    match measured {
        Ok(((pdf, pdf_text), (docx, docx_text))) => {
            report.lines.push(ReportLine::Out(format!(
                "{}: ordtrohet PDF {:.1} %, DOCX {:.1} % (gräns {:.0} %)",
                paper.display(),
                pdf * 100.0,
                docx * 100.0,
                MIN_FIDELITY * 100.0
            )));
            for (format, score, text) in [("PDF", pdf, &pdf_text), ("DOCX", docx, &docx_text)] {
                if score < MIN_FIDELITY {
                    let missing = crate::import::missing_words(&imported.original, text, 12);
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
            report.failed |= pdf < MIN_FIDELITY || docx < MIN_FIDELITY;
        }
        Err(e) => report.fail(format!("fel: {}: kan inte byggas om: {e}", paper.display())),
    }
}

/// Rebuilds an imported case in memory; the share of the original's words
/// that come back in order, and the rebuilt text, for the PDF and the DOCX.
type Score = (f64, String);

fn fidelity(
    builder: &Builder,
    original: &str,
    case_path: &Path,
    yaml: &str,
) -> Result<(Score, Score), String> {
    use crate::import::{pdf_text, word_fidelity};
    let file = crate::case::parse_case(case_path, yaml.to_owned(), &builder.config)
        .map_err(|e| e.to_string())?;
    let rendered = builder
        .render(&file, Formats::default(), PdfProfile::Standard)
        .map_err(|e| e.to_string())?;
    let mut scores = ((0.0, String::new()), (0.0, String::new()));
    for (extension, bytes) in rendered {
        match extension {
            "pdf" => {
                let text = pdf_text(&bytes)?;
                scores.0 = (word_fidelity(original, &text), text);
            }
            _ => {
                let text = crate::lint::input::docx_text(&bytes)?;
                scores.1 = (word_fidelity(original, &text), text);
            }
        }
    }
    Ok(scores)
}

fn explain_rules(code: Option<&str>) -> ExitCode {
    match code {
        None => {
            for m in rules::all_meta() {
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
        Some(code) => match rules::find(code) {
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

fn progress_bar(len: u64, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(len);
    bar.set_style(progress_style(false));
    bar
}

/// Cases done before the bar shows a time left: the first cases warm the
/// caches, and an estimate from them said "23m" for a 6-second job.
const ETA_AFTER: u64 = 8;

fn progress_style(with_eta: bool) -> ProgressStyle {
    let template = if with_eta {
        "{bar:40} {pos}/{len} ärenden ({per_sec}, {eta} kvar)"
    } else {
        "{bar:40} {pos}/{len} ärenden"
    };
    ProgressStyle::with_template(template).expect("valid progress template")
}

/// Prints text to stdout as it is; a closed pipe is not an error.
fn print_raw(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// Prints a line to stdout; a closed pipe (`beslut schema | head`) is not an error.
fn print_out(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

/// The input files of a batch, and the entries that could not be read
/// (each reported here); no files at all is a usage error.
fn find_inputs(
    paths: &[PathBuf],
    shard: Option<crate::shard::Shard>,
    accept: impl Fn(&Path) -> bool,
    none_found: &str,
) -> Result<(Vec<PathBuf>, Vec<crate::discover::Unreadable>), ExitCode> {
    match crate::discover::discover_files(paths, accept) {
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

fn display_paths(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p: &PathBuf| Path::display(p).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
