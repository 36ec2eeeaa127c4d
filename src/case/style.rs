//! The house style every paper of a project shares (`[style]` in
//! `beslut.toml`), as data: what composing a paper needs of the project.

use std::path::PathBuf;

use serde::Deserialize;

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

impl Style {
    pub fn logo_width_mm(&self) -> f64 {
        self.logo_width_mm.unwrap_or(DEFAULT_LOGO_WIDTH_MM)
    }
}

/// What composing a paper takes of the project: the house style, and the
/// file kind of the logo when one is loaded (`"svg"`, `"png"`, `"jpeg"`).
#[derive(Debug, Clone, Copy)]
pub struct House<'a> {
    pub style: &'a Style,
    pub logo_extension: Option<&'static str>,
    /// The Word template's look, when one is configured: the PDF follows it.
    pub look: Option<&'a crate::base::look::TemplateLook>,
}

impl House<'_> {
    /// No style and no logo.
    pub fn plain() -> House<'static> {
        static PLAIN: std::sync::LazyLock<Style> = std::sync::LazyLock::new(Style::default);
        House {
            style: &PLAIN,
            logo_extension: None,
            look: None,
        }
    }
}
