//! Whether an age range states the service's own target group: the clause
//! before the range says whom the service is for ("Verksamheten riktar sig
//! till barn 4–20 år", "Insatsen ska även omfatta barn 4–20 år"), or the
//! group before the range is what the service is given to ("Barn 4–20 år
//! kan ta del av stödet").
//!
//! The verbs are found by their forms (`base::verbs`): present tense,
//! active or passive, or an infinitive after a modal, with adverbs between.
//! Past forms are not read: "omfattade barn 4–18 år" may be the service as
//! it was before the decision changes it.

use crate::base::verbs::{ADVERBS, Conjugation, Verb, Voice};
use crate::paper::about::GROUP_WORDS;
use crate::paper::scan::AgeMention;

const RIKTA: Verb = Verb::new("rikta", Conjugation::Ar);
const VÄNDA: Verb = Verb::new("vända", Conjugation::Er);
const VARA: Verb = Verb::new("vara", Conjugation::Irregular("är"));
const ERBJUDA: Verb = Verb::new("erbjuda", Conjugation::Er);
const GE: Verb = Verb::new("ge", Conjugation::Short);
const OMFATTA: Verb = Verb::new("omfatta", Conjugation::Ar);
const GÄLLA: Verb = Verb::new("gälla", Conjugation::Er);
const AVSE: Verb = Verb::new("avse", Conjugation::Short);
const FÅ: Verb = Verb::new("få", Conjugation::Short);
const TA: Verb = Verb::new("ta", Conjugation::Short);

/// A verb (or a noun before one) that says whom a service is for.
struct Construction {
    /// A word the verb group must follow directly ("målgruppen är").
    lead: Option<&'static str>,
    verb: Verb,
    voice: Voice,
    /// What follows the verb: one of these phrases ("" for nothing).
    after: &'static [&'static str],
}

impl Construction {
    const fn new(verb: Verb, voice: Voice, after: &'static [&'static str]) -> Self {
        Construction {
            lead: None,
            verb,
            voice,
            after,
        }
    }

    /// The index the construction begins at and the one after it.
    fn find(&self, words: &[&str]) -> Option<(usize, usize)> {
        let (start, end) = self.verb.find(words, self.voice, self.after)?;
        match self.lead {
            None => Some((start, end)),
            Some(lead) => (start > 0 && words[start - 1] == lead).then(|| (start - 1, end)),
        }
    }
}

/// Said only of a service: "riktar sig till", "målgruppen är", "är avsedd
/// för". Their subject may be a pronoun ("Den vänder sig till").
const TARGET: &[Construction] = &[
    Construction::new(RIKTA, Voice::Active, &["sig"]),
    Construction::new(VÄNDA, Voice::Active, &["sig"]),
    Construction {
        lead: Some("målgruppen"),
        ..Construction::new(VARA, Voice::Active, &[""])
    },
    Construction::new(
        VARA,
        Voice::Active,
        &["avsedd för", "avsett för", "avsedda för"],
    ),
];

/// Said of anything ("Det gäller barn 0–5 år"): a target only when their
/// subject is the service named by a noun.
const SERVICE: &[Construction] = &[
    Construction::new(RIKTA, Voice::Passive, &["till"]),
    Construction::new(ERBJUDA, Voice::Passive, &[""]),
    Construction::new(GE, Voice::Passive, &["till"]),
    // "Teamet ska ge brukare som är 75 år …", "Enheten erbjuder barn …".
    Construction::new(GE, Voice::Active, &[""]),
    Construction::new(ERBJUDA, Voice::Active, &[""]),
    Construction::new(VARA, Voice::Active, &["till för"]),
    Construction::new(OMFATTA, Voice::Active, &[""]),
    Construction::new(GÄLLA, Voice::Active, &[""]),
    Construction::new(AVSE, Voice::Active, &[""]),
];

