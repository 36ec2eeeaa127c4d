//! Reading a case file: YAML → typed [`Case`], with errors a user can act on.

use std::path::{Path, PathBuf};

use serde_saphyr::Error as YamlError;

use super::error::CaseError;
use super::model::{Case, Contract, MblKind, Sender};
use super::source_map::{Position, SourceMap};
use crate::base::read::{read_bounded, utf8};

/// A parsed case with the source it came from.
#[derive(Debug, Clone)]
pub struct CaseFile {
    pub path: PathBuf,
    pub source: String,
    pub case: Case,
    pub source_map: SourceMap,
}

/// Largest case file accepted; a decision paper is a few kilobytes.
pub const MAX_CASE_BYTES: u64 = 4 * 1024 * 1024;

/// Reads, parses and validates the case file at `path`, filling letterhead
/// defaults from `defaults` (the project's `[sender]`).
pub fn load_case(path: &Path, defaults: &Sender) -> Result<CaseFile, CaseError> {
    let source = read_source(path)?;
    parse_case(path, source, defaults)
}

/// Parses and validates case YAML that was read from `path`.
pub fn parse_case(path: &Path, source: String, defaults: &Sender) -> Result<CaseFile, CaseError> {
    let mut case: Case = match serde_saphyr::from_str(&source) {
        Ok(case) => case,
        Err(e) => {
            let first = yaml_error(path, &source, &e);
            return Err(first.with_others(further_errors(path, &source, &e)));
        }
    };
    case.sender = std::mem::take(&mut case.sender).or(defaults);
    let source_map = SourceMap::new(&source);
    let mut problems = validate(&case).into_iter().map(|(field, message, help)| {
        CaseError::new(path, message)
            .at(&source, source_map.position(field))
            .with_help(help)
    });
    if let Some(first) = problems.next() {
        return Err(first.with_others(problems.collect()));
    }
    Ok(CaseFile {
        path: path.to_owned(),
        source,
        case,
        source_map,
    })
}

pub(crate) fn read_source(path: &Path) -> Result<String, CaseError> {
    let bytes = read_bounded(path, MAX_CASE_BYTES).map_err(|e| CaseError::new(path, e))?;
    utf8(bytes).map_err(|e| CaseError::new(path, e).with_help("spara filen som UTF-8 i din editor"))
}

/// Most errors reported for one case file: past this many, the file is
/// likely not a case file at all.
const MAX_ERRORS: usize = 20;

/// The errors after the first that the YAML parser stops at: each place
/// that failed is blanked (its line and the lines under it, so that line
/// numbers stay), and the file parsed again. An error the blanking itself
/// causes (a required key now missing) ends the search unreported; so does
/// a syntax error, after which nothing further is reliable.
fn further_errors(path: &Path, source: &str, first: &YamlError) -> Vec<CaseError> {
    let mut lines: Vec<String> = source.split('\n').map(str::to_owned).collect();
    let mut blanked: Vec<String> = Vec::new();
    let mut found = Vec::new();
    let place = |e: &YamlError| e.location().map(|l| l.line() as usize);
    let mut at = place(first).filter(|_| continuable(first));
    while let Some(line) = at
        && found.len() < MAX_ERRORS
        && blank_entry(&mut lines, line, &mut blanked)
    {
        let Err(next) = serde_saphyr::from_str::<Case>(&lines.join("\n")) else {
            break;
        };
        if caused_by_blanking(&next, &blanked) {
            break;
        }
        found.push(yaml_error(path, source, &next));
        at = place(&next).filter(|_| continuable(&next));
    }
    found
}

/// A type or value error the parse can go on after.
fn continuable(error: &YamlError) -> bool {
    matches!(
        error.without_snippet(),
        YamlError::SerdeUnknownField { .. }
            | YamlError::SerdeUnknownVariant { .. }
            | YamlError::SerdeInvalidType { .. }
            | YamlError::SerdeInvalidValue { .. }
            | YamlError::NullIntoString { .. }
            | YamlError::Message { .. }
    )
}

/// A required key missing because we blanked it.
fn caused_by_blanking(error: &YamlError, blanked: &[String]) -> bool {
    match error.without_snippet() {
        YamlError::SerdeMissingField { field, .. } => blanked.iter().any(|b| b == field),
        _ => false,
    }
}

/// Blanks the entry at 1-based `line` and the lines indented under it;
/// records its key. False when there is nothing left to blank there.
fn blank_entry(lines: &mut [String], line: usize, blanked: &mut Vec<String>) -> bool {
    let Some(index) = line.checked_sub(1).filter(|&i| i < lines.len()) else {
        return false;
    };
    let entry = lines[index].clone();
    if entry.trim().is_empty() {
        return false;
    }
    let indent = entry.len() - entry.trim_start().len();
    let key = entry
        .trim()
        .trim_start_matches("- ")
        .split(':')
        .next()
        .unwrap_or("");
    blanked.push(key.trim().to_owned());
    lines[index].clear();
    for below in lines[index + 1..].iter_mut() {
        let below_indent = below.len() - below.trim_start().len();
        if !below.trim().is_empty() && below_indent <= indent {
            break;
        }
        below.clear();
    }
    true
}

