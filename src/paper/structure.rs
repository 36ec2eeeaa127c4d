//! From what the reader read to the paper the rules check: sections by
//! their headings, the letterhead's facts, proposals and the distribution
//! list. Case files (.yaml) are read by [`crate::case`] instead.

use std::path::{Path, PathBuf};

use super::letterhead;
use super::scan::Span;
use super::sections::{
    INLINE, INLINE_AFTER_PROPOSALS, SectionNames, classify_heading, clean_heading,
};
use super::{Facts, Located, Paper, PaperKind, ReadInfo, Region, SectionKind};
use crate::reader::{Format, RawPaper, read_paper};

pub use crate::reader::{ReadError, docx_text};

/// Bytes of a flat text taken as its letterhead when no heading ends it.
const FLAT_LETTERHEAD_BYTES: usize = 600;

/// Whether `path` names a case file.
pub fn is_case_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// Whether `path` is a file the lint reads when walking a folder.
pub fn is_lintable(path: &Path) -> bool {
    is_case_file(path) || crate::reader::is_paper(path)
}

/// Reads a finished paper (.pdf, .docx, .odt, .txt, .md).
pub fn read_text_paper(path: &Path, names: &SectionNames) -> Result<Paper, ReadError> {
    Ok(paper_from_raw(path.to_owned(), read_paper(path)?, names))
}

/// A text paper (.txt, .md) from its text as an editor holds it, read as
/// the same file on disk would be.
pub fn text_paper_from_buffer(
    path: &Path,
    text: &str,
    names: &SectionNames,
) -> Result<Paper, ReadError> {
    let error = |message: String| ReadError {
        path: path.to_owned(),
        message,
    };
    let format = match Format::of(path) {
        Some(format @ (Format::Text | Format::Markdown)) => format,
        _ => return Err(error("bara .txt och .md granskas medan de skrivs".into())),
    };
    let raw = crate::reader::read_bytes(text.as_bytes(), format).map_err(error)?;
    Ok(paper_from_raw(path.to_owned(), raw, names))
}

/// A plain UTF-8 text as a paper, with the default settings (fixtures,
/// import's re-reading of its own output).
pub fn paper_from_text(path: PathBuf, source: String) -> Paper {
    let raw = RawPaper {
        text: source,
        format: Format::Text,
        encoding: "UTF-8",
        furniture_end: 0,
        header_end: 0,
    };
    paper_from_raw(path, raw, &SectionNames::new())
}

/// A finished paper: sections by their headings, facts from the letterhead
/// and page furniture, the distribution list from its section.
pub fn paper_from_raw(path: PathBuf, raw: RawPaper, names: &SectionNames) -> Paper {
    let source = raw.text;
    let furniture = 0..raw.furniture_end;
    let by_line = regions_by_line(&source, names);
    let has_headings = by_line.iter().any(|r| r.kind != SectionKind::Header);
    let lines_structured = has_headings || has_line_structure(&source[furniture.end..]);
    let regions = if lines_structured {
        by_line
    } else {
        regions_inline(&source, furniture.end)
    };
    let structured = lines_structured
        && regions.iter().any(|r| {
            !matches!(
                r.kind,
                SectionKind::Header | SectionKind::Title | SectionKind::Other(_)
            )
        });
    let mut paper = Paper::new(path, PaperKind::Text, source, regions, Facts::default());
    paper.read = Some(ReadInfo {
        format: raw.format,
        encoding: raw.encoding,
        furniture_end: furniture.end,
        structured,
    });
    paper.facts = text_facts(&paper);
    paper
}

/// Line breaks that carry structure: several lines, none holding most of
/// the text.
fn has_line_structure(body: &str) -> bool {
    let lines: Vec<&str> = body.lines().filter(|l| !l.trim().is_empty()).collect();
    let longest = lines.iter().map(|l| l.len()).max().unwrap_or(0);
    lines.len() >= 6 && longest * 10 < body.len().max(1) * 6
}

/// Regions for text with line breaks: a heading line starts a section.
fn regions_by_line(source: &str, names: &SectionNames) -> Vec<Region> {
    let mut regions: Vec<Region> = Vec::new();
    let mut current = Region {
        range: 0..0,
        kind: SectionKind::Header,
    };
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if let Some(kind) = classify_heading(line, names) {
            let continues_mbl_heading = current.kind == SectionKind::Mbl
                && kind == SectionKind::Other(clean_heading(line).to_owned())
                && current.range.start + 200 > offset;
            if !continues_mbl_heading {
                current.range.end = offset;
                regions.push(std::mem::replace(
                    &mut current,
                    Region {
                        range: offset..offset,
                        kind,
                    },
                ));
            }
        }
        offset += line.len();
    }
    current.range.end = source.len();
    regions.push(current);
    regions.retain(|r| !r.range.is_empty());
    regions
}

