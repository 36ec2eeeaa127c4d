use crate::base::spelling::{is_name_variant, one_word_apart};
use crate::base::swedish::lowercase;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::SectionKind;
use crate::paper::about::{distribution_names, party_base};
use crate::paper::scan::{OrgMention, Span, overlaps};
use std::collections::BTreeMap;

declare_rule! {
    /// N301 party-name-variant: en nästan-träff på en parts namn.
    ///
    /// Partsnamnen kommer från ärendet (`contract.supplier`), från
    /// `known_parties` i `beslut.toml` och från handlingen själv (namn skrivna
    /// med AB, HB, KB eller ekonomisk förening; den vanligaste stavningen
    /// vinner). Ett ord en eller två bokstäver från ett sådant namn, eller namnet
    /// skrivet med tankstreck före bolagsformen, rapporteras. Namn med flera ord
    /// jämförs ord för ord ("Larmtjänst Nord AB" / "Larmtjänst Norr AB").
    ///
    /// Andra egennamn räknas också: ett ord med stor bokstav inne i en mening
    /// (ett system, en plats, ett projekt) som skrivs likadant minst två gånger
    /// och en gång en bokstav fel rapporteras där; ett namn under "Beslutet
    /// skickas till" ("Ekbacka skola") räcker att skrivas en gång. Genitiv
    /// ("Tallkottens"), andra ändelser ("Regionen") och ett namn med eller
    /// utan bolagsform är inte varianter, utom inne i ett namn före
    /// bolagsformen, där inget ord böjs ("Tunaberg Larmtjänster AB" bredvid
    /// "Tunaberg Larmtjänst AB"); namn bredvid ett annat ord med stor bokstav
    /// (personnamn) lämnas i fred.
    ///
    /// Fel:  … avtal med Eleonorgruppen AB … med Eleonoragruppen – AB …
    /// Rätt: … avtal med Eleonoragruppen AB … med Eleonoragruppen AB …
    ///
    /// `beslut lint --fix` rättar bara till en stavning som ärendet eller
    /// `known_parties` ger; handlingens egen vanligaste stavning kan vara den
    /// felaktiga.
    ///
    /// Fel:  … lönesystemet (Heroma) … i Procapita och Heroma … i Hermona.
    /// Rätt: … lönesystemet (Heroma) … i Procapita och Heroma … i Heroma.
    pub struct PartyNameVariant {
        code: "N301",
        name: "party-name-variant",
        severity: Warning,
        summary: "en nästan rätt stavning av en parts namn (”Eleonorgruppen”)",
    }
}

impl Rule for PartyNameVariant {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let from = out.len();
        let (names, known) = canonical_names(cx);
        // Only a spelling the case or the project gives is certain enough to
        // write into the paper; the paper's own majority may be the slip.
        let authoritative = |name: &String| names[..known].contains(name);
        for org in paper.scan.orgs.iter().filter(|o| o.dashed) {
            if let Some(name) = names.iter().find(|n| n.eq_ignore_ascii_case(&org.base)) {
                let right = format!("{name} {}", org.form);
                let finding = Finding::new(
                    &Self::META,
                    org.span.clone(),
                    format!(
                        "”{}” skrivs ”{right}” utan tankstreck",
                        paper.text(&org.span),
                    ),
                );
                out.push(if authoritative(name) {
                    finding.fix(org.span.clone(), right)
                } else {
                    finding
                });
            }
        }
        for region in &paper.regions {
            let text = &paper.source[region.range.clone()];
            for (start, written) in words(text) {
                let Some(name) = near_miss(written, &names) else {
                    continue;
                };
                let span = region.range.start + start..region.range.start + start + written.len();
                let finding = Finding::new(
                    &Self::META,
                    span.clone(),
                    format!("”{written}” liknar partsnamnet ”{name}”; är det en felstavning?"),
                );
                let fix = authoritative(name)
                    .then(|| respelled(written, name))
                    .flatten();
                out.push(match fix {
                    Some(right) => finding.fix(span, right),
                    None => finding,
                });
            }
        }
        multi_word_variants(cx, out);
        unformed_variants(cx, out);
        // A proper name inside a name already flagged ("Tallbacka" in
        // "Fastighets AB Tallbacka") is the same slip, told once.
        let flagged: BTreeMap<usize, usize> = out[from..]
            .iter()
            .map(|f| (f.span.start, f.span.end))
            .collect();
        proper_name_variants(cx, &flagged, out);
    }
}

