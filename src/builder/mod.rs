//! The batch: find case files, build each into PDF and DOCX in parallel,
//! write atomically, and report per case. One failing case never stops the
//! others.

use std::path::{Path, PathBuf};

pub mod check;
pub mod manifest;
pub mod names;

use crate::base::hash::sha256_hex;
use crate::base::output::{StagedSet, stage_set};
use crate::case::{CaseError, CaseFile, load_case};
use crate::compose::template::{TemplateError, Templates};
use crate::compose::{Composed, compose};
use crate::lint::{Diagnostic, Severity};
use crate::project::Config;
use crate::render::docx::{self, DocxError};
use crate::render::pdf::{PdfEngine, PdfError, PdfProfile};
use check::check_composed;
use names::{output_path, plan_output_names};

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
    /// The paper an imported case was read from.
    pub source: Option<crate::case::Source>,
    pub case_sha256: String,
    pub template: String,
    pub template_version: u32,
    pub layout: String,
}

/// The result of building one case.
#[derive(Debug)]
pub struct CaseOutcome {
    pub case_path: PathBuf,
    pub result: Result<Built, BuildError>,
    /// The lint's findings and the source they point into.
    pub lint: Option<(String, Vec<Diagnostic>)>,
    /// Warnings about the output (Swedish, one line each).
    pub warnings: Vec<String>,
    /// The case's files, written but not yet in place: committed in input
    /// order before the outcome is handed on.
    staged: Option<StagedSet>,
}

impl CaseOutcome {
    /// Puts the staged files, flushed with their window's (`flushed`), in
    /// place; a failure becomes the case's error.
    fn place(&mut self, flushed: &std::io::Result<()>) {
        let Some(staged) = self.staged.take() else {
            return;
        };
        let first = staged.targets().next().map(Path::to_path_buf);
        let placed = match flushed {
            Ok(()) => staged.place(),
            Err(e) => Err(std::io::Error::new(e.kind(), e.to_string())),
        };
        if let Err(e) = placed {
            let failed = crate::base::output::failed_target(&e).map(Path::to_path_buf);
            self.result = Err(BuildError::Write {
                path: self.case_path.clone(),
                output: failed.or(first).unwrap_or_default(),
                message: crate::base::swedish::io_error(&e),
            });
        }
    }
}

/// Flushes the files of a window of finished cases at once, puts each
/// case's in place and hands the outcomes on, in order.
fn place_window(finished: &mut Vec<CaseOutcome>, done: &mut impl FnMut(CaseOutcome)) {
    let sets: Vec<&StagedSet> = finished.iter().filter_map(|o| o.staged.as_ref()).collect();
    let flushed = if sets.is_empty() {
        Ok(())
    } else {
        StagedSet::flush_all(&sets)
    };
    for mut outcome in finished.drain(..) {
        outcome.place(&flushed);
        done(outcome);
    }
}

pub use crate::base::batch::{RENDER_STACK_BYTES, configure_threads};

/// Loaded once per batch and shared by every case: configuration, templates,
/// fonts and the Typst library.
pub struct Builder {
    pub config: Config,
    pub templates: Templates,
    pub engine: PdfEngine,
    /// Papers rendered so far, to trim Typst's memo cache now and then.
    rendered: std::sync::atomic::AtomicUsize,
}

/// Trim Typst's memo cache after this many papers per thread. Papers in a
/// batch share little beyond fonts and the layout, which survive a trim
/// because every paper uses them; without trimming the cache grows by about
/// 1 MiB per paper (measured: 1.1 GiB after 1 000 papers, 85–115 MiB with
/// this trim and no loss of speed).
const EVICT_EVERY_PER_THREAD: usize = 4;

impl Builder {
    pub fn new(config: Config, templates: Templates) -> Self {
        Self {
            config,
            templates,
            engine: PdfEngine::new(),
            rendered: Default::default(),
        }
    }

    /// Builds `cases` in the given order, a window at a time in parallel, and
    /// hands each outcome to `done` in that same order as soon as its window
    /// is finished; nothing of a case is kept after `done` returns. Stops
    /// starting cases once an interruption is requested; returns how many
    /// cases were done.
    pub fn build_streaming(
        &self,
        cases: &[PathBuf],
        options: &BuildOptions,
        mut done: impl FnMut(CaseOutcome),
    ) -> usize {
        if cases.len() > 1 {
            crate::paper::expect_many_papers();
        }
        let names = plan_output_names(cases, &self.config);
        let work: Vec<(&PathBuf, &Result<String, CaseError>)> = cases.iter().zip(&names).collect();
        // Rendering goes on in the pool while the files of a finished window
        // are flushed (together: one `syncfs`, not a flush per file) and
        // renamed here, in input order.
        let window = crate::base::batch::default_window();
        let mut finished: Vec<CaseOutcome> = Vec::with_capacity(window);
        let count = crate::base::batch::ordered_windows(
            &work,
            window,
            |(path, name)| self.build_one(path, name, options),
            |outcome| {
                finished.push(outcome);
                if finished.len() >= window {
                    place_window(&mut finished, &mut done);
                }
            },
        );
        place_window(&mut finished, &mut done);
        count
    }

