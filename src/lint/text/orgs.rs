//! Organisations named with their legal form: "Solrosgruppen AB".

use std::sync::LazyLock;

use regex::Regex;

use super::{NOT_LETTER, Span, regex};

/// An organisation named with its legal form: "Solrosgruppen AB".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgMention {
    pub span: Span,
    /// The name before the legal form: "Solrosgruppen".
    pub base: String,
    /// The legal form: "AB", "HB", "KB", "ekonomisk förening".
    pub form: String,
    /// Written with a dash between name and form ("Solrosgruppen – AB").
    pub dashed: bool,
}

static ORG: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"{NOT_LETTER}((?:[A-ZÅÄÖ][\wåäöÅÄÖ&]*[\s-]+){{0,3}}?[A-ZÅÄÖ][\wåäöÅÄÖ&]+)(\s*[–—-]\s*|\s+)(AB|HB|KB|ekonomisk förening)\b"
    ))
});

pub(super) fn find_orgs(text: &str) -> Vec<OrgMention> {
    ORG.captures_iter(text)
        .map(|c| OrgMention {
            span: c.get(1).unwrap().start()..c.get(0).unwrap().end(),
            base: c[1].split_whitespace().collect::<Vec<_>>().join(" "),
            form: c[3].to_owned(),
            dashed: c[2].contains(['-', '–', '—']),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::lint::text::scan;

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
}