/// After a group ("Barn 4–20 år omfattas"): the group is the one served.
const SERVED: &[Construction] = &[
    Construction::new(OMFATTA, Voice::Passive, &[""]),
    Construction::new(ERBJUDA, Voice::Passive, &[""]),
    Construction::new(FÅ, Voice::Active, &["del av"]),
    Construction::new(TA, Voice::Active, &["del av"]),
];

/// Whether an age mention states the paper's own target group: a
/// [`TARGET`] or [`SERVICE`] construction said of the service itself or of
/// a word that stands for it ("verksamheten", "insatsen"), or a group the
/// service is given to.
pub fn states_target_group(age: &AgeMention, key: Option<&str>) -> bool {
    let words: Vec<&str> = age.phrase.split_whitespace().collect();
    let stands_for_service = |w: &str| stands_for_service(w, key);
    let all_service = |subject: &[&str]| subject.iter().all(|w| stands_for_service(w));
    if let Some(found) = TARGET.iter().find_map(|c| c.find(&words)) {
        return said_of(&words, found, &all_service);
    }
    // "Målgruppen för insatsen är barn 0–20 år".
    if let Some(i) = words
        .windows(2)
        .position(|pair| pair == ["målgruppen", "för"])
    {
        let service: Vec<&str> = words[i + 2..]
            .iter()
            .take_while(|w| **w != "är")
            .copied()
            .collect();
        return all_service(&words[..i]) && all_service(&service);
    }
    // "Stödet ges till barn 0–20 år", "Avtalet omfattar barn 0–20 år".
    let named_service =
        |subject: &[&str]| all_service(subject) && subject.iter().any(|w| !PRONOUNS.contains(w));
    let of_the_service = SERVICE
        .iter()
        .filter_map(|c| c.find(&words))
        .min_by_key(|(start, _)| *start)
        .is_some_and(|found| said_of(&words, found, &named_service));
    of_the_service || group_served(age, &stands_for_service)
}

/// Whether the range is said of another generation than the target's:
/// "anhörigstöd till vuxna 18–64 år" beside "anhörigstöd till barn 4–20
/// år" is the same kind of service for another group, not a slip. The
/// group is read from the words of each phrase; a phrase without one
/// (or with both) is no other generation.
pub fn another_generation(age: &AgeMention, target_phrase: &str) -> bool {
    match (
        generation(&age.phrase),
        generation(&target_phrase.to_lowercase()),
    ) {
        (Some(here), Some(target)) => here != target,
        _ => false,
    }
}

#[derive(PartialEq)]
enum Generation {
    Young,
    Adult,
}

fn generation(phrase: &str) -> Option<Generation> {
    const YOUNG: &[&str] = &[
        "barn",
        "barnen",
        "unga",
        "ungdomar",
        "ungdomarna",
        "elever",
        "eleverna",
        "flickor",
        "pojkar",
        "tonåringar",
    ];
    const ADULT: &[&str] = &["vuxna", "äldre", "pensionärer", "seniorer"];
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let young = words.iter().any(|w| YOUNG.contains(w));
    let adult = words.iter().any(|w| ADULT.contains(w));
    match (young, adult) {
        (true, false) => Some(Generation::Young),
        (false, true) => Some(Generation::Adult),
        _ => None,
    }
}

/// Whether the clause before the range is negated ("Verksamheten vänder
/// sig inte till barn 0–3 år"): it says whom the service is not for.
/// Whether two age ranges are told of one group in one setting: the same
/// group words right before them ("unga vuxna") and a noun of the setting
/// after both ("som går i gymnasieskolan" / "i gymnasieskolan har"). Such a
/// group is one group, whatever the paper proposes.
pub fn same_group_in_same_setting(a: &AgeMention, b: &AgeMention) -> bool {
    let group = |age: &AgeMention| -> Vec<String> {
        let words: Vec<&str> = age.phrase.split_whitespace().collect();
        let start = words.len().saturating_sub(2);
        words[start..]
            .iter()
            .skip_while(|w| !GROUP_WORDS.contains(w) && !is_adjective_of_age(w))
            .map(|w| w.to_string())
            .collect()
    };
    let (group_a, group_b) = (group(a), group(b));
    let setting = |age: &AgeMention| -> Vec<String> {
        age.after
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 6)
            .map(str::to_owned)
            .collect()
    };
    let setting_b = setting(b);
    group_a
        .last()
        .is_some_and(|w| GROUP_WORDS.contains(&w.as_str()))
        && group_a == group_b
        && setting(a).iter().any(|w| setting_b.contains(w))
}

