use std::sync::LazyLock;

use regex::Regex;

use crate::lint::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// K501 officialese: klarspråk. Stela myndighetsord som har ett enklare
    /// alternativ, som språklagen (2009:600) kräver av det allmänna.
    ///
    /// Fel:  Om särskilda skäl föreligger ska förvaltningen tillse att utföraren erhåller …
    /// Rätt: Om det finns särskilda skäl ska förvaltningen se till att utföraren får …
    pub struct Officialese {
        code: "K501",
        name: "officialese",
        severity: Info,
        summary: "klarspråk: krångligt ord med enklare alternativ (föreligger → finns)",
    }
}

/// (word forms, plainer alternative).
const WORDS: &[(&str, &str)] = &[
    ("föreligger|föreligga|förelåg|förelegat", "finns"),
    ("erhålla|erhåller|erhöll|erhållit|erhållits|erhålls", "få"),
    ("tillse|tillser|tillsett", "se till"),
    ("varvid", "och då"),
    ("därvid", "då"),
    ("inkomma|inkommer|inkommit|inkomna", "komma in, skicka in"),
    (
        "erforderlig|erforderliga|erforderligt",
        "nödvändig, som behövs",
    ),
    ("torde", "bör, kan"),
    ("icke", "inte"),
    ("emedan", "eftersom"),
    ("huruvida", "om"),
    ("därest", "om"),
    ("åligger|åligga|ålåg", "ska, är skyldig att"),
    (
        "tillhandahålla|tillhandahåller|tillhandahållit",
        "ge, erbjuda",
    ),
    ("delgiva|delge|delges", "meddela"),
    ("beträffande", "om, när det gäller"),
    ("innevarande", "detta, nuvarande"),
];

static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    let alternatives: Vec<&str> = WORDS.iter().map(|(forms, _)| *forms).collect();
    // Words may start with å (åligger): consume a non-letter instead of a
    // Unicode \b, which the regex crate runs slowly on Swedish text.
    let not_letter = crate::lint::text::NOT_LETTER;
    Regex::new(&format!(
        r"(?i){not_letter}({})(?-u:\b)",
        alternatives.join("|")
    ))
    .expect("valid")
});

impl Rule for Officialese {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for region in &paper.regions {
            let text = &paper.source[region.range.clone()];
            for m in PATTERN.captures_iter(text).filter_map(|c| c.get(1)) {
                let lower = m.as_str().to_lowercase();
                let Some((_, plain)) = WORDS
                    .iter()
                    .find(|(forms, _)| forms.split('|').any(|f| f == lower))
                else {
                    continue;
                };
                out.push(Finding::new(
                    &Self::META,
                    region.range.start + m.start()..region.range.start + m.end(),
                    format!("klarspråk: skriv hellre ”{plain}” än ”{}”", m.as_str()),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::text_findings;

    #[test]
    fn flags_officialese() {
        assert_eq!(
            text_findings(
                "K501",
                "Om skäl föreligger ska vi tillse att de erhåller stöd, varvid det klaras."
            ),
            ["föreligger", "tillse", "erhåller", "varvid"]
        );
    }

    #[test]
    fn passes_plain_swedish() {
        assert!(
            text_findings("K501", "Om det finns skäl ska vi se till att de får stöd.").is_empty()
        );
    }
}
