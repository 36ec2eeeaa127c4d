//! The paper model: what the reading side makes of a paper, and what the
//! lint reads. A paper is source text divided into regions (the sections of
//! a finished paper, or the prose fields of a case file) plus the facts known
//! as data. [`structure`] turns a reader's text into a paper, [`sections`]
//! and [`letterhead`] recognise its parts, [`about`] finds what the decision
//! concerns, and [`scan`] holds one recogniser per kind of fact.
//!
//! This floor imports only `reader/`, `case/` and `base/`.

pub mod about;
pub mod addressee;
pub mod board_name;
pub mod event_date;
pub mod letterhead;
mod meeting_day;
mod model;
mod officer;
mod paper_date;
pub mod proposals;
pub mod scan;
pub mod sections;
pub mod signature;
pub mod structure;
pub mod target_group;
mod terms;

pub use model::*;

/// Tells the scanner's patterns that this process is to read many papers
/// (a batch), before it reads the first: they are then compiled for
/// searching much text, not for one paper.
pub fn expect_many_papers() {
    scan::plain::expect_many_papers();
}

/// Compiles the patterns most papers need before their first use, the
/// last used first (`lint::compile_patterns_ahead`): the rules', then,
/// when `reading_papers` (not case files), those that read a paper's parts,
/// then the scanner's.
pub fn compile_patterns(reading_papers: bool) {
    about::compile_patterns();
    scan::compile_rule_patterns();
    if reading_papers {
        board_name::compile_patterns();
        addressee::compile_patterns();
        officer::compile_patterns();
        letterhead::compile_patterns();
        paper_date::compile_patterns();
    }
    scan::compile_patterns();
}
