//! The typed case: every part of a tjänsteskrivelse, as data.
//!
//! Field names are the YAML keys. Every struct rejects unknown keys, so a
//! misspelled key is an error instead of a silently missing paragraph.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One decision paper (tjänsteskrivelse) as structured data.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Template name: a file `templates/<name>.v<version>.j2`.
    pub template: String,
    /// Template version to render with; pins the layout so an archived paper
    /// rebuilds as it looked. Defaults to the newest version available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_version: Option<u32>,
    /// File name (without extension) of the outputs; defaults to the case
    /// file's name. One path segment: no folders, no `..`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<super::schema::OutputName>")]
    pub output_name: Option<String>,
    /// Diarienummer, e.g. "SON 2026-118". May be left out only for historical
    /// papers that had none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dnr: String,
    /// Other numbers the original paper printed after its own Dnr on the
    /// same line ("TN 2005/2230 53; BUN 2004/034-62"): printed after `dnr`
    /// again, so the rebuild says what the original said (set by `beslut
    /// import`). The lint reads only `dnr`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dnr_also: Option<String>,
    /// The paper's own date (YYYY-MM-DD). Also the creation date in the PDF
    /// and DOCX metadata.
    #[serde(deserialize_with = "super::date::de")]
    #[schemars(with = "super::schema::IsoDate")]
    pub date: NaiveDate,
    /// The original paper carries no date: `date` only dates the metadata and
    /// the letterhead prints none (for imported historical papers).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub undated: bool,
    /// The letterhead writes the date out ("2 mars 2026") instead of
    /// 2026-03-02, as the original paper did (set by `beslut import`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub long_date: bool,
    /// Date of the board meeting the paper goes to.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::date::de_opt"
    )]
    #[schemars(with = "Option<super::schema::IsoDate>")]
    pub meeting: Option<NaiveDate>,
    /// The decision takes effect before the meeting that makes it (a
    /// retroactive decision); silences the lint's D107.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retroactive: bool,
    /// The case's text is printed exactly as written: `{{`, `{%` and `{#`
    /// are not template syntax. `beslut import` sets it, so that a
    /// historical paper's text is never run as a template.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub verbatim: bool,
    /// Addressee board, e.g. "Social- och omsorgsnämnden".
    pub board: String,
    /// Letterhead. Missing fields are taken from `beslut.toml`.
    #[serde(default)]
    pub sender: Sender,
    /// Title of the paper.
    pub title: String,
    /// Heading above the proposals; defaults to "Förslag till beslut".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposals_heading: Option<String>,
    /// The paper's own words for the standard section headings ("Beskrivning
    /// av ärendet", "Ekonomi", "Samverkan"); an imported paper keeps its
    /// own, a new one leaves them out.
    #[serde(default, skip_serializing_if = "SectionHeadings::is_empty")]
    pub headings: SectionHeadings,
    /// The words that lead into the proposals ("Socialnämnden beslutar"),
    /// printed above them; an imported paper keeps its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposals_lead: Option<String>,
    /// Contract facts; the avtalsforlangning template generates its sentences from these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract: Option<Contract>,
    /// Numbered proposals ("Förslag till beslut"). When absent the template
    /// generates them from the data. Text may use template expressions such as
    /// `{{ contract.supplier }}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposals: Option<Vec<String>>,
    /// The prose sections of the paper.
    #[serde(default)]
    pub sections: Sections,
    /// Beslutsunderlag: the documents the decision rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<String>,
    /// Information or negotiation under MBL (lag 1976:580).
    pub mbl: Mbl,
    /// The line over the signature, for whom or by what authority it is
    /// signed: "För socialförvaltningen", "Enligt uppdrag".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_for: Option<String>,
    /// Who signs the paper.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signed_by: Vec<Signatory>,
    /// "Beslutet skickas till": the distribution list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub send_to: Vec<String>,
    /// Lines `beslut import` could not place in any field: kept word for
    /// word for a person to place, never printed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unplaced: Vec<String>,
    /// The historical paper an imported case was read from (set by
    /// `beslut import`; copied into the manifest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// Where an imported case came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The paper's path as it was imported.
    pub paper: String,
    /// SHA-256 of the paper's bytes, so the archive can tell it is that file.
    pub sha256: String,
    /// With `import --check`: the share of the paper's words that come back
    /// in order when the case is rebuilt, as PDF and as DOCX (0–1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fidelity: Option<Fidelity>,
}

/// Word fidelity of a rebuilt paper, and the facts it did not keep.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fidelity {
    pub pdf: f64,
    pub docx: f64,
    /// The original's facts the rebuild does not state alike (title, date,
    /// Dnr, board, handläggare, signatories, proposals, tables,
    /// distribution); empty when all came back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub differing_facts: Vec<String>,
}

/// The letterhead block.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sender {
    /// Kommun, e.g. "Exempelby kommun".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    /// Förvaltning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub administration: Option<String>,
    /// Avdelning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// Enhet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Handläggare (case officer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub officer: Option<String>,
    /// The handläggare's title, printed after the name ("Anna Berg,
    /// utvecklingsledare").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub officer_title: Option<String>,
    /// Handläggarens telefon or e-post, printed under the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

