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
    /// `beslut lint --fix` rättar ett felstavat lagnamn (när bara ett lagnamn
    /// ligger närmast), ett kortnamn till det som hör till SFS-numret ("LOU
    /// (1976:580)" blir "MBL (1976:580)") och ett SFS-nummer en felskrivning
    /// från lagens eget.
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
            let finding = Finding::new(
                &Self::META,
                typo.span.clone(),
                format!(
                    "”{}” är felstavat; menas ”{}”?",
                    typo.written, typo.intended
                ),
            );
            out.push(if typo.ambiguous {
                finding
            } else {
                finding.fix(
                    typo.span.clone(),
                    same_case_as(&typo.written, typo.intended),
                )
            });
        }
        for law in &paper.scan.laws {
            let (Some(sfs), Some(name)) = (&law.sfs, &law.name) else {
                continue;
            };
            let finding = match LAWS.iter().find(|(number, _, _)| number == sfs) {
                Some((_, long, short)) => (!names_law(name, long, short)).then(|| {
                    let title = law_title(long);
                    let also = short
                        .first()
                        .filter(|s| !s.eq_ignore_ascii_case(&title))
                        .map_or(String::new(), |s| format!(" ({s})"));
                    let finding = Finding::new(
                        &Self::META,
                        law.span.clone(),
                        format!("SFS {sfs} är {title}{also}, inte ”{name}”"),
                    );
                    // The number is the authority: its law's short name, in
                    // the form the paper wrote ("LOU" for "MBL", "-lagen" for
                    // "-lagen").
                    match (&law.short_name_span, short_name_like(name, short)) {
                        (Some(at), Some(right)) => finding.fix(at.clone(), right),
                        _ => finding,
                    }
                }),
                None => mistyped_number(name, sfs).map(|intended| {
                    let finding = Finding::new(
                        &Self::META,
                        law.span.clone(),
                        format!("{name} har SFS-nummer {intended}, inte {sfs}; en felskrivning?"),
                    );
                    match &law.sfs_span {
                        Some(at) => finding.fix(at.clone(), intended),
                        None => finding,
                    }
                }),
            };
            out.extend(finding);
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

/// How a law is named in a sentence: "socialtjänstlagen", "miljöbalken"
/// for a law whose name is one noun, "lagen om offentlig upphandling" for
/// one named by what it is about.
fn law_title(long: &str) -> String {
    if long.ends_with("lag") || long.ends_with("balk") {
        format!("{long}en")
    } else {
        format!("lagen om {long}")
    }
}

/// The law's short name of the same kind as `written`: an abbreviation for
/// an abbreviation ("LOU"), a "-lagen" word for a "-lagen" word.
fn short_name_like(written: &str, short: &[&str]) -> Option<String> {
    let is_word = |name: &str| name.chars().any(char::is_lowercase) && name.len() > 5;
    let right = short.iter().find(|s| is_word(s) == is_word(written))?;
    Some(same_case_as(written, right))
}

/// `right` with a capital first letter when `written` has one (a law's
/// name at the start of a sentence).
fn same_case_as(written: &str, right: &str) -> String {
    let capital = written.chars().next().is_some_and(char::is_uppercase);
    let mut chars = right.chars();
    match chars.next() {
        Some(first) if capital => first.to_uppercase().chain(chars).collect(),
        _ => right.to_owned(),
    }
}

/// A number we do not know, written with a law we know by a number one
/// slip away ("socialtjänstlagen (2001:435)" for 2001:453): the number
/// meant. A number further off may be a version of the law we do not list,
/// so it passes.
fn mistyped_number(name: &str, sfs: &str) -> Option<&'static str> {
    law_numbers(name)
        .into_iter()
        .find(|number| strsim::osa_distance(number, sfs) == 1)
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::{text_findings, text_fixes};

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
    fn a_long_name_read_to_the_clauses_end_still_names_its_law() {
        let text = "Information enligt 19 § lagen (1976:850) om medbestämmande i arbetslivet lämnades i samverkansgruppen den 10 maj 2027.";
        assert_eq!(
            text_findings("N302", text),
            ["lagen (1976:850) om medbestämmande i arbetslivet"]
        );
        let right = text.replace("1976:850", "1976:580");
        assert!(text_findings("N302", &right).is_empty());
    }

    #[test]
    fn knows_the_laws_of_municipal_utilities_and_accounts() {
        let text = "Avgifter tas ut enligt 30 § lagen (2006:421) om allmänna vattentjänster. Redovisningen följer lagen (2018:579) om kommunal bokföring och redovisning.";
        assert_eq!(
            text_findings("N302", text),
            [
                "lagen (2006:421) om allmänna vattentjänster",
                "lagen (2018:579) om kommunal bokföring och redovisning"
            ]
        );
        let right = text
            .replace("2006:421", "2006:412")
            .replace("2018:579", "2018:597");
        assert!(text_findings("N302", &right).is_empty());
    }

    #[test]
    fn a_law_whose_name_begins_with_med() {
        let text =
            "Placeringar enligt lagen (1990:25) med särskilda bestämmelser om vård av unga ökar.";
        assert_eq!(
            text_findings("N302", text),
            ["lagen (1990:25) med särskilda bestämmelser om vård av unga"]
        );
        let right = text.replace("1990:25", "1990:52");
        assert!(text_findings("N302", &right).is_empty());
        // Words after "med" that name no law are no law's name.
        assert!(text_findings("N302", "Enligt lagen (2001:453) med ändringar.").is_empty());
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

    #[test]
    fn names_the_law_as_a_sentence_does() {
        let messages = crate::lint::rules::testing::text_messages(
            "N302",
            "Enligt LVU (2001:453) och LOU (1998:808) och MBL (2016:1145).",
        );
        assert_eq!(
            messages,
            [
                "SFS 2001:453 är socialtjänstlagen (SoL), inte ”LVU”",
                "SFS 1998:808 är miljöbalken, inte ”LOU”",
                "SFS 2016:1145 är lagen om offentlig upphandling (LOU), inte ”MBL”",
            ]
        );
    }

    #[test]
    fn offers_the_certain_fixes() {
        let text = "Information enligt medstämmandelagen lämnades. Upphandlat enligt LOU (1976:580), socialtjänstlagen (2001:435) och Medbestämandelagen.";
        assert_eq!(
            text_fixes("N302", text),
            [
                ("medstämmandelagen".into(), "medbestämmandelagen".into()),
                ("LOU".into(), "MBL".into()),
                ("2001:435".into(), "2001:453".into()),
                ("Medbestämandelagen".into(), "Medbestämmandelagen".into()),
            ]
        );
    }

    #[test]
    fn offers_no_fix_for_a_long_name_or_an_unknown_form() {
        // The words after "om" may run on into the sentence: not certain.
        let text = "Enligt lag (2016:1145) om medbestämmande i arbetslivet.";
        assert_eq!(text_findings("N302", text).len(), 1);
        assert!(text_fixes("N302", text).is_empty());
    }
}
