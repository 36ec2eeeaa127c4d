//! Age ranges as written in case files: `4-20`, `4–20` or `4 - 20`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::model::AgeRange;

impl FromStr for AgeRange {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || format!("ogiltigt åldersspann `{s}`: skriv till exempel `4-20`");
        let (from, to) = s.split_once(['-', '–', '—']).ok_or_else(invalid)?;
        let from: u32 = from.trim().parse().map_err(|_| invalid())?;
        let to: u32 = to
            .trim()
            .trim_end_matches("år")
            .trim()
            .parse()
            .map_err(|_| invalid())?;
        if from > to {
            return Err(format!(
                "åldersspannet `{s}` är omvänt: den lägre åldern ska stå först ({to}-{from})"
            ));
        }
        Ok(AgeRange { from, to })
    }
}

impl fmt::Display for AgeRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.from, self.to)
    }
}

impl Serialize for AgeRange {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for AgeRange {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_hyphen_en_dash_and_spaces() {
        for text in ["4-20", "4–20", "4 - 20", "4-20 år"] {
            assert_eq!(
                text.parse::<AgeRange>(),
                Ok(AgeRange { from: 4, to: 20 }),
                "{text}"
            );
        }
    }

    #[test]
    fn rejects_reversed_and_garbage() {
        assert!("20-4".parse::<AgeRange>().unwrap_err().contains("omvänt"));
        assert!("barn".parse::<AgeRange>().is_err());
        assert!("4".parse::<AgeRange>().is_err());
    }
}
