//! The Swedish text scanner every lint rule shares. It finds, with byte spans
//! into the scanned text: dates in every usual form, periods, durations, age
//! ranges with the phrase they qualify, law references, Dnr, organisation
//! names, past-tense event verbs and sentences.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

mod dnr;

pub use dnr::{DnrMention, find_dnrs, key as dnr_key};

pub type Span = Range<usize>;

/// How a date was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateForm {
    /// `2024-01-01`
    Iso,
    /// `1 januari 2024`, `1 jan. 2024`
    Long,
    /// `240101` (only inside a period)
    Compact6,
    /// `20240101`
    Compact8,
    /// `1/1 2024`
    Slash,
}

/// A date, or a date-shaped text that names no real day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    pub form: DateForm,
    pub date: Result<NaiveDate, String>,
}

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
}

/// "två år", "ytterligare två år", "24 månader".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DurationMention {
    pub span: Span,
    pub months: u32,
    /// Introduced by "ytterligare".
    pub additional: bool,
}

/// "barn 4-20 år", "i åldrarna 0–20 år".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgeMention {
    /// The numbers and "år".
    pub span: Span,
    pub from: u32,
    pub to: u32,
    /// The words before the range in the same clause, lower case, without
    /// "i åldern"/"i åldrarna": the service or group the range qualifies.
    pub phrase: String,
    /// Marked as a part of a larger group ("65 % av barn i åldern 4-9 år",
    /// "de äldre barnen").
    pub subgroup: bool,
}

/// A reference to a law.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LawMention {
    pub span: Span,
    /// `1976:580`.
    pub sfs: Option<String>,
    /// The name written with it: "medbestämmande i arbetslivet", "MBL",
    /// "medbestämmandelagen".
    pub name: Option<String>,
}

/// A word that looks like a law's short name but is none ("medstämmandelagen").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LawNameTypo {
    pub span: Span,
    pub written: String,
    pub intended: &'static str,
}

/// An organisation named with its legal form: "Solrosgruppen AB".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgMention {
    pub span: Span,
    /// The name before the legal form: "Solrosgruppen".
    pub base: String,
    /// The legal form: "AB", "HB", "KB", "ekonomisk förening".
    pub form: String,
    /// Written with a dash between name and form ("Solrosgruppen – AB").
    pub dashed: bool,
}

/// A contract term: "avtalstid på två år från 1 januari 2022".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermMention {
    pub span: Span,
    pub years: u32,
    pub start: NaiveDate,
}

/// A past-tense event verb: "lämnades", "har genomförts".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventMention {
    pub span: Span,
    pub verb: String,
}

/// Everything the scanner found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scan {
    pub dates: Vec<DateMention>,
    pub periods: Vec<PeriodMention>,
    pub durations: Vec<DurationMention>,
    pub ages: Vec<AgeMention>,
    pub laws: Vec<LawMention>,
    pub law_typos: Vec<LawNameTypo>,
    pub dnrs: Vec<DnrMention>,
    pub orgs: Vec<OrgMention>,
    pub events: Vec<EventMention>,
    pub terms: Vec<TermMention>,
    pub sentences: Vec<Span>,
}

impl Scan {
    /// Shifts every span by `offset` (when `text` was a slice of a larger source).
    fn shift(&mut self, offset: usize) {
        let s = |span: &mut Span| *span = span.start + offset..span.end + offset;
        self.dates.iter_mut().for_each(|d| s(&mut d.span));
        for p in &mut self.periods {
            s(&mut p.span);
            s(&mut p.from_span);
            s(&mut p.to_span);
        }
        self.durations.iter_mut().for_each(|d| s(&mut d.span));
        self.ages.iter_mut().for_each(|a| s(&mut a.span));
        self.laws.iter_mut().for_each(|l| s(&mut l.span));
        self.law_typos.iter_mut().for_each(|l| s(&mut l.span));
        for d in &mut self.dnrs {
            s(&mut d.span);
            d.list = d.list.map(|l| l + offset);
        }
        self.orgs.iter_mut().for_each(|o| s(&mut o.span));
        self.events.iter_mut().for_each(|e| s(&mut e.span));
        self.terms.iter_mut().for_each(|t| s(&mut t.span));
        self.sentences.iter_mut().for_each(s);
    }

