use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::{LAWS, law_numbers};

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
            let message = match LAWS.iter().find(|(number, _, _)| number == sfs) {
                Some((_, long, short)) => (!names_law(name, long, short)).then(|| {
                    format!(
                        "SFS {sfs} är lagen om {long} ({}), inte ”{name}”",
                        short.first().unwrap_or(&"")
                    )
                }),
                None => mistyped_number(name, sfs),
            };
            if let Some(message) = message {
                out.push(Finding::new(&Self::META, law.span.clone(), message));
            }
        }
    }
}

/// Whether `name` is one of a law's names: a short name, or the long name
/// (either may be cut short: "lag (2001:453) om socialtjänst").
fn names_law(name: &str, long: &str, short: &[&str]) -> bool {
    let lower = name.to_lowercase();
    let long = long.to_lowercase();
    short.iter().any(|s| s.eq_ignore_ascii_case(name))
        || lower.starts_with(&long)
        || long.starts_with(&lower)
}

/// A number we do not know, written with a law we know by a number one
/// slip away ("socialtjänstlagen (2001:435)" for 2001:453). A number
/// further off may be a version of the law we do not list, so it passes.
fn mistyped_number(name: &str, sfs: &str) -> Option<String> {
    let known = law_numbers(name);
    let intended = known
        .iter()
        .find(|number| strsim::osa_distance(number, sfs) == 1)?;
    Some(format!(
        "{name} har SFS-nummer {intended}, inte {sfs}; en felskrivning?"
    ))
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

    #[test]
    fn flags_a_law_number_one_slip_away_from_the_laws_own() {
        let text = "Hänvisningar till socialtjänstlagen (2001:435) har uppdaterats. Enligt skollagen (2010:880) och LOU (2016:1154).";
        assert_eq!(
            text_findings("N302", text),
            [
                "socialtjänstlagen (2001:435)",
                "skollagen (2010:880)",
                "LOU (2016:1154)"
            ]
        );
    }

    #[test]
    fn passes_earlier_versions_and_numbers_we_do_not_know() {
        let text = "Enligt kommunallagen (1991:900), LOU (2007:1091) och socialtjänstlagen (1980:620). Lag (2022:1234) om ändring i socialtjänstlagen (2001:453). Enligt tobakslagen (1993:581) och skollagen (2010:800).";
        assert!(text_findings("N302", text).is_empty());
    }
}
