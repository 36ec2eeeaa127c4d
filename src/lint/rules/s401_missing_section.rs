use crate::lint::rule::{Context, Finding, Rule, RuleMeta, Severity};
use crate::paper::{Paper, PaperKind, SectionKind};

declare_rule! {
    /// S401 missing-section: ett obligatoriskt avsnitt saknas.
    ///
    /// En ärendefil saknar ett avsnitt när varken ärendet eller dess mall fyller
    /// det: "Förslag till beslut", "Ärende", "Ekonomiska konsekvenser",
    /// "Information eller förhandling enligt … MBL", "Beslutet skickas till".
    ///
    /// Färdiga handlingar skiljer sig mellan kommuner: en skriver
    /// "Sammanfattning" och "Finansiering", en annan "Ärendet" och "Samverkan"
    /// (alla känns igen, och `[lint] section_names` lägger till fler). En färdig
    /// handling kontrolleras bara när den visar sin struktur (rubriker som
    /// beslut känner igen, minst två, förslagen bland dem) och är en enda
    /// tjänsteskrivelse, inte en dagordning eller ett protokoll. Utan
    /// `[lint] required_sections` rapporteras standardlistan som info; med den
    /// rapporteras de listade avsnitten med regelns allvarlighetsgrad.
    ///
    /// Fel:  en handling som slutar efter "Bakgrund" utan "Ekonomiska konsekvenser".
    /// Rätt: … Ekonomiska konsekvenser: Medel finns i nämndens budget.
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
        let at = paper
            .regions
            .first()
            .map_or(0..0, |r| r.range.start..r.range.start);
        if paper.kind == PaperKind::Case {
            for kind in &paper.facts.missing_sections {
                out.push(Finding::new(
                    &Self::META,
                    at.clone(),
                    format!("avsnittet ”{}” saknas", kind.heading()),
                ));
            }
            return;
        }
        if !shows_its_sections(paper) {
            return;
        }
        let configured: Option<Vec<SectionKind>> =
            cx.config.required_sections.as_ref().map(|keys| {
                keys.iter()
                    .filter_map(|k| SectionKind::from_key(k))
                    .collect()
            });
        let required = configured.clone().unwrap_or_else(|| REQUIRED.to_vec());
        for kind in required.iter().filter(|kind| !paper.has_section(kind)) {
            let finding = Finding::new(
                &Self::META,
                at.clone(),
                format!("avsnittet ”{}” saknas", kind.heading()),
            );
            out.push(if configured.is_some() {
                finding
            } else {
                finding.at_most(Severity::Info)
            });
        }
    }
}

/// One decision paper whose headings beslut recognises: proposals and at
/// least one more canonical section.
fn shows_its_sections(paper: &Paper) -> bool {
    let canonical = paper
        .regions
        .iter()
        .filter(|r| {
            !matches!(
                r.kind,
                SectionKind::Header | SectionKind::Title | SectionKind::Other(_)
            )
        })
        .count();
    // Minutes record a decision ("Beslut"); they carry no economics or MBL
    // section of their own.
    paper.structured()
        && !paper.is_collection()
        && !paper.records_a_decision()
        && canonical >= 2
        && paper.has_section(&SectionKind::Proposals)
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    const FULL: &str = "### Förslag till beslut\n1. X.\n### Ärende\nY.\n### Ekonomiska konsekvenser\nZ.\n### Information eller förhandling enligt lag (1976:580) om medbestämmande i arbetslivet\nI.\n\nBeslutet skickas till:\nA\n";

    #[test]
    fn minutes_record_a_decision_without_those_sections() {
        let text = "Socialnämnden\nSammanträdesdatum 2026-04-21\n\n§ 45\n\nBeslut\nNämnden beslutar att anta riktlinjerna.\n\nSammanfattning av ärendet\nY.\n\nBeslutet expedieras till\nA\n";
        assert!(text_findings("S401", text).is_empty());
    }

    #[test]
    fn flags_each_missing_section() {
        let text = FULL
            .replace("### Ekonomiska konsekvenser\nZ.\n", "")
            .replace("### Ärende\n", "");
        let paper = crate::paper::structure::paper_from_text("x.txt".into(), text);
        let s401 = |config: &crate::lint::LintConfig| -> Vec<(String, crate::lint::Severity)> {
            crate::lint::lint_paper(&paper, config)
                .into_iter()
                .filter(|d| d.code == "S401")
                .map(|d| (d.message, d.severity))
                .collect()
        };
        // Without a configured list: info.
        use crate::lint::Severity::{Error, Info};
        assert_eq!(
            s401(&Default::default()),
            [
                ("avsnittet ”Ärende” saknas".to_owned(), Info),
                (
                    "avsnittet ”Ekonomiska konsekvenser” saknas".to_owned(),
                    Info
                )
            ]
        );
        // With one: the rule's own severity, only what is listed.
        let config = crate::lint::LintConfig {
            required_sections: Some(vec!["ekonomi".into()]),
            ..Default::default()
        };
        assert_eq!(
            s401(&config),
            [(
                "avsnittet ”Ekonomiska konsekvenser” saknas".to_owned(),
                Error
            )]
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

    #[test]
    fn flat_text_and_agendas_are_not_checked() {
        let flat = "Tjänsteskrivelse Dnr KS 2026/12 Förslag till beslut 1. Nämnden antar planen. Sammanfattning Planen gäller 2027.";
        assert!(text_findings("S401", flat).is_empty());
        let agenda = "Sammanträde 2026-05-04\n\n1 Månadsrapport\n\nFörslag till beslut\n- Noteras.\n\nBeskrivning av ärendet\nText.\n";
        assert!(text_findings("S401", agenda).is_empty());
    }
}
