//! Building a meeting: every item's paper, the kallelse with the page where
//! each item starts, and the handlingar as one PDF.

use std::path::{Path, PathBuf};

use super::load::MeetingFile;
use super::packet::{self, Part};
use crate::build::{Builder, Formats};
use crate::case::{CaseError, Config, load_case};
use crate::document::{
    self, Align, Block, Document, Letterhead, Signatory, Signature, Table, Text,
};
use crate::lint::meeting::{ItemFacts, lint_meeting};
use crate::lint::{Diagnostic, Severity};
use crate::pdf::PdfProfile;
use crate::swedish;
use crate::template::Templates;

/// Largest bilaga or paper PDF read into a packet.
const MAX_PDF_BYTES: u64 = 256 * 1024 * 1024;

/// What went wrong with one item, or with the packet.
#[derive(Debug, thiserror::Error)]
pub enum MeetingError {
    #[error("{0}")]
    Case(#[from] CaseError),
    #[error("{file}: ärende {number}: {message}")]
    Item {
        file: PathBuf,
        number: usize,
        message: String,
    },
    #[error("{file}: {message}")]
    Packet { file: PathBuf, message: String },
}

/// One line of the agenda and what belongs to it.
#[derive(Debug, Clone)]
pub struct AgendaItem {
    pub number: usize,
    pub title: String,
    pub dnr: Option<String>,
    pub foredragande: Option<String>,
    /// Index into the meeting file's `items` (None for an opening item).
    pub index: Option<usize>,
    /// The item's paper, as PDF (and DOCX when built from a case).
    pub paper: Option<Paper>,
    /// Each bilaga, read and counted once.
    pub bilagor: Vec<Bilaga>,
    /// Page in the handlingar where the item starts (1-based).
    pub start_page: Option<usize>,
}

impl AgendaItem {
    /// Pages the item takes in the handlingar: its paper and its bilagor.
    pub fn pages(&self) -> usize {
        self.paper.as_ref().map_or(0, |p| p.pages)
            + self.bilagor.iter().map(|b| b.pages).sum::<usize>()
    }
}

/// A bilaga of an item.
#[derive(Debug, Clone)]
pub struct Bilaga {
    /// Its file name without extension.
    pub name: String,
    pub pdf: Vec<u8>,
    pub pages: usize,
}

/// An item's paper.
#[derive(Debug, Clone)]
pub struct Paper {
    pub pdf: Vec<u8>,
    pub docx: Option<Vec<u8>>,
    pub pages: usize,
}

/// A built meeting: every file of the packet, in memory.
pub struct BuiltMeeting {
    pub agenda: Vec<AgendaItem>,
    /// (file name, bytes): kallelse, handlingar and each item's files.
    pub files: Vec<(String, Vec<u8>)>,
    /// Pages of the kallelse and of the whole packet.
    pub kallelse_pages: usize,
    pub packet_pages: usize,
}

const OPENING_ITEMS: [&str; 4] = [
    "Sammanträdets öppnande",
    "Upprop",
    "Val av justerare",
    "Godkännande av föredragningslistan",
];

/// Reads every item and runs the meeting lint, without rendering anything:
/// what `beslut lint MEETING.yaml` does.
pub fn lint(file: &MeetingFile, config: &Config, templates: &Templates) -> Vec<Diagnostic> {
    let (facts, mut diagnostics) = item_facts(file, config, templates);
    diagnostics.extend(lint_meeting(file, &facts, &config.lint));
    diagnostics
}

fn item_facts(
    file: &MeetingFile,
    config: &Config,
    templates: &Templates,
) -> (Vec<ItemFacts>, Vec<Diagnostic>) {
    let first = first_number(file);
    let mut diagnostics = Vec::new();
    let facts = file
        .meeting
        .items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let mut facts = ItemFacts {
                index,
                number: first + index,
                dnr: item.dnr.clone(),
                bilagor: item
                    .bilagor
                    .iter()
                    .map(|b| {
                        let path = file.resolve(b);
                        let exists = path.is_file();
                        (path, exists)
                    })
                    .collect(),
                ..ItemFacts::default()
            };
            if let Some(case_path) = &item.case
                && let Ok(case_file) = load_case(&file.resolve(case_path), config)
            {
                let found = crate::lint::run::check_case(&case_file, config, templates);
                facts.lint_errors = found
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .count();
                diagnostics.extend(found);
                facts.dnr = facts.dnr.or_else(|| Some(case_file.case.dnr.clone()));
                facts.case = Some(case_file.case);
            } else if let Some(paper) = item.paper.as_ref().filter(|p| is_docx(p))
                && let Ok(imported) = crate::import::import_file(&file.resolve(paper))
            {
                // A Word paper's facts, as far as the reader finds them.
                facts.dnr = facts.dnr.or_else(|| Some(imported.case.dnr.clone()));
                facts.case = Some(imported.case);
            }
            facts
        })
        .collect();
    (facts, diagnostics)
}

