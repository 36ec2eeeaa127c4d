//! The Swedish text scanner every lint rule shares: one recogniser per kind
//! of fact, each in its own file with its own fixtures, all finding byte
//! spans into the scanned text. [`scan`] runs them all once per text.

use std::ops::Range;

mod ages;
mod amounts;
mod birth_years;
mod bodies;
mod breakdowns;
mod built;
mod calendar_words;
mod change_sizes;
mod changes;
mod citations;
mod clock_hours;
mod count_changes;
mod count_rests;
mod counted_lists;
mod counts;
pub mod cues;
mod dates;
mod deadlines;
mod decisions;
mod depreciations;
mod differences;
mod dnr;
mod durations;
mod effective;
mod elided;
mod event_offsets;
mod events;
mod extend;
mod figure_clause;
mod headers;
mod intervals;
mod judgments;
mod laws;
mod measures;
mod meetings;
mod misspelt;
mod names;
mod narrated;
mod officialese;
mod open_ages;
mod options;
mod orgs;
mod patterns;
mod report_dates;
pub(crate) use patterns::{compile_patterns, compile_rule_patterns};
mod parts;
mod period_lengths;
mod periods;
mod persons;
pub(crate) mod plain;
mod plans;
mod points;
mod priced_measures;
mod processes;
mod products;
mod quotients;
mod rate_restated;
mod reach;
mod references;
mod remainders;
mod restated;
mod rounds;
mod sentences;
mod sessions;
mod set_values;
mod shares;
mod shift;
mod split_years;
mod sum_differences;
mod summa_lines;
mod summed;
mod term_ends;
mod timetables;
mod unit_products;
mod upcoming;
mod verb_refs;
mod weekdays;
mod whole_paper;
mod years_since;

pub use ages::AgeMention;
pub use amounts::AmountMention;
pub use birth_years::BirthYears;
pub use bodies::{BodyKind, BodyMention, ends_like_an_office};
pub use breakdowns::{Breakdown, Told, approximate, rounding as rounding_of};
pub use built::{BuiltYear, ThingAge};
pub use calendar_words::{Dated, Day, HolidayDate, WeekNumber};
pub use change_sizes::ChangeSize;
pub use changes::{ChangeMention, ChangePercent, ChangedThing, StatedPercent};
pub use citations::PaperCitation;
pub use clock_hours::ClockHours;
pub use counted_lists::CountedList;
pub use counts::{CountMention, same_counted};
pub use dates::{DateForm, DateMention, MonthMention};
pub use deadlines::Deadline;
pub use decisions::{DecisionRef, OWN_BOARD};
pub use depreciations::Depreciation;
pub use differences::DifferenceMention;
pub use dnr::{DnrMention, find_dnrs, key as dnr_key};
pub use durations::{DurationMention, is_agreement, number_value};
pub use effective::{EffectiveDate, Precision, same_stem as effective_same_stem};
pub use events::EventMention;
pub use figure_clause::FigureClause;
pub use headers::HeaderDate;
pub use intervals::IntervalMention;
pub use judgments::JudgmentMention;
pub use laws::{LAWS, LawMention, LawNameTypo, numbers_of as law_numbers};
pub use meetings::{MeetingMention, MeetingRole};
pub use misspelt::MisspeltBody;
pub use names::NameMention;
pub use officialese::find_officialese;
pub use options::ExtensionOption;
pub use orgs::{COMPANY_FORMS, OrgMention};
pub use parts::PartOf;
pub use period_lengths::{LengthUnit, PeriodLength};
pub use periods::{PeriodMention, TermMention};
pub use persons::PersonName;
pub use plans::{PlanKind, PlanMention};
pub use points::{PointChange, Share};
pub use processes::{Process, process_steps};
pub use products::{CountRate, Product};
pub use rate_restated::restates_rate;
pub use references::{MinistryRef, PublicationRef, ministry_of_prefix};
pub use report_dates::ReportDate;
pub use restated::RestatedFigure;
pub use rounds::{ListedPeriod, Rounds};
pub use sessions::SessionDate;
pub use set_values::SetValue;
pub use shares::ShareOf;
pub use split_years::{SplitYear, YearBound};
pub use sum_differences::SumDifference;
pub use term_ends::TermEnd;
pub use timetables::{Moment, Timetable, TimetableEntry};
pub use unit_products::UnitProduct;
pub use upcoming::UpcomingMeeting;
pub use verb_refs::VerbReference;
pub use weekdays::{DayMonth, MeetingWeekday, WeekdayDate, YearMention};
pub use years_since::{Told as YearsTold, YearsSince};

