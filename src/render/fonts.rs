//! The fonts every paper is set in, shipped inside the binary.

/// Fonts shipped inside the binary (SIL Open Font License, see `fonts/`).
pub(crate) const BUNDLED_FONTS: &[&[u8]] = &[
    include_bytes!("../../fonts/LiberationSans-Regular.ttf"),
    include_bytes!("../../fonts/LiberationSans-Bold.ttf"),
    include_bytes!("../../fonts/LiberationSans-Italic.ttf"),
    include_bytes!("../../fonts/LiberationSans-BoldItalic.ttf"),
];

pub use crate::document::DEFAULT_FONT;
