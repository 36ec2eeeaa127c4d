use super::{A_YEAR_AND_A_MONTH_IN_DAYS, date, quote};
use crate::base::calendar::{term_end, whole_months};
use crate::case::Period;
use crate::case::period_length;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::about::{agreement_term, end_only, proposal_period, thing_term};
use crate::paper::scan::{LengthUnit, PeriodMention, within};

declare_rule! {
    /// D103 duration-mismatch: en angiven längd som inte stämmer med perioden
    /// den inleder.
    ///
    /// Orden och datumen måste säga samma sak; gör de inte det kan nämnden inte
    /// veta vilket den beslutade.
    ///
    /// Fel:  förlängs två år från och med den 1 januari 2024 till och med den 31 december 2026
    /// Rätt: förlängs två år från och med den 1 januari 2024 till och med den 31 december 2025
    ///
    /// Avtalets längd som sägs för sig ("Avtalet gäller i tre år", "ett
    /// treårigt avtal") jämförs med avtalsperioden i förslaget till beslut,
    /// utom när förslaget är en förlängning; sägs längden från en annan första
    /// dag eller till en annan sista dag än förslagets (högst ett år ifrån),
    /// är det också ett fynd ("löper i tio år till och med den 28 februari
    /// 2039" när förslaget slutar 2038). Detsamma gäller längden på det som
    /// förslagets period gäller ("som ett försök under perioden 1 mars
    /// 2027–31 augusti 2028" mot "Försöket pågår i 24 månader").
    ///
    /// En längd i veckor eller dagar bredvid en period ("från den 23
    /// augusti till den 17 december 2027, 17 veckor") ska också stämma:
    /// veckor räknas som hela veckor eller som de kalenderveckor perioden
    /// berör, dagar med eller utan den sista.
    ///
    /// I en ärendefil jämförs också `contract.extension_years` med längden på
    /// `contract.extension`.
    pub struct DurationMismatch {
        code: "D103",
        name: "duration-mismatch",
        severity: Error,
        summary: "angiven längd stämmer inte med perioden (”två år” men tre års datum)",
    }
}

impl Rule for DurationMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let periods = by_start(&paper.scan.periods);
        for duration in &paper.scan.durations {
            // The period must follow the duration directly ("två år från …"),
            // or as its apposition ("två år (1 maj 2024 – …)", "två år under
            // perioden …").
            // An adjective's period may stand further on, as the period of
            // the thing it describes ("ett tvåårigt avtal med X för perioden …").
            let Some(period) = starting_in(&periods, duration.span.end, PERIOD_REACH).find(|p| {
                let between = &paper.source[duration.span.end..p.span.start];
                is_apposition(between)
                    || (duration.attributive
                        && names_the_things_period(between)
                        && paper.scan.sentence_at(duration.span.start)
                            == paper.scan.sentence_at(p.span.start))
            }) else {
                continue;
            };
            if period.to < period.from {
                continue; // D102's business.
            }
            if whole_months(period.from, period.to) != Some(duration.months) {
                let actual = period_length(Period {
                    from: period.from,
                    to: period.to,
                });
                let expected_end = term_end(period.from, duration.months)
                    .map(|d| {
                        format!(
                            "; {} från {} slutar {}",
                            quote(paper, &duration.span),
                            date(period.from),
                            date(d)
                        )
                    })
                    .unwrap_or_default();
                out.push(
                    Finding::new(
                        &Self::META,
                        duration.span.clone(),
                        format!(
                            "{} stämmer inte med perioden {} – {}, som är {actual}{expected_end}",
                            quote(paper, &duration.span),
                            date(period.from),
                            date(period.to)
                        ),
                    )
                    .related(period.span.clone(), "perioden"),
                );
            }
        }
        weeks_or_days_beside_a_period(paper, out);
        duration_before_end_only(cx, &periods, out);
        agreement_length_restated(cx, &periods, out);
        let Some(contract) = &paper.facts.contract else {
            return;
        };
        if let (Some(years), Some(ext)) = (contract.extension_years, &contract.extension) {
            let months = whole_months(ext.value.from, ext.value.to);
            if ext.value.from <= ext.value.to && months != Some(years * 12) {
                out.push(Finding::new(
                    &Self::META,
                    ext.span.clone(),
                    format!(
                        "förlängningen {} – {} är {}, men extension_years säger {years} år",
                        date(ext.value.from),
                        date(ext.value.to),
                        period_length(ext.value)
                    ),
                ));
            }
        }
    }
}

