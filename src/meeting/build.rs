//! Building a meeting: every item's paper, the kallelse with the page where
//! each item starts, and the handlingar as one PDF.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::load::MeetingFile;
use super::packet::{self, Part};
use crate::base::swedish;
use crate::builder::{Builder, Formats};
use crate::case::{CaseError, load_case};
use crate::compose::template::Templates;
use crate::document::{
    self, Align, Block, Document, Letterhead, Signatory, Signature, Table, Text,
};
use crate::lint::meeting::lint_meeting;
use crate::lint::rule::ItemFacts;
use crate::lint::{Diagnostic, Severity};
use crate::project::Config;
use crate::render::pdf::PdfProfile;

mod facts;
mod kallelse;
pub use facts::lint;
use facts::*;
use kallelse::*;

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
    /// Ctrl-C or SIGTERM: stopped between items, nothing built.
    #[error("avbrutet")]
    Interrupted,
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

    /// Each bilaga's title and the packet page it starts on.
    pub fn bilaga_pages(&self) -> Vec<(&str, Option<usize>)> {
        let mut next = self
            .start_page
            .map(|start| start + self.paper.as_ref().map_or(0, |p| p.pages));
        self.bilagor
            .iter()
            .map(|b| {
                let at = next;
                next = next.map(|n| n + b.pages);
                (b.name.as_str(), at)
            })
            .collect()
    }
}

/// A bilaga of an item.
#[derive(Debug, Clone)]
pub struct Bilaga {
    /// Its title: from the meeting file, the PDF's own, or its file name
    /// without extension.
    pub name: String,
    /// Its file name without extension: the item file beside the packet
    /// is named by it, whatever the title.
    pub stem: String,
    /// Shared with the item files written beside the packet: a bilaga of
    /// hundreds of megabytes is held once.
    pub pdf: Arc<[u8]>,
    pub pages: usize,
}

/// An item's paper.
#[derive(Debug, Clone)]
pub struct Paper {
    pub pdf: Arc<[u8]>,
    pub docx: Option<Arc<[u8]>>,
    pub pages: usize,
}

/// A built meeting: every file of the packet, in memory.
pub struct BuiltMeeting {
    pub agenda: Vec<AgendaItem>,
    /// (file name, bytes): kallelse, handlingar and each item's files.
    pub files: Vec<(String, Arc<[u8]>)>,
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
                if crate::base::interrupt::requested() {
                    return Err(MeetingError::Interrupted);
                }
                let number = first_number(file) + index;
                read_item(file, builder, index, number, item, profile)
            })
            .collect::<Result<_, _>>()?
    };
    agenda.extend(items);
    let interrupted = || {
        if crate::base::interrupt::requested() {
            Err(MeetingError::Interrupted)
        } else {
            Ok(())
        }
    };
    interrupted()?;
    let (kallelse, kallelse_pages) = render_kallelse(file, builder, &mut agenda, profile)?;
    interrupted()?;
    let packet = join_packet(file, &agenda, &kallelse.pdf)?;
    interrupted()?;
    let packet_pages = kallelse_pages + agenda.iter().map(AgendaItem::pages).sum::<usize>();
    // Every page numbered as the agenda cites it (counted in the packet
    // itself, so a number can never be missing).
    let packet = super::stamp::stamp(&packet, |pages| {
        builder
            .engine
            .render_page_numbers("Handlingar sida", pages)
            .map_err(|e| packet::PacketError(e.to_string()))
    })
    .map_err(|e| packet_error(file, e))?;
    let mut files = vec![("kallelse.pdf".to_owned(), kallelse.pdf.into())];
    if formats.docx {
        files.push(("kallelse.docx".to_owned(), kallelse.docx.into()));
    }
    files.push(("handlingar.pdf".to_owned(), packet.into()));
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
        let case_file = load_case(&file.resolve(case), &builder.config.sender)?;
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
            docx: Some(take(&rendered, "docx").into()),
            pdf: pdf.into(),
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
            pdf: pdf.into(),
        })
    } else {
        None
    };
    let mut bilagor = Vec::new();
    for (b, bilaga) in item.bilagor.iter().enumerate() {
        let path = file.resolve(bilaga.path());
        let bytes = read_pdf(&path).map_err(|m| fail(format!("bilaga {}: {m}", b + 1)))?;
        let (pages, own_title) = packet::page_count_and_title(&bytes)
            .map_err(|e| fail(format!("bilaga {} ({}): {}", b + 1, path.display(), e.0)))?;
        let stem = bilaga
            .path()
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("bilaga")
            .to_owned();
        // The meeting file's title, else the PDF's own, else its file name.
        let name = bilaga
            .title()
            .map(str::to_owned)
            .or(own_title)
            .unwrap_or_else(|| stem.clone());
        bilagor.push(Bilaga {
            name,
            stem,
            pdf: bytes.into(),
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
    let bytes = crate::base::read::read_bounded(path, MAX_PDF_BYTES)
        .map_err(|e| format!("{} kunde inte läsas: {e}", path.display()))?;
    if !bytes.starts_with(b"%PDF") {
        return Err(format!("{} är inte en PDF", path.display()));
    }
    Ok(bytes)
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
        let bytes = item.paper.as_ref().map_or(&[][..], |p| &p.pdf[..]);
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
fn item_files(agenda: &[AgendaItem], formats: Formats) -> Vec<(String, Arc<[u8]>)> {
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
                    safe_name(&bilaga.stem)
                ),
                bilaga.pdf.clone(),
            ));
        }
    }
    files
}

/// Whether a file name is one [`item_files`] writes: `05-arende.pdf`,
/// `05-arende.docx`, `05-bilaga-1-<name>.pdf`.
pub fn is_item_file_name(name: &str) -> bool {
    let Some((number, rest)) = name.split_once('-') else {
        return false;
    };
    let numbered = number.len() >= 2 && number.bytes().all(|b| b.is_ascii_digit());
    let bilaga = rest.strip_prefix("bilaga-").is_some_and(|r| {
        r.split_once('-').is_some_and(|(n, tail)| {
            !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && tail.ends_with(".pdf")
        })
    });
    numbered && (rest == "arende.pdf" || rest == "arende.docx" || bilaga)
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