fn first_number(file: &MeetingFile) -> usize {
    if file.meeting.opening_items {
        OPENING_ITEMS.len() + 1
    } else {
        1
    }
}

/// Builds the whole packet in memory. Nothing is written: the caller writes
/// all files as one set, so a failing item leaves nothing behind. Run
/// [`lint`] first: it reports what this would fail on (a missing bilaga,
/// say) with its place in the meeting file.
pub fn build(
    file: &MeetingFile,
    builder: &Builder,
    formats: Formats,
    profile: PdfProfile,
) -> Result<BuiltMeeting, MeetingError> {
    let mut agenda = opening_items(file);
    // Items are independent: render them in parallel, keep agenda order.
    let items: Vec<AgendaItem> = {
        use rayon::prelude::*;
        file.meeting
            .items
            .par_iter()
            .enumerate()
            .map(|(index, item)| {
                let number = first_number(file) + index;
                read_item(file, builder, index, number, item, profile)
            })
            .collect::<Result<_, _>>()?
    };
    agenda.extend(items);
    let (kallelse, kallelse_pages) = render_kallelse(file, builder, &mut agenda, profile)?;
    let packet = join_packet(file, &agenda, &kallelse.pdf)?;
    let packet_pages = kallelse_pages + agenda.iter().map(AgendaItem::pages).sum::<usize>();
    let mut files = vec![("kallelse.pdf".to_owned(), kallelse.pdf)];
    if formats.docx {
        files.push(("kallelse.docx".to_owned(), kallelse.docx));
    }
    files.push(("handlingar.pdf".to_owned(), packet));
    files.extend(item_files(&agenda, formats));
    Ok(BuiltMeeting {
        agenda,
        files,
        kallelse_pages,
        packet_pages,
    })
}

fn packet_error(file: &MeetingFile, e: packet::PacketError) -> MeetingError {
    MeetingError::Packet {
        file: file.path.clone(),
        message: e.0,
    }
}

fn opening_items(file: &MeetingFile) -> Vec<AgendaItem> {
    if !file.meeting.opening_items {
        return Vec::new();
    }
    OPENING_ITEMS
        .iter()
        .enumerate()
        .map(|(i, title)| AgendaItem {
            number: i + 1,
            title: (*title).to_owned(),
            dnr: None,
            foredragande: None,
            index: None,
            paper: None,
            bilagor: Vec::new(),
            start_page: None,
        })
        .collect()
}

