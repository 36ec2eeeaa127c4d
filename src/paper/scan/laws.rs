//! Law references: SFS numbers, "lag (…) om …", short names, and misspelled
//! short names ("medstämmandelagen").

use std::sync::LazyLock;

use super::patterns::only_if;
use super::{Plain, Span, tuned};

/// A reference to a law.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LawMention {
    pub span: Span,
    /// `1976:580`.
    pub sfs: Option<String>,
    /// The name written with it: "medbestämmande i arbetslivet", "MBL",
    /// "medbestämmandelagen".
    pub name: Option<String>,
    /// Where the name is written, when it is a short name ("MBL",
    /// "medbestämmandelagen") rather than the words after "lag (…) om".
    pub short_name_span: Option<Span>,
    /// Where the SFS number is written.
    pub sfs_span: Option<Span>,
}

/// A word that looks like a law's short name but is none ("medstämmandelagen").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LawNameTypo {
    pub span: Span,
    pub written: String,
    pub intended: &'static str,
    /// Another law name is as near as `intended`: a guess, not a certainty.
    pub ambiguous: bool,
}

/// Laws by SFS number: the name after "lag (…) om" and the usual short
/// names. A law that was replaced keeps its earlier numbers too
/// (kommunallagen 1991:900 and 2017:725): old papers cite them rightly.
pub const LAWS: &[(&str, &str, &[&str])] = &[
    (
        "1976:580",
        "medbestämmande i arbetslivet",
        &["MBL", "medbestämmandelagen"],
    ),
    ("2016:1145", "offentlig upphandling", &["LOU"]),
    ("2007:1091", "offentlig upphandling", &["LOU"]),
    ("1992:1528", "offentlig upphandling", &["LOU"]),
    (
        "2016:1146",
        "upphandling inom försörjningssektorerna",
        &["LUF"],
    ),
    (
        "2007:1092",
        "upphandling inom områdena vatten, energi, transporter och posttjänster",
        &["LUF"],
    ),
    ("2008:962", "valfrihetssystem", &["LOV"]),
    (
        "1990:52",
        "särskilda bestämmelser om vård av unga",
        &["LVU"],
    ),
    ("1988:870", "vård av missbrukare i vissa fall", &["LVM"]),
    ("2001:453", "socialtjänstlag", &["SoL", "socialtjänstlagen"]),
    ("2025:400", "socialtjänstlag", &["socialtjänstlagen"]),
    ("1980:620", "socialtjänstlag", &["SoL", "socialtjänstlagen"]),
    (
        "2018:1197",
        "Förenta nationernas konvention om barnets rättigheter",
        &["barnkonventionen", "barnkonventionslagen"],
    ),
    ("2017:725", "kommunallag", &["KL", "kommunallagen"]),
    ("1991:900", "kommunallag", &["KL", "kommunallagen"]),
    ("2017:900", "förvaltningslag", &["FL", "förvaltningslagen"]),
    ("1986:223", "förvaltningslag", &["FL", "förvaltningslagen"]),
    (
        "2009:400",
        "offentlighets- och sekretesslag",
        &["OSL", "offentlighets- och sekretesslagen", "sekretesslagen"],
    ),
    ("1980:100", "sekretesslag", &["sekretesslagen"]),
    ("1977:1160", "arbetsmiljölag", &["AML", "arbetsmiljölagen"]),
    ("2008:567", "diskrimineringslag", &["diskrimineringslagen"]),
    (
        "1993:387",
        "stöd och service till vissa funktionshindrade",
        &["LSS"],
    ),
    ("2010:800", "skollag", &["skollagen"]),
    ("1985:1100", "skollag", &["skollagen"]),
    (
        "2010:900",
        "plan- och bygglag",
        &["PBL", "plan- och bygglagen"],
    ),
    (
        "1987:10",
        "plan- och bygglag",
        &["PBL", "plan- och bygglagen"],
    ),
    ("1998:808", "miljöbalk", &["miljöbalken"]),
    (
        "2017:30",
        "hälso- och sjukvårdslag",
        &["HSL", "hälso- och sjukvårdslagen"],
    ),
    (
        "1982:763",
        "hälso- och sjukvårdslag",
        &["HSL", "hälso- och sjukvårdslagen"],
    ),
    ("2010:1622", "alkohollag", &["alkohollagen"]),
    ("1994:1738", "alkohollag", &["alkohollagen"]),
    ("2006:804", "livsmedelslag", &["livsmedelslagen"]),
    ("1982:80", "anställningsskydd", &["LAS"]),
    ("1982:673", "arbetstidslag", &["ATL", "arbetstidslagen"]),
    ("2003:778", "skydd mot olyckor", &["LSO"]),
    ("2005:837", "vallag", &["vallagen"]),
    ("1997:157", "vallag", &["vallagen"]),
    ("1949:381", "föräldrabalk", &["föräldrabalken"]),
    ("1997:736", "färdtjänst", &["färdtjänstlagen"]),
    ("1997:735", "riksfärdtjänst", &["riksfärdtjänstlagen"]),
    ("2010:1065", "kollektivtrafik", &[]),
    (
        "2010:110",
        "socialförsäkringsbalk",
        &["SFB", "socialförsäkringsbalken"],
    ),
    ("2005:551", "aktiebolagslag", &["ABL", "aktiebolagslagen"]),
    (
        "2018:2088",
        "tobak och liknande produkter",
        &["tobakslagen"],
    ),
    ("2018:222", "bostadsanpassningsbidrag", &[]),
    (
        "2006:412",
        "allmänna vattentjänster",
        &["LAV", "vattentjänstlagen"],
    ),
    ("1970:994", "jordabalk", &["jordabalken"]),
    ("1993:1617", "ordningslag", &["ordningslagen"]),
    ("2009:47", "vissa kommunala befogenheter", &[]),
    ("2009:600", "språklag", &["språklagen"]),
    (
        "2009:724",
        "nationella minoriteter och minoritetsspråk",
        &["minoritetslagen"],
    ),
    ("2018:597", "kommunal bokföring och redovisning", &["LKBR"]),
    ("1994:260", "offentlig anställning", &["LOA"]),
    ("2010:1011", "brandfarliga och explosiva varor", &["LBE"]),
    ("2016:1147", "upphandling av koncessioner", &["LUK"]),
    (
        "2018:218",
        "kompletterande bestämmelser till EU:s dataskyddsförordning",
        &["dataskyddslagen"],
    ),
    ("1992:1574", "bostadsanpassningsbidrag m.m.", &[]),
];