/// "från den 23 augusti till den 17 december 2027, 14 veckor": a length in
/// weeks or days beside a period, which its days do not make. A week
/// count may be whole weeks or the calendar weeks the period touches.
fn weeks_or_days_beside_a_period(paper: &crate::paper::Paper, out: &mut Vec<Finding>) {
    for length in paper.scan.period_lengths.iter().filter(|l| !l.fits()) {
        let days = (length.to - length.from).num_days() + 1;
        let weeks = match length.unit {
            LengthUnit::Weeks => {
                let (fewest, most) = length.weeks().into_inner();
                if fewest == most {
                    format!(", {most} veckor")
                } else {
                    format!(", {fewest}–{most} veckor")
                }
            }
            LengthUnit::Days => String::new(),
        };
        out.push(
            Finding::new(
                &DurationMismatch::META,
                length.span.clone(),
                format!(
                    "{} stämmer inte med perioden {} – {}, som är {days} dagar{weeks}",
                    quote(paper, &length.span),
                    date(length.from),
                    date(length.to)
                ),
            )
            .related(length.period.clone(), "perioden"),
        );
    }
}

/// How far after a duration its period may start, and how long a period
/// is written: a few words between ("ett tvåårigt avtal med Familjehjälpen
/// AB för perioden"). Looking no further keeps a text of thousands of
/// durations and periods linear.
const PERIOD_REACH: usize = 240;

/// The periods in the order they start.
fn by_start(periods: &[PeriodMention]) -> Vec<&PeriodMention> {
    let mut sorted: Vec<&PeriodMention> = periods.iter().collect();
    sorted.sort_by_key(|p| p.span.start);
    sorted
}

/// The periods of `sorted` that start within `reach` bytes from `at`.
fn starting_in<'a>(
    sorted: &'a [&'a PeriodMention],
    at: usize,
    reach: usize,
) -> impl Iterator<Item = &'a PeriodMention> {
    within(sorted, &(at..at + reach + 1), |p| &p.span)
        .iter()
        .copied()
}

/// Whether `between` (the text from a duration to a period) only joins
/// them: punctuation, or "under perioden" and its like.
fn is_apposition(between: &str) -> bool {
    // Not "det vill säga": a period after it restates the proposal's, and
    // a slip in it is D104's finding (one slip, one finding).
    const JOINERS: [&str; 3] = ["under perioden", "perioden", "under tiden"];
    let words = between
        .trim_matches([' ', ',', '\n', '\t', '(', ':', '–', '-'])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    words.is_empty() || JOINERS.contains(&words.as_str())
}

/// Whether `between` (the text from an adjective duration to a period)
/// names the described thing's period at its end: "avtal med Familjehjälpen
/// AB för perioden", "avtal, " (the noun alone, then the dates).
fn names_the_things_period(between: &str) -> bool {
    const PERIOD_WORDS: [&str; 5] = [
        "period",
        "perioden",
        "avtalsperiod",
        "avtalsperioden",
        "avtalstiden",
    ];
    let words: Vec<String> = between
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    match words.as_slice() {
        [_noun] => true,
        [.., last] => PERIOD_WORDS.contains(&last.as_str()),
        [] => false,
    }
}

