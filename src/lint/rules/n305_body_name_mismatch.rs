use crate::lint::rule::{Context, Finding, Rule, RuleMeta, Severity};
use crate::paper::scan::cues;
use crate::paper::scan::{BodyKind, BodyMention, Span, bodies_named};
use crate::paper::{PaperKind, SectionKind};
use std::collections::BTreeMap;

declare_rule! {
    /// N305 body-name-mismatch: en nämnd eller förvaltning som nämns i två
    /// närliggande former i samma handling, eller som handlingen ställs till
    /// under ett namn och beslutar under ett annat.
    ///
    /// Två namn på samma slags organ ligger nära när de har samma första
    /// namnled ("Barn- och utbildnings…" / "Barn- och utvecklings…",
    /// "Kulturnämnden" / "Kultur- och fritidsnämnden") eller skiljer sig på en
    /// eller två bokstäver. Ett av dem räknas som rätt när projektet listar det i
    /// `[lint] known_bodies`, när handlingen är ställd till det, eller när
    /// handlingen nämner sin nämnd eller förvaltning med samma namnled
    /// ("Barn- och utbildningsnämnden" bekräftar "Barn- och
    /// utbildningsförvaltningen"); det andra rapporteras. Bindestreck och
    /// genitiv gör ingen variant, och två namn som båda är kända är två organ.
    /// Det är fel när `known_bodies` ger det rätta namnet eller handlingen
    /// beslutar under ett annat namn än den är ställd till, och varning när
    /// bara handlingen själv antyder det (en systernämnd är möjlig).
    ///
    /// Fel:  Barn- och utbildningsnämndens förslag till beslut … Barn- och
    ///       utvecklingsförvaltningen ges i uppdrag …
    /// Rätt: Barn- och utbildningsnämndens förslag till beslut … Barn- och
    ///       utbildningsförvaltningen ges i uppdrag …
    ///
    /// Fel:  Till Kulturnämnden … Kultur- och fritidsnämnden beslutar att …
    /// Rätt: Till Kultur- och fritidsnämnden … Kultur- och fritidsnämnden beslutar att …
    ///
    /// En helt annan nämnd som beslutar i förslaget ("Till vård- och
    /// omsorgsnämnden … Socialnämnden beslutar att …") är oftast ett förslag
    /// kopierat från en annan nämnds ärende: varning, när den nämnd
    /// skrivelsen är ställd till inte själv beslutar där. Ett utskotts
    /// skrivelse, kommunstyrelsen, fullmäktige och protokoll prövas inte.
    pub struct BodyNameMismatch {
        code: "N305",
        name: "body-name-mismatch",
        severity: Error,
        summary: "samma nämnd eller förvaltning med två olika namn (”Barn- och utvecklingsförvaltningen”)",
    }
}

/// Why a name is taken as right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Confirmed {
    /// Its board or administration has the same name parts in the paper.
    Sibling,
    /// The paper is addressed to it.
    Addressed,
    /// Listed in `known_bodies`.
    Known,
}

/// One body as the paper names it: every mention of one key.
struct Named<'a> {
    kind: BodyKind,
    parts: &'a [String],
    mentions: Vec<&'a BodyMention>,
    confirmed: Option<Confirmed>,
}

impl Rule for BodyNameMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let paper = cx.paper;
        misspelt_kind_words(paper, out);
        if paper.scan.bodies.len() < 2 && paper.facts.board.is_none() {
            return;
        }
        let known: Vec<BodyMention> = cx
            .config
            .known_bodies
            .iter()
            .flat_map(|name| bodies_named(name))
            .collect();
        // The addressee as the letterhead or the case states it; a board the
        // reader guessed from the running text is no addressee.
        let addressed: Option<BodyMention> = paper
            .facts
            .board
            .as_ref()
            .filter(|b| {
                paper.kind == PaperKind::Case
                    || matches!(
                        paper.section_at(b.span.start),
                        None | Some(SectionKind::Header)
                    )
            })
            .and_then(|b| bodies_named(&b.value).into_iter().next());
        let mut named: BTreeMap<String, Named<'_>> = BTreeMap::new();
        for body in &paper.scan.bodies {
            named
                .entry(body.key())
                .or_insert_with(|| Named {
                    kind: body.kind,
                    parts: &body.parts,
                    mentions: Vec::new(),
                    confirmed: None,
                })
                .mentions
                .push(body);
        }
        if named.len() > 300 {
            return; // A register of bodies, not a paper that names its own.
        }
        let keys: Vec<(BodyKind, Vec<String>)> =
            named.values().map(|n| (n.kind, n.parts.to_vec())).collect();
        for n in named.values_mut() {
            let same = |b: &BodyMention| b.kind == n.kind && b.parts == n.parts;
            n.confirmed = if known.iter().any(same) {
                Some(Confirmed::Known)
            } else if addressed.as_ref().is_some_and(same) {
                Some(Confirmed::Addressed)
            } else if keys
                .iter()
                .any(|(kind, parts)| *kind != n.kind && parts.as_slice() == n.parts)
            {
                Some(Confirmed::Sibling)
            } else {
                None
            };
        }
        for variant in named.values() {
            if variant.confirmed.is_some() {
                continue;
            }
            let right = named
                .values()
                .filter(|n| n.kind == variant.kind && near(n.parts, variant.parts, false))
                .filter_map(|n| n.confirmed.map(|c| (c, n)))
                .max_by_key(|(c, n)| (*c, n.mentions.len()));
            if let Some((confirmed, right)) = right {
                let first = variant.mentions[0];
                report(cx, out, first, &right.mentions[0].span, confirmed);
            }
        }
        if let Some(addressed) = &addressed {
            self.addressed_vs_deciding(cx, addressed, &known, out);
        }
    }
}

