//! Organisations named with their legal form ("Solrosgruppen AB",
//! "Tallkotten ekonomisk förening", "Lövsjö IF") or by a word before the
//! name ("Stiftelsen Solgläntan", "Föreningen Grannstöd", "Region Gotland").

use super::patterns::only_if;
use super::plain::{Plain, plain, tuned};
use std::sync::LazyLock;

use super::{NOT_LETTER, Span};

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
        COMPANY_FORMS.contains(&self.form.as_str())
    }

    /// `name` with this mention's form where `written` (the mention's
    /// text) has it: after a legal form's name ("Tryggbo Omsorg AB"),
    /// before a kind's ("Föräldraföreningen Kulturskolans vänner").
    /// A name with the form inside it ("Fastighets AB Ekbyhem") is the
    /// name as it stands.
    pub fn named_with_form(&self, written: &str, name: &str) -> String {
        if written.starts_with(self.form.as_str()) {
            format!("{} {name}", self.form)
        } else if written.ends_with(self.form.as_str()) {
            format!("{name} {}", self.form)
        } else {
            name.to_owned()
        }
    }

    /// The name with its legal form when `written` has the form after it
    /// ("Byggbolaget Granlund AB"): then the last word of the base is
    /// inside the fixed name, and an "s" on it is a slip, not a genitive
    /// ("Byggbolaget Granlunds AB").
    pub fn fixed_name(&self, written: &str) -> String {
        if written.ends_with(self.form.as_str()) {
            format!("{} {}", self.base, self.form)
        } else {
            self.base.clone()
        }
    }
}

/// The legal forms of a company or economic association.
pub const COMPANY_FORMS: [&str; 4] = ["AB", "HB", "KB", "ekonomisk förening"];

/// The legal forms a company's name ends in; a text without one is not
/// searched for names (see `only_if`).
const FORMS: [&str; 11] = [
    "AB",
    "HB",
    "KB",
    "ekonomisk förening",
    "ideell förening",
    "IF",
    "IK",
    "BK",
    "FF",
    "SK",
    "FK",
];

static ORG: LazyLock<Plain> = LazyLock::new(|| {
    plain(&format!(
        r"{NOT_LETTER}((?:[A-ZÅÄÖ][\wåäöÅÄÖ&]*(?:\s+i)?[\s-]+){{0,3}}?[A-ZÅÄÖ][\wåäöÅÄÖ&]+)(\s*[–—-]\s*|\s+)({})\b",
        FORMS.join("|")
    ))
});

/// "Stiftelsen Solgläntan", "Föreningen Grannstöd Lövsjö", "Region Gotland".
static NAMED_BY_KIND: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"\b(Stiftelsen|Föreningen|[A-ZÅÄÖ][a-zåäö]+föreningen|Region|Riksförbundet)\s+((?:[A-ZÅÄÖ][\wåäöÅÄÖ&-]+)(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ&-]+){0,2})(?:\s+([a-zåäö]{3,}))?",
    )
});

pub(super) fn find_orgs(text: &str) -> Vec<OrgMention> {
    let formed = FORMS.iter().any(|form| text.contains(form));
    let mut orgs: Vec<OrgMention> = ORG
        .captures_iter(only_if(formed, text, &ORG))
        .map(|c| {
            let name = c.get(1).expect("group");
            let start = name_start(text, name.range());
            let end = c.get(0).expect("match").end();
            let mut base = text[start..name.end()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let form = c[3].to_owned();
            let after = name_after_form(&base, &form, &text[end..]);
            if let Some(after) = after {
                base = format!("{base} {form} {after}");
            }
            OrgMention {
                span: start..end + after.map_or(0, |after| after.len() + 1),
                base,
                form,
                dashed: c[2].contains(['-', '–', '—']),
            }
        })
        .collect();
    let mut named = Vec::new();
    for c in NAMED_BY_KIND.captures_iter(text) {
        let span = c.get(0).expect("match").range();
        if super::overlaps(&orgs, &span, |o| &o.span) {
            continue;
        }
        let mut base = c[2].split_whitespace().collect::<Vec<_>>().join(" ");
        let mut span = span;
        match c.get(3) {
            // "Föräldraföreningen Kulturskolans vänner": in an
            // association's name a genitive's noun is the name's; after
            // another word, or another kind ("Stiftelsen Solgläntans
            // styrelse"), it is the sentence's.
            Some(noun)
                if c[1].ends_with("öreningen")
                    && base.ends_with('s')
                    && !FUNCTION_WORDS.contains(&noun.as_str()) =>
            {
                base = format!("{base} {}", noun.as_str());
            }
            Some(_) => span.end = c.get(2).expect("name").end(),
            None => {}
        }
        named.push(OrgMention {
            span,
            base,
            form: c[1].to_owned(),
            dashed: false,
        });
    }
    orgs.extend(named);
    orgs.sort_by_key(|o| o.span.start);
    orgs
}

/// The name after "AB" when the word before it is a genitive that names a
/// kind of company ("Fastighets AB Ekbyhem", "Bostads AB Mimer"): a noun in
/// its linking form ends no name, so the capitalised word after the form,
/// on the same line, is the name's own.
fn name_after_form<'t>(base: &str, form: &str, rest: &'t str) -> Option<&'t str> {
    let genitive_kind = !base.contains(' ')
        && base.ends_with('s')
        && base.chars().skip(1).all(|c| c.is_lowercase());
    if form != "AB" || !genitive_kind {
        return None;
    }
    let rest = rest.strip_prefix(' ')?;
    let word = &rest[..rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len())];
    let mut letters = word.chars();
    (letters.next()?.is_uppercase() && letters.all(char::is_lowercase) && word.len() > 2)
        .then_some(word)
}

