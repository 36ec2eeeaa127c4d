//! A paper's signature block, wherever it stands: after the MBL section,
//! after the last section, before or after the distribution list. One or
//! more name + role pairs, perhaps under "För Socialnämnden" or "Enligt
//! uppdrag". Titles are known by the endings Swedish titles take, names by
//! their capitals: never by a list of people.

/// Where a signature block starts at the end of `lines`, if they end with
/// one: at least one name with its role under it (or "För …" / "Enligt
/// uppdrag" over names). A name alone is a list item ("Beslutet skickas
/// till: Kim Exempelsson"), never a signatory.
pub fn trailing_signature(lines: &[&str]) -> Option<usize> {
    let cleaned: Vec<String> = lines.iter().map(|l| clean(l)).collect();
    let mut at = cleaned.len();
    let mut pairs = 0;
    let mut names = 0;
    loop {
        // Blank lines and signature rules ("______") between pairs.
        while at > 0 && (cleaned[at - 1].is_empty() || is_signature_rule(&cleaned[at - 1])) {
            at -= 1;
        }
        // The name over its role, blank lines between them allowed (Word
        // writes each as a paragraph of its own).
        let name_above = |role_at: usize| {
            let mut i = role_at;
            while i > 0 && cleaned[i - 1].is_empty() {
                i -= 1;
            }
            (i > 0 && is_signatory_name(&cleaned[i - 1])).then(|| i - 1)
        };
        if at >= 2
            && is_role(&cleaned[at - 1])
            && let Some(name_at) = name_above(at - 1)
        {
            at = name_at;
            pairs += 1;
        } else if at >= 2 && side_by_side(&cleaned[at - 2], &cleaned[at - 1]).is_some() {
            at -= 2;
            pairs += 1;
        } else if at >= 1 && is_signatory_name(&cleaned[at - 1]) && pairs + names > 0 {
            at -= 1;
            names += 1;
        } else {
            break;
        }
    }
    // "För Socialnämnden", "Enligt uppdrag", "Med vänlig hälsning" over the names.
    let mut lead = false;
    while at > 0 && is_signature_lead(&cleaned[at - 1]) {
        at -= 1;
        lead = true;
    }
    (pairs > 0 || (lead && names > 0)).then_some(at)
}

/// Signatories set side by side (a Word table: names in one row, their
/// titles in the next): the (name, title) pairs in column order.
pub fn side_by_side(names: &str, titles: &str) -> Option<Vec<(String, String)>> {
    let names: Vec<&str> = names.split('\t').map(str::trim).collect();
    let titles: Vec<&str> = titles.split('\t').map(str::trim).collect();
    let pairs = names.len() >= 2
        && names.len() == titles.len()
        && names.iter().all(|n| is_signatory_name(n))
        && titles.iter().all(|t| is_role(t));
    pairs.then(|| {
        names
            .iter()
            .zip(&titles)
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
            .collect()
    })
}

/// A line without Markdown markers, list bullets and white space.
fn clean(line: &str) -> String {
    let line = line
        .trim()
        .trim_start_matches('#')
        .trim()
        .trim_matches(['*', '_'])
        .trim();
    super::structure::bullet_len(line)
        .map_or(line, |n| line[n..].trim())
        .to_owned()
}

pub fn is_signature_rule(line: &str) -> bool {
    line.len() >= 3 && line.chars().all(|c| matches!(c, '_' | '.' | '-' | '…'))
}

/// "För Socialnämnden", "Enligt uppdrag", "Med vänlig hälsning".
pub fn is_signature_lead(line: &str) -> bool {
    let lower = line.trim_end_matches([',', ':']).to_lowercase();
    lower == "enligt uppdrag"
        || lower.starts_with("med vänlig hälsning")
        || (lower.starts_with("för ")
            && line.split_whitespace().count() <= 5
            && !lower.ends_with('.'))
}

/// A person's name on a signature line: "Petra Sandell", "Anna-Karin
/// von Ek", "Lars G Linder".
fn is_signatory_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.first().is_some_and(|w| starts_capitalised(w))
        && words.last().is_some_and(|w| starts_capitalised(w))
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                && (starts_capitalised(w) || ["von", "af", "de", "van"].contains(w))
        })
        && !is_role(line)
        && !names_an_office(line)
}

