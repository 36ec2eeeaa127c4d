//! Age ranges with the phrase they qualify: "barn 4-20 år", "i åldrarna 0–20
//! år", "i åldern 13 till 19 år", "i åldern 4 år till 20 år", "i åldrarna tre
//! till fem år", "mellan 13 och 19 år", "13–19-åringar",
//! and open ranges about a group: "personer från 65 år", "över 18 år",
//! "barn under 6 år", "65 år och äldre".

use super::plain::{Plain, plain, tuned};
use crate::paper::scan::latin;
use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::Span;
use super::patterns::only_if;
use crate::case::AgeRange;

/// "barn 4-20 år", "i åldrarna 0–20 år".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgeMention {
    /// The numbers and "år".
    pub span: Span,
    pub from: u32,
    /// None: no upper bound ("från 65 år").
    pub to: Option<u32>,
    /// The words before the range in the same clause, lower case, without
    /// "i åldern"/"i åldrarna": the service or group the range qualifies.
    pub phrase: String,
    /// Marked as a part of a larger group ("65 % av barn i åldern 4-9 år",
    /// "de äldre barnen").
    pub subgroup: bool,
    /// The words after the range in the same clause, at most four, lower
    /// case: "omfattas", "omfattas av insatsen".
    pub after: String,
}

impl AgeMention {
    /// The range as the case model has it.
    pub fn range(&self) -> AgeRange {
        AgeRange {
            from: self.from,
            to: self.to,
        }
    }

    /// Written with the lower age last ("20-4 år").
    pub fn reversed(&self) -> bool {
        self.to.is_some_and(|to| self.from > to)
    }
}

static AGE: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"\b([Mm]ellan\s+|[Ff]rån\s+)?(\d{1,3})\s*([-–—](?:\s+(?:till|och)\s)?|till\s+och\s+med|t\.\s?o\.\s?m\.?|(?:upp\s+)?till|och|eller)\s*(\d{1,3})(?:\s+år(?:s\s+ålder)?\b|\s*[-–]\s*åringar\b)",
    )
});
/// A range after "i åldern", where writers also give the first number its
/// "år" or spell the numbers: "i åldern 4 år till 20 år", "i åldrarna tre
/// till fem år". Only there: "från 2 år till 4 år" may be a duration.
static AGE_AFTER_INTRO: LazyLock<Plain> = LazyLock::new(|| {
    tuned(
        r"(?:^|\s)[Ii]\s+(?:åld(?:er|rar)\p{L}*)\s+(\d{1,3}|\p{Ll}{2,8})(?:\s+år)?\s*(?:[-–—]|till\s+och\s+med|t\.\s?o\.\s?m\.?|(?:upp\s+)?till)\s*(\d{1,3}|\p{Ll}{2,8})(\s+år\b)?",
    )
});
/// A range after "mellan" with a number spelled: "mellan fyra och tjugo
/// år", "mellan 4 och tjugo år". Only after "mellan": "en till två år" is
/// a duration as often as an age.
static AGE_BETWEEN_SPELLED: LazyLock<Plain> = LazyLock::new(|| {
    plain(
        r"(?:^|\s)([Mm]ellan)\s+(\d{1,3}|\p{Ll}{2,12})(?:\s+år)?\s+och\s+(\d{1,3}|\p{Ll}{2,12})\s+år(?:s\s+ålder)?\b",
    )
});
static AGE_INTRO: LazyLock<Plain> =
    // "i åldern", "i åldrarna", "i åldersgruppen", "i åldersspannet"; "som är", "som fyller".
    LazyLock::new(|| {
        tuned(r"(?i)(?:^|\s+)(?:i\s+åld(?:er|rar)\p{L}*|som\s+(?:är|fyller|blir))\s*$")
    });
