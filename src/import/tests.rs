//! Unit tests of the import: each paper shape into its case fields.

use super::*;

#[test]
fn hard_wrapped_lines_join_and_hyphenation_goes() {
    let lines: Vec<String> = [
        "Avtalet gäller för verk-",
        "samheten och Social-",
        "och omsorgsförvaltningen.",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(
        join_lines(&lines),
        "Avtalet gäller för verksamheten och Social- och omsorgsförvaltningen."
    );
}

#[test]
fn the_meeting_beside_the_addressee_is_kept_as_data() {
    let text = "Ekby kommun\nSocialförvaltningen\n2026-03-02\nDnr SN 2026/114\n\nSocialnämndens sammanträde 2026-03-16\n\nStöd i Ekby\n\nFörslag till beslut\n1. Godkänna avtalet.\n";
    let imported = import_text(Path::new("x.txt"), text);
    assert_eq!(imported.case.meeting, NaiveDate::from_ymd_opt(2026, 3, 16));
    assert_eq!(
        imported.case.date,
        NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
    );
}

#[test]
fn a_kallelse_dated_with_a_wrong_year_is_dated_by_its_weekday_and_says_so() {
    // 28 March 2011 was a Monday; the presidium met on 1 March 2012.
    let text = "Socialnämnden KALLELSE Onsdagen den 28 mars, 2011 kl 13.00 Nämndrummet. Minnesanteckningar från presidiets sammanträde den 1 mars 2012.\n";
    let imported = import_text(Path::new("x.txt"), text);
    assert_eq!(
        imported.case.date,
        NaiveDate::from_ymd_opt(2012, 3, 28).unwrap()
    );
    assert!(
        imported
            .notes
            .iter()
            .any(|n| n.contains("”Onsdagen den 28 mars, 2011” står med ett år då veckodagen inte stämmer; metadata dateras 2012-03-28")),
        "{:?}",
        imported.notes
    );
}

#[test]
fn a_heading_written_twice_keeps_both_sections() {
    let text = "Dnr SN 2026/140\n\nFörslag till beslut\n1. Godkänna.\n\nÄrende\nFörsta delen.\n\nÄrende\nAndra delen.\n";
    let imported = import_text(Path::new("x.txt"), text);
    let arende = imported.case.sections.arende.unwrap();
    assert!(
        arende.contains("Första delen.") && arende.contains("Andra delen."),
        "{arende}"
    );
}

#[test]
fn an_agendas_later_proposals_are_printed_under_their_own_heading() {
    let text = "Dnr KS 2027/12\n\n1 Kommundirektörens rapport\n\nFörslag till beslut\n1. Informationen noteras.\n\nÄrende\nRapport om läget.\n\n2 Ersättning till röstmottagare\n\nFörslag till beslut\n1. Ersättningen fastställs till 1 500 kronor.\n";
    let imported = import_text(Path::new("x.txt"), text);
    let case = &imported.case;
    // The case's proposals are the first item's; the next item's are kept
    // under their heading, printed again, not left unprinted.
    assert_eq!(
        case.proposals.as_deref(),
        Some(&["Informationen noteras.".to_owned()][..])
    );
    let later = &case.sections.other.last().expect("a section").text;
    assert!(
        later.contains("Ersättningen fastställs till 1 500 kronor."),
        "{later}"
    );
    assert!(
        !case.unplaced.iter().any(|l| l.contains("Ersättningen")),
        "{:?}",
        case.unplaced
    );
}

#[test]
fn an_agendas_later_items_keep_their_sections_in_order() {
    let text = "Dnr KS 2027/12\n\n1 Kommundirektörens rapport\n\nFörslag till beslut\n1. Informationen noteras.\n\nÄrende\nRapport om läget.\n\n2 Ersättning till röstmottagare\n\nFörslag till beslut\n1. Ersättningen fastställs.\n\nÄrende\nValnämnden har föreslagit en höjning.\n";
    let case = import_text(Path::new("x.txt"), text).case;
    // The first item's description is the case's; the second item's comes
    // after its own proposals, under its heading.
    let arende = case.sections.arende.as_deref().unwrap_or("");
    assert!(arende.contains("Rapport om läget."), "{arende}");
    let headings: Vec<&str> = case
        .sections
        .other
        .iter()
        .map(|s| s.heading.as_str())
        .collect();
    assert_eq!(headings, ["Förslag till beslut", "Ärende"]);
    assert!(
        case.sections.other[1]
            .text
            .contains("Valnämnden har föreslagit en höjning.")
    );
}

#[test]
fn a_protocols_front_page_is_printed_under_the_title_in_its_order() {
    let text = "(1)\n\nUtses att justera Kim Berg\n\nJusteringens plats och tid\n\nMåndagen den 19 september, Barn- och\n\nutbildningsförvaltningen Paragrafer §54 -§64\n\nUnderskrifter ...\n\nBeslutande Lars Linder (S), ordförande\n\nMats Wernersson (S) Lill Holm (S)\n\nBUN/2027:360\n\nDelårsrapport 2 för 2027\n";
    let case = import_text(Path::new("x.txt"), text).case;
    assert_eq!(case.title, "Delårsrapport 2 för 2027");
    let intro = case.sections.intro.as_deref().unwrap_or("");
    // A label and its value in blocks of their own stay together, in order.
    for (before, after) in [
        ("Utses att justera Kim Berg", "Justeringens plats och tid"),
        ("Justeringens plats och tid", "Måndagen den 19 september"),
        (
            "Beslutande Lars Linder",
            "Mats Wernersson (S) Lill Holm (S)",
        ),
    ] {
        let (b, a) = (intro.find(before), intro.find(after));
        assert!(
            b.is_some() && a.is_some() && b < a,
            "{before} / {after} in {intro}"
        );
    }
    assert!(
        !case.unplaced.iter().any(|l| l.contains("Wernersson")),
        "{:?}",
        case.unplaced
    );
}

#[test]
fn a_sentence_ending_in_a_bracket_under_the_dnr_is_text_not_letterhead() {
    let text = "SAMMANTRÄDESPROTOKOLL\nBarn- och utbildningsnämnden\n2027-02-16\n\nBUN § 9\nSamverkan om skolskjutsar\n\nDnr : BUN 2027/12\nFullmäktige behandlade i december 2026 den s k Samreseutredningen (Kf § 2026/166).\n\nFullmäktige beslutade\n\n1. Tekniska nämnden ansvarar för färdtjänsten.\n";
    let imported = import_text(Path::new("x.txt"), text);
    let case = &imported.case;
    assert_eq!(case.title, "BUN § 9 Samverkan om skolskjutsar");
    let text_of = |s: &Option<String>| s.clone().unwrap_or_default();
    let printed = text_of(&case.sections.intro) + &text_of(&case.sections.arende);
    assert!(
        printed.contains("Samreseutredningen (Kf § 2026/166)."),
        "{printed}"
    );
}

#[test]
fn a_dnr_line_with_other_numbers_keeps_them_beside_the_papers_own() {
    let text = "SAMMANTRÄDESPROTOKOLL\nBarn- och utbildningsnämnden\n2027-12-12\n\nBUN § 127\nUpphandling av skolskjutsar\n\nDnr : KS 2021/0102-53; TN 2025/2230 53; BUN 2024/034-62\n\nNämnden beslöt 2026-11-15 att ge styrgruppen i uppdrag att utarbeta ett underlag. Beslut fattas parallellt i TN och BUN.\n";
    let case = import_text(Path::new("x.txt"), text).case;
    assert_eq!(case.dnr, "KS 2021/0102-53");
    assert_eq!(
        case.dnr_also.as_deref(),
        Some("TN 2025/2230 53; BUN 2024/034-62")
    );
    // Other words run into the Dnr's line are no numbers: kept unplaced.
    let flat = text.replace(
        "Dnr : KS 2021/0102-53; TN 2025/2230 53; BUN 2024/034-62",
        "Dnr : KS 2021/0102-53 Handläggare Anna Berg Telefon 0123-456 78 Socialförvaltningen",
    );
    let case = import_text(Path::new("x.txt"), &flat).case;
    assert_eq!(
        (case.dnr.as_str(), case.dnr_also),
        ("KS 2021/0102-53", None)
    );
    assert!(
        case.unplaced.iter().any(|l| l.contains("Anna Berg")),
        "{:?}",
        case.unplaced
    );
}

#[test]
fn a_papers_own_headings_are_kept() {
    let text = "Dnr SN 2026/140\n\nStöd i Ekby\n\nSammanfattning\nKort.\n\nBeslutsförslag\n1. Godkänna.\n\nBeskrivning av ärendet\nLängre.\n\nEkonomi\nRyms.\n\nSamverkan\nInformation lämnades den 3 mars 2026.\n";
    let case = import_text(Path::new("x.txt"), text).case;
    assert_eq!(case.headings.arende.as_deref(), Some("Sammanfattning"));
    assert_eq!(case.sections.arende.as_deref(), Some("Kort."));
    assert_eq!(case.sections.other[0].heading, "Beskrivning av ärendet");
    assert_eq!(case.headings.ekonomi.as_deref(), Some("Ekonomi"));
    assert_eq!(case.headings.mbl.as_deref(), Some("Samverkan"));
    let sent = import_text(
        Path::new("x.txt"),
        &format!("{text}\nBeslutet ska skickas till\nKS\n"),
    )
    .case;
    assert_eq!(
        sent.headings.send_to.as_deref(),
        Some("Beslutet ska skickas till")
    );
    // The standard headings are no paper's own.
    let standard = "Dnr SN 2026/140\n\nÄrende\nText.\n\nEkonomiska konsekvenser\nRyms.\n\nBeslutet skickas till:\nKS\n";
    assert!(
        import_text(Path::new("x.txt"), standard)
            .case
            .headings
            .is_empty()
    );
}

#[test]
fn a_letterhead_without_blank_lines_ends_in_its_title() {
    let text = "Ekby kommun, Socialförvaltningen\nAnna Berg, utvecklingsledare\n2026-03-02\nDnr SN 2026/114\nSocialnämnden\nÄrende: Stöd i Ekby\nFörvaltningens förslag till beslut\n1. Godkänna.\nBakgrund\nText.\n";
    let case = import_text(Path::new("x.txt"), text).case;
    assert_eq!(case.title, "Ärende: Stöd i Ekby");
    assert!(case.unplaced.is_empty(), "{:?}", case.unplaced);
}

#[test]
fn an_opening_sentence_under_the_title_is_no_title_and_is_printed_under_it() {
    let text = "Ekby kommun\nSocialförvaltningen\n2026-03-02\nDnr SN 2026/12\n\nStöd i Ekby\n\nDetta är en inledning utan rubrik som sammanfattar ärendet.\n\nFörslag till beslut\n1. Godkänna avtalet.\n\nÄrende\nText om ärendet.\n";
    let case = import_text(Path::new("x.txt"), text).case;
    assert_eq!(case.title, "Stöd i Ekby");
    assert_eq!(
        case.sections.intro.as_deref(),
        Some("Detta är en inledning utan rubrik som sammanfattar ärendet.")
    );
    assert_eq!(case.sections.arende.as_deref(), Some("Text om ärendet."));
    assert!(case.unplaced.is_empty(), "{:?}", case.unplaced);
    // Under a Markdown title: a table and a sentence are the paper's text.
    let text = "# Kallelse\n\nDag\t18 mars 2026\nTid\t13.00–16.00\n\nJustering sker på kommunkansliet den 23 mars.\n\n## Föredragningslista\n\nNr\tÄrende\n1\tUpprop\n";
    let case = import_text(Path::new("x.md"), text).case;
    assert_eq!(case.title, "Kallelse");
    assert_eq!(
        case.sections.intro.as_deref(),
        Some(
            "| Dag | 18 mars 2026 |\n|---|---|\n| Tid | 13.00–16.00 |\n\nJustering sker på kommunkansliet den 23 mars."
        )
    );
}

#[test]
fn an_agendas_numbered_items_are_its_text_not_its_title() {
    let text = "Sammanträde 2002-11-26\n\nKlockan 18.00\n\n1 Val av justerare\n\n2 Anmälningsärenden enligt förteckning\n\n3 Kvalitetsgarantier i Ekby stadsdelsförvaltning 2003\n\nSamtliga enheter inom förvaltningen har inom ramen för kvalitetsarbetet formulerat åtaganden för sina verksamheter.\n";
    let case = import_text(Path::new("x.txt"), text).case;
    let arende = case.sections.arende.unwrap_or_default();
    assert!(
        arende.starts_with("1 Val av justerare\n\n2 Anmälningsärenden"),
        "{arende}"
    );
    assert!(arende.contains("3 Kvalitetsgarantier"), "{arende}");
    assert!(!case.title.starts_with('3'), "{}", case.title);
}

#[test]
fn a_kallelses_time_and_place_before_its_title_are_printed_under_it() {
    let text = "Sammanträde 2015-03-24\n\nDatum\nKlockan\n18:30\nPlats\nKommunhuset, sammanträdesrummet Ljusnan\n\n1 Kommundirektörens rapport mars 2015\n\nFörslag till beslut\n1. Rapporten noteras.\n";
    let case = import_text(Path::new("x.txt"), text).case;
    assert_eq!(case.title, "1 Kommundirektörens rapport mars 2015");
    assert_eq!(
        case.sections.intro.as_deref(),
        Some("Klockan 18:30 Plats Kommunhuset, sammanträdesrummet Ljusnan")
    );
    assert!(
        !case.unplaced.iter().any(|l| l.contains("Klockan")),
        "{:?}",
        case.unplaced
    );
}

#[test]
fn a_date_written_out_is_printed_so_again() {
    let text = "Ekby kommun\nDatum 2 mars 2026\nDnr SN 2026/140\n\nStöd\n\nFörslag till beslut\n1. Godkänna.\n";
    let case = import_text(Path::new("x.txt"), text).case;
    assert!(case.long_date);
    assert_eq!(case.date.to_string(), "2026-03-02");
    let iso = import_text(
        Path::new("x.txt"),
        &text.replace("2 mars 2026", "2026-03-02"),
    )
    .case;
    assert!(!iso.long_date);
}

#[test]
fn a_municipality_and_its_administration_on_one_line() {
    let text = "Ekby kommun, Socialförvaltningen\n\n2026-03-02\nDnr SN 2026/140\n\nSocialnämnden\n\nStöd i Ekby\n\nFörslag till beslut\n1. Godkänna.\n\nÄrende\nText.\n";
    let sender = import_text(Path::new("x.txt"), text).case.sender;
    assert_eq!(sender.municipality.as_deref(), Some("Ekby kommun"));
    assert_eq!(
        sender.administration.as_deref(),
        Some("Socialförvaltningen")
    );
}

#[test]
fn the_line_over_the_signature_is_kept() {
    let text = "Dnr SN 2026/140\n\nFörslag till beslut\n1. Godkänna.\n\nÄrende\nText.\n\nFör socialförvaltningen\n\nAnna Berg\nutvecklingsledare\n\nBeslutet skickas till\nKS\n";
    let case = import_text(Path::new("x.txt"), text).case;
    assert_eq!(case.signed_for.as_deref(), Some("För socialförvaltningen"));
    assert_eq!(case.signed_by.len(), 1);
    assert!(case.unplaced.is_empty(), "{:?}", case.unplaced);
}

#[test]
fn signature_name_and_title_stay_apart() {
    let text = "Dnr SN 2026/140\n\nFörslag till beslut\n1. Godkänna.\n\nSamverkan\nInformation lämnades den 3 mars 2026.\n\nVera Ek\nFörvaltningschef\n\nBeslutet skickas till\nKS\n";
    let imported = import_text(Path::new("x.txt"), text);
    let signed = &imported.case.signed_by;
    assert_eq!(signed.len(), 1, "{signed:?}");
    assert_eq!(signed[0].name, "Vera Ek");
    assert_eq!(signed[0].role.as_deref(), Some("Förvaltningschef"));
    assert_eq!(imported.case.mbl.kind, MblKind::Information);
}

#[test]
fn a_paper_silent_on_mbl_stays_silent_and_an_office_over_the_name_is_the_senders() {
    let text = "Kommunledningskontoret\nEkonomiavdelningen\nDnr KS 2025/118\n\nDelårsrapport\n\nFörslag till beslut\n1. Godkänna.\n\nÄrende\nText.\n\nKommunledningskontoret\nPer Persson\nController\n";
    let imported = import_text(Path::new("x.txt"), text);
    assert_eq!(imported.case.mbl.kind, MblKind::EjAngivet);
    let signed: Vec<&str> = imported
        .case
        .signed_by
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(signed, ["Per Persson"]);
    assert_eq!(
        imported.case.sender.administration.as_deref(),
        Some("Kommunledningskontoret")
    );
}

#[test]
fn signatories_side_by_side_in_a_table_are_two() {
    let text = "Dnr SN 2026/140\n\nFörslag till beslut\n1. Godkänna.\n\nÄrende\nText.\n\nPetra Sandell\tLena Björkqvist\nAvdelningschef Stöd och omsorg\tUtredare\n\nBeslutet skickas till\nKS\n";
    let imported = import_text(Path::new("x.txt"), text);
    let signed: Vec<(&str, Option<&str>)> = imported
        .case
        .signed_by
        .iter()
        .map(|s| (s.name.as_str(), s.role.as_deref()))
        .collect();
    assert_eq!(
        signed,
        [
            ("Petra Sandell", Some("Avdelningschef Stöd och omsorg")),
            ("Lena Björkqvist", Some("Utredare"))
        ]
    );
    assert_eq!(imported.case.sections.arende.as_deref(), Some("Text."));
}

#[test]
fn a_contact_line_or_form_name_is_never_the_title() {
    for (letterhead, kept) in [
        (
            "Norrby kommun\nTekniska förvaltningen\n\nTel 0123-456 78",
            "Tel 0123-456 78",
        ),
        // The form the template prints: nothing to keep.
        ("Norrby kommun\n\nTJÄNSTESKRIVELSE", ""),
        ("Norrby kommun\n\nPROTOKOLLSUTDRAG", "PROTOKOLLSUTDRAG"),
        (
            "Norrby kommun\n\nTjänsteskrivelse fornamn.efternamn@norrby.se",
            "Tjänsteskrivelse fornamn.efternamn@norrby.se",
        ),
    ] {
        let text = format!(
            "{letterhead}\n\n# Ny taxa för slamtömning\n\n## Förslag till beslut\n1. Taxan antas.\n\n## Ärende\nText.\n"
        );
        let imported = import_text(Path::new("x.txt"), &text);
        assert_eq!(
            imported.case.title, "Ny taxa för slamtömning",
            "{letterhead}"
        );
        assert!(
            imported.case.sections.other.is_empty(),
            "{:?}",
            imported.case.sections.other
        );
        // Kept: as the sender's contact line, or under `unplaced`.
        let contact = imported.case.sender.contact.as_deref();
        assert!(
            kept.is_empty()
                || contact == Some(kept)
                || imported.case.unplaced.iter().any(|l| l == kept),
            "{:?} {contact:?}",
            imported.case.unplaced
        );
    }
}

#[test]
fn a_title_line_in_the_letterhead_stays_the_title() {
    let text = "Norrby kommun\n\nNy taxa för slamtömning\n\n## Förslag till beslut\n1. Taxan antas.\n\n## Analys\nText.\n";
    let imported = import_text(Path::new("x.txt"), text);
    assert_eq!(imported.case.title, "Ny taxa för slamtömning");
    assert_eq!(imported.case.sections.other.len(), 1);
}

#[test]
fn a_letterhead_run_into_the_title_line_is_cut_off() {
    let text = "SOCIALFÖRVALTNINGEN Handläggare Datum Diarienummer Exempelsson Kim 2026-05-26 SON-2026-0180 Socialnämnden Tillsyn av boendet Solgläntan, Dnr 8.5-123/2026 Förslag till beslut Socialnämnden föreslås besluta att avge yttrande enligt förslaget. Ärendet Inspektionen har granskat boendet.\n";
    let imported = import_text(Path::new("x.txt"), text);
    assert_eq!(
        imported.case.title,
        "Tillsyn av boendet Solgläntan, Dnr 8.5-123/2026"
    );
    assert_eq!(imported.case.dnr, "SON-2026-0180");
    assert!(
        imported
            .case
            .unplaced
            .iter()
            .any(|l| l.starts_with("SOCIALFÖRVALTNINGEN Handläggare")),
        "{:?}",
        imported.case.unplaced
    );
    // A title that names its board and Dnr, without a label or the
    // officer, stays whole.
    let text = "# Socialnämnden: yttrande SON-2026-0180 Solgläntan\n\n## Förslag till beslut\n1. Yttrandet antas.\n";
    let imported = import_text(Path::new("x.md"), text);
    assert!(
        imported.case.title.starts_with("Socialnämnden"),
        "{}",
        imported.case.title
    );
}

#[test]
fn a_paper_without_a_heading_gets_its_first_words_as_title() {
    let text = "Sedan 2020 har nämnden haft ett avtal om hemtjänst i glesbygd som nu löper ut och behöver ersättas av ett nytt avtal. Mer text följer här.\n";
    let imported = import_text(Path::new("x.txt"), text);
    assert_eq!(
        imported.case.title,
        "Sedan 2020 har nämnden haft ett avtal om hemtjänst i glesbygd som"
    );
    assert!(
        imported
            .notes
            .iter()
            .any(|n| n.contains("textens första ord"))
    );
}

#[test]
fn imported_text_is_never_a_template() {
    let text = "Dnr SN 2026/140\n\nFörslag till beslut\n1. Godkänna {{ 7 * 7 }} och {% for i in range(9) %}x{% endfor %} {# c #}.\n\nÄrende\nText.\n";
    let imported = import_text(Path::new("x.txt"), text);
    assert!(imported.case.verbatim);
    let yaml = to_yaml(&imported.case, Path::new("x.txt"), &imported.notes);
    assert!(yaml.contains("verbatim: true"), "{yaml}");
}

#[test]
fn page_numbers_are_removed() {
    assert_eq!(
        remove_page_artefacts("text\nSida 2 av 5\nmer\n3 (5)\nslut"),
        "text\n\nmer\n\nslut"
    );
}

#[test]
fn fidelity_counts_words_in_order() {
    assert_eq!(word_fidelity("ett två tre", "ett två tre"), 1.0);
    assert!((word_fidelity("ett två tre fyra", "ett tre två") - 0.5).abs() < 1e-9);
    assert_eq!(word_fidelity("Social- och", "social och extra"), 1.0);
}

#[test]
fn table_rows_a_pdf_set_apart_are_one_table() {
    let lines = [
        "Förrådet uppfördes 2019.",
        "",
        "Åtgärd\tDatum",
        "",
        "Anmälan inkom\t2021-05-03",
        "",
        "Platsbesök\t2021-06-10",
        "",
        "Sedan dess har inget hänt.",
    ];
    assert_eq!(
        prose::prose(&lines),
        "Förrådet uppfördes 2019.\n\n| Åtgärd | Datum |\n|---|---|\n| Anmälan inkom | 2021-05-03 |\n| Platsbesök | 2021-06-10 |\n\nSedan dess har inget hänt."
    );
    // One tabbed line alone is no table.
    assert_eq!(
        prose::prose(&["Ekby\tSocialförvaltningen"]),
        "Ekby\tSocialförvaltningen"
    );
}
