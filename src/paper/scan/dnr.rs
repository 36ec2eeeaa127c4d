//! Diarienummer (Dnr) in the forms Swedish municipalities really use.
//!
//! | form                         | examples                                        |
//! |------------------------------|-------------------------------------------------|
//! | series, year, number         | `SON 2026-118`, `KS 2021/123`, `KSN-2016-1422`, `SN 2016/00008`, `KS 2001/0102-53`, `TN 2005/2230 53`, `KS-2014/742.912`, `BUN 2009/99:62` |
//! | year, series, number         | `2023/BUN 0214`, `2019/BUN 0194 41`, `2016/IN159` |
//! | series, number, short year   | `KS 67/16`, `SN 18/0098`                         |
//! | class, number, year          | `1.3.1-585/2016`, `040-207/2002`, `8.5-29206/2014` |
//! | after a label only           | `Dnr 2007/119-62`, `Dnr 585/2016`, and the truncated `Dnr KS-2013/`, `Dnr /2016`, `Diarienummer SCN` that web pages and PDFs leave |
//!
//! A Dnr ends where its number ends: names and words after it are never
//! part of it. A value after a label that has digits but fits none of these
//! forms is still a reference, of a form beslut does not know
//! (`T2012-050-05828`, `1.5.1-135-2012`, `239-2006-105`, `31/16`): its year
//! is read when it has one, and a value cut short by extraction (`2015/`) is
//! incomplete. One without digits (a name, a word) is not a Dnr at all and
//! is left alone — most often it is a table's label row.

use super::plain::{Captures, Plain, plain, tuned};
use std::sync::LazyLock;

use super::Span;

/// A Dnr as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DnrMention {
    pub span: Span,
    /// As written, white space collapsed.
    pub text: String,
    /// The series letters ("KS", "BUN"), upper case.
    pub series: Option<String>,
    /// The year, when the form states one in four digits.
    pub year: Option<i32>,
    /// Written right after a label ("Dnr", "Diarienummer", "Vår beteckning").
    pub labelled: bool,
    /// False for a labelled value with digits that fits no form beslut
    /// knows: a reference all the same, in the municipality's own form.
    pub well_formed: bool,
    /// False for what extraction left of a Dnr ("KS-2013/", "/2016", "SCN").
    pub complete: bool,
    /// Where the label of the list it belongs to stands ("Dnr : A; B; C"),
    /// if it was written after one: mentions of one list share it.
    pub list: Option<usize>,
}

impl DnrMention {
    /// Letters and digits only, upper case: `KS-2014/742.912` and
    /// `KS 2014/742.912` are the same number.
    pub fn key(&self) -> String {
        key(&self.text)
    }

    /// The number part: the digits after the series and year.
    pub fn number(&self) -> String {
        let digits: String = self.text.chars().filter(char::is_ascii_digit).collect();
        match self.year {
            Some(year) => digits.replacen(&year.to_string(), "", 1),
            None => digits,
        }
    }
}

/// Letters and digits only, upper case.
pub fn key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Series letters: upper case first, up to six letters, at least two of
/// them capitals ("KS", "BUN", "SoN"), so that ordinary words never count.
const SERIES: &str = r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}";
const YEAR: &str = r"(?:19|20)\d{2}";

/// Forms recognised anywhere in the text (named groups give the parts;
/// `dnr` is the number itself). It starts after a non-letter rather than
/// at `\b`: the scanner's ASCII word boundary cannot start "ÄN 2026/14".
static STRONG: LazyLock<Plain> = LazyLock::new(|| {
    plain(&format!(
        r"(?:^|[^\p{{L}}\p{{N}}_])(?P<dnr>(?:(?P<s1>{SERIES})[ -](?P<y1>{YEAR})[-/.](?P<n1>\d{{1,6}})(?P<x1>[-.:/]\d{{1,4}})?|(?P<y2>{YEAR})/(?P<s2>{SERIES}) ?(?P<n2>\d{{1,6}})|(?P<s3>{SERIES}) (?P<n3>\d{{1,4}})/(?P<m3>\d{{2,4}})|(?P<c4>\d{{1,3}}(?:\.\d{{1,3}}){{0,3}})-(?P<n4>\d{{1,6}})/(?P<y4>{YEAR}))\b)"
    ))
});