impl BodyNameMismatch {
    /// A paper addressed to one board and decided by a near namesake, when
    /// that namesake is not named in the paper's own text otherwise (a
    /// case file's `board` is data, not text).
    fn addressed_vs_deciding(
        &self,
        cx: &Context<'_>,
        addressed: &BodyMention,
        known: &[BodyMention],
        out: &mut Vec<Finding>,
    ) {
        let paper = cx.paper;
        let Some(board) = &paper.facts.board else {
            return;
        };
        for body in &paper.scan.bodies {
            if out.iter().any(|f| f.span == body.span) {
                continue; // The general pass reported it.
            }
            let decides = cues::decides_after(&paper.source[body.span.end..]);
            let is_known = known.iter().any(|k| k.key() == body.key());
            if decides
                && !is_known
                && body.kind == addressed.kind
                && near(&addressed.parts, &body.parts, true)
            {
                report(cx, out, body, &board.span, Confirmed::Addressed);
                return;
            }
        }
        if let Some(other) = another_board_decides(paper, addressed)
            .filter(|other| !out.iter().any(|f| f.span == other.span))
        {
            let finding = Finding::new(
                &BodyNameMismatch::META,
                other.span.clone(),
                format!(
                    "förslaget låter ”{}” besluta, men skrivelsen är ställd till ”{}”: kopierat från en annan nämnds ärende?",
                    paper.text(&other.span),
                    paper.text(&board.span)
                ),
            )
            .related(board.span.clone(), "nämnden skrivelsen är ställd till")
            .at_most(Severity::Warning);
            out.push(finding);
        }
    }
}

/// The board a paper addressed to a board lets decide in its proposals,
/// when that is another board and the addressed one decides nothing there:
/// "Till vård- och omsorgsnämnden … Förslag till beslut: Socialnämnden
/// beslutar att …" (a proposal copied from another board's paper). A
/// committee's paper proposes for its board, a board's may propose for the
/// assembly or Kommunstyrelsen ("Nämnden föreslår kommunstyrelsen besluta"),
/// and minutes record many bodies: left alone.
fn another_board_decides<'p>(
    paper: &'p crate::paper::Paper,
    addressed: &BodyMention,
) -> Option<&'p BodyMention> {
    if addressed.kind != BodyKind::Board || paper.records_a_decision() || paper.is_collection() {
        return None;
    }
    let deciding: Vec<&BodyMention> = paper
        .scan
        .bodies
        .iter()
        .filter(|b| paper.section_at(b.span.start) == Some(&SectionKind::Proposals))
        .filter(|b| !b.genitive && cues::decides_after(&paper.source[b.span.end..]))
        .collect();
    let addressed_decides = deciding.iter().any(|b| b.key() == addressed.key());
    let other = deciding.into_iter().find(|b| {
        b.kind == BodyKind::Board
            && b.key() != addressed.key()
            && !b.is_state_authority()
            && b.parts != ["kommun"]
    })?;
    (!addressed_decides).then_some(other)
}

