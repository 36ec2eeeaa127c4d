//! A Word template's look, as far as the PDF can follow it: the body font
//! and size from the document defaults (or the Normal style), and the
//! title's and headings' font, colour and size from their styles (found by
//! their built-in names: "heading 1" whatever the template calls it). A
//! font named through the theme ("minorHAnsi") is the theme's.

use quick_xml::events::{BytesStart, Event};

use crate::base::look::{HeadingLook, PageGeometry, TemplateLook};
use crate::base::ooxml::attribute;

/// The run properties one style (or the document defaults) sets.
#[derive(Debug, Default, Clone)]
struct Run {
    font: Option<String>,
    color: Option<String>,
    size_pt: Option<f32>,
}

/// The look `styles` (and the theme's fonts) give.
pub fn look_of(styles: &str, theme: Option<&[u8]>) -> TemplateLook {
    let fonts = theme.map(theme_fonts).unwrap_or_default();
    let (defaults, named) = runs(styles, &fonts);
    let style = |name: &str| {
        named
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, run)| run.clone())
            .unwrap_or_default()
    };
    let normal = style("Normal");
    let heading = |run: Run| HeadingLook {
        font: run.font,
        color: run.color,
        size_pt: run.size_pt,
    };
    TemplateLook {
        body_font: normal.font.or(defaults.font),
        body_size_pt: normal.size_pt.or(defaults.size_pt),
        title: heading(style("Title")),
        heading1: heading(style("heading 1")),
        heading2: heading(style("heading 2")),
        page: None,
    }
}

/// The page size and margins of the document's last section (the one the
/// body ends with, which Word applies to a new document from the
/// template), when the paper can be set on them. A negative top or bottom
/// margin (Word's "exactly": the text never moves down for a tall header)
/// counts by its size.
pub fn page_geometry(document: &str) -> Option<PageGeometry> {
    let mut reader = quick_xml::Reader::from_str(document);
    let (mut size, mut margins) = (None, None);
    let number = |e: &BytesStart<'_>, name: &[u8]| -> Option<u32> {
        let value: i64 = attribute(e, name)?.parse().ok()?;
        u32::try_from(value.unsigned_abs()).ok()
    };
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"pgSz" => size = Some((number(&e, b"w")?, number(&e, b"h")?)),
                b"pgMar" => {
                    margins = Some([
                        number(&e, b"top")?,
                        number(&e, b"bottom")?,
                        number(&e, b"left")?,
                        number(&e, b"right")?,
                        number(&e, b"header").unwrap_or(PageGeometry::BESLUT.header),
                        number(&e, b"footer").unwrap_or(PageGeometry::BESLUT.footer),
                    ])
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    let ((width, height), [top, bottom, left, right, header, footer]) = (size?, margins?);
    PageGeometry {
        width,
        height,
        top,
        bottom,
        left,
        right,
        header,
        footer,
    }
    .usable()
}