/// Forms only taken right after a label.
static LABELLED_VALUE: LazyLock<Plain> = LazyLock::new(|| {
    tuned(&format!(
        r"^(?:(?P<s10>{SERIES})(?P<y10>{YEAR})[-/.]\d{{1,6}}(?:-\d{{1,4}})?|(?P<y5>{YEAR})[-/.]\d{{1,6}}(?:-\d{{1,4}})?|\d{{1,6}}/(?P<y6>{YEAR})|(?P<s7>{SERIES})[ -](?P<y7>{YEAR})[-/]?|/(?P<y8>{YEAR})|(?P<s9>[A-ZÅÄÖ]{{2,6}}))"
    ))
});

/// Series letters written after a year-first number, in capitals and ending
/// there: " SN" in "Dnr 2025.456 SN".
static TRAILING_SERIES: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"^[ \t]([A-ZÅÄÖ]{2,6})(?:$|[\s,;.)])"));

/// Labels that introduce a Dnr, in the cases they are written (spelt out
/// rather than `(?i)`: case-insensitive Swedish letters cost the regex
/// engine its literal prefilter, and this runs over every paper).
static LABEL: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?:\b(?:[Dd]nr|DNR|[Dd]iarie(?:nr|nummer|numret)|DIARIE(?:NR|NUMMER)|[Vv]årt dnr)|(?:[Ää]rende(?:nr|nummer)|ÄRENDE(?:NR|NUMMER)|[Vv]år (?:beteckning|referens)|VÅR BETECKNING))\b\.?\s*:?\s*",
    )
});

/// Other letterhead labels that may stand between a Dnr label and its
/// value when a table's label row was flattened: "DATUM DIARIENR SIDA KS-2013/".
static OTHER_LABELS: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)^(?:(?:datum|sida|sid|handläggare|telefon|beteckning|er beteckning|ert datum|vårt datum|dokumentnamn|dokumentdatum)\b\s*:?\s*)+",
    )
});

/// Separators in a labelled list: "KS 2001/0102-53; TN 2005/2230 53 och 2007/119-62".
static LIST_SEPARATOR: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"(?i)^\s*(?:[;,]|\boch\b|\bsamt\b)\s*(?:\(\s*)?(?:se\s+även\s+)?"));

/// Words that follow a number and make it a count, not part of a Dnr.
const UNITS: [&str; 24] = [
    "år", "kr", "kronor", "procent", "st", "stycken", "miljoner", "mnkr", "tkr", "mkr", "dagar",
    "veckor", "månader", "timmar", "personer", "platser", "barn", "elever", "kvm", "gånger",
    "minuter", "sidor", "tim", "h",
];

/// Every Dnr in `text`, in order.
pub fn find_dnrs(text: &str) -> Vec<DnrMention> {
    let mut found: Vec<DnrMention> = Vec::new();
    for label in LABEL.find_iter(text) {
        let list = label.start();
        let mut at = label.end();
        if let Some(skip) = OTHER_LABELS.find(&text[at..]) {
            at += skip.end();
        }
        let mut first = true;
        loop {
            let Some(mention) = labelled_at(text, at, list) else {
                if first && let Some(other) = unknown_form_at(text, at) {
                    found.push(other);
                }
                break;
            };
            first = false;
            at = mention.span.end;
            found.push(mention);
            match LIST_SEPARATOR.find(&text[at..]) {
                Some(sep) if !sep.as_str().is_empty() => at += sep.end(),
                _ => break,
            }
        }
    }
    // The labelled numbers, in text order: an unlabelled match inside one is
    // found by binary search (a hostile text has tens of thousands).
    let labelled = found.len();
    // Unlabelled forms never span a line, and hold digits: lines without
    // any (most prose) are skipped without running the regex.
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if !line.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        for c in STRONG.captures_iter(line) {
            let whole = c.name("dnr").expect("match");
            let at = start + whole.start();
            if super::overlaps(&found[..labelled], &(at..at + 1), |f| &f.span) {
                continue;
            }
            if let Some(mut mention) = strong(line, &c, false, None) {
                mention.span = start + mention.span.start..start + mention.span.end;
                found.push(mention);
            }
        }
    }
    found.sort_by_key(|d| d.span.start);
    found
}

