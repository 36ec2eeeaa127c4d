use chrono::{Datelike, NaiveDate};

use super::date;
use crate::base::swedish::weekday_name;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::Paper;
use crate::paper::scan::{DayMonth, MeetingWeekday, WeekdayDate, within};

declare_rule! {
    /// D111 weekday-mismatch: en veckodag som inte stämmer med sitt datum,
    /// eller ett sammanträdesdatum i en lista som inte faller på den
    /// veckodag handlingen säger att nämnden sammanträder.
    ///
    /// Ett datum utan årtal ("måndagen den 28 november") prövas mot
    /// handlingens år och åren intill. En lista prövas först när den har
    /// minst tre datum och de flesta faller på den angivna veckodagen: då är
    /// det ena som inte gör det en felskrivning, inte ett undantag.
    ///
    /// Fel:  Onsdagen den 28 mars 2011 (en måndag)
    /// Rätt: Onsdagen den 28 mars 2012
    ///
    /// Fel:  Sammanträdesdag är torsdag. Datum: 6 februari, 5 mars, 4 september 2020 (en fredag)
    /// Rätt: Sammanträdesdag är torsdag. Datum: 6 februari, 5 mars, 3 september 2020
    ///
    /// Ett enda sammanträdesdatum i samma stycke som den angivna veckodagen,
    /// med årtal i meningen ("Första sammanträdet under 2022 är den 3
    /// januari", en måndag, efter "sammanträder på tisdagar"), är en
    /// varning: ett undantag är möjligt, men texten förklarar det inte.
    pub struct WeekdayMismatch {
        code: "D111",
        name: "weekday-mismatch",
        severity: Error,
        summary: "veckodagen stämmer inte med datumet",
    }
}

/// How far after a stated meeting day its list of dates is looked for.
const LIST_REACH: usize = 800;
/// The share of a list that must fall on the stated day before the others
/// count as slips.
const MAJORITY: f64 = 0.75;

impl Rule for WeekdayMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let paper_date = paper.facts.paper_date.as_ref().map(|d| d.value);
        for written in &paper.scan.weekday_dates {
            if let Some(finding) = wrong_weekday(written, paper_date) {
                out.push(finding);
            }
        }
        if paper.scan.meeting_weekdays.is_empty() {
            return;
        }
        let years = nearby_years(paper);
        let mut lists = Vec::new();
        let stated_days = &paper.scan.meeting_weekdays;
        for (i, stated) in stated_days.iter().enumerate() {
            odd_dates_in_list(paper, stated, &years, &mut lists);
            let next = stated_days.get(i + 1).map(|n| n.span.start);
            lists.extend(odd_first_meeting(paper, stated, next));
        }
        // A list repeated (in a summary, say) repeats its slip, and a list's
        // date may also be read as a single first meeting: one finding for
        // each wrong date, the list's first.
        let mut seen = std::collections::HashSet::new();
        out.extend(
            lists
                .into_iter()
                .filter(|(key, _)| seen.insert(*key))
                .map(|(_, f)| f),
        );
    }
}

/// The years a list of days without a year may belong to: the paper's and
/// those on either side (a December plan for next year), and every year the
/// paper writes.
fn nearby_years(paper: &Paper) -> Vec<i32> {
    let mut years: Vec<i32> = paper.scan.years.iter().map(|y| y.year).collect();
    if let Some(date) = &paper.facts.paper_date {
        let year = date.value.year();
        years.extend([year - 1, year, year + 1]);
    }
    years.sort_unstable();
    years.dedup();
    years
}

fn wrong_weekday(written: &WeekdayDate, paper_date: Option<NaiveDate>) -> Option<Finding> {
    // Without a year: the day's occurrence nearest the paper's date.
    let year = match (written.year, paper_date) {
        (Some(year), _) => year,
        (None, Some(paper)) => [paper.year() - 1, paper.year(), paper.year() + 1]
            .into_iter()
            .filter_map(|y| NaiveDate::from_ymd_opt(y, written.month, written.day))
            .min_by_key(|d| (*d - paper).num_days().abs())?
            .year(),
        (None, None) => return None,
    };
    // A date that does not exist is D101's.
    let actual = NaiveDate::from_ymd_opt(year, written.month, written.day)?;
    (actual.weekday() != written.weekday).then(|| {
        Finding::new(
            &WeekdayMismatch::META,
            written.span.clone(),
            format!(
                "{} är en {}, inte en {}",
                date(actual),
                weekday_name(actual.weekday()),
                weekday_name(written.weekday)
            ),
        )
    })
}

