//! Swedish verbs in the forms that say what is or will be: the present
//! tense, active and passive ("omfattar", "omfattas"), and the infinitive
//! after a modal ("ska omfatta", "kommer att erbjudas"). Past forms are
//! left out by design: "omfattade barn 4–18 år" tells what a service was,
//! which the decision may change.

/// How a verb is conjugated.
#[derive(Debug, Clone, Copy)]
pub enum Conjugation {
    /// The first conjugation: rikta → riktar, riktas.
    Ar,
    /// The second: vända → vänder, vänds, vändas.
    Er,
    /// A short verb ending in another vowel than -a: ge → ger, ges.
    Short,
    /// A present tense of its own (vara → är); no passive.
    Irregular(&'static str),
}

/// Active ("omfattar") or passive ("omfattas").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    Active,
    Passive,
}

/// A verb by its infinitive and conjugation.
#[derive(Debug, Clone, Copy)]
pub struct Verb {
    pub infinitive: &'static str,
    pub conjugation: Conjugation,
}

impl Verb {
    pub const fn new(infinitive: &'static str, conjugation: Conjugation) -> Self {
        Verb {
            infinitive,
            conjugation,
        }
    }

    /// Whether `word` is the present tense: "riktar", "vänder", "ger",
    /// "är"; passive "riktas", "vänds", "ges" (a verb without a passive
    /// has none).
    pub fn is_present(&self, word: &str, voice: Voice) -> bool {
        let inf = self.infinitive;
        let stem = inf.strip_suffix('a').unwrap_or(inf);
        match (self.conjugation, voice) {
            (Conjugation::Ar | Conjugation::Short, Voice::Active) => {
                word.strip_suffix('r') == Some(inf)
            }
            (Conjugation::Ar | Conjugation::Short, Voice::Passive) => {
                word.strip_suffix('s') == Some(inf)
            }
            (Conjugation::Er, Voice::Active) => word.strip_suffix("er") == Some(stem),
            (Conjugation::Er, Voice::Passive) => word.strip_suffix('s') == Some(stem),
            (Conjugation::Irregular(present), Voice::Active) => word == present,
            (Conjugation::Irregular(_), Voice::Passive) => false,
        }
    }

    /// Whether `word` is the infinitive after a modal: "rikta", "vända",
    /// "ge"; passive "riktas", "vändas", "ges".
    pub fn is_infinitive(&self, word: &str, voice: Voice) -> bool {
        match (self.conjugation, voice) {
            (_, Voice::Active) => word == self.infinitive,
            (Conjugation::Irregular(_), Voice::Passive) => false,
            (_, Voice::Passive) => word.strip_suffix('s') == Some(self.infinitive),
        }
    }

    /// Where in `words` (lower case) this verb stands in `voice`, in the
    /// present tense or as an infinitive after a modal, followed by one of
    /// `after` (each a phrase of words; "" for nothing): the index its group
    /// begins at (the modal's, if any) and the one after the group.
    pub fn find(&self, words: &[&str], voice: Voice, after: &[&str]) -> Option<(usize, usize)> {
        (0..words.len()).find_map(|i| {
            let verb_end = if self.is_present(words[i], voice) {
                i + 1
            } else if MODALS.iter().any(|modal| modal[0] == words[i]) {
                after_modal(words, i, |w| self.is_infinitive(w, voice))?
            } else {
                return None;
            };
            let end = followed_by(words, verb_end, after)?;
            Some((i, end))
        })
    }
}

/// Modal verbs (and "kommer att") that take an infinitive.
const MODALS: &[&[&str]] = &[
    &["ska"],
    &["skall"],
    &["kan"],
    &["bör"],
    &["måste"],
    &["kommer", "att"],
];

/// Adverbs that stand between a modal and its infinitive or inside a
/// clause's verb group: "ska även omfatta", "kommer fortsatt att erbjudas".
pub const ADVERBS: &[&str] = &[
    "även",
    "också",
    "fortsatt",
    "fortsättningsvis",
    "fortfarande",
    "endast",
    "bara",
    "därmed",
    "nu",
    "alltså",
];

