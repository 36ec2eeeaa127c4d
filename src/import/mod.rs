//! Import: a historical paper (.txt, .md, .docx) back into a draft case file.
//!
//! The prose is kept word for word (hard line breaks, hyphenation and page
//! artefacts removed): the rebuilt paper says what the original said,
//! historical mistakes included. Facts the lint recognises (supplier,
//! service, ages, term, extension) are added as data beside the text.
//! Whatever cannot be placed is kept in `unplaced`, never dropped.

use std::path::Path;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::case::{
    Case, Contract, Mbl, MblKind, NamedSection, Period, Sections, Sender, Signatory,
};
use crate::paper::about::{age_target, decision_party, proposal_period, service_key};
use crate::paper::scan::number_value;
use crate::paper::structure::{ReadError, paper_from_raw, paper_from_text};
use crate::paper::{Paper, Region, SectionKind};
use crate::reader::{Format, RawPaper};

mod check;
mod facts;
mod fidelity;
mod header;
mod letterhead;
mod prose;
mod signature;
mod yaml;

pub use crate::reader::pdf_text;
pub use check::{StatedFacts, differing_facts, stated_facts, tables};
use facts::*;
pub use fidelity::{Rebuild, Score, missing_words, rebuild_fidelity, word_fidelity};
use header::*;
use letterhead::*;
pub use prose::join_lines;
use prose::*;
use signature::*;
pub use yaml::to_yaml;

/// A draft case and what the import could not do.
#[derive(Debug, Clone)]
pub struct Imported {
    pub case: Case,
    /// Notes for the archivist (a missing date, a guessed field).
    pub notes: Vec<String>,
    /// The paper's text as read (for a .docx, its paragraphs).
    pub original: String,
    /// The paper as the reader read it (format, furniture), for the lint.
    pub raw: RawPaper,
}

/// Reads and imports one paper.
pub fn import_file(path: &Path) -> Result<Imported, ReadError> {
    Ok(import_raw(path, crate::reader::read_paper(path)?))
}

/// Imports a paper's plain text.
pub fn import_text(path: &Path, text: &str) -> Imported {
    import_raw(
        path,
        RawPaper {
            text: text.to_owned(),
            format: Format::Text,
            encoding: "UTF-8",
            furniture_end: 0,
            header_end: 0,
        },
    )
}

