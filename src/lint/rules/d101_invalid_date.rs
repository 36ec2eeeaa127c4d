use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// D101 invalid-date: ett datum som inte finns.
    ///
    /// En handling som beslutar något "från 31 april 2024" beslutar ingenting:
    /// dagen finns inte, och läsaren får gissa vad som menades.
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
    }
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
    fn passes_real_days() {
        assert!(text_findings("D101", "Gäller från den 30 april 2024 och 2024-02-29.").is_empty());
    }
}