/// Most distinct names compared pairwise: far more than any paper names,
/// and it keeps a hostile text of thousands of names linear.
const MAX_DISTINCT_NAMES: usize = 300;

/// Multi-word organisation names one word apart: the known or more
/// frequent spelling is right, on a tie the first written.
fn multi_word_variants(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let paper = cx.paper;
    let known: Vec<String> = cx
        .config
        .known_parties
        .iter()
        .map(|n| party_base(n))
        .collect();
    // Each multi-word name once: how often, where first, and as its fixed
    // name (with a trailing legal form).
    let mut distinct: BTreeMap<&str, (usize, &OrgMention, String)> = BTreeMap::new();
    for org in paper.scan.orgs.iter().filter(|o| o.base.contains(' ')) {
        distinct
            .entry(&org.base)
            .or_insert_with(|| (0, org, org.fixed_name(paper.text(&org.span))))
            .0 += 1;
    }
    if distinct.len() > MAX_DISTINCT_NAMES {
        return;
    }
    for (&base, (count, org, fixed)) in &distinct {
        let (count, org) = (*count, *org);
        if known.iter().any(|k| k == base) {
            continue;
        }
        let known_rival = known.iter().find(|k| one_word_apart(base, k));
        let text_rival = distinct
            .iter()
            .filter(|(other, (_, _, other_fixed))| {
                one_word_apart(base, other) || one_word_apart(fixed, other_fixed)
            })
            .filter(|(_, (n, first, _))| {
                *n > count || (*n == count && first.span.start < org.span.start)
            })
            .max_by_key(|(_, (n, _, _))| *n);
        let (name, first) = match (known_rival, text_rival) {
            (Some(k), _) => (k.as_str(), None),
            (None, Some((other, (_, first, _)))) => (*other, Some(*first)),
            (None, None) => continue,
        };
        let right = org.named_with_form(paper.text(&org.span), name);
        let mut finding = Finding::new(
            &PartyNameVariant::META,
            org.span.clone(),
            format!(
                "”{}” liknar partsnamnet ”{right}”; är det en felstavning?",
                paper.text(&org.span),
            ),
        );
        match first {
            Some(first) => finding = finding.related(first.span.clone(), "partsnamnet här"),
            // The known spelling is the project's: certain.
            None => finding = finding.fix(org.span.clone(), right),
        }
        out.push(finding);
    }
}

/// A company's multi-word name written without its legal form, one word a
/// letter or two off: "Trygbo Omsorgs arbete" for "Tryggbo Omsorg AB". The
/// words are the scanner's capitalised words inside sentences, next to
/// each other.
fn unformed_variants(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let paper = cx.paper;
    let mut companies: BTreeMap<&str, &OrgMention> = BTreeMap::new();
    for org in paper
        .scan
        .orgs
        .iter()
        .filter(|o| o.is_company() && o.base.contains(' '))
    {
        companies.entry(&org.base).or_insert(org);
    }
    if companies.is_empty() || companies.len() > MAX_DISTINCT_NAMES {
        return;
    }
    for run in name_runs(paper) {
        if overlaps(&paper.scan.orgs, &run, |o| &o.span) {
            continue;
        }
        let written = paper.text(&run);
        let uninflected = written.strip_suffix('s').unwrap_or(written);
        let Some((base, org)) = companies
            .iter()
            .find(|(base, _)| one_word_apart(base, written) || one_word_apart(base, uninflected))
        else {
            continue;
        };
        out.push(
            Finding::new(
                &PartyNameVariant::META,
                run.clone(),
                format!(
                    "”{written}” liknar partsnamnet ”{base} {}”; är det en felstavning?",
                    org.form
                ),
            )
            .related(org.span.clone(), "partsnamnet här"),
        );
    }
}

