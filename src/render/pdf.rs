//! PDF backend: the document model rendered by embedded Typst.
//!
//! Fonts and the standard library are loaded once into a [`PdfEngine`] and
//! shared by every document; each document gets a small [`World`] that
//! serves the layout, the data as `/data.json`, and nothing outside the
//! template root.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult, SourceDiagnostic};

/// Largest file a template may read from its root (an image, a font).
const MAX_TEMPLATE_FILE_BYTES: u64 = 50 * 1024 * 1024;
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::document::Document;
use crate::render::logo::Logo;

use crate::render::fonts::Face;

/// Rendering failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PdfError {
    #[error("layouten {layout} kunde inte sättas: {message}")]
    Layout { layout: String, message: String },
    #[error("PDF-exporten misslyckades: {0}")]
    Export(String),
}

/// What kind of PDF to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PdfProfile {
    /// Tagged PDF/UA-1, for publication.
    #[default]
    Standard,
    /// PDF/A-2a and PDF/UA-1 for long-term archiving.
    Archive,
}

impl PdfProfile {
    /// What the PDF declares and Typst checks: PDF/UA-1 always (papers are
    /// published, and lag 2018:1937 asks for accessible documents), with
    /// PDF/A-2a for the archive. PDF/UA-1 comes last: it is the claim left
    /// out when the paper has text no bundled font can show.
    pub fn standards(self) -> &'static [PdfStandard] {
        match self {
            PdfProfile::Standard => &[PdfStandard::Ua_1],
            PdfProfile::Archive => &[PdfStandard::A_2a, PdfStandard::Ua_1],
        }
    }
}

/// Shared, immutable Typst state: fonts and the standard library.
pub struct PdfEngine {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    faces: Vec<Face>,
}

impl Default for PdfEngine {
    fn default() -> Self {
        Self::new()
    }
}

impl PdfEngine {
    /// Lists the bundled fonts and Typst's fonts (each loaded when a layout
    /// first uses it), and builds the library.
    pub fn new() -> Self {
        let (book, faces) = crate::render::fonts::font_book();
        Self {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(book),
            faces,
        }
    }

    /// Font families available to layouts, sorted.
    pub fn font_families(&self) -> Vec<String> {
        let mut families: Vec<String> = self
            .book
            .families()
            .map(|(name, _)| name.to_owned())
            .collect();
        families.sort();
        families.dedup();
        families
    }

    /// Characters of `document` that no bundled font has: Typst prints them
    /// as empty boxes (emoji, CJK), so the batch warns about them.
    pub fn missing_glyphs(&self, document: &Document) -> Vec<char> {
        let text = serde_json::to_string(document).expect("the document model serialises");
        let mut wanted: Vec<char> = text
            .chars()
            .filter(|&c| !c.is_ascii() && !c.is_whitespace() && !crate::document::is_unprintable(c))
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        wanted
            .into_iter()
            .filter(|&c| {
                !(0..self.faces.len())
                    .filter_map(|index| self.book.info(index))
                    .any(|info| info.coverage.contains(c as u32))
            })
            .collect()
    }

    /// Renders `document` with the Typst `layout` source. Files the layout
    /// reads (an image, say) come from `template_root` only.
    pub fn render(
        &self,
        document: &Document,
        layout_name: &str,
        layout_source: &str,
        template_root: Option<&Path>,
        logo: Option<&Logo>,
        profile: PdfProfile,
    ) -> Result<Vec<u8>, PdfError> {
        let printable = document.printable();
        let document = printable.as_ref();
        let data = serde_json::to_vec(document).expect("the document model serialises");
        // PDF/UA-1 forbids text no font can show; such a paper (emoji, CJK)
        // is written without the claim, and the batch warns about it.
        let accessible = self.missing_glyphs(document).is_empty();
        let main = project_file(layout_name).ok_or_else(|| PdfError::Layout {
            layout: layout_name.to_owned(),
            message: "ogiltigt filnamn".into(),
        })?;
        let world = PaperWorld {
            engine: self,
            main: Source::new(main, layout_source.to_owned()),
            data: Bytes::new(data),
            data_id: project_file("data.json").expect("valid path"),
            root: template_root.map(Path::to_path_buf),
            logo: document
                .letterhead
                .logo
                .as_ref()
                .zip(logo)
                .and_then(|(reference, logo)| {
                    Some((
                        project_file(&reference.path)?,
                        Bytes::new(logo.bytes.clone()),
                    ))
                }),
            today: to_typst_date(document_date(document)),
        };
        let paged: PagedDocument =
            typst::compile(&world)
                .output
                .map_err(|errors| PdfError::Layout {
                    layout: layout_name.to_owned(),
                    message: join(&errors),
                })?;
        let options = pdf_options(document, profile, accessible);
        typst_pdf::pdf(&paged, &options).map_err(|errors| {
            let mut message = join(&errors);
            if message.contains("missing document title") {
                message.push_str(
                    " (layouten måste sätta `#set document(title: …)`: en tillgänglig PDF/UA-1 har en titel)",
                );
            }
            PdfError::Export(message)
        })
    }
}