/// "Ekonomienheten", "Socialnämnden", "Hedeby kommun": an office, no person.
fn names_an_office(line: &str) -> bool {
    let lower = line.to_lowercase();
    [
        "nämnd",
        "styrelse",
        "förvaltning",
        "fullmäktige",
        "utskott",
        "kommun",
        "enhet",
        "avdelning",
        "kontor",
        "bolag",
    ]
    .iter()
    .any(|w| lower.contains(w))
        || line.split_whitespace().any(|w| w == "AB")
}

/// A capital then a lower-case letter ("Petra"; also "G" as a middle initial).
fn starts_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_none_or(|c| c.is_lowercase() || c == '.')
}

/// A title under a signature's name, by the endings Swedish titles take:
/// "Förvaltningschef", "Biträdande avdelningschef", "Kommundirektör",
/// "Upphandlare", "Utredare", "Nämndsekreterare", "Controller",
/// "Socialchef, Socialförvaltningen".
pub fn is_role(line: &str) -> bool {
    /// Endings of agent nouns and titles.
    const ENDINGS: [&str; 20] = [
        "chef",
        "direktör",
        "are",
        // "-tör" and "-llör", not "-ör": "tjänstgör" is a verb.
        "tör",
        "llör",
        "ent",
        "ist",
        "log",
        "ekonom",
        "jurist",
        "strateg",
        "ansvarig",
        "controller",
        "ordförande",
        "rektor",
        "arkitekt",
        "ingenjör",
        "kurator",
        "ombud",
        "man",
    ];
    const LEADS: [&str; 6] = ["biträdande", "bitr.", "t.f.", "tf", "tillförordnad", "vice"];
    let words: Vec<&str> = line.split_whitespace().collect();
    if !(1..=4).contains(&words.len()) || line.ends_with('.') {
        return false;
    }
    // The title is the first word, or the second after "Biträdande".
    let mut title = words[0].trim_end_matches(',').to_lowercase();
    if LEADS.contains(&title.as_str())
        && let Some(next) = words.get(1)
    {
        title = next.trim_end_matches(',').to_lowercase();
    }
    // The title is the first word; what follows may name where
    // ("Avdelningschef Stöd och omsorg", "Socialchef, Socialförvaltningen").
    title.chars().count() >= 5 && ENDINGS.iter().any(|e| title.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_known_by_their_endings() {
        for role in [
            "Förvaltningschef",
            "Upphandlare",
            "Utredare",
            "Nämndsekreterare",
            "Biträdande avdelningschef",
            "Socialchef, Socialförvaltningen",
            "Avdelningschef Stöd och omsorg",
            "Kommundirektör",
            "Controller",
            "Miljöinspektör",
        ] {
            assert!(is_role(role), "{role}");
        }
        for not in [
            "tjänstgör",
            "Petra Sandell",
            "Kommunstyrelsen",
            "Ekonomiavdelningen",
            "Samtliga rektorer",
            "Tjänsteskrivelse",
        ] {
            assert!(!is_role(not), "{not}");
        }
    }

    #[test]
    fn a_signature_after_a_list_is_found() {
        let lines = [
            "Tjänsteskrivelse 2025-03-12",
            "Förslag till riktlinje",
            "",
            "Petra Sandell",
            "Socialchef",
            "",
            "Lena Björkqvist",
            "Utredare",
        ];
        assert_eq!(trailing_signature(&lines), Some(2));
        let under_a_lead = [
            "Kommunstyrelsen",
            "",
            "För Socialnämnden",
            "Anna Ek",
            "Ordförande",
        ];
        assert_eq!(trailing_signature(&under_a_lead), Some(2));
    }

    #[test]
    fn signatories_side_by_side_are_pairs() {
        let lines = [
            "Kommunstyrelsen",
            "",
            "Petra Sandell\tLena Björkqvist",
            "Socialchef\tUtredare",
        ];
        assert_eq!(trailing_signature(&lines), Some(1));
        assert_eq!(
            side_by_side(lines[2], lines[3]).unwrap(),
            [
                ("Petra Sandell".to_owned(), "Socialchef".to_owned()),
                ("Lena Björkqvist".to_owned(), "Utredare".to_owned())
            ]
        );
    }

    #[test]
    fn names_in_a_list_are_no_signature() {
        assert_eq!(
            trailing_signature(&["Kommunstyrelsen", "Kim Exempelsson"]),
            None
        );
        assert_eq!(
            trailing_signature(&["Solrosgruppen AB", "Robin Åkesson", "Ekonomienheten"]),
            None
        );
    }
}
