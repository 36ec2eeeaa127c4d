//! The kallelse: the meeting's notice with its agenda, composed as a
//! document and rendered like a paper.

use super::*;

/// The kallelse in both formats.
pub(super) struct Kallelse {
    pub(super) pdf: Vec<u8>,
    pub(super) docx: Vec<u8>,
}

/// Renders the kallelse until the page numbers it prints agree with its own
/// length (a longer agenda can push the kallelse onto another page).
pub(super) fn render_kallelse(
    file: &MeetingFile,
    builder: &Builder,
    agenda: &mut [AgendaItem],
    profile: PdfProfile,
) -> Result<(Kallelse, usize), MeetingError> {
    let mut kallelse_pages = 1;
    for _ in 0..4 {
        number_pages(agenda, kallelse_pages);
        let document = kallelse_document(file, builder, agenda);
        let layout =
            builder
                .templates
                .source("layout.v2.typ")
                .map_err(|e| MeetingError::Packet {
                    file: file.path.clone(),
                    message: e.to_string(),
                })?;
        let pdf = builder
            .engine
            .render(
                &document,
                "layout.v2.typ",
                &layout,
                builder.templates.root(),
                builder.config.assets.logo.as_ref(),
                profile,
            )
            .map_err(|e| MeetingError::Packet {
                file: file.path.clone(),
                message: e.to_string(),
            })?;
        let pages = packet::page_count(&pdf).map_err(|e| packet_error(file, e))?;
        if pages == kallelse_pages {
            let docx =
                crate::render::docx::render(&document, &builder.config.assets).map_err(|e| {
                    MeetingError::Packet {
                        file: file.path.clone(),
                        message: e.to_string(),
                    }
                })?;
            return Ok((Kallelse { pdf, docx }, pages));
        }
        kallelse_pages = pages;
    }
    Err(MeetingError::Packet {
        file: file.path.clone(),
        message: "kallelsens sidnummer blev inte stabila".into(),
    })
}

/// Start page of every item with pages, after a kallelse of `kallelse_pages`.
pub(super) fn number_pages(agenda: &mut [AgendaItem], kallelse_pages: usize) {
    let mut next = kallelse_pages + 1;
    for item in agenda {
        let pages = item.pages();
        item.start_page = (pages > 0).then_some(next);
        next += pages;
    }
}

pub(super) fn kallelse_document(
    file: &MeetingFile,
    builder: &Builder,
    agenda: &[AgendaItem],
) -> Document {
    let meeting = &file.meeting;
    let sender = &builder.config.sender;
    let logo_text = builder
        .config
        .style
        .logo_text
        .clone()
        .or_else(|| sender.municipality.clone());
    let date = meeting.kallelse;
    let title = format!("Kallelse med föredragningslista, {}", meeting.board.trim());
    let mut body = vec![Block::Table(Table {
        columns: vec![Align::Left, Align::Left],
        widths: Vec::new(),
        header: vec![
            Text::plain("Sammanträde"),
            Text::plain(meeting.board.trim()),
        ],
        rows: vec![
            vec![
                Text::plain("Dag"),
                Text::plain(swedish::long_date(meeting.date)),
            ],
            vec![Text::plain("Tid"), Text::plain(meeting.time.trim())],
            vec![Text::plain("Plats"), Text::plain(meeting.place.trim())],
        ],
    })];
    if let Some(justering) = &meeting.justering {
        let text = [justering.who.as_deref(), justering.when.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        if !text.is_empty() {
            body.push(Block::Paragraph(Text::plain(format!("Justering: {text}"))));
        }
    }
    body.push(Block::Heading {
        level: 1,
        text: "Föredragningslista".into(),
    });
    body.push(Block::Table(Table {
        columns: vec![
            Align::Right,
            Align::Left,
            Align::Left,
            Align::Left,
            Align::Right,
        ],
        widths: Vec::new(),
        header: ["Nr", "Ärende", "Dnr", "Föredragande", "Sida"]
            .map(Text::plain)
            .to_vec(),
        rows: agenda.iter().flat_map(agenda_rows).collect(),
    }));
    for block in &mut body {
        if let Block::Table(table) = block {
            table.widths = widths(table);
        }
    }
    Document {
        meta: document::Meta {
            title: title.clone(),
            author: sender
                .administration
                .clone()
                .or_else(|| sender.municipality.clone())
                .unwrap_or_default(),
            subject: format!("Kallelse {}", swedish::iso_date(meeting.date)),
            keywords: vec![
                "kallelse".into(),
                "föredragningslista".into(),
                meeting.board.clone(),
            ],
            language: "sv-SE".into(),
            date: document::Date {
                year: chrono::Datelike::year(&date),
                month: chrono::Datelike::month(&date),
                day: chrono::Datelike::day(&date),
                iso: swedish::iso_date(date),
                long: swedish::long_date(date),
            },
            template: "kallelse v1".into(),
        },
        letterhead: Letterhead {
            // The project's logo, as on its papers.
            logo: crate::compose::logo_ref(&builder.config.house(), logo_text.as_deref()),
            logo_text,
            municipality: sender.municipality.clone(),
            sender_lines: sender.administration.iter().cloned().collect(),
            contact: None,
            date: swedish::iso_date(date),
            dnr: String::new(),
            board: meeting.board.trim().to_owned(),
        },
        title: "Kallelse med föredragningslista".into(),
        body,
        signature: Signature {
            lead: None,
            administration: None,
            signatories: vec![
                Signatory {
                    name: meeting.chair.trim().to_owned(),
                    role: Some("Ordförande".into()),
                },
                Signatory {
                    name: meeting.secretary.trim().to_owned(),
                    role: Some("Sekreterare".into()),
                },
            ],
        },
        send_to: Vec::new(),
        send_to_label: crate::case::headings::SEND_TO.into(),
        style: crate::compose::document_style(&builder.config.house()),
    }
}

/// An item's row, then a row per bilaga (its title and the page it starts
/// on), so the agenda names what is attached and where to find it.
fn agenda_rows(item: &AgendaItem) -> Vec<Vec<Text>> {
    let page = |p: Option<usize>| Text::plain(p.map(|p| p.to_string()).unwrap_or_default());
    let mut rows = vec![vec![
        Text::plain(item.number.to_string()),
        Text::plain(item.title.clone()),
        // A Dnr is one word: "SON 2026-031" never breaks.
        Text::plain(item.dnr.clone().unwrap_or_default().replace(' ', "\u{a0}")),
        Text::plain(item.foredragande.clone().unwrap_or_default()),
        page(item.start_page),
    ]];
    for (b, (title, start)) in item.bilaga_pages().into_iter().enumerate() {
        rows.push(vec![
            Text::plain(""),
            Text::plain(format!("Bilaga {}: {title}", b + 1)),
            Text::plain(""),
            Text::plain(""),
            page(start),
        ]);
    }
    rows
}

/// Column widths that follow each column's longest cell, the header
/// included, as a prose table's do.
pub(super) fn widths(table: &Table) -> Vec<u32> {
    (0..table.columns.len())
        .map(|i| {
            let longest = std::iter::once(&table.header)
                .chain(&table.rows)
                .filter_map(|row| row.get(i))
                .map(|cell| cell.to_plain().chars().count())
                .max()
                .unwrap_or(0);
            // Room for the cell's padding: a Dnr must not wrap.
            (longest + 5).clamp(5, 40) as u32
        })
        .collect()
}
