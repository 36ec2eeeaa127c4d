use super::quote;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::{CountMention, same_counted};

declare_rule! {
    /// N310 count-referred-back-mismatch: texten syftar tillbaka på något
    /// den har räknat ("de sex enheterna") med ett annat antal än när det
    /// räknades ("fem enheter").
    ///
    /// "De fem enheterna" i bestämd form med "de" eller "dessa" före talet,
    /// och "samtliga fem enheter", säger att läsaren redan vet vilka fem det
    /// är. Har texten tidigare
    /// räknat samma sak ("enheter", "förskoleplatser" är ett slags
    /// "platser") med ett enda annat tal, och står talet inte tidigare i
    /// texten alls (inte heller för något annat: "fem enheter slås samman
    /// till tre. De tre enheterna …"), har ett av talen ändrats utan det
    /// andra. En del av det räknade ("de två enheterna i norr", "de två
    /// nya enheterna"), en gräns ("efter 10 besök", "minst tre anbud"),
    /// antal för olika år ("under 2024" / "för 2026") och det som gällde
    /// tidigare ("dagens") prövas inte.
    ///
    /// "Av de 35 som väntade var 29 över 80 år" syftar på samma sätt tillbaka
    /// på dem texten räknat med samma verbform strax före ("väntade 37
    /// personer", "37 personer som väntade"); en bisats som fortsätter efter
    /// verbet ("de 30 som valde tyska") kan vara en del av dem och prövas inte.
    ///
    /// Fel:  I dag har hemtjänsten fem enheter. … De sex enheterna slås
    ///       samman till tre områden.
    /// Rätt: … De fem enheterna slås samman till tre områden.
    pub struct CountReferredBackMismatch {
        code: "N310",
        name: "count-referred-back-mismatch",
        severity: Warning,
        summary: "texten syftar tillbaka på något den räknat med ett annat antal (”fem enheter” / ”de sex enheterna”)",
    }
}

impl Rule for CountReferredBackMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let counts = &paper.scan.counts;
        // Each count referred back is held against those before it: a
        // hostile text of thousands stays bounded.
        if counts.len() > MAX_COUNTS {
            return;
        }
        referred_back_by_verb(cx, out);
        for (i, back) in counts.iter().enumerate() {
            if !back.referring
                || back.qualified
                || back.number_said_before
                || back.clause.now_or_before
                || back.clause.whole_or_part
                || back.clause.compared
            {
                continue;
            }
            let Some(counted) = counted_once_before(&paper.source, &counts[..i], back) else {
                continue;
            };
            out.push(
                Finding::new(
                    &Self::META,
                    back.span.clone(),
                    format!(
                        "{} syftar tillbaka på {} ({}), men med ett annat antal",
                        quote(paper, &back.span),
                        quote(paper, &counted.span),
                        paper.line_label(counted.span.start)
                    ),
                )
                .related(counted.span.clone(), "där det räknades"),
            );
        }
    }
}

/// "Av de 35 som väntade" after "väntade 37 personer": the number is not
/// the one the text counted with that verb, nor stands earlier at all.
fn referred_back_by_verb(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let paper = cx.paper;
    for reference in &paper.scan.verb_references {
        let (counted, counted_span) = &reference.counted;
        let said_before = paper
            .scan
            .counts
            .iter()
            .take_while(|c| c.span.start < reference.span.start)
            .any(|c| c.count == reference.count);
        if *counted == reference.count || said_before {
            continue;
        }
        out.push(
            Finding::new(
                &CountReferredBackMismatch::META,
                reference.span.clone(),
                format!(
                    "{} syftar tillbaka på {} ({}), men med ett annat antal",
                    quote(paper, &reference.span),
                    quote(paper, counted_span),
                    paper.line_label(counted_span.start)
                ),
            )
            .related(counted_span.clone(), "där det räknades"),
        );
    }
}

/// More counts than any paper states: a register, not a paper.
const MAX_COUNTS: usize = 2000;