    /// Appends another scan (of a later region of the same source).
    pub fn extend(&mut self, other: Scan) {
        self.dates.extend(other.dates);
        self.periods.extend(other.periods);
        self.durations.extend(other.durations);
        self.ages.extend(other.ages);
        self.laws.extend(other.laws);
        self.law_typos.extend(other.law_typos);
        self.dnrs.extend(other.dnrs);
        self.orgs.extend(other.orgs);
        self.events.extend(other.events);
        self.terms.extend(other.terms);
        self.sentences.extend(other.sentences);
    }

    /// The sentence that contains `at`.
    pub fn sentence_at(&self, at: usize) -> Option<Span> {
        self.sentences.iter().find(|s| s.contains(&at)).cloned()
    }
}

/// Scans `source[range]`, with spans relative to `source`.
pub fn scan_range(source: &str, range: Span) -> Scan {
    let mut scan = scan(&source[range.clone()]);
    scan.shift(range.start);
    scan
}

/// Scans one text.
pub fn scan(text: &str) -> Scan {
    let candidates = find_dates(text);
    let periods = find_periods(text, &candidates);
    // Compact six-digit numbers count as dates only inside a period.
    let dates: Vec<DateMention> = candidates
        .into_iter()
        .filter(|d| d.form != DateForm::Compact6)
        .collect();
    let terms = find_terms(text, &dates);
    Scan {
        dates,
        periods,
        durations: find_durations(text),
        ages: find_ages(text),
        laws: find_laws(text),
        law_typos: find_law_typos(text),
        dnrs: find_dnrs(text),
        orgs: find_orgs(text),
        events: find_events(text),
        terms,
        sentences: find_sentences(text),
    }
}

const MONTHS: [(&str, u32); 24] = [
    ("januari", 1),
    ("februari", 2),
    ("mars", 3),
    ("april", 4),
    ("maj", 5),
    ("juni", 6),
    ("juli", 7),
    ("augusti", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("okt", 10),
    ("nov", 11),
    ("dec", 12),
];

fn month_number(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == name).map(|(_, n)| *n)
}

/// Compiles a scanner pattern. `\d` is made ASCII `[0-9]`: numbers are
/// parsed and sliced as ASCII digits, and a Unicode digit (Arabic-Indic,
/// full-width) inside a date-like number must not match. `\b` is made an
/// ASCII word boundary: the
/// regex crate runs Unicode `\b` on non-ASCII text (all Swedish text) in
/// its slow NFA engine, about five times slower. Every pattern here has
/// ASCII letters or digits at the edges where it uses `\b`; the few that
/// can start with å, ä or ö consume a non-letter instead (see [`NOT_LETTER`]).
pub(crate) fn regex(pattern: &str) -> Regex {
    Regex::new(&pattern.replace(r"\b", r"(?-u:\b)").replace(r"\d", "[0-9]"))
        .expect("scanner patterns are valid")
}

/// Start of a word that may begin with å, ä or ö: the start of the text or
/// a consumed non-letter. Patterns using it capture the word in a group.
pub const NOT_LETTER: &str = r"(?:^|[^\p{L}\p{N}_])";

pub(crate) static ISO: LazyLock<Regex> = LazyLock::new(|| regex(r"\b(\d{4})-(\d{2})-(\d{2})\b"));
static LONG: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(\d{1,2})\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?\s+(\d{4})\b",
    )
});
static SLASH: LazyLock<Regex> = LazyLock::new(|| regex(r"\b(\d{1,2})/(\d{1,2})\s+(\d{4})\b"));
static COMPACT: LazyLock<Regex> = LazyLock::new(|| regex(r"\b(\d{6}|\d{8})\b"));

fn make_date(year: i32, month: u32, day: u32, text: &str) -> Result<NaiveDate, String> {
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| format!("datumet {text} finns inte"))
}

