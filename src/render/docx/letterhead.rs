//! The letterhead, logo and footer of the Word file.

use super::*;

/// Width of the Datum/Dnr column of the letterhead.
pub(super) const LETTERHEAD_RIGHT: u32 = 2835;

/// What heads the letterhead's sender column.
#[derive(Clone, Copy)]
pub(super) enum Emblem<'a> {
    Logo(&'a Logo),
    /// `logo_text`, when the paper has one.
    Text,
    /// Nothing: the Word template's own header carries the emblem.
    None,
}

/// The letterhead as a borderless two-column table (sender left, Datum and
/// Dnr right) followed by the paragraph a header or cell must end with.
pub(super) fn letterhead(out: &mut String, document: &Document, emblem: Emblem, ids: &StyleIds) {
    let head = &document.letterhead;
    let text_width = page_of(document).text_width();
    let left_width = text_width.saturating_sub(LETTERHEAD_RIGHT);
    let _ = write!(
        out,
        concat!(
            r#"<w:tbl><w:tblPr><w:tblW w:w="{total}" w:type="dxa"/><w:tblLayout w:type="fixed"/>"#,
            r#"<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>"#,
            r#"<w:tblLook w:val="0000"/></w:tblPr>"#,
            r#"<w:tblGrid><w:gridCol w:w="{left}"/><w:gridCol w:w="{right}"/></w:tblGrid><w:tr>"#,
            r#"<w:tc><w:tcPr><w:tcW w:w="{left}" w:type="dxa"/></w:tcPr>"#
        ),
        total = text_width,
        left = left_width,
        right = LETTERHEAD_RIGHT,
    );
    // Lines of 9 pt at the layout's 12.8 pt, Datum and Dnr 10.9 pt apart.
    let header = ParaProps {
        style: Some(ids.get(StyleKind::Header)),
        after: Some(0),
        exact_line: Some(256),
        ..ParaProps::default()
    };
    let cell_start = out.len();
    let emblem_props = emblem_props(&header);
    match (emblem, &head.logo, &head.logo_text) {
        (Emblem::Logo(logo), Some(reference), _) => paragraph(out, &emblem_props, |p| {
            image(p, logo, reference.width_mm, &reference.alt);
        }),
        (Emblem::Logo(_) | Emblem::Text, _, Some(text)) => paragraph(out, &emblem_props, |p| {
            run(
                p,
                text,
                RunProps {
                    bold: true,
                    size: Some(28),
                    ..RunProps::PLAIN
                },
            );
        }),
        _ => {}
    }
    for line in head.sender_lines.iter().chain(&head.contact) {
        paragraph(out, &header, |p| run(p, line, RunProps::sized(18)));
    }
    // A table cell must hold a paragraph.
    if !out[cell_start..].contains("<w:p>") {
        paragraph(out, &header, |_| {});
    }
    let _ = write!(
        out,
        r#"</w:tc><w:tc><w:tcPr><w:tcW w:w="{LETTERHEAD_RIGHT}" w:type="dxa"/></w:tcPr>"#
    );
    let facts = ParaProps {
        style: Some(ids.get(StyleKind::Header)),
        tabs: vec![("left", 680)],
        after: Some(0),
        exact_line: Some(218),
        ..ParaProps::default()
    };
    let mut any = false;
    for (label, value) in [("Datum", &head.date), ("Dnr", &head.dnr)] {
        if !value.is_empty() {
            any = true;
            paragraph(out, &facts, |p| {
                run(p, &format!("{label}\t{value}"), RunProps::sized(18))
            });
        }
    }
    if !any {
        paragraph(out, &facts, |_| {});
    }
    out.push_str("</w:tc></w:tr></w:tbl>");
    paragraph(out, &header, |_| {});
}

/// The emblem's line: as tall as the logo or the 14 pt name needs.
pub(super) fn emblem_props<'a>(header: &ParaProps<'a>) -> ParaProps<'a> {
    ParaProps {
        exact_line: None,
        ..header.clone()
    }
}

/// An inline picture, `width_mm` wide, with its alternative text.
pub(super) fn image(out: &mut String, logo: &Logo, width_mm: f64, alt: &str) {
    const EMU_PER_MM: f64 = 36_000.0;
    let cx = (width_mm * EMU_PER_MM).round() as u64;
    let cy = (width_mm / logo.aspect * EMU_PER_MM).round() as u64;
    let alt = esc(alt);
    let _ = write!(
        out,
        concat!(
            r#"<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">"#,
            r#"<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="1" name="Logotyp" descr="{alt}"/>"#,
            r#"<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>"#,
            r#"<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">"#,
            r#"<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="logo" descr="{alt}"/><pic:cNvPicPr/></pic:nvPicPr>"#,
            r#"<pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"#,
            r#"<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>"#,
            r#"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"#,
            r#"</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"#
        ),
        cx = cx,
        cy = cy,
        alt = alt,
    );
}

/// "Dnr …" on the left, "Sida N av M" on the right, all in the footer size.
/// The tab stops a Word template's footer style sets (`clear`) are cleared,
/// so that the one tab goes to the right edge, not to the style's centre.
pub(super) fn footer(document: &Document, ids: &StyleIds, clear: &[u32]) -> String {
    let mut out = String::new();
    let right_edge = page_of(document).text_width();
    let mut tabs: Vec<(&'static str, u32)> = clear
        .iter()
        .filter(|&&pos| pos != right_edge)
        .map(|&pos| ("clear", pos))
        .collect();
    tabs.push(("right", right_edge));
    let props = ParaProps {
        style: Some(ids.get(StyleKind::Footer)),
        tabs,
        ..ParaProps::default()
    };
    let size = RunProps::sized(16);
    paragraph(&mut out, &props, |p| {
        if !document.letterhead.dnr.is_empty() {
            run(p, &format!("Dnr {}", document.letterhead.dnr), size);
        }
        run(p, "\tSida ", size);
        xml::field(p, "PAGE", "1", size);
        run(p, " av ", size);
        xml::field(p, "NUMPAGES", "1", size);
    });
    out
}
