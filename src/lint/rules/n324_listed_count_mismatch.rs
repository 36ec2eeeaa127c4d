use super::quote;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// N324 listed-count-mismatch: ett antal följt av ett kolon och en
    /// uppräkning av det som räknas, där uppräkningen har ett annat antal
    /// ("Juryn består av fem ledamöter: Anna Lind, Petter Sjö, Maria Ek och
    /// Johan Berg").
    ///
    /// Uppräkningen delas vid kommatecken och vid sitt sista "och" eller
    /// "samt" ("Barn- och utbildningsnämnden" är ett namn). Den prövas bara
    /// när den tydligt är en uppräkning: varje del ett namn med stor
    /// begynnelsebokstav på ett till fyra ord (ett parti inom parentes går
    /// bra: "Anna Lind (S)"), eller varje del ett eller två ord med liten
    /// bokstav och uppräkningen slutar med meningen. En uppräkning av några
    /// av dem ("bland andra", "t.ex.", "m.fl.") eller av alternativ ("eller")
    /// prövas inte.
    ///
    /// Ett antal som sammanfattar uppräkningen före sig prövas också, med
    /// "dvs.", "det vill säga" eller "alltså" emellan ("julafton, juldagen,
    /// nyårsafton och nyårsdagen, dvs. fyra dagar"), när varje del är ett
    /// ord, utom ett antal timmar, minuter, kronor eller procent. Platser
    /// räknas också som delar: ett namn och ett substantiv ("Ekby
    /// servicecenter") eller ett substantiv och var det ligger
    /// ("biblioteket i Norrby").
    ///
    /// Fel:  Juryn består av fyra ledamöter: Anna Lind, Petter Sjö, Maria Ek,
    ///       Johan Berg och Sofia Nyström.
    /// Rätt: Juryn består av fem ledamöter: Anna Lind, Petter Sjö, Maria Ek,
    ///       Johan Berg och Sofia Nyström.
    pub struct ListedCountMismatch {
        code: "N324",
        name: "listed-count-mismatch",
        severity: Warning,
        summary: "antalet stämmer inte med uppräkningen efter kolonet (”fyra ledamöter: Anna Lind, Petter Sjö, Maria Ek, Johan Berg och Sofia Nyström”)",
    }
}

impl Rule for ListedCountMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for list in &paper.scan.counted_lists {
            let listed = list.items.len() as u64;
            if listed == list.count {
                continue;
            }
            let (Some(first), Some(last)) = (list.items.first(), list.items.last()) else {
                continue;
            };
            out.push(
                Finding::new(
                    &Self::META,
                    list.count_span.clone(),
                    format!(
                        "här står {}, men uppräkningen {} har {listed}",
                        quote(paper, &list.count_span),
                        if list.count_after {
                            "före"
                        } else {
                            "efter kolonet"
                        },
                    ),
                )
                .related(first.start..last.end, "uppräkningen"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_count_its_list_does_not_have() {
        let said = |text: &str| text_findings("N324", &format!("Ärende\n{text}\n"));
        for (text, found) in [
            (
                "Juryn består av fyra ledamöter: Anna Lind, Petter Sjö, Maria Ek, Johan Berg och Sofia Nyström.",
                vec!["fyra ledamöter"],
            ),
            (
                "Juryn består av fem ledamöter: Anna Lind, Petter Sjö, Maria Ek, Johan Berg och Sofia Nyström.",
                vec![],
            ),
            (
                "Förvaltningen har tre delar: förskola, grundskola, fritidshem och kulturskola.",
                vec!["tre delar"],
            ),
            (
                "Juryn består av fem ledamöter: bland andra Anna Lind och Petter Sjö.",
                vec![],
            ),
        ] {
            assert_eq!(said(text), found, "{text}");
        }
    }
}
