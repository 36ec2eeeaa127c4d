//! Moving a scan's spans: a region scanned alone has spans from its own
//! start, which [`super::scan_range`] shifts to the whole source's.

use super::{Scan, Span};

impl Scan {
    /// Shifts every span by `offset` (when `text` was a slice of a larger source).
    pub(super) fn shift(&mut self, offset: usize) {
        // Destructured, so that a field added to `Scan` cannot be forgotten.
        let Scan {
            dates,
            months,
            timetables,
            narrated,
            periods,
            durations,
            period_lengths,
            ages,
            laws,
            law_typos,
            dnrs,
            orgs,
            bodies,
            names,
            decisions,
            judgments,
            report_dates,
            birth_years,
            intervals,
            differences,
            plans,
            events,
            terms,
            options,
            sentences,
            weekday_dates,
            meeting_weekdays,
            day_months,
            years,
            misspelt_bodies,
            persons,
            paper_citations,
            restated,
            meetings,
            upcoming_meetings,
            header_dates,
            session_dates,
            justering_dates,
            effective_dates,
            deadlines,
            publications,
            ministry_refs,
            rounds,
            parts,
            breakdowns,
            depreciations,
            count_rates,
            shares,
            point_changes,
            sum_differences,
            term_ends,
            products,
            unit_products,
            counted_lists,
            verb_references,
            built_years,
            thing_ages,
            years_since,
            split_years,
            week_numbers,
            holiday_dates,
            clock_hours,
            amounts,
            changes,
            change_sizes,
            change_percents,
            set_values,
            counts,
        } = self;
        let s = |span: &mut Span| *span = span.start + offset..span.end + offset;
        dates.iter_mut().for_each(|d| s(&mut d.span));
        months.iter_mut().for_each(|m| s(&mut m.span));
        for e in timetables
            .iter_mut()
            .chain(narrated.iter_mut())
            .flat_map(|t| &mut t.entries)
        {
            s(&mut e.when_span);
            s(&mut e.step);
        }
        for p in periods.iter_mut() {
            s(&mut p.span);
            s(&mut p.from_span);
            s(&mut p.to_span);
        }
        for d in durations.iter_mut() {
            s(&mut d.span);
            if let Some((_, start)) = &mut d.start {
                s(start);
            }
            if let Some((_, end)) = &mut d.end {
                s(end);
            }
        }
        for l in period_lengths.iter_mut() {
            s(&mut l.span);
            s(&mut l.period);
        }
        ages.iter_mut().for_each(|a| s(&mut a.span));
        for l in laws.iter_mut() {
            s(&mut l.span);
            l.short_name_span.iter_mut().for_each(s);
            l.sfs_span.iter_mut().for_each(s);
        }
        law_typos.iter_mut().for_each(|l| s(&mut l.span));
        for d in dnrs.iter_mut() {
            s(&mut d.span);
            d.list = d.list.map(|l| l + offset);
        }
        orgs.iter_mut().for_each(|o| s(&mut o.span));
        bodies.iter_mut().for_each(|b| s(&mut b.span));
        names.iter_mut().for_each(|n| s(&mut n.span));
        for p in plans.iter_mut() {
            s(&mut p.span);
            s(&mut p.year_span);
        }
        for d in decisions.iter_mut() {
            s(&mut d.span);
            s(&mut d.date_span);
        }
        for j in judgments.iter_mut() {
            s(&mut j.span);
            s(&mut j.date_span);
        }
        for r in report_dates.iter_mut() {
            s(&mut r.span);
            s(&mut r.date_span);
        }
        for b in birth_years.iter_mut() {
            s(&mut b.span);
            s(&mut b.group.span);
        }
        for i in intervals.iter_mut() {
            s(&mut i.span);
            s(&mut i.from.1);
            s(&mut i.to.1);
        }
        for d in differences.iter_mut() {
            s(&mut d.span);
            for (_, count) in d.between.iter_mut() {
                s(count);
            }
            if let Some(percent) = &mut d.percent {
                s(&mut percent.span);
            }
        }
        events.iter_mut().for_each(|e| s(&mut e.span));
        terms.iter_mut().for_each(|t| s(&mut t.span));
        options.iter_mut().for_each(|o| s(&mut o.span));
        sentences.iter_mut().for_each(s);
        weekday_dates.iter_mut().for_each(|w| s(&mut w.span));
        meeting_weekdays.iter_mut().for_each(|m| s(&mut m.span));
        day_months.iter_mut().for_each(|d| s(&mut d.span));
        years.iter_mut().for_each(|y| s(&mut y.span));
        for b in misspelt_bodies.iter_mut() {
            s(&mut b.span);
            if let Some(right) = &mut b.written_right {
                s(right);
            }
        }
        persons.iter_mut().for_each(|p| s(&mut p.span));
        for m in meetings.iter_mut() {
            s(&mut m.span);
            s(&mut m.date_span);
        }
        upcoming_meetings
            .iter_mut()
            .for_each(|m| s(&mut m.date_span));
        header_dates.iter_mut().for_each(|h| s(&mut h.span));
        session_dates.iter_mut().for_each(|d| s(&mut d.span));
        justering_dates.iter_mut().for_each(|d| s(&mut d.span));
        effective_dates.iter_mut().for_each(|d| s(&mut d.span));
        deadlines.iter_mut().for_each(|d| s(&mut d.span));
        publications.iter_mut().for_each(|p| s(&mut p.span));
        ministry_refs.iter_mut().for_each(|r| s(&mut r.span));
        for y in split_years.iter_mut() {
            s(&mut y.span);
            y.bounds.iter_mut().for_each(|b| s(&mut b.span));
        }
        for p in parts.iter_mut() {
            s(&mut p.span);
            s(&mut p.whole_span);
        }
        for b in breakdowns.iter_mut() {
            s(&mut b.span);
            if let Some(whole) = &mut b.whole {
                s(&mut whole.span);
            }
            b.parts.iter_mut().for_each(|p| s(&mut p.span));
        }
        built_years.iter_mut().for_each(|b| s(&mut b.span));
        thing_ages.iter_mut().for_each(|a| s(&mut a.span));
        years_since.iter_mut().for_each(|y| s(&mut y.span));
        for w in week_numbers.iter_mut() {
            s(&mut w.span);
            s(&mut w.dated.span);
        }
        for h in clock_hours.iter_mut() {
            s(&mut h.span);
            s(&mut h.told_span);
        }
        for h in holiday_dates.iter_mut() {
            s(&mut h.span);
            s(&mut h.dated.span);
        }
        count_rates.iter_mut().for_each(|r| s(&mut r.span));
        term_ends.iter_mut().for_each(|e| s(&mut e.span));
        for share in shares.iter_mut() {
            s(&mut share.span);
            s(&mut share.part.span);
            s(&mut share.whole.span);
        }
        for p in point_changes.iter_mut() {
            s(&mut p.span);
            s(&mut p.from.span);
            s(&mut p.to.span);
        }
        for d in sum_differences.iter_mut() {
            s(&mut d.difference.span);
            s(&mut d.compared.span);
            s(&mut d.with.span);
        }
        for r in verb_references.iter_mut() {
            s(&mut r.span);
            s(&mut r.counted.1);
        }
        for l in counted_lists.iter_mut() {
            s(&mut l.count_span);
            l.items.iter_mut().for_each(&s);
        }
        for p in unit_products.iter_mut() {
            s(&mut p.each.span);
            s(&mut p.units.span);
            s(&mut p.result.span);
        }
        for p in products.iter_mut() {
            s(&mut p.times);
            s(&mut p.result);
        }
        for d in depreciations.iter_mut() {
            s(&mut d.span);
            s(&mut d.years_span);
            s(&mut d.yearly.span);
            if let Some(sum) = &mut d.sum {
                s(&mut sum.span);
            }
        }
        for r in rounds.iter_mut() {
            s(&mut r.span);
            s(&mut r.count_span);
            r.listed.iter_mut().for_each(|p| s(&mut p.span));
        }
        amounts.iter_mut().for_each(|a| s(&mut a.span));
        for c in changes.iter_mut() {
            s(&mut c.span);
            if let Some(percent) = &mut c.percent {
                s(&mut percent.span);
            }
        }
        for c in change_sizes.iter_mut() {
            s(&mut c.span);
            if let Some(change) = &mut c.told_with {
                s(change);
            }
        }
        change_percents
            .iter_mut()
            .for_each(|c| s(&mut c.percent.span));
        set_values.iter_mut().for_each(|v| s(&mut v.span));
        counts.iter_mut().for_each(|c| s(&mut c.span));
        for r in restated.iter_mut() {
            s(&mut r.span);
            s(&mut r.other);
        }
        for c in paper_citations.iter_mut() {
            s(&mut c.span);
            if let Some(d) = &mut c.date {
                s(&mut d.span);
            }
            if let Some(d) = &mut c.dnr {
                s(&mut d.span);
                d.list = d.list.map(|l| l + offset);
            }
        }
    }
}
