//! Reviewed copies (`beslut lint --annotate DIR`): each paper's findings
//! where its reader reads them — Word comments in a .docx, highlights with
//! notes in a PDF, and for every other paper the HTML report of that paper
//! alone. The original is never
//! touched; each copy is written atomically.

mod docx;
mod layout;
mod pdf;

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::lint::html::{PaperReport, hint, html};
use crate::lint::{Diagnostic, Severity};
use crate::reader::Format;

pub use docx::annotate_docx;
pub use pdf::annotate_pdf;

/// A finding as a reviewer's note: where it is and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Byte span in the reader's text of the paper.
    pub span: Range<usize>,
    /// The note's text, one paragraph per line.
    pub text: String,
}

/// What was written for one paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub path: PathBuf,
    /// Notes written (Word comments, or findings in the HTML page).
    pub notes: usize,
    /// Of those, the ones that could not sit on their own words and sit
    /// on the paper's first words instead.
    pub unplaced: usize,
}

/// Why a paper got no annotated copy.
#[derive(Debug, thiserror::Error)]
pub enum AnnotateError {
    #[error("{path}: kopian skulle skrivas över originalet; välj en annan mapp för --annotate")]
    WouldOverwrite { path: PathBuf },
    #[error("{path}: {message}")]
    Read { path: PathBuf, message: String },
    #[error("{path}: kan inte skriva kopian: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Findings a copy carries: warnings and errors. Info findings (plain
/// language advice) stay in the report: in a review pane they would bury
/// the contradictions.
pub fn annotated(diagnostic: &Diagnostic) -> bool {
    diagnostic.severity >= Severity::Warning
}

/// The note for a finding: the message, the rule, its hint and the related
/// places.
pub fn note_for(diagnostic: &Diagnostic, source: &str) -> Note {
    let d = diagnostic;
    let mut text = format!(
        "{}\n{} {} [{}]",
        d.message,
        d.code,
        d.name,
        d.severity.swedish()
    );
    if let Some(hint) = hint(d.code) {
        text.push_str(&format!("\nRätt, till exempel: {hint}"));
    }
    for related in &d.related {
        let words = &source[clamp(source, &(related.span[0]..related.span[1]))];
        text.push_str(&format!(
            "\nSe även rad {}: {} (”{}”)",
            related.line,
            related.message,
            words.lines().next().unwrap_or("").trim()
        ));
    }
    Note {
        span: d.span[0]..d.span[1],
        text,
    }
}

/// A paper as the lint read it: its text, where its body starts (after the
/// page headers), and its findings.
#[derive(Debug, Clone, Copy)]
pub struct Reviewed<'a> {
    pub path: &'a Path,
    pub source: &'a str,
    pub body_start: usize,
    pub diagnostics: &'a [Diagnostic],
}

/// Writes the reviewed copy of `paper` into `dir`: the same file name for
/// a .docx or .pdf, `<name>.html` for any other paper.
pub fn annotate(paper: Reviewed<'_>, dir: &Path) -> Result<Written, AnnotateError> {
    stage(paper, dir)?.commit()
}

/// A reviewed copy written to a temporary file beside its place, not yet
/// flushed nor in place. A batch stages copies on its workers and flushes
/// them all at once at the end ([`crate::base::output::Batch`]): a flush
/// per copy was a third of what a copy cost.
#[derive(Debug)]
pub struct Staged {
    file: crate::base::output::StagedFile,
    written: Written,
}

impl Staged {
    /// Flushes the copy and renames it into place.
    pub fn commit(self) -> Result<Written, AnnotateError> {
        let Staged { file, written } = self;
        file.commit().map_err(|source| AnnotateError::Write {
            path: written.path.clone(),
            source,
        })?;
        Ok(written)
    }

    /// Adds the copy to `batch`; it is in place when the batch is finished.
    pub fn into_batch(self, batch: &mut crate::base::output::Batch) -> Written {
        batch.push(self.file);
        self.written
    }
}

/// The reviewed copy of `paper`, staged (see [`Staged`]).
pub fn stage(paper: Reviewed<'_>, dir: &Path) -> Result<Staged, AnnotateError> {
    let Reviewed {
        path: paper,
        source,
        body_start,
        diagnostics,
    } = paper;
    let kept: Vec<&Diagnostic> = diagnostics.iter().filter(|d| annotated(d)).collect();
    let name = paper.file_name().unwrap_or(paper.as_os_str());
    let read_error = |message: String| AnnotateError::Read {
        path: paper.to_owned(),
        message,
    };
    let format = Format::of(paper);
    let read_original = || {
        crate::base::read::read_bounded(paper, crate::reader::MAX_FILE_BYTES)
            .map_err(|e| read_error(e.to_string()))
    };
    let notes = || -> Vec<Note> { kept.iter().map(|d| note_for(d, source)).collect() };
    // A PDF with highlights, unless it cannot take them (encrypted, or a
    // file only the text reader could make sense of): then the HTML page.
    let annotated_pdf = match format {
        Some(Format::Pdf) => {
            let original = read_original()?;
            let notes = notes();
            crate::reader::char_boxes(&original)
                .and_then(|pages| annotate_pdf(&original, source, &pages, &notes))
                .ok()
                .map(|pdf| (pdf, notes.len()))
        }
        _ => None,
    };
    let (target, bytes, unplaced) = if let Some((pdf, notes)) = annotated_pdf {
        (dir.join(name), pdf.bytes, notes - pdf.placed)
    } else if format == Some(Format::Docx) {
        let original = read_original()?;
        let notes = notes();
        let annotated = annotate_docx(&original, source, body_start, &notes).map_err(read_error)?;
        (
            dir.join(name),
            annotated.bytes,
            notes.len() - annotated.placed,
        )
    } else {
        let owned: Vec<Diagnostic> = kept.iter().map(|d| (*d).clone()).collect();
        let shown = paper.display().to_string();
        let page = html(
            &[PaperReport {
                path: &shown,
                source,
                diagnostics: &owned,
            }],
            &[],
        );
        let mut file = name.to_owned();
        file.push(".html");
        (dir.join(file), page.into_bytes(), 0)
    };
    if same_file(paper, &target) {
        return Err(AnnotateError::WouldOverwrite {
            path: paper.to_owned(),
        });
    }
    let file = crate::base::output::stage_file(&target, &bytes).map_err(|source| {
        AnnotateError::Write {
            path: target.clone(),
            source,
        }
    })?;
    Ok(Staged {
        file,
        written: Written {
            path: target,
            notes: kept.len(),
            unplaced,
        },
    })
}

/// Whether `b` is the file `a`: the same device and inode. A target that
/// does not exist yet is no file at all (the common case, one `stat`).
fn same_file(a: &Path, b: &Path) -> bool {
    let Ok(target) = std::fs::metadata(b) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(a)
            .is_ok_and(|paper| (paper.dev(), paper.ino()) == (target.dev(), target.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = target;
        matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
    }
}

/// `span` inside `source`, on character boundaries.
fn clamp(source: &str, span: &Range<usize>) -> Range<usize> {
    let start = source.floor_char_boundary(span.start);
    start..source.floor_char_boundary(span.end.max(start))
}
