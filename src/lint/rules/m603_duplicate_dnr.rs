use crate::lint::rule::{MeetingContext, MeetingFinding, MeetingRule};

declare_rule! {
    /// M603 duplicate-dnr: två ärenden på samma dagordning har samma Dnr.
    ///
    /// Oftast ett kopierat ärende där ingen ändrade Dnr; ibland samma ärende två
    /// gånger. I båda fallen skulle protokollet föra två beslut under ett nummer.
    ///
    /// Fel:
    ///
    /// ```yaml
    /// items:
    ///   - case: avtal-solros.yaml      # dnr: SN 2026/14
    ///   - case: avtal-eleonora.yaml    # dnr: SN 2026/14
    /// ```
    ///
    /// Rätt: varje ärende med sitt eget Dnr.
    pub struct DuplicateDnr {
        code: "M603",
        name: "duplicate-dnr",
        severity: Error,
        summary: "samma diarienummer i två ärenden",
    }
}

impl MeetingRule for DuplicateDnr {
    fn meta(&self) -> &'static crate::lint::RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &MeetingContext<'_>, out: &mut Vec<MeetingFinding>) {
        for (at, item) in cx.items.iter().enumerate() {
            let Some(dnr) = item.dnr.as_deref().map(normalise).filter(|d| !d.is_empty()) else {
                continue;
            };
            let first = cx.items[..at].iter().find(|earlier| {
                earlier.dnr.as_deref().map(normalise).as_deref() == Some(dnr.as_str())
            });
            if let Some(first) = first {
                out.push(MeetingFinding::new(
                    &Self::META,
                    format!("items[{}]", item.index),
                    format!(
                        "ärende {} har samma diarienummer som ärende {}: {}",
                        item.number,
                        first.number,
                        item.dnr.as_deref().unwrap_or_default()
                    ),
                ));
            }
        }
    }
}

/// "SN 2026/14" and "sn  2026/14" are one number.
fn normalise(dnr: &str) -> String {
    dnr.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

#[cfg(test)]
mod tests {
    use crate::lint::meeting::testing::*;

    #[test]
    fn fires_on_the_second_item_with_a_dnr() {
        let file = meeting("  - case: a.yaml\n  - case: b.yaml\n");
        let items = [
            with_case(0, case("dnr: SN 2026/14")),
            with_case(1, case("dnr: SN  2026/14")),
        ];
        assert_eq!(
            findings("M603", &file, &items),
            ["10:5 ärende 6 har samma diarienummer som ärende 5: SN  2026/14"]
        );
    }

    #[test]
    fn is_silent_on_distinct_or_missing_numbers() {
        let file = meeting("  - case: a.yaml\n  - case: b.yaml\n  - info: X\n");
        let mut info = with_case(2, case(""));
        info.dnr = None;
        let items = [
            with_case(0, case("dnr: SN 2026/14")),
            with_case(1, case("dnr: SN 2026/15")),
            info,
        ];
        assert!(findings("M603", &file, &items).is_empty());
    }
}
