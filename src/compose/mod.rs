//! Case → document model: fills the template's generated phrasing and the
//! case's own prose into the fixed shape of a tjänsteskrivelse.

pub mod prose;
pub mod template;

use chrono::Datelike;
use minijinja::Value;
use serde::Serialize;

use crate::base::calendar;
use crate::base::swedish::{self, bind_numbers};
use crate::case::style::House;
use crate::case::{CaseError, CaseFile, Contract};
use crate::compose::prose::{Markup, inline, parse_prose};
use crate::compose::template::{Generated, TemplateError, TemplateRef, Templates};
use crate::document::{
    self, Block, DEFAULT_FONT, Document, DocumentStyle, Letterhead, Meta, Signature,
};

use crate::case::headings;

/// A composed paper and what it was made with.
#[derive(Debug, Clone)]
pub struct Composed {
    pub document: Document,
    pub template: TemplateRef,
    /// The Typst layout file the template asked for.
    pub layout: String,
}

/// Facts derived from the case for templates (see the avtalsforlangning template).
#[derive(Debug, Clone, Serialize)]
struct Facts {
    term_end: Option<String>,
    latest_end: Option<String>,
    extension_length: Option<String>,
}

/// A template error as an error in the case, placed at the key that caused
/// it (`template`, `template_version`, the prose field, `sections`).
pub fn locate_template_error(file: &CaseFile, error: TemplateError) -> CaseError {
    let key = match &error {
        TemplateError::Missing { .. } => "template",
        TemplateError::MissingVersion { .. } if file.case.template_version.is_some() => {
            "template_version"
        }
        TemplateError::MissingVersion { .. } => "template",
        TemplateError::Field { field, .. } => field.as_str(),
        TemplateError::TooLong { .. } => "sections",
        TemplateError::Render { .. } | TemplateError::Io { .. } => {
            return CaseError::new(&file.path, error.to_string());
        }
    };
    let help = match &error {
        TemplateError::Missing { .. } | TemplateError::MissingVersion { .. } => {
            Some("`beslut templates` listar mallarna och deras versioner")
        }
        _ => None,
    };
    let located = CaseError::new(&file.path, error.to_string())
        .at(&file.source, file.source_map.position(key));
    match help {
        Some(help) => located.with_help(help),
        None => located,
    }
}

/// Most headings, paragraphs and list items one paper may have. A long
/// real paper has a few hundred; without a bound a 4 MiB case of one-letter
/// paragraphs took Typst a minute and 7 GiB.
pub const MAX_PARTS: usize = 10_000;

