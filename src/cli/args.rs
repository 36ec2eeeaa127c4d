//! The command line as clap types, with Swedish help: what each command
//! and option means.

use super::*;

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
pub(super) struct Cli {
    /// Projektets inställningar med standardvärden för alla ärenden (standard: beslut.toml).
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        default_value = "beslut.toml"
    )]
    pub(super) config: PathBuf,
    /// Mapp med mallar (`<namn>.v<N>.j2`) och layouter (`layout.v<N>.typ`) (standard: templates).
    /// Inbyggda mallar används för namn som inte finns där.
    #[arg(long, global = true, value_name = "DIR", default_value = "templates")]
    pub(super) templates: PathBuf,
    /// Färg i fynden: auto (i en terminal, om inte NO_COLOR är satt),
    /// always (alltid) eller never (aldrig).
    #[arg(long, global = true, value_enum, default_value = "auto")]
    pub(super) color: ColorChoice,
    #[command(subcommand)]
    pub(super) command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour: `NO_COLOR` (any value) turns auto off, as does
    /// output that is not a terminal.
    pub(super) fn enabled(self) -> bool {
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
pub(super) enum Command {
    /// Bygg ärendefiler till PDF och DOCX.
    ///
    /// Ärendena byggs parallellt; ett trasigt ärende rapporteras och hoppas över,
    /// de andra byggs ändå. Filerna skrivs atomärt: hela eller inte alls.
    Build {
        /// Ärendefiler eller mappar (söks igenom efter .yaml/.yml) (standard: cases).
        #[arg(default_value = "cases")]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        out: OutArg,
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
        #[command(flatten)]
        shard: ShardArg,
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
        #[command(flatten)]
        out: OutArg,
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
        /// Utdataformat: human (läsbar), json, sarif eller html (en fristående
        /// sida med texten och fynden bredvid) (standard: human).
        #[arg(long, value_enum, default_value = "human")]
        format: LintFormat,
        /// Lägsta allvarlighetsgrad som ger slutkod 1: error, warning, info eller never (standard: error).
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
        /// Skriv en granskad kopia av varje handling i MAPP: Word-filer med en
        /// kommentar per fel och varning, övriga som HTML-sida. Originalen rörs inte.
        #[arg(long, value_name = "MAPP")]
        annotate: Option<PathBuf>,
        /// Rätta det som är säkert direkt i ärendefiler och textfiler (.yaml,
        /// .txt, .md): felstavade lagnamn, fel kortnamn för ett SFS-nummer, ett
        /// partsnamn till stavningen i ärendet eller `known_parties`. Skriver
        /// ut varje rättelse; fynden som återstår rapporteras som vanligt.
        #[arg(long)]
        fix: bool,
        #[command(flatten)]
        shard: ShardArg,
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
        /// Mapp för ärendefilerna, skapas om den saknas (standard: import, utanför
        /// cases så att historiska utkast inte följer med i nästa `beslut build`).
        #[arg(short, long, value_name = "DIR", default_value = "import")]
        out: PathBuf,
        /// Skriv över befintliga ärendefiler.
        #[arg(long)]
        force: bool,
        /// Bygg också om varje handling i minnet och skriv ut hur stor del av
        /// originalets ord som kommer tillbaka i ordning, i PDF:en och DOCX:en
        /// (slutkod 1 under 98 %).
        #[arg(long)]
        check: bool,
        #[command(flatten)]
        shard: ShardArg,
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
        /// Skriv i stället ut allt granskningens läsare fann i texten (datum,
        /// perioder, belopp, antal, åldrar …): för att se varför en regel
        /// slog till eller inte. Formatet är till för felsökning och kan
        /// ändras mellan versioner.
        #[arg(long, conflicts_with = "text")]
        scan: bool,
    },
    /// Lista granskningsreglerna, eller visa en regels beskrivning.
    Rules {
        /// En regelkod (D103) eller ett regelnamn (duration-mismatch).
        #[arg(value_parser = Suggesting(rule_codes), hide_possible_values = true)]
        code: Option<String>,
    },
    /// Språkserver (LSP) på stdin/stdout för en editor: granskar ärendefiler
    /// (.yaml) och texthandlingar (.md, .txt) medan de skrivs, förklarar fynd,
    /// kompletterar nycklar och värden och erbjuder säkra rättelser.
    ///
    /// Startas av editorn, inte för hand; se docs/editors.md.
    Lsp,
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
        /// tjansteskrivelse eller avtalsforlangning (eller en egen mall).
        #[arg(value_parser = Suggesting(template_names), hide_possible_values = true)]
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
pub(super) enum ManifestAction {
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
pub(super) enum LintFormat {
    /// `sökväg:rad:kolumn: KOD [grad] meddelande` med källraden.
    Human,
    /// En JSON-lista med fynden.
    Json,
    /// SARIF 2.1.0, för kodgranskningsverktyg.
    Sarif,
    /// En fristående HTML-sida: varje handlings text med fynden markerade.
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum InspectFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum FailOn {
    Error,
    Warning,
    Info,
    /// Aldrig slutkod 1 på grund av fynd.
    Never,
}

impl FailOn {
    pub(super) fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum Format {
    Pdf,
    Docx,
}

/// The command line in Swedish: clap's own headings, usage words, help and
/// version flags are replaced, and defaults and possible values, which clap
/// would print in English, are left to each option's own text.
pub(super) fn command() -> clap::Command {
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

pub(super) fn swedish_command(command: clap::Command) -> clap::Command {
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
pub(super) fn swedish_value_name(arg: &clap::Arg) -> Option<&'static str> {
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
pub(super) fn parse(args: &[std::ffi::OsString]) -> Result<Cli, ExitCode> {
    use clap::FromArgMatches;
    use clap::error::ErrorKind;
    // The usage line's placeholders are clap's words; the rest is ours.
    let swedish = |text: String| {
        text.replace("[OPTIONS]", "[FLAGGOR]")
            .replace("<COMMAND>", "<KOMMANDO>")
    };
    let matches = command()
        .try_get_matches_from(args)
        .map_err(|e| match e.kind() {
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                print_raw(&swedish(e.to_string()));
                ExitCode::from(exit::OK)
            }
            ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                eprintln!("{}", swedish(e.to_string()));
                ExitCode::from(exit::USAGE)
            }
            _ => {
                let what = swedish_usage_error(&e).unwrap_or_else(|| {
                    let detail = e.to_string();
                    let first = detail
                        .lines()
                        .next()
                        .unwrap_or_default()
                        .trim_start_matches("error: ");
                    format!("kommandoraden går inte att använda ({first})")
                });
                eprintln!("fel: {what}\nSe `beslut --help`, eller `beslut KOMMANDO --help`.");
                ExitCode::from(exit::USAGE)
            }
        })?;
    Cli::from_arg_matches(&matches).map_err(|e| {
        eprintln!("fel: kommandoraden går inte att använda ({e})");
        ExitCode::from(exit::USAGE)
    })
}

/// The common command-line mistakes in Swedish, from what clap found
/// (the argument, the value, its suggestion), not from its English text.
fn swedish_usage_error(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) => Some(list.join("`, `")),
        _ => None,
    };
    let suggestion = context(ContextKind::SuggestedArg)
        .or_else(|| context(ContextKind::SuggestedSubcommand))
        .map(|s| format!(": menade du `{s}`?"))
        .unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::UnknownArgument => {
            format!(
                "okänt argument `{}`{suggestion}",
                context(ContextKind::InvalidArg)?
            )
        }
        ErrorKind::InvalidSubcommand => {
            format!(
                "okänt kommando `{}`{suggestion}",
                context(ContextKind::InvalidSubcommand)?
            )
        }
        ErrorKind::InvalidValue => {
            let valid = context(ContextKind::ValidValue)
                .map(|v| format!(" (möjliga: `{v}`)"))
                .unwrap_or_default();
            format!(
                "ogiltigt värde `{}` för `{}`{valid}",
                context(ContextKind::InvalidValue)?,
                context(ContextKind::InvalidArg)?
            )
        }
        ErrorKind::MissingRequiredArgument => {
            format!("`{}` måste anges", context(ContextKind::InvalidArg)?)
        }
        ErrorKind::ArgumentConflict => format!(
            "`{}` går inte att kombinera med `{}`",
            context(ContextKind::InvalidArg)?,
            context(ContextKind::PriorArg)?
        ),
        _ => return None,
    };
    Some(message)
}

/// `--shard I/N`, the same for every command that takes many inputs.
#[derive(Debug, clap::Args)]
pub(super) struct ShardArg {
    /// Ta bara andel I av N av indata (t.ex. `--shard 2/8`): en stabil
    /// uppdelning efter sökväg, för att köra en körning på flera datorer.
    #[arg(long, value_name = "I/N")]
    pub(super) shard: Option<crate::base::shard::Shard>,
}

/// `--out DIR` of the commands that write papers.
#[derive(Debug, clap::Args)]
pub(super) struct OutArg {
    /// Utmapp, skapas om den saknas (standard: output).
    #[arg(short, long, value_name = "DIR", default_value = "output")]
    pub(super) out: PathBuf,
}

/// A value parser that takes any text but tells shell completion what is
/// usually meant: the built-in templates for `beslut new`, the rule codes
/// and names for `beslut rules` (a project's own templates complete too
/// when they are typed; nothing is refused for not being listed).
#[derive(Clone, Copy)]
pub(super) struct Suggesting(fn() -> Vec<&'static str>);

impl clap::builder::TypedValueParser for Suggesting {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            (self.0)()
                .into_iter()
                .map(clap::builder::PossibleValue::new),
        ))
    }
}

/// The built-in templates' names, each once.
pub(super) fn template_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = crate::compose::template::builtin_files()
        .iter()
        .filter_map(|(file, _)| file.strip_suffix(".j2"))
        .filter_map(|file| file.rsplit_once(".v").map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Every rule's code and name.
pub(super) fn rule_codes() -> Vec<&'static str> {
    registry::all_meta()
        .flat_map(|m| [m.code, m.name])
        .collect()
}
