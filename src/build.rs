//! The batch: find case files, build each into PDF and DOCX in parallel,
//! write atomically, and report per case. One failing case never stops the
//! others.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::case::{CaseError, CaseFile, Config, load_case};
use crate::compose::{Composed, compose};
use crate::docx::{self, DocxError};
use crate::lint::run::check_composed;
use crate::lint::{Diagnostic, Severity};
use crate::output::{check_output_name, default_output_name, output_path, write_atomic};
use crate::pdf::{PdfEngine, PdfError, PdfProfile};
use crate::template::{TemplateError, Templates};

/// Which files to write for each case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Formats {
    pub pdf: bool,
    pub docx: bool,
}

impl Default for Formats {
    fn default() -> Self {
        Self {
            pdf: true,
            docx: true,
        }
    }
}

/// Options for one batch.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub out_dir: PathBuf,
    pub formats: Formats,
    pub profile: PdfProfile,
    /// Build cases even when the lint finds errors in them.
    pub allow_lint_errors: bool,
}

/// Why one case was not built.
#[derive(Debug, Clone, thiserror::Error)]
pub enum BuildError {
    #[error("{0}")]
    Case(#[from] CaseError),
    #[error("{path}: fel: {source}")]
    Template {
        path: PathBuf,
        source: TemplateError,
    },
    #[error("{path}: fel: {source}")]
    Pdf { path: PathBuf, source: PdfError },
    #[error("{path}: fel: {source}")]
    Docx { path: PathBuf, source: DocxError },
    #[error("{path}: fel: kan inte skriva {output}: {message}")]
    Write {
        path: PathBuf,
        output: PathBuf,
        message: String,
    },
    #[error(
        "{path}: fel: byggs inte: lint hittade {errors} fel (rätta dem, eller bygg med --allow-lint-errors)"
    )]
    Lint { path: PathBuf, errors: usize },
}

