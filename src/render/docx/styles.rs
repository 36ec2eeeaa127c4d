//! `styles.xml`, `numbering.xml`, `fontTable.xml` and `settings.xml`: the
//! house style of the Word file, measured to set text like the PDF layout
//! (A4, the same margins, 11 pt body, the same spacing and indents), so a
//! page in Word holds what the same page of the PDF holds.

use std::fmt::Write;

use super::xml::esc;

/// The paragraph and table styles the body refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StyleKind {
    Normal,
    Title,
    Heading1,
    Heading2,
    Heading3,
    ListNumber,
    ListBullet,
    Table,
    Header,
    Footer,
}

impl StyleKind {
    pub const ALL: [StyleKind; 10] = [
        StyleKind::Normal,
        StyleKind::Title,
        StyleKind::Heading1,
        StyleKind::Heading2,
        StyleKind::Heading3,
        StyleKind::ListNumber,
        StyleKind::ListBullet,
        StyleKind::Table,
        StyleKind::Header,
        StyleKind::Footer,
    ];

    /// Word's built-in name (`w:name`), the same in every language: a
    /// template's style is found by it, whatever its id ("Rubrik1").
    pub fn name(self) -> &'static str {
        match self {
            StyleKind::Normal => "Normal",
            StyleKind::Title => "Title",
            StyleKind::Heading1 => "heading 1",
            StyleKind::Heading2 => "heading 2",
            StyleKind::Heading3 => "heading 3",
            StyleKind::ListNumber => "List Number",
            StyleKind::ListBullet => "List Bullet",
            StyleKind::Table => "Table Grid",
            StyleKind::Header => "header",
            StyleKind::Footer => "footer",
        }
    }

    /// The id beslut gives the style in its own files.
    pub fn default_id(self) -> &'static str {
        match self {
            StyleKind::Normal => "Normal",
            StyleKind::Title => "Title",
            StyleKind::Heading1 => "Heading1",
            StyleKind::Heading2 => "Heading2",
            StyleKind::Heading3 => "Heading3",
            StyleKind::ListNumber => "ListNumber",
            StyleKind::ListBullet => "ListBullet",
            StyleKind::Table => "TableGrid",
            StyleKind::Header => "Header",
            StyleKind::Footer => "Footer",
        }
    }

    fn index(self) -> usize {
        Self::ALL.iter().position(|&k| k == self).expect("listed")
    }
}

/// Style ids to use for each kind: beslut's own, or a template's.
#[derive(Debug, Clone)]
pub struct StyleIds([String; 10]);

impl Default for StyleIds {
    fn default() -> Self {
        StyleIds(StyleKind::ALL.map(|k| k.default_id().to_owned()))
    }
}

impl StyleIds {
    pub fn get(&self, kind: StyleKind) -> &str {
        &self.0[kind.index()]
    }

    pub fn set(&mut self, kind: StyleKind, id: String) {
        self.0[kind.index()] = id;
    }
}

/// Body spacing: Typst sets 11 pt text with 0.6 em between lines and 1.1 em
/// between paragraphs (from baseline to the next line's cap height), which
/// is 14.5 pt from baseline to baseline and 20 pt between paragraphs; Word's
/// single spacing for Arial/Liberation Sans is 1.15 em, so lines are set at
/// 1.145 × single and paragraphs get 5.5 pt after.
const LINE: u32 = 275;
const AFTER: u32 = 110;

/// The configured font and the one Word should use where it is missing.
pub fn fallback_font(font: &str) -> (&'static str, &'static str) {
    match font {
        "Liberation Sans" | "Arial" => ("Arial", "swiss"),
        "Liberation Serif" | "Libertinus Serif" | "New Computer Modern" => {
            ("Times New Roman", "roman")
        }
        "DejaVu Sans Mono" | "Liberation Mono" => ("Courier New", "modern"),
        _ => ("Arial", "swiss"),
    }
}