/// Words after a genitive that are no noun of a name ("Kulturskolans har").
const FUNCTION_WORDS: [&str; 14] = [
    "och", "har", "hade", "är", "var", "som", "till", "för", "med", "att", "kan", "ska", "samt",
    "inom",
];

/// Where a company's name begins in the capitalised words before its legal
/// form: after a heading line ("Ärende⏎Tryggbo AB"), a word that starts a
/// sentence ("Med Tryggbo AB") and a noun in apposition ("Leverantören
/// Tryggbo AB"). The last word is always the name's.
fn name_start(text: &str, name: Span) -> usize {
    let mut start = name.start;
    let words: Vec<(usize, &str)> = text[name.clone()]
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    for pair in words.windows(2) {
        let ((at, word), (next, _)) = (pair[0], pair[1]);
        let gap = &text[at + word.len()..next];
        let heading = gap.find('\n').is_some_and(|i| {
            !super::sentences::wrapped_line_before(&text[..at + word.len() + i + 1])
        });
        if heading || NOT_NAME_WORDS.contains(&word.to_lowercase().as_str()) {
            start = next;
        } else {
            break;
        }
    }
    start
}

/// Words capitalised before a company's name that are not part of it: a
/// sentence's first word (a preposition, a conjunction) or a noun for the
/// party ("Leverantören Tryggbo AB").
const NOT_NAME_WORDS: &[&str] = &[
    "med",
    "enligt",
    "av",
    "till",
    "för",
    "från",
    "hos",
    "och",
    "även",
    "både",
    "dessutom",
    "sedan",
    "nu",
    "då",
    "när",
    "om",
    "att",
    "det",
    "den",
    "detta",
    "denna",
    "de",
    "vid",
    "genom",
    "utan",
    "mellan",
    "efter",
    "inför",
    "under",
    "över",
    "samt",
    "men",
    "eller",
    "därför",
    "också",
    "redan",
    "trots",
    "inom",
    "mot",
    "på",
    "i",
    "leverantören",
    "leverantörerna",
    "utföraren",
    "bolaget",
    "företaget",
    "entreprenören",
    "anordnaren",
    "konsulten",
    "hyresvärden",
    "fastighetsägaren",
    "motparten",
    "parten",
    "sökanden",
    "mottagaren",
    "vårdgivaren",
    "arrangören",
    "aktiebolaget",
    "firman",
    "koncernen",
    "dotterbolaget",
    "moderbolaget",
    "avtalsparten",
    "uppdragstagaren",
    "avtalet",
];

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    ORG.compile_now();
    NAMED_BY_KIND.compile_now();
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
    fn a_kind_of_company_before_the_form_and_its_name_after() {
        let text = "Fastighets AB Ekbyhem lämnade ett förslag. Avtal med Bostads AB Mimer och Ekbyhems AB tecknas.";
        let s = scan(text);
        let found: Vec<(&str, &str)> = s
            .orgs
            .iter()
            .map(|o| (o.base.as_str(), &text[o.span.clone()]))
            .collect();
        assert_eq!(
            found,
            [
                ("Fastighets AB Ekbyhem", "Fastighets AB Ekbyhem"),
                ("Bostads AB Mimer", "Bostads AB Mimer"),
                ("Ekbyhems", "Ekbyhems AB"),
            ]
        );
    }

    #[test]
    fn a_name_starts_after_a_heading_a_sentences_first_word_and_a_noun_for_the_party() {
        let s = scan(
            "Ärende\nTrygbo Omsorg AB har levererat. Leverantören Tryggbo Omsorg AB har fullgjort avtalet. Med Hemgården i Ekby AB tecknas avtal. Avtalet tecknas med Lindängens\nFamiljeteam AB, ett namn på två rader i en lång mening.",
        );
        let found: Vec<&str> = s.orgs.iter().map(|o| o.base.as_str()).collect();
        assert_eq!(
            found,
            [
                "Trygbo Omsorg",
                "Tryggbo Omsorg",
                "Hemgården i Ekby",
                "Lindängens Familjeteam"
            ]
        );
    }

    #[test]
    fn associations_foundations_and_regions() {
        let s = scan(
            "Bidrag till Lövsjö IF, Tallkotten ideell förening, Stiftelsen Solgläntan och Föreningen Grannstöd Lövsjö i samarbete med Region Gotland. Föräldraföreningen Kulturskolans vänner har skrivit. Stiftelsen Solgläntans styrelse.",
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
                ("Kulturskolans vänner", "Föräldraföreningen"),
                ("Solgläntans", "Stiftelsen"),
            ]
        );
    }
}
