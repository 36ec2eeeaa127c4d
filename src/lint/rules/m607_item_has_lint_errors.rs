use crate::lint::meeting::{MeetingContext, MeetingFinding, MeetingRule};

declare_rule! {
    /// An item's own paper has lint errors (reported beside this finding,
    /// in the paper's own file).
    ///
    /// The packet goes to every member: a paper that contradicts itself
    /// should be fixed before the kallelse is sent.
    ///
    /// Bad: a case whose extension "två år" runs three years (D103), put on
    /// the agenda.
    ///
    /// Good: the case fixed, or `beslut lint` run on it first.
    pub struct ItemHasLintErrors {
        code: "M607",
        name: "item-has-lint-errors",
        severity: Error,
        summary: "ärendets handling har lintfel",
    }
}

impl MeetingRule for ItemHasLintErrors {
    fn meta(&self) -> &'static crate::lint::RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &MeetingContext<'_>, out: &mut Vec<MeetingFinding>) {
        for item in cx.items.iter().filter(|i| i.lint_errors > 0) {
            let errors = match item.lint_errors {
                1 => "1 fel".to_owned(),
                n => format!("{n} fel"),
            };
            out.push(MeetingFinding::new(
                &Self::META,
                format!("items[{}]", item.index),
                format!(
                    "handlingen i ärende {} har {errors} (se fynden i dess fil)",
                    item.number
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::meeting::testing::*;

    #[test]
    fn fires_on_an_item_with_errors() {
        let file = meeting("  - case: a.yaml\n");
        let mut item = with_case(0, case(""));
        item.lint_errors = 2;
        assert_eq!(
            findings("M607", &file, &[item]),
            ["9:5 handlingen i ärende 5 har 2 fel (se fynden i dess fil)"]
        );
    }

    #[test]
    fn is_silent_on_a_clean_item() {
        let file = meeting("  - case: a.yaml\n");
        assert!(findings("M607", &file, &[with_case(0, case(""))]).is_empty());
    }
}
