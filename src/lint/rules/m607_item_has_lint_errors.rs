use crate::lint::rule::{MeetingContext, MeetingFinding, MeetingRule};

declare_rule! {
    /// M607 item-has-lint-errors: ett ärendes egen handling har fel enligt
    /// granskningen (de rapporteras bredvid det här fyndet, i handlingens egen
    /// fil).
    ///
    /// Handlingarna går till varje ledamot: en handling som säger emot sig själv
    /// bör rättas innan kallelsen skickas.
    ///
    /// Fel: ett ärende vars förlängning "två år" löper tre år (D103), satt på
    /// dagordningen.
    ///
    /// Rätt: ärendet rättat, eller `beslut lint` kört på det först.
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