/// The Dnr written at `at`, right after a label.
fn labelled_at(text: &str, at: usize, list: usize) -> Option<DnrMention> {
    let rest = &text[at..];
    // A number right after its label: searched for no further than a Dnr
    // and what follows it can be long, or a hostile text is quadratic.
    let near = &rest[..super::floor_char_boundary(rest, 160.min(rest.len()))];
    if let Some(c) = STRONG
        .captures(near)
        .filter(|c| c.get(0).is_some_and(|m| m.start() == 0))
    {
        let mut mention = strong(rest, &c, true, Some(list))?;
        mention.span = mention.span.start + at..mention.span.end + at;
        return Some(mention);
    }
    let c = LABELLED_VALUE.captures(rest)?;
    let whole = c.get(0)?;
    let written = whole.as_str();
    let next = rest[whole.end()..].chars().next();
    // The value ends here: "SCN Socialnämnden", "KS-2013/ (4)"; not "SON-22-434x".
    if next.is_some_and(|n| {
        n.is_alphanumeric() || (c.name("s9").is_some() && matches!(n, '-' | '/' | '.' | ':'))
    }) {
        return None;
    }
    // "Dnr 2026-05-04" is a date, not a number.
    if c.name("y5").is_some() && super::ISO.is_match(written) {
        return None;
    }
    let year = ["y5", "y6", "y7", "y8", "y10"]
        .iter()
        .find_map(|g| c.name(g))
        .and_then(|y| y.as_str().parse().ok());
    let mut series = c
        .name("s7")
        .or(c.name("s9"))
        .map(|s| s.as_str().to_uppercase());
    // Series letters after the number: "Dnr 2025.456 SN".
    let mut end = whole.end();
    if (c.name("y5").is_some() || c.name("y6").is_some())
        && let Some(after) = TRAILING_SERIES.captures(&rest[end..])
        && !is_word(&after[1])
        // "2007/119-62 TN 2005/2230": the next number's series.
        && !rest[end + after.get(1).expect("group").end()..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        series = Some(after[1].to_owned());
        end += after.get(1).expect("group").end();
    }
    let written = &rest[..end];
    if c.name("s9").is_some() && is_word(written) {
        return None;
    }
    let complete = c.name("y5").is_some() || c.name("y6").is_some() || c.name("y10").is_some();
    Some(DnrMention {
        span: at..at + end,
        text: written.to_owned(),
        series,
        year,
        labelled: true,
        well_formed: true,
        complete,
        list: Some(list),
    })
}

/// All-capital words that are not series letters ("SIDA", "DATUM").
fn is_word(text: &str) -> bool {
    [
        "SIDA", "DATUM", "TILL", "FÖR", "OCH", "DNR", "BILAGA", "KOMMUN",
    ]
    .contains(&text)
}

/// A labelled value with digits that fits no known form: "Dnr 239-2006-105",
/// "Dnr 31/16", "Dnr SON-22-434x".
fn unknown_form_at(text: &str, at: usize) -> Option<DnrMention> {
    let rest = &text[at..];
    let token_end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ')' | '('))
        .unwrap_or(rest.len());
    let token = rest[..token_end].trim_end_matches(['.', ':']);
    if token.is_empty() || !token.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // A date or a bare count after "Dnr" is no attempt at a number.
    if (token.chars().all(|c| c.is_ascii_digit()) && token.len() <= 2) || super::ISO.is_match(token)
    {
        return None;
    }
    Some(DnrMention {
        span: at..at + token.len(),
        text: token.to_owned(),
        series: None,
        year: only_year(token),
        labelled: true,
        well_formed: false,
        complete: !token.ends_with(['/', '-']),
        list: None,
    })
}

