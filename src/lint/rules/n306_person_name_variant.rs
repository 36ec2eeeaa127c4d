use std::collections::{BTreeMap, HashMap};

use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::PersonName;

declare_rule! {
    /// N306 person-name-variant: en person vars namn skrivs på ett sätt
    /// flera gånger och en gång nästan likadant — en bokstav fel, två
    /// bokstäver i byte eller ett mellanslag mer eller mindre.
    ///
    /// Den stavning som förekommer flest gånger tas för rätt; ett namn som
    /// skiljer sig från den i efternamnet (förnamnet lika) eller i förnamnet
    /// (efternamnet lika) rapporteras som varning. Står båda stavningarna en
    /// gång var rapporteras den senare. Korta namn (under fem bokstäver)
    /// jämförs inte: "Berg" och "Borg" är två släkter. Ett efternamn på fem
    /// bokstäver som tappat en ("Rasch"/"Rash") jämförs, utom när bokstaven
    /// skiljer släkter åt: ett h ("Lindh"/"Lind"), ett c före k
    /// ("Falck"/"Falk") eller en dubbelbokstav ("Lööf"/"Löf").
    ///
    /// Fel:  Föredragande Louice MacDonald … Louice Mac Donald, utvecklingsstrateg … Louice Mac Donald
    /// Rätt: Louice Mac Donald … Louice Mac Donald … Louice Mac Donald
    pub struct PersonNameVariant {
        code: "N306",
        name: "person-name-variant",
        severity: Warning,
        summary: "en persons namn skrivet på två sätt (”Dan Ganström” / ”Dan Gahnström”)",
    }
}

/// Shortest name part compared letter by letter.
const MIN_CHARS: usize = 5;
/// Most spellings compared with one sharing a name part: more than any
/// paper names people.
const BUCKET: usize = 200;

impl Rule for PersonNameVariant {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let persons = &cx.paper.scan.persons;
        let mut spellings: BTreeMap<(&str, &str), Vec<&PersonName>> = BTreeMap::new();
        for person in persons {
            spellings
                .entry((&person.given, person.surname_base()))
                .or_default()
                .push(person);
        }
        // A variant shares its given name or its surname with the right
        // spelling: only those are compared, at most BUCKET of each, so a
        // list of thousands of names stays linear.
        let mut by_part: HashMap<&str, Vec<(&str, &str)>> = HashMap::new();
        for &(given, surname) in spellings.keys() {
            for part in [given, surname] {
                let bucket = by_part.entry(part).or_default();
                if bucket.len() < BUCKET {
                    bucket.push((given, surname));
                }
            }
        }
        for (written, mentions) in &spellings {
            if mentions.len() != 1 {
                continue;
            }
            // The other spelling is the right one when it is written more
            // often, or as often and earlier.
            let right = [written.0, written.1]
                .iter()
                .flat_map(|part| by_part.get(part).into_iter().flatten())
                .filter(|other| {
                    // By base ("Lindkvists" for "Lindqvist"), or as written
                    // ("Willfosrs" for "Willforss", whose -s is its own).
                    let as_written = (other.0, spellings[*other][0].surname.as_str());
                    *other != written
                        && (variant_of(*written, **other)
                            || variant_of((written.0, &mentions[0].surname), as_written))
                })
                .map(|other| (other, &spellings[other]))
                .find(|(_, seen)| seen.len() >= 2 || seen[0].span.start < mentions[0].span.start);
            if let Some(((given, surname), seen)) = right {
                out.push(
                    Finding::new(
                        &Self::META,
                        mentions[0].span.clone(),
                        if seen.len() >= 2 {
                            format!(
                                "”{}” skrivs {} gånger ”{given} {surname}”: samma person?",
                                quote_name(cx, mentions[0]),
                                seen.len()
                            )
                        } else {
                            format!(
                                "”{}” skrivs tidigare ”{given} {surname}”: samma person?",
                                quote_name(cx, mentions[0])
                            )
                        },
                    )
                    .related(seen[0].span.clone(), "så här annars"),
                );
            }
        }
    }
}

/// The name as the paper writes it there, genitive and all.
fn quote_name<'a>(cx: &Context<'a>, person: &PersonName) -> &'a str {
    &cx.paper.source[person.span.clone()]
}

/// Whether `a` is `b` with one slip in the surname or in the given name.
fn variant_of(a: (&str, &str), b: (&str, &str)) -> bool {
    (a.0 == b.0 && (one_off(a.1, b.1) || letter_dropped(a.1, b.1)))
        || (a.1 == b.1 && one_off(a.0, b.0))
}

