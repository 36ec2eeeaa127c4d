//! What the lint reads: a paper as source text divided into regions (the
//! sections of a finished paper, or the prose fields of a case file), plus the
//! facts that are known as data.

use std::ops::Range;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::case::headings;
use crate::case::{AgeRange, CaseFile, Period};

use super::scan::{Scan, Span, scan_range};

/// The part of a paper a region belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SectionKind {
    /// Letterhead, date, Dnr, board: everything before the title.
    Header,
    Title,
    /// "Förslag till beslut".
    Proposals,
    Arende,
    /// "Beslutsunderlag".
    Basis,
    Bakgrund,
    Ekonomi,
    /// "Information eller förhandling enligt … MBL".
    Mbl,
    /// "Beslutet skickas till".
    Distribution,
    /// Any other heading ("Uppföljning").
    Other(String),
}

impl SectionKind {
    /// The section a configuration key names (`ekonomi`, `mbl` …).
    pub fn from_key(key: &str) -> Option<SectionKind> {
        Some(match key {
            "proposals" => SectionKind::Proposals,
            "arende" => SectionKind::Arende,
            "basis" => SectionKind::Basis,
            "bakgrund" => SectionKind::Bakgrund,
            "ekonomi" => SectionKind::Ekonomi,
            "mbl" => SectionKind::Mbl,
            "distribution" => SectionKind::Distribution,
            _ => return None,
        })
    }

    /// The configuration key, for `inspect`: `proposals`, `arende` …,
    /// `header`, `title`, `other`.
    pub fn key(&self) -> &'static str {
        match self {
            SectionKind::Header => "header",
            SectionKind::Title => "title",
            SectionKind::Proposals => "proposals",
            SectionKind::Arende => "arende",
            SectionKind::Basis => "basis",
            SectionKind::Bakgrund => "bakgrund",
            SectionKind::Ekonomi => "ekonomi",
            SectionKind::Mbl => "mbl",
            SectionKind::Distribution => "distribution",
            SectionKind::Other(_) => "other",
        }
    }

    /// The Swedish heading, for messages.
    pub fn heading(&self) -> &str {
        match self {
            SectionKind::Header => "sidhuvudet",
            SectionKind::Title => "rubriken",
            SectionKind::Proposals => headings::PROPOSALS,
            SectionKind::Arende => headings::ARENDE,
            SectionKind::Basis => "Beslutsunderlag",
            SectionKind::Bakgrund => headings::BAKGRUND,
            SectionKind::Ekonomi => headings::EKONOMI,
            SectionKind::Mbl => "Information eller förhandling enligt MBL",
            SectionKind::Distribution => "Beslutet skickas till",
            SectionKind::Other(heading) => heading,
        }
    }
}

/// A stretch of the source that belongs to one section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    pub range: Span,
    pub kind: SectionKind,
}

/// A value with the place it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

/// Contract facts from a case file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContractFacts {
    pub supplier: Located<String>,
    pub service: Located<String>,
    pub ages: Option<Located<AgeRange>>,
    pub start: Located<NaiveDate>,
    pub term_years: u32,
    pub max_extensions: Option<u32>,
    pub extension_years: Option<u32>,
    pub extension: Option<Located<Period>>,
}

/// What kind of input the paper came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaperKind {
    /// A case file: structured facts plus prose fields.
    Case,
    /// A finished paper: text only.
    Text,
}

/// Facts known about the paper as a whole.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    pub paper_date: Option<Located<NaiveDate>>,
    pub meeting: Option<Located<NaiveDate>>,
    pub dnr: Option<Located<String>>,
    /// The own Dnr as the letterhead prints it after its label, also cut
    /// short by extraction ("2014/") or in a form too short to compare
    /// ("2012-KS"): what an imported case keeps. Rules compare `dnr` only.
    pub dnr_as_printed: Option<Located<String>>,
    /// The board the paper goes to.
    pub board: Option<Located<String>>,
    /// The handläggare.
    pub officer: Option<Located<String>>,
    /// The date MBL information was given or negotiation held (case files).
    pub mbl_date: Option<Located<NaiveDate>>,
    pub contract: Option<ContractFacts>,
    /// "Beslutet skickas till": None when the paper has no such list.
    pub send_to: Option<Vec<Located<String>>>,
    /// The decision may take effect before it is made.
    pub retroactive: bool,
    /// Sections a case file lacks although the template did not fill them.
    pub missing_sections: Vec<SectionKind>,
}

