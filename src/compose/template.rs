//! Templates: minijinja files that phrase the standard sentences of a paper
//! from the case data, and the Typst layouts the PDF backend uses.
//!
//! A template is `templates/<name>.v<version>.j2`. It may define these blocks;
//! each one that is missing contributes nothing:
//! - `proposals`: one proposal per non-empty line (used when the case has none),
//! - `arende`, `bakgrund`: generated paragraphs placed before the case's own text,
//! - `ekonomi`: used when the case has no `sections.ekonomi`,
//! - `mbl`: the MBL sentence (used when the case has no `mbl.text`),
//! - `layout`: the Typst layout file it is printed with (default `layout.v1.typ`).
//!
//! Templates come from the project's `templates/` folder; the versions that ship with
//! `beslut` are built in, so the binary works anywhere.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use minijinja::{Environment, ErrorKind, UndefinedBehavior, Value};

use crate::base::swedish;
use crate::case::date::parse_iso_date;
use crate::case::{AgeRange, is_template_name};

/// Templates and layouts that ship inside the binary.
/// The built-in templates and layouts: (file name, source).
pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
    BUILTIN
}

const BUILTIN: &[(&str, &str)] = &[
    (
        "tjansteskrivelse.v1.j2",
        include_str!("../../templates/tjansteskrivelse.v1.j2"),
    ),
    (
        "avtalsforlangning.v1.j2",
        include_str!("../../templates/avtalsforlangning.v1.j2"),
    ),
    (
        "avtalsforlangning.v2.j2",
        include_str!("../../templates/avtalsforlangning.v2.j2"),
    ),
    (
        "tjansteskrivelse.v2.j2",
        include_str!("../../templates/tjansteskrivelse.v2.j2"),
    ),
    (
        "avtalsforlangning.v3.j2",
        include_str!("../../templates/avtalsforlangning.v3.j2"),
    ),
    (
        "layout.v1.typ",
        include_str!("../../templates/layout.v1.typ"),
    ),
    (
        "layout.v2.typ",
        include_str!("../../templates/layout.v2.typ"),
    ),
];

/// A template could not be found or rendered.
#[derive(Debug, Clone, thiserror::Error)]
pub enum TemplateError {
    #[error("mallen `{name}` finns inte{}", available_hint(.available))]
    Missing {
        name: String,
        available: Vec<String>,
    },
    #[error("mallen `{name}` finns inte i version {version}; tillgängliga versioner: {}", join_versions(.versions))]
    MissingVersion {
        name: String,
        version: u32,
        versions: Vec<u32>,
    },
    #[error("fel i mallen {file}: {message}")]
    Render { file: String, message: String },
    #[error("fel i texten i fältet `{field}`: {message}")]
    Field { field: String, message: String },
    #[error("kan inte läsa mallfilen {file}: {message}")]
    Io { file: String, message: String },
    #[error(
        "skrivelsen blir för lång: {parts} rubriker, stycken och listpunkter (gräns {limit}); \
         dela upp ärendet eller lägg långa underlag som bilagor"
    )]
    TooLong { parts: usize, limit: usize },
}

fn available_hint(available: &[String]) -> String {
    if available.is_empty() {
        String::new()
    } else {
        format!("; tillgängliga mallar: {}", available.join(", "))
    }
}

