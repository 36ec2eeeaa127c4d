//! The case schema, and completion of a case file's keys and enum values
//! from it: where the cursor stands is read from the YAML's indentation, so
//! completion works in a file that does not parse yet.

use serde_json::Value;

use crate::case::Case;
use crate::compose::template::Templates;

/// The JSON Schema of a case file, with the templates this project knows
/// as the values of `template` (`beslut schema`, and the editor server),
/// described in Swedish.
pub fn case_schema(templates: &Templates) -> Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(Case)).expect("schema");
    let names: Vec<&str> = templates.list().map(|(name, _)| name).collect();
    if let Some(template) = schema
        .get_mut("properties")
        .and_then(|p| p.get_mut("template"))
        .and_then(|t| t.as_object_mut())
    {
        template.insert("enum".into(), serde_json::json!(names));
    }
    super::svenska::translate(&mut schema, super::svenska::CASE);
    schema
}

/// The JSON Schema of a meeting file, described in Swedish.
pub fn meeting_schema() -> Value {
    let mut schema =
        serde_json::to_value(schemars::schema_for!(crate::meeting::Meeting)).expect("schema");
    super::svenska::translate(&mut schema, super::svenska::MEETING);
    schema
}

/// What may be written at the cursor.
#[derive(Debug, PartialEq, Eq)]
pub struct Completion {
    pub label: String,
    /// The schema's description.
    pub detail: Option<String>,
    /// What is inserted: "key: " for a key, the value for a value.
    pub insert: String,
}

/// Completions at `column` (bytes) of line `line` (0-based) of a case file.
pub fn complete(schema: &Value, text: &str, line: usize, column: usize) -> Vec<Completion> {
    let lines: Vec<&str> = text.split('\n').collect();
    let Some(current) = lines.get(line) else {
        return Vec::new();
    };
    let before = &current[..text_floor(current, column)];
    let entry = Entry::of(before);
    if entry.key.contains(':') {
        // "key: val|": the values the key allows.
        let (key, typed) = entry.key.split_once(':').unwrap_or_default();
        let Some(mut path) = parent_path(&lines[..line], entry.key_indent) else {
            return Vec::new();
        };
        path.push(key.trim().to_owned());
        return values(schema, &path, typed.trim());
    }
    if !entry
        .key
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return Vec::new();
    }
    let Some(mut path) = parent_path(&lines[..line], entry.key_indent) else {
        return Vec::new();
    };
    if entry.dash_indent.is_some() {
        path.push("[]".to_owned());
    }
    keys(schema, &path, entry.key)
}

fn text_floor(line: &str, column: usize) -> usize {
    line.floor_char_boundary(column.min(line.len()))
}

/// One line of block YAML: where its list dash and its key stand.
#[derive(Debug)]
struct Entry<'a> {
    dash_indent: Option<usize>,
    key_indent: usize,
    /// The rest of the line after the indentation and dash.
    key: &'a str,
}

impl<'a> Entry<'a> {
    fn of(line: &'a str) -> Self {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let rest = &line[indent..];
        match rest.strip_prefix("- ") {
            Some(item) => {
                let inner = item.len() - item.trim_start_matches(' ').len();
                Entry {
                    dash_indent: Some(indent),
                    key_indent: indent + 2 + inner,
                    key: &item[inner..],
                }
            }
            None => Entry {
                dash_indent: None,
                key_indent: indent,
                key: rest,
            },
        }
    }

    /// "key:" with nothing after it: a block opens below.
    fn opened_key(&self) -> Option<&'a str> {
        let key = self.key.trim_end().strip_suffix(':')?;
        (!key.is_empty() && !key.contains([':', ' ', '#'])).then_some(key)
    }
}

/// The keys that lead to a key written at `indent` below `above`:
/// `["sections", "other", "[]"]` for the heading of an item under other;
/// `None` inside a block of text ("arende: |").
fn parent_path(above: &[&str], mut indent: usize) -> Option<Vec<String>> {
    let mut reversed = Vec::new();
    for line in above.iter().rev() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let entry = Entry::of(line);
        // A sibling in the same list item: its dash says the item's list
        // stands further out.
        if entry.key_indent == indent
            && let Some(dash) = entry.dash_indent
        {
            reversed.push("[]".to_owned());
            indent = dash;
            continue;
        }
        if entry.key_indent >= indent {
            continue;
        }
        let Some(key) = entry.opened_key() else {
            // A key with its value on the line ("arende: |"): what stands
            // further in is its text.
            entry.dash_indent?;
            continue;
        };
        reversed.push(key.to_owned());
        indent = entry.key_indent;
        if let Some(dash) = entry.dash_indent {
            reversed.push("[]".to_owned());
            indent = dash;
        }
        if indent == 0 {
            break;
        }
    }
    reversed.reverse();
    Some(reversed)
}

