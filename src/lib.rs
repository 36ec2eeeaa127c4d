//! `beslut`: generate, lint and rebuild Swedish municipal decision papers
//! (tjänsteskrivelser).
//!
//! Data flows one way: case file → [`case::Case`] → [`compose`] (templates) →
//! [`document::Document`] → backends ([`pdf`], [`docx`]).

pub mod assets;
pub mod batch;
pub mod build;
pub mod calendar;
pub mod case;
pub mod cli;
pub mod compose;
pub mod discover;
pub mod document;
pub mod docx;
#[doc(hidden)]
pub mod fuzzing;
pub mod import;
pub mod inspect;
pub mod interrupt;
pub mod lint;
pub mod manifest;
pub mod meeting;
pub mod output;
pub mod pdf;
pub mod prose;
pub mod read;
pub mod reader;
pub mod scaffold;
pub mod shard;
pub mod swedish;
pub mod template;
