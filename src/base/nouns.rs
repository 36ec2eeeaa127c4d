//! Swedish nouns by their stem: a noun's indefinite and definite singular
//! ("partnerskap", "partnerskapet", "period", "perioden", "programmet")
//! share one stem, so a fact told of "Partnerskapet" and one told of "ett
//! partnerskap" are known to be of one thing without a list of nouns.

/// How short a stem may get: a short word keeps its ending ("tiden",
/// "året"), whose stem would be one of many short words.
const SHORTEST_STEM: usize = 4;

/// The lower-case stem of a noun in its singular, indefinite or definite:
/// "Partnerskapet" → "partnerskap", "perioden" → "period", "programmet" →
/// "program" (the definite form doubles a final m or n), "avtal" → "avtal".
/// Both sides of a comparison go through it, so a stem that is no word
/// ("satsning" from "satsningen") still compares right.
pub fn stem(word: &str) -> String {
    let lower = word.to_lowercase();
    let Some(base) = ["en", "et"]
        .iter()
        .find_map(|ending| lower.strip_suffix(ending))
        .filter(|base| base.chars().count() >= SHORTEST_STEM)
    else {
        return lower;
    };
    let mut chars = base.chars().rev();
    match (chars.next(), chars.next()) {
        (Some(last), Some(before)) if last == before && matches!(last, 'm' | 'n') => {
            base[..base.len() - last.len_utf8()].to_owned()
        }
        _ => base.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn one_stem_for_the_indefinite_and_the_definite() {
        for (a, b) in [
            ("partnerskap", "Partnerskapet"),
            ("period", "perioden"),
            ("program", "programmet"),
            ("avtal", "avtalet"),
            ("satsning", "satsningen"),
            ("uppdrag", "uppdraget"),
            ("projekt", "projektet"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        // Short words keep their ending; other nouns keep their stems apart.
        assert_eq!(stem("tiden"), "tiden");
        assert_ne!(stem("avtalet"), stem("avgiften"));
        assert_eq!(stem("ären"), "ären");
    }
}