impl Facts {
    /// The own Dnr as the paper prints it, cut short or whole: what an
    /// archive's copy keeps.
    pub fn printed_dnr(&self) -> Option<&Located<String>> {
        self.dnr_as_printed.as_ref().or(self.dnr.as_ref())
    }
}

/// A paper ready for the rules.
#[derive(Debug, Clone)]
pub struct Paper {
    pub path: PathBuf,
    pub kind: PaperKind,
    pub source: String,
    pub regions: Vec<Region>,
    pub facts: Facts,
    /// The scanner's findings over every region, in source order.
    pub scan: Scan,
    /// How a finished paper was read (None for case files).
    pub read: Option<ReadInfo>,
    line_starts: Vec<usize>,
    /// Character counts at checkpoints, built on first use: columns on very
    /// long lines (a flat text of one line) without counting from the start
    /// of the line for every finding.
    char_marks: std::sync::OnceLock<Vec<(usize, usize)>>,
}

/// Bytes between character-count checkpoints.
const CHAR_MARK_EVERY: usize = 1 << 14;

/// How a finished paper was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadInfo {
    pub format: crate::reader::Format,
    pub encoding: &'static str,
    /// `source[..furniture_end]` is page furniture (running headers, footers).
    pub furniture_end: usize,
    /// The paper shows its sections: headings were found. Flat text (a web
    /// page, many PDFs) does not, and rules that need sections stay silent.
    pub structured: bool,
}

impl Paper {
    pub fn new(
        path: PathBuf,
        kind: PaperKind,
        source: String,
        mut regions: Vec<Region>,
        facts: Facts,
    ) -> Self {
        regions.sort_by_key(|r| r.range.start);
        debug_assert!(
            regions
                .windows(2)
                .all(|w| w[0].range.end <= w[1].range.start),
            "regions overlap"
        );
        let mut scan = Scan::default();
        for region in &regions {
            scan.extend(scan_range(&source, region.range.clone()));
        }
        scan.resolve_abbreviations(&source);
        scan.resolve_misspelt_bodies(&source);
        scan.resolve_named_wholes(&source);
        scan.find_quotients(&source);
        scan.find_event_offsets(&source);
        let ranges: Vec<Span> = regions.iter().map(|r| r.range.clone()).collect();
        scan.find_restatements(&source, &ranges);
        let headed: Vec<Span> = regions
            .iter()
            // A finished paper's title stands in its header.
            .filter(|r| {
                matches!(
                    r.kind,
                    SectionKind::Header | SectionKind::Title | SectionKind::Proposals
                )
            })
            .map(|r| r.range.clone())
            .collect();
        scan.find_headed_plans(&source, &headed);
        // A case's title is its own region; a finished paper's stands in
        // its header, before "Förslag till beslut".
        let titled: Vec<Span> = regions
            .iter()
            .filter(|r| matches!(r.kind, SectionKind::Title | SectionKind::Header))
            .map(|r| r.range.clone())
            .collect();
        scan.find_title_effective_dates(&source, &titled);
        let line_starts = line_starts(&source);
        Self {
            path,
            kind,
            source,
            regions,
            facts,
            scan,
            read: None,
            line_starts,
            char_marks: Default::default(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset. Lines end at
    /// LF, CR LF or a lone CR (an old Mac file), as editors count them.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.source.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        let offset = floor_char_boundary(&self.source, offset);
        let column = if offset - start < CHAR_MARK_EVERY {
            self.source[start..offset].chars().count()
        } else {
            self.chars_before(offset) - self.chars_before(start)
        };
        (line, column + 1)
    }

    /// Characters in `source[..offset]`, from the nearest checkpoint.
    fn chars_before(&self, offset: usize) -> usize {
        let marks = self.char_marks.get_or_init(|| {
            let mut marks = vec![(0, 0)];
            let mut next = CHAR_MARK_EVERY;
            for (chars, (i, _)) in self.source.char_indices().enumerate() {
                if i >= next {
                    marks.push((i, chars));
                    next = i + CHAR_MARK_EVERY;
                }
            }
            marks
        });
        let (byte, count) = marks[marks.partition_point(|&(b, _)| b <= offset) - 1];
        count + self.source[byte..offset].chars().count()
    }

    /// The region containing `offset`.
    pub fn region_at(&self, offset: usize) -> Option<&Region> {
        // Regions are sorted and do not overlap: only the last one starting
        // at or before `offset` can hold it (a paper may have 100 000).
        let after = self.regions.partition_point(|r| r.range.start <= offset);
        let region = &self.regions[after.checked_sub(1)?];
        region.range.contains(&offset).then_some(region)
    }

    /// The kind of section `offset` lies in.
    pub fn section_at(&self, offset: usize) -> Option<&SectionKind> {
        self.region_at(offset).map(|r| &r.kind)
    }

    /// Whether the paper's sections are known: a case file, or a finished
    /// paper with headings.
    pub fn structured(&self) -> bool {
        self.read.as_ref().is_none_or(|r| r.structured)
    }

    /// A meeting agenda, minutes or a packet of several items rather than
    /// one decision paper: several "Förslag till beslut", or a first line
    /// that says so. Rules about one paper's sections and own Dnr hold back.
    pub fn is_collection(&self) -> bool {
        if self.kind == PaperKind::Case {
            return false;
        }
        let body_start = self.read.as_ref().map_or(0, |r| r.furniture_end);
        // Only the body's head is read: a line of megabytes is not looked
        // through at every call (a rule may ask for each Dnr).
        let body = &self.source[body_start..];
        let head = &body[..crate::paper::scan::floor_char_boundary(body, body.len().min(4096))];
        let first_line = head
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim()
            .trim_start_matches('#')
            .trim();
        // Only its first words are compared.
        let first_line = first_line
            [..crate::paper::scan::floor_char_boundary(first_line, first_line.len().min(64))]
            .to_lowercase();
        let proposals = self
            .regions
            .iter()
            .filter(|r| r.kind == SectionKind::Proposals)
            .count();
        // Whole words: "Sammanträdesplan 2027" is one paper about meetings.
        let starts_with_word = |w: &str| {
            first_line
                .strip_prefix(w)
                .is_some_and(|rest| !rest.starts_with(char::is_alphabetic))
        };
        proposals >= 2
            || [
                "sammanträde",
                "sammanträdesprotokoll",
                "protokoll",
                "protokollsutdrag",
                "kallelse",
                "föredragningslista",
                "dagordning",
                "justerat protokoll",
            ]
            .iter()
            .any(|w| starts_with_word(w))
    }

    /// The first of `items` (each starting where `start` says) that the
    /// paper's title names: one in a case's title field, or in a finished
    /// paper, which has no title field, one before "Förslag till beslut"
    /// (the letterhead and the heading line under it). None in an agenda
    /// or minutes of several items.
    pub fn named_in_title<'a, T>(
        &self,
        items: &'a [T],
        start: impl Fn(&T) -> usize,
    ) -> Option<&'a T> {
        if let Some(item) = items
            .iter()
            .find(|i| self.section_at(start(i)) == Some(&SectionKind::Title))
        {
            return Some(item);
        }
        if self.kind == PaperKind::Case || self.is_collection() {
            return None;
        }
        let proposals = self
            .regions
            .iter()
            .find(|r| r.kind == SectionKind::Proposals)
            .map(|r| r.range.start)?;
        items.iter().find(|i| start(i) < proposals)
    }

