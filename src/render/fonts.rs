//! The fonts every paper is set in, shipped inside the binary.

/// Fonts shipped inside the binary (SIL Open Font License, see `fonts/`).
pub(crate) const BUNDLED_FONTS: &[&[u8]] = &[
    include_bytes!("../../fonts/LiberationSans-Regular.ttf"),
    include_bytes!("../../fonts/LiberationSans-Bold.ttf"),
    include_bytes!("../../fonts/LiberationSans-Italic.ttf"),
    include_bytes!("../../fonts/LiberationSans-BoldItalic.ttf"),
    // Tinos sets text with the metrics of Times New Roman, the serif of most
    // municipal Word templates, so a template's lines break in the PDF where
    // they break in Word (SIL OFL 1.1, fonts/LICENSE-Tinos.txt).
    include_bytes!("../../fonts/Tinos-Regular.ttf"),
    include_bytes!("../../fonts/Tinos-Bold.ttf"),
    include_bytes!("../../fonts/Tinos-Italic.ttf"),
    include_bytes!("../../fonts/Tinos-BoldItalic.ttf"),
];

pub use crate::document::DEFAULT_FONT;