static SUBGROUP: LazyLock<Regex> =
    // Unicode boundaries (äldre): the haystack is a clause of a few words.
    LazyLock::new(|| {
        // "äldre" alone is a group ("stöd till äldre"), "de äldre (barnen)" a part of one.
        // "av" only before a group ("65 % av barnen", "av dessa"): "behovet
        // av platser för 16–17-åringar" is no part of a group.
        Regex::new(&latin(r"(?i)(?:\bav\s+(?:\p{L}+\s+){0,2}?(?:barn|unga|ungdom|elev|deltag|flick|pojk|person|brukar|besökar|kvinn|män|vuxn|famil|anhörig|medlem|de\b|dessa\b|alla\b|dem\b)|\bde\s+yngre\b|\bde\s+äldre\b|\byngre\s+barn|\bäldre\s+barn|\bdelgrupp|%|\bprocent\b)")).expect("valid")
    });

/// Whether `clause` marks its group as a part of a larger one (see
/// [`SUBGROUP`]). "av" governs the first noun after it: a preposition
/// between "av" and the group ("behovet av platser för barn") puts the
/// group under another head, so "av" takes no part of it.
fn marks_a_subgroup(clause: &str) -> bool {
    SUBGROUP.find_iter(clause).any(|marker| {
        let words = marker.as_str().split_whitespace();
        !(marker.as_str().starts_with(['a', 'A'])
            && words
                .skip(1)
                .any(|word| PREPOSITIONS.contains(&word.to_lowercase().as_str())))
    })
}

/// The prepositions that begin a phrase of their own after a noun.
const PREPOSITIONS: [&str; 14] = [
    "för", "i", "med", "till", "på", "om", "inom", "från", "hos", "vid", "under", "efter", "mot",
    "åt",
];

pub(super) fn find_ages(text: &str) -> Vec<AgeMention> {
    // Every range but "65+" ends in "år" or "-åringar", and the patterns
    // for written numbers need their lead word: most of a paper's sections
    // have neither, so those are not searched (the same matches, found
    // without a pass of each pattern over the text).
    let years = text.contains("år");
    let digits = years && super::has_digits(text, 1);
    let mut ages: Vec<AgeMention> = AGE
        .captures_iter(only_if(digits, text, &AGE))
        .filter_map(|c| {
            let joiner = &c[3];
            let (from, to): (u32, u32) = (c[2].parse().ok()?, c[4].parse().ok()?);
            // "13 och 19 år" is two ages unless "mellan" makes it a range;
            // two ages a year apart are one ("16- och 17-åringar", "som
            // fyller 16 eller 17 år").
            let between = c
                .get(1)
                .is_some_and(|m| m.as_str().to_lowercase().starts_with("mellan"));
            let next_year = to == from + 1;
            let alternatives = if joiner == "eller" {
                !(next_year && turns_or_is(&text[..c.get(2)?.start()]))
            } else if joiner.ends_with("och ") {
                !next_year
            } else {
                joiner == "och" && !between
            };
            if alternatives {
                return None;
            }
            let numbers = c.get(2)?.start()..c.get(0)?.end();
            let span = c
                .get(1)
                .map_or(numbers, |m| m.start()..c.get(0).unwrap().end());
            Some(mention(text, span, from, Some(to)))
        })
        .collect();
    let after_intro: Vec<AgeMention> = AGE_AFTER_INTRO
        .captures_iter(only_if(text.contains("åld"), text, &AGE_AFTER_INTRO))
        .filter_map(|c| {
            let (first, last) = (c.get(1)?, c.get(2)?);
            // "i åldrarna 1–5" leaves out its "år", but not for another
            // unit ("i åldern 6–18 månader") nor with spelled numbers.
            if c.get(3).is_none()
                && !(is_digits(first.as_str())
                    && is_digits(last.as_str())
                    && !another_unit(&text[c.get(0)?.end()..]))
            {
                return None;
            }
            let from = super::number_value(first.as_str())?;
            let to = super::number_value(last.as_str())?;
            let span = first.start()..c.get(0)?.end();
            (!super::overlaps(&ages, &span, |a| &a.span))
                .then(|| mention(text, span, from, Some(to)))
        })
        .collect();
    ages.extend(after_intro);
    let spelled: Vec<AgeMention> = AGE_BETWEEN_SPELLED
        .captures_iter(only_if(
            years && text.contains("ellan"),
            text,
            &AGE_BETWEEN_SPELLED,
        ))
        .filter_map(|c| {
            let from = super::number_value(c.get(2)?.as_str())?;
            let to = super::number_value(c.get(3)?.as_str())?;
            let span = c.get(1)?.start()..c.get(0)?.end();
            (!super::overlaps(&ages, &span, |a| &a.span))
                .then(|| mention(text, span, from, Some(to)))
        })
        .collect();
    ages.extend(spelled);
    ages.sort_by_key(|a| a.span.start);
    let open = super::open_ages::find_open_ages(text, digits, &ages);
    ages.extend(open);
    ages.sort_by_key(|a| a.span.start);
    ages
}

