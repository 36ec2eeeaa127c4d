//! Starting points: a new project (`beslut init`) and a new case file
//! (`beslut new`), written so that they build at once.

use chrono::{Datelike, NaiveDate};

use crate::base::swedish::iso_date;
use crate::project::Config;

/// Templates `beslut new` can start a case for.
pub const NEW_TEMPLATES: [&str; 2] = ["tjansteskrivelse", "avtalsforlangning"];

/// The project's `beslut.toml`, every key explained (in Swedish, as the
/// people who edit it read it). Each commented example is valid as
/// written: a test uncomments them all and reads the file.
pub const PROJECT_CONFIG: &str = r#"# beslut.toml: det som alla ärenden i projektet har gemensamt.
# Ett ärendes egna `sender`-fält går före de här.

[sender]
municipality = "Exempelby kommun"          # kommunen; också brevhuvudets text
administration = "Socialförvaltningen"     # förvaltningen: första raden i avsändarblocket
# department = "Avdelning Barn och unga"   # avdelningen
# unit = "Enheten för kvalitet"            # enheten
# officer = "Förnamn Efternamn"            # handläggaren
# contact = "namn@exempelby.se"            # kontaktraden under avsändaren

[style]
logo_text = "EXEMPELBY KOMMUN"             # skrivs där en logotyp annars står
font = "Liberation Sans"                   # medföljer; `beslut build` nämner de andra
# logo = "logo.svg"                        # SVG, PNG eller JPEG, sökväg från den här filen
# logo_width_mm = 40                       # logotypens bredd i millimeter (5–180)
# logo_alt = "Exempelby kommuns logotyp"   # text för skärmläsare
# word_template = "mall.dotx"              # kommunens egen Word-mall (formatmallar)

[lint]
# ignore = ["K502"]                        # regler som inte ska köras
# known_parties = ["Leverantören AB"]      # parter som ska stavas exakt så
# required_sections = ["arende", "ekonomi"]  # avsnitt varje färdig handling ska ha:
#                                          # proposals, arende, basis, bakgrund, ekonomi, mbl, distribution
"#;

/// The project's `.gitignore`.
pub const GITIGNORE: &str = "# Built papers: rebuild them with `beslut build`.\noutput/\n";

/// A new case file for `template`, dated `today`, with the sender from
/// `config`; `None` for a template `beslut new` does not know.
pub fn new_case(template: &str, today: NaiveDate, config: &Config) -> Option<String> {
    let date = iso_date(today);
    // Three weeks on, on a day offices are open (never julafton).
    let meeting = iso_date(crate::base::calendar::next_working_day(
        today + chrono::Duration::days(21),
    ));
    let sender = sender_block(config);
    let body = match template {
        "tjansteskrivelse" => TJANSTESKRIVELSE,
        "avtalsforlangning" => AVTALSFORLANGNING,
        _ => return None,
    };
    // The proposed extension starts on the first of a month after the
    // meeting, right after a two-year term: the new case lints clean.
    let months = |d: NaiveDate, n: u32| {
        d.checked_add_months(chrono::Months::new(n))
            .expect("a real date")
    };
    let extension_start = months(today, 3).with_day(1).expect("the first of a month");
    let contract_start = extension_start
        .checked_sub_months(chrono::Months::new(24))
        .expect("a real date");
    let extension_end = months(extension_start, 24).pred_opt().expect("a real date");
    Some(
        body.replace("{date}", &date)
            .replace("{meeting}", &meeting)
            .replace("{contract_start}", &iso_date(contract_start))
            .replace("{extension_start}", &iso_date(extension_start))
            .replace("{extension_end}", &iso_date(extension_end))
            .replace("{year}", &today.format("%Y").to_string())
            .replace("{sender}", &sender),
    )
}

/// The sender keys, filled from `beslut.toml` where it has them.
fn sender_block(config: &Config) -> String {
    let s = &config.sender;
    let line = |key: &str, value: &Option<String>, example: &str, what: &str| match value {
        Some(v) => format!(
            "  {key}: {}   # {what} (från beslut.toml)\n",
            yaml_string(v)
        ),
        None => format!("  # {key}: {example}   # {what}\n"),
    };
    let lines = [
        line(
            "municipality",
            &s.municipality,
            "Exempelby kommun",
            "kommunen",
        ),
        line(
            "administration",
            &s.administration,
            "Socialförvaltningen",
            "förvaltningen",
        ),
        line(
            "department",
            &s.department,
            "Avdelning Barn och unga",
            "avdelningen",
        ),
        line("unit", &s.unit, "Enheten för kvalitet", "enheten"),
        line("officer", &s.officer, "Förnamn Efternamn", "handläggaren"),
        line("contact", &s.contact, "namn@exempelby.se", "kontaktuppgift"),
    ]
    .concat();
    // Only comments would leave `sender:` empty, which is not a table.
    if lines.lines().all(|l| l.trim_start().starts_with('#')) {
        format!("  {{}}\n{lines}")
    } else {
        lines
    }
}