pub(crate) use dates::ISO;

pub(crate) use patterns::latin;
pub(crate) use plain::{Plain, tuned};

pub type Span = Range<usize>;

/// Everything the scanner found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scan {
    pub dates: Vec<DateMention>,
    /// Months without a day ("juni 2025").
    pub months: Vec<MonthMention>,
    pub timetables: Vec<Timetable>,
    /// Process steps told with their dates in one sentence ("annonserades
    /// den 3 juni och anbuden öppnades 2026-05-20").
    pub narrated: Vec<Timetable>,
    pub periods: Vec<PeriodMention>,
    pub durations: Vec<DurationMention>,
    /// Periods' lengths in weeks or days told beside them ("från den 23
    /// augusti till den 17 december 2027, 17 veckor").
    pub period_lengths: Vec<PeriodLength>,
    pub ages: Vec<AgeMention>,
    pub laws: Vec<LawMention>,
    pub law_typos: Vec<LawNameTypo>,
    pub dnrs: Vec<DnrMention>,
    pub orgs: Vec<OrgMention>,
    pub bodies: Vec<BodyMention>,
    pub names: Vec<NameMention>,
    pub decisions: Vec<DecisionRef>,
    /// Courts' judgments with their dates ("Länsrättens dom 2008-11-07").
    pub judgments: Vec<JudgmentMention>,
    /// Reports with the day they are made up to ("Delårsrapport per den 31
    /// augusti 2027").
    pub report_dates: Vec<ReportDate>,
    /// Age groups told by their years of birth ("barn födda 2012–2021").
    pub birth_years: Vec<BirthYears>,
    /// Lengths told as the time between two days ("den 1 april 2028 … den 1
    /// oktober 2029, arton månader senare").
    pub intervals: Vec<IntervalMention>,
    /// Differences between two counts ("de 118, alltså 22 färre").
    pub differences: Vec<DifferenceMention>,
    pub plans: Vec<PlanMention>,
    pub events: Vec<EventMention>,
    pub terms: Vec<TermMention>,
    pub options: Vec<ExtensionOption>,
    pub sentences: Vec<Span>,
    /// Dates written with their weekday ("onsdagen den 28 mars 2012").
    pub weekday_dates: Vec<WeekdayDate>,
    /// Stated meeting days ("sammanträder på tisdagar").
    pub meeting_weekdays: Vec<MeetingWeekday>,
    /// Days of a month, with or without a year ("4 september").
    pub day_months: Vec<DayMonth>,
    /// Four-digit years, alone or in dates.
    pub years: Vec<YearMention>,
    /// Body names with their kind word misspelt ("Socialnämden").
    pub misspelt_bodies: Vec<MisspeltBody>,
    /// People's names ("Kim Exempelsson").
    pub persons: Vec<PersonName>,
    /// Tjänsteskrivelser cited by date and Dnr.
    pub paper_citations: Vec<PaperCitation>,
    /// Figures a copy of their passage elsewhere writes otherwise (found
    /// over the whole paper, see [`Scan::find_restatements`]).
    pub restated: Vec<RestatedFigure>,
    /// Meetings named with their date ("sammanträder den 28 november").
    pub meetings: Vec<MeetingMention>,
    /// The meetings matters go to ("behandlas på nämndens sammanträde den
    /// 16 mars 2026").
    pub upcoming_meetings: Vec<UpcomingMeeting>,
    /// Dates in running page headers ("Datum 2017-12-13 3 (16)").
    pub header_dates: Vec<HeaderDate>,
    /// Meeting days under a protocol's label ("Sammanträdesdatum 2020-06-09").
    pub session_dates: Vec<SessionDate>,
    /// A protocol's justering days ("Justeringens plats och tid …").
    pub justering_dates: Vec<SessionDate>,
    /// Days things take effect ("att gälla från och med 1 januari 2027").
    pub effective_dates: Vec<EffectiveDate>,
    /// Last days of an activity ("yttrandet ska lämnas senast den 5 mars
    /// 2027", "Sista ansökningsdag är …").
    pub deadlines: Vec<Deadline>,
    /// Inquiries and bills by number ("betänkandet … (SOU 2026:58)").
    pub publications: Vec<PublicationRef>,
    /// Ministries' references ("Socialdepartementet (dnr S2026/04122)").
    pub ministry_refs: Vec<MinistryRef>,
    /// Periods of one length and their list ("tre perioder om tre veckor:
    /// 14 juni–2 juli, …").
    pub rounds: Vec<Rounds>,
    /// Parts of a counted whole ("290 av dem", "varav 290").
    pub parts: Vec<PartOf>,
    /// Wholes told with their parts ("412 hushåll, varav 168 … och 244 …").
    pub breakdowns: Vec<Breakdown>,
    /// Sums written off over years with their yearly write-off.
    pub depreciations: Vec<Depreciation>,
    /// Changes in percentage points between two shares ("från 32 till 40
    /// procent, en ökning med 8 procentenheter").
    pub point_changes: Vec<PointChange>,
    /// Differences between two sums told with a comparative ("1,2 mnkr
    /// lägre än dagens kostnad på 10,5 mnkr per år").
    pub sum_differences: Vec<SumDifference>,
    /// Figures told as shares of others ("600 000 kronor, vilket motsvarar
    /// 1,6 procent av kostnaden på 38,4 miljoner kronor").
    pub shares: Vec<ShareOf>,
    /// Counts per a period ("3 200 portioner per dag").
    pub count_rates: Vec<CountRate>,
    /// Agreements' last days told alone ("Avtalet löper till och med den
    /// 30 juni 2029").
    pub term_ends: Vec<TermEnd>,
    /// Numbers of periods and the counts they make ("Med 178 skoldagar
    /// blir det 569 600 portioner").
    pub products: Vec<Product>,
    /// Units, a figure for each and what they make ("tre våningar med åtta
    /// lägenheter per våning, alltså 24 lägenheter").
    pub unit_products: Vec<UnitProduct>,
    /// Counts with the things they count listed after a colon ("fem
    /// ledamöter: Anna Lind, …").
    pub counted_lists: Vec<CountedList>,
    /// Counts referred back to by their verb ("Av de 37 som väntade").
    pub verb_references: Vec<VerbReference>,
    /// Years buildings were built in ("byggdes 1974").
    pub built_years: Vec<BuiltYear>,
    /// Ages of things in years ("den 53 år gamla stationen").
    pub thing_ages: Vec<ThingAge>,
    /// A year and the years since it ("sedan 1968, i snart 60 år").
    pub years_since: Vec<YearsSince>,
    /// Years across two calendar years ("läsåret 2021/22").
    pub split_years: Vec<SplitYear>,
    /// Week numbers told with a date or a period ("den 24 december (vecka
    /// 51)").
    pub week_numbers: Vec<WeekNumber>,
    /// Holidays named with their day ("juldagen, lördagen den 25 december").
    pub holiday_dates: Vec<HolidayDate>,
    /// Hours of the clock told with their length ("kl. 10.00–18.00, åtta
    /// timmar").
    pub clock_hours: Vec<ClockHours>,
    pub amounts: Vec<AmountMention>,
    /// Sums changed from one value to another ("höjs från 250 till 300
    /// kronor").
    pub changes: Vec<ChangeMention>,
    /// Sizes of changes told after them ("höjningen innebär 50 kronor mer").
    pub change_sizes: Vec<ChangeSize>,
    /// Percentages of changes told with a verb after the thing
    /// ("Egenavgiften höjs därmed med 12,5 procent").
    pub change_percents: Vec<ChangePercent>,
    /// Sums a thing is set to ("fastställer terminsavgiften … till 750
    /// kronor").
    pub set_values: Vec<SetValue>,
    pub counts: Vec<CountMention>,
}