/// Whether the words before two ages say what a person's age is ("som
/// fyller", "är", "blir"): then "16 eller 17 år" is one group, not a
/// duration ("efter 2 eller 3 år").
fn turns_or_is(before: &str) -> bool {
    before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|verb| {
            ["fyller", "fyllt", "fyllde", "är", "blir", "var"]
                .iter()
                .any(|v| verb.eq_ignore_ascii_case(v))
        })
}

fn is_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the text after a range begins with a unit other than years
/// ("månader", "veckor") or another number.
fn another_unit(after: &str) -> bool {
    let next = after.trim_start();
    next.starts_with(|c: char| c.is_ascii_digit() || c == '%')
        || [
            "mån", "vecko", "veckor", "dag", "dygn", "tim", "minut", "kilo", "kg", "cm", "procent",
        ]
        .iter()
        .any(|unit| {
            next.get(..unit.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(unit))
        })
}

pub(super) fn mention(text: &str, span: Span, from: u32, to: Option<u32>) -> AgeMention {
    let clause = clause_before(text, span.start);
    // The clause without its "i åldern" (the first such, as `replace` would).
    let phrase_text = match AGE_INTRO.find(clause) {
        Some(intro) => Cow::Owned(format!(
            "{}{}",
            &clause[..intro.start()],
            &clause[intro.end()..]
        )),
        None => Cow::Borrowed(clause),
    };
    let phrase = phrase_text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let subgroup = marks_a_subgroup(clause);
    let after = clause_after(text, span.end);
    AgeMention {
        span,
        from,
        to,
        phrase,
        subgroup,
        after,
    }
}