/// The year of a number of unknown form: its one group of four digits that
/// reads as a year ("239-2006-105" → 2006); none when there are two or none.
fn only_year(token: &str) -> Option<i32> {
    let mut years = token
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| g.len() == 4 && (g.starts_with("19") || g.starts_with("20")));
    let year = years.next()?;
    years.next().is_none().then(|| year.parse().ok()).flatten()
}

/// A strong-form match, extended by a trailing sub-number ("TN 2005/2230 53")
/// when what follows shows it is one.
fn strong(text: &str, c: &Captures<'_>, labelled: bool, list: Option<usize>) -> Option<DnrMention> {
    let whole = c.name("dnr")?;
    let series = ["s1", "s2", "s3"].iter().find_map(|g| c.name(g));
    if let Some(s) = series {
        let capitals = s.as_str().chars().filter(|ch| ch.is_uppercase()).count();
        if capitals < 2 {
            return None;
        }
    }
    // "KF 2019-10-24" is a body and a date, not a Dnr.
    if let (Some(y), Some(n), Some(x)) = (c.name("y1"), c.name("n1"), c.name("x1"))
        && text[y.end()..].starts_with('-')
        && n.as_str().len() == 2
        && x.as_str().starts_with('-')
        && x.as_str().len() == 3
    {
        return None;
    }
    let year = ["y1", "y2", "y4"]
        .iter()
        .find_map(|g| c.name(g))
        .and_then(|y| y.as_str().parse().ok());
    let mut end = whole.end();
    if c.name("s3").is_none() {
        end += trailing_subnumber(&text[end..]);
    }
    let written: Vec<&str> = text[whole.start()..end].split_whitespace().collect();
    Some(DnrMention {
        span: whole.start()..end,
        text: written.join(" "),
        series: series.map(|s| s.as_str().to_uppercase()),
        year,
        labelled,
        well_formed: true,
        complete: true,
        list,
    })
}

/// Length of " 53" in "TN 2005/2230 53;": a space, two or three digits,
/// and then no digit, bracket, unit or further number.
fn trailing_subnumber(rest: &str) -> usize {
    let Some(after_space) = rest.strip_prefix(' ') else {
        return 0;
    };
    let digits = after_space
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(after_space.len());
    if !(2..=3).contains(&digits) {
        return 0;
    }
    let next = &after_space[digits..];
    let ends = next.is_empty()
        || next.starts_with(['\n', ';', ')', '\t'])
        || next.starts_with(", ")
        || next.starts_with(". ")
        || next == "."
        || next.starts_with(' ');
    if !ends || next.starts_with(" (") {
        return 0;
    }
    let word = next
        .trim_start_matches([' ', ','])
        .split(|c: char| !c.is_alphanumeric() && c != '%')
        .next()
        .unwrap_or("")
        .to_lowercase();
    if UNITS.contains(&word.as_str())
        || word.starts_with('%')
        || word.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        return 0;
    }
    1 + digits
}

