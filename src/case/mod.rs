//! The case: a decision paper as typed data, loaded from YAML.

mod age;
pub mod date;
mod error;
pub mod headings;
pub(crate) mod load;
mod model;
pub mod schema;
mod source_map;
pub mod style;
pub mod words;

pub use error::{CaseError, quote_window};
pub use load::{CaseFile, is_template_name, load_case, parse_case};
pub use model::*;
pub use source_map::{Position, SourceMap};
pub use words::{age_range, months_length, period_length};
