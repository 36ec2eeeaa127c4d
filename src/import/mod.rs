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
mod letterhead;
mod prose;
mod signature;
mod yaml;

pub use crate::reader::pdf_text;
pub use check::{StatedFacts, differing_facts, stated_facts, tables};
use facts::*;
pub use fidelity::{Rebuild, Score, missing_words, rebuild_fidelity, word_fidelity};
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
                // A second proposals section (an agenda's next item): kept, not merged.
                unplaced.extend(body.iter().map(|l| clean_line(l)).filter(|l| !l.is_empty()));
            }
            SectionKind::Arende => {
                let own = own_heading(&paper, region, crate::case::headings::ARENDE);
                if case.sections.arende.is_some() && own.is_some() && own != case.headings.arende {
                    // "Sammanfattning", then "Beskrivning av ärendet": two
                    // sections, each under its own heading.
                    case.sections.other.push(NamedSection {
                        heading: heading_text(&paper, region),
                        text: prose(&body),
                    });
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
                unplaced.extend(body.iter().map(|l| clean_line(l)).filter(|l| !l.is_empty()));
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

fn body_is_empty(body: &[&str]) -> bool {
    body.iter().all(|l| clean_line(l).is_empty())
}

fn empty_case() -> Case {
    Case {
        template: "tjansteskrivelse".into(),
        template_version: Some(1),
        output_name: None,
        dnr: String::new(),
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
mod tests {
    use super::*;

    #[test]
    fn hard_wrapped_lines_join_and_hyphenation_goes() {
        let lines: Vec<String> = [
            "Avtalet gäller för verk-",
            "samheten och Social-",
            "och omsorgsförvaltningen.",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            join_lines(&lines),
            "Avtalet gäller för verksamheten och Social- och omsorgsförvaltningen."
        );
    }

    #[test]
    fn a_heading_written_twice_keeps_both_sections() {
        let text = "Dnr SN 2026/140\n\nFörslag till beslut\n1. Godkänna.\n\nÄrende\nFörsta delen.\n\nÄrende\nAndra delen.\n";
        let imported = import_text(Path::new("x.txt"), text);
        let arende = imported.case.sections.arende.unwrap();
        assert!(
            arende.contains("Första delen.") && arende.contains("Andra delen."),
            "{arende}"
        );
    }

    #[test]
    fn a_papers_own_headings_are_kept() {
        let text = "Dnr SN 2026/140\n\nStöd i Ekby\n\nSammanfattning\nKort.\n\nBeslutsförslag\n1. Godkänna.\n\nBeskrivning av ärendet\nLängre.\n\nEkonomi\nRyms.\n\nSamverkan\nInformation lämnades den 3 mars 2026.\n";
        let case = import_text(Path::new("x.txt"), text).case;
        assert_eq!(case.headings.arende.as_deref(), Some("Sammanfattning"));
        assert_eq!(case.sections.arende.as_deref(), Some("Kort."));
        assert_eq!(case.sections.other[0].heading, "Beskrivning av ärendet");
        assert_eq!(case.headings.ekonomi.as_deref(), Some("Ekonomi"));
        assert_eq!(case.headings.mbl.as_deref(), Some("Samverkan"));
        let sent = import_text(
            Path::new("x.txt"),
            &format!("{text}\nBeslutet ska skickas till\nKS\n"),
        )
        .case;
        assert_eq!(
            sent.headings.send_to.as_deref(),
            Some("Beslutet ska skickas till")
        );
        // The standard headings are no paper's own.
        let standard = "Dnr SN 2026/140\n\nÄrende\nText.\n\nEkonomiska konsekvenser\nRyms.\n\nBeslutet skickas till:\nKS\n";
        assert!(
            import_text(Path::new("x.txt"), standard)
                .case
                .headings
                .is_empty()
        );
    }

    #[test]
    fn a_letterhead_without_blank_lines_ends_in_its_title() {
        let text = "Ekby kommun, Socialförvaltningen\nAnna Berg, utvecklingsledare\n2026-03-02\nDnr SN 2026/114\nSocialnämnden\nÄrende: Stöd i Ekby\nFörvaltningens förslag till beslut\n1. Godkänna.\nBakgrund\nText.\n";
        let case = import_text(Path::new("x.txt"), text).case;
        assert_eq!(case.title, "Ärende: Stöd i Ekby");
        assert!(case.unplaced.is_empty(), "{:?}", case.unplaced);
    }

    #[test]
    fn a_date_written_out_is_printed_so_again() {
        let text = "Ekby kommun\nDatum 2 mars 2026\nDnr SN 2026/140\n\nStöd\n\nFörslag till beslut\n1. Godkänna.\n";
        let case = import_text(Path::new("x.txt"), text).case;
        assert!(case.long_date);
        assert_eq!(case.date.to_string(), "2026-03-02");
        let iso = import_text(
            Path::new("x.txt"),
            &text.replace("2 mars 2026", "2026-03-02"),
        )
        .case;
        assert!(!iso.long_date);
    }

    #[test]
    fn a_municipality_and_its_administration_on_one_line() {
        let text = "Ekby kommun, Socialförvaltningen\n\n2026-03-02\nDnr SN 2026/140\n\nSocialnämnden\n\nStöd i Ekby\n\nFörslag till beslut\n1. Godkänna.\n\nÄrende\nText.\n";
        let sender = import_text(Path::new("x.txt"), text).case.sender;
        assert_eq!(sender.municipality.as_deref(), Some("Ekby kommun"));
        assert_eq!(
            sender.administration.as_deref(),
            Some("Socialförvaltningen")
        );
    }

    #[test]
    fn the_line_over_the_signature_is_kept() {
        let text = "Dnr SN 2026/140\n\nFörslag till beslut\n1. Godkänna.\n\nÄrende\nText.\n\nFör socialförvaltningen\n\nAnna Berg\nutvecklingsledare\n\nBeslutet skickas till\nKS\n";
        let case = import_text(Path::new("x.txt"), text).case;
        assert_eq!(case.signed_for.as_deref(), Some("För socialförvaltningen"));
        assert_eq!(case.signed_by.len(), 1);
        assert!(case.unplaced.is_empty(), "{:?}", case.unplaced);
    }

    #[test]
    fn signature_name_and_title_stay_apart() {
        let text = "Dnr SN 2026/140\n\nFörslag till beslut\n1. Godkänna.\n\nSamverkan\nInformation lämnades den 3 mars 2026.\n\nVera Ek\nFörvaltningschef\n\nBeslutet skickas till\nKS\n";
        let imported = import_text(Path::new("x.txt"), text);
        let signed = &imported.case.signed_by;
        assert_eq!(signed.len(), 1, "{signed:?}");
        assert_eq!(signed[0].name, "Vera Ek");
        assert_eq!(signed[0].role.as_deref(), Some("Förvaltningschef"));
        assert_eq!(imported.case.mbl.kind, MblKind::Information);
    }

    #[test]
    fn a_paper_silent_on_mbl_stays_silent_and_an_office_over_the_name_is_the_senders() {
        let text = "Kommunledningskontoret\nEkonomiavdelningen\nDnr KS 2025/118\n\nDelårsrapport\n\nFörslag till beslut\n1. Godkänna.\n\nÄrende\nText.\n\nKommunledningskontoret\nPer Persson\nController\n";
        let imported = import_text(Path::new("x.txt"), text);
        assert_eq!(imported.case.mbl.kind, MblKind::EjAngivet);
        let signed: Vec<&str> = imported
            .case
            .signed_by
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(signed, ["Per Persson"]);
        assert_eq!(
            imported.case.sender.administration.as_deref(),
            Some("Kommunledningskontoret")
        );
    }

    #[test]
    fn signatories_side_by_side_in_a_table_are_two() {
        let text = "Dnr SN 2026/140\n\nFörslag till beslut\n1. Godkänna.\n\nÄrende\nText.\n\nPetra Sandell\tLena Björkqvist\nAvdelningschef Stöd och omsorg\tUtredare\n\nBeslutet skickas till\nKS\n";
        let imported = import_text(Path::new("x.txt"), text);
        let signed: Vec<(&str, Option<&str>)> = imported
            .case
            .signed_by
            .iter()
            .map(|s| (s.name.as_str(), s.role.as_deref()))
            .collect();
        assert_eq!(
            signed,
            [
                ("Petra Sandell", Some("Avdelningschef Stöd och omsorg")),
                ("Lena Björkqvist", Some("Utredare"))
            ]
        );
        assert_eq!(imported.case.sections.arende.as_deref(), Some("Text."));
    }

    #[test]
    fn a_contact_line_or_form_name_is_never_the_title() {
        for (letterhead, kept) in [
            (
                "Norrby kommun\nTekniska förvaltningen\n\nTel 0123-456 78",
                "Tel 0123-456 78",
            ),
            // The form the template prints: nothing to keep.
            ("Norrby kommun\n\nTJÄNSTESKRIVELSE", ""),
            ("Norrby kommun\n\nPROTOKOLLSUTDRAG", "PROTOKOLLSUTDRAG"),
            (
                "Norrby kommun\n\nTjänsteskrivelse fornamn.efternamn@norrby.se",
                "Tjänsteskrivelse fornamn.efternamn@norrby.se",
            ),
        ] {
            let text = format!(
                "{letterhead}\n\n# Ny taxa för slamtömning\n\n## Förslag till beslut\n1. Taxan antas.\n\n## Ärende\nText.\n"
            );
            let imported = import_text(Path::new("x.txt"), &text);
            assert_eq!(
                imported.case.title, "Ny taxa för slamtömning",
                "{letterhead}"
            );
            assert!(
                imported.case.sections.other.is_empty(),
                "{:?}",
                imported.case.sections.other
            );
            // Kept: as the sender's contact line, or under `unplaced`.
            let contact = imported.case.sender.contact.as_deref();
            assert!(
                kept.is_empty()
                    || contact == Some(kept)
                    || imported.case.unplaced.iter().any(|l| l == kept),
                "{:?} {contact:?}",
                imported.case.unplaced
            );
        }
    }

    #[test]
    fn a_title_line_in_the_letterhead_stays_the_title() {
        let text = "Norrby kommun\n\nNy taxa för slamtömning\n\n## Förslag till beslut\n1. Taxan antas.\n\n## Analys\nText.\n";
        let imported = import_text(Path::new("x.txt"), text);
        assert_eq!(imported.case.title, "Ny taxa för slamtömning");
        assert_eq!(imported.case.sections.other.len(), 1);
    }

    #[test]
    fn a_letterhead_run_into_the_title_line_is_cut_off() {
        let text = "SOCIALFÖRVALTNINGEN Handläggare Datum Diarienummer Exempelsson Kim 2026-05-26 SON-2026-0180 Socialnämnden Tillsyn av boendet Solgläntan, Dnr 8.5-123/2026 Förslag till beslut Socialnämnden föreslås besluta att avge yttrande enligt förslaget. Ärendet Inspektionen har granskat boendet.\n";
        let imported = import_text(Path::new("x.txt"), text);
        assert_eq!(
            imported.case.title,
            "Tillsyn av boendet Solgläntan, Dnr 8.5-123/2026"
        );
        assert_eq!(imported.case.dnr, "SON-2026-0180");
        assert!(
            imported
                .case
                .unplaced
                .iter()
                .any(|l| l.starts_with("SOCIALFÖRVALTNINGEN Handläggare")),
            "{:?}",
            imported.case.unplaced
        );
        // A title that names its board and Dnr, without a label or the
        // officer, stays whole.
        let text = "# Socialnämnden: yttrande SON-2026-0180 Solgläntan\n\n## Förslag till beslut\n1. Yttrandet antas.\n";
        let imported = import_text(Path::new("x.md"), text);
        assert!(
            imported.case.title.starts_with("Socialnämnden"),
            "{}",
            imported.case.title
        );
    }

    #[test]
    fn a_paper_without_a_heading_gets_its_first_words_as_title() {
        let text = "Sedan 2020 har nämnden haft ett avtal om hemtjänst i glesbygd som nu löper ut och behöver ersättas av ett nytt avtal. Mer text följer här.\n";
        let imported = import_text(Path::new("x.txt"), text);
        assert_eq!(
            imported.case.title,
            "Sedan 2020 har nämnden haft ett avtal om hemtjänst i glesbygd som"
        );
        assert!(
            imported
                .notes
                .iter()
                .any(|n| n.contains("textens första ord"))
        );
    }

    #[test]
    fn imported_text_is_never_a_template() {
        let text = "Dnr SN 2026/140\n\nFörslag till beslut\n1. Godkänna {{ 7 * 7 }} och {% for i in range(9) %}x{% endfor %} {# c #}.\n\nÄrende\nText.\n";
        let imported = import_text(Path::new("x.txt"), text);
        assert!(imported.case.verbatim);
        let yaml = to_yaml(&imported.case, Path::new("x.txt"), &imported.notes);
        assert!(yaml.contains("verbatim: true"), "{yaml}");
    }

    #[test]
    fn page_numbers_are_removed() {
        assert_eq!(
            remove_page_artefacts("text\nSida 2 av 5\nmer\n3 (5)\nslut"),
            "text\n\nmer\n\nslut"
        );
    }

    #[test]
    fn fidelity_counts_words_in_order() {
        assert_eq!(word_fidelity("ett två tre", "ett två tre"), 1.0);
        assert!((word_fidelity("ett två tre fyra", "ett tre två") - 0.5).abs() < 1e-9);
        assert_eq!(word_fidelity("Social- och", "social och extra"), 1.0);
    }
}