/// "unga", "äldre": an adjective that makes a group of an age ("unga vuxna").
fn is_adjective_of_age(word: &str) -> bool {
    matches!(word, "unga" | "äldre" | "yngre" | "små")
}

pub fn denies(age: &AgeMention) -> bool {
    age.phrase
        .split_whitespace()
        .any(|w| matches!(w, "inte" | "ej" | "icke" | "aldrig"))
}

/// Whether the verb group `start..end` is said of a subject `is_subject`
/// accepts: the words before it, less adverbs; or, after an adverbial lead
/// ("Sedan 2024 riktar sig stödet till"), the words after it up to the
/// group.
fn said_of(
    words: &[&str],
    (start, end): (usize, usize),
    is_subject: &dyn Fn(&[&str]) -> bool,
) -> bool {
    let before: Vec<&str> = words[..start]
        .iter()
        .filter(|w| !ADVERBS.contains(w))
        .copied()
        .collect();
    if is_subject(&before) {
        return true;
    }
    let inverted = words.first().is_some_and(|w| ADVERBIAL_LEADS.contains(w));
    if !inverted || start == 0 {
        return false;
    }
    let after: Vec<&str> = words[end..]
        .iter()
        .take_while(|w| !matches!(**w, "till" | "för") && !GROUP_WORDS.contains(w))
        .filter(|w| !ADVERBS.contains(w) && **w != "sig")
        .copied()
        .collect();
    !after.is_empty() && is_subject(&after)
}

/// Words that open a clause as an adverbial, so that the subject follows
/// the verb: "Sedan 2024 riktar sig …", "I dag vänder sig …".
const ADVERBIAL_LEADS: &[&str] = &[
    "sedan",
    "i",
    "idag",
    "numera",
    "därför",
    "dessutom",
    "nu",
    "från",
    "fortsatt",
    "fortfarande",
    "redan",
    "också",
    "även",
];

/// A word that stands for the service `key` names: the service itself
/// ("anhörigstödet"), the head of its compound ("stödet" for
/// "anhörigstöd"), or a general word for a service ("verksamheten").
fn stands_for_service(word: &str, key: Option<&str>) -> bool {
    STANDS_FOR_SERVICE.contains(&word)
        || key.is_some_and(|k| word.starts_with(k) || is_compound_head(word, k))
}

/// "stödet" is the head of "anhörigstöd", "arbetet" of "feriearbete": the
/// word, less a definite or plural ending, ends the compound.
fn is_compound_head(word: &str, key: &str) -> bool {
    ["", "et", "en", "t", "n", "erna", "arna", "na"]
        .iter()
        .filter_map(|ending| word.strip_suffix(ending))
        .any(|stem| stem.chars().count() >= 4 && key.len() > stem.len() && key.ends_with(stem))
}

/// "Barn i åldern 0 till 20 år omfattas", "Unga 16–20 år erbjuds stödet":
/// the group alone before the range, and after it a passive verb that
/// ends the clause or is said of the service — not of another one ("Barn
/// 0–5 år omfattas av förskolan").
fn group_served(age: &AgeMention, stands_for_service: &dyn Fn(&str) -> bool) -> bool {
    let group_only = !age.phrase.is_empty()
        && age
            .phrase
            .split_whitespace()
            .all(|w| GROUP_WORDS.contains(&w) || w == "och");
    if !group_only {
        return false;
    }
    let after: Vec<&str> = age.after.split_whitespace().collect();
    let Some((0, end)) = SERVED.iter().find_map(|c| c.find(&after)) else {
        return false;
    };
    after[end..]
        .iter()
        .filter(|w| !matches!(**w, "av" | "till" | "för"))
        .all(|w| stands_for_service(w))
}

