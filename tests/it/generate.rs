//! Generate: the example cases render to PDF and DOCX with the content a
//! board expects, in order, with Swedish letters intact.

use crate::common::*;
use beslut::case::headings;

const EXAMPLES: [&str; 3] = [
    "cases/avtalsforlangning-solrosgruppen.yaml",
    "cases/behov-familjestod.yaml",
    "cases/yttrande-motion.yaml",
];

/// Asserts that `needles` occur in `haystack` in this order.
fn assert_in_order(haystack: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        let needle = normalize(needle);
        match haystack[from..].find(&needle) {
            Some(at) => from += at + needle.len(),
            None => panic!("`{needle}` missing (or out of order) in:\n{haystack}"),
        }
    }
}

#[test]
fn contract_extension_pdf_states_generated_facts() {
    let file = load(&repo().join(EXAMPLES[0]));
    let (pdf, _) = render(&file);
    let text = pdf_text(&pdf);
    assert_in_order(
        &text,
        &[
            "LÖVSJÖ KOMMUN",
            "Social- och omsorgsförvaltningen",
            "Avdelning Barn och unga",
            "Kim Exempelsson",
            "Social- och omsorgsnämnden",
            "Solrosgruppen anhörigstöd – ställningstagande till förlängning",
            headings::PROPOSALS,
            "Avtalet med Solrosgruppen AB om anhörigstöd till barn 4–20 år förlängs två år, från och med den 1 maj 2026 till och med den 30 april 2028.",
            headings::ARENDE,
            "Social- och omsorgsnämnden ska ta ställning till om avtalet med Solrosgruppen AB om anhörigstöd till barn 4–20 år ska förlängas.",
            "Avtalet gäller i två år, från och med den 1 maj 2024 till och med den 30 april 2026, och kan förlängas en gång med två år.",
            "Som längst kan avtalet alltså gälla till och med den 30 april 2028.",
            "Bedömningen är att Solrosgruppen AB följer avtalet väl.",
            "Beslutsunderlag:",
            "Uppföljningsrapport Solrosgruppen AB, hösten 2025",
            headings::BAKGRUND,
            "Barnrättsperspektiv",
            headings::EKONOMI,
            headings::MBL,
            "Information enligt 19 § lagen (1976:580) om medbestämmande i arbetslivet lämnades den 20 februari 2026.",
            "Alex Förvaltningschef",
            "Beslutet skickas till:",
            "Solrosgruppen AB",
            "Kim Exempelsson",
        ],
    );
    // The letterhead's right column, read row by row beside the left one.
    assert_in_order(
        &text,
        &["LÖVSJÖ KOMMUN", "Datum 2026-03-02", "Dnr SON 2026-118"],
    );
    assert!(text.contains("Sida 1 av"), "page footer: {text}");
}

#[test]
fn every_example_pdf_has_title_dnr_proposals_and_distribution() {
    for example in EXAMPLES {
        let file = load(&repo().join(example));
        let (pdf, _) = render(&file);
        let text = pdf_text(&pdf);
        let case = &file.case;
        let mut expected = vec![case.dnr.as_str(), case.title.as_str()];
        let proposals = case.proposals.clone().unwrap_or_default();
        expected.extend(proposals.iter().map(String::as_str));
        expected.push("Beslutet skickas till:");
        expected.extend(case.send_to.iter().map(String::as_str));
        assert_in_order(&text, &expected);
        assert!(pdf.starts_with(b"%PDF-"), "{example}");
    }
}

#[test]
fn procurement_example_has_lists_and_extra_sections() {
    let file = load(&repo().join(EXAMPLES[1]));
    let (pdf, docx) = render(&file);
    let text = pdf_text(&pdf);
    assert_in_order(
        &text,
        &[
            "Uppföljning",
            "åldern 4–9 år",
            "Utvecklingsområden",
            "återkoppling till handläggare inom två arbetsdagar",
            "tydligare kvartalsrapporter",
            "Förhandling enligt 11 § lagen (1976:580) om medbestämmande i arbetslivet genomfördes den 30 mars 2026.",
            "Sam Avdelningschef",
        ],
    );
    let paragraphs = docx_paragraphs(&docx);
    let bullets: Vec<&str> = paragraphs
        .iter()
        .filter(|p| p.style.as_deref() == Some("ListBullet"))
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(
        bullets,
        [
            "återkoppling till handläggare inom två arbetsdagar",
            "gemensamma uppstartsmöten med barn, familj och utförare",
            "tydligare kvartalsrapporter"
        ]
    );
}