/// The SFS numbers a law's name (its short name or the words after "lag
/// (…) om", or "med" as in "lag (1990:52) med särskilda bestämmelser om
/// vård av unga") is known by; empty for a name we do not know. The words after
/// "om" run to the clause's end, so they name a law when they begin with
/// its name ("om medbestämmande i arbetslivet lämnades …") or are its name
/// cut short ("om socialtjänst").
pub fn numbers_of(name: &str) -> Vec<&'static str> {
    let lower = name.to_lowercase();
    let names_it = |long: &str| {
        let long = long.to_lowercase();
        lower == long
            || lower
                .strip_prefix(&long)
                .is_some_and(|rest| rest.starts_with(char::is_whitespace))
            || (long.starts_with(&lower) && lower.chars().count() >= 8)
    };
    LAWS.iter()
        .filter(|(_, long, short)| {
            short.iter().any(|s| s.eq_ignore_ascii_case(name)) || names_it(long)
        })
        .map(|(number, _, _)| *number)
        .collect()
}

static LAW_SFS: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"\b(?:([Ll]ag(?:en)?|[Ff]örordning(?:en)?)\s*\((\d{4}):(\d{1,4})\)\s*(?:(?:om|med)\s+([^.,;:()\n]+(?:\n[^.,;:()\n]+)?))?|SFS\s*(\d{4}):(\d{1,4})|([A-ZÅÄÖ][A-Za-zåäö]{1,4})\s*\((\d{4}):(\d{1,4})\)|((?:[A-ZÅÄÖa-zåäö]+-\s+och\s+)?[A-ZÅÄÖa-zåäö]{2,}(?:lagen|balken))\s*\((\d{4}):(\d{1,4})\))",
    )
});
static LAW_SHORT: LazyLock<Plain> = LazyLock::new(|| {
    tuned(r"\b(MBL|LOU|LVU|SoL|OSL|LSS|[a-zåäö]+(?:s|\-)?lagen|barnkonventionen)\b")
});
/// The short names in capitals alone: a literal set, searched quickly.
static LAW_ABBREVIATION: LazyLock<Plain> =
    LazyLock::new(|| tuned(r"\b(MBL|LOU|LVU|SoL|OSL|LSS)\b"));

