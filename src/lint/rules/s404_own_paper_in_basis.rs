use super::date;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::SectionKind;
use crate::paper::scan::dnr_key;

declare_rule! {
    /// S404 own-paper-in-basis: beslutsunderlaget (eller förslaget till
    /// beslut) anger tjänsteskrivelsen själv med ett annat datum eller ett
    /// annat Dnr än brevhuvudet.
    ///
    /// En tjänsteskrivelse i beslutsunderlaget med skrivelsens eget Dnr är
    /// skrivelsen själv: dess datum ska vara skrivelsens. En med skrivelsens
    /// eget datum och ett Dnr är också skrivelsen själv: dess Dnr ska vara
    /// skrivelsens. En tidigare tjänsteskrivelse (annat datum och annat Dnr)
    /// är ett annat ärendes och lämnas i fred. Förslaget till beslut pekar på
    /// samma sätt på skrivelsen själv när nämnden gör den till sitt svar
    /// ("åberopas förvaltningens tjänsteutlåtande KS 2014/742, daterat den 1
    /// september 2014").
    ///
    /// Fel:  (daterad 2026-03-02, Dnr SON 2026-118) Beslutsunderlag:
    ///       Tjänsteskrivelse 2026-03-02, dnr SON 2026-181
    /// Rätt: Beslutsunderlag: Tjänsteskrivelse 2026-03-02, dnr SON 2026-118
    pub struct OwnPaperInBasis {
        code: "S404",
        name: "own-paper-in-basis",
        severity: Error,
        summary: "beslutsunderlaget anger skrivelsen själv med annat datum eller Dnr",
    }
}

impl Rule for OwnPaperInBasis {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let (Some(own_date), Some(own_dnr)) = (&paper.facts.paper_date, &paper.facts.dnr) else {
            return;
        };
        let own_key = dnr_key(&own_dnr.value);
        if own_key.is_empty() {
            return;
        }
        for cited in &paper.scan.paper_citations {
            let place = match paper.section_at(cited.span.start) {
                Some(SectionKind::Basis) => "beslutsunderlaget",
                Some(SectionKind::Proposals) => "förslaget till beslut",
                _ => continue,
            };
            let cited_date = cited
                .date
                .as_ref()
                .and_then(|d| d.date.as_ref().ok().map(|v| (*v, d)));
            match (cited_date, &cited.dnr) {
                (Some((value, mention)), Some(dnr))
                    if dnr.key() == own_key && value != own_date.value =>
                {
                    out.push(
                        Finding::new(
                            &Self::META,
                            mention.span.clone(),
                            format!(
                                "{place} anger skrivelsen ({}) med datumet {}, men den är daterad {}",
                                dnr.text,
                                date(value),
                                date(own_date.value)
                            ),
                        )
                        .related(own_date.span.clone(), "skrivelsens datum"),
                    );
                }
                (Some((value, _)), Some(dnr))
                    if value == own_date.value && dnr.complete && dnr.key() != own_key =>
                {
                    out.push(
                        Finding::new(
                            &Self::META,
                            dnr.span.clone(),
                            format!(
                                "{place} anger skrivelsen från {} med Dnr {}, men skrivelsens Dnr är {}",
                                date(value),
                                dnr.text,
                                own_dnr.value.trim()
                            ),
                        )
                        .related(own_dnr.span.clone(), "skrivelsens Dnr"),
                    );
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::text_findings;

    const HEAD: &str =
        "Lövsjö kommun\n2026-03-02\nDnr SON 2026-118\n\n# Förlängning\n\n### Beslutsunderlag\n";

    #[test]
    fn the_paper_itself_with_another_dnr_or_date() {
        let text = format!("{HEAD}Tjänsteskrivelse 2026-03-02, dnr SON 2026-181\n");
        assert_eq!(text_findings("S404", &text), ["SON 2026-181"]);
        let text = format!("{HEAD}Tjänsteskrivelse 2026-02-03, dnr SON 2026-118\n");
        assert_eq!(text_findings("S404", &text), ["2026-02-03"]);
    }

    #[test]
    fn the_paper_itself_cited_in_the_proposal() {
        let text = "Lövsjö kommun\n2026-03-02\nDnr SON 2026-118\n\n# Svar\n\n### Förslag till beslut\nSom svar åberopas förvaltningens tjänsteutlåtande SON 2026-118, daterat den 3 mars 2026.\n### Ärende\nEtt tidigare tjänsteutlåtande SON 2026-118, daterat den 1 februari 2026, gällde samma fråga.\n";
        assert_eq!(text_findings("S404", text), ["3 mars 2026"]);
    }

    #[test]
    fn the_paper_itself_and_an_earlier_one() {
        let text = format!(
            "{HEAD}Tjänsteskrivelse 2026-03-02, dnr SON 2026-118\nTjänsteskrivelse 2025-10-01, dnr SON 2025-077\n"
        );
        assert!(text_findings("S404", &text).is_empty());
    }
}
