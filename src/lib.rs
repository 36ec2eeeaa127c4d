//! `beslut`: generate, lint and rebuild Swedish municipal decision papers
//! (tjänsteskrivelser).
//!
//! The crate is a house of floors, each importing only the floors below it
//! (see `ARCHITECTURE.md`; `tests/it/architecture.rs` holds the code to it):
//!
//! - writing: case file → [`case`] → [`compose`] → [`document`] →
//!   [`render`] (PDF, DOCX);
//! - reading: paper → [`reader`] → [`paper`] (model and recognisers) →
//!   [`lint`] (rules) → report.
//!
//! [`project`], [`build`], [`import`], [`inspect`], [`meeting`] and
//! [`check`] stand on both; only [`cli`] prints.

pub mod annotate;
pub mod base;
pub mod builder;
pub mod case;
pub mod check;
pub mod cli;
pub mod compose;
pub mod document;
#[doc(hidden)]
pub mod fuzzing;
pub mod import;
pub mod inspect;
pub mod lint;
pub mod lsp;
pub mod meeting;
pub mod paper;
pub mod project;
pub mod reader;
pub mod render;