impl Scan {
    /// The sentence that contains `at`.
    pub fn sentence_at(&self, at: usize) -> Option<Span> {
        // Sentences are in source order and do not overlap.
        let after = self.sentences.partition_point(|s| s.start <= at);
        let sentence = self.sentences.get(after.checked_sub(1)?)?;
        sentence.contains(&at).then(|| sentence.clone())
    }

    /// The dates that start inside `span`, in order.
    pub fn dates_in(&self, span: &Span) -> &[DateMention] {
        within(&self.dates, span, |d| &d.span)
    }
}

/// The items (sorted by start) that start inside `span`: a slice found by
/// binary search, so rules that look up what a sentence holds stay linear.
pub fn within<'a, T>(sorted: &'a [T], span: &Span, at: impl Fn(&T) -> &Span) -> &'a [T] {
    let from = sorted.partition_point(|x| at(x).start < span.start);
    let to = sorted.partition_point(|x| at(x).start < span.end);
    &sorted[from..to.max(from)]
}

/// Whether a span overlaps one of `sorted` (sorted by start, not
/// overlapping each other).
pub(crate) fn overlaps<T>(sorted: &[T], span: &Span, at: impl Fn(&T) -> &Span) -> bool {
    let before_end = sorted.partition_point(|x| at(x).start < span.end);
    before_end
        .checked_sub(1)
        .is_some_and(|i| at(&sorted[i]).end > span.start)
}

