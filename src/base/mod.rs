//! The ground floor: helpers every other floor may use, importing no other
//! part of beslut — Swedish words and dates, the calendar, bounded reads,
//! atomic output, hashing, OOXML (zip + XML) reading, interrupts, batches.

pub mod batch;
pub mod calendar;
pub mod hash;
pub mod interrupt;
pub mod look;
pub mod nouns;
pub mod ooxml;
pub mod output;
pub mod place;
pub mod read;
pub mod shard;
pub mod spelling;
pub mod swedish;
pub mod verbs;
