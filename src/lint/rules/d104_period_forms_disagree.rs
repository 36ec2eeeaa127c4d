use super::{A_YEAR_AND_A_MONTH_IN_DAYS, date, quote};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::about::agreement_term;
use crate::paper::scan::{PeriodMention, Span, floor_char_boundary};
use chrono::{Datelike, NaiveDate};

declare_rule! {
    /// D104 period-forms-disagree: samma period skriven två gånger (i ord och
    /// kortform, eller i två avsnitt) med en ände som skiljer sig.
    ///
    /// Två perioder med samma start men olika slut (eller samma slut men olika
    /// start) är en period skriven två gånger, en gång fel.
    ///
    /// Fel:  … från och med den 1 mars 2020 till och med den 28 februari 2022 … förlängs från 200301 – 220227.
    /// Rätt: … från och med den 1 mars 2020 till och med den 28 februari 2022 … förlängs från 200301 – 220228.
    ///
    /// En längd med sin första dag ("i två år från och med den 1 november
    /// 2026") är också en period och jämförs med de andra, utom när en av
    /// meningarna talar om en möjlighet, en option eller en sammanlagd tid
    /// (grundperioden och hela tiden med förlängning har samma start; en
    /// möjlighet som nämns efter längden, "i två år från den 1 januari 2028,
    /// med möjlighet till förlängning", gör inte längden till en sådan), och
    /// utom när den andra änden ligger mer än ett år ifrån (en del av tiden,
    /// "under perioden 1 november 2026 – 31 mars 2027 tas ett förslag fram").
    ///
    /// Fel:  Avtalet gäller i två år från och med den 1 november 2026. … under perioden 1 november 2026 – 31 oktober 2029.
    /// Rätt: Avtalet gäller i två år från och med den 1 november 2026. … under perioden 1 november 2026 – 31 oktober 2028.
    ///
    /// Åren i rubriken ("Upphandling av skolskjuts 2027–2031") jämförs med
    /// ett nytt avtals period i förslaget till beslut: första och sista året,
    /// eller det sista år förlängningarna når.
    ///
    /// I en ärendefil jämförs perioder i texten med `contract.extension`.
    pub struct PeriodFormsDisagree {
        code: "D104",
        name: "period-forms-disagree",
        severity: Error,
        summary: "samma period skriven på två sätt som inte stämmer överens",
    }
}

impl Rule for PeriodFormsDisagree {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let periods = &paper.scan.periods;
        for (i, later) in periods.iter().enumerate() {
            let Some(earlier) = periods[..i].iter().find(|p| disagree(p, later)) else {
                continue;
            };
            out.push(
                Finding::new(
                    &Self::META,
                    later.span.clone(),
                    format!(
                        "perioden {} skiljer sig från {} ({}): {} – {} mot {} – {}",
                        quote(paper, &later.span),
                        quote(paper, &earlier.span),
                        paper.line_label(earlier.span.start),
                        date(later.from),
                        date(later.to),
                        date(earlier.from),
                        date(earlier.to)
                    ),
                )
                .related(earlier.span.clone(), "samma period skrivs här"),
            );
        }
        told_periods_against_the_others(cx, out);
        title_years_against_the_term(cx, out);
        let extension = paper
            .facts
            .contract
            .as_ref()
            .and_then(|c| c.extension.as_ref());
        if let Some(ext) = extension {
            for period in periods
                .iter()
                .filter(|p| half_equal(p, ext.value.from, ext.value.to))
            {
                out.push(
                    Finding::new(
                        &Self::META,
                        period.span.clone(),
                        format!(
                            "perioden {} skiljer sig från förlängningen i ärendets data ({} – {})",
                            quote(paper, &period.span),
                            date(ext.value.from),
                            date(ext.value.to)
                        ),
                    )
                    .related(ext.span.clone(), "contract.extension"),
                );
            }
        }
    }
}

