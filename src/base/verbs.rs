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

    /// The present tense: "riktar", "vänder", "ger", "är"; passive
    /// "riktas", "vänds", "ges". `None`: a verb without a passive.
    pub fn present(&self, voice: Voice) -> Option<String> {
        let inf = self.infinitive;
        let stem = inf.strip_suffix('a').unwrap_or(inf);
        Some(match (self.conjugation, voice) {
            (Conjugation::Ar | Conjugation::Short, Voice::Active) => format!("{inf}r"),
            (Conjugation::Ar | Conjugation::Short, Voice::Passive) => format!("{inf}s"),
            (Conjugation::Er, Voice::Active) => format!("{stem}er"),
            (Conjugation::Er, Voice::Passive) => format!("{stem}s"),
            (Conjugation::Irregular(present), Voice::Active) => present.to_owned(),
            (Conjugation::Irregular(_), Voice::Passive) => return None,
        })
    }

    /// The infinitive after a modal: "rikta", "vända", "ge"; passive
    /// "riktas", "vändas", "ges".
    pub fn infinitive(&self, voice: Voice) -> Option<String> {
        let inf = self.infinitive;
        match (self.conjugation, voice) {
            (_, Voice::Active) => Some(inf.to_owned()),
            (Conjugation::Irregular(_), Voice::Passive) => None,
            (_, Voice::Passive) => Some(format!("{inf}s")),
        }
    }

    /// Where in `words` (lower case) this verb stands in `voice`, in the
    /// present tense or as an infinitive after a modal, followed by one of
    /// `after` (each a phrase of words; "" for nothing): the index its group
    /// begins at (the modal's, if any) and the one after the group.
    pub fn find(&self, words: &[&str], voice: Voice, after: &[&str]) -> Option<(usize, usize)> {
        let present = self.present(voice);
        let infinitive = self.infinitive(voice);
        (0..words.len()).find_map(|i| {
            let verb_end = if present.as_deref() == Some(words[i]) {
                Some(i + 1)
            } else {
                infinitive
                    .as_deref()
                    .and_then(|inf| after_modal(words, i, inf))
            }?;
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
fn after_modal(words: &[&str], i: usize, infinitive: &str) -> Option<usize> {
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
        (words.get(at) == Some(&infinitive)).then_some(at + 1)
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
        let forms = |v: Verb| {
            [Voice::Active, Voice::Passive].map(|voice| (v.present(voice), v.infinitive(voice)))
        };
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(
            forms(RIKTA),
            [
                (some("riktar"), some("rikta")),
                (some("riktas"), some("riktas"))
            ]
        );
        assert_eq!(
            forms(VÄNDA),
            [
                (some("vänder"), some("vända")),
                (some("vänds"), some("vändas"))
            ]
        );
        assert_eq!(
            forms(GE),
            [(some("ger"), some("ge")), (some("ges"), some("ges"))]
        );
        assert_eq!(forms(VARA), [(some("är"), some("vara")), (None, None)]);
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
