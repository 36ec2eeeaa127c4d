//! Periods (`från och med X till och med Y`, `X – Y`) and contract terms
//! (`avtalstid på två år från X`).

use super::plain::{Plain, plain, tuned};
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

use super::dates::{DateForm, DateMention};
use super::durations::number_value;
use super::{Span, floor_char_boundary};

/// `från och med X till och med Y`, `X – Y` and the like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodMention {
    /// From the introducing word ("från", "fr.o.m.") or the first date.
    pub span: Span,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub from_span: Span,
    pub to_span: Span,
    /// Written with compact dates (`200301 – 220228`).
    pub compact: bool,
    /// Told in whole years ("Avtalet ska gälla 2028–2030"): `from` is the
    /// first year's first day and `to` the last year's last day, but the
    /// writer may mean any days of those years.
    pub whole_years: bool,
}

/// A contract's current term: "avtalstid på två år från 1 januari 2022",
/// or its period "avtalet gäller från och med 1 april 2023 till och med
/// 31 mars 2026".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermMention {
    pub span: Span,
    pub start: NaiveDate,
    /// The term's last day.
    pub end: NaiveDate,
    /// The length in years, when the text gives it as a length.
    pub years: Option<u32>,
}

impl TermMention {
    /// "två år från 1 januari 2022" or "1 april 2023 – 31 mars 2026", for messages.
    pub fn describe(&self, date: impl Fn(NaiveDate) -> String) -> String {
        match self.years {
            Some(years) => format!("{years} år från {}", date(self.start)),
            None => format!("{} – {}", date(self.start), date(self.end)),
        }
    }
}

static PERIOD_GAP: LazyLock<Plain> = LazyLock::new(|| {
    // "--" is a dash as plain text and Markdown type it.
    tuned(
        r"(?i)^[\s,]*(?:till\s+och\s+med|t\.\s?o\.\s?m\.?|tom|(?:fram\s+)?till|--|[–—−-])\s*(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+)?(?:den\s+)?$",
    )
});
/// A period told by its ends rather than joined by a word for "to": "mellan
/// X och Y", "börjar gälla X och upphör Y", "gäller från X och löper ut
/// Y", "startade den X och slutade den Y". The start's word stands before
/// the first date, the end's between the two. The verbs in any tense, or
/// as an infinitive after "ska" or "kommer att": a past period is as much
/// a period.
static ENDS_TOLD: LazyLock<[(Plain, Plain); 2]> = LazyLock::new(|| {
    [
        (
            tuned(r"(?i)\bmellan\s+(?:den\s+)?$"),
            tuned(r"(?i)^\s*och\s+(?:den\s+)?$"),
        ),
        (
            tuned(
                r"(?i)\b(?:börja(?:r|de|t)?(?:\s+att)?(?:\s+gälla)?|start(?:ar|ade|at|a)|inle(?:ds|ddes|tts|das)|påbörja(?:s|des|ts)|tr(?:äder|ädde|ätt|äda)\s+i\s+kraft|från\s+och\s+med|fr\.\s?o\.\s?m\.?|från)\s+(?:den\s+)?$",
            ),
            tuned(
                r"(?i)^[\s,]*(?:och\s+|men\s+)?(?:(?:ska|skall|kommer\s+att)\s+)?(?:upphö(?:r|rde|rt|ra)|slut(?:ar|ade|at|a)|avslut(?:as|ades|ats)|löp(?:er|te|t|a)\s+ut|g(?:år|ick|ått|å)\s+ut)(?:\s+att\s+gälla)?\s+(?:den\s+)?$",
            ),
        ),
    ]
});
static PERIOD_LEAD: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|fr\.o\.m|from|från|med\s+start)\s+(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+)?(?:den\s+)?$",
    )
});