/// Builds the document model for one case.
pub fn compose(
    file: &CaseFile,
    house: &House<'_>,
    templates: &Templates,
) -> Result<Composed, TemplateError> {
    let case = &file.case;
    let markup = if case.verbatim {
        Markup::Literal
    } else {
        Markup::Read
    };
    let prose = |text: &str| parse_prose(text, markup);
    let template = templates.resolve(&case.template, case.template_version)?;
    let context = template_context(file)?;
    let generated = templates.generate(&template, &context)?;
    let field = |name: &str, text: &str| {
        if case.verbatim {
            Ok(text.to_owned())
        } else {
            templates.render_field(name, text, &context)
        }
    };

    let mut body = Vec::new();
    if let Some(intro) = case.sections.intro.as_deref() {
        body.extend(prose(&field("sections.intro", intro)?));
    }
    let proposals = match &case.proposals {
        Some(own) => own
            .iter()
            .enumerate()
            .map(|(i, p)| field(&format!("proposals[{i}]"), p))
            .collect::<Result<Vec<_>, _>>()?,
        None => generated.proposals.clone(),
    };
    let proposals = proposals.iter().map(|p| inline(p, markup)).collect();
    let proposals_heading = case
        .proposals_heading
        .as_deref()
        .unwrap_or(headings::PROPOSALS);
    let mut proposal_blocks = Vec::new();
    if let Some(lead) = case
        .proposals_lead
        .as_deref()
        .filter(|l| !l.trim().is_empty())
    {
        let lead = field("proposals_lead", lead)?;
        proposal_blocks.push(Block::Paragraph(inline(&lead, markup)));
    }
    proposal_blocks.push(Block::NumberedList(proposals));
    push_section(&mut body, proposals_heading, proposal_blocks);

    let arende = prose_with(
        &generated.arende,
        case.sections.arende.as_deref(),
        "sections.arende",
        &field,
        markup,
    )?;
    push_section(&mut body, case.headings.arende(), arende);
    if !case.basis.is_empty() {
        let items = case
            .basis
            .iter()
            .enumerate()
            .map(|(i, b)| field(&format!("basis[{i}]"), b).map(|b| bind_numbers(&b).into_owned()))
            .collect::<Result<_, _>>()?;
        body.push(Block::Labelled {
            label: headings::BASIS.into(),
            items,
        });
    }
    let bakgrund = prose_with(
        &generated.bakgrund,
        case.sections.bakgrund.as_deref(),
        "sections.bakgrund",
        &field,
        markup,
    )?;
    push_section(&mut body, case.headings.bakgrund(), bakgrund);
    for (i, section) in case.sections.other.iter().enumerate() {
        let text = field(&format!("sections.other[{i}].text"), &section.text)?;
        push_section(&mut body, &section.heading, prose(&text));
    }
    let ekonomi = match &case.sections.ekonomi {
        Some(own) => prose(&field("sections.ekonomi", own)?),
        None => prose(&generated.ekonomi),
    };
    push_section(&mut body, case.headings.ekonomi(), ekonomi);
    // An imported paper that never mentioned MBL gets no MBL section.
    if case.mbl.kind != crate::case::MblKind::EjAngivet {
        push_section(&mut body, case.headings.mbl(), prose(&generated.mbl));
    }

    let document = Document {
        meta: meta(file, &template),
        letterhead: letterhead(file, house),
        title: case.title.clone(),
        body,
        signature: Signature {
            lead: case.signed_for.clone(),
            administration: case.sender.administration.clone(),
            signatories: case
                .signed_by
                .iter()
                .map(|s| document::Signatory {
                    name: s.name.clone(),
                    role: s.role.clone(),
                })
                .collect(),
        },
        send_to: case.send_to.clone(),
        send_to_label: case.headings.send_to().to_owned(),
        style: document_style(house),
    };
    if document.parts() > MAX_PARTS {
        return Err(TemplateError::TooLong {
            parts: document.parts(),
            limit: MAX_PARTS,
        });
    }
    let Generated { layout, .. } = generated;
    Ok(Composed {
        document,
        template,
        layout,
    })
}

/// A heading followed by its blocks; a section with no content is left out.
fn push_section(body: &mut Vec<Block>, heading: &str, blocks: Vec<Block>) {
    let has_content = blocks.iter().any(|b| match b {
        Block::NumberedList(items) | Block::BulletList(items) => !items.is_empty(),
        _ => true,
    });
    if has_content {
        body.push(Block::Heading {
            level: 1,
            text: heading.to_owned(),
        });
        body.extend(blocks);
    }
}

/// Generated paragraphs first, then the case's own text.
fn prose_with(
    generated: &str,
    own: Option<&str>,
    field_name: &str,
    field: &dyn Fn(&str, &str) -> Result<String, TemplateError>,
    markup: Markup,
) -> Result<Vec<Block>, TemplateError> {
    let mut blocks = parse_prose(generated, markup);
    if let Some(own) = own {
        blocks.extend(parse_prose(&field(field_name, own)?, markup));
    }
    Ok(blocks)
}

fn template_context(file: &CaseFile) -> Result<Value, TemplateError> {
    let case = &file.case;
    let facts = case.contract.as_ref().map(facts).unwrap_or(Facts {
        term_end: None,
        latest_end: None,
        extension_length: None,
    });
    let mut map = serde_json::to_value(case).map_err(|e| TemplateError::Field {
        field: "(ärendet)".into(),
        message: e.to_string(),
    })?;
    map["facts"] = serde_json::to_value(facts).expect("facts serialise");
    Ok(Value::from(minijinja::value::Serde(map)))
}

