use crate::lint::rule::{MeetingContext, MeetingFinding, MeetingRule};

declare_rule! {
    /// M606 missing-bilaga: en bilaga i sammanträdesfilen finns inte.
    ///
    /// En bilaga som bytt namn eller flyttats; handlingarna kan inte byggas utan
    /// den.
    ///
    /// Fel:
    ///
    /// ```yaml
    /// bilagor: [bilagor/prislista-2026.pdf]   # filen heter prislista_2026.pdf
    /// ```
    ///
    /// Rätt: sökvägen till en fil som finns, räknad från sammanträdesfilen.
    pub struct MissingBilaga {
        code: "M606",
        name: "missing-bilaga",
        severity: Error,
        summary: "en bilaga som inte finns",
    }
}

impl MeetingRule for MissingBilaga {
    fn meta(&self) -> &'static crate::lint::RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &MeetingContext<'_>, out: &mut Vec<MeetingFinding>) {
        for item in cx.items {
            for (b, (path, exists)) in item.bilagor.iter().enumerate() {
                if !exists {
                    out.push(MeetingFinding::new(
                        &Self::META,
                        format!("items[{}].bilagor[{b}]", item.index),
                        format!(
                            "bilagan {} i ärende {} finns inte ({})",
                            b + 1,
                            item.number,
                            path.display()
                        ),
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use crate::lint::meeting::testing::*;

    #[test]
    fn fires_on_a_bilaga_that_is_not_there() {
        let file = meeting("  - info: X\n    bilagor: [a.pdf, b.pdf]\n");
        let mut item = with_case(0, case(""));
        item.bilagor = vec![
            (PathBuf::from("a.pdf"), true),
            (PathBuf::from("b.pdf"), false),
        ];
        let found = findings("M606", &file, &[item]);
        assert_eq!(found, ["10:22 bilagan 2 i ärende 5 finns inte (b.pdf)"]);
    }

    #[test]
    fn is_silent_when_every_bilaga_exists() {
        let file = meeting("  - info: X\n    bilagor: [a.pdf]\n");
        let mut item = with_case(0, case(""));
        item.bilagor = vec![(PathBuf::from("a.pdf"), true)];
        assert!(findings("M606", &file, &[item]).is_empty());
    }
}