/// The words after `at` up to the clause's end, at most four, lower case.
fn clause_after(text: &str, at: usize) -> String {
    let rest = &text[at..super::floor_char_boundary(text, at.saturating_add(120).min(text.len()))];
    let end = rest
        .find(['.', ',', ';', ':', '(', ')', '\n'])
        .unwrap_or(rest.len());
    rest[..end]
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The words before `at` in the same clause: back to punctuation or at most
/// eight words ("Insatsen är till för barn och unga mellan …": the service
/// is the seventh word back). A clause that restates the one before it
/// ("…, det vill säga elever", "dvs. elever") reaches back into that one,
/// whose words say what the group is.
pub(super) fn clause_before(text: &str, at: usize) -> &str {
    let clause = clause_keeping(text, at, 0);
    let start = clause.as_ptr() as usize - text.as_ptr() as usize;
    match restated_from(&text[..start], clause) {
        Some(head_end) => {
            let earlier = clause_keeping(text, head_end, 4);
            &text[earlier.as_ptr() as usize - text.as_ptr() as usize..at]
        }
        None => clause,
    }
}

/// Words that restate the phrase before them.
const RESTATING: [&str; 4] = ["det vill säga ", "dvs ", "alltså ", "närmare bestämt "];

/// Where the clause before ends, when `clause` restates it: after "…, det
/// vill säga" or "… d.v.s." (whose dots `clause_keeping` took for ends).
fn restated_from(before: &str, clause: &str) -> Option<usize> {
    let lead = clause.trim_start();
    let says_again = RESTATING.iter().any(|m| {
        lead.get(..m.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(m))
    });
    let head = if says_again {
        before
    } else {
        let trimmed = before.trim_end();
        let abbreviation = ["d.v.s.", "dvs."].iter().find_map(|m| {
            let from = trimmed.len().checked_sub(m.len())?;
            trimmed
                .get(from..)
                .is_some_and(|w| w.eq_ignore_ascii_case(m))
                .then_some(from)
        })?;
        &before[..abbreviation]
    };
    let head = head.trim_end();
    let head = head.strip_suffix(',').unwrap_or(head);
    (!head.trim().is_empty()).then_some(head.len())
}

/// [`clause_before`] without reaching back, keeping `extra` more words.
fn clause_keeping(text: &str, at: usize, extra: usize) -> &str {
    let before = &text[..at];
    let clause_start = before
        .rfind(['.', ',', ';', ':', '(', ')', '\n'])
        .map_or(0, |i| i + 1);
    // A line break inside a hard-wrapped paragraph does not end a clause;
    // after a heading ("Ärende") or a blank line the clause begins anew.
    let clause_start = if before[..clause_start].ends_with('\n')
        && !before[..clause_start].trim_end().ends_with(['.', ':'])
        && super::sentences::wrapped_line_before(&before[..clause_start])
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
    // "i åldern" is dropped from the phrase: it does not count as words.
    let keep = extra + if AGE_INTRO.is_match(clause) { 10 } else { 8 };
    match words.len().checked_sub(keep) {
        Some(skip) if skip > 0 => &clause[words[skip].0..],
        _ => clause,
    }
}

/// Compiles the patterns most papers use before their first use
/// (`lint::compile_patterns_ahead`).
pub(crate) fn compile_patterns() {
    // Few papers need AGE_INTRO, SUBGROUP, AGE_AFTER_INTRO,
    // AGE_BETWEEN_SPELLED (at most 8 of the 68 real papers and the example
    // cases): each is compiled where first used.
    AGE.compile_now();
}

#[cfg(test)]
mod tests {
    use crate::paper::scan::scan;

    #[test]
    fn a_restating_clause_reaches_back_for_its_phrase() {
        for text in [
            "Skolskjuts ges till elever i förskoleklass till och med årskurs 9, det vill säga elever i åldern 6–16 år.",
            "Skolskjuts ges till elever i förskoleklass till och med årskurs 9, d.v.s. elever 6–16 år.",
            "Skolskjuts ges till elever i förskoleklass till och med årskurs 9 dvs. elever 6–16 år.",
        ] {
            let s = scan(text);
            assert!(
                s.ages[0].phrase.starts_with("skolskjuts ges till elever"),
                "{:?}",
                s.ages[0].phrase
            );
        }
        // Without a restating word the clause ends at its comma.
        let s = scan("Skolskjuts ges till elever i förskoleklass, och elever 6–16 år.");
        assert_eq!(s.ages[0].phrase, "och elever");
    }

    #[test]
    fn age_ranges_with_their_phrase() {
        let s = scan(
            "Avtalet avseende anhörigstöd till barn 4-20 år, med X AB. Barn och unga i åldrarna 0 – 20 år.",
        );
        let found: Vec<(u32, Option<u32>, &str, bool)> = s
            .ages
            .iter()
            .map(|a| (a.from, a.to, a.phrase.as_str(), a.subgroup))
            .collect();
        assert_eq!(
            found,
            vec![
                (4, Some(20), "avtalet avseende anhörigstöd till barn", false),
                (0, Some(20), "barn och unga", false)
            ]
        );
        assert_eq!(scan("i åldern 10–15 år").ages[0].phrase, "");
        // A heading ends the clause before it, a wrapped line does not.
        let s = scan(
            "Förslag till beslut\nErbjud stöd till barn 4-20 år.\n\nÄrende\nStödet riktar sig till barn 0-20 år. Förvaltningen föreslår att nämnden erbjuder stöd till\nbarn 4-20 år.",
        );
        let phrases: Vec<&str> = s.ages.iter().map(|a| a.phrase.as_str()).collect();
        assert_eq!(
            phrases,
            [
                "erbjud stöd till barn",
                "stödet riktar sig till barn",
                "förvaltningen föreslår att nämnden erbjuder stöd till barn"
            ]
        );
    }

    #[test]
    fn a_range_up_to_its_upper_age() {
        let s = scan("Insatsen ges till barn och ungdomar från 0 upp till 20 år.");
        let found: Vec<(u32, Option<u32>, &str)> = s
            .ages
            .iter()
            .map(|a| (a.from, a.to, a.phrase.as_str()))
            .collect();
        // "från" belongs to the range, as "mellan" does.
        assert_eq!(
            found,
            [(0, Some(20), "insatsen ges till barn och ungdomar")]
        );
        assert_eq!(&s.ages[0].after, "");
        let s = scan("Barn i åldern 0 till 20 år omfattas av insatsen, och fler.");
        assert_eq!(&s.ages[0].after, "omfattas av insatsen");
    }

    #[test]
    fn a_range_after_i_aldern_may_repeat_ar_or_spell_its_numbers() {
        let ranges = |text: &str| -> Vec<(u32, Option<u32>, String)> {
            scan(text)
                .ages
                .iter()
                .map(|a| (a.from, a.to, a.phrase.clone()))
                .collect()
        };
        assert_eq!(
            ranges("Stöd till barn i åldern 4 år till 20 år."),
            [(4, Some(20), "stöd till barn".to_owned())]
        );
        assert_eq!(
            ranges("Förskola för barn i åldrarna tre till fem år."),
            [(3, Some(5), "förskola för barn".to_owned())]
        );
        // Elsewhere "från 2 år till 4 år" is as likely a duration.
        assert!(ranges("Avtalstiden ändras från 2 år till 4 år.").is_empty());
        // With a group before it, the second age closes the range.
        for text in [
            "Gårdarna vänder sig till ungdomar från 13 år till och med 17 år.",
            "Gårdarna vänder sig till ungdomar från 13 år till 17 år.",
            "Gårdarna vänder sig till ungdomar från 13 år upp till 17 år.",
            "Gårdarna vänder sig till ungdomar från 13 år t.o.m. 17 år.",
        ] {
            let found = scan(text).ages;
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!((found[0].from, found[0].to), (13, Some(17)), "{text}");
            assert!(text[found[0].span.clone()].ends_with("17 år"), "{text}");
        }
        // A second age of something else is no bound: "från 65 år" stays open.
        let found = scan("Stödet ges till personer från 65 år till 2 600 kronor.").ages;
        assert_eq!((found[0].from, found[0].to), (65, None));
        // After "mellan" a spelled number is an age too.
        assert_eq!(
            ranges("Insatsen är för barn och unga mellan fyra och tjugo år."),
            [(4, Some(20), "insatsen är för barn och unga".to_owned())]
        );
        assert_eq!(
            ranges("Gruppen är unga mellan 16 och tjugotre år."),
            [(16, Some(23), "gruppen är unga".to_owned())]
        );
        assert!(ranges("Projektet tar en till två år.").is_empty());
    }

    #[test]
    fn ranges_by_more_joiners_intros_and_endings() {
        let text = "Barn 4 till och med 18 år, barn 5 t.o.m. 18 år, unga mellan 6 och 18 års ålder, barn i åldersspannet 7–18 år, barn i åldrarna 8–18, barn i åldern 9 år upp till 18 år, barn som är 10–18 år gamla.";
        let scanned = scan(text);
        let found: Vec<(&str, u32, Option<u32>, &str)> = scanned
            .ages
            .iter()
            .map(|a| (&text[a.span.clone()], a.from, a.to, a.phrase.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("4 till och med 18 år", 4, Some(18), "barn"),
                ("5 t.o.m. 18 år", 5, Some(18), "barn"),
                ("mellan 6 och 18 års ålder", 6, Some(18), "unga"),
                ("7–18 år", 7, Some(18), "barn"),
                ("8–18", 8, Some(18), "barn"),
                ("9 år upp till 18 år", 9, Some(18), "barn"),
                ("10–18 år", 10, Some(18), "barn"),
            ]
        );
        // Without "år", not of another unit nor spelled.
        for other in [
            "Barn i åldern 6–18 månader.",
            "Barn i åldrarna tre till fem.",
            "Barn i åldrarna 4–6 2019.",
        ] {
            assert!(scan(other).ages.is_empty(), "{other}");
        }
        // A text whose only "år" is the range's own, left out.
        assert_eq!(scan("Stöd ges till unga i åldrarna 8–18.").ages.len(), 1);
    }

    #[test]
    fn sub_groups_are_marked() {
        let s = scan(
            "Under 2018 uppger 65% av barn i åldern 4-9 år att de vet. Av de äldre barnen i åldern 10 – 15 år svarar 69%.",
        );
        assert!(s.ages.iter().all(|a| a.subgroup), "{:?}", s.ages);
        let s = scan(
            "Av dessa barn i åldern 6–12 år svarade 40. Behovet av platser för 16–17-åringar har minskat. Behovet av platser för barn i förskoleåldern 1–5 år ökar.",
        );
        let marked: Vec<bool> = s.ages.iter().map(|a| a.subgroup).collect();
        assert_eq!(marked, [true, false, false]);
    }

    #[test]
    fn ranges_in_words_and_open_ranges() {
        let text = "Ungdomar i åldern 13 till 19 år, unga mellan 13 och 19 år, 13–19-åringar. Personer från 65 år, ungdomar över 18 år, barn under 6 år, barn upp till 18 år, invånare 65 år och äldre, personer 65+, brukare som är 75 år eller äldre, barn 6 år och yngre.";
        let found: Vec<(&str, u32, Option<u32>)> = scan(text)
            .ages
            .iter()
            .map(|a| (&text[a.span.clone()], a.from, a.to))
            .collect();
        assert_eq!(
            found,
            [
                ("13 till 19 år", 13, Some(19)),
                ("mellan 13 och 19 år", 13, Some(19)),
                ("13–19-åringar", 13, Some(19)),
                ("från 65 år", 65, None),
                ("över 18 år", 18, None),
                ("under 6 år", 0, Some(5)),
                ("upp till 18 år", 0, Some(18)),
                ("65 år och äldre", 65, None),
                ("65+", 65, None),
                ("75 år eller äldre", 75, None),
                ("6 år och yngre", 0, Some(6)),
            ]
        );
        let text = "Föreningen får bidrag för medlemmar från och med det år de fyller 7 till och med det år de fyller 25.";
        let found: Vec<(u32, Option<u32>)> =
            scan(text).ages.iter().map(|a| (a.from, a.to)).collect();
        assert_eq!(found, [(7, Some(25))]);
    }

    #[test]
    fn ages_a_year_apart_and_suspended_compounds() {
        let text = "Ungdomar som fyller 16 eller 17 år, 16- och 17-åringar, 16- till 18-åringar, barn som är 3 eller 4 år.";
        let found: Vec<(&str, u32, Option<u32>, String)> = scan(text)
            .ages
            .iter()
            .map(|a| (&text[a.span.clone()], a.from, a.to, a.phrase.clone()))
            .collect();
        assert_eq!(
            found,
            [
                ("16 eller 17 år", 16, Some(17), "ungdomar".to_owned()),
                ("16- och 17-åringar", 16, Some(17), "".to_owned()),
                ("16- till 18-åringar", 16, Some(18), "".to_owned()),
                ("3 eller 4 år", 3, Some(4), "barn".to_owned()),
            ]
        );
        // Alternatives, not a group: durations, ages further apart.
        for other in [
            "Avtalet förlängs efter 2 eller 3 år.",
            "Barnen som fyller 3 eller 5 år.",
            "13- och 19-åringar.",
        ] {
            assert!(scan(other).ages.is_empty(), "{other}");
        }
    }

    #[test]
    fn numbers_that_are_no_age_range() {
        let text =
            "Barnen var 13 och 19 år gamla. Avtalet förlängs från 2 år till 4 år. Option 1+1 år.";
        let found: Vec<&str> = scan(text)
            .ages
            .iter()
            .map(|a| &text[a.span.clone()])
            .collect();
        assert!(found.is_empty(), "{found:?}");
    }
}
