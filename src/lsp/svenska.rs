//! The schemas' descriptions in Swedish, as the people who write case and
//! meeting files read them (in an editor's hover, in `beslut schema`). The
//! data model's doc comments stay in English for the code's readers; this
//! table gives each described place of the schema its Swedish text, and a
//! test fails when a place has none (a new field must be described here).

use serde_json::Value;

/// (JSON pointer of a described place in the case schema, its description).
pub const CASE: &[(&str, &str)] = &[
    ("", "En tjänsteskrivelse som strukturerade uppgifter."),
    (
        "/properties/basis",
        "Beslutsunderlag: handlingarna som beslutet vilar på.",
    ),
    (
        "/properties/board",
        "Nämnden som ska besluta, t.ex. \"Social- och omsorgsnämnden\".",
    ),
    (
        "/properties/contract",
        "Avtalets uppgifter; mallen avtalsforlangning skriver sina meningar utifrån dem.",
    ),
    (
        "/properties/date",
        "Skrivelsens datum (ÅÅÅÅ-MM-DD), också skapandedatum i PDF:ens och Word-filens egenskaper.",
    ),
    (
        "/properties/dnr",
        "Diarienummer, t.ex. \"SON 2026-118\". Får utelämnas bara för historiska handlingar som saknade ett.",
    ),
    (
        "/properties/dnr_also",
        "Andra nummer som originalet skrev efter sitt eget diarienummer på samma rad (\"TN 2005/2230 53; BUN 2004/034-62\"): skrivs ut efter `dnr` igen. Sätts av `beslut import`; granskningen läser bara `dnr`.",
    ),
    (
        "/properties/mbl",
        "Information eller förhandling enligt lagen (1976:580) om medbestämmande i arbetslivet.",
    ),
    (
        "/properties/meeting",
        "Datum för nämndens sammanträde där ärendet tas upp.",
    ),
    (
        "/properties/output_name",
        "Filnamn (utan ändelse) för PDF och Word; standard är ärendefilens namn. Ett led: inga mappar, inget `..`.",
    ),
    (
        "/properties/proposals",
        "De numrerade förslagen (\"Förslag till beslut\"). Saknas de skapar mallen dem från uppgifterna. Texten får använda malluttryck som `{{ contract.supplier }}`.",
    ),
    (
        "/properties/proposals_heading",
        "Rubriken ovanför förslagen; standard \"Förslag till beslut\".",
    ),
    (
        "/properties/proposals_lead",
        "Orden som leder in förslagen (\"Socialnämnden beslutar\"), skrivna ovanför dem; en importerad handling behåller sina.",
    ),
    (
        "/properties/retroactive",
        "Beslutet gäller från en dag före sammanträdet som fattar det (retroaktivt beslut); tystar granskningens D107.",
    ),
    ("/properties/sections", "Handlingens avsnitt i löptext."),
    (
        "/properties/send_to",
        "\"Beslutet skickas till\": sändlistan.",
    ),
    (
        "/properties/sender",
        "Brevhuvudet. Uppgifter som saknas hämtas från `beslut.toml`.",
    ),
    ("/properties/signed_by", "Vem eller vilka som undertecknar."),
    (
        "/properties/long_date",
        "Brevhuvudet skriver ut datumet (”2 mars 2026”) i stället för 2026-03-02, som originalet gjorde.",
    ),
    (
        "/$defs/Sender/properties/officer_title",
        "Handläggarens titel, skriven efter namnet (”Anna Berg, utvecklingsledare”).",
    ),
    (
        "/properties/headings",
        "Handlingens egna ord för standardrubrikerna (”Beskrivning av ärendet”, ”Ekonomi”, ”Samverkan”); en importerad handling behåller sina.",
    ),
    (
        "/properties/signed_for",
        "Raden över underskriften: för vem eller på vilket uppdrag (”För socialförvaltningen”, ”Enligt uppdrag”).",
    ),
    (
        "/properties/source",
        "Den historiska handling ett importerat ärende lästes från (sätts av `beslut import`; kommer med i manifestet).",
    ),
    (
        "/properties/template",
        "Mallens namn: en fil `templates/<namn>.v<version>.j2`.",
    ),
    (
        "/properties/template_version",
        "Mallversion att bygga med; låser utseendet så att en arkiverad handling byggs om som den såg ut. Standard är den nyaste.",
    ),
    ("/properties/title", "Ärendemeningen, handlingens rubrik."),
    (
        "/properties/undated",
        "Originalet saknar datum: `date` daterar bara egenskaperna, brevhuvudet visar inget datum (för importerade historiska handlingar).",
    ),
    (
        "/properties/unplaced",
        "Rader som `beslut import` inte kunde placera: ordagrant kvar för en människa att placera, skrivs aldrig ut.",
    ),
    (
        "/properties/verbatim",
        "Texten skrivs ut exakt som den står: `{{`, `{%` och `{#` är inte mallsyntax. `beslut import` sätter den, så att en historisk handlings text aldrig körs som mall.",
    ),
    (
        "/$defs/AgeRange",
        "Åldersintervall från–till i år, t.ex. 4-20",
    ),
    (
        "/$defs/Contract",
        "Uppgifter om avtalet som handlingen gäller.",
    ),
    (
        "/$defs/Contract/properties/ages",
        "Målgruppens ålder, t.ex. \"4-20\" (\"65+\" saknar övre gräns).",
    ),
    (
        "/$defs/Contract/properties/extension",
        "Den förlängning som handlingen föreslår.",
    ),
    (
        "/$defs/Contract/properties/extension_years",
        "En förlängnings längd i hela år.",
    ),
    (
        "/$defs/Contract/properties/max_extensions",
        "Hur många förlängningar avtalet medger.",
    ),
    (
        "/$defs/Contract/properties/service",
        "Tjänsten, t.ex. \"anhörigstöd till barn\".",
    ),
    ("/$defs/Contract/properties/start", "Avtalets första dag."),
    (
        "/$defs/Contract/properties/supplier",
        "Leverantören, exakt som i avtalet, t.ex. \"Solrosgruppen AB\".",
    ),
    (
        "/$defs/Contract/properties/term_years",
        "Den första avtalstiden i hela år.",
    ),
    (
        "/$defs/Fidelity",
        "Hur troget en ombyggd handling återger originalet, och vilka uppgifter som inte kom tillbaka.",
    ),
    (
        "/$defs/Fidelity/properties/differing_facts",
        "Originalets uppgifter som den ombyggda handlingen inte anger likadant (rubrik, datum, Dnr, nämnd, handläggare, undertecknare, förslag, tabeller, sändlista); tom när allt kom tillbaka.",
    ),
    ("/$defs/IsoDate", "Datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-18"),
    (
        "/$defs/Mbl",
        "Information eller förhandling enligt lagen (1976:580) om medbestämmande i arbetslivet.",
    ),
    (
        "/$defs/Mbl/properties/date",
        "När informationen lämnades eller förhandlingen hölls; krävs utom när `kind` är `ej_aktuellt`.",
    ),
    (
        "/$defs/Mbl/properties/kind",
        "`information`, `forhandling`, `ej_aktuellt` eller, för en importerad handling som inte nämner MBL, `ej_angivet`.",
    ),
    (
        "/$defs/Mbl/properties/text",
        "Ersätter den skapade meningen (för importerade historiska handlingar).",
    ),
    ("/$defs/MblKind", "Vad som skedde enligt MBL."),
    ("/$defs/MblKind/oneOf/0", "Information enligt 19 § MBL."),
    ("/$defs/MblKind/oneOf/1", "Förhandling enligt 11 § MBL."),
    ("/$defs/MblKind/oneOf/2", "Inte aktuellt i ärendet."),
    (
        "/$defs/MblKind/oneOf/3",
        "Handlingen säger inget om MBL: en importerad historisk handling utan avsnittet (bara med `verbatim: true`). Den återskapade handlingen får inte heller något MBL-avsnitt.",
    ),
    ("/$defs/NamedSection", "Ett avsnitt med egen rubrik."),
    (
        "/$defs/SectionHeadings",
        "Handlingens egna ord för standardrubrikerna.",
    ),
    (
        "/$defs/SectionHeadings/properties/arende",
        "I stället för ”Ärende”.",
    ),
    (
        "/$defs/SectionHeadings/properties/bakgrund",
        "I stället för ”Bakgrund”.",
    ),
    (
        "/$defs/SectionHeadings/properties/ekonomi",
        "I stället för ”Ekonomiska konsekvenser”.",
    ),
    (
        "/$defs/SectionHeadings/properties/send_to",
        "I stället för ”Beslutet skickas till:”.",
    ),
    (
        "/$defs/SectionHeadings/properties/mbl",
        "I stället för ”Information eller förhandling enligt lag (1976:580) …”.",
    ),
    (
        "/$defs/NamedSection/properties/heading",
        "Rubriken, t.ex. \"Uppföljning\".",
    ),
    ("/$defs/NamedSection/properties/text", "Texten."),
    (
        "/$defs/OutputName",
        "Filnamn utan ändelse (ett led, inga mappar), eller `dnr` för ett namn efter diarienumret",
    ),
    (
        "/$defs/Period",
        "En period av hela dagar, båda ändarna inräknade.",
    ),
    (
        "/$defs/Period/properties/from",
        "Första dagen (från och med).",
    ),
    ("/$defs/Period/properties/to", "Sista dagen (till och med)."),
    (
        "/$defs/Sections",
        "Handlingens löptext. Varje fält tar stycken åtskilda av tomma rader, punktlistor (`- `) och numrerade listor (`1. `), `**fet**` och `*kursiv*` (eller `_kursiv_`) text, och tabeller med lodstreck: en rubrikrad, en justeringsrad (`|---|--:|`) och rader, t.ex. `| Post | 2027 |`; kolumner med belopp högerjusteras. Allt annat skrivs ut exakt som det står.",
    ),
    (
        "/$defs/Sections/properties/intro",
        "Text under rubriken före första avsnittet, utan egen rubrik: en importerad handlings inledande stycke eller tabell (en kallelses tid och plats).",
    ),
    (
        "/$defs/Sections/properties/arende",
        "\"Ärende\": vad nämnden ska ta ställning till, i sammanfattning.",
    ),
    ("/$defs/Sections/properties/bakgrund", "\"Bakgrund\"."),
    (
        "/$defs/Sections/properties/ekonomi",
        "\"Ekonomiska konsekvenser\".",
    ),
    (
        "/$defs/Sections/properties/other",
        "Fler avsnitt efter Bakgrund, i ordning (Uppföljning, Barnrättsperspektiv …).",
    ),
    ("/$defs/Sender", "Avsändarblocket i brevhuvudet."),
    ("/$defs/Sender/properties/administration", "Förvaltningen."),
    (
        "/$defs/Sender/properties/contact",
        "Handläggarens telefon eller e-post, under namnet.",
    ),
    ("/$defs/Sender/properties/department", "Avdelningen."),
    (
        "/$defs/Sender/properties/municipality",
        "Kommunen, t.ex. \"Exempelby kommun\".",
    ),
    ("/$defs/Sender/properties/officer", "Handläggaren."),
    ("/$defs/Sender/properties/unit", "Enheten."),
    ("/$defs/Signatory", "En underskrift."),
    ("/$defs/Signatory/properties/name", "Fullständigt namn."),
    (
        "/$defs/Signatory/properties/role",
        "Titel, t.ex. \"Förvaltningschef\".",
    ),
    ("/$defs/Source", "Varifrån ett importerat ärende kom."),
    (
        "/$defs/Source/properties/fidelity",
        "Med `import --check`: hur stor del av handlingens ord som kommer tillbaka i ordning när ärendet byggs om, som PDF och som Word (0–1).",
    ),
    (
        "/$defs/Source/properties/paper",
        "Handlingens sökväg när den importerades.",
    ),
    (
        "/$defs/Source/properties/sha256",
        "SHA-256 för handlingens byte, så att arkivet kan se att det är den filen.",
    ),
];