pub(super) fn find_laws(text: &str) -> Vec<LawMention> {
    // Every SFS number is a year, a colon and a number ("1976:580"): a text
    // without one is not searched for them (see `only_if`).
    let sfs_number = text.match_indices(':').any(|(at, _)| {
        text[..at].ends_with(|c: char| c.is_ascii_digit())
            && text[at + 1..].starts_with(|c: char| c.is_ascii_digit())
    });
    let mut laws: Vec<LawMention> = LAW_SFS
        .captures_iter(only_if(sfs_number, text, &LAW_SFS))
        .map(|c| {
            let mut span = c.get(0).unwrap().range();
            // The words after "om" run to the clause's end: a known law's
            // name ends the mention ("om medbestämmande i arbetslivet
            // lämnades …" is the law up to "arbetslivet").
            // After "med" only a known law's name is one ("lag (1990:52) med
            // särskilda bestämmelser …", not "lagen (2001:453) med ändringar").
            let named_with_med = |at: usize| text[..at].trim_end().ends_with("med");
            let long_name = c.get(4).and_then(|m| {
                let known = known_long_name_end(m.as_str()).map(|end| m.start() + end);
                let name = &text[m.start()..known.unwrap_or(m.end())];
                if named_with_med(m.start()) && numbers_of(name).is_empty() {
                    span.end = c.get(3).map_or(span.end, |n| n.end() + 1);
                    return None;
                }
                if let Some(end) = known {
                    span.end = end;
                }
                Some(name)
            });
            let sfs = match (c.get(2), c.get(5), c.get(8), c.get(11)) {
                (Some(y), ..) => Some(format!("{}:{}", y.as_str(), &c[3])),
                (_, Some(y), ..) => Some(format!("{}:{}", y.as_str(), &c[6])),
                (_, _, Some(y), _) => Some(format!("{}:{}", y.as_str(), &c[9])),
                (.., Some(y)) => Some(format!("{}:{}", y.as_str(), &c[12])),
                _ => None,
            };
            let name = long_name
                .or_else(|| c.get(7).or_else(|| c.get(10)).map(|m| m.as_str()))
                .map(|name| name.split_whitespace().collect::<Vec<_>>().join(" "));
            let short_name_span = c.get(7).or_else(|| c.get(10)).map(|m| m.range());
            let sfs_span = [(2, 3), (5, 6), (8, 9), (11, 12)]
                .into_iter()
                .find_map(|(year, number)| Some(c.get(year)?.start()..c.get(number)?.end()));
            LawMention {
                span,
                sfs,
                name,
                short_name_span,
                sfs_span,
            }
        })
        .collect();
    // Names in lower case end in "lagen" or are "barnkonventionen"; without
    // either, only the abbreviations need looking for.
    let short = if text.contains("lagen") || text.contains("barnkonventionen") {
        &*LAW_SHORT
    } else {
        &*LAW_ABBREVIATION
    };
    // The SFS mentions are one pattern's matches, in text order and apart:
    // only the last one starting at or before a short name may hold it
    // (asking each of them for each name took 37 s for a 5 MB text).
    let with_sfs = laws.len();
    for m in short.find_iter(text) {
        let before = &laws[..laws[..with_sfs].partition_point(|l| l.span.start <= m.start())];
        let inside = before.last().is_some_and(|l| l.span.contains(&m.start()));
        if inside || !is_known_law_name(m.as_str()) {
            continue;
        }
        laws.push(LawMention {
            span: m.range(),
            sfs: None,
            name: Some(m.as_str().to_owned()),
            short_name_span: Some(m.range()),
            sfs_span: None,
        });
    }
    laws.sort_by_key(|l| l.span.start);
    laws
}

