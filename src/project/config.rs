//! `beslut.toml`: defaults every case in a project shares.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::base::hash::sha256_hex;
use crate::case::Sender;
use crate::case::style::{House, Style};
use crate::lint::LintConfig;
use crate::render::assets::Assets;
use crate::render::docx::WordTemplate;
use crate::render::logo::{AssetError, ImageFormat, Logo};

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
    pub lint: LintConfig,
    /// The files `[style]` names, read by [`Config::load_assets`] for the
    /// commands that render (never for `schema`, `rules`, `lint` …).
    #[serde(skip)]
    pub assets: Assets,
    /// The folder `beslut.toml` is in: `[style]` names files relative to it.
    #[serde(skip)]
    dir: PathBuf,
    /// (file, SHA-256) of `beslut.toml` and the files it names, for the
    /// manifest: what a build depended on besides its cases.
    #[serde(skip)]
    pub provenance: Vec<(String, String)>,
}

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
    /// What composing a paper takes of the project: its house style and
    /// the kind of logo file loaded.
    pub fn house(&self) -> House<'_> {
        House {
            style: &self.style,
            // From the name, so that composing (the lint does) never reads
            // the file.
            logo_extension: self
                .style
                .logo
                .as_deref()
                .and_then(ImageFormat::of)
                .map(ImageFormat::extension),
            look: self.assets.word_template.as_ref().map(|t| &t.look),
        }
    }

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
        let bytes = crate::base::read::read_bounded(path, MAX_CONFIG_BYTES).map_err(error)?;
        let text = crate::base::read::utf8(bytes).map_err(error)?;
        let mut config: Config =
            toml::from_str(&text).map_err(|e| error(swedish_toml_error(&text, &e)))?;
        config.dir = path.parent().unwrap_or(Path::new(".")).to_owned();
        config
            .provenance
            .push((path.display().to_string(), sha256_hex(text.as_bytes())));
        config.check_logo_width()?;
        Ok(config)
    }

    /// `beslut.toml` and the logo and Word template it names: what a
    /// rendering command needs.
    pub fn load_with_assets(path: &Path, required: bool) -> Result<Self, ConfigError> {
        let mut config = Self::load(path, required)?;
        config.load_assets()?;
        Ok(config)
    }

    /// Reads and checks the logo and Word template `[style]` names (the
    /// logo decoded once, within its limits), and records their SHA-256.
    pub fn load_assets(&mut self) -> Result<(), ConfigError> {
        self.assets = load_assets(&self.style, &self.dir).map_err(|e| ConfigError {
            path: e.path,
            message: e.message,
        })?;
        if let (Some(name), Some(logo)) = (&self.style.logo, &self.assets.logo) {
            let file = self.dir.join(name).display().to_string();
            self.provenance.push((file, sha256_hex(&logo.bytes)));
        }
        if let (Some(name), Some(template)) =
            (&self.style.word_template, &self.assets.word_template)
        {
            let file = self.dir.join(name).display().to_string();
            self.provenance.push((file, template.sha256.clone()));
        }
        Ok(())
    }

    fn check_logo_width(&self) -> Result<(), ConfigError> {
        let width = self.style.logo_width_mm();
        if (5.0..=180.0).contains(&width) {
            return Ok(());
        }
        Err(ConfigError {
            path: PathBuf::from("beslut.toml"),
            message: format!(
                "logo_width_mm = {width}: logotypens bredd ska vara mellan 5 och 180 mm"
            ),
        })
    }
}

/// Reads the logo and Word template `style` names, relative to `dir`.
pub fn load_assets(style: &Style, dir: &Path) -> Result<Assets, AssetError> {
    {
        let width = style.logo_width_mm();
        let logo = style
            .logo
            .as_ref()
            .map(|logo| Logo::load(&dir.join(logo), width))
            .transpose()?;
        let word_template = style
            .word_template
            .as_ref()
            .map(|file| WordTemplate::load(&dir.join(file)).map(std::sync::Arc::new))
            .transpose()?;
        Ok(Assets {
            logo,
            word_template,
        })
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