/// "förlängs ett år, till och med den 31 december 2025": a duration and an
/// end, the start being the proposal's. When the end is the proposal's
/// too, the duration must be the proposal's length (a different end is
/// S402's finding).
fn duration_before_end_only(cx: &Context<'_>, periods: &[&PeriodMention], out: &mut Vec<Finding>) {
    let paper = cx.paper;
    let Some((from, to, span)) = proposal_period(paper) else {
        return;
    };
    for duration in &paper.scan.durations {
        let Some(sentence) = paper.scan.sentence_at(duration.span.start) else {
            continue;
        };
        // The end follows the length: it is looked for right after it, not
        // in all of a sentence that may be a one-line text of thousands.
        let after = duration.span.start..sentence.end.min(duration.span.end + PERIOD_REACH);
        let Some((end, end_span)) = end_only(paper, &after) else {
            continue;
        };
        let between = &paper.source[duration.span.end.min(end_span.start)..end_span.start];
        let directly = between
            .trim_matches(|c: char| c.is_whitespace() || c == ',')
            .trim_end_matches("den")
            .trim()
            .to_lowercase();
        let follows = ["till och med", "t.o.m.", "t.o.m"].contains(&directly.as_str());
        let in_period = starting_in(
            periods,
            end_span.start.saturating_sub(PERIOD_REACH),
            PERIOD_REACH,
        )
        .any(|p| p.span.contains(&end_span.start));
        if !follows || in_period || end != to || whole_months(from, to) == Some(duration.months) {
            continue;
        }
        out.push(against_the_proposal(
            paper,
            &duration.span,
            "förlängningen",
            (from, to, &span),
        ));
    }
}

/// "Avtalet gäller i tre år" in the Ärende, when the proposal gives the
/// agreement's period in dates: the length must be the period's, also when
/// its sentence gives the proposed start ("… i fyra år från den 1 januari
/// 2027"). Not for an extension (whose length is not the agreement's), nor
/// a length whose sentence gives a period (the checks above compare those)
/// or another date.
fn agreement_length_restated(cx: &Context<'_>, periods: &[&PeriodMention], out: &mut Vec<Finding>) {
    let paper = cx.paper;
    // The agreement's term, else the term of the thing the proposal's
    // period is told of ("Partnerskapet gäller från …"), whose length is
    // told of the same noun in any form ("partnerskap för tre år").
    let Some((from, to, span, thing)) = agreement_term(paper)
        .map(|(from, to, span)| (from, to, span, None))
        .or_else(|| thing_term(paper).map(|(from, to, span, thing)| (from, to, span, Some(thing))))
    else {
        return;
    };
    if to < from {
        return; // D102's business.
    }
    let of_the_term = |d: &&crate::paper::scan::DurationMention| match &thing {
        None => d.agreement_length,
        Some(thing) => d.thing.as_ref() == Some(thing),
    };
    let what = if thing.is_some() {
        "perioden i förslaget till beslut,"
    } else {
        "avtalsperioden i förslaget till beslut,"
    };
    let mut sentence_from_the_start: Option<(std::ops::Range<usize>, bool)> = None;
    for duration in paper.scan.durations.iter().filter(of_the_term) {
        let Some(sentence) = paper.scan.sentence_at(duration.span.start) else {
            continue;
        };
        // A period in the sentence is the checks above's to compare; a date
        // in it must be the proposed start ("gäller i fyra år från den 1
        // januari 2027"), or the length may be another agreement's. Both
        // are found once per sentence: a sentence may be a whole one-line
        // text of thousands of lengths.
        let first_period = periods.partition_point(|p| p.span.start < sentence.start);
        let has_period = periods
            .get(first_period)
            .is_some_and(|p| sentence.contains(&p.from_span.start));
        if has_period {
            continue;
        }
        if let Some(finding) = another_first_day(paper, duration, (from, to, &span)) {
            out.push(finding);
            continue;
        }
        let from_the_start = match &sentence_from_the_start {
            Some((seen, answer)) if *seen == sentence => *answer,
            _ => {
                let answer = paper.scan.dates_in(&sentence).iter().all(|d| {
                    // "… med möjlighet till förlängning i 1+1 år, dvs. längst
                    // till och med den 31 januari 2033": the same agreement's.
                    d.date == Ok(from)
                        || d.date.as_ref().is_ok_and(|day| {
                            paper.scan.options.iter().any(|option| {
                                sentence.contains(&option.span.start) && option.ends(to, *day)
                            })
                        })
                });
                sentence_from_the_start = Some((sentence.clone(), answer));
                answer
            }
        };
        if !from_the_start || is_the_length_of(duration.months, (from, to)) {
            continue;
        }
        out.push(against_the_proposal(
            paper,
            &duration.span,
            what,
            (from, to, &span),
        ));
    }
}

