//! The steps of the processes a decision paper times: a procurement, a
//! detaljplan (plan- och bygglagen 2010:900), a budget process, and a
//! decision put into effect. Each step has its place in its process, so a
//! timetable whose dates put a later step first can be told.

/// A process whose steps have an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Process {
    Procurement,
    /// Planuppdrag, samråd, granskning, antagande, laga kraft.
    DetailedPlan,
    /// Direktiv, nämndernas förslag, beredning, fullmäktiges beslut.
    Budget,
    /// A decision, then what it starts.
    Decision,
}

impl Process {
    /// "en upphandling", for messages.
    pub fn swedish(self) -> &'static str {
        match self {
            Process::Procurement => "en upphandling",
            Process::DetailedPlan => "en detaljplan",
            Process::Budget => "en budgetprocess",
            Process::Decision => "ett beslut och det det sätter igång",
        }
    }
}

/// (words a step is named by, its place) per process. A step's name is
/// matched by its stem, so definite and plural forms count ("samrådet",
/// "granskningstiden").
const STEPS: &[(Process, &[(&str, u8)])] = &[
    (
        Process::Procurement,
        &[
            ("förfrågningsunderlag", 1),
            ("annonser", 1),
            ("publicer", 1),
            ("sista anbudsdag", 2),
            ("sista dag för anbud", 2),
            ("anbudsöppning", 2),
            ("anbuden öppna", 2),
            ("anbudstiden", 2),
            ("utvärdering", 3),
            ("tilldelningsbeslut", 4),
            ("tilldelning", 4),
            ("avtalsspärr", 5),
            ("avtal tecknas", 6),
            ("avtalstecknande", 6),
            ("avtalet teckna", 6),
            ("undertecknande", 6),
            ("avtalsstart", 7),
            ("driftstart", 7),
            ("avtalet börjar gälla", 7),
            ("verksamhetsstart", 7),
        ],
    ),
    (
        Process::DetailedPlan,
        &[
            ("planuppdrag", 1),
            ("planbesked", 1),
            ("samråd", 2),
            ("granskning", 3),
            ("utställning", 3),
            ("antagande", 4),
            ("antas", 4),
            ("laga kraft", 5),
        ],
    ),
    (
        Process::Budget,
        &[
            ("budgetdirektiv", 1),
            ("planeringsdirektiv", 1),
            ("budgetförslag", 2),
            ("budgetberedning", 3),
            ("budgetbeslut", 4),
            ("budgeten fastställs", 4),
        ],
    ),
    (
        Process::Decision,
        &[
            ("beslut i nämnden", 1),
            ("nämndbeslut", 1),
            ("beslut i kommunfullmäktige", 1),
            ("beslut i kommunstyrelsen", 1),
            ("införande", 2),
            ("driftstart", 2),
            ("ikraftträdande", 2),
            ("träder i kraft", 2),
        ],
    ),
];

/// The processes a step's name belongs to, each with the step's place in it
/// ("Driftstart" is the last step of a procurement and follows a decision).
pub fn process_steps(step: &str) -> Vec<(Process, u8)> {
    let lower = step.to_lowercase();
    STEPS
        .iter()
        .filter_map(|(process, steps)| {
            steps
                .iter()
                .find(|(word, _)| lower.contains(word))
                .map(|(_, place)| (*process, *place))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_know_their_processes() {
        assert_eq!(
            process_steps("Samrådet pågår"),
            [(Process::DetailedPlan, 2)]
        );
        assert_eq!(
            process_steps("Driftstart"),
            [(Process::Procurement, 7), (Process::Decision, 2)]
        );
        assert!(process_steps("Information till nämnden").is_empty());
    }
}
