//! The letterhead, MBL and signature of an imported paper: each line to
//! its field, or to `unplaced`.

use super::*;

/// Date, Dnr, board and handläggare as the letterhead reader found them
/// (in the body letterhead or in page headers and footers).
pub(super) fn take_letterhead_facts(paper: &Paper, case: &mut Case, unplaced: &mut Vec<String>) {
    let facts = &paper.facts;
    // As the paper prints it after its label, cut short or not: an archive
    // copy keeps what the original says.
    // A Dnr line that names the paper's number and others after it ("Dnr :
    // KS 2001/0102-53; TN 2005/2230 53; BUN 2004/034-62") keeps the others
    // beside it, printed again: the same matter's numbers elsewhere.
    // Other words after it (a flat letterhead run into the Dnr's line) go
    // to `unplaced`: never dropped.
    if let Some(dnr) = facts.printed_dnr() {
        let rest = case
            .dnr
            .strip_prefix(dnr.value.as_str())
            .map(|rest| rest.trim_start_matches([';', ',', ' ']).trim())
            .filter(|rest| !rest.is_empty());
        match rest {
            Some(numbers) if names_other_numbers(numbers) => {
                case.dnr_also = Some(numbers.to_owned());
            }
            Some(words) => unplaced.push(words.to_owned()),
            None => {}
        }
        case.dnr = dnr.value.clone();
    }
    if let Some(date) = &facts.paper_date {
        case.date = date.value;
        // "2 mars 2026" is printed so again.
        case.long_date = paper.text(&date.span).contains(|c: char| c.is_alphabetic());
    }
    // The meeting the paper goes to, as the letterhead dates it beside the
    // addressee: kept as data (the lint's D107, a meeting packet's M601),
    // while its line stays in `unplaced`, for no layout prints it.
    if let Some(meeting) = &facts.meeting {
        case.meeting = Some(meeting.value);
    }
    if let Some(board) = &facts.board
        && case.board.is_empty()
    {
        case.board = board.value.clone();
    }
    if let Some(officer) = &facts.officer {
        let name = officer.value.clone();
        if case.sender.officer.as_deref() != Some(name.as_str())
            && let Some(previous) = case.sender.officer.replace(name.clone())
        {
            // The title went with the name it followed.
            match case.sender.officer_title.take() {
                Some(title) => unplaced.push(format!("{previous}, {title}")),
                None => unplaced.push(previous),
            }
        }
        unplaced.retain(|l| l != &name);
    }
}

/// Whether the words after a paper's own Dnr on its line are other case
/// numbers ("TN 2005/2230 53; BUN 2004/034-62", "BUN 2004/034-62 och
/// 2007/119-62"): each part has a number with "/", "-" or "." inside, and
/// no letterhead label stands among them.
fn names_other_numbers(words: &str) -> bool {
    let has_case_number = |part: &str| {
        part.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.chars().any(|c| c.is_ascii_digit()) && w.contains(['/', '-', '.'])
        })
    };
    let lower = words.to_lowercase();
    words.split([';', ',']).all(has_case_number)
        && !FACT_LABELS
            .iter()
            .any(|label| lower.contains(&label.to_lowercase()))
}

