//! Passes over the whole paper, run once every section is scanned
//! (`Paper::new`): what one section tells is often named, abbreviated,
//! summed or titled in another.

use super::{EffectiveDate, Scan, Span, decisions, depreciations, effective, misspelt, overlaps};
use super::{breakdowns, event_offsets, plans, quotients, restated};

impl Scan {
    /// Citations that name a body by its abbreviation get the body's key
    /// (see `decisions::resolve_abbreviations`); `source` is the text the
    /// scan's spans point into. Run once the whole paper is scanned: a body
    /// named in one section is abbreviated in another.
    pub fn resolve_abbreviations(&mut self, source: &str) {
        decisions::resolve_abbreviations(&mut self.decisions, &self.bodies, source);
    }

    /// Misspelt body names whose right spelling their own section does not
    /// write get it from anywhere in the paper ("Tekniska nämnden" in the
    /// addressee line, "Tekniska nämden" in a proposal); `source` is the
    /// text the spans point into.
    pub fn resolve_misspelt_bodies(&mut self, source: &str) {
        misspelt::find_written_right(source, &mut self.misspelt_bodies);
    }

    /// Breakdowns and write-offs whose whole a sentence names by its noun
    /// ("Investeringen fördelas …", "Investeringen skrivs av …") get the
    /// paper's one sum of it; `source` is the text the
    /// spans point into. Run once the whole paper is scanned: the sum is
    /// often told in another section.
    pub fn resolve_named_wholes(&mut self, source: &str) {
        breakdowns::resolve_named_wholes(source, &mut self.breakdowns, &self.amounts);
        depreciations::resolve_named_sums(source, &mut self.depreciations, &self.amounts);
    }

    /// Sums per unit told as a whole divided by the units ("Hyran motsvarar
    /// 30 000 kr per plats och år"), read once the whole paper is scanned:
    /// the whole, the units and the sum per unit are often in three
    /// sections; `source` is the text the spans point into.
    pub fn find_quotients(&mut self, source: &str) {
        let found = quotients::find_quotients(source, &self.sentences, &self.amounts, &self.counts);
        self.unit_products.extend(found);
    }

    /// Lengths counted from an event another sentence dates by its noun
    /// ("Tillträde sker 2028-01-10" in a proposal, "inom 18 månader från
    /// tillträdet, dvs. senast 2029-07-10" in the text); `source` is the
    /// text the spans point into. Run once the whole paper is scanned.
    pub fn find_event_offsets(&mut self, source: &str) {
        let found =
            event_offsets::find_event_offsets(source, &self.sentences, &self.dates, &self.periods);
        if !found.is_empty() {
            self.intervals.extend(found);
            self.intervals.sort_by_key(|i| i.span.start);
        }
    }

    /// Figures written otherwise in a copy of their passage elsewhere in
    /// the paper (`regions` of `source`): run once the whole paper is
    /// scanned, since a proposal is restated in another section.
    pub fn find_restatements(&mut self, source: &str, regions: &[Span]) {
        self.restated = restated::find_restated_figures(source, regions);
    }

    /// Plans named at a title's head or adopted in a proposal, read once
    /// the paper's title and proposals (`regions` of `source`) are known.
    pub fn find_headed_plans(&mut self, source: &str, regions: &[Span]) {
        // Held apart until the end: `overlaps` searches a sorted list, and
        // a header's plan pushed behind the body's would unsort it.
        let mut headed = Vec::new();
        for region in regions {
            let mut offset = region.start;
            for line in source[region.clone()].split_inclusive('\n') {
                headed.extend(
                    plans::find_headed_plans(line.trim_end(), offset)
                        .into_iter()
                        .filter(|plan| !overlaps(&self.plans, &plan.span, |p| &p.span)),
                );
                offset += line.len();
            }
        }
        if !headed.is_empty() {
            self.plans.extend(headed);
            self.plans.sort_by_key(|p| p.span.start);
        }
    }

    /// The days titles name for their subject to start ("Reviderade
    /// riktlinjer … från den 1 januari 2028"); `titled` are the regions of
    /// `source` a title stands in, each line a title of its own. Run once
    /// the whole paper is scanned and its regions known.
    pub fn find_title_effective_dates(&mut self, source: &str, titled: &[Span]) {
        let mut lines = Vec::new();
        for region in titled {
            let mut offset = region.start;
            for line in source[region.clone()].split_inclusive('\n') {
                lines.push(offset..offset + line.trim_end().len());
                offset += line.len();
            }
        }
        let mut found: Vec<EffectiveDate> = lines
            .iter()
            .flat_map(|title| effective::find_title_effective_dates(source, title, &self.dates))
            .filter(|e| !self.effective_dates.iter().any(|d| d.span == e.span))
            .collect();
        if !found.is_empty() {
            self.effective_dates.append(&mut found);
            self.effective_dates.sort_by_key(|e| e.span.start);
        }
    }
}