/// The tab stops (twips) the template's footer style sets: a footer
/// paragraph that does not clear them tabs to the first (Word's default
/// footer style has a centre tab at 4536), not to its own right tab.
pub fn footer_tabs(styles: &str) -> Vec<u32> {
    let mut reader = quick_xml::Reader::from_str(styles);
    let mut in_style = false;
    let mut is_footer = false;
    let mut tabs = Vec::new();
    let mut found = Vec::new();
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) if e.local_name().as_ref() == b"style" => {
                (in_style, is_footer) = (true, false);
                tabs.clear();
            }
            Event::End(e) if e.local_name().as_ref() == b"style" => {
                if is_footer {
                    found = std::mem::take(&mut tabs);
                }
                in_style = false;
            }
            Event::Start(e) | Event::Empty(e) if in_style => match e.local_name().as_ref() {
                b"name" => {
                    is_footer =
                        attribute(&e, b"val").is_some_and(|n| n.eq_ignore_ascii_case("footer"))
                }
                b"tab" => {
                    let clears = attribute(&e, b"val").is_some_and(|v| v == "clear");
                    if let Some(pos) = attribute(&e, b"pos").and_then(|p| p.parse().ok())
                        && !clears
                    {
                        tabs.push(pos);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    found
}

/// The theme's (major, minor) latin fonts.
fn theme_fonts(theme: &[u8]) -> (Option<String>, Option<String>) {
    let text = String::from_utf8_lossy(theme);
    let mut reader = quick_xml::Reader::from_str(&text);
    let (mut major, mut minor) = (None, None);
    let mut in_major = None;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) if e.local_name().as_ref() == b"majorFont" => in_major = Some(true),
            Event::Start(e) if e.local_name().as_ref() == b"minorFont" => in_major = Some(false),
            Event::End(e) if matches!(e.local_name().as_ref(), b"majorFont" | b"minorFont") => {
                in_major = None
            }
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"latin" => {
                let face = attribute(&e, b"typeface").filter(|f| !f.is_empty());
                match in_major {
                    Some(true) => major = major.or(face),
                    Some(false) => minor = minor.or(face),
                    None => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    (major, minor)
}

/// The document defaults' run, and each style's by its name.
fn runs(styles: &str, theme: &(Option<String>, Option<String>)) -> (Run, Vec<(String, Run)>) {
    let mut reader = quick_xml::Reader::from_str(styles);
    let mut defaults = Run::default();
    let mut named: Vec<(String, Run)> = Vec::new();
    // Where we are: in the defaults, or in a style (with its name).
    let mut in_defaults = false;
    let mut style: Option<(Option<String>, Run)> = None;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) if e.local_name().as_ref() == b"rPrDefault" => in_defaults = true,
            Event::End(e) if e.local_name().as_ref() == b"rPrDefault" => in_defaults = false,
            Event::Start(e) if e.local_name().as_ref() == b"style" => {
                style = Some((None, Run::default()))
            }
            Event::End(e) if e.local_name().as_ref() == b"style" => {
                if let Some((Some(name), run)) = style.take() {
                    named.push((name, run));
                }
            }
            Event::Start(e) | Event::Empty(e) => {
                if let Some((name, run)) = style.as_mut() {
                    if e.local_name().as_ref() == b"name" {
                        *name = attribute(&e, b"val");
                    } else {
                        set(run, &e, theme);
                    }
                } else if in_defaults {
                    set(&mut defaults, &e, theme);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    (defaults, named)
}

/// Takes what a run property element says: `rFonts`, `color`, `sz`.
fn set(run: &mut Run, e: &BytesStart<'_>, theme: &(Option<String>, Option<String>)) {
    match e.local_name().as_ref() {
        b"rFonts" => {
            let themed = attribute(e, b"asciiTheme").and_then(|t| {
                if t.starts_with("major") {
                    theme.0.clone()
                } else {
                    theme.1.clone()
                }
            });
            run.font = attribute(e, b"ascii").or(themed).or(run.font.take());
        }
        b"color" => {
            run.color = attribute(e, b"val")
                .filter(|v| v.len() == 6 && v.chars().all(|c| c.is_ascii_hexdigit()))
                .map(|v| v.to_uppercase())
                .or(run.color.take());
        }
        b"sz" => {
            run.size_pt = attribute(e, b"val")
                .and_then(|v| v.parse::<f32>().ok())
                .map(|half_points| half_points / 2.0)
                .filter(|pt| (4.0..=96.0).contains(pt))
                .or(run.size_pt);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_last_sections_page_size_and_margins() {
        let document = r#"<w:document xmlns:w="w"><w:body><w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1" w:right="1" w:bottom="1" w:left="1"/></w:sectPr></w:pPr></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="-1701" w:right="1134" w:bottom="1418" w:left="1985" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>"#;
        let page = page_geometry(document).expect("a usable page");
        assert_eq!(
            (page.top, page.bottom, page.left, page.right, page.header),
            (1701, 1418, 1985, 1134, 567)
        );
        assert_eq!(page.text_width(), 11906 - 1985 - 1134);
        // No section, or margins that leave no room: beslut's page.
        assert_eq!(
            page_geometry(r#"<w:document xmlns:w="w"><w:body/></w:document>"#),
            None
        );
        let squeezed = document.replace(r#"w:left="1985""#, r#"w:left="9000""#);
        assert_eq!(page_geometry(&squeezed), None);
    }

    #[test]
    fn reads_the_footer_styles_tab_stops() {
        let styles = r#"<w:styles xmlns:w="w"><w:style w:styleId="Sidfot"><w:name w:val="footer"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs></w:pPr></w:style><w:style w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="100"/></w:tabs></w:pPr></w:style></w:styles>"#;
        assert_eq!(footer_tabs(styles), [4536, 9072]);
    }

    #[test]
    fn reads_fonts_colours_and_sizes_by_built_in_names() {
        let styles = r#"<w:styles xmlns:w="w"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi"/><w:sz w:val="23"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:rPr><w:rFonts w:ascii="Arial"/><w:color w:val="1d4f91"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:styleId="Rubrik"><w:name w:val="Title"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi"/><w:color w:val="auto"/><w:sz w:val="40"/></w:rPr></w:style></w:styles>"#;
        let theme = br#"<a:theme xmlns:a="a"><a:fontScheme><a:majorFont><a:latin typeface="Arial"/></a:majorFont><a:minorFont><a:latin typeface="Times New Roman"/></a:minorFont></a:fontScheme></a:theme>"#;
        let look = look_of(styles, Some(theme));
        assert_eq!(look.body_font.as_deref(), Some("Times New Roman"));
        assert_eq!(look.body_size_pt, Some(11.5));
        assert_eq!(look.heading1.font.as_deref(), Some("Arial"));
        assert_eq!(look.heading1.color.as_deref(), Some("1D4F91"));
        assert_eq!(look.heading1.size_pt, Some(14.0));
        assert_eq!(look.title.font.as_deref(), Some("Arial"));
        assert_eq!(look.title.color, None, "auto is no colour");
        assert_eq!(look.heading2, HeadingLook::default());
    }
}
