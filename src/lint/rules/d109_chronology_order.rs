use crate::base::swedish::month_name;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::Paper;
use crate::paper::scan::{Moment, Process, Timetable, TimetableEntry, process_steps};

declare_rule! {
    /// D109 chronology-order: en tidplan eller kronologi vars datum går
    /// bakåt, eller vars steg är daterade i en ordning de inte kan ske i.
    ///
    /// En tidplan är en följd av rader som var och en parar ett datum (eller en
    /// månad) med ett steg, som en lista, en tabell eller under "Tidplan". I en
    /// lista som går framåt rapporteras ett steg som är daterat före steget
    /// ovanför (en lista med det senaste först lämnas i fred). En process steg
    /// har en egen ordning — en upphandling (annonsering, sista anbudsdag,
    /// utvärdering, tilldelningsbeslut, avtalsspärr, avtal tecknas,
    /// avtalsstart), en detaljplan (planuppdrag, samråd, granskning,
    /// antagande, laga kraft), en budgetprocess (direktiv, förslag,
    /// beredning, beslut) och ett beslut före det som det sätter igång
    /// (driftstart, ikraftträdande). Ett senare steg daterat före ett
    /// tidigare i samma process rapporteras också.
    ///
    /// Fel:  Tidplan
    ///       - maj 2025 Annonsering
    ///       - juni 2025 Avtalsstart
    ///       - 15 sep 2025 Tilldelningsbeslut
    /// Rätt: Tidplan
    ///       - maj 2025 Annonsering
    ///       - 15 sep 2025 Tilldelningsbeslut
    ///       - januari 2026 Avtalsstart
    pub struct ChronologyOrder {
        code: "D109",
        name: "chronology-order",
        severity: Error,
        summary: "en tidplan eller kronologi där datumen går baklänges",
    }
}

impl Rule for ChronologyOrder {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // A timetable of thousands of lines is data, not a plan to check
        // pairwise.
        for table in cx
            .paper
            .scan
            .timetables
            .iter()
            .filter(|t| t.entries.len() <= 200)
        {
            check_table(cx, table, out);
        }
        // A process told in a sentence: only the process's order.
        for told in &cx.paper.scan.narrated {
            process_findings(cx, told, &[], out);
        }
    }
}

/// A timetable's steps back against its own direction, then its process's
/// order.
fn check_table(cx: &Context<'_>, table: &Timetable, out: &mut Vec<Finding>) {
    let backwards = backward_steps(table);
    // The entries already reported, so that a procurement check on
    // the same step back does not report it again.
    let mut reported: Vec<usize> = Vec::new();
    for &i in &backwards {
        let i = blamed(table, i);
        let (earlier, later) = if i + 1 < table.entries.len()
            && table.entries[i + 1].when.before(&table.entries[i].when)
        {
            (&table.entries[i + 1], &table.entries[i])
        } else {
            (&table.entries[i - 1], &table.entries[i])
        };
        out.push(
            Finding::new(
                &ChronologyOrder::META,
                later.when_span.clone(),
                format!(
                    "{} ({}) passar inte in i tidplanens ordning: {} är daterad {}",
                    step(cx.paper, later),
                    moment(later.when),
                    step(cx.paper, earlier).to_lowercase(),
                    moment(earlier.when)
                ),
            )
            .related(earlier.when_span.clone(), "steget före"),
        );
        reported.extend([later.when_span.start, earlier.when_span.start]);
    }
    process_findings(cx, table, &reported, out);
}

/// A finding for each later step of a process dated before an earlier one,
/// unless already `reported` (one defect, one finding).
fn process_findings(
    cx: &Context<'_>,
    table: &Timetable,
    reported: &[usize],
    out: &mut Vec<Finding>,
) {
    for (process, first, then) in process_out_of_order(cx.paper, table) {
        if reported.contains(&then.when_span.start) {
            continue;
        }
        out.push(
            Finding::new(
                &ChronologyOrder::META,
                then.when_span.clone(),
                format!(
                    "{} ({}) ligger före {} ({}), men kommer efter det i {}",
                    step(cx.paper, then),
                    moment(then.when),
                    step(cx.paper, first).to_lowercase(),
                    moment(first.when),
                    process.swedish()
                ),
            )
            .related(first.when_span.clone(), "steget som ska komma först"),
        );
    }
}

/// Entries dated before the entry above them, in a list that otherwise
/// runs forwards (more steps forwards than backwards, twice over).
fn backward_steps(table: &Timetable) -> Vec<usize> {
    let entries = &table.entries;
    let back: Vec<usize> = (1..entries.len())
        .filter(|&i| entries[i].when.before(&entries[i - 1].when))
        .collect();
    let forward = (1..entries.len())
        .filter(|&i| entries[i - 1].when.before(&entries[i].when))
        .count();
    if back.is_empty() || forward < 2 * back.len() {
        return Vec::new();
    }
    back
}