/// Every date candidate in `text`, in order; overlapping matches keep the first.
fn find_dates(text: &str) -> Vec<DateMention> {
    let mut found: Vec<DateMention> = Vec::new();
    for c in ISO.captures_iter(text) {
        let (y, m, d) = (
            c[1].parse().unwrap_or(0),
            c[2].parse().unwrap_or(0),
            c[3].parse().unwrap_or(0),
        );
        // "2024-2025" style ranges are not dates; a real ISO date has a month 1-12.
        if !(1..=12).contains(&m) {
            continue;
        }
        found.push(DateMention {
            span: c.get(0).unwrap().range(),
            form: DateForm::Iso,
            date: make_date(y, m, d, &c[0]),
        });
    }
    for c in LONG.captures_iter(text) {
        let month = month_number(&c[2]).unwrap_or(0);
        let (d, y) = (c[1].parse().unwrap_or(0), c[3].parse().unwrap_or(0));
        found.push(DateMention {
            span: c.get(0).unwrap().range(),
            form: DateForm::Long,
            date: make_date(y, month, d, &c[0]),
        });
    }
    for c in SLASH.captures_iter(text) {
        let (d, m, y) = (
            c[1].parse().unwrap_or(0),
            c[2].parse().unwrap_or(0),
            c[3].parse().unwrap_or(0),
        );
        if let Ok(date) = make_date(y, m, d, &c[0]) {
            found.push(DateMention {
                span: c.get(0).unwrap().range(),
                form: DateForm::Slash,
                date: Ok(date),
            });
        }
    }
    for c in COMPACT.captures_iter(text) {
        let digits = &c[1];
        let n = |r: Range<usize>| digits[r].parse::<u32>().unwrap_or(0);
        let (form, date) = if digits.len() == 8 {
            (
                DateForm::Compact8,
                make_date(n(0..4) as i32, n(4..6), n(6..8), digits),
            )
        } else {
            (
                DateForm::Compact6,
                make_date(2000 + n(0..2) as i32, n(2..4), n(4..6), digits),
            )
        };
        // A compact number that is no real day is just a number.
        if let Ok(date) = date {
            if digits.len() == 8 && !(1900..=2100).contains(&date.year()) {
                continue;
            }
            found.push(DateMention {
                span: c.get(0).unwrap().range(),
                form,
                date: Ok(date),
            });
        }
    }
    found.sort_by_key(|d| (d.span.start, std::cmp::Reverse(d.span.end)));
    let mut kept: Vec<DateMention> = Vec::new();
    for date in found {
        if kept
            .last()
            .is_none_or(|last| date.span.start >= last.span.end)
        {
            kept.push(date);
        }
    }
    kept
}

static PERIOD_GAP: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)^[\s,]*(?:till\s+och\s+med|t\.\s?o\.\s?m\.?|tom|till|[–—-])\s*(?:den\s+)?$")
});
static PERIOD_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|fr\.o\.m|from|från|med\s+start)\s+(?:den\s+)?$",
    )
});

/// Pairs of consecutive dates joined by "till och med", "t.o.m." or a dash.
fn find_periods(text: &str, dates: &[DateMention]) -> Vec<PeriodMention> {
    let mut periods = Vec::new();
    for pair in dates.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (Ok(from), Ok(to)) = (&a.date, &b.date) else {
            continue;
        };
        let gap = &text[a.span.end..b.span.start];
        if !PERIOD_GAP.is_match(gap) {
            continue;
        }
        let compact = a.form == DateForm::Compact6 || b.form == DateForm::Compact6;
        if (a.form == DateForm::Compact6) != (b.form == DateForm::Compact6) {
            continue;
        }
        let lead_window_start = floor_char_boundary(text, a.span.start.saturating_sub(30));
        let lead = PERIOD_LEAD.find(&text[lead_window_start..a.span.start]);
        let start = lead.map_or(a.span.start, |m| lead_window_start + m.start());
        periods.push(PeriodMention {
            span: start..b.span.end,
            from: *from,
            to: *to,
            from_span: a.span.clone(),
            to_span: b.span.clone(),
            compact,
        });
    }
    periods
}

pub(crate) fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

const NUMBER_WORDS: [(&str, u32); 13] = [
    ("ett", 1),
    ("en", 1),
    ("två", 2),
    ("tre", 3),
    ("fyra", 4),
    ("fem", 5),
    ("sex", 6),
    ("sju", 7),
    ("åtta", 8),
    ("nio", 9),
    ("tio", 10),
    ("elva", 11),
    ("tolv", 12),
];

/// "två" → 2, "12" → 12.
pub fn number_value(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    word.parse().ok().or_else(|| {
        NUMBER_WORDS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, n)| *n)
    })
}

