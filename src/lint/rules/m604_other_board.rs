use crate::lint::rule::{MeetingContext, MeetingFinding, MeetingRule};

declare_rule! {
    /// M604 other-board: en handling på dagordningen är ställd till en annan
    /// nämnd än den som sammanträder.
    ///
    /// En handling kopierad från en annan nämnds ärende behåller sin mottagare;
    /// nämnden skulle besluta om en handling skriven till någon annan.
    ///
    /// Fel (det är Socialnämnden som sammanträder):
    ///
    /// ```yaml
    /// board: Kultur- och fritidsnämnden
    /// ```
    ///
    /// Rätt:
    ///
    /// ```yaml
    /// board: Socialnämnden
    /// ```
    pub struct OtherBoard {
        code: "M604",
        name: "other-board",
        severity: Error,
        summary: "handlingen är ställd till en annan nämnd",
    }
}

impl MeetingRule for OtherBoard {
    fn meta(&self) -> &'static crate::lint::RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &MeetingContext<'_>, out: &mut Vec<MeetingFinding>) {
        let board = &cx.meeting.board;
        for item in cx.items {
            let Some(case) = item.case.as_ref().filter(|c| !c.board.trim().is_empty()) else {
                continue;
            };
            if !same_board(&case.board, board) {
                out.push(MeetingFinding::new(
                    &Self::META,
                    format!("items[{}]", item.index),
                    format!(
                        "handlingen i ärende {} är ställd till {}, men det är {} som sammanträder",
                        item.number,
                        case.board.trim(),
                        board.trim()
                    ),
                ));
            }
        }
    }
}

/// Case, spacing and dash differences are not another board.
fn same_board(a: &str, b: &str) -> bool {
    let key = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace(['–', '—'], "-")
            .to_lowercase()
    };
    key(a) == key(b)
}

#[cfg(test)]
mod tests {
    use crate::lint::meeting::testing::*;

    #[test]
    fn fires_on_a_paper_to_another_board() {
        let file = meeting("  - case: a.yaml\n");
        let items = [with_case(0, case("board: Kultur- och fritidsnämnden"))];
        assert_eq!(
            findings("M604", &file, &items),
            [
                "9:5 handlingen i ärende 5 är ställd till Kultur- och fritidsnämnden, men det är Socialnämnden som sammanträder"
            ]
        );
    }

    #[test]
    fn is_silent_on_the_same_board_written_differently() {
        let file = meeting("  - case: a.yaml\n");
        let items = [with_case(0, case("board: socialnämnden "))];
        assert!(findings("M604", &file, &items).is_empty());
    }
}