/// Runs of two or more capitalised words inside sentences, a space apart,
/// or joined by "i" as a place joins a name ("Hemgården i Ekby").
fn name_runs(paper: &crate::paper::Paper) -> Vec<Span> {
    let mut runs: Vec<(Span, usize)> = Vec::new();
    for name in &paper.scan.names {
        let joined = |run: &Span| {
            matches!(
                paper.source.get(run.end..name.span.start),
                Some(" " | " i ")
            )
        };
        match runs.last_mut() {
            Some((run, words)) if joined(run) => {
                run.end = name.span.end;
                *words += 1;
            }
            _ => runs.push((name.span.clone(), 1)),
        }
    }
    runs.into_iter()
        .filter(|(_, words)| *words >= 2)
        .map(|(run, _)| run)
        .collect()
}

/// A proper name written once, a letter away from one written at least twice.
fn proper_name_variants(
    cx: &Context<'_>,
    flagged: &BTreeMap<usize, usize>,
    out: &mut Vec<Finding>,
) {
    let paper = cx.paper;
    // How often each name is written, and where first; a name on the list
    // of those the decision is sent to ("Ekbacka skola") is written as it
    // is meant, so once there is enough to hold the text against.
    let listed = distribution_names(paper);
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut first_at: BTreeMap<&str, &Span> = BTreeMap::new();
    for span in paper.scan.names.iter().map(|n| &n.span).chain(&listed) {
        let written = paper.text(span);
        *counts.entry(written).or_default() += 1;
        first_at.entry(written).or_insert(span);
    }
    let on_list: std::collections::BTreeSet<&str> =
        listed.iter().map(|span| paper.text(span)).collect();
    let on_the_list = |name: &str| on_list.contains(name);
    // The names written at least twice or listed, most frequent first,
    // bounded.
    let mut repeated: Vec<(&str, usize)> = counts
        .iter()
        .filter(|(w, n)| **n >= 2 || on_the_list(w))
        .map(|(w, n)| (*w, *n))
        .collect();
    if repeated.is_empty() {
        return;
    }
    repeated.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    repeated.truncate(MAX_DISTINCT_NAMES);
    // Every capitalised word of the text, to tell a name written once from
    // one that also starts a sentence somewhere; counted only when a
    // candidate needs it (most papers have none).
    let everywhere: std::cell::OnceCell<BTreeMap<&str, usize>> = std::cell::OnceCell::new();
    let written_elsewhere = |word: &str| {
        let counts = everywhere.get_or_init(|| {
            let mut counts = BTreeMap::new();
            for w in paper
                .source
                .split(|c: char| !(c.is_alphabetic() || c == '-'))
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                *counts.entry(w.trim_end_matches('-')).or_default() += 1;
            }
            counts
        });
        counts.get(word).copied().unwrap_or(0) > 1
    };
    for name in &paper.scan.names {
        let written = paper.text(&name.span);
        let header = matches!(paper.section_at(name.span.start), Some(SectionKind::Header));
        // The flagged span that starts last at or before the name.
        let inside_a_flagged = || {
            flagged
                .range(..=name.span.start)
                .next_back()
                .is_some_and(|(_, end)| name.span.end <= *end)
        };
        if name.in_group || header || counts[written] > 1 || inside_a_flagged() {
            continue;
        }
        let Some((right, n)) = repeated
            .iter()
            .find(|(other, n)| is_name_variant(written, other, *n))
        else {
            continue;
        };
        if written_elsewhere(written) {
            continue;
        }
        if overlaps(&paper.scan.bodies, &name.span, |b| &b.span) {
            continue;
        }
        let first = first_at[right];
        let where_written = if *n >= 2 {
            format!(
                "som står {} gånger i texten",
                crate::base::swedish::number_word(*n as u32)
            )
        } else {
            "som står under ”Beslutet skickas till”".to_owned()
        };
        out.push(
            Finding::new(
                &PartyNameVariant::META,
                name.span.clone(),
                format!("”{written}” liknar ”{right}”, {where_written}; är det en felstavning?"),
            )
            .related(first.clone(), "namnet här"),
        );
    }
}

