use super::kronor;
use crate::base::calendar::whole_months;
use crate::case::months_length;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::Paper;
use crate::paper::about::{agreement_term, names_the_whole_term, proposal_period, thing_term};
use crate::paper::scan::{AmountMention, Span, floor_char_boundary, restates_rate, within};

declare_rule! {
    /// N316 total-rate-mismatch: en summa för hela perioden som inte är
    /// beloppet per år (eller månad) gånger periodens längd.
    ///
    /// Ett belopp per år följt i samma mening av en summa ("sammanlagt",
    /// "totalt", "i alt") räknas om med periodens längd: en längd i samma
    /// mening ("under tre år"), en period i samma mening, eller periodens
    /// ord ("under avtalsperioden") med perioden i förslaget till beslut. En
    /// summa per år efter ett belopp per månad ska vara tolv månader, också
    /// när den bara upprepar beloppet per år ("210 kronor per månad, eller
    /// 2 520 kronor per år", "210 kronor i månaden, 2 520 kronor om året"),
    /// och en summa per månad direkt efter en per år ungefär en tolftedel
    /// ("600 000 kronor per år, eller 50 000 kronor per månad"; fem procent
    /// hit eller dit, eftersom en tolftedel sällan är jämn).
    /// En summa "för hela avtalstiden" (hela avtalsperioden, hyrestiden …) i
    /// en annan mening jämförs med textens enda belopp per år av samma slag
    /// ("Hyran är 1 080 000 kronor per år" / "Hyran för hela avtalstiden blir
    /// 10,8 miljoner kronor") över avtalsperioden i förslaget till beslut, och
    /// så "den sammanlagda hyran" när meningen ger avtalets längd. Textens
    /// enda belopp per månad av ett slag ska vara en tolftedel av dess enda
    /// belopp per år ("Årshyran är 1 080 000 kronor" / "Hyran blir 95 000
    /// kronor per månad"). Står
    /// något annat belopp emellan, eller räknas summan upp med index, prövas
    /// inget.
    ///
    /// Fel:  450 000 kronor per år, sammanlagt 1 530 000 kronor under tre år
    /// Rätt: 450 000 kronor per år, sammanlagt 1 350 000 kronor under tre år
    pub struct TotalRateMismatch {
        code: "N316",
        name: "total-rate-mismatch",
        severity: Warning,
        summary: "summan för perioden är inte beloppet per år gånger antalet år (”450 000 kr per år, sammanlagt 1 530 000 kr” på tre år)",
    }
}

impl Rule for TotalRateMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for pair in paper.scan.amounts.windows(2) {
            let [rate, total] = pair else { continue };
            if rate.per == Some("år") && total.per == Some("månad") {
                out.extend(yearly_told_monthly(paper, rate, total));
                continue;
            }
            let restated = total.total || restates_rate(&paper.source, rate, total);
            let Some(per) = rate.per.filter(|_| rate.rate && restated) else {
                continue;
            };
            let Some(sentence) = paper.scan.sentence_at(total.span.start) else {
                continue;
            };
            if !sentence.contains(&rate.span.start) {
                continue;
            }
            let clause = clause_of(paper, rate, total, &sentence);
            if indexed(&clause) {
                continue;
            }
            let Some(months) = months_of_the_total(paper, (rate, total), &sentence, &clause) else {
                continue;
            };
            let Some(expected) = times(rate.kronor, per, months) else {
                continue;
            };
            if expected != total.kronor {
                out.push(mismatch(rate, total, months, expected));
            }
        }
        whole_term_totals(paper, out);
        monthly_against_yearly(paper, out);
    }
}