/// A period written end first: "t.o.m. 2027-03-31, med start 2026-04-01",
/// "till och med 31 mars 2027, från och med 1 april 2026".
static END_FIRST: LazyLock<(Plain, Plain)> = LazyLock::new(|| {
    (
        tuned(r"(?i)(?:till\s+och\s+med|t\.\s?o\.\s?m\.?|fram\s+till)\s+(?:den\s+)?$"),
        tuned(
            r"(?i)^\s*,?\s*(?:med\s+start|med\s+början|från\s+och\s+med|fr\.\s?o\.\s?m\.?|från)\s+(?:den\s+)?$",
        ),
    )
});

/// A period's start that leaves out its year, or its month and year, before
/// the end's date: "3 mars – ", "8 juni till ", "3–", "mellan den 3 och
/// den ". Read backwards from the end's date.
static ELIDED_START: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)(?:^|[^\p{L}\p{N}.,:/§-])(?:(?P<lead>från\s+och\s+med|fr\.\s?o\.\s?m\.?|från|mellan)\s+(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+)?(?:den\s+)?)?(?P<day>\d{1,2})(?:\s+(?P<month>januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december))?\s*(?P<gap>--|[–—−-]|till\s+och\s+med|t\.\s?o\.\s?m\.?|till|och)\s*(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+)?(?:den\s+)?$",
    )
});

/// Periods whose start leaves its year (and perhaps its month) to the end:
/// "3 mars – 31 mars 2026", "3–31 mars 2026", "från 1 mars till 3 april
/// 2026", "mellan den 3 och den 31 mars 2026". The start takes the end's
/// year, or the year before when its month comes later in the year
/// ("15 december – 15 januari 2027"); a start without a month takes the
/// end's and must come before it. "och" joins the ends only after "mellan".
fn find_elided_periods(text: &str, dates: &[DateMention]) -> Vec<PeriodMention> {
    dates
        .iter()
        .filter_map(|end| {
            let to = *end.date.as_ref().ok()?;
            // Room for a weekday on either side: "från måndagen den 30 augusti till
            // och med fredagen den ".
            let from_window = floor_char_boundary(text, end.span.start.saturating_sub(72));
            let before = &text[from_window..end.span.start];
            let c = ELIDED_START.captures(before)?;
            let gap = c.name("gap")?.as_str().to_lowercase();
            if gap == "och"
                && c.name("lead")
                    .is_none_or(|l| !l.as_str().eq_ignore_ascii_case("mellan"))
            {
                return None;
            }
            let day_match = c.name("day")?;
            if c.name("lead").is_none() && numbers_a_place(&before[..day_match.start()]) {
                return None;
            }
            let day: u32 = day_match.as_str().parse().ok()?;
            let (month, year) = match c.name("month") {
                Some(m) => {
                    let month = crate::base::swedish::month_number(&m.as_str().to_lowercase())?;
                    let year = if month > to.month() {
                        to.year() - 1
                    } else {
                        to.year()
                    };
                    (month, year)
                }
                None if day < to.day() => (to.month(), to.year()),
                None => return None,
            };
            let from = NaiveDate::from_ymd_opt(year, month, day)?;
            let start_end = c.name("month").map_or(day_match.end(), |m| m.end());
            let span_start = c.name("lead").map_or(day_match.start(), |l| l.start());
            Some(PeriodMention {
                span: from_window + span_start..end.span.end,
                from,
                to,
                from_span: from_window + day_match.start()..from_window + start_end,
                to_span: end.span.clone(),
                compact: false,
                whole_years: false,
            })
        })
        .collect()
}

/// Whether the text before a number ends in a word that makes the number a
/// place in the paper: "bilaga 3 – 31 mars 2026" is no period.
fn numbers_a_place(before: &str) -> bool {
    let word = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_lowercase();
    super::restated::NUMBERING.contains(&word.as_str())
}