/// The length of `from`–`to` in words: its whole months, or the nearest
/// whole months a few days off ("knappt tolv år" for 1 mars 2028 – 28
/// februari 2040), or its days.
fn length_in_words(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    let period = Period { from, to };
    if whole_months(from, to).is_some() {
        return period_length(period);
    }
    let after = (to - from).num_days() + 1;
    let months = ((after as f64) / 30.44).round() as u32;
    let Some(end) = term_end(from, months).filter(|_| months >= 2) else {
        return period_length(period);
    };
    match (to - end).num_days() {
        -7..=-1 => format!("knappt {}", crate::case::months_length(months)),
        1..=7 => format!("drygt {}", crate::case::months_length(months)),
        _ => period_length(period),
    }
}

/// Whether `months` is the length of `from`–`to`: its whole months, or,
/// for a period a day or a few off whole months ("1 mars 2028 – 28
/// februari 2040", a leap year's February), the months that end within a
/// month of its last day.
fn is_the_length_of(months: u32, (from, to): (chrono::NaiveDate, chrono::NaiveDate)) -> bool {
    match whole_months(from, to) {
        Some(whole) => whole == months,
        None => term_end(from, months).is_none_or(|end| (end - to).num_days().abs() <= 31),
    }
}

/// "Det nya avtalet ska gälla i fyra år från och med den 1 augusti 2027"
/// when the proposal's term starts on 1 July 2027, or "löper i tio år till
/// och med den 28 februari 2039" when it ends a year sooner: the
/// agreement's length told from another first or last day. A day more than
/// about a year off may be another agreement's ("Avtalet gäller i tre år
/// från den 1 april 2023"). A length told to the proposal's own last day is
/// [`duration_before_end_only`]'s to compare.
fn another_first_day(
    paper: &crate::paper::Paper,
    duration: &crate::paper::scan::DurationMention,
    (from, to, proposal): (
        chrono::NaiveDate,
        chrono::NaiveDate,
        &std::ops::Range<usize>,
    ),
) -> Option<Finding> {
    let (told_from, told_to) = duration.told_period()?;
    let told = duration.told_span()?;
    let (told_day, day) = if duration.told_from_its_end() {
        (told_to, to)
    } else {
        (told_from, from)
    };
    let off = (told_day - day).num_days().abs();
    if told_day == day || off > A_YEAR_AND_A_MONTH_IN_DAYS {
        return None;
    }
    Some(
        Finding::new(
            &DurationMismatch::META,
            told.clone(),
            format!(
                "{} ({} – {}) stämmer inte med avtalsperioden i förslaget till beslut, {} – {}",
                quote(paper, &told),
                date(told_from),
                date(told_to),
                date(from),
                date(to)
            ),
        )
        .related(proposal.clone(), "förslaget till beslut"),
    )
}