/// Compiles the patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need TRAILING_SERIES: each is compiled where first used.
    STRONG.compile_now();
    LABELLED_VALUE.compile_now();
    LABEL.compile_now();
    OTHER_LABELS.compile_now();
    LIST_SEPARATOR.compile_now();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        find_dnrs(text).into_iter().map(|d| d.text).collect()
    }

    #[test]
    fn real_forms_are_recognised_whole() {
        for dnr in [
            "2023/BUN 0214",
            "KS 67/16",
            "KSN-2016-1422",
            "BUN 2009/99:62",
            "SN 2016/00008",
            "KS-2014/742.912",
            "1.3.1-585/2016",
            "040-207/2002",
            "2016/IN159",
            "TN 2005/2230 53",
            "SN 18/0098",
            "SON 2026-118",
            "KS 2001/0102-53",
            "2019/BUN 0194 41",
            "2023/VN 0010 004",
            "8.5-29206/2014",
            "ÄN 2026/14",
            "ÖFN 2025-0077",
        ] {
            for text in [format!("Dnr {dnr}"), format!("i ärende {dnr}, se bilaga")] {
                let found = find_dnrs(&text);
                assert_eq!(found.len(), 1, "{text}: {found:?}");
                assert_eq!(found[0].text, dnr, "{text}");
                assert!(found[0].well_formed && found[0].complete, "{text}");
            }
        }
    }

    #[test]
    fn more_forms_after_a_label() {
        assert_eq!(texts("Diarienummer: 2024-00123"), ["2024-00123"]);
        assert_eq!(texts("Dnr KS2024/123 Rapport"), ["KS2024/123"]);
        assert_eq!(texts("Dnr KS 2019.0345"), ["KS 2019.0345"]);
        assert_eq!(texts("Ärendenummer BN 2021-000123"), ["BN 2021-000123"]);
        assert!(texts("Dnr 2026-05-04").is_empty());
    }

    #[test]
    fn a_dnr_ends_where_its_number_ends() {
        assert_eq!(texts("Dnr 2016/IN159 Redovisning av"), ["2016/IN159"]);
        assert_eq!(texts("Dnr SN 2026/140 Monica Petersson"), ["SN 2026/140"]);
        assert_eq!(texts("Dnr SON 2026-118 12 barn"), ["SON 2026-118"]);
        assert_eq!(texts("Dnr SON 2026-118 2 (5)"), ["SON 2026-118"]);
        assert_eq!(
            texts("KS-2014/742.912 1 (11) HANDLÄGGARE"),
            ["KS-2014/742.912"]
        );
    }

    #[test]
    fn labelled_lists_and_truncated_values() {
        assert_eq!(
            texts("Dnr : KS 2001/0102-53; BUN 2004/034-62 och 2007/119-62; TN 2005/2230 53"),
            [
                "KS 2001/0102-53",
                "BUN 2004/034-62",
                "2007/119-62",
                "TN 2005/2230 53"
            ]
        );
        assert_eq!(texts("(Dnr /2016) Feriejobb"), ["/2016"]);
        assert_eq!(texts("Dnr 2025.456 SN\n"), ["2025.456 SN"]);
        assert_eq!(texts("Dnr 585/2016 KS, Socialnämnden"), ["585/2016 KS"]);
        assert_eq!(
            texts("Dnr 2007/119-62 TN 2005/2230 53"),
            ["2007/119-62", "TN 2005/2230 53"]
        );
        assert_eq!(texts("DATUM DIARIENR SIDA KS-2013/ (4)"), ["KS-2013/"]);
        assert_eq!(texts("Datum Diarienummer SCN Socialnämnden"), ["SCN"]);
        let truncated = &find_dnrs("Dnr /2016")[0];
        assert!(!truncated.complete && truncated.well_formed);
    }

    #[test]
    fn things_that_are_not_dnr() {
        for text in [
            "KF 2019-10-24 § 75",
            "PU 2015-03-11 §45 MSU",
            "BUN § 2008/103",
            "Mål 31-08",
            "lag (1976:580)",
            "Utlåtande 2016:165 RIII",
            "Datum Diarienummer Eiderbrant Ulf",
            "under 2018-2020",
            "Dnr: okänt",
        ] {
            assert!(find_dnrs(text).is_empty(), "{text}: {:?}", find_dnrs(text));
        }
    }

    #[test]
    fn malformed_after_a_label() {
        let found = find_dnrs("Dnr SON-22-434x och mer");
        assert_eq!(found.len(), 1);
        assert!(!found[0].well_formed);
        assert_eq!(found[0].text, "SON-22-434x");
    }

    #[test]
    fn same_number_written_two_ways() {
        let a = &find_dnrs("KS-2014/742.912")[0];
        let b = &find_dnrs("KS 2014/742.912")[0];
        assert_eq!(a.key(), b.key());
        assert_eq!(a.year, Some(2014));
        assert_eq!(a.number(), "742912");
    }
}
