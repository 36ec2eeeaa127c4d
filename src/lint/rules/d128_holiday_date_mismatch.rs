use chrono::{Datelike, NaiveDate};

use super::quote;
use crate::base::swedish::long_date;
use crate::lint::rule::{Context, Finding, Rule, RuleMeta};
use crate::paper::scan::HolidayDate;

declare_rule! {
    /// D128 holiday-date-mismatch: en helgdag som står vid ett annat datum
    /// än dess eget ("juldagen, den 26 december": juldagen är den 25
    /// december).
    ///
    /// Helgdagarna enligt lagen (1989:253) om allmänna helgdagar och de
    /// aftnar som hålls som helgdagar: nyårsdagen, trettondedag jul,
    /// skärtorsdagen, långfredagen, påskafton, påskdagen, annandag påsk,
    /// valborgsmässoafton, Kristi himmelsfärds dag, pingstafton,
    /// pingstdagen, nationaldagen, midsommarafton, midsommardagen, alla
    /// helgons afton och dag, julafton, juldagen, annandag jul och
    /// nyårsafton. Påsken räknas fram för varje år, midsommar och alla
    /// helgon som veckodagen i sitt spann av dagar. Helgdagen prövas när
    /// dess datum står direkt efter den ("juldagen, lördagen den 25
    /// december") eller före den inom parentes
    /// ("den 24 december (julafton)"), inte när datumet är en annan dags
    /// ("dagen före julafton, den 23 december"). En rörlig helgdag utan
    /// årtal prövas mot skrivelsens år och åren intill.
    ///
    /// Fel:  Juldagen, den 26 december 2027, sker ingen hämtning.
    /// Rätt: Juldagen, den 25 december 2027, sker ingen hämtning.
    pub struct HolidayDateMismatch {
        code: "D128",
        name: "holiday-date-mismatch",
        severity: Error,
        summary: "en helgdag står vid ett annat datum än sitt eget (”juldagen, den 26 december”)",
    }
}

impl Rule for HolidayDateMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        let paper_date = paper.facts.paper_date.as_ref().map(|d| d.value);
        for named in &paper.scan.holiday_dates {
            let Some(own) = own_day_elsewhere(named, paper_date) else {
                continue;
            };
            let own_day = if named.holiday.fixed() {
                long_date(own)
                    .trim_end_matches(&format!(" {}", own.year()))
                    .to_owned()
            } else {
                long_date(own)
            };
            out.push(
                Finding::new(
                    &Self::META,
                    named.dated.span.clone(),
                    format!(
                        "{} står vid {}, men {} är den {own_day}",
                        quote(paper, &named.span),
                        quote(paper, &named.dated.span),
                        named.holiday.name(),
                    ),
                )
                .related(named.span.clone(), "helgdagen"),
            );
        }
    }
}

/// The holiday's own day when no year the date may be in makes the
/// written day the holiday; `None` when one does (or no year is known).
fn own_day_elsewhere(named: &HolidayDate, paper_date: Option<NaiveDate>) -> Option<NaiveDate> {
    let day = named.dated.first;
    let years = day.years_to_try(paper_date);
    let mut own = None;
    for year in years {
        let holiday = named.holiday.date(year)?;
        if (holiday.month(), holiday.day()) == (day.month, day.day) {
            return None;
        }
        own.get_or_insert(holiday);
    }
    own
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::testing::*;

    fn paper(text: &str) -> String {
        format!(
            "Samhällsbyggnadsförvaltningen\nTJÄNSTESKRIVELSE\n2027-11-16\nDnr TN 2027/287\n\nTekniska nämnden\n\nÄndrade hämtdagar\n\nÄrende\n{text}\n"
        )
    }

    #[test]
    fn flags_a_holiday_beside_another_day() {
        assert_eq!(
            text_findings(
                "D128",
                &paper("Juldagen, den 26 december 2027, sker ingen hämtning.")
            ),
            ["26 december 2027"]
        );
        assert_eq!(
            text_findings(
                "D128",
                &paper("Trettondedag jul, torsdagen den 13 januari 2028, flyttas hämtningen.")
            ),
            ["13 januari 2028"]
        );
        assert_eq!(
            text_findings("D128", &paper("Midsommarafton den 18 juni 2027 är stängt.")),
            ["18 juni 2027"]
        );
        for text in [
            "Juldagen, lördagen den 25 december 2027, sker ingen hämtning.",
            "Midsommarafton den 25 juni 2027 är stängt.",
            "Långfredagen den 26 mars är kontoret stängt.",
            "Dagen före julafton, den 23 december, är öppet.",
        ] {
            assert!(text_findings("D128", &paper(text)).is_empty(), "{text}");
        }
    }
}