/// Rendered files in memory: (extension, bytes).
pub type Rendered = Vec<(&'static str, Vec<u8>)>;

/// A file written for a case, with its SHA-256.
#[derive(Debug, Clone, serde::Serialize)]
pub struct BuiltFile {
    pub path: PathBuf,
    pub sha256: String,
}

/// What building one case produced, for the manifest.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Built {
    pub files: Vec<BuiltFile>,
    pub case_sha256: String,
    pub template: String,
    pub template_version: u32,
    pub layout: String,
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The manifest of a batch: for each built case, its files with SHA-256,
/// the case's SHA-256, the template version and the tool version, so an
/// archive can verify later that a file is the one built from that case.
/// Sorted by case path and free of timestamps, so it is reproducible too.
pub fn manifest(outcomes: &[CaseOutcome], out_dir: &Path) -> String {
    let mut entries: Vec<serde_json::Value> = outcomes
        .iter()
        .filter_map(|o| {
            let built = o.result.as_ref().ok()?;
            let files: Vec<serde_json::Value> = built
                .files
                .iter()
                .map(|f| {
                    let name = f.path.strip_prefix(out_dir).unwrap_or(&f.path);
                    serde_json::json!({ "file": name.display().to_string(), "sha256": f.sha256 })
                })
                .collect();
            Some(serde_json::json!({
                "case": o.case_path.display().to_string(),
                "case_sha256": built.case_sha256,
                "template": built.template,
                "template_version": built.template_version,
                "layout": built.layout,
                "files": files,
            }))
        })
        .collect();
    entries.sort_by(|a, b| a["case"].as_str().cmp(&b["case"].as_str()));
    let manifest = serde_json::json!({
        "tool": "beslut",
        "tool_version": env!("CARGO_PKG_VERSION"),
        "cases": entries,
    });
    serde_json::to_string_pretty(&manifest).expect("manifest serialises") + "\n"
}

/// The result of building one case.
#[derive(Debug)]
pub struct CaseOutcome {
    pub case_path: PathBuf,
    pub result: Result<Built, BuildError>,
    /// The lint's findings and the source they point into.
    pub lint: Option<(String, Vec<Diagnostic>)>,
}

/// Typst's layout recurses deeply: a long paper overflows the 2 MiB stack
/// that threads get by default. Every thread that may render runs with this.
pub const RENDER_STACK_BYTES: usize = 64 << 20;

/// Gives rayon's global pool (which Typst also uses for its own parallel
/// work) large stacks. Call once at start-up, before any parallel work;
/// later calls do nothing.
pub fn configure_threads() {
    let _ = rayon::ThreadPoolBuilder::new()
        .stack_size(RENDER_STACK_BYTES)
        .build_global();
}

/// Loaded once per batch and shared by every case: configuration, templates,
/// fonts and the Typst library.
pub struct Builder {
    pub config: Config,
    pub templates: Templates,
    pub engine: PdfEngine,
    /// Papers rendered so far, to trim Typst's memo cache now and then.
    rendered: std::sync::atomic::AtomicUsize,
}

/// Trim Typst's memo cache after this many papers: a batch of different
/// papers gains little from old entries, and memory stays bounded.
const EVICT_EVERY: usize = 200;

impl Builder {
    pub fn new(config: Config, templates: Templates) -> Self {
        Self {
            config,
            templates,
            engine: PdfEngine::new(),
            rendered: Default::default(),
        }
    }

    /// Builds every case; `progress` is called once per finished case.
    pub fn build_all(
        &self,
        cases: &[PathBuf],
        options: &BuildOptions,
        progress: &(dyn Fn(&CaseOutcome) + Sync),
    ) -> Vec<CaseOutcome> {
        let loaded: Vec<(PathBuf, Result<CaseFile, BuildError>)> = cases
            .par_iter()
            .map(|path| {
                (
                    path.clone(),
                    load_case(path, &self.config).map_err(BuildError::from),
                )
            })
            .collect();
        let names = assign_output_names(&loaded);
        let outcomes: Vec<CaseOutcome> = loaded
            .into_par_iter()
            .zip(names)
            .map(|((case_path, file), name)| {
                let mut lint = None;
                let result = file.and_then(|file| {
                    let composed = self.compose(&file)?;
                    let diagnostics = check_composed(&file, Some(&composed), &self.config);
                    let errors = diagnostics
                        .iter()
                        .filter(|d| d.severity == Severity::Error)
                        .count();
                    lint = Some((file.source.clone(), diagnostics));
                    if errors > 0 && !options.allow_lint_errors {
                        return Err(BuildError::Lint {
                            path: file.path.clone(),
                            errors,
                        });
                    }
                    let name = name.map_err(BuildError::Case)?;
                    self.build_composed(&file, composed, &name, options)
                });
                let outcome = CaseOutcome {
                    case_path,
                    result,
                    lint,
                };
                progress(&outcome);
                outcome
            })
            .collect();
        outcomes
    }

    /// Renders a composed case in memory, then writes its files.
    fn build_composed(
        &self,
        file: &CaseFile,
        composed: Composed,
        name: &str,
        options: &BuildOptions,
    ) -> Result<Built, BuildError> {
        let rendered = self.render_document(file, &composed, options.formats, options.profile)?;
        let mut written = Vec::new();
        let mut digests = Vec::new();
        for (extension, bytes) in rendered {
            let target = output_path(&options.out_dir, name, extension);
            if let Err(e) = write_atomic(&target, &bytes) {
                // A case is built whole or not at all.
                for done in &written {
                    let _ = std::fs::remove_file(done);
                }
                return Err(BuildError::Write {
                    path: file.path.clone(),
                    output: target,
                    message: e.to_string(),
                });
            }
            written.push(target);
            digests.push(sha256_hex(&bytes));
        }
        Ok(Built {
            files: written
                .into_iter()
                .zip(digests)
                .map(|(path, sha256)| BuiltFile { path, sha256 })
                .collect(),
            case_sha256: sha256_hex(file.source.as_bytes()),
            template: composed.template.name.clone(),
            template_version: composed.template.version,
            layout: composed.layout.clone(),
        })
    }

    /// Renders the requested formats: (extension, bytes) pairs. Nothing is
    /// written, so a failure in either backend leaves no file behind.
    pub fn render(
        &self,
        file: &CaseFile,
        formats: Formats,
        profile: PdfProfile,
    ) -> Result<Rendered, BuildError> {
        self.render_composed(file, formats, profile)
            .map(|(_, rendered)| rendered)
    }

    /// Like [`Builder::render`], also returning the composed paper.
    pub fn render_composed(
        &self,
        file: &CaseFile,
        formats: Formats,
        profile: PdfProfile,
    ) -> Result<(Composed, Rendered), BuildError> {
        let composed = self.compose(file)?;
        let rendered = self.render_document(file, &composed, formats, profile)?;
        Ok((composed, rendered))
    }

    /// The case's document model.
    pub fn compose(&self, file: &CaseFile) -> Result<Composed, BuildError> {
        compose(file, &self.config, &self.templates).map_err(|source| BuildError::Template {
            path: file.path.clone(),
            source,
        })
    }

    /// Renders a composed paper in the requested formats.
    fn render_document(
        &self,
        file: &CaseFile,
        composed: &Composed,
        formats: Formats,
        profile: PdfProfile,
    ) -> Result<Rendered, BuildError> {
        let path = &file.path;
        let mut rendered = Vec::new();
        if formats.pdf {
            let count = self
                .rendered
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                + 1;
            if count.is_multiple_of(EVICT_EVERY) {
                comemo::evict(5);
            }
            rendered.push((
                "pdf",
                self.render_pdf(composed, profile)
                    .map_err(|source| match source {
                        RenderPdfError::Template(source) => BuildError::Template {
                            path: path.clone(),
                            source,
                        },
                        RenderPdfError::Pdf(source) => BuildError::Pdf {
                            path: path.clone(),
                            source,
                        },
                    })?,
            ));
        }
        if formats.docx {
            let bytes = docx::render(&composed.document).map_err(|source| BuildError::Docx {
                path: path.clone(),
                source,
            })?;
            rendered.push(("docx", bytes));
        }
        Ok(rendered)
    }

    fn render_pdf(
        &self,
        composed: &Composed,
        profile: PdfProfile,
    ) -> Result<Vec<u8>, RenderPdfError> {
        let layout = self
            .templates
            .source(&composed.layout)
            .map_err(RenderPdfError::Template)?;
        self.engine
            .render(
                &composed.document,
                &composed.layout,
                &layout,
                self.templates.root(),
                profile,
            )
            .map_err(RenderPdfError::Pdf)
    }
}

enum RenderPdfError {
    Template(TemplateError),
    Pdf(PdfError),
}

/// Output names for each loaded case; two cases that would write the same
/// file are both refused rather than one silently overwriting the other.
fn assign_output_names(
    loaded: &[(PathBuf, Result<CaseFile, BuildError>)],
) -> Vec<Result<String, CaseError>> {
    let wanted: Vec<Result<String, CaseError>> = loaded
        .iter()
        .map(|(path, file)| match file {
            Ok(file) => match &file.case.output_name {
                Some(own) => check_output_name(own).map(str::to_owned).map_err(|message| {
                    CaseError::new(path, message)
                        .at(&file.source, file.source_map.position("output_name"))
                        .with_help("ange bara ett filnamn, utan mappar, t.ex. `output_name: SON-2026-118`")
                }),
                None => Ok(default_output_name(path)),
            },
            Err(_) => Ok(default_output_name(path)),
        })
        .collect();
    let mut owners: HashMap<String, Vec<&Path>> = HashMap::new();
    for ((path, _), name) in loaded.iter().zip(&wanted) {
        if let Ok(name) = name {
            owners.entry(name.to_lowercase()).or_default().push(path);
        }
    }
    wanted
        .into_iter()
        .zip(loaded)
        .map(|(name, (path, _))| {
            let name = name?;
            let sharing = &owners[&name.to_lowercase()];
            if sharing.len() > 1 {
                let others: Vec<String> = sharing
                    .iter()
                    .filter(|p| **p != path)
                    .map(|p| p.display().to_string())
                    .collect();
                return Err(CaseError::new(
                    path,
                    format!("utfilen `{name}` skrivs också av {}", others.join(", ")),
                )
                .with_help("ge ärendena olika `output_name`"));
            }
            Ok(name)
        })
        .collect()
}

/// Case files under `paths`: files as given, folders walked recursively for
/// `.yaml`/`.yml`, sorted so batches are reproducible.
pub fn discover_cases(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    discover_files(paths, crate::lint::input::is_case_file)
}

/// Files under `paths` that `accept` takes: files named directly are always
/// taken, folders are walked recursively; sorted and without duplicates.
pub fn discover_files(
    paths: &[PathBuf],
    accept: impl Fn(&Path) -> bool,
) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    for path in paths {
        if path.is_file() {
            found.push(path.clone());
        } else if path.is_dir() {
            for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
                let entry = entry.map_err(|e| format!("kan inte läsa {}: {e}", path.display()))?;
                if entry.file_type().is_file() && accept(entry.path()) {
                    found.push(entry.into_path());
                }
            }
        } else {
            return Err(format!("{} finns inte", path.display()));
        }
    }
    found.sort();
    found.dedup();
    Ok(found)
}