/// Imports a paper as the reader read it.
pub fn import_raw(path: &Path, raw: RawPaper) -> Imported {
    let original = raw.reading_order();
    let text = original.as_str();
    let raw_copy = raw.clone();
    let (furniture, body) = raw.text.split_at(raw.furniture_end);
    let cleaned = format!("{furniture}{}", remove_page_artefacts(body));
    let furniture_end = furniture.len();
    let paper = paper_from_raw(
        path.to_owned(),
        RawPaper {
            text: cleaned,
            ..raw
        },
        &Default::default(),
    );
    debug_assert!(
        paper
            .read
            .as_ref()
            .is_some_and(|r| r.furniture_end == furniture_end)
    );
    let mut notes = Vec::new();
    let mut unplaced = Vec::new();
    let mut case = empty_case();

    // Whether the title so far is a letterhead line (a guess a heading beats).
    let mut letterhead_title = false;
    // Whether an agenda's second item has begun (a second proposals section).
    let mut later_item = false;
    for region in &paper.regions {
        let body = region_body(&paper, region);
        // A signature may close any section, also a list.
        let body = match region.kind {
            SectionKind::Header | SectionKind::Title | SectionKind::Proposals => body,
            _ => take_signature(&body, &mut case),
        };
        match &region.kind {
            SectionKind::Header => {
                read_header(&paper, region, &mut case, &mut unplaced);
                letterhead_title = !case.title.is_empty();
            }
            SectionKind::Title => {}
            SectionKind::Proposals if case.proposals.is_none() => {
                case.proposals_heading = Some(heading_text(&paper, region));
                let (lead, items) = proposals(&paper, region, &mut unplaced);
                case.proposals_lead = lead;
                case.proposals = Some(items);
            }
            SectionKind::Proposals => {
                // A second proposals section (an agenda's next item): printed
                // again under its own heading, not merged into the case's
                // proposals, which are the first item's.
                // A new item once the last one's description has been read
                // (a proposal's sub-heading, "Kommunstyrelsens beslut", is none).
                later_item |= case.sections.arende.is_some();
                case.sections.other.push(own_section(&paper, region, &body));
            }
            // A later item's own sections follow its proposals, each under
            // its heading, in the order the agenda has them.
            SectionKind::Arende | SectionKind::Bakgrund | SectionKind::Ekonomi if later_item => {
                case.sections.other.push(own_section(&paper, region, &body));
            }
            SectionKind::Arende => {
                let own = own_heading(&paper, region, crate::case::headings::ARENDE);
                if case.sections.arende.is_some() && own.is_some() && own != case.headings.arende {
                    // "Sammanfattning", then "Beskrivning av ärendet": two
                    // sections, each under its own heading.
                    case.sections.other.push(own_section(&paper, region, &body));
                } else {
                    if case.sections.arende.is_none() {
                        case.headings.arende = own;
                    }
                    append(&mut case.sections.arende, prose(&body));
                }
            }
            SectionKind::Basis => case.basis.extend(basis_items(&body)),
            SectionKind::Bakgrund => {
                if case.sections.bakgrund.is_none() {
                    case.headings.bakgrund =
                        own_heading(&paper, region, crate::case::headings::BAKGRUND);
                }
                append(&mut case.sections.bakgrund, prose(&body));
            }
            SectionKind::Ekonomi => {
                if case.sections.ekonomi.is_none() {
                    case.headings.ekonomi =
                        own_heading(&paper, region, crate::case::headings::EKONOMI);
                }
                append(&mut case.sections.ekonomi, prose(&body));
            }
            SectionKind::Mbl => {
                case.headings.mbl = own_heading(&paper, region, crate::case::headings::MBL);
                read_mbl(&body, &mut case);
            }
            SectionKind::Distribution => {
                case.headings.send_to = own_heading(
                    &paper,
                    region,
                    crate::case::headings::SEND_TO.trim_end_matches(':'),
                );
                case.send_to = body
                    .iter()
                    .map(|l| clean_line(bullet_item(l).unwrap_or(l)))
                    .filter(|l| !l.is_empty())
                    .collect();
                // The list on its label's line ("Beslutet skickas till: A, B"),
                // as the paper reader split it.
                if case.send_to.is_empty() {
                    case.send_to = paper
                        .facts
                        .send_to
                        .iter()
                        .flatten()
                        .map(|n| n.value.clone())
                        .collect();
                }
            }
            // A heading before the proposals with nothing under it is the
            // title, also when a line of the letterhead was taken for one.
            SectionKind::Other(heading)
                if (case.title.is_empty() || (letterhead_title && body_is_empty(&body)))
                    && is_markdown_heading(&paper, region)
                    && case.proposals.is_none() =>
            {
                if letterhead_title {
                    // The line taken for a title is a letterhead line after
                    // all: its field, if it has one ("Tommy Larserö").
                    let line = std::mem::take(&mut case.title);
                    if !place_sender_line(&line, &mut case.sender) {
                        unplaced.push(line);
                    }
                    letterhead_title = false;
                }
                case.title = heading.clone();
                // Text or a table under the title (a kallelse's time and
                // place) is printed there again; other lines are letterhead
                // leftovers.
                if is_text_or_table(&body) {
                    append(&mut case.sections.intro, prose(&body));
                } else {
                    unplaced.extend(body.iter().map(|l| clean_line(l)).filter(|l| !l.is_empty()));
                }
            }
            SectionKind::Other(heading) => case.sections.other.push(NamedSection {
                heading: heading.clone(),
                text: prose(&body),
            }),
        }
    }
    take_letterhead_facts(&paper, &mut case, &mut unplaced);
    title_after_letterhead(&mut case, &mut unplaced);
    add_facts(&mut case, &mut notes);
    finish_dates(&paper, &mut case, &mut notes);
    if case.title.is_empty() {
        // A paper needs a title to be built (PDF/UA); its first words stand
        // in for one, and the archivist is told.
        let text = [
            case.sections.intro.as_deref(),
            case.sections.arende.as_deref(),
            unplaced.first().map(String::as_str),
        ]
        .into_iter()
        .flatten()
        .next()
        .unwrap_or("");
        case.title = first_words(text, 12);
        notes.push(if case.title.is_empty() {
            "ingen rubrik hittades".into()
        } else {
            format!(
                "ingen rubrik hittades; textens första ord står som rubrik: ”{}”",
                case.title
            )
        });
    }
    // Lines the signature could not place were kept on the case as it went.
    unplaced.append(&mut case.unplaced);
    case.unplaced = unplaced;
    Imported {
        case,
        notes,
        original: text.to_owned(),
        raw: raw_copy,
    }
}

/// The first sentence of `text` if it is short, else its first `n` words.
fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().take(n).collect();
    let sentence_end = words.iter().position(|w| w.ends_with(['.', ':', '?', '!']));
    let end = sentence_end.map_or(words.len(), |i| i + 1);
    words[..end]
        .join(" ")
        .trim_end_matches(['.', ':'])
        .to_owned()
}

/// Lines with a sentence of six words or more, or a table's rows.
fn is_text_or_table(body: &[&str]) -> bool {
    body.iter().any(|l| {
        let line = l.trim();
        line.contains('\t') || (line.split_whitespace().count() >= 6 && line.ends_with('.'))
    })
}