#[test]
fn docx_has_word_styles_in_document_order() {
    let file = load(&repo().join(EXAMPLES[1]));
    let (_, docx) = render(&file);
    let paragraphs = docx_paragraphs(&docx);
    let styled: Vec<(&str, &str)> = paragraphs
        .iter()
        .filter_map(|p| p.style.as_deref().map(|s| (s, p.text.as_str())))
        .filter(|(s, _)| *s != "ListBullet")
        .collect();
    let proposals = file.case.proposals.clone().unwrap();
    let mut expected = vec![
        ("Title", file.case.title.as_str()),
        ("Heading1", headings::PROPOSALS),
    ];
    let proposals: Vec<String> = proposals
        .iter()
        .map(|p| beslut::base::swedish::bind_numbers(p).into_owned())
        .collect();
    expected.extend(proposals.iter().map(|p| ("ListNumber", p.as_str())));
    expected.extend([
        ("Heading1", headings::ARENDE),
        ("Heading1", headings::BAKGRUND),
        ("Heading1", "Uppföljning"),
        ("Heading1", "Utvecklingsområden"),
        ("Heading1", headings::EKONOMI),
        ("Heading1", headings::MBL),
    ]);
    assert_eq!(styled, expected);

    // The same paragraphs as the document model, in the same order.
    let all_text: Vec<&str> = paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    for needle in [
        "Beslutsunderlag:\nTjänsteskrivelse 2026-04-07\nBehovsanalys familjestödjande insatser 2026",
        "Beslutet skickas till:\nUpphandlingsenheten\nRobin Åkesson",
    ] {
        assert!(all_text.contains(&needle), "{needle:?} in {all_text:#?}");
    }
}

