//! The project: `beslut.toml` (read from the build floor up; lower floors
//! receive their slice of it), a new project's scaffold, and finding the
//! files a command works on.

pub mod config;
pub mod discover;
pub mod scaffold;

pub use crate::case::style::Style;
pub use config::{Config, ConfigError};
