//! Age ranges as written in case files: `4-20`, `4–20`, `4 - 20`, or `65+`
//! for a range without an upper bound.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::model::AgeRange;

impl FromStr for AgeRange {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid =
            || format!("ogiltigt åldersspann `{s}`: skriv till exempel `4-20` eller `65+`");
        let text = s.trim().trim_end_matches("år").trim();
        if let Some(from) = text.strip_suffix('+') {
            let from: u32 = from.trim().parse().map_err(|_| invalid())?;
            return Ok(AgeRange { from, to: None });
        }
        let (from, to) = text.split_once(['-', '–', '—']).ok_or_else(invalid)?;
        let from: u32 = from.trim().parse().map_err(|_| invalid())?;
        let to: u32 = to.trim().parse().map_err(|_| invalid())?;
        if from > to {
            return Err(format!(
                "åldersspannet `{s}` är omvänt: den lägre åldern ska stå först ({to}-{from})"
            ));
        }
        Ok(AgeRange { from, to: Some(to) })
    }
}

impl fmt::Display for AgeRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to {
            Some(to) => write!(f, "{}-{to}", self.from),
            None => write!(f, "{}+", self.from),
        }
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
                Ok(AgeRange {
                    from: 4,
                    to: Some(20)
                }),
                "{text}"
            );
        }
    }

    #[test]
    fn open_ranges() {
        assert_eq!(
            "65+".parse::<AgeRange>(),
            Ok(AgeRange { from: 65, to: None })
        );
        assert_eq!("65+".parse::<AgeRange>().unwrap().to_string(), "65+");
        assert!("+".parse::<AgeRange>().is_err());
    }

    #[test]
    fn rejects_reversed_and_garbage() {
        assert!("20-4".parse::<AgeRange>().unwrap_err().contains("omvänt"));
        assert!("barn".parse::<AgeRange>().is_err());
        assert!("4".parse::<AgeRange>().is_err());
    }
}