fn read_item(
    file: &MeetingFile,
    builder: &Builder,
    index: usize,
    number: usize,
    item: &super::Item,
    profile: PdfProfile,
) -> Result<AgendaItem, MeetingError> {
    let fail = |message: String| MeetingError::Item {
        file: file.path.clone(),
        number,
        message,
    };
    let mut title = item
        .title
        .clone()
        .or_else(|| item.info.clone())
        .unwrap_or_default();
    let mut dnr = item.dnr.clone();
    let paper = if let Some(case) = &item.case {
        let case_file = load_case(&file.resolve(case), &builder.config)?;
        if title.is_empty() {
            title = case_file.case.title.clone();
        }
        if dnr.is_none() && !case_file.case.dnr.is_empty() {
            dnr = Some(case_file.case.dnr.clone());
        }
        let rendered = builder
            .render(
                &case_file,
                Formats {
                    pdf: true,
                    docx: true,
                },
                profile,
            )
            .map_err(|e| fail(e.to_string()))?;
        let pdf = take(&rendered, "pdf");
        Some(Paper {
            pages: packet::page_count(&pdf).map_err(|e| fail(e.0))?,
            docx: Some(take(&rendered, "docx")),
            pdf,
        })
    } else if let Some(path) = &item.paper {
        let path = file.resolve(path);
        let pdf = if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
        {
            // A Word paper is read like `beslut import` and set in beslut's layout.
            let imported = crate::import::import_file(&path)
                .map_err(|e| fail(format!("{}: {e}", path.display())))?;
            let case_file = crate::case::CaseFile {
                path: path.clone(),
                source: String::new(),
                source_map: crate::case::SourceMap::new(""),
                case: imported.case,
            };
            let rendered = builder
                .render(
                    &case_file,
                    Formats {
                        pdf: true,
                        docx: false,
                    },
                    profile,
                )
                .map_err(|e| fail(e.to_string()))?;
            take(&rendered, "pdf")
        } else {
            read_pdf(&path).map_err(fail)?
        };
        Some(Paper {
            pages: packet::page_count(&pdf)
                .map_err(|e| fail(format!("{}: {}", path.display(), e.0)))?,
            docx: None,
            pdf,
        })
    } else {
        None
    };
    let mut bilagor = Vec::new();
    for (b, bilaga) in item.bilagor.iter().enumerate() {
        let path = file.resolve(bilaga);
        let bytes = read_pdf(&path).map_err(|m| fail(format!("bilaga {}: {m}", b + 1)))?;
        let pages = packet::page_count(&bytes)
            .map_err(|e| fail(format!("bilaga {} ({}): {}", b + 1, path.display(), e.0)))?;
        let name = bilaga
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("bilaga")
            .to_owned();
        bilagor.push(Bilaga {
            name,
            pdf: bytes,
            pages,
        });
    }
    Ok(AgendaItem {
        number,
        title,
        dnr: dnr.filter(|d| !d.is_empty()),
        foredragande: item.foredragande.clone(),
        index: Some(index),
        paper,
        bilagor,
        start_page: None,
    })
}