    /// Whether `offset` lies in page furniture (a running header or footer).
    pub fn in_furniture(&self, offset: usize) -> bool {
        self.read.as_ref().is_some_and(|r| offset < r.furniture_end)
    }

    /// Whether the paper has a section of this kind.
    pub fn has_section(&self, kind: &SectionKind) -> bool {
        self.regions.iter().any(|r| &r.kind == kind)
    }

    pub fn text(&self, span: &Range<usize>) -> &str {
        &self.source[span.clone()]
    }

    /// Whether the paper's decision section is the decision itself, as
    /// minutes head it ("Beslut", "Socialnämndens beslut"), not a proposal.
    pub fn records_a_decision(&self) -> bool {
        self.regions
            .iter()
            .find(|r| r.kind == SectionKind::Proposals)
            .is_some_and(|r| super::sections::is_decision_heading(self.line_at(r.range.start)))
    }

    /// The whole line `offset` stands on, without its line break.
    pub fn line_at(&self, offset: usize) -> &str {
        line_around(&self.source, offset)
    }

    /// "rad 12" for messages.
    pub fn line_label(&self, offset: usize) -> String {
        format!("rad {}", self.line_col(offset).0)
    }
}

/// The whole line of `source` that byte `at` stands on, without its line
/// break.
pub(crate) fn line_around(source: &str, at: usize) -> &str {
    // Looked for no further than LINE_REACH each way: a hostile line of a
    // megabyte, asked about at each of its dates, stays linear.
    let from = floor_char_boundary(source, at.saturating_sub(LINE_REACH));
    let to = floor_char_boundary(source, at.saturating_add(LINE_REACH).min(source.len()));
    let start = source[from..at].rfind('\n').map_or(from, |i| from + i + 1);
    let end = source[at..to].find('\n').map_or(to, |i| at + i);
    &source[start..end]
}

