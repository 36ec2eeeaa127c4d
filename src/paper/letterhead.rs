//! The facts a finished paper states about itself in its letterhead and
//! page furniture: its date, its Dnr, the board it goes to and its
//! handläggare.
//!
//! Letterheads come in every shape: `Datum 2026-05-04<TAB>Dnr SN 2026/140`
//! on one line, `Datum: … Dnr: …`, a label row over a value row flattened
//! to "Handläggare Datum Diarienummer Eiderbrant Ulf 2015-05-26
//! SCN-2015-0180", a bare date on its own line, or "1 september 2014
//! KS-2014/742.912" at the very top. The letterhead zone is everything
//! before the first section heading (for flat text without headings, before
//! "Förslag till beslut" or the first 600 bytes), plus page furniture.

use crate::paper::scan::latin;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::Located;
use super::addressee::{OWN_MEETING, OWN_PROPOSAL, words};
use super::model::line_around;
use super::scan::floor_char_boundary;
use super::scan::{Plain, Scan, tuned};

/// What the letterhead says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Letterhead {
    pub date: Option<Located<NaiveDate>>,
    pub dnr: Option<Located<String>>,
    /// The first Dnr after a label in the letterhead as printed, also when
    /// cut short ("Dnr 2014/") or too short to compare ("Dnr 2012-KS").
    pub dnr_as_printed: Option<Located<String>>,
    pub board: Option<Located<String>>,
    /// The meeting the paper goes to, dated on the board's line.
    pub meeting: Option<Located<NaiveDate>>,
    pub officer: Option<Located<String>>,
}

/// Label words that may stand in a flattened label row.
pub(super) static LABEL_WORD: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?i)^(?:datum|diarienummer|diarienr|dnr|sida|sid|telefon|e-post|beteckning|vår beteckning)\b\s*:?\s*",
    )
});

/// A board: "Socialnämnden", "Barn- och utbildningsnämnden",
/// "Kommunstyrelsen", "Kommunfullmäktige", "… utskott", "Tekniska
/// nämnden", "Kommunstyrelsens arbetsutskott", a district board
/// ("Farsta stadsdelsnämnd"), or one in capitals ("KULTUR- OCH
/// FRITIDSNÄMNDEN", as older letterheads print it).
pub(super) static BOARD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &latin(r"(?:^|[^\p{L}])(\p{Lu}\p{Ll}+s\s+\p{Ll}*utskott|\p{Lu}\p{Ll}+a\s+(?:nämnden|utskottet)|\p{Lu}[\p{L}]*(?:-?\s+(?:och|samt)\s+\p{Ll}+)?(?:nämnden|styrelsen|fullmäktige|utskottet)|\p{Lu}\p{Ll}+s\s+stadsdelsnämnd|\p{Lu}+(?:-?\s+(?:OCH|SAMT)\s+\p{Lu}+)?(?:NÄMNDEN|STYRELSEN|FULLMÄKTIGE|UTSKOTTET)|\p{Ll}+(?:-?\s+(?:och|samt)\s+\p{Ll}+)?(?:nämnden|styrelsen|fullmäktige))s?(?:[^\p{L}]|$)"),
    )
    .expect("valid")
});

/// Reads the letterhead facts from `zones` (byte ranges of `source`: the
/// letterhead zone and page furniture) with the paper's `scan`.
pub fn read(source: &str, zones: &[Range<usize>], scan: &Scan) -> Letterhead {
    let in_zone = |at: usize| zones.iter().any(|z| z.contains(&at));
    let date = super::paper_date::paper_date(source, zones, scan, &in_zone);
    let board = board(source, zones);
    Letterhead {
        meeting: board
            .as_ref()
            .and_then(|b| super::meeting_day::meeting_on_board_line(source, b, scan))
            .filter(|m| date.as_ref().is_none_or(|d| d.span != m.span)),
        date,
        dnr: own_dnr(source, zones, scan, &in_zone),
        dnr_as_printed: dnr_as_printed(source, scan, &in_zone),
        board,
        officer: super::officer::officer(source, zones),
    }
}

