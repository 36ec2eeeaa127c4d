//! Whole numbers measured in a unit ("212 kilometer", "1 200 kvm"): figures
//! a breakdown may sum, as it sums counts of one noun.

use super::breakdowns::{Figure, Told};
use super::counts::{Word, number_at};
use crate::base::swedish::lowercase;

/// Units of length, area, weight and volume a whole number is measured in,
/// each with the name it is summed by ("km" is "kilometer").
const MEASURES: [(&str, &str); 10] = [
    ("kilometer", "kilometer"),
    ("km", "kilometer"),
    ("meter", "meter"),
    ("kvadratmeter", "kvadratmeter"),
    ("kvm", "kvadratmeter"),
    ("hektar", "hektar"),
    ("ton", "ton"),
    ("liter", "liter"),
    ("mil", "mil"),
    ("timmar", "timmar"),
];

/// Whole numbers measured in a unit ("212 kilometer", "1 200 kvm"), which
/// may be parts or wholes of one unit: "212 kilometer kommunal väg och 48
/// kilometer gång- och cykelväg, totalt 260 kilometer". A decimal ("2,5
/// km") is no whole number and is left.
pub(super) fn measure_figures(words: &[Word<'_>]) -> Vec<Figure> {
    let mut figures = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some((value, next)) = number_at(words, i) else {
            i += 1;
            continue;
        };
        let unit = words.get(next).and_then(|w| {
            let lower = lowercase(w.text);
            MEASURES
                .iter()
                .find(|(written, _)| *written == lower)
                .map(|(_, unit)| *unit)
        });
        if let Some(unit) = unit {
            figures.push(Figure {
                told: Told::exact(words[i].start..words[next].end, value),
                per: None,
                noun: Some(unit.to_owned()),
            });
        }
        i = next.max(i + 1);
    }
    figures
}
