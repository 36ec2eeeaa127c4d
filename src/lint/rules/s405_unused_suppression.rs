use std::ops::Range;

use crate::lint::rule::{Context, Finding, Rule, RuleMeta};

declare_rule! {
    /// S405 unused-suppression: ett undantag som inte tar bort något fynd,
    /// eller som är felskrivet och därför inte gör något.
    ///
    /// Ett undantag skrivs `# beslut: ignore[N301]` i en ärendefil (gäller
    /// nästa nyckel med allt under den) och `<!-- beslut: ignore N301 -->` i
    /// en text (gäller nästa stycke). Ett undantag vars regel inte längre
    /// hittar något där är kvar av misstag och döljer nästa fel på samma
    /// ställe; ett felskrivet undantag (fel form, okänd regelkod) gör
    /// ingenting alls, fast skribenten tror det. Regler som är avstängda i
    /// `beslut.toml` räknas inte.
    ///
    /// Fel:  # beslut: ignore N301        (utan hakparenteser: läses inte)
    /// Rätt: # beslut: ignore[N301]
    pub struct UnusedSuppression {
        code: "S405",
        name: "unused-suppression",
        severity: Warning,
        summary: "ett undantag (beslut: ignore) som inte tar bort något fynd, eller är felskrivet",
    }
}

impl Rule for UnusedSuppression {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, _: &Context<'_>, _: &mut Vec<Finding>) {
        // Reported by the runner through `findings`: only it knows which
        // suppression took a finding of the other rules.
    }
}

/// One suppression comment as the runner saw it: where it is, its codes,
/// and for each whether it took a finding.
pub struct Used<'a> {
    pub comment: Range<usize>,
    pub codes: &'a [String],
    pub took: &'a [bool],
}

/// What a code in a suppression names.
pub enum Code {
    Unknown,
    /// A rule that is switched off in the project's settings.
    Off,
    Active,
}

/// The findings: a code that took nothing, an unknown code, a comment in a
/// form that is not read.
pub fn findings(
    used: &[Used<'_>],
    malformed: &[Range<usize>],
    code: impl Fn(&str) -> Code,
) -> Vec<Finding> {
    let meta = &UnusedSuppression::META;
    let mut out = Vec::new();
    for entry in used {
        for (written, took) in entry.codes.iter().zip(entry.took) {
            let message = match code(written) {
                Code::Unknown => format!(
                    "undantaget nämner `{written}`, som inte är någon regel; `beslut rules` listar dem"
                ),
                Code::Off => continue,
                Code::Active if *took => continue,
                Code::Active => format!(
                    "undantaget för {written} tar inte bort något fynd här; ta bort det, så syns nästa fel på samma ställe"
                ),
            };
            out.push(Finding::new(meta, entry.comment.clone(), message));
        }
    }
    for comment in malformed {
        out.push(Finding::new(
            meta,
            comment.clone(),
            "undantaget är felskrivet och gör ingenting: skriv `# beslut: ignore[KOD]` i en ärendefil, `<!-- beslut: ignore KOD -->` i en text",
        ));
    }
    out
}