/// "<duration> stämmer inte med <what> <from> – <to>, som är …", beside
/// the proposal's period.
fn against_the_proposal(
    paper: &crate::paper::Paper,
    duration: &std::ops::Range<usize>,
    what: &str,
    (from, to, proposal): (
        chrono::NaiveDate,
        chrono::NaiveDate,
        &std::ops::Range<usize>,
    ),
) -> Finding {
    Finding::new(
        &DurationMismatch::META,
        duration.clone(),
        format!(
            "{} stämmer inte med {what} {} – {}, som är {}",
            quote(paper, duration),
            date(from),
            date(to),
            length_in_words(from, to)
        ),
    )
    .related(proposal.clone(), "förslaget till beslut")
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_words_that_disagree_with_dates() {
        let found = text_findings(
            "D103",
            "Avtalet förlängs två år från och med den 1 januari 2024 till och med den 31 december 2026.",
        );
        assert_eq!(found, ["två år"]);
        let yaml = contract_case(&CONTRACT.replace("to: 2028-04-30", "to: 2029-04-30"), "");
        assert_eq!(case_findings("D103", &yaml).len(), 1);
    }

    #[test]
    fn flags_an_adjective_duration_whose_things_period_is_longer() {
        let text = "Socialnämnden tecknar ett tvåårigt avtal med Familjehjälpen i Lövsjö AB för perioden 2026-05-01--2029-04-30.";
        assert_eq!(text_findings("D103", text), ["tvåårigt"]);
        let text = "Nämnden tecknar ett 3-årigt ramavtal, 1 maj 2026 – 30 april 2029.";
        assert!(text_findings("D103", text).is_empty());
        // Another sentence, or dates that are not the thing's period.
        let text = "Ett tvåårigt projekt avslutas. Perioden 2026-05-01--2029-04-30 gäller avtalet.";
        assert!(text_findings("D103", text).is_empty());
        let text = "Ett tvåårigt avtal som tecknades den 1 maj 2026 löper till den 30 april 2029.";
        assert!(text_findings("D103", text).is_empty());
    }

    #[test]
    fn flags_a_period_given_as_the_durations_apposition() {
        for text in [
            "Avtalet löper på 2 år (1 maj 2024 – 30 april 2027).",
            "Avtalet gäller i två år under perioden 2024-05-01 – 2027-04-30.",
            "Avtalstiden är två år: 1 maj 2024 – 30 april 2027.",
        ] {
            assert_eq!(text_findings("D103", text).len(), 1, "{text}");
        }
        let right = "Avtalet löper på 3 år (1 maj 2024 – 30 april 2027).";
        assert!(text_findings("D103", right).is_empty());
        // A duration and a period the text does not join are not compared.
        let apart = "Uppdraget tar 2 år. Avtalet gäller 1 maj 2024 – 30 april 2027.";
        assert!(text_findings("D103", apart).is_empty());
    }

    #[test]
    fn passes_long_and_compact_forms_that_agree() {
        let text = "förlängs två år från och med den 1 mars 2020 till och med den 28 februari 2022. \
                    förlängs ytterligare två år från 200301 – 220228.";
        assert!(text_findings("D103", text).is_empty());
        assert!(case_findings("D103", &contract_case(CONTRACT, "")).is_empty());
    }

    #[test]
    fn flags_the_agreements_length_told_on_its_own() {
        let proposal = "### Förslag till beslut\n1. Nämnden godkänner avtalet med Tryggbo AB för perioden 1 april 2026 – 31 mars 2028.\n### Ärende\n";
        for (said, found) in [
            ("Avtalet gäller i tre år.", vec!["tre år"]),
            ("Det är ett treårigt avtal.", vec!["treårigt"]),
            ("Avtalet löper under 36 månader.", vec!["36 månader"]),
            ("Avtalet gäller i två år.", vec![]),
            ("Det nuvarande avtalet gäller i fem år.", vec![]),
            // With the proposed start, the same agreement; with another
            // date, perhaps another.
            (
                "Avtalet gäller i tre år från den 1 april 2026.",
                vec!["tre år"],
            ),
            ("Avtalet gäller i två år från den 1 april 2026.", vec![]),
            ("Avtalet gäller i tre år från den 1 april 2023.", vec![]),
        ] {
            assert_eq!(
                text_findings("D103", &format!("{proposal}{said}\n")),
                found,
                "{said}"
            );
        }
        let extension = proposal.replace("godkänner avtalet", "förlänger avtalet");
        assert!(
            text_findings("D103", &format!("{extension}Avtalet gäller i tre år.\n")).is_empty()
        );
    }

    #[test]
    fn a_proposals_term_told_as_a_length_from_its_first_day() {
        let proposal = "### Förslag till beslut\n1. Avtalet ska gälla i två år från den 1 januari 2028, med möjlighet till förlängning i högst två år.\n### Ärende\n";
        for (said, found) in [
            (
                "Förvaltningen föreslår ett treårigt avtal.",
                vec!["treårigt"],
            ),
            ("Förvaltningen föreslår ett tvåårigt avtal.", vec![]),
        ] {
            assert_eq!(
                text_findings("D103", &format!("{proposal}{said}\n")),
                found,
                "{said}"
            );
        }
    }

    #[test]
    fn the_length_of_the_thing_the_proposals_period_is_told_of() {
        let proposal = "### Förslag till beslut\n1. Partnerskapet gäller från den 1 maj 2027 till den 30 april 2030.\n### Ärende\n";
        for (said, found) in [
            ("en överenskommelse om partnerskap för två år.", true),
            ("en överenskommelse om ett fyraårigt partnerskap.", true),
            ("Projektet pågår i två år.", false),
            ("en överenskommelse om partnerskap för tre år.", false),
            ("ett treårigt partnerskap.", false),
            (
                "Stiftelsen hade ett partnerskap med regionen för två år sedan.",
                false,
            ),
            ("Det tidigare partnerskapet gällde i två år.", false),
        ] {
            let findings = text_findings("D103", &format!("{proposal}{said}\n"));
            assert_eq!(findings.len(), usize::from(found), "{said}: {findings:?}");
        }
        // A period that extends the thing is not its own term.
        let extension = "### Förslag till beslut\n1. Projektet förlängs och pågår från den 1 maj 2027 till den 30 april 2028.\n### Ärende\nProjektet pågår i tre år.\n";
        assert!(text_findings("D103", extension).is_empty());
    }

    #[test]
    fn a_procured_agreements_period_with_an_option_is_its_term() {
        let proposal = "### Förslag till beslut\n1. Nämnden beslutar att upphandla skolskjuts för perioden 1 juli 2027–30 juni 2031, med möjlighet till förlängning i högst två år.\n### Ärende\n";
        let said = |s: &str| text_findings("D103", &format!("{proposal}{s}\n"));
        assert_eq!(said("Det nya avtalet ska gälla i tre år."), ["tre år"]);
        assert_eq!(said("Avtalstiden är fem år."), ["fem år"]);
        assert!(said("Det nya avtalet ska gälla i fyra år.").is_empty());
        assert_eq!(
            said("Det nya avtalet ska gälla i fyra år från och med den 1 augusti 2027."),
            ["fyra år från och med den 1 augusti 2027"]
        );
        assert!(
            said("Det nya avtalet ska gälla i fyra år från och med den 1 juli 2027.").is_empty()
        );
        // An option to extend, once used, is an extension: not the term.
        let used = proposal.replace("upphandla skolskjuts", "förlänga avtalet om skolskjuts");
        assert!(text_findings("D103", &format!("{used}Avtalet gäller i tre år.\n")).is_empty());
    }

    #[test]
    fn flags_a_duration_before_the_proposals_end() {
        let text = "### Förslag till beslut\n1. Avtalet förlängs från och med den 1 april 2027 till och med den 31 mars 2028.\n### Ärende\nFörvaltningen föreslår att avtalet förlängs två år, till och med den 31 mars 2028.\n";
        assert_eq!(text_findings("D103", text), ["två år"]);
        let right = text.replace("två år, till", "ett år, till");
        assert!(text_findings("D103", &right).is_empty());
    }
}
