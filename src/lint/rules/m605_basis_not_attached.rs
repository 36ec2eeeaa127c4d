use crate::lint::rule::{ItemFacts, MeetingContext, MeetingFinding, MeetingRule};

declare_rule! {
    /// M605 basis-not-attached: ett dokument i ett ärendes beslutsunderlag
    /// finns inte bland de bilagor ärendet bifogar.
    ///
    /// Ledamöterna beslutar om det de fått: ett underlag som nämns men inte
    /// bifogas saknas i handlingarna. Handlingen själv (en post som nämner
    /// tjänsteskrivelsen) behöver ingen bilaga. En post räknas som bifogad när
    /// en bilagas filnamn har ett ord gemensamt med den, eller när den är
    /// "Bilaga N" och ärendet har N bilagor; regeln säger något bara när det
    /// finns fler poster än bilagor.
    ///
    /// Fel:
    ///
    /// ```yaml
    /// # ärendet
    /// basis: [Tjänsteskrivelse 2026-03-02, Uppföljningsrapport 2025]
    /// # sammanträdet
    /// - case: avtal.yaml
    /// ```
    ///
    /// Rätt:
    ///
    /// ```yaml
    /// - case: avtal.yaml
    ///   bilagor: [bilagor/uppfoljningsrapport-2025.pdf]
    /// ```
    pub struct BasisNotAttached {
        code: "M605",
        name: "basis-not-attached",
        severity: Warning,
        summary: "beslutsunderlag som inte bifogas",
    }
}

impl MeetingRule for BasisNotAttached {
    fn meta(&self) -> &'static crate::lint::RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &MeetingContext<'_>, out: &mut Vec<MeetingFinding>) {
        for item in cx.items {
            let Some(case) = &item.case else { continue };
            let wanted: Vec<&String> = case.basis.iter().filter(|e| !is_the_paper(e)).collect();
            if wanted.len() <= item.bilagor.len() {
                continue;
            }
            let field = if item.bilagor.is_empty() {
                format!("items[{}]", item.index)
            } else {
                format!("items[{}].bilagor", item.index)
            };
            for entry in wanted.into_iter().filter(|e| !attached(e, item)) {
                out.push(MeetingFinding::new(
                    &Self::META,
                    field.clone(),
                    format!(
                        "beslutsunderlaget i ärende {} nämner ”{}”, men ärendet har ingen bilaga som motsvarar den",
                        item.number,
                        entry.trim()
                    ),
                ));
            }
        }
    }
}

/// "Tjänsteskrivelse 2026-03-02", "Förvaltningens tjänsteskrivelse": the
/// paper itself.
fn is_the_paper(entry: &str) -> bool {
    entry.to_lowercase().contains("tjänsteskrivelse")
}

fn attached(entry: &str, item: &ItemFacts) -> bool {
    let folded = fold(entry);
    if let Some(n) = bilaga_number(&folded) {
        return n >= 1 && n <= item.bilagor.len();
    }
    item.bilagor.iter().any(|(path, _)| {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        fold(stem)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4 && !w.chars().all(|c| c.is_ascii_digit()))
            .any(|w| folded.contains(w))
    })
}

/// "bilaga 2 …" → 2.
fn bilaga_number(folded: &str) -> Option<usize> {
    let rest = folded.trim_start().strip_prefix("bilaga")?;
    let digits: String = rest
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Lower case, å/ä → a, ö → o: file names are often written without them.
fn fold(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            'é' => 'e',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use crate::lint::meeting::testing::*;

    #[test]
    fn fires_on_an_underlag_without_a_bilaga() {
        let file = meeting("  - case: a.yaml\n");
        let items = [with_case(
            0,
            case("basis: [Tjänsteskrivelse 2026-03-02, Uppföljningsrapport 2025]"),
        )];
        assert_eq!(
            findings("M605", &file, &items),
            [
                "9:5 beslutsunderlaget i ärende 5 nämner ”Uppföljningsrapport 2025”, men ärendet har ingen bilaga som motsvarar den"
            ]
        );
    }

    #[test]
    fn is_silent_when_each_underlag_is_attached() {
        let file = meeting("  - case: a.yaml\n    bilagor: [uppfoljningsrapport-2025.pdf]\n");
        let mut item = with_case(
            0,
            case("basis: [Tjänsteskrivelse 2026-03-02, Uppföljningsrapport 2025]"),
        );
        item.bilagor = vec![(PathBuf::from("uppfoljningsrapport-2025.pdf"), true)];
        assert!(findings("M605", &file, &[item]).is_empty());
    }

    #[test]
    fn names_only_the_entries_no_file_matches() {
        let file = meeting("  - case: a.yaml\n    bilagor: [prislista.pdf]\n");
        let mut item = with_case(
            0,
            case("basis: [Prislista 2026, Avtal med Solrosgruppen AB]"),
        );
        item.bilagor = vec![(PathBuf::from("prislista.pdf"), true)];
        let found = findings("M605", &file, &[item]);
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("Avtal med Solrosgruppen AB"), "{found:?}");
    }
}
