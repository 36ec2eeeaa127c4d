//! Reading a meeting file: YAML → typed [`Meeting`], with file:line:col
//! errors like a case file's.

use std::path::{Path, PathBuf};

use super::model::{Item, Meeting};
use crate::case::load::{read_source, yaml_error};
use crate::case::{CaseError, SourceMap};
use crate::lint::rule::MeetingFacts;

/// A parsed meeting with the source it came from.
#[derive(Debug, Clone)]
pub struct MeetingFile {
    pub path: PathBuf,
    pub source: String,
    pub meeting: Meeting,
    pub source_map: SourceMap,
}

impl MeetingFile {
    /// The meeting as plain facts for the lint's meeting rules.
    pub fn facts(&self) -> MeetingFacts<'_> {
        MeetingFacts {
            path: &self.path,
            source: &self.source,
            source_map: &self.source_map,
            board: &self.meeting.board,
            date: self.meeting.date,
            kallelse: self.meeting.kallelse,
        }
    }

    /// The folder relative paths in the file start from.
    pub fn base(&self) -> &Path {
        self.path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
    }

    /// `relative` resolved against the meeting file's folder.
    pub fn resolve(&self, relative: &Path) -> PathBuf {
        self.base().join(relative)
    }

    /// An error pointing at `field` (a value path such as `items[2].case`).
    pub fn error_at(&self, field: &str, message: impl Into<String>) -> CaseError {
        CaseError::new(&self.path, message).at(&self.source, self.source_map.position(field))
    }
}

/// Does the text look like a meeting file rather than a case? A meeting has
/// `items:` and `kallelse:` at the top level; a case never has either.
pub fn looks_like_meeting(source: &str) -> bool {
    let top = |key: &str| source.lines().any(|l| l.starts_with(key));
    top("items:") && top("kallelse:")
}

/// Reads, parses and validates the meeting file at `path`.
pub fn load_meeting(path: &Path) -> Result<MeetingFile, CaseError> {
    let source = read_source(path)?;
    parse_meeting(path, source)
}

/// Parses and validates meeting YAML read from `path`.
pub fn parse_meeting(path: &Path, source: String) -> Result<MeetingFile, CaseError> {
    let meeting: Meeting =
        serde_saphyr::from_str(&source).map_err(|e| yaml_error(path, &source, &e))?;
    let file = MeetingFile {
        path: path.to_owned(),
        source_map: SourceMap::new(&source),
        source,
        meeting,
    };
    validate(&file)?;
    Ok(file)
}

fn validate(file: &MeetingFile) -> Result<(), CaseError> {
    let meeting = &file.meeting;
    if meeting.items.is_empty() {
        return Err(file
            .error_at("items", "sammanträdet har inga ärenden")
            .with_help(
                "lägg till minst ett ärende under `items:` (`case:`, `paper:` eller `info:`)",
            ));
    }
    for (index, item) in meeting.items.iter().enumerate() {
        validate_item(file, index, item)?;
    }
    Ok(())
}

fn validate_item(file: &MeetingFile, index: usize, item: &Item) -> Result<(), CaseError> {
    let field = format!("items[{index}]");
    let kinds = [
        item.case.is_some(),
        item.paper.is_some(),
        item.info.is_some(),
    ];
    if kinds.iter().filter(|k| **k).count() != 1 {
        return Err(file
            .error_at(&field, "ett ärende ska ha precis en av `case`, `paper` och `info`")
            .with_help("`case:` en ärendefil, `paper:` en färdig handling (PDF eller Word), `info:` en informationspunkt"));
    }
    if let Some(paper) = &item.paper {
        let extension = extension(paper);
        if !matches!(extension.as_str(), "pdf" | "docx") {
            return Err(file
                .error_at(
                    &format!("{field}.paper"),
                    format!("`{}` är varken PDF eller Word (.docx)", paper.display()),
                )
                .with_help("en färdig handling är en .pdf- eller .docx-fil"));
        }
        if item.title.is_none() {
            return Err(file
                .error_at(
                    &field,
                    "en färdig handling (`paper:`) behöver `title:` (ärendemeningen)",
                )
                .with_help("skriv ärendemeningen som den ska stå i föredragningslistan"));
        }
    }
    for (b, bilaga) in item.bilagor.iter().map(|b| b.path()).enumerate() {
        if extension(bilaga) != "pdf" {
            return Err(file
                .error_at(
                    &format!("{field}.bilagor[{b}]"),
                    format!("bilagan `{}` är inte en PDF", bilaga.display()),
                )
                .with_help("spara bilagan som PDF; handlingarna är en enda PDF"));
        }
    }
    Ok(())
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MEETING: &str = "board: Socialnämnden\ndate: 2026-03-18\ntime: \"13.00\"\nplace: Kommunhuset\nchair: Anna Ek\nsecretary: Bo Lind\nkallelse: 2026-03-06\nitems:\n  - info: Förvaltningschefen informerar\n";

    #[test]
    fn a_meeting_parses_with_opening_items_by_default() {
        let file = parse_meeting("m.yaml".as_ref(), MEETING.into()).unwrap();
        assert!(file.meeting.opening_items);
        assert_eq!(file.meeting.items.len(), 1);
        assert!(looks_like_meeting(MEETING));
    }

    #[test]
    fn an_item_with_two_kinds_is_an_error_at_its_line() {
        let text = format!("{MEETING}  - info: X\n    case: a.yaml\n");
        let err = parse_meeting("m.yaml".as_ref(), text).unwrap_err();
        assert!(err.message.contains("precis en av"), "{err:?}");
        assert_eq!(err.position.unwrap().line, 10);
    }

    #[test]
    fn a_bad_date_is_an_error_with_position() {
        let text = MEETING.replace("date: 2026-03-18", "date: 18 mars 2026");
        let err = parse_meeting("m.yaml".as_ref(), text).unwrap_err();
        assert_eq!(err.position.unwrap().line, 2);
    }

    #[test]
    fn a_paper_needs_a_title_and_a_bilaga_must_be_pdf() {
        let text = format!("{MEETING}  - paper: x.pdf\n");
        assert!(
            parse_meeting("m.yaml".as_ref(), text)
                .unwrap_err()
                .message
                .contains("title")
        );
        let text = format!("{MEETING}  - info: X\n    bilagor: [a.docx]\n");
        assert!(
            parse_meeting("m.yaml".as_ref(), text)
                .unwrap_err()
                .message
                .contains("inte en PDF")
        );
    }
}
