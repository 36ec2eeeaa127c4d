use std::collections::HashMap;

use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::{MeetingMention, MeetingRole};

declare_rule! {
    /// D112 meeting-called-for-another-date: en text som säger att en nämnd
    /// sammanträder ett visst datum, men vars kallelse gäller ett annat.
    ///
    /// Ett vanligt fel när förra kallelsens text återanvänds: sammanträdet
    /// har fått sitt nya datum, men kallelsen (eller länken till den) har
    /// kvar det gamla. Regeln prövar bara en text som nämner ett sammanträde
    /// och en kallelse för samma nämnd — en förteckning över flera kallelser
    /// lämnas i fred.
    ///
    /// Fel:  Kommunfullmäktige sammanträder måndagen den 28 november. Kallelse
    ///       och handlingar till kommunfullmäktige 24 oktober 2022.
    /// Rätt: … Kallelse och handlingar till kommunfullmäktige 28 november 2022.
    pub struct MeetingCalledForAnotherDate {
        code: "D112",
        name: "meeting-called-for-another-date",
        severity: Error,
        summary: "sammanträdet och dess kallelse har olika datum",
    }
}

impl Rule for MeetingCalledForAnotherDate {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        // Each body's announced meetings and kallelser, gathered in one pass
        // (gathering them again for each meeting was quadratic: 6 s for a
        // text of 20 000 meetings).
        let mut by_body: HashMap<&str, [Vec<&MeetingMention>; 2]> = HashMap::new();
        for meeting in &paper.scan.meetings {
            let slot = match meeting.role {
                MeetingRole::Announced => 0,
                MeetingRole::Called => 1,
            };
            by_body.entry(meeting.body.as_str()).or_default()[slot].push(meeting);
        }
        let mut pairs: Vec<_> = by_body
            .values()
            .filter_map(|[announcements, calls]| {
                match (announcements.as_slice(), calls.as_slice()) {
                    // One meeting and one kallelse: not a list of them.
                    ([announced], [called]) => Some((*announced, *called)),
                    _ => None,
                }
            })
            .collect();
        pairs.sort_by_key(|(announced, _)| announced.date_span.start);
        for (announced, called) in pairs {
            let same_day = called.day == announced.day && called.month == announced.month;
            let other_year = matches!((called.year, announced.year), (Some(a), Some(b)) if a != b);
            if !same_day || other_year {
                out.push(
                    Finding::new(
                        &Self::META,
                        called.date_span.clone(),
                        format!(
                            "kallelsen gäller sammanträdet {}, men texten säger att det hålls {}",
                            paper.text(&called.date_span),
                            paper.text(&announced.date_span)
                        ),
                    )
                    .related(announced.date_span.clone(), "sammanträdets datum"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::text_findings;

    #[test]
    fn a_kallelse_for_another_meeting() {
        let text = "Kommunfullmäktige sammanträder måndagen den 28 november. Kallelse och handlingar till kommunfullmäktige 24 oktober 2022.";
        assert_eq!(text_findings("D112", text), ["24 oktober 2022"]);
        let right = text.replace("24 oktober", "28 november");
        assert!(text_findings("D112", &right).is_empty());
    }

    #[test]
    fn a_list_of_kallelser_is_left_alone() {
        let text = "Kommunfullmäktige sammanträder den 28 november. Kallelse till kommunfullmäktige 24 oktober 2022. Kallelse till kommunfullmäktige 26 september 2022.";
        assert!(text_findings("D112", text).is_empty());
    }
}
