//! Past-tense event verbs: "lämnades", "har genomförts".

use std::sync::LazyLock;

use regex::Regex;

use super::{Span, regex};

/// A past-tense event verb: "lämnades", "har genomförts".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventMention {
    pub span: Span,
    pub verb: String,
}

static EVENT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(har\s+lämnats|lämnades|lämnats|har\s+genomförts|genomfördes|genomförts|hölls|har\s+hållits|skedde|har\s+skett|inkom|informerades|förhandlades)\b",
    )
});

pub(super) fn find_events(text: &str) -> Vec<EventMention> {
    EVENT
        .find_iter(text)
        .map(|m| EventMention {
            span: m.range(),
            verb: m.as_str().split_whitespace().collect::<Vec<_>>().join(" "),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::lint::text::scan;

    #[test]
    fn past_tense_events() {
        let s = scan(
            "Information lämnades den 5 december 2022. MBL-information har lämnats 2019-02-11. Uppföljning ska genomföras.",
        );
        let verbs: Vec<&str> = s.events.iter().map(|e| e.verb.as_str()).collect();
        assert_eq!(verbs, ["lämnades", "har lämnats"]);
    }
}