/// Regions for flat text (no line breaks): the unmistakable headings
/// inline, a capitalised heading followed by a capital or a digit.
fn regions_inline(source: &str, body_start: usize) -> Vec<Region> {
    let mut starts: Vec<(usize, SectionKind)> = Vec::new();
    let lower = source.to_lowercase();
    for (key, heading) in INLINE {
        if let Some(found) = inline_heading(source, &lower, body_start, key, heading, false) {
            starts.push(found);
        }
    }
    let proposals_end = starts
        .iter()
        .find(|(_, kind)| *kind == SectionKind::Proposals)
        .and_then(|(at, _)| {
            let heading = "förslag till beslut";
            Some(at + lower.get(*at..)?.find(heading)? + heading.len())
        });
    if let Some(from) = proposals_end {
        let next = INLINE_AFTER_PROPOSALS
            .iter()
            .filter_map(|(key, heading)| inline_heading(source, &lower, from, key, heading, true))
            .min_by_key(|(at, _)| *at);
        starts.extend(next);
    }
    starts.sort_by_key(|(at, _)| *at);
    let mut regions = Vec::new();
    let mut previous = (0, SectionKind::Header);
    for (at, kind) in starts {
        if at > previous.0 {
            regions.push(Region {
                range: previous.0..at,
                kind: std::mem::replace(&mut previous.1, kind),
            });
            previous.0 = at;
        } else {
            previous.1 = kind;
        }
    }
    regions.push(Region {
        range: previous.0..source.len(),
        kind: previous.1,
    });
    regions.retain(|r| !r.range.is_empty());
    regions
}