fn join_versions(versions: &[u32]) -> String {
    versions
        .iter()
        .map(|v| format!("v{v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A resolved template: name and version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateRef {
    pub name: String,
    pub version: u32,
}

impl TemplateRef {
    pub fn file(&self) -> String {
        Self::file_name(&self.name, self.version)
    }

    /// `name.vN.j2`.
    pub fn file_name(name: &str, version: u32) -> String {
        format!("{name}.v{version}.j2")
    }
}

/// What a template generated for one case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Generated {
    pub proposals: Vec<String>,
    pub arende: String,
    pub bakgrund: String,
    pub ekonomi: String,
    pub mbl: String,
    /// The Typst layout file, e.g. `layout.v1.typ`.
    pub layout: String,
}

/// The template store and a configured minijinja environment, built once per
/// batch and shared by all threads.
pub struct Templates {
    root: Option<PathBuf>,
    /// name → available versions, ascending.
    versions: BTreeMap<String, Vec<u32>>,
    env: Environment<'static>,
}

impl Templates {
    /// Templates from `root` (when given and present), then the built-in ones.
    pub fn new(root: Option<&Path>) -> Self {
        let root = root.filter(|r| r.is_dir()).map(Path::to_path_buf);
        let mut versions: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        let disk_names = root.iter().flat_map(|r| list_dir(r));
        for file in BUILTIN.iter().map(|(n, _)| n.to_string()).chain(disk_names) {
            if let Some((name, version)) = parse_template_file(&file) {
                versions.entry(name).or_default().push(version);
            }
        }
        for list in versions.values_mut() {
            list.sort_unstable();
            list.dedup();
        }
        let env = environment(root.clone());
        Self {
            root,
            versions,
            env,
        }
    }

    /// Every template name with its versions, ascending.
    pub fn list(&self) -> impl Iterator<Item = (&str, &[u32])> {
        self.versions
            .iter()
            .map(|(name, versions)| (name.as_str(), versions.as_slice()))
    }

    /// The template root on disk, if any.
    pub fn root(&self) -> Option<&Path> {
        self.root.as_deref()
    }

    /// Picks the version a case asked for, or the newest.
    pub fn resolve(&self, name: &str, version: Option<u32>) -> Result<TemplateRef, TemplateError> {
        let Some(versions) = self.versions.get(name) else {
            return Err(TemplateError::Missing {
                name: name.to_owned(),
                available: self.versions.keys().cloned().collect(),
            });
        };
        let version = match version {
            Some(v) if versions.contains(&v) => v,
            Some(v) => {
                return Err(TemplateError::MissingVersion {
                    name: name.to_owned(),
                    version: v,
                    versions: versions.clone(),
                });
            }
            None => *versions.last().expect("a listed template has a version"),
        };
        Ok(TemplateRef {
            name: name.to_owned(),
            version,
        })
    }

    /// Reads a file from the template root, falling back to the built-ins.
    pub fn source(&self, file: &str) -> Result<String, TemplateError> {
        load_source(self.root.as_deref(), file)
            .map_err(|message| TemplateError::Io {
                file: file.to_owned(),
                message,
            })?
            .ok_or_else(|| TemplateError::Io {
                file: file.to_owned(),
                message: "filen finns inte".into(),
            })
    }

    /// Renders the blocks of `template` with `context`.
    pub fn generate(
        &self,
        template: &TemplateRef,
        context: &Value,
    ) -> Result<Generated, TemplateError> {
        let file = template.file();
        let render_error = |e: minijinja::Error| TemplateError::Render {
            file: file.clone(),
            message: describe(&e),
        };
        let compiled = self.env.get_template(&file).map_err(render_error)?;
        let mut captured = compiled
            .render_captured(context.clone())
            .map_err(render_error)?;
        let mut block = |name: &str| {
            captured.with_state_mut(|state| match state.render_block(name) {
                Ok(text) => Ok(text.trim().to_owned()),
                Err(e) if e.kind() == ErrorKind::UnknownBlock => Ok(String::new()),
                Err(e) => Err(e),
            })
        };
        let proposals = block("proposals").map_err(render_error)?;
        let generated = Generated {
            proposals: proposals
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            arende: block("arende").map_err(render_error)?,
            bakgrund: block("bakgrund").map_err(render_error)?,
            ekonomi: block("ekonomi").map_err(render_error)?,
            mbl: block("mbl").map_err(render_error)?,
            layout: match block("layout").map_err(render_error)? {
                layout if layout.is_empty() => "layout.v1.typ".to_owned(),
                layout => layout,
            },
        };
        Ok(generated)
    }

    /// Renders a case's own text, which may use template expressions such as
    /// `{{ contract.supplier }}`. Text without `{{`/`{%` is returned as is.
    pub fn render_field(
        &self,
        field: &str,
        text: &str,
        context: &Value,
    ) -> Result<String, TemplateError> {
        if !text.contains("{{") && !text.contains("{%") {
            return Ok(text.to_owned());
        }
        self.env
            .render_named_str(field, text, context.clone())
            .map_err(|e| TemplateError::Field {
                field: field.to_owned(),
                message: describe(&e),
            })
    }
}

/// A template error in Swedish where we know the kind; minijinja's own text
/// (English) is kept after it as the detail.
fn describe(error: &minijinja::Error) -> String {
    let swedish = match error.kind() {
        ErrorKind::OutOfFuel => {
            Some("texten tar för mycket arbete att fylla i (en slinga som aldrig tar slut?)")
        }
        ErrorKind::SyntaxError => Some("ogiltig mallsyntax i texten"),
        ErrorKind::UndefinedError => Some("texten använder ett värde som inte finns"),
        ErrorKind::UnknownFunction => Some("texten anropar en funktion som inte finns"),
        ErrorKind::UnknownFilter => Some("texten använder ett filter som inte finns"),
        _ => None,
    };
    let detail = error
        .detail()
        .map_or_else(|| error.kind().to_string(), str::to_owned);
    let mut text = match swedish {
        Some(swedish) => format!("{swedish} ({detail})"),
        None => error.to_string(),
    };
    if let Some(line) = error.line() {
        text = format!("{text} (rad {line})");
    }
    text
}

fn list_dir(root: &Path) -> Vec<String> {
    std::fs::read_dir(root)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// `avtalsforlangning.v2.j2` → ("avtalsforlangning", 2).
fn parse_template_file(file: &str) -> Option<(String, u32)> {
    let stem = file.strip_suffix(".j2")?;
    let (name, version) = stem.rsplit_once(".v")?;
    let version = version.parse().ok()?;
    is_template_name(name).then(|| (name.to_owned(), version))
}

/// A file name the template root may serve: one path segment, no dot-files.
fn is_safe_file_name(file: &str) -> bool {
    !file.is_empty()
        && !file.starts_with('.')
        && file
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
}

/// Largest template file read; a real one is a few KiB.
const MAX_TEMPLATE_BYTES: u64 = 1 << 20;

fn load_source(root: Option<&Path>, file: &str) -> Result<Option<String>, String> {
    if !is_safe_file_name(file) {
        return Ok(None);
    }
    if let Some(root) = root {
        let path = root.join(file);
        if std::fs::symlink_metadata(&path).is_ok() {
            let bytes = crate::base::read::read_bounded(&path, MAX_TEMPLATE_BYTES)?;
            return crate::base::read::utf8(bytes).map(Some);
        }
    }
    Ok(BUILTIN
        .iter()
        .find(|(name, _)| *name == file)
        .map(|(_, text)| (*text).to_owned()))
}

/// Instructions one template render may run: the built-in templates need
/// a few thousand.
pub const TEMPLATE_FUEL: u64 = 200_000;

fn environment(root: Option<PathBuf>) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    // Case text may hold template expressions: bounded work per render, so a
    // loop in a case field is an error for that case, not a hung batch.
    env.set_fuel(Some(TEMPLATE_FUEL));
    env.set_loader(move |name| {
        load_source(root.as_deref(), name)
            .map_err(|message| minijinja::Error::new(ErrorKind::InvalidOperation, message))
    });
    env.add_filter("long_date", |value: String| {
        date_filter(&value, swedish::long_date)
    });
    env.add_filter("iso_date", |value: String| {
        date_filter(&value, swedish::iso_date)
    });
    env.add_filter("words", |n: u32| swedish::number_word(n));
    env.add_filter("age_range", |value: String| {
        value
            .parse::<AgeRange>()
            .map(crate::case::age_range)
            .map_err(|e| minijinja::Error::new(ErrorKind::InvalidOperation, e))
    });
    env
}

fn date_filter(
    value: &str,
    format: fn(chrono::NaiveDate) -> String,
) -> Result<String, minijinja::Error> {
    parse_iso_date(value)
        .map(format)
        .map_err(|e| minijinja::Error::new(ErrorKind::InvalidOperation, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_versioned_file_names() {
        assert_eq!(
            parse_template_file("avtalsforlangning.v12.j2"),
            Some(("avtalsforlangning".into(), 12))
        );
        assert_eq!(parse_template_file("layout.v1.typ"), None);
        assert_eq!(parse_template_file("../x.v1.j2"), None);
    }

    #[test]
    fn refuses_paths_outside_the_root() {
        for name in ["../etc/passwd", "/etc/passwd", ".hidden", "a/b.j2", ""] {
            assert_eq!(
                load_source(Some(Path::new("templates")), name),
                Ok(None),
                "{name}"
            );
        }
    }

    #[test]
    fn builtin_templates_resolve_to_newest_version() {
        let templates = Templates::new(None);
        assert_eq!(
            templates
                .resolve("avtalsforlangning", None)
                .unwrap()
                .version,
            3
        );
        assert!(matches!(
            templates.resolve("finns-inte", None),
            Err(TemplateError::Missing { .. })
        ));
        assert!(matches!(
            templates.resolve("avtalsforlangning", Some(99)),
            Err(TemplateError::MissingVersion { .. })
        ));
    }

    #[test]
    fn swedish_filters() {
        let templates = Templates::new(None);
        let ctx = minijinja::context! { d => "2024-01-01", a => "4-20", n => 2 };
        let out = templates
            .render_field(
                "f",
                "{{ d | long_date }} {{ a | age_range }} {{ n | words }}",
                &ctx,
            )
            .unwrap();
        assert_eq!(out, "1 januari 2024 4–20 år två");
    }
}