/// A length told with its first day ("två år från och med den 1 november
/// 2026") against the periods and the other such lengths: the later of two
/// that share exactly one end is reported.
fn told_periods_against_the_others(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let paper = cx.paper;
    // A told period reads from its length to its first day: "två år från
    // och med den 1 november 2026".
    let told: Vec<(NaiveDate, NaiveDate, Span, bool)> = paper
        .scan
        .durations
        .iter()
        // A length told back from its last day is D103's to compare with
        // the proposal ("förlängs ett år, till och med …" may share the
        // proposal's end: one slip, one finding).
        .filter(|d| !d.told_from_its_end())
        .filter_map(|d| {
            let (from, to) = d.told_period()?;
            let span = d.told_span()?;
            let total = told_as_a_total(paper, &span);
            Some((from, to, span, total))
        })
        .collect();
    // Each told period is held against every other: a hostile text of
    // thousands stays bounded (a register, not a paper).
    if told.is_empty() || told.len() > MAX_TOLD || paper.scan.periods.len() > MAX_PERIODS {
        return;
    }
    let periods = paper
        .scan
        .periods
        .iter()
        .filter(|p| p.from <= p.to)
        .map(|p| (p.from, p.to, &p.span, None, p.whole_years));
    let all: Vec<(NaiveDate, NaiveDate, &Span, Option<bool>, bool)> = periods
        .chain(
            told.iter()
                .map(|(f, t, s, total)| (*f, *t, s, Some(*total), false)),
        )
        .collect();
    let mut reported: Vec<(usize, usize)> = Vec::new();
    for (from, to, span, total) in &told {
        let (from, to) = (*from, *to);
        if *total {
            continue;
        }
        let Some(&(other_from, other_to, other, _, _)) =
            all.iter().find(|(f, t, s, total, whole_years)| {
                // Whole years agree with any days of them.
                let one = if *whole_years {
                    years_share_one_end((from, to), (*f, *t))
                } else {
                    tell_one_period(from, to, *f, *t)
                };
                *s != span && one && !total.unwrap_or_else(|| tells_a_total(paper, s))
            })
        else {
            continue;
        };
        let (later, earlier) = if other.start > span.start {
            ((other_from, other_to, other), (from, to, span))
        } else {
            ((from, to, span), (other_from, other_to, other))
        };
        // Two lengths that disagree are one pair, reported once.
        let pair = (earlier.2.start, later.2.start);
        if reported.contains(&pair) {
            continue;
        }
        reported.push(pair);
        out.push(
            Finding::new(
                &PeriodFormsDisagree::META,
                later.2.clone(),
                format!(
                    "perioden {} skiljer sig från {} ({}): {} – {} mot {} – {}",
                    quote(paper, later.2),
                    quote(paper, earlier.2),
                    paper.line_label(earlier.2.start),
                    date(later.0),
                    date(later.1),
                    date(earlier.0),
                    date(earlier.1)
                ),
            )
            .related(earlier.2.clone(), "samma period skrivs här"),
        );
    }
}

/// "Upphandling av skolskjuts 2027–2031": the years a title gives a new
/// agreement must be its term's first and last, or the last its options
/// reach ("2027–2033" for a term to 2031 and two years' extension).
fn title_years_against_the_term(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let paper = cx.paper;
    let Some((from, to, term)) = agreement_term(paper) else {
        return;
    };
    let Some((first, last, span)) = title_year_range(paper) else {
        return;
    };
    let latest = paper
        .scan
        .options
        .first()
        .and_then(|o| to.year().checked_add((o.count * o.years) as i32));
    if first == from.year() && (last == to.year() || Some(last) == latest) {
        return;
    }
    out.push(
        Finding::new(
            &PeriodFormsDisagree::META,
            span.clone(),
            format!(
                "rubrikens år {} stämmer inte med avtalsperioden i förslaget till beslut, {} – {}",
                quote(paper, &span),
                date(from),
                date(to)
            ),
        )
        .related(term, "förslaget till beslut"),
    );
}

/// Two years in the title joined by a dash: "2027–2031", "2027 - 2031". A
/// finished paper's title stands in its header; a Markdown paper's is the
/// heading of the first section, before the proposals.
fn title_year_range(paper: &crate::paper::Paper) -> Option<(i32, i32, Span)> {
    use crate::paper::SectionKind;
    let proposals = paper
        .regions
        .iter()
        .find(|r| r.kind == SectionKind::Proposals)
        .map_or(paper.source.len(), |r| r.range.start);
    let in_title = |at: usize| {
        let Some(r) = paper.region_at(at) else {
            return false;
        };
        let heading_line = paper.source[r.range.clone()]
            .find('\n')
            .map_or(r.range.end, |end| r.range.start + end);
        match r.kind {
            SectionKind::Title | SectionKind::Header => true,
            SectionKind::Other(_) => at < heading_line,
            _ => false,
        }
    };
    let before_proposals = paper
        .scan
        .years
        .partition_point(|y| y.span.start < proposals);
    paper.scan.years[..before_proposals]
        .windows(2)
        .find_map(|pair| {
            let [a, b] = pair else { return None };
            let between = paper.source.get(a.span.end..b.span.start)?.trim();
            let dash = between.chars().count() == 1 && between.starts_with(['–', '-', '—']);
            (dash && a.year < b.year && in_title(a.span.start)).then_some((
                a.year,
                b.year,
                a.span.start..b.span.end,
            ))
        })
}

/// More told periods, or periods, than any paper states.
const MAX_TOLD: usize = 500;
const MAX_PERIODS: usize = 2000;