/// "Årshyran är 1 080 000 kronor" and, in another sentence, "Hyran blir
/// 95 000 kronor per månad": the paper's one monthly sum of a money noun
/// must be a twelfth of its one yearly sum. Reported where the later of
/// the two stands.
fn monthly_against_yearly(paper: &Paper, out: &mut Vec<Finding>) {
    let rates: Vec<&AmountMention> = paper
        .scan
        .amounts
        .iter()
        .filter(|a| a.rate && a.thing.is_some())
        .take(MAX_YEARLY + 1)
        .collect();
    if rates.len() > MAX_YEARLY {
        return;
    }
    let mut seen: Vec<Option<&'static str>> = Vec::new();
    for thing in rates.iter().map(|a| a.thing) {
        if seen.contains(&thing) {
            continue;
        }
        seen.push(thing);
        let (Some(monthly), Some(yearly)) = (
            one_rate(&rates, "månad", thing),
            one_rate(&rates, "år", thing),
        ) else {
            continue;
        };
        let sentence = paper.scan.sentence_at(monthly.span.start);
        if sentence.is_some_and(|s| s.contains(&yearly.span.start)) {
            continue; // The first pass's: one sentence.
        }
        if indexed(&clause_around(paper, monthly)) || indexed(&clause_around(paper, yearly)) {
            continue;
        }
        let Some(expected) = monthly.kronor.checked_mul(12) else {
            continue;
        };
        if expected == yearly.kronor {
            continue;
        }
        let (later, earlier) = if monthly.span.start > yearly.span.start {
            (monthly, yearly)
        } else {
            (yearly, monthly)
        };
        out.push(
            Finding::new(
                &TotalRateMismatch::META,
                later.span.clone(),
                format!(
                    "{} per månad är {} per år, men texten säger också {} per år ({})",
                    kronor(monthly.kronor),
                    kronor(expected),
                    kronor(yearly.kronor),
                    paper.line_label(earlier.span.start)
                ),
            )
            .related(earlier.span.clone(), "samma slags belopp"),
        );
    }
}

/// "Hyran är 1 080 000 kronor per år" in one sentence and "Hyran för hela
/// avtalstiden blir 10,8 miljoner kronor" in another: a sum told for the
/// whole term ([`names_the_whole_term`]) of the money noun of the paper's
/// one yearly rate of it, over the term in the proposal. A rate or total
/// raised by an index is no product, unless the total is told without it
/// ("utan uppräkning").
fn whole_term_totals(paper: &Paper, out: &mut Vec<Finding>) {
    let Some((from, to)) = agreement_term(paper)
        .map(|(from, to, _)| (from, to))
        .or_else(|| thing_term(paper).map(|(from, to, _, _)| (from, to)))
    else {
        return;
    };
    let Some(months) = whole_months(from, to) else {
        return;
    };
    let amounts = &paper.scan.amounts;
    let yearly: Vec<&AmountMention> = amounts
        .iter()
        .filter(|a| a.rate && a.per == Some("år") && a.thing.is_some())
        .collect();
    // A paper has a few yearly sums; a register of thousands is no term's.
    if yearly.is_empty() || yearly.len() > MAX_YEARLY {
        return;
    }
    for total in amounts
        .iter()
        .filter(|a| !a.rate && !a.total && a.thing.is_some())
    {
        let Some(sentence) = paper.scan.sentence_at(total.span.start) else {
            continue;
        };
        let told = clause_of(paper, total, total, &sentence);
        // A length in the sentence must be the term's ("Avtalet löper i fem
        // år, och den sammanlagda hyran blir …"); another is D103's slip.
        let length = within(&paper.scan.durations, &sentence, |d| &d.span)
            .iter()
            .find(|d| !d.additional)
            .map(|d| d.months);
        let for_the_term = names_the_whole_term(&told)
            || (length.is_some() && (told.contains("sammanlagd") || told.contains("totala")));
        if !for_the_term || length.is_some_and(|l| l != months) {
            continue;
        }
        // The paper's yearly sums of the noun, all one sum, none in the
        // total's sentence (the pass above compares those).
        let Some(rate) = one_rate(&yearly, "år", total.thing) else {
            continue;
        };
        let of_the_thing = yearly.iter().filter(|r| r.thing == total.thing);
        if of_the_thing
            .clone()
            .any(|r| sentence.contains(&r.span.start))
        {
            continue;
        }
        let rate_told = clause_around(paper, rate);
        let without_index = told.contains("utan uppräkning") || told.contains("utan index");
        if (indexed(&told) || indexed(&rate_told)) && !without_index {
            continue;
        }
        let Some(expected) = times(rate.kronor, "år", months) else {
            continue;
        };
        if expected != total.kronor {
            out.push(mismatch(rate, total, months, expected));
        }
    }
}