static TERM: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)avtalstid\s+(?:på|om)\s+(ett|två|tre|fyra|fem|\d{1,2})\s+år\s+(?:från\s+och\s+med|fr\.o\.m\.|från|med\s+start(?:\s+från)?)\s+(?:den\s+)?$",
    )
});

/// "avtalstid på två år från (och med) (den) DATE": the phrase must end
/// right where the date begins.
fn find_terms(text: &str, dates: &[DateMention]) -> Vec<TermMention> {
    dates
        .iter()
        .filter_map(|d| {
            let window = floor_char_boundary(text, d.span.start.saturating_sub(80));
            let m = TERM.captures(&text[window..d.span.start])?;
            Some(TermMention {
                span: window + m.get(0)?.start()..d.span.end,
                years: number_value(&m[1])?,
                start: *d.date.as_ref().ok()?,
            })
        })
        .collect()
}

static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i){NOT_LETTER}(ytterligare\s+)?(ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|\d{{1,3}})\s+(år|månader|månad)\b"
    ))
});

fn find_durations(text: &str) -> Vec<DurationMention> {
    DURATION
        .captures_iter(text)
        .filter_map(|c| {
            let count = number_value(&c[2])?;
            let months = if c[3].eq_ignore_ascii_case("år") {
                count * 12
            } else {
                count
            };
            // "4-20 år" is an age range, not a duration.
            let start = c.get(1).or(c.get(2))?.start();
            if text[..start].trim_end().ends_with(['-', '–', '—']) {
                return None;
            }
            Some(DurationMention {
                span: start..c.get(0)?.end(),
                months,
                additional: c.get(1).is_some(),
            })
        })
        .collect()
}

static AGE: LazyLock<Regex> = LazyLock::new(|| regex(r"\b(\d{1,3})\s*[-–—]\s*(\d{1,3})\s+år\b"));
static AGE_INTRO: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)(?:^|\s+)i\s+(?:åldern|åldrarna|åldersgruppen|ålder)\s*$"));
static SUBGROUP: LazyLock<Regex> =
    // Unicode boundaries (äldre): the haystack is a clause of a few words.
    LazyLock::new(|| {
        Regex::new(r"(?i)(?:\bav\b|\byngre\b|\bäldre\b|\bdelgrupp|%|\bprocent\b)").expect("valid")
    });

fn find_ages(text: &str) -> Vec<AgeMention> {
    AGE.captures_iter(text)
        .filter_map(|c| {
            let span = c.get(0).unwrap().range();
            let (from, to) = (c[1].parse().ok()?, c[2].parse().ok()?);
            let clause = clause_before(text, span.start);
            let phrase_text = AGE_INTRO.replace(clause, "");
            let phrase = phrase_text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            let subgroup = SUBGROUP.is_match(clause);
            Some(AgeMention {
                span,
                from,
                to,
                phrase,
                subgroup,
            })
        })
        .collect()
}

/// The words before `at` in the same clause: back to punctuation or at most
/// six words.
fn clause_before(text: &str, at: usize) -> &str {
    let before = &text[..at];
    let clause_start = before
        .rfind(['.', ',', ';', ':', '(', ')', '\n'])
        .map_or(0, |i| i + 1);
    // A line break inside a hard-wrapped paragraph does not end a clause.
    let clause_start = if before[..clause_start].ends_with('\n')
        && !before[..clause_start].trim_end().ends_with(['.', ':'])
    {
        before[..clause_start.saturating_sub(1)]
            .rfind(['.', ',', ';', ':', '(', ')'])
            .map_or(0, |i| i + 1)
    } else {
        clause_start
    };
    let clause = &before[clause_start..];
    let words: Vec<(usize, &str)> = clause
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - clause.as_ptr() as usize, w))
        .collect();
    match words.len().checked_sub(6) {
        Some(skip) if skip > 0 => &clause[words[skip].0..],
        _ => clause,
    }
}