/// Whether a told period and another are one period written two ways: one
/// end the same, the other at most about a year off (a slip of a year or a
/// day). A much shorter period from the same day is a part of it ("under
/// perioden 1 november 2026 – 31 mars 2027 ska bolaget …").
fn tell_one_period(
    from: NaiveDate,
    to: NaiveDate,
    other_from: NaiveDate,
    other_to: NaiveDate,
) -> bool {
    let off = match (from == other_from, to == other_to) {
        (true, false) => (to - other_to).num_days(),
        (false, true) => (from - other_from).num_days(),
        _ => return false,
    };
    off.abs() <= A_YEAR_AND_A_MONTH_IN_DAYS
}

/// Whether the sentence of `span` tells a whole time beside a first one (a
/// base period and the time with its extensions start on the same day):
/// "med möjlighet till förlängning", "option", "totalt", "inklusive".
fn tells_a_total(paper: &crate::paper::Paper, span: &Span) -> bool {
    let Some(sentence) = paper.scan.sentence_at(span.start) else {
        return false;
    };
    // The words near the period, within its sentence: an endless sentence
    // is not read whole for each of its periods.
    let source = &paper.source;
    let start = floor_char_boundary(source, span.start.saturating_sub(NEAR)).max(sentence.start);
    let end = floor_char_boundary(source, (span.end + NEAR).min(source.len())).min(sentence.end);
    has_a_word_of(&source[start..end.max(start)], &TOTALS)
}

/// Whether a word of `text` begins with one of `words` (lower case).
fn has_a_word_of(text: &str, words: &[&str]) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| words.iter().any(|t| w.starts_with(t)))
}

/// Whether a length told with its first day ("i fyra år från den 1 januari
/// 2028", at `span`) is a whole time with extensions: a word of a total
/// before it in its sentence ("Inklusive förlängningar kan avtalet gälla i
/// fyra år …", "med möjlighet till förlängning i två år från …") or just
/// after it ("… från den 1 januari 2028, inklusive förlängning"). A
/// possibility told after it is the length's own extension, which leaves the
/// length the first term ("i två år från den 1 januari 2028, med möjlighet
/// till förlängning i högst två år").
fn told_as_a_total(paper: &crate::paper::Paper, span: &Span) -> bool {
    const AFTER: [&str; 4] = ["inklusive", "inkl", "totalt", "sammanlagt"];
    let Some(sentence) = paper.scan.sentence_at(span.start) else {
        return false;
    };
    let source = &paper.source;
    let start = floor_char_boundary(source, span.start.saturating_sub(NEAR)).max(sentence.start);
    let end =
        floor_char_boundary(source, (span.end + NEAR_AFTER).min(source.len())).min(sentence.end);
    has_a_word_of(&source[start..span.start.max(start)], &TOTALS)
        || has_a_word_of(&source[span.end.min(end)..end.max(span.end)], &AFTER)
}

/// How far after a told period its sentence is read for a total: the
/// words that qualify it, not the next clause.
const NEAR_AFTER: usize = 48;

/// How far around a period its sentence is read for a total.
const NEAR: usize = 240;

/// The words that tell a whole time beside a first one.
const TOTALS: [&str; 8] = [
    "möjlighet",
    "option",
    "inklusive",
    "inkl",
    "totalt",
    "sammanlagt",
    "maximalt",
    "längst",
];

/// Shares exactly one end with the period `from`–`to`.
fn half_equal(p: &PeriodMention, from: chrono::NaiveDate, to: chrono::NaiveDate) -> bool {
    (p.from == from) != (p.to == to)
}