/// The paper's own Dnr: the first one written after a label in the
/// letterhead (a whole list counts as the first's); else the first strong
/// form in the letterhead; else the first labelled one anywhere.
fn own_dnr(
    source: &str,
    zones: &[Range<usize>],
    scan: &Scan,
    in_zone: &dyn Fn(usize) -> bool,
) -> Option<Located<String>> {
    let located = |d: &super::scan::DnrMention| Located {
        value: d.text.clone(),
        span: d.span.clone(),
    };
    let usable = |d: &&super::scan::DnrMention| d.well_formed;
    // In the letterhead a labelled number of a form beslut does not know
    // is the paper's own all the same ("DNR T2012-050-05828").
    let usable_in_letterhead = |d: &&super::scan::DnrMention| comparable_in_letterhead(d);
    // A Dnr in a heading is the subject's ("Tillsyn av …, Dnr 8.5-29206/2014":
    // the inspecting authority's case), not the paper's own.
    let in_heading =
        |d: &&super::scan::DnrMention| line_around(source, d.span.start).starts_with('#');
    let in_letterhead: Vec<&super::scan::DnrMention> = scan
        .dnrs
        .iter()
        .filter(|d| in_zone(d.span.start))
        .filter(usable_in_letterhead)
        .filter(|d| !in_heading(d))
        .collect();
    // After a label, directly or past a label row: "Diarienummer Eiderbrant
    // Ulf 2015-05-26 SCN-2015-0180".
    for zone in zones {
        let text = &source[zone.clone()];
        for label in LABEL_ROW_DNR.find_iter(text) {
            let after = zone.start + label.end();
            if let Some(d) = in_letterhead.iter().find(|d| {
                d.span.start >= after
                    && d.span.start - after <= 120
                    && !source[after..d.span.start].contains(['.', '?', '!', '\n'])
            }) {
                return Some(located(d));
            }
        }
    }
    if let Some(d) = in_letterhead.first() {
        return Some(located(d));
    }
    scan.dnrs
        .iter()
        .filter(usable)
        .find(|d| d.labelled)
        .map(located)
}

/// The first Dnr written right after its label in the letterhead that the
/// rules cannot compare (cut short, or of an unknown form too short to be
/// sure of), when it has a year: what the paper calls its number, for an
/// archive's copy, where no whole number is labelled.
fn dnr_as_printed(
    source: &str,
    scan: &Scan,
    in_zone: &dyn Fn(usize) -> bool,
) -> Option<Located<String>> {
    let labelled_in_zone: Vec<_> = scan
        .dnrs
        .iter()
        .filter(|d| d.labelled && in_zone(d.span.start))
        .collect();
    if labelled_in_zone.iter().any(|d| comparable_in_letterhead(d)) {
        return None;
    }
    labelled_in_zone
        .into_iter()
        .filter(|d| d.year.is_some())
        .find(|d| !line_around(source, d.span.start).starts_with('#'))
        .map(|d| Located {
            value: d.text.clone(),
            span: d.span.clone(),
        })
}

/// A Dnr in the letterhead the rules can compare: of a form beslut knows,
/// or labelled, whole and long enough not to be a page or item number
/// ("DNR T2012-050-05828").
fn comparable_in_letterhead(d: &super::scan::DnrMention) -> bool {
    d.well_formed
        || (d.labelled && d.complete && d.text.chars().filter(char::is_ascii_digit).count() >= 6)
}

static LABEL_ROW_DNR: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"(?i)\b(?:diarienummer|diarienr|dnr)\b"));

