//! The signature block of an imported paper, found by the paper floor's
//! recogniser wherever it stands, placed into the case.

use super::*;
use crate::paper::signature::{
    is_role, is_signature_lead, is_signature_rule, side_by_side, trailing_signature,
};

/// Moves a trailing signature block of `lines` into the case; the lines
/// before it remain.
pub(super) fn take_signature<'a>(lines: &[&'a str], case: &mut Case) -> Vec<&'a str> {
    let Some(at) = trailing_signature(lines) else {
        return lines.to_vec();
    };
    // Signatories side by side become one name and title after another.
    let mut lines_after: Vec<String> = Vec::new();
    let mut rest: Vec<String> = lines[at..]
        .iter()
        .map(|l| clean_line(l))
        .filter(|l| !l.is_empty() && !is_signature_rule(l))
        .collect();
    rest.reverse();
    while let Some(line) = rest.pop() {
        match rest.last().and_then(|next| side_by_side(&line, next)) {
            Some(pairs) => {
                rest.pop();
                for (name, title) in pairs {
                    lines_after.push(name);
                    lines_after.push(title);
                }
            }
            None => lines_after.push(line),
        }
    }
    place_signature(lines_after, case);
    lines[..at].to_vec()
}

/// Signature lines: the line over them, the förvaltning, names, and titles
/// under names. An
/// office over the names ("Kommunledningskontoret", "Ekonomiavdelningen")
/// is the sender's, never a signatory.
pub(super) fn place_signature(lines: Vec<String>, case: &mut Case) {
    // "För Tekniska förvaltningen", "Enligt uppdrag": the line over the
    // signature; a second one is kept for the archivist.
    let (leads, lines): (Vec<String>, Vec<String>) =
        lines.into_iter().partition(|l| is_signature_lead(l));
    for lead in leads {
        if case.signed_for.is_none() {
            case.signed_for = Some(lead);
        } else {
            case.unplaced.push(lead);
        }
    }
    for line in lines {
        let lower = line.to_lowercase();
        let administration = super::letterhead::names_an_administration(&lower);
        let sender_part = [
            &case.sender.administration,
            &case.sender.department,
            &case.sender.unit,
        ]
        .iter()
        .any(|part| part.as_deref() == Some(line.as_str()));
        if sender_part && !administration {
            // The letterhead's own department or unit, set over the names.
        } else if administration
            && case
                .sender
                .administration
                .as_deref()
                .is_none_or(|a| a == line)
        {
            case.sender.administration = Some(line);
        } else if let Some(last) = case.signed_by.last_mut().filter(|s| s.role.is_none())
            && is_role(&line)
        {
            // A title under a name, also one naming an office
            // ("Förvaltningschef", "Avdelningschef Stöd och omsorg").
            last.role = Some(line);
        } else if administration
            || lower
                .split_whitespace()
                .last()
                .is_some_and(crate::paper::scan::ends_like_an_office)
        {
            case.unplaced.push(line);
        } else {
            case.signed_by.push(Signatory {
                name: line,
                role: None,
            });
        }
    }
}