/// The count before `back` of the same thing, when every such count it
/// may refer to gives one value and that value differs from `back`'s.
fn counted_once_before<'c>(
    source: &str,
    before: &'c [CountMention],
    back: &CountMention,
) -> Option<&'c CountMention> {
    let same: Vec<&CountMention> = before
        .iter()
        .filter(|c| !c.referring && !c.bound && same_counted(&c.thing, &back.thing))
        .collect();
    // The counts of the reference's years ("De sex enheterna för 2026"
    // refers to no count of 2024); a reference that names no year may
    // also refer to the count just before it, whatever its year ("Under
    // 2026 deltog 64 barn. Av de 46 barnen …").
    let dated_alike: Vec<&CountMention> = same
        .iter()
        .copied()
        .filter(|c| c.clause.years == back.clause.years)
        .collect();
    let pool = if !dated_alike.is_empty() {
        dated_alike
    } else if back.clause.years.is_empty() {
        same.last()
            .copied()
            .filter(|c| just_before(source, c, back))
            .into_iter()
            .collect()
    } else {
        return None;
    };
    let first = *pool.first()?;
    let one_value = pool.iter().all(|c| c.count == first.count);
    (one_value && first.count != back.count).then_some(first)
}

/// How far before a reference the count just before it may end.
const JUST_BEFORE: usize = 160;

/// Whether `count` ends in the sentence before `back` or in its own, in
/// one paragraph.
fn just_before(source: &str, count: &CountMention, back: &CountMention) -> bool {
    let between = source.get(count.span.end..back.span.start).unwrap_or("\n");
    between.len() <= JUST_BEFORE
        && !between.contains('\n')
        && between.matches(['.', '!', '?']).count() <= 1
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_count_referred_back_with_another_number() {
        let text = "### Ärende\nI dag har hemtjänsten fem enheter. Förvaltningen föreslår att de sex enheterna slås samman till tre områden.\n";
        assert_eq!(text_findings("N310", text), ["sex enheterna"]);
        let digits = "### Ärende\nFörskolan får 160 platser. De 180 platserna fördelas på åtta avdelningar.\n";
        assert_eq!(text_findings("N310", digits), ["180 platserna"]);
        let whole = "### Ärende\nKommunen har 24 förskolor. I dag har sex av de 26 förskolorna laddstolpar. Samtliga 25 förskolor får dem.\n";
        assert_eq!(
            text_findings("N310", whole),
            ["26 förskolorna", "25 förskolor"]
        );
    }

    #[test]
    fn a_count_of_another_year_or_just_before() {
        // The count of another school year is not the one referred to.
        let school = "### Ärende\nSkolan har i dag 31 elever. Antalet har minskat från 52 elever läsåret 2021/22. Centralskolan har plats för de 34 eleverna.\n";
        assert_eq!(text_findings("N310", school), ["34 eleverna"]);
        // A reference without a year, to the count of the sentence before.
        let children = "### Ärende\nUnder 2026 deltog 64 barn i nio grupper. Av de 46 barnen var 38 flickor.\n";
        assert_eq!(text_findings("N310", children), ["46 barnen"]);
    }

    #[test]
    fn passes_the_same_count_a_part_and_a_number_said_before() {
        for text in [
            // The same number.
            "I dag har hemtjänsten fem enheter. De fem enheterna slås samman.",
            // A part of them.
            "Hemtjänsten har fem enheter. De två enheterna i norr slås samman.",
            "Hemtjänsten har fem enheter. De två nya enheterna startar i mars.",
            // The number already said, of something else or of nothing.
            "Fem enheter slås samman till tre. De tre enheterna leds av var sin chef.",
            "Fem enheter blir tre områden. De tre enheterna leds av var sin chef.",
            // Two counts before: which one it refers to is unknown.
            "Paviljongerna har 120 platser och förskolan får 160 platser. De 140 platserna …",
            // Nothing counted before.
            "De sex enheterna slås samman.",
            // Counts of two years.
            "Under 2024 hade hemtjänsten fem enheter. De sex enheterna för 2026 leds av var sin chef.",
            // A bound, and a whole a part is taken from.
            "Efter 10 besök inträder skyddet. Under 2007 var 300 av de 2200 besöken fria.",
            "Under 2024 hade hemtjänsten fem enheter.\nDe sex enheterna leds av var sin chef.",
            "Skolan har 31 elever. Antalet har minskat från 52 elever läsåret 2021/22. De 31 eleverna får plats.",
        ] {
            assert!(text_findings("N310", text).is_empty(), "{text}");
        }
    }
}