pub(super) fn is_label_or_board(text: &str) -> bool {
    let lower = text.to_lowercase();
    LABEL_WORD.is_match(&lower)
        || [
            "nämnd",
            "styrelse",
            "förvaltning",
            "fullmäktige",
            "telefon",
            "kommun",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

/// A board's name as running text writes it at the start of a line: "KULTUR-
/// OCH FRITIDSNÄMNDEN" → "Kultur- och fritidsnämnden", "kommunstyrelsen" →
/// "Kommunstyrelsen", white space made single.
pub fn as_written_in_text(name: &str) -> String {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = if name.chars().any(char::is_lowercase) {
        name
    } else {
        name.to_lowercase()
    };
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The board the paper is addressed to: "Till Socialnämnden", a line that
/// is a board's name, or the first board named in the letterhead.
fn board(source: &str, zones: &[Range<usize>]) -> Option<Located<String>> {
    let mut first: Option<Located<String>> = None;
    for zone in zones {
        let text = &source[zone.clone()];
        for c in BOARD.captures_iter(text) {
            let m = c.get(1).expect("group");
            let name = m.as_str();
            // A state authority, not a municipal board.
            if name == "Länsstyrelsen" {
                continue;
            }
            // A name in lower case addresses the paper only on a line of
            // its own after "Till" ("Till vård- och omsorgsnämnden");
            // elsewhere it is prose ("Ärenden till kommunfullmäktige").
            let lower_case = name.starts_with(char::is_lowercase);
            let located = Located {
                value: as_written_in_text(name),
                span: zone.start + m.start()..zone.start + m.end(),
            };
            // The last few bytes before the name: "Till", "till:".
            let before = text[..m.start()].trim_end();
            let before = &before[floor_char_boundary(before, before.len().saturating_sub(8))..];
            let line = line_around(source, zone.start + m.start()).trim();
            let before = before.to_lowercase();
            if lower_case {
                if addressing_line(line, name) {
                    return Some(located);
                }
                continue;
            }
            if before.ends_with("till") || before.ends_with("till:") || line == m.as_str() {
                return Some(located);
            }
            // "Kommunfullmäktiges budget gäller …": a genitive names what
            // the body owns, not the paper's addressee, unless what it owns
            // is the paper's proposal or meeting.
            let owns = text[m.end()..]
                .strip_prefix('s')
                .map(|rest| words(rest, 1).pop().unwrap_or_default());
            let owns_other = owns.is_some_and(|w| {
                !OWN_PROPOSAL.contains(&w.as_str()) && !OWN_MEETING.contains(&w.as_str())
            });
            if first.is_none() && !owns_other {
                first = Some(located);
            }
        }
    }
    first
}

/// Whether `line` is "Till <name>" or "Till: <name>" and nothing more.
fn addressing_line(line: &str, name: &str) -> bool {
    line.get(..4)
        .is_some_and(|till| till.eq_ignore_ascii_case("till"))
        && line[4..].trim_start_matches(':').trim() == name
}

/// Compiles this module's patterns before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    LABEL_WORD.compile_now();
    std::sync::LazyLock::force(&BOARD);
    LABEL_ROW_DNR.compile_now();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paper::scan::scan;

    fn facts(
        text: &str,
    ) -> (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    ) {
        let zone = 0..text.len();
        let l = read(text, &[zone], &scan(text));
        (
            l.date.map(|d| d.value.to_string()),
            l.dnr.map(|d| d.value),
            l.board.map(|d| d.value),
            l.officer.map(|d| d.value),
        )
    }

    #[test]
    fn a_dnr_in_the_title_is_the_subjects_not_the_papers() {
        // Our own Word file: the page header (furniture) holds the
        // letterhead; the body's zone, searched first, holds the title.
        let furniture = "LÖVSJÖ KOMMUN\nDatum\t2026-05-26\nDnr\tSON-2026-0180\n";
        let body = "Socialnämnden\n\n## Tillsyn av boendet, Dnr 8.5-123/2026\n\n";
        let text = format!("{furniture}{body}");
        let zones = [furniture.len()..text.len(), 0..furniture.len()];
        let dnr = read(&text, &zones, &scan(&text)).dnr.map(|d| d.value);
        assert_eq!(dnr.as_deref(), Some("SON-2026-0180"));
    }

    #[test]
    fn a_dnr_cut_short_is_kept_as_printed_but_not_compared() {
        let printed = |text: &str| {
            let zone = 0..text.len();
            let l = read(text, std::slice::from_ref(&zone), &scan(text));
            (l.dnr.map(|d| d.value), l.dnr_as_printed.map(|d| d.value))
        };
        // Extraction cut the number; a protocol's paragraph reference stands
        // before it, unlabelled.
        assert_eq!(
            printed(
                "Sammanträdesprotokoll 2 (35) Kommunstyrelsen KSAU 130/2014 Dnr 2014/ Ombudgetering"
            ),
            (Some("KSAU 130/2014".into()), Some("2014/".into()))
        );
        assert_eq!(
            printed("Ks 1 Dnr 2012-KS Namninsamling"),
            (None, Some("2012-KS".into()))
        );
        // A whole labelled number is the paper's own; nothing else is needed.
        assert_eq!(
            printed("Datum 2026-05-26 Dnr SON-2026-0180 Dnr 2026/"),
            (Some("SON-2026-0180".into()), None)
        );
    }

    #[test]
    fn a_name_with_its_title_is_the_handlaggare() {
        for (text, name) in [
            (
                "Hedeby stad Stadskontoret Datum Vår referens Ulf Lindqvist Utredare Tjänsteskrivelse",
                "Ulf Lindqvist",
            ),
            (
                "PM Datum Central förvaltning Stab Åsa Nyström, Controller Tel",
                "Åsa Nyström",
            ),
            (
                "TJÄNSTEMANNAFÖRSLAG Dnr Agneta Holm Miljönämnden Anmälan. SAMHÄLLSBYGGNAD Agneta Holm nämndsekreterare",
                "Agneta Holm",
            ),
            (
                "Ärendet. Handläggare: Personalchef Margit Hammar, 08-123 45",
                "Margit Hammar",
            ),
            (
                "2012-12-19 TJÄNSTEUTLÅTANDE\nKontaktperson gatukontoret Vera Ekholm\nTelefon: 0123-456 78",
                "Vera Ekholm",
            ),
        ] {
            let (_, _, _, officer) = facts(text);
            assert_eq!(officer.as_deref(), Some(name), "{text}");
        }
    }

    #[test]
    fn a_meeting_day_without_its_year_gets_the_year_its_weekday_fits() {
        // 29 August is a Wednesday in 2012 (not in 2011 or 2013).
        let text = "Sammanträdesprotokoll Sida 1(18) Plats och tid Sessionssalen, Gamla kommunhuset, onsdag den 29 augusti kl. 14.00-16.50 Beslutande ... Justeringens plats och tid 2012-09-07";
        let (date, _, _, _) = facts(text);
        assert_eq!(date.as_deref(), Some("2012-08-29"));
        // A weekday that fits no year near the paper's dates dates nothing.
        let text = "Protokoll Plats och tid Rådhuset, tisdag den 29 augusti kl. 14.00 Justering 2012-09-07";
        let (date, _, _, _) = facts(text);
        assert_ne!(date.as_deref(), Some("2012-08-29"));
    }

    #[test]
    fn the_justerings_day_never_dates_a_protocol() {
        // "tid" labels the justering here, not the meeting.
        let text = "1 Sammanträdesprotokoll 1 Plats och tid: Byskolans matsal, kl 18:30-21:10 Ordförande: Anna Berg (C) Plats/tid för justering: Skolkontoret, Fritidsgatan 2, torsdag 26 september 2013 kl 15:00. Underskrifter: Sekreterare";
        let (date, _, _, _) = facts(text);
        assert_eq!(date, None);
    }

    #[test]
    fn a_protocol_that_opens_with_its_register_is_dated_by_its_labelled_day() {
        // The register of items fills the top; the label stands far down,
        // with the room between it and the day, and the justering after.
        let register: String = (14..40)
            .map(|n| format!("{n} Redovisning av ärende nummer {n} för nämnden "))
            .collect();
        let text = format!(
            "{register}\nPlats och tid ande Rådhuset i Hedeby Sammanträdeslokal: Ekan och Björken Torsdagen den 21 februari 2019, kl. 17:30 Ordförande ... Justering Måndagen den 25 februari 2019"
        );
        assert!(text.find("Torsdagen").unwrap() > 800);
        let (date, _, _, _) = facts(&text);
        assert_eq!(date.as_deref(), Some("2019-02-21"));
    }

    #[test]
    fn a_web_pages_own_date_is_its_publication_day() {
        let text = "Följ fullmäktiges sammanträde\n\nKallelse och handlingar till kommunfullmäktige 24 oktober 2022\n\nFullmäktige sammanträder den 28 november.\n\nSenast uppdaterad 24 november 2022";
        let (date, ..) = facts(text);
        assert_eq!(date.as_deref(), Some("2022-11-24"));
        let (date, ..) = facts(
            "Sammanträdestider\n\nPublicerad: 17 november 2021\n\nSocialnämnden sammanträder den 3 januari 2022.",
        );
        assert_eq!(date.as_deref(), Some("2021-11-17"));
        // A deadline is no page date.
        let (date, ..) = facts("Ansökan\n\nSenast 24 november 2022\n");
        assert_ne!(date.as_deref(), Some("2022-11-24"));
    }

    #[test]
    fn labelled_on_one_line() {
        let (date, dnr, _, officer) =
            facts("Lövsjö kommun\nDatum 2026-05-04\tDnr SN 2026/140\nHandläggare: Amira Hassan\n");
        assert_eq!(date.as_deref(), Some("2026-05-04"));
        assert_eq!(dnr.as_deref(), Some("SN 2026/140"));
        assert_eq!(officer.as_deref(), Some("Amira Hassan"));
        let (date, dnr, _, _) = facts("Datum: 2026-05-04 Dnr: SN 2026/140");
        assert_eq!(date.as_deref(), Some("2026-05-04"));
        assert_eq!(dnr.as_deref(), Some("SN 2026/140"));
    }

    #[test]
    fn a_label_run_into_a_name_is_no_officer() {
        let (.., officer) =
            facts("Förvaringsplats för protokollet\nSocialkontoret\nUnderskriftLaila Nabb\n");
        assert_eq!(officer, None);
        let (.., officer) = facts("Socialkontoret\nAnna McDonald\n");
        assert_eq!(officer.as_deref(), Some("Anna McDonald"));
    }

    #[test]
    fn label_row_over_value_row() {
        let (date, dnr, board, officer) = facts(
            "SOCIALFÖRVALTNINGEN Handläggare Datum Diarienummer Ekholm Vera 2025-05-26 SCN-2025-0180 Socialnämnden Tillsyn, Dnr 8.5-1234/2024",
        );
        assert_eq!(date.as_deref(), Some("2025-05-26"));
        assert_eq!(dnr.as_deref(), Some("SCN-2025-0180"));
        assert_eq!(board.as_deref(), Some("Socialnämnden"));
        assert_eq!(officer.as_deref(), Some("Ekholm Vera"));
    }

    #[test]
    fn long_date_at_the_top_and_unlabelled_dnr() {
        let (date, dnr, _, _) =
            facts("1 september 2025 KS-2025/742.912 1 (11) HANDLÄGGARE Åsa Lind");
        assert_eq!(date.as_deref(), Some("2025-09-01"));
        assert_eq!(dnr.as_deref(), Some("KS-2025/742.912"));
    }

    #[test]
    fn a_reference_is_not_the_papers_date() {
        let (date, _, _, _) = facts(
            "Bilaga 6:7 till kommunstyrelsens protokoll den 19 mars 2023, PM 2023 (Dnr /2022)",
        );
        assert_eq!(date, None);
        let (date, _, _, _) = facts("Ert datum 2026-01-10\nVårt datum 2026-02-01");
        assert_eq!(date.as_deref(), Some("2026-02-01"));
    }

    #[test]
    fn a_kallelse_is_dated_by_its_meeting_day() {
        let (date, _, _, _) = facts(
            "1 Kommunstyrelseförvaltningen KALLELSE/FÖREDRAGNINGSLISTA SOCIALNÄMNDEN Tid och plats: Onsdagen den 25 maj 2016 kl. 8.15, stadshuset",
        );
        assert_eq!(date.as_deref(), Some("2016-05-25"));
    }

    #[test]
    fn a_protocols_roles_and_surnames_name_no_officer() {
        let (_, _, _, officer) = facts(
            "Underskrifter\nSekreterare Lars Niska\nOrdförande Lars G Linder\nJusterande Niklas Frykman\nAnslag/Bevis",
        );
        assert_eq!(officer, None);
        let (_, _, _, officer) = facts(
            "Övriga närvarande\nAnna Olofsson Carstedt, skolchef förskolan Hans Ringström, skolchef grundskolan",
        );
        assert_eq!(officer, None);
        let (_, _, _, officer) = facts("Socialförvaltningen\nUlf Linderoth Utredare\n2026-03-02");
        assert_eq!(officer.as_deref(), Some("Ulf Linderoth"));
    }

    #[test]
    fn addressed_board() {
        let (_, _, board, _) = facts("Utbildningsförvaltningen\nTill Utbildningsnämnden\nLokaler");
        assert_eq!(board.as_deref(), Some("Utbildningsnämnden"));
        let (_, _, board, _) =
            facts("Vård- och omsorgsförvaltningen\nTill vård- och omsorgsnämnden\nNy organisation");
        assert_eq!(board.as_deref(), Some("Vård- och omsorgsnämnden"));
        let (_, _, board, _) = facts("Förvaltningen\nsom socialnämnden gav\nTill Kommunstyrelsen");
        assert_eq!(board.as_deref(), Some("Kommunstyrelsen"));
        let (_, _, board, _) =
            facts("Kommunstyrelsen 3 (22) Ärenden till kommunfullmäktige: 12-13, Upprop");
        assert_eq!(board.as_deref(), Some("Kommunstyrelsen"));
        let (_, _, board, _) = facts("Barn- och utbildningsnämndens förslag till beslut");
        assert_eq!(board.as_deref(), Some("Barn- och utbildningsnämnden"));
        let (_, _, board, _) = facts(
            "Tjänsteutlåtande\nSida 1 (2)\nTill Norrbergs stadsdelsnämnd\n\nÖppen fritidsverksamhet",
        );
        assert_eq!(board.as_deref(), Some("Norrbergs stadsdelsnämnd"));
        let (_, _, board, _) = facts(
            "Upphandlingsenheten\n2025-09-15\nKS 2025/0678\n\nKommunstyrelsens arbetsutskott\n\nUpphandling",
        );
        assert_eq!(board.as_deref(), Some("Kommunstyrelsens arbetsutskott"));
        let (_, _, board, _) =
            facts("Tekniska förvaltningen Handläggare Elin Berg Tekniska nämnden Upphandling");
        assert_eq!(board.as_deref(), Some("Tekniska nämnden"));
        let (_, _, board, _) = facts(
            "KULTUR- OCH FRITIDSFÖRVALTNINGEN\n2026-03-02\n\nKULTUR- OCH FRITIDSNÄMNDEN\n\nBidrag",
        );
        assert_eq!(board.as_deref(), Some("Kultur- och fritidsnämnden"));
        // What a body owns names no addressee; its proposal or meeting does.
        let (_, _, board, _) =
            facts("4. Budgetskrivelsen. Kommunfullmäktiges budget gäller för 2024.");
        assert_eq!(board, None);
        let (_, _, board, _) = facts("Socialnämndens sammanträde 2026-03-16\nStöd i Ekby");
        assert_eq!(board.as_deref(), Some("Socialnämnden"));
    }
}