fn report(
    cx: &Context<'_>,
    out: &mut Vec<Finding>,
    variant: &BodyMention,
    right: &Span,
    confirmed: Confirmed,
) {
    let paper = cx.paper;
    let written = paper.text(&variant.span);
    let other = paper.text(right);
    let why = match confirmed {
        Confirmed::Known => "som finns i known_bodies".to_owned(),
        Confirmed::Addressed => "som skrivelsen är ställd till".to_owned(),
        Confirmed::Sibling => format!("som stämmer med {}ens namn", sibling_word(variant.kind)),
    };
    let decides = cues::decides_after(&paper.source[variant.span.end..]);
    let message = if decides && confirmed == Confirmed::Addressed {
        format!(
            "beslutet fattas av ”{written}”, men skrivelsen är ställd till ”{other}”: samma {} med två namn?",
            variant.kind.swedish()
        )
    } else {
        format!(
            "”{written}” liknar ”{other}” ({}, {why}): är det samma {} med fel namn?",
            paper.line_label(right.start),
            variant.kind.swedish()
        )
    };
    let mut finding = Finding::new(&BodyNameMismatch::META, variant.span.clone(), message).related(
        right.clone(),
        format!("{}ens namn här", variant.kind.swedish()),
    );
    // Sure only when the project lists its bodies, or the paper decides
    // under another name than it is addressed to. Otherwise the paper alone
    // says so, and a sister board ("Miljö- och byggnämnden" beside
    // "Miljö- och hälsoskyddsnämnden") is possible: a reviewer should look.
    let sure = confirmed == Confirmed::Known || (confirmed == Confirmed::Addressed && decides);
    if !sure {
        finding = finding.at_most(Severity::Warning);
    }
    out.push(finding);
}

fn sibling_word(kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::Administration => "nämnd",
        _ => "förvaltning",
    }
}

/// Two names of one kind of body that could be one body named two ways.
/// A short name inside a longer one ("Kulturnämnden", "Kultur- och
/// fritidsnämnden") counts only with `short_form`: in running text the
/// short one is as often an everyday name ("socialförvaltningen" beside
/// "Social- och omsorgsförvaltningen").
fn near(a: &[String], b: &[String], short_form: bool) -> bool {
    if a == b || a.is_empty() || b.is_empty() {
        return false;
    }
    if a.len() == b.len() {
        let differing: Vec<(&String, &String)> = a.iter().zip(b).filter(|(x, y)| x != y).collect();
        return (a.len() >= 2 && a[0] == b[0])
            || (differing.len() == 1 && typo(differing[0].0, differing[0].1));
    }
    // "Kulturnämnden" and "Kultur- och fritidsnämnden".
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    short_form && short.len() == 1 && short[0] == long[0]
}

/// A letter or two apart, and not an inflection of the other.
fn typo(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if a.starts_with(b) || b.starts_with(a) || la.min(lb) < 4 {
        return false;
    }
    let distance = strsim::levenshtein(a, b);
    distance <= 2 && distance * 5 <= la.max(lb)
}

