use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// D101 invalid-date: ett datum som inte finns.
    ///
    /// En handling som beslutar något "från 31 april 2024" beslutar ingenting:
    /// dagen finns inte, och läsaren får gissa vad som menades.
    ///
    /// Ett läsår, verksamhetsår eller en säsong över två kalenderår är två
    /// år i följd: "läsåret 2021/23" finns inte heller.
    ///
    /// Fel:  Avtalet gäller från och med den 31 april 2024.
    /// Rätt: Avtalet gäller från och med den 30 april 2024.
    pub struct InvalidDate {
        code: "D101",
        name: "invalid-date",
        severity: Error,
        summary: "ett datum som inte finns (2023-02-29, 31 april)",
    }
}

impl Rule for InvalidDate {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for mention in &cx.paper.scan.dates {
            if let Err(why) = &mention.date {
                out.push(Finding::new(&Self::META, mention.span.clone(), why.clone()));
            }
        }
        for year in cx.paper.scan.split_years.iter().filter(|y| !y.is_a_year()) {
            out.push(Finding::new(
                &Self::META,
                year.span.clone(),
                format!(
                    "{}/{} är inte två år i följd: {}/{} eller {}/{}?",
                    year.first,
                    two_digits(year.second),
                    year.first,
                    two_digits(year.first + 1),
                    year.second.saturating_sub(1),
                    two_digits(year.second)
                ),
            ));
        }
    }
}

/// A year's last two digits: 2022 → "22".
fn two_digits(year: u16) -> String {
    format!("{:02}", year % 100)
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::text_findings;

    #[test]
    fn flags_days_that_do_not_exist() {
        assert_eq!(
            text_findings("D101", "Gäller från den 31 april 2024 och 2023-02-29."),
            ["31 april 2024", "2023-02-29"]
        );
    }

    #[test]
    fn flags_a_school_year_that_is_no_year() {
        assert_eq!(
            text_findings(
                "D101",
                "Eleverna läsåret 2021/23 och läsåret 2022/23, Dnr 2021/23."
            ),
            ["2021/23"]
        );
    }

    #[test]
    fn passes_real_days() {
        assert!(text_findings("D101", "Gäller från den 30 april 2024 och 2024-02-29.").is_empty());
    }
}