/// The Typst source of a packet's page numbers: one small page per number,
/// the text taken from `/data.json` as data, never as markup.
const PAGE_NUMBERS: &str = r##"#let data = json("/data.json")
#set document(title: data.label)
#set page(width: 220pt, height: 14pt, margin: 0pt)
#set text(font: "Liberation Sans", size: 8pt, fill: rgb("#404040"), lang: "sv")
#for n in range(1, data.total + 1) {
  if n > 1 { pagebreak() }
  align(center + horizon)[#data.label #n av #data.total]
}
"##;

impl PdfEngine {
    /// `total` small pages reading "`label` N av `total`" (the numbers a
    /// meeting packet stamps on its pages), in the bundled font, so the
    /// stamps embed their glyphs like every other text of the packet.
    pub fn render_page_numbers(&self, label: &str, total: usize) -> Result<Vec<u8>, PdfError> {
        let data = serde_json::json!({ "label": label, "total": total });
        let main = project_file("sidnummer.typ").expect("valid path");
        let world = PaperWorld {
            engine: self,
            main: Source::new(main, PAGE_NUMBERS.to_owned()),
            data: Bytes::new(serde_json::to_vec(&data).expect("JSON")),
            data_id: project_file("data.json").expect("valid path"),
            root: None,
            logo: None,
            today: None,
        };
        let layout = |message: String| PdfError::Layout {
            layout: "sidnummer".into(),
            message,
        };
        let paged: PagedDocument = typst::compile(&world)
            .output
            .map_err(|errors| layout(join(&errors)))?;
        let options = PdfOptions {
            ident: Smart::Custom(format!("beslut-sidnummer|{total}")),
            creator: Smart::Custom(Some(format!("beslut {}", env!("CARGO_PKG_VERSION")))),
            ..PdfOptions::default()
        };
        typst_pdf::pdf(&paged, &options).map_err(|errors| PdfError::Export(join(&errors)))
    }
}

fn document_date(document: &Document) -> NaiveDate {
    let d = &document.meta.date;
    NaiveDate::from_ymd_opt(d.year, d.month, d.day).expect("the model holds a real date")
}

fn to_typst_date(date: NaiveDate) -> Option<Datetime> {
    Datetime::from_ymd(date.year(), date.month() as u8, date.day() as u8)
}

fn pdf_options(document: &Document, profile: PdfProfile, accessible: bool) -> PdfOptions {
    let wanted = profile.standards();
    let wanted = if accessible {
        wanted
    } else {
        &wanted[..wanted.len() - 1]
    };
    let standards = PdfStandards::new(wanted).expect("a valid set of standards");
    let stamp = to_typst_date(document_date(document))
        .and_then(|d| Datetime::from_ymd_hms(d.year()?, d.month()?, d.day()?, 0, 0, 0));
    PdfOptions {
        // A stable identifier makes the PDF's document ID reproducible.
        ident: Smart::Custom(format!("{}|{}", document.meta.subject, document.meta.title)),
        creator: Smart::Custom(Some(format!("beslut {}", env!("CARGO_PKG_VERSION")))),
        timestamp: stamp.map(Timestamp::new_utc),
        standards,
        ..PdfOptions::default()
    }
}

fn join(errors: &[SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|e| e.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

fn project_file(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// One document's view of the world.
struct PaperWorld<'a> {
    engine: &'a PdfEngine,
    main: Source,
    data: Bytes,
    data_id: FileId,
    root: Option<PathBuf>,
    /// The project's logo, served at the path the model names.
    logo: Option<(FileId, Bytes)>,
    today: Option<Datetime>,
}

impl World for PaperWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.engine.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.engine.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            return Ok(self.main.clone());
        }
        let bytes = self.file(id)?;
        let text = std::str::from_utf8(&bytes).map_err(|_| FileError::InvalidUtf8)?;
        Ok(Source::new(id, text.to_owned()))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            return Ok(self.data.clone());
        }
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.text().to_owned()));
        }
        if let Some((logo_id, bytes)) = &self.logo
            && *logo_id == id
        {
            return Ok(bytes.clone());
        }
        self.read_from_root(id)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.engine.faces.get(index)?.font()
    }

    /// The paper's date, never the clock, so output is reproducible.
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.today
    }
}

impl PaperWorld<'_> {
    /// Serves files under the template root; everything else is denied.
    fn read_from_root(&self, id: FileId) -> FileResult<Bytes> {
        if *id.root() != VirtualRoot::Project {
            return Err(FileError::AccessDenied);
        }
        let root = self.root.as_deref().ok_or(FileError::AccessDenied)?;
        let path = id.vpath().realize(root).map_err(FileError::Realize)?;
        let canonical_root = root
            .canonicalize()
            .map_err(|e| FileError::from_io(e, root))?;
        let canonical = path
            .canonicalize()
            .map_err(|e| FileError::from_io(e, &path))?;
        // Symlinks may point outside the root: check the resolved path.
        if !canonical.starts_with(&canonical_root) {
            return Err(FileError::AccessDenied);
        }
        if !canonical.is_file() {
            return Err(FileError::IsDirectory);
        }
        crate::base::read::read_bounded(&canonical, MAX_TEMPLATE_FILE_BYTES)
            .map(Bytes::new)
            .map_err(|e| FileError::Other(Some(e.into())))
    }
}