fn is_docx(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

fn take(rendered: &[(&'static str, Vec<u8>)], extension: &str) -> Vec<u8> {
    rendered
        .iter()
        .find(|(e, _)| *e == extension)
        .map(|(_, b)| b.clone())
        .unwrap_or_default()
}

fn read_pdf(path: &Path) -> Result<Vec<u8>, String> {
    let bytes = crate::read::read_bounded(path, MAX_PDF_BYTES)
        .map_err(|e| format!("{} kunde inte läsas: {e}", path.display()))?;
    if !bytes.starts_with(b"%PDF") {
        return Err(format!("{} är inte en PDF", path.display()));
    }
    Ok(bytes)
}

/// The kallelse in both formats.
struct Kallelse {
    pdf: Vec<u8>,
    docx: Vec<u8>,
}

/// Renders the kallelse until the page numbers it prints agree with its own
/// length (a longer agenda can push the kallelse onto another page).
fn render_kallelse(
    file: &MeetingFile,
    builder: &Builder,
    agenda: &mut [AgendaItem],
    profile: PdfProfile,
) -> Result<(Kallelse, usize), MeetingError> {
    let mut kallelse_pages = 1;
    for _ in 0..4 {
        number_pages(agenda, kallelse_pages);
        let document = kallelse_document(file, builder, agenda);
        let layout =
            builder
                .templates
                .source("layout.v1.typ")
                .map_err(|e| MeetingError::Packet {
                    file: file.path.clone(),
                    message: e.to_string(),
                })?;
        let pdf = builder
            .engine
            .render(
                &document,
                "layout.v1.typ",
                &layout,
                builder.templates.root(),
                &builder.config.assets,
                profile,
            )
            .map_err(|e| MeetingError::Packet {
                file: file.path.clone(),
                message: e.to_string(),
            })?;
        let pages = packet::page_count(&pdf).map_err(|e| packet_error(file, e))?;
        if pages == kallelse_pages {
            let docx = crate::docx::render(&document, &builder.config.assets).map_err(|e| {
                MeetingError::Packet {
                    file: file.path.clone(),
                    message: e.to_string(),
                }
            })?;
            return Ok((Kallelse { pdf, docx }, pages));
        }
        kallelse_pages = pages;
    }
    Err(MeetingError::Packet {
        file: file.path.clone(),
        message: "kallelsens sidnummer blev inte stabila".into(),
    })
}

/// Start page of every item with pages, after a kallelse of `kallelse_pages`.
fn number_pages(agenda: &mut [AgendaItem], kallelse_pages: usize) {
    let mut next = kallelse_pages + 1;
    for item in agenda {
        let pages = item.pages();
        item.start_page = (pages > 0).then_some(next);
        next += pages;
    }
}

fn kallelse_document(file: &MeetingFile, builder: &Builder, agenda: &[AgendaItem]) -> Document {
    let meeting = &file.meeting;
    let sender = &builder.config.sender;
    let date = meeting.kallelse;
    let title = format!("Kallelse med föredragningslista, {}", meeting.board.trim());
    let mut body = vec![Block::Table(Table {
        columns: vec![Align::Left, Align::Left],
        widths: Vec::new(),
        header: vec![
            Text::plain("Sammanträde"),
            Text::plain(meeting.board.trim()),
        ],
        rows: vec![
            vec![
                Text::plain("Dag"),
                Text::plain(swedish::long_date(meeting.date)),
            ],
            vec![Text::plain("Tid"), Text::plain(meeting.time.trim())],
            vec![Text::plain("Plats"), Text::plain(meeting.place.trim())],
        ],
    })];
    if let Some(justering) = &meeting.justering {
        let text = [justering.who.as_deref(), justering.when.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        if !text.is_empty() {
            body.push(Block::Paragraph(Text::plain(format!("Justering: {text}"))));
        }
    }
    body.push(Block::Heading {
        level: 1,
        text: "Föredragningslista".into(),
    });
    body.push(Block::Table(Table {
        columns: vec![
            Align::Right,
            Align::Left,
            Align::Left,
            Align::Left,
            Align::Right,
        ],
        widths: Vec::new(),
        header: ["Nr", "Ärende", "Dnr", "Föredragande", "Sida"]
            .map(Text::plain)
            .to_vec(),
        rows: agenda
            .iter()
            .map(|item| {
                vec![
                    Text::plain(item.number.to_string()),
                    Text::plain(item.title.clone()),
                    // A Dnr is one word: "SON 2026-031" never breaks.
                    Text::plain(item.dnr.clone().unwrap_or_default().replace(' ', "\u{a0}")),
                    Text::plain(item.foredragande.clone().unwrap_or_default()),
                    Text::plain(item.start_page.map(|p| p.to_string()).unwrap_or_default()),
                ]
            })
            .collect(),
    }));
    for block in &mut body {
        if let Block::Table(table) = block {
            table.widths = widths(table);
        }
    }
    Document {
        meta: document::Meta {
            title: title.clone(),
            author: sender
                .administration
                .clone()
                .or_else(|| sender.municipality.clone())
                .unwrap_or_default(),
            subject: format!("Kallelse {}", swedish::iso_date(meeting.date)),
            keywords: vec![
                "kallelse".into(),
                "föredragningslista".into(),
                meeting.board.clone(),
            ],
            language: "sv-SE".into(),
            date: document::Date {
                year: chrono::Datelike::year(&date),
                month: chrono::Datelike::month(&date),
                day: chrono::Datelike::day(&date),
                iso: swedish::iso_date(date),
                long: swedish::long_date(date),
            },
            template: "kallelse v1".into(),
        },
        letterhead: Letterhead {
            logo: None,
            logo_text: builder
                .config
                .style
                .logo_text
                .clone()
                .or_else(|| sender.municipality.clone()),
            municipality: sender.municipality.clone(),
            sender_lines: sender.administration.iter().cloned().collect(),
            contact: None,
            date: swedish::iso_date(date),
            dnr: String::new(),
            board: meeting.board.trim().to_owned(),
        },
        title: "Kallelse med föredragningslista".into(),
        body,
        signature: Signature {
            administration: None,
            signatories: vec![
                Signatory {
                    name: meeting.chair.trim().to_owned(),
                    role: Some("Ordförande".into()),
                },
                Signatory {
                    name: meeting.secretary.trim().to_owned(),
                    role: Some("Sekreterare".into()),
                },
            ],
        },
        send_to: Vec::new(),
        style: document::DocumentStyle {
            font: builder
                .config
                .style
                .font
                .clone()
                .unwrap_or_else(|| crate::pdf::DEFAULT_FONT.to_owned()),
        },
    }
}

/// Column widths that follow each column's longest cell, the header
/// included, as a prose table's do.
fn widths(table: &Table) -> Vec<u32> {
    (0..table.columns.len())
        .map(|i| {
            let longest = std::iter::once(&table.header)
                .chain(&table.rows)
                .filter_map(|row| row.get(i))
                .map(|cell| cell.to_plain().chars().count())
                .max()
                .unwrap_or(0);
            // Room for the cell's padding: a Dnr must not wrap.
            (longest + 5).clamp(5, 40) as u32
        })
        .collect()
}

fn join_packet(
    file: &MeetingFile,
    agenda: &[AgendaItem],
    kallelse: &[u8],
) -> Result<Vec<u8>, MeetingError> {
    let mut parts = vec![Part {
        bytes: kallelse,
        title: "Kallelse med föredragningslista".into(),
        parent: None,
        label: "Kallelse, s. ".into(),
    }];
    for item in agenda.iter().filter(|i| i.start_page.is_some()) {
        let heading = parts.len();
        let title = format!("Ärende {}: {}", item.number, item.title);
        let label = format!("Ärende {}, s. ", item.number);
        // Bilagor only: the item's entry opens its first bilaga.
        let bytes = item.paper.as_ref().map_or(&[][..], |p| p.pdf.as_slice());
        parts.push(Part {
            bytes,
            title,
            parent: None,
            label,
        });
        for (b, bilaga) in item.bilagor.iter().enumerate() {
            parts.push(Part {
                bytes: &bilaga.pdf,
                title: format!("Bilaga {}: {}", b + 1, bilaga.name),
                parent: Some(heading),
                label: format!("Ärende {}, bilaga {}, s. ", item.number, b + 1),
            });
        }
    }
    let title = format!(
        "Handlingar, {} {}",
        file.meeting.board.trim(),
        swedish::long_date(file.meeting.date)
    );
    packet::join(&parts, &title).map_err(|e| packet_error(file, e))
}

/// Each item's files on their own, named by item number: `05-arende.pdf`,
/// `05-arende.docx`, `05-bilaga-1-<name>.pdf`.
fn item_files(agenda: &[AgendaItem], formats: Formats) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for item in agenda {
        if let Some(paper) = &item.paper {
            files.push((format!("{:02}-arende.pdf", item.number), paper.pdf.clone()));
            if let (true, Some(docx)) = (formats.docx, &paper.docx) {
                files.push((format!("{:02}-arende.docx", item.number), docx.clone()));
            }
        }
        for (b, bilaga) in item.bilagor.iter().enumerate() {
            files.push((
                format!(
                    "{:02}-bilaga-{}-{}.pdf",
                    item.number,
                    b + 1,
                    safe_name(&bilaga.name)
                ),
                bilaga.pdf.clone(),
            ));
        }
    }
    files
}

/// A file-name-safe form of a bilaga's name.
fn safe_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let trimmed = cleaned.trim_matches('-');
    if trimmed.is_empty() {
        "bilaga".into()
    } else {
        trimmed.chars().take(60).collect()
    }
}