/// Scans `source[range]`, with spans relative to `source`.
pub fn scan_range(source: &str, range: Span) -> Scan {
    let mut scan = scan(&source[range.clone()]);
    scan.shift(range.start);
    scan
}

/// The boards and administrations a name names ("Socialnämnden",
/// "Kultur- och fritidsförvaltningen"), as the scanner keys them: for
/// comparing a name given as data (the addressee, `known_bodies`) with the
/// bodies a paper's text names.
pub fn bodies_named(name: &str) -> Vec<BodyMention> {
    bodies::find_bodies(name)
}

/// Scans one text.
pub fn scan(text: &str) -> Scan {
    // Names and sums a PDF wrapped over two lines are read whole.
    let flowed = sentences::flowed(text);
    let candidates = dates::find_dates(text);
    let periods = periods::find_periods(text, &candidates);
    // Compact six-digit numbers count as dates only inside a period.
    let dates: Vec<DateMention> = candidates
        .into_iter()
        .filter(|d| d.form != DateForm::Compact6)
        .collect();
    let terms = periods::find_terms(text, &dates, &periods);
    let months = dates::find_months(text, &dates);
    let timetables = timetables::find_timetables(text, &dates, &months);
    let bodies = bodies::find_bodies(text);
    let decisions = decisions::find_decisions(text, &dates, &bodies);
    let judgments = judgments::find_judgments(text, &dates);
    let day_months = weekdays::find_day_months(text);
    let report_dates = report_dates::find_report_dates(text, &dates, &day_months);
    let dnrs = find_dnrs(text);
    let paper_citations = citations::find_paper_citations(text, &dates, &dnrs);
    let meetings = meetings::find_meetings(text, &bodies);
    let header_dates = headers::find_header_dates(text, &dates);
    let session_dates = sessions::find_session_dates(text, &dates);
    let justering_dates = sessions::find_justering_dates(text, &dates);
    let years = weekdays::find_years(text);
    let effective_dates = effective::find_effective_dates(text, &dates, &months, &years);
    let deadlines = deadlines::find_deadlines(text, &dates, &periods);
    let sentences = sentences::find_sentences(text);
    let narrated = narrated::find_narrated(text, &sentences, &dates, &timetables);
    let events = events::find_events(text);
    let upcoming_meetings =
        upcoming::find_upcoming_meetings(text, &dates, &bodies, &sentences, &events);
    let mut durations = durations::find_durations(text);
    let mut period_starts: Vec<usize> = periods.iter().map(|p| p.from_span.start).collect();
    period_starts.sort_unstable();
    let mut period_ends: Vec<usize> = periods.iter().map(|p| p.to_span.start).collect();
    period_ends.sort_unstable();
    durations::attach_days(text, &mut durations, &dates, (&period_starts, &period_ends));
    let intervals = intervals::find_intervals(text, &durations, &dates, &sentences);
    let period_lengths = period_lengths::find_period_lengths(text, &periods);
    let amounts = amounts::find_amounts(&flowed);
    // Split once: counts, differences, count changes and verb references
    // all read the words.
    let words = counts::words(&flowed);
    let counts = counts::find_counts_in(&flowed, &words);
    let mut breakdowns =
        breakdowns::find_breakdowns(&flowed, &sentences, &amounts, (&counts, &words));
    let (rest_breakdowns, rest_shares) = remainders::find_remainders(&flowed, &sentences, &amounts);
    breakdowns.extend(rest_breakdowns);
    breakdowns.extend(count_rests::find_count_rests(&flowed, &sentences, &counts));
    // Lines are read in the text as written: flowing joins a list's lines.
    let (summed_lines, priced_lists) = summa_lines::find_summa_lines(text, &amounts, &counts);
    breakdowns.extend(summed_lines);
    let mut changes = changes::find_changes(&flowed);
    let change_sizes = change_sizes::find_change_sizes(&flowed, &amounts, &changes);
    change_sizes::attach_percents_after_sizes(&flowed, &change_sizes, &mut changes);
    let by_size = change_sizes::changes_by_size(&flowed, &sentences, &amounts, &changes);
    changes.extend(by_size);
    let set_values = set_values::find_set_values(&flowed, &amounts, &changes);
    let mut change_percents = changes::find_change_percents(&flowed);
    change_percents.extend(change_sizes::find_percents_after_sizes(
        &flowed,
        &change_sizes,
    ));
    change_percents.sort_by_key(|p| p.percent.span.start);
    let depreciations =
        depreciations::find_depreciations(&flowed, &sentences, &amounts, &durations);
    let products = products::find_products(&flowed, &sentences, &counts);
    let mut unit_products =
        unit_products::find_unit_products(&flowed, &sentences, &amounts, &counts);
    unit_products.extend(priced_lists);
    unit_products.extend(priced_measures::find_priced_measures(
        &flowed, &sentences, &amounts, &words,
    ));

    let term_ends = term_ends::find_term_ends(&flowed, &dates);
    let point_changes = points::find_point_changes(&flowed, &sentences);
    let sum_differences = sum_differences::find_sum_differences(&flowed, &sentences, &amounts);
    let mut shares = shares::find_shares(&flowed, &sentences, &amounts, (&counts, &words));
    shares.extend(rest_shares);
    shares.extend(shares::bracketed_shares(&flowed, &breakdowns));
    shares.sort_by_key(|s| s.span.start);
    let mut part_starts: Vec<usize> = breakdowns
        .iter()
        .flat_map(|b| b.parts.iter().map(|p| p.span.start))
        .collect();
    part_starts.sort_unstable();
    let mut differences = differences::find_differences(&flowed, &words, &sentences, &part_starts);
    // A size both readers find ("…, alltså 24 fler") is told once.
    let mut count_changes = count_changes::find_count_changes(&flowed, &words);
    let told: std::collections::HashSet<&Span> = differences.iter().map(|d| &d.span).collect();
    count_changes.retain(|c| !told.contains(&c.span));
    differences.extend(count_changes);
    let week_numbers = calendar_words::find_week_numbers(text, &periods, &dates, &day_months);
    let holiday_dates = calendar_words::find_holiday_dates(text, &periods, &dates, &day_months);
    let mut split_years = split_years::find_split_years(text);
    split_years::attach_bounds(text, &mut split_years, &dates);
    Scan {
        dates,
        months,
        timetables,
        narrated,
        periods,
        durations,
        period_lengths,
        ages: ages::find_ages(text),
        laws: laws::find_laws(text),
        law_typos: laws::find_law_typos(text),
        dnrs,
        orgs: orgs::find_orgs(text),
        bodies,
        names: names::find_names(text),
        decisions,
        judgments,
        report_dates,
        birth_years: birth_years::find_birth_years(text),
        intervals,
        differences,
        plans: plans::find_plans(text),
        events,
        terms,
        options: options::find_options(text),
        sentences,
        weekday_dates: weekdays::find_weekday_dates(text),
        meeting_weekdays: weekdays::find_meeting_weekdays(text),
        day_months,
        years,
        misspelt_bodies: misspelt::find_misspelt_bodies(text),
        persons: persons::find_persons(&flowed),
        paper_citations,
        restated: Vec::new(),
        meetings,
        upcoming_meetings,
        header_dates,
        session_dates,
        justering_dates,
        effective_dates,
        deadlines,
        publications: references::find_publication_refs(text),
        ministry_refs: references::find_ministry_refs(text),
        rounds: rounds::find_rounds(text),
        parts: parts::find_parts(&flowed, &counts),
        breakdowns,
        depreciations,
        count_rates: products::find_count_rates(&flowed, &counts),
        point_changes,
        sum_differences,
        shares,
        term_ends,
        products,
        unit_products,
        counted_lists: counted_lists::find_counted_lists(&flowed, &counts),
        verb_references: verb_refs::find_verb_references(&flowed, &words),
        built_years: built::find_built_years(text),
        thing_ages: built::find_thing_ages(text),
        years_since: years_since::find_years_since(text),
        split_years,
        week_numbers,
        holiday_dates,
        clock_hours: clock_hours::find_clock_hours(text),
        change_sizes,
        change_percents,
        set_values,
        changes,
        amounts,
        counts,
    }
}

/// Start of a word that may begin with å, ä or ö: the start of the text or
/// a consumed non-letter. Patterns using it capture the word in a group.
pub const NOT_LETTER: &str = r"(?:^|[^\p{L}\p{N}_])";

/// Whether `text` has `run` ASCII digits in a row.
pub(crate) fn has_digits(text: &str, run: usize) -> bool {
    let mut digits = 0;
    text.bytes().any(|b| {
        digits = if b.is_ascii_digit() { digits + 1 } else { 0 };
        digits >= run
    })
}

/// Whether `text` has a year of this or the last century: four digits
/// that begin with 19 or 20.
pub(crate) fn has_year(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| {
        matches!(w, [b'1', b'9', c, d] | [b'2', b'0', c, d]
            if c.is_ascii_digit() && d.is_ascii_digit())
    })
}

pub(crate) fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod timing;
