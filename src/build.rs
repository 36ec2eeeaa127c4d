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
use crate::output::{StagedSet, check_output_name, default_output_name, output_path, stage_set};
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
    /// The paper an imported case was read from.
    pub source: Option<crate::case::Source>,
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

/// The manifest of a batch, written as the batch goes: for each built case,
/// its files with SHA-256, the case's SHA-256, the template version and the
/// tool version, so an archive can verify later that a file is the one built
/// from that case. Entries come in the batch's order (sorted by case path),
/// free of timestamps, so the manifest is reproducible too. It goes to a
/// temporary file that becomes `manifest.json` only when the batch completes.
pub struct ManifestWriter {
    out_dir: PathBuf,
    /// `manifest.json`, or a share's own name.
    name: String,
    /// Template and layout files the built cases used.
    used: std::collections::BTreeSet<String>,
    temp: std::io::BufWriter<tempfile::NamedTempFile>,
    entries: usize,
}

impl ManifestWriter {
    /// Starts a manifest `name` in `out_dir`.
    pub fn create(out_dir: &Path, name: &str) -> std::io::Result<Self> {
        use std::io::Write;
        let temp = tempfile::Builder::new()
            .prefix(".beslut-")
            .suffix(".tmp")
            .tempfile_in(out_dir)?;
        let mut temp = std::io::BufWriter::new(temp);
        write!(temp, "{{\n  \"cases\": [")?;
        Ok(Self {
            out_dir: out_dir.to_owned(),
            name: name.to_owned(),
            used: Default::default(),
            temp,
            entries: 0,
        })
    }

    /// Adds the entry for one built case.
    pub fn add(&mut self, case_path: &Path, built: &Built) -> std::io::Result<()> {
        use std::io::Write;
        let entry = manifest_entry(case_path, built, &self.out_dir);
        self.used.insert(crate::template::TemplateRef::file_name(
            &built.template,
            built.template_version,
        ));
        self.used.insert(built.layout.clone());
        let text = serde_json::to_string_pretty(&entry).expect("manifest entry serialises");
        let separator = if self.entries == 0 { "\n" } else { ",\n" };
        self.temp.write_all(separator.as_bytes())?;
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                self.temp.write_all(b"\n")?;
            }
            write!(self.temp, "    {line}")?;
        }
        self.entries += 1;
        Ok(())
    }

    /// Ends the manifest and puts it in place as `manifest.json`. `inputs`
    /// records what the build depended on besides its cases: `beslut.toml`
    /// and the files it names, and the project's own templates and layouts
    /// that were used (built-in ones are the tool version's).
    pub fn finish(mut self, config: &Config, templates: &Templates) -> std::io::Result<PathBuf> {
        use std::io::Write;
        let close = if self.entries == 0 { "]" } else { "\n  ]" };
        let mut inputs: Vec<serde_json::Value> = config
            .provenance
            .iter()
            .map(|(file, sha256)| serde_json::json!({ "file": file, "sha256": sha256 }))
            .collect();
        if let Some(root) = templates.root() {
            for file in &self.used {
                if let Ok(bytes) = std::fs::read(root.join(file)) {
                    inputs.push(serde_json::json!({
                        "file": root.join(file).display().to_string(),
                        "sha256": sha256_hex(&bytes),
                    }));
                }
            }
        }
        let inputs = serde_json::to_string_pretty(&inputs)
            .expect("inputs serialise")
            .replace('\n', "\n  ");
        write!(
            self.temp,
            "{close},\n  \"inputs\": {inputs},\n  \"tool\": \"beslut\",\n  \"tool_version\": \"{}\"\n}}\n",
            env!("CARGO_PKG_VERSION")
        )?;
        let temp = self.temp.into_inner().map_err(|e| e.into_error())?;
        temp.as_file().sync_all()?;
        let path = self.out_dir.join(&self.name);
        if path.is_file() {
            // A run that built some cases keeps the entries of the others.
            return merge_into(&path, temp);
        }
        temp.persist(&path).map_err(|e| e.error)?;
        Ok(path)
    }
}