/// Laws by SFS number: the name after "lag (…) om" and the usual short names.
pub const LAWS: &[(&str, &str, &[&str])] = &[
    (
        "1976:580",
        "medbestämmande i arbetslivet",
        &["MBL", "medbestämmandelagen"],
    ),
    ("2016:1145", "offentlig upphandling", &["LOU"]),
    (
        "1990:52",
        "särskilda bestämmelser om vård av unga",
        &["LVU"],
    ),
    ("2001:453", "socialtjänstlag", &["SoL", "socialtjänstlagen"]),
    ("2025:400", "socialtjänstlag", &["socialtjänstlagen"]),
    (
        "2018:1197",
        "Förenta nationernas konvention om barnets rättigheter",
        &["barnkonventionen", "barnkonventionslagen"],
    ),
    ("2017:725", "kommunallag", &["KL", "kommunallagen"]),
    ("2017:900", "förvaltningslag", &["FL", "förvaltningslagen"]),
    (
        "2009:400",
        "offentlighets- och sekretesslag",
        &["OSL", "offentlighets- och sekretesslagen", "sekretesslagen"],
    ),
    ("1977:1160", "arbetsmiljölag", &["AML", "arbetsmiljölagen"]),
    ("2008:567", "diskrimineringslag", &["diskrimineringslagen"]),
    (
        "1993:387",
        "stöd och service till vissa funktionshindrade",
        &["LSS"],
    ),
];

static LAW_SFS: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:(lag(?:en)?|förordning(?:en)?)\s*\((\d{4}):(\d{1,4})\)\s*(?:om\s+([^.,;:()\n]+(?:\n[^.,;:()\n]+)?))?|SFS\s*(\d{4}):(\d{1,4})|([A-ZÅÄÖ][A-Za-zåäö]{1,4})\s*\((\d{4}):(\d{1,4})\))",
    )
});
static LAW_SHORT: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"\b(MBL|LOU|LVU|SoL|OSL|LSS|[a-zåäö]+(?:s|\-)?lagen|barnkonventionen)\b")
});

fn find_laws(text: &str) -> Vec<LawMention> {
    let mut laws: Vec<LawMention> = LAW_SFS
        .captures_iter(text)
        .map(|c| {
            let span = c.get(0).unwrap().range();
            let sfs = match (c.get(2), c.get(5), c.get(8)) {
                (Some(y), _, _) => Some(format!("{}:{}", y.as_str(), &c[3])),
                (_, Some(y), _) => Some(format!("{}:{}", y.as_str(), &c[6])),
                (_, _, Some(y)) => Some(format!("{}:{}", y.as_str(), &c[9])),
                _ => None,
            };
            let name = c
                .get(4)
                .map(|m| m.as_str().split_whitespace().collect::<Vec<_>>().join(" "))
                .or_else(|| c.get(7).map(|m| m.as_str().to_owned()));
            LawMention { span, sfs, name }
        })
        .collect();
    for m in LAW_SHORT.find_iter(text) {
        if laws.iter().any(|l| l.span.contains(&m.start())) || !is_known_law_name(m.as_str()) {
            continue;
        }
        laws.push(LawMention {
            span: m.range(),
            sfs: None,
            name: Some(m.as_str().to_owned()),
        });
    }
    laws.sort_by_key(|l| l.span.start);
    laws
}

fn is_known_law_name(name: &str) -> bool {
    LAWS.iter()
        .any(|(_, _, short)| short.iter().any(|s| s.eq_ignore_ascii_case(name)))
}

static LAW_WORD: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)\b[a-zåäö]{4,}lagen\b"));

/// Words ending in "-lagen" within two edits of a known short name.
fn find_law_typos(text: &str) -> Vec<LawNameTypo> {
    LAW_WORD
        .find_iter(text)
        .filter_map(|m| {
            let written = m.as_str();
            if is_known_law_name(written) {
                return None;
            }
            let lower = written.to_lowercase();
            LAWS.iter()
                .flat_map(|(_, _, short)| short.iter())
                .filter(|s| s.ends_with("lagen"))
                .map(|s| (strsim::levenshtein(&lower, s), *s))
                .filter(|(d, _)| (1..=2).contains(d))
                .min_by_key(|(d, _)| *d)
                .map(|(_, intended)| LawNameTypo {
                    span: m.range(),
                    written: written.to_owned(),
                    intended,
                })
        })
        .collect()
}

static ORG: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"{NOT_LETTER}((?:[A-ZÅÄÖ][\wåäöÅÄÖ&]*[\s-]+){{0,3}}?[A-ZÅÄÖ][\wåäöÅÄÖ&]+)(\s*[–—-]\s*|\s+)(AB|HB|KB|ekonomisk förening)\b"
    ))
});