/// The index after `infinitive` when a modal begins at `i` and the
/// infinitive follows it (adverbs allowed between).
fn after_modal(words: &[&str], i: usize, infinitive: impl Fn(&str) -> bool) -> Option<usize> {
    MODALS.iter().find_map(|modal| {
        let mut at = i;
        for (k, part) in modal.iter().enumerate() {
            // "kommer fortsatt att": an adverb inside "kommer att" too.
            if k > 0 {
                at = skip_adverbs(words, at);
            }
            (words.get(at) == Some(part)).then_some(())?;
            at += 1;
        }
        let at = skip_adverbs(words, at);
        words
            .get(at)
            .is_some_and(|w| infinitive(w))
            .then_some(at + 1)
    })
}

fn skip_adverbs(words: &[&str], mut at: usize) -> usize {
    while words.get(at).is_some_and(|w| ADVERBS.contains(w)) {
        at += 1;
    }
    at
}

/// The index after the first of `after` that follows at `at`.
fn followed_by(words: &[&str], at: usize, after: &[&str]) -> Option<usize> {
    after.iter().find_map(|phrase| {
        let parts: Vec<&str> = phrase.split_whitespace().collect();
        let end = at + parts.len();
        (words.get(at..end) == Some(&parts[..])).then_some(end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const RIKTA: Verb = Verb::new("rikta", Conjugation::Ar);
    const VÄNDA: Verb = Verb::new("vända", Conjugation::Er);
    const GE: Verb = Verb::new("ge", Conjugation::Short);
    const VARA: Verb = Verb::new("vara", Conjugation::Irregular("är"));

    #[test]
    fn present_and_infinitive_by_conjugation() {
        let forms = |v: Verb, words: [&str; 4]| {
            let [present, passive, infinitive, passive_infinitive] = words;
            v.is_present(present, Voice::Active)
                && v.is_present(passive, Voice::Passive)
                && v.is_infinitive(infinitive, Voice::Active)
                && v.is_infinitive(passive_infinitive, Voice::Passive)
        };
        assert!(forms(RIKTA, ["riktar", "riktas", "rikta", "riktas"]));
        assert!(forms(VÄNDA, ["vänder", "vänds", "vända", "vändas"]));
        assert!(forms(GE, ["ger", "ges", "ge", "ges"]));
        assert!(VARA.is_present("är", Voice::Active) && VARA.is_infinitive("vara", Voice::Active));
        assert!(
            !VARA.is_present("varas", Voice::Passive)
                && !VARA.is_infinitive("varas", Voice::Passive)
        );
        // Past forms are none of these.
        for past in ["riktade", "riktades", "riktat"] {
            assert!(
                !RIKTA.is_present(past, Voice::Active) && !RIKTA.is_present(past, Voice::Passive)
            );
        }
        assert!(!VÄNDA.is_present("vändar", Voice::Active));
    }

    #[test]
    fn finds_the_verb_group_with_its_modal_and_words_after() {
        let words = |s: &'static str| s.split_whitespace().collect::<Vec<_>>();
        assert_eq!(
            RIKTA.find(
                &words("verksamheten riktar sig till barn"),
                Voice::Active,
                &["sig"]
            ),
            Some((1, 3))
        );
        assert_eq!(
            RIKTA.find(
                &words("insatsen kommer fortsatt att riktas till barn"),
                Voice::Passive,
                &["till"]
            ),
            Some((1, 6))
        );
        assert_eq!(
            VARA.find(
                &words("stödet ska även vara till för barn"),
                Voice::Active,
                &["till för"]
            ),
            Some((1, 6))
        );
        // Past forms say what was, not what is.
        assert_eq!(
            RIKTA.find(
                &words("verksamheten riktade sig till barn"),
                Voice::Active,
                &["sig"]
            ),
            None
        );
        // The words after must follow.
        assert_eq!(
            GE.find(&words("stödet ges barn"), Voice::Passive, &["till"]),
            None
        );
    }
}
