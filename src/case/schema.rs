//! JSON Schema shapes for values the case format reads from text: what an
//! editor can check before `beslut` ever sees the file.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

/// A date written `ÅÅÅÅ-MM-DD`.
pub struct IsoDate;

impl JsonSchema for IsoDate {
    fn schema_name() -> Cow<'static, str> {
        "IsoDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
            "description": "Datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-18",
        })
    }
}

/// An age range `4-20` (or `4–20`).
pub struct AgeText;

impl JsonSchema for AgeText {
    fn schema_name() -> Cow<'static, str> {
        "AgeRange".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^\\s*[0-9]{1,3}\\s*[-–]\\s*[0-9]{1,3}\\s*$",
            "description": "Åldersintervall från–till i år, t.ex. 4-20",
        })
    }
}

/// An output file name: one path segment, no reserved Windows name.
pub struct OutputName;

impl JsonSchema for OutputName {
    fn schema_name() -> Cow<'static, str> {
        "OutputName".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "minLength": 1,
            "maxLength": 150,
            "pattern": "^(?!\\.)(?!(?i:con|prn|aux|nul|com[1-9]|lpt[1-9])(\\.|$))[^/\\\\:*?\"<>|\\x00-\\x1f]*[^/\\\\:*?\"<>|\\x00-\\x1f. ]$",
            "description": "Filnamn utan ändelse (ett led, inga mappar), eller `dnr` för ett namn efter diarienumret",
        })
    }
}
