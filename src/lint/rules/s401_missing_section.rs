use crate::lint::paper::{PaperKind, SectionKind};
use crate::lint::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// S401 missing-section: a required section is absent.
    ///
    /// Every tjänsteskrivelse has "Förslag till beslut", "Ärende",
    /// "Ekonomiska konsekvenser", "Information eller förhandling enligt …
    /// MBL" and "Beslutet skickas till". A case file lacks a section when
    /// neither the case nor its template fills it.
    ///
    /// Bad:  a paper that ends after "Bakgrund" without "Ekonomiska konsekvenser".
    /// Good: … Ekonomiska konsekvenser: Medel finns i nämndens budget.
    pub struct MissingSection {
        code: "S401",
        name: "missing-section",
        severity: Error,
        summary: "ett obligatoriskt avsnitt saknas",
    }
}

const REQUIRED: [SectionKind; 5] = [
    SectionKind::Proposals,
    SectionKind::Arende,
    SectionKind::Ekonomi,
    SectionKind::Mbl,
    SectionKind::Distribution,
];

impl Rule for MissingSection {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let missing: Vec<&SectionKind> = match paper.kind {
            PaperKind::Case => paper.facts.missing_sections.iter().collect(),
            PaperKind::Text => REQUIRED
                .iter()
                .filter(|kind| !paper.has_section(kind))
                .collect(),
        };
        let at = paper
            .regions
            .first()
            .map_or(0..0, |r| r.range.start..r.range.start);
        for kind in missing {
            out.push(Finding::new(
                &Self::META,
                at.clone(),
                format!("avsnittet ”{}” saknas", kind.heading()),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const FULL: &str = "### Förslag till beslut\n1. X.\n### Ärende\nY.\n### Ekonomiska konsekvenser\nZ.\n### Information eller förhandling enligt lag (1976:580) om medbestämmande i arbetslivet\nI.\n\nBeslutet skickas till:\nA\n";

    #[test]
    fn flags_each_missing_section() {
        let text = FULL
            .replace("### Ekonomiska konsekvenser\nZ.\n", "")
            .replace("### Ärende\n", "");
        let paper = crate::lint::input::paper_from_text("x.txt".into(), text);
        let found: Vec<String> = crate::lint::lint_paper(&paper, &Default::default())
            .into_iter()
            .filter(|d| d.code == "S401")
            .map(|d| d.message)
            .collect();
        assert_eq!(
            found,
            [
                "avsnittet ”Ärende” saknas",
                "avsnittet ”Ekonomiska konsekvenser” saknas"
            ]
        );
        let yaml =
            contract_case(CONTRACT, "").replace("send_to: [Solrosgruppen AB]", "send_to: []");
        assert_eq!(
            case_findings("S401", &yaml),
            ["avsnittet ”Beslutet skickas till” saknas"]
        );
    }

    #[test]
    fn passes_a_complete_paper() {
        assert!(text_findings("S401", FULL).is_empty());
    }
}