/// A title that is the whole letterhead run into one line, as flat text
/// gives it ("SOCIALFÖRVALTNINGEN Handläggare Datum Diarienummer Eiderbrant
/// Ulf 2015-05-26 SCN-2015-0180 Socialnämnden Tillsyn av …"): the words after
/// the last of the paper's facts are the title, the words before go to
/// `unplaced` (nothing is lost). Only when two or more of the paper's facts
/// stand in it with a label or the officer's name: a title that names its
/// board or Dnr is left whole.
pub(super) fn title_after_letterhead(case: &mut Case, unplaced: &mut Vec<String>) {
    let lower = case.title.to_lowercase();
    if lower.len() != case.title.len() {
        return;
    }
    let officer = case.sender.officer.as_ref().map(|o| o.to_lowercase());
    // A label or the officer's name: no title of its own has those.
    let letterhead_words = [
        "handläggare",
        "diarienummer",
        "datum",
        "dnr",
        "vår referens",
    ]
    .iter()
    .any(|label| lower.contains(label))
        || officer.as_ref().is_some_and(|o| lower.contains(o.as_str()));
    let date = case.date;
    let facts = [
        Some(case.dnr.to_lowercase()),
        Some(case.board.to_lowercase()),
        officer,
        Some(date.format("%Y-%m-%d").to_string()),
        Some(crate::base::swedish::long_date(date).to_lowercase()),
    ];
    let ends: Vec<usize> = facts
        .iter()
        .flatten()
        .filter(|f| f.len() >= 3)
        .filter_map(|f| lower.find(f.as_str()).map(|at| at + f.len()))
        .collect();
    // After the last fact; a label's word may recur in the title itself
    // ("…, Dnr 8.5-29206/2014").
    let Some(cut) = ends.iter().copied().max() else {
        return;
    };
    if ends.len() < 2 || !letterhead_words {
        return;
    }
    let rest = case.title[cut..]
        .trim_start_matches([' ', ',', ':', '–', '-'])
        .trim();
    if rest.split_whitespace().count() < 2 || !rest.starts_with(char::is_uppercase) {
        return;
    }
    let head = case.title[..cut].trim().to_owned();
    case.title = rest.to_owned();
    // The sending administration, first in such a line, is the letterhead's
    // ("SOCIALFÖRVALTNINGEN" as running text writes it).
    let administration = head.split_whitespace().find(|w| {
        let w = w.to_lowercase();
        names_an_administration(&w)
    });
    if case.sender.administration.is_none()
        && let Some(name) = administration
    {
        case.sender.administration = Some(crate::paper::letterhead::as_written_in_text(name));
    }
    unplaced.push(head);
}