/// How far after a stated meeting day a single meeting's date is read.
const SINGLE_REACH: usize = 300;

/// A single meeting's date right after the stated day, before the next
/// stated day, in a sentence about a meeting and with its year given
/// there ("Socialnämnden sammanträder på tisdagar … Första sammanträdet
/// under 2022 är den 3 januari", a Monday): fewer than three dates are no
/// list to outvote an exception, so it is a warning — the reader decides
/// whether the day is a slip or a change the text does not explain.
fn odd_first_meeting(
    paper: &Paper,
    stated: &MeetingWeekday,
    next: Option<usize>,
) -> Option<((u32, u32), Finding)> {
    // Within the stated day's paragraph (the next one may be another
    // body's), looked for only as far as a single meeting is read.
    let source = &paper.source;
    let reach_end = (stated.span.end + SINGLE_REACH).min(source.len());
    let searched = stated.span.end..crate::paper::scan::floor_char_boundary(source, reach_end);
    let end = source[searched.clone()]
        .find("\n\n")
        .map_or(reach_end, |at| searched.start + at)
        .min(next.unwrap_or(usize::MAX));
    let reach = stated.span.end..end;
    let listed = within(&paper.scan.day_months, &reach, |d| &d.span);
    let [single] = listed else {
        return None;
    };
    let sentence = paper.scan.sentence_at(single.span.start)?;
    // The words near the date: a long line without a sentence's end is
    // not lower-cased whole for each stated day (once quadratic).
    let near = crate::paper::scan::floor_char_boundary(
        source,
        sentence
            .start
            .max(single.span.start.saturating_sub(SINGLE_REACH)),
    )
        ..crate::paper::scan::floor_char_boundary(
            source,
            sentence.end.min(single.span.end + SINGLE_REACH),
        );
    let words = paper.text(&near).to_lowercase();
    if !words.contains("sammanträde") && !words.contains("möte") {
        return None;
    }
    let year = single.year.or_else(|| {
        let years = within(&paper.scan.years, &sentence, |y| &y.span);
        match years {
            [one] => Some(one.year),
            _ => None,
        }
    })?;
    let actual = NaiveDate::from_ymd_opt(year, single.month, single.day)?;
    (actual.weekday() != stated.weekday).then(|| {
        let finding = off_the_meeting_day(
            &single.span,
            actual,
            stated,
            ": ett undantag som texten inte förklarar?",
        );
        (
            (single.month, single.day),
            finding.at_most(crate::lint::rule::Severity::Warning),
        )
    })
}

/// A meeting's date that falls on another day than the stated one.
fn off_the_meeting_day(
    span: &std::ops::Range<usize>,
    actual: NaiveDate,
    stated: &MeetingWeekday,
    question: &str,
) -> Finding {
    Finding::new(
        &WeekdayMismatch::META,
        span.clone(),
        format!(
            "{} är en {}, men nämnden sammanträder på {}ar{question}",
            date(actual),
            weekday_name(actual.weekday()),
            weekday_name(stated.weekday)
        ),
    )
    .related(stated.span.clone(), "sammanträdesdagen")
}

