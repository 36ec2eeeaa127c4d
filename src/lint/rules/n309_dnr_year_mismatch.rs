use std::collections::HashMap;

use super::usual;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::{DnrMention, dnr_key};

declare_rule! {
    /// N309 dnr-year-mismatch: samma diarienummer skrivet med två olika
    /// årtal.
    ///
    /// Ett diarienummer är en serie, ett år och ett löpnummer. Samma serie
    /// och samma löpnummer med ett annat år är i praktiken aldrig ett annat
    /// ärende i samma handling, utan samma nummer med årtalet felskrivet,
    /// oftast när en handling skrivs om kring ett årsskifte. Regeln gäller
    /// alla nummer, också en myndighets ("IVO, Dnr 8.5-29206/2014") och de
    /// som står i ett sidhuvud. Det årtal som flest ställen skriver tas för
    /// rätt, vid lika det första. Nummer vars löpnummer har färre än tre
    /// siffror jämförs inte: "KS 2021/12" och "KS 2022/12" kan vara två
    /// ärenden.
    ///
    /// Fel:  Tillsyn av bostadssamordningen, Dnr 8.5-29206/2014 … Tillsyn av
    ///       bostadssamordningen, Dnr 8.5-29206/2015
    /// Rätt: … Dnr 8.5-29206/2014 … Dnr 8.5-29206/2014
    pub struct DnrYearMismatch {
        code: "N309",
        name: "dnr-year-mismatch",
        severity: Warning,
        summary: "samma diarienummer med två olika årtal (”8.5-29206/2014” / ”8.5-29206/2015”)",
    }
}

/// Fewest digits the number must have besides its year.
const MIN_SERIAL_DIGITS: usize = 3;

impl Rule for DnrYearMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let mut by_number: HashMap<String, Vec<(i32, &DnrMention)>> = HashMap::new();
        for mention in &cx.paper.scan.dnrs {
            if let Some((number, year)) = number_and_year(mention) {
                by_number.entry(number).or_default().push((year, mention));
            }
        }
        let mut groups: Vec<_> = by_number.into_values().collect();
        groups.sort_by_key(|g| g[0].1.span.start);
        for group in groups {
            let Some(right) = usual(group.iter().map(|(year, _)| *year)) else {
                continue;
            };
            let first_right = group.iter().find(|(y, _)| *y == right).expect("usual");
            for (year, mention) in &group {
                if *year == right {
                    continue;
                }
                out.push(
                    Finding::new(
                        &Self::META,
                        mention.span.clone(),
                        format!(
                            "diarienumret {} har årtalet {year}, men skrivs {} på {}: samma ärende?",
                            mention.text,
                            first_right.1.text,
                            cx.paper.line_label(first_right.1.span.start)
                        ),
                    )
                    .related(first_right.1.span.clone(), "samma nummer med ett annat år"),
                );
            }
        }
    }
}

/// The number without its year (series and serial, "8.5-29206/§") and the
/// year, for a whole, well-formed Dnr whose serial has digits enough.
fn number_and_year(mention: &DnrMention) -> Option<(String, i32)> {
    let year = mention.year?;
    if !mention.complete || !mention.well_formed {
        return None;
    }
    let digits = year.to_string();
    let text = &mention.text;
    // The year as a run of four digits of its own, not inside the serial.
    let at = text.match_indices(&digits).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + digits.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })?;
    let number = format!(
        "{}§{}",
        dnr_key(&text[..at]),
        dnr_key(&text[at + digits.len()..])
    );
    let serial_digits = number.chars().filter(char::is_ascii_digit).count();
    (serial_digits >= MIN_SERIAL_DIGITS).then_some((number, year))
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::text_findings;

    #[test]
    fn one_number_with_two_years() {
        let text = "IVO: Tillsyn av bostadssamordningen, Dnr 8.5-29206/2014. Förslag till beslut. Redovisning till IVO, Dnr 8.5-29206/2015.";
        assert_eq!(text_findings("N309", text), ["8.5-29206/2015"]);
        let twice = "Dnr KS 2025/0345 Ärende … Dnr KS 2024/0345 … sidhuvud Dnr KS 2025/0345";
        assert_eq!(text_findings("N309", twice), ["KS 2024/0345"]);
    }

    #[test]
    fn other_numbers_and_short_serials_are_left_alone() {
        for text in [
            "Dnr KS 2021/12 och Dnr KS 2022/12 gäller två ärenden.",
            "Dnr KS 2025/0345 och Dnr KS 2025/0346 hör ihop.",
            "Dnr KS 2025/0345, tidigare Dnr SN 2024/0345.",
        ] {
            assert!(text_findings("N309", text).is_empty(), "{text}");
        }
    }
}