/// A surname of five letters with one dropped ("Rasch" / "Rash", "Frank" /
/// "Frak"), unless the letter is one whose presence tells two families
/// apart: an h ("Lindh" / "Lind", "Bergh" / "Berg"), a c before k ("Falck"
/// / "Falk"), one of a double letter ("Lööf" / "Löf"). Given names are not
/// compared so: "Linda" and "Lina", "Maria" and "Mari" are two names.
fn letter_dropped(x: &str, y: &str) -> bool {
    let (x, y): (Vec<char>, Vec<char>) = (
        x.to_lowercase().chars().collect(),
        y.to_lowercase().chars().collect(),
    );
    let (long, short) = if x.len() > y.len() { (x, y) } else { (y, x) };
    if long.len() != short.len() + 1 || long.len() < MIN_CHARS {
        return false;
    }
    let at = long
        .iter()
        .zip(&short)
        .position(|(a, b)| a != b)
        .unwrap_or(short.len());
    if long[at + 1..] != short[at..] {
        return false;
    }
    let dropped = long[at];
    let doubled = (at > 0 && long[at - 1] == dropped) || long.get(at + 1) == Some(&dropped);
    let tells_families_apart =
        dropped == 'h' || (dropped == 'c' && long.get(at + 1) == Some(&'k')) || doubled;
    !tells_families_apart || ends_in_a_double_after_a_consonant(&long)
}

/// No Swedish word ends in a consonant and a doubled consonant ("Holmm",
/// "Berggrenn"): such a double is a slip, not another family's spelling
/// ("Hansson" / "Hanson" double inside the name).
fn ends_in_a_double_after_a_consonant(name: &[char]) -> bool {
    let consonant = |c: &char| c.is_alphabetic() && !"aeiouyåäöé".contains(*c);
    match name {
        [.., before, a, b] => a == b && consonant(a) && consonant(before),
        _ => false,
    }
}

/// One letter off, two swapped, or a space or hyphen more or less.
fn one_off(x: &str, y: &str) -> bool {
    // Cheap first: lengths that differ by more than a letter and a space.
    if x == y || x.len().abs_diff(y.len()) > 3 {
        return false;
    }
    let squeezed = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, ' ' | '-'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (sx, sy) = (squeezed(x), squeezed(y));
    sx == sy
        || (x.chars().count() >= MIN_CHARS
            && y.chars().count() >= MIN_CHARS
            && strsim::damerau_levenshtein(&x.to_lowercase(), &y.to_lowercase()) == 1)
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::text_findings;

    #[test]
    fn a_name_written_once_another_way() {
        let text = "Föredragande Dan Gahnström. Protokollet justeras av Dan Gahnström och Eva Berg. Kontakt: Dan Ganström.";
        assert_eq!(text_findings("N306", text), ["Dan Ganström"]);
        let spaced = "Louice Mac Donald, utvecklingsstrateg. Louice Mac Donald föredrar. Föredragande Louice MacDonald.";
        assert_eq!(text_findings("N306", spaced), ["Louice MacDonald"]);
        let once_each = "Handläggare Jan Holmlund. Kontakt: Jan Holmlnd.";
        assert_eq!(text_findings("N306", once_each), ["Jan Holmlnd"]);
        let genitive =
            "Karin Lindqvist har lett arbetet. Enligt Karin Lindkvists bedömning behövs stöd.";
        assert_eq!(text_findings("N306", genitive), ["Karin Lindkvists"]);
        let own_s = "Stefan Willforss leder arbetet. Stefan Willforss. Stefan Willfosrs.";
        assert_eq!(text_findings("N306", own_s), ["Stefan Willfosrs"]);
    }

    #[test]
    fn a_genitive_is_the_same_name() {
        let text =
            "Karin Lindqvist har lett arbetet. Enligt Karin Lindqvists bedömning behövs stöd.";
        assert!(text_findings("N306", text).is_empty());
    }

    #[test]
    fn different_people_and_short_names_are_left_alone() {
        let text = "Anna Berg och Anna Berg. Anna Borg. Karl Lund, Karl Lund och Karin Lund. Olof Stål och Olle Stål.";
        assert!(text_findings("N306", text).is_empty());
        // Families told apart by an h, a c before k or a double letter, and
        // given names a letter apart.
        let families = "Eva Lindh och Eva Lindh. Eva Lind. Per Falck, Per Falck, Per Falk. Ola Lööf, Ola Lööf, Ola Löf. Linda Berg, Linda Berg, Lina Berg.";
        assert!(text_findings("N306", families).is_empty());
    }

    #[test]
    fn a_five_letter_surname_losing_a_letter() {
        let text = "Föredragande Lars Rasch. Lars Rasch svarar på frågor. Kontakt: Lars Rash.";
        assert_eq!(text_findings("N306", text), ["Lars Rash"]);
    }

    #[test]
    fn a_double_no_word_ends_in() {
        let text =
            "Handläggare Karin Holm. Karin Holm svarar på frågor.\nKarin Holmm\nUtvecklingsledare";
        assert_eq!(text_findings("N306", text), ["Karin Holmm"]);
        // A double after a vowel may be a family's.
        let families = "Eva Sten, Eva Sten, Eva Stenn. Per Holm, Per Holm, Per Hollm.";
        assert!(text_findings("N306", families).is_empty());
    }
}