fn find_orgs(text: &str) -> Vec<OrgMention> {
    ORG.captures_iter(text)
        .map(|c| OrgMention {
            span: c.get(1).unwrap().start()..c.get(0).unwrap().end(),
            base: c[1].split_whitespace().collect::<Vec<_>>().join(" "),
            form: c[3].to_owned(),
            dashed: c[2].contains(['-', '–', '—']),
        })
        .collect()
}

static EVENT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(har\s+lämnats|lämnades|lämnats|har\s+genomförts|genomfördes|genomförts|hölls|har\s+hållits|skedde|har\s+skett|inkom|informerades|förhandlades)\b",
    )
});

fn find_events(text: &str) -> Vec<EventMention> {
    EVENT
        .find_iter(text)
        .map(|m| EventMention {
            span: m.range(),
            verb: m.as_str().split_whitespace().collect::<Vec<_>>().join(" "),
        })
        .collect()
}

/// Sentence spans: ends at `.`, `!` or `?` before white space and a capital
/// letter or digit, at a blank line, and at a line that is a heading.
fn find_sentences(text: &str) -> Vec<Span> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let boundary = match c {
            b'.' | b'!' | b'?' => {
                let rest = &text[i + 1..];
                let next = rest.trim_start();
                (rest.is_empty() || rest.starts_with(char::is_whitespace))
                    && (next.is_empty()
                        || next.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit()))
                    && !ends_with_abbreviation(&text[start..=i])
            }
            b'\n' => {
                text[i + 1..].starts_with('\n')
                    || text[i + 1..]
                        .trim_start_matches([' ', '\t'])
                        .starts_with('\n')
            }
            _ => false,
        };
        if boundary {
            push_sentence(text, start, i + 1, &mut sentences);
            start = i + 1;
        }
        i += 1;
    }
    push_sentence(text, start, text.len(), &mut sentences);
    sentences
}

fn ends_with_abbreviation(text: &str) -> bool {
    let last = text
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    [
        "t.ex.", "bl.a.", "p.g.a.", "fr.o.m.", "t.o.m.", "s.k.", "ca.", "m.m.", "o.s.v.", "jfr.",
        "nr.", "kap.",
    ]
    .contains(&last.as_str())
}