/// Merges the manifest just written (`new`) into the one at `path`.
fn merge_into(path: &Path, new: tempfile::NamedTempFile) -> std::io::Result<PathBuf> {
    let invalid = |e: crate::manifest::ManifestError| {
        std::io::Error::new(std::io::ErrorKind::InvalidData, e.0)
    };
    let old = crate::manifest::read(path).map_err(invalid)?;
    let fresh = crate::manifest::read(new.path()).map_err(invalid)?;
    let merged =
        crate::manifest::merge(&[(path.display().to_string(), old), ("ny".to_owned(), fresh)])
            .map_err(invalid)?;
    crate::output::write_atomic(path, crate::manifest::to_text(&merged).as_bytes())?;
    Ok(path.to_owned())
}

fn manifest_entry(case_path: &Path, built: &Built, out_dir: &Path) -> serde_json::Value {
    let files: Vec<serde_json::Value> = built
        .files
        .iter()
        .map(|f| {
            let name = f.path.strip_prefix(out_dir).unwrap_or(&f.path);
            serde_json::json!({ "file": name.display().to_string(), "sha256": f.sha256 })
        })
        .collect();
    let mut entry = serde_json::json!({
        "case": case_path.display().to_string(),
        "case_sha256": built.case_sha256,
        "template": built.template,
        "template_version": built.template_version,
        "layout": built.layout,
        "files": files,
    });
    if let Some(source) = &built.source {
        entry["source"] = serde_json::to_value(source).expect("a source serialises");
    }
    entry
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
    /// Puts the staged files in place; a failure becomes the case's error.
    fn commit(&mut self) {
        let Some(staged) = self.staged.take() else {
            return;
        };
        let first = staged.targets().next().map(Path::to_path_buf);
        if let Err(e) = staged.commit() {
            self.result = Err(BuildError::Write {
                path: self.case_path.clone(),
                output: first.unwrap_or_default(),
                message: crate::swedish::io_error(&e),
            });
        }
    }
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
        let names = plan_output_names(cases, &self.config);
        let work: Vec<(&PathBuf, &Result<String, CaseError>)> = cases.iter().zip(&names).collect();
        // Rendering goes on in the pool while the files of finished cases are
        // flushed and renamed here, in input order.
        crate::batch::ordered_windows(
            &work,
            crate::batch::default_window(),
            |(path, name)| self.build_one(path, name, options),
            |mut outcome| {
                outcome.commit();
                done(outcome)
            },
        )
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
        let result = load_case(case_path, &self.config)
            .map_err(BuildError::from)
            .and_then(|file| {
                let composed = self.compose(&file)?;
                warnings.extend(unprintable_warning(&composed));
                if options.formats.pdf {
                    warnings.extend(self.glyph_warning(&composed));
                }
                let diagnostics = check_composed(&file, Some(&composed), &self.config);
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
                    name.and_then(|name| self.build_composed(&file, composed, &name, options))
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

    /// Renders a composed case in memory, then stages its files (written
    /// beside their targets, not yet in place).
    fn build_composed(
        &self,
        file: &CaseFile,
        composed: Composed,
        name: &str,
        options: &BuildOptions,
    ) -> Result<(Built, StagedSet), BuildError> {
        let rendered = self.render_document(file, &composed, options.formats, options.profile)?;
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
            output: targets[0].0.clone(),
            message: crate::swedish::io_error(&e),
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
        compose(file, &self.config, &self.templates)
            .map_err(|e| BuildError::Case(crate::compose::locate_template_error(file, e)))
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
            if count.is_multiple_of(EVICT_EVERY_PER_THREAD * rayon::current_num_threads()) {
                // Keep only what was used since the last trim.
                comemo::evict(1);
            }
            if count.is_multiple_of(RELEASE_MEMORY_EVERY) {
                release_freed_memory();
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
            let bytes =
                docx::render(&composed.document, &self.config.assets).map_err(|source| {
                    BuildError::Docx {
                        path: path.clone(),
                        source,
                    }
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
                &self.config.assets,
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

/// Hands memory that was freed back to the operating system every this many
/// papers. glibc keeps freed pages of its arenas; over a long batch that let
/// the peak creep up with the number of papers (measured: 89 MiB after 1 000
/// papers, 105 MiB after 10 000) although nothing was still in use.
/// Trimming after every few papers held the peak at 65–75 MiB but cost a
/// quarter of the throughput (the pages are faulted in again); once in a
/// while costs nothing measurable and stops the creep.
const RELEASE_MEMORY_EVERY: usize = 512;

/// Returns the allocator's free pages to the kernel.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns unused pages of the allocator's own
    // arenas to the kernel; it has no preconditions and is thread-safe.
    unsafe {
        libc::malloc_trim(0);
    }
}

enum RenderPdfError {
    Template(TemplateError),
    Pdf(PdfError),
}

/// The output name of each case, without keeping any parsed case: a case
/// whose text never mentions `output_name` is named after its file (read
/// only to check that); the few that do are loaded for their own name. Two
/// cases that would write the same file are both refused rather than one
/// silently overwriting the other.
fn plan_output_names(cases: &[PathBuf], config: &Config) -> Vec<Result<String, CaseError>> {
    let wanted: Vec<Result<String, CaseError>> = cases
        .par_iter()
        .map(|path| wanted_output_name(path, config))
        .collect();
    let mut owners: HashMap<String, Vec<&Path>> = HashMap::new();
    for (path, name) in cases.iter().zip(&wanted) {
        if let Ok(name) = name {
            owners.entry(name.to_lowercase()).or_default().push(path);
        }
    }
    wanted
        .into_iter()
        .zip(cases)
        .map(|(name, path)| {
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

/// The name one case asks for; a case that cannot be loaded keeps its file's
/// name here and reports its error when it is built.
fn wanted_output_name(path: &Path, config: &Config) -> Result<String, CaseError> {
    let mentions_own_name = std::fs::read(path)
        .map(|bytes| bytes.windows(11).any(|w| w == b"output_name"))
        .unwrap_or(false);
    if !mentions_own_name {
        return Ok(default_output_name(path));
    }
    match load_case(path, config) {
        Ok(file) => match &file.case.output_name {
            // `output_name: dnr`: the file is named after the case's Dnr.
            Some(own) if own == "dnr" => {
                crate::output::dnr_output_name(&file.case.dnr).ok_or_else(|| {
                    CaseError::new(
                        path,
                        "`output_name: dnr` men ärendet har inget diarienummer",
                    )
                    .at(&file.source, file.source_map.position("output_name"))
                    .with_help("ange `dnr:`, eller ett eget filnamn i `output_name`")
                })
            }
            Some(own) => check_output_name(own)
                .map(str::to_owned)
                .map_err(|message| {
                    CaseError::new(path, message)
                        .at(&file.source, file.source_map.position("output_name"))
                        .with_help(
                            "ange bara ett filnamn, utan mappar, t.ex. `output_name: SON-2026-118`",
                        )
                }),
            None => Ok(default_output_name(path)),
        },
        Err(_) => Ok(default_output_name(path)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The manifest as it was built before it was streamed: one JSON value
    /// for the whole batch, pretty-printed.
    fn manifest_in_one_piece(entries: &[(PathBuf, Built)], out_dir: &Path) -> String {
        let cases: Vec<serde_json::Value> = entries
            .iter()
            .map(|(path, built)| manifest_entry(path, built, out_dir))
            .collect();
        let manifest = serde_json::json!({
            "tool": "beslut",
            "tool_version": env!("CARGO_PKG_VERSION"),
            "cases": cases,
            "inputs": [],
        });
        serde_json::to_string_pretty(&manifest).unwrap() + "\n"
    }

    fn built(out: &Path, name: &str) -> Built {
        Built {
            source: None,
            files: ["pdf", "docx"]
                .iter()
                .map(|ext| BuiltFile {
                    path: out.join(format!("{name}.{ext}")),
                    sha256: sha256_hex(name.as_bytes()),
                })
                .collect(),
            case_sha256: sha256_hex(b"case"),
            template: "avtalsforlangning".into(),
            template_version: 1,
            layout: "layout".into(),
        }
    }

    #[test]
    fn streamed_manifest_is_byte_identical_to_the_one_piece_manifest() {
        for count in [0, 1, 3] {
            let dir = tempfile::tempdir().unwrap();
            let entries: Vec<(PathBuf, Built)> = (0..count)
                .map(|i| {
                    let name = format!("ärende \"{i}\"");
                    (
                        PathBuf::from(format!("cases/{name}.yaml")),
                        built(dir.path(), &name),
                    )
                })
                .collect();
            let mut writer = ManifestWriter::create(dir.path(), "manifest.json").unwrap();
            for (path, built) in &entries {
                writer.add(path, built).unwrap();
            }
            let path = writer
                .finish(&Config::default(), &Templates::new(None))
                .unwrap();
            assert_eq!(
                std::fs::read_to_string(path).unwrap(),
                manifest_in_one_piece(&entries, dir.path()),
                "{count} entries"
            );
            assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        }
    }
}