/// Words of at least four letters (hyphens inside allowed) with their offsets.
/// A word run together with a digit ("Björkgruppen1") is left out whole:
/// cut at the digit, its letters would read as a slip of the name it is.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let digit_at = |i: usize| text.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
    text.split(|c: char| !(c.is_alphabetic() || c == '-'))
        .map(|piece| piece.trim_matches('-'))
        .filter(|w| w.chars().nth(3).is_some() && w.starts_with(char::is_alphabetic))
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .filter(move |(start, w)| {
            !digit_at(start + w.len()) && !start.checked_sub(1).is_some_and(digit_at)
        })
}

/// `name` in the form `written` has: with its genitive "-s" when the
/// written word has one. `None` for a word in capitals (a heading), where
/// the right form is not certain.
fn respelled(written: &str, name: &str) -> Option<String> {
    if !written.chars().any(char::is_lowercase) {
        return None;
    }
    let distance = |w: &str| strsim::levenshtein(&w.to_lowercase(), &name.to_lowercase());
    let genitive = written
        .strip_suffix('s')
        .filter(|stem| !name.ends_with('s') && distance(stem) < distance(written));
    Some(match genitive {
        Some(_) => format!("{name}s"),
        None => name.to_owned(),
    })
}

/// One spelling per party: known names first, then the paper's own by
/// frequency; with how many of them are known (they lead the list).
fn canonical_names(cx: &Context<'_>) -> (Vec<String>, usize) {
    let paper = cx.paper;
    let mut known: Vec<String> = cx
        .config
        .known_parties
        .iter()
        .map(|n| party_base(n))
        .collect();
    if let Some(contract) = &paper.facts.contract {
        known.push(party_base(&contract.supplier.value));
    }
    // One-word names only: the word-by-word comparison below is for them
    // (multi-word names are compared in `multi_word_variants`).
    // The place in "Omsorgsringen i Dalby" is a one-word name of its own:
    // a slip in it ("Omsorgsringen i Dalbyn", without the legal form) is
    // found word by word.
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for org in &paper.scan.orgs {
        let name = org
            .base
            .rsplit_once(" i ")
            .map_or(org.base.as_str(), |(_, place)| place);
        if !name.contains(' ') {
            *counts.entry(name).or_default() += 1;
        }
    }
    // The most named first, bounded, so that counting them in the whole
    // text stays linear in its length.
    let mut found: Vec<(&str, usize)> = counts.into_iter().collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    found.truncate(MAX_DISTINCT_NAMES / 10);
    for (base, count) in found.iter_mut() {
        *count += paper.source.matches(*base).count();
    }
    found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let found: Vec<(String, usize)> = found.into_iter().map(|(n, c)| (n.to_owned(), c)).collect();
    let mut names: Vec<String> = Vec::new();
    let mut known_kept = 0;
    let known_count = known.len();
    for (i, name) in known
        .into_iter()
        .chain(found.into_iter().map(|(n, _)| n))
        .enumerate()
    {
        let clashes = names.iter().any(|n| n == &name || is_near(&name, n));
        if name.chars().count() >= 5 && !clashes {
            names.push(name);
            known_kept += usize::from(i < known_count);
        }
    }
    (names, known_kept)
}

/// One or two edits apart (but not the genitive "-s"), same first letter.
fn is_near(word: &str, name: &str) -> bool {
    // Cheap filters first: this runs for every word of every paper.
    let first = |s: &str| s.chars().next().map(|c| c.to_lowercase().next());
    if first(word) != first(name) || word.len().abs_diff(name.len()) > 8 {
        return false;
    }
    let (word_len, name_len) = (word.chars().count(), name.chars().count());
    if word_len.abs_diff(name_len) > 2 || name.contains(' ') {
        return false;
    }
    let (w, n) = (lowercase(word), lowercase(name));
    if w == n || w.strip_suffix('s') == Some(n.as_ref()) {
        return false;
    }
    let distance = strsim::levenshtein(&w, &n);
    (1..=2).contains(&distance) && distance * 5 <= name_len
}