/// The definition beslut writes for one style (`w:style` element).
pub fn style_xml(kind: StyleKind, id: &str, ids: &StyleIds) -> String {
    let normal = esc(ids.get(StyleKind::Normal)).into_owned();
    let id = esc(id);
    let name = kind.name();
    let paragraph = |based: bool, ppr: &str, rpr: &str, extra: &str| {
        let based_on = if based {
            format!(r#"<w:basedOn w:val="{normal}"/><w:next w:val="{normal}"/>"#)
        } else {
            String::new()
        };
        format!(
            r#"<w:style w:type="paragraph" w:styleId="{id}"{default}><w:name w:val="{name}"/>{based_on}{extra}<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"#,
            default = if kind == StyleKind::Normal {
                r#" w:default="1""#
            } else {
                ""
            },
        )
    };
    let heading = |level: u32, size: u32, before: u32, after: u32| {
        paragraph(
            true,
            &format!(
                r#"<w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="{after}"/><w:outlineLvl w:val="{}"/>"#,
                level - 1
            ),
            &format!(r#"<w:b/><w:bCs/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>"#),
            r#"<w:uiPriority w:val="9"/>"#,
        )
    };
    let list = |left: u32| {
        paragraph(
            true,
            &format!(r#"<w:ind w:left="{left}" w:hanging="300"/><w:contextualSpacing/>"#),
            "",
            "",
        )
    };
    match kind {
        StyleKind::Normal => paragraph(false, "", "", ""),
        StyleKind::Title => paragraph(
            true,
            r#"<w:keepNext/><w:spacing w:before="644" w:after="30" w:line="240" w:lineRule="auto"/>"#,
            r#"<w:b/><w:bCs/><w:sz w:val="30"/><w:szCs w:val="30"/>"#,
            r#"<w:uiPriority w:val="10"/>"#,
        ),
        StyleKind::Heading1 => heading(1, 24, 200, 20),
        StyleKind::Heading2 => heading(2, 22, 180, 20),
        StyleKind::Heading3 => heading(3, 22, 160, 20),
        StyleKind::ListNumber | StyleKind::ListBullet => list(340),
        StyleKind::Header | StyleKind::Footer => paragraph(
            true,
            &format!(
                r#"<w:tabs><w:tab w:val="right" w:pos="{}"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>"#,
                crate::base::look::PageGeometry::BESLUT.text_width()
            ),
            if kind == StyleKind::Footer {
                r#"<w:sz w:val="16"/><w:szCs w:val="16"/>"#
            } else {
                r#"<w:sz w:val="18"/><w:szCs w:val="18"/>"#
            },
            "",
        ),
        StyleKind::Table => format!(
            concat!(
                r#"<w:style w:type="table" w:styleId="{id}"><w:name w:val="{name}"/>"#,
                r#"<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>"#,
                r#"<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr><w:tblPr><w:tblBorders>"#,
                r#"<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
                r#"<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
                r#"<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
                r#"<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
                r#"<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
                r#"<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
                r#"</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>"#,
                r#"<w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
            ),
            id = id,
            name = name,
        ),
    }
}

/// beslut's own `styles.xml`: document defaults (font, size, language,
/// spacing) and one definition per style, each id once.
pub fn styles_xml(font: &str, language: &str) -> String {
    let ids = StyleIds::default();
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
    ));
    let font = esc(font);
    let language = esc(language);
    let _ = write!(
        out,
        concat!(
            r#"<w:docDefaults><w:rPrDefault><w:rPr>"#,
            r#"<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>"#,
            r#"<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{language}" w:eastAsia="{language}" w:bidi="ar-SA"/>"#,
            r#"</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"#,
            r#"<w:spacing w:after="{after}" w:line="{line}" w:lineRule="auto"/>"#,
            r#"</w:pPr></w:pPrDefault></w:docDefaults>"#
        ),
        font = font,
        language = language,
        after = AFTER,
        line = LINE,
    );
    for kind in StyleKind::ALL {
        out.push_str(&style_xml(kind, kind.default_id(), &ids));
    }
    out.push_str("</w:styles>");
    out
}

/// Which kind of list a numbering instance counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    Numbered,
    Bullet,
}

/// `numbering.xml`: one abstract definition per list kind and one instance
/// per list (numId 1, 2, …), so every numbered list starts at 1.
pub fn numbering_xml(lists: &[ListKind]) -> String {
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
    ));
    for (id, format, text) in [(0, "decimal", "%1."), (1, "bullet", "•")] {
        let _ = write!(
            out,
            concat!(
                r#"<w:abstractNum w:abstractNumId="{id}"><w:multiLevelType w:val="singleLevel"/>"#,
                r#"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{format}"/>"#,
                r#"<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>"#,
                r#"<w:pPr><w:ind w:left="340" w:hanging="300"/></w:pPr></w:lvl></w:abstractNum>"#
            ),
            id = id,
            format = format,
            text = text,
        );
    }
    for (i, kind) in lists.iter().enumerate() {
        let abstract_id = match kind {
            ListKind::Numbered => 0,
            ListKind::Bullet => 1,
        };
        let _ = write!(
            out,
            concat!(
                r#"<w:num w:numId="{id}"><w:abstractNumId w:val="{abstract_id}"/>"#,
                r#"<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#
            ),
            id = i + 1,
            abstract_id = abstract_id,
        );
    }
    out.push_str("</w:numbering>");
    out
}

/// `fontTable.xml`: the configured font, with the font Word uses where it
/// is not installed named as its alternative.
pub fn font_table_xml(font: &str) -> String {
    let (fallback, family) = fallback_font(font);
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
    ));
    let _ = write!(
        out,
        r#"<w:font w:name="{}"><w:altName w:val="{fallback}"/><w:family w:val="{family}"/><w:pitch w:val="variable"/></w:font>"#,
        esc(font)
    );
    if font != fallback {
        let _ = write!(
            out,
            r#"<w:font w:name="{fallback}"><w:family w:val="{family}"/><w:pitch w:val="variable"/></w:font>"#
        );
    }
    out.push_str("</w:fonts>");
    out
}

pub const SETTINGS_XML: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    r#"<w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>"#,
    r#"<w:characterSpacingControl w:val="doNotCompress"/><w:compat>"#,
    r#"<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>"#,
    r#"</w:compat></w:settings>"#
);