fn body_is_empty(body: &[&str]) -> bool {
    body.iter().all(|l| clean_line(l).is_empty())
}

fn empty_case() -> Case {
    Case {
        template: "tjansteskrivelse".into(),
        template_version: Some(1),
        output_name: None,
        dnr: String::new(),
        dnr_also: None,
        date: NaiveDate::default(),
        undated: false,
        long_date: false,
        meeting: None,
        retroactive: false,
        verbatim: true,
        board: String::new(),
        sender: Sender::default(),
        title: String::new(),
        proposals_heading: None,
        headings: crate::case::SectionHeadings::default(),
        proposals_lead: None,
        contract: None,
        proposals: None,
        sections: Sections::default(),
        basis: Vec::new(),
        // Until an MBL section is read: the paper says nothing about MBL.
        mbl: Mbl {
            kind: MblKind::EjAngivet,
            date: None,
            text: None,
        },
        signed_for: None,
        signed_by: Vec::new(),
        send_to: Vec::new(),
        unplaced: Vec::new(),
        source: None,
    }
}

/// A paper imported into a case file: what was written and what a reader
/// of the import should be told.
#[derive(Debug)]
pub struct ImportDone {
    /// What the import could not do.
    pub notes: Vec<String>,
    /// Lines that fit no field.
    pub unplaced: Vec<String>,
    /// The lint's findings in the paper as read.
    pub findings: Vec<crate::lint::Diagnostic>,
    /// The paper's text as the reader read it (findings point into it).
    pub read_text: String,
    /// The original's words in reading order, for the fidelity measure.
    pub original: String,
    /// With a builder: what the rebuilt PDF and DOCX kept, or why the case
    /// could not be rebuilt.
    pub fidelity: Option<Result<Rebuild, String>>,
}

/// Why a paper was not imported. Displays as the line the command prints.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Read(#[from] ReadError),
    #[error("fel: {} finns redan; använd --force för att skriva över", .0.display())]
    Exists(std::path::PathBuf),
    #[error("fel: {}: importen gav ett ärende som inte går att bygga; inget skrevs:\n{error}", paper.display())]
    Unbuildable {
        paper: std::path::PathBuf,
        error: Box<crate::case::CaseError>,
    },
    #[error("fel: kan inte skriva {}: {}", path.display(), crate::base::swedish::io_error(source))]
    Write {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
}

/// Imports `paper` into the case file `target`: read, placed, recorded with
/// its source (file and SHA-256), checked to build, with `builder` rebuilt
/// in memory and scored, written atomically, and linted as read. Never
/// writes a case file that `beslut build` would refuse.
pub fn import_to_case(
    paper: &Path,
    target: &Path,
    force: bool,
    config: &crate::project::Config,
    builder: Option<&crate::builder::Builder>,
) -> Result<ImportDone, ImportError> {
    let (raw, bytes) = crate::reader::read_paper_keeping_bytes(paper)?;
    let mut imported = import_raw(paper, raw);
    // Provenance: which file, exactly, the case was read from.
    imported.case.source = Some(crate::case::Source {
        paper: paper.display().to_string(),
        sha256: crate::base::hash::sha256_hex(&bytes),
        fidelity: None,
    });
    if target.exists() && !force {
        return Err(ImportError::Exists(target.to_owned()));
    }
    let mut yaml = to_yaml(&imported.case, paper, &imported.notes);
    crate::case::parse_case(target, yaml.clone(), &config.sender).map_err(|error| {
        ImportError::Unbuildable {
            paper: paper.to_owned(),
            error: Box::new(error),
        }
    })?;
    // With a builder the fidelity is measured before writing, so the case
    // records it beside its source (the figure does not depend on it).
    let fidelity = builder.map(|builder| rebuild_fidelity(builder, &imported, target, &yaml));
    if let (Some(Ok(rebuild)), Some(source)) = (&fidelity, imported.case.source.as_mut()) {
        source.fidelity = Some(crate::case::Fidelity {
            pdf: rebuild.pdf.0,
            docx: rebuild.docx.0,
            differing_facts: rebuild.differing.clone(),
        });
        yaml = to_yaml(&imported.case, paper, &imported.notes);
    }
    crate::base::output::write_atomic(target, yaml.as_bytes()).map_err(|source| {
        ImportError::Write {
            path: target.to_owned(),
            source,
        }
    })?;
    let as_read = paper_from_raw(
        paper.to_owned(),
        imported.raw.clone(),
        &config.lint.section_names,
    );
    let findings = crate::lint::lint_paper(&as_read, &config.lint);
    Ok(ImportDone {
        notes: imported.notes,
        unplaced: imported.case.unplaced,
        findings,
        read_text: as_read.source,
        original: imported.original,
        fidelity,
    })
}

#[cfg(test)]
mod tests;