/// The dates of a meeting list after `stated` that do not fall on its day,
/// when most of them do.
fn odd_dates_in_list(
    paper: &Paper,
    stated: &MeetingWeekday,
    years: &[i32],
    out: &mut Vec<((u32, u32), Finding)>,
) {
    // Found by binary search (the mentions are in source order), so a text
    // of many stated days and dates stays linear.
    let reach = stated.span.end + 1..stated.span.end + LIST_REACH;
    let weekday_dates = within(
        &paper.scan.weekday_dates,
        &(stated.span.end..reach.end),
        |w| &w.span,
    );
    let listed: Vec<&DayMonth> = within(&paper.scan.day_months, &reach, |d| &d.span)
        .iter()
        .filter(|d| {
            !weekday_dates
                .iter()
                .any(|w| w.span.end >= d.span.end && w.span.start <= d.span.start)
        })
        .collect();
    if listed.len() < 3 {
        return;
    }
    let mut candidates: Vec<i32> = listed.iter().filter_map(|d| d.year).collect();
    candidates.extend(years);
    candidates.sort_unstable();
    candidates.dedup();
    let on =
        |d: &DayMonth, year: i32| NaiveDate::from_ymd_opt(d.year.unwrap_or(year), d.month, d.day);
    let Some((year, fitting)) = candidates
        .iter()
        .map(|&y| {
            (
                y,
                listed
                    .iter()
                    .filter(|d| on(d, y).is_some_and(|x| x.weekday() == stated.weekday))
                    .count(),
            )
        })
        .max_by_key(|&(_, n)| n)
    else {
        return;
    };
    if fitting < 3 || (fitting as f64) < MAJORITY * listed.len() as f64 {
        return;
    }
    for d in listed {
        let Some(actual) = on(d, year) else { continue };
        if actual.weekday() != stated.weekday {
            out.push((
                (d.month, d.day),
                off_the_meeting_day(&d.span, actual, stated, ""),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::{text_findings, text_messages};

    #[test]
    fn a_weekday_that_does_not_fit_its_date() {
        let text = "Kallelse\nOnsdagen den 28 mars, 2011 kl. 13.00 i kommunhuset.\n";
        assert_eq!(text_findings("D111", text), ["Onsdagen den 28 mars, 2011"]);
        let right = "Kallelse\nOnsdagen den 28 mars, 2012 kl. 13.00 i kommunhuset.\n";
        assert!(text_findings("D111", right).is_empty());
    }

    #[test]
    fn a_single_first_meeting_on_another_day_is_a_warning() {
        let text = "Socialnämnden sammanträder på tisdagar en gång i månaden. Starttid blir 14.00. Första sammanträdet under 2022 är den 3 januari klockan 10.\n\nIndividutskotten ska sammanträda varannan vecka på onsdagar. Första sammanträdet under 2022 blir den 5 januari.\n";
        assert_eq!(text_findings("D111", text), ["3 januari"]);
        for quiet in [
            // On the stated day.
            "Nämnden sammanträder på tisdagar. Första sammanträdet under 2022 är den 4 januari.",
            // No year in the sentence: not guessed.
            "Nämnden sammanträder på tisdagar. Första sammanträdet är den 3 januari.",
            // Not a meeting's date.
            "Nämnden sammanträder på tisdagar. Planen antogs under 2022, den 3 januari.",
        ] {
            assert!(text_findings("D111", quiet).is_empty(), "{quiet}");
        }
    }

    #[test]
    fn a_date_without_a_year_fits_the_papers_year() {
        let text = "2022-10-31\n\nKommunfullmäktige sammanträder måndagen den 28 november.";
        assert!(text_findings("D111", text).is_empty());
        let wrong = "2022-10-31\n\nKommunfullmäktige sammanträder tisdagen den 28 november.";
        assert_eq!(text_findings("D111", wrong), ["tisdagen den 28 november"]);
    }

    #[test]
    fn one_date_of_a_meeting_list_on_another_day() {
        let text = "Sammanträdesdag är torsdag, jämna veckor. Datum för sammanträden 2020 är 6 februari, 5 mars, 2 april, 14 maj, 25 juni, 4 september och 15 oktober.";
        assert_eq!(text_findings("D111", text), ["4 september"]);
        let right = text.replace("4 september", "3 september");
        assert!(text_findings("D111", &right).is_empty());
        // A single date after the stated day may be a deliberate exception:
        // a warning, with the question (`a_single_first_meeting_…`).
        let one = "Nämnden sammanträder på tisdagar. Första sammanträdet 2022 är den 3 januari.";
        assert_eq!(text_messages("D111", one).len(), 1);
    }
}