/// The paper's one sum per `per` of a money noun: the first of its rates,
/// when every other of them is the same sum.
fn one_rate<'a>(
    rates: &[&'a AmountMention],
    per: &str,
    thing: Option<&'static str>,
) -> Option<&'a AmountMention> {
    let mut of = rates
        .iter()
        .filter(|a| a.per == Some(per) && a.thing == thing);
    let first = *of.next()?;
    of.all(|a| a.kronor == first.kronor).then_some(first)
}

/// The clause of a sum's sentence around it, lower case (see [`clause_of`]).
fn clause_around(paper: &Paper, sum: &AmountMention) -> String {
    paper
        .scan
        .sentence_at(sum.span.start)
        .map(|s| clause_of(paper, sum, sum, &s))
        .unwrap_or_default()
}

/// The most yearly sums a paper may have for its whole term's sum to be
/// compared with them.
const MAX_YEARLY: usize = 50;

/// How far from the sums a length or a period of their sentence is looked
/// for: a text of thousands of sums on one line stays linear.
const REACH: usize = 160;

/// The months the total is told for: a year for a yearly total of a monthly
/// rate; else a length or a period near the sums in their sentence; else
/// the proposal's period when the sentence names a period ("under
/// avtalsperioden", "för perioden").
fn months_of_the_total(
    paper: &Paper,
    (rate, total): (&AmountMention, &AmountMention),
    sentence: &Span,
    clause: &str,
) -> Option<u32> {
    if total.rate {
        return (total.per == Some("år") && rate.per == Some("månad")).then_some(12);
    }
    let near = rate.span.start.saturating_sub(REACH)..total.span.end + REACH;
    let in_sentence = |span: &Span| sentence.contains(&span.start);
    let scan = &paper.scan;
    if let Some(duration) = within(&scan.durations, &near, |d| &d.span)
        .iter()
        .find(|d| in_sentence(&d.span) && !d.additional)
    {
        return Some(duration.months);
    }
    if let Some(period) = within(&scan.periods, &near, |p| &p.span)
        .iter()
        .find(|p| in_sentence(&p.span) && p.from <= p.to)
    {
        return whole_months(period.from, period.to);
    }
    if !(clause.contains("period") || clause.contains("avtalstid")) {
        return None;
    }
    let (from, to, _) = proposal_period(paper)?;
    (from <= to).then(|| whole_months(from, to)).flatten()
}

/// "600 000 kronor per år, eller 60 000 kronor per månad": a yearly sum
/// restated per month right after it must be its twelfth, give or take
/// [`MONTHLY_SLACK_PERCENT`] (a writer rounds 100 000 / 12 to "8 300").
fn yearly_told_monthly(
    paper: &Paper,
    yearly: &AmountMention,
    monthly: &AmountMention,
) -> Option<Finding> {
    if !(yearly.rate && monthly.rate && restates_rate(&paper.source, yearly, monthly)) {
        return None;
    }
    let sentence = paper.scan.sentence_at(monthly.span.start)?;
    if !sentence.contains(&yearly.span.start)
        || indexed(&clause_of(paper, yearly, monthly, &sentence))
    {
        return None;
    }
    let twelfth = yearly.kronor / 12;
    let slack = twelfth * MONTHLY_SLACK_PERCENT / 100;
    if monthly.kronor.abs_diff(twelfth) <= slack.max(1) {
        return None;
    }
    Some(
        Finding::new(
            &TotalRateMismatch::META,
            monthly.span.clone(),
            format!(
                "{} per månad är inte en tolftedel av {} per år, som är {}",
                kronor(monthly.kronor),
                kronor(yearly.kronor),
                kronor(twelfth)
            ),
        )
        .related(yearly.span.clone(), "beloppet per år"),
    )
}

/// How far, in per cent of the twelfth, a monthly restatement of a yearly
/// sum may lie from it.
const MONTHLY_SLACK_PERCENT: u64 = 5;

/// The rate over `months`, in whole kronor; None when it is no whole sum.
fn times(rate: u64, per: &str, months: u32) -> Option<u64> {
    let per_months: u64 = match per {
        "år" => 12,
        "månad" => 1,
        _ => return None,
    };
    let product = rate.checked_mul(u64::from(months))?;
    product
        .is_multiple_of(per_months)
        .then_some(product / per_months)
}