fn facts(contract: &Contract) -> Facts {
    let term_end = calendar::term_end(contract.start, contract.term_years * 12);
    let extensions = contract.max_extensions.unwrap_or(0) * contract.extension_years.unwrap_or(0);
    let latest_end = calendar::term_end(contract.start, (contract.term_years + extensions) * 12);
    Facts {
        term_end: term_end.map(swedish::iso_date),
        latest_end: latest_end.map(swedish::iso_date),
        extension_length: contract.extension.map(period_length),
    }
}

use crate::case::period_length;

fn meta(file: &CaseFile, template: &TemplateRef) -> Meta {
    let case = &file.case;
    let mut keywords = vec![
        "tjänsteskrivelse".to_owned(),
        case.board.clone(),
        case.dnr.clone(),
    ];
    if let Some(contract) = &case.contract {
        keywords.push(contract.supplier.clone());
    }
    Meta {
        title: case.title.clone(),
        author: case
            .sender
            .administration
            .clone()
            .or_else(|| case.sender.municipality.clone())
            .unwrap_or_default(),
        subject: case.dnr.clone(),
        keywords,
        language: "sv-SE".into(),
        date: document::Date {
            year: case.date.year(),
            month: case.date.month(),
            day: case.date.day(),
            iso: swedish::iso_date(case.date),
            long: swedish::long_date(case.date),
        },
        template: format!("{} v{}", template.name, template.version),
    }
}

/// The layout's style: a Word template's look when one is configured (its
/// fonts where a bundled font sets text like them), else `[style] font`.
pub fn document_style(house: &House<'_>) -> DocumentStyle {
    let configured = || {
        house
            .style
            .font
            .clone()
            .unwrap_or_else(|| DEFAULT_FONT.into())
    };
    let Some(look) = house.look else {
        return DocumentStyle {
            font: configured(),
            ..DocumentStyle::default()
        };
    };
    let bundled = |font: &Option<String>| {
        font.as_deref()
            .and_then(crate::base::look::bundled_font_for)
            .map(str::to_owned)
    };
    let heading = |h: &crate::base::look::HeadingLook| {
        let style = document::HeadingStyle {
            font: bundled(&h.font),
            color: h.color.clone(),
            size_pt: h.size_pt,
        };
        (style != document::HeadingStyle::default()).then_some(style)
    };
    DocumentStyle {
        font: bundled(&look.body_font).unwrap_or_else(configured),
        size_pt: look.body_size_pt,
        title: heading(&look.title),
        heading1: heading(&look.heading1),
        heading2: heading(&look.heading2),
        page: look.page,
    }
}

/// The project's logo as the letterhead names it (the layout is served
/// the image at `path`), when the house style has one; its alternative
/// text is `logo_alt`, else `logo_text`.
pub fn logo_ref(house: &House<'_>, logo_text: Option<&str>) -> Option<document::LogoRef> {
    house.logo_extension.map(|extension| document::LogoRef {
        path: format!("/logo.{extension}"),
        width_mm: house.style.logo_width_mm(),
        alt: house
            .style
            .logo_alt
            .clone()
            .or_else(|| logo_text.map(str::to_owned))
            .unwrap_or_else(|| "Logotyp".to_owned()),
    })
}

fn letterhead(file: &CaseFile, house: &House<'_>) -> Letterhead {
    let case = &file.case;
    let sender = &case.sender;
    let officer = sender
        .officer
        .as_ref()
        .map(|name| match &sender.officer_title {
            Some(title) => format!("{name}, {title}"),
            None => name.clone(),
        });
    let sender_lines = [
        &sender.administration,
        &sender.department,
        &sender.unit,
        &officer,
    ]
    .into_iter()
    .flatten()
    .cloned()
    .collect();
    let logo_text = house
        .style
        .logo_text
        .clone()
        .or_else(|| sender.municipality.clone());
    let logo = logo_ref(house, logo_text.as_deref());
    Letterhead {
        logo,
        logo_text,
        municipality: sender.municipality.clone(),
        sender_lines,
        contact: sender.contact.clone(),
        date: if case.undated {
            String::new()
        } else if case.long_date {
            swedish::long_date(case.date)
        } else {
            swedish::iso_date(case.date)
        },
        dnr: match &case.dnr_also {
            Some(also) => format!("{}; {also}", case.dnr),
            None => case.dnr.clone(),
        },
        board: case.board.clone(),
    }
}