/// The first place from `from` where `heading` stands as an inline heading:
/// written with a capital (the proposals heading may be lower case after a
/// genitive) and followed by a capital, a digit or a dash; with
/// `letter_only`, by a capital letter only ("Ärende 3" is an agenda item).
fn inline_heading(
    source: &str,
    lower: &str,
    from: usize,
    key: &str,
    heading: &str,
    letter_only: bool,
) -> Option<(usize, SectionKind)> {
    let kind = SectionKind::from_key(key)?;
    let needle = heading.to_lowercase();
    let mut from = from;
    while let Some(found) = lower.get(from..).and_then(|l| l.find(&needle)) {
        let at = from + found;
        from = at + needle.len();
        // `to_lowercase` keeps byte offsets for Swedish text; check.
        if !source.is_char_boundary(at) || !source.is_char_boundary(from) {
            return None;
        }
        let written = &source[at..from];
        let after = source[from..].trim_start_matches([' ', ':']);
        let starts_item = after.chars().next().is_some_and(|c| {
            c.is_uppercase() || (!letter_only && (c.is_ascii_digit() || c == '-'))
        });
        // A heading stands after a space or a line start, not inside a word.
        let word_start = source[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let capital = written.starts_with(char::is_uppercase);
        let proposals = kind == SectionKind::Proposals;
        if starts_item && word_start && (capital || proposals) {
            let start = if proposals {
                heading_start(source, at)
            } else {
                at
            };
            return Some((start, kind));
        }
    }
    None
}

/// "Förvaltningens förslag till beslut": the heading starts at the word
/// before "förslag" when that word is a genitive.
fn heading_start(source: &str, at: usize) -> usize {
    let before = &source[..at];
    let trimmed = before.trim_end();
    // After the white space character, whatever its width (a no-break
    // space is two bytes; the fuzzer found the panic).
    let word_start = trimmed
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &trimmed[word_start..];
    if word.ends_with('s') && word.starts_with(char::is_uppercase) {
        word_start
    } else {
        at
    }
}

/// The letterhead zone: page furniture and the header region; for flat
/// text without one, the first few hundred bytes.
pub fn letterhead_zones(paper: &Paper) -> Vec<Span> {
    let furniture_end = paper.read.as_ref().map_or(0, |r| r.furniture_end);
    let mut zones = Vec::new();
    if furniture_end > 0 {
        zones.push(0..furniture_end);
    }
    let header = paper
        .regions
        .iter()
        .find(|r| r.kind == SectionKind::Header)
        .map(|r| r.range.clone());
    let flat = paper.read.as_ref().is_some_and(|r| !r.structured);
    let zone = match header {
        Some(h) if !(flat && h.len() > 4 * FLAT_LETTERHEAD_BYTES && paper.regions.len() == 1) => h,
        _ => {
            let end = crate::paper::scan::floor_char_boundary(
                &paper.source,
                (furniture_end + FLAT_LETTERHEAD_BYTES).min(paper.source.len()),
            );
            furniture_end..end
        }
    };
    let zone = zone.start.max(furniture_end)..zone.end;
    if !zone.is_empty() {
        // Body letterhead first: it wins over a running header.
        zones.insert(0, zone);
    }
    zones
}

/// Date, Dnr, board and officer from the letterhead, the distribution list
/// from its section.
fn text_facts(paper: &Paper) -> Facts {
    let zones = letterhead_zones(paper);
    let head = letterhead::read(&paper.source, &zones, &paper.scan);
    Facts {
        paper_date: head.date,
        meeting: head.meeting,
        dnr: head.dnr,
        dnr_as_printed: head.dnr_as_printed,
        // The letterhead's board; else the board the text gives a role.
        board: head
            .board
            .or_else(|| super::addressee::inferred_board(&paper.source, &paper.scan, &zones))
            .or_else(|| super::addressee::sole_board(&paper.source, &paper.scan))
            .map(|board| super::board_name::qualified_committee(&paper.source, board))
            .map(|board| super::board_name::with_district(&paper.source, &paper.scan, board)),
        officer: head.officer,
        send_to: distribution(paper),
        ..Facts::default()
    }
}

/// The names under "Beslutet skickas till", one per line (in flat text the
/// list cannot be told apart from what follows, so there is none).
fn distribution(paper: &Paper) -> Option<Vec<Located<String>>> {
    if !paper.structured() {
        return None;
    }
    let region = paper
        .regions
        .iter()
        .find(|r| r.kind == SectionKind::Distribution)?;
    let mut names = Vec::new();
    let mut offset = region.range.start;
    let text = &paper.source[region.range.clone()];
    // A signature under the list closes it ("Petra Sandell / Socialchef").
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let end = super::signature::trailing_signature(&lines).unwrap_or(lines.len());
    for (index, line) in lines[..end].iter().enumerate() {
        if index == 0
            && let Some(list) = super::sections::inline_distribution(line)
        {
            names.extend(inline_names(line, list, offset));
        }
        let trimmed = line.trim().trim_start_matches(['-', '*', '•']).trim();
        if index > 0 && !trimmed.is_empty() {
            let start = offset + line.find(trimmed).unwrap_or(0);
            names.push(Located {
                value: trimmed.to_owned(),
                span: start..start + trimmed.len(),
            });
        }
        offset += line.len();
    }
    Some(names)
}

/// The names of a list written on its label's line, from byte `list` of
/// `line` (at `offset` in the source): "A AB, Ekonomienheten och HR" is
/// three; "Barn- och utbildningsnämnden" one.
fn inline_names(line: &str, list: usize, offset: usize) -> Vec<Located<String>> {
    let text = line[list..].trim_end();
    let mut names = Vec::new();
    let mut start = 0;
    let mut push = |from: usize, to: usize| {
        let piece = &text[from..to];
        let name = piece.trim().trim_end_matches('.').trim();
        if !name.is_empty() {
            let at = offset + list + from + piece.find(name).unwrap_or(0);
            names.push(Located {
                value: name.to_owned(),
                span: at..at + name.len(),
            });
        }
    };
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let separator = if rest.starts_with([',', ';']) {
            1
        } else if rest.starts_with(" och ") && !text[..i].ends_with('-') {
            " och ".len()
        } else {
            0
        };
        if separator > 0 {
            push(start, i);
            i += separator;
            start = i;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    push(start, text.len());
    names
}

pub use super::proposals::{bullet_len, proposals, proposals_with_lead};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_distribution_list_on_its_labels_line() {
        let text = "Lövsjö kommun\n\n2026-03-02\n\n## Titel\n\n### Ärende\n\nText.\n\nBeslutet skickas till: Ledsagarna i Lövsjö AB, Barn- och utbildningsnämnden och Ekonomienheten.\n";
        let paper = paper_from_text("x.txt".into(), text.to_owned());
        let names: Vec<&str> = paper
            .facts
            .send_to
            .iter()
            .flatten()
            .map(|n| {
                assert_eq!(&paper.source[n.span.clone()], n.value);
                n.value.as_str()
            })
            .collect();
        assert_eq!(
            names,
            [
                "Ledsagarna i Lövsjö AB",
                "Barn- och utbildningsnämnden",
                "Ekonomienheten"
            ]
        );
    }

    #[test]
    fn sections_date_dnr_and_distribution_from_text() {
        let text = "Lövsjö kommun\nSocial- och omsorgsförvaltningen\n\n2026-03-02\n\nDnr SON 2026-118\n\n## Titel\n\n### Förslag till beslut\n\n1. Förslag.\n\n### Ärende\n\nText.\n\nBeslutet skickas till:\nSolrosgruppen AB\nKim Exempelsson\n";
        let paper = paper_from_text("x.txt".into(), text.to_owned());
        let kinds: Vec<&SectionKind> = paper.regions.iter().map(|r| &r.kind).collect();
        assert_eq!(kinds[0], &SectionKind::Header);
        assert!(
            kinds.contains(&&SectionKind::Proposals) && kinds.contains(&&SectionKind::Distribution)
        );
        assert!(paper.structured());
        assert_eq!(
            paper.facts.paper_date.as_ref().unwrap().value.to_string(),
            "2026-03-02"
        );
        assert_eq!(paper.facts.dnr.as_ref().unwrap().value, "SON 2026-118");
        let send_to: Vec<&str> = paper
            .facts
            .send_to
            .as_ref()
            .unwrap()
            .iter()
            .map(|l| l.value.as_str())
            .collect();
        assert_eq!(send_to, ["Solrosgruppen AB", "Kim Exempelsson"]);
        let proposals: Vec<String> = proposals(&paper).into_iter().map(|p| p.value).collect();
        assert_eq!(proposals, ["Förslag."]);
    }

    #[test]
    fn flat_text_has_facts_and_proposals_but_no_structure() {
        let text = "Miljöförvaltningen Tjänsteskrivelse Dnr: MN 2026/77 Handläggare Sara Ek Till Miljönämnden 2026-04-02 Tillsynsplan 2027 Förvaltningens förslag till beslut 1. Miljönämnden antar tillsynsplanen. 2. Ärendet överlämnas till kommunstyrelsen. Sammanfattning Planen beskriver tillsynen under 2027.";
        let paper = paper_from_text("x.txt".into(), text.to_owned());
        assert!(!paper.structured());
        assert_eq!(paper.facts.dnr.as_ref().unwrap().value, "MN 2026/77");
        assert_eq!(
            paper.facts.paper_date.as_ref().unwrap().value.to_string(),
            "2026-04-02"
        );
        assert_eq!(paper.facts.board.as_ref().unwrap().value, "Miljönämnden");
        assert_eq!(paper.facts.officer.as_ref().unwrap().value, "Sara Ek");
        let proposals: Vec<String> = proposals(&paper).into_iter().map(|p| p.value).collect();
        assert_eq!(
            proposals,
            [
                "Miljönämnden antar tillsynsplanen.",
                "Ärendet överlämnas till kommunstyrelsen."
            ]
        );
    }

    #[test]
    fn a_flat_texts_proposals_end_at_an_inline_arende_heading() {
        let text = "Miljöförvaltningen Datum 2025-03-18 Dnr MBN 2025-145 Miljönämnden Yttrande över remiss Förslag till beslut Nämnden lämnar yttrande. Ärendet Kommunstyrelsen beslutade den 3 februari 2025 att skicka förslaget på samråd från den 10 februari 2025 till den 31 mars 2025. Ärende 3 står kvar.";
        let paper = paper_from_text("x.txt".into(), text.to_owned());
        let kinds: Vec<(String, &SectionKind)> = paper
            .regions
            .iter()
            .map(|r| (text[r.range.clone()].chars().take(7).collect(), &r.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("Miljöfö".to_owned(), &SectionKind::Header),
                ("Förslag".to_owned(), &SectionKind::Proposals),
                ("Ärendet".to_owned(), &SectionKind::Arende)
            ]
        );
        // A lower-case word after "Ärendet" is running text, not a heading.
        let running = text.replace(
            "Ärendet Kommunstyrelsen",
            "Ärendet gäller att Kommunstyrelsen",
        );
        let paper = paper_from_text("x.txt".into(), running.clone());
        assert_eq!(paper.regions.last().unwrap().kind, SectionKind::Proposals);
    }

    #[test]
    fn a_no_break_space_before_the_proposals_heading() {
        // Found by the text_lint fuzz target: a genitive heading word after
        // a no-break space (two bytes) sliced inside it.
        let text = "Eav fältarbetet 2026\u{a0}Förvaltningens\u{a0}förslag till beslut 1. Noteras.";
        let paper = paper_from_text("p.txt".into(), text.into());
        assert!(
            paper
                .regions
                .iter()
                .any(|r| r.kind == SectionKind::Proposals)
        );
    }

    #[test]
    fn att_satser_are_proposals() {
        let text = "Dnr SN 2026/140\n\nFörslag till beslut\nSocialnämnden beslutar\natt godkänna rapporten,\natt lägga informationen till handlingarna.\n\nÄrende\nText.\n\nBakgrund\nMer.\n\nEkonomi\nInga.\n\nSamverkan\nKlar.\n";
        let paper = paper_from_text("x.txt".into(), text.to_owned());
        let proposals: Vec<String> = proposals(&paper).into_iter().map(|p| p.value).collect();
        assert_eq!(
            proposals,
            [
                "att godkänna rapporten,",
                "att lägga informationen till handlingarna."
            ]
        );
    }
}
