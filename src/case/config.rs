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
    /// The files `[style]` names, read when the configuration is loaded.
    #[serde(skip)]
    pub assets: crate::assets::Assets,
    /// (file, SHA-256) of `beslut.toml` and the files it names, for the
    /// manifest: what a build depended on besides its cases.
    #[serde(skip)]
    pub provenance: Vec<(String, String)>,
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
    /// Logo image (SVG, PNG or JPEG), relative to `beslut.toml`; printed
    /// in the letterhead of both formats instead of `logo_text`.
    #[serde(default)]
    pub logo: Option<PathBuf>,
    /// Printed width of the logo in millimetres (default 40); the height
    /// follows the image.
    #[serde(default)]
    pub logo_width_mm: Option<f64>,
    /// The logo's alternative text for screen readers (default: `logo_text`,
    /// else the municipality).
    #[serde(default)]
    pub logo_alt: Option<String>,
    /// A Word file (.docx or .dotx), relative to `beslut.toml`, whose styles
    /// and first-page header and footer the DOCX uses.
    #[serde(default)]
    pub word_template: Option<PathBuf>,
}

/// The logo width when `logo_width_mm` is not set.
pub const DEFAULT_LOGO_WIDTH_MM: f64 = 40.0;

/// A TOML error in Swedish: where (line:column), what, a suggestion for a
/// misspelt key, and the parser's own words as detail.
fn swedish_toml_error(text: &str, error: &toml::de::Error) -> String {
    let detail = error.message().trim().to_owned();
    let place = error.span().map(|span| {
        let before = &text[..span.start.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!("rad {line}, kolumn {column}: ")
    });
    let place = place.unwrap_or_default();
    if let Some(rest) = detail.strip_prefix("unknown field `")
        && let Some((field, expected)) = rest.split_once("`, expected one of ")
    {
        let expected: Vec<&str> = expected.split(", ").map(|e| e.trim_matches('`')).collect();
        return format!(
            "{place}okänd inställning `{field}`: {}",
            crate::case::load::suggest(field, &expected)
        );
    }
    format!("{place}ogiltig inställning ({detail})")
}

impl Style {
    pub fn logo_width_mm(&self) -> f64 {
        self.logo_width_mm.unwrap_or(DEFAULT_LOGO_WIDTH_MM)
    }
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
        let mut config: Config =
            toml::from_str(&text).map_err(|e| error(swedish_toml_error(&text, &e)))?;
        let dir = path.parent().unwrap_or(Path::new("."));
        config.assets = config.style.load_assets(dir).map_err(|e| ConfigError {
            path: e.path,
            message: e.message,
        })?;
        config.provenance.push((
            path.display().to_string(),
            crate::build::sha256_hex(text.as_bytes()),
        ));
        for named in [&config.style.logo, &config.style.word_template]
            .into_iter()
            .flatten()
        {
            let file = dir.join(named);
            if let Ok(bytes) = std::fs::read(&file) {
                config
                    .provenance
                    .push((file.display().to_string(), crate::build::sha256_hex(&bytes)));
            }
        }
        Ok(config)
    }
}

impl Style {
    /// Reads the logo and Word template, relative to `dir`.
    pub fn load_assets(
        &self,
        dir: &Path,
    ) -> Result<crate::assets::Assets, crate::assets::AssetError> {
        let width = self.logo_width_mm();
        if !(5.0..=180.0).contains(&width) {
            return Err(crate::assets::AssetError {
                path: PathBuf::from("beslut.toml"),
                message: format!(
                    "logo_width_mm = {width}: logotypens bredd ska vara mellan 5 och 180 mm"
                ),
            });
        }
        let logo = self
            .logo
            .as_ref()
            .map(|logo| crate::assets::Logo::load(&dir.join(logo), width))
            .transpose()?;
        let word_template = self
            .word_template
            .as_ref()
            .map(|file| crate::docx::WordTemplate::load(&dir.join(file)).map(std::sync::Arc::new))
            .transpose()?;
        Ok(crate::assets::Assets {
            logo,
            word_template,
        })
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

#[cfg(test)]
mod toml_error_tests {
    use super::Config;

    #[test]
    fn a_misspelt_key_is_named_with_its_place_and_the_right_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("beslut.toml");
        std::fs::write(&path, "[style]\nfonts = \"x\"\n").unwrap();
        let err = Config::load(&path, true).unwrap_err();
        assert!(
            err.message
                .starts_with("rad 2, kolumn 1: okänd inställning `fonts`: menade du `font`?"),
            "{}",
            err.message
        );
    }
}
