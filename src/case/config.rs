//! `beslut.toml`: defaults every case in a project shares.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::model::Sender;

/// Project configuration. Every part is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Letterhead defaults; a case's own `sender` fields win.
    #[serde(default)]
    pub sender: Sender,
    /// House style.
    #[serde(default)]
    pub style: Style,
    /// Lint settings.
    #[serde(default)]
    pub lint: crate::lint::LintConfig,
}

/// House style shared by every paper.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Style {
    /// Text printed as the logo in the letterhead, e.g. "EXEMPELBY KOMMUN".
    #[serde(default)]
    pub logo_text: Option<String>,
    /// Body font family; must be one of the bundled fonts.
    #[serde(default)]
    pub font: Option<String>,
}

/// `beslut.toml` could not be read or parsed.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct ConfigError {
    pub path: PathBuf,
    pub message: String,
}

/// Largest `beslut.toml` read; a real one is a few KiB.
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

impl Config {
    /// Reads `path`; a missing file means an empty configuration only when
    /// `required` is false.
    pub fn load(path: &Path, required: bool) -> Result<Self, ConfigError> {
        let error = |message: String| ConfigError {
            path: path.to_owned(),
            message,
        };
        if !required && !path.exists() {
            return Ok(Self::default());
        }
        let bytes = crate::read::read_bounded(path, MAX_CONFIG_BYTES).map_err(error)?;
        let text = crate::read::utf8(bytes).map_err(error)?;
        toml::from_str(&text).map_err(|e| error(e.to_string()))
    }
}

impl Sender {
    /// Fills every missing field from `defaults`.
    pub fn or(self, defaults: &Sender) -> Sender {
        let pick = |own: Option<String>, default: &Option<String>| own.or_else(|| default.clone());
        Sender {
            municipality: pick(self.municipality, &defaults.municipality),
            administration: pick(self.administration, &defaults.administration),
            department: pick(self.department, &defaults.department),
            unit: pick(self.unit, &defaults.unit),
            officer: pick(self.officer, &defaults.officer),
            contact: pick(self.contact, &defaults.contact),
        }
    }
}
