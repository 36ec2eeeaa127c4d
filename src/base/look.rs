//! How a Word template sets its text, as plain data: read from the
//! template by the DOCX side (`render::docx`), carried in the house style
//! (`case::style::House`), followed by the PDF layout through `compose`.
//! Here, below all three, so that none of them imports another.

/// How a Word template sets its text, as far as the PDF can follow it: the
/// body font and size, and the title's and headings' font, colour and size.
/// Read from the template's styles (`render::docx::template`); plain data,
/// so composing a paper never reads the template.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TemplateLook {
    pub body_font: Option<String>,
    pub body_size_pt: Option<f32>,
    pub title: HeadingLook,
    pub heading1: HeadingLook,
    pub heading2: HeadingLook,
}

/// A title's or heading's look in a Word template.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeadingLook {
    pub font: Option<String>,
    /// `RRGGBB`.
    pub color: Option<String>,
    pub size_pt: Option<f32>,
}

impl TemplateLook {
    /// The fonts the template names that nothing bundled sets alike: the
    /// PDF uses the project's font for them, the Word file the template's.
    pub fn unmatched_fonts(&self) -> Vec<&str> {
        let mut fonts: Vec<&str> = [
            &self.body_font,
            &self.title.font,
            &self.heading1.font,
            &self.heading2.font,
        ]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .filter(|f| bundled_font_for(f).is_none())
        .collect();
        fonts.sort_unstable();
        fonts.dedup();
        fonts
    }
}

/// The bundled family that sets text like `word_font` does: the family
/// itself, or one with the same metrics ("Times New Roman" → Tinos, "Arial"
/// → Liberation Sans), so lines break where Word breaks them. `None` for a
/// font nothing bundled matches ("Calibri", "Garamond").
pub fn bundled_font_for(word_font: &str) -> Option<&'static str> {
    const SAME_METRICS: [(&str, &str); 10] = [
        ("times new roman", "Tinos"),
        ("times", "Tinos"),
        ("liberation serif", "Tinos"),
        ("tinos", "Tinos"),
        ("arial", "Liberation Sans"),
        ("helvetica", "Liberation Sans"),
        ("liberation sans", "Liberation Sans"),
        ("arimo", "Liberation Sans"),
        ("libertinus serif", "Libertinus Serif"),
        ("new computer modern", "New Computer Modern"),
    ];
    let wanted = word_font.trim().to_lowercase();
    SAME_METRICS
        .iter()
        .find(|(name, _)| *name == wanted)
        .map(|(_, family)| *family)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_fonts_map_to_bundled_fonts_with_their_metrics() {
        assert_eq!(bundled_font_for("Times New Roman"), Some("Tinos"));
        assert_eq!(bundled_font_for(" arial "), Some("Liberation Sans"));
        assert_eq!(bundled_font_for("Calibri"), None);
        let look = TemplateLook {
            body_font: Some("Calibri".into()),
            heading1: HeadingLook {
                font: Some("Arial".into()),
                ..HeadingLook::default()
            },
            title: HeadingLook {
                font: Some("Calibri".into()),
                ..HeadingLook::default()
            },
            ..TemplateLook::default()
        };
        assert_eq!(look.unmatched_fonts(), ["Calibri"]);
    }
}