/// The cells of a letterhead line laid out in columns: a plain-text
/// letterhead pads its right column with spaces ("HEDEBY KOMMUN␣␣␣…␣␣␣
/// TJÄNSTESKRIVELSE"), a page header separates with a tab ("Hedeby
/// kommun⇥Socialförvaltningen"). Each cell is placed on its own.
pub(super) fn letterhead_cells(line: &str) -> Vec<String> {
    static GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\t+| {3,}").expect("valid"));
    GAP.split(line)
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Labels that stand before the date, the Dnr or the handläggare in a
/// letterhead, and say nothing once the fact is in its field.
pub(super) const FACT_LABELS: &[&str] = &[
    "Datum",
    "Vårt datum",
    "Dnr",
    "Diarienummer",
    "Diarienr",
    "Vår beteckning",
    "Vår referens",
    "Ärendenummer",
    "Sammanträdesdatum",
    "Handläggare",
];

/// `line` without the paper's own date and Dnr and their labels; None when
/// nothing else is left. A handläggare line whose name the letterhead
/// reader found is all fact too.
pub(super) fn without_own_facts(paper: &Paper, line: &str) -> Option<String> {
    // A flat text's whole letterhead on one line is no fact line: its words
    // stay in their order.
    if line.split_whitespace().count() > 8 {
        return Some(line.to_owned());
    }
    let facts = &paper.facts;
    let mut rest = line.to_owned();
    let mut took = false;
    if let Some(dnr) = facts.dnr.as_ref().filter(|d| rest.contains(&d.value)) {
        rest = rest.replacen(&dnr.value, " ", 1);
        took = true;
    }
    if let Some(date) = &facts.paper_date {
        let scan = crate::paper::scan::scan(&rest);
        if let Some(own) = scan
            .dates
            .iter()
            .find(|d| d.date.as_ref().is_ok_and(|d| *d == date.value))
        {
            rest.replace_range(own.span.clone(), " ");
            took = true;
        }
    }
    if let Some(officer) = facts
        .officer
        .as_ref()
        .filter(|o| rest.trim_start().starts_with("Handläggare") && rest.contains(&o.value))
    {
        // "Handläggare: Karin Öberg, utvecklingsledare": the title goes too.
        let after = rest
            .find(&officer.value)
            .map_or(0, |i| i + officer.value.len());
        rest.replace_range(..after, " ");
        if rest.trim_start().starts_with(',') {
            rest.clear();
        }
        took = true;
    }
    if !took {
        // A label alone on its line ("Handläggare", the name under it).
        let bare = line.trim().trim_end_matches(':').trim();
        return (!FACT_LABELS.contains(&bare)).then(|| line.to_owned());
    }
    let mut words = rest.trim().trim_matches([':', ',', ';']).trim().to_owned();
    for label in FACT_LABELS {
        words = words
            .split('\t')
            .map(|part| {
                let part = part.trim();
                part.strip_prefix(label)
                    .filter(|after| after.is_empty() || after.starts_with([' ', ':', '.']))
                    .map_or(part, |after| after.trim_start_matches([':', '.']).trim())
                    .to_owned()
            })
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("\t");
    }
    let words = words.trim().trim_matches([':', ',']).trim();
    (!words.is_empty()).then(|| words.to_owned())
}

pub(super) fn standalone_date(line: &str) -> Option<NaiveDate> {
    let line = line
        .trim()
        .trim_start_matches("Datum")
        .trim_start_matches(':')
        .trim();
    let scan = crate::paper::scan::scan(line);
    let date = scan.dates.first()?;
    (date.span == (0..line.len()))
        .then(|| date.date.clone().ok())
        .flatten()
}

/// The board a letterhead line names: the board the paper reader found when
/// the line holds it ("Nämnd:Arbetsmarknads- och socialnämnden"), else the
/// line without "Till".
pub(super) fn board_in_line(paper: &Paper, line: &str) -> String {
    if let Some(board) = &paper.facts.board
        && line.to_lowercase().contains(&board.value.to_lowercase())
    {
        return board.value.clone();
    }
    line.strip_prefix("Till ")
        .map_or(line.to_owned(), |board| board.trim().to_owned())
}

pub(super) fn is_board(line: &str) -> bool {
    let lower = line.to_lowercase();
    [
        "nämnden",
        "styrelsen",
        "fullmäktige",
        "nämnd",
        "utskott",
        "utskottet",
    ]
    .iter()
    .any(|s| lower.ends_with(s))
        && line.split_whitespace().count() <= 6
}

/// A line of contact details (phone, e-mail, web, postal address) or the
/// name of the form itself ("TJÄNSTESKRIVELSE", "Protokoll"): letterhead,
/// never a title.
pub(super) fn is_contact_or_form_name(line: &str) -> bool {
    const FORMS: &[&str] = &[
        "tjänsteskrivelse",
        "tjänsteutlåtande",
        "protokoll",
        "protokollsutdrag",
        "kallelse",
        "beslut",
        "yttrande",
        "underlag för beslut",
        "missiv",
    ];
    let lower = line.trim().to_lowercase();
    // A flat text's whole letterhead on one line is more than a contact
    // line: it is left to the title as before.
    if lower.split_whitespace().count() > 8 {
        return false;
    }
    let first = lower.split_whitespace().next().unwrap_or("");
    let labelled = [
        "e-post",
        "epost",
        "fax",
        "besöksadress",
        "postadress",
        "org.nr",
        "webb",
    ]
    .iter()
    .any(|w| first.trim_end_matches(':') == *w);
    is_contact(line)
        || labelled
        || lower.contains("www.")
        || lower.contains("http")
        || FORMS.contains(&lower.as_str())
}

pub(super) fn is_sender_keyword(line: &str) -> bool {
    let lower = line.to_lowercase();
    // "kommun" as a word: "Sammanträdesplan för kommunstyrelsen" and
    // "Interkommunal ersättning" are titles.
    names_an_administration(&lower)
        || lower.ends_with("avdelningen")
        || lower.ends_with("enheten")
        || lower.starts_with("avdelning")
        || lower.starts_with("enhet")
        || lower.split_whitespace().any(|w| w == "kommun")
}

/// Whether a lower-case name ends the way an administration's does:
/// "socialförvaltningen", "kommunledningskontoret", "stadskontoret",
/// "kommunkansliet".
pub(super) fn names_an_administration(lower: &str) -> bool {
    ["förvaltningen", "kontoret", "kansliet"]
        .iter()
        .any(|ending| lower.ends_with(ending))
}

/// Two or three capitalised words, not all capitals: "Kim Exempelsson".
pub(super) fn looks_like_a_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// An e-mail address or a telephone number ("Telefon: 08-123 456 78"),
/// not another office's reference ("Er beteckning KS 2025/77").
pub(super) fn is_contact(line: &str) -> bool {
    let lower = line.to_lowercase();
    let digits = line.chars().filter(char::is_ascii_digit).count();
    line.contains('@')
        || (digits >= 6
            && (["telefon", "tel", "tfn", "mobil", "växel"]
                .iter()
                .any(|label| lower.starts_with(label))
                || line
                    .chars()
                    .all(|c| c.is_ascii_digit() || " -+()".contains(c))))
}

/// The parts of a letterhead's sender.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SenderPart {
    Municipality,
    Administration,
    Department,
    Unit,
    Contact,
    Officer,
}

