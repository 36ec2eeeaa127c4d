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
            // Words are separated by whitespace: a sentence this short
            // cannot have more than the limit, and most have not.
            if text.len() / 2 < limit {
                continue;
            }
            // A table row is no sentence, however many cells it has.
            let row = text.starts_with('|') || text.contains('\t');
            let skip = row
                || matches!(
                    paper.section_at(sentence.start),
                    Some(SectionKind::Header | SectionKind::Distribution | SectionKind::Basis)
                );
            let words = text
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            if !skip && words > limit {
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
}