/// The sums' sentence within [`REACH`] of them, lower case: what is read
/// of it for a period's word or an index (a sentence may be a whole
/// one-line text).
fn clause_of(
    paper: &Paper,
    rate: &AmountMention,
    total: &AmountMention,
    sentence: &Span,
) -> String {
    let source = &paper.source;
    let from = floor_char_boundary(
        source,
        rate.span.start.saturating_sub(REACH).max(sentence.start),
    );
    let to = floor_char_boundary(source, (total.span.end + REACH).min(sentence.end));
    source[from..to].to_lowercase()
}

/// A total raised by an index is no product of the rate.
fn indexed(clause: &str) -> bool {
    clause.contains("index") || clause.contains("uppräkn")
}

fn mismatch(rate: &AmountMention, total: &AmountMention, months: u32, expected: u64) -> Finding {
    let length = months_length(months);
    Finding::new(
        &TotalRateMismatch::META,
        total.span.clone(),
        format!(
            "summan {} är inte {} per {} i {length}, som blir {}",
            kronor(total.kronor),
            kronor(rate.kronor),
            rate.per.unwrap_or("år"),
            kronor(expected)
        ),
    )
    .related(rate.span.clone(), "beloppet per period")
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn a_monthly_restatement_of_a_yearly_sum_is_its_twelfth() {
        let said = |text: &str| text_findings("N316", &format!("Ärende\n{text}\n"));
        assert_eq!(
            said("Kostnaden ökar med 600 000 kronor per år, eller 60 000 kronor per månad."),
            ["60 000 kronor"]
        );
        // One finding, though the noun's one monthly and yearly sums are
        // compared too.
        assert_eq!(
            said("Hyran blir 600 000 kronor per år, eller 60 000 kronor per månad."),
            ["60 000 kronor"]
        );
        for text in [
            "Kostnaden ökar med 600 000 kronor per år, eller 50 000 kronor per månad.",
            // A twelfth rounded.
            "Kostnaden ökar med 100 000 kronor per år, eller 8 300 kronor per månad.",
            // Two sums, not one restated.
            "Kostnaden ökar med 600 000 kronor per år och hyran med 60 000 kronor per månad.",
        ] {
            assert!(said(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn flags_a_whole_terms_sum_in_another_sentence() {
        let proposal = "Förslag till beslut\n1. Nämnden godkänner hyresavtalet med Granbo AB under tiden 1 mars 2028–28 februari 2038.\n2. Hyran är 1 080 000 kronor per år och räknas upp årligen med konsumentprisindex.\n\nÄrende\n";
        for (told, flagged) in [
            (
                "Hyran för hela avtalstiden blir 12,8 miljoner kronor utan uppräkning.",
                true,
            ),
            (
                "Hyran för hela avtalstiden blir 10,8 miljoner kronor utan uppräkning.",
                false,
            ),
            (
                "Hyran för hela avtalstiden blir 10 800 tkr utan uppräkning.",
                false,
            ),
            // Raised by the index the rate is: no product.
            (
                "Hyran för hela avtalstiden blir 12,8 miljoner kronor.",
                false,
            ),
            // Not the whole term, or another money noun.
            (
                "Hyran för de första fem åren blir 12,8 miljoner kronor utan uppräkning.",
                false,
            ),
            (
                "Kostnaden för hela avtalstiden blir 12,8 miljoner kronor utan uppräkning.",
                false,
            ),
        ] {
            let text = format!("{proposal}{told}\n");
            assert_eq!(
                text_findings("N316", &text).len(),
                usize::from(flagged),
                "{told}"
            );
        }
    }

    #[test]
    fn flags_a_monthly_sum_that_is_not_a_twelfth_of_the_yearly() {
        let proposal = "Förslag till beslut\n1. Avtalet gäller i fem år, från den 1 januari 2028 till den 31 december 2032.\n2. Årshyran är 1 080 000 kronor.\n\nÄrende\n";
        for (told, flagged) in [
            ("Hyran blir 95 000 kronor per månad.", 1),
            ("Hyran blir 90 000 kronor i månaden.", 0),
            // Another money noun.
            ("Avgiften blir 95 000 kronor per månad.", 0),
            // The whole term's sum, with the term's length in its sentence.
            (
                "Avtalet löper i fem år, och den sammanlagda hyran blir 5,8 miljoner kronor.",
                1,
            ),
            (
                "Avtalet löper i fem år, och den sammanlagda hyran blir 5,4 miljoner kronor.",
                0,
            ),
            // Another length: D103's slip, not this rule's.
            (
                "Avtalet löper i sex år, och den sammanlagda hyran blir 5,4 miljoner kronor.",
                0,
            ),
        ] {
            let text = format!("{proposal}{told}\n");
            assert_eq!(text_findings("N316", &text).len(), flagged, "{told}");
        }
    }

    #[test]
    fn flags_a_total_that_is_not_the_rate_times_the_years() {
        let proposal = "Förslag till beslut\n1. Partnerskapet gäller från den 1 maj 2027 till den 30 april 2030.\n2. Nämnden bidrar med 450 000 kronor per år, sammanlagt ";
        for (total, flagged) in [
            ("1 350 000 kronor under avtalsperioden.", false),
            ("1 530 000 kronor under avtalsperioden.", true),
            ("1 800 000 kronor under avtalsperioden.", true),
            ("1,35 miljoner kronor under avtalsperioden.", false),
            // No period named: the total may be for anything.
            ("1 530 000 kronor.", false),
            // Raised by an index: no product.
            (
                "1 530 000 kronor under avtalsperioden, uppräknat med index.",
                false,
            ),
        ] {
            let text = format!("{proposal}{total}\n");
            assert_eq!(
                text_findings("N316", &text).len(),
                usize::from(flagged),
                "{total}"
            );
        }
    }

    #[test]
    fn the_length_or_period_of_the_sentence() {
        for (sentence, flagged) in [
            (
                "Stödet är 200 000 kronor per år, totalt 600 000 kronor under tre år.",
                false,
            ),
            (
                "Stödet är 200 000 kronor per år, totalt 800 000 kronor under tre år.",
                true,
            ),
            (
                "Hyran är 20 000 kronor per månad, sammanlagt 240 000 kronor per år.",
                false,
            ),
            (
                "Hyran är 20 000 kronor per månad, sammanlagt 200 000 kronor per år.",
                true,
            ),
            (
                "Bidraget är 100 000 kronor per år, sammanlagt 200 000 kronor för perioden 1 januari 2027–31 december 2028.",
                false,
            ),
            (
                "Bidraget är 100 000 kronor per år, sammanlagt 300 000 kronor för perioden 1 januari 2027–31 december 2028.",
                true,
            ),
            // Another sum between: the total is of more than the rate.
            (
                "Bidraget är 100 000 kronor per år och ett startbidrag 50 000 kronor, sammanlagt 350 000 kronor under tre år.",
                false,
            ),
        ] {
            let text = format!("Ärende\n{sentence}\n");
            assert_eq!(
                text_findings("N316", &text).len(),
                usize::from(flagged),
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_monthly_rate_restated_per_year() {
        for (sentence, flagged) in [
            (
                "Ett larm kostar 210 kronor per månad, eller 2 520 kronor per år.",
                false,
            ),
            (
                "Ett larm kostar 210 kronor per månad, eller 2 250 kronor per år.",
                true,
            ),
            (
                "Ett larm kostar 210 kronor i månaden, 2 250 kronor om året.",
                true,
            ),
            (
                "Ett larm kostar 210 kronor i månaden, 2 520 kronor om året.",
                false,
            ),
            (
                "Ett larm kostar 210 kronor i månaden, det vill säga 2 250 kronor om året.",
                true,
            ),
            // Two fees, not one restated.
            (
                "Ett larm kostar 210 kronor per månad och service 2 250 kronor per år.",
                false,
            ),
            (
                "Ett larm kostar 210 kronor per månad, och installationen 2 250 kronor per år.",
                false,
            ),
        ] {
            let text = format!("Ärende\n{sentence}\n");
            assert_eq!(
                text_findings("N316", &text).len(),
                usize::from(flagged),
                "{sentence}"
            );
        }
    }
}