    /// Loads, lints, renders and writes one case.
    fn build_one(
        &self,
        case_path: &Path,
        name: &Result<String, CaseError>,
        options: &BuildOptions,
    ) -> CaseOutcome {
        let mut lint = None;
        let mut warnings = Vec::new();
        let mut staged = None;
        let result = load_case(case_path, &self.config.sender)
            .map_err(BuildError::from)
            .and_then(|file| {
                let composed = self.compose(&file)?;
                warnings.extend(unprintable_warning(&composed));
                if options.formats.pdf {
                    warnings.extend(self.glyph_warning(&composed));
                }
                // The lint and the rendering side by side: a single case
                // (an editor's build, the first paper) gets both cores; a
                // case the lint refuses has its rendering thrown away.
                let (diagnostics, rendered) = rayon::join(
                    || check_composed(&file, Some(&composed), &self.config),
                    || {
                        name.as_ref().ok().map(|_| {
                            self.render_document(&file, &composed, options.formats, options.profile)
                        })
                    },
                );
                let errors = diagnostics
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .count();
                let built = if errors > 0 && !options.allow_lint_errors {
                    Err(BuildError::Lint {
                        path: file.path.clone(),
                        errors,
                    })
                } else {
                    let name = name.clone().map_err(BuildError::Case);
                    name.and_then(|name| {
                        let rendered = rendered.expect("rendered when the name is valid")?;
                        self.stage_rendered(&file, &composed, rendered, &name, options)
                    })
                    .map(|(built, files)| {
                        staged = Some(files);
                        built
                    })
                };
                lint = Some((file.source, diagnostics));
                built
            });
        CaseOutcome {
            case_path: case_path.to_owned(),
            result,
            lint,
            warnings,
            staged,
        }
    }

    /// A warning naming the characters the PDF cannot show, if any.
    fn glyph_warning(&self, composed: &Composed) -> Option<String> {
        let missing = self.engine.missing_glyphs(&composed.document);
        if missing.is_empty() {
            return None;
        }
        Some(format!(
            "varning: {} tecken finns inte i de inbyggda typsnitten och blir tomma rutor i PDF:en, \
             som därför inte kan märkas som tillgänglig (PDF/UA-1): {}",
            missing.len(),
            listed(&missing, |c| format!("{c} (U+{:04X})", u32::from(c)))
        ))
    }

    /// Stages a rendered case's files (written beside their targets, not
    /// yet in place).
    fn stage_rendered(
        &self,
        file: &CaseFile,
        composed: &Composed,
        rendered: Rendered,
        name: &str,
        options: &BuildOptions,
    ) -> Result<(Built, StagedSet), BuildError> {
        let targets: Vec<(PathBuf, &[u8])> = rendered
            .iter()
            .map(|(extension, bytes)| {
                (
                    output_path(&options.out_dir, name, extension),
                    bytes.as_slice(),
                )
            })
            .collect();
        // A case is built whole or not at all: never a new PDF beside an old DOCX.
        let staged = stage_set(&targets).map_err(|e| BuildError::Write {
            path: file.path.clone(),
            output: crate::base::output::failed_target(&e)
                .map_or_else(|| targets[0].0.clone(), Path::to_path_buf),
            message: crate::base::swedish::io_error(&e),
        })?;
        let built = Built {
            source: file.case.source.clone(),
            files: targets
                .iter()
                .map(|(path, bytes)| BuiltFile {
                    path: path.clone(),
                    sha256: sha256_hex(bytes),
                })
                .collect(),
            case_sha256: sha256_hex(file.source.as_bytes()),
            template: composed.template.name.clone(),
            template_version: composed.template.version,
            layout: composed.layout.clone(),
        };
        Ok((built, staged))
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
        compose(file, &self.config.house(), &self.templates)
            .map_err(|e| BuildError::Case(crate::compose::locate_template_error(file, e)))
    }

    /// Renders a composed paper in the requested formats, the PDF and the
    /// Word file side by side (a single case gets both cores).
    fn render_document(
        &self,
        file: &CaseFile,
        composed: &Composed,
        formats: Formats,
        profile: PdfProfile,
    ) -> Result<Rendered, BuildError> {
        let path = &file.path;
        let pdf = || -> Option<Result<Vec<u8>, BuildError>> {
            if !formats.pdf {
                return None;
            }
            let count = self
                .rendered
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                + 1;
            if count.is_multiple_of(EVICT_EVERY_PER_THREAD * rayon::current_num_threads()) {
                // Keep only what was used since the last trim.
                comemo::evict(1);
            }
            Some(
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
                    }),
            )
        };
        let docx = || -> Option<Result<Vec<u8>, BuildError>> {
            formats.docx.then(|| {
                docx::render(&composed.document, &self.config.assets).map_err(|source| {
                    BuildError::Docx {
                        path: path.clone(),
                        source,
                    }
                })
            })
        };
        let (pdf, docx) = rayon::join(pdf, docx);
        let mut rendered = Vec::new();
        if let Some(pdf) = pdf {
            rendered.push(("pdf", pdf?));
        }
        if let Some(docx) = docx {
            rendered.push(("docx", docx?));
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
                self.config.assets.logo.as_ref(),
                profile,
            )
            .map_err(RenderPdfError::Pdf)
    }
}

/// A warning naming the characters no paper can carry (control characters,
/// U+FFFE …): the PDF and the Word file are written without them.
fn unprintable_warning(composed: &Composed) -> Option<String> {
    let dropped = composed.document.unprintable_chars();
    if dropped.is_empty() {
        return None;
    }
    Some(format!(
        "varning: {} tecken kan inte skrivas i en handling (styrtecken) och har tagits bort ur PDF- och Word-filen: {}",
        dropped.len(),
        listed(&dropped, |c| format!("U+{:04X}", u32::from(c)))
    ))
}

/// The first 20 of `chars`, each as `show` writes it, for a warning.
fn listed(chars: &[char], show: impl Fn(char) -> String) -> String {
    chars
        .iter()
        .take(20)
        .map(|&c| show(c))
        .collect::<Vec<_>>()
        .join(" ")
}

enum RenderPdfError {
    Template(TemplateError),
    Pdf(PdfError),
}
