use super::targets::party_base;
use crate::lint::{Context, Finding, Rule, RuleMeta};
use std::collections::BTreeMap;

declare_rule! {
    /// N301 party-name-variant: a near miss of a party's name.
    ///
    /// Party names come from the case (`contract.supplier`), from
    /// `known_parties` in `beslut.toml`, and from the paper itself (names
    /// written with AB, HB, KB or ekonomisk förening; the most frequent
    /// spelling wins). A word one or two letters away from such a name, or the
    /// name written with a dash before its legal form, is reported.
    ///
    /// Bad:  … avtal med Eleonorgruppen AB … med Eleonoragruppen – AB …
    /// Good: … avtal med Eleonoragruppen AB … med Eleonoragruppen AB …
    pub struct PartyNameVariant {
        code: "N301",
        name: "party-name-variant",
        severity: Warning,
        summary: "en nästan rätt stavning av en parts namn (”Eleonorgruppen”)",
    }
}

impl Rule for PartyNameVariant {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let names = canonical_names(cx);
        for org in paper.scan.orgs.iter().filter(|o| o.dashed) {
            if let Some(name) = names.iter().find(|n| n.eq_ignore_ascii_case(&org.base)) {
                out.push(Finding::new(
                    &Self::META,
                    org.span.clone(),
                    format!(
                        "”{}” skrivs ”{name} {}” utan tankstreck",
                        paper.text(&org.span),
                        org.form
                    ),
                ));
            }
        }
        for region in &paper.regions {
            let text = &paper.source[region.range.clone()];
            for (start, written) in words(text) {
                let Some(name) = near_miss(written, &names) else {
                    continue;
                };
                let span = region.range.start + start..region.range.start + start + written.len();
                out.push(Finding::new(
                    &Self::META,
                    span,
                    format!("”{written}” liknar partsnamnet ”{name}”; är det en felstavning?"),
                ));
            }
        }
    }
}

/// Words of at least four letters (hyphens inside allowed) with their offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !(c.is_alphabetic() || c == '-'))
        .scan(0usize, move |offset, piece| {
            let start = piece.as_ptr() as usize - text.as_ptr() as usize;
            *offset = start + piece.len();
            Some((start, piece.trim_matches('-')))
        })
        .filter(|(_, w)| {
            w.chars().count() >= 4 && w.chars().next().is_some_and(char::is_alphabetic)
        })
        .map(move |(start, w)| (start + text[start..].find(w).unwrap_or(0), w))
}

/// One spelling per party: known names first, then the paper's own by frequency.
fn canonical_names(cx: &Context<'_>) -> Vec<String> {
    let paper = cx.paper;
    let mut known: Vec<String> = cx
        .config
        .known_parties
        .iter()
        .map(|n| party_base(n))
        .collect();
    if let Some(contract) = &paper.facts.contract {
        known.push(party_base(&contract.supplier.value));
    }
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for org in &paper.scan.orgs {
        *counts.entry(org.base.clone()).or_default() += 1;
    }
    for (base, count) in counts.iter_mut() {
        *count += paper.source.matches(base.as_str()).count();
    }
    let mut found: Vec<(String, usize)> = counts.into_iter().collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut names: Vec<String> = Vec::new();
    for name in known.into_iter().chain(found.into_iter().map(|(n, _)| n)) {
        let clashes = names.iter().any(|n| n == &name || is_near(&name, n));
        if name.chars().count() >= 5 && !clashes {
            names.push(name);
        }
    }
    names
}

/// One or two edits apart (but not the genitive "-s"), same first letter.
fn is_near(word: &str, name: &str) -> bool {
    // Cheap filters first: this runs for every word of every paper.
    let (word_len, name_len) = (word.chars().count(), name.chars().count());
    if word_len.abs_diff(name_len) > 2 || name.contains(' ') {
        return false;
    }
    let first = |s: &str| s.chars().next().map(|c| c.to_lowercase().next());
    if first(word) != first(name) {
        return false;
    }
    let (w, n) = (word.to_lowercase(), name.to_lowercase());
    if w == n || w.strip_suffix('s') == Some(n.as_str()) {
        return false;
    }
    let distance = strsim::levenshtein(&w, &n);
    (1..=2).contains(&distance) && distance * 5 <= name_len
}

fn near_miss<'a>(word: &str, names: &'a [String]) -> Option<&'a String> {
    let is_name = |n: &String| word == n || word.strip_suffix('s') == Some(n.as_str());
    if names.iter().any(is_name) {
        return None;
    }
    names.iter().find(|n| is_near(word, n))
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_near_misses_and_dashed_forms() {
        let text = "Avtal med Eleonoragruppen AB. Eleonoragruppen följer avtalet. Tjänsteskrivelse om Eleonorgruppen AB. Förlängs med Eleonoragruppen – AB.";
        assert_eq!(
            text_findings("N301", text),
            ["Eleonorgruppen", "Eleonoragruppen – AB"]
        );
        let yaml = contract_case(
            CONTRACT,
            "sections:\n  arende: Solrosgrupen har följt avtalet.\n",
        );
        assert_eq!(case_findings("N301", &yaml).len(), 1);
    }

    #[test]
    fn passes_names_and_their_genitive() {
        let text = "Avtal med Eleonoragruppen AB. Eleonoragruppens egen uppföljning visar att Eleonoragruppen följer avtalet.";
        assert!(text_findings("N301", text).is_empty());
    }
}