#[test]
fn docx_styles_properties_and_language() {
    let file = load(&repo().join(EXAMPLES[0]));
    let (_, docx) = render(&file);
    let styles = docx_part(&docx, "word/styles.xml");
    for (id, name) in [
        ("Title", "Title"),
        ("Heading1", "heading 1"),
        ("Heading2", "heading 2"),
        ("ListNumber", "List Number"),
        ("Normal", "Normal"),
    ] {
        assert!(
            styles.contains(&format!(r#"w:styleId="{id}""#)),
            "style {id}"
        );
        assert!(
            styles.contains(&format!(r#"<w:name w:val="{name}"/>"#)),
            "style name {name}"
        );
    }
    assert!(
        styles.contains(r#"<w:lang w:val="sv-SE""#),
        "document language"
    );
    assert!(
        styles.contains(r#"<w:outlineLvl w:val="0"/>"#),
        "heading outline level"
    );

    let core = docx_part(&docx, "docProps/core.xml");
    assert!(core.contains(
        "<dc:title>Solrosgruppen anhörigstöd – ställningstagande till förlängning</dc:title>"
    ));
    assert!(core.contains("<dc:creator>Social- och omsorgsförvaltningen</dc:creator>"));
    assert!(core.contains("<dc:subject>SON 2026-118</dc:subject>"));
    assert!(core.contains(
        r#"<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T00:00:00Z</dcterms:created>"#
    ));

    let footer = docx_part(&docx, "word/footer2.xml");
    assert!(
        footer.contains("PAGE") && footer.contains("NUMPAGES"),
        "page number fields: {footer}"
    );
    let header = docx_part(&docx, "word/header1.xml");
    assert!(header.contains("LÖVSJÖ KOMMUN") && header.contains("SON 2026-118"));
}

#[test]
fn pdf_metadata_comes_from_the_case() {
    let file = load(&repo().join(EXAMPLES[0]));
    let (pdf, _) = render(&file);
    let doc = lopdf::Document::load_mem(&pdf).expect("PDF parses");
    let info_ref = doc
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .expect("Info dictionary");
    let info = doc.get_dictionary(info_ref).expect("Info");
    let text = |key: &[u8]| {
        let bytes = info
            .get(key)
            .and_then(|o| o.as_str())
            .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(key)));
        lopdf::decode_text_string(&lopdf::Object::String(
            bytes.to_vec(),
            lopdf::StringFormat::Literal,
        ))
        .unwrap()
    };
    assert_eq!(
        text(b"Title"),
        "Solrosgruppen anhörigstöd – ställningstagande till förlängning"
    );
    assert_eq!(text(b"Author"), "Social- och omsorgsförvaltningen");
    assert_eq!(text(b"Subject"), "SON 2026-118");
    assert!(
        text(b"Keywords").contains("Solrosgruppen AB"),
        "{}",
        text(b"Keywords")
    );
    assert!(
        text(b"CreationDate").starts_with("D:20260302"),
        "{}",
        text(b"CreationDate")
    );
    let catalog = doc.catalog().expect("catalog");
    let lang = catalog
        .get(b"Lang")
        .and_then(|o| o.as_str())
        .expect("/Lang in the catalog");
    assert!(
        String::from_utf8_lossy(lang).starts_with("sv"),
        "{}",
        String::from_utf8_lossy(lang)
    );
}

/// The page (0-based) each of `needles` is on, from the PDF's pages.
fn pages_of(pdf: &[u8], needles: &[&str]) -> Vec<usize> {
    let pages = pdf_extract::extract_text_from_mem_by_pages(pdf).unwrap();
    needles
        .iter()
        .map(|n| {
            pages
                .iter()
                .position(|p| normalize(p).contains(n))
                .unwrap_or_else(|| panic!("{n} not found"))
        })
        .collect()
}

#[test]
fn a_short_table_is_kept_on_one_page_from_layout_v2() {
    let table = "| Post | Kostnad |\n    |---|---|\n    | Rad ett | 1 kr |\n    | Rad två | 2 kr |\n    | Rad tre | 3 kr |\n    | Rad fyra | 4 kr |\n    | Rad fem | 5 kr |";
    let rows = ["Rad ett", "Rad två", "Rad tre", "Rad fyra", "Rad fem"];
    let mut split_in_v1 = false;
    // Filler that pushes the table across the page's end at some length.
    for lines in 14..=26 {
        let filler =
            "Förvaltningen har gått igenom underlaget och redovisar det här.\n\n    ".repeat(lines);
        let case = |version: u32| {
            MINIMAL_CASE
                .replace(
                    "template: tjansteskrivelse\n",
                    &format!("template: tjansteskrivelse\ntemplate_version: {version}\n"),
                )
                .replace(
                    "  ekonomi: Beslutet har inga ekonomiska konsekvenser.\n",
                    &format!("  ekonomi: |\n    {filler}{table}\n"),
                )
        };
        let (v1, _) = render(&load_str("tabell.yaml", &case(1)));
        let pages = pages_of(&v1, &rows);
        split_in_v1 |= pages.iter().any(|p| *p != pages[0]);
        let (v2, _) = render(&load_str("tabell.yaml", &case(2)));
        let pages = pages_of(&v2, &rows);
        assert!(
            pages.iter().all(|p| *p == pages[0]),
            "{lines} lines: {pages:?}"
        );
    }
    assert!(
        split_in_v1,
        "the filler never brought the table to a page's end"
    );
}

/// Our own papers are plain Swedish: the lint's language rules (K501
/// officialese, K502 long sentences) find nothing in any example, read
/// back from its PDF and its Word file.
#[test]
fn our_own_papers_pass_the_plain_language_rules() {
    use beslut::reader::{Format, read_bytes};
    let config = beslut::lint::LintConfig::default();
    let projects = ["examples/logotyp/cases/kostnader-hemtjanst.yaml"];
    for case in EXAMPLES.iter().chain(&projects) {
        let (pdf, docx) = render(&load(&repo().join(case)));
        for (bytes, format, name) in [
            (&pdf, Format::Pdf, "x.pdf"),
            (&docx, Format::Docx, "x.docx"),
        ] {
            let raw = read_bytes(bytes, format).unwrap();
            let paper = beslut::paper::structure::paper_from_raw(
                name.into(),
                raw,
                &beslut::paper::sections::SectionNames::new(),
            );
            let found: Vec<String> = beslut::lint::lint_paper(&paper, &config)
                .into_iter()
                .filter(|d| d.code.starts_with('K'))
                .map(|d| format!("{} {}", d.code, d.message))
                .collect();
            assert!(found.is_empty(), "{case} ({name}): {found:?}");
        }
    }
}

#[test]
fn an_imported_paper_silent_on_mbl_is_rebuilt_without_an_mbl_section() {
    let yaml = MINIMAL_CASE.replace(
        "mbl: { kind: ej_aktuellt }",
        "verbatim: true\nmbl: { kind: ej_angivet }",
    );
    let (pdf, docx) = render(&load_str("tyst.yaml", &yaml));
    let text = pdf_text(&pdf);
    assert!(text.contains("Nämnden ska ta ställning"), "{text}");
    assert!(!text.contains("medbestämmande"), "{text}");
    assert!(!docx_part(&docx, "word/document.xml").contains("medbestämmande"));
}