/// The schema of the value at `path` ("[]" is a list's item).
fn schema_at<'a>(root: &'a Value, path: &[String]) -> Option<&'a Value> {
    let mut at = resolve(root, root);
    for segment in path {
        at = if segment == "[]" {
            resolve(root, at.get("items")?)
        } else {
            resolve(root, at.get("properties")?.get(segment)?)
        };
    }
    Some(at)
}

/// Follows `$ref` and takes the non-null branch of an `anyOf`.
fn resolve<'a>(root: &'a Value, mut schema: &'a Value) -> &'a Value {
    for _ in 0..8 {
        if let Some(name) = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/$defs/"))
            && let Some(def) = root.get("$defs").and_then(|d| d.get(name))
        {
            schema = def;
        } else if let Some(branch) = schema.get("anyOf").and_then(Value::as_array).and_then(|b| {
            b.iter()
                .find(|s| s.get("type").and_then(Value::as_str) != Some("null"))
        }) {
            schema = branch;
        } else {
            break;
        }
    }
    schema
}

fn description(schema: &Value) -> Option<String> {
    schema
        .get("description")
        .and_then(Value::as_str)
        .map(str::to_owned)
}

fn keys(root: &Value, path: &[String], typed: &str) -> Vec<Completion> {
    let Some(properties) = schema_at(root, path)
        .and_then(|s| s.get("properties"))
        .and_then(Value::as_object)
    else {
        return Vec::new();
    };
    properties
        .iter()
        .filter(|(name, _)| name.starts_with(typed))
        .map(|(name, property)| Completion {
            label: name.clone(),
            detail: description(property).or_else(|| description(resolve(root, property))),
            insert: format!("{name}: "),
        })
        .collect()
}

fn values(root: &Value, path: &[String], typed: &str) -> Vec<Completion> {
    let Some(schema) = schema_at(root, path) else {
        return Vec::new();
    };
    let mut found: Vec<Completion> = Vec::new();
    for value in schema
        .get("enum")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(value) = value.as_str() {
            found.push(Completion {
                label: value.to_owned(),
                detail: None,
                insert: value.to_owned(),
            });
        }
    }
    for branch in schema
        .get("oneOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(value) = branch.get("const").and_then(Value::as_str) {
            found.push(Completion {
                label: value.to_owned(),
                detail: description(branch),
                insert: value.to_owned(),
            });
        }
    }
    if schema.get("type").and_then(Value::as_str) == Some("boolean") {
        for value in ["true", "false"] {
            found.push(Completion {
                label: value.to_owned(),
                detail: None,
                insert: value.to_owned(),
            });
        }
    }
    found.retain(|c| c.label.starts_with(typed));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema() -> Value {
        case_schema(&Templates::new(None))
    }

    /// Every described place of both schemas has its Swedish text.
    #[test]
    fn every_description_is_swedish() {
        let english = |s: schemars::Schema| serde_json::to_value(s).unwrap();
        let mut case = english(schemars::schema_for!(Case));
        assert_eq!(
            super::super::svenska::translate(&mut case, super::super::svenska::CASE),
            Vec::<String>::new()
        );
        let mut meeting = english(schemars::schema_for!(crate::meeting::Meeting));
        assert_eq!(
            super::super::svenska::translate(&mut meeting, super::super::svenska::MEETING),
            Vec::<String>::new()
        );
    }

    fn labels(text: &str) -> Vec<String> {
        let line = text.matches('\n').count();
        let column = text.rsplit('\n').next().unwrap().len();
        complete(&schema(), text, line, column)
            .into_iter()
            .map(|c| c.label)
            .collect()
    }

    #[test]
    fn completes_top_level_and_nested_keys() {
        assert!(labels("template: avtalsforlangning\nbo").contains(&"board".to_owned()));
        let nested = labels("dnr: X\ncontract:\n  supplier: Y\n  ");
        assert!(nested.contains(&"term_years".to_owned()), "{nested:?}");
        assert!(!nested.contains(&"board".to_owned()));
    }

    #[test]
    fn completes_keys_of_list_items() {
        let text = "sections:\n  other:\n    - heading: Barn\n      ";
        assert_eq!(labels(text), ["heading", "text"]);
        assert_eq!(labels("sections:\n  other:\n    - h"), ["heading"]);
        let signatories = labels("signed_by:\n  - ");
        assert!(signatories.contains(&"name".to_owned()), "{signatories:?}");
    }

    #[test]
    fn completes_enum_values() {
        assert_eq!(
            labels("mbl:\n  kind: "),
            ["information", "forhandling", "ej_aktuellt", "ej_angivet"]
        );
        assert!(labels("template: avt").contains(&"avtalsforlangning".to_owned()));
        assert_eq!(labels("retroactive: t"), ["true"]);
    }

    #[test]
    fn offers_nothing_inside_prose() {
        assert!(labels("sections:\n  arende: |\n    Barnen i ").is_empty());
        assert!(labels("sections:\n  arende: |\n    ba").is_empty());
    }
}