/// How far [`line_around`] looks each way: longer than any line a paper
/// writes on purpose (a paragraph a PDF flattened runs to a few kB).
const LINE_REACH: usize = 8192;

/// A case file as a paper: its prose fields are the regions, its data the facts.
pub fn paper_from_case(file: &CaseFile) -> Paper {
    let case = &file.case;
    let map = &file.source_map;
    let span = |path: &str| map.bytes(path).unwrap_or(0..0);
    let mut regions = Vec::new();
    let mut region = |path: &str, kind: SectionKind| {
        if let Some(range) = map.bytes(path) {
            regions.push(Region { range, kind });
        }
    };
    region("title", SectionKind::Title);
    // Under the title, as a reader finds it in the printed paper.
    region("sections.intro", SectionKind::Other(case.title.clone()));
    for i in 0..case.proposals.as_ref().map_or(0, Vec::len) {
        region(&format!("proposals[{i}]"), SectionKind::Proposals);
    }
    region("sections.arende", SectionKind::Arende);
    for i in 0..case.basis.len() {
        region(&format!("basis[{i}]"), SectionKind::Basis);
    }
    region("sections.bakgrund", SectionKind::Bakgrund);
    for (i, other) in case.sections.other.iter().enumerate() {
        region(
            &format!("sections.other[{i}].text"),
            SectionKind::Other(other.heading.clone()),
        );
    }
    region("sections.ekonomi", SectionKind::Ekonomi);
    region("mbl.text", SectionKind::Mbl);

    let contract = case.contract.as_ref().map(|c| ContractFacts {
        supplier: Located {
            value: c.supplier.clone(),
            span: span("contract.supplier"),
        },
        service: Located {
            value: c.service.clone(),
            span: span("contract.service"),
        },
        ages: c.ages.map(|value| Located {
            value,
            span: span("contract.ages"),
        }),
        start: Located {
            value: c.start,
            span: span("contract.start"),
        },
        term_years: c.term_years,
        max_extensions: c.max_extensions,
        extension_years: c.extension_years,
        extension: c.extension.map(|value| Located {
            value,
            span: span("contract.extension"),
        }),
    });
    let send_to = case
        .send_to
        .iter()
        .enumerate()
        .map(|(i, name)| Located {
            value: name.clone(),
            span: span(&format!("send_to[{i}]")),
        })
        .collect();
    let mut missing_sections = Vec::new();
    if case.proposals.as_ref().is_some_and(Vec::is_empty) {
        missing_sections.push(SectionKind::Proposals);
    }
    if case.send_to.is_empty() {
        missing_sections.push(SectionKind::Distribution);
    }
    let facts = Facts {
        paper_date: Some(Located {
            value: case.date,
            span: span("date"),
        }),
        meeting: case.meeting.map(|value| Located {
            value,
            span: span("meeting"),
        }),
        // A historical paper that had no Dnr keeps none: nothing to check.
        dnr: (!(case.dnr.trim().is_empty() && case.source.is_some())).then(|| Located {
            value: case.dnr.clone(),
            span: span("dnr"),
        }),
        dnr_as_printed: None,
        mbl_date: case.mbl.date.map(|value| Located {
            value,
            span: span("mbl.date"),
        }),
        board: Some(Located {
            value: case.board.clone(),
            span: span("board"),
        }),
        officer: case.sender.officer.as_ref().map(|value| Located {
            value: value.clone(),
            span: span("sender.officer"),
        }),
        contract,
        send_to: Some(send_to),
        retroactive: case.retroactive,
        missing_sections,
    };
    Paper::new(
        file.path.clone(),
        PaperKind::Case,
        file.source.clone(),
        regions,
        facts,
    )
}

/// Byte offsets where lines start: after LF, and after a CR not followed by LF.
fn line_starts(source: &str) -> Vec<usize> {
    let bytes = source.as_bytes();
    std::iter::once(0)
        .chain(bytes.iter().enumerate().filter_map(|(i, &b)| {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            ends_line.then_some(i + 1)
        }))
        .collect()
}

/// The largest character boundary at or before `offset`.
fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}