/// Pairs of consecutive dates joined by "till och med", "t.o.m." or a dash,
/// and periods whose start leaves out its year ([`find_elided_periods`]).
pub(super) fn find_periods(text: &str, dates: &[DateMention]) -> Vec<PeriodMention> {
    let mut periods = find_dated_periods(text, dates);
    let elided = find_elided_periods(text, dates);
    let whole_years = find_whole_year_periods(text);
    if !elided.is_empty() || !whole_years.is_empty() {
        periods.extend(elided);
        periods.extend(whole_years);
        periods.sort_by_key(|p| p.span.start);
    }
    periods
}

/// A validity told in whole years right after its verb: "Avtalet ska gälla
/// 2028–2030", "Planen gäller under åren 2027–2029", "Projektet pågår 2026
/// till 2027". After another word the years may be a plan's or a budget's
/// span ("Budget 2028–2030"), which is not a period of days.
static LASTS_YEARS: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)\b(?:gälla|gäller|löpa|löper|pågå|pågår)\s+(?:under\s+)?(?:åren\s+)?((?:19|20)[0-9]{2})\s*(?:--|[–—−-]|till\s+och\s+med|till|t\.o\.m\.)\s*((?:19|20)[0-9]{2})",
    )
});

/// The periods [`LASTS_YEARS`] finds: from the first year's first day to
/// the last year's last day. Not when the second year runs on into a date
/// or a number ("gäller 2028-01-01", "2028–2030/31").
fn find_whole_year_periods(text: &str) -> Vec<PeriodMention> {
    let lasting = ["äll", "öp", "ågå"].iter().any(|verb| text.contains(verb));
    if !lasting || !super::has_year(text) {
        return Vec::new();
    }
    LASTS_YEARS
        .captures_iter(text)
        .filter_map(|c| {
            let (first, last) = (c.get(1)?, c.get(2)?);
            let runs_on = text[last.end()..]
                .chars()
                .next()
                .is_some_and(|ch| ch.is_alphanumeric() || matches!(ch, '-' | '/' | '–'));
            if runs_on {
                return None;
            }
            let from = NaiveDate::from_ymd_opt(first.as_str().parse().ok()?, 1, 1)?;
            let to = NaiveDate::from_ymd_opt(last.as_str().parse().ok()?, 12, 31)?;
            Some(PeriodMention {
                span: first.start()..last.end(),
                from,
                to,
                from_span: first.range(),
                to_span: last.range(),
                compact: false,
                whole_years: true,
            })
        })
        .collect()
}

/// Pairs of consecutive dates joined by "till och med", "t.o.m." or a dash.
fn find_dated_periods(text: &str, dates: &[DateMention]) -> Vec<PeriodMention> {
    let mut periods = Vec::new();
    for pair in dates.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (Ok(from), Ok(to)) = (&a.date, &b.date) else {
            continue;
        };
        let gap = &text[a.span.end..b.span.start];
        let lead_window_start = floor_char_boundary(text, a.span.start.saturating_sub(30));
        let before = &text[lead_window_start..a.span.start];
        let told = ENDS_TOLD
            .iter()
            .find_map(|(lead, end)| end.is_match(gap).then(|| lead.find(before)).flatten());
        // Only when the second date is the earlier: "t.o.m. 28 februari,
        // från och med 1 mars gäller det nya" is one period's end and the
        // next one's start.
        let end_first = END_FIRST
            .0
            .find(before)
            .filter(|_| to < from && END_FIRST.1.is_match(gap));
        if told.is_none() && end_first.is_none() && !PERIOD_GAP.is_match(gap) {
            continue;
        }
        let compact = a.form == DateForm::Compact6 || b.form == DateForm::Compact6;
        if (a.form == DateForm::Compact6) != (b.form == DateForm::Compact6) {
            continue;
        }
        let lead = told.or(end_first).or_else(|| PERIOD_LEAD.find(before));
        let start = lead.map_or(a.span.start, |m| lead_window_start + m.start());
        // Written end first: the second date is the start.
        let (from, to, from_span, to_span) = if end_first.is_some() && told.is_none() {
            (*to, *from, b.span.clone(), a.span.clone())
        } else {
            (*from, *to, a.span.clone(), b.span.clone())
        };
        periods.push(PeriodMention {
            span: start..b.span.end,
            from,
            to,
            from_span,
            to_span,
            compact,
            whole_years: false,
        });
    }
    periods
}

