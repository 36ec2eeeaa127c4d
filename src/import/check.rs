//! The structural half of `import --check`: the facts a paper states, read
//! from the original and from its rebuild, compared one by one. A lost
//! title or signatory is a few words to the word measure but a wrong paper
//! to a registrar.

use super::*;

/// What a paper states, as the reader and the import read it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatedFacts {
    /// The first heading before the proposals, when the paper marks headings.
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub dnr: Option<String>,
    pub board: Option<String>,
    pub officer: Option<String>,
    /// The line over the signature ("För socialförvaltningen").
    pub signed_for: Option<String>,
    /// Signatories' names, in order.
    pub signatories: Vec<String>,
    pub proposals: usize,
    /// Each table's rows of cells.
    pub tables: Vec<Vec<Vec<String>>>,
    pub send_to: Vec<String>,
}

/// The facts `paper` states; `imported` is its import (for signatories).
pub fn stated_facts(paper: &Paper, imported: &Case) -> StatedFacts {
    let facts = &paper.facts;
    StatedFacts {
        title: heading_title(paper),
        date: facts.paper_date.as_ref().map(|d| d.value),
        dnr: facts.printed_dnr().map(|d| d.value.clone()),
        board: facts.board.as_ref().map(|d| d.value.clone()),
        // Our layout prints the handläggare without a label: the import's
        // reading of the sender lines stands in when the reader finds none.
        officer: facts
            .officer
            .as_ref()
            .map(|d| d.value.clone())
            .or_else(|| imported.sender.officer.clone()),
        signed_for: imported.signed_for.clone(),
        signatories: imported.signed_by.iter().map(|s| s.name.clone()).collect(),
        proposals: crate::paper::structure::proposals(paper).len(),
        // A letterhead laid out as a table (a Word header) is no table of
        // the paper's: tables are read after it.
        tables: tables(&paper.source[letterhead_end(paper)..]),
        send_to: facts
            .send_to
            .iter()
            .flatten()
            .map(|s| s.value.clone())
            .collect(),
    }
}

/// The facts of the original that the rebuild does not state alike, one
/// line each in Swedish ("titel: ”A” ≠ ”B”"). A fact the original does not
/// state is not compared.
pub fn differing_facts(original: &StatedFacts, rebuilt: &StatedFacts) -> Vec<String> {
    let mut out = Vec::new();
    let mut compare = |what: &str, a: Option<String>, b: Option<String>| {
        if let Some(a) = a
            && Some(normal(&a)) != b.as_deref().map(normal)
        {
            out.push(format!("{what}: ”{a}” ≠ ”{}”", b.unwrap_or_default()));
        }
    };
    compare("titel", original.title.clone(), rebuilt.title.clone());
    compare(
        "datum",
        original.date.map(|d| d.to_string()),
        rebuilt.date.map(|d| d.to_string()),
    );
    compare("dnr", original.dnr.clone(), rebuilt.dnr.clone());
    compare("nämnd", original.board.clone(), rebuilt.board.clone());
    compare(
        "handläggare",
        original.officer.clone(),
        rebuilt.officer.clone(),
    );
    let list = |items: &[String]| (!items.is_empty()).then(|| items.join("; "));
    compare(
        "undertecknat av",
        list(&original.signatories),
        list(&rebuilt.signatories).or(Some(String::new())),
    );
    compare(
        "undertecknat för",
        original.signed_for.clone(),
        rebuilt.signed_for.clone(),
    );
    compare(
        "beslutet skickas till",
        list(&original.send_to),
        list(&rebuilt.send_to).or(Some(String::new())),
    );
    if original.proposals > 0 && original.proposals != rebuilt.proposals {
        out.push(format!(
            "antal beslutsförslag: {} ≠ {}",
            original.proposals, rebuilt.proposals
        ));
    }
    for (i, table) in original.tables.iter().enumerate() {
        if !rebuilt.tables.contains(table) {
            out.push(format!(
                "tabell {} ({} rader): cellerna kommer inte tillbaka",
                i + 1,
                table.len()
            ));
        }
    }
    out
}

/// Where the letterhead (page furniture and the header region) ends.
pub(super) fn letterhead_end(paper: &Paper) -> usize {
    let furniture_end = paper.read.as_ref().map_or(0, |r| r.furniture_end);
    paper
        .regions
        .iter()
        .find(|r| r.kind == SectionKind::Header)
        .map_or(furniture_end, |r| r.range.end.max(furniture_end))
}

fn normal(text: &str) -> String {
    text.replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The first Markdown-marked heading before the proposals that is not a
/// section's own name: the title, when the reader marks headings.
fn heading_title(paper: &Paper) -> Option<String> {
    paper
        .regions
        .iter()
        .take_while(|r| r.kind != SectionKind::Proposals)
        .find(|r| matches!(r.kind, SectionKind::Other(_)) && is_markdown_heading(paper, r))
        .map(|r| heading_text(paper, r))
        .filter(|t| !t.is_empty())
}

/// Tables in a paper's text: runs of two or more rows of as many cells,
/// separated by tabs (as the readers give table rows) or between pipes
/// (Markdown); a Markdown rule row is no row.
pub fn tables(text: &str) -> Vec<Vec<Vec<String>>> {
    let mut found = Vec::new();
    let mut current: Vec<Vec<String>> = Vec::new();
    let mut flush = |current: &mut Vec<Vec<String>>| {
        if current.len() >= 2 {
            found.push(std::mem::take(current));
        }
        current.clear();
    };
    for line in text.lines() {
        let line = super::prose::trim_row(line);
        if is_markdown_rule(line) {
            continue;
        }
        let cells = row_cells(line);
        let fits = cells.len() >= 2
            && current
                .first()
                .is_none_or(|first| first.len() == cells.len());
        if !fits {
            flush(&mut current);
        }
        if cells.len() >= 2 {
            current.push(cells);
        }
    }
    flush(&mut current);
    found
}

fn row_cells(line: &str) -> Vec<String> {
    let cells: Vec<&str> = if is_pipe_row(line) {
        line[1..line.len() - 1].split('|').collect()
    } else if line.contains('\t') {
        line.split('\t').collect()
    } else {
        return Vec::new();
    };
    cells.iter().map(|c| normal(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_and_tabbed_tables_are_the_same_cells() {
        let markdown = tables("Text.\n\n| Post | 2025 |\n|---|---|\n| Tryck | 5 000 |\n\nMer.");
        let tabbed = tables("Post\t2025\nTryck\t5\u{a0}000\n");
        assert_eq!(markdown, tabbed);
        assert_eq!(markdown[0], [vec!["post", "2025"], vec!["tryck", "5 000"]]);
    }

    #[test]
    fn a_lost_title_and_signatory_differ() {
        let original = StatedFacts {
            title: Some("Ny taxa".into()),
            signatories: vec!["Vera Ek".into(), "Sam Lund".into()],
            ..Default::default()
        };
        let rebuilt = StatedFacts {
            title: Some("Tel 0123-456 78".into()),
            signatories: vec!["Vera Ek".into()],
            ..Default::default()
        };
        let differing = differing_facts(&original, &rebuilt);
        assert_eq!(differing.len(), 2, "{differing:?}");
        assert!(differing[0].starts_with("titel"));
        assert!(differing[1].starts_with("undertecknat av"));
        assert!(differing_facts(&original, &original).is_empty());
    }
}