/// Checks that serde cannot express: (field path, message, help), all of
/// them.
fn validate(case: &Case) -> Vec<(&'static str, String, String)> {
    let mut problems = Vec::new();
    if !is_template_name(&case.template) {
        problems.push((
            "template",
            format!("ogiltigt mallnamn `{}`", case.template),
            "ett mallnamn består av små bokstäver a–z, siffror, `-` och `_`, t.ex. `avtalsforlangning`".into(),
        ));
    }
    if let Some(contract) = &case.contract {
        problems.extend(check_contract_numbers(contract).err());
    }
    if case.mbl.kind == MblKind::EjAngivet && !case.verbatim {
        problems.push((
            "mbl",
            "`kind: ej_angivet` är bara för importerade handlingar som inte nämner MBL".into(),
            "ange `kind: information`, `forhandling` eller `ej_aktuellt`; `ej_angivet` kräver `verbatim: true`".into(),
        ));
    }
    let needs_date = matches!(case.mbl.kind, MblKind::Information | MblKind::Forhandling);
    if needs_date && case.mbl.date.is_none() && case.mbl.text.is_none() {
        problems.push((
            "mbl",
            "MBL-information eller förhandling saknar datum".into(),
            "ange `date: ÅÅÅÅ-MM-DD`, eller `kind: ej_aktuellt` om MBL inte är tillämplig".into(),
        ));
    }
    problems
}

/// Longest contract term, extension or number of extensions a case may
/// state: well beyond any real contract, and small enough that the latest
/// possible end date is always a real date.
const MAX_CONTRACT_YEARS: u32 = 100;

fn check_contract_numbers(contract: &Contract) -> Result<(), (&'static str, String, String)> {
    let numbers = [
        ("contract.term_years", Some(contract.term_years)),
        ("contract.extension_years", contract.extension_years),
        ("contract.max_extensions", contract.max_extensions),
    ];
    for (field, value) in numbers {
        if let Some(value) = value.filter(|v| *v > MAX_CONTRACT_YEARS) {
            return Err((
                field,
                format!("`{value}` är orimligt stort (högst {MAX_CONTRACT_YEARS})"),
                "ange antal år eller förlängningar som ett litet heltal, t.ex. `2`".into(),
            ));
        }
    }
    let extensions = contract.max_extensions.unwrap_or(0) * contract.extension_years.unwrap_or(0);
    if contract.term_years + extensions > MAX_CONTRACT_YEARS {
        return Err((
            "contract.max_extensions",
            format!(
                "avtalstid och förlängningar blir {} år (högst {MAX_CONTRACT_YEARS})",
                contract.term_years + extensions
            ),
            "kontrollera `term_years`, `max_extensions` och `extension_years`".into(),
        ));
    }
    Ok(())
}

/// Template names become file names: keep them to a safe alphabet.
pub fn is_template_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

pub(crate) fn yaml_error(path: &Path, source: &str, error: &YamlError) -> CaseError {
    let (message, help) = describe(error);
    let mut case_error = CaseError::new(path, message);
    if let Some(location) = error.location() {
        let position = Position {
            line: location.line() as usize,
            column: location.column() as usize,
        };
        case_error = case_error.at(source, position);
    }
    match help {
        Some(help) => case_error.with_help(help),
        None => case_error,
    }
}

/// A Swedish message and an optional hint for a YAML/serde error.
fn describe(error: &YamlError) -> (String, Option<String>) {
    match error.without_snippet() {
        YamlError::SerdeUnknownField {
            field, expected, ..
        } => (
            format!("okänd nyckel `{field}`"),
            Some(suggest(field, expected)),
        ),
        YamlError::SerdeUnknownVariant {
            variant, expected, ..
        } => (
            format!("okänt värde `{variant}`"),
            Some(suggest(variant, expected)),
        ),
        YamlError::SerdeMissingField { field, .. } => (
            format!("nyckeln `{field}` saknas"),
            Some(format!(
                "lägg till `{field}:` här; se docs/case-file.md för vad fältet betyder"
            )),
        ),
        YamlError::SerdeInvalidType {
            unexpected,
            expected,
            ..
        } => (
            format!(
                "fel typ: väntade {}, fick {}",
                swedish_kind(expected),
                swedish_kind(unexpected)
            ),
            None,
        ),
        YamlError::Unexpected { expected, .. } => (
            format!("fel typ: väntade {}", swedish_kind(expected)),
            Some(if expected.contains("sequence") {
                "en lista skrivs `[a, b]` eller med en rad `- a` per punkt".into()
            } else if expected.contains("scalar") {
                "skriv ett enda värde på raden, t.ex. `dnr: SON 2026-118`; en text som börjar med `[` eller `{` skrivs inom citattecken".into()
            } else {
                "se docs/case-file.md för fältets form".into()
            }),
        ),
        YamlError::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => (
            format!(
                "ogiltigt värde: väntade {}, fick {}",
                swedish_kind(expected),
                swedish_kind(unexpected)
            ),
            None,
        ),
        YamlError::DuplicateMappingKey { key, .. } => (
            match key {
                Some(key) => format!("nyckeln `{key}` förekommer två gånger"),
                None => "en nyckel förekommer två gånger".into(),
            },
            Some("ta bort den ena; bara ett värde per nyckel".into()),
        ),
        YamlError::NullIntoString { .. } => (
            "värdet saknas (`~` eller tomt) där text behövs".into(),
            Some("skriv texten, eller ta bort nyckeln om den inte behövs".into()),
        ),
        YamlError::Budget { breach, .. } => (budget_breach(breach), None),
        YamlError::Message { msg, .. } => (msg.clone(), None),
        other => (without_internals(&first_line(&other.to_string())), None),
    }
}