fn push_sentence(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start().len();
    let trailing = slice.len() - slice.trim_end().len();
    if slice.trim().is_empty() {
        return;
    }
    out.push(start + leading..end - trailing);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn dates(text: &str) -> Vec<(String, Result<NaiveDate, String>)> {
        scan(text)
            .dates
            .into_iter()
            .map(|m| (text[m.span].to_owned(), m.date))
            .collect()
    }

    #[test]
    fn dates_in_every_form() {
        let found =
            dates("Beslut 2024-01-01, den 1 januari 2024, den 2 jan. 2024, 20240103 och 4/1 2024.");
        assert_eq!(
            found,
            vec![
                ("2024-01-01".into(), Ok(d(2024, 1, 1))),
                ("1 januari 2024".into(), Ok(d(2024, 1, 1))),
                ("2 jan. 2024".into(), Ok(d(2024, 1, 2))),
                ("20240103".into(), Ok(d(2024, 1, 3))),
                ("4/1 2024".into(), Ok(d(2024, 1, 4))),
            ]
        );
    }

    #[test]
    fn impossible_dates_are_reported_not_dropped() {
        let found = dates("den 31 april 2024 och 2023-02-29");
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|(_, date)| date.is_err()));
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
            "gäller från 1 mars 2020 till och med 28 februari 2022.",
            "förlängs ytterligare två år från 200301 till och med 220228.",
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
    fn dates_with_other_words_between_are_no_period() {
        let s = scan(
            "en avtalstid på två år från 2018-03-01 med möjlighet till förlängning, till och med 2022-02-28.",
        );
        assert!(s.periods.is_empty());
    }

    #[test]
    fn durations() {
        let s = scan("förlängs ytterligare två år, 24 månader, ett år och en månad. Barn 4-20 år.");
        let found: Vec<(u32, bool)> = s
            .durations
            .iter()
            .map(|d| (d.months, d.additional))
            .collect();
        assert_eq!(
            found,
            vec![(24, true), (24, false), (12, false), (1, false)]
        );
    }

    #[test]
    fn age_ranges_with_their_phrase() {
        let s = scan(
            "Avtalet avseende anhörigstöd till barn 4-20 år, med X AB. Barn och unga i åldrarna 0 – 20 år.",
        );
        let found: Vec<(u32, u32, &str, bool)> = s
            .ages
            .iter()
            .map(|a| (a.from, a.to, a.phrase.as_str(), a.subgroup))
            .collect();
        assert_eq!(
            found,
            vec![
                (4, 20, "avtalet avseende anhörigstöd till barn", false),
                (0, 20, "barn och unga", false)
            ]
        );
        assert_eq!(scan("i åldern 10–15 år").ages[0].phrase, "");
    }

    #[test]
    fn sub_groups_are_marked() {
        let s = scan(
            "Under 2018 uppger 65% av barn i åldern 4-9 år att de vet. Av de äldre barnen i åldern 10 – 15 år svarar 69%.",
        );
        assert!(s.ages.iter().all(|a| a.subgroup), "{:?}", s.ages);
    }

    #[test]
    fn law_references() {
        let s = scan(
            "Information enligt lag (1976:580) om\nmedbestämmande i arbetslivet, MBL § 19 och LOU (2016:1145) samt SFS 2001:453.",
        );
        let found: Vec<(Option<&str>, Option<&str>)> = s
            .laws
            .iter()
            .map(|l| (l.sfs.as_deref(), l.name.as_deref()))
            .collect();
        assert_eq!(
            found,
            vec![
                (Some("1976:580"), Some("medbestämmande i arbetslivet")),
                (None, Some("MBL")),
                (Some("2016:1145"), Some("LOU")),
                (Some("2001:453"), None),
            ]
        );
    }

    #[test]
    fn misspelled_law_names() {
        let s = scan(
            "Information enligt medstämmandelagen lämnades. Enligt kommunallagen och skollagen.",
        );
        assert_eq!(s.law_typos.len(), 1);
        assert_eq!(
            (s.law_typos[0].written.as_str(), s.law_typos[0].intended),
            ("medstämmandelagen", "medbestämmandelagen")
        );
    }

    #[test]
    fn unicode_digits_are_no_date_and_no_panic() {
        // Arabic-Indic and full-width digits beside ASCII ones (a panic once).
        for text in [
            "0١٢٣65",
            "２０２４-01-01",
            "20٢4-01-01 och 1 januari ２０２４",
            "٢٠٢٤0101",
        ] {
            let s = scan(text);
            assert!(s.dates.iter().all(|d| d.date.is_ok()), "{text}");
        }
    }

    #[test]
    fn organisations_with_legal_form() {
        let s = scan("med Eleonoragruppen AB och Eleonoragruppen – AB samt Bygg & Co HB.");
        let found: Vec<(&str, &str, bool)> = s
            .orgs
            .iter()
            .map(|o| (o.base.as_str(), o.form.as_str(), o.dashed))
            .collect();
        assert_eq!(
            found,
            vec![
                ("Eleonoragruppen", "AB", false),
                ("Eleonoragruppen", "AB", true),
                ("Co", "HB", false)
            ]
        );
    }

    #[test]
    fn past_tense_events() {
        let s = scan(
            "Information lämnades den 5 december 2022. MBL-information har lämnats 2019-02-11. Uppföljning ska genomföras.",
        );
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(verbs, ["lämnades", "har lämnats"]);
    }

    #[test]
    fn sentences_respect_abbreviations_and_paragraphs() {
        let text = "Första meningen gäller fr.o.m. den 1 mars. Andra t.ex. här.\n\nRubrik\nTredje";
        let s = scan(text);
        let found: Vec<&str> = s.sentences.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            found,
            [
                "Första meningen gäller fr.o.m. den 1 mars.",
                "Andra t.ex. här.",
                "Rubrik\nTredje"
            ]
        );
    }

    #[test]
    fn contract_terms() {
        let s = scan(
            "Uppdraget har en avtalstid på två år från och med den 1 januari 2022 med möjlighet till förlängning. Avtalstid om 3 år med start 2018-03-01.",
        );
        let found: Vec<(u32, NaiveDate)> = s.terms.iter().map(|t| (t.years, t.start)).collect();
        assert_eq!(found, vec![(2, d(2022, 1, 1)), (3, d(2018, 3, 1))]);
    }
}
