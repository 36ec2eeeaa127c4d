use super::{percent_text, quote};
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::ShareOf;

declare_rule! {
    /// N322 share-mismatch: en del sägs vara en procentsats av en helhet som
    /// den inte är ("600 000 kronor, vilket motsvarar 2,6 procent av
    /// kostnaden på 38,4 miljoner kronor").
    ///
    /// Delen är beloppet eller antalet direkt före "vilket motsvarar",
    /// "vilket är", "som motsvarar", "motsvarande" eller "eller" (bara ett
    /// kommatecken emellan), eller det som följer helheten efter "det vill
    /// säga", "dvs." eller "alltså". Helheten är första talet av samma slag
    /// efter "procent av" och några ord i samma mening. Delen kan också
    /// skrivas "N av M" med procentsatsen efter helheten ("163 av 214
    /// ungdomar, alltså 76 procent", "12 av 20 skolor (60 procent)"), och
    /// "N av dem" syftar då på meningens enda antal före ("som 214 ungdomar
    /// svarade på ville 163 av dem, alltså 76 procent"). En del direkt efter
    /// "P % av" ett substantiv, i en mening som fortsätter med resten av en
    /// summa som meningen före ger, är den andelen av den summan ("totalt
    /// 4 340 tkr. … en handpenning om 10 % av köpeskillingen, 434 tkr, … och
    /// resterande 3 906 tkr"). En procentsats inom parentes direkt efter en
    /// del av en lista som summeras ("640 tkr och 160 tkr (20 %), sammanlagt
    /// 800 tkr") eller av en helhet som delas upp är delens andel av
    /// summan. Procentsatsen får
    /// vara avrundad till de decimaler som skrivs, och avrundade belopp ("38,4
    /// miljoner") får avvika med en halv enhet. En ungefärlig procentsats
    /// eller ett ungefärligt tal ("cirka", "drygt") prövas inte, inte heller
    /// belopp med olika takt (per år mot en gång).
    ///
    /// Fel:  Kostnaden ökar med 600 000 kronor, vilket motsvarar 2,6 procent av kostnaden på 38,4 miljoner kronor.
    /// Rätt: Kostnaden ökar med 600 000 kronor, vilket motsvarar 1,6 procent av kostnaden på 38,4 miljoner kronor.
    pub struct ShareMismatch {
        code: "N322",
        name: "share-mismatch",
        severity: Error,
        summary: "en del är inte den procentsats av helheten som texten säger (”600 000 kronor … 2,6 procent av … 38,4 miljoner”)",
    }
}

impl Rule for ShareMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        for share in &paper.scan.shares {
            let Some((low, high)) = share_range(share) else {
                continue;
            };
            // Half a unit of the last decimal written: "1,6" is 1,55–1,65.
            let half = 50 / 10u64.pow(share.decimals.min(2));
            if share.hundredths + half >= low && share.hundredths <= high + half {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    share.span.clone(),
                    format!(
                        "{} är {} procent av {}, inte {}",
                        quote(paper, &share.part.span),
                        percent_text((low + high) / 2),
                        quote(paper, &share.whole.span),
                        quote(paper, &share.span)
                    ),
                )
                .related(share.part.span.clone(), "delen")
                .related(share.whole.span.clone(), "helheten"),
            );
        }
    }
}

/// The share in hundredths of a percent, lowest and highest, the rounded
/// figures being off by up to half their last written digit.
fn share_range(share: &ShareOf) -> Option<(u64, u64)> {
    let (part, whole) = (&share.part, &share.whole);
    let part_low = part.value.saturating_sub(part.rounding / 2);
    let part_high = part.value + part.rounding / 2;
    let whole_low = whole.value.saturating_sub(whole.rounding / 2).max(1);
    let whole_high = whole.value + whole.rounding / 2;
    if whole.value == 0 || part.value > whole.value {
        return None;
    }
    let low = part_low.checked_mul(10_000)? / whole_high;
    let high = part_high.checked_mul(10_000)?.div_ceil(whole_low);
    Some((low, high))
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_share_the_part_is_not() {
        let said = |text: &str| text_findings("N322", &format!("Ärende\n{text}\n"));
        for (text, found) in [
            (
                "Kostnaden ökar med 600 000 kronor, vilket motsvarar 2,6 procent av kostnaden på 38,4 miljoner kronor.",
                vec!["2,6 procent"],
            ),
            (
                "Kostnaden ökar med 600 000 kronor, vilket motsvarar 1,6 procent av kostnaden på 38,4 miljoner kronor.",
                vec![],
            ),
            (
                "Kostnaden ökar med 600 000 kronor, vilket motsvarar 2 procent av kostnaden på 38,4 miljoner kronor.",
                vec![],
            ),
            (
                "Av dem var 168 barnfamiljer, eller 51 procent av de 412 hushållen.",
                vec!["51 procent"],
            ),
            (
                "Av dem var 168 barnfamiljer, eller 41 procent av de 412 hushållen.",
                vec![],
            ),
        ] {
            assert_eq!(said(text), found, "{text}");
        }
    }
}
