use crate::base::swedish::long_date;
use crate::lint::rule::{MeetingContext, MeetingFinding, MeetingRule};

declare_rule! {
    /// M602 paper-after-kallelse: en handling är daterad efter kallelsen som
    /// skickar den till ledamöterna.
    ///
    /// Kallelsen går ut med handlingarna: en handling med senare datum var inte
    /// klar när den skickades, eller har fel datum.
    ///
    /// Fel (kallelse den 6 mars):
    ///
    /// ```yaml
    /// date: 2026-03-10
    /// ```
    ///
    /// Rätt:
    ///
    /// ```yaml
    /// date: 2026-03-02
    /// ```
    pub struct PaperAfterKallelse {
        code: "M602",
        name: "paper-after-kallelse",
        severity: Error,
        summary: "handlingen är daterad efter kallelsen",
    }
}

impl MeetingRule for PaperAfterKallelse {
    fn meta(&self) -> &'static crate::lint::RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &MeetingContext<'_>, out: &mut Vec<MeetingFinding>) {
        let kallelse = cx.meeting.kallelse;
        for item in cx.items {
            let Some(case) = item.case.as_ref().filter(|c| !c.undated) else {
                continue;
            };
            if case.date > kallelse {
                out.push(MeetingFinding::new(
                    &Self::META,
                    format!("items[{}]", item.index),
                    format!(
                        "handlingen i ärende {} är daterad {}, efter kallelsen {}",
                        item.number,
                        long_date(case.date),
                        long_date(kallelse)
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::meeting::testing::*;

    #[test]
    fn fires_on_a_paper_dated_after_the_kallelse() {
        let file = meeting("  - case: a.yaml\n");
        let items = [with_case(0, case("date: 2026-03-10"))];
        assert_eq!(
            findings("M602", &file, &items),
            ["9:5 handlingen i ärende 5 är daterad 10 mars 2026, efter kallelsen 6 mars 2026"]
        );
    }

    #[test]
    fn is_silent_on_a_paper_dated_on_or_before_the_kallelse() {
        let file = meeting("  - case: a.yaml\n  - case: b.yaml\n");
        let items = [
            with_case(0, case("date: 2026-03-06")),
            with_case(1, case("")),
        ];
        assert!(findings("M602", &file, &items).is_empty());
    }
}
