//! House files a project's papers print: the logo and the municipality's
//! Word template, named in `beslut.toml` and read once per batch. Backends
//! get them beside the document model, so the model stays plain text.

use std::sync::Arc;

use crate::render::docx::template::WordTemplate;
use crate::render::logo::Logo;

/// The files named in `[style]`, loaded.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    pub logo: Option<Logo>,
    pub word_template: Option<Arc<WordTemplate>>,
}