/// (JSON pointer of a described place in the meeting schema, its description).
pub const MEETING: &[(&str, &str)] = &[
    (
        "",
        "Ett nämndsammanträde: när och var, vem som leder det och ärendena på föredragningslistan.",
    ),
    (
        "/properties/board",
        "Nämnden som sammanträder, t.ex. \"Social- och omsorgsnämnden\".",
    ),
    (
        "/properties/chair",
        "Ordföranden, som undertecknar kallelsen.",
    ),
    ("/properties/date", "Sammanträdets datum (ÅÅÅÅ-MM-DD)."),
    (
        "/properties/items",
        "Ärendena, i föredragningslistans ordning.",
    ),
    (
        "/properties/justering",
        "Vem som justerar protokollet, och när.",
    ),
    (
        "/properties/kallelse",
        "Kallelsens datum (ÅÅÅÅ-MM-DD): ingen handling får vara daterad efter den.",
    ),
    (
        "/properties/opening_items",
        "Skapa de vanliga inledande punkterna (sammanträdets öppnande, upprop, val av justerare, godkännande av föredragningslistan). Standard: ja.",
    ),
    (
        "/properties/place",
        "Plats, t.ex. \"Kommunhuset, sammanträdesrum Ljusnan\".",
    ),
    ("/properties/secretary", "Sekreteraren."),
    (
        "/properties/time",
        "Tid, som den ska skrivas: \"13.00\" eller \"13.00–16.00\".",
    ),
    (
        "/$defs/BilagaRef",
        "En bilaga: filen, och rubriken att visa när filens egen inte stämmer.",
    ),
    (
        "/$defs/BilagaRef/anyOf/0",
        "En PDF-fil (sökväg från sammanträdesfilen).",
    ),
    ("/$defs/BilagaRef/anyOf/1", "En PDF-fil och dess rubrik."),
    ("/$defs/IsoDate", "Datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-18"),
    (
        "/$defs/Item",
        "En punkt på föredragningslistan: en ärendefil, en befintlig handling eller en informationspunkt.",
    ),
    (
        "/$defs/Item/properties/bilagor",
        "Bilagor (PDF-filer, sökväg från sammanträdesfilen), i ordning: en sökväg, eller `{ file: …, title: … }` för rubriken i föredragningslistan och bokmärkena (standard: PDF:ens egen titel, annars filnamnet).",
    ),
    (
        "/$defs/Item/properties/case",
        "En ärendefil, som byggs till punktens handling (sökväg från sammanträdesfilen).",
    ),
    (
        "/$defs/Item/properties/dnr",
        "Diarienummer; för ett ärende dess eget som standard.",
    ),
    ("/$defs/Item/properties/foredragande", "Föredragande."),
    (
        "/$defs/Item/properties/info",
        "En informationspunkt: dess rubrik på föredragningslistan.",
    ),
    (
        "/$defs/Item/properties/paper",
        "En befintlig handling, en PDF (sökväg från sammanträdesfilen); ange `title` och `dnr`.",
    ),
    (
        "/$defs/Item/properties/title",
        "Ärendemeningen på föredragningslistan; för ett ärende dess rubrik som standard.",
    ),
    ("/$defs/Justering", "Justering av protokollet."),
    (
        "/$defs/Justering/properties/when",
        "När och var, som det ska skrivas: \"2026-03-20, kommunkansliet\".",
    ),
    (
        "/$defs/Justering/properties/who",
        "Vem som justerar (\"Eva Berg (S)\"), eller \"utses vid sammanträdet\".",
    ),
    ("/$defs/TitledBilaga", "En bilaga med egen rubrik."),
    (
        "/$defs/TitledBilaga/properties/file",
        "PDF-filen (sökväg från sammanträdesfilen).",
    ),
    (
        "/$defs/TitledBilaga/properties/title",
        "Rubriken, t.ex. \"Uppföljningsrapport Solrosgruppen AB, hösten 2025\".",
    ),
];

/// Replaces every description in `schema` by its Swedish text in `table`;
/// returns the places that have a description but no Swedish text.
pub fn translate(schema: &mut Value, table: &[(&str, &str)]) -> Vec<String> {
    let mut missing = Vec::new();
    walk(schema, String::new(), table, &mut missing);
    missing
}

fn walk(value: &mut Value, at: String, table: &[(&str, &str)], missing: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if map.contains_key("description") {
                match table.iter().find(|(path, _)| *path == at) {
                    Some((_, swedish)) => {
                        map.insert("description".into(), Value::from(*swedish));
                    }
                    None => missing.push(at.clone()),
                }
            }
            for (key, child) in map.iter_mut() {
                if key != "description" {
                    walk(child, format!("{at}/{key}"), table, missing);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter_mut().enumerate() {
                walk(child, format!("{at}/{i}"), table, missing);
            }
        }
        _ => {}
    }
}
