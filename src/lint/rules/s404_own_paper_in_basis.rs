use super::date;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::SectionKind;
use crate::paper::scan::{DnrMention, dnr_key};

declare_rule! {
    /// S404 own-paper-in-basis: beslutsunderlaget (eller förslaget till
    /// beslut) anger tjänsteskrivelsen själv med ett annat datum eller ett
    /// annat Dnr än brevhuvudet.
    ///
    /// En tjänsteskrivelse i beslutsunderlaget med skrivelsens eget Dnr är
    /// skrivelsen själv: dess datum ska vara skrivelsens. En med skrivelsens
    /// eget datum och ett Dnr är också skrivelsen själv: dess Dnr ska vara
    /// skrivelsens. En tidigare tjänsteskrivelse (annat datum och annat Dnr)
    /// är ett annat ärendes och lämnas i fred. "Denna tjänsteskrivelse" är
    /// skrivelsen själv också utan Dnr. Förslaget till beslut pekar på
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
        let Some(own_date) = &paper.facts.paper_date else {
            return;
        };
        // The own Dnr's key, when the paper states one.
        let own_key = paper
            .facts
            .dnr
            .as_ref()
            .map(|d| dnr_key(&d.value))
            .filter(|k| !k.is_empty());
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
            let own_dnr_cited =
                |dnr: &DnrMention| own_key.as_ref().is_some_and(|k| &dnr.key() == k);
            // The paper itself: "Denna tjänsteskrivelse", or one with its Dnr.
            let itself = cited.this || cited.dnr.as_ref().is_some_and(own_dnr_cited);
            if let Some((value, mention)) =
                cited_date.filter(|(v, _)| itself && *v != own_date.value)
            {
                let named = cited.dnr.as_ref().map_or_else(
                    || format!("”denna {}”", paper.text(&cited.span).to_lowercase()),
                    |d| format!("skrivelsen ({})", d.text),
                );
                out.push(
                    Finding::new(
                        &Self::META,
                        mention.span.clone(),
                        format!(
                            "{place} anger {named} med datumet {}, men den är daterad {}",
                            date(value),
                            date(own_date.value)
                        ),
                    )
                    .related(own_date.span.clone(), "skrivelsens datum"),
                );
                continue;
            }
            // The paper itself by its date (or "denna"), with another Dnr.
            let (Some(dnr), Some(own_dnr)) = (&cited.dnr, &paper.facts.dnr) else {
                continue;
            };
            let by_date = cited.this || cited_date.is_some_and(|(v, _)| v == own_date.value);
            if by_date && dnr.complete && own_key.is_some() && !own_dnr_cited(dnr) {
                out.push(
                    Finding::new(
                        &Self::META,
                        dnr.span.clone(),
                        format!(
                            "{place} anger skrivelsen från {} med Dnr {}, men skrivelsens Dnr är {}",
                            date(own_date.value),
                            dnr.text,
                            own_dnr.value.trim()
                        ),
                    )
                    .related(own_dnr.span.clone(), "skrivelsens Dnr"),
                );
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
    fn the_paper_itself_named_this_one() {
        let text = format!("{HEAD}Denna tjänsteskrivelse 2026-03-03\n");
        assert_eq!(text_findings("S404", &text), ["2026-03-03"]);
        let text =
            format!("{HEAD}Denna tjänsteskrivelse 2026-03-02\nTjänsteskrivelse 2026-02-01\n");
        assert!(text_findings("S404", &text).is_empty());
        // Without a Dnr in the letterhead, "denna" alone tells it.
        let text = "Lövsjö kommun\n2026-03-02\n\n# Förlängning\n\n### Beslutsunderlag\nDenna tjänsteskrivelse, 2 mars 2026\nDetta tjänsteutlåtande 2026-03-12\n";
        assert_eq!(text_findings("S404", text), ["2026-03-12"]);
    }

    #[test]
    fn the_paper_itself_and_an_earlier_one() {
        let text = format!(
            "{HEAD}Tjänsteskrivelse 2026-03-02, dnr SON 2026-118\nTjänsteskrivelse 2025-10-01, dnr SON 2025-077\n"
        );
        assert!(text_findings("S404", &text).is_empty());
    }
}
