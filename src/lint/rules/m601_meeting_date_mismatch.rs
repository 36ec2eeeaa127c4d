use crate::base::swedish::long_date;
use crate::lint::rule::{MeetingContext, MeetingFinding, MeetingRule};

declare_rule! {
    /// M601 meeting-date-mismatch: en handling på dagordningen är skriven för
    /// ett annat sammanträde: dess `meeting` är inte datumet för sammanträdet den
    /// står på.
    ///
    /// En handling som flyttas till ett senare sammanträde behåller sitt gamla
    /// datum om ingen ändrar det, och nämnden beslutar då om en handling som
    /// säger att den var för en annan dag.
    ///
    /// Fel (sammanträdet är den 18 mars):
    ///
    /// ```yaml
    /// meeting: 2026-02-18
    /// ```
    ///
    /// Rätt:
    ///
    /// ```yaml
    /// meeting: 2026-03-18
    /// ```
    pub struct MeetingDateMismatch {
        code: "M601",
        name: "meeting-date-mismatch",
        severity: Error,
        summary: "ärendets sammanträdesdatum är inte sammanträdets",
    }
}

impl MeetingRule for MeetingDateMismatch {
    fn meta(&self) -> &'static crate::lint::RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &MeetingContext<'_>, out: &mut Vec<MeetingFinding>) {
        let date = cx.meeting.date;
        for item in cx.items {
            let Some(meeting) = item.case.as_ref().and_then(|c| c.meeting) else {
                continue;
            };
            if meeting != date {
                out.push(MeetingFinding::new(
                    &Self::META,
                    format!("items[{}]", item.index),
                    format!(
                        "ärende {} är skrivet för sammanträdet {}, men står på dagordningen för {}",
                        item.number,
                        long_date(meeting),
                        long_date(date)
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
    fn fires_on_a_paper_for_another_meeting() {
        let file = meeting("  - case: a.yaml\n");
        let items = [with_case(0, case("meeting: 2026-02-18"))];
        assert_eq!(
            findings("M601", &file, &items),
            [
                "9:5 ärende 5 är skrivet för sammanträdet 18 februari 2026, men står på dagordningen för 18 mars 2026"
            ]
        );
    }

    #[test]
    fn is_silent_on_the_right_date_or_none() {
        let file = meeting("  - case: a.yaml\n  - case: b.yaml\n");
        let mut undated = case("");
        undated.meeting = None;
        let items = [with_case(0, case("")), with_case(1, undated)];
        assert!(findings("M601", &file, &items).is_empty());
    }
}
