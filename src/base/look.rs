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
    /// The page size and margins of the template's (last) section.
    pub page: Option<PageGeometry>,
}

/// A page's size and margins in twips (1/20 pt), as Word's `w:pgSz` and
/// `w:pgMar` give them; both formats set their pages by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PageGeometry {
    pub width: u32,
    pub height: u32,
    pub top: u32,
    pub bottom: u32,
    pub left: u32,
    pub right: u32,
    /// From the page's top edge to the header.
    pub header: u32,
    /// From the page's bottom edge to the footer.
    pub footer: u32,
}

impl PageGeometry {
    /// beslut's own page: A4 with 2.2 cm above, 2.6 cm below and 2.5 cm on
    /// either side (`layout.v1.typ`).
    pub const BESLUT: PageGeometry = PageGeometry {
        width: 11906,
        height: 16838,
        top: 1247,
        bottom: 1474,
        left: 1417,
        right: 1417,
        header: 1247,
        footer: 849,
    };

    /// The width text may use.
    pub fn text_width(&self) -> u32 {
        self.width.saturating_sub(self.left + self.right)
    }

    /// The geometry when a paper can be set on it: a page between A6 and
    /// A2, and at least 8 cm by 10 cm for the text. A template with stranger
    /// numbers (a label sheet, a broken file) keeps beslut's page.
    pub fn usable(self) -> Option<PageGeometry> {
        const CM: u32 = 567;
        let page =
            (10 * CM..=60 * CM).contains(&self.width) && (10 * CM..=60 * CM).contains(&self.height);
        let text = self.text_width() >= 8 * CM
            && self.height.saturating_sub(self.top + self.bottom) >= 10 * CM
            && self.left + self.right < self.width
            && self.top + self.bottom < self.height;
        (page && text).then_some(self)
    }
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
    fn a_page_a_paper_cannot_be_set_on_is_not_used() {
        assert_eq!(PageGeometry::BESLUT.usable(), Some(PageGeometry::BESLUT));
        assert_eq!(PageGeometry::BESLUT.text_width(), 9072);
        let narrow = PageGeometry {
            left: 5000,
            right: 5000,
            ..PageGeometry::BESLUT
        };
        assert_eq!(narrow.usable(), None);
        let label = PageGeometry {
            width: 3000,
            ..PageGeometry::BESLUT
        };
        assert_eq!(label.usable(), None);
    }

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
