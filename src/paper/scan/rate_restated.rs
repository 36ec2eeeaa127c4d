//! A sum per month told again per year, or per year again per month,
//! right after it: "210 kronor per månad, eller 2 520 kronor per år", "210
//! kronor i månaden, 2 520 kronor om året", "600 000 kronor per år, eller
//! 50 000 kronor per månad".

use super::AmountMention;

/// Whether `second` restates `rate` per another period: a yearly rate
/// right after a monthly one or a monthly after a yearly, joined by
/// "eller", "dvs", "det vill säga", "motsvarande", "vilket blir" or a
/// comma alone ("210 kronor per månad,
/// eller 2 520 kronor per år", "210 kronor i månaden, 2 520 kronor om
/// året"). Not joined by "och": that may be a second fee.
pub fn restates_rate(source: &str, rate: &AmountMention, second: &AmountMention) -> bool {
    const JOINERS: [&str; 14] = [
        "eller",
        "dvs",
        "det",
        "vill",
        "säga",
        "motsvarande",
        "vilket",
        "blir",
        "är",
        "motsvarar",
        "alltså",
        "d",
        "v",
        "s",
    ];
    const RATE_WORDS: [&str; 8] = ["per", "i", "om", "månad", "månaden", "mån", "år", "året"];
    let other_period = matches!(
        (rate.per, second.per),
        (Some("månad"), Some("år")) | (Some("år"), Some("månad"))
    );
    if !(other_period && second.rate) {
        return false;
    }
    let Some(between) = source.get(rate.span.end..second.span.start) else {
        return false;
    };
    if between.len() > JOINER_REACH || !between.contains(',') && !between.contains("eller") {
        return false;
    }
    let lower = between.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words
        .iter()
        .skip_while(|w| RATE_WORDS.contains(w))
        .all(|w| JOINERS.contains(w));
    joined && !words.contains(&"och")
}

/// How long the words joining a rate to its restatement may be.
const JOINER_REACH: usize = 64;
