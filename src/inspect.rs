//! `beslut inspect`: what the reader understood of a paper — format,
//! encoding, letterhead facts, sections, proposals, distribution list and
//! parties — so that a reviewer sees why a rule did or did not fire.

use std::path::Path;

use serde::Serialize;

use crate::lint::LintConfig;
use crate::paper::sections::INLINE;
use crate::paper::structure::{proposals, read_text_paper};
use crate::paper::{Paper, SectionKind};
use crate::reader::ReadError;

/// One paper as understood. The JSON keys are a stable interface.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Inspection {
    pub path: String,
    pub format: String,
    pub encoding: String,
    /// ISO date, or null.
    pub date: Option<String>,
    /// As written, or null.
    pub dnr: Option<String>,
    pub board: Option<String>,
    pub officer: Option<String>,
    pub sections: Vec<SectionInfo>,
    pub proposals: Vec<String>,
    pub send_to: Vec<String>,
    pub parties: Vec<String>,
    /// What the lint cannot check for this paper, and why (human output only).
    #[serde(skip)]
    pub skipped: Vec<String>,
}

/// A section found: its canonical kind, its heading as written, its line.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SectionInfo {
    pub kind: String,
    pub heading: String,
    pub line: usize,
}

/// Reads and inspects one paper.
pub fn inspect_file(path: &Path, config: &LintConfig) -> Result<Inspection, ReadError> {
    Ok(inspect(&read_text_paper(path, &config.section_names)?))
}

/// What the reader understood of `paper`.
pub fn inspect(paper: &Paper) -> Inspection {
    let facts = &paper.facts;
    let read = paper.read.as_ref();
    let sections = paper
        .regions
        .iter()
        .filter(|r| r.kind != SectionKind::Header)
        .map(|r| SectionInfo {
            kind: r.kind.key().to_owned(),
            heading: heading_as_written(paper, &r.range, &r.kind),
            line: paper.line_col(r.range.start).0,
        })
        .collect();
    let mut parties: Vec<String> = Vec::new();
    for org in &paper.scan.orgs {
        let name = format!("{} {}", org.base, org.form);
        if !parties.contains(&name) {
            parties.push(name);
        }
    }
    // "Uppföljningsrapport Solrosgruppen AB" is a document about a party.
    let all = parties.clone();
    parties.retain(|p| !all.iter().any(|q| q != p && p.ends_with(&format!(" {q}"))));
    Inspection {
        path: paper.path.display().to_string(),
        format: read.map_or("yaml", |r| r.format.name()).to_owned(),
        encoding: read.map_or("UTF-8", |r| r.encoding).to_owned(),
        date: facts.paper_date.as_ref().map(|d| d.value.to_string()),
        dnr: facts.dnr.as_ref().map(|d| d.value.clone()),
        board: facts.board.as_ref().map(|d| d.value.clone()),
        officer: facts.officer.as_ref().map(|d| d.value.clone()),
        sections,
        proposals: proposals(paper).into_iter().map(|p| p.value).collect(),
        send_to: facts
            .send_to
            .iter()
            .flatten()
            .map(|l| l.value.clone())
            .collect(),
        parties,
        skipped: skipped(paper),
    }
}

/// The heading line of a section; in flat text, the heading phrase only.
fn heading_as_written(paper: &Paper, range: &std::ops::Range<usize>, kind: &SectionKind) -> String {
    let text = &paper.source[range.clone()];
    let line = text.lines().next().unwrap_or("");
    let clean = crate::paper::sections::clean_heading(line);
    if clean.len() <= 120 {
        return clean.to_owned();
    }
    let lower = clean.to_lowercase();
    INLINE
        .iter()
        .filter(|(key, _)| *key == kind.key())
        .find_map(|(_, heading)| {
            let at = lower.find(&heading.to_lowercase())?;
            let end = at + heading.len();
            clean.get(..end).map(str::to_owned)
        })
        .unwrap_or_else(|| clean.chars().take(60).collect())
}

/// What the lint skips for this paper, in Swedish.
pub fn skipped(paper: &Paper) -> Vec<String> {
    let mut skipped = Vec::new();
    if paper.facts.paper_date.is_none() {
        skipped.push(
            "inget datum för skrivelsen hittades: D106 (händelse efter skrivelsens datum), D107 och årtalskontrollen i N303 kördes inte".into(),
        );
    }
    if paper.facts.dnr.is_none() {
        skipped.push(
            "inget diarienummer för skrivelsen hittades: N303 jämför inte diarienummer".into(),
        );
    }
    if !paper.structured() {
        skipped.push(
            "texten har inga igenkännbara avsnittsrubriker (platt text): S401 och N304 kördes inte"
                .into(),
        );
    }
    skipped
}

/// Human output for one paper.
pub fn human(i: &Inspection) -> String {
    let or_none = |v: &Option<String>| v.clone().unwrap_or_else(|| "–".into());
    let mut out = format!(
        "{}\n  format:      {}\n  teckenkod:   {}\n  datum:       {}\n  dnr:         {}\n  nämnd:       {}\n  handläggare: {}\n",
        i.path,
        i.format,
        i.encoding,
        or_none(&i.date),
        or_none(&i.dnr),
        or_none(&i.board),
        or_none(&i.officer),
    );
    out.push_str("  avsnitt:\n");
    if i.sections.is_empty() {
        out.push_str("    –\n");
    }
    for s in &i.sections {
        out.push_str(&format!(
            "    rad {:>4}  {:<12} {}\n",
            s.line, s.kind, s.heading
        ));
    }
    let list = |title: &str, items: &[String], out: &mut String| {
        out.push_str(&format!("  {title}:\n"));
        if items.is_empty() {
            out.push_str("    –\n");
        }
        for (n, item) in items.iter().enumerate() {
            out.push_str(&format!("    {}. {item}\n", n + 1));
        }
    };
    list("förslag till beslut", &i.proposals, &mut out);
    list("beslutet skickas till", &i.send_to, &mut out);
    list("parter", &i.parties, &mut out);
    if !i.skipped.is_empty() {
        out.push_str("  hoppades över:\n");
        for s in &i.skipped {
            out.push_str(&format!("    {s}\n"));
        }
    }
    out
}
