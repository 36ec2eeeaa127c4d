//! WordprocessingML pieces: runs and paragraphs with their properties in
//! the order the schema prescribes (Word is lenient, strict validators and
//! some other readers are not).

use std::fmt::Write;

/// Escapes text for an XML text node or attribute value.
pub fn esc(text: &str) -> std::borrow::Cow<'_, str> {
    quick_xml::escape::escape(text)
}

/// Whether XML 1.0 can carry `c`.
pub fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r')
        || ('\u{20}'..='\u{D7FF}').contains(&c)
        || ('\u{E000}'..='\u{FFFD}').contains(&c)
        || c >= '\u{10000}'
}

/// Character formatting of one run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunProps {
    pub bold: bool,
    pub italic: bool,
    /// Half-points.
    pub size: Option<u32>,
}

impl RunProps {
    pub const PLAIN: RunProps = RunProps {
        bold: false,
        italic: false,
        size: None,
    };

    pub fn bold() -> Self {
        RunProps {
            bold: true,
            ..Self::PLAIN
        }
    }

    pub fn sized(size: u32) -> Self {
        RunProps {
            size: Some(size),
            ..Self::PLAIN
        }
    }

    fn write(&self, out: &mut String) {
        if *self == Self::PLAIN {
            return;
        }
        out.push_str("<w:rPr>");
        if self.bold {
            out.push_str("<w:b/><w:bCs/>");
        }
        if self.italic {
            out.push_str("<w:i/><w:iCs/>");
        }
        if let Some(size) = self.size {
            let _ = write!(out, r#"<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>"#);
        }
        out.push_str("</w:rPr>");
    }
}

/// Appends a run of `text`; tabs become `w:tab`, characters XML cannot
/// carry are left out (Word refuses a file that holds them).
pub fn run(out: &mut String, text: &str, props: RunProps) {
    out.push_str("<w:r>");
    props.write(out);
    for (i, piece) in text.split('\t').enumerate() {
        if i > 0 {
            out.push_str("<w:tab/>");
        }
        if piece.is_empty() {
            continue;
        }
        let clean: std::borrow::Cow<str> = if piece.chars().all(xml_char) {
            piece.into()
        } else {
            piece
                .chars()
                .filter(|&c| xml_char(c))
                .collect::<String>()
                .into()
        };
        out.push_str(r#"<w:t xml:space="preserve">"#);
        out.push_str(&esc(&clean));
        out.push_str("</w:t>");
    }
    out.push_str("</w:r>");
}

/// A line break inside a paragraph.
pub fn line_break(out: &mut String) {
    out.push_str("<w:r><w:br/></w:r>");
}

/// A field (PAGE, NUMPAGES) whose result is formatted like `props`.
pub fn field(out: &mut String, instruction: &str, placeholder: &str, props: RunProps) {
    let mut rpr = String::new();
    props.write(&mut rpr);
    let _ = write!(
        out,
        concat!(
            r#"<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>"#,
            r#"<w:r>{rpr}<w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>"#,
            r#"<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>"#,
            r#"<w:r>{rpr}<w:t>{placeholder}</w:t></w:r>"#,
            r#"<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>"#
        ),
        rpr = rpr,
        instruction = instruction,
        placeholder = placeholder,
    );
}

/// Paragraph formatting, written in schema order.
#[derive(Debug, Clone, Default)]
pub struct ParaProps<'a> {
    pub style: Option<&'a str>,
    pub keep_next: bool,
    pub keep_lines: bool,
    /// (numId, level).
    pub numbering: Option<(usize, u32)>,
    /// Tab stops: (kind, position in twips).
    pub tabs: Vec<(&'static str, u32)>,
    /// Space before and after, in twips.
    pub before: Option<u32>,
    pub after: Option<u32>,
    /// An exact line height in twips.
    pub exact_line: Option<u32>,
    pub align: Option<&'static str>,
}

impl ParaProps<'_> {
    fn write(&self, out: &mut String) {
        let mut inner = String::new();
        if let Some(style) = self.style {
            let _ = write!(inner, r#"<w:pStyle w:val="{}"/>"#, esc(style));
        }
        if self.keep_next {
            inner.push_str("<w:keepNext/>");
        }
        if self.keep_lines {
            inner.push_str("<w:keepLines/>");
        }
        if let Some((id, level)) = self.numbering {
            let _ = write!(
                inner,
                r#"<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{id}"/></w:numPr>"#
            );
        }
        if !self.tabs.is_empty() {
            inner.push_str("<w:tabs>");
            for (kind, position) in &self.tabs {
                let _ = write!(inner, r#"<w:tab w:val="{kind}" w:pos="{position}"/>"#);
            }
            inner.push_str("</w:tabs>");
        }
        if self.before.is_some() || self.after.is_some() || self.exact_line.is_some() {
            inner.push_str("<w:spacing");
            if let Some(before) = self.before {
                let _ = write!(inner, r#" w:before="{before}""#);
            }
            if let Some(after) = self.after {
                let _ = write!(inner, r#" w:after="{after}""#);
            }
            if let Some(line) = self.exact_line {
                let _ = write!(inner, r#" w:line="{line}" w:lineRule="exact""#);
            }
            inner.push_str("/>");
        }
        if let Some(align) = self.align {
            let _ = write!(inner, r#"<w:jc w:val="{align}"/>"#);
        }
        if !inner.is_empty() {
            out.push_str("<w:pPr>");
            out.push_str(&inner);
            out.push_str("</w:pPr>");
        }
    }
}

/// Appends `<w:p>` with `props` and the runs `content` writes.
pub fn paragraph(out: &mut String, props: &ParaProps, content: impl FnOnce(&mut String)) {
    out.push_str("<w:p>");
    props.write(out);
    content(out);
    out.push_str("</w:p>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_escape_and_drop_what_xml_cannot_carry() {
        let mut out = String::new();
        run(&mut out, "a<b>&\u{7}c\td", RunProps::bold());
        assert_eq!(
            out,
            concat!(
                r#"<w:r><w:rPr><w:b/><w:bCs/></w:rPr>"#,
                r#"<w:t xml:space="preserve">a&lt;b&gt;&amp;c</w:t><w:tab/>"#,
                r#"<w:t xml:space="preserve">d</w:t></w:r>"#
            )
        );
    }

    #[test]
    fn paragraph_properties_follow_the_schema_order() {
        let mut out = String::new();
        let props = ParaProps {
            style: Some("Rubrik1"),
            keep_next: true,
            numbering: Some((3, 0)),
            before: Some(240),
            align: Some("right"),
            ..ParaProps::default()
        };
        paragraph(&mut out, &props, |_| {});
        assert_eq!(
            out,
            concat!(
                r#"<w:p><w:pPr><w:pStyle w:val="Rubrik1"/><w:keepNext/>"#,
                r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>"#,
                r#"<w:spacing w:before="240"/><w:jc w:val="right"/></w:pPr></w:p>"#
            )
        );
    }
}