/// A body's name with its kind word misspelt ("Socialnämden"), where the
/// paper writes the name right elsewhere: the same body, mistyped.
fn misspelt_kind_words(paper: &crate::paper::Paper, out: &mut Vec<Finding>) {
    if paper.scan.misspelt_bodies.is_empty() {
        return;
    }
    // Each body's name once, lower case, where it is first written: the
    // names a misspelling is held against, looked at once however many
    // misspellings a (hostile) text has.
    let mut names: BTreeMap<String, &Span> = BTreeMap::new();
    for body in &paper.scan.bodies {
        names
            .entry(paper.text(&body.span).to_lowercase())
            .or_insert(&body.span);
    }
    if names.len() > 300 {
        return; // A register of bodies, not a paper that names its own.
    }
    for misspelt in &paper.scan.misspelt_bodies {
        let corrected = misspelt.corrected.to_lowercase();
        // The name written right, alone or as the last word of a longer
        // name ("Arbetsmarknads- och socialnämnden" for "socialnämden"); a
        // kind word alone as the end of any ("Kommunstyrelsen" for
        // "styrelesn").
        let right = names
            .iter()
            .filter(|(name, _)| {
                name.strip_suffix(&corrected).is_some_and(|before| {
                    misspelt.bare || before.is_empty() || before.ends_with(' ')
                })
            })
            .map(|(_, span)| *span)
            .min_by_key(|span| span.start)
            // A kind word alone written right ("förvaltningen") is a body
            // the scanner does not name, but it is the paper's spelling.
            .or(misspelt.written_right.as_ref());
        if let Some(right) = right {
            out.push(
                Finding::new(
                    &BodyNameMismatch::META,
                    misspelt.span.clone(),
                    format!(
                        "”{}” är felstavat: ”{}”, som handlingen skriver annars",
                        paper.text(&misspelt.span),
                        paper.text(right)
                    ),
                )
                .related(right.clone(), "rätt stavat")
                .at_most(Severity::Warning),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::LintConfig;
    use crate::lint::rules::testing::*;

    #[test]
    fn flags_a_kind_word_misspelt_in_another_section_than_its_right_spelling() {
        let text = "Till Tekniska nämnden\n\n### Förslag till beslut\n1. Tekniska nämden föreslår kommunfullmäktige att anta taxan.\n";
        assert_eq!(text_findings("N305", text), ["nämden"]);
        let right = "Till Tekniska nämnden\n\n### Förslag till beslut\n1. Tekniska nämnden föreslår kommunfullmäktige att anta taxan.\n";
        assert!(text_findings("N305", right).is_empty());
    }

    #[test]
    fn flags_an_administration_whose_board_has_another_name() {
        let text = "### Förslag till beslut\n1. Barn- och utvecklingsförvaltningen ges i uppdrag att utreda frågan.\n### Ärende\nBarn- och utbildningsnämnden har begärt en kartläggning. Barn och utbildningsförvaltningen ges i uppdrag att redovisa.";
        assert_eq!(
            text_findings("N305", text),
            ["Barn- och utvecklingsförvaltningen"]
        );
    }

    #[test]
    fn flags_the_deciding_board_named_otherwise_than_the_addressee() {
        let text = "Lövsjö kommun\nKulturförvaltningen\nTill Kulturnämnden\n\n# Bidrag till föreningar 2027\n\n### Förslag till beslut\nKultur- och fritidsnämnden beslutar att fördela bidragen enligt bilaga.\n";
        assert_eq!(text_findings("N305", text), ["Kultur- och fritidsnämnden"]);
        let yaml = "template: tjansteskrivelse\ndnr: KFN 2026-14\ndate: 2026-03-02\nboard: Kulturnämnden\ntitle: Bidrag\nproposals: [Kultur- och fritidsnämnden beslutar att fördela bidragen.]\nmbl: { kind: ej_aktuellt }\n";
        assert_eq!(case_findings("N305", yaml).len(), 1);
    }

    #[test]
    fn flags_another_board_deciding_in_the_proposals() {
        let paper = |deciding: &str| {
            format!(
                "Vård- och omsorgsförvaltningen\nTjänsteskrivelse\nTill vård- och omsorgsnämnden\n\n# Ny organisation\n\n### Förslag till beslut\n{deciding}\natt hemtjänsten organiseras i tre områden.\n\n### Ärende\nSocialnämnden har yttrat sig.\n"
            )
        };
        assert_eq!(
            text_messages("N305", &paper("Socialnämnden beslutar")),
            [
                "förslaget låter ”Socialnämnden” besluta, men skrivelsen är ställd till ”vård- och omsorgsnämnden”: kopierat från en annan nämnds ärende?"
            ]
        );
        for deciding in [
            "Vård- och omsorgsnämnden beslutar",
            "Nämnden beslutar",
            "Vård- och omsorgsnämnden föreslår kommunstyrelsen besluta",
            "Vård- och omsorgsnämnden beslutar för egen del och föreslår att socialnämnden beslutar",
            "Kommunstyrelsen beslutar",
        ] {
            assert!(
                text_findings("N305", &paper(deciding)).is_empty(),
                "{deciding}"
            );
        }
    }

    #[test]
    fn flags_the_proposing_board_named_otherwise_than_the_addressee() {
        for proposing in [
            "Miljö- och byggnadsnämnden föreslår kommunfullmäktige besluta",
            "Miljö- och hälsoskyddsnämnden föreslår kommunfullmäktige att besluta",
        ] {
            let text = format!(
                "Lövsjö kommun\nMiljö- och byggförvaltningen\n\nMiljö- och byggnämnden\n\n# Taxa 2027\n\n### Förslag till beslut\n{proposing}\n1. att anta taxan.\n"
            );
            let flagged = text_findings("N305", &text);
            assert_eq!(flagged.len(), 1, "{proposing}: {flagged:?}");
        }
        let same = "Lövsjö kommun\nMiljö- och byggförvaltningen\n\nMiljö- och byggnämnden\n\n# Taxa 2027\n\n### Förslag till beslut\nMiljö- och byggnämnden föreslår kommunfullmäktige besluta\n1. att anta taxan.\n";
        assert!(text_findings("N305", same).is_empty());
    }

    #[test]
    fn flags_a_near_miss_of_a_known_body() {
        let config = LintConfig {
            known_bodies: vec!["Miljö- och hälsoskyddsnämnden".into()],
            ..LintConfig::default()
        };
        let text = "### Ärende\nMiljö- och hälsoskyddsnämnden har yttrat sig. Miljö- och hälsoskyddnämnden tillstyrker.";
        assert_eq!(
            text_findings_with("N305", text, &config),
            ["Miljö- och hälsoskyddnämnden"]
        );
    }

    #[test]
    fn a_plural_is_no_misspelt_name() {
        // "stadsdelsnämnder" is a letter from "Stadsdelsnämnden" and right.
        let text = "### Ärende\nStadsdelsnämnden beslutar att yttra sig. Alla stadsdelsnämnder har fått remissen, liksom styrelserna.\n";
        assert!(text_findings("N305", text).is_empty());
        let slip = "### Ärende\nStadsdelsnämnden beslutar att yttra sig. Stadsdelsnmnden har fått remissen.\n";
        assert_eq!(text_findings("N305", slip), ["Stadsdelsnmnden"]);
    }

    #[test]
    fn flags_a_misspelt_kind_word_in_a_compound_or_a_long_name() {
        let text = "Nämnd: Arbetsmarknads- och socialnämnden\n### Ärende\nArbetsmarknads- och socialnämden beslutade i mars. Kommunstyrelseförvaltningen har berett ärendet.\n### Bakgrund\nKommunstyrelsseförvaltningen har yttrat sig.";
        assert_eq!(
            text_findings("N305", text),
            ["socialnämden", "Kommunstyrelsseförvaltningen"]
        );
    }

    #[test]
    fn flags_a_kind_word_alone_with_two_letters_swapped_when_the_paper_names_the_body() {
        let text = "### Ärende\nKommunfullmäktige antog planen. Därefter har fullmäktgie begärt en uppföljning.";
        assert_eq!(text_findings("N305", text), ["fullmäktgie"]);
        // No body of that kind named in full: a typo, not a body's name.
        let text = "### Ärende\nDärefter har fullmäktgie begärt en uppföljning.";
        assert!(text_findings("N305", text).is_empty());
    }

    #[test]
    fn flags_a_kind_word_alone_with_a_letter_dropped_when_the_paper_writes_it_right() {
        // "förvaltningen" with no owner is no body's name, but it is how the
        // paper spells the word.
        let text = "### Ärende\nSamtidigt har förvaltningen minskade kostnader. Enligt förvaltnigen räcker det.";
        assert_eq!(text_findings("N305", text), ["förvaltnigen"]);
        let messages = text_messages("N305", text);
        assert!(
            messages[0].starts_with("”förvaltnigen” är felstavat: ”förvaltningen”"),
            "{}",
            messages[0]
        );
        // Written only once, and then wrong: a typo the lint cannot weigh.
        let text = "### Ärende\nEnligt förvaltnigen räcker det.";
        assert!(text_findings("N305", text).is_empty());
    }

    #[test]
    fn passes_hyphen_variants_genitives_and_different_known_bodies() {
        let text = "### Ärende\nBarn- och utbildningsnämndens förslag. Barn och utbildningsförvaltningen och Kultur och fritidsförvaltningen samarbetar med Kultur- och fritidsnämnden. Kommunstyrelsen föreslår kommunfullmäktige besluta att anta planen.";
        assert!(text_findings("N305", text).is_empty());
        // Two real boards sharing a first part, neither confirmed: silent.
        let text =
            "### Ärende\nMiljö- och byggnämnden och Miljö- och hälsoskyddsnämnden har yttrat sig.";
        assert!(text_findings("N305", text).is_empty());
        let config = LintConfig {
            known_bodies: vec![
                "Miljö- och byggnämnden".into(),
                "Miljö- och hälsoskyddsnämnden".into(),
            ],
            ..LintConfig::default()
        };
        let text = "Till Miljö- och byggnämnden\n### Ärende\nMiljö- och hälsoskyddsnämnden har yttrat sig.";
        assert!(text_findings_with("N305", text, &config).is_empty());
    }
}

#[cfg(test)]
mod everyday_names {
    use crate::lint::rules::testing::*;

    #[test]
    fn a_short_everyday_name_beside_the_full_one_is_no_variant() {
        let text = "### Ärende\nSocial- och omsorgsnämnden har att ta ställning. Social- och omsorgsförvaltningen föreslår att avtalet förlängs. Leverantören har för socialförvaltningen tillgodosett efterfrågan.";
        assert!(text_findings("N305", text).is_empty());
    }
}