static TERM: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"(?i)(?:avtalstid|löptid)\s+(?:på|om)\s+(ett|två|tre|fyra|fem|\d{1,2})\s+år(?:\s+(?:från\s+och\s+med|fr\.o\.m\.|från|med\s+start(?:\s+från)?)\s+(?:den\s+)?|,\s*)$",
    )
});

/// What introduces a contract's present period: "Avtalet gäller", "Avtalet
/// med X AB löper", "Avtalsperioden är", "avtalstid:". Present tense only:
/// "gällde" is an earlier contract.
static CONTRACT_PERIOD_LEAD: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)(?:\p{L}*avtal(?:et)?\b[^.]{0,60}?\s(?:gäller|löper)|\bavtalsperiod(?:en)?(?:\s+är)?|\bavtalstid(?:en)?\s+är|\bavtalstid(?:en)?:)[\s:,]*$",
    )
});

/// "avtalstid på två år från (och med) (den) DATE": the phrase must end
/// right where the date begins. Then the periods that a contract is said
/// to run for ("Avtalet gäller 2023-04-01 – 2026-03-31"), in text order.
pub(super) fn find_terms(
    text: &str,
    dates: &[DateMention],
    periods: &[PeriodMention],
) -> Vec<TermMention> {
    let stated_lengths = dates.iter().filter_map(|d| {
        let window = floor_char_boundary(text, d.span.start.saturating_sub(80));
        let m = TERM.captures(&text[window..d.span.start])?;
        let years = number_value(&m[1])?;
        let start = *d.date.as_ref().ok()?;
        Some(TermMention {
            span: window + m.get(0)?.start()..d.span.end,
            start,
            end: crate::base::calendar::term_end(start, years.checked_mul(12)?)?,
            years: Some(years),
        })
    });
    let stated_periods = periods.iter().filter_map(|p| {
        let window = floor_char_boundary(text, p.span.start.saturating_sub(90));
        let lead = CONTRACT_PERIOD_LEAD.find(&text[window..p.span.start])?;
        (p.from < p.to).then(|| TermMention {
            span: window + lead.start()..p.span.end,
            start: p.from,
            end: p.to,
            years: None,
        })
    });
    let mut terms: Vec<TermMention> = stated_lengths.chain(stated_periods).collect();
    terms.sort_by_key(|t| t.span.start);
    terms
}