/// Which part of the sender `line` is, if any.
fn sender_part(line: &str) -> Option<SenderPart> {
    let lower = line.to_lowercase();
    let one_name = line.split_whitespace().count() <= 5;
    Some(if lower.ends_with(" kommun") || lower == "kommun" {
        SenderPart::Municipality
    } else if one_name && names_an_administration(&lower) {
        SenderPart::Administration
    } else if lower.starts_with("avdelning") || (one_name && lower.ends_with("avdelningen")) {
        SenderPart::Department
    } else if lower.starts_with("enhet") || (one_name && lower.ends_with("enheten")) {
        SenderPart::Unit
    } else if is_contact(line) {
        SenderPart::Contact
    } else if looks_like_a_name(line) {
        SenderPart::Officer
    } else {
        // "SAMMANTRÄDESPROTOKOLL", "Tjänsteskrivelse", "MN § 31": kept
        // under `unplaced`, never taken for a person.
        return None;
    })
}

fn slot(sender: &mut Sender, part: SenderPart) -> &mut Option<String> {
    match part {
        SenderPart::Municipality => &mut sender.municipality,
        SenderPart::Administration => &mut sender.administration,
        SenderPart::Department => &mut sender.department,
        SenderPart::Unit => &mut sender.unit,
        SenderPart::Contact => &mut sender.contact,
        SenderPart::Officer => &mut sender.officer,
    }
}

pub(super) fn place_sender_line(line: &str, sender: &mut Sender) -> bool {
    // "Ekby kommun, Socialförvaltningen": two parts on one line, each to
    // its field when both are parts of a sender and both fields are free.
    if let Some((first, second)) = line.split_once(", ")
        && let (Some(a), Some(b)) = (sender_part(first), sender_part(second))
        && a != b
        && a != SenderPart::Contact
        && b != SenderPart::Contact
        && slot(sender, a).is_none()
        && slot(sender, b).is_none()
    {
        *slot(sender, a) = Some(first.trim().to_owned());
        *slot(sender, b) = Some(second.trim().to_owned());
        return true;
    }
    // "Anna Berg, utvecklingsledare": the handläggare and their title.
    if let Some((name, title)) = line.split_once(", ")
        && sender_part(name) == Some(SenderPart::Officer)
        && crate::paper::signature::is_role(title)
        && sender.officer.is_none()
    {
        sender.officer = Some(name.trim().to_owned());
        sender.officer_title = Some(title.trim().to_owned());
        return true;
    }
    let Some(part) = sender_part(line) else {
        return false;
    };
    let slot = slot(sender, part);
    if slot.is_some() {
        return false;
    }
    *slot = Some(line.to_owned());
    true
}

pub(super) fn read_mbl(lines: &[&str], case: &mut Case) {
    // The signature: the run of short lines at the end, kept line by line
    // so that a name and the title under it stay apart.
    let mut split = lines.len();
    while split > 1 {
        let line = lines[split - 1].trim();
        let short = line.split_whitespace().count() <= 6
            && !line.ends_with(['.', ':', ','])
            && bullet_item(line).is_none();
        if !line.is_empty() && !short {
            break;
        }
        split -= 1;
    }
    if lines[..split].iter().all(|l| l.trim().is_empty()) {
        split = lines.len();
    }
    let signature: Vec<String> = lines[split..]
        .iter()
        .map(|l| clean_line(l))
        .filter(|l| !l.is_empty())
        .collect();
    place_signature(signature, case);
    let text = prose(&lines[..split]);
    let lower = text.to_lowercase();
    case.mbl.kind = if lower.contains("ej aktuell") || lower.contains("inte aktuell") {
        MblKind::EjAktuellt
    } else if lower.starts_with("förhandl") {
        MblKind::Forhandling
    } else {
        MblKind::Information
    };
    case.mbl.date = crate::paper::scan::scan(&text)
        .dates
        .iter()
        .find_map(|d| d.date.clone().ok());
    case.mbl.text = non_empty(text);
    if case.mbl.date.is_none() && case.mbl.text.is_none() {
        // A heading with nothing under it states no information or
        // negotiation; a case must then say that MBL does not apply.
        case.mbl.kind = MblKind::EjAktuellt;
    }
}
