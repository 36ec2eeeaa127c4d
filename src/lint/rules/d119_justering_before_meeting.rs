use super::date;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::SessionDate;

declare_rule! {
    /// D119 justering-before-meeting: protokollet justeras före
    /// sammanträdet det är protokoll över.
    ///
    /// Ett protokoll kan inte justeras innan sammanträdet har hållits.
    /// Justeringens dag ("Justering: …, tisdagen den 28 april 2026",
    /// "Justeringens plats och tid", "Protokollet justeras den …") jämförs
    /// med sammanträdets dag ("Sammanträdesdatum", "Plats och tid") i samma
    /// protokoll; oftast är månaden eller veckan fel skriven. Bara dagar nära
    /// varandra jämförs (ett protokoll, inte nästa i en bunt).
    ///
    /// Fel:  Sammanträdesdatum 2026-04-21 … Justering: Socialförvaltningen,
    ///       tisdagen den 14 april 2026
    /// Rätt: … Justering: Socialförvaltningen, tisdagen den 28 april 2026
    pub struct JusteringBeforeMeeting {
        code: "D119",
        name: "justering-before-meeting",
        severity: Error,
        summary: "protokollet justeras före sammanträdet det är protokoll över",
    }
}

/// How far apart a meeting's day and its justering's may stand to be one
/// protocol's.
const SAME_PAPER_REACH: usize = 4000;

impl Rule for JusteringBeforeMeeting {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let scan = &cx.paper.scan;
        for justering in &scan.justering_dates {
            let Some(meeting) = own_meeting(&scan.session_dates, justering) else {
                continue;
            };
            if justering.date < meeting.date {
                out.push(
                    Finding::new(
                        &Self::META,
                        justering.span.clone(),
                        format!(
                            "protokollet justeras {}, före sammanträdet {} ({})",
                            date(justering.date),
                            date(meeting.date),
                            cx.paper.line_label(meeting.span.start)
                        ),
                    )
                    .related(meeting.span.clone(), "sammanträdets dag"),
                );
            }
        }
    }
}

/// The meeting day nearest before the justering's (else nearest after)
/// within one protocol's reach.
fn own_meeting<'s>(
    sessions: &'s [SessionDate],
    justering: &SessionDate,
) -> Option<&'s SessionDate> {
    let at = justering.span.start;
    let before = sessions
        .iter()
        .rfind(|s| s.span.start < at && at - s.span.start <= SAME_PAPER_REACH);
    before.or_else(|| {
        sessions
            .iter()
            .find(|s| s.span.start > at && s.span.start - at <= SAME_PAPER_REACH)
    })
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_justering_before_the_meeting() {
        let text = "PROTOKOLL\nSammanträdesdatum 2026-04-21\nJustering: Socialförvaltningen, tisdagen den 14 april 2026\n\n§ 45\n";
        assert_eq!(text_findings("D119", text), ["14 april 2026"]);
    }

    #[test]
    fn passes_a_justering_after_or_on_the_day() {
        for day in ["28 april 2026", "21 april 2026"] {
            let text = format!(
                "PROTOKOLL\nSammanträdesdatum 2026-04-21\nJustering: Socialförvaltningen, den {day}\n"
            );
            assert!(text_findings("D119", &text).is_empty(), "{day}");
        }
        // The next protocol in a bundle is another meeting's.
        let far = format!(
            "PROTOKOLL\nSammanträdesdatum 2026-04-21\n{}\nJustering: Kontoret, den 14 april 2026\n",
            "Text. ".repeat(800)
        );
        assert!(text_findings("D119", &far).is_empty());
    }
}
