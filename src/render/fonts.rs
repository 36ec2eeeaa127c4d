//! The fonts every paper is set in, shipped inside the binary.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use typst::foundations::Bytes;
use typst::text::{Font, FontBook, FontInfo};

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

/// The font book's entries as `computed_faces` makes them, stored because
/// computing them (each face's metrics and character coverage) was 2.3 ms
/// of every `build` process before its first paper, and the fonts are
/// fixed at compile time. `cargo test stored_font_book` checks it against
/// the fonts and, with `BESLUT_UPDATE_FONT_BOOK=1`, writes it anew.
const STORED_FACES: &str = include_str!("font_book.json");

/// Every font file the PDF engine has: the bundled fonts, then Typst's own
/// (for the glyphs the bundled ones lack).
fn font_files() -> impl Iterator<Item = &'static [u8]> {
    BUNDLED_FONTS.iter().copied().chain(typst_assets::fonts())
}

/// One face of a font file, as the font book lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct StoredFace {
    /// Which of [`font_files`].
    file: usize,
    /// The face within the file (a collection has several).
    index: u32,
    info: FontInfo,
}

/// The faces of every font file, computed from the fonts themselves.
#[cfg(test)]
fn computed_faces() -> Vec<StoredFace> {
    font_files()
        .enumerate()
        .flat_map(|(file, data)| {
            Font::iter(Bytes::new(data)).map(move |font| StoredFace {
                file,
                index: font.index(),
                info: font.info().clone(),
            })
        })
        .collect()
}

/// A face of the font book whose font is loaded only when a layout uses it:
/// a paper uses three or four of the 25.
pub(crate) struct Face {
    data: &'static [u8],
    index: u32,
    font: OnceLock<Option<Font>>,
}

impl Face {
    /// The face's font, loaded on first use.
    pub(crate) fn font(&self) -> Option<Font> {
        self.font
            .get_or_init(|| Font::new(Bytes::new(self.data), self.index))
            .clone()
    }
}

/// The font book from the stored entries, and its faces in its order.
pub(crate) fn font_book() -> (FontBook, Vec<Face>) {
    let files: Vec<&'static [u8]> = font_files().collect();
    let stored: Vec<StoredFace> =
        serde_json::from_str(STORED_FACES).expect("the stored font book is valid JSON");
    let (infos, faces): (Vec<FontInfo>, Vec<Face>) = stored
        .into_iter()
        .filter_map(|face| {
            let loader = Face {
                data: files.get(face.file)?,
                index: face.index,
                font: OnceLock::new(),
            };
            Some((face.info, loader))
        })
        .unzip();
    (FontBook::from_infos(infos), faces)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_font_book_matches_the_fonts() {
        let computed = computed_faces();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/render/font_book.json");
        if std::env::var_os("BESLUT_UPDATE_FONT_BOOK").is_some() {
            let json = serde_json::to_string(&computed).expect("serialises");
            std::fs::write(path, json + "\n").expect("writes the font book");
            return;
        }
        let stored: Vec<StoredFace> = serde_json::from_str(STORED_FACES).expect("valid");
        assert!(
            stored == computed,
            "src/render/font_book.json is out of date: run \
             BESLUT_UPDATE_FONT_BOOK=1 cargo test stored_font_book"
        );
        // Every stored face loads, so `Face::font` never yields nothing.
        let (_, faces) = font_book();
        assert!(faces.iter().all(|face| face.font().is_some()));
        assert_eq!(faces.len(), computed.len());
    }
}
