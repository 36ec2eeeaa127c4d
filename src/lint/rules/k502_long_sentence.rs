use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::SectionKind;

declare_rule! {
    /// K502 long-sentence: klarspråk. En mening som är längre än
    /// `max_sentence_words` i `beslut.toml` (standard 35 ord).
    ///
    /// Långa meningar döljer vem som beslutar vad; dela upp dem.
    ///
    /// Fel:  en mening på femtio ord sammanfogad med "samt", "varvid" och kommatecken.
    /// Rätt: tre meningar på femton ord var.
    pub struct LongSentence {
        code: "K502",
        name: "long-sentence",
        severity: Info,
        summary: "klarspråk: en mening med fler ord än gränsen (35)",
    }
}

impl Rule for LongSentence {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let limit = cx.config.max_sentence_words;
        for sentence in &paper.scan.sentences {
            let text = paper.text(sentence);
            // Most sentences are far too short to count their words.
            if most_words(text) <= limit {
                continue;
            }
            // A table row is no sentence, however many cells it has.
            let row = text.starts_with('|') || text.contains('\t');
            if row
                || matches!(
                    paper.section_at(sentence.start),
                    Some(SectionKind::Header | SectionKind::Distribution | SectionKind::Basis)
                )
            {
                continue;
            }
            let words = text
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            if words > limit {
                let first_line_end = paper.source[sentence.clone()]
                    .find('\n')
                    .map_or(sentence.end, |i| sentence.start + i);
                out.push(Finding::new(
                    &Self::META,
                    sentence.start..first_line_end,
                    format!("klarspråk: meningen har {words} ord (gräns {limit}); dela upp den"),
                ));
            }
        }
    }
}

/// At least as many words as `text` has: one more than the bytes that can
/// be or start whitespace (ASCII whitespace, and the lead bytes of every
/// other whitespace character: U+0085, U+00A0, U+1680, U+2000–U+3000). A
/// count of bytes, with no decoding.
fn most_words(text: &str) -> usize {
    let spaces = text
        .bytes()
        .filter(|b| b.is_ascii_whitespace() || matches!(b, 0x0b | 0xc2 | 0xe1 | 0xe2 | 0xe3))
        .count();
    spaces + 1
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::text_findings;

    #[test]
    fn flags_long_sentences() {
        let long = format!("### Ärende\n{}slut.", "ord ".repeat(40));
        assert_eq!(text_findings("K502", &long).len(), 1);
    }

    #[test]
    fn table_rows_are_not_sentences() {
        let cells = "| 1 000 ".repeat(40);
        let text = format!("### Ärende\nKostnader:\n\n| Post |\n|---|\n{cells}|\nslut.");
        assert!(text_findings("K502", &text).is_empty());
        let tabs = "1 000\t".repeat(40);
        assert!(
            text_findings("K502", &format!("### Ärende\nKostnader:\n{tabs}\nslut.")).is_empty()
        );
    }

    #[test]
    fn passes_short_sentences() {
        assert!(text_findings("K502", "Kort mening. En till.").is_empty());
    }

    /// The byte count never undercounts: every character Rust splits words
    /// at is counted, alone and between words.
    #[test]
    fn most_words_is_never_fewer_than_the_words() {
        let spaces = (0..=0x10FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace());
        for space in spaces {
            let text = format!("ett{space}två{space}{space}tre åäö\u{a0}fyra");
            let words = text.split_whitespace().count();
            assert!(super::most_words(&text) >= words, "{:?}", space);
        }
        let long = "ord ".repeat(50);
        assert!(super::most_words(&long) >= 50);
    }
}