/// The entry to blame for the step back into entry `i`: the one above it
/// when that one is the odd one out (later than the one below `i` too),
/// else `i` itself.
fn blamed(table: &Timetable, i: usize) -> usize {
    let e = &table.entries;
    let above_is_odd = e
        .get(i + 1)
        .is_some_and(|next| next.when.before(&e[i - 1].when))
        && (i < 2 || !e[i].when.before(&e[i - 2].when));
    if above_is_odd { i - 1 } else { i }
}

/// Pairs (earlier step, later step) of procurement steps dated the wrong
/// way round; the later step is the one reported, once.
fn process_out_of_order<'t>(
    paper: &Paper,
    table: &'t Timetable,
) -> Vec<(Process, &'t TimetableEntry, &'t TimetableEntry)> {
    let ranked: Vec<(Process, u8, &TimetableEntry)> = table
        .entries
        .iter()
        .flat_map(|e| {
            process_steps(paper.text(&e.step))
                .into_iter()
                .map(move |(process, place)| (process, place, e))
        })
        .collect();
    let mut pairs: Vec<(Process, &TimetableEntry, &TimetableEntry)> = Vec::new();
    for &(process, rank, entry) in &ranked {
        let wrong = ranked
            .iter()
            .filter(|(p, r, other)| *p == process && *r > rank && other.when.before(&entry.when))
            .map(|(_, _, other)| *other)
            .next();
        if let Some(then) = wrong
            && !pairs.iter().any(|(_, _, t)| std::ptr::eq(*t, then))
        {
            pairs.push((process, entry, then));
        }
    }
    pairs
}

fn step<'p>(paper: &'p Paper, entry: &TimetableEntry) -> &'p str {
    paper.text(&entry.step)
}

/// "15 september 2025", "juni 2025".
fn moment(m: Moment) -> String {
    match m.day {
        Some(day) => format!("{day} {} {}", month_name(m.month), m.year),
        None => format!("{} {}", month_name(m.month), m.year),
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_step_dated_before_the_one_above() {
        let text = "### Tidplan\n- 15 maj 2025 Annonsering\n- 20 juni 2025 Sista anbudsdag\n- 1 juni 2025 Utvärdering klar\n- 1 september 2025 Avtalsstart\n";
        assert_eq!(text_findings("D109", text), ["1 juni 2025"]);
        // The odd one out is the step above the step back.
        let text = "### Tidplan\n- april 2026 Annonsering\n- 15 maj 2026 Sista anbudsdag\n- november 2026 Tilldelningsbeslut\n- juli 2026 Avtalstecknande\n- 1 oktober 2026 Avtalsstart\n";
        assert_eq!(text_findings("D109", text), ["november 2026"]);
    }

    #[test]
    fn flags_a_process_told_in_a_sentence_in_an_impossible_order() {
        let text = "### Ärende\nUpphandlingen annonserades den 3 juni 2026 och anbuden öppnades 2026-05-20.\n";
        assert_eq!(text_findings("D109", text), ["2026-05-20"]);
        assert!(text_messages("D109", text)[0].contains("i en upphandling"));
        // Told in any order, the process's own order right: silent.
        let text = "### Ärende\nAvtalet tecknades 2026-09-01, sedan tilldelningsbeslut fattats den 15 augusti 2026.\n";
        assert!(text_findings("D109", text).is_empty());
    }

    #[test]
    fn flags_a_detailed_plan_and_a_start_before_its_decision() {
        let text =
            "### Tidplan\n- Samråd 2026-03-01\n- Antagande 2026-05-20\n- Granskning 2026-09-01\n";
        assert_eq!(text_findings("D109", text), ["2026-05-20"]);
        let text = "### Tidplan\n- Driftstart 2026-02-01\n- Beslut i nämnden 2026-03-18\n";
        assert_eq!(text_findings("D109", text).len(), 1);
    }

    #[test]
    fn flags_procurement_steps_in_an_impossible_order() {
        let text = "### Tidplan\n- maj 2025 Annonsering\n- juni 2025 Avtalsstart\n- 15 sep 2025 Tilldelningsbeslut\n";
        assert_eq!(text_findings("D109", text), ["juni 2025"]);
    }

    #[test]
    fn passes_ordered_timetables_and_lists_newest_first() {
        let text = "### Tidplan\n- maj 2025 Annonsering\n- 15 sep 2025 Tilldelningsbeslut\n- januari 2026 Avtalsstart\n";
        assert!(text_findings("D109", text).is_empty());
        let text = "### Historik\n2024-03-01 Beslut om förlängning\n2023-05-02 Uppföljning\n2022-01-10 Avtalsstart\n";
        assert!(text_findings("D109", text).is_empty());
        let text = "### Tidplan\n- maj 2025 Annonsering\n- juni 2025 Tilldelningsbeslut\n- 15 juni 2025 Avtalsspärr löper ut\n- 1 juni 2025 Information till nämnden\n- augusti 2025 Avtalsstart\n";
        // "1 juni" after "15 juni" goes back; "juni 2025" beside "15 juni 2025" does not.
        assert_eq!(text_findings("D109", text), ["1 juni 2025"]);
    }
}