/// A name near `word`. A word in lower case is a common noun, no slip of a
/// name written with a capital ("fastigheten" is not "Fastighets" of
/// "Fastighets AB Ekbyhus").
fn near_miss<'a>(word: &str, names: &'a [String]) -> Option<&'a String> {
    let is_name = |n: &String| word == n || word.strip_suffix('s') == Some(n.as_str());
    if names.iter().any(is_name) {
        return None;
    }
    let lower = word.starts_with(char::is_lowercase);
    names
        .iter()
        .filter(|n| !(lower && n.starts_with(char::is_uppercase)))
        .find(|n| is_near(word, n))
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_near_misses_and_dashed_forms() {
        let text = "Avtal med Eleonoragruppen AB. Eleonoragruppen följer avtalet. Tjänsteskrivelse om Eleonorgruppen AB. Förlängs med Eleonoragruppen – AB.";
        assert_eq!(
            text_findings("N301", text),
            ["Eleonorgruppen", "Eleonoragruppen – AB"]
        );
        let yaml = contract_case(
            CONTRACT,
            "sections:\n  arende: Solrosgrupen har följt avtalet.\n",
        );
        assert_eq!(case_findings("N301", &yaml).len(), 1);
    }

    #[test]
    fn a_name_with_a_digit_is_not_its_own_slip() {
        // Cut at the digit, "Björkgruppen1" read as "Björkgruppen", a letter
        // from the party's name.
        let contract = CONTRACT.replace("Solrosgruppen AB", "Björkgruppen1 AB");
        let yaml = contract_case(
            &contract,
            "sections:\n  arende: Björkgruppen1 har följt avtalet med Björkgruppen1 AB.\n",
        );
        assert_eq!(case_findings("N301", &yaml), Vec::<String>::new());
        let text = "Avtal med Björkgruppen1 AB. Björkgruppen1 följer avtalet med Björkgruppen1 AB.";
        assert_eq!(text_findings("N301", text), Vec::<&str>::new());
    }

    #[test]
    fn fixes_only_to_the_spelling_the_case_or_project_gives() {
        // The text's own majority may be the slip: no fix.
        let text =
            "Avtal med Eleonoragruppen AB. Eleonoragruppen följer avtalet. Om Eleonorgruppen AB.";
        assert!(text_fixes("N301", text).is_empty());
        let yaml = contract_case(
            CONTRACT,
            "sections:\n  arende: Solrosgrupen har följt avtalet och Solrosgrupens personal är kvar.\n",
        );
        assert_eq!(
            case_fixes("N301", &yaml),
            [
                ("Solrosgrupen".into(), "Solrosgruppen".into()),
                ("Solrosgrupens".into(), "Solrosgruppens".into())
            ]
        );
        let config = crate::lint::LintConfig {
            known_parties: vec!["Larmtjänst Norr AB".into()],
            ..Default::default()
        };
        let text = "### Ärende\nAvtalet med Larmtjänst Nord AB löper ut. Larmtjänst Norr – AB har skött det.";
        assert_eq!(
            text_fixes_with("N301", text, &config),
            [
                ("Larmtjänst Nord AB".into(), "Larmtjänst Norr AB".into()),
                ("Larmtjänst Norr – AB".into(), "Larmtjänst Norr AB".into()),
            ]
        );
    }

    #[test]
    fn passes_names_and_their_genitive() {
        let text = "Avtal med Eleonoragruppen AB. Eleonoragruppens egen uppföljning visar att Eleonoragruppen följer avtalet.";
        assert!(text_findings("N301", text).is_empty());
    }
}