/// Where in `words` (after "om") a known law's long name ends, when they
/// begin with it and more words follow. Counted in characters, so a letter
/// whose lower case has another length cannot cut a character.
fn known_long_name_end(words: &str) -> Option<usize> {
    LAWS.iter()
        .filter_map(|(_, long, _)| {
            let (end, _) = words.char_indices().nth(long.chars().count())?;
            let named = words[..end].to_lowercase() == long.to_lowercase();
            (named && words[end..].starts_with(char::is_whitespace)).then_some(end)
        })
        .max()
}

fn is_known_law_name(name: &str) -> bool {
    LAWS.iter()
        .any(|(_, _, short)| short.iter().any(|s| s.eq_ignore_ascii_case(name)))
}

static LAW_WORD: LazyLock<Plain> = LazyLock::new(|| tuned(r"(?i)\b[a-zåäö]{4,}lagen\b"));

/// Words ending in "-lagen" within two edits of a known short name.
pub(super) fn find_law_typos(text: &str) -> Vec<LawNameTypo> {
    // Every candidate ends in "lagen": most texts have none to look at.
    if !text.contains("lagen") {
        return Vec::new();
    }
    LAW_WORD
        .find_iter(text)
        .filter_map(|m| {
            let written = m.as_str();
            if is_known_law_name(written) {
                return None;
            }
            let lower = written.to_lowercase();
            let near: Vec<(usize, &'static str)> = LAWS
                .iter()
                .flat_map(|(_, _, short)| short.iter())
                .filter(|s| s.ends_with("lagen"))
                .map(|s| (strsim::levenshtein(&lower, s), *s))
                .filter(|(d, _)| (1..=2).contains(d))
                .collect();
            let &(distance, intended) = near.iter().min_by_key(|(d, _)| *d)?;
            let ambiguous = near
                .iter()
                .any(|&(d, other)| d == distance && other != intended);
            Some(LawNameTypo {
                span: m.range(),
                written: written.to_owned(),
                intended,
                ambiguous,
            })
        })
        .collect()
}

/// Compiles the patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need LAW_WORD, LAW_SHORT: each is compiled where first used.
    LAW_SFS.compile_now();
    LAW_ABBREVIATION.compile_now();
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    /// (SFS number, name) of every law reference in `text`.
    fn references(text: &str) -> Vec<(Option<String>, Option<String>)> {
        scan(text)
            .laws
            .into_iter()
            .map(|l| (l.sfs, l.name))
            .collect()
    }

    fn pair(sfs: Option<&str>, name: Option<&str>) -> (Option<String>, Option<String>) {
        (sfs.map(str::to_owned), name.map(str::to_owned))
    }

    #[test]
    fn law_references() {
        let found = references(
            "Information enligt lag (1976:580) om\nmedbestämmande i arbetslivet, MBL § 19 och LOU (2016:1145) samt SFS 2001:453.",
        );
        assert_eq!(
            found,
            vec![
                pair(Some("1976:580"), Some("medbestämmande i arbetslivet")),
                pair(None, Some("MBL")),
                pair(Some("2016:1145"), Some("LOU")),
                pair(Some("2001:453"), None),
            ]
        );
    }

    #[test]
    fn a_law_whose_name_begins_with_med() {
        let found = references(
            "Placeringar enligt lagen (1990:25) med särskilda bestämmelser om vård av unga, där kostnaderna ökar.",
        );
        assert_eq!(
            found,
            vec![pair(
                Some("1990:25"),
                Some("särskilda bestämmelser om vård av unga")
            )]
        );
    }

    #[test]
    fn a_law_named_by_one_word_with_its_number() {
        let found = references(
            "Enligt socialtjänstlagen (2001:453) och Plan- och bygglagen (2010:900) samt miljöbalken (1998:808).",
        );
        assert_eq!(
            found,
            vec![
                pair(Some("2001:453"), Some("socialtjänstlagen")),
                pair(Some("2010:900"), Some("Plan- och bygglagen")),
                pair(Some("1998:808"), Some("miljöbalken")),
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
}