/// Facts of a contract that a paper decides on.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contract {
    /// Supplier (leverantör), e.g. "Solrosgruppen AB".
    pub supplier: String,
    /// The service, e.g. "anhörigstöd till barn".
    pub service: String,
    /// Age range of the target group, e.g. "4-20".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<super::schema::AgeText>")]
    pub ages: Option<AgeRange>,
    /// First day of the contract.
    #[serde(deserialize_with = "super::date::de")]
    #[schemars(with = "super::schema::IsoDate")]
    pub start: NaiveDate,
    /// Initial term in whole years.
    pub term_years: u32,
    /// How many extensions the contract allows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_extensions: Option<u32>,
    /// Length of one extension in whole years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension_years: Option<u32>,
    /// The extension this paper proposes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<Period>,
}

/// A closed period of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day (från och med).
    #[serde(deserialize_with = "super::date::de")]
    #[schemars(with = "super::schema::IsoDate")]
    pub from: NaiveDate,
    /// Last day (till och med).
    #[serde(deserialize_with = "super::date::de")]
    #[schemars(with = "super::schema::IsoDate")]
    pub to: NaiveDate,
}

/// An age range in whole years, both ends included; `to: None` has no
/// upper bound (`65+`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgeRange {
    pub from: u32,
    pub to: Option<u32>,
}

/// The prose of the paper. Each field accepts paragraphs separated by blank
/// lines, bullet (`- `) or numbered (`1. `) lists, `**fet**` and `*kursiv*`
/// (or `_kursiv_`) text, and pipe tables: a header row, an alignment row
/// (`|---|--:|`) and body rows, e.g. `| Post | 2027 |`; columns of amounts
/// are right-aligned. Everything else is printed exactly as written.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sections {
    /// Text under the title before the first section, printed without a
    /// heading: an imported paper's opening paragraph or table (a
    /// kallelse's time and place).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    /// "Ärende": what the board is asked to decide, in summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arende: Option<String>,
    /// "Bakgrund".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bakgrund: Option<String>,
    /// Further sections after Bakgrund, in order (Uppföljning, Barnrättsperspektiv …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other: Vec<NamedSection>,
    /// "Ekonomiska konsekvenser".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ekonomi: Option<String>,
}

/// Headings a paper writes in its own words instead of the standard ones.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SectionHeadings {
    /// Instead of "Ärende".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arende: Option<String>,
    /// Instead of "Bakgrund".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bakgrund: Option<String>,
    /// Instead of "Ekonomiska konsekvenser".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ekonomi: Option<String>,
    /// Instead of "Information eller förhandling enligt lag (1976:580) …".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mbl: Option<String>,
    /// Instead of "Beslutet skickas till:".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_to: Option<String>,
}

impl SectionHeadings {
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }

    /// Each section's heading: the paper's own, or the standard one.
    pub fn arende(&self) -> &str {
        own_or(&self.arende, super::headings::ARENDE)
    }

    pub fn bakgrund(&self) -> &str {
        own_or(&self.bakgrund, super::headings::BAKGRUND)
    }

    pub fn ekonomi(&self) -> &str {
        own_or(&self.ekonomi, super::headings::EKONOMI)
    }

    pub fn mbl(&self) -> &str {
        own_or(&self.mbl, super::headings::MBL)
    }

    pub fn send_to(&self) -> &str {
        own_or(&self.send_to, super::headings::SEND_TO)
    }
}

fn own_or<'a>(own: &'a Option<String>, standard: &'a str) -> &'a str {
    own.as_deref()
        .filter(|h| !h.trim().is_empty())
        .unwrap_or(standard)
}

/// A section with its own heading.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NamedSection {
    /// The heading, e.g. "Uppföljning".
    pub heading: String,
    /// The prose.
    pub text: String,
}

/// Information or negotiation under lag (1976:580) om medbestämmande i arbetslivet.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mbl {
    /// `information`, `forhandling`, `ej_aktuellt`, or for an imported
    /// paper that says nothing about MBL `ej_angivet`.
    pub kind: MblKind,
    /// When the information was given or the negotiation held; required
    /// unless `kind` is `ej_aktuellt`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::date::de_opt"
    )]
    #[schemars(with = "Option<super::schema::IsoDate>")]
    pub date: Option<NaiveDate>,
    /// Replaces the generated sentence (for imported historical papers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// What happened under MBL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MblKind {
    /// Information enligt MBL § 19.
    Information,
    /// Förhandling enligt MBL § 11.
    Forhandling,
    /// Not applicable.
    EjAktuellt,
    /// The paper says nothing about MBL: an imported historical paper
    /// without the section (`verbatim: true` only). The rebuilt paper has
    /// no MBL section either, rather than a sentence its writer never wrote.
    EjAngivet,
}

/// A signature line.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// Full name.
    pub name: String,
    /// Title, e.g. "Förvaltningschef".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

impl Sender {
    /// Fills every missing field from `defaults`.
    pub fn or(self, defaults: &Sender) -> Sender {
        let pick = |own: Option<String>, default: &Option<String>| own.or_else(|| default.clone());
        Sender {
            municipality: pick(self.municipality, &defaults.municipality),
            administration: pick(self.administration, &defaults.administration),
            department: pick(self.department, &defaults.department),
            unit: pick(self.unit, &defaults.unit),
            // A title belongs to its officer: the defaults' only with theirs.
            officer_title: if self.officer.is_some() {
                self.officer_title
            } else {
                defaults.officer_title.clone()
            },
            officer: pick(self.officer, &defaults.officer),
            contact: pick(self.contact, &defaults.contact),
        }
    }
}