/// Compiles the patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need PERIOD_LEAD, CONTRACT_PERIOD_LEAD: each is compiled
    // where first used, as are the start's words before a first date
    // (ENDS_TOLD's first of each pair, END_FIRST's second), which few papers
    // search.
    PERIOD_GAP.compile_now();
    for (_, end) in ENDS_TOLD.iter() {
        end.compile_now();
    }
    END_FIRST.0.compile_now();
    TERM.compile_now();
    ELIDED_START.compile_now();
    LASTS_YEARS.compile_now();
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn compact_six_digits_are_dates_only_in_a_period() {
        let s = scan("Kostnaden är 150000 kronor och avtalet gäller 200301 – 220228.");
        assert!(s.dates.is_empty(), "{:?}", s.dates);
        assert_eq!(s.periods.len(), 1);
        assert_eq!(
            (s.periods[0].from, s.periods[0].to),
            (d(2020, 3, 1), d(2022, 2, 28))
        );
        assert!(s.periods[0].compact);
    }

    #[test]
    fn periods_in_words_abbreviations_and_dashes() {
        let cases = [
            "förlängs från och med den 1 mars 2020 till och med den 28 februari 2022.",
            "gäller fr.o.m. 2020-03-01 t.o.m. 2022-02-28.",
            "gäller 2020-03-01 – 2022-02-28.",
            "gäller 2020-03-01–2022-02-28.",
            "gäller 2020-03-01--2022-02-28.",
            "gäller från 1 mars 2020 till och med 28 februari 2022.",
            "förlängs ytterligare två år från 200301 till och med 220228.",
            "gäller från 1 mars 2020 fram till 28 februari 2022.",
            "löper mellan 1 mars 2020 och 28 februari 2022.",
            "Avtalet börjar gälla 2020-03-01 och upphör 2022-02-28.",
            "Avtalet startar den 1 mars 2020 och slutar den 28 februari 2022.",
            "Projektet inleds 1 mars 2020 och avslutas 28 februari 2022.",
            "Avtalet träder i kraft den 1 mars 2020 och upphör att gälla den 28 februari 2022.",
            "Avtalet gäller från den 1 mars 2020 och löper ut den 28 februari 2022.",
            "Avtalet gällde fr.o.m. 2020-03-01 och upphörde 2022-02-28.",
            "Avtalet började gälla 2020-03-01 och ska upphöra 2022-02-28.",
            "Projektet startade den 1 mars 2020 och avslutades den 28 februari 2022.",
            "Avtalet gäller t.o.m. 2022-02-28, med start 2020-03-01.",
            "Avtalet gäller till och med 28 februari 2022, från och med 1 mars 2020.",
            "gäller från söndagen den 1 mars 2020 till och med måndagen den 28 februari 2022.",
            "gäller från söndag 1 mars 2020 till måndag 28 februari 2022.",
        ];
        for text in cases {
            let s = scan(text);
            assert_eq!(s.periods.len(), 1, "{text}");
            assert_eq!(
                (s.periods[0].from, s.periods[0].to),
                (d(2020, 3, 1), d(2022, 2, 28)),
                "{text}"
            );
        }
        let s = scan(cases[0]);
        assert_eq!(
            &cases[0][s.periods[0].span.clone()],
            "från och med den 1 mars 2020 till och med den 28 februari 2022"
        );
    }

    #[test]
    fn ends_told_with_their_weekdays() {
        let text = "Förtidsröstningen pågår från måndagen den 30 augusti till och med fredagen den 10 september 2027.";
        let s = scan(text);
        assert_eq!(s.periods.len(), 1);
        assert_eq!(
            (s.periods[0].from, s.periods[0].to),
            (d(2027, 8, 30), d(2027, 9, 10))
        );
        assert_eq!(
            &text[s.periods[0].span.clone()],
            "från måndagen den 30 augusti till och med fredagen den 10 september 2027"
        );
    }

    #[test]
    fn a_start_that_leaves_its_year_to_the_end() {
        let text = "Samråd 3 mars – 31 mars 2026. Granskning 3–31 mars 2026. Samråd mellan den 3 och den 31 mars 2026. Från 1 mars till 3 april 2026. Vintern 15 december – 15 januari 2027. Fel: 31 mars – 3 mars 2026. Bilaga 3 – 31 mars 2026 och 3 och 31 mars 2026, 2026-03-03 – 31 mars 2026, 31–3 mars 2026.";
        let found: Vec<(&str, NaiveDate, NaiveDate)> = scan(text)
            .periods
            .iter()
            .map(|p| (&text[p.from_span.clone()], p.from, p.to))
            .collect();
        assert_eq!(
            found,
            [
                ("3 mars", d(2026, 3, 3), d(2026, 3, 31)),
                ("3", d(2026, 3, 3), d(2026, 3, 31)),
                ("3", d(2026, 3, 3), d(2026, 3, 31)),
                ("1 mars", d(2026, 3, 1), d(2026, 4, 3)),
                ("15 december", d(2026, 12, 15), d(2027, 1, 15)),
                ("31 mars", d(2026, 3, 31), d(2026, 3, 3)),
                ("2026-03-03", d(2026, 3, 3), d(2026, 3, 31)),
            ]
        );
    }

    #[test]
    fn a_validity_in_whole_years_after_its_verb() {
        let periods = |text: &str| -> Vec<(NaiveDate, NaiveDate)> {
            scan(text).periods.iter().map(|p| (p.from, p.to)).collect()
        };
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        for text in [
            "Det nya avtalet ska gälla 2028–2030.",
            "Planen gäller under åren 2028-2030.",
            "Projektet pågår 2028 till 2030.",
        ] {
            assert_eq!(
                periods(text),
                [(day(2028, 1, 1), day(2030, 12, 31))],
                "{text}"
            );
        }
        for text in [
            "Budget 2028–2030.",
            "Avtalet gäller 2028-01-01.",
            "Planen gäller 2028–2030/31.",
        ] {
            assert!(periods(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn dates_with_other_words_between_are_no_period() {
        for text in [
            // One period's end and the next one's start.
            "Avtalet gällde till och med 28 februari 2022, från och med 1 mars 2022 gäller det nya.",
            "en avtalstid på två år från 2018-03-01 med möjlighet till förlängning, till och med 2022-02-28.",
            // "och" joins two dates, not a period's ends, without "mellan".
            "Nämnden sammanträder 2020-03-01 och 2022-02-28.",
            // An end without a start: two events.
            "Ansökan kom in 2020-03-01 och upphör 2022-02-28.",
        ] {
            assert!(scan(text).periods.is_empty(), "{text}");
        }
    }

    #[test]
    fn contract_terms() {
        let s = scan(
            "Uppdraget har en avtalstid på två år från och med den 1 januari 2022 med möjlighet till förlängning. Avtalstid om 3 år med start 2018-03-01. Ramavtalet har en löptid om två år, 2024-05-01–2026-04-30.",
        );
        let found: Vec<(Option<u32>, NaiveDate, NaiveDate)> =
            s.terms.iter().map(|t| (t.years, t.start, t.end)).collect();
        assert_eq!(
            found,
            vec![
                (Some(2), d(2022, 1, 1), d(2023, 12, 31)),
                (Some(3), d(2018, 3, 1), d(2021, 2, 28)),
                (Some(2), d(2024, 5, 1), d(2026, 4, 30))
            ]
        );
    }

    #[test]
    fn a_contract_said_to_run_for_a_period_is_its_term() {
        for text in [
            "Avtalet gäller från och med 1 april 2023 till och med 31 mars 2026, med möjlighet till förlängning.",
            "Avtalet med Lindängens Familjeteam AB löper 2023-04-01 – 2026-03-31.",
            "Avtalsperioden är 2023-04-01 – 2026-03-31 med option på förlängning.",
            "Avtalstid: 230401 – 260331.",
            "Avtalet med Solrosgruppen AB gäller från den 1 april 2023 och löper ut den 31 mars 2026.",
            "Socialnämnden tecknade avtal. Avtalet\ngäller från och med 1 april 2023 till och med 31 mars 2026.",
        ] {
            let s = scan(text);
            let found: Vec<(Option<u32>, NaiveDate, NaiveDate)> =
                s.terms.iter().map(|t| (t.years, t.start, t.end)).collect();
            assert_eq!(found, vec![(None, d(2023, 4, 1), d(2026, 3, 31))], "{text}");
        }
        for other in [
            "Det tidigare avtalet gällde 2019-04-01 – 2023-03-31.",
            "Hyresavtalet förlängs 2023-04-01 – 2026-03-31.",
            "Avtalet gäller. Under perioden 2023-04-01 – 2026-03-31 genomfördes uppföljningar.",
        ] {
            assert!(scan(other).terms.is_empty(), "{other}");
        }
    }
}
