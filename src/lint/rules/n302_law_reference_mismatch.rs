use crate::lint::text::LAWS;
use crate::lint::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// N302 law-reference-mismatch: ett SFS-nummer som inte hör till lagen det
    /// skrivs med, eller ett felstavat lagnamn.
    ///
    /// Kända lagar: 1976:580 MBL, 2016:1145 LOU, 1990:52 LVU, 2001:453 SoL,
    /// 2025:400 socialtjänstlagen, 2018:1197 barnkonventionen, 2017:725
    /// kommunallagen, 2017:900 förvaltningslagen, 2009:400 OSL, 1977:1160
    /// arbetsmiljölagen, 2008:567 diskrimineringslagen, 1993:387 LSS.
    ///
    /// Fel:  Information enligt medstämmandelagen … enligt LOU (1976:580)
    /// Rätt: Information enligt medbestämmandelagen … enligt MBL (1976:580)
    pub struct LawReferenceMismatch {
        code: "N302",
        name: "law-reference-mismatch",
        severity: Error,
        summary: "SFS-nummer och lagens namn stämmer inte, eller felstavat lagnamn",
    }
}

impl Rule for LawReferenceMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for typo in &paper.scan.law_typos {
            out.push(Finding::new(
                &Self::META,
                typo.span.clone(),
                format!(
                    "”{}” är felstavat; menas ”{}”?",
                    typo.written, typo.intended
                ),
            ));
        }
        for law in &paper.scan.laws {
            let (Some(sfs), Some(name)) = (&law.sfs, &law.name) else {
                continue;
            };
            let Some((_, long, short)) = LAWS.iter().find(|(number, _, _)| number == sfs) else {
                continue;
            };
            let lower = name.to_lowercase();
            let matches = short.iter().any(|s| s.eq_ignore_ascii_case(name))
                || lower.starts_with(&long.to_lowercase())
                || long.to_lowercase().starts_with(&lower);
            if !matches {
                out.push(Finding::new(
                    &Self::META,
                    law.span.clone(),
                    format!(
                        "SFS {sfs} är lagen om {long} ({}), inte ”{name}”",
                        short.first().unwrap_or(&"")
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::text_findings;

    #[test]
    fn flags_misspelled_names_and_wrong_numbers() {
        let text = "Information enligt medstämmandelagen lämnades. Upphandlat enligt LOU (1976:580) och lag (2016:1145) om medbestämmande i arbetslivet.";
        assert_eq!(
            text_findings("N302", text),
            [
                "medstämmandelagen",
                "LOU (1976:580)",
                "lag (2016:1145) om medbestämmande i arbetslivet"
            ]
        );
    }

    #[test]
    fn passes_correct_references() {
        let text = "Information enligt lag (1976:580) om\nmedbestämmande i arbetslivet, MBL § 19 och medbestämmandelagen. Upphandlat enligt LOU (2016:1145) och SFS 2001:453.";
        assert!(text_findings("N302", text).is_empty());
    }
}