/// The YAML parser's safety limits, in Swedish, each naming its limit.
fn budget_breach(breach: &serde_saphyr::budget::BudgetBreach) -> String {
    use serde_saphyr::budget::BudgetBreach as B;
    let defaults = serde_saphyr::Budget::default();
    match breach {
        B::Nodes { .. } => format!(
            "filen har för många värden (gräns {} listpunkter, tabeller och texter)",
            defaults.max_nodes
        ),
        B::Events { .. } => format!(
            "filen har för många delar (gräns {} YAML-händelser)",
            defaults.max_events
        ),
        B::Depth { .. } => format!(
            "filen är för djupt nästlad (gräns {} nivåer)",
            defaults.max_depth
        ),
        B::Aliases { .. } | B::AliasAnchorRatio { .. } => format!(
            "filen har för många hänvisningar (`*namn`; gräns {})",
            defaults.max_aliases
        ),
        B::Anchors { .. } => format!(
            "filen har för många ankare (`&namn`; gräns {})",
            defaults.max_anchors
        ),
        B::Documents { .. } => format!(
            "filen har för många YAML-dokument (`---`; gräns {})",
            defaults.max_documents
        ),
        B::ScalarBytes { .. } => format!(
            "filen har för mycket text (gräns {} byte)",
            defaults.max_total_scalar_bytes
        ),
        B::MergeKeys { .. } => format!(
            "filen har för många `<<` (gräns {})",
            defaults.max_merge_keys
        ),
        _ => "filen är för stor eller för komplicerad för att läsas som ärende".into(),
    }
}

/// serde-saphyr's structural expectations, in Swedish.
/// The parser's name for a kind of value, in Swedish ("a string", "string
/// scalar", "integer `5`" …); an unknown one as it is.
fn swedish_kind(kind: &str) -> String {
    let (head, value) = match kind.split_once(' ') {
        Some((head, rest)) if rest.starts_with('`') => (head, Some(rest)),
        _ => (kind, None),
    };
    let word = match head {
        "sequence start" | "sequence" | "a sequence" => "en lista",
        "mapping start" | "map" | "a map" | "mapping" => "en tabell med nycklar (`nyckel: värde`)",
        "string scalar" | "scalar" | "a string" | "string" => "en text",
        "integer" | "an integer" | "u32" | "u64" | "i64" | "usize" => "ett heltal",
        "floating" | "a float" | "f64" => "ett tal",
        "boolean" | "a boolean" => "sant eller falskt (`true`/`false`)",
        "unit value" | "null" => "ett tomt värde",
        "a date" => "ett datum (ÅÅÅÅ-MM-DD)",
        _ => return kind.into(),
    };
    match value {
        Some(value) => format!("{word} {value}"),
        None => word.into(),
    }
}

/// A parser message without its position (we print our own) and without
/// advice meant for programmers ("use Option<…>", "set … in Options").
fn without_internals(message: &str) -> String {
    let mut text = message;
    for cut in ["; use ", ", set ", " at line "] {
        if let Some(i) = text.find(cut) {
            text = &text[..i];
        }
    }
    text.to_owned()
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or(text).to_owned()
}

/// "menade du `title`?" plus the valid choices.
pub(crate) fn suggest(given: &str, expected: &[&str]) -> String {
    let nearest = expected
        .iter()
        .map(|candidate| (strsim::jaro_winkler(given, candidate), *candidate))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let choices = expected
        .iter()
        .map(|e| format!("`{e}`"))
        .collect::<Vec<_>>()
        .join(", ");
    match nearest {
        Some((_, best)) => format!("menade du `{best}`? giltiga här: {choices}"),
        None => format!("giltiga här: {choices}"),
    }
}