/// The words of [`STANDS_FOR_SERVICE`] that are no noun.
const PRONOUNS: &[&str] = &["den", "det", "som", "och", "vilken", "vilket"];

const STANDS_FOR_SERVICE: &[&str] = &[
    "verksamheten",
    "insatsen",
    "insatserna",
    "tjänsten",
    "tjänsterna",
    "verksamheterna",
    "avtalet",
    "uppdraget",
    "satsningen",
    "projektet",
    "den",
    "det",
    "som",
    "och",
    "vilken",
    "vilket",
    "stödet",
    "aktiviteten",
    "aktiviteterna",
    "erbjudandet",
    "målgruppen",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn age(phrase: &str, after: &str) -> AgeMention {
        AgeMention {
            span: 0..0,
            from: 4,
            to: Some(20),
            phrase: phrase.to_owned(),
            subgroup: false,
            after: after.to_owned(),
        }
    }

    fn states(phrase: &str, after: &str) -> bool {
        states_target_group(&age(phrase, after), Some("anhörigstöd"))
    }

    #[test]
    fn the_service_said_to_be_for_the_group_in_any_tense_that_is_now() {
        for phrase in [
            "anhörigstödet riktar sig till barn",
            "anhörigstödet ska rikta sig till barn",
            "stödet vänder sig till barn",
            "anhörigstödet kommer fortsatt att riktas till barn",
            "insatsen omfattar barn",
            "stödet ska även omfatta barn",
            "anhörigstödet erbjuds barn",
            "stödet ges till barn",
            "sedan 2024 riktar sig anhörigstödet till barn",
            "målgruppen för anhörigstödet är barn",
            "målgruppen är barn",
            "den vänder sig till barn",
        ] {
            assert!(states(phrase, ""), "{phrase}");
        }
    }

    #[test]
    fn not_of_another_service_nor_of_the_past_nor_of_anything() {
        for phrase in [
            "familjestödet riktar sig till barn",
            "förskolan omfattar barn",
            "det gäller barn",
            "anhörigstödet riktade sig till barn",
            "insatsen omfattade barn",
            "insatsen har omfattat barn",
            "sedan 2024 riktar sig familjestödet till barn",
        ] {
            assert!(!states(phrase, ""), "{phrase}");
        }
    }

    #[test]
    fn another_generation_is_another_group() {
        let target = "Anhörigstöd till barn";
        assert!(another_generation(
            &age("kommunen erbjuder också anhörigstöd till vuxna", ""),
            target
        ));
        assert!(another_generation(
            &age("anhörigstöd för äldre", ""),
            target
        ));
        assert!(!another_generation(
            &age("anhörigstöd till barn och unga", ""),
            target
        ));
        assert!(!another_generation(
            &age("anhörigstödet riktar sig till", ""),
            target
        ));
        assert!(!another_generation(&age("barn och vuxna", ""), target));
    }

    #[test]
    fn a_negated_clause_denies() {
        assert!(denies(&age("anhörigstödet vänder sig inte till barn", "")));
        assert!(!denies(&age("anhörigstödet vänder sig till barn", "")));
    }

    #[test]
    fn the_group_given_the_service() {
        assert!(states("barn", "omfattas"));
        assert!(states("barn", "kan ta del av stödet"));
        assert!(states("barn och unga", "ska erbjudas anhörigstödet"));
        assert!(!states("barn", "omfattas av förskolan"));
        assert!(!states("barn", "omfattades"));
    }

    #[test]
    fn compound_heads() {
        assert!(is_compound_head("stödet", "anhörigstöd"));
        assert!(is_compound_head("arbetet", "feriearbete"));
        assert!(!is_compound_head("familjestödet", "anhörigstöd"));
        assert!(!is_compound_head("öd", "anhörigstöd"));
    }
}