#[cfg(test)]
mod general_tests {
    use crate::lint::LintConfig;
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_proper_name_spelled_once_otherwise() {
        let text = "### Ärende\nUtbetalningar görs via lönesystemet (Personix) och ekonomisystemet (Kassabok). Förvaltningen ser över behörigheter i Personix. Loggar i Kassabok och Personix granskas. Åtkomst till utbildningsinformation i Personik begränsas. Rutiner för Kasabook ses över.";
        assert_eq!(text_findings("N301", text), ["Personik"]);
    }

    #[test]
    fn an_s_before_the_legal_form_is_inside_the_name() {
        let text = "### Förslag till beslut\n1. Avtal tecknas med Byggbolaget Granlund AB.\n### Ärende\nByggbolaget Granlunds AB lämnade det bästa anbudet. Byggbolaget Granlund AB har byggt förskolor förut. Byggbolaget Granlunds anbud var lägst.";
        assert_eq!(text_findings("N301", text), ["Byggbolaget Granlunds AB"]);
    }

    #[test]
    fn a_common_noun_in_lower_case_is_no_slip_of_a_name() {
        let text = "### Ärende\nBiblioteket hyr av Fastighets AB Ekbyhus, som äger fastigheten. Fastighets AB Ekbyhus äger huset.";
        assert!(text_findings("N301", text).is_empty());
    }

    #[test]
    fn a_doubled_consonant_or_an_inner_genitive_is_a_slip_in_a_fixed_name() {
        for slip in [
            "Norrvägens Bus AB",
            "Norrvägen Buss AB",
            "Norvägens Buss AB",
        ] {
            let text = format!(
                "### Ärende\nAvtalet med Norrvägens Buss AB gäller. Norrvägens Buss AB kör. {slip} har lämnat anbud."
            );
            assert_eq!(text_findings("N301", &text), [slip]);
        }
        // The last word's genitive, and two names short words apart, are no slips.
        let text = "### Ärende\nEkby Bil AB och Ekby Bad AB lämnade anbud. Ekby Bil AB vann.";
        assert!(text_findings("N301", text).is_empty());
    }

    #[test]
    fn flags_multi_word_names_one_word_apart() {
        let text = "### Ärende\nAvtalet med Larmtjänst Nord AB löper ut. Larmtjänst Norr AB har skött uppdraget väl.";
        assert_eq!(text_findings("N301", text), ["Larmtjänst Norr AB"]);
        let config = LintConfig {
            known_parties: vec!["Larmtjänst Norr AB".into()],
            ..LintConfig::default()
        };
        assert_eq!(
            text_findings_with("N301", text, &config),
            ["Larmtjänst Nord AB"]
        );
    }

    #[test]
    fn flags_a_multi_word_name_without_its_legal_form_one_word_off() {
        let text = "### Förslag till beslut\n1. Avtalet med Tryggbo Omsorg AB godkänns.\n### Ärende\nFörvaltningen har följt upp Trygbo Omsorgs arbete. Förvaltningen har följt upp Tryggbo Omsorgs arbete och talat med Anna Lindberg.\n";
        assert_eq!(text_findings("N301", text), ["Trygbo Omsorgs"]);
        let place = "### Förslag till beslut\n1. Avtalet med Hemgården i Ekby AB godkänns.\n### Ärende\nFörvaltningen har följt upp Hemgåren i Ekbys arbete. Hemgården i Ekbys personal är nöjd.\n";
        assert_eq!(text_findings("N301", place), ["Hemgåren i Ekbys"]);
    }

    #[test]
    fn passes_endings_people_and_company_forms() {
        let text = "### Ärende\nRegion Gotland och Regionen samverkar. Tallkotten AB och Tallkottens personal, Tallkotten AB:s styrelse, Tallkotten i Lövsjö. Handläggare Eva Eriksson och Eva Ericsson. Gotland och Gotlands kommun. Larmtjänst Nord AB och Larmtjänst Syd AB.";
        assert!(
            text_findings("N301", text).is_empty(),
            "{:?}",
            text_findings("N301", text)
        );
    }
}