/// A YAML scalar that stays a string.
fn yaml_string(text: &str) -> String {
    serde_json::to_string(text).expect("a string serialises")
}

const TJANSTESKRIVELSE: &str = r#"# Ny tjänsteskrivelse. Bygg med: beslut build
# Datumet är dagens (det enda ställe där beslut läser klockan); ändra vid behov.
template: tjansteskrivelse
dnr: XX {year}-000                # diarienummer
date: {date}                   # skrivelsens datum (ÅÅÅÅ-MM-DD)
meeting: {meeting}                # nämndens sammanträde
board: Socialnämnden              # nämnden som ska besluta
sender:
{sender}title: Rubrik på ärendet            # ärendemeningen
# output_name: dnr                # filnamn efter Dnr i stället för filens namn
proposals:                        # Förslag till beslut, numrerade
  - Socialnämnden beslutar att …
sections:
  arende: |                       # Ärende: vad nämnden ska ta ställning till
    Skriv här vad ärendet gäller.
  # bakgrund: |                   # Bakgrund
  #   …
  # other:                        # fler avsnitt, i ordning
  #   - heading: Barnrättsperspektiv
  #     text: …
  ekonomi: |                      # Ekonomiska konsekvenser (tabeller: | a | b |)
    Beslutet har inga ekonomiska konsekvenser.
mbl:                              # information eller förhandling enligt MBL
  kind: ej_aktuellt               # information, forhandling eller ej_aktuellt
  # date: {date}               # när, om inte ej_aktuellt
# basis:                          # Beslutsunderlag
#   - Tjänsteskrivelse {date}
signed_by:
  - { name: Förnamn Efternamn, role: Förvaltningschef }
send_to:                          # Beslutet skickas till
  - Akten
"#;

const AVTALSFORLANGNING: &str = r#"# Ny avtalsförlängning. Bygg med: beslut build
# Datumet är dagens (det enda ställe där beslut läser klockan); ändra vid behov.
# Perioder, åldrar och parter i texten skapas från `contract`: de kan inte motsäga varandra.
template: avtalsforlangning
dnr: XX {year}-000                # diarienummer
date: {date}                   # skrivelsens datum (ÅÅÅÅ-MM-DD)
meeting: {meeting}                # nämndens sammanträde
board: Socialnämnden              # nämnden som ska besluta
sender:
{sender}title: Leverantören AB – ställningstagande till förlängning
contract:
  supplier: Leverantören AB       # avtalsparten, exakt som i avtalet
  service: stöd till barn         # tjänsten
  ages: 4-20                      # målgruppens ålder (från-till)
  start: {contract_start}             # avtalets start
  term_years: 2                   # avtalstid i år
  max_extensions: 1               # antal möjliga förlängningar
  extension_years: 2              # år per förlängning
  extension: { from: {extension_start}, to: {extension_end} }   # den förlängning som föreslås
sections:
  arende: |
    Skriv här vad verksamheten gör och hur uppföljningen har gått.
  # bakgrund: |
  #   …
  ekonomi: |
    Skriv här vad förlängningen kostar och var medlen finns.
mbl:
  kind: information               # information, forhandling eller ej_aktuellt
  date: {date}
# basis:
#   - Tjänsteskrivelse {date}
signed_by:
  - { name: Förnamn Efternamn, role: Förvaltningschef }
send_to:
  - Leverantören AB
"#;

/// Today's date, by the system clock (UTC). `beslut new` is the only place
/// the clock is read: everything else is dated by its data.
pub fn today() -> NaiveDate {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    NaiveDate::from_ymd_opt(1970, 1, 1).expect("a real date")
        + chrono::Duration::days((seconds / 86_400) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `# key = value` example, uncommented, is a valid setting.
    #[test]
    fn every_commented_example_in_the_project_config_is_valid() {
        let uncommented: String = PROJECT_CONFIG
            .lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(rest) if rest.split_once(" = ").is_some() => rest,
                _ => line,
            })
            .map(|line| format!("{line}\n"))
            .collect();
        assert!(uncommented.contains("\nrequired_sections = "));
        let config: Config = toml::from_str(&uncommented).expect("valid beslut.toml");
        let codes: Vec<&str> = crate::lint::registry::all_meta().map(|m| m.code).collect();
        config.lint.validate(&codes).expect("valid [lint]");
        assert_eq!(
            config.lint.required_sections.as_deref(),
            Some(&["arende".to_owned(), "ekonomi".to_owned()][..])
        );
    }

    #[test]
    fn a_new_case_proposes_a_meeting_on_a_working_day() {
        // Three weeks after 3 December 2026 is julafton.
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let yaml = new_case("tjansteskrivelse", day, &Config::default()).unwrap();
        assert!(yaml.contains("meeting: 2026-12-28"), "{yaml}");
    }

    #[test]
    fn new_cases_parse_for_every_template() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        for template in NEW_TEMPLATES {
            let yaml = new_case(template, day, &Config::default()).unwrap();
            crate::case::parse_case("ny.yaml".as_ref(), yaml, &Default::default())
                .unwrap_or_else(|e| panic!("{template}: {e}"));
        }
    }
}