/// Two periods whose years share exactly one end: the first year or the
/// last.
fn years_share_one_end(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> bool {
    (a.0.year() == b.0.year()) != (a.1.year() == b.1.year())
}

/// Two periods that share exactly one end; by their years when either is
/// told in whole years ("gälla 2028–2030" agrees with 1 juli 2028 – 31
/// december 2030).
fn disagree(a: &PeriodMention, b: &PeriodMention) -> bool {
    if a.whole_years || b.whole_years {
        years_share_one_end((a.from, a.to), (b.from, b.to))
    } else {
        half_equal(a, b.from, b.to)
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn the_titles_years_against_a_new_agreements_term() {
        let paper = |title: &str| {
            format!(
                "Utbildningsförvaltningen\nTjänsteskrivelse\n2026-11-02\n\nBarn- och utbildningsnämnden\n\n{title}\n\nFörslag till beslut\n1. Nämnden beslutar att upphandla skolskjuts för perioden 1 juli 2027–30 juni 2031, med möjlighet till förlängning i högst två år.\n"
            )
        };
        assert_eq!(
            text_findings("D104", &paper("Upphandling av skolskjuts 2027–2030")),
            ["2027–2030"]
        );
        let markdown = "Barn- och utbildningsnämnden\n\n# Upphandling av skolskjuts 2027–2030\n\n## Förslag till beslut\n1. Nämnden beslutar att upphandla skolskjuts för perioden 1 juli 2027–30 juni 2031.\n\n## Ärende\nUnder 2027–2030 byggs nya hållplatser.\n";
        assert_eq!(text_findings("D104", markdown), ["2027–2030"]);
        for right in [
            "Upphandling av skolskjuts 2027–2031",
            "Upphandling av skolskjuts 2027 - 2033",
            "Upphandling av skolskjuts från 2027",
        ] {
            assert!(text_findings("D104", &paper(right)).is_empty(), "{right}");
        }
    }

    #[test]
    fn flags_a_compact_form_that_disagrees() {
        let text = "förlängs från och med den 1 mars 2020 till och med den 28 februari 2022. Därmed förlängs avtalet från 200301 – 220227.";
        assert_eq!(text_findings("D104", text), ["från 200301 – 220227"]);
        let yaml = contract_case(
            CONTRACT,
            "sections:\n  arende: Avtalet förlängs från och med den 1 maj 2026 till och med den 30 april 2029.\n",
        );
        assert_eq!(case_findings("D104", &yaml).len(), 1);
    }

    #[test]
    fn passes_forms_that_agree() {
        let text = "förlängs från och med den 1 mars 2020 till och med den 28 februari 2022. Förlängs från 200301 – 220228 och 200301 till och med 220228.";
        assert!(text_findings("D104", text).is_empty());
    }

    #[test]
    fn flags_a_length_from_a_day_that_another_period_ends_otherwise() {
        let two_years = "Markanvisningen gäller i två år från och med den 1 november 2026. ";
        let text = format!(
            "{two_years}Bolaget får under perioden 1 november 2026 – 31 oktober 2029 förhandla."
        );
        assert_eq!(
            text_findings("D104", &text),
            ["1 november 2026 – 31 oktober 2029"]
        );
        // The same end, another start.
        let text = format!(
            "{two_years}Bolaget får från den 1 december 2026 till den 31 oktober 2028 förhandla."
        );
        assert_eq!(text_findings("D104", &text).len(), 1);
        // Two lengths from one day, reported once at the later.
        let text = format!("{two_years}Bolaget får i tre år från den 1 november 2026 förhandla.");
        assert_eq!(
            text_findings("D104", &text),
            ["tre år från den 1 november 2026"]
        );
    }

    #[test]
    fn passes_a_length_that_agrees_a_part_of_it_and_a_total_with_options() {
        let two_years = "Markanvisningen gäller i två år från och med den 1 november 2026. ";
        for other in [
            "Bolaget får under perioden 1 november 2026 – 31 oktober 2028 förhandla.",
            "Under perioden 1 november 2026 – 31 mars 2027 tas ett förslag fram.",
            "Med möjlighet till förlängning gäller den 1 november 2026 – 31 oktober 2029.",
            "Den gäller totalt 1 november 2026 – 31 oktober 2029 med förlängningen.",
        ] {
            let text = format!("{two_years}{other}");
            assert!(text_findings("D104", &text).is_empty(), "{other}");
        }
    }

    #[test]
    fn whole_years_after_a_verb_of_validity_are_a_period() {
        let length = "Avtalet ska gälla i två år från den 1 januari 2028.";
        for (years, flagged) in [
            (" Det nya avtalet ska gälla 2028–2030.", true),
            (" Det nya avtalet ska gälla 2028–2029.", false),
            // Whole years agree with any days of them.
            (
                " Avtalet gäller från den 1 juli 2028 till den 30 juni 2029. Det ska gälla 2028–2029.",
                false,
            ),
            (
                " Avtalet gäller från den 1 juli 2028 till den 30 juni 2029. Det ska gälla 2028–2030.",
                true,
            ),
            (" Budgeten för 2028–2030 antas i juni.", false),
        ] {
            let text = format!("{length}{years}");
            assert_eq!(!text_findings("D104", &text).is_empty(), flagged, "{years}");
        }
    }

    #[test]
    fn a_possibility_after_a_length_leaves_it_the_first_term() {
        let period = " Det nya avtalet gäller från den 1 januari 2028 till den 31 december 2030.";
        for (length, flagged) in [
            (
                "Avtalet ska gälla i två år från den 1 januari 2028, med möjlighet till förlängning i högst två år.",
                true,
            ),
            (
                "Avtalet ska gälla i tre år från den 1 januari 2028, med möjlighet till förlängning i högst två år.",
                false,
            ),
            (
                "Med möjlighet till förlängning kan avtalet gälla i två år från den 1 januari 2028.",
                false,
            ),
            (
                "Avtalet kan gälla i två år från den 1 januari 2028, inklusive förlängning.",
                false,
            ),
        ] {
            let text = format!("{length}{period}");
            assert_eq!(
                text_findings("D104", &text).len(),
                usize::from(flagged),
                "{length}"
            );
        }
    }
}
