//! `cargo test --release --lib recogniser_timing -- --ignored --nocapture`:
//! time per recogniser on a paper of realistic length, each recogniser
//! run over the paper's regions as `Paper::new` runs the scan.
#![cfg(test)]

use std::time::Instant;

use super::*;

/// A region's text and what the recognisers that build on others need.
struct Region {
    text: String,
    dates: Vec<DateMention>,
    months: Vec<MonthMention>,
    years: Vec<YearMention>,
    bodies: Vec<BodyMention>,
    dnrs: Vec<DnrMention>,
    sentences: Vec<Span>,
    events: Vec<EventMention>,
    timetables: Vec<Timetable>,
}

#[test]
#[ignore]
fn recogniser_timing() {
    let filler =
        "Verksamheten erbjuder stöd i grupp och enskilt till barn och unga som är anhöriga. "
            .repeat(20);
    let text = format!(
        "Social- och omsorgsförvaltningen\nAvdelning 7\n\n2024-02-10\n\nDnr SON 2024-7\n\nSocial- och omsorgsnämnden\n\n## Leverantör 7 AB – förlängning\n\n### Förslag till beslut\n\n1. Avtalet avseende anhörigstöd till barn 4-20 år, med Leverantör 7 AB förlängs två år från och med den 1 april 2024 till och med den 31 mars 2026.\n\n### Ärende\n\nNämnden har att ta ställning till förlängning av avtal med Leverantör 7 AB avseende anhörigstöd för barn och unga i åldrarna 4-20 år. Uppdraget har en avtalstid på två år från 1 april 2022 med möjlighet till förlängning vid ett tillfälle med två år.\n\n{filler}\n\n## Bakgrund\n\n{filler}\n\n### Ekonomiska konsekvenser\n\nMedel finns i nämndens budget.\n\n### Information eller förhandling enligt lag (1976:580) om medbestämmande i arbetslivet\n\nInformation lämnades den 1 februari 2024.\n\nBeslutet skickas till:\nLeverantör 7 AB\n"
    );
    let paper = crate::paper::structure::paper_from_text("timing.txt".into(), text.clone());
    let regions: Vec<Region> = paper
        .regions
        .iter()
        .map(|r| {
            let text = text[r.range.clone()].to_owned();
            let dates = dates::find_dates(&text);
            let months = dates::find_months(&text, &dates);
            let sentences = sentences::find_sentences(&text);
            Region {
                timetables: timetables::find_timetables(&text, &dates, &months),
                years: weekdays::find_years(&text),
                bodies: bodies::find_bodies(&text),
                dnrs: find_dnrs(&text),
                events: events::find_events(&text),
                text,
                dates,
                months,
                sentences,
            }
        })
        .collect();
    let lengths: Vec<usize> = regions.iter().map(|r| r.text.len()).collect();
    println!("regions (bytes): {lengths:?}");
    let n = 2000;
    let total = std::cell::Cell::new(0.0);
    let time = |label: &str, f: &dyn Fn(&Region)| {
        let start = Instant::now();
        for _ in 0..n {
            regions.iter().for_each(f);
        }
        let micros = start.elapsed().as_secs_f64() * 1e6 / n as f64;
        total.set(total.get() + micros);
        println!("{label:<14} {micros:>7.1} µs");
    };
    time("dates", &|r| drop(dates::find_dates(&r.text)));
    time("months", &|r| drop(dates::find_months(&r.text, &r.dates)));
    time("periods", &|r| {
        drop(periods::find_periods(&r.text, &r.dates))
    });
    time("terms", &|r| {
        let periods = periods::find_periods(&r.text, &r.dates);
        drop(periods::find_terms(&r.text, &r.dates, &periods))
    });
    time("timetables", &|r| {
        drop(timetables::find_timetables(&r.text, &r.dates, &r.months))
    });
    time("bodies", &|r| drop(bodies::find_bodies(&r.text)));
    time("decisions", &|r| {
        drop(decisions::find_decisions(&r.text, &r.dates, &r.bodies))
    });
    time("judgments", &|r| {
        drop(judgments::find_judgments(&r.text, &r.dates))
    });
    time("dnrs", &|r| drop(find_dnrs(&r.text)));
    time("citations", &|r| {
        drop(citations::find_paper_citations(&r.text, &r.dates, &r.dnrs))
    });
    time("meetings", &|r| {
        drop(meetings::find_meetings(&r.text, &r.bodies))
    });
    time("headers", &|r| {
        drop(headers::find_header_dates(&r.text, &r.dates))
    });
    time("sessions", &|r| {
        drop(sessions::find_session_dates(&r.text, &r.dates))
    });
    time("justering", &|r| {
        drop(sessions::find_justering_dates(&r.text, &r.dates))
    });
    time("effective", &|r| {
        drop(effective::find_effective_dates(
            &r.text, &r.dates, &r.months, &r.years,
        ))
    });
    time("sentences", &|r| drop(sentences::find_sentences(&r.text)));
    time("narrated", &|r| {
        drop(narrated::find_narrated(
            &r.text,
            &r.sentences,
            &r.dates,
            &r.timetables,
        ))
    });
    time("events", &|r| drop(events::find_events(&r.text)));
    time("upcoming", &|r| {
        drop(upcoming::find_upcoming_meetings(
            &r.text,
            &r.dates,
            &r.bodies,
            &r.sentences,
            &r.events,
        ))
    });
    time("durations", &|r| drop(durations::find_durations(&r.text)));
    time("ages", &|r| drop(ages::find_ages(&r.text)));
    time("laws", &|r| drop(laws::find_laws(&r.text)));
    time("law_typos", &|r| drop(laws::find_law_typos(&r.text)));
    time("orgs", &|r| drop(orgs::find_orgs(&r.text)));
    time("names", &|r| drop(names::find_names(&r.text)));
    time("plans", &|r| drop(plans::find_plans(&r.text)));
    time("options", &|r| drop(options::find_options(&r.text)));
    time("weekdays", &|r| drop(weekdays::find_weekday_dates(&r.text)));
    time("meeting days", &|r| {
        drop(weekdays::find_meeting_weekdays(&r.text))
    });
    time("day months", &|r| drop(weekdays::find_day_months(&r.text)));
    time("years", &|r| drop(weekdays::find_years(&r.text)));
    time("misspelt", &|r| {
        drop(misspelt::find_misspelt_bodies(&r.text))
    });
    time("flowed", &|r| drop(sentences::flowed(&r.text)));
    time("persons", &|r| {
        drop(persons::find_persons(&sentences::flowed(&r.text)))
    });
    time("amounts", &|r| {
        drop(amounts::find_amounts(&sentences::flowed(&r.text)))
    });
    time("counts", &|r| {
        drop(counts::find_counts(&sentences::flowed(&r.text)))
    });
    println!("{:<14} {:>7.1} µs", "sum", total.get());
    time("scan", &|r| drop(scan(&r.text)));
    let ranges: Vec<Span> = paper.regions.iter().map(|r| r.range.clone()).collect();
    let start = Instant::now();
    for _ in 0..n {
        drop(restated::find_restated_figures(&text, &ranges));
    }
    println!(
        "{:<14} {:>7.1} µs",
        "restated",
        start.elapsed().as_secs_f64() * 1e6 / n as f64
    );
}
