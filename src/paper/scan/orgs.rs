//! Organisations named with their legal form ("Solrosgruppen AB",
//! "Tallkotten ekonomisk förening", "Lövsjö IF") or by a word before the
//! name ("Stiftelsen Solgläntan", "Föreningen Grannstöd", "Region Gotland").

use std::sync::LazyLock;

use regex::Regex;

use super::{NOT_LETTER, Span, regex};

/// An organisation named with its legal form: "Solrosgruppen AB".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgMention {
    pub span: Span,
    /// The name before the legal form: "Solrosgruppen".
    pub base: String,
    /// The legal form: "AB", "HB", "KB", "ekonomisk förening", "ideell
    /// förening", a club's "IF"; or the word before the name: "Stiftelsen",
    /// "Föreningen", "Region".
    pub form: String,
    /// Written with a dash between name and form ("Solrosgruppen – AB").
    pub dashed: bool,
}

impl OrgMention {
    /// A company or economic association: a contract party. Clubs,
    /// foundations and regions are named parties too, but not suppliers.
    pub fn is_company(&self) -> bool {
        matches!(
            self.form.as_str(),
            "AB" | "HB" | "KB" | "ekonomisk förening"
        )
    }
}

static ORG: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"{NOT_LETTER}((?:[A-ZÅÄÖ][\wåäöÅÄÖ&]*[\s-]+){{0,3}}?[A-ZÅÄÖ][\wåäöÅÄÖ&]+)(\s*[–—-]\s*|\s+)(AB|HB|KB|ekonomisk förening|ideell förening|IF|IK|BK|FF|SK|FK)\b"
    ))
});

/// "Stiftelsen Solgläntan", "Föreningen Grannstöd Lövsjö", "Region Gotland".
static NAMED_BY_KIND: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(Stiftelsen|Föreningen|Region|Riksförbundet)\s+((?:[A-ZÅÄÖ][\wåäöÅÄÖ&-]+)(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ&-]+){0,2})",
    )
});

pub(super) fn find_orgs(text: &str) -> Vec<OrgMention> {
    let mut orgs: Vec<OrgMention> = ORG
        .captures_iter(text)
        .map(|c| OrgMention {
            span: c.get(1).unwrap().start()..c.get(0).unwrap().end(),
            base: c[1].split_whitespace().collect::<Vec<_>>().join(" "),
            form: c[3].to_owned(),
            dashed: c[2].contains(['-', '–', '—']),
        })
        .collect();
    let mut named = Vec::new();
    for c in NAMED_BY_KIND.captures_iter(text) {
        let span = c.get(0).expect("match").range();
        if super::overlaps(&orgs, &span, |o| &o.span) {
            continue;
        }
        named.push(OrgMention {
            span,
            base: c[2].split_whitespace().collect::<Vec<_>>().join(" "),
            form: c[1].to_owned(),
            dashed: false,
        });
    }
    orgs.extend(named);
    orgs.sort_by_key(|o| o.span.start);
    orgs
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn organisations_with_legal_form() {
        let s = scan("med Eleonoragruppen AB och Eleonoragruppen – AB samt Bygg & Co HB.");
        let found: Vec<(&str, &str, bool)> = s
            .orgs
            .iter()
            .map(|o| (o.base.as_str(), o.form.as_str(), o.dashed))
            .collect();
        assert_eq!(
            found,
            vec![
                ("Eleonoragruppen", "AB", false),
                ("Eleonoragruppen", "AB", true),
                ("Co", "HB", false)
            ]
        );
    }

    #[test]
    fn associations_foundations_and_regions() {
        let s = scan(
            "Bidrag till Lövsjö IF, Tallkotten ideell förening, Stiftelsen Solgläntan och Föreningen Grannstöd Lövsjö i samarbete med Region Gotland.",
        );
        let found: Vec<(&str, &str)> = s
            .orgs
            .iter()
            .map(|o| (o.base.as_str(), o.form.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("Lövsjö", "IF"),
                ("Tallkotten", "ideell förening"),
                ("Solgläntan", "Stiftelsen"),
                ("Grannstöd Lövsjö", "Föreningen"),
                ("Gotland", "Region"),
            ]
        );
    }
}
