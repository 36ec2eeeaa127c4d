//! The `[lint]` table of `beslut.toml`.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::meta::{RuleMeta, Severity};
use crate::paper::sections::SectionNames;

/// Lint settings shared by a project.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LintConfig {
    /// Party names spelled right, e.g. `["Solrosgruppen AB"]`; N301 flags near misses.
    #[serde(default)]
    pub known_parties: Vec<String>,
    /// The municipality's boards and administrations spelled right, e.g.
    /// `["Kultur- och fritidsnämnden"]`: N305 reports near misses and never
    /// takes two known names for one body.
    #[serde(default)]
    pub known_bodies: Vec<String>,
    /// Rule codes never reported.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Per-rule severity: `off`, `info`, `warning` or `error`.
    #[serde(default)]
    pub severity: BTreeMap<String, String>,
    /// K502: sentences longer than this many words are reported.
    #[serde(default = "default_sentence_words")]
    pub max_sentence_words: usize,
    /// More headings per section, e.g. `ekonomi = ["Kostnader"]`. Keys:
    /// proposals, arende, basis, bakgrund, ekonomi, mbl, distribution.
    #[serde(default)]
    pub section_names: SectionNames,
    /// S401: sections every finished paper must have (same keys). When set,
    /// S401 reports at its own severity on finished papers; when not, it
    /// reports the default list as info only.
    #[serde(default)]
    pub required_sections: Option<Vec<String>>,
    /// N303: a regular expression for the municipality's own Dnr form,
    /// accepted beside the forms beslut knows.
    #[serde(default)]
    pub dnr_pattern: Option<String>,
}

/// Section keys `section_names` and `required_sections` accept.
pub const SECTION_KEYS: [&str; 7] = [
    "proposals",
    "arende",
    "basis",
    "bakgrund",
    "ekonomi",
    "mbl",
    "distribution",
];

fn default_sentence_words() -> usize {
    35
}

impl Default for LintConfig {
    fn default() -> Self {
        Self {
            known_parties: Vec::new(),
            known_bodies: Vec::new(),
            ignore: Vec::new(),
            severity: BTreeMap::new(),
            max_sentence_words: default_sentence_words(),
            section_names: SectionNames::new(),
            required_sections: None,
            dnr_pattern: None,
        }
    }
}

impl LintConfig {
    /// The severity a rule reports at, or None when it is turned off.
    pub fn severity_of(&self, meta: &RuleMeta) -> Option<Severity> {
        if self
            .ignore
            .iter()
            .any(|c| c.eq_ignore_ascii_case(meta.code))
        {
            return None;
        }
        match self.severity.get(meta.code).map(String::as_str) {
            Some("off") => None,
            Some(level) => level.parse().ok().or(Some(meta.severity)),
            None => Some(meta.severity),
        }
    }

    /// Checks codes and levels against the rules that exist.
    pub fn validate(&self, known_codes: &[&str]) -> Result<(), String> {
        for code in self.ignore.iter().chain(self.severity.keys()) {
            if !known_codes.iter().any(|k| k.eq_ignore_ascii_case(code)) {
                return Err(format!("[lint]: okänd regel `{code}`; se `beslut rules`"));
            }
        }
        for (code, level) in &self.severity {
            if level != "off" {
                level
                    .parse::<Severity>()
                    .map_err(|e| format!("[lint.severity] {code}: {e}, eller off"))?;
            }
        }
        for key in self
            .section_names
            .keys()
            .chain(self.required_sections.iter().flatten())
        {
            if !SECTION_KEYS.contains(&key.as_str()) {
                return Err(format!(
                    "[lint]: okänt avsnitt `{key}`; giltiga: {}",
                    SECTION_KEYS.join(", ")
                ));
            }
        }
        if let Some(pattern) = &self.dnr_pattern {
            self.dnr_regex().map_err(|e| {
                format!("[lint] dnr_pattern `{pattern}` är inget giltigt reguljärt uttryck: {e}")
            })?;
        }
        Ok(())
    }

    /// `dnr_pattern` compiled, anchored to the whole value.
    pub fn dnr_regex(&self) -> Result<Option<regex::Regex>, regex::Error> {
        self.dnr_pattern
            .as_ref()
            .map(|p| regex::Regex::new(&format!("^(?:{p})$")))
            .transpose()
    }
}
