//! The meeting file: a board meeting and its items, as data.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A board meeting (nämndsammanträde): when and where, who leads it, and
/// the items on its agenda (föredragningslista).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// The board that meets, e.g. "Social- och omsorgsnämnden".
    pub board: String,
    /// Date of the meeting (YYYY-MM-DD).
    #[serde(deserialize_with = "crate::case::date::de")]
    #[schemars(with = "crate::case::schema::IsoDate")]
    pub date: NaiveDate,
    /// Time, as it is printed: "13.00" or "13.00–16.00".
    pub time: String,
    /// Place, e.g. "Kommunhuset, sammanträdesrum Ljusnan".
    pub place: String,
    /// The chair (ordförande), who signs the kallelse.
    pub chair: String,
    /// The secretary (sekreterare).
    pub secretary: String,
    /// Date of the kallelse (YYYY-MM-DD): no paper may be dated after it.
    #[serde(deserialize_with = "crate::case::date::de")]
    #[schemars(with = "crate::case::schema::IsoDate")]
    pub kallelse: NaiveDate,
    /// Who checks the minutes, and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub justering: Option<Justering>,
    /// Generate the standard opening items (sammanträdets öppnande, upprop,
    /// val av justerare, godkännande av föredragningslistan). Default: yes.
    #[serde(default = "yes")]
    pub opening_items: bool,
    /// The items, in agenda order.
    pub items: Vec<Item>,
}

fn yes() -> bool {
    true
}

/// Justering of the minutes.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Justering {
    /// Who checks the minutes ("Eva Berg (S)"), or "utses vid sammanträdet".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    /// When and where, as it is printed: "2026-03-20, kommunkansliet".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
}

/// One item on the agenda: a case file, an existing paper or an
/// information item.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// A case file, built into the item's paper (path relative to the
    /// meeting file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub case: Option<PathBuf>,
    /// An existing paper, a PDF (path relative to the meeting file); give
    /// its `title` and `dnr`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub paper: Option<PathBuf>,
    /// An information item: its heading on the agenda.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info: Option<String>,
    /// The ärendemening on the agenda; for a case, its title by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Diarienummer; for a case, its Dnr by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dnr: Option<String>,
    /// Who presents the item (föredragande).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foredragande: Option<String>,
    /// Attachments (PDF files, relative to the meeting file), in order:
    /// a path, or `{ file: …, title: … }` to give the title the agenda and
    /// the packet's bookmarks show (by default the PDF's own title, else
    /// its file name).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bilagor: Vec<BilagaRef>,
}

/// A bilaga: its file, and the title to show when the file's is not right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum BilagaRef {
    /// A PDF file (path relative to the meeting file).
    File(#[schemars(with = "String")] PathBuf),
    /// A PDF file and its title.
    Titled(TitledBilaga),
}

/// A bilaga with a title of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TitledBilaga {
    /// The PDF file (path relative to the meeting file).
    #[schemars(with = "String")]
    pub file: PathBuf,
    /// Its title, e.g. "Uppföljningsrapport Solrosgruppen AB, hösten 2025".
    pub title: String,
}

impl BilagaRef {
    /// The file, as written in the meeting file.
    pub fn path(&self) -> &Path {
        match self {
            BilagaRef::File(path) => path,
            BilagaRef::Titled(t) => &t.file,
        }
    }

    /// The title the meeting file gives, if any.
    pub fn title(&self) -> Option<&str> {
        match self {
            BilagaRef::File(_) => None,
            BilagaRef::Titled(t) => Some(t.title.trim()).filter(|t| !t.is_empty()),
        }
    }
}
